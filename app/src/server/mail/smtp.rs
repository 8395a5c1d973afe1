//! Sending the outbox over SMTP (`LOTSE_SMTP_URL`, e.g. `smtp://user:secret@mail.stadt.example:587?tls=required`
//! or `smtps://…:465`). Every `lotse` process with a mail server configured runs
//! [`deliver_due`] every few seconds; the outbox's claims make sure each mail is sent by one
//! of them. A temporary refusal, a dropped connection or a timeout leaves the mail for a
//! later attempt; a permanent refusal (5xx) marks it failed.

use lettre::message::header::{ContentType, MessageId};
use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::error::AppError;
use crate::server::infra::db::Db;
use crate::server::mail::outbox::{self, Claimed};

/// How many mails one round claims at most.
pub const BATCH: i64 = 20;

/// A configured mail server and the sender address.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Mailer").field("from", &self.from).finish()
    }
}

impl Mailer {
    /// A mailer for the server at `url` sending as `from` (`Lotse <lotse@stadt.example>`).
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let from: Mailbox = from
            .parse()
            .map_err(|e| format!("LOTSE_MAIL_FROM: not an address ({e}): {from:?}"))?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| format!("LOTSE_SMTP_URL: {e}"))?
            .timeout(Some(std::time::Duration::from_secs(60)))
            .build();
        Ok(Mailer { transport, from })
    }

    fn message(&self, mail: &Claimed) -> Result<Message, String> {
        let to: Mailbox = mail
            .recipient
            .parse()
            .map_err(|e| format!("recipient address: {e}"))?;
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .header(MessageId::from(format!("<{}>", mail.message_id)))
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| e.to_string())
    }
}

/// What one round of [`deliver_due`] did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Round {
    pub sent: usize,
    /// Failed this time, to be tried again later.
    pub retrying: usize,
    /// Given up: refused permanently or too often.
    pub failed: usize,
}

/// Claims the mails due at `now` for `holder` and sends them, one after the other.
pub async fn deliver_due(
    db: &Db,
    mailer: &Mailer,
    holder: &str,
    now: i64,
) -> Result<Round, AppError> {
    let mut round = Round::default();
    for mail in outbox::claim_due(db, holder, now, BATCH).await? {
        let result = match mailer.message(&mail) {
            // An address the server could never deliver to: no use trying again.
            Err(error) => Err((error, true)),
            Ok(message) => mailer
                .transport
                .send(message)
                .await
                .map(|_| ())
                .map_err(|e| (e.to_string(), e.is_permanent())),
        };
        match result {
            Ok(()) => {
                outbox::mark_sent(db, mail.id, holder, crate::server::infra::db::now_ms()).await?;
                round.sent += 1;
            }
            Err((error, permanent)) => {
                tracing::warn!(mail = mail.id, attempt = mail.attempts + 1, %error, "mail not sent");
                let now = crate::server::infra::db::now_ms().max(now);
                if outbox::mark_attempt_failed(db, mail.id, holder, now, &error, permanent).await? {
                    round.failed += 1;
                } else {
                    round.retrying += 1;
                }
            }
        }
    }
    Ok(round)
}
