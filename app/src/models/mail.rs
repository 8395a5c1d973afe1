//! E-mail: the outbox as administrators read it, and a staff member's mail settings.

use serde::{Deserialize, Serialize};

use super::Page;

/// One mail in the outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxMail {
    pub id: i64,
    /// What caused it (a [`super::NotificationKind`] code or `digest`).
    pub kind: String,
    pub recipient: String,
    pub language: String,
    pub subject: String,
    pub body: String,
    /// `waiting`, `sent` or `failed`.
    pub state: String,
    pub attempts: i64,
    pub next_attempt_at: i64,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// The outbox page: whether a mail server is configured, counts by state, the mails.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OutboxPage {
    pub smtp_configured: bool,
    pub waiting: i64,
    pub sent: i64,
    pub failed: i64,
    pub mails: Page<OutboxMail>,
}

/// A staff member's mail settings: the address mails go to, their language, and per kind of
/// event how they want to be told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MailPreferences {
    pub email: String,
    pub language: String,
    pub kinds: Vec<(super::NotificationKind, super::Delivery)>,
}
