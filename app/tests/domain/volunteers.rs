//! Volunteer tasks on SQLite and on PostgreSQL: offering a task needs the client's consent
//! for volunteer support; a volunteer sees only the tasks of their network (or offered to
//! them) and of the client only first name, phone and language, and a task's notes only
//! within the consent for volunteer support; actions are applied once
//! per key; a reported problem becomes the case manager's follow-up; everything is audited.

use app::error::AppError;
use app::models::{CurrentUser, NewClient, OrganisationType};
use app::on_both_backends;
use app::server::network::consents::{self, ConsentInput};
use app::server::testing::{day, invalid, user};
use app::server::volunteers::{self, ActionInput, TaskInput};
use app::server::{
    admin::accounts, audit, casework::cases, casework::clients, casework::dashboard,
    casework::plans, Db,
};

use crate::helpers::{case_manager, consent_to, register};

async fn volunteer_in(db: &Db, email: &str, network: &str) -> CurrentUser {
    let volunteer = user(db, email, "volunteer", network).await;
    sqlx::query("UPDATE organisations SET organisation_type = $1 WHERE id = $2")
        .bind(OrganisationType::VolunteerNetwork.as_str())
        .bind(volunteer.organisation_id)
        .execute(&db.pool)
        .await
        .unwrap();
    volunteer
}

struct World {
    cm: CurrentUser,
    lotsin: CurrentUser,
    colleague: CurrentUser,
    elsewhere: CurrentUser,
    client_id: i64,
    case_id: i64,
}

/// A case manager's client with a health note and residence data, two volunteers of one
/// network and one of another.
async fn world(db: &Db) -> World {
    let cm = case_manager(db).await;
    let lotsin = volunteer_in(db, "lotsin@test.example", "Integrationslotsen").await;
    let colleague = volunteer_in(db, "lotse@test.example", "Integrationslotsen").await;
    let elsewhere = volunteer_in(db, "pate@test.example", "Patenschaften Bonn").await;
    let new = NewClient {
        given_names: "Amira Nour".into(),
        family_name: "Haddad".into(),
        preferred_language: "ara".into(),
        phone: "+49 221 5555".into(),
        street: "Kalker Hauptstraße 1".into(),
        ..NewClient::default()
    };
    let client_id = register(db, &cm, &new).await;
    clients::add_note(db, &cm, client_id, "health", "Schwanger", "")
        .await
        .unwrap();
    let case_id = cases::open(db, &cm, client_id).await.unwrap();
    World {
        cm,
        lotsin,
        colleague,
        elsewhere,
        client_id,
        case_id,
    }
}

fn consent(network: i64, categories: &[&str]) -> ConsentInput {
    consent_to(network, "volunteer-support", categories)
}

fn task(network: i64) -> TaskInput {
    TaskInput {
        kind: "accompany".into(),
        organisation_id: network.to_string(),
        on_date: day(3),
        at_time: "09:30".into(),
        place: "Ausländerbehörde, Blumenthalstraße 33".into(),
        bring: "Pass".into(),
        note: "Verlängerung".into(),
        ..TaskInput::default()
    }
}

fn action(key: &str, action: &str, report: &str, problem: bool) -> ActionInput {
    ActionInput {
        key: key.into(),
        action: action.into(),
        report: report.into(),
        problem,
    }
}

async fn offering_a_task_needs_consent_for_volunteer_support_to_that_network(db: Db) {
    let w = world(&db).await;
    let network = w.lotsin.organisation_id;
    let create = |form: TaskInput| {
        let (db, cm, case_id) = (db.clone(), w.cm.clone(), w.case_id);
        async move { volunteers::create(&db, &cm, case_id, &form).await }
    };
    // No consent yet; a consent for another purpose or without identity does not do either.
    assert_eq!(
        invalid(create(task(network)).await),
        (
            "organisation_id".into(),
            "error-volunteer-consent-missing".into()
        )
    );
    let mut other_purpose = consent(network, &["identity"]);
    other_purpose.purpose = "counselling".into();
    consents::record(&db, &w.cm, w.client_id, &other_purpose)
        .await
        .unwrap();
    consents::record(&db, &w.cm, w.client_id, &consent(network, &["language"]))
        .await
        .unwrap();
    assert_eq!(
        invalid(create(task(network)).await).1,
        "error-volunteer-consent-missing"
    );
    // Wrong input keeps its field: a city office is no volunteer network, the date is past.
    assert_eq!(
        invalid(create(task(w.cm.organisation_id)).await),
        ("organisation_id".into(), "error-choose-from-list".into())
    );
    consents::record(&db, &w.cm, w.client_id, &consent(network, &["identity"]))
        .await
        .unwrap();
    let past = TaskInput {
        on_date: day(-1),
        ..task(network)
    };
    assert_eq!(invalid(create(past).await).0, "on_date");
    let by_name_elsewhere = TaskInput {
        offered_to: w.elsewhere.id.to_string(),
        ..task(network)
    };
    assert_eq!(invalid(create(by_name_elsewhere).await).0, "offered_to");
    // Linked to an appointment, its date, time and place are taken.
    let appointment = plans::add_appointment(
        &db,
        &w.cm,
        w.case_id,
        &plans::AppointmentInput {
            on_date: day(6),
            at_time: "11:00".into(),
            place: "Jobcenter, Luxemburger Straße 121".into(),
            ..plans::AppointmentInput::default()
        },
    )
    .await
    .unwrap();
    let linked = TaskInput {
        appointment_id: appointment.to_string(),
        on_date: String::new(),
        at_time: String::new(),
        place: String::new(),
        ..task(network)
    };
    create(linked).await.unwrap();
    let page = volunteers::of_case(&db, &w.cm, w.case_id).await.unwrap();
    assert_eq!(page.tasks.len(), 1);
    let t = &page.tasks[0];
    assert_eq!(
        (t.on_date.as_str(), t.at_time.as_deref(), t.place.as_str()),
        (
            day(6).as_str(),
            Some("11:00"),
            "Jobcenter, Luxemburger Straße 121"
        )
    );
    assert_eq!(
        (t.status.as_str(), t.network.as_str()),
        ("offered", "Integrationslotsen")
    );
    let listed = page.networks.iter().find(|n| n.id == network).unwrap();
    assert_eq!(listed.covered, ["identity", "language"]);
    assert_eq!(listed.volunteers.len(), 2);
}

async fn a_volunteer_sees_only_their_networks_tasks_and_only_name_phone_and_language(db: Db) {
    let w = world(&db).await;
    let network = w.lotsin.organisation_id;
    let consent_id = consents::record(
        &db,
        &w.cm,
        w.client_id,
        &consent(network, &["identity", "language"]),
    )
    .await
    .unwrap();
    let id = volunteers::create(&db, &w.cm, w.case_id, &task(network))
        .await
        .unwrap();
    // Offered to the network: both of its volunteers see it, with the first name and the
    // language but no phone before accepting; the other network sees nothing.
    for v in [&w.lotsin, &w.colleague] {
        let list = volunteers::for_volunteer(&db, v).await.unwrap();
        assert_eq!(list.tasks.len(), 1);
        let t = &list.tasks[0];
        assert_eq!(t.client_first_name.as_deref(), Some("Amira"));
        assert!(t.client_language.as_deref().unwrap().contains("ara"));
        assert_eq!(t.client_phone, None);
    }
    assert!(volunteers::for_volunteer(&db, &w.elsewhere)
        .await
        .unwrap()
        .tasks
        .is_empty());
    assert_eq!(
        volunteers::act(
            &db,
            &w.elsewhere,
            id,
            &action("k-elsewhere-1", "accept", "", false)
        )
        .await
        .unwrap_err(),
        AppError::NotFound
    );
    // Accepted: the phone comes to the volunteer who took it; the other no longer sees it.
    volunteers::act(
        &db,
        &w.lotsin,
        id,
        &action("k-accept-1", "accept", "", false),
    )
    .await
    .unwrap();
    let mine = volunteers::for_volunteer(&db, &w.lotsin).await.unwrap();
    assert_eq!(mine.tasks[0].client_phone.as_deref(), Some("+49 221 5555"));
    assert!(mine.tasks[0].mine);
    assert!(volunteers::for_volunteer(&db, &w.colleague)
        .await
        .unwrap()
        .tasks
        .is_empty());
    // What goes to the tablet carries nothing else of the client: no family name, address,
    // health note, plan.
    let json = serde_json::to_string(&mine).unwrap();
    for secret in ["Haddad", "Nour", "Kalker", "Schwanger"] {
        assert!(!json.contains(secret), "{secret} was sent");
    }
    // The reads are audited per client with the consent as basis.
    let (basis, categories): (String, String) = sqlx::query_as(
        "SELECT basis, categories FROM audit_log
         WHERE actor_id = $1 AND record = $3
           AND subject IN (SELECT subject FROM client_subjects WHERE client_id = $2)
         ORDER BY seq DESC LIMIT 1",
    )
    .bind(w.lotsin.id)
    .bind(w.client_id)
    .bind(format!("volunteer-task:{id}"))
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(basis, format!("consent:{consent_id};volunteer-task:{id}"));
    assert_eq!(categories, "identity,language");
    // Revoked consent: on the next request the task comes without client data.
    consents::revoke(&db, &w.cm, consent_id).await.unwrap();
    let after = volunteers::for_volunteer(&db, &w.lotsin).await.unwrap();
    assert_eq!(
        (
            after.tasks[0].client_first_name.as_deref(),
            after.tasks[0].client_phone.as_deref(),
            after.tasks[0].client_language.as_deref()
        ),
        (None, None, None)
    );
    // Case files stay closed to volunteers, and the attempts are audited.
    let refusals = |actor: i64| {
        let db = db.clone();
        async move {
            let n: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND allowed = 0",
            )
            .bind(actor)
            .fetch_one(&db.pool)
            .await
            .unwrap();
            n
        }
    };
    let before = refusals(w.lotsin.id).await;
    assert_eq!(
        plans::detail(&db, &w.lotsin, w.case_id).await.unwrap_err(),
        AppError::Forbidden
    );
    assert_eq!(
        clients::detail(&db, &w.lotsin, w.client_id)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
    assert_eq!(refusals(w.lotsin.id).await, before + 2);
}

/// While a hold restricts the client's data, the volunteer's list still shows the task (so
/// an appointment is not missed) but nothing of the client, and no new task can be offered.
async fn a_volunteer_sees_no_client_data_while_a_hold_restricts_them(db: Db) {
    let w = world(&db).await;
    let network = w.lotsin.organisation_id;
    consents::record(
        &db,
        &w.cm,
        w.client_id,
        &consent(network, &["identity", "language"]),
    )
    .await
    .unwrap();
    volunteers::create(&db, &w.cm, w.case_id, &task(network))
        .await
        .unwrap();
    let hold = app::server::casework::holds::place(
        &db,
        &w.cm,
        w.client_id,
        "disputed-accuracy",
        &day(10),
        "",
    )
    .await
    .unwrap();
    let list = volunteers::for_volunteer(&db, &w.lotsin).await.unwrap();
    let t = &list.tasks[0];
    assert_eq!(
        (t.client_first_name.as_deref(), t.client_language.as_deref()),
        (None, None)
    );
    assert_eq!(
        invalid(volunteers::create(&db, &w.cm, w.case_id, &task(network)).await),
        ("organisation_id".into(), "error-client-held".into())
    );
    app::server::casework::holds::end(&db, &w.cm, hold)
        .await
        .unwrap();
    let list = volunteers::for_volunteer(&db, &w.lotsin).await.unwrap();
    assert_eq!(list.tasks[0].client_first_name.as_deref(), Some("Amira"));
}

async fn a_volunteer_gets_a_tasks_notes_only_within_the_consent_for_volunteer_support(db: Db) {
    let w = world(&db).await;
    let network = w.lotsin.organisation_id;
    let consent_id = consents::record(
        &db,
        &w.cm,
        w.client_id,
        &consent(network, &["identity", "language"]),
    )
    .await
    .unwrap();
    let form = TaskInput {
        bring: "Pass, Brief vom Amt".into(),
        note: "Frau Haddad spricht etwas Englisch.".into(),
        ..task(network)
    };
    let open = volunteers::create(&db, &w.cm, w.case_id, &form)
        .await
        .unwrap();
    let finished = volunteers::create(&db, &w.cm, w.case_id, &form)
        .await
        .unwrap();
    let report = "Erledigt. Frau Haddad braucht noch eine Meldebescheinigung.";
    for (key, action_name, text) in [
        ("k-fin-accept", "accept", ""),
        ("k-fin-done1", "done", report),
    ] {
        volunteers::act(
            &db,
            &w.lotsin,
            finished,
            &action(key, action_name, text, false),
        )
        .await
        .unwrap();
    }
    // The consent covers name and contact: the open task comes with its note and what to
    // bring; the finished one with neither, nor the report.
    let list = volunteers::for_volunteer(&db, &w.lotsin).await.unwrap();
    let shown = list.tasks.iter().find(|t| t.id == open).unwrap();
    assert_eq!(
        shown.note.as_deref(),
        Some("Frau Haddad spricht etwas Englisch.")
    );
    assert_eq!(shown.bring.as_deref(), Some("Pass, Brief vom Amt"));
    let done = list.tasks.iter().find(|t| t.id == finished).unwrap();
    assert_eq!(
        (done.status.as_str(), &done.note, &done.bring),
        ("done", &None, &None)
    );
    assert!(!serde_json::to_string(&list)
        .unwrap()
        .contains("Meldebescheinigung"));
    // The client narrows the consent to the language: the note and what to bring are gone on
    // the next request; nothing the tablet receives names her.
    consents::revoke(&db, &w.cm, consent_id).await.unwrap();
    consents::record(&db, &w.cm, w.client_id, &consent(network, &["language"]))
        .await
        .unwrap();
    let list = volunteers::for_volunteer(&db, &w.lotsin).await.unwrap();
    let shown = list.tasks.iter().find(|t| t.id == open).unwrap();
    assert_eq!((&shown.note, &shown.bring), (&None, &None));
    assert!(shown.client_language.is_some());
    let json = serde_json::to_string(&list).unwrap();
    for secret in ["Haddad", "Brief vom Amt", "Amira"] {
        assert!(!json.contains(secret), "{secret} was sent");
    }
    // The case manager's form says what the consent covers now (the page lists it).
    let page = volunteers::of_case(&db, &w.cm, w.case_id).await.unwrap();
    let listed = page.networks.iter().find(|n| n.id == network).unwrap();
    assert_eq!(listed.covered, ["language"]);
}

async fn an_action_sent_twice_is_applied_once_and_a_problem_becomes_a_follow_up(db: Db) {
    let w = world(&db).await;
    let network = w.lotsin.organisation_id;
    consents::record(&db, &w.cm, w.client_id, &consent(network, &["identity"]))
        .await
        .unwrap();
    let by_name = TaskInput {
        offered_to: w.lotsin.id.to_string(),
        ..task(network)
    };
    let id = volunteers::create(&db, &w.cm, w.case_id, &by_name)
        .await
        .unwrap();
    // Offered by name: the colleague does not see it.
    assert!(volunteers::for_volunteer(&db, &w.colleague)
        .await
        .unwrap()
        .tasks
        .is_empty());
    let accepted = volunteers::act(
        &db,
        &w.lotsin,
        id,
        &action("key-accept", "accept", "", false),
    )
    .await
    .unwrap();
    assert!(!accepted.repeated);
    // A report needs text; what was sent is refused, not half applied.
    assert_eq!(
        invalid(volunteers::act(&db, &w.lotsin, id, &action("key-empty", "done", " ", true)).await),
        ("report".into(), "error-required".into())
    );
    let report = "Termin fand nicht statt, Behörde geschlossen.";
    let done = action("key-done-0001", "done", report, true);
    let first = volunteers::act(&db, &w.lotsin, id, &done).await.unwrap();
    let second = volunteers::act(&db, &w.lotsin, id, &done).await.unwrap();
    assert_eq!((first.status.as_str(), first.repeated), ("done", false));
    assert_eq!((second.status.as_str(), second.repeated), ("done", true));
    let count = |sql: &'static str| {
        let db = db.clone();
        async move {
            let n: i64 = sqlx::query_scalar(sql)
                .bind(id)
                .fetch_one(&db.pool)
                .await
                .unwrap();
            n
        }
    };
    assert_eq!(
        count("SELECT COUNT(*) FROM follow_ups WHERE task_id = $1").await,
        1
    );
    assert_eq!(
        count("SELECT COUNT(*) FROM volunteer_task_actions WHERE task_id = $1").await,
        2
    );
    // Someone else's key is no way in.
    assert_eq!(
        volunteers::act(&db, &w.colleague, id, &done)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    // The case manager sees the report and the follow-up, on the case and the dashboard.
    let page = volunteers::of_case(&db, &w.cm, w.case_id).await.unwrap();
    assert_eq!(page.tasks[0].report.as_deref(), Some(report));
    assert!(page.tasks[0].problem);
    assert_eq!(page.follow_ups.len(), 1);
    let board = dashboard::load(&db, &w.cm).await.unwrap();
    assert_eq!(board.follow_ups.len(), 1);
    assert_eq!(board.follow_ups[0].kind, "volunteer-problem");
    // … and a mail that says so, without the report (it is about the client).
    let mails = crate::helpers::mails(&db, "volunteer-problem").await;
    assert_eq!(mails.len(), 1, "told once, though the action came twice");
    assert_eq!(mails[0].0, "fm@test.example");
    assert!(mails[0].3.contains(&format!("/cases/{}", w.case_id)));
    assert!(!mails[0].3.contains(report));
    volunteers::complete_follow_up(&db, &w.cm, board.follow_ups[0].id)
        .await
        .unwrap();
    assert!(dashboard::load(&db, &w.cm)
        .await
        .unwrap()
        .follow_ups
        .is_empty());
    // A finished task takes no more actions.
    assert_eq!(
        invalid(
            volunteers::act(
                &db,
                &w.lotsin,
                id,
                &action("key-late", "decline", "", false)
            )
            .await
        )
        .1,
        "error-task-transition"
    );
    assert_eq!(audit::verify(&db).await.unwrap(), None);
}

async fn declining_a_network_task_hides_it_for_that_volunteer_only(db: Db) {
    let w = world(&db).await;
    let network = w.lotsin.organisation_id;
    consents::record(&db, &w.cm, w.client_id, &consent(network, &["identity"]))
        .await
        .unwrap();
    let id = volunteers::create(&db, &w.cm, w.case_id, &task(network))
        .await
        .unwrap();
    volunteers::act(
        &db,
        &w.colleague,
        id,
        &action("key-no-1", "decline", "", false),
    )
    .await
    .unwrap();
    assert!(volunteers::for_volunteer(&db, &w.colleague)
        .await
        .unwrap()
        .tasks
        .is_empty());
    // The other volunteer takes it, then cannot go after all: it is offered again.
    volunteers::act(
        &db,
        &w.lotsin,
        id,
        &action("key-yes-1", "accept", "", false),
    )
    .await
    .unwrap();
    let back = volunteers::act(
        &db,
        &w.lotsin,
        id,
        &action("key-no-2", "decline", "", false),
    )
    .await
    .unwrap();
    assert_eq!(back.status, "offered");
    let page = volunteers::of_case(&db, &w.cm, w.case_id).await.unwrap();
    assert_eq!(
        (page.tasks[0].status.as_str(), page.tasks[0].declined_by),
        ("offered", 2)
    );
    // The case manager withdraws it; volunteers no longer see it.
    volunteers::cancel(&db, &w.cm, id).await.unwrap();
    assert!(volunteers::for_volunteer(&db, &w.lotsin)
        .await
        .unwrap()
        .tasks
        .is_empty());
    // A volunteer who had accepted a task sees that it was withdrawn, without client data.
    let second = volunteers::create(&db, &w.cm, w.case_id, &task(network))
        .await
        .unwrap();
    volunteers::act(
        &db,
        &w.lotsin,
        second,
        &action("key-yes-2", "accept", "", false),
    )
    .await
    .unwrap();
    volunteers::cancel(&db, &w.cm, second).await.unwrap();
    let list = volunteers::for_volunteer(&db, &w.lotsin).await.unwrap();
    assert_eq!(list.tasks.len(), 1);
    assert_eq!(list.tasks[0].status, "cancelled");
    assert_eq!(list.tasks[0].client_first_name, None);
    assert_eq!(
        volunteers::cancel(&db, &w.cm, id).await.unwrap_err(),
        AppError::invalid("status", "error-task-transition")
    );
}

async fn the_demo_has_tasks_for_the_demo_volunteer_in_every_state(db: Db) {
    app::server::demo::load(&db).await.unwrap();
    let statuses: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT status FROM volunteer_tasks ORDER BY status")
            .fetch_all(&db.pool)
            .await
            .unwrap();
    assert_eq!(statuses, ["accepted", "done", "offered"]);
    let helga = accounts::user_by_email(&db, "ehrenamt@lotse.example")
        .await
        .unwrap()
        .unwrap();
    let list = volunteers::for_volunteer(&db, &helga).await.unwrap();
    assert_eq!(list.tasks.len(), 5);
    assert!(list.tasks.iter().any(|t| t.personal));
    assert!(list.tasks.iter().any(|t| t.problem));
    assert_eq!(audit::verify(&db).await.unwrap(), None);
}

on_both_backends! {
    consent_needed => offering_a_task_needs_consent_for_volunteer_support_to_that_network;
    minimal_data => a_volunteer_sees_only_their_networks_tasks_and_only_name_phone_and_language;
    held_client => a_volunteer_sees_no_client_data_while_a_hold_restricts_them;
    notes_within_consent => a_volunteer_gets_a_tasks_notes_only_within_the_consent_for_volunteer_support;
    applied_once => an_action_sent_twice_is_applied_once_and_a_problem_becomes_a_follow_up;
    network_decline => declining_a_network_task_hides_it_for_that_volunteer_only;
    demo_tasks => the_demo_has_tasks_for_the_demo_volunteer_in_every_state;
}
