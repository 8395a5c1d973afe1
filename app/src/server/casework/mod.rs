//! Case management: clients and finding them by name, cases and their phases, the case
//! manager's start page and the integration plan.

pub mod cases;
pub mod clients;
pub mod dashboard;
pub mod erasure;
pub mod holds;
pub mod merge;
pub mod name_keys;
pub mod name_search;
pub mod plans;
