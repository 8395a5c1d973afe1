//! Administration pages (`/admin/...`, `/audit`, `/retention`, `/holds`, `/erasure-requests`):
//! users, their second factors, single sign-on providers, the outbox of e-mail, handing over a caseload, organisations, catalogues, the audit
//! log, the retention rules, the holds in force and the erasure requests.

pub mod audit_log;
pub mod catalogues;
pub mod erasure;
pub mod handover;
pub mod holds;
pub mod mail;
pub mod organisations;
pub mod providers;
pub mod retention;
pub mod second_factors;
pub mod users;
