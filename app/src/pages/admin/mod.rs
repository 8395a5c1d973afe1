//! Administration pages (`/admin/...`, `/audit`, `/retention`, `/holds`): users,
//! organisations, catalogues, the audit log, the retention rules and the holds in force.

pub mod audit_log;
pub mod catalogues;
pub mod holds;
pub mod organisations;
pub mod retention;
pub mod users;
