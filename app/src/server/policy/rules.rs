//! The access policy as rules: who may do what, decided from the acting user and a few facts
//! about the record, with no database, no I/O and no clock. [`super`] loads the facts, opens
//! the transaction, asks the rule here and grants (audited with the purpose and basis decided
//! here) or refuses (audited as the [`Refusal`] says).
//!
//! In short:
//! - **Case managers** work on the cases they own or are assigned to, within their
//!   organisation, and on the clients of those cases (or clients they registered). Another
//!   organisation's client or case is answered as not found; a colleague's as forbidden.
//! - **Partner staff** see a client only through a referral to their organisation that is
//!   still open, and only the data categories that the referral shares *and* a consent in
//!   force covers. This is decided anew on every request, so revocation or expiry takes
//!   effect on the next one. They maintain their own organisation's offers.
//! - **Volunteers** see only the tasks offered to them or their network, with the client's
//!   first name, phone and preferred language as far as a consent for volunteer support
//!   covers them, and the task's free text only while that consent covers the name.
//! - **Coordinators** see programme figures and no personal data; **administrators** manage
//!   users and catalogues, not cases; **data-protection officers** read the audit log.
//! - **Clients** see their own data in the portal and nothing else.
//!
//! A record named by an id that does not exist is refused as [`Refusal::NoSuchRecord`], so a
//! scan of ids shows in the audit log.

use crate::models::{ConsentCategory, ReferralStatus};
use crate::models::{CurrentUser, PortalClient, Role};

/// What the policy decided about one access.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    /// Allowed, and audited under these grounds.
    Grant(Grounds),
    /// Allowed with no audit entry of its own: no personal data is reached, or a further
    /// rule decides (the record's case, the client's portal access).
    Permit,
    /// Refused.
    Refuse(Refusal),
}

/// Why an access is allowed, as its audit entry records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grounds {
    /// What the data is used for (`case-management`, the referral's purpose, …).
    pub purpose: String,
    /// The legal basis: `case-owner`, `case-assigned`, `consent:4;referral:12`, …
    pub basis: String,
    /// The data categories the actor may see; `None` for the whole record (audited as `*`).
    pub categories: Option<Vec<String>>,
}

/// Why an access is refused, which decides the answer and the audit entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The actor's role may not do this: 403. Audited naming the client concerned.
    Forbidden,
    /// Someone else's record (another organisation's, another volunteer's, another
    /// client's): answered as if it did not exist, 404. Audited without naming the client.
    Hidden,
    /// No record has the id the request named: 404, audited with basis `no-such-record`.
    NoSuchRecord,
    /// Not possible yet; the message id says why. Nothing was read, nothing is audited.
    NotYet(&'static str),
    /// The client's portal access has ended or is blocked: signed out, 401, not audited.
    SignedOut,
}

/// The purpose of a case manager's work on clients and cases.
pub const CASE_MANAGEMENT: &str = "case-management";
/// The purpose of what is done to staff accounts' sign-in (second factors, sessions).
pub const ACCOUNT_SECURITY: &str = "account-security";
/// The consent purpose under which volunteers see client data.
pub const VOLUNTEER_SUPPORT: &str = "volunteer-support";
/// The purpose of what a client does in the portal.
pub const CLIENT_PORTAL: &str = "client-portal";
/// The data categories a volunteer may see of a client: name and phone with identity,
/// preferred language with language.
pub const VOLUNTEER_CATEGORIES: &[&str] = &[
    ConsentCategory::Identity.as_str(),
    ConsentCategory::Language.as_str(),
];
/// A task's free text (what to bring, the case manager's note) is about the client and often
/// names them ("Frau Kovalenko"): volunteers get it under this category of the consent for
/// volunteer support, like the client's name, and only with an open task.
pub const VOLUNTEER_TASK_TEXT: &str = ConsentCategory::Identity.as_str();

fn grant(purpose: &str, basis: impl Into<String>) -> Decision {
    Decision::Grant(Grounds {
        purpose: purpose.to_owned(),
        basis: basis.into(),
        categories: None,
    })
}

fn only(allowed: bool) -> Decision {
    if allowed {
        Decision::Permit
    } else {
        Decision::Refuse(Refusal::Forbidden)
    }
}

const FORBIDDEN: Decision = Decision::Refuse(Refusal::Forbidden);
const HIDDEN: Decision = Decision::Refuse(Refusal::Hidden);
const NO_SUCH_RECORD: Decision = Decision::Refuse(Refusal::NoSuchRecord);

// ---------------------------------------------------------------------------------------
// No personal data: allowed or forbidden by role, nothing audited.

/// Creating organisations and users, assigning roles, deactivating accounts: administrators.
pub fn accounts(actor: &CurrentUser) -> Decision {
    only(actor.role == Role::Administrator)
}

/// Adding catalogue entries (service types, goal templates, …): administrators.
pub fn catalogues(actor: &CurrentUser) -> Decision {
    accounts(actor)
}

/// Maintaining an organisation's offers in the service directory: that organisation's
/// partner staff.
pub fn offers(actor: &CurrentUser, organisation_id: i64) -> Decision {
    only(actor.role == Role::PartnerStaff && actor.organisation_id == organisation_id)
}

/// Browsing the service directory (no personal data): every staff role.
pub fn offer_directory(_actor: &CurrentUser) -> Decision {
    Decision::Permit
}

/// Programme figures, structural issues, working groups and measures: coordinators. None of
/// it is personal data; nothing they reach leads to a person.
pub fn coordination(actor: &CurrentUser) -> Decision {
    only(actor.role == Role::Coordinator)
}

// ---------------------------------------------------------------------------------------
// Case management.

/// Registering clients and listing one's caseload (search, dashboard, export): roles that
/// keep a caseload, that is case managers.
pub fn caseload(actor: &CurrentUser) -> Decision {
    if actor.role.keeps_caseload() {
        grant(CASE_MANAGEMENT, "case-manager")
    } else {
        FORBIDDEN
    }
}

/// A client's record, as far as the policy needs to know it (relative to the actor).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientFacts {
    pub organisation_id: i64,
    pub registered_by: i64,
    /// The actor owns a case of the client.
    pub owns_a_case: bool,
    /// The actor is assigned to a case of the client.
    pub assigned_to_a_case: bool,
}

/// One client's record: a case manager of the client's organisation who owns or is assigned
/// a case of the client, or who registered the client. Other roles are forbidden; another
/// organisation's client is hidden; a colleague's client is forbidden.
pub fn client_record(actor: &CurrentUser, facts: Option<&ClientFacts>) -> Decision {
    if actor.role != Role::CaseManager {
        return FORBIDDEN;
    }
    let Some(client) = facts else {
        return NO_SUCH_RECORD;
    };
    if client.organisation_id != actor.organisation_id {
        HIDDEN
    } else if client.owns_a_case {
        grant(CASE_MANAGEMENT, "case-owner")
    } else if client.assigned_to_a_case {
        grant(CASE_MANAGEMENT, "case-assigned")
    } else if client.registered_by == actor.id {
        grant(CASE_MANAGEMENT, "registered-by")
    } else {
        FORBIDDEN
    }
}

/// Putting a hold on a client's data, or ending it (restriction of processing, GDPR Art. 18,
/// SGB X section 84): whoever may work on the client's record ([`client_record`]), and the
/// data-protection officer of the client's organisation, who receives such requests.
/// Another organisation's client is hidden.
pub fn client_hold(actor: &CurrentUser, facts: Option<&ClientFacts>) -> Decision {
    record_or_supervision(actor, facts, "gdpr-art-18")
}

/// Whoever may work on the client's record ([`client_record`]); the data-protection officer
/// of the client's organisation under `basis`. Another organisation's client is hidden.
fn record_or_supervision(
    actor: &CurrentUser,
    facts: Option<&ClientFacts>,
    basis: &str,
) -> Decision {
    if actor.role != Role::DataProtectionOfficer {
        return client_record(actor, facts);
    }
    match facts {
        None => NO_SUCH_RECORD,
        Some(client) if client.organisation_id != actor.organisation_id => HIDDEN,
        Some(_) => grant("data-protection-supervision", basis),
    }
}

/// Recording a client's request for erasure, and deciding on it (erase, or refuse with a
/// reason; GDPR Art. 17, SGB X section 84): whoever may work on the client's record
/// ([`client_record`]), and the data-protection officer of the client's organisation, whom
/// the request reaches too. Another organisation's client is hidden.
pub fn client_erasure(actor: &CurrentUser, facts: Option<&ClientFacts>) -> Decision {
    record_or_supervision(actor, facts, "gdpr-art-17")
}

/// Comparing and merging two records of one person, asked of each record: whoever may work
/// on it ([`client_record`]). Merging rewrites the record, so the data-protection officer,
/// who supervises, does not merge.
pub fn client_merge(actor: &CurrentUser, facts: Option<&ClientFacts>) -> Decision {
    client_record(actor, facts)
}

/// A case, as far as the policy needs to know it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseFacts {
    pub client_id: i64,
    pub owner_id: i64,
    pub organisation_id: i64,
    /// The actor is assigned to the case.
    pub assigned: bool,
}

/// Reading and working on a case: its owner or an assigned case manager, within the case's
/// organisation. Other roles are forbidden; another organisation's case is hidden; a
/// colleague's case is forbidden.
pub fn case(actor: &CurrentUser, facts: Option<&CaseFacts>) -> Decision {
    if actor.role != Role::CaseManager {
        return FORBIDDEN;
    }
    let Some(case) = facts else {
        return NO_SUCH_RECORD;
    };
    if case.organisation_id != actor.organisation_id {
        HIDDEN
    } else if case.owner_id == actor.id {
        grant(CASE_MANAGEMENT, "case-owner")
    } else if case.assigned {
        grant(CASE_MANAGEMENT, "case-assigned")
    } else {
        FORBIDDEN
    }
}

/// A part of a case or client record named by its id (a goal, step, household member,
/// consent, follow-up, or a volunteer task from the case side): if it exists, the rule of
/// its case ([`case`]) or client ([`client_record`]) decides; if not, whoever asked is
/// refused as a scan of ids, whatever their role.
pub fn part_of_record(exists: bool) -> Decision {
    if exists {
        Decision::Permit
    } else {
        NO_SUCH_RECORD
    }
}

/// Recording the assessment (the structured facts, the life domains): on top of the case
/// rule, only once the client has consented to case management. Before it, nothing the
/// client did not agree to is collected.
pub fn assessment(consented_to_case_management: bool) -> Decision {
    if consented_to_case_management {
        Decision::Permit
    } else {
        Decision::Refuse(Refusal::NotYet("error-assessment-consent-missing"))
    }
}

// ---------------------------------------------------------------------------------------
// Referrals to partner organisations.

/// A referral, as far as the policy needs to know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferralFacts {
    pub case_id: i64,
    pub client_id: i64,
    /// The recipient organisation.
    pub organisation_id: i64,
    pub status: String,
}

impl ReferralFacts {
    /// The recipient works with the client (sent, accepted, in progress).
    pub fn is_open(&self) -> bool {
        ReferralStatus::parse(&self.status).is_some_and(ReferralStatus::is_open)
    }
}

/// Which side of a referral the actor is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferralSide {
    /// A case manager: the referral's case decides ([`case`]).
    Sender,
    /// Partner staff of the recipient organisation: see [`recipient_sees`].
    Recipient,
    Refused(Refusal),
}

/// A referral: the case's case managers (sending side) or the recipient organisation's
/// partner staff. Another organisation's partner staff find nothing; other roles are
/// forbidden.
pub fn referral(actor: &CurrentUser, facts: Option<&ReferralFacts>) -> ReferralSide {
    let Some(referral) = facts else {
        return ReferralSide::Refused(Refusal::NoSuchRecord);
    };
    match actor.role {
        Role::CaseManager => ReferralSide::Sender,
        Role::PartnerStaff if actor.organisation_id == referral.organisation_id => {
            ReferralSide::Recipient
        }
        Role::PartnerStaff => ReferralSide::Refused(Refusal::Hidden),
        _ => ReferralSide::Refused(Refusal::Forbidden),
    }
}

/// The link of a referral to a partner without an account (renewing, withdrawing): the
/// sending side only. The recipient's side answers through the link itself.
pub fn external_link(side: ReferralSide) -> Result<(), Refusal> {
    match side {
        ReferralSide::Sender => Ok(()),
        ReferralSide::Recipient => Err(Refusal::Forbidden),
        ReferralSide::Refused(refusal) => Err(refusal),
    }
}

/// What the recipient of a referral sees: the categories the referral shares that a consent
/// in force to the recipient for the referral's purpose covers (`covered`: consent id and
/// category, in consent order), audited under those consents. Nothing once the referral is
/// closed or no consent covers it: then the basis is the referral alone.
pub fn recipient_sees(
    referral_id: i64,
    purpose: &str,
    open: bool,
    covered: &[(i64, String)],
) -> Grounds {
    let covered = if open { covered } else { &[] };
    let categories = in_catalogue_order(&ConsentCategory::codes(), covered);
    let mut consents: Vec<i64> = covered.iter().map(|c| c.0).collect();
    consents.dedup();
    Grounds {
        purpose: purpose.to_owned(),
        basis: under_consents(&categories, &consents, &format!("referral:{referral_id}")),
        categories: Some(categories),
    }
}

/// The recipient organisation's inbox of referrals: its partner staff. Listed clients are
/// named only where a consent in force covers identity data.
pub fn inbox(actor: &CurrentUser) -> Decision {
    if actor.role == Role::PartnerStaff {
        grant("referral", "referral-recipient")
    } else {
        FORBIDDEN
    }
}

// ---------------------------------------------------------------------------------------
// Volunteers.

/// The volunteer's task list: volunteers. Each task that comes with client data is audited
/// for its client with what [`volunteer_sees`].
pub fn volunteer_tasks(actor: &CurrentUser) -> Decision {
    if actor.role == Role::Volunteer {
        grant(VOLUNTEER_SUPPORT, "volunteer-network")
    } else {
        FORBIDDEN
    }
}

/// A volunteer task, as far as the policy needs to know it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TaskFacts {
    /// The volunteer network it is offered in.
    pub organisation_id: i64,
    /// The volunteer it was offered to by name, if any.
    pub offered_to: Option<i64>,
    /// The volunteer who accepted it, if any.
    pub volunteer_id: Option<i64>,
}

/// One volunteer task: a volunteer of the network it is offered in; only the named volunteer
/// when it was offered by name, and only the volunteer who accepted it once accepted. Anyone
/// else on the volunteer side finds nothing; other roles are forbidden.
pub fn volunteer_task(actor: &CurrentUser, facts: Option<&TaskFacts>) -> Decision {
    let Some(task) = facts else {
        return NO_SUCH_RECORD;
    };
    if actor.role != Role::Volunteer {
        return FORBIDDEN;
    }
    let visible = task.organisation_id == actor.organisation_id
        && task.offered_to.is_none_or(|u| u == actor.id)
        && task.volunteer_id.is_none_or(|u| u == actor.id);
    if visible {
        volunteer_tasks(actor)
    } else {
        HIDDEN
    }
}

/// What a volunteer sees of a task's client: the [`VOLUNTEER_CATEGORIES`] that a consent for
/// volunteer support to the network covers today (`covered`: consent id and category, in
/// consent order), audited under those consents and the task.
pub fn volunteer_sees(task_id: i64, covered: &[(i64, String)]) -> Grounds {
    let categories = in_catalogue_order(VOLUNTEER_CATEGORIES, covered);
    let mut consents: Vec<i64> = covered
        .iter()
        .filter(|c| categories.contains(&c.1))
        .map(|c| c.0)
        .collect();
    consents.dedup();
    Grounds {
        purpose: VOLUNTEER_SUPPORT.to_owned(),
        basis: under_consents(&consents, &consents, &format!("volunteer-task:{task_id}")),
        categories: Some(categories),
    }
}

/// Whether a volunteer who sees `categories` of a task's client may read the task's free
/// text ([`VOLUNTEER_TASK_TEXT`]).
pub fn may_read_task_text(categories: &[String]) -> bool {
    categories.iter().any(|c| c == VOLUNTEER_TASK_TEXT)
}

// ---------------------------------------------------------------------------------------
// Supervision and the portal.

/// The audit log: data-protection officers, under their supervision duty (GDPR Art. 39).
pub fn audit_log(actor: &CurrentUser) -> Decision {
    if actor.role == Role::DataProtectionOfficer {
        grant("data-protection-supervision", "gdpr-art-39")
    } else {
        FORBIDDEN
    }
}

/// The retention rules (the deletion concept): data-protection officers, who keep it (GDPR
/// Art. 5(1)(e) storage limitation, Art. 39). The rules are no personal data; a change is
/// audited under these grounds.
pub fn retention_rules(actor: &CurrentUser) -> Decision {
    if actor.role == Role::DataProtectionOfficer {
        grant("data-protection-supervision", "gdpr-art-5-1-e")
    } else {
        FORBIDDEN
    }
}

/// The holds in force on clients of the actor's organisation: the data-protection officer,
/// who answers requests for restriction (GDPR Art. 18, Art. 39).
pub fn holds(actor: &CurrentUser) -> Decision {
    if actor.role == Role::DataProtectionOfficer {
        grant("data-protection-supervision", "gdpr-art-18")
    } else {
        FORBIDDEN
    }
}

/// The erasure requests of clients of the actor's organisation: the data-protection officer,
/// who decides on them with the case managers (GDPR Art. 17, Art. 39).
pub fn erasure_requests(actor: &CurrentUser) -> Decision {
    if actor.role == Role::DataProtectionOfficer {
        grant("data-protection-supervision", "gdpr-art-17")
    } else {
        FORBIDDEN
    }
}

/// Handing over a case manager's caseload to colleagues of the same organisation (when they
/// leave or are absent): administrators, who see the cases by number only. Listing and each
/// reassigned case are audited under these grounds: the cases' management goes on.
/// The outbox of e-mail (recipients' addresses, what was sent, what failed): administrators,
/// who run the mail server's side of Lotse.
pub fn mail_outbox(actor: &CurrentUser) -> Decision {
    if actor.role == Role::Administrator {
        Decision::Grant(Grounds {
            purpose: ACCOUNT_SECURITY.to_owned(),
            basis: "mail-operation".to_owned(),
            categories: Some(vec!["contact".to_owned()]),
        })
    } else {
        FORBIDDEN
    }
}

/// Staff sign-in security (who has which second factor, requiring one per organisation,
/// resetting a user's factors): administrators.
pub fn sign_in_security(actor: &CurrentUser) -> Decision {
    if actor.role == Role::Administrator {
        Decision::Grant(Grounds {
            purpose: ACCOUNT_SECURITY.to_owned(),
            basis: "account-administration".to_owned(),
            categories: Some(vec!["credentials".to_owned()]),
        })
    } else {
        FORBIDDEN
    }
}

pub fn caseload_handover(actor: &CurrentUser) -> Decision {
    if actor.role == Role::Administrator {
        grant(CASE_MANAGEMENT, "caseload-handover")
    } else {
        FORBIDDEN
    }
}

/// The portal, for a signed-in client: only while their access exists and is not blocked
/// (`blocked` is `None` when there is no access); they see their own data as its subject.
/// Every portal function reads only rows of that client; internal notes never.
pub fn portal(blocked: Option<bool>) -> Decision {
    match blocked {
        Some(false) => Decision::Grant(Grounds {
            purpose: CLIENT_PORTAL.to_owned(),
            basis: "data-subject".into(),
            categories: None,
        }),
        _ => Decision::Refuse(Refusal::SignedOut),
    }
}

/// A step or consent a client names in the portal (`owner`: the client it belongs to, if it
/// exists): if it is theirs, the portal access decides ([`portal`]); anyone else's, or none,
/// is hidden.
pub fn portal_record(client: &PortalClient, owner: Option<i64>) -> Decision {
    if owner == Some(client.client_id) {
        Decision::Permit
    } else {
        HIDDEN
    }
}

/// The categories of `catalogue` that some row of `covered` names, in catalogue order.
fn in_catalogue_order(catalogue: &[&str], covered: &[(i64, String)]) -> Vec<String> {
    catalogue
        .iter()
        .filter(|category| covered.iter().any(|c| c.1 == **category))
        .map(|category| (*category).to_owned())
        .collect()
}

/// `consent:1,2;<record>` when something is seen under consents, else `<record>` alone.
fn under_consents<T>(seen: &[T], consents: &[i64], record: &str) -> String {
    if seen.is_empty() {
        record.to_owned()
    } else {
        let ids: Vec<String> = consents.iter().map(|id| id.to_string()).collect();
        format!("consent:{};{record}", ids.join(","))
    }
}

/// The policy as a specification: each table lists role × situation × decision.
#[cfg(test)]
mod tests {
    use super::*;
    use Role::*;

    const ME: i64 = 1;
    const COLLEAGUE: i64 = 2;
    const OUR_ORGANISATION: i64 = 10;
    const OTHER_ORGANISATION: i64 = 20;

    fn user(role: Role) -> CurrentUser {
        CurrentUser {
            id: ME,
            display_name: "A".into(),
            email: "a@example.org".into(),
            role,
            organisation_id: OUR_ORGANISATION,
            organisation_name: "Stadt Köln".into(),
        }
    }

    fn granted(purpose: &str, basis: &str) -> Decision {
        grant(purpose, basis)
    }

    fn case_management(basis: &str) -> Decision {
        grant(CASE_MANAGEMENT, basis)
    }

    const ALLOWED: Decision = Decision::Permit;
    const NOT_YET: Decision = Decision::Refuse(Refusal::NotYet("error-assessment-consent-missing"));
    const SIGNED_OUT: Decision = Decision::Refuse(Refusal::SignedOut);

    #[test]
    fn what_each_role_may_do_regardless_of_the_record() {
        let supervision = || granted("data-protection-supervision", "gdpr-art-39");
        let own_cases = || case_management("case-manager");
        let recipient = || granted("referral", "referral-recipient");
        let network = || granted(VOLUNTEER_SUPPORT, "volunteer-network");
        #[rustfmt::skip]
        let rows = [
            // role, accounts, catalogues, coordination, directory, caseload, inbox, task list, audit log
            (Administrator, ALLOWED, ALLOWED, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            (CaseManager, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, own_cases(), FORBIDDEN, FORBIDDEN, FORBIDDEN),
            (Coordinator, FORBIDDEN, FORBIDDEN, ALLOWED, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN),
            (PartnerStaff, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, recipient(), FORBIDDEN, FORBIDDEN),
            (Volunteer, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, network(), FORBIDDEN),
            (DataProtectionOfficer, FORBIDDEN, FORBIDDEN, FORBIDDEN, ALLOWED, FORBIDDEN, FORBIDDEN, FORBIDDEN, supervision()),
        ];
        assert_eq!(rows.len(), Role::ALL.len(), "every role has a row");
        for (
            role,
            accounts_,
            catalogues_,
            coordination_,
            directory,
            caseload_,
            inbox_,
            tasks_,
            audit_,
        ) in rows
        {
            let actor = user(role);
            assert_eq!(accounts(&actor), accounts_, "{role:?}: accounts");
            assert_eq!(catalogues(&actor), catalogues_, "{role:?}: catalogues");
            assert_eq!(
                coordination(&actor),
                coordination_,
                "{role:?}: coordination"
            );
            assert_eq!(
                offer_directory(&actor),
                directory,
                "{role:?}: offer directory"
            );
            assert_eq!(caseload(&actor), caseload_, "{role:?}: caseload");
            assert_eq!(inbox(&actor), inbox_, "{role:?}: referral inbox");
            assert_eq!(volunteer_tasks(&actor), tasks_, "{role:?}: task list");
            assert_eq!(audit_log(&actor), audit_, "{role:?}: audit log");
        }
    }

    #[test]
    fn only_the_data_protection_officer_keeps_the_retention_rules() {
        for role in Role::ALL {
            let expected = if role == DataProtectionOfficer {
                granted("data-protection-supervision", "gdpr-art-5-1-e")
            } else {
                FORBIDDEN
            };
            assert_eq!(retention_rules(&user(role)), expected, "{role:?}");
        }
    }

    #[test]
    fn who_maintains_an_organisations_offers() {
        let rows = [
            (
                PartnerStaff,
                "of their own organisation",
                OUR_ORGANISATION,
                ALLOWED,
            ),
            (
                PartnerStaff,
                "of another organisation",
                OTHER_ORGANISATION,
                FORBIDDEN,
            ),
            (
                CaseManager,
                "of their own organisation",
                OUR_ORGANISATION,
                FORBIDDEN,
            ),
            (
                Administrator,
                "of their own organisation",
                OUR_ORGANISATION,
                FORBIDDEN,
            ),
            (
                Coordinator,
                "of their own organisation",
                OUR_ORGANISATION,
                FORBIDDEN,
            ),
            (
                Volunteer,
                "of their own organisation",
                OUR_ORGANISATION,
                FORBIDDEN,
            ),
        ];
        for (role, situation, organisation, expected) in rows {
            assert_eq!(
                offers(&user(role), organisation),
                expected,
                "{role:?} {situation}"
            );
        }
    }

    fn client_of(
        organisation_id: i64,
        registered_by: i64,
        owns: bool,
        assigned: bool,
    ) -> ClientFacts {
        ClientFacts {
            organisation_id,
            registered_by,
            owns_a_case: owns,
            assigned_to_a_case: assigned,
        }
    }

    #[test]
    fn who_opens_a_clients_record() {
        let registered_by_colleague = client_of(OUR_ORGANISATION, COLLEAGUE, false, false);
        let rows = [
            (
                CaseManager,
                "owns a case of the client",
                Some(client_of(OUR_ORGANISATION, COLLEAGUE, true, false)),
                case_management("case-owner"),
            ),
            (
                CaseManager,
                "is assigned to a case of the client",
                Some(client_of(OUR_ORGANISATION, COLLEAGUE, false, true)),
                case_management("case-assigned"),
            ),
            (
                CaseManager,
                "registered the client, no case yet",
                Some(client_of(OUR_ORGANISATION, ME, false, false)),
                case_management("registered-by"),
            ),
            (
                CaseManager,
                "registered the client and owns a case",
                Some(client_of(OUR_ORGANISATION, ME, true, false)),
                case_management("case-owner"),
            ),
            (
                CaseManager,
                "a colleague's client",
                Some(registered_by_colleague),
                FORBIDDEN,
            ),
            (
                CaseManager,
                "another organisation's client",
                Some(client_of(OTHER_ORGANISATION, COLLEAGUE, false, false)),
                HIDDEN,
            ),
            (CaseManager, "no such client", None, NO_SUCH_RECORD),
            (
                PartnerStaff,
                "any client",
                Some(registered_by_colleague),
                FORBIDDEN,
            ),
            (
                Volunteer,
                "any client",
                Some(registered_by_colleague),
                FORBIDDEN,
            ),
            (
                Coordinator,
                "any client",
                Some(registered_by_colleague),
                FORBIDDEN,
            ),
            (
                Administrator,
                "any client",
                Some(registered_by_colleague),
                FORBIDDEN,
            ),
            (
                DataProtectionOfficer,
                "any client",
                Some(registered_by_colleague),
                FORBIDDEN,
            ),
            (PartnerStaff, "no such client", None, FORBIDDEN),
        ];
        for (role, situation, facts, expected) in rows {
            assert_eq!(
                client_record(&user(role), facts.as_ref()),
                expected,
                "{role:?}: {situation}"
            );
        }
    }

    #[test]
    fn who_records_and_decides_an_erasure_request() {
        let ours = client_of(OUR_ORGANISATION, COLLEAGUE, true, false);
        let others = client_of(OTHER_ORGANISATION, COLLEAGUE, true, false);
        let supervision = || granted("data-protection-supervision", "gdpr-art-17");
        let rows = [
            (
                CaseManager,
                "owns a case of the client",
                Some(ours),
                case_management("case-owner"),
            ),
            (
                CaseManager,
                "a colleague's client",
                Some(client_of(OUR_ORGANISATION, COLLEAGUE, false, false)),
                FORBIDDEN,
            ),
            (
                DataProtectionOfficer,
                "a client of the organisation",
                Some(ours),
                supervision(),
            ),
            (
                DataProtectionOfficer,
                "another organisation's client",
                Some(others),
                HIDDEN,
            ),
            (
                DataProtectionOfficer,
                "no such client",
                None,
                NO_SUCH_RECORD,
            ),
            (Administrator, "any client", Some(ours), FORBIDDEN),
            (Coordinator, "any client", Some(ours), FORBIDDEN),
            (PartnerStaff, "any client", Some(ours), FORBIDDEN),
            (Volunteer, "any client", Some(ours), FORBIDDEN),
        ];
        for (role, situation, facts, expected) in rows {
            assert_eq!(
                client_erasure(&user(role), facts.as_ref()),
                expected,
                "{role:?}: {situation}"
            );
        }
        for role in Role::ALL {
            let expected = if role == DataProtectionOfficer {
                supervision()
            } else {
                FORBIDDEN
            };
            assert_eq!(erasure_requests(&user(role)), expected, "{role:?}");
        }
    }

    fn case_of(organisation_id: i64, owner_id: i64, assigned: bool) -> CaseFacts {
        CaseFacts {
            client_id: 7,
            owner_id,
            organisation_id,
            assigned,
        }
    }

    #[test]
    fn who_works_on_a_case() {
        let colleagues_case = case_of(OUR_ORGANISATION, COLLEAGUE, false);
        let rows = [
            (
                CaseManager,
                "owns the case",
                Some(case_of(OUR_ORGANISATION, ME, false)),
                case_management("case-owner"),
            ),
            (
                CaseManager,
                "is assigned to the case",
                Some(case_of(OUR_ORGANISATION, COLLEAGUE, true)),
                case_management("case-assigned"),
            ),
            (
                CaseManager,
                "a colleague's case",
                Some(colleagues_case),
                FORBIDDEN,
            ),
            (
                CaseManager,
                "another organisation's case",
                Some(case_of(OTHER_ORGANISATION, COLLEAGUE, true)),
                HIDDEN,
            ),
            (CaseManager, "no such case", None, NO_SUCH_RECORD),
            (PartnerStaff, "any case", Some(colleagues_case), FORBIDDEN),
            (Volunteer, "any case", Some(colleagues_case), FORBIDDEN),
            (Coordinator, "any case", Some(colleagues_case), FORBIDDEN),
            (Administrator, "any case", Some(colleagues_case), FORBIDDEN),
            (
                DataProtectionOfficer,
                "any case",
                Some(colleagues_case),
                FORBIDDEN,
            ),
            (Coordinator, "no such case", None, FORBIDDEN),
        ];
        for (role, situation, facts, expected) in rows {
            assert_eq!(
                case(&user(role), facts.as_ref()),
                expected,
                "{role:?}: {situation}"
            );
        }
    }

    #[test]
    fn parts_of_a_record_and_the_assessment() {
        let rows = [
            (
                "a goal, step, member, consent or follow-up that exists",
                part_of_record(true),
                ALLOWED,
            ),
            (
                "one named by an id that does not exist",
                part_of_record(false),
                NO_SUCH_RECORD,
            ),
            (
                "the assessment, the client consented to case management",
                assessment(true),
                ALLOWED,
            ),
            (
                "the assessment, no consent to case management yet",
                assessment(false),
                NOT_YET,
            ),
        ];
        for (situation, decision, expected) in rows {
            assert_eq!(decision, expected, "{situation}");
        }
    }

    #[test]
    fn which_side_of_a_referral_the_actor_is_on() {
        let to_us = ReferralFacts {
            case_id: 3,
            client_id: 7,
            organisation_id: OUR_ORGANISATION,
            status: "sent".into(),
        };
        let to_others = ReferralFacts {
            organisation_id: OTHER_ORGANISATION,
            ..to_us.clone()
        };
        let rows = [
            (
                CaseManager,
                "any referral (the case decides)",
                Some(&to_others),
                ReferralSide::Sender,
            ),
            (
                PartnerStaff,
                "a referral to their organisation",
                Some(&to_us),
                ReferralSide::Recipient,
            ),
            (
                PartnerStaff,
                "a referral to another organisation",
                Some(&to_others),
                ReferralSide::Refused(Refusal::Hidden),
            ),
            (
                Volunteer,
                "a referral to their organisation",
                Some(&to_us),
                ReferralSide::Refused(Refusal::Forbidden),
            ),
            (
                Coordinator,
                "any referral",
                Some(&to_us),
                ReferralSide::Refused(Refusal::Forbidden),
            ),
            (
                Administrator,
                "any referral",
                Some(&to_us),
                ReferralSide::Refused(Refusal::Forbidden),
            ),
            (
                DataProtectionOfficer,
                "any referral",
                Some(&to_us),
                ReferralSide::Refused(Refusal::Forbidden),
            ),
            (
                PartnerStaff,
                "no such referral",
                None,
                ReferralSide::Refused(Refusal::NoSuchRecord),
            ),
            (
                Volunteer,
                "no such referral",
                None,
                ReferralSide::Refused(Refusal::NoSuchRecord),
            ),
        ];
        for (role, situation, facts, expected) in rows {
            assert_eq!(
                referral(&user(role), facts),
                expected,
                "{role:?}: {situation}"
            );
        }
        for (status, open) in [
            ("sent", true),
            ("accepted", true),
            ("in-progress", true),
            ("declined", false),
            ("completed", false),
            ("withdrawn", false),
        ] {
            let facts = ReferralFacts {
                status: status.into(),
                ..to_us.clone()
            };
            assert_eq!(facts.is_open(), open, "a {status} referral");
        }
    }

    fn sees(purpose: &str, basis: &str, categories: &[&str]) -> Grounds {
        Grounds {
            purpose: purpose.into(),
            basis: basis.into(),
            categories: Some(categories.iter().map(|c| (*c).to_owned()).collect()),
        }
    }

    fn covered(rows: &[(i64, &str)]) -> Vec<(i64, String)> {
        rows.iter().map(|(id, c)| (*id, (*c).to_owned())).collect()
    }

    #[test]
    fn what_the_recipient_of_a_referral_sees() {
        let two_consents = covered(&[(3, "work"), (3, "identity"), (5, "language")]);
        let rows = [
            (
                "open, two consents cover three categories",
                true,
                two_consents.clone(),
                sees(
                    "employment",
                    "consent:3,5;referral:7",
                    &["identity", "language", "work"],
                ),
            ),
            (
                "open, no consent in force",
                true,
                Vec::new(),
                sees("employment", "referral:7", &[]),
            ),
            (
                "closed, consents still in force",
                false,
                two_consents,
                sees("employment", "referral:7", &[]),
            ),
        ];
        for (situation, open, covered, expected) in rows {
            assert_eq!(
                recipient_sees(7, "employment", open, &covered),
                expected,
                "{situation}"
            );
        }
    }

    fn task(organisation_id: i64, offered_to: Option<i64>, volunteer_id: Option<i64>) -> TaskFacts {
        TaskFacts {
            organisation_id,
            offered_to,
            volunteer_id,
        }
    }

    #[test]
    fn who_sees_a_volunteer_task() {
        let volunteer = || granted(VOLUNTEER_SUPPORT, "volunteer-network");
        let open_task = task(OUR_ORGANISATION, None, None);
        let rows = [
            (
                Volunteer,
                "offered to their network",
                Some(open_task.clone()),
                volunteer(),
            ),
            (
                Volunteer,
                "offered to them by name",
                Some(task(OUR_ORGANISATION, Some(ME), None)),
                volunteer(),
            ),
            (
                Volunteer,
                "accepted by them",
                Some(task(OUR_ORGANISATION, None, Some(ME))),
                volunteer(),
            ),
            (
                Volunteer,
                "offered to another volunteer by name",
                Some(task(OUR_ORGANISATION, Some(COLLEAGUE), None)),
                HIDDEN,
            ),
            (
                Volunteer,
                "accepted by another volunteer",
                Some(task(OUR_ORGANISATION, None, Some(COLLEAGUE))),
                HIDDEN,
            ),
            (
                Volunteer,
                "offered to another network",
                Some(task(OTHER_ORGANISATION, None, None)),
                HIDDEN,
            ),
            (
                CaseManager,
                "any task (from the case side, the case decides)",
                Some(open_task.clone()),
                FORBIDDEN,
            ),
            (PartnerStaff, "any task", Some(open_task.clone()), FORBIDDEN),
            (Coordinator, "any task", Some(open_task), FORBIDDEN),
            (Volunteer, "no such task", None, NO_SUCH_RECORD),
            (CaseManager, "no such task", None, NO_SUCH_RECORD),
        ];
        for (role, situation, facts, expected) in rows {
            assert_eq!(
                volunteer_task(&user(role), facts.as_ref()),
                expected,
                "{role:?}: {situation}"
            );
        }
    }

    #[test]
    fn what_a_volunteer_sees_of_a_tasks_client() {
        let rows = [
            (
                "name and language under one consent",
                covered(&[(4, "identity"), (4, "language")]),
                sees(
                    VOLUNTEER_SUPPORT,
                    "consent:4;volunteer-task:9",
                    &["identity", "language"],
                ),
                true,
            ),
            (
                "language only; work is never shown",
                covered(&[(4, "language"), (6, "work")]),
                sees(
                    VOLUNTEER_SUPPORT,
                    "consent:4;volunteer-task:9",
                    &["language"],
                ),
                false,
            ),
            (
                "no consent in force",
                Vec::new(),
                sees(VOLUNTEER_SUPPORT, "volunteer-task:9", &[]),
                false,
            ),
        ];
        for (situation, covered, expected, reads_task_text) in rows {
            let grounds = volunteer_sees(9, &covered);
            assert_eq!(grounds, expected, "{situation}");
            let categories = grounds.categories.unwrap_or_default();
            assert_eq!(
                may_read_task_text(&categories),
                reads_task_text,
                "task text: {situation}"
            );
        }
    }

    #[test]
    fn what_a_client_sees_in_the_portal() {
        let client = PortalClient {
            client_id: 7,
            first_name: "Olena".into(),
            language: None,
        };
        let data_subject = Decision::Grant(Grounds {
            purpose: CLIENT_PORTAL.into(),
            basis: "data-subject".into(),
            categories: None,
        });
        let rows = [
            (
                "access exists, not blocked",
                portal(Some(false)),
                data_subject,
            ),
            ("access blocked", portal(Some(true)), SIGNED_OUT),
            ("no access (withdrawn)", portal(None), SIGNED_OUT),
            (
                "names their own step or consent",
                portal_record(&client, Some(7)),
                ALLOWED,
            ),
            (
                "names another client's step or consent",
                portal_record(&client, Some(8)),
                HIDDEN,
            ),
            (
                "names a step or consent that does not exist",
                portal_record(&client, None),
                HIDDEN,
            ),
        ];
        for (situation, decision, expected) in rows {
            assert_eq!(decision, expected, "{situation}");
        }
    }
}
