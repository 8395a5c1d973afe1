//! `lotse`: serve (default), migrate, demo-data, create-admin. See `lotse --help`.

#[tokio::main]
async fn main() -> std::process::ExitCode {
    lotse::cli::run().await
}
