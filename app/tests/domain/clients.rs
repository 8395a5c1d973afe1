//! Registering and finding clients, on SQLite and on PostgreSQL.

use app::error::AppError;
use app::models::{ClientQuery, CurrentUser, NewClient, PartialDate};
use app::on_both_backends;
use app::server::casework::clients::ClientInput;
use app::server::testing::user;
use app::server::{casework::clients, casework::name_keys, Db};

use crate::helpers::{case_manager, register};

fn person(given: &str, family: &str, year: &str) -> NewClient {
    NewClient {
        given_names: given.into(),
        family_name: family.into(),
        birth_year: year.into(),
        ..NewClient::default()
    }
}

async fn register_all(db: &Db, actor: &CurrentUser, clients: &[NewClient]) {
    for client in clients {
        register(db, actor, client).await;
    }
}

async fn names_found(db: &Db, actor: &CurrentUser, text: &str, birth: PartialDate) -> Vec<String> {
    let query = ClientQuery {
        text: text.into(),
        birth,
    };
    let page = clients::search(db, actor, &query, 1).await.unwrap();
    page.items
        .into_iter()
        .map(|c| format!("{} {}", c.given_names, c.family_name))
        .collect()
}

async fn names_in_any_script_and_spelling_find_each_other(db: Db) {
    let me = case_manager(&db).await;
    register_all(
        &db,
        &me,
        &[
            person("محمد", "الأحمد", "1990"),
            person("Muhammad", "Khalil", "1985"),
            person("Олена", "Коваленко", "1979"),
            person("Emre", "Şahin", "2001"),
            person("Amira", "Haddad", "1993"),
        ],
    )
    .await;
    let any = PartialDate::default();
    let found = names_found(&db, &me, "Mohammed", any).await;
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(names_found(&db, &me, "محمد", any).await.len(), 2);
    assert_eq!(
        names_found(&db, &me, "Olena", any).await,
        ["Олена Коваленко"]
    );
    assert_eq!(
        names_found(&db, &me, "kovalenko olena", any).await,
        ["Олена Коваленко"]
    );
    assert_eq!(names_found(&db, &me, "Sahin", any).await, ["Emre Şahin"]);
    assert_eq!(names_found(&db, &me, "ŞAHİN", any).await, ["Emre Şahin"]);
    assert_eq!(
        names_found(&db, &me, "Had", any).await,
        ["Amira Haddad"],
        "a beginning of a name is enough"
    );
    assert!(
        names_found(&db, &me, "Olena Haddad", any).await.is_empty(),
        "every word must match"
    );
    // The exact spelling ranks first.
    assert_eq!(
        names_found(&db, &me, "Muhammad", any).await[0],
        "Muhammad Khalil"
    );
}

async fn known_parts_of_the_date_of_birth_narrow_the_search(db: Db) {
    let me = case_manager(&db).await;
    let mut born_in_march = person("Reza", "Ahmadi", "1988");
    born_in_march.birth_month = "3".into();
    register_all(
        &db,
        &me,
        &[
            born_in_march,
            person("Reza", "Rahimi", "1988"),
            person("Reza", "Karimi", "1990"),
        ],
    )
    .await;
    let year = |y| PartialDate {
        year: Some(y),
        month: None,
        day: None,
    };
    assert_eq!(names_found(&db, &me, "Reza", year(1988)).await.len(), 2);
    assert_eq!(
        names_found(&db, &me, "Reza", year(1990)).await,
        ["Reza Karimi"]
    );
    let april = PartialDate {
        year: Some(1988),
        month: Some(4),
        day: None,
    };
    assert_eq!(
        names_found(&db, &me, "Reza", april).await,
        ["Reza Rahimi"],
        "an unknown month does not exclude"
    );
    assert_eq!(names_found(&db, &me, "", year(1990)).await, ["Reza Karimi"]);
}

async fn possible_duplicates_are_found_before_registering(db: Db) {
    let me = case_manager(&db).await;
    register_all(
        &db,
        &me,
        &[
            person("Олена", "Коваленко", "1979"),
            person("Olena", "Petrenko", "1979"),
        ],
    )
    .await;
    let again = person("Olena", "Kovalenko", "1979");
    let duplicates =
        clients::possible_duplicates(&db, &me, &ClientInput::try_from(&again).unwrap())
            .await
            .unwrap();
    assert_eq!(duplicates.len(), 1);
    assert_eq!(duplicates[0].family_name, "Коваленко");
    let other_year = person("Olena", "Kovalenko", "1980");
    assert!(
        clients::possible_duplicates(&db, &me, &ClientInput::try_from(&other_year).unwrap())
            .await
            .unwrap()
            .is_empty()
    );
}

/// A plain form post comes back to the registration form with the numbers of the possible
/// duplicates; the form reads them again, within the organisation only.
async fn possible_duplicates_are_read_again_by_their_numbers_within_the_organisation(db: Db) {
    let me = case_manager(&db).await;
    register_all(
        &db,
        &me,
        &[
            person("Олена", "Коваленко", "1979"),
            person("Olena", "Petrenko", "1979"),
        ],
    )
    .await;
    let again = person("Olena", "Kovalenko", "1979");
    let found = clients::possible_duplicates(&db, &me, &ClientInput::try_from(&again).unwrap())
        .await
        .unwrap();
    let numbers: Vec<i64> = found.iter().map(|c| c.id).collect();
    let read_again = clients::duplicates_again(&db, &me, &numbers).await.unwrap();
    assert_eq!(read_again, found);

    let elsewhere = user(&db, "fm@bonn.example", "case_manager", "Stadt Bonn").await;
    assert!(
        clients::duplicates_again(&db, &elsewhere, &numbers)
            .await
            .unwrap()
            .is_empty(),
        "another organisation's clients are not read by their numbers"
    );
    let coordinator = user(&db, "k@test.example", "coordinator", "Stadt Köln").await;
    assert_eq!(
        clients::duplicates_again(&db, &coordinator, &numbers).await,
        Err(AppError::Forbidden)
    );
}

async fn client_input_is_checked_field_by_field(db: Db) {
    let me = case_manager(&db).await;
    let refused = [
        (person("", " ", ""), "given_names", "error-name-required"),
        (
            person("A", "B", "1850"),
            "birth_year",
            "error-date-part-invalid",
        ),
        (
            NewClient {
                birth_month: "13".into(),
                ..person("A", "B", "1990")
            },
            "birth_month",
            "error-date-part-invalid",
        ),
        (
            NewClient {
                birth_day: "5".into(),
                ..person("A", "B", "1990")
            },
            "birth_month",
            "error-day-without-month",
        ),
        (
            NewClient {
                birth_month: "2".into(),
                birth_day: "30".into(),
                ..person("A", "B", "1990")
            },
            "birth_day",
            "error-date-part-invalid",
        ),
        (
            NewClient {
                preferred_language: "Klingonisch".into(),
                ..person("A", "B", "")
            },
            "preferred_language",
            "error-language-code",
        ),
        (
            NewClient {
                email: "kein".into(),
                ..person("A", "B", "")
            },
            "email",
            "error-email-invalid",
        ),
    ];
    for (client, field, message_id) in refused {
        assert_eq!(
            ClientInput::try_from(&client).map(|_| ()),
            Err(AppError::invalid(field, message_id)),
            "{client:?}"
        );
    }
    let single_name = NewClient {
        preferred_language: "PRS".into(),
        ..person("Zarmina", "", "")
    };
    assert!(
        clients::create(&db, &me, &ClientInput::try_from(&single_name).unwrap())
            .await
            .is_ok(),
        "one name is enough"
    );
}

async fn a_language_is_taken_as_typed_by_its_german_english_or_own_name_or_code(db: Db) {
    let me = case_manager(&db).await;
    for (preferred, interpreter, stored) in [
        ("Arabisch", "arabisch", ("ara", "ara")),
        ("Dari", "Farsi", ("prs", "pes")),
        ("Ukrainian", "Українська", ("ukr", "ukr")),
        (
            "TUR",
            "Kurmandschi (Nordkurdisch) – Kurmancî (kmr)",
            ("tur", "kmr"),
        ),
    ] {
        let new = NewClient {
            preferred_language: preferred.into(),
            interpreter_needed: true,
            interpreter_language: interpreter.into(),
            ..person("Amira", "Haddad", "1993")
        };
        let id = register(&db, &me, &new).await;
        let record = clients::detail(&db, &me, id).await.unwrap().client;
        assert_eq!(
            (
                record.preferred_language.as_deref(),
                record.interpreter_language.as_deref()
            ),
            (Some(stored.0), Some(stored.1)),
            "{preferred}, {interpreter}"
        );
    }
}

async fn only_case_managers_see_clients_and_only_their_organisation_s(db: Db) {
    let me = case_manager(&db).await;
    register_all(&db, &me, &[person("Amira", "Haddad", "1993")]).await;
    let elsewhere = user(&db, "fm@bonn.example", "case_manager", "Stadt Bonn").await;
    assert!(
        names_found(&db, &elsewhere, "Amira", PartialDate::default())
            .await
            .is_empty()
    );
    let coordinator = user(
        &db,
        "koordination@test.example",
        "coordinator",
        "Stadt Köln",
    )
    .await;
    let query = ClientQuery {
        text: "Amira".into(),
        birth: PartialDate::default(),
    };
    assert_eq!(
        clients::search(&db, &coordinator, &query, 1).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        clients::create(
            &db,
            &coordinator,
            &ClientInput::try_from(&person("X", "Y", "")).unwrap()
        )
        .await,
        Err(AppError::Forbidden)
    );
}

async fn german_spellings_of_cyrillic_and_arabic_names_find_the_person(db: Db) {
    let me = case_manager(&db).await;
    // As the demo registers her: Cyrillic, with the Latin spelling of her passport.
    let olena = NewClient {
        given_names: "Олена".into(),
        family_name: "Коваленко".into(),
        given_names_latin: "Olena".into(),
        family_name_latin: "Kovalenko".into(),
        birth_year: "1979".into(),
        ..NewClient::default()
    };
    register_all(
        &db,
        &me,
        &[
            olena,
            person("Petro", "Kowalenko", "1980"),
            person("Taras", "Shevchenko", "1990"),
            person("Javad", "Ahmadi", "1985"),
            person("Hussein", "Haddad", "1992"),
        ],
    )
    .await;
    let any = PartialDate::default();
    // The German office spelling finds the passport spelling, after the exact spelling.
    assert_eq!(
        names_found(&db, &me, "Kowalenko", any).await,
        ["Petro Kowalenko", "Олена Коваленко"]
    );
    assert_eq!(
        names_found(&db, &me, "Olena Kowalenko", any).await,
        ["Олена Коваленко"]
    );
    assert_eq!(
        names_found(&db, &me, "Kovalenko", any).await,
        ["Олена Коваленко", "Petro Kowalenko"]
    );
    assert_eq!(
        names_found(&db, &me, "Schewtschenko", any).await,
        ["Taras Shevchenko"]
    );
    assert_eq!(
        names_found(&db, &me, "Dschawad", any).await,
        ["Javad Ahmadi"]
    );
    assert_eq!(
        names_found(&db, &me, "Husain", any).await,
        ["Hussein Haddad"]
    );
    // With a year of birth the search takes its other way; the spellings still meet.
    let born_1979 = PartialDate {
        year: Some(1979),
        month: None,
        day: None,
    };
    assert_eq!(
        names_found(&db, &me, "Olena Kowalenko", born_1979).await,
        ["Олена Коваленко"]
    );
}

async fn clients_registered_before_phonetic_keys_are_found_after_start_up(db: Db) {
    let me = case_manager(&db).await;
    register_all(&db, &me, &[person("Олена", "Коваленко", "1979")]).await;
    // The keys as the previous version stored them: no phonetic keys, no version noted.
    sqlx::query("DELETE FROM client_name_keys WHERE search_key LIKE 'p%'")
        .execute(&db.pool)
        .await
        .unwrap();
    let any = PartialDate::default();
    assert!(names_found(&db, &me, "Kowalenko", any).await.is_empty());

    // Two processes starting at once: one computes the keys anew, the other finds it done.
    let (first, second) = tokio::join!(
        name_keys::rekey_if_outdated(&db),
        name_keys::rekey_if_outdated(&db)
    );
    assert_eq!(
        [first.unwrap(), second.unwrap()]
            .iter()
            .filter(|done| **done)
            .count(),
        1
    );
    assert_eq!(
        names_found(&db, &me, "Kowalenko", any).await,
        ["Олена Коваленко"]
    );
    assert_eq!(
        names_found(&db, &me, "Олена", any).await,
        ["Олена Коваленко"]
    );
    assert!(!name_keys::rekey_if_outdated(&db).await.unwrap());
}

on_both_backends! {
    cross_script_search => names_in_any_script_and_spelling_find_each_other;
    birth_date_narrowing => known_parts_of_the_date_of_birth_narrow_the_search;
    duplicate_hints => possible_duplicates_are_found_before_registering;
    duplicates_again => possible_duplicates_are_read_again_by_their_numbers_within_the_organisation;
    client_validation => client_input_is_checked_field_by_field;
    language_names => a_language_is_taken_as_typed_by_its_german_english_or_own_name_or_code;
    client_visibility => only_case_managers_see_clients_and_only_their_organisation_s;
    german_spellings => german_spellings_of_cyrillic_and_arabic_names_find_the_person;
    rekey_at_start_up => clients_registered_before_phonetic_keys_are_found_after_start_up;
}
