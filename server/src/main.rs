//! `lotse`: serve (default), migrate, demo-data, create-admin. See `lotse --help`.

// SSR allocates many small, short-lived strings; mimalloc serves them faster than glibc's
// allocator (measured with `make bench`, see the README).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    lotse::cli::run().await
}
