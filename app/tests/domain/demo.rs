//! The demo world on SQLite and on PostgreSQL tells its story in order: every case was opened
//! before the client consented, assessed before its plan was agreed, and its steps, referrals
//! and phases moved on after that; and the coordinator's figures computed on it show
//! plausible numbers (weeks to a plan, months to a course), not zeros.

use std::collections::HashMap;

use app::i18n::koeln_date;
use app::models::CasePhase;
use app::models::{FigureFilter, FigureTable, Value};
use app::on_both_backends;
use app::server::{coordination::figures, demo, infra::input, Db};
use chrono::NaiveDate;

async fn rows<T>(db: &Db, sql: &str) -> Vec<T>
where
    T: for<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> + Send + Unpin,
{
    sqlx::query_as(sql).fetch_all(&db.pool).await.unwrap()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Checks that instants come in order, each with what it is, for a readable failure.
fn in_order(case: i64, what: &[(&str, i64)]) {
    for pair in what.windows(2) {
        assert!(
            pair[0].1 <= pair[1].1,
            "case {case}: {} ({}) after {} ({})",
            pair[0].0,
            pair[0].1,
            pair[1].0,
            pair[1].1
        );
    }
}

async fn every_demo_case_is_told_in_order(db: &Db) {
    let now = chrono::Utc::now().timestamp_millis();
    let cases: Vec<(i64, i64, String, i64)> = rows(
        db,
        "SELECT k.id, k.opened_at, k.phase, c.created_at FROM cases k
         JOIN clients c ON c.id = k.client_id ORDER BY k.id",
    )
    .await;
    assert_eq!(cases.len(), 40);
    let mut changes: HashMap<i64, Vec<(Option<String>, String, i64)>> = HashMap::new();
    for (case, from, to, at) in rows::<(i64, Option<String>, String, i64)>(
        db,
        "SELECT case_id, from_phase, to_phase, changed_at FROM case_phase_changes ORDER BY id",
    )
    .await
    {
        changes.entry(case).or_default().push((from, to, at));
    }
    let consents: HashMap<i64, (String, i64)> = rows::<(i64, String, i64)>(
        db,
        "SELECT case_id, given_on, recorded_at FROM case_consents",
    )
    .await
    .into_iter()
    .map(|(case, on, at)| (case, (on, at)))
    .collect();
    let assessed: HashMap<i64, (i64, i64)> = rows::<(i64, i64, i64)>(
        db,
        "SELECT case_id, MIN(updated_at), MAX(updated_at) FROM (
             SELECT case_id, updated_at FROM assessments
             UNION ALL SELECT case_id, updated_at FROM case_facts) t GROUP BY case_id",
    )
    .await
    .into_iter()
    .map(|(case, first, last)| (case, (first, last)))
    .collect();
    let agreed: HashMap<i64, String> = rows::<(i64, String)>(
        db,
        "SELECT case_id, MIN(agreed_on) FROM plan_versions WHERE agreed = 1 GROUP BY case_id",
    )
    .await
    .into_iter()
    .collect();
    let goals_created: HashMap<i64, i64> = rows::<(i64, i64)>(
        db,
        "SELECT case_id, MIN(created_at) FROM goals GROUP BY case_id",
    )
    .await
    .into_iter()
    .collect();
    let mut with_plan = 0;
    for (case, opened, phase, client_created) in &cases {
        let case = *case;
        let history = &changes[&case];
        // The phases follow each other from the first contact to the phase the case is in.
        assert_eq!(history[0].0, None, "case {case}");
        assert_eq!(&history.last().unwrap().1, phase, "case {case}");
        for pair in history.windows(2) {
            assert_eq!(pair[0].1, pair[1].0.clone().unwrap(), "case {case}");
            let rank = |p: &str| CasePhase::parse(p).unwrap().rank();
            assert!(rank(&pair[0].1) < rank(&pair[1].1), "case {case}");
        }
        let reached = |p: &str| history.iter().find(|c| c.1 == p).map(|c| c.2);
        let mut story = vec![("client recorded", *client_created), ("opened", *opened)];
        story.extend(history.iter().map(|c| (c.1.as_str(), c.2)));
        story.push(("now", now));
        in_order(case, &story);
        // Consent to case management before the assessment, given on or after the day the
        // case was opened.
        if let Some(assessment) = reached("assessment") {
            let (given_on, recorded) = &consents[&case];
            assert!(day(given_on) >= koeln_date(*opened), "case {case}");
            let (first, last) = assessed[&case];
            in_order(
                case,
                &[
                    ("opened", *opened),
                    ("consent recorded", *recorded),
                    ("assessment phase", assessment),
                    ("first assessment", first),
                    ("last assessment", last),
                    ("now", now),
                ],
            );
        }
        // The plan is drafted in planning and agreed on a later day; implementation
        // follows the agreement.
        if let Some(planning) = reached("planning") {
            in_order(
                case,
                &[("planning", planning), ("first goal", goals_created[&case])],
            );
        }
        if let Some(implementation) = reached("implementation") {
            with_plan += 1;
            let agreed_on = day(&agreed[&case]);
            let planning = reached("planning").unwrap();
            assert!(
                koeln_date(planning) < agreed_on,
                "case {case}: plan agreed on {agreed_on}, the day planning began or earlier"
            );
            in_order(
                case,
                &[
                    ("plan agreed", input::day_start_ms(agreed_on)),
                    ("implementation", implementation),
                ],
            );
        }
    }
    assert_eq!(with_plan, 22);

    // Each step's statuses change in order, after the step was planned.
    let mut steps: HashMap<i64, Vec<(Option<String>, String, i64)>> = HashMap::new();
    for (step, from, to, at) in rows::<(i64, Option<String>, String, i64)>(
        db,
        "SELECT step_id, from_status, to_status, changed_at FROM step_status_changes ORDER BY id",
    )
    .await
    {
        steps.entry(step).or_default().push((from, to, at));
    }
    for (step, created, goal_created, status, changed) in rows::<(i64, i64, i64, String, i64)>(
        db,
        "SELECT s.id, s.created_at, g.created_at, s.status, s.status_changed_at
         FROM steps s JOIN goals g ON g.id = s.goal_id",
    )
    .await
    {
        let history = &steps[&step];
        let mut story = vec![("goal", goal_created), ("step planned", created)];
        story.extend(history.iter().map(|c| (c.1.as_str(), c.2)));
        story.push(("now", now));
        in_order(step, &story);
        for pair in history.windows(2) {
            assert_eq!(Some(&pair[0].1), pair[1].0.as_ref(), "step {step}");
        }
        assert_eq!(history.last().unwrap().1, status, "step {step}");
        assert_eq!(history.last().unwrap().2, changed, "step {step}");
    }

    // A referral is sent after the consent it relies on, and answered after it was sent.
    let referrals: Vec<(i64, i64, i64)> = rows(
        db,
        "SELECT r.id, r.sent_at,
                (SELECT MIN(c.recorded_at) FROM consents c
                 WHERE c.client_id = r.client_id AND c.organisation_id = r.organisation_id
                   AND c.purpose = r.purpose)
         FROM referrals r",
    )
    .await;
    assert!(referrals.len() >= 15, "{}", referrals.len());
    let mut events: HashMap<i64, Vec<i64>> = HashMap::new();
    for (referral, at) in rows::<(i64, i64)>(
        db,
        "SELECT referral_id, at FROM referral_events ORDER BY id",
    )
    .await
    {
        events.entry(referral).or_default().push(at);
    }
    for (referral, sent, consent) in referrals {
        let mut story = vec![("consent", consent), ("sent", sent)];
        story.extend(events[&referral].iter().map(|at| ("answer", *at)));
        story.push(("now", now));
        in_order(referral, &story);
    }
    let late: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM consents WHERE recorded_at > $1
         OR valid_from > $2",
    )
    .bind(now)
    .bind(input::today().to_string())
    .fetch_one(&db.pool)
    .await
    .unwrap();
    assert_eq!(late, 0, "consents recorded or valid in the future");
}

fn table<'a>(figures: &'a app::models::Figures, key: &str) -> &'a FigureTable {
    figures.tables.iter().find(|t| t.key == key).unwrap()
}

fn days(value: Option<Value>) -> i64 {
    match value {
        Some(Value::Days(d)) => d,
        other => panic!("expected a published number of days, got {other:?}"),
    }
}

async fn the_figures_on_the_demo_show_weeks_to_a_plan_and_months_to_a_course(db: &Db) {
    let figures = figures::compute(db, &figures::scope(&FigureFilter::default()).unwrap())
        .await
        .unwrap();
    // Three to six weeks from first contact to an agreed plan.
    let time_to_plan = table(&figures, "time-to-plan");
    assert_eq!(
        time_to_plan.value("figures-plans-agreed", 0),
        Some(Value::Count(22))
    );
    let median = days(time_to_plan.value("figures-plans-agreed", 1));
    assert!((21..=60).contains(&median), "time to plan {median} days");
    // Integration courses begin weeks to months after eligibility; the wait for the seat is
    // weeks.
    for key in ["course-waiting-by-type", "course-waiting-by-provider"] {
        let courses = table(&figures, key);
        let row = &courses.rows[0];
        assert!(
            matches!(row.cells[0], Value::Count(n) if n >= 5),
            "{key}: {:?}",
            row.cells
        );
        let access = days(row.cells.get(1).copied());
        let waiting = days(row.cells.get(3).copied());
        assert!((21..=180).contains(&access), "{key}: access {access} days");
        assert!(
            (7..=120).contains(&waiting),
            "{key}: waiting {waiting} days"
        );
    }
    // Partners answer referrals within days, not on the same instant.
    let referrals = table(&figures, "referrals-by-partner");
    assert!(
        referrals
            .rows
            .iter()
            .any(|r| matches!(r.cells[1], Value::Days(d) if d > 0)),
        "{:?}",
        referrals.rows
    );
    // The trend: cases opened and plans agreed over several months, enough in some months
    // to be published.
    let trend = table(&figures, "trend");
    for row in &trend.rows {
        let months = row
            .cells
            .iter()
            .filter(|v| !matches!(v, Value::Count(0) | Value::Empty))
            .count();
        let published = row
            .cells
            .iter()
            .filter(|v| matches!(v, Value::Count(n) if *n >= 5))
            .count();
        assert!(
            months >= 4 && published >= 2,
            "{:?}: {:?}",
            row.label,
            row.cells
        );
    }
    // Steps due in the period: not all of them late (a few done on time show as "< 5").
    let on_time = table(&figures, "steps-on-time");
    assert!(
        on_time
            .rows
            .iter()
            .any(|r| matches!(r.cells[0], Value::Count(n) if n >= 5)
                && !matches!(r.cells[1], Value::Count(0))),
        "{:?}",
        on_time.rows
    );
}

async fn the_demo_world_happens_in_order_and_its_figures_mean_something(db: Db) {
    demo::load(&db).await.unwrap();
    every_demo_case_is_told_in_order(&db).await;
    the_figures_on_the_demo_show_weeks_to_a_plan_and_months_to_a_course(&db).await;
}

on_both_backends! {
    demo_history => the_demo_world_happens_in_order_and_its_figures_mean_something;
}
