//! Server-only code: storage, passwords, sessions, the access policy and the plain domain
//! functions that server functions call. Tests call these functions directly.

pub mod accounts;
pub mod clients;
pub mod context;
pub mod db;
pub mod demo;
pub mod name_search;
pub mod passwords;
pub mod policy;
pub mod sessions;
pub mod testing;
pub mod throttle;

pub use context::AppState;
pub use db::Db;
