//! The demo partner network: offers of the course provider, the Jobcenter and Caritas;
//! consents (active, revoked, expired) and referrals in every state, made through the same
//! domain functions as the screens (so they are audited like real work).

use chrono::{Duration, NaiveDate};

use crate::error::AppError;
use crate::models::{ConsentCategory, CurrentUser, ReferralStatus};
use crate::server::demo::history::on;
use crate::server::infra::db::Db;
use crate::server::network::consents::{self, ConsentInput};
use crate::server::network::offers::{self, OfferInput};
use crate::server::network::referrals::{self, ReferralInput, ResponseInput};
use crate::server::{admin::accounts, infra::input};

const CASE_MANAGER: &str = "fallmanager@lotse.example";
const COURSE_PROVIDER: &str = "kurstraeger@lotse.example";
const JOBCENTER: &str = "jobcenter@lotse.example";

struct DemoOffer {
    service: &'static str,
    title: &'static str,
    district: &'static str,
    address: &'static str,
    levels: (&'static str, &'static str),
    childcare: bool,
    seats: (i64, i64),
    starts_in_days: &'static [i64],
    schedule: &'static str,
    languages: &'static str,
}

const COURSES: &[DemoOffer] = &[
    DemoOffer {
        service: "integration-course",
        title: "Integrationskurs mit Kinderbetreuung – Kalk",
        district: "kalk",
        address: "Kalker Hauptstraße 55, 51103 Köln",
        levels: ("a0", "b1"),
        childcare: true,
        seats: (20, 3),
        starts_in_days: &[10, 80],
        schedule: "Mo–Fr 8:30–12:45",
        languages: "deu, ara, fas",
    },
    DemoOffer {
        service: "integration-course",
        title: "Integrationskurs am Vormittag – Innenstadt",
        district: "innenstadt",
        address: "Aachener Straße 12, 50674 Köln",
        levels: ("a0", "b1"),
        childcare: false,
        seats: (25, 0),
        starts_in_days: &[35],
        schedule: "Mo–Fr 9:00–13:15",
        languages: "deu",
    },
    DemoOffer {
        service: "integration-course",
        title: "Integrationskurs mit Kinderbetreuung – Ehrenfeld",
        district: "ehrenfeld",
        address: "Venloer Straße 210, 50823 Köln",
        levels: ("a0", "b1"),
        childcare: true,
        seats: (20, 6),
        starts_in_days: &[21],
        schedule: "Mo–Do 8:30–13:00",
        languages: "deu, ukr, rus",
    },
    DemoOffer {
        service: "parents-integration-course",
        title: "Eltern- und Frauenintegrationskurs – Chorweiler",
        district: "chorweiler",
        address: "Pariser Platz 1, 50765 Köln",
        levels: ("a0", "b1"),
        childcare: true,
        seats: (16, 5),
        starts_in_days: &[14],
        schedule: "Mo–Fr 9:00–12:15",
        languages: "deu, ara, tur",
    },
    DemoOffer {
        service: "literacy-course",
        title: "Alphabetisierungskurs – Mülheim",
        district: "muelheim",
        address: "Frankfurter Straße 20, 51065 Köln",
        levels: ("a0", "a2"),
        childcare: true,
        seats: (12, 2),
        starts_in_days: &[7],
        schedule: "Mo–Fr 8:30–12:45",
        languages: "deu, prs, pus",
    },
    DemoOffer {
        service: "intensive-integration-course",
        title: "Intensivkurs (430 Stunden) – Nippes",
        district: "nippes",
        address: "Neusser Straße 300, 50733 Köln",
        levels: ("a1", "b1"),
        childcare: false,
        seats: (18, 4),
        starts_in_days: &[28],
        schedule: "Mo–Fr 8:30–14:00",
        languages: "deu",
    },
    DemoOffer {
        service: "job-language-course",
        title: "Berufssprachkurs B2 – Innenstadt",
        district: "innenstadt",
        address: "Aachener Straße 12, 50674 Köln",
        levels: ("b1", "b2"),
        childcare: false,
        seats: (20, 8),
        starts_in_days: &[18, 60],
        schedule: "Mo–Do 17:30–20:45",
        languages: "deu",
    },
];

fn offer_input(o: &DemoOffer, today: chrono::NaiveDate) -> OfferInput {
    OfferInput {
        service_type: o.service.into(),
        title: o.title.into(),
        description: "Kurs nach der Integrationskursverordnung, mit Abschlussprüfung.".into(),
        district: o.district.into(),
        address: o.address.into(),
        entry_level: o.levels.0.into(),
        target_level: o.levels.1.into(),
        childcare: o.childcare,
        accessible: true,
        schedule: o.schedule.into(),
        capacity: o.seats.0.to_string(),
        free_seats: o.seats.1.to_string(),
        documents: "Berechtigungsschein des BAMF oder Verpflichtung, Ausweis".into(),
        contact: "kurse@sprachschule-am-rhein.example, 0221 555 010".into(),
        active: true,
        languages: o.languages.into(),
        starts: o
            .starts_in_days
            .iter()
            .map(|d| (today + Duration::days(*d)).to_string())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

async fn user(db: &Db, email: &str) -> Result<Option<CurrentUser>, AppError> {
    accounts::user_by_email(db, email).await
}

async fn first_step(db: &Db, case_id: i64, service: &str) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM steps WHERE case_id = $1 AND service_type = $2 ORDER BY id LIMIT 1",
    )
    .bind(case_id)
    .bind(service)
    .fetch_optional(&db.pool)
    .await?)
}

async fn organisation(db: &Db, part: &str) -> Result<i64, AppError> {
    let id: Option<i64> =
        sqlx::query_scalar("SELECT id FROM organisations WHERE name LIKE $1 ORDER BY id LIMIT 1")
            .bind(format!("%{part}%"))
            .fetch_optional(&db.pool)
            .await?;
    id.ok_or(AppError::NotFound)
}

/// Loads the demo partner network (after the demo clients).
pub async fn load(db: &Db) -> Result<(), AppError> {
    let (Some(cm), Some(provider), Some(jobcenter)) = (
        user(db, CASE_MANAGER).await?,
        user(db, COURSE_PROVIDER).await?,
        user(db, JOBCENTER).await?,
    ) else {
        return Ok(());
    };
    let today = input::today();
    let mut course_ids = Vec::new();
    for course in COURSES {
        course_ids.push(offers::save(db, &provider, None, 0, &offer_input(course, today)).await?);
    }
    let measure = OfferInput {
        service_type: "coaching".into(),
        title: "Coaching in Arbeit (§ 16k SGB II)".into(),
        description: "Begleitung bei Bewerbungen und in den ersten Monaten im Betrieb.".into(),
        district: "innenstadt".into(),
        address: "Luxemburger Straße 121, 50939 Köln".into(),
        schedule: "nach Vereinbarung".into(),
        documents: "Bescheid über Bürgergeld".into(),
        contact: "coaching@jobcenter-koeln.example".into(),
        active: true,
        languages: "deu, eng, ara".into(),
        starts: (today + Duration::days(7)).to_string(),
        ..OfferInput::default()
    };
    offers::save(db, &jobcenter, None, 0, &measure).await?;
    // Caritas has no demo account: its offers are written directly.
    let caritas = organisation(db, "Caritas").await?;
    for (service, title, address) in [
        (
            "recognition-counselling",
            "Anerkennungsberatung (IQ Netzwerk)",
            "Bayenstraße 10, 50678 Köln",
        ),
        (
            "housing-entitlement",
            "Wohnungsberatung: WBS, Wohnungssuche, Auszug aus der Unterkunft",
            "Kalk-Mülheimer Straße 40, 51103 Köln",
        ),
    ] {
        sqlx::query(
            "INSERT INTO offers (organisation_id, service_type, title, description, district, address,
                 schedule, documents, contact, updated_by, updated_at)
             VALUES ($1, $2, $3, '', $4, $5, 'Di und Do 9–12 Uhr', 'Zeugnisse, Ausweis', 'migration@caritas-koeln.example', $6, $7)",
        )
        .bind(caritas)
        .bind(service)
        .bind(title)
        .bind(if service == "housing-entitlement" { "kalk" } else { "innenstadt" })
        .bind(address)
        .bind(cm.id)
        .bind(crate::server::infra::db::now_ms())
        .execute(&db.pool)
        .await?;
    }
    // Reza Ahmadi has a three-year-old daughter: his course search asks for childcare.
    sqlx::query(
        "INSERT INTO household_members (client_id, name, relation, birth_year, created_at)
         VALUES (2, 'Sara Ahmadi', 'child', $1, $2)",
    )
    .bind(i64::from(chrono::Datelike::year(&today)) - 3)
    .bind(crate::server::infra::db::now_ms())
    .execute(&db.pool)
    .await?;

    let sprachschule = provider.organisation_id;
    let jc = jobcenter.organisation_id;
    use ConsentCategory::{Identity, Language, Work};
    let language: &[&str] = &[Identity.as_str(), Language.as_str()];
    let work: &[&str] = &[Identity.as_str(), Work.as_str()];
    let course = |client: i64, offer: Option<usize>| Referral {
        client,
        organisation: sprachschule,
        purpose: "language-course",
        categories: language,
        offer: offer.map(|i| course_ids[i]),
        until: None,
    };
    let employment = |client: i64| Referral {
        client,
        organisation: jc,
        purpose: "employment",
        categories: work,
        offer: None,
        until: Some(300),
    };
    // Each referral was sent some days ago (after the client's consent to that partner)
    // and answered on later days: the partners' response times mean something.
    let ago = |days: i64| today - Duration::days(days);
    // Olena Kovalenko: course seat confirmed, start in two weeks.
    let r = refer(db, &cm, ago(6), &course(3, Some(2))).await?;
    respond(
        db,
        &provider,
        r,
        &[(
            ago(3),
            ReferralStatus::Accepted,
            "confirmed",
            Some(today + Duration::days(14)),
            "",
            "",
        )],
    )
    .await?;
    // Amira Haddad: the course provider has her on its waiting list (she sees it in the
    // portal, and can revoke the consent behind it there).
    let r = refer(db, &cm, ago(10), &course(1, None)).await?;
    respond(
        db,
        &provider,
        r,
        &[(ago(7), ReferralStatus::Accepted, "waitlisted", None, "", "")],
    )
    .await?;
    // Client 4: the Jobcenter has not answered in time (overdue on both dashboards).
    refer(db, &cm, ago(18), &employment(4)).await?;
    // Client 5: the course provider declined (no capacity).
    let r = refer(db, &cm, ago(5), &course(5, Some(1))).await?;
    respond(
        db,
        &provider,
        r,
        &[(
            ago(4),
            ReferralStatus::Declined,
            "",
            None,
            "no-capacity",
            "",
        )],
    )
    .await?;
    // Client 6: Jobcenter coaching in progress; client 8: completed.
    let r = refer(db, &cm, ago(25), &employment(6)).await?;
    respond(
        db,
        &jobcenter,
        r,
        &[
            (ago(22), ReferralStatus::Accepted, "", None, "", ""),
            (ago(15), ReferralStatus::InProgress, "", None, "", ""),
        ],
    )
    .await?;
    let r = refer(db, &cm, ago(70), &employment(8)).await?;
    respond(
        db,
        &jobcenter,
        r,
        &[
            (ago(66), ReferralStatus::Accepted, "", None, "", ""),
            (
                ago(20),
                ReferralStatus::Completed,
                "",
                None,
                "",
                "service-provided",
            ),
        ],
    )
    .await?;
    // Client 22: the case manager withdrew a referral.
    let r = refer(db, &cm, ago(9), &course(22, None)).await?;
    respond(
        db,
        &cm,
        r,
        &[(ago(8), ReferralStatus::Withdrawn, "", None, "", "")],
    )
    .await?;
    // Client 9: consent revoked after the referral: the provider sees no personal data.
    refer(db, &cm, ago(12), &course(9, None)).await?;
    let consent: i64 = sqlx::query_scalar("SELECT MAX(id) FROM consents WHERE client_id = 9")
        .fetch_one(&db.pool)
        .await?;
    on(ago(2), 11, consents::revoke(db, &cm, consent)).await?;
    // Client 10: a health consent to Caritas that has expired.
    let health = ConsentInput {
        organisation_id: caritas.to_string(),
        purpose: "health-care".into(),
        categories: vec![ConsentCategory::Health.as_str().into()],
        valid_from: ago(18).to_string(),
        valid_until: ago(4).to_string(),
        method: "signature".into(),
        ..ConsentInput::default()
    };
    on(ago(18), 14, consents::record(db, &cm, 10, &health)).await?;
    external_partners(db, &cm, today).await?;
    Ok(())
}

/// The chambers as partners without accounts: the Handwerkskammer zu Köln and the IHK Köln
/// advise on the recognition of foreign vocational qualifications. Reza Ahmadi (an
/// electrician at home) is referred to the Handwerkskammer; the referral is open and its link
/// mails wait in the outbox, where the demo's administrator can read them and follow the link.
async fn external_partners(db: &Db, cm: &CurrentUser, today: NaiveDate) -> Result<(), AppError> {
    let Some(admin) = user(db, "admin@lotse.example").await? else {
        return Ok(());
    };
    let mut chambers = Vec::new();
    for (name, contact, email, address, title) in [
        (
            "Handwerkskammer zu Köln",
            "Sabine Krämer",
            "anerkennung@hwk-koeln.example",
            "Heumarkt 12, 50667 Köln",
            "Anerkennungsberatung für Handwerksberufe",
        ),
        (
            "IHK Köln",
            "Murat Yılmaz",
            "anerkennung@ihk-koeln.example",
            "Unter Sachsenhausen 10–26, 50667 Köln",
            "Anerkennungsberatung für kaufmännische und gewerblich-technische Berufe (IHK FOSA)",
        ),
    ] {
        let new = accounts::NewExternalOrganisation {
            name: name.into(),
            organisation_type: crate::models::OrganisationType::Chamber.as_str().into(),
            contact_name: contact.into(),
            contact_email: email.into(),
            contact_language: "de".into(),
        };
        let organisation = accounts::create_external_organisation(db, &admin, &new).await?;
        sqlx::query(
            "INSERT INTO offers (organisation_id, service_type, title, description, district, address,
                 schedule, documents, contact, updated_by, updated_at)
             VALUES ($1, 'recognition-counselling', $2,
                 'Beratung zur Anerkennung ausländischer Berufsabschlüsse und Begleitung des Verfahrens.',
                 'innenstadt', $3, 'Mo–Do nach Vereinbarung', 'Zeugnisse, Nachweise der Berufserfahrung, Ausweis',
                 $4, $5, $6)",
        )
        .bind(organisation.id)
        .bind(title)
        .bind(address)
        .bind(email)
        .bind(cm.id)
        .bind(crate::server::infra::db::now_ms())
        .execute(&db.pool)
        .await?;
        chambers.push(organisation.id);
    }
    use ConsentCategory::{Identity, Language, Work};
    let recognition = Referral {
        client: 2,
        organisation: chambers[0],
        purpose: "recognition",
        categories: &[Identity.as_str(), Language.as_str(), Work.as_str()],
        offer: None,
        until: Some(365),
    };
    refer(db, cm, today - Duration::days(2), &recognition).await?;
    Ok(())
}

/// A demo referral: the consent that covers it, then the referral (from the client's
/// integration-course step when it goes to a course).
struct Referral<'a> {
    client: i64,
    organisation: i64,
    purpose: &'a str,
    categories: &'a [&'a str],
    offer: Option<i64>,
    /// Days from today the consent is valid (none: open-ended).
    until: Option<i64>,
}

/// Sends a referral on `day`, with the consent recorded just before.
async fn refer(
    db: &Db,
    cm: &CurrentUser,
    day: NaiveDate,
    r: &Referral<'_>,
) -> Result<i64, AppError> {
    let categories: Vec<String> = r.categories.iter().map(|c| (*c).to_owned()).collect();
    let consent = ConsentInput {
        organisation_id: r.organisation.to_string(),
        purpose: r.purpose.into(),
        categories: categories.clone(),
        valid_from: day.to_string(),
        valid_until: r
            .until
            .map(|d| (input::today() + Duration::days(d)).to_string())
            .unwrap_or_default(),
        method: "signature".into(),
        ..ConsentInput::default()
    };
    on(day, 10, consents::record(db, cm, r.client, &consent)).await?;
    let step = match r.offer {
        Some(_) => first_step(db, r.client, "integration-course").await?,
        None => None,
    };
    let form = ReferralInput {
        step_id: step.map(|s| s.to_string()).unwrap_or_default(),
        organisation_id: r.organisation.to_string(),
        offer_id: r.offer.map(|o| o.to_string()).unwrap_or_default(),
        purpose: r.purpose.into(),
        message: "Bitte um Rückmeldung, ob Sie die Person aufnehmen können.".into(),
        categories,
        response_due: String::new(),
    };
    // Demo clients and their cases have the same ids.
    on(day, 11, referrals::send(db, cm, r.client, &form)).await
}

/// Answers in turn: (day, status, seat, start date, decline reason, outcome).
type Answer<'a> = (
    NaiveDate,
    ReferralStatus,
    &'a str,
    Option<NaiveDate>,
    &'a str,
    &'a str,
);

async fn respond(
    db: &Db,
    actor: &CurrentUser,
    referral_id: i64,
    answers: &[Answer<'_>],
) -> Result<(), AppError> {
    for (i, (day, status, seat, starts, reason, outcome)) in answers.iter().enumerate() {
        let answer = ResponseInput {
            status: status.as_str().into(),
            seat: (*seat).into(),
            starts_on: starts.map(|d| d.to_string()).unwrap_or_default(),
            decline_reason: (*reason).into(),
            outcome: (*outcome).into(),
            note: String::new(),
        };
        on(
            *day,
            14,
            referrals::respond(db, actor, referral_id, 1 + i as i64, &answer),
        )
        .await?;
    }
    Ok(())
}
