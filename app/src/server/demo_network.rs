//! The demo partner network: offers of the course provider, the Jobcenter and Caritas;
//! consents (active, revoked, expired) and referrals in every state, made through the same
//! domain functions as the screens (so they are audited like real work).

use chrono::Duration;

use super::consents::{self, ConsentInput};
use super::db::Db;
use super::offers::{self, OfferInput};
use super::referrals::{self, ReferralInput, ResponseInput};
use super::{accounts, input};
use crate::error::AppError;
use crate::models::CurrentUser;

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
        .bind(super::db::now_ms())
        .execute(&db.pool)
        .await?;
    }
    // Reza Ahmadi has a three-year-old daughter: his course search asks for childcare.
    sqlx::query(
        "INSERT INTO household_members (client_id, name, relation, birth_year, created_at)
         VALUES (2, 'Sara Ahmadi', 'child', $1, $2)",
    )
    .bind(i64::from(chrono::Datelike::year(&today)) - 3)
    .bind(super::db::now_ms())
    .execute(&db.pool)
    .await?;

    let sprachschule = provider.organisation_id;
    let jc = jobcenter.organisation_id;
    let consent =
        |org: i64, purpose: &str, cats: &[&str], from_days: i64, until: Option<i64>| ConsentInput {
            organisation_id: org.to_string(),
            purpose: purpose.into(),
            categories: cats.iter().map(|c| (*c).to_owned()).collect(),
            entrusted_by: String::new(),
            valid_from: (today - Duration::days(from_days)).to_string(),
            valid_until: until
                .map(|d| (today + Duration::days(d)).to_string())
                .unwrap_or_default(),
            method: "signature".into(),
            interpreter_language: String::new(),
        };
    let referral =
        |step: Option<i64>, org: i64, offer: Option<i64>, purpose: &str, cats: &[&str]| {
            ReferralInput {
                step_id: step.map(|s| s.to_string()).unwrap_or_default(),
                organisation_id: org.to_string(),
                offer_id: offer.map(|s| s.to_string()).unwrap_or_default(),
                purpose: purpose.into(),
                message: "Bitte um Rückmeldung, ob Sie die Person aufnehmen können.".into(),
                categories: cats.iter().map(|c| (*c).to_owned()).collect(),
                response_due: String::new(),
            }
        };
    let answer = |status: &str, seat: &str, starts: Option<i64>, reason: &str, outcome: &str| {
        ResponseInput {
            status: status.into(),
            decline_reason: reason.into(),
            outcome: outcome.into(),
            seat: seat.into(),
            starts_on: starts
                .map(|d| (today + Duration::days(d)).to_string())
                .unwrap_or_default(),
            note: String::new(),
        }
    };
    let language = ["identity", "language"];
    let work = ["identity", "work"];

    // Olena Kovalenko: course seat confirmed, start in two weeks.
    consents::record(
        db,
        &cm,
        3,
        &consent(sprachschule, "language-course", &language, 20, None),
    )
    .await?;
    let step = first_step(db, 3, "integration-course").await?;
    let r = referrals::send(
        db,
        &cm,
        3,
        &referral(
            step,
            sprachschule,
            Some(course_ids[2]),
            "language-course",
            &language,
        ),
    )
    .await?;
    referrals::respond(
        db,
        &provider,
        r,
        1,
        &answer("accepted", "confirmed", Some(14), "", ""),
    )
    .await?;

    // Client 4: Jobcenter has not answered in time (overdue on both dashboards).
    consents::record(db, &cm, 4, &consent(jc, "employment", &work, 30, Some(300))).await?;
    let r = referrals::send(db, &cm, 4, &referral(None, jc, None, "employment", &work)).await?;
    overdue(db, r, today - Duration::days(2)).await?;

    // Client 5: course provider declined (no capacity).
    consents::record(
        db,
        &cm,
        5,
        &consent(sprachschule, "language-course", &language, 25, None),
    )
    .await?;
    let step = first_step(db, 5, "integration-course").await?;
    let r = referrals::send(
        db,
        &cm,
        5,
        &referral(
            step,
            sprachschule,
            Some(course_ids[1]),
            "language-course",
            &language,
        ),
    )
    .await?;
    referrals::respond(
        db,
        &provider,
        r,
        1,
        &answer("declined", "", None, "no-capacity", ""),
    )
    .await?;

    // Client 6: Jobcenter coaching in progress.
    consents::record(db, &cm, 6, &consent(jc, "employment", &work, 40, None)).await?;
    let r = referrals::send(db, &cm, 6, &referral(None, jc, None, "employment", &work)).await?;
    referrals::respond(db, &jobcenter, r, 1, &answer("accepted", "", None, "", "")).await?;
    referrals::respond(
        db,
        &jobcenter,
        r,
        2,
        &answer("in-progress", "", None, "", ""),
    )
    .await?;

    // Client 7: Jobcenter completed.
    consents::record(db, &cm, 7, &consent(jc, "employment", &work, 90, None)).await?;
    let r = referrals::send(db, &cm, 7, &referral(None, jc, None, "employment", &work)).await?;
    referrals::respond(db, &jobcenter, r, 1, &answer("accepted", "", None, "", "")).await?;
    referrals::respond(
        db,
        &jobcenter,
        r,
        2,
        &answer("completed", "", None, "", "service-provided"),
    )
    .await?;

    // Client 8: the case manager withdrew a referral.
    consents::record(
        db,
        &cm,
        8,
        &consent(sprachschule, "language-course", &language, 10, None),
    )
    .await?;
    let r = referrals::send(
        db,
        &cm,
        8,
        &referral(None, sprachschule, None, "language-course", &language),
    )
    .await?;
    referrals::respond(db, &cm, r, 1, &answer("withdrawn", "", None, "", "")).await?;

    // Client 9: consent revoked after the referral: the provider sees no personal data.
    let c = consents::record(
        db,
        &cm,
        9,
        &consent(sprachschule, "language-course", &language, 15, None),
    )
    .await?;
    referrals::send(
        db,
        &cm,
        9,
        &referral(None, sprachschule, None, "language-course", &language),
    )
    .await?;
    consents::revoke(db, &cm, c).await?;

    // Client 10: a health consent to Caritas that has expired.
    let mut health = consent(caritas, "health-care", &["health"], 400, None);
    health.valid_until = (today - Duration::days(30)).to_string();
    consents::record(db, &cm, 10, &health).await?;
    Ok(())
}

async fn overdue(db: &Db, referral_id: i64, due: chrono::NaiveDate) -> Result<(), AppError> {
    sqlx::query("UPDATE referrals SET response_due = $1 WHERE id = $2")
        .bind(due.to_string())
        .bind(referral_id)
        .execute(&db.pool)
        .await?;
    Ok(())
}
