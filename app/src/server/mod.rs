//! Server-only code: storage, sessions, the access policy and the plain domain functions that
//! server functions call, grouped by feature under the same names as `api/` and `pages/`.
//! Dependencies run one way: `infra` (database, request context, input), then `audit`, then
//! `policy`, then the features. Tests call these functions directly.

pub mod infra;

pub mod audit;
pub mod consents_in_force;
pub mod policy;

pub mod admin;
pub mod casework;
pub mod coordination;
pub mod exports;
pub mod mail;
pub mod network;
pub mod portal;
pub mod volunteers;

pub mod demo;
pub mod jobs;
pub mod languages;
#[cfg(feature = "testing")]
pub mod testing;

pub use infra::context::AppState;
pub use infra::db::Db;
