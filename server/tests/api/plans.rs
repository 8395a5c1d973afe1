//! Integration plans over HTTP: conflicts answer 409 with what is stored now, bad input 422.

use reqwest::StatusCode;

use crate::helpers::spawn_app;

/// The case manager's daily functions over HTTP: a plan is written, a stale save gets 409
/// with what is stored now, bad input gets 422 naming the field.
#[tokio::test]
async fn plan_functions_answer_conflicts_with_409_and_bad_input_with_422() {
    use app::error::AppError;
    let app = spawn_app().await;
    let (cookie, case_id) = app.case_manager_with_a_case().await;
    let today = app::server::infra::input::today();
    let goal_form = |wording: &str| {
        format!(
            "case_id={case_id}&domain=housing&level=action&template=&client_words=&plain_wording={wording}\
             &success_criterion=&start_date=&target_date={}",
            today + chrono::Duration::days(90)
        )
    };
    let empty = app.call("add_goal", &goal_form(""), Some(&cookie)).await;
    assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        empty.json::<AppError>().await.unwrap(),
        AppError::invalid("plain_wording", "error-goal-empty")
    );
    let goal_id: i64 = app
        .call("add_goal", &goal_form("Wohnung"), Some(&cookie))
        .await
        .json()
        .await
        .unwrap();
    let update = |version: i64, wording: &str| {
        format!(
            "goal_id={goal_id}&version={version}&domain=housing&level=action&template=&client_words=\
             &plain_wording={wording}&success_criterion=&start_date=&target_date="
        )
    };
    assert_eq!(
        app.call("update_goal", &update(1, "Wohnung+in+Kalk"), Some(&cookie))
            .await
            .status(),
        StatusCode::OK
    );
    let stale = app
        .call("update_goal", &update(1, "Wohnung+in+Porz"), Some(&cookie))
        .await;
    assert_eq!(stale.status(), StatusCode::CONFLICT);
    match stale.json::<AppError>().await.unwrap() {
        AppError::Conflict { changes, version } => {
            assert_eq!(version, 2);
            assert!(changes.contains(&("field-plain-wording".into(), "Wohnung in Kalk".into())));
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let plan: app::models::PlanDetail = app
        .call("load_plan", &format!("case_id={case_id}"), Some(&cookie))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(plan.goals[0].plain_wording, "Wohnung in Kalk");
    let languages: Vec<app::models::LanguageOption> = app
        .call("find_languages", "text=Tigrinya", Some(&cookie))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(languages[0].code, "tir");
}

/// The plan printed in Leichte Sprache is Leichte Sprache, and the case manager's German
/// free text is not marked "not translated" there (it is German); in Arabic it is.
#[tokio::test]
async fn a_plan_printed_in_leichte_sprache_reads_easy_and_keeps_german_free_text_unmarked() {
    use app::i18n::t_in;
    let app = spawn_app().await;
    let (cookie, case_id) = app.case_manager_with_a_case().await;
    let target = app::server::infra::input::today() + chrono::Duration::days(90);
    let goal = app
        .call(
            "add_goal",
            &format!(
                "case_id={case_id}&domain=housing&level=action&template=&client_words=\
                 &plain_wording=Eine+eigene+Wohnung+finden&success_criterion=&start_date=\
                 &target_date={target}"
            ),
            Some(&cookie),
        )
        .await;
    assert_eq!(goal.status(), StatusCode::OK);

    let easy_title = t_in("de-leicht", "print-plan-title");
    assert_ne!(easy_title, t_in("de", "print-plan-title"));
    let (status, easy) = app
        .page(
            &format!("/cases/{case_id}/plan/print?lang=de-leicht"),
            &cookie,
        )
        .await;
    assert_eq!(status, StatusCode::OK);
    assert!(easy.contains(&easy_title), "the title in Leichte Sprache");
    assert!(easy.contains("Eine eigene Wohnung finden"));
    assert!(
        !easy.contains(r#"class="untranslated""#),
        "German free text is not marked as untranslated in Leichte Sprache"
    );

    let (_, arabic) = app
        .page(&format!("/cases/{case_id}/plan/print?lang=ar"), &cookie)
        .await;
    assert!(arabic.contains(&t_in("ar", "print-plan-title")));
    assert!(arabic.contains(r#"class="untranslated""#));
}
