//! The demo municipality: Köln's KIM team and its partners, one account per role, all with
//! the password `lotse-demo`. Later features extend this same world.

pub mod cases;
pub mod coordination;
pub mod history;
pub mod load_users;
pub mod network;
pub mod portal;
pub mod volunteers;

use crate::error::AppError;
use crate::models::OrganisationType::{self, *};
use crate::server::admin::accounts::{bootstrap_user, NewStaffAccount};
use crate::server::infra::db::Db;

pub const DEMO_PASSWORD: &str = "lotse-demo";

/// (e-mail, display name, role, organisation, organisation type)
pub const DEMO_ACCOUNTS: &[(&str, &str, &str, &str, OrganisationType)] = &[
    (
        "admin@lotse.example",
        "Petra Schmitz",
        "administrator",
        "Stadt Köln – Kommunales Integrationsmanagement",
        CityOffice,
    ),
    (
        "fallmanager@lotse.example",
        "Leyla Yılmaz",
        "case_manager",
        "Stadt Köln – Kommunales Integrationsmanagement",
        CityOffice,
    ),
    (
        "koordination@lotse.example",
        "Thomas Becker",
        "coordinator",
        "Stadt Köln – Kommunales Integrationsmanagement",
        CityOffice,
    ),
    (
        "datenschutz@lotse.example",
        "Frank Neumann",
        "data_protection_officer",
        "Stadt Köln – Kommunales Integrationsmanagement",
        CityOffice,
    ),
    (
        "jobcenter@lotse.example",
        "Jana Krüger",
        "partner_staff",
        "Jobcenter Köln",
        Jobcenter,
    ),
    (
        "kurstraeger@lotse.example",
        "Marco Rossi",
        "partner_staff",
        "Sprachschule am Rhein (BAMF-Integrationskursträger)",
        CourseProvider,
    ),
    (
        "ehrenamt@lotse.example",
        "Helga Wagner",
        "volunteer",
        "Integrationslotsen Köln",
        VolunteerNetwork,
    ),
];

/// Organisations without a demo account of their own yet.
const DEMO_ORGANISATIONS: &[(&str, OrganisationType)] = &[
    ("Agentur für Arbeit Köln", EmploymentAgency),
    (
        "Caritasverband Köln – Migrationsberatung für Erwachsene",
        WelfareOrganisation,
    ),
];

pub async fn is_loaded(db: &Db) -> Result<bool, AppError> {
    let found =
        sqlx::query_scalar::<_, String>("SELECT value FROM settings WHERE key = 'demo_data'")
            .fetch_optional(&db.pool)
            .await?;
    Ok(found.is_some())
}

/// A hold on the data of the demo case manager's first client whose cases are all closed: an
/// objection against a Jobcenter decision is under way, so nothing of them may be deleted yet.
async fn hold(db: &Db) -> Result<(), AppError> {
    let found: Option<(i64, i64)> = sqlx::query_as(
        "SELECT c.id, u.id FROM clients c
         JOIN cases k ON k.client_id = c.id
         JOIN users u ON u.id = k.owner_id AND u.email = 'fallmanager@lotse.example'
         WHERE NOT EXISTS (SELECT 1 FROM cases o WHERE o.client_id = c.id AND o.phase <> 'closed')
         ORDER BY c.id LIMIT 1",
    )
    .fetch_optional(&db.pool)
    .await?;
    let Some((client_id, case_manager)) = found else {
        return Ok(());
    };
    let until = crate::server::infra::input::today() + chrono::Duration::days(90);
    sqlx::query(
        "INSERT INTO client_holds (client_id, reason, note, until, placed_by, placed_at)
         VALUES ($1, 'ongoing-procedure', 'Widerspruch gegen Bescheid des Jobcenters', $2, $3, $4)",
    )
    .bind(client_id)
    .bind(until.to_string())
    .bind(case_manager)
    .bind(crate::server::infra::db::now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Loads the demo world once; a second call changes nothing and returns `false`.
pub async fn load(db: &Db) -> Result<bool, AppError> {
    if is_loaded(db).await? {
        return Ok(false);
    }
    for &(email, name, role, organisation, kind) in DEMO_ACCOUNTS {
        let account = NewStaffAccount {
            display_name: name.to_owned(),
            email: email.to_owned(),
            organisation_id: 0,
            role: role.to_owned(),
            password: DEMO_PASSWORD.to_owned(),
        };
        bootstrap_user(db, organisation, kind, account).await?;
    }
    for &(name, kind) in DEMO_ORGANISATIONS {
        sqlx::query(
            "INSERT INTO organisations (name, organisation_type, created_at) VALUES ($1, $2, $3)",
        )
        .bind(name)
        .bind(kind.as_str())
        .bind(crate::server::infra::db::now_ms())
        .execute(&db.pool)
        .await?;
    }
    crate::server::demo::cases::load(db).await?;
    crate::server::demo::network::load(db).await?;
    crate::server::demo::volunteers::load(db).await?;
    crate::server::demo::portal::load(db).await?;
    crate::server::demo::coordination::load(db).await?;
    hold(db).await?;
    sqlx::query("INSERT INTO settings (key, value) VALUES ('demo_data', '1')")
        .execute(&db.pool)
        .await?;
    Ok(true)
}
