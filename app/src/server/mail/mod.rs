//! E-mail: the outbox every mail is written to in the transaction of the event that causes
//! it ([`outbox`]), what each staff member wants to be told and how often
//! ([`notifications`]), and the worker that sends the outbox over SMTP ([`smtp`]). Mails carry
//! no personal data about clients, only what happened and a link into Lotse.

pub mod notifications;
pub mod outbox;
pub mod smtp;

use std::sync::OnceLock;

/// How this process writes and sends mail, set once at start-up.
#[derive(Debug, Clone)]
pub struct MailSettings {
    /// The address links in mails point to (`LOTSE_PUBLIC_URL`, no trailing slash).
    pub public_url: String,
    /// Whether a mail server is configured (`LOTSE_SMTP_URL`); without one, mails stay in
    /// the outbox for administrators to read.
    pub smtp_configured: bool,
}

static SETTINGS: OnceLock<MailSettings> = OnceLock::new();

/// Sets this process's mail settings; the first call wins (tests start many servers in one
/// process, all with the same settings).
pub fn configure(settings: MailSettings) {
    let _ = SETTINGS.set(settings);
}

/// This process's mail settings (`http://localhost:3000` and no mail server until
/// [`configure`] is called).
pub fn settings() -> MailSettings {
    SETTINGS.get().cloned().unwrap_or(MailSettings {
        public_url: "http://localhost:3000".to_owned(),
        smtp_configured: false,
    })
}

/// The absolute address of a path in Lotse, for a link in a mail.
pub fn link(path: &str) -> String {
    format!("{}{path}", settings().public_url)
}
