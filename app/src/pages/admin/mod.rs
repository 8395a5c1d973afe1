//! Administration pages (`/admin/...`, `/audit`, `/retention`): users, organisations,
//! catalogues, the audit log and the retention rules.

pub mod audit_log;
pub mod catalogues;
pub mod organisations;
pub mod retention;
pub mod users;
