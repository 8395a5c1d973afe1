//! Demo coordination: structural issues flagged from demo cases, a working group of several
//! organisations with a meeting and measures (one implemented, one agreed), so the
//! coordinator's pages show something real. Written through the domain functions.

use crate::error::AppError;
use crate::models::MeasureStatus;
use crate::server::coordination::{self, IssueInput, MeasureInput};
use crate::server::demo::history::on;
use crate::server::infra::db::Db;
use crate::server::{admin::accounts, infra::input};

const CASE_MANAGER: &str = "fallmanager@lotse.example";
const COORDINATOR: &str = "koordination@lotse.example";

async fn organisation(db: &Db, part: &str) -> Result<String, AppError> {
    let id: i64 =
        sqlx::query_scalar("SELECT id FROM organisations WHERE name LIKE $1 ORDER BY id LIMIT 1")
            .bind(format!("%{part}%"))
            .fetch_one(&db.pool)
            .await?;
    Ok(id.to_string())
}

pub async fn load(db: &Db) -> Result<(), AppError> {
    let (Some(cm), Some(coordinator)) = (
        accounts::user_by_email(db, CASE_MANAGER).await?,
        accounts::user_by_email(db, COORDINATOR).await?,
    ) else {
        return Ok(());
    };
    let (city, school, jobcenter, caritas) = (
        organisation(db, "Kommunales Integrationsmanagement").await?,
        organisation(db, "Sprachschule").await?,
        organisation(db, "Jobcenter").await?,
        organisation(db, "Caritas").await?,
    );
    let case_id: i64 = sqlx::query_scalar("SELECT MIN(id) FROM cases WHERE owner_id = $1")
        .bind(cm.id)
        .fetch_one(&db.pool)
        .await?;
    // The issue was flagged from Amira Haddad's case weeks after it was opened; the working
    // group met on it and agreed a measure, which is implemented by now.
    let today = input::today();
    let ago = |days: i64| today - chrono::Duration::days(days);
    let date = |days: i64| ago(days).to_string();
    let waiting = on(
        ago(70),
        10,
        coordination::flag_issue(
            db,
            &cm,
            case_id,
            &IssueInput {
                domain: "language".into(),
                district: "kalk".into(),
                description:
                    "Wartezeit auf Integrationskurse mit Kinderbetreuung in Kalk über drei Monate"
                        .into(),
                organisations: vec![school.clone(), city.clone()],
                cases_affected: "12".into(),
            },
        ),
    )
    .await?;
    on(
        ago(65),
        10,
        coordination::flag_issue(
            db,
            &cm,
            case_id,
            &IssueInput {
                domain: "benefits".into(),
                district: String::new(),
                description: "Bescheide des Jobcenters werden ohne Übersetzung nicht verstanden"
                    .into(),
                organisations: vec![jobcenter.clone()],
                cases_affected: "20".into(),
            },
        ),
    )
    .await?;
    let group = on(ago(68), 9, async {
        let group =
            coordination::create_group(db, &coordinator, "AG Sprache und Arbeit", "language")
                .await?;
        for (org, person) in [
            (&city, "Thomas Becker"),
            (&school, "Marco Rossi"),
            (&jobcenter, "Jana Krüger"),
            (&caritas, "Sabine Hoffmann"),
        ] {
            coordination::add_member(db, &coordinator, group, org, person).await?;
        }
        Ok::<_, AppError>(group)
    })
    .await?;
    on(
        ago(66),
        9,
        coordination::assign_issue(db, &coordinator, waiting, &group.to_string()),
    )
    .await?;
    let faster = on(ago(60), 16, async {
        coordination::add_meeting(
            db,
            &coordinator,
            group,
            &date(60),
            "Wartezeiten auf Integrationskurse besprochen. Die Sprachschule bietet ab dem nächsten Modul einen Kurs mit Kinderbetreuung in Kalk an.",
        )
        .await?;
        coordination::add_measure(
            db,
            &coordinator,
            group,
            &MeasureInput {
                title:
                    "Schnellerer Zugang zu Sprachkursen: gemeinsame Anmeldung mit Kinderbetreuung"
                        .into(),
                topic: "language".into(),
                status: MeasureStatus::Agreed.as_str().into(),
                status_on: date(60),
                due_on: date(10),
                issue_id: waiting.to_string(),
                organisations: vec![school, city.clone()],
            },
        )
        .await
    })
    .await?;
    on(
        ago(14),
        10,
        coordination::set_measure_status(
            db,
            &coordinator,
            faster,
            1,
            MeasureStatus::Implemented.as_str(),
            &date(14),
        ),
    )
    .await?;
    on(
        ago(30),
        10,
        coordination::add_measure(
            db,
            &coordinator,
            group,
            &MeasureInput {
                title: "Vereinfachte Übersetzungen der wichtigsten Bescheide".into(),
                topic: "benefits".into(),
                status: MeasureStatus::Agreed.as_str().into(),
                status_on: date(30),
                due_on: (today + chrono::Duration::days(60)).to_string(),
                issue_id: String::new(),
                organisations: vec![jobcenter, city],
            },
        ),
    )
    .await?;
    Ok(())
}
