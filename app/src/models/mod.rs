//! Data types shared by server and browser. Nothing secret lives in these types: row types
//! with password hashes stay in the ssr-only `server` module.

mod account;
mod case;
pub mod catalogue;
pub mod checkbox;
mod client;
mod coordination;
mod navigation;
mod partner;
mod portal;
mod states;
mod volunteer;

pub use account::*;
pub use case::*;
pub use catalogue::CustomEntry;
pub use client::*;
pub use coordination::*;
pub use navigation::*;
pub use partner::*;
pub use portal::*;
pub use states::*;
pub use volunteer::*;
