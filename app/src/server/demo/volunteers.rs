//! Demo volunteer tasks for `ehrenamt@lotse.example` (Integrationslotsen Köln) in every
//! state, with the clients' consents for volunteer support, made through the same domain
//! functions as the screens.

use chrono::Duration;

use crate::error::AppError;
use crate::models::{ConsentCategory, TaskAction};
use crate::server::demo::history::on;
use crate::server::infra::db::Db;
use crate::server::network::consents::{self, ConsentInput};
use crate::server::volunteers::{self, ActionInput, TaskInput};
use crate::server::{admin::accounts, infra::input};

const CASE_MANAGER: &str = "fallmanager@lotse.example";
const VOLUNTEER: &str = "ehrenamt@lotse.example";

struct DemoTask {
    /// Demo client (and case) id.
    client: i64,
    kind: &'static str,
    /// The task's day, from today (done tasks: some days ago).
    in_days: i64,
    at: &'static str,
    place: &'static str,
    bring: &'static str,
    note: &'static str,
    by_name: bool,
    /// What the volunteer did: nothing, accept, decline, done, or done with a problem.
    then: &'static [(TaskAction, &'static str, bool)],
}

const TASKS: &[DemoTask] = &[
    DemoTask {
        client: 1,
        kind: "accompany",
        in_days: 3,
        at: "09:30",
        place: "Ausländerbehörde Köln, Blumenthalstraße 33",
        bring: "Pass, Meldebescheinigung, biometrisches Foto",
        note: "Wartenummer am Eingang ziehen; Frau Haddad spricht etwas Englisch.",
        by_name: false,
        then: &[],
    },
    DemoTask {
        client: 3,
        kind: "form-help",
        in_days: 5,
        at: "15:00",
        place: "Bürgerzentrum Chorweiler, Pariser Platz 1",
        bring: "Brief der Familienkasse",
        note: "Antrag auf Kindergeld ausfüllen.",
        by_name: true,
        then: &[],
    },
    DemoTask {
        client: 2,
        kind: "language-practice",
        in_days: 2,
        at: "17:00",
        place: "Stadtbibliothek Kalk, Kalk-Mülheimer Straße 58",
        bring: "",
        note: "Gespräche üben für die Prüfung „Deutsch-Test für Zuwanderer“.",
        by_name: false,
        then: &[(TaskAction::Accept, "", false)],
    },
    DemoTask {
        client: 1,
        kind: "housing-search",
        in_days: -2,
        at: "10:00",
        place: "Wohnungsamt, Ottmar-Pohl-Platz 1",
        bring: "Wohnberechtigungsschein",
        note: "Wohnungsangebote gemeinsam durchsehen.",
        by_name: false,
        then: &[
            (TaskAction::Accept, "", false),
            (
                TaskAction::Done,
                "Drei Angebote angesehen, für eine Wohnung in Kalk ist ein Besichtigungstermin vereinbart.",
                false,
            ),
        ],
    },
    DemoTask {
        client: 3,
        kind: "accompany",
        in_days: -1,
        at: "08:15",
        place: "Jobcenter Köln, Luxemburger Straße 121",
        bring: "Bescheid über Bürgergeld",
        note: "Erstgespräch Arbeitsvermittlung.",
        by_name: false,
        then: &[
            (TaskAction::Accept, "", false),
            (
                TaskAction::Done,
                "Termin war abgesagt, niemand hat Bescheid gegeben. Frau Kovalenko braucht einen neuen Termin.",
                true,
            ),
        ],
    },
];

/// Loads the demo tasks (after the demo clients and the partner network).
/// A client's signed consent that the volunteers' organisation `organisation_id` learns their
/// name and languages, from `from` on.
pub(crate) fn volunteer_consent(organisation_id: i64, from: chrono::NaiveDate) -> ConsentInput {
    ConsentInput {
        organisation_id: organisation_id.to_string(),
        purpose: "volunteer-support".into(),
        categories: vec![
            ConsentCategory::Identity.as_str().into(),
            ConsentCategory::Language.as_str().into(),
        ],
        valid_from: from.to_string(),
        method: "signature".into(),
        ..ConsentInput::default()
    }
}

pub async fn load(db: &Db) -> Result<(), AppError> {
    let (Some(cm), Some(volunteer)) = (
        accounts::user_by_email(db, CASE_MANAGER).await?,
        accounts::user_by_email(db, VOLUNTEER).await?,
    ) else {
        return Ok(());
    };
    let today = input::today();
    let consented = today - Duration::days(20);
    for client in [1, 2, 3] {
        let consent = volunteer_consent(volunteer.organisation_id, consented);
        on(consented, 10, consents::record(db, &cm, client, &consent)).await?;
    }
    for (n, task) in TASKS.iter().enumerate() {
        let on_date = today + Duration::days(task.in_days);
        let form = TaskInput {
            kind: task.kind.into(),
            organisation_id: volunteer.organisation_id.to_string(),
            offered_to: if task.by_name {
                volunteer.id.to_string()
            } else {
                String::new()
            },
            on_date: on_date.to_string(),
            at_time: task.at.into(),
            place: task.place.into(),
            bring: task.bring.into(),
            note: task.note.into(),
            ..TaskInput::default()
        };
        // Offered four days before the day (tasks still to come: four days ago), accepted
        // the next day, reported done in the evening of the day itself.
        let offered = on_date.min(today) - Duration::days(4);
        let id = on(offered, 11, volunteers::create(db, &cm, task.client, &form)).await?;
        for (step, (action, report, problem)) in task.then.iter().enumerate() {
            let act = ActionInput {
                key: format!("demo-task-{n}-{step}"),
                action: action.as_str().into(),
                report: (*report).into(),
                problem: *problem,
            };
            let (day, hour) = if *action == TaskAction::Done {
                (on_date, 18)
            } else {
                (offered + Duration::days(1), 9)
            };
            on(day, hour, volunteers::act(db, &volunteer, id, &act)).await?;
        }
    }
    Ok(())
}
