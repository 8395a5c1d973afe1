//! Who may do what. Every domain function that reads or writes personal data asks this module
//! first; the whole access policy can be read here:
//!
//! - **Case managers** work on the cases they own or are assigned to, within their
//!   organisation, and on the clients of those cases (or clients they registered). Another
//!   organisation's client or case is reported as not found; a colleague's as forbidden.
//! - **Partner staff** see a client only through a referral to their organisation that is
//!   still open, and only the data categories that the referral shares *and* an active consent
//!   (not revoked, within its dates, same organisation and purpose) covers. This is decided
//!   anew on every request, so revocation or expiry takes effect on the next one.
//! - **Volunteers** see only the tasks offered to them or their network, with the client's
//!   first name, phone and preferred language as far as a consent for volunteer support
//!   covers them, the task's free text (what to bring, the note) only while that consent
//!   covers name and contact, and nothing else of the client; **coordinators** no personal data;
//!   **administrators** manage users and catalogues, not cases; **data-protection officers**
//!   read the audit log.
//!
//! An allowed access opens the transaction the domain function reads and writes in and returns
//! a [`Grant`]; the function appends the audit entry with [`Grant::audit`] in that same
//! transaction before committing. A refused access is audited at once, and so is a request
//! for a record that does not exist ([`no_such_record`]): a scan of ids shows in the audit log.
//!
//! The **assessment** of a case is recorded only once the client has consented to case
//! management ([`assessment`]).

use sqlx::AnyConnection;

use super::audit::{self, Entry};
use super::db::{Backend, Db};
use crate::error::AppError;
use crate::models::{ConsentCategory, ReferralStatus};
use crate::models::{CurrentUser, PortalClient, Role};

/// The transaction an access happens in (reads, writes and its audit entry). On SQLite it
/// holds the process's writer turn (see [`Db::writer`]) until it ends.
pub struct Tx {
    inner: sqlx::Transaction<'static, sqlx::Any>,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
}

impl Tx {
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.inner.commit().await
    }
}

impl std::ops::Deref for Tx {
    type Target = AnyConnection;
    fn deref(&self) -> &AnyConnection {
        &self.inner
    }
}

impl std::ops::DerefMut for Tx {
    fn deref_mut(&mut self) -> &mut AnyConnection {
        &mut self.inner
    }
}

/// Opens a transaction. On SQLite it waits for the writer turn and takes the write lock at
/// once (`BEGIN IMMEDIATE`), since every audited transaction writes; a read transaction
/// upgraded later could fail.
pub async fn begin(db: &Db) -> Result<Tx, AppError> {
    Ok(match db.backend {
        Backend::Sqlite => {
            let turn = db.writer.clone().lock_owned().await;
            Tx {
                inner: db.pool.begin_with("BEGIN IMMEDIATE").await?,
                _turn: Some(turn),
            }
        }
        Backend::Postgres => Tx {
            inner: db.pool.begin().await?,
            _turn: None,
        },
    })
}

/// Why an access was allowed: written into the audit entry.
#[must_use = "an allowed access must be audited with Grant::audit"]
#[derive(Debug, Clone)]
pub struct Grant {
    entry: Entry,
    /// The data categories the actor may see (partner staff); every category otherwise.
    pub categories: Vec<String>,
}

impl Grant {
    fn new(actor: &CurrentUser, client_id: Option<i64>, purpose: &str, basis: String) -> Grant {
        Grant {
            entry: Entry {
                client_id,
                purpose: purpose.to_owned(),
                basis,
                categories: "*".into(),
                ..Entry::by(actor)
            },
            categories: ConsentCategory::codes()
                .into_iter()
                .map(str::to_owned)
                .collect(),
        }
    }

    pub fn client_id(&self) -> Option<i64> {
        self.entry.client_id
    }

    pub fn may_see(&self, category: &str) -> bool {
        self.categories.iter().any(|c| c == category)
    }

    /// Appends the audit entry for this access to the transaction it happens in.
    pub async fn audit(
        &self,
        conn: &mut AnyConnection,
        record: &str,
        record_id: Option<i64>,
        action: &str,
    ) -> Result<(), AppError> {
        let entry = Entry {
            record: match record_id {
                Some(id) => format!("{record}:{id}"),
                None => record.to_owned(),
            },
            action: action.to_owned(),
            ..self.entry.clone()
        };
        audit::append(conn, &entry).await
    }

    /// The same access for each client of a list, appended in one go (a caseload export).
    pub async fn audit_each(
        &self,
        conn: &mut AnyConnection,
        record: &str,
        client_ids: &[i64],
        action: &str,
    ) -> Result<(), AppError> {
        let entries: Vec<Entry> = client_ids
            .iter()
            .map(|id| Entry {
                client_id: Some(*id),
                record: record.to_owned(),
                action: action.to_owned(),
                ..self.entry.clone()
            })
            .collect();
        audit::append_many(conn, &entries).await
    }

    /// The same access concerning another client of a list (search results, inbox).
    pub fn for_client(&self, client_id: i64) -> Grant {
        let mut grant = self.clone();
        grant.entry.client_id = Some(client_id);
        grant
    }
}

/// A change Lotse makes by itself on a schedule (a confirmed course starting on its date),
/// audited with no acting person.
pub fn scheduled(client_id: i64, purpose: &str, basis: String) -> Grant {
    Grant {
        entry: Entry {
            actor_id: None,
            actor_role: "system".into(),
            organisation_id: None,
            client_id: Some(client_id),
            record: String::new(),
            action: String::new(),
            purpose: purpose.to_owned(),
            basis,
            categories: "*".into(),
            allowed: true,
        },
        categories: Vec::new(),
    }
}

/// Refuses and audits the refusal.
async fn refuse(
    db: &Db,
    actor: &CurrentUser,
    client_id: Option<i64>,
    record: String,
    error: AppError,
) -> AppError {
    refuse_because(db, actor, client_id, record, "-", error).await
}

async fn refuse_because(
    db: &Db,
    actor: &CurrentUser,
    client_id: Option<i64>,
    record: String,
    basis: &str,
    error: AppError,
) -> AppError {
    let entry = Entry {
        client_id,
        record,
        action: "attempt".into(),
        purpose: "-".into(),
        basis: basis.into(),
        categories: "-".into(),
        ..Entry::by(actor)
    };
    match audit::denied(db, entry).await {
        Ok(()) => error,
        Err(audit_error) => audit_error,
    }
}

/// The basis of a refused attempt on a record that does not exist.
pub const NO_SUCH_RECORD: &str = "no-such-record";

/// A request named a record (`kind`: `step`, `offer`, …) by an id that does not exist: the
/// attempt is audited (`kind:id`, basis [`NO_SUCH_RECORD`]) and answered as not found, so
/// that the data-protection officer sees a scan of ids. Every lookup of a record by the id a
/// request sent ends here when nothing is found; the caller must not hold a [`Tx`].
pub async fn no_such_record(db: &Db, actor: &CurrentUser, kind: &str, id: i64) -> AppError {
    let record = format!("{kind}:{id}");
    refuse_because(db, actor, None, record, NO_SUCH_RECORD, AppError::NotFound).await
}

/// What a record named by id belongs to: `owner_sql` selects it (a case or client id) by `$1`.
async fn owner_of(
    db: &Db,
    actor: &CurrentUser,
    kind: &str,
    owner_sql: &str,
    id: i64,
) -> Result<i64, AppError> {
    let owner: Option<i64> = sqlx::query_scalar(owner_sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    match owner {
        Some(owner) => Ok(owner),
        None => Err(no_such_record(db, actor, kind, id).await),
    }
}

/// Creating organisations and users, assigning roles, deactivating accounts.
pub fn may_manage_accounts(actor: &CurrentUser) -> Result<(), AppError> {
    if actor.role == Role::Administrator {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Adding catalogue entries: administrators.
pub fn may_manage_catalogues(actor: &CurrentUser) -> Result<(), AppError> {
    may_manage_accounts(actor)
}

/// Maintaining an organisation's offers in the service directory: its partner staff.
pub fn may_manage_offers(actor: &CurrentUser, organisation_id: i64) -> Result<(), AppError> {
    if actor.role == Role::PartnerStaff && actor.organisation_id == organisation_id {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Browsing the service directory (no personal data): every staff role.
pub fn may_browse_offers(_actor: &CurrentUser) -> Result<(), AppError> {
    Ok(())
}

/// Programme figures, structural issues as a list, working groups and measures: coordinators.
/// None of it is personal data; nothing they reach leads to a person.
pub fn may_coordinate(actor: &CurrentUser) -> Result<(), AppError> {
    if actor.role == Role::Coordinator {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

const CASE_MANAGEMENT: &str = "case-management";

/// Registering clients and listing one's caseload (search, dashboard): case managers. Lists
/// are audited as one entry each.
pub async fn caseload(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    if !actor.role.keeps_caseload() {
        return Err(refuse(db, actor, None, "caseload".into(), AppError::Forbidden).await);
    }
    let tx = begin(db).await?;
    Ok((
        tx,
        Grant::new(actor, None, CASE_MANAGEMENT, "case-manager".into()),
    ))
}

/// One client's record: a case manager who owns or is assigned a case of the client, or who
/// registered the client.
pub async fn client(db: &Db, actor: &CurrentUser, client_id: i64) -> Result<(Tx, Grant), AppError> {
    let record = format!("client:{client_id}");
    if actor.role != Role::CaseManager {
        return Err(refuse(db, actor, Some(client_id), record, AppError::Forbidden).await);
    }
    let mut tx = begin(db).await?;
    let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT c.organisation_id, c.created_by,
            (SELECT COUNT(*) FROM cases k WHERE k.client_id = c.id AND k.owner_id = $2),
            (SELECT COUNT(*) FROM cases k JOIN case_assignments a ON a.case_id = k.id
             WHERE k.client_id = c.id AND a.user_id = $2)
         FROM clients c WHERE c.id = $1",
    )
    .bind(client_id)
    .bind(actor.id)
    .fetch_optional(&mut *tx)
    .await?;
    let basis = match row {
        Some((org, _, _, _)) if org != actor.organisation_id => None,
        None => {
            drop(tx);
            return Err(no_such_record(db, actor, "client", client_id).await);
        }
        Some((_, _, owned, _)) if owned > 0 => Some("case-owner"),
        Some((_, _, _, assigned)) if assigned > 0 => Some("case-assigned"),
        Some((_, created_by, _, _)) if created_by == actor.id => Some("registered-by"),
        Some(_) => {
            drop(tx);
            return Err(refuse(db, actor, Some(client_id), record, AppError::Forbidden).await);
        }
    };
    match basis {
        Some(basis) => Ok((
            tx,
            Grant::new(actor, Some(client_id), CASE_MANAGEMENT, basis.into()),
        )),
        None => {
            drop(tx);
            Err(refuse(db, actor, None, record, AppError::NotFound).await)
        }
    }
}

/// Whose a case is, as far as the policy needs to know.
#[derive(Debug, Clone, Copy)]
pub struct CaseScope {
    pub client_id: i64,
    pub owner_id: i64,
}

/// Reading and working on a case: its owner or an assigned case manager.
pub async fn case(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
) -> Result<(Tx, Grant, CaseScope), AppError> {
    let record = format!("case:{case_id}");
    if actor.role != Role::CaseManager {
        let client: Option<i64> = sqlx::query_scalar("SELECT client_id FROM cases WHERE id = $1")
            .bind(case_id)
            .fetch_optional(&db.pool)
            .await?;
        let basis = if client.is_some() {
            "-"
        } else {
            NO_SUCH_RECORD
        };
        return Err(refuse_because(db, actor, client, record, basis, AppError::Forbidden).await);
    }
    let mut tx = begin(db).await?;
    let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT c.client_id, c.owner_id, c.organisation_id,
            (SELECT COUNT(*) FROM case_assignments a WHERE a.case_id = c.id AND a.user_id = $2)
         FROM cases c WHERE c.id = $1",
    )
    .bind(case_id)
    .bind(actor.id)
    .fetch_optional(&mut *tx)
    .await?;
    match row {
        Some((client_id, owner_id, org, assigned)) if org == actor.organisation_id => {
            let basis = if owner_id == actor.id {
                "case-owner"
            } else if assigned > 0 {
                "case-assigned"
            } else {
                drop(tx);
                return Err(refuse(db, actor, Some(client_id), record, AppError::Forbidden).await);
            };
            Ok((
                tx,
                Grant::new(actor, Some(client_id), CASE_MANAGEMENT, basis.into()),
                CaseScope {
                    client_id,
                    owner_id,
                },
            ))
        }
        Some(_) => {
            drop(tx);
            Err(refuse(db, actor, None, record, AppError::NotFound).await)
        }
        None => {
            drop(tx);
            Err(no_such_record(db, actor, "case", case_id).await)
        }
    }
}

/// Recording the assessment (the structured facts, the life domains): the case's case
/// managers, and only once the client has consented to case management. No assessment
/// without consent: before it, nothing the client did not agree to is collected.
pub async fn assessment(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
) -> Result<(Tx, Grant, CaseScope), AppError> {
    let (mut tx, grant, scope) = case(db, actor, case_id).await?;
    if !has_case_management_consent(&mut tx, case_id).await? {
        return Err(AppError::NotYet {
            message_id: "error-assessment-consent-missing".into(),
        });
    }
    Ok((tx, grant, scope))
}

/// Whether the client's consent to case management is recorded for a case (the condition
/// for the assessment and for the phase that holds it).
pub async fn has_case_management_consent(
    conn: &mut AnyConnection,
    case_id: i64,
) -> Result<bool, AppError> {
    let consent: Option<i64> =
        sqlx::query_scalar("SELECT id FROM case_consents WHERE case_id = $1 LIMIT 1")
            .bind(case_id)
            .fetch_optional(&mut *conn)
            .await?;
    Ok(consent.is_some())
}

/// A goal's case, if the actor may work on it.
pub async fn goal(
    db: &Db,
    actor: &CurrentUser,
    goal_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let case_id = owner_of(
        db,
        actor,
        "goal",
        "SELECT case_id FROM goals WHERE id = $1",
        goal_id,
    )
    .await?;
    let (tx, grant, _) = case(db, actor, case_id).await?;
    Ok((tx, grant, case_id))
}

/// A step's case, if the actor may work on it.
pub async fn step(
    db: &Db,
    actor: &CurrentUser,
    step_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let case_id = owner_of(
        db,
        actor,
        "step",
        "SELECT case_id FROM steps WHERE id = $1",
        step_id,
    )
    .await?;
    let (tx, grant, _) = case(db, actor, case_id).await?;
    Ok((tx, grant, case_id))
}

/// A household member's client, if the actor may work on the client's record.
pub async fn household_member(
    db: &Db,
    actor: &CurrentUser,
    member_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let client_id = owner_of(
        db,
        actor,
        "household-member",
        "SELECT client_id FROM household_members WHERE id = $1",
        member_id,
    )
    .await?;
    let (tx, grant) = client(db, actor, client_id).await?;
    Ok((tx, grant, client_id))
}

/// A consent's client, if the actor may work on the client's record.
pub async fn consent(
    db: &Db,
    actor: &CurrentUser,
    consent_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let client_id = owner_of(
        db,
        actor,
        "consent",
        "SELECT client_id FROM consents WHERE id = $1",
        consent_id,
    )
    .await?;
    let (tx, grant) = client(db, actor, client_id).await?;
    Ok((tx, grant, client_id))
}

/// Private working notes are shown to their author only: this is the condition every query
/// of notes adds (`author_id` must be the actor's id when the compartment is private).
pub const PRIVATE_NOTES_CONDITION: &str = "(n.compartment <> 'private' OR n.author_id = $2)";

/// What the recipient side of a referral may see right now.
#[derive(Debug, Clone)]
pub struct ReferralScope {
    pub case_id: i64,
    pub client_id: i64,
    pub organisation_id: i64,
    pub status: String,
    /// The actor is on the sending side (case manager of the case).
    pub sender: bool,
}

/// A referral: the case's case managers (sending side) or the recipient organisation's
/// partner staff. For partner staff the grant lists the categories both shared by the
/// referral and covered by an active consent — empty when the referral is closed or the
/// consent ended, so no client data is sent.
pub async fn referral(
    db: &Db,
    actor: &CurrentUser,
    referral_id: i64,
) -> Result<(Tx, Grant, ReferralScope), AppError> {
    let record = format!("referral:{referral_id}");
    let row: Option<(i64, i64, i64, String, String)> = sqlx::query_as(
        "SELECT case_id, client_id, organisation_id, status, purpose FROM referrals WHERE id = $1",
    )
    .bind(referral_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some((case_id, client_id, organisation_id, status, purpose)) = row else {
        return Err(no_such_record(db, actor, "referral", referral_id).await);
    };
    match actor.role {
        Role::CaseManager => {
            let (tx, grant, _) = case(db, actor, case_id).await?;
            Ok((
                tx,
                grant,
                ReferralScope {
                    case_id,
                    client_id,
                    organisation_id,
                    status,
                    sender: true,
                },
            ))
        }
        Role::PartnerStaff if actor.organisation_id == organisation_id => {
            let mut tx = begin(db).await?;
            let open = ReferralStatus::parse(&status).is_some_and(ReferralStatus::is_open);
            let (consent_ids, categories) = if open {
                shared_categories(&mut tx, referral_id, client_id, organisation_id, &purpose)
                    .await?
            } else {
                (Vec::new(), Vec::new())
            };
            let basis = if categories.is_empty() {
                format!("referral:{referral_id}")
            } else {
                format!(
                    "consent:{};referral:{referral_id}",
                    consent_ids
                        .iter()
                        .map(|id| id.to_string())
                        .collect::<Vec<_>>()
                        .join(",")
                )
            };
            let mut grant = Grant::new(actor, Some(client_id), &purpose, basis);
            grant.entry.categories = categories.join(",");
            grant.categories = categories;
            Ok((
                tx,
                grant,
                ReferralScope {
                    case_id,
                    client_id,
                    organisation_id,
                    status,
                    sender: false,
                },
            ))
        }
        Role::PartnerStaff => Err(refuse(db, actor, None, record, AppError::NotFound).await),
        _ => Err(refuse(db, actor, Some(client_id), record, AppError::Forbidden).await),
    }
}

/// Categories a referral shares that an active consent to its organisation for its purpose
/// covers today, with the consents that cover them.
async fn shared_categories(
    conn: &mut AnyConnection,
    referral_id: i64,
    client_id: i64,
    organisation_id: i64,
    purpose: &str,
) -> Result<(Vec<i64>, Vec<String>), AppError> {
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT c.id, cc.category
         FROM consents c
         JOIN consent_categories cc ON cc.consent_id = c.id
         JOIN referral_categories rc ON rc.category = cc.category AND rc.referral_id = $1
         WHERE c.client_id = $2 AND c.organisation_id = $3 AND c.purpose = $4
           AND {}
         ORDER BY c.id",
        active_consent("$5")
    ))
    .bind(referral_id)
    .bind(client_id)
    .bind(organisation_id)
    .bind(purpose)
    .bind(super::input::today().to_string())
    .fetch_all(&mut *conn)
    .await?;
    let mut ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    ids.dedup();
    let mut categories: Vec<String> = Vec::new();
    for category in ConsentCategory::ALL {
        if rows.iter().any(|r| r.1 == *category) {
            categories.push(category.as_str().to_owned());
        }
    }
    Ok((ids, categories))
}

/// The condition for a consent `c` in force on the date bound as `date_param` (`$5`).
pub fn active_consent(date_param: &str) -> String {
    format!(
        "c.revoked_at IS NULL AND c.valid_from <= {date_param} \
         AND (c.valid_until IS NULL OR c.valid_until >= {date_param})"
    )
}

/// The recipient organisation's inbox of referrals: its partner staff. Listed clients are
/// named only where an active consent covers identity data.
pub async fn inbox(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    if actor.role != Role::PartnerStaff {
        return Err(refuse(
            db,
            actor,
            None,
            "referral-inbox".into(),
            AppError::Forbidden,
        )
        .await);
    }
    let tx = begin(db).await?;
    Ok((
        tx,
        Grant::new(actor, None, "referral", "referral-recipient".into()),
    ))
}

/// The data categories a volunteer may see of a client: name and phone with identity,
/// preferred language with language.
pub const VOLUNTEER_CATEGORIES: &[&str] = &[
    ConsentCategory::Identity.as_str(),
    ConsentCategory::Language.as_str(),
];
/// The consent purpose under which volunteers see client data.
pub const VOLUNTEER_SUPPORT: &str = "volunteer-support";

/// A task's free text (what to bring, the case manager's note) is about the client and often
/// names them ("Frau Kovalenko"): volunteers get it under this category of the consent for
/// volunteer support, like the client's name, and only with an open task.
pub const VOLUNTEER_TASK_TEXT: &str = ConsentCategory::Identity.as_str();

/// Whether a volunteer's grant for a task (see [`volunteer_task_grants`]) lets them read the
/// task's free text.
pub fn may_read_task_text(task_grant: &Grant) -> bool {
    task_grant.may_see(VOLUNTEER_TASK_TEXT)
}

/// A volunteer task as far as the policy needs to know.
#[derive(Debug, Clone)]
pub struct TaskScope {
    pub case_id: i64,
    pub client_id: i64,
    pub organisation_id: i64,
    pub offered_to: Option<i64>,
    pub volunteer_id: Option<i64>,
    pub status: String,
    /// The owner of the task's case (who follows up on a problem).
    pub case_owner: i64,
}

/// The volunteer's task list: volunteers. The list is audited as one entry; each task that
/// comes with client data adds an entry for its client ([`volunteer_task_grants`]).
pub async fn volunteer_tasks(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    if actor.role != Role::Volunteer {
        return Err(refuse(
            db,
            actor,
            None,
            "volunteer-tasks".into(),
            AppError::Forbidden,
        )
        .await);
    }
    let tx = begin(db).await?;
    Ok((
        tx,
        Grant::new(actor, None, VOLUNTEER_SUPPORT, "volunteer-network".into()),
    ))
}

/// One volunteer task: a volunteer of the network it is offered to — only the named
/// volunteer when it was offered by name, and only the volunteer who accepted it once
/// accepted. Anyone else on the volunteer side gets not found; other roles are refused.
pub async fn volunteer_task(
    db: &Db,
    actor: &CurrentUser,
    task_id: i64,
) -> Result<(Tx, Grant, TaskScope), AppError> {
    let record = format!("volunteer-task:{task_id}");
    type Row = (i64, i64, i64, Option<i64>, Option<i64>, String, i64);
    let row: Option<Row> = sqlx::query_as(
        "SELECT t.case_id, t.client_id, t.organisation_id, t.offered_to, t.volunteer_id, t.status,
                k.owner_id
         FROM volunteer_tasks t JOIN cases k ON k.id = t.case_id WHERE t.id = $1",
    )
    .bind(task_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some((case_id, client_id, organisation_id, offered_to, volunteer_id, status, case_owner)) =
        row
    else {
        return Err(no_such_record(db, actor, "volunteer-task", task_id).await);
    };
    if actor.role != Role::Volunteer {
        return Err(refuse(db, actor, Some(client_id), record, AppError::Forbidden).await);
    }
    let visible = organisation_id == actor.organisation_id
        && offered_to.is_none_or(|u| u == actor.id)
        && volunteer_id.is_none_or(|u| u == actor.id);
    if !visible {
        return Err(refuse(db, actor, None, record, AppError::NotFound).await);
    }
    let mut tx = begin(db).await?;
    let grant = Grant::new(actor, None, VOLUNTEER_SUPPORT, "volunteer-network".into());
    let grant = volunteer_task_grants(&mut tx, &grant, organisation_id, &[(task_id, client_id)])
        .await?
        .remove(0);
    Ok((
        tx,
        grant,
        TaskScope {
            case_id,
            client_id,
            organisation_id,
            offered_to,
            volunteer_id,
            status,
            case_owner,
        },
    ))
}

/// Consents in force today of `client_ids` to an organisation for a purpose: (client,
/// consent, category) rows, one query.
pub(crate) async fn active_consent_categories(
    conn: &mut AnyConnection,
    client_ids: &[i64],
    organisation_id: i64,
    purpose: &str,
) -> Result<Vec<(i64, i64, String)>, AppError> {
    if client_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(sqlx::query_as(&format!(
        "SELECT c.client_id, c.id, cc.category FROM consents c
         JOIN consent_categories cc ON cc.consent_id = c.id
         WHERE c.client_id IN ({}) AND c.organisation_id = $1 AND c.purpose = $2 AND {}
         ORDER BY c.id",
        super::db::id_list(client_ids),
        active_consent("$3")
    ))
    .bind(organisation_id)
    .bind(purpose)
    .bind(super::input::today().to_string())
    .fetch_all(&mut *conn)
    .await?)
}

/// The grants for tasks of a volunteer's list or page, (task id, client id) each: the
/// client's categories a volunteer may see that an active consent for volunteer support to
/// the network covers today. One query for all.
pub async fn volunteer_task_grants(
    conn: &mut AnyConnection,
    grant: &Grant,
    network_id: i64,
    tasks: &[(i64, i64)],
) -> Result<Vec<Grant>, AppError> {
    let clients: Vec<i64> = tasks.iter().map(|t| t.1).collect();
    let rows = active_consent_categories(conn, &clients, network_id, VOLUNTEER_SUPPORT).await?;
    Ok(tasks
        .iter()
        .map(|&(task_id, client_id)| {
            let own: Vec<&(i64, i64, String)> = rows.iter().filter(|r| r.0 == client_id).collect();
            let categories: Vec<String> = VOLUNTEER_CATEGORIES
                .iter()
                .filter(|c| own.iter().any(|r| r.2 == **c))
                .map(|c| (*c).to_owned())
                .collect();
            let mut ids: Vec<String> = own
                .iter()
                .filter(|r| categories.contains(&r.2))
                .map(|r| r.1.to_string())
                .collect();
            ids.dedup();
            let mut task_grant = grant.for_client(client_id);
            task_grant.entry.basis = if ids.is_empty() {
                format!("volunteer-task:{task_id}")
            } else {
                format!("consent:{};volunteer-task:{task_id}", ids.join(","))
            };
            task_grant.entry.categories = categories.join(",");
            task_grant.categories = categories;
            task_grant
        })
        .collect())
}

/// A volunteer task's case, if the actor may work on the case (its case managers).
pub async fn volunteer_task_case(
    db: &Db,
    actor: &CurrentUser,
    task_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let case_id = owner_of(
        db,
        actor,
        "volunteer-task",
        "SELECT case_id FROM volunteer_tasks WHERE id = $1",
        task_id,
    )
    .await?;
    let (tx, grant, _) = case(db, actor, case_id).await?;
    Ok((tx, grant, case_id))
}

/// A follow-up task's case, if the actor may work on the case.
pub async fn follow_up(
    db: &Db,
    actor: &CurrentUser,
    follow_up_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let case_id = owner_of(
        db,
        actor,
        "follow-up",
        "SELECT case_id FROM follow_ups WHERE id = $1",
        follow_up_id,
    )
    .await?;
    let (tx, grant, _) = case(db, actor, case_id).await?;
    Ok((tx, grant, case_id))
}

/// The audit log: data-protection officers.
pub async fn audit_log(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    if actor.role != Role::DataProtectionOfficer {
        return Err(refuse(db, actor, None, "audit-log".into(), AppError::Forbidden).await);
    }
    let tx = begin(db).await?;
    Ok((
        tx,
        Grant::new(
            actor,
            None,
            "data-protection-supervision",
            "gdpr-art-39".into(),
        ),
    ))
}

/// What a client did in the portal is audited under this purpose.
pub const CLIENT_PORTAL: &str = "client-portal";

fn client_entry(client_id: i64) -> Entry {
    Entry {
        actor_id: None,
        actor_role: "client".into(),
        organisation_id: None,
        client_id: Some(client_id),
        record: String::new(),
        action: String::new(),
        purpose: CLIENT_PORTAL.into(),
        basis: "data-subject".into(),
        categories: "*".into(),
        allowed: true,
    }
}

/// **Clients** see and act on their own data in the portal, and nothing else: every portal
/// function reads only rows of the signed-in client, and a record of anyone else is answered
/// as not found (see [`refuse_client`]). Internal notes are never read for the portal. The
/// access must still exist and not be blocked, which is checked again here, in the
/// transaction the portal function then works in. A step or consent a client names goes
/// through [`portal_record`].
pub async fn portal(db: &Db, client: &PortalClient) -> Result<(Tx, Grant), AppError> {
    let mut tx = begin(db).await?;
    let blocked: Option<i64> = sqlx::query_scalar(
        "SELECT blocked FROM portal_access WHERE client_id = $1 AND secret_hash IS NOT NULL",
    )
    .bind(client.client_id)
    .fetch_optional(&mut *tx)
    .await?;
    if blocked != Some(0) {
        drop(tx);
        return Err(AppError::Unauthenticated);
    }
    Ok((
        tx,
        Grant {
            entry: client_entry(client.client_id),
            categories: ConsentCategory::codes()
                .into_iter()
                .map(str::to_owned)
                .collect(),
        },
    ))
}

/// A record a client names in the portal.
#[derive(Debug, Clone, Copy)]
pub enum PortalRecord {
    Step,
    Consent,
}

/// A step or consent a client names in the portal: if it is theirs, the portal access
/// ([`portal`]); else the attempt is audited and answered as not found.
pub async fn portal_record(
    db: &Db,
    client: &PortalClient,
    kind: PortalRecord,
    id: i64,
) -> Result<(Tx, Grant), AppError> {
    let (record, owner_sql) = match kind {
        PortalRecord::Step => (
            "step",
            "SELECT k.client_id FROM steps s JOIN cases k ON k.id = s.case_id WHERE s.id = $1",
        ),
        PortalRecord::Consent => ("consent", "SELECT client_id FROM consents WHERE id = $1"),
    };
    let owner: Option<i64> = sqlx::query_scalar(owner_sql)
        .bind(id)
        .fetch_optional(&db.pool)
        .await?;
    if owner != Some(client.client_id) {
        return Err(refuse_client(db, client, format!("{record}:{id}")).await);
    }
    portal(db, client).await
}

/// A client asked for a record that is not theirs: the attempt is audited under the asking
/// client, and answered as not found.
async fn refuse_client(db: &Db, client: &PortalClient, record: String) -> AppError {
    let entry = Entry {
        record,
        action: "attempt".into(),
        purpose: "-".into(),
        basis: "-".into(),
        categories: "-".into(),
        ..client_entry(client.client_id)
    };
    match audit::denied(db, entry).await {
        Ok(()) => AppError::NotFound,
        Err(audit_error) => audit_error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: Role) -> CurrentUser {
        CurrentUser {
            id: 1,
            display_name: "A".into(),
            email: "a@example.org".into(),
            role,
            organisation_id: 1,
            organisation_name: "Stadt Köln".into(),
        }
    }

    #[test]
    fn only_administrators_manage_accounts() {
        for role in Role::ALL {
            let allowed = may_manage_accounts(&user(role)).is_ok();
            assert_eq!(allowed, role == Role::Administrator, "{role:?}");
        }
    }

    #[test]
    fn only_the_organisations_partner_staff_manage_its_offers() {
        for role in Role::ALL {
            assert_eq!(
                may_manage_offers(&user(role), 1).is_ok(),
                role == Role::PartnerStaff,
                "{role:?}"
            );
            assert!(may_manage_offers(&user(role), 2).is_err());
        }
    }
}
