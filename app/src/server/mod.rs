//! Server-only code: storage, passwords, sessions, the access policy and the plain domain
//! functions that server functions call. Tests call these functions directly.

pub mod accounts;
pub mod audit;
pub mod audit_log;
pub mod cases;
pub mod catalogues;
pub mod clients;
pub mod concurrency;
pub mod consents;
pub mod consents_in_force;
pub mod context;
pub mod coordination;
pub mod dashboard;
pub mod db;
pub mod demo;
pub mod demo_cases;
pub mod demo_coordination;
pub mod demo_history;
pub mod demo_network;
pub mod demo_portal;
pub mod demo_volunteers;
pub mod exports;
pub mod fields;
pub mod figures;
pub mod input;
pub mod jobs;
mod language_names_de;
pub mod languages;
pub mod name_keys;
pub mod name_search;
pub mod offers;
pub mod passwords;
pub mod plans;
pub mod policy;
pub mod portal;
pub mod referrals;
pub mod sessions;
pub mod testing;
pub mod throttle;
pub mod volunteers;

pub use context::AppState;
pub use db::Db;
