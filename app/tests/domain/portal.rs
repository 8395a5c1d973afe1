//! The client portal on SQLite and on PostgreSQL: a letter's code and a PIN sign a client in
//! (throttled, reissue invalidates, blocking ends access); a client sees and acts on their own
//! data only; marking a step done, revoking a consent and asking for a correction tell the
//! case manager; "who saw my data" shows a partner's reads; the download holds the plan and
//! no internal notes.

use std::time::Duration;

use app::error::AppError;
use app::models::{
    ClientQuery, CorrectionForm, CurrentUser, NewClient, OrganisationType, PartialDate,
    PortalClient, PortalSignInOutcome, TranslationForm,
};
use app::on_both_backends;
use app::server::casework::plans::{self, GoalInput, StepInput};
use app::server::infra::context::SessionSettings;
use app::server::network::consents;
use app::server::network::referrals::{self, ReferralInput};
use app::server::portal::{CorrectionRequest, SignInInput, TranslationInput};
use app::server::testing::{day, invalid, user};
use app::server::{casework::cases, casework::clients, casework::dashboard, portal, Db};

use crate::helpers::{case_manager, colleague, consent_to, course_provider, register, settings};

struct Client {
    id: i64,
    case_id: i64,
    step_id: i64,
    goal_id: i64,
}

/// A client with a case, a goal in plain words and a step the client is responsible for.
async fn client(db: &Db, cm: &CurrentUser, name: &str, language: &str) -> Client {
    let new = NewClient {
        given_names: name.into(),
        family_name: "Portal".into(),
        preferred_language: language.into(),
        phone: "+49 221 1234".into(),
        ..NewClient::default()
    };
    let id = register(db, cm, &new).await;
    clients::add_note(db, cm, id, "health", "Vertrauliche Notiz", "")
        .await
        .unwrap();
    let case_id = cases::open(db, cm, id).await.unwrap();
    let goal_id = plans::add_goal(
        db,
        cm,
        case_id,
        &GoalInput {
            domain: "language".into(),
            level: "framework".into(),
            plain_wording: format!("{name} lernt Deutsch bis B1"),
            ..GoalInput::default()
        },
    )
    .await
    .unwrap();
    let step_id = plans::add_step(
        db,
        cm,
        goal_id,
        &StepInput {
            service_type: "dtz-exam".into(),
            detail: "Anmeldung zur Prüfung abgeben".into(),
            responsible_kind: "client".into(),
            due_date: day(20),
            ..StepInput::default()
        },
    )
    .await
    .unwrap();
    Client {
        id,
        case_id,
        step_id,
        goal_id,
    }
}

/// The Portal tab's form translating a goal's plain wording into Arabic.
fn translation(goal_id: i64, text: &str) -> TranslationInput {
    TranslationInput::try_from(&TranslationForm {
        record: format!("goal:{goal_id}"),
        field: "plain_wording".into(),
        language: "ar".into(),
        translation: text.into(),
    })
    .unwrap()
}

/// A correction request as the portal's form sends it.
fn correction(topic: &str, message: &str) -> Result<CorrectionRequest, AppError> {
    CorrectionRequest::try_from(&CorrectionForm {
        topic: topic.into(),
        message: message.into(),
    })
}

/// Signs in as the portal's form does, from no particular address.
async fn sign_in(
    db: &Db,
    code: &str,
    pin: &str,
    pin_repeat: Option<&str>,
) -> Result<(PortalSignInOutcome, Option<String>), AppError> {
    portal::sign_in(db, &SignInInput::parse(code, pin, pin_repeat)?, None).await
}

async fn signed_in(db: &Db, code: &str, pin: &str) -> PortalClient {
    let (outcome, token) = sign_in(db, code, pin, None).await.unwrap();
    assert!(matches!(outcome, PortalSignInOutcome::SignedIn { .. }));
    portal::resume(db, &settings(), &token.unwrap())
        .await
        .unwrap()
        .expect("client session")
}

async fn access_codes_pins_reissue_and_blocking(db: Db) {
    let cm = case_manager(&db).await;
    let amira = client(&db, &cm, "Amira", "ara").await;
    let letter = portal::issue_letter(&db, &cm, amira.case_id, "https://lotse.example/portal")
        .await
        .unwrap();
    assert_eq!(letter.language, "ar");
    assert!(letter.qr_svg.starts_with("<svg") && letter.qr_svg.ends_with("</svg>"));
    assert_eq!(
        letter.code.len(),
        14,
        "three groups of four: {}",
        letter.code
    );

    // An unknown code is refused; the right one (typed loosely) asks for a PIN first.
    assert_eq!(
        invalid(sign_in(&db, "NOPE-NOPE", "", None).await),
        ("pin".into(), "error-portal-credentials".into())
    );
    let typed = letter.code.to_lowercase().replace('-', " ");
    let (outcome, token) = sign_in(&db, &typed, "", None).await.unwrap();
    assert_eq!((outcome, token), (PortalSignInOutcome::ChoosePin, None));
    for (pin, repeat, field, message) in [
        ("1234", "1234", "pin", "error-portal-pin-short"),
        ("123456", "123456", "pin", "error-portal-pin-simple"),
        ("999999", "999999", "pin", "error-portal-pin-simple"),
        ("kurz satz", "kurz satz", "pin", "error-portal-pin-short"),
        (
            "246810",
            "246811",
            "pin_repeat",
            "error-portal-pin-mismatch",
        ),
    ] {
        assert_eq!(
            invalid(sign_in(&db, &letter.code, pin, Some(repeat)).await),
            (field.into(), message.into()),
            "{pin}"
        );
    }
    let (outcome, token) = sign_in(&db, &letter.code, "246810", Some("246810"))
        .await
        .unwrap();
    assert_eq!(
        outcome,
        PortalSignInOutcome::SignedIn {
            language: "ar".into()
        }
    );
    let first = token.unwrap();
    let me = portal::resume(&db, &settings(), &first)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((me.client_id, me.first_name.as_str()), (amira.id, "Amira"));
    assert_eq!(me.language.as_deref(), Some("ar"));
    // From now on code and PIN sign in; a wrong PIN does not.
    signed_in(&db, &letter.code, "246810").await;
    assert_eq!(
        invalid(sign_in(&db, &letter.code, "111111", None).await),
        ("pin".into(), "error-portal-credentials".into())
    );
    // The case manager sees the access as active.
    let tab = portal::case_portal(&db, &cm, amira.case_id).await.unwrap();
    assert!(matches!(
        tab.access,
        app::models::PortalAccessState::Active { .. }
    ));

    // Client sessions time out sooner than staff sessions, and on their own setting.
    assert!(settings().client_idle_timeout < settings().idle_timeout);
    let impatient = SessionSettings {
        client_idle_timeout: Duration::from_millis(1),
        ..settings()
    };
    let (_, token) = sign_in(&db, &letter.code, "246810", None).await.unwrap();
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(
        portal::resume(&db, &impatient, &token.unwrap())
            .await
            .unwrap(),
        None
    );

    // Blocking ends the sessions and refuses sign-in; lifting the block lets her in again.
    portal::set_blocked(&db, &cm, amira.case_id, true)
        .await
        .unwrap();
    assert_eq!(
        portal::resume(&db, &settings(), &first).await.unwrap(),
        None
    );
    assert_eq!(
        invalid(sign_in(&db, &letter.code, "246810", None).await),
        ("code".into(), "error-portal-blocked".into())
    );
    portal::set_blocked(&db, &cm, amira.case_id, false)
        .await
        .unwrap();
    let session = sign_in(&db, &letter.code, "246810", None)
        .await
        .unwrap()
        .1
        .unwrap();

    // A new letter: the old code and its sessions stop working; the new code asks for a PIN.
    let second = portal::issue_letter(&db, &cm, amira.case_id, "https://lotse.example/portal")
        .await
        .unwrap();
    assert_ne!(second.code, letter.code);
    assert_eq!(
        portal::resume(&db, &settings(), &session).await.unwrap(),
        None
    );
    assert_eq!(
        invalid(sign_in(&db, &letter.code, "246810", None).await),
        ("pin".into(), "error-portal-credentials".into())
    );
    assert_eq!(
        sign_in(&db, &second.code, "", None).await.unwrap().0,
        PortalSignInOutcome::ChoosePin
    );

    // Only the case team issues letters; failed attempts are throttled per code.
    let colleague = colleague(&db).await;
    assert_eq!(
        portal::issue_letter(&db, &colleague, amira.case_id, "x")
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
    sign_in(&db, &second.code, "135792", Some("135792"))
        .await
        .unwrap();
    for _ in 0..5 {
        let _ = sign_in(&db, &second.code, "000000", None).await;
    }
    assert!(matches!(
        sign_in(&db, &second.code, "135792", None).await,
        Err(AppError::Throttled { .. })
    ));
}

async fn a_client_sees_and_acts_on_their_own_data_only(db: Db) {
    let cm = case_manager(&db).await;
    let provider = course_provider(&db).await;
    sqlx::query("UPDATE organisations SET organisation_type = $1 WHERE id = $2")
        .bind(OrganisationType::CourseProvider.as_str())
        .bind(provider.organisation_id)
        .execute(&db.pool)
        .await
        .unwrap();
    let amira = client(&db, &cm, "Amira", "ara").await;
    let reza = client(&db, &cm, "Reza", "prs").await;
    let consent = || {
        consent_to(
            provider.organisation_id,
            "language-course",
            &["identity", "language"],
        )
    };
    let amira_consent = consents::record(&db, &cm, amira.id, &consent())
        .await
        .unwrap();
    let reza_consent = consents::record(&db, &cm, reza.id, &consent())
        .await
        .unwrap();
    let referral = referrals::send(
        &db,
        &cm,
        amira.case_id,
        &ReferralInput {
            organisation_id: provider.organisation_id.to_string(),
            purpose: "language-course".into(),
            message: "Bitte um einen Platz".into(),
            categories: vec!["identity".into(), "language".into()],
            ..ReferralInput::default()
        },
    )
    .await
    .unwrap();
    // The provider reads the referral with Amira's name: this shows in "who saw my data".
    let page = referrals::page(&db, &provider, referral).await.unwrap();
    assert!(!page.shared.is_empty());

    let mut codes = Vec::new();
    for c in [&amira, &reza] {
        let letter = portal::issue_letter(&db, &cm, c.case_id, "http://x/portal")
            .await
            .unwrap();
        sign_in(&db, &letter.code, "246810", Some("246810"))
            .await
            .unwrap();
        codes.push(letter.code);
    }
    let me = signed_in(&db, &codes[0], "246810").await;
    let other = signed_in(&db, &codes[1], "246810").await;

    // My plan, my own step first; nothing of Reza's.
    let plan = portal::plan(&db, &me).await.unwrap();
    assert_eq!(plan.next.len(), 1);
    assert_eq!(plan.next[0].id, amira.step_id);
    assert_eq!(plan.goals.len(), 1);
    assert_eq!(plan.goals[0].id, amira.goal_id);
    let wording = plan.goals[0].wording.clone().unwrap();
    assert_eq!(wording.original, "Amira lernt Deutsch bis B1");
    assert!(wording.translations.is_empty());
    // The case manager enters an Arabic translation; the portal carries it.
    portal::save_translation(
        &db,
        &cm,
        amira.case_id,
        &translation(amira.goal_id, "أميرة تتعلم الألمانية"),
    )
    .await
    .unwrap();
    let plan = portal::plan(&db, &me).await.unwrap();
    assert_eq!(
        plan.goals[0].wording.as_ref().unwrap().translation("ar"),
        Some("أميرة تتعلم الألمانية")
    );
    // A translation for a record of another case is refused.
    assert_eq!(
        invalid(
            portal::save_translation(&db, &cm, amira.case_id, &translation(reza.goal_id, "x"))
                .await
        ),
        ("record".into(), "error-choose-from-list".into())
    );

    // Someone else's step or consent is "not found", and the attempt is audited.
    assert_eq!(
        portal::mark_step_done(&db, &me, reza.step_id)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    assert_eq!(
        portal::revoke_consent(&db, &me, reza_consent)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    let attempts: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE actor_role = 'client' AND subject IN (SELECT subject FROM client_subjects WHERE client_id = $1) AND allowed = 0",
    )
    .bind(amira.id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(attempts, 2);

    // Marking my step done: the step is completed and my case manager is told.
    portal::mark_step_done(&db, &me, amira.step_id)
        .await
        .unwrap();
    let status: String = sqlx::query_scalar("SELECT status FROM steps WHERE id = $1")
        .bind(amira.step_id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(status, "completed");
    assert!(portal::mark_step_done(&db, &me, amira.step_id)
        .await
        .is_err());
    assert!(portal::plan(&db, &me).await.unwrap().next.is_empty());
    let board = dashboard::load(&db, &cm).await.unwrap();
    assert!(board
        .follow_ups
        .iter()
        .any(|f| f.kind == "portal-step-done" && f.case_id == amira.case_id));

    // Who saw my data: the course provider looked at my name and language.
    let log = portal::access_log(&db, &me).await.unwrap();
    let school = log
        .iter()
        .find(|o| o.organisation == "Sprachschule")
        .expect("the provider's access is listed");
    assert_eq!(
        school.days[0].looked,
        ["portal-what-identity", "portal-what-language"]
    );
    assert!(log.iter().any(|o| o.organisation == "Stadt Köln"));

    // Revoking my consent: at once, the provider no longer gets my data; the case manager is told.
    let consents_before = portal::consents(&db, &me).await.unwrap();
    assert_eq!(consents_before.len(), 1);
    assert_eq!(consents_before[0].categories, ["identity", "language"]);
    portal::revoke_consent(&db, &me, amira_consent)
        .await
        .unwrap();
    let page = referrals::page(&db, &provider, referral).await.unwrap();
    assert!(page.shared.is_empty(), "no client data after revocation");
    assert!(portal::consents(&db, &me).await.unwrap()[0]
        .revoked_at
        .is_some());
    let board = dashboard::load(&db, &cm).await.unwrap();
    assert!(board
        .follow_ups
        .iter()
        .any(|f| f.kind == "portal-consent-revoked" && f.note.as_deref() == Some("Sprachschule")));
    let told = crate::helpers::mails(&db, "consent-revoked").await;
    assert_eq!(told.len(), 1, "the case manager is told by mail");
    assert_eq!(told[0].0, "fm@test.example");

    // A correction request becomes a task for the case manager; an empty one is refused.
    assert_eq!(
        invalid(correction("personal", "  ")),
        ("message".into(), "error-required".into())
    );
    assert_eq!(
        invalid(correction("nonsense", "x")),
        ("topic".into(), "error-choose-option".into())
    );
    let request = correction("personal", "Mein Geburtsjahr ist 1991.").unwrap();
    portal::request_correction(&db, &me, &request)
        .await
        .unwrap();
    let mine = portal::corrections(&db, &me).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert!(portal::corrections(&db, &other).await.unwrap().is_empty());
    let board = dashboard::load(&db, &cm).await.unwrap();
    assert!(board
        .follow_ups
        .iter()
        .any(|f| f.kind == "portal-correction"
            && f.note.as_deref() == Some("Mein Geburtsjahr ist 1991.")));
    let told = crate::helpers::mails(&db, "correction-requested").await;
    assert_eq!(told.len(), 1, "the case manager is told by mail");
    assert!(
        !told[0].3.contains("1991") && !told[0].3.contains("Amira"),
        "without the request or the client's name: {}",
        told[0].3
    );

    // Appointments with what to bring and whether the interpreter is booked.
    plans::add_appointment(
        &db,
        &cm,
        amira.case_id,
        &plans::AppointmentInput {
            on_date: day(3),
            at_time: "09:30".into(),
            place: "Ausländerbehörde, Blaubach 5".into(),
            bring: "Pass".into(),
            interpreter_needed: true,
            interpreter_arranged: true,
            ..plans::AppointmentInput::default()
        },
    )
    .await
    .unwrap();
    let appointments = portal::appointments(&db, &me).await.unwrap();
    assert_eq!(appointments.upcoming.len(), 1);
    let next = &appointments.upcoming[0];
    assert_eq!(next.bring.as_ref().unwrap().original, "Pass");
    assert!(next.interpreter_needed && next.interpreter_arranged);
    assert!(portal::appointments(&db, &other)
        .await
        .unwrap()
        .upcoming
        .is_empty());

    // Referrals as the client reads them.
    let list = portal::referrals(&db, &me).await.unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].organisation, "Sprachschule");
    assert!(portal::referrals(&db, &other).await.unwrap().is_empty());

    // My data: everything about me with my plan, no internal notes, nothing of Reza.
    let data = portal::export(&db, &me).await.unwrap();
    let text = data.to_string();
    assert_eq!(data["person"]["given_names"], "Amira");
    assert_eq!(data["plan"][0]["id"], amira.goal_id);
    assert!(text.contains("Anmeldung zur Prüfung abgeben"));
    assert!(!text.contains("Vertrauliche Notiz"), "no internal notes");
    assert!(!text.contains("Reza"));
    let exported: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log WHERE actor_role = 'client' AND subject IN (SELECT subject FROM client_subjects WHERE client_id = $1) AND record = 'export'",
    )
    .bind(amira.id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(exported, 1);
    assert_eq!(app::server::audit::verify(&db).await.unwrap(), None);
}

async fn the_demo_clients_sign_in_with_their_demo_codes(db: Db) {
    app::server::demo::load(&db).await.unwrap();
    for (code, client_id, language) in [
        ("DEMO-AMIRA", 1, "ar"),
        ("demo-reza", 2, "fa-AF"),
        ("DEMO-OLENA", 3, "uk"),
    ] {
        let (outcome, _) = sign_in(&db, code, "246810", None).await.unwrap();
        assert_eq!(
            outcome,
            PortalSignInOutcome::SignedIn {
                language: language.into()
            }
        );
        let me = signed_in(&db, code, "246810").await;
        assert_eq!(me.client_id, client_id);
    }
    let amira = signed_in(&db, "DEMO-AMIRA", "246810").await;
    let plan = portal::plan(&db, &amira).await.unwrap();
    assert!(!plan.next.is_empty(), "Amira has a step of her own to do");
    assert!(plan.goals.iter().any(|g| g
        .wording
        .as_ref()
        .is_some_and(|w| w.translation("ar").is_some())));
    let consents = portal::consents(&db, &amira).await.unwrap();
    assert!(consents
        .iter()
        .any(|c| c.organisation.contains("Sprachschule") && c.revoked_at.is_none()));
    let referrals = portal::referrals(&db, &amira).await.unwrap();
    assert!(referrals
        .iter()
        .any(|r| r.seat.as_deref() == Some("waitlisted")));
}

async fn parallel_wrong_pins_get_no_more_checks_than_the_limit(db: Db) {
    let cm = case_manager(&db).await;
    let amira = client(&db, &cm, "Amira", "ara").await;
    let letter = portal::issue_letter(&db, &cm, amira.case_id, "https://lotse.example/portal")
        .await
        .unwrap();
    sign_in(&db, &letter.code, "246810", Some("246810"))
        .await
        .unwrap();
    let handles: Vec<_> = (0..20u8)
        .map(|i| {
            let (db, code) = (db.clone(), letter.code.clone());
            let from = Some(std::net::IpAddr::from([192, 0, 2, i + 1]));
            let input = SignInInput::parse(&code, "000000", None).unwrap();
            tokio::spawn(async move { portal::sign_in(&db, &input, from).await })
        })
        .collect();
    let mut checked = 0;
    for handle in handles {
        match handle.await.unwrap() {
            Err(AppError::Invalid { .. }) => checked += 1,
            Err(AppError::Throttled { .. }) => {}
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(checked, app::server::infra::throttle::MAX_PER_ACCOUNT);
    assert!(matches!(
        sign_in(&db, &letter.code, "246810", None).await,
        Err(AppError::Throttled { .. })
    ));
}

async fn a_portal_session_ends_at_its_maximum_lifetime(db: Db) {
    let cm = case_manager(&db).await;
    let amira = client(&db, &cm, "Amira", "ara").await;
    let letter = portal::issue_letter(&db, &cm, amira.case_id, "https://lotse.example/portal")
        .await
        .unwrap();
    let (_, token) = sign_in(&db, &letter.code, "246810", Some("246810"))
        .await
        .unwrap();
    let token = token.unwrap();
    assert!(settings().client_max_lifetime < settings().max_lifetime);
    let short_lived = SessionSettings {
        client_max_lifetime: Duration::from_millis(1),
        ..settings()
    };
    tokio::time::sleep(Duration::from_millis(20)).await;
    assert_eq!(
        portal::resume(&db, &short_lived, &token).await.unwrap(),
        None
    );
    assert_eq!(
        portal::resume(&db, &settings(), &token).await.unwrap(),
        None
    );
}

async fn a_colleague_s_name_search_shows_in_the_portal_of_each_client_found(db: Db) {
    let cm = case_manager(&db).await;
    let colleague = user(&db, "kollege@test.example", "case_manager", "Stadt Köln").await;
    let amira = client(&db, &cm, "Amira", "ara").await;
    let reza = client(&db, &cm, "Reza", "prs").await;
    // A colleague without any case of hers finds Amira by name.
    let query = ClientQuery {
        text: "Amira".into(),
        birth: PartialDate::default(),
    };
    let found = clients::search(&db, &colleague, &query, 1).await.unwrap();
    let found: Vec<i64> = found.items.iter().map(|c| c.id).collect();
    assert_eq!(found, [amira.id]);
    // The audit names the clients the search showed, not what was searched for.
    let hits: Vec<(Option<i64>, String)> = sqlx::query_as(
        "SELECT s.client_id, l.action
         FROM audit_log l LEFT JOIN client_subjects s ON s.subject = l.subject
         WHERE l.actor_id = $1 AND l.record = 'client-search' AND l.allowed = 1 ORDER BY l.seq",
    )
    .bind(colleague.id)
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        hits,
        [
            (None, "list".to_owned()),
            (Some(amira.id), "list".to_owned())
        ]
    );
    let kept: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM audit_log
         WHERE record || basis || purpose || categories LIKE '%Amira%'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(kept, 0, "the query text is not kept");

    // Amira sees it in "who saw my data"; Reza, who was not found, does not.
    let mut logs = Vec::new();
    for c in [&amira, &reza] {
        let letter = portal::issue_letter(&db, &cm, c.case_id, "http://x/portal")
            .await
            .unwrap();
        sign_in(&db, &letter.code, "246810", Some("246810"))
            .await
            .unwrap();
        let me = signed_in(&db, &letter.code, "246810").await;
        logs.push(portal::access_log(&db, &me).await.unwrap());
    }
    let searched = |log: &Vec<app::models::PortalAccessOrganisation>| {
        log.iter()
            .filter(|o| o.organisation == "Stadt Köln")
            .flat_map(|o| &o.days)
            .any(|d| d.looked.iter().any(|w| w == "portal-what-search"))
    };
    assert!(searched(&logs[0]), "Amira sees the search hit");
    assert!(!searched(&logs[1]), "Reza was not found");
}

on_both_backends! {
    pin_throttling_in_parallel => parallel_wrong_pins_get_no_more_checks_than_the_limit;
    portal_session_lifetime => a_portal_session_ends_at_its_maximum_lifetime;
    access => access_codes_pins_reissue_and_blocking;
    own_data => a_client_sees_and_acts_on_their_own_data_only;
    demo_portal => the_demo_clients_sign_in_with_their_demo_codes;
    search_hits => a_colleague_s_name_search_shows_in_the_portal_of_each_client_found;
}
