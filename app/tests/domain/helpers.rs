//! The people and records most scenarios start with, shared by every module: the case
//! manager and a colleague in Stadt Köln, a course provider, a staff member signed in with a
//! password, a registered client, and the goal, step, consent and referral forms a plan or a
//! partner scenario fills in. Fresh databases per backend come from `app::server::testing`.

use std::net::IpAddr;

use app::models::{CurrentUser, NewClient};
use app::server::admin::accounts;
use app::server::casework::clients::{self, ClientInput};
use app::server::casework::plans::{GoalInput, StepInput};
use app::server::infra::context::SessionSettings;
use app::server::infra::sessions;
use app::server::network::consents::ConsentInput;
use app::server::network::referrals::ReferralInput;
use app::server::testing::{day, user};
use app::server::Db;

/// The password `app::server::testing` gives every staff account it creates.
pub const PASSWORD: &str = "richtig-geheim-1";

/// Session lifetimes as `lotse serve` has them without configuration.
pub fn settings() -> SessionSettings {
    SessionSettings::default()
}

/// The case manager of Stadt Köln most scenarios are told from.
pub async fn case_manager(db: &Db) -> CurrentUser {
    user(db, "fm@test.example", "case_manager", "Stadt Köln").await
}

/// A second case manager of the same organisation.
pub async fn colleague(db: &Db) -> CurrentUser {
    user(db, "kollegin@test.example", "case_manager", "Stadt Köln").await
}

/// The data-protection officer of the case manager's organisation.
pub async fn data_protection_officer(db: &Db) -> CurrentUser {
    user(
        db,
        "dsb@test.example",
        "data_protection_officer",
        "Stadt Köln",
    )
    .await
}

/// A partner: the staff of a course provider (Sprachschule).
pub async fn course_provider(db: &Db) -> CurrentUser {
    user(db, "kurs@test.example", "partner_staff", "Sprachschule").await
}

/// A staff member as their session knows them, after signing in with a password from
/// `address` (the account must exist).
pub async fn signed_in(
    db: &Db,
    email: &str,
    password: &str,
    address: Option<IpAddr>,
) -> CurrentUser {
    let token = accounts::sign_in(db, email, password, address)
        .await
        .expect("sign in");
    sessions::resume(db, &settings(), &token)
        .await
        .unwrap()
        .expect("session")
}

/// Registers a client as `actor` and returns the new id.
pub async fn register(db: &Db, actor: &CurrentUser, client: &NewClient) -> i64 {
    clients::create(db, actor, &ClientInput::try_from(client).unwrap())
        .await
        .unwrap()
}

/// A language goal towards level B1, without dates.
pub fn language_goal() -> GoalInput {
    GoalInput {
        domain: "language".into(),
        level: "framework".into(),
        template: "reach-b1".into(),
        ..GoalInput::default()
    }
}

/// A step of `service` the client is responsible for, due in `due` days.
pub fn step(service: &str, due: i64) -> StepInput {
    StepInput {
        service_type: service.into(),
        responsible_kind: "client".into(),
        due_date: day(due),
        ..StepInput::default()
    }
}

/// A consent, signed today, to share `categories` with organisation `org` for `purpose`.
pub fn consent_to(org: i64, purpose: &str, categories: &[&str]) -> ConsentInput {
    ConsentInput {
        organisation_id: org.to_string(),
        purpose: purpose.into(),
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
        valid_from: day(0),
        method: "signature".into(),
        ..ConsentInput::default()
    }
}

/// A referral to organisation `org` asking for a course place, with `categories` of data.
pub fn referral_to(
    org: i64,
    offer: Option<i64>,
    step: Option<i64>,
    categories: &[&str],
) -> ReferralInput {
    ReferralInput {
        step_id: step.map(|s| s.to_string()).unwrap_or_default(),
        organisation_id: org.to_string(),
        offer_id: offer.map(|o| o.to_string()).unwrap_or_default(),
        purpose: "language-course".into(),
        message: "Bitte um einen Platz.".into(),
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
        response_due: String::new(),
    }
}

/// A count a query with one bound id gives (`SELECT COUNT(*) … WHERE x = $1`).
pub async fn count(db: &Db, sql: &str, id: i64) -> i64 {
    sqlx::query_scalar(sql)
        .bind(id)
        .fetch_one(&db.pool)
        .await
        .unwrap()
}

/// The mails of one kind in the outbox, oldest first: (recipient, language, subject, body).
pub async fn mails(db: &Db, kind: &str) -> Vec<(String, String, String, String)> {
    sqlx::query_as(
        "SELECT recipient, language, subject, body FROM outbox WHERE kind = $1 ORDER BY id",
    )
    .bind(kind)
    .fetch_all(&db.pool)
    .await
    .unwrap()
}

/// `hour` o'clock in Köln today, in milliseconds (Köln is UTC+1 in winter, UTC+2 in summer:
/// the offset whose Köln hour is `hour` is kept).
pub fn koeln_at(hour: u32) -> i64 {
    let today = app::i18n::koeln_date(app::server::infra::db::now_ms());
    let midnight = today
        .and_hms_opt(0, 0, 0)
        .unwrap()
        .and_utc()
        .timestamp_millis();
    (0..=3)
        .map(|back| midnight + (hour as i64 - back) * 3_600_000)
        .find(|ms| app::i18n::koeln_hour(*ms) == hour && app::i18n::koeln_date(*ms) == today)
        .unwrap()
}

/// Four audited transactions at once, each writing one entry about the record `label:n`. On
/// PostgreSQL all four hold their chain head before any commits, so they use four chains;
/// SQLite's writer turn admits one transaction at a time, so there they run in turn.
pub async fn audited_at_once(db: &Db, actor: &CurrentUser, label: &str) {
    use app::server::{audit, infra::db::begin, infra::db::Backend};
    let postgres = db.backend == Backend::Postgres;
    let all_appended = std::sync::Arc::new(tokio::sync::Barrier::new(4));
    let tasks: Vec<_> = (0..4)
        .map(|n| {
            let (db, all_appended) = (db.clone(), all_appended.clone());
            let entry = audit::Entry {
                record: format!("{label}:{n}"),
                action: "read".into(),
                purpose: "test".into(),
                basis: "case-owner".into(),
                categories: "*".into(),
                ..audit::Entry::by(actor)
            };
            tokio::spawn(async move {
                let mut tx = begin(&db).await.unwrap();
                audit::append(&mut tx, &entry).await.unwrap();
                if postgres {
                    all_appended.wait().await;
                }
                tx.commit().await.unwrap();
            })
        })
        .collect();
    for task in tasks {
        task.await.unwrap();
    }
}
