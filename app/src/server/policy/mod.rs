//! The access policy at work: every domain function that reads or writes personal data asks
//! this module first. It loads the facts a rule needs, asks the rule ([`rules`], where the
//! whole policy can be read), and then either opens the transaction the domain function works
//! in and returns a [`Grant`], or refuses.
//!
//! An allowed access returns its transaction and [`Grant`]; the domain function appends the
//! audit entry with [`Grant::audit`] in that same transaction before committing. A refused
//! access is audited at once, and so is a request for a record that does not exist
//! ([`no_such_record`]): a scan of ids shows in the audit log.

pub mod rules;

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{ConsentCategory, CurrentUser, PortalClient};
use crate::server::audit::{self, Entry};
use crate::server::consents_in_force;
use crate::server::infra::db::{begin, Db, Tx};
use crate::server::infra::input;
use rules::{
    CaseFacts, ClientFacts, Decision, Grounds, ReferralFacts, ReferralSide, Refusal, TaskFacts,
};
pub use rules::{CLIENT_PORTAL, VOLUNTEER_CATEGORIES, VOLUNTEER_SUPPORT, VOLUNTEER_TASK_TEXT};

/// Why an access was allowed: written into the audit entry.
#[must_use = "an allowed access must be audited with Grant::audit"]
#[derive(Debug, Clone)]
pub struct Grant {
    entry: Entry,
    /// The data categories the actor may see (partner staff); every category otherwise.
    pub categories: Vec<String>,
}

impl Grant {
    /// The grant for `entry` (who acts) concerning `client_id`, on the grounds a rule gave.
    fn on(entry: Entry, client_id: Option<i64>, grounds: Grounds) -> Grant {
        let (categories, audited) = match grounds.categories {
            Some(categories) => {
                let audited = categories.join(",");
                (categories, audited)
            }
            None => (
                ConsentCategory::codes()
                    .into_iter()
                    .map(str::to_owned)
                    .collect(),
                "*".to_owned(),
            ),
        };
        Grant {
            entry: Entry {
                client_id,
                purpose: grounds.purpose,
                basis: grounds.basis,
                categories: audited,
                ..entry
            },
            categories,
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
        // A few hundred entries at a time, not all at once: a list can be a whole caseload.
        for chunk in client_ids.chunks(500) {
            let entries: Vec<Entry> = chunk
                .iter()
                .map(|id| Entry {
                    client_id: Some(*id),
                    record: record.to_owned(),
                    action: action.to_owned(),
                    ..self.entry.clone()
                })
                .collect();
            audit::append_many(conn, &entries).await?;
        }
        Ok(())
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

/// Refuses as `refusal` says, auditing the attempt on `record` (naming `client_id` when the
/// actor's role was forbidden).
async fn refuse(
    db: &Db,
    actor: &CurrentUser,
    refusal: Refusal,
    record: String,
    client_id: Option<i64>,
) -> AppError {
    match refusal {
        Refusal::Forbidden => {
            refuse_because(db, actor, client_id, record, "-", AppError::Forbidden).await
        }
        // The entry names the client by subject (the record "client", not its number), so
        // that an erasure leaves no number behind; the caller learns nothing of it.
        Refusal::Hidden => {
            refuse_because(db, actor, client_id, record, "-", AppError::NotFound).await
        }
        Refusal::NoSuchRecord => {
            refuse_because(db, actor, None, record, NO_SUCH_RECORD, AppError::NotFound).await
        }
        Refusal::NotYet(message_id) => AppError::NotYet {
            message_id: message_id.into(),
        },
        Refusal::SignedOut => AppError::Unauthenticated,
    }
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

/// A decision about something that holds no personal data: neither audited nor refused
/// with an audit entry.
fn unaudited(decision: Decision) -> Result<(), AppError> {
    match decision {
        Decision::Refuse(_) => Err(AppError::Forbidden),
        Decision::Grant(_) | Decision::Permit => Ok(()),
    }
}

/// The transaction and grant for a decision about the actor's own lists (caseload, inbox,
/// task list, audit log), or the audited refusal of `record`.
async fn list(
    db: &Db,
    actor: &CurrentUser,
    decision: Decision,
    record: &str,
) -> Result<(Tx, Grant), AppError> {
    match decision {
        Decision::Grant(grounds) => {
            let tx = begin(db).await?;
            Ok((tx, Grant::on(Entry::by(actor), None, grounds)))
        }
        Decision::Permit => Err(AppError::Forbidden),
        Decision::Refuse(refusal) => Err(refuse(db, actor, refusal, record.into(), None).await),
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
    refuse(db, actor, Refusal::NoSuchRecord, record, None).await
}

/// The case or client a part of a record named by id belongs to: `owner_sql` selects it by
/// `$1`. A part that does not exist is refused ([`rules::part_of_record`]).
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
    match (rules::part_of_record(owner.is_some()), owner) {
        (Decision::Permit, Some(owner)) => Ok(owner),
        _ => Err(no_such_record(db, actor, kind, id).await),
    }
}

/// See [`rules::accounts`].
pub fn may_manage_accounts(actor: &CurrentUser) -> Result<(), AppError> {
    unaudited(rules::accounts(actor))
}

/// See [`rules::catalogues`].
pub fn may_manage_catalogues(actor: &CurrentUser) -> Result<(), AppError> {
    unaudited(rules::catalogues(actor))
}

/// See [`rules::offers`].
pub fn may_manage_offers(actor: &CurrentUser, organisation_id: i64) -> Result<(), AppError> {
    unaudited(rules::offers(actor, organisation_id))
}

/// See [`rules::offer_directory`].
pub fn may_browse_offers(actor: &CurrentUser) -> Result<(), AppError> {
    unaudited(rules::offer_directory(actor))
}

/// See [`rules::coordination`].
pub fn may_coordinate(actor: &CurrentUser) -> Result<(), AppError> {
    unaudited(rules::coordination(actor))
}

/// The actor's caseload ([`rules::caseload`]). Lists are audited as one entry each.
pub async fn caseload(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(db, actor, rules::caseload(actor), "caseload").await
}

/// What the policy needs to know of a client, for `actor`; None when there is no such client.
async fn client_facts(
    conn: &mut AnyConnection,
    actor: &CurrentUser,
    client_id: i64,
) -> Result<Option<ClientFacts>, AppError> {
    let row: Option<(i64, i64, i64, i64)> = sqlx::query_as(
        "SELECT c.organisation_id, c.created_by,
            (SELECT COUNT(*) FROM cases k WHERE k.client_id = c.id AND k.owner_id = $2),
            (SELECT COUNT(*) FROM cases k JOIN case_assignments a ON a.case_id = k.id
             WHERE k.client_id = c.id AND a.user_id = $2)
         FROM clients c WHERE c.id = $1",
    )
    .bind(client_id)
    .bind(actor.id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(
        |(organisation_id, registered_by, owned, assigned)| ClientFacts {
            organisation_id,
            registered_by,
            owns_a_case: owned > 0,
            assigned_to_a_case: assigned > 0,
        },
    ))
}

/// A decision on one client as a transaction and a grant, or the refusal (audited).
async fn on_client(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    tx: Tx,
    decision: Decision,
) -> Result<(Tx, Grant), AppError> {
    match decision {
        Decision::Grant(grounds) => Ok((tx, Grant::on(Entry::by(actor), Some(client_id), grounds))),
        Decision::Permit => Err(AppError::Forbidden),
        Decision::Refuse(refusal) => {
            drop(tx);
            let record = format!("client:{client_id}");
            Err(refuse(db, actor, refusal, record, Some(client_id)).await)
        }
    }
}

/// A rule on one client, decided on the client's facts read in the transaction it returns.
async fn decide_on_client(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    rule: fn(&CurrentUser, Option<&ClientFacts>) -> Decision,
) -> Result<(Tx, Grant), AppError> {
    let mut tx = begin(db).await?;
    let facts = client_facts(&mut tx, actor, client_id).await?;
    let decision = rule(actor, facts.as_ref());
    on_client(db, actor, client_id, tx, decision).await
}

/// One client's record ([`rules::client_record`]).
pub async fn client(db: &Db, actor: &CurrentUser, client_id: i64) -> Result<(Tx, Grant), AppError> {
    decide_on_client(db, actor, client_id, rules::client_record).await
}

/// Putting a hold on a client's data or ending it ([`rules::client_hold`]).
pub async fn client_hold(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
) -> Result<(Tx, Grant), AppError> {
    decide_on_client(db, actor, client_id, rules::client_hold).await
}

/// A hold's client, if the actor may end the hold ([`rules::client_hold`]).
pub async fn hold(
    db: &Db,
    actor: &CurrentUser,
    hold_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let client_id: Option<i64> =
        sqlx::query_scalar("SELECT client_id FROM client_holds WHERE id = $1")
            .bind(hold_id)
            .fetch_optional(&db.pool)
            .await?;
    let Some(client_id) = client_id else {
        return Err(no_such_record(db, actor, "hold", hold_id).await);
    };
    let (tx, grant) = client_hold(db, actor, client_id).await?;
    Ok((tx, grant, client_id))
}

/// Recording an erasure request for a client, or deciding on one ([`rules::client_erasure`]).
pub async fn client_erasure(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
) -> Result<(Tx, Grant), AppError> {
    decide_on_client(db, actor, client_id, rules::client_erasure).await
}

/// Two records of one person to compare or merge ([`rules::client_merge`], asked of each):
/// one transaction and a grant for each, or the refusal of the first one refused (audited).
pub async fn clients_merge(
    db: &Db,
    actor: &CurrentUser,
    a: i64,
    b: i64,
) -> Result<(Tx, Grant, Grant), AppError> {
    let mut tx = begin(db).await?;
    let facts_a = client_facts(&mut tx, actor, a).await?;
    let facts_b = client_facts(&mut tx, actor, b).await?;
    match (
        rules::client_merge(actor, facts_a.as_ref()),
        rules::client_merge(actor, facts_b.as_ref()),
    ) {
        (Decision::Grant(on_a), Decision::Grant(on_b)) => Ok((
            tx,
            Grant::on(Entry::by(actor), Some(a), on_a),
            Grant::on(Entry::by(actor), Some(b), on_b),
        )),
        (Decision::Grant(_), refused) => Err(refused_on(db, actor, b, tx, refused).await),
        (refused, _) => Err(refused_on(db, actor, a, tx, refused).await),
    }
}

/// The error (audited) for a decision on a client that did not grant.
async fn refused_on(db: &Db, actor: &CurrentUser, client_id: i64, tx: Tx, d: Decision) -> AppError {
    on_client(db, actor, client_id, tx, d)
        .await
        .err()
        .unwrap_or(AppError::Forbidden)
}

/// An erasure request's client, if the actor may decide on it ([`rules::client_erasure`]). A
/// request whose client is gone (erased) names no record any more.
pub async fn erasure_request(
    db: &Db,
    actor: &CurrentUser,
    request_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let client_id: Option<Option<i64>> =
        sqlx::query_scalar("SELECT client_id FROM erasure_requests WHERE id = $1")
            .bind(request_id)
            .fetch_optional(&db.pool)
            .await?;
    let Some(Some(client_id)) = client_id else {
        return Err(no_such_record(db, actor, "erasure-request", request_id).await);
    };
    let (tx, grant) = client_erasure(db, actor, client_id).await?;
    Ok((tx, grant, client_id))
}

/// The erasure requests of the actor's organisation ([`rules::erasure_requests`]).
pub async fn erasure_requests(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(
        db,
        actor,
        rules::erasure_requests(actor),
        "erasure-requests",
    )
    .await
}

/// Whose a case is, as far as the policy needs to know.
#[derive(Debug, Clone, Copy)]
pub struct CaseScope {
    pub client_id: i64,
    pub owner_id: i64,
}

/// Reading and working on a case ([`rules::case`]).
pub async fn case(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
) -> Result<(Tx, Grant, CaseScope), AppError> {
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
    let facts = row.map(
        |(client_id, owner_id, organisation_id, assigned)| CaseFacts {
            client_id,
            owner_id,
            organisation_id,
            assigned: assigned > 0,
        },
    );
    let record = format!("case:{case_id}");
    match (rules::case(actor, facts.as_ref()), facts) {
        (Decision::Grant(grounds), Some(facts)) => Ok((
            tx,
            Grant::on(Entry::by(actor), Some(facts.client_id), grounds),
            CaseScope {
                client_id: facts.client_id,
                owner_id: facts.owner_id,
            },
        )),
        // A role that may not open cases asked for one that does not exist: forbidden, and
        // the audit entry still shows the scan.
        (Decision::Refuse(Refusal::Forbidden), None) => {
            drop(tx);
            Err(refuse_because(db, actor, None, record, NO_SUCH_RECORD, AppError::Forbidden).await)
        }
        (Decision::Refuse(refusal), facts) => {
            drop(tx);
            Err(refuse(db, actor, refusal, record, facts.map(|f| f.client_id)).await)
        }
        _ => Err(AppError::Forbidden),
    }
}

/// Recording the assessment: the case ([`case`]) and the client's consent to case management
/// ([`rules::assessment`]).
pub async fn assessment(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
) -> Result<(Tx, Grant, CaseScope), AppError> {
    let (mut tx, grant, scope) = case(db, actor, case_id).await?;
    let consented = has_case_management_consent(&mut tx, case_id).await?;
    match rules::assessment(consented) {
        Decision::Refuse(refusal) => {
            drop(tx);
            Err(refuse(db, actor, refusal, format!("case:{case_id}"), None).await)
        }
        Decision::Grant(_) | Decision::Permit => Ok((tx, grant, scope)),
    }
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
    let sql = "SELECT case_id FROM goals WHERE id = $1";
    let case_id = owner_of(db, actor, "goal", sql, goal_id).await?;
    let (tx, grant, _) = case(db, actor, case_id).await?;
    Ok((tx, grant, case_id))
}

/// A step's case, if the actor may work on it.
pub async fn step(
    db: &Db,
    actor: &CurrentUser,
    step_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let sql = "SELECT case_id FROM steps WHERE id = $1";
    let case_id = owner_of(db, actor, "step", sql, step_id).await?;
    let (tx, grant, _) = case(db, actor, case_id).await?;
    Ok((tx, grant, case_id))
}

/// A household member's client, if the actor may work on the client's record.
pub async fn household_member(
    db: &Db,
    actor: &CurrentUser,
    member_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let sql = "SELECT client_id FROM household_members WHERE id = $1";
    let client_id = owner_of(db, actor, "household-member", sql, member_id).await?;
    let (tx, grant) = client(db, actor, client_id).await?;
    Ok((tx, grant, client_id))
}

/// A consent's client, if the actor may work on the client's record.
pub async fn consent(
    db: &Db,
    actor: &CurrentUser,
    consent_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let sql = "SELECT client_id FROM consents WHERE id = $1";
    let client_id = owner_of(db, actor, "consent", sql, consent_id).await?;
    let (tx, grant) = client(db, actor, client_id).await?;
    Ok((tx, grant, client_id))
}

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

/// A referral ([`rules::referral`]). For partner staff the grant lists the categories they
/// may see ([`rules::recipient_sees`]): empty when the referral is closed or the consent
/// ended, so no client data is sent.
pub async fn referral(
    db: &Db,
    actor: &CurrentUser,
    referral_id: i64,
) -> Result<(Tx, Grant, ReferralScope), AppError> {
    let row: Option<(i64, i64, i64, String, String)> = sqlx::query_as(
        "SELECT case_id, client_id, organisation_id, status, purpose FROM referrals WHERE id = $1",
    )
    .bind(referral_id)
    .fetch_optional(&db.pool)
    .await?;
    let purpose = row.as_ref().map(|r| r.4.clone()).unwrap_or_default();
    let facts = row.map(
        |(case_id, client_id, organisation_id, status, _)| ReferralFacts {
            case_id,
            client_id,
            organisation_id,
            status,
        },
    );
    let side = rules::referral(actor, facts.as_ref());
    let record = format!("referral:{referral_id}");
    let Some(facts) = facts else {
        return Err(no_such_record(db, actor, "referral", referral_id).await);
    };
    let (tx, grant) = match side {
        ReferralSide::Sender => {
            let (tx, grant, _) = case(db, actor, facts.case_id).await?;
            (tx, grant)
        }
        ReferralSide::Recipient => {
            let mut tx = begin(db).await?;
            let open = facts.is_open();
            let covered = if open {
                covered_by_consents(&mut tx, referral_id, &facts, &purpose).await?
            } else {
                Vec::new()
            };
            let grounds = rules::recipient_sees(referral_id, &purpose, open, &covered);
            let grant = Grant::on(Entry::by(actor), Some(facts.client_id), grounds);
            (tx, grant)
        }
        ReferralSide::Refused(refusal) => {
            return Err(refuse(db, actor, refusal, record, Some(facts.client_id)).await);
        }
    };
    let scope = ReferralScope {
        case_id: facts.case_id,
        client_id: facts.client_id,
        organisation_id: facts.organisation_id,
        status: facts.status,
        sender: side == ReferralSide::Sender,
    };
    Ok((tx, grant, scope))
}

/// The link of a referral to a partner without an account ([`rules::external_link`]): the
/// referral's transaction and grant for its sending side; anyone else is refused (audited).
pub async fn external_link(
    db: &Db,
    actor: &CurrentUser,
    referral_id: i64,
) -> Result<(Tx, Grant, ReferralScope), AppError> {
    let (tx, grant, scope) = referral(db, actor, referral_id).await?;
    let side = if scope.sender {
        ReferralSide::Sender
    } else {
        ReferralSide::Recipient
    };
    match rules::external_link(side) {
        Ok(()) => Ok((tx, grant, scope)),
        Err(refusal) => {
            drop(tx);
            let record = format!("external-link:{referral_id}");
            Err(refuse(db, actor, refusal, record, Some(scope.client_id)).await)
        }
    }
}

/// Consents in force to a referral's recipient for its purpose that cover a category the
/// referral shares: (consent id, category) in consent order.
async fn covered_by_consents(
    conn: &mut AnyConnection,
    referral_id: i64,
    referral: &ReferralFacts,
    purpose: &str,
) -> Result<Vec<(i64, String)>, AppError> {
    Ok(sqlx::query_as(&format!(
        "SELECT c.id, cc.category
         FROM consents c
         JOIN consent_categories cc ON cc.consent_id = c.id
         JOIN referral_categories rc ON rc.category = cc.category AND rc.referral_id = $1
         WHERE c.client_id = $2 AND c.organisation_id = $3 AND c.purpose = $4
           AND {}
         ORDER BY c.id",
        consents_in_force::condition("$5")
    ))
    .bind(referral_id)
    .bind(referral.client_id)
    .bind(referral.organisation_id)
    .bind(purpose)
    .bind(input::today().to_string())
    .fetch_all(&mut *conn)
    .await?)
}

/// The recipient organisation's inbox of referrals ([`rules::inbox`]).
pub async fn inbox(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(db, actor, rules::inbox(actor), "referral-inbox").await
}

/// Whether a volunteer's grant for a task (see [`volunteer_task_grants`]) lets them read the
/// task's free text ([`rules::may_read_task_text`]).
pub fn may_read_task_text(task_grant: &Grant) -> bool {
    rules::may_read_task_text(&task_grant.categories)
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

/// The volunteer's task list ([`rules::volunteer_tasks`]). The list is audited as one entry;
/// each task that comes with client data adds an entry for its client
/// ([`volunteer_task_grants`]).
pub async fn volunteer_tasks(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(db, actor, rules::volunteer_tasks(actor), "volunteer-tasks").await
}

/// One volunteer task ([`rules::volunteer_task`]), with what the volunteer sees of its client.
pub async fn volunteer_task(
    db: &Db,
    actor: &CurrentUser,
    task_id: i64,
) -> Result<(Tx, Grant, TaskScope), AppError> {
    type Row = (i64, i64, i64, Option<i64>, Option<i64>, String, i64);
    let row: Option<Row> = sqlx::query_as(
        "SELECT t.case_id, t.client_id, t.organisation_id, t.offered_to, t.volunteer_id, t.status,
                k.owner_id
         FROM volunteer_tasks t JOIN cases k ON k.id = t.case_id WHERE t.id = $1",
    )
    .bind(task_id)
    .fetch_optional(&db.pool)
    .await?;
    let facts = row.as_ref().map(|r| TaskFacts {
        organisation_id: r.2,
        offered_to: r.3,
        volunteer_id: r.4,
    });
    let decision = rules::volunteer_task(actor, facts.as_ref());
    let Some((case_id, client_id, organisation_id, offered_to, volunteer_id, status, case_owner)) =
        row
    else {
        return Err(no_such_record(db, actor, "volunteer-task", task_id).await);
    };
    let grounds = match decision {
        Decision::Grant(grounds) => grounds,
        Decision::Permit => return Err(AppError::Forbidden),
        Decision::Refuse(refusal) => {
            let record = format!("volunteer-task:{task_id}");
            return Err(refuse(db, actor, refusal, record, Some(client_id)).await);
        }
    };
    let mut tx = begin(db).await?;
    let grant = Grant::on(Entry::by(actor), None, grounds);
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

/// The grants for tasks of a volunteer's list or page, (task id, client id) each: what the
/// volunteer sees of each client ([`rules::volunteer_sees`]). One query for all.
pub async fn volunteer_task_grants(
    conn: &mut AnyConnection,
    grant: &Grant,
    network_id: i64,
    tasks: &[(i64, i64)],
) -> Result<Vec<Grant>, AppError> {
    let clients: Vec<i64> = tasks.iter().map(|t| t.1).collect();
    let rows = consents_in_force::categories(conn, &clients, network_id, VOLUNTEER_SUPPORT).await?;
    Ok(tasks
        .iter()
        .map(|&(task_id, client_id)| {
            let covered: Vec<(i64, String)> = rows
                .iter()
                .filter(|r| r.0 == client_id)
                .map(|r| (r.1, r.2.clone()))
                .collect();
            let grounds = rules::volunteer_sees(task_id, &covered);
            Grant::on(grant.entry.clone(), Some(client_id), grounds)
        })
        .collect())
}

/// A volunteer task's case, if the actor may work on the case (its case managers).
pub async fn volunteer_task_case(
    db: &Db,
    actor: &CurrentUser,
    task_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let sql = "SELECT case_id FROM volunteer_tasks WHERE id = $1";
    let case_id = owner_of(db, actor, "volunteer-task", sql, task_id).await?;
    let (tx, grant, _) = case(db, actor, case_id).await?;
    Ok((tx, grant, case_id))
}

/// A follow-up task's case, if the actor may work on the case.
pub async fn follow_up(
    db: &Db,
    actor: &CurrentUser,
    follow_up_id: i64,
) -> Result<(Tx, Grant, i64), AppError> {
    let sql = "SELECT case_id FROM follow_ups WHERE id = $1";
    let case_id = owner_of(db, actor, "follow-up", sql, follow_up_id).await?;
    let (tx, grant, _) = case(db, actor, case_id).await?;
    Ok((tx, grant, case_id))
}

/// The audit log ([`rules::audit_log`]).
pub async fn audit_log(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(db, actor, rules::audit_log(actor), "audit-log").await
}

/// The list of holds in force ([`rules::holds`]).
pub async fn holds(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(db, actor, rules::holds(actor), "holds").await
}

/// Staff sign-in security ([`rules::sign_in_security`]): the overview of second factors and
/// what administrators change of them, audited in the returned transaction.
pub async fn sign_in_security(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(db, actor, rules::sign_in_security(actor), "second-factors").await
}

/// Single sign-on providers per organisation ([`rules::sign_in_security`]): the overview and
/// what administrators change of it, audited in the returned transaction.
pub async fn sign_in_providers(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(
        db,
        actor,
        rules::sign_in_security(actor),
        "sign-in-providers",
    )
    .await
}

/// The outbox of e-mail ([`rules::mail_outbox`]), audited in the returned transaction.
pub async fn mail_outbox(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(db, actor, rules::mail_outbox(actor), "outbox").await
}

/// A caseload to hand over ([`rules::caseload_handover`]).
pub async fn caseload_handover(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(
        db,
        actor,
        rules::caseload_handover(actor),
        "caseload-handover",
    )
    .await
}

/// Reading the retention rules ([`rules::retention_rules`]): no personal data, not audited.
pub fn may_read_retention_rules(actor: &CurrentUser) -> Result<(), AppError> {
    unaudited(rules::retention_rules(actor))
}

/// Changing a retention rule ([`rules::retention_rules`]): the transaction the change is
/// made in, and the grant its audit entry is written under.
pub async fn retention_rules(db: &Db, actor: &CurrentUser) -> Result<(Tx, Grant), AppError> {
    list(db, actor, rules::retention_rules(actor), "retention-rules").await
}

/// Who acts in the portal: the client, with no organisation.
fn client_entry(client_id: i64) -> Entry {
    Entry {
        actor_id: None,
        actor_role: "client".into(),
        organisation_id: None,
        client_id: Some(client_id),
        record: String::new(),
        action: String::new(),
        purpose: String::new(),
        basis: String::new(),
        categories: String::new(),
        allowed: true,
    }
}

/// The portal for a signed-in client ([`rules::portal`]). Whether the access still exists
/// and is not blocked is read again here, in the transaction the portal function then works
/// in. A step or consent a client names goes through [`portal_record`].
pub async fn portal(db: &Db, client: &PortalClient) -> Result<(Tx, Grant), AppError> {
    let mut tx = begin(db).await?;
    let blocked: Option<i64> = sqlx::query_scalar(
        "SELECT blocked FROM portal_access WHERE client_id = $1 AND secret_hash IS NOT NULL",
    )
    .bind(client.client_id)
    .fetch_optional(&mut *tx)
    .await?;
    match rules::portal(blocked.map(|b| b != 0)) {
        Decision::Grant(grounds) => {
            let entry = client_entry(client.client_id);
            Ok((tx, Grant::on(entry, Some(client.client_id), grounds)))
        }
        Decision::Permit | Decision::Refuse(_) => {
            drop(tx);
            Err(AppError::Unauthenticated)
        }
    }
}

/// A record a client names in the portal.
#[derive(Debug, Clone, Copy)]
pub enum PortalRecord {
    Step,
    Consent,
}

/// A step or consent a client names in the portal ([`rules::portal_record`]): if it is
/// theirs, the portal access ([`portal`]); else the attempt is audited under the asking
/// client and answered as not found.
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
    match rules::portal_record(client, owner) {
        Decision::Refuse(_) => Err(refuse_client(db, client, format!("{record}:{id}")).await),
        Decision::Grant(_) | Decision::Permit => portal(db, client).await,
    }
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
