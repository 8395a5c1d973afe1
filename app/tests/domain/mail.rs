//! E-mail on SQLite and on PostgreSQL: a referral tells the receiving partner's staff in their
//! language and without client data; nothing is mailed for what was rolled back; each person
//! chooses at once, a daily digest or never; overdue referrals are told once; the outbox is
//! sent over a real SMTP server (Debian's python3-aiosmtpd, started here), retried when the
//! server refuses or drops the connection, never lost, never doubled, also with two processes
//! sending at once.

use std::path::PathBuf;
use std::process::Stdio;

use app::error::AppError;
use app::models::{CurrentUser, NewClient, NotificationKind};
use app::on_both_backends;
use app::server::infra::db::{as_of, now_ms};
use app::server::mail::notifications::{self, send_digests};
use app::server::mail::outbox::{self, NewMail, CLAIM_MS, MAX_ATTEMPTS};
use app::server::mail::smtp::{deliver_due, Mailer};
use app::server::network::{consents, referrals};
use app::server::testing::{invalid, user};
use app::server::{casework::cases, Db};
use tokio::io::AsyncBufReadExt;

use crate::helpers::{case_manager, consent_to, course_provider, mails, referral_to, register};

struct World {
    cm: CurrentUser,
    provider: CurrentUser,
    case_id: i64,
}

/// A case manager's client with a consent to share identity and language with a course
/// provider, whose staff member (kurs@) receives the referrals.
async fn world(db: &Db) -> World {
    let cm = case_manager(db).await;
    let provider = course_provider(db).await;
    let new = NewClient {
        given_names: "Reza".into(),
        family_name: "Ahmadi".into(),
        preferred_language: "prs".into(),
        ..NewClient::default()
    };
    let client_id = register(db, &cm, &new).await;
    let case_id = cases::open(db, &cm, client_id).await.unwrap();
    consents::record(
        db,
        &cm,
        client_id,
        &consent_to(
            provider.organisation_id,
            "language-course",
            &["identity", "language"],
        ),
    )
    .await
    .unwrap();
    World {
        cm,
        provider,
        case_id,
    }
}

async fn refer(db: &Db, w: &World) -> i64 {
    referrals::send(
        db,
        &w.cm,
        w.case_id,
        &referral_to(w.provider.organisation_id, None, None, &["identity"]),
    )
    .await
    .unwrap()
}

fn choose(kind: NotificationKind, delivery: &str) -> Vec<(NotificationKind, String)> {
    vec![(kind, delivery.to_owned())]
}

async fn a_new_referral_mails_the_partner_in_their_language_without_client_data(db: Db) {
    let w = world(&db).await;
    // Partner staff hear of new referrals at once unless they chose otherwise.
    let first = refer(&db, &w).await;
    let told = mails(&db, "new-referral").await;
    assert_eq!(told.len(), 1);
    let (to, language, subject, body) = &told[0];
    assert_eq!(
        (to.as_str(), language.as_str()),
        ("kurs@test.example", "de")
    );
    assert_eq!(subject, "Neue Vermittlung an Sprachschule");
    assert!(body.contains(&format!("/referrals/{first}")), "{body}");
    assert!(body.contains("/account"), "says where to change it: {body}");
    for personal in ["Reza", "Ahmadi", "Bitte um einen Platz"] {
        assert!(
            !body.contains(personal) && !subject.contains(personal),
            "{personal} in {body}"
        );
    }
    // The case manager (sender) is not told of their own referral.
    assert!(told.iter().all(|m| m.0 != "fm@test.example"));

    // In Arabic once the partner chose it.
    notifications::save_preferences(&db, &w.provider, "ar", &[])
        .await
        .unwrap();
    refer(&db, &w).await;
    let told = mails(&db, "new-referral").await;
    assert_eq!(told.len(), 2);
    assert_eq!(told[1].1, "ar");
    assert!(
        told[1].2.contains("Sprachschule") && told[1].2 != told[0].2,
        "{}",
        told[1].2
    );

    // A referral that is refused (no consent covers health) writes no mail: the outbox is part
    // of the referral's transaction.
    let refused = referrals::send(
        &db,
        &w.cm,
        w.case_id,
        &referral_to(w.provider.organisation_id, None, None, &["health"]),
    )
    .await;
    assert!(refused.is_err());
    assert_eq!(mails(&db, "new-referral").await.len(), 2);
}

async fn each_person_chooses_at_once_a_daily_digest_or_never(db: Db) {
    let w = world(&db).await;
    let kind = NotificationKind::NewReferral;
    // Never: nothing.
    notifications::save_preferences(&db, &w.provider, "de", &choose(kind, "never"))
        .await
        .unwrap();
    refer(&db, &w).await;
    assert!(mails(&db, "new-referral").await.is_empty());

    // Daily: nothing at once; one digest from seven in the morning (Köln), once a day.
    notifications::save_preferences(&db, &w.provider, "de", &choose(kind, "daily"))
        .await
        .unwrap();
    let a = refer(&db, &w).await;
    let b = refer(&db, &w).await;
    assert!(mails(&db, "new-referral").await.is_empty());
    let at = crate::helpers::koeln_at;
    assert_eq!(
        send_digests(&db, at(6)).await.unwrap(),
        0,
        "not before seven"
    );
    assert_eq!(send_digests(&db, at(8)).await.unwrap(), 1);
    let digests = mails(&db, "digest").await;
    assert_eq!(digests.len(), 1);
    assert_eq!(digests[0].2, "Lotse: 2 Neuigkeiten");
    for id in [a, b] {
        assert!(
            digests[0].3.contains(&format!("/referrals/{id}")),
            "{}",
            digests[0].3
        );
    }
    refer(&db, &w).await;
    assert_eq!(send_digests(&db, at(9)).await.unwrap(), 0, "once a day");
    assert_eq!(mails(&db, "digest").await.len(), 1);

    // Choices are checked: a shipped staff language, a delivery of the list, only the kinds
    // that can concern the role.
    assert_eq!(
        invalid(notifications::save_preferences(&db, &w.provider, "xx", &[]).await),
        ("language".into(), "error-choose-from-list".into())
    );
    assert_eq!(
        invalid(notifications::save_preferences(&db, &w.provider, "de-leicht", &[]).await),
        ("language".into(), "error-choose-from-list".into())
    );
    assert_eq!(
        invalid(
            notifications::save_preferences(&db, &w.provider, "de", &choose(kind, "weekly")).await
        ),
        ("new-referral".into(), "error-choose-from-list".into())
    );
    assert_eq!(
        notifications::save_preferences(
            &db,
            &w.provider,
            "de",
            &choose(NotificationKind::ConsentRevoked, "now")
        )
        .await
        .unwrap_err(),
        AppError::BadRequest
    );
    let mine = notifications::preferences(&db, &w.provider).await.unwrap();
    assert_eq!(mine.email, "kurs@test.example");
    assert_eq!(
        mine.kinds,
        vec![
            (NotificationKind::NewReferral, app::models::Delivery::Daily),
            (
                NotificationKind::ReferralOverdue,
                app::models::Delivery::Now
            )
        ]
    );
}

async fn an_overdue_referral_is_told_once_to_its_sender_and_its_recipients(db: Db) {
    // Sent four weeks ago with the default response time (ten working days): overdue now.
    let (w, id) = as_of(now_ms() - 28 * 86_400_000, async {
        let w = world(&db).await;
        let id = refer(&db, &w).await;
        (w, id)
    })
    .await;
    let _on_time = refer(&db, &w).await;
    assert_eq!(notifications::overdue_referrals(&db).await.unwrap(), 1);
    let told = mails(&db, "referral-overdue").await;
    let mut to: Vec<&str> = told.iter().map(|m| m.0.as_str()).collect();
    to.sort();
    assert_eq!(to, ["fm@test.example", "kurs@test.example"]);
    let sender = told.iter().find(|m| m.0 == "fm@test.example").unwrap();
    assert!(sender.3.contains(&format!("/cases/{}/network", w.case_id)));
    let partner = told.iter().find(|m| m.0 == "kurs@test.example").unwrap();
    assert!(partner.3.contains(&format!("/referrals/{id}")));
    // Looked at again (the next tick): nobody is told twice.
    assert_eq!(notifications::overdue_referrals(&db).await.unwrap(), 0);
    assert_eq!(mails(&db, "referral-overdue").await.len(), 2);
}

async fn only_administrators_read_the_outbox_and_reading_it_is_audited(db: Db) {
    let w = world(&db).await;
    refer(&db, &w).await;
    let admin = user(&db, "admin@test.example", "administrator", "Stadt Köln").await;
    let outbox = outbox::list(&db, &admin, 1).await.unwrap();
    assert_eq!((outbox.waiting, outbox.sent, outbox.failed), (1, 0, 0));
    assert_eq!(outbox.mails.items[0].recipient, "kurs@test.example");
    assert!(!outbox.smtp_configured);
    for other in [&w.cm, &w.provider] {
        assert_eq!(
            outbox::list(&db, other, 1).await.unwrap_err(),
            AppError::Forbidden
        );
    }
    let audited: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE record = 'outbox' AND actor_id = $1",
    )
    .bind(admin.id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(audited, 1);
}

async fn two_workers_never_claim_the_same_mail_and_failures_wait_longer_each_time(db: Db) {
    for n in 0..10 {
        write_mail(&db, &format!("person{n}@test.example")).await;
    }
    let other = second_process(&db).await;
    let now = now_ms();
    let (a, b) = tokio::join!(
        outbox::claim_due(&db, "process-a", now, 20),
        outbox::claim_due(&other, "process-b", now, 20)
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    let mut ids: Vec<i64> = a.iter().chain(&b).map(|m| m.id).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(
        ids.len(),
        10,
        "each claimed once: {} + {}",
        a.len(),
        b.len()
    );
    assert_eq!(a.len() + b.len(), 10);
    // Claimed mails are nobody else's until the claim runs out.
    assert!(outbox::claim_due(&db, "process-c", now + 1, 20)
        .await
        .unwrap()
        .is_empty());
    let taken_over = outbox::claim_due(&db, "process-c", now + CLAIM_MS, 20)
        .await
        .unwrap();
    assert_eq!(taken_over.len(), 10, "a dead worker's mails go to another");

    // A failed attempt waits a minute, the next two, …; too many leave the mail failed.
    let mail = taken_over[0].id;
    let mut at = now + CLAIM_MS;
    for attempt in 1..MAX_ATTEMPTS {
        assert!(
            !outbox::mark_attempt_failed(&db, mail, "process-c", at, "451", false)
                .await
                .unwrap()
        );
        let pause = outbox::retry_pause_ms(attempt);
        assert!(outbox::claim_due(&db, "process-c", at + pause - 1, 20)
            .await
            .unwrap()
            .iter()
            .all(|m| m.id != mail));
        at += pause;
        let again = outbox::claim_due(&db, "process-c", at, 20).await.unwrap();
        assert!(again.iter().any(|m| m.id == mail), "attempt {attempt}");
    }
    assert!(
        outbox::mark_attempt_failed(&db, mail, "process-c", at, "451", false)
            .await
            .unwrap()
    );
    assert_eq!(state(&db, mail).await, "failed");
}

// ---------------------------------------------------------------------------------------
// A real SMTP server.

/// Debian's python3-aiosmtpd running `tests/smtp_sink.py` on a free port; the messages it
/// accepted are files in `dir`. Stopped when dropped.
struct Sink {
    port: u16,
    dir: PathBuf,
    _process: tokio::process::Child,
}

impl Sink {
    async fn start(refuse: u32, drop: u32) -> Sink {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let dir =
            std::env::temp_dir().join(format!("lotse-smtp-{}", uuid::Uuid::new_v4().simple()));
        std::fs::create_dir_all(&dir).unwrap();
        let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/smtp_sink.py");
        let mut process = tokio::process::Command::new("/usr/bin/python3")
            .arg(script)
            .args(["--port", &port.to_string(), "--dir"])
            .arg(&dir)
            .args(["--refuse", &refuse.to_string(), "--drop", &drop.to_string()])
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("python3-aiosmtpd (make test installs it)");
        let mut lines = tokio::io::BufReader::new(process.stdout.take().unwrap()).lines();
        let ready = tokio::time::timeout(std::time::Duration::from_secs(20), lines.next_line())
            .await
            .expect("SMTP server starts")
            .unwrap();
        assert_eq!(ready.as_deref(), Some("ready"), "aiosmtpd is installed");
        Sink {
            port,
            dir,
            _process: process,
        }
    }

    fn mailer(&self) -> Mailer {
        Mailer::new(
            &format!("smtp://127.0.0.1:{}", self.port),
            "Lotse <lotse@test.example>",
        )
        .unwrap()
    }

    /// The accepted messages' Message-ID headers.
    fn received(&self) -> Vec<String> {
        let mut files: Vec<_> = std::fs::read_dir(&self.dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "eml"))
            .collect();
        files.sort();
        files
            .iter()
            .map(|file| {
                let text = std::fs::read_to_string(file).unwrap();
                text.lines()
                    .find_map(|l| l.strip_prefix("Message-ID: "))
                    .unwrap_or_default()
                    .to_owned()
            })
            .collect()
    }

    fn message(&self, n: usize) -> String {
        std::fs::read_to_string(self.dir.join(format!("{n:04}.eml"))).unwrap()
    }
}

async fn write_mail(db: &Db, to: &str) -> i64 {
    let mut tx = app::server::infra::db::begin(db).await.unwrap();
    let id = outbox::enqueue(
        &mut tx,
        &NewMail {
            kind: "new-referral".into(),
            recipient: to.into(),
            user_id: None,
            language: "de".into(),
            subject: "Neue Vermittlung an die Sprachschule Köln".into(),
            body: "Für die Sprachschule Köln ist eine neue Vermittlung eingegangen.".into(),
        },
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    id
}

async fn state(db: &Db, id: i64) -> String {
    sqlx::query_scalar("SELECT state FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

async fn message_id(db: &Db, id: i64) -> String {
    let id: String = sqlx::query_scalar("SELECT message_id FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    format!("<{id}>")
}

async fn second_process(db: &Db) -> Db {
    let url = db.pool.connect_options().database_url.to_string();
    Db::connect(&url, 4).await.expect("second pool")
}

async fn the_outbox_is_sent_over_smtp_each_mail_once(db: Db) {
    let sink = Sink::start(0, 0).await;
    let mailer = sink.mailer();
    let ids = [
        write_mail(&db, "kurs@test.example").await,
        write_mail(&db, "jobcenter@test.example").await,
    ];
    let round = deliver_due(&db, &mailer, "process-a", now_ms())
        .await
        .unwrap();
    assert_eq!((round.sent, round.retrying, round.failed), (2, 0, 0));
    let mut expected = vec![message_id(&db, ids[0]).await, message_id(&db, ids[1]).await];
    expected.sort();
    let mut received = sink.received();
    received.sort();
    assert_eq!(received, expected);
    let first = sink.message(1);
    assert!(
        first.contains("From: Lotse <lotse@test.example>"),
        "{first}"
    );
    assert!(first.contains("To: kurs@test.example"), "{first}");
    assert!(
        first
            .lines()
            .any(|l| l.starts_with("Subject: ") && l.contains("=?utf-8?")),
        "the umlaut is encoded: {first}"
    );
    assert!(
        first.contains("Content-Type: text/plain; charset=utf-8"),
        "{first}"
    );
    for id in ids {
        assert_eq!(state(&db, id).await, "sent");
    }
    // The next round finds nothing to send.
    let round = deliver_due(&db, &mailer, "process-a", now_ms())
        .await
        .unwrap();
    assert_eq!(round.sent, 0);
    assert_eq!(sink.received().len(), 2);
}

async fn a_refusing_or_dropping_server_leads_to_retries_never_to_a_lost_or_doubled_mail(db: Db) {
    // The server refuses the first message (451) and drops the connection on the next.
    let sink = Sink::start(1, 1).await;
    let mailer = sink.mailer();
    let id = write_mail(&db, "kurs@test.example").await;
    let mut now = now_ms();
    let round = deliver_due(&db, &mailer, "process-a", now).await.unwrap();
    assert_eq!(
        (round.sent, round.retrying),
        (0, 1),
        "the drop or refusal: later"
    );
    assert_eq!(state(&db, id).await, "waiting");
    // Not before its pause.
    assert_eq!(
        deliver_due(&db, &mailer, "process-a", now + 1_000)
            .await
            .unwrap()
            .sent,
        0
    );
    let mut sent = 0;
    for attempt in 1..=3 {
        now += outbox::retry_pause_ms(attempt) + 1_000;
        sent += deliver_due(&db, &mailer, "process-a", now)
            .await
            .unwrap()
            .sent;
    }
    assert_eq!(sent, 1);
    assert_eq!(state(&db, id).await, "sent");
    let attempts: i64 = sqlx::query_scalar("SELECT attempts FROM outbox WHERE id = $1")
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(attempts, 3, "refused, dropped, accepted");
    assert_eq!(sink.received(), vec![message_id(&db, id).await]);

    // A recipient the server refuses for good (550): failed at once, with its answer.
    let unknown = write_mail(&db, "unknown@test.example").await;
    let round = deliver_due(&db, &mailer, "process-a", now).await.unwrap();
    assert_eq!(round.failed, 1);
    assert_eq!(state(&db, unknown).await, "failed");
    let error: Option<String> = sqlx::query_scalar("SELECT last_error FROM outbox WHERE id = $1")
        .bind(unknown)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(error.unwrap_or_default().contains("550"));
}

async fn two_processes_sending_at_once_send_each_mail_once(db: Db) {
    let sink = Sink::start(0, 0).await;
    let mut expected = Vec::new();
    for n in 0..16 {
        let id = write_mail(&db, &format!("person{n}@test.example")).await;
        expected.push(message_id(&db, id).await);
    }
    let other = second_process(&db).await;
    let (mailer_a, mailer_b) = (sink.mailer(), sink.mailer());
    let now = now_ms();
    let (a, b) = tokio::join!(
        deliver_due(&db, &mailer_a, "process-a", now),
        deliver_due(&other, &mailer_b, "process-b", now)
    );
    assert_eq!(a.unwrap().sent + b.unwrap().sent, 16);
    let mut received = sink.received();
    received.sort();
    expected.sort();
    assert_eq!(received, expected, "every mail once");
}

on_both_backends! {
    new_referral => a_new_referral_mails_the_partner_in_their_language_without_client_data;
    preferences => each_person_chooses_at_once_a_daily_digest_or_never;
    overdue => an_overdue_referral_is_told_once_to_its_sender_and_its_recipients;
    outbox_readers => only_administrators_read_the_outbox_and_reading_it_is_audited;
    claims => two_workers_never_claim_the_same_mail_and_failures_wait_longer_each_time;
    smtp => the_outbox_is_sent_over_smtp_each_mail_once;
    smtp_failures => a_refusing_or_dropping_server_leads_to_retries_never_to_a_lost_or_doubled_mail;
    smtp_two_processes => two_processes_sending_at_once_send_each_mail_once;
}
