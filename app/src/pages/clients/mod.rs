//! Clients (`/clients/...`): the list and search, registering a new client, a client's record.

pub mod detail;
pub mod erasure;
pub mod list;
pub mod merge;
pub mod new;
