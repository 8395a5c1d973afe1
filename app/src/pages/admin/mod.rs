//! Administration pages (`/admin/...`, `/audit`, `/retention`, `/holds`): users,
//! handing over a caseload, organisations, catalogues, the audit log, the retention rules and the holds in force.

pub mod audit_log;
pub mod catalogues;
pub mod handover;
pub mod holds;
pub mod organisations;
pub mod retention;
pub mod users;
