//! Partners without an account, on SQLite and on PostgreSQL: a referral to a chamber goes to
//! its contact person as a link by mail, with no personal data; the link shows nothing until
//! the one-time code from a second mail is typed; behind it the contact sees exactly the
//! consented categories and answers like partner staff, every view audited and visible to the
//! client; a revoked consent, a closed referral, a withdrawn or expired link show nothing.
//! And clients' appointment reminders by e-mail: the day before, date and time only.

use app::error::AppError;
use app::models::{
    AppointmentInput, CurrentUser, ExternalView, NewClient, PortalClient, PortalSignInOutcome,
    ResponseInput,
};
use app::on_both_backends;
use app::server::admin::accounts::{self, NewExternalOrganisation};
use app::server::casework::plans;
use app::server::infra::db::{as_of, now_ms};
use app::server::network::{consents, external, referrals};
use app::server::portal::{self, reminders, SignInInput};
use app::server::testing::{day, invalid, user};
use app::server::{casework::cases, Db};

use crate::helpers::{
    case_manager, consent_to, course_provider, koeln_at, mails, referral_to, register, settings,
};

struct World {
    cm: CurrentUser,
    chamber: i64,
    client_id: i64,
    case_id: i64,
    consent_id: i64,
}

/// The Handwerkskammer as a partner without accounts (its contact writes in English), and a
/// case manager's client who consented to share identity and language with it.
async fn world(db: &Db) -> World {
    let admin = user(db, "admin@test.example", "administrator", "Stadt Köln").await;
    let chamber = accounts::create_external_organisation(
        db,
        &admin,
        &NewExternalOrganisation {
            name: "Handwerkskammer zu Köln".into(),
            organisation_type: "chamber".into(),
            contact_name: "Sabine Krämer".into(),
            contact_email: "Anerkennung@HWK.example".into(),
            contact_language: "en".into(),
        },
    )
    .await
    .unwrap();
    let cm = case_manager(db).await;
    let new = NewClient {
        given_names: "Reza".into(),
        family_name: "Ahmadi".into(),
        preferred_language: "prs".into(),
        email: "reza@example.org".into(),
        ..NewClient::default()
    };
    let client_id = register(db, &cm, &new).await;
    let case_id = cases::open(db, &cm, client_id).await.unwrap();
    let consent_id = consents::record(
        db,
        &cm,
        client_id,
        &consent_to(chamber.id, "recognition", &["identity", "language"]),
    )
    .await
    .unwrap();
    World {
        cm,
        chamber: chamber.id,
        client_id,
        case_id,
        consent_id,
    }
}

/// Refers the client to the chamber; returns the referral and the link's token, read from
/// the mail to the contact.
async fn refer(db: &Db, w: &World) -> (i64, String) {
    let mut form = referral_to(w.chamber, None, None, &["identity", "language"]);
    form.purpose = "recognition".into();
    let id = referrals::send(db, &w.cm, w.case_id, &form).await.unwrap();
    let mail = mails(db, "external-referral")
        .await
        .pop()
        .expect("link mail");
    (id, token_in(&mail.3))
}

fn token_in(body: &str) -> String {
    let at = body.find("/extern/").expect("a link") + "/extern/".len();
    body[at..at + 64].to_owned()
}

/// Asks for a code and reads it from the second mail.
async fn code(db: &Db, token: &str) -> String {
    external::send_code(db, token).await.unwrap();
    let mail = mails(db, "external-code").await.pop().expect("code mail");
    mail.3
        .split(|c: char| !c.is_ascii_digit())
        .find(|part| part.len() == 6)
        .expect("six digits")
        .to_owned()
}

/// A browser that typed the code: its session token.
async fn verified(db: &Db, token: &str) -> String {
    let code = code(db, token).await;
    external::verify(db, token, &code).await.unwrap()
}

fn accept() -> ResponseInput {
    ResponseInput {
        status: "accepted".into(),
        note: "Termin zur Beratung am Dienstag.".into(),
        ..ResponseInput::default()
    }
}

/// The client in the portal (first sign-in with a letter's code, choosing a PIN).
async fn portal_client(db: &Db, w: &World) -> PortalClient {
    let letter = portal::issue_letter(db, &w.cm, w.case_id, "https://lotse.example/portal")
        .await
        .unwrap();
    let input = SignInInput::parse(&letter.code, "482915", Some("482915")).unwrap();
    let (outcome, token) = portal::sign_in(db, &input, None).await.unwrap();
    assert!(matches!(outcome, PortalSignInOutcome::SignedIn { .. }));
    portal::resume(db, &settings(), &token.unwrap())
        .await
        .unwrap()
        .expect("client session")
}

async fn the_contact_answers_through_the_link_after_the_second_mail_s_code(db: Db) {
    let w = world(&db).await;
    let (referral_id, token) = refer(&db, &w).await;

    // The mail: to the contact, in their language, a link and nothing about the client.
    let sent = mails(&db, "external-referral").await;
    assert_eq!(sent.len(), 1);
    let (to, language, subject, body) = &sent[0];
    assert_eq!(
        (to.as_str(), language.as_str()),
        ("anerkennung@hwk.example", "en")
    );
    assert_eq!(subject, "New referral from Stadt Köln");
    for personal in ["Reza", "Ahmadi", "Bitte um einen Platz"] {
        assert!(
            !body.contains(personal) && !subject.contains(personal),
            "{body}"
        );
    }
    // No inbox mail for the chamber: its contact has no account to sign in to.
    assert!(mails(&db, "new-referral").await.is_empty());

    // The link alone shows nothing but the code step; a wrong or made-up link nothing at all.
    assert_eq!(
        external::open(&db, &token, None).await.unwrap(),
        ExternalView::Code {
            organisation: "Handwerkskammer zu Köln".into(),
            code_sent: false
        }
    );
    let mut other = token.clone();
    other.replace_range(0..1, if token.starts_with('a') { "b" } else { "a" });
    assert_eq!(
        external::open(&db, &other, None).await.unwrap(),
        ExternalView::Gone
    );
    assert_eq!(
        external::open(&db, "../x", None).await.unwrap(),
        ExternalView::Gone
    );
    assert_eq!(
        invalid(external::verify(&db, &token, "123456").await),
        ("code".into(), "error-external-code-expired".into()),
        "no code asked for yet"
    );

    // The second mail carries the code; a wrong code is refused, the right one opens the link
    // for this browser only.
    let code = code(&db, &token).await;
    let code_mail = mails(&db, "external-code").await;
    assert_eq!(code_mail[0].0, "anerkennung@hwk.example");
    assert!(!code_mail[0].3.contains("Reza"));
    let wrong = if code == "000000" { "000001" } else { "000000" };
    assert_eq!(
        invalid(external::verify(&db, &token, wrong).await),
        ("code".into(), "error-external-code-wrong".into())
    );
    let session = external::verify(&db, &token, &code).await.unwrap();
    assert_eq!(
        invalid(external::verify(&db, &token, &code).await),
        ("code".into(), "error-external-code-expired".into()),
        "a code is used once"
    );
    assert!(matches!(
        external::open(&db, &token, Some("another-browser"))
            .await
            .unwrap(),
        ExternalView::Code { .. }
    ));
    let ExternalView::Referral { page, organisation } =
        external::open(&db, &token, Some(&session)).await.unwrap()
    else {
        panic!("the referral behind the link");
    };
    assert_eq!(organisation, "Handwerkskammer zu Köln");
    assert_eq!(page.referral.client_name.as_deref(), Some("Reza Ahmadi"));
    let shown: Vec<&str> = page.shared.iter().map(|s| s.category.as_str()).collect();
    assert_eq!(
        shown,
        ["identity", "language"],
        "exactly the consented categories"
    );
    assert!(!page.sender && page.external.is_none());

    // The contact accepts and writes a message, as partner staff would.
    external::answer(
        &db,
        &token,
        Some(&session),
        page.referral.version,
        &accept(),
    )
    .await
    .unwrap();
    external::message(&db, &token, Some(&session), "Bitte Zeugnisse mitbringen.")
        .await
        .unwrap();
    let sender_view = referrals::page(&db, &w.cm, referral_id).await.unwrap();
    assert_eq!(sender_view.referral.status, "accepted");
    assert!(sender_view
        .events
        .iter()
        .any(|e| e.actor == "Sabine Krämer" && e.organisation == "Handwerkskammer zu Köln"));
    let link = sender_view.external.expect("the sender sees the link");
    assert_eq!(link.contact, "Sabine Krämer");
    assert!(link.last_viewed_at.is_some() && !link.withdrawn && !link.expired);

    // Every view and answer is audited under the chamber, and the client sees it.
    let audited: Vec<(String, String)> = sqlx::query_as(
        "SELECT action, categories FROM audit_log
         WHERE organisation_id = $1 AND record = $2 AND allowed = 1 ORDER BY seq",
    )
    .bind(w.chamber)
    .bind(format!("referral:{referral_id}"))
    .fetch_all(&db.pool)
    .await
    .unwrap();
    assert_eq!(
        audited,
        [
            ("read".to_owned(), "identity,language".to_owned()),
            ("update".to_owned(), "identity,language".to_owned())
        ]
    );
    let me = portal_client(&db, &w).await;
    let log = portal::access_log(&db, &me).await.unwrap();
    let chamber = log
        .iter()
        .find(|o| o.organisation == "Handwerkskammer zu Köln")
        .expect("the chamber's access is listed for the client");
    assert_eq!(
        chamber.days[0].looked,
        ["portal-what-identity", "portal-what-language"]
    );
}

async fn a_revoked_consent_a_closed_referral_or_a_withdrawn_or_expired_link_shows_nothing(db: Db) {
    let w = world(&db).await;
    let (_, token) = refer(&db, &w).await;
    let session = verified(&db, &token).await;
    assert!(matches!(
        external::open(&db, &token, Some(&session)).await.unwrap(),
        ExternalView::Referral { .. }
    ));
    // The client revokes the consent: nothing on the next request, no answer accepted.
    consents::revoke(&db, &w.cm, w.consent_id).await.unwrap();
    assert_eq!(
        external::open(&db, &token, Some(&session)).await.unwrap(),
        ExternalView::Gone
    );
    assert_eq!(
        invalid(external::answer(&db, &token, Some(&session), 1, &accept()).await),
        ("note".into(), "error-external-link-gone".into())
    );

    // A new consent and referral; the case manager withdraws the referral: nothing.
    consents::record(
        &db,
        &w.cm,
        w.client_id,
        &consent_to(w.chamber, "recognition", &["identity", "language"]),
    )
    .await
    .unwrap();
    let (second, token) = refer(&db, &w).await;
    let session = verified(&db, &token).await;
    let withdrawn = ResponseInput {
        status: "withdrawn".into(),
        ..ResponseInput::default()
    };
    referrals::respond(&db, &w.cm, second, 1, &withdrawn)
        .await
        .unwrap();
    assert_eq!(
        external::open(&db, &token, Some(&session)).await.unwrap(),
        ExternalView::Gone
    );
    assert_eq!(
        invalid(external::send_code(&db, &token).await),
        ("code".into(), "error-external-link-gone".into())
    );

    // Withdrawing the link: nothing, also for the browser that had typed the code; it cannot
    // be renewed.
    let (third, token) = refer(&db, &w).await;
    let session = verified(&db, &token).await;
    external::withdraw(&db, &w.cm, third).await.unwrap();
    assert_eq!(
        external::open(&db, &token, Some(&session)).await.unwrap(),
        ExternalView::Gone
    );
    assert_eq!(
        invalid(external::renew(&db, &w.cm, third).await),
        ("link".into(), "error-external-no-link".into())
    );
    assert!(
        referrals::page(&db, &w.cm, third)
            .await
            .unwrap()
            .external
            .unwrap()
            .withdrawn
    );

    // A link sent fifteen days ago has expired; renewing makes it good for 14 days again.
    let (fourth, token) = as_of(now_ms() - 15 * 86_400_000, async {
        consents::record(
            &db,
            &w.cm,
            w.client_id,
            &consent_to(w.chamber, "recognition", &["identity", "language"]),
        )
        .await
        .unwrap();
        refer(&db, &w).await
    })
    .await;
    assert_eq!(
        external::open(&db, &token, None).await.unwrap(),
        ExternalView::Gone
    );
    assert!(
        referrals::page(&db, &w.cm, fourth)
            .await
            .unwrap()
            .external
            .unwrap()
            .expired
    );
    external::renew(&db, &w.cm, fourth).await.unwrap();
    assert!(matches!(
        external::open(&db, &token, None).await.unwrap(),
        ExternalView::Code { .. }
    ));

    // Only the sending side renews or withdraws, and a refusal is audited.
    let partner = course_provider(&db).await;
    assert_eq!(
        external::withdraw(&db, &partner, fourth).await.unwrap_err(),
        AppError::NotFound
    );
    let refused: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE actor_id = $1 AND allowed = 0")
            .bind(partner.id)
            .fetch_one(&db.pool)
            .await
            .unwrap();
    assert_eq!(refused, 1);
}

async fn codes_are_few_and_short_lived(db: Db) {
    let w = world(&db).await;
    let (_, token) = refer(&db, &w).await;
    // Five wrong tries use a code up, even if the right one comes next.
    let right = code(&db, &token).await;
    let wrong = if right == "000000" {
        "000001"
    } else {
        "000000"
    };
    for _ in 0..external::CODE_TRIES {
        assert_eq!(
            invalid(external::verify(&db, &token, wrong).await),
            ("code".into(), "error-external-code-wrong".into())
        );
    }
    assert_eq!(
        invalid(external::verify(&db, &token, &right).await),
        ("code".into(), "error-external-code-expired".into())
    );
    // At most five codes an hour (one is sent already).
    for _ in 1..external::CODES_PER_HOUR {
        external::send_code(&db, &token).await.unwrap();
    }
    assert_eq!(
        invalid(external::send_code(&db, &token).await),
        ("code".into(), "error-external-code-limit".into())
    );
    assert_eq!(mails(&db, "external-code").await.len(), 5);
    // A code is good for a quarter of an hour.
    let late = as_of(now_ms() + 61 * 60_000, async {
        let right = code(&db, &token).await;
        as_of(
            now_ms() + 16 * 60_000,
            external::verify(&db, &token, &right),
        )
        .await
    })
    .await;
    assert_eq!(
        invalid(late),
        ("code".into(), "error-external-code-expired".into())
    );
}

async fn administrators_add_partners_without_accounts_whose_contact_never_signs_in(db: Db) {
    let w = world(&db).await;
    let admin = accounts::user_by_email(&db, "admin@test.example")
        .await
        .unwrap()
        .unwrap();
    let listed = accounts::list_organisations(&db, &admin).await.unwrap();
    let chamber = listed.iter().find(|o| o.id == w.chamber).unwrap();
    let contact = chamber.contact.as_ref().expect("its contact");
    assert_eq!(
        (
            contact.name.as_str(),
            contact.email.as_str(),
            contact.language.as_str()
        ),
        ("Sabine Krämer", "anerkennung@hwk.example", "en")
    );
    assert!(listed
        .iter()
        .filter(|o| o.id != w.chamber)
        .all(|o| o.contact.is_none()));
    // The contact is no staff account: not listed, cannot be switched on, cannot sign in.
    let users = accounts::list_users(&db, &admin, 1).await.unwrap();
    assert!(users
        .items
        .iter()
        .all(|u| u.email != "anerkennung@hwk.example"));
    let contact_id: i64 = sqlx::query_scalar("SELECT id FROM users WHERE email = $1")
        .bind("anerkennung@hwk.example")
        .fetch_one(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        accounts::set_active(&db, &admin, contact_id, true)
            .await
            .unwrap_err(),
        AppError::NotFound
    );
    // Checked like every form: each field named.
    let base = NewExternalOrganisation {
        name: "IHK Köln".into(),
        organisation_type: "chamber".into(),
        contact_name: "Murat Yılmaz".into(),
        contact_email: "anerkennung@ihk.example".into(),
        contact_language: "de".into(),
    };
    for (change, field, message) in [
        (
            NewExternalOrganisation {
                contact_email: "kein-at".into(),
                ..base.clone()
            },
            "contact_email",
            "error-email-invalid",
        ),
        (
            NewExternalOrganisation {
                contact_email: "fm@test.example".into(),
                ..base.clone()
            },
            "contact_email",
            "error-email-taken",
        ),
        (
            NewExternalOrganisation {
                contact_language: "de-leicht".into(),
                ..base.clone()
            },
            "contact_language",
            "error-choose-option",
        ),
        (
            NewExternalOrganisation {
                contact_name: " ".into(),
                ..base.clone()
            },
            "contact_name",
            "error-required",
        ),
        (
            NewExternalOrganisation {
                name: "Handwerkskammer zu Köln".into(),
                ..base.clone()
            },
            "name",
            "error-organisation-exists",
        ),
    ] {
        assert_eq!(
            invalid(accounts::create_external_organisation(&db, &admin, &change).await),
            (field.into(), message.into())
        );
    }
    assert_eq!(
        accounts::create_external_organisation(&db, &w.cm, &base)
            .await
            .unwrap_err(),
        AppError::Forbidden
    );
    accounts::create_external_organisation(&db, &admin, &base)
        .await
        .unwrap();
}

async fn clients_who_asked_are_reminded_the_day_before_with_date_and_time_only(db: Db) {
    let w = world(&db).await;
    let me = portal_client(&db, &w).await;
    let appointment = |on: String, time: &str| AppointmentInput {
        on_date: on,
        at_time: time.into(),
        place: "Ausländerbehörde, Blumenbergsweg 1, Raum 112".into(),
        ..AppointmentInput::default()
    };
    plans::add_appointment(&db, &w.cm, w.case_id, &appointment(day(1), "09:30"))
        .await
        .unwrap();
    plans::add_appointment(&db, &w.cm, w.case_id, &appointment(day(2), "10:00"))
        .await
        .unwrap();
    // Not asked for: nothing.
    assert_eq!(reminders::send_due(&db, koeln_at(10)).await.unwrap(), 0);
    reminders::set(&db, &me, true).await.unwrap();
    let seen = portal::appointments(&db, &me).await.unwrap();
    assert!(seen.reminders);
    assert_eq!(seen.reminder_email.as_deref(), Some("reza@example.org"));
    // From nine in the morning the day before; once.
    assert_eq!(reminders::send_due(&db, koeln_at(8)).await.unwrap(), 0);
    assert_eq!(reminders::send_due(&db, koeln_at(10)).await.unwrap(), 1);
    assert_eq!(reminders::send_due(&db, koeln_at(11)).await.unwrap(), 0);
    let sent = mails(&db, "appointment-reminder").await;
    assert_eq!(sent.len(), 1);
    let (to, language, _, body) = &sent[0];
    // Reza prefers Dari: his mail is in Dari, with the time and not the place.
    assert_eq!(
        (to.as_str(), language.as_str()),
        ("reza@example.org", "fa-AF")
    );
    assert!(body.contains("09:30"), "{body}");
    assert!(body.contains("/portal/appointments"), "{body}");
    for secret in ["Ausländerbehörde", "Blumenbergsweg", "112"] {
        assert!(!body.contains(secret), "{secret} in {body}");
    }
    // Lotse's reading of the address is in the client's log.
    let log = portal::access_log(&db, &me).await.unwrap();
    assert!(log
        .iter()
        .any(|o| o.organisation.is_empty()
            && o.days[0].looked.contains(&"portal-what-plan".to_owned())));

    // Switched off: no more reminders. Without an address it cannot be switched on.
    reminders::set(&db, &me, false).await.unwrap();
    assert!(!portal::appointments(&db, &me).await.unwrap().reminders);
    sqlx::query("UPDATE clients SET email = NULL WHERE id = $1")
        .bind(w.client_id)
        .execute(&db.pool)
        .await
        .unwrap();
    assert_eq!(
        invalid(reminders::set(&db, &me, true).await),
        ("reminders".into(), "portal-reminders-no-email".into())
    );
}

on_both_backends! {
    answered_through_the_link => the_contact_answers_through_the_link_after_the_second_mail_s_code;
    link_shows_nothing => a_revoked_consent_a_closed_referral_or_a_withdrawn_or_expired_link_shows_nothing;
    codes => codes_are_few_and_short_lived;
    external_organisations => administrators_add_partners_without_accounts_whose_contact_never_signs_in;
    appointment_reminders => clients_who_asked_are_reminded_the_day_before_with_date_and_time_only;
}
