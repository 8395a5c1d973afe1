//! Administration: organisations and staff accounts (with their second factors), the
//! catalogues administrators extend, and the data-protection officer's view of the audit log
//! and retention rules.

pub mod accounts;
pub mod audit_log;
pub mod catalogues;
pub mod factors;
pub mod handover;
pub mod passkeys;
pub mod providers;
pub mod retention;
