//! The case management core on SQLite and on PostgreSQL: client records and compartments,
//! case phases and intake consent, assessment, versioned plans with status history,
//! appointments, the dashboard, catalogues, demo data. Every data function, both backends.

use app::error::AppError;
use app::models::{AssessmentInput, CasePhase, ChangeKind, CurrentUser, NewClient};
use app::on_both_backends;
use app::server::casework::cases::{self, FactsInput};
use app::server::casework::clients::ClientInput;
use app::server::casework::plans::{self, AppointmentInput, GoalInput, StepInput};
use app::server::infra::db::now_ms;
use app::server::testing::{day, invalid, user};
use app::server::{
    admin::accounts, admin::catalogues, admin::retention, casework::clients, casework::dashboard,
    demo, demo::cases as demo_cases, infra::input, Db,
};

use crate::helpers::{case_manager, colleague, register, step};

async fn client(db: &Db, actor: &CurrentUser) -> i64 {
    let new = NewClient {
        given_names: "أميرة".into(),
        family_name: "حداد".into(),
        given_names_latin: "Amira".into(),
        family_name_latin: "Haddad".into(),
        birth_year: "1991".into(),
        preferred_language: "ara".into(),
        ..NewClient::default()
    };
    register(db, actor, &new).await
}

/// A case in the planning phase (consent recorded), ready for a plan.
async fn case_in_planning(db: &Db, actor: &CurrentUser) -> i64 {
    let client_id = client(db, actor).await;
    let case_id = cases::open(db, actor, client_id).await.unwrap();
    cases::record_consent(db, actor, case_id, &day(0), "signature", "")
        .await
        .unwrap();
    for phase in ["intake", "assessment", "planning"] {
        let version = cases::detail(db, actor, case_id)
            .await
            .unwrap()
            .head
            .version;
        cases::change_phase(db, actor, case_id, version, phase, "")
            .await
            .unwrap();
    }
    case_id
}

fn goal(domain: &str, template: &str, wording: &str) -> GoalInput {
    GoalInput {
        domain: domain.into(),
        level: "framework".into(),
        template: template.into(),
        plain_wording: wording.into(),
        target_date: day(180),
        ..GoalInput::default()
    }
}

async fn a_client_record_is_edited_with_optimistic_concurrency(db: Db) {
    let me = case_manager(&db).await;
    let id = client(&db, &me).await;
    let detail = clients::detail(&db, &me, id).await.unwrap();
    assert_eq!(detail.client.version, 1);
    assert_eq!(
        detail.client.preferred_language_name.as_deref(),
        Some("Arabisch – العربية (ara)")
    );

    let mut form = NewClient {
        given_names: "أميرة".into(),
        family_name: "حداد".into(),
        phone: "+49 221 1234".into(),
        preferred_language: "ara".into(),
        ..NewClient::default()
    };
    assert_eq!(
        clients::update(&db, &me, id, 1, &ClientInput::try_from(&form).unwrap())
            .await
            .unwrap(),
        2
    );
    // A second person still holding version 1 is told what is stored now, nothing is lost.
    form.phone = "+49 221 9999".into();
    match clients::update(&db, &me, id, 1, &ClientInput::try_from(&form).unwrap()).await {
        Err(AppError::Conflict { changes, version }) => {
            assert_eq!(version, 2);
            assert!(
                changes.contains(&("field-phone".into(), "+49 221 1234".into())),
                "{changes:?}"
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        clients::detail(&db, &me, id)
            .await
            .unwrap()
            .client
            .phone
            .as_deref(),
        Some("+49 221 1234")
    );
    // The search keys follow the new names.
    form.given_names = "Amira".into();
    form.family_name = "Haddad".into();
    clients::update(&db, &me, id, 2, &ClientInput::try_from(&form).unwrap())
        .await
        .unwrap();
    let found = clients::search(
        &db,
        &me,
        &app::models::ClientQuery {
            text: "amira".into(),
            ..Default::default()
        },
        1,
    )
    .await
    .unwrap();
    assert_eq!(found.items.len(), 1);
    form.preferred_language = "xyz".into();
    assert_eq!(
        invalid(ClientInput::try_from(&form).map(|_| 0)),
        ("preferred_language".into(), "error-language-code".into())
    );
}

async fn household_and_compartments_are_kept_apart(db: Db) {
    let me = case_manager(&db).await;
    let colleague = colleague(&db).await;
    let id = client(&db, &me).await;
    // A colleague sees the client only once assigned to one of the client's cases.
    assert!(matches!(
        clients::detail(&db, &colleague, id).await,
        Err(AppError::Forbidden)
    ));
    let case_id = cases::open(&db, &me, id).await.unwrap();
    cases::assign(&db, &me, case_id, colleague.id, true)
        .await
        .unwrap();

    clients::add_household_member(&db, &me, id, "Yusuf", "child", "2015")
        .await
        .unwrap();
    assert_eq!(
        invalid(clients::add_household_member(&db, &me, id, "", "child", "").await),
        ("member_name".into(), "error-required".into())
    );
    assert_eq!(
        invalid(clients::add_household_member(&db, &me, id, "X", "uncle", "").await),
        ("member_relation".into(), "error-choose-from-list".into())
    );
    let members = clients::detail(&db, &me, id).await.unwrap().household;
    assert_eq!(members.len(), 1);
    clients::remove_household_member(&db, &me, members[0].id)
        .await
        .unwrap();
    assert!(clients::detail(&db, &me, id)
        .await
        .unwrap()
        .household
        .is_empty());

    assert_eq!(
        clients::save_residence(&db, &me, id, 0, "tolerated", &day(90), "asylblg")
            .await
            .unwrap(),
        1
    );
    match clients::save_residence(&db, &colleague, id, 0, "residence-permit", "", "sgb2").await {
        Err(AppError::Conflict {
            changes,
            version: 1,
        }) => {
            assert!(changes.contains(&("field-residence-status".into(), "tolerated".into())));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        clients::save_residence(&db, &colleague, id, 1, "residence-permit", "", "sgb2")
            .await
            .unwrap(),
        2
    );

    clients::add_note(
        &db,
        &me,
        id,
        "health",
        "Diabetes, braucht Termine am Vormittag.",
        "",
    )
    .await
    .unwrap();
    clients::add_note(
        &db,
        &me,
        id,
        "private",
        "Wirkt erschöpft; beim nächsten Mal nachfragen.",
        "",
    )
    .await
    .unwrap();
    assert_eq!(
        invalid(
            clients::add_note(
                &db,
                &me,
                id,
                "youth-welfare",
                "Hilfe zur Erziehung läuft.",
                ""
            )
            .await
        ),
        ("entrusted_by".into(), "error-entrusted-by-required".into())
    );
    clients::add_note(
        &db,
        &me,
        id,
        "youth-welfare",
        "Hilfe zur Erziehung läuft.",
        "Jugendamt Köln",
    )
    .await
    .unwrap();

    let mine = clients::detail(&db, &me, id).await.unwrap().notes;
    assert_eq!(mine.len(), 3);
    // Private working notes are never shown to anyone else, not even a colleague.
    let theirs = clients::detail(&db, &colleague, id).await.unwrap().notes;
    assert_eq!(theirs.len(), 2);
    assert!(theirs.iter().all(|n| n.compartment != "private"));
    let youth = theirs
        .iter()
        .find(|n| n.compartment == "youth-welfare")
        .unwrap();
    assert_eq!(youth.entrusted_by.as_deref(), Some("Jugendamt Köln"));
}

async fn only_case_managers_of_the_organisation_reach_records_and_cases(db: Db) {
    let me = case_manager(&db).await;
    let id = client(&db, &me).await;
    let case_id = cases::open(&db, &me, id).await.unwrap();
    let elsewhere = user(&db, "fm@bonn.example", "case_manager", "Stadt Bonn").await;
    let coordinator = user(
        &db,
        "koordination@test.example",
        "coordinator",
        "Stadt Köln",
    )
    .await;
    let volunteer = user(
        &db,
        "ehrenamt@test.example",
        "volunteer",
        "Integrationslotsen",
    )
    .await;
    assert_eq!(
        clients::detail(&db, &elsewhere, id).await.unwrap_err(),
        AppError::NotFound
    );
    assert_eq!(
        cases::detail(&db, &elsewhere, case_id).await.unwrap_err(),
        AppError::NotFound
    );
    assert_eq!(
        plans::detail(&db, &elsewhere, case_id).await.unwrap_err(),
        AppError::NotFound
    );
    for other in [&coordinator, &volunteer] {
        assert_eq!(
            clients::detail(&db, other, id).await.unwrap_err(),
            AppError::Forbidden
        );
        assert_eq!(
            cases::detail(&db, other, case_id).await.unwrap_err(),
            AppError::Forbidden
        );
        assert_eq!(
            plans::detail(&db, other, case_id).await.unwrap_err(),
            AppError::Forbidden
        );
        assert_eq!(
            dashboard::load(&db, other).await.unwrap_err(),
            AppError::Forbidden
        );
        assert_eq!(
            cases::open(&db, other, id).await.unwrap_err(),
            AppError::Forbidden
        );
    }
}

async fn a_case_moves_through_its_phases_and_assessment_needs_consent(db: Db) {
    let me = case_manager(&db).await;
    let id = client(&db, &me).await;
    let case_id = cases::open(&db, &me, id).await.unwrap();
    let head = cases::detail(&db, &me, case_id).await.unwrap().head;
    assert_eq!(head.phase, CasePhase::Referral);
    cases::change_phase(&db, &me, case_id, head.version, "intake", "")
        .await
        .unwrap();
    assert_eq!(
        invalid(cases::change_phase(&db, &me, case_id, 2, "assessment", "").await),
        ("to_phase".into(), "error-consent-missing".into())
    );
    assert_eq!(
        invalid(cases::change_phase(&db, &me, case_id, 2, "evaluation", "").await),
        ("to_phase".into(), "error-phase-not-allowed".into())
    );
    assert_eq!(
        invalid(cases::record_consent(&db, &me, case_id, &day(1), "signature", "").await),
        ("given_on".into(), "error-date-in-future".into())
    );
    assert_eq!(
        invalid(cases::record_consent(&db, &me, case_id, &day(0), "oral-interpreter", "").await),
        (
            "interpreter_language".into(),
            "error-interpreter-language-required".into()
        )
    );
    cases::record_consent(&db, &me, case_id, &day(0), "oral-interpreter", "ara")
        .await
        .unwrap();
    cases::change_phase(&db, &me, case_id, 2, "assessment", "")
        .await
        .unwrap();
    // A stale version is a conflict, not a silent second transition.
    assert!(matches!(
        cases::change_phase(&db, &me, case_id, 2, "planning", "").await,
        Err(AppError::Conflict { version: 3, .. })
    ));
    assert_eq!(
        invalid(cases::change_phase(&db, &me, case_id, 3, "closed", "").await),
        ("closure_reason".into(), "error-required".into())
    );
    cases::change_phase(&db, &me, case_id, 3, "closed", "moved-away")
        .await
        .unwrap();
    let detail = cases::detail(&db, &me, case_id).await.unwrap();
    assert_eq!(detail.head.phase, CasePhase::Closed);
    assert_eq!(detail.head.closure_reason.as_deref(), Some("moved-away"));
    let phases: Vec<&str> = detail.history.iter().map(|h| h.to_phase.as_str()).collect();
    assert_eq!(phases, ["referral", "intake", "assessment", "closed"]);
    assert!(detail
        .history
        .iter()
        .all(|h| h.changed_by == "Test case_manager" && h.changed_at > 0));
    let consent = detail.consent.unwrap();
    assert_eq!(
        (
            consent.method.as_str(),
            consent.interpreter_language.as_deref()
        ),
        ("oral-interpreter", Some("ara"))
    );
}

async fn the_assessment_is_kept_per_life_domain_with_structured_facts(db: Db) {
    let me = case_manager(&db).await;
    let case_id = case_in_planning(&db, &me).await;
    assert_eq!(
        cases::save_assessment(
            &db,
            &me,
            case_id,
            0,
            &AssessmentInput {
                domain: "language".into(),
                needs: "Kurs mit Kinderbetreuung".into(),
                resources: "motiviert".into(),
                client_goals: "B1 bis Sommer".into()
            }
        )
        .await
        .unwrap(),
        1
    );
    assert!(matches!(
        cases::save_assessment(
            &db,
            &me,
            case_id,
            0,
            &AssessmentInput {
                domain: "language".into(),
                needs: "anders".into(),
                resources: "".into(),
                client_goals: "".into()
            }
        )
        .await,
        Err(AppError::Conflict { version: 1, .. })
    ));
    assert_eq!(
        invalid(
            cases::save_assessment(
                &db,
                &me,
                case_id,
                0,
                &AssessmentInput {
                    domain: "astrology".into(),
                    needs: "".into(),
                    resources: "".into(),
                    client_goals: "".into()
                }
            )
            .await
        ),
        ("domain".into(), "error-choose-from-list".into())
    );
    let facts = FactsInput {
        language_level: "a2".into(),
        literacy: "literate".into(),
        recognition_needed: true,
        housing_situation: "shelter".into(),
        health_insurance: "health-card".into(),
        ..FactsInput::default()
    };
    assert_eq!(
        cases::save_facts(&db, &me, case_id, 0, &facts)
            .await
            .unwrap(),
        1
    );
    let wrong = FactsInput {
        language_level: "z9".into(),
        ..facts.clone()
    };
    assert_eq!(
        invalid(cases::save_facts(&db, &me, case_id, 1, &wrong).await).0,
        "language_level"
    );
    let detail = cases::detail(&db, &me, case_id).await.unwrap();
    assert_eq!(detail.assessments.len(), 8);
    let language = detail
        .assessments
        .iter()
        .find(|a| a.domain == "language")
        .unwrap();
    assert_eq!(
        (language.needs.as_str(), language.version),
        ("Kurs mit Kinderbetreuung", 1)
    );
    assert_eq!(detail.facts.language_level.as_deref(), Some("a2"));
    assert!(detail.facts.recognition_needed);
}

async fn no_assessment_is_recorded_before_the_client_consents_to_case_management(db: Db) {
    let me = case_manager(&db).await;
    let id = client(&db, &me).await;
    let case_id = cases::open(&db, &me, id).await.unwrap();
    cases::change_phase(&db, &me, case_id, 1, "intake", "")
        .await
        .unwrap();
    let consent_first = || AppError::NotYet {
        message_id: "error-assessment-consent-missing".into(),
    };
    let facts = FactsInput {
        language_level: "a1".into(),
        schooling: "8 Jahre Schule".into(),
        ..FactsInput::default()
    };
    // Without the consent, neither a life domain nor the structured facts are saved.
    assert_eq!(
        cases::save_assessment(
            &db,
            &me,
            case_id,
            0,
            &AssessmentInput {
                domain: "health".into(),
                needs: "Therapie".into(),
                resources: "".into(),
                client_goals: "".into()
            }
        )
        .await
        .unwrap_err(),
        consent_first()
    );
    assert_eq!(
        cases::save_facts(&db, &me, case_id, 0, &facts)
            .await
            .unwrap_err(),
        consent_first()
    );
    assert_eq!(consent_first().status(), 409);
    let detail = cases::detail(&db, &me, case_id).await.unwrap();
    assert!(detail.consent.is_none());
    assert!(detail
        .assessments
        .iter()
        .all(|a| a.version == 0 && a.needs.is_empty()));
    assert_eq!(detail.facts.version, 0);
    assert_eq!(detail.facts.schooling, None);
    // Once the consent is recorded (still in intake), both are saved.
    cases::record_consent(&db, &me, case_id, &day(0), "signature", "")
        .await
        .unwrap();
    assert_eq!(
        cases::save_assessment(
            &db,
            &me,
            case_id,
            0,
            &AssessmentInput {
                domain: "health".into(),
                needs: "Therapie".into(),
                resources: "".into(),
                client_goals: "".into()
            }
        )
        .await
        .unwrap(),
        1
    );
    assert_eq!(
        cases::save_facts(&db, &me, case_id, 0, &facts)
            .await
            .unwrap(),
        1
    );
}

async fn a_plan_is_drafted_agreed_and_changed_into_a_new_version(db: Db) {
    let me = case_manager(&db).await;
    let case_id = case_in_planning(&db, &me).await;

    // Bad input gets a message next to the field.
    assert_eq!(
        invalid(plans::add_goal(&db, &me, case_id, &goal("language", "", "")).await),
        ("plain_wording".into(), "error-goal-empty".into())
    );
    let mut backwards = goal("language", "reach-b1", "");
    backwards.start_date = day(30);
    backwards.target_date = day(10);
    assert_eq!(
        invalid(plans::add_goal(&db, &me, case_id, &backwards).await),
        ("target_date".into(), "error-target-before-start".into())
    );
    let mut past = goal("language", "reach-b1", "");
    past.target_date = day(-1);
    assert_eq!(
        invalid(plans::add_goal(&db, &me, case_id, &past).await),
        ("target_date".into(), "error-date-in-past".into())
    );

    let language = plans::add_goal(&db, &me, case_id, &goal("language", "reach-b1", ""))
        .await
        .unwrap();
    let housing = plans::add_goal(
        &db,
        &me,
        case_id,
        &goal("housing", "", "Eine Wohnung für die Familie finden"),
    )
    .await
    .unwrap();
    assert_eq!(
        invalid(plans::add_step(&db, &me, language, &step("integration-course", -2)).await),
        ("due_date".into(), "error-date-in-past".into())
    );
    let partner = StepInput {
        responsible_kind: "organisation".into(),
        ..step("integration-course", 20)
    };
    assert_eq!(
        invalid(plans::add_step(&db, &me, language, &partner).await),
        (
            "responsible_organisation_id".into(),
            "error-organisation-required".into()
        )
    );
    let course = plans::add_step(&db, &me, language, &step("integration-course", 20))
        .await
        .unwrap();
    plans::add_step(&db, &me, language, &step("dtz-exam", 200))
        .await
        .unwrap();
    plans::add_step(&db, &me, housing, &step("housing-entitlement", 30))
        .await
        .unwrap();

    let plan = plans::detail(&db, &me, case_id).await.unwrap();
    assert_eq!(plan.versions.len(), 1);
    assert!(!plan.versions[0].agreed);
    assert_eq!(plan.goals.len(), 2);
    assert_eq!(plan.goals[0].steps.len(), 2);

    assert_eq!(
        invalid(plans::agree(&db, &me, case_id, &day(1), "signature", "", "").await).1,
        "error-date-in-future"
    );
    assert_eq!(
        plans::agree(&db, &me, case_id, &day(0), "signature", "", "")
            .await
            .unwrap(),
        1
    );
    let plan = plans::detail(&db, &me, case_id).await.unwrap();
    let agreed = &plan.versions[0];
    assert!(agreed.agreed);
    let six_months = input::today()
        .checked_add_months(chrono::Months::new(6))
        .unwrap()
        .to_string();
    assert_eq!(agreed.review_due.as_deref(), Some(six_months.as_str()));
    assert_eq!(
        invalid(plans::agree(&db, &me, case_id, &day(0), "signature", "", "").await).1,
        "error-plan-nothing-to-agree"
    );

    // Progress is not a plan change: no new version.
    plans::set_step_status(&db, &me, course, 1, "registered", "", "")
        .await
        .unwrap();
    assert_eq!(
        plans::detail(&db, &me, case_id)
            .await
            .unwrap()
            .versions
            .len(),
        1
    );

    // Changing the content of the agreed plan starts version 2; version 1 stays as agreed.
    let mut changed = goal("housing", "", "Eine Wohnung in Kalk finden");
    changed.success_criterion = "Mietvertrag unterschrieben".into();
    plans::update_goal(&db, &me, housing, 1, &changed)
        .await
        .unwrap();
    let plan = plans::detail(&db, &me, case_id).await.unwrap();
    assert_eq!(
        plan.versions
            .iter()
            .map(|v| (v.number, v.agreed))
            .collect::<Vec<_>>(),
        [(2, false), (1, true)]
    );
    let diff = plans::diff(&db, &me, case_id, 1, None).await.unwrap();
    let goal_change = diff.changes.iter().find(|c| c.item == "goal").unwrap();
    assert_eq!(goal_change.kind, ChangeKind::Changed);
    assert!(goal_change.fields.contains(&(
        "field-plain-wording".into(),
        "Eine Wohnung für die Familie finden".into(),
        "Eine Wohnung in Kalk finden".into()
    )));
    // The step's status changed since the agreement too.
    assert!(diff.changes.iter().any(|c| c.item == "step"
        && c.fields.iter().any(|f| f
            == &(
                "field-step-status".into(),
                "planned".into(),
                "registered".into()
            ))));
    plans::remove_goal(&db, &me, language).await.unwrap();
    plans::agree(
        &db,
        &me,
        case_id,
        &day(0),
        "oral-interpreter",
        "ara",
        &day(90),
    )
    .await
    .unwrap();
    let diff = plans::diff(&db, &me, case_id, 1, Some(2)).await.unwrap();
    assert!(diff
        .changes
        .iter()
        .any(|c| c.kind == ChangeKind::Removed && c.item == "goal"));
    assert_eq!(
        diff.changes
            .iter()
            .filter(|c| c.kind == ChangeKind::Removed && c.item == "step")
            .count(),
        0,
        "removed goals list once"
    );
    assert_eq!(
        plans::diff(&db, &me, case_id, 2, Some(2))
            .await
            .unwrap()
            .changes,
        []
    );
    // Version 1 stays readable as agreed: with the goal removed since.
    let first = plans::detail_of_version(&db, &me, case_id, 1)
        .await
        .unwrap();
    assert_eq!(first.goals.len(), 2);
    assert_eq!(first.versions.len(), 1);
    assert_eq!(
        plans::detail(&db, &me, case_id).await.unwrap().goals.len(),
        1
    );
    assert_eq!(
        plans::detail_of_version(&db, &me, case_id, 9)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
}

async fn step_statuses_keep_their_history_and_edits_never_overwrite_silently(db: Db) {
    let me = case_manager(&db).await;
    let colleague = colleague(&db).await;
    let case_id = case_in_planning(&db, &me).await;
    cases::assign(&db, &me, case_id, colleague.id, true)
        .await
        .unwrap();
    let goal_id = plans::add_goal(&db, &me, case_id, &goal("language", "reach-b1", ""))
        .await
        .unwrap();
    let step_id = plans::add_step(&db, &me, goal_id, &step("integration-course", 20))
        .await
        .unwrap();
    let mut version = 1;
    for status in [
        "eligibility-requested",
        "eligible",
        "registered",
        "waitlisted",
        "started",
    ] {
        version = plans::set_step_status(&db, &me, step_id, version, status, "", "")
            .await
            .unwrap();
    }
    assert_eq!(
        invalid(plans::set_step_status(&db, &me, step_id, version, "completed", "", "").await),
        ("status_note".into(), "error-result-required".into())
    );
    version = plans::set_step_status(&db, &me, step_id, version, "completed", "DTZ B1", "")
        .await
        .unwrap();
    let plan = plans::detail(&db, &me, case_id).await.unwrap();
    let history = &plan.goals[0].steps[0].history;
    let path: Vec<&str> = history.iter().map(|h| h.to_status.as_str()).collect();
    assert_eq!(
        path,
        [
            "planned",
            "eligibility-requested",
            "eligible",
            "registered",
            "waitlisted",
            "started",
            "completed"
        ]
    );
    assert!(history
        .windows(2)
        .all(|w| w[0].changed_at <= w[1].changed_at));
    assert_eq!(history.last().unwrap().note.as_deref(), Some("DTZ B1"));

    // Rejected with reason and appeal deadline.
    let other = plans::add_step(&db, &me, goal_id, &step("course-fee-exemption", 10))
        .await
        .unwrap();
    plans::set_step_status(
        &db,
        &me,
        other,
        1,
        "rejected",
        "Einkommen zu hoch",
        &day(30),
    )
    .await
    .unwrap();
    let plan = plans::detail(&db, &me, case_id).await.unwrap();
    let rejected = plan.goals[0].steps.iter().find(|s| s.id == other).unwrap();
    assert_eq!(rejected.appeal_deadline.as_deref(), Some(day(30).as_str()));

    // Two people edit the same step: the second gets the conflict with what is stored.
    let mine = StepInput {
        detail: "Kurs mit Kinderbetreuung".into(),
        ..step("integration-course", 25)
    };
    let theirs = StepInput {
        detail: "Abendkurs".into(),
        ..step("integration-course", 25)
    };
    plans::update_step(&db, &me, step_id, version, &mine)
        .await
        .unwrap();
    match plans::update_step(&db, &colleague, step_id, version, &theirs).await {
        Err(AppError::Conflict {
            changes,
            version: now,
        }) => {
            assert_eq!(now, version + 1);
            assert!(changes.contains(&(
                "field-step-detail".into(),
                "Kurs mit Kinderbetreuung".into()
            )));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    // Same for goals and for status changes.
    plans::update_goal(
        &db,
        &me,
        goal_id,
        1,
        &goal("language", "reach-b1", "B1 bis Juni"),
    )
    .await
    .unwrap();
    // The stale edit names only the field that differs from what is stored, with its value.
    match plans::update_goal(
        &db,
        &colleague,
        goal_id,
        1,
        &goal("language", "reach-b1", "B1 bis Mai"),
    )
    .await
    {
        Err(AppError::Conflict { changes, version }) => {
            assert_eq!(version, 2);
            assert_eq!(
                changes,
                [("field-plain-wording".to_owned(), "B1 bis Juni".to_owned())]
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        invalid(plans::set_goal_status(&db, &me, goal_id, 2, "dropped", "").await),
        ("status_reason".into(), "error-reason-required".into())
    );
    plans::set_goal_status(&db, &me, goal_id, 2, "in-progress", "")
        .await
        .unwrap();
    match plans::set_goal_status(&db, &colleague, goal_id, 2, "achieved", "").await {
        Err(AppError::Conflict { changes, version }) => {
            assert_eq!(version, 3);
            assert_eq!(
                changes,
                [("field-goal-status".to_owned(), "in-progress".to_owned())]
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    // A status change made on an old version of the step names the status stored since.
    match plans::set_step_status(&db, &colleague, step_id, version, "dropped", "", "").await {
        Err(AppError::Conflict {
            changes,
            version: now,
        }) => {
            assert_eq!(now, version + 1);
            assert_eq!(
                changes,
                [("field-step-status".to_owned(), "completed".to_owned())]
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
}

async fn the_dashboard_shows_my_overdue_steps_reviews_waiting_steps_and_appointments(db: Db) {
    let me = case_manager(&db).await;
    let colleague = user(&db, "kollegin@test.example", "case_manager", "Stadt Köln").await;
    let partner: i64 = sqlx::query_scalar(
        "SELECT organisation_id FROM users WHERE email = 'kollegin@test.example'",
    )
    .fetch_one(&db.pool)
    .await
    .unwrap();
    let case_id = case_in_planning(&db, &me).await;
    let goal_id = plans::add_goal(&db, &me, case_id, &goal("language", "reach-b1", ""))
        .await
        .unwrap();
    let overdue = plans::add_step(&db, &me, goal_id, &step("integration-course", 1))
        .await
        .unwrap();
    // Time passes: the step's due date is now yesterday.
    sqlx::query("UPDATE steps SET due_date = $1 WHERE id = $2")
        .bind(day(-1))
        .bind(overdue)
        .execute(&db.pool)
        .await
        .unwrap();
    let waiting = StepInput {
        responsible_kind: "organisation".into(),
        responsible_organisation_id: partner.to_string(),
        ..step("recognition-counselling", 40)
    };
    let waiting = plans::add_step(&db, &me, goal_id, &waiting).await.unwrap();
    plans::set_step_status(&db, &me, waiting, 1, "registered", "", "")
        .await
        .unwrap();
    plans::agree(&db, &me, case_id, &day(0), "signature", "", &day(10))
        .await
        .unwrap();
    let appointment = AppointmentInput {
        on_date: day(2),
        at_time: "09:30".into(),
        place: "Sprachschule".into(),
        ..Default::default()
    };
    plans::add_appointment(&db, &me, case_id, &appointment)
        .await
        .unwrap();
    assert_eq!(
        invalid(
            plans::add_appointment(
                &db,
                &me,
                case_id,
                &AppointmentInput {
                    on_date: day(-1),
                    place: "x".into(),
                    ..Default::default()
                }
            )
            .await
        ),
        ("on_date".into(), "error-date-in-past".into())
    );
    assert_eq!(
        invalid(
            plans::add_appointment(
                &db,
                &me,
                case_id,
                &AppointmentInput {
                    on_date: day(1),
                    at_time: "25:00".into(),
                    place: "x".into(),
                    ..Default::default()
                }
            )
            .await
        ),
        ("at_time".into(), "error-time-invalid".into())
    );

    let mine = dashboard::load(&db, &me).await.unwrap();
    assert_eq!(
        mine.phases.iter().find(|(p, _)| p == "planning").unwrap().1,
        1
    );
    assert_eq!(mine.overdue_steps.steps.len(), 1);
    assert_eq!(mine.overdue_steps.total, 1);
    assert_eq!(
        mine.overdue_steps.steps[0].service_type,
        "integration-course"
    );
    assert_eq!(mine.waiting_steps.steps.len(), 1);
    assert_eq!(mine.reviews_due.len(), 1);
    assert_eq!(mine.reviews_due[0].review_due, day(10));
    assert_eq!(mine.appointments.len(), 1);
    assert_eq!(mine.recent[0].id, case_id);

    let theirs = dashboard::load(&db, &colleague).await.unwrap();
    assert!(
        theirs.overdue_steps.steps.is_empty()
            && theirs.overdue_steps.total == 0
            && theirs.recent.is_empty()
            && theirs.appointments.is_empty()
    );
}

async fn the_dashboard_shows_twenty_overdue_steps_latest_first_and_counts_them_all(db: Db) {
    let me = case_manager(&db).await;
    let case_id = case_in_planning(&db, &me).await;
    let goal_id = plans::add_goal(&db, &me, case_id, &goal("language", "reach-b1", ""))
        .await
        .unwrap();
    for days_late in 1..=23 {
        let id = plans::add_step(&db, &me, goal_id, &step("integration-course", 1))
            .await
            .unwrap();
        sqlx::query("UPDATE steps SET due_date = $1 WHERE id = $2")
            .bind(day(-days_late))
            .bind(id)
            .execute(&db.pool)
            .await
            .unwrap();
    }

    let board = dashboard::load(&db, &me).await.unwrap();
    assert_eq!(board.overdue_steps.total, 23);
    let due: Vec<String> = board
        .overdue_steps
        .steps
        .iter()
        .map(|s| s.due_date.clone().unwrap())
        .collect();
    assert_eq!(due, (1..=20).map(|d| day(-d)).collect::<Vec<_>>());
    assert!(board
        .overdue_steps
        .steps
        .iter()
        .all(|s| s.case_id == case_id && !s.client_name.is_empty()));
}

async fn administrators_extend_catalogues_with_a_text_per_locale(db: Db) {
    let admin = user(&db, "admin@test.example", "administrator", "Stadt Köln").await;
    let me = case_manager(&db).await;
    let texts = vec![
        ("de".to_owned(), "Fahrradkurs".to_owned()),
        ("ar".to_owned(), "دورة ركوب الدراجات".to_owned()),
    ];
    assert_eq!(
        catalogues::add_entry(&db, &me, "service", "participation", &texts)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
    assert_eq!(
        invalid(
            catalogues::add_entry(
                &db,
                &admin,
                "service",
                "participation",
                &[("ar".into(), "x".into())]
            )
            .await
        ),
        ("text_de".into(), "error-required".into())
    );
    assert_eq!(
        invalid(catalogues::add_entry(&db, &admin, "phase", "", &texts).await).0,
        "catalogue"
    );
    let code = catalogues::add_entry(&db, &admin, "service", "participation", &texts)
        .await
        .unwrap();
    let custom = catalogues::custom_entries(&db).await.unwrap();
    let entry = custom.iter().find(|e| e.code == code).unwrap();
    assert_eq!(entry.text_in("ar").text, "دورة ركوب الدراجات");
    let ukrainian = entry.text_in("uk");
    assert!(ukrainian.untranslated && ukrainian.text == "Fahrradkurs");
    // The new service type can be used in a plan at once.
    let case_id = case_in_planning(&db, &me).await;
    let goal_id = plans::add_goal(
        &db,
        &me,
        case_id,
        &goal("participation", "social-contacts", ""),
    )
    .await
    .unwrap();
    plans::add_step(&db, &me, goal_id, &step(&code, 10))
        .await
        .unwrap();
    assert_eq!(
        invalid(plans::add_step(&db, &me, goal_id, &step("x-unknown", 10)).await).0,
        "service_type"
    );
}

async fn demo_data_has_clients_in_every_phase_and_synthetic_caseloads_can_be_generated(db: Db) {
    demo::load(&db).await.unwrap();
    let me = accounts::user_by_email(&db, demo_cases::DEMO_CASE_MANAGER)
        .await
        .unwrap()
        .unwrap();
    let languages: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT preferred_language FROM clients")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    for wanted in ["ara", "prs", "ukr", "tur", "kmr"] {
        assert!(languages.iter().any(|l| l == wanted), "{wanted}");
    }
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(count, 40);
    let phases: Vec<String> = sqlx::query_scalar("SELECT DISTINCT phase FROM cases")
        .fetch_all(&db.pool)
        .await
        .unwrap();
    assert_eq!(phases.len(), 8, "{phases:?}");
    let board = dashboard::load(&db, &me).await.unwrap();
    assert!(
        !board.overdue_steps.steps.is_empty()
            && !board.reviews_due.is_empty()
            && !board.appointments.is_empty()
    );

    assert_eq!(demo_cases::generate(&db, 600).await.unwrap(), 600);
    let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(count, 640);
    let steps: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM steps")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(steps >= 600 * 10, "{steps}");
    let found = clients::search(
        &db,
        &me,
        &app::models::ClientQuery {
            text: "olena".into(),
            ..Default::default()
        },
        1,
    )
    .await
    .unwrap();
    assert!(found.items.len() >= 2);
    // Synthetic case managers carry 250 clients each; the demo case manager keeps a caseload.
    let mine: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM cases WHERE owner_id = $1")
        .bind(me.id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(mine, 40 + 250);
    let generated: i64 = sqlx::query_scalar("SELECT MAX(id) FROM cases WHERE owner_id = $1")
        .bind(me.id)
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let plan = plans::detail(&db, &me, generated).await.unwrap();
    assert_eq!(plan.goals.len(), 3);
    assert_eq!(plan.goals.iter().map(|g| g.steps.len()).sum::<usize>(), 10);

    // The retention benchmark's share of clients due: every tenth client's cases were closed,
    // and a consent of theirs ended, four years ago; the next run deletes exactly those
    // clients (their records, cases, plans, consents), and no one else's.
    let every_tenth: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients WHERE id % 10 = 0")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let clients_before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    let written = demo_cases::clients_past_their_period(&db, 10)
        .await
        .unwrap();
    assert_eq!(written as i64, every_tenth);
    let (_, deleted) = retention::apply(&db, now_ms()).await.unwrap();
    for kind in ["consents", "client-record"] {
        assert!(
            deleted.contains(&(kind.to_owned(), every_tenth)),
            "{kind}: {deleted:?}"
        );
    }
    let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients WHERE id % 10 = 0")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
    let clients_after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(clients_after, clients_before - every_tenth);
}

/// An export of a whole caseload writes one audit entry per client; they are written a few
/// hundred at a time (not built all at once in memory), and the chain holds across them.
async fn a_caseload_export_audits_every_client_once_and_the_chain_holds(db: Db) {
    demo::load(&db).await.unwrap();
    demo_cases::generate(&db, 600).await.unwrap();
    demo_cases::assign_all(&db, demo_cases::DEMO_CASE_MANAGER)
        .await
        .unwrap();
    let me = accounts::user_by_email(&db, demo_cases::DEMO_CASE_MANAGER)
        .await
        .unwrap()
        .unwrap();
    let clients: i64 = sqlx::query_scalar("SELECT COUNT(DISTINCT client_id) FROM cases")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert!(
        clients > 600,
        "more clients than one batch of entries: {clients}"
    );
    app::server::exports::begin_caseload_export(&db, &me)
        .await
        .unwrap();
    let (entries, subjects): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(DISTINCT l.subject) FROM audit_log l
         JOIN client_subjects s ON s.subject = l.subject
         WHERE l.record = 'caseload-export' AND l.action = 'export' AND l.actor_id = $1",
    )
    .bind(me.id)
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!((entries, subjects), (clients, clients));
    assert_eq!(app::server::audit::verify(&db).await.unwrap(), None);
}

async fn a_stale_phase_assessment_or_facts_edit_names_what_is_stored_now(db: Db) {
    let me = case_manager(&db).await;
    let case_id = case_in_planning(&db, &me).await;
    let head = cases::detail(&db, &me, case_id).await.unwrap().head;
    // A phase change made on an older version names the phase the case is in now.
    match cases::change_phase(&db, &me, case_id, head.version - 1, "implementation", "").await {
        Err(AppError::Conflict { changes, version }) => {
            assert_eq!(version, head.version);
            assert_eq!(changes, [("case-phase".to_owned(), "planning".to_owned())]);
        }
        other => panic!("expected a conflict, got {other:?}"),
    }

    // An assessment names only the fields stored differently from what was sent.
    let language = |needs: &str| AssessmentInput {
        domain: "language".into(),
        needs: needs.into(),
        resources: "motiviert".into(),
        client_goals: "B1".into(),
    };
    assert_eq!(
        cases::save_assessment(&db, &me, case_id, 0, &language("Kurs"))
            .await
            .unwrap(),
        1
    );
    match cases::save_assessment(&db, &me, case_id, 0, &language("Kurs mit Kinderbetreuung")).await
    {
        Err(AppError::Conflict { changes, version }) => {
            assert_eq!(version, 1);
            assert_eq!(
                changes,
                [("assessment-needs".to_owned(), "Kurs".to_owned())]
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }

    // The same for the structured facts; an empty stored value is named as empty.
    let facts = FactsInput {
        language_level: "a2".into(),
        schooling: "8 Jahre Schule".into(),
        ..FactsInput::default()
    };
    assert_eq!(
        cases::save_facts(&db, &me, case_id, 0, &facts)
            .await
            .unwrap(),
        1
    );
    let mine = FactsInput {
        language_level: "b1".into(),
        housing_situation: "shelter".into(),
        ..facts.clone()
    };
    match cases::save_facts(&db, &me, case_id, 0, &mine).await {
        Err(AppError::Conflict { changes, version }) => {
            assert_eq!(version, 1);
            assert_eq!(
                changes,
                [
                    ("field-language-level".to_owned(), "a2".to_owned()),
                    ("field-housing-situation".to_owned(), String::new()),
                ]
            );
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let detail = cases::detail(&db, &me, case_id).await.unwrap();
    assert_eq!(detail.facts.language_level.as_deref(), Some("a2"));
    assert_eq!(detail.facts.housing_situation, None);
    assert_eq!(detail.assessments[0].needs, "Kurs");
}

async fn a_case_closes_with_a_closure_reason_administrators_added(db: Db) {
    let admin = user(&db, "admin@test.example", "administrator", "Stadt Köln").await;
    let me = case_manager(&db).await;
    // Closure reasons belong to no life domain: the domain field is not asked for.
    let reason = catalogues::add_entry(
        &db,
        &admin,
        "closure",
        "",
        &[("de".into(), "Rückkehr ins Herkunftsland".into())],
    )
    .await
    .unwrap();
    let case_id = case_in_planning(&db, &me).await;
    let version = cases::detail(&db, &me, case_id).await.unwrap().head.version;
    assert_eq!(
        invalid(cases::change_phase(&db, &me, case_id, version, "closed", "x-0123456789").await),
        ("closure_reason".into(), "error-choose-from-list".into())
    );
    cases::change_phase(&db, &me, case_id, version, "closed", &reason)
        .await
        .unwrap();
    let detail = cases::detail(&db, &me, case_id).await.unwrap();
    assert_eq!(detail.head.closure_reason.as_deref(), Some(reason.as_str()));
    assert_eq!(
        detail.history.last().unwrap().closure_reason.as_deref(),
        Some(reason.as_str())
    );
}

on_both_backends! {
    assessment_needs_consent => no_assessment_is_recorded_before_the_client_consents_to_case_management;
    client_record_concurrency => a_client_record_is_edited_with_optimistic_concurrency;
    compartments => household_and_compartments_are_kept_apart;
    record_access => only_case_managers_of_the_organisation_reach_records_and_cases;
    case_phases => a_case_moves_through_its_phases_and_assessment_needs_consent;
    assessment => the_assessment_is_kept_per_life_domain_with_structured_facts;
    plan_versions => a_plan_is_drafted_agreed_and_changed_into_a_new_version;
    step_history => step_statuses_keep_their_history_and_edits_never_overwrite_silently;
    dashboard_lists => the_dashboard_shows_my_overdue_steps_reviews_waiting_steps_and_appointments;
    dashboard_counts_beyond_the_shown => the_dashboard_shows_twenty_overdue_steps_latest_first_and_counts_them_all;
    custom_catalogues => administrators_extend_catalogues_with_a_text_per_locale;
    stale_edits => a_stale_phase_assessment_or_facts_edit_names_what_is_stored_now;
    custom_closure => a_case_closes_with_a_closure_reason_administrators_added;
    demo_and_generator => demo_data_has_clients_in_every_phase_and_synthetic_caseloads_can_be_generated;
    caseload_export_audit => a_caseload_export_audits_every_client_once_and_the_chain_holds;
}
