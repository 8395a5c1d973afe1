//! `sqlx::migrate!` embeds the migration files at compile time, and cargo does not notice a new
//! file on its own: this rebuilds the crate whenever `migrations/` changes.
fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
