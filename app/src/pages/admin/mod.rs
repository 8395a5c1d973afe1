//! Administration pages (`/admin/...`, `/audit`): users, organisations, catalogues and the
//! audit log.

pub mod audit_log;
pub mod catalogues;
pub mod organisations;
pub mod users;
