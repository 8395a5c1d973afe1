//! Who may see what, measured: every server function that touches personal data is called
//! over HTTP, on the real router, as every role in every situation the policy distinguishes.
//! The result is a table (printed by `lotse access-matrix` into `docs/access-matrix.md`) and
//! is checked by a test against the policy as the issue states it, together with the audit
//! entry every allowed read and every refusal must leave.

use std::collections::BTreeMap;
use std::path::Path;

use app::models::ConsentCategory::{Identity, Language};
use app::models::ReferralStatus::{Accepted, Completed};
use app::models::{CurrentUser, NewClient, OrganisationType, StepStatus};
use app::server::casework::clients::ClientInput;
use app::server::casework::plans::{self, GoalInput, StepInput};
use app::server::infra::db::now_ms;
use app::server::network::consents::{self, ConsentInput};
use app::server::network::referrals::{self, ReferralInput, ResponseInput};
use app::server::testing::staff;
use app::server::volunteers::{self, TaskInput};
use app::server::{admin::accounts, casework::cases, casework::clients, portal, AppState, Db};
use tokio::net::TcpListener;

const PASSWORD: &str = "matrix-passwort-1";

/// The situations the policy tells apart: (key, description).
pub const SITUATIONS: &[(&str, &str)] = &[
    ("anonymous", "not signed in"),
    ("cm-owner", "case manager who owns the case"),
    ("cm-assigned", "case manager assigned to the case"),
    (
        "cm-colleague",
        "case manager of the same organisation, not assigned",
    ),
    ("cm-other-org", "case manager of another organisation"),
    (
        "partner-consent",
        "partner staff, open referral, active consent",
    ),
    (
        "partner-category-missing",
        "partner staff, open referral, consent lacks a shared category",
    ),
    (
        "partner-no-consent",
        "partner staff, open referral, no consent",
    ),
    (
        "partner-expired",
        "partner staff, open referral, consent expired",
    ),
    (
        "partner-revoked",
        "partner staff, open referral, consent revoked",
    ),
    ("partner-closed", "partner staff, referral completed"),
    (
        "partner-no-referral",
        "partner staff of an organisation without a referral",
    ),
    (
        "volunteer",
        "volunteer of the network a task for the client is offered to, with consent",
    ),
    ("volunteer-other-network", "volunteer of another network"),
    ("coordinator", "coordinator"),
    ("administrator", "administrator"),
    ("data-protection-officer", "data-protection officer"),
    ("client-self", "the client, signed in to the client portal"),
    (
        "client-other",
        "another client, signed in to the client portal, naming this client's records",
    ),
];

/// The client portal's PIN in the matrix world.
const PORTAL_PIN: &str = "246810";

/// What one situation acts on: the client, its case, a goal, a step and the referral.
#[derive(Debug, Clone, Default)]
pub struct Target {
    pub client_id: i64,
    pub case_id: i64,
    pub goal_id: i64,
    pub step_id: i64,
    pub referral_id: i64,
    pub task_id: i64,
    pub follow_up_id: i64,
}

/// The seeded world: a signed-in cookie (or none) and a target per situation.
pub struct World {
    pub db: Db,
    pub cookies: BTreeMap<&'static str, Option<String>>,
    pub actors: BTreeMap<&'static str, Option<i64>>,
    /// Client situations: the access code and the client signed in with it.
    pub portal: BTreeMap<&'static str, (String, i64)>,
    pub targets: BTreeMap<&'static str, Target>,
    owner: CurrentUser,
    partner_org: i64,
}

async fn user(db: &Db, email: &str, role: &str, organisation: &str) -> CurrentUser {
    let id = staff(db, email, role, organisation, PASSWORD).await;
    let kind = match role {
        "partner_staff" => Some(OrganisationType::CourseProvider),
        "volunteer" => Some(OrganisationType::VolunteerNetwork),
        _ => None,
    };
    if let Some(kind) = kind {
        sqlx::query(
            "UPDATE organisations SET organisation_type = $1
             WHERE id = (SELECT organisation_id FROM users WHERE id = $2)",
        )
        .bind(kind.as_str())
        .bind(id)
        .execute(&db.pool)
        .await
        .expect("organisation type");
    }
    accounts::user_by_email(db, email)
        .await
        .expect("read user")
        .expect("user exists")
}

fn today_plus(days: i64) -> String {
    (app::server::infra::input::today() + chrono::Duration::days(days)).to_string()
}

/// A client with a case in planning, a goal and a language-course step (owned by `owner`).
async fn case_with_plan(db: &Db, owner: &CurrentUser, name: &str) -> Target {
    let new = NewClient {
        given_names: name.into(),
        family_name: "Matrix".into(),
        preferred_language: "ara".into(),
        phone: "+49 221 000".into(),
        ..NewClient::default()
    };
    let client_id = clients::create(db, owner, &ClientInput::try_from(&new).unwrap())
        .await
        .expect("client");
    let case_id = cases::open(db, owner, client_id).await.expect("case");
    let goal = GoalInput {
        domain: "language".into(),
        level: "framework".into(),
        template: "reach-b1".into(),
        ..GoalInput::default()
    };
    let goal_id = plans::add_goal(db, owner, case_id, &goal)
        .await
        .expect("goal");
    let step = StepInput {
        service_type: "integration-course".into(),
        responsible_kind: "client".into(),
        due_date: today_plus(30),
        ..StepInput::default()
    };
    let step_id = plans::add_step(db, owner, goal_id, &step)
        .await
        .expect("step");
    Target {
        client_id,
        case_id,
        goal_id,
        step_id,
        referral_id: 0,
        task_id: 0,
        follow_up_id: 0,
    }
}

/// Seeds the world on `db`: organisations, one account per situation, and for each partner
/// situation its own client with a referral and the consent (or none) the situation names.
pub async fn seed(db: Db) -> World {
    let owner = user(&db, "owner@matrix.example", "case_manager", "Stadt Köln").await;
    let assigned = user(&db, "assigned@matrix.example", "case_manager", "Stadt Köln").await;
    let colleague = user(
        &db,
        "colleague@matrix.example",
        "case_manager",
        "Stadt Köln",
    )
    .await;
    let elsewhere = user(&db, "cm@bonn.example", "case_manager", "Stadt Bonn").await;
    let partner = user(&db, "kurs@matrix.example", "partner_staff", "Sprachschule").await;
    let other_partner = user(&db, "jc@matrix.example", "partner_staff", "Jobcenter").await;
    let volunteer = user(&db, "lotsin@matrix.example", "volunteer", "Lotsennetz").await;
    let other_volunteer = user(&db, "pate@matrix.example", "volunteer", "Patennetz").await;
    let coordinator = user(&db, "koord@matrix.example", "coordinator", "Stadt Köln").await;
    let admin = user(&db, "admin@matrix.example", "administrator", "Stadt Köln").await;
    let dpo = user(
        &db,
        "dsb@matrix.example",
        "data_protection_officer",
        "Stadt Köln",
    )
    .await;

    let consent = |categories: &[&str], from: i64, until: Option<i64>| ConsentInput {
        organisation_id: partner.organisation_id.to_string(),
        purpose: "language-course".into(),
        categories: categories.iter().map(|c| (*c).to_owned()).collect(),
        valid_from: today_plus(from),
        valid_until: until.map(today_plus).unwrap_or_default(),
        method: "signature".into(),
        ..ConsentInput::default()
    };
    let mut targets = BTreeMap::new();
    let shared = [Identity.as_str(), Language.as_str()];
    for (situation, consent_given) in [
        ("partner-consent", Some(consent(&shared, -10, None))),
        (
            "partner-category-missing",
            Some(consent(&[Identity.as_str()], -10, None)),
        ),
        ("partner-no-consent", None),
        ("partner-expired", Some(consent(&shared, -100, Some(-1)))),
        ("partner-revoked", Some(consent(&shared, -10, None))),
        ("partner-closed", Some(consent(&shared, -10, None))),
    ] {
        let mut target = case_with_plan(&db, &owner, situation).await;
        // The referral is sent while a consent covers it; the situation is made afterwards.
        let full = consents::record(&db, &owner, target.client_id, &consent(&shared, -10, None))
            .await
            .expect("consent for sending");
        let referral = ReferralInput {
            step_id: target.step_id.to_string(),
            organisation_id: partner.organisation_id.to_string(),
            purpose: "language-course".into(),
            message: "Bitte um einen Kursplatz.".into(),
            categories: shared.iter().map(|c| (*c).to_owned()).collect(),
            ..ReferralInput::default()
        };
        target.referral_id = referrals::send(&db, &owner, target.case_id, &referral)
            .await
            .expect("referral");
        consents::revoke(&db, &owner, full).await.expect("revoke");
        if let Some(given) = consent_given {
            // Expired consents are recorded as they were: valid from 100 to 1 days ago.
            let id = consents::record(&db, &owner, target.client_id, &given)
                .await
                .expect("situation consent");
            if situation == "partner-revoked" {
                consents::revoke(&db, &owner, id).await.expect("revoke");
            }
        }
        if situation == "partner-closed" {
            for (version, status, outcome) in
                [(1, Accepted, ""), (2, Completed, "service-provided")]
            {
                let answer = ResponseInput {
                    status: status.as_str().into(),
                    outcome: outcome.into(),
                    ..ResponseInput::default()
                };
                referrals::respond(&db, &partner, target.referral_id, version, &answer)
                    .await
                    .expect("answer");
            }
        }
        targets.insert(situation, target);
    }
    let mut main = targets["partner-consent"].clone();
    cases::assign(&db, &owner, main.case_id, assigned.id, true)
        .await
        .expect("assign");
    // A task for the main client, offered to the volunteer's network with consent, and a
    // follow-up task of its case.
    let volunteer_consent = ConsentInput {
        organisation_id: volunteer.organisation_id.to_string(),
        purpose: "volunteer-support".into(),
        categories: vec![Identity.as_str().into(), Language.as_str().into()],
        valid_from: today_plus(-1),
        method: "signature".into(),
        ..ConsentInput::default()
    };
    consents::record(&db, &owner, main.client_id, &volunteer_consent)
        .await
        .expect("volunteer consent");
    let task = TaskInput {
        kind: "accompany".into(),
        organisation_id: volunteer.organisation_id.to_string(),
        on_date: today_plus(2),
        place: "Ausländerbehörde".into(),
        ..TaskInput::default()
    };
    main.task_id = volunteers::create(&db, &owner, main.case_id, &task)
        .await
        .expect("task");
    main.follow_up_id = sqlx::query_scalar(
        "INSERT INTO follow_ups (case_id, assignee_id, kind, task_id, created_at)
         VALUES ($1, $2, 'volunteer-problem', $3, $4) RETURNING id",
    )
    .bind(main.case_id)
    .bind(owner.id)
    .bind(main.task_id)
    .bind(now_ms())
    .fetch_one(&db.pool)
    .await
    .expect("follow-up");
    // Every situation acts on this one task and follow-up.
    for target in targets.values_mut() {
        target.task_id = main.task_id;
        target.follow_up_id = main.follow_up_id;
    }
    // The main client and another client, each with portal access and a PIN.
    let mut portal_access = BTreeMap::new();
    for (situation, target) in [
        ("client-self", &main),
        ("client-other", &targets["partner-no-consent"]),
    ] {
        let letter = portal::issue_letter(&db, &owner, target.case_id, "http://matrix/portal")
            .await
            .expect("letter");
        let input = portal::SignInInput::parse(&letter.code, PORTAL_PIN, Some(PORTAL_PIN));
        portal::sign_in(&db, &input.expect("code"), None)
            .await
            .expect("portal PIN");
        portal_access.insert(situation, (letter.code, target.client_id));
    }
    let mut cookies = BTreeMap::new();
    let mut actors = BTreeMap::new();
    let signed: [(&'static str, Option<&CurrentUser>); 19] = [
        ("anonymous", None),
        ("cm-owner", Some(&owner)),
        ("cm-assigned", Some(&assigned)),
        ("cm-colleague", Some(&colleague)),
        ("cm-other-org", Some(&elsewhere)),
        ("partner-consent", Some(&partner)),
        ("partner-category-missing", Some(&partner)),
        ("partner-no-consent", Some(&partner)),
        ("partner-expired", Some(&partner)),
        ("partner-revoked", Some(&partner)),
        ("partner-closed", Some(&partner)),
        ("partner-no-referral", Some(&other_partner)),
        ("volunteer", Some(&volunteer)),
        ("volunteer-other-network", Some(&other_volunteer)),
        ("coordinator", Some(&coordinator)),
        ("administrator", Some(&admin)),
        ("data-protection-officer", Some(&dpo)),
        ("client-self", None),
        ("client-other", None),
    ];
    for (situation, actor) in signed {
        actors.insert(situation, actor.map(|a| a.id));
        cookies.insert(situation, actor.map(|a| a.email.clone()));
        targets.entry(situation).or_insert_with(|| main.clone());
    }
    World {
        db,
        cookies,
        actors,
        portal: portal_access,
        targets,
        owner,
        partner_org: partner.organisation_id,
    }
}

/// One server function and how to call it on a target. `fresh` makes a record the call
/// may consume (a household member, goal or consent to delete), so each call finds one.
pub struct Call {
    pub function: &'static str,
    /// Reads personal data (an allowed call must leave a read entry).
    pub reads: bool,
}

pub const CALLS: &[Call] = &[
    Call {
        function: "search_clients",
        reads: true,
    },
    Call {
        function: "create_client",
        reads: false,
    },
    Call {
        function: "load_possible_duplicates",
        reads: true,
    },
    Call {
        function: "load_dashboard",
        reads: true,
    },
    Call {
        function: "load_client",
        reads: true,
    },
    Call {
        function: "update_client",
        reads: false,
    },
    Call {
        function: "add_household_member",
        reads: false,
    },
    Call {
        function: "remove_household_member",
        reads: false,
    },
    Call {
        function: "save_residence",
        reads: false,
    },
    Call {
        function: "add_note",
        reads: false,
    },
    Call {
        function: "open_case",
        reads: false,
    },
    Call {
        function: "load_case",
        reads: true,
    },
    Call {
        function: "assign_case",
        reads: false,
    },
    Call {
        function: "change_phase",
        reads: false,
    },
    Call {
        function: "record_consent",
        reads: false,
    },
    Call {
        function: "save_assessment",
        reads: false,
    },
    Call {
        function: "save_facts",
        reads: false,
    },
    Call {
        function: "load_plan",
        reads: true,
    },
    Call {
        function: "load_plan_version",
        reads: true,
    },
    Call {
        function: "compare_plan",
        reads: true,
    },
    Call {
        function: "add_goal",
        reads: false,
    },
    Call {
        function: "update_goal",
        reads: false,
    },
    Call {
        function: "remove_goal",
        reads: false,
    },
    Call {
        function: "set_goal_status",
        reads: false,
    },
    Call {
        function: "add_step",
        reads: false,
    },
    Call {
        function: "update_step",
        reads: false,
    },
    Call {
        function: "set_step_status",
        reads: false,
    },
    Call {
        function: "agree_plan",
        reads: false,
    },
    Call {
        function: "add_appointment",
        reads: false,
    },
    Call {
        function: "load_network",
        reads: true,
    },
    Call {
        function: "record_share_consent",
        reads: false,
    },
    Call {
        function: "revoke_consent",
        reads: false,
    },
    Call {
        function: "load_consent_form",
        reads: true,
    },
    Call {
        function: "send_referral",
        reads: false,
    },
    Call {
        function: "load_referral",
        reads: true,
    },
    Call {
        function: "respond_referral",
        reads: false,
    },
    Call {
        function: "referral_message",
        reads: false,
    },
    Call {
        function: "renew_external_link",
        reads: false,
    },
    Call {
        function: "withdraw_external_link",
        reads: false,
    },
    Call {
        function: "load_external",
        reads: false,
    },
    Call {
        function: "send_external_code",
        reads: false,
    },
    Call {
        function: "verify_external_code",
        reads: false,
    },
    Call {
        function: "answer_external",
        reads: false,
    },
    Call {
        function: "external_message",
        reads: false,
    },
    Call {
        function: "load_inbox",
        reads: true,
    },
    Call {
        function: "load_case_volunteers",
        reads: true,
    },
    Call {
        function: "create_volunteer_task",
        reads: false,
    },
    Call {
        function: "complete_follow_up",
        reads: false,
    },
    Call {
        function: "load_volunteer_tasks",
        reads: true,
    },
    Call {
        function: "volunteer_task_action",
        reads: false,
    },
    Call {
        function: "cancel_volunteer_task",
        reads: false,
    },
    Call {
        function: "load_case_issues",
        reads: true,
    },
    Call {
        function: "flag_structural_issue",
        reads: false,
    },
    Call {
        function: "load_portal_plan",
        reads: true,
    },
    Call {
        function: "load_portal_appointments",
        reads: true,
    },
    Call {
        function: "load_portal_referrals",
        reads: true,
    },
    Call {
        function: "load_portal_consents",
        reads: true,
    },
    Call {
        function: "load_portal_access_log",
        reads: true,
    },
    Call {
        function: "load_portal_corrections",
        reads: true,
    },
    Call {
        function: "portal_mark_step_done",
        reads: false,
    },
    Call {
        function: "portal_revoke_consent",
        reads: false,
    },
    Call {
        function: "portal_request_correction",
        reads: false,
    },
    Call {
        function: "load_portal_erasure",
        reads: true,
    },
    Call {
        function: "portal_request_erasure",
        reads: false,
    },
    Call {
        function: "portal_set_reminders",
        reads: false,
    },
    Call {
        function: "load_case_portal",
        reads: true,
    },
    Call {
        function: "save_portal_translation",
        reads: false,
    },
    // Last: a new letter ends the client's portal sessions.
    Call {
        function: "set_portal_blocked",
        reads: false,
    },
    Call {
        function: "issue_portal_letter",
        reads: false,
    },
    Call {
        function: "place_hold",
        reads: false,
    },
    Call {
        function: "end_hold",
        reads: false,
    },
    Call {
        function: "load_holds",
        reads: true,
    },
    Call {
        function: "place_hold_by_number",
        reads: false,
    },
    Call {
        function: "record_erasure_request",
        reads: false,
    },
    Call {
        function: "refuse_erasure",
        reads: false,
    },
    Call {
        function: "erase_client",
        reads: false,
    },
    Call {
        function: "load_erasure_requests",
        reads: true,
    },
    Call {
        function: "load_merge_candidates",
        reads: true,
    },
    Call {
        function: "load_merge",
        reads: true,
    },
    Call {
        function: "merge_clients",
        reads: false,
    },
    Call {
        function: "load_caseload_handover",
        reads: true,
    },
    Call {
        function: "hand_over_cases",
        reads: false,
    },
    // Sign-in security: each user's own sessions and second factor, administrators' overview.
    // (Ending one's other sessions is left out: the partner situations share one account.)
    Call {
        function: "load_my_sessions",
        reads: false,
    },
    Call {
        function: "load_second_factor",
        reads: false,
    },
    Call {
        function: "begin_app_setup",
        reads: false,
    },
    Call {
        function: "cancel_app_setup",
        reads: false,
    },
    Call {
        function: "verify_second_factor",
        reads: false,
    },
    Call {
        function: "load_second_step",
        reads: false,
    },
    Call {
        function: "begin_passkey_sign_in",
        reads: false,
    },
    Call {
        function: "finish_passkey_sign_in",
        reads: false,
    },
    Call {
        function: "begin_passkey_registration",
        reads: false,
    },
    Call {
        function: "finish_passkey_registration",
        reads: false,
    },
    Call {
        function: "remove_passkey",
        reads: false,
    },
    Call {
        function: "load_second_factors",
        reads: true,
    },
    Call {
        function: "require_second_factor",
        reads: false,
    },
    Call {
        function: "reset_second_factor",
        reads: false,
    },
    // Single sign-on: the sign-in page's choices (public), administrators' configuration.
    Call {
        function: "load_sign_in_choices",
        reads: false,
    },
    Call {
        function: "load_sign_in_providers",
        reads: true,
    },
    Call {
        function: "load_outbox",
        reads: true,
    },
    Call {
        function: "load_mail_preferences",
        reads: false,
    },
    Call {
        function: "save_mail_preferences",
        reads: false,
    },
    Call {
        function: "save_sign_in_provider",
        reads: false,
    },
    Call {
        function: "remove_sign_in_provider",
        reads: false,
    },
    Call {
        function: "load_audit_log",
        reads: true,
    },
    Call {
        function: "verify_audit_log",
        reads: true,
    },
];

fn next_key() -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static KEYS: AtomicU32 = AtomicU32::new(0);
    KEYS.fetch_add(1, Ordering::Relaxed)
}

/// A fresh client of the owner's, whose case the assigned case manager is assigned to.
async fn another_record(world: &World) -> i64 {
    let new = NewClient {
        given_names: "Zweite".into(),
        family_name: "Matrix".into(),
        ..NewClient::default()
    };
    let owner = &world.owner;
    let client = clients::create(&world.db, owner, &ClientInput::try_from(&new).unwrap())
        .await
        .expect("second record");
    let case = cases::open(&world.db, owner, client).await.expect("case");
    let assigned = world.actors["cm-assigned"].expect("assigned case manager");
    cases::assign(&world.db, owner, case, assigned, true)
        .await
        .expect("assign");
    client
}

/// The form a call sends for a target; records a call consumes are made fresh here.
async fn form(world: &World, function: &str, t: &Target) -> String {
    let db = &world.db;
    let (client, case, goal, step, referral) =
        (t.client_id, t.case_id, t.goal_id, t.step_id, t.referral_id);
    let goal_fields =
        "domain=language&level=framework&template=reach-b1&client_words=&plain_wording=\
                       &success_criterion=&start_date=&target_date=";
    let step_fields = "service_type=integration-course&detail=&responsible_kind=client\
                       &responsible_organisation_id=&due_date=";
    let categories = "cat_identity=on&cat_language=on";
    match function {
        "search_clients" => "text=Matrix&birth_year=&page=1".into(),
        "load_possible_duplicates" => format!("numbers={client}"),
        "create_client" => "given_names=Neu&family_name=Matrix&given_names_latin=&family_name_latin=\
            &birth_year=&birth_month=&birth_day=&preferred_language=&interpreter_language=&phone=\
            &email=&street=&postal_code=&city="
            .into(),
        "load_dashboard" | "load_inbox" | "verify_audit_log" | "load_holds"
        | "load_erasure_requests" => String::new(),
        "record_erasure_request" => format!("client_id={client}"),
        // A fresh open request each: without a reason (refusing) or the ticked box (erasing),
        // an allowed caller gets the validation error and the matrix client stays.
        "refuse_erasure" | "erase_client" => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO erasure_requests (client_id, organisation_id, requested_at)
                 SELECT id, organisation_id, $2 FROM clients WHERE id = $1 RETURNING id",
            )
            .bind(client)
            .bind(now_ms())
            .fetch_one(&db.pool)
            .await
            .expect("open erasure request");
            if function == "refuse_erasure" {
                format!("request_id={id}&refusal=")
            } else {
                format!("request_id={id}")
            }
        }
        "load_client" | "open_case" => format!("client_id={client}"),
        "load_merge_candidates" => format!("client_id={client}&text="),
        // A second record of the owner's, with a case the assigned case manager is assigned
        // to too: whoever may work on the target may work on it. Without choosing which
        // record stays, an allowed caller gets the validation error and nothing is merged.
        "load_merge" | "merge_clients" => {
            let other = another_record(world).await;
            if function == "load_merge" {
                format!("client_id={client}&other_id={other}")
            } else {
                format!("client_id={client}&other_id={other}&version=1&other_version=1&keep=")
            }
        }
        // The owner's caseload. Without a colleague chosen: an allowed caller gets the
        // validation error and no case moves.
        "load_caseload_handover" => format!("user_id={}", world.owner.id),
        "load_my_sessions" | "load_second_factor" | "begin_app_setup"
        | "cancel_app_setup" | "load_second_factors" | "load_sign_in_choices"
        | "load_sign_in_providers" | "load_mail_preferences" => String::new(),
        "load_outbox" => "page=1".into(),
        // The language only: every staff member may save it, and nothing else changes.
        "save_mail_preferences" => "language=de".into(),
        // Without an issuer: an allowed caller gets the validation error, nothing is saved
        // and no provider is asked.
        "save_sign_in_provider" => format!(
            "organisation_id={}&issuer=&client_id=lotse",
            world.owner.organisation_id
        ),
        // A provider that is switched off (the organisation's staff keep their passwords):
        // an allowed caller removes it, and it is there again for the next caller.
        "remove_sign_in_provider" => {
            let organisation_id = world.owner.organisation_id;
            sqlx::query(
                "INSERT INTO sign_in_providers (organisation_id, issuer, client_id, client_secret,
                                                enabled, updated_at)
                 VALUES ($1, 'https://login.matrix.example', 'lotse', 'geheim', 0, 0)
                 ON CONFLICT (organisation_id) DO NOTHING",
            )
            .bind(organisation_id)
            .execute(&db.pool)
            .await
            .expect("a provider to remove");
            format!("organisation_id={organisation_id}")
        }
        "verify_second_factor" => "code=123456".into(),
        "load_second_step" | "begin_passkey_sign_in" => String::new(),
        "finish_passkey_sign_in" => "credential={}".into(),
        // Without a name: an allowed caller gets the validation error, no challenge is kept.
        "begin_passkey_registration" => "name=".into(),
        // No registration under way: an allowed caller gets the validation error.
        "finish_passkey_registration" => "name=Laptop&credential={}".into(),
        // One's own passkeys only: a passkey nobody has is not found, for anyone.
        "remove_passkey" => "passkey=0".into(),
        // Waiving leaves every session as it is (requiring would end password-only ones).
        "require_second_factor" => {
            format!("organisation_id={}&required=false", world.owner.organisation_id)
        }
        // A fresh account each time: resetting ends its sessions.
        "reset_second_factor" => {
            let email = format!("zuruecksetzen{}@matrix.example", next_key());
            let id = staff(db, &email, "case_manager", "Stadt Köln", PASSWORD).await;
            format!("user_id={id}")
        }
        "hand_over_cases" => format!("user_id={}&to_user_id=&case_{case}=on", world.owner.id),
        // Version 0 is stale: an allowed caller gets a conflict, nothing changes.
        "update_client" => format!(
            "client_id={client}&version=0&given_names=X&family_name=Matrix&given_names_latin=\
             &family_name_latin=&birth_year=&birth_month=&birth_day=&preferred_language=\
             &interpreter_language=&phone=&email=&street=&postal_code=&city="
        ),
        "add_household_member" => {
            format!("client_id={client}&member_name=Kind&member_relation=child&member_birth_year=")
        }
        "remove_household_member" => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO household_members (client_id, name, relation, created_at)
                 VALUES ($1, 'Zu löschen', 'other', $2) RETURNING id",
            )
            .bind(client)
            .bind(now_ms())
            .fetch_one(&db.pool)
            .await
            .expect("member");
            format!("member_id={id}")
        }
        "save_residence" => format!(
            "client_id={client}&version=99&residence_status=&valid_until=&benefit_regime="
        ),
        "add_note" => format!("client_id={client}&compartment=health&note_body=Notiz"),
        "load_case" | "load_plan" => format!("case_id={case}"),
        "load_network" => format!("case_id={case}&any_type=false"),
        "assign_case" => format!("case_id={case}&user_id=0&assigned=true"),
        "change_phase" => format!("case_id={case}&version=0&to_phase=intake"),
        "record_consent" => format!(
            "case_id={case}&given_on=2026-01-01&method=signature&interpreter_language="
        ),
        "save_assessment" => format!(
            "case_id={case}&domain=language&version=99&needs=&resources=&client_goals="
        ),
        "save_facts" => format!(
            "case_id={case}&version=99&language_level=&literacy=&schooling=&qualifications=\
             &work_experience=&housing_situation=&health_insurance="
        ),
        "load_plan_version" => format!("case_id={case}&number=1"),
        "compare_plan" => format!("case_id={case}&from=1&to="),
        "add_goal" => format!("case_id={case}&{goal_fields}"),
        "update_goal" => format!("goal_id={goal}&version=0&{goal_fields}"),
        "remove_goal" => {
            let fresh = plans::add_goal(
                db,
                &world.owner,
                case,
                &GoalInput {
                    domain: "housing".into(),
                    level: "framework".into(),
                    template: "own-flat".into(),
                    ..GoalInput::default()
                },
            )
            .await
            .expect("goal to remove");
            format!("goal_id={fresh}")
        }
        "set_goal_status" => format!("goal_id={goal}&version=0&goal_status=achieved&status_reason="),
        "add_step" => format!("goal_id={goal}&{step_fields}"),
        "update_step" => format!("step_id={step}&version=0&{step_fields}"),
        "set_step_status" => {
            format!("step_id={step}&version=0&step_status=eligible&status_note=&appeal_deadline=")
        }
        "agree_plan" => format!(
            "case_id={case}&agreed_on=&agreed_how=signature&interpreter_language=&review_due="
        ),
        "add_appointment" => format!(
            "case_id={case}&step_id=&on_date={}&at_time=&place=Amt&organisation_id=&appointment_note=",
            today_plus(3)
        ),
        "record_share_consent" => format!(
            "client_id={client}&organisation_id={}&purpose=counselling&{categories}&entrusted_by=\
             &valid_from={}&valid_until=&method=signature&interpreter_language=",
            world.partner_org,
            today_plus(0)
        ),
        "revoke_consent" | "load_consent_form" => {
            let fresh = consents::record(
                db,
                &world.owner,
                client,
                &ConsentInput {
                    organisation_id: world.partner_org.to_string(),
                    purpose: "counselling".into(),
                    categories: vec![Identity.as_str().into()],
                    valid_from: today_plus(0),
                    method: "signature".into(),
                    ..ConsentInput::default()
                },
            )
            .await
            .expect("consent");
            format!("consent_id={fresh}")
        }
        // No message: an allowed caller gets 422 and nothing is sent.
        "send_referral" => format!(
            "case_id={case}&step_id=&organisation_id={}&offer_id=&purpose=language-course&message=\
             &{categories}&response_due=",
            world.partner_org
        ),
        "load_referral" => format!("referral_id={referral}"),
        "respond_referral" => format!(
            "referral_id={referral}&version=0&status=accepted&decline_reason=&outcome=&seat=\
             &starts_on=&note="
        ),
        "referral_message" => format!("referral_id={referral}&note=Frage"),
        // The matrix referral goes to an organisation with accounts: it has no link, so an
        // allowed caller gets the validation error.
        "renew_external_link" | "withdraw_external_link" => format!("referral_id={referral}"),
        // A link nobody was sent: whoever calls, signed in or not, learns nothing.
        "load_external" | "send_external_code" => format!("token={}", "0".repeat(64)),
        "verify_external_code" => format!("token={}&code=123456", "0".repeat(64)),
        "answer_external" => format!(
            "token={}&version=1&status=accepted&decline_reason=&outcome=&seat=&starts_on=&note=",
            "0".repeat(64)
        ),
        "external_message" => format!("token={}&note=Frage", "0".repeat(64)),
        "load_case_volunteers" => format!("case_id={case}"),
        // No kind: an allowed caller gets 422 and nothing is offered.
        "create_volunteer_task" => format!(
            "case_id={case}&kind=&organisation_id=&offered_to=&step_id=&appointment_id=\
             &on_date=&at_time=&place=&bring=&task_note="
        ),
        "complete_follow_up" => format!("follow_up_id={}", t.follow_up_id),
        "load_volunteer_tasks" => String::new(),
        // Each call its own key; the first allowed one accepts the task.
        "volunteer_task_action" => format!(
            "action_key=matrix-{}&task_id={}&action=accept&report=&problem=false",
            now_ms() + i64::from(next_key()),
            t.task_id
        ),
        "cancel_volunteer_task" => format!("task_id={}", t.task_id),
        "load_case_issues" => format!("case_id={case}"),
        // No life domain: an allowed caller gets 422 and nothing is flagged.
        // Without a last day: an allowed caller gets the validation error, no hold is put on
        // (a hold would hide the client from the partners and volunteers of later calls).
        "place_hold" => format!(
            "client_id={client}&hold_reason=ongoing-procedure&hold_until=&hold_note="
        ),
        "place_hold_by_number" => format!(
            "client_number={client}&hold_reason=ongoing-procedure&hold_until=&hold_note="
        ),
        // A hold already ended: an allowed caller ends it again, which changes nothing.
        "end_hold" => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO client_holds
                     (client_id, reason, until, placed_by, placed_at, ended_by, ended_at)
                 VALUES ($1, 'client-request', '2099-12-31', $2, $3, $2, $3) RETURNING id",
            )
            .bind(client)
            .bind(world.owner.id)
            .bind(now_ms())
            .fetch_one(&db.pool)
            .await
            .expect("ended hold");
            format!("hold_id={id}")
        }
        "flag_structural_issue" => format!(
            "case_id={case}&domain=&district=&description=Keine+Kinderbetreuung&cases_affected=3\
             &organisation_1="
        ),
        "load_audit_log" => "filter[page]=0&filter[actor]=&filter[action]=&filter[from_date]=\
            &filter[until_date]=&filter[denied_only]=false"
            .into(),
        "load_portal_plan"
        | "load_portal_appointments"
        | "load_portal_referrals"
        | "load_portal_consents"
        | "load_portal_access_log"
        | "load_portal_corrections"
        | "load_portal_erasure"
        | "portal_request_erasure" => String::new(),
        // Switching reminders off: allowed, and nothing is sent.
        "portal_set_reminders" => "on=0".into(),
        // A fresh step of the client's own, for the client to mark done.
        "portal_mark_step_done" => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO steps (goal_id, case_id, service_type, detail, responsible_kind, status,
                     status_changed_at, created_by, created_at, updated_at)
                 VALUES ($1, $2, 'dtz-exam', '', 'client', $5, $3, $4, $3, $3) RETURNING id",
            )
            .bind(goal)
            .bind(case)
            .bind(now_ms())
            .bind(world.owner.id)
            .bind(StepStatus::Planned.as_str())
            .fetch_one(&db.pool)
            .await
            .expect("fresh step");
            format!("step_id={id}")
        }
        // A fresh consent of the client's, for the client to revoke.
        "portal_revoke_consent" => {
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO consents (client_id, organisation_id, purpose, valid_from, method,
                     recorded_by, recorded_at)
                 VALUES ($1, $2, 'counselling', '2026-01-01', 'signature', $3, $4) RETURNING id",
            )
            .bind(client)
            .bind(world.partner_org)
            .bind(world.owner.id)
            .bind(now_ms())
            .fetch_one(&db.pool)
            .await
            .expect("fresh consent");
            format!("consent_id={id}")
        }
        "portal_request_correction" => "topic=other&message=Matrix".into(),
        "load_case_portal" | "issue_portal_letter" => format!("case_id={case}"),
        "set_portal_blocked" => format!("case_id={case}&blocked=false"),
        "save_portal_translation" => {
            sqlx::query("UPDATE goals SET plain_wording = 'Deutsch lernen' WHERE id = $1")
                .bind(goal)
                .execute(&db.pool)
                .await
                .expect("goal wording");
            format!(
            "case_id={case}&record=goal:{goal}&field=plain_wording&language=ar&translation=Matrix"
            )
        }
        other => panic!("no form for {other}"),
    }
}

/// One cell: the answer's status and, for a referral page, which client data came with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub status: u16,
    pub detail: Option<String>,
    /// Audit entries (allowed, refused) this call added for the actor.
    pub audited: (i64, i64),
}

impl Cell {
    /// The policy let the call through: success, a conflict or a validation error.
    pub fn allowed(&self) -> bool {
        matches!(self.status, 200..=299 | 409 | 422)
    }

    /// The cell as the document shows it.
    pub fn text(&self) -> String {
        let verdict = if self.allowed() {
            "allow".to_owned()
        } else {
            self.status.to_string()
        };
        match &self.detail {
            Some(detail) => format!("{verdict}: {detail}"),
            None => verdict,
        }
    }
}

pub type Matrix = BTreeMap<(&'static str, &'static str), Cell>;

async fn audit_counts(db: &Db, actor: Option<i64>) -> (i64, i64) {
    let Some(actor) = actor else { return (0, 0) };
    sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN allowed = 1 THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN allowed = 0 THEN 1 ELSE 0 END), 0)
         FROM audit_log WHERE actor_id = $1",
    )
    .bind(actor)
    .fetch_one(&db.pool)
    .await
    .expect("audit counts")
}

/// Signs in through `function` and returns the `Cookie` value of the session it set.
async fn signed_in(
    http: &reqwest::Client,
    base: &str,
    function: &str,
    form: String,
    cookie: &str,
) -> String {
    let response = http
        .post(format!("{base}/api/{function}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .header("accept", "application/json")
        .body(form)
        .send()
        .await
        .expect("sign in");
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{cookie}=")))
        .map(|v| v.split(';').next().unwrap_or_default().to_owned())
        .expect("session cookie")
}

/// Audit entries (allowed, refused) of a staff actor, or of a client acting in the portal.
async fn counts(db: &Db, actor: Option<i64>, client: Option<i64>) -> (i64, i64) {
    let Some(client) = client else {
        return audit_counts(db, actor).await;
    };
    sqlx::query_as(
        "SELECT COALESCE(SUM(CASE WHEN allowed = 1 THEN 1 ELSE 0 END), 0),
                COALESCE(SUM(CASE WHEN allowed = 0 THEN 1 ELSE 0 END), 0)
         FROM audit_log WHERE actor_role = 'client'
           AND subject IN (SELECT subject FROM client_subjects WHERE client_id = $1)",
    )
    .bind(client)
    .fetch_one(&db.pool)
    .await
    .expect("client audit counts")
}

/// Serves the world's database on a free port and calls every function in every situation.
pub async fn run(world: &World) -> Matrix {
    let state = AppState {
        db: world.db.clone(),
        settings: Default::default(),
        demo: false,
    };
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("free port");
    let addr = listener.local_addr().expect("address");
    let options = crate::startup::leptos_options(Path::new("target/site"), addr);
    tokio::spawn(crate::startup::serve(
        listener,
        crate::startup::router(state, options),
    ));
    let http = reqwest::Client::new();
    let base = format!("http://{addr}");
    let mut sessions = BTreeMap::new();
    for (situation, email) in &world.cookies {
        let Some(email) = email else { continue };
        let form = format!("email={email}&password={PASSWORD}");
        let cookie = signed_in(&http, &base, "sign_in", form, "lotse_session").await;
        sessions.insert(*situation, cookie);
    }
    for (situation, (code, _)) in &world.portal {
        let form = format!("code={code}&pin={PORTAL_PIN}");
        let cookie = signed_in(&http, &base, "portal_sign_in", form, "lotse_portal").await;
        sessions.insert(*situation, cookie);
    }
    let mut matrix = Matrix::new();
    for call in CALLS {
        for (situation, _) in SITUATIONS {
            let target = &world.targets[situation];
            let body = form(world, call.function, target).await;
            let actor = world.actors[situation];
            let client = world.portal.get(situation).map(|p| p.1);
            let before = counts(&world.db, actor, client).await;
            let mut request = http
                .post(format!("{base}/api/{}", call.function))
                .header("content-type", "application/x-www-form-urlencoded")
                .header("accept", "application/json")
                .body(body);
            if let Some(cookie) = sessions.get(situation) {
                request = request.header("cookie", cookie);
            }
            let response = request.send().await.expect("call");
            let status = response.status().as_u16();
            let text = response.text().await.unwrap_or_default();
            let after = counts(&world.db, actor, client).await;
            let detail = if call.function == "load_volunteer_tasks" && status == 200 {
                let list: app::models::VolunteerTaskList =
                    serde_json::from_str(&text).expect("volunteer tasks JSON");
                Some(volunteer_detail(&list))
            } else {
                None
            };
            let detail = detail.or_else(|| {
                (call.function == "load_portal_plan" && status == 200).then(|| {
                    let plan: app::models::PortalPlan =
                        serde_json::from_str(&text).expect("portal plan JSON");
                    if plan.goals.iter().any(|g| g.id == target.goal_id) {
                        "this client's plan".to_owned()
                    } else {
                        "own plan only".to_owned()
                    }
                })
            });
            let detail = detail.or_else(|| {
                (call.function == "load_referral" && status == 200).then(|| {
                    let page: app::models::ReferralPage =
                        serde_json::from_str(&text).expect("referral page JSON");
                    let shown: Vec<String> =
                        page.shared.iter().map(|s| s.category.clone()).collect();
                    if page.sender {
                        "sender".to_owned()
                    } else if shown.is_empty() {
                        "no client data".to_owned()
                    } else {
                        shown.join(" + ")
                    }
                })
            });
            matrix.insert(
                (call.function, *situation),
                Cell {
                    status,
                    detail,
                    audited: (after.0 - before.0, after.1 - before.1),
                },
            );
        }
    }
    matrix
}

/// Which client data came with a volunteer's task list.
fn volunteer_detail(list: &app::models::VolunteerTaskList) -> String {
    let mut shown = Vec::new();
    for task in &list.tasks {
        for (field, present) in [
            ("first name", task.client_first_name.is_some()),
            ("phone", task.client_phone.is_some()),
            ("language", task.client_language.is_some()),
        ] {
            if present && !shown.contains(&field) {
                shown.push(field);
            }
        }
    }
    match (list.tasks.len(), shown.is_empty()) {
        (0, _) => "no tasks".to_owned(),
        (_, true) => "tasks, no client data".to_owned(),
        _ => shown.join(" + "),
    }
}

/// The matrix as a Markdown document: one table per group of situations, so it stays readable.
pub fn document(matrix: &Matrix) -> String {
    let mut out = String::from(
        "# Who may see what\n\n\
         Generated by `lotse access-matrix` from calls over HTTP to every server function that \
         touches personal data, as every role in every situation the access policy \
         (`app/src/server/policy/rules.rs`) distinguishes. `allow` means the policy let the call through \
         (the answer may still be a validation error or a conflict); 401, 403 and 404 are \
         refusals. For a referral page the cell names the client data the recipient was sent; \
         for the client portal's plan, whose plan came back. \
         Every allowed read and every refusal of a signed-in user wrote an audit entry. \
         `make access-matrix` regenerates this file; a test fails when it is out of date. \
         The functions behind a link for a partner without an account (`load_external`, \
         `send_external_code`, `verify_external_code`, `answer_external`, `external_message`) \
         answer anyone: the link and the one-time code from its second mail decide, not a \
         session; called with a link nobody was sent, as here, they show nothing \
         (`app/tests/domain/external.rs` tests the link itself).\n\n## Situations\n\n",
    );
    for (key, description) in SITUATIONS {
        out.push_str(&format!("- **{key}**: {description}\n"));
    }
    for group in SITUATIONS.chunks(6) {
        out.push_str("\n| server function |");
        for (key, _) in group {
            out.push_str(&format!(" {key} |"));
        }
        out.push_str("\n|---|");
        for _ in group {
            out.push_str("---|");
        }
        out.push('\n');
        for call in CALLS {
            out.push_str(&format!("| `{}` |", call.function));
            for (key, _) in group {
                out.push_str(&format!(" {} |", matrix[&(call.function, *key)].text()));
            }
            out.push('\n');
        }
    }
    out
}

/// Builds the world on a temporary SQLite database and returns the document.
pub async fn generate() -> String {
    let db = app::server::testing::sqlite().await;
    let world = seed(db).await;
    document(&run(&world).await)
}
