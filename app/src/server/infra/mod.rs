//! What every feature stands on: the database and its transactions, the request context,
//! reading input into checked fields, the edit-conflict check, passwords, sessions,
//! throttling and group commit. Nothing here knows a feature.

pub mod concurrency;
pub mod context;
pub mod db;
pub mod fields;
pub mod input;
pub mod passwords;
pub mod sessions;
pub mod throttle;
pub mod wal_flush;
