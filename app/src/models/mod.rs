//! Data types shared by server and browser. Nothing secret lives in these types: row types
//! with password hashes stay in the ssr-only `server` module.

mod account;
mod cases;
pub mod catalogue;
pub mod checkbox;
mod clients;
mod coordination;
mod mail;
mod navigation;
mod network;
mod portal;
pub mod retention;
mod states;
mod volunteers;

pub use account::*;
pub use cases::*;
pub use catalogue::CustomEntry;
pub use clients::*;
pub use coordination::*;
pub use mail::*;
pub use navigation::*;
pub use network::*;
pub use portal::*;
pub use retention::{RetentionChange, RetentionRule, RetentionRunEntry};
pub use states::*;
pub use volunteers::*;
