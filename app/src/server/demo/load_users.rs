//! The users of the mixed workload of `make bench` (issue 21): case managers with their own
//! caseloads among the synthetic clients, partner staff of the two organisations the synthetic
//! referrals go to, clients with portal access and volunteers with tasks offered to them by
//! name. `lotse demo-data --clients N --load-users FILE` makes them (once, after the synthetic
//! clients) and writes what the load generator needs to act as them to FILE as JSON.
//!
//! Staff accounts are made by [`bootstrap_user`], consents and tasks by the domain functions
//! the screens call. The synthetic case managers (written in bulk by [`super::cases::generate`]
//! without a password) get the demo password; the clients' portal access is written as the
//! demo's is (a code of our choosing, the demo PIN).

use chrono::Duration;
use serde::Serialize;

use crate::error::AppError;
use crate::models::{
    CasePhase, CurrentUser, OrganisationType, ReferralStatus, TaskInput, TaskStatus,
};
use crate::server::admin::accounts::{self, bootstrap_user, NewStaffAccount};
use crate::server::demo::portal::DEMO_PIN;
use crate::server::demo::{DEMO_ACCOUNTS, DEMO_PASSWORD};
use crate::server::infra::db::{code_list, code_literal, id_list, now_ms, Db};
use crate::server::infra::{input, passwords};
use crate::server::network::consents;
use crate::server::{portal, volunteers};

/// Case managers signed in at once (the demo case manager and the first synthetic ones).
pub const CASE_MANAGERS: usize = 100;
/// Partner staff of each of the two organisations the synthetic referrals go to.
pub const PARTNER_STAFF_EACH: usize = 10;
/// Clients signed in to the portal at once, spread over the case managers' caseloads.
pub const PORTAL_CLIENTS: usize = 300;
pub const VOLUNTEERS: usize = 20;
/// Each volunteer's tasks: offered by name, for clients of the case managers above.
pub const TASKS_PER_VOLUNTEER: usize = 40;
/// Clients per volunteer (each with [`TASKS_PER_VOLUNTEER`] / this many tasks).
const CLIENTS_PER_VOLUNTEER: usize = 10;
/// Referrals each partner works on: the first of their organisation's inbox.
const REFERRALS_PER_PARTNER: i64 = 100;

/// The accounts of the workload and the records each acts on (written as JSON).
#[derive(Debug, Serialize)]
pub struct LoadUsers {
    pub password: &'static str,
    pub pin: &'static str,
    pub case_managers: Vec<CaseManager>,
    pub partners: Vec<Partner>,
    pub clients: Vec<PortalUser>,
    pub volunteers: Vec<Volunteer>,
}

#[derive(Debug, Serialize)]
pub struct CaseManager {
    pub email: String,
    /// Their open cases: (case, client, first goal, first step).
    pub cases: Vec<(i64, i64, i64, i64)>,
}

#[derive(Debug, Serialize)]
pub struct Partner {
    pub email: String,
    /// Open referrals to their organisation (the top of its inbox).
    pub referrals: Vec<i64>,
}

#[derive(Debug, Serialize)]
pub struct PortalUser {
    pub code: String,
    pub client: i64,
}

#[derive(Debug, Serialize)]
pub struct Volunteer {
    pub email: String,
    /// Tasks offered to them by name and not yet acted on.
    pub tasks: Vec<i64>,
}

const MARK: &str = "load_users";

fn portal_code(client_id: i64) -> String {
    format!("LOAD-C{client_id}")
}

fn numbered(email: &str, n: usize) -> String {
    let (local, domain) = email.split_once('@').unwrap_or((email, "lotse.example"));
    format!("{local}-{n:02}@{domain}")
}

/// The demo account's (e-mail, organisation) of this role and organisation type.
fn demo_account(role: &str, kind: OrganisationType) -> (&'static str, &'static str) {
    DEMO_ACCOUNTS
        .iter()
        .find(|a| a.2 == role && a.4 == kind)
        .map(|a| (a.0, a.3))
        .expect("the demo has this account")
}

const PARTNERS: [OrganisationType; 2] = [
    OrganisationType::CourseProvider,
    OrganisationType::Jobcenter,
];

/// The case managers of the workload: the first [`CASE_MANAGERS`] who own cases.
async fn case_managers(db: &Db) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(
        "SELECT u.id, u.email FROM users u
         WHERE u.role = 'case_manager' AND u.active = 1
           AND EXISTS (SELECT 1 FROM cases k WHERE k.owner_id = u.id)
         ORDER BY u.id LIMIT $1",
    )
    .bind(CASE_MANAGERS as i64)
    .fetch_all(&db.pool)
    .await?)
}

/// Each case manager's open cases with a plan: (case, client, first goal, first step).
async fn caseloads(
    db: &Db,
    managers: &[(i64, String)],
) -> Result<Vec<Vec<(i64, i64, i64, i64)>>, AppError> {
    let ids: Vec<i64> = managers.iter().map(|m| m.0).collect();
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(i64, i64, i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT k.owner_id, k.id, k.client_id,
                (SELECT MIN(g.id) FROM goals g WHERE g.case_id = k.id),
                (SELECT MIN(s.id) FROM steps s WHERE s.case_id = k.id)
         FROM cases k
         WHERE k.owner_id IN ({}) AND k.phase <> {}
           AND EXISTS (SELECT 1 FROM steps s WHERE s.case_id = k.id)
         ORDER BY k.id",
        id_list(&ids),
        code_literal(CasePhase::Closed)
    ))
    .fetch_all(&db.pool)
    .await?;
    let mut loads = vec![Vec::new(); managers.len()];
    for (owner, case_id, client_id, goal_id, step_id) in rows {
        if let Some(at) = ids.iter().position(|id| *id == owner) {
            loads[at].push((case_id, client_id, goal_id, step_id));
        }
    }
    Ok(loads)
}

/// The open cases of the synthetic case managers taken in turns (one of each, then the next
/// of each), so that portal clients and volunteer tasks are spread over every caseload. The
/// demo case manager (the first) is left out: her demo clients have portal access and tasks.
fn in_turns(loads: &[Vec<(i64, i64, i64, i64)>]) -> Vec<(usize, (i64, i64, i64, i64))> {
    let longest = loads.iter().map(Vec::len).max().unwrap_or(0);
    (0..longest)
        .flat_map(|k| {
            loads
                .iter()
                .enumerate()
                .skip(1)
                .filter_map(move |(m, load)| load.get(k).map(|c| (m, *c)))
        })
        .collect()
}

/// Makes the workload's users once (a second call only reads them) and returns them.
pub async fn load(db: &Db) -> Result<LoadUsers, AppError> {
    let made: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(MARK)
        .fetch_optional(&db.pool)
        .await?;
    if made.is_none() {
        make(db).await?;
        sqlx::query("INSERT INTO settings (key, value) VALUES ($1, '1')")
            .bind(MARK)
            .execute(&db.pool)
            .await?;
    }
    read(db).await
}

async fn make(db: &Db) -> Result<(), AppError> {
    let managers = case_managers(db).await?;
    // The synthetic case managers sign in with the demo password.
    let hash = passwords::hash(DEMO_PASSWORD.to_owned()).await?;
    let ids: Vec<i64> = managers.iter().map(|m| m.0).collect();
    if !ids.is_empty() {
        sqlx::query(&format!(
            "UPDATE users SET password_hash = $1 WHERE password_hash = '!' AND id IN ({})",
            id_list(&ids)
        ))
        .bind(&hash)
        .execute(&db.pool)
        .await?;
    }
    let account = |email: String, name: String, role: &str| NewStaffAccount {
        display_name: name,
        email,
        organisation_id: 0,
        role: role.to_owned(),
        password: DEMO_PASSWORD.to_owned(),
    };
    for kind in PARTNERS {
        let (email, organisation) = demo_account("partner_staff", kind);
        for n in 2..=PARTNER_STAFF_EACH {
            let new = account(
                numbered(email, n),
                format!("Mitarbeiter/in {n}"),
                "partner_staff",
            );
            bootstrap_user(db, organisation, kind, new).await?;
        }
    }
    let (volunteer_email, network) = demo_account("volunteer", OrganisationType::VolunteerNetwork);
    for n in 2..=VOLUNTEERS {
        let new = account(
            numbered(volunteer_email, n),
            format!("Ehrenamtliche/r {n}"),
            "volunteer",
        );
        bootstrap_user(db, network, OrganisationType::VolunteerNetwork, new).await?;
    }
    let loads = caseloads(db, &managers).await?;
    let turns = in_turns(&loads);
    // Portal access for the first clients in turns, as the demo's (code and PIN chosen here).
    let secret = passwords::hash(DEMO_PIN.to_owned()).await?;
    let now = now_ms();
    for (m, (_, client_id, _, _)) in turns.iter().take(PORTAL_CLIENTS) {
        sqlx::query(
            "INSERT INTO portal_access (client_id, code_hash, secret_hash, issued_by, issued_at,
                 activated_at, blocked, updated_at)
             VALUES ($1, $2, $3, $4, $5, $5, 0, $5)",
        )
        .bind(client_id)
        .bind(portal::code_hash(&portal_code(*client_id)))
        .bind(&secret)
        .bind(managers[*m].0)
        .bind(now)
        .execute(&db.pool)
        .await?;
    }
    // Volunteer tasks: the next clients in turns consent to volunteer support, and their case
    // managers offer each volunteer tasks by name.
    let volunteers = volunteer_accounts(db).await?;
    let today = input::today();
    let per_client = TASKS_PER_VOLUNTEER / CLIENTS_PER_VOLUNTEER;
    let clients = turns
        .iter()
        .skip(PORTAL_CLIENTS)
        .take(volunteers.len() * CLIENTS_PER_VOLUNTEER);
    for (k, (m, (case_id, client_id, _, step_id))) in clients.enumerate() {
        let Some(manager) = accounts::user_by_email(db, &managers[*m].1).await? else {
            continue;
        };
        let volunteer = &volunteers[k / CLIENTS_PER_VOLUNTEER];
        let consent = super::volunteers::volunteer_consent(volunteer.organisation_id, today);
        consents::record(db, &manager, *client_id, &consent).await?;
        for t in 0..per_client {
            let day = 1 + ((k * per_client + t) % 28) as i64;
            let task = TaskInput {
                kind: [
                    "accompany",
                    "form-help",
                    "language-practice",
                    "housing-search",
                ][t % 4]
                    .into(),
                organisation_id: volunteer.organisation_id.to_string(),
                offered_to: volunteer.id.to_string(),
                step_id: step_id.to_string(),
                on_date: (today + Duration::days(day)).to_string(),
                at_time: format!("{:02}:00", 9 + (k + t) % 8),
                place: "Bürgeramt Köln-Mitte, Laurenzplatz 4".into(),
                bring: "Pass, Meldebescheinigung".into(),
                note: "Bitte vorher kurz anrufen.".into(),
                ..TaskInput::default()
            };
            volunteers::create(db, &manager, *case_id, &task).await?;
        }
    }
    Ok(())
}

/// Partner staff and volunteers of the workload: the demo account of each and those
/// numbered after it.
fn workload_emails(email: &str, count: usize) -> Vec<String> {
    std::iter::once(email.to_owned())
        .chain((2..=count).map(|n| numbered(email, n)))
        .collect()
}

async fn volunteer_accounts(db: &Db) -> Result<Vec<CurrentUser>, AppError> {
    let (email, _) = demo_account("volunteer", OrganisationType::VolunteerNetwork);
    let mut found = Vec::new();
    for email in workload_emails(email, VOLUNTEERS) {
        if let Some(user) = accounts::user_by_email(db, &email).await? {
            found.push(user);
        }
    }
    Ok(found)
}

async fn read(db: &Db) -> Result<LoadUsers, AppError> {
    let managers = case_managers(db).await?;
    let loads = caseloads(db, &managers).await?;
    let turns = in_turns(&loads);
    let case_managers = managers
        .into_iter()
        .zip(loads)
        .map(|((_, email), cases)| CaseManager { email, cases })
        .collect();
    let mut partners = Vec::new();
    for kind in PARTNERS {
        let (email, _) = demo_account("partner_staff", kind);
        let Some(first) = accounts::user_by_email(db, email).await? else {
            continue;
        };
        // As the inbox lists them: open referrals, answer due soonest first.
        let referrals: Vec<i64> = sqlx::query_scalar(&format!(
            "SELECT id FROM referrals WHERE organisation_id = $1 AND status IN ({})
             ORDER BY response_due, id LIMIT $2",
            code_list(ReferralStatus::OPEN)
        ))
        .bind(first.organisation_id)
        .bind(REFERRALS_PER_PARTNER)
        .fetch_all(&db.pool)
        .await?;
        for email in workload_emails(email, PARTNER_STAFF_EACH) {
            if accounts::user_by_email(db, &email).await?.is_some() {
                partners.push(Partner {
                    email,
                    referrals: referrals.clone(),
                });
            }
        }
    }
    let clients = turns
        .iter()
        .take(PORTAL_CLIENTS)
        .map(|(_, (_, client_id, _, _))| PortalUser {
            code: portal_code(*client_id),
            client: *client_id,
        })
        .collect();
    let mut volunteers = Vec::new();
    for volunteer in volunteer_accounts(db).await? {
        let tasks: Vec<i64> = sqlx::query_scalar(&format!(
            "SELECT id FROM volunteer_tasks WHERE offered_to = $1 AND status = {}
             ORDER BY on_date, id",
            code_literal(TaskStatus::Offered)
        ))
        .bind(volunteer.id)
        .fetch_all(&db.pool)
        .await?;
        volunteers.push(Volunteer {
            email: volunteer.email,
            tasks,
        });
    }
    Ok(LoadUsers {
        password: DEMO_PASSWORD,
        pin: DEMO_PIN,
        case_managers,
        partners,
        clients,
        volunteers,
    })
}
