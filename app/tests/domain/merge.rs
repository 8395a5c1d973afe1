//! Merging two records of one person, on SQLite and on PostgreSQL: Olena Kovalenko was
//! registered once in Cyrillic with a Latin spelling, and once more as "Olena Kowalenko" with
//! a case, a consent, a household, a residence record and portal access of its own. The case
//! manager finds the second record from the first, compares them, keeps the first and takes
//! some values from the second; everything moves over, the second record's portal access
//! ends, the audit log follows and still verifies, and the first record shows the merge.

use app::error::AppError;
use app::models::{MergeChoice, MergeForm, NewClient, PortalSignInOutcome};
use app::on_both_backends;
use app::server::casework::{cases, clients, holds, merge};
use app::server::network::consents;
use app::server::portal::{self, SignInInput};
use app::server::testing::{day, invalid, user};
use app::server::{audit, Db};

use crate::helpers::{
    case_manager, colleague, consent_to, count, course_provider, data_protection_officer, register,
    settings,
};

const PIN: &str = "246810";

/// The audit entries that name a client (by its subjects).
const ENTRIES: &str = "SELECT COUNT(*) FROM audit_log
     WHERE subject IN (SELECT subject FROM client_subjects WHERE client_id = $1)";

fn form(a: i64, b: i64, version: i64, other_version: i64) -> MergeForm {
    MergeForm {
        client_id: a,
        other_id: b,
        version,
        other_version,
        choice: MergeChoice {
            keep: "a".into(),
            name: "a".into(),
            birth: "b".into(),
            email: "b".into(),
            address: "b".into(),
            residence: "b".into(),
            ..MergeChoice::default()
        },
    }
}

async fn a_duplicate_is_found_compared_and_merged_into_the_record_that_stays(db: Db) {
    let cm = case_manager(&db).await;
    let provider = course_provider(&db).await;
    let first = register(
        &db,
        &cm,
        &NewClient {
            given_names: "Олена".into(),
            family_name: "Коваленко".into(),
            given_names_latin: "Olena".into(),
            family_name_latin: "Kovalenko".into(),
            birth_year: "1979".into(),
            preferred_language: "ukr".into(),
            phone: "+49 221 1111".into(),
            ..NewClient::default()
        },
    )
    .await;
    let second = register(
        &db,
        &cm,
        &NewClient {
            given_names: "Olena".into(),
            family_name: "Kowalenko".into(),
            birth_year: "1979".into(),
            birth_month: "3".into(),
            birth_day: "14".into(),
            email: "olena.k@example.org".into(),
            street: "Neue Straße 1".into(),
            postal_code: "50667".into(),
            city: "Köln".into(),
            ..NewClient::default()
        },
    )
    .await;
    let first_case = cases::open(&db, &cm, first).await.unwrap();
    let second_case = cases::open(&db, &cm, second).await.unwrap();
    clients::add_household_member(&db, &cm, second, "Sofiia", "child", "2012")
        .await
        .unwrap();
    clients::save_residence(&db, &cm, second, 0, "tolerated", &day(90), "asylblg")
        .await
        .unwrap();
    clients::add_note(&db, &cm, second, "health", "Allergie gegen Penicillin", "")
        .await
        .unwrap();
    consents::record(
        &db,
        &cm,
        second,
        &consent_to(provider.organisation_id, "language-course", &["identity"]),
    )
    .await
    .unwrap();
    let letter = portal::issue_letter(&db, &cm, second_case, "http://test/portal")
        .await
        .unwrap();
    let (outcome, token) = portal::sign_in(
        &db,
        &SignInInput::parse(&letter.code, PIN, Some(PIN)).unwrap(),
        None,
    )
    .await
    .unwrap();
    assert!(matches!(outcome, PortalSignInOutcome::SignedIn { .. }));
    let token = token.unwrap();

    // Found from the first record by its names: the other spelling, not the record itself.
    let found = merge::candidates(&db, &cm, first, "").await.unwrap();
    let ids: Vec<i64> = found.iter().map(|c| c.id).collect();
    assert!(ids.contains(&second), "{ids:?}");
    assert!(!ids.contains(&first));

    // Compared side by side.
    let compared = merge::compare(&db, &cm, first, second).await.unwrap();
    assert_eq!(compared.a.client.id, first);
    assert_eq!(
        (compared.b.cases, compared.b.household, compared.b.consents),
        (1, 1, 1)
    );
    assert!(compared.b.portal && !compared.a.portal);
    let (v1, v2) = (compared.a.client.version, compared.b.client.version);

    // Not with itself, not without choosing which stays, not after a change, not on hold.
    assert_eq!(
        invalid(merge::merge(&db, &cm, &form(first, first, v1, v1)).await),
        ("other_id".into(), "error-merge-same".into())
    );
    let mut no_keep = form(first, second, v1, v2);
    no_keep.choice.keep = String::new();
    assert_eq!(
        invalid(merge::merge(&db, &cm, &no_keep).await),
        ("keep".into(), "error-choose-option".into())
    );
    assert_eq!(
        invalid(merge::merge(&db, &cm, &form(first, second, v1, v2 - 1)).await),
        ("merge".into(), "error-merge-changed".into())
    );
    let hold = holds::place(&db, &cm, second, "disputed-accuracy", &day(30), "")
        .await
        .unwrap();
    assert_eq!(
        invalid(merge::merge(&db, &cm, &form(first, second, v1, v2)).await),
        ("merge".into(), "error-merge-held".into())
    );
    holds::end(&db, &cm, hold).await.unwrap();

    let entries_before = count(&db, ENTRIES, first).await + count(&db, ENTRIES, second).await;
    let kept = merge::merge(&db, &cm, &form(first, second, v1, v2))
        .await
        .unwrap();
    assert_eq!(kept, first);

    // The second record is gone, and nothing names it any more.
    for table in [
        "clients WHERE id",
        "cases WHERE client_id",
        "household_members WHERE client_id",
        "client_notes WHERE client_id",
        "client_residence WHERE client_id",
        "consents WHERE client_id",
        "client_holds WHERE client_id",
        "client_subjects WHERE client_id",
        "client_name_keys WHERE client_id",
        "portal_access WHERE client_id",
        "portal_sessions WHERE client_id",
    ] {
        assert_eq!(
            count(&db, &format!("SELECT COUNT(*) FROM {table} = $1"), second).await,
            0,
            "{table}"
        );
    }
    assert_eq!(
        portal::resume(&db, &settings(), &token).await.unwrap(),
        None,
        "the second record's portal session ended"
    );

    // The record that stays: its name and phone, the other's date of birth, e-mail,
    // address and residence, both cases, the household, the note and the consent.
    let detail = clients::detail(&db, &cm, first).await.unwrap();
    let c = &detail.client;
    assert_eq!(c.full_name(), "Олена Коваленко");
    assert_eq!(c.given_names_latin.as_deref(), Some("Olena"));
    assert_eq!(
        (c.birth.year, c.birth.month, c.birth.day),
        (Some(1979), Some(3), Some(14))
    );
    assert_eq!(c.phone.as_deref(), Some("+49 221 1111"));
    assert_eq!(c.email.as_deref(), Some("olena.k@example.org"));
    assert_eq!(c.street.as_deref(), Some("Neue Straße 1"));
    assert_eq!(c.version, v1 + 1);
    assert_eq!(
        detail.residence.residence_status.as_deref(),
        Some("tolerated")
    );
    let mut case_ids: Vec<i64> = detail.cases.iter().map(|k| k.id).collect();
    case_ids.sort_unstable();
    assert_eq!(case_ids, [first_case, second_case]);
    assert_eq!(detail.household.len(), 1);
    assert_eq!(detail.notes.len(), 1);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM consents WHERE client_id = $1",
            first
        )
        .await,
        1
    );
    // The merge shows on it: which record, under which name, what was taken from it.
    assert_eq!(detail.merges.len(), 1);
    let m = &detail.merges[0];
    assert_eq!(
        (m.merged_number, m.merged_name.as_str()),
        (second, "Olena Kowalenko")
    );
    assert_eq!(m.taken, ["birth", "email", "address", "residence"]);

    // The audit entries of both records now name the one that stays (two more: the merge
    // on each), and the log verifies.
    assert_eq!(count(&db, ENTRIES, first).await, entries_before + 2 + 1);
    assert_eq!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_log WHERE action = 'merge' AND allowed = 1
             AND subject IN (SELECT subject FROM client_subjects WHERE client_id = $1)",
            first
        )
        .await,
        2
    );
    assert_eq!(audit::verify(&db).await.unwrap(), None);

    // Found again by either spelling, as one record.
    for text in ["Kowalenko", "Коваленко"] {
        let found = merge::candidates(&db, &cm, first, text).await.unwrap();
        assert!(found.is_empty(), "{text}: only the record itself matches");
    }
}

async fn only_a_case_manager_who_may_work_on_both_records_merges_them(db: Db) {
    let cm = case_manager(&db).await;
    let new = |name: &str| NewClient {
        given_names: name.into(),
        family_name: "Doppelt".into(),
        ..NewClient::default()
    };
    let colleague = colleague(&db).await;
    let theirs = register(&db, &colleague, &new("Sara")).await;
    let mine = register(&db, &cm, &new("Sara")).await;
    let also_mine = register(&db, &cm, &new("Sarah")).await;
    let dpo = data_protection_officer(&db).await;
    let elsewhere = user(&db, "fm@bonn.example", "case_manager", "Stadt Bonn").await;

    // A colleague's client: forbidden, and nothing is merged.
    assert!(matches!(
        merge::compare(&db, &cm, mine, theirs).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        merge::merge(&db, &cm, &form(mine, theirs, 1, 1)).await,
        Err(AppError::Forbidden)
    ));
    // The data-protection officer supervises and does not merge; another organisation's
    // case manager does not find the records.
    assert!(matches!(
        merge::merge(&db, &dpo, &form(mine, also_mine, 1, 1)).await,
        Err(AppError::Forbidden)
    ));
    assert!(matches!(
        merge::compare(&db, &elsewhere, mine, also_mine).await,
        Err(AppError::NotFound)
    ));
    assert_eq!(
        count(&db, "SELECT COUNT(*) FROM clients WHERE id = $1", theirs).await,
        1
    );
    // Refusals are audited: the colleague's client is named in the refused attempt.
    assert!(
        count(
            &db,
            "SELECT COUNT(*) FROM audit_log WHERE allowed = 0 AND action = 'attempt'
             AND subject IN (SELECT subject FROM client_subjects WHERE client_id = $1)",
            theirs
        )
        .await
            >= 2
    );
    // Keeping the other record of the form (`b`): the newest record goes, and its name stays
    // on the merge note.
    let kept = merge::merge(
        &db,
        &cm,
        &MergeForm {
            client_id: also_mine,
            other_id: mine,
            version: 1,
            other_version: 1,
            choice: MergeChoice {
                keep: "b".into(),
                ..MergeChoice::default()
            },
        },
    )
    .await
    .unwrap();
    assert_eq!(kept, mine);
    let detail = clients::detail(&db, &cm, mine).await.unwrap();
    assert_eq!(
        detail.client.given_names, "Sara",
        "nothing chosen: its own values"
    );
    assert_eq!(detail.merges[0].merged_number, also_mine);
    assert_eq!(detail.merges[0].merged_name, "Sarah Doppelt");
    assert!(detail.merges[0].taken.is_empty());
    assert!(matches!(
        clients::detail(&db, &cm, also_mine).await,
        Err(AppError::NotFound)
    ));
    // The number the merge note names is never given to someone else.
    let next = register(&db, &cm, &new("Neu")).await;
    assert!(next > also_mine, "{next} after {also_mine}");
}

on_both_backends! {
    merge_duplicates => a_duplicate_is_found_compared_and_merged_into_the_record_that_stays;
    merge_permissions => only_a_case_manager_who_may_work_on_both_records_merges_them;
}
