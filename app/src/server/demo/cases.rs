//! Demo clients with cases and plans for Leyla Yılmaz (`fallmanager@lotse.example`), so that
//! every screen shows something real; and synthetic caseloads of any size for benchmarks.
//!
//! The demo clients go through the same domain functions as the UI. The synthetic ones are
//! written in bulk (many rows per statement), since 100,000 clients must load in minutes.

use chrono::Duration;

use crate::error::AppError;
use crate::models::catalogue::{DISTRICTS, GOAL_TEMPLATES, SERVICES};
use crate::models::{
    AssessmentInput, CasePhase, ConsentCategory, CurrentUser, GoalStatus, NewClient,
    ReferralStatus, StepStatus,
};
use crate::server::casework::cases::{self, FactsInput};
use crate::server::casework::clients::ClientInput;
use crate::server::casework::plans::{self, AppointmentInput, GoalInput, StepInput};
use crate::server::demo::history::{on, Course, Story};
use crate::server::infra::db::{now_ms, Db};
use crate::server::network::consents::{self, ConsentInput};
use crate::server::network::referrals::{self, ReferralInput, ResponseInput};
use crate::server::{
    admin::accounts, casework::clients, casework::name_keys, casework::name_search, infra::input,
};

pub const DEMO_CASE_MANAGER: &str = "fallmanager@lotse.example";
const DEMO_COURSE_PROVIDER: &str = "kurstraeger@lotse.example";

/// (given names, family name, Latin given, Latin family, year of birth, ISO 639-3, phase)
const DEMO_CLIENTS: &[(&str, &str, &str, &str, i64, &str, CasePhase)] = &[
    (
        "أميرة",
        "حداد",
        "Amira",
        "Haddad",
        1991,
        "ara",
        CasePhase::Implementation,
    ),
    (
        "رضا",
        "احمدی",
        "Reza",
        "Ahmadi",
        1988,
        "prs",
        CasePhase::Monitoring,
    ),
    (
        "Олена",
        "Коваленко",
        "Olena",
        "Kovalenko",
        1979,
        "ukr",
        CasePhase::Implementation,
    ),
    ("Mehmet", "Şahin", "", "", 1975, "tur", CasePhase::Planning),
    ("Rojda", "Aydın", "", "", 1996, "kmr", CasePhase::Assessment),
    (
        "محمد",
        "العلي",
        "Mohammed",
        "Al-Ali",
        1984,
        "ara",
        CasePhase::Implementation,
    ),
    ("Muhammad", "Rahimi", "", "", 2001, "prs", CasePhase::Intake),
    (
        "Андрій",
        "Шевченко",
        "Andrii",
        "Shevchenko",
        1969,
        "ukr",
        CasePhase::Monitoring,
    ),
    (
        "Aylin",
        "Demir",
        "",
        "",
        1993,
        "tur",
        CasePhase::Implementation,
    ),
    ("Berivan", "Kaya", "", "", 1987, "kmr", CasePhase::Planning),
    (
        "فاطمة",
        "الحسن",
        "Fatima",
        "Al-Hassan",
        1995,
        "ara",
        CasePhase::Referral,
    ),
    (
        "Samiullah",
        "Noori",
        "",
        "",
        1999,
        "pus",
        CasePhase::Assessment,
    ),
    (
        "Тетяна",
        "Бондаренко",
        "Tetiana",
        "Bondarenko",
        1982,
        "ukr",
        CasePhase::Evaluation,
    ),
    ("Hüseyin", "Öztürk", "", "", 1970, "tur", CasePhase::Closed),
    (
        "Dilan",
        "Baran",
        "",
        "",
        2000,
        "kmr",
        CasePhase::Implementation,
    ),
    (
        "يوسف",
        "خليل",
        "Yousef",
        "Khalil",
        1979,
        "ara",
        CasePhase::Planning,
    ),
    (
        "زهرا",
        "حسینی",
        "Zahra",
        "Hosseini",
        1990,
        "pes",
        CasePhase::Implementation,
    ),
    (
        "Маргарита",
        "Иванова",
        "Margarita",
        "Ivanova",
        1965,
        "rus",
        CasePhase::Monitoring,
    ),
    (
        "ተስፋዬ",
        "ገብረሚካኤል",
        "Tesfaye",
        "Gebremichael",
        1992,
        "tir",
        CasePhase::Assessment,
    ),
    ("Amina", "Hassan", "", "", 1998, "som", CasePhase::Intake),
    (
        "Ahmad",
        "Safi",
        "",
        "",
        1986,
        "prs",
        CasePhase::Implementation,
    ),
    (
        "Оксана",
        "Ткаченко",
        "Oksana",
        "Tkachenko",
        1977,
        "ukr",
        CasePhase::Planning,
    ),
    ("Emre", "Yıldız", "", "", 2002, "tur", CasePhase::Referral),
    (
        "Şêrîn",
        "Xelîl",
        "Sherin",
        "Khalil",
        1989,
        "kmr",
        CasePhase::Monitoring,
    ),
    (
        "ليلى",
        "منصور",
        "Layla",
        "Mansour",
        1985,
        "ara",
        CasePhase::Evaluation,
    ),
    (
        "Farid",
        "Sultani",
        "",
        "",
        1978,
        "prs",
        CasePhase::Assessment,
    ),
    (
        "Іван",
        "Мельник",
        "Ivan",
        "Melnyk",
        1958,
        "ukr",
        CasePhase::Implementation,
    ),
    ("Zeynep", "Arslan", "", "", 1994, "tur", CasePhase::Closed),
    ("Nadia", "Popescu", "", "", 1983, "ron", CasePhase::Intake),
    (
        "عمر",
        "سليمان",
        "Omar",
        "Suleiman",
        1997,
        "ara",
        CasePhase::Implementation,
    ),
    ("Habiba", "Karimi", "", "", 2003, "prs", CasePhase::Planning),
    (
        "Наталія",
        "Кравченко",
        "Nataliia",
        "Kravchenko",
        1974,
        "ukr",
        CasePhase::Monitoring,
    ),
    (
        "Serkan",
        "Çelik",
        "",
        "",
        1981,
        "tur",
        CasePhase::Assessment,
    ),
    (
        "Hevin",
        "Şêx",
        "Hevin",
        "Sheikh",
        1999,
        "kmr",
        CasePhase::Implementation,
    ),
    ("Jean", "Mukendi", "", "", 1980, "fra", CasePhase::Referral),
    (
        "سارا",
        "نوری",
        "Sara",
        "Noori",
        1992,
        "pes",
        CasePhase::Evaluation,
    ),
    (
        "Bashir",
        "Wardak",
        "",
        "",
        1990,
        "pus",
        CasePhase::Implementation,
    ),
    (
        "Людмила",
        "Петренко",
        "Liudmyla",
        "Petrenko",
        1962,
        "ukr",
        CasePhase::Planning,
    ),
    (
        "Kemal",
        "Aksoy",
        "",
        "",
        1972,
        "tur",
        CasePhase::Implementation,
    ),
    ("Roza", "Ehmed", "", "", 1986, "kmr", CasePhase::Intake),
];

/// Loads the demo clients once (does nothing when the case manager already has clients).
/// Each case's history is written on the days of its [`Story`].
pub async fn load(db: &Db) -> Result<(), AppError> {
    let (Some(actor), Some(provider)) = (
        accounts::user_by_email(db, DEMO_CASE_MANAGER).await?,
        accounts::user_by_email(db, DEMO_COURSE_PROVIDER).await?,
    ) else {
        return Ok(());
    };
    let existing: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM clients WHERE created_by = $1")
        .bind(actor.id)
        .fetch_one(&db.pool)
        .await?;
    if existing > 0 {
        return Ok(());
    }
    let today = input::today();
    let organisations: Vec<(i64, String)> =
        sqlx::query_as("SELECT id, name FROM organisations ORDER BY id")
            .fetch_all(&db.pool)
            .await?;
    let org = |part: &str| {
        organisations
            .iter()
            .find(|(_, n)| n.contains(part))
            .map(|(id, _)| id.to_string())
            .unwrap_or_default()
    };
    let (course_provider, jobcenter, caritas) =
        (org("Sprachschule"), org("Jobcenter"), org("Caritas"));
    for (i, &(given, family, given_latin, family_latin, year, language, phase)) in
        DEMO_CLIENTS.iter().enumerate()
    {
        let story = Story::of(i, phase, today);
        let interpreter = !matches!(language, "tur" | "rus" | "fra");
        let new = NewClient {
            given_names: given.into(),
            family_name: family.into(),
            given_names_latin: given_latin.into(),
            family_name_latin: family_latin.into(),
            birth_year: year.to_string(),
            birth_month: if i % 3 == 0 {
                String::new()
            } else {
                ((i % 12) + 1).to_string()
            },
            birth_day: if i % 3 == 0 {
                String::new()
            } else {
                ((i % 27) + 1).to_string()
            },
            preferred_language: language.into(),
            interpreter_needed: interpreter,
            interpreter_language: if interpreter {
                language.into()
            } else {
                String::new()
            },
            phone: format!("+49 221 {:04} {:03}", 4000 + i * 37, 100 + i),
            email: String::new(),
            street: format!(
                "{} {}",
                [
                    "Venloer Straße",
                    "Kalker Hauptstraße",
                    "Neusser Straße",
                    "Frankfurter Straße"
                ][i % 4],
                10 + i
            ),
            postal_code: ["50823", "51103", "50670", "51065"][i % 4].into(),
            city: "Köln".into(),
            district: ["ehrenfeld", "kalk", "nippes", "muelheim"][i % 4].into(),
        };
        let (client_id, case_id) = on(story.opened, 9, async {
            let client_id = clients::create(db, &actor, &ClientInput::try_from(&new)?).await?;
            Ok::<_, AppError>((client_id, cases::open(db, &actor, client_id).await?))
        })
        .await?;
        let target = phase;
        let reach = |phase: CasePhase| target >= phase;
        if reach(CasePhase::Intake) {
            on(
                story.opened + Duration::days(1),
                10,
                walk(db, &actor, case_id, CasePhase::Intake, i),
            )
            .await?;
            let method = ["signature", "electronic", "oral-interpreter"][i % 3];
            let interpreter_language = if method == "oral-interpreter" {
                language
            } else {
                ""
            };
            let given_on = story.consent.to_string();
            on(
                story.consent,
                10,
                cases::record_consent(db, &actor, case_id, &given_on, method, interpreter_language),
            )
            .await?;
        }
        if reach(CasePhase::Assessment) {
            on(
                story.consent,
                11,
                walk(db, &actor, case_id, CasePhase::Assessment, i),
            )
            .await?;
            let facts = FactsInput {
                language_level: ["a0", "a1", "a2", "b1"][i % 4].into(),
                literacy: if i % 7 == 0 {
                    "other-script".into()
                } else {
                    "literate".into()
                },
                schooling: format!("{} Jahre Schule", 6 + i % 7),
                qualifications: [
                    "Schneiderin",
                    "Kfz-Mechaniker",
                    "Lehrerin",
                    "keine",
                    "Buchhalter",
                ][i % 5]
                    .into(),
                recognition_needed: i % 5 != 3,
                work_experience: format!("{} Jahre", i % 12),
                housing_situation: ["shelter", "own-flat", "shared-accommodation", "with-family"]
                    [i % 4]
                    .into(),
                health_insurance: [
                    "statutory",
                    "health-card",
                    "statutory",
                    "treatment-vouchers",
                ][i % 4]
                    .into(),
            };
            let day = |n: i64| story.consent + Duration::days(n);
            on(day(1), 9, cases::save_facts(db, &actor, case_id, 0, &facts)).await?;
            on(
                day(2),
                14,
                cases::save_assessment(
                    db,
                    &actor,
                    case_id,
                    0,
                    &AssessmentInput {
                        domain: "language".into(),
                        needs: "Braucht einen Integrationskurs mit Kinderbetreuung.".into(),
                        resources: "Sehr motiviert, lernt mit einer App.".into(),
                        client_goals: "Mit den Lehrern der Kinder sprechen können.".into(),
                    },
                ),
            )
            .await?;
            on(
                day(4),
                10,
                cases::save_assessment(
                    db,
                    &actor,
                    case_id,
                    0,
                    &AssessmentInput {
                        domain: ["education-work", "housing", "health"][i % 3].into(),
                        needs: "Unterstützung bei Anträgen.".into(),
                        resources: "Berufserfahrung aus dem Herkunftsland.".into(),
                        client_goals: "Eigenes Geld verdienen.".into(),
                    },
                ),
            )
            .await?;
        }
        if !reach(CasePhase::Planning) {
            continue;
        }
        on(
            story.planning,
            9,
            walk(db, &actor, case_id, CasePhase::Planning, i),
        )
        .await?;
        let second = [
            ("education-work", "qualification-recognised"),
            ("housing", "own-flat"),
            ("health", "family-doctor"),
        ][i % 3];
        let (course, other) = on(story.planning, 10, async {
            let today = input::today();
            let goal = |domain: &str, template: &str, words: &str| GoalInput {
                domain: domain.into(),
                level: "framework".into(),
                template: template.into(),
                client_words: words.into(),
                plain_wording: String::new(),
                success_criterion: String::new(),
                start_date: String::new(),
                target_date: (today + Duration::days(180 + i as i64)).to_string(),
            };
            let language_goal = plans::add_goal(
                db,
                &actor,
                case_id,
                &goal(
                    "language",
                    "reach-b1",
                    "Ich will mit dem Arzt selbst sprechen.",
                ),
            )
            .await?;
            let other_goal =
                plans::add_goal(db, &actor, case_id, &goal(second.0, second.1, "")).await?;
            let step = |service: &str, kind: &str, org: &str, days: i64| StepInput {
                service_type: service.into(),
                detail: String::new(),
                responsible_kind: kind.into(),
                responsible_organisation_id: org.into(),
                due_date: (today + Duration::days(days)).to_string(),
            };
            let course = plans::add_step(
                db,
                &actor,
                language_goal,
                &step(
                    "integration-course",
                    "organisation",
                    &course_provider,
                    30 + i as i64,
                ),
            )
            .await?;
            plans::add_step(
                db,
                &actor,
                language_goal,
                &step("dtz-exam", "client", "", 200),
            )
            .await?;
            let (service, kind, org) = match second.0 {
                "education-work" => ("recognition-counselling", "organisation", caritas.as_str()),
                "housing" => ("housing-entitlement", "case-manager", ""),
                _ => (
                    "health-insurance-enrolment",
                    "organisation",
                    jobcenter.as_str(),
                ),
            };
            // Due some weeks after the plan's agreement (when there is one yet).
            let other_due = if reach(CasePhase::Implementation) {
                (story.agreed - story.planning).num_days() + 20 + (i % 20) as i64
            } else {
                14 + (i % 20) as i64
            };
            let other =
                plans::add_step(db, &actor, other_goal, &step(service, kind, org, other_due))
                    .await?;
            Ok::<_, AppError>((course, other))
        })
        .await?;
        if !reach(CasePhase::Implementation) {
            continue;
        }
        // Some reviews are due in the next days: the dashboard shows them.
        let review_due = if i % 4 == 1 && !reach(CasePhase::Evaluation) {
            (today + Duration::days(3 + i as i64 % 10)).to_string()
        } else {
            String::new()
        };
        let agreed_on = story.agreed.to_string();
        on(
            story.agreed,
            11,
            plans::agree(
                db,
                &actor,
                case_id,
                &agreed_on,
                ["signature", "oral-interpreter", "electronic"][i % 3],
                if i % 3 == 1 { language } else { "" },
                &review_due,
            ),
        )
        .await?;
        on(
            story.agreed,
            12,
            walk(db, &actor, case_id, CasePhase::Implementation, i),
        )
        .await?;
        let course_case = CourseCase {
            client_id,
            case_id,
            step: course,
            interpreter,
        };
        course_history(db, &actor, &provider, &course_case, i, &story).await?;
        if let Some(done) = story.second_step_done(i) {
            let completed = StepStatus::Completed.as_str();
            let result = match second.0 {
                "education-work" => "Beratung war, Antrag auf Anerkennung gestellt.",
                "housing" => "Wohnberechtigungsschein erteilt.",
                _ => "Versichert, Gesundheitskarte ist da.",
            };
            on(
                done,
                16,
                plans::set_step_status(db, &actor, other, 1, completed, result, ""),
            )
            .await?;
        }
        let later = [
            CasePhase::Monitoring,
            CasePhase::Evaluation,
            CasePhase::Closed,
        ];
        for (phase, day) in later.into_iter().zip(story.later_phases()) {
            if reach(phase) {
                on(day, 9, walk(db, &actor, case_id, phase, i)).await?;
            }
        }
        if !reach(CasePhase::Evaluation) {
            let appointment = AppointmentInput {
                step_id: course.to_string(),
                on_date: (today + Duration::days((i % 6) as i64)).to_string(),
                at_time: format!("{:02}:30", 9 + i % 7),
                place: "Sprachschule am Rhein, Aachener Straße 12".into(),
                organisation_id: course_provider.clone(),
                interpreter_needed: interpreter,
                interpreter_arranged: interpreter && i % 2 == 0,
                bring: "Pass und Berechtigungsschein".into(),
                note: "Bitte 10 Minuten früher da sein.".into(),
            };
            plans::add_appointment(db, &actor, case_id, &appointment).await?;
        }
    }
    Ok(())
}

/// A demo case's integration-course step.
#[derive(Clone, Copy)]
struct CourseCase {
    client_id: i64,
    case_id: i64,
    step: i64,
    interpreter: bool,
}

/// The integration-course step after the plan's agreement, as far as the [`Story`] goes: the
/// case manager requests eligibility and records it; to begin, the client consents to sharing
/// with the course provider, the case manager refers, the provider confirms a seat (a
/// placement test is booked) and reports the course begun on its first day.
async fn course_history(
    db: &Db,
    actor: &CurrentUser,
    provider: &CurrentUser,
    course: &CourseCase,
    i: usize,
    story: &Story,
) -> Result<(), AppError> {
    let CourseCase {
        client_id,
        case_id,
        step,
        interpreter,
    } = *course;
    let [requested, eligible, referred, confirmed, begins] = story.course_days(i);
    let requested_status = StepStatus::EligibilityRequested.as_str();
    let version = on(
        requested,
        9,
        plans::set_step_status(db, actor, step, 1, requested_status, "", ""),
    )
    .await?;
    if story.course == Course::Requested {
        return Ok(());
    }
    on(
        eligible,
        9,
        plans::set_step_status(
            db,
            actor,
            step,
            version,
            StepStatus::Eligible.as_str(),
            "",
            "",
        ),
    )
    .await?;
    if story.course != Course::Started {
        return Ok(());
    }
    let categories = [ConsentCategory::Identity, ConsentCategory::Language]
        .map(|c| c.as_str().to_owned())
        .to_vec();
    let referral = on(referred, 10, async {
        let consent = ConsentInput {
            organisation_id: provider.organisation_id.to_string(),
            purpose: "language-course".into(),
            categories: categories.clone(),
            valid_from: input::today().to_string(),
            method: "signature".into(),
            ..ConsentInput::default()
        };
        consents::record(db, actor, client_id, &consent).await?;
        let form = ReferralInput {
            step_id: step.to_string(),
            organisation_id: provider.organisation_id.to_string(),
            offer_id: String::new(),
            purpose: "language-course".into(),
            message: "Bitte um einen Platz im nächsten Integrationskurs.".into(),
            categories,
            response_due: String::new(),
        };
        referrals::send(db, actor, case_id, &form).await
    })
    .await?;
    let answer = |status: &str, seat: &str, starts_on: &str| ResponseInput {
        status: status.into(),
        seat: seat.into(),
        starts_on: starts_on.into(),
        ..ResponseInput::default()
    };
    on(
        confirmed,
        10,
        referrals::respond(
            db,
            provider,
            referral,
            1,
            &answer(
                ReferralStatus::Accepted.as_str(),
                "confirmed",
                &begins.to_string(),
            ),
        ),
    )
    .await?;
    let placement_test = AppointmentInput {
        step_id: step.to_string(),
        on_date: (confirmed + Duration::days(2)).to_string(),
        at_time: "10:00".into(),
        place: "Sprachschule am Rhein, Aachener Straße 12".into(),
        organisation_id: provider.organisation_id.to_string(),
        interpreter_needed: interpreter,
        interpreter_arranged: interpreter && !i.is_multiple_of(3),
        bring: "Pass und Berechtigungsschein".into(),
        note: "Einstufungstest".into(),
    };
    on(
        confirmed,
        15,
        plans::add_appointment(db, actor, case_id, &placement_test),
    )
    .await?;
    // Answering on the first day of the course starts the step (as the screens do).
    on(
        begins,
        9,
        referrals::respond(
            db,
            provider,
            referral,
            2,
            &answer(ReferralStatus::InProgress.as_str(), "", ""),
        ),
    )
    .await?;
    Ok(())
}

/// Moves a case forward phase by phase up to `target` (closing with a reason).
async fn walk(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    target: CasePhase,
    i: usize,
) -> Result<(), AppError> {
    loop {
        let head = cases::head(&mut *db.pool.acquire().await?, case_id).await?;
        if head.phase >= target {
            return Ok(());
        }
        let next = CasePhase::ALL[head.phase.rank() + 1].as_str();
        let reason = ["goals-achieved", "standard-service", "moved-away"][i % 3];
        cases::change_phase(db, actor, case_id, head.version, next, reason).await?;
    }
}

/// Writes `n` synthetic clients with cases, plans (three goals, ten steps) and status
/// history, spread over case managers of 250 clients each (the demo case manager gets the
/// first 250). Returns the number of clients written.
pub async fn generate(db: &Db, n: usize) -> Result<usize, AppError> {
    let actor = accounts::user_by_email(db, DEMO_CASE_MANAGER)
        .await?
        .ok_or_else(|| crate::server::infra::context::internal("demo data must be loaded first"))?;
    let now = now_ms();
    let today = input::today();
    // A synthetic case was opened 30 days to a year ago and reached each phase an eighth of
    // its age after the one before: `at(i, k)` is the instant k eighths on.
    const DAY_MS: i64 = 86_400_000;
    let age = |i: usize| 30 + (i as i64 * 37) % 330;
    let at = |i: usize, eighths: i64| now - age(i) * DAY_MS + eighths * (age(i) - 1) * DAY_MS / 8;
    let day_of = |ms: i64| crate::i18n::koeln_date(ms).to_string();
    let mut owners = vec![actor.id];
    let first_free: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users")
        .fetch_one(&db.pool)
        .await?;
    for k in 1..n.div_ceil(250) {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (organisation_id, email, display_name, role, password_hash, created_at)
             VALUES ($1, $2, $3, 'case_manager', '!', $4) RETURNING id",
        )
        .bind(actor.organisation_id)
        .bind(format!("fallmanager-{}-{k}@lotse.example", first_free))
        .bind(format!("Fallmanager/in {k}"))
        .bind(now)
        .fetch_one(&db.pool)
        .await?;
        owners.push(id);
    }
    const GIVEN: &[&str] = &[
        "Amira",
        "Mohammed",
        "Olena",
        "Reza",
        "Fatima",
        "Ahmad",
        "Zeynep",
        "Андрій",
        "محمد",
        "Тетяна",
        "رضا",
        "Şêrîn",
        "Yusuf",
        "Mariam",
        "Ivan",
        "Aylin",
        "Hevin",
        "Samir",
        "Leila",
        "Omar",
    ];
    const FAMILY: &[&str] = &[
        "Haddad",
        "Ahmadi",
        "Kovalenko",
        "Şahin",
        "Al-Ali",
        "Rahimi",
        "Шевченко",
        "حداد",
        "Kaya",
        "Demir",
        "Noori",
        "Mansour",
        "Мельник",
        "Karimi",
        "Öztürk",
        "Khalil",
        "Bondarenko",
        "Hosseini",
        "Baran",
        "Sultani",
    ];
    const LANGUAGES: &[&str] = &[
        "ara", "prs", "ukr", "tur", "kmr", "pes", "pus", "rus", "tir", "som",
    ];
    let q = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let partner = |part: &'static str| async move {
        sqlx::query_scalar::<_, i64>(
            "SELECT id FROM organisations WHERE name LIKE $1 ORDER BY id LIMIT 1",
        )
        .bind(format!("%{part}%"))
        .fetch_one(&db.pool)
        .await
    };
    let partners = [
        (partner("Sprachschule").await?, "language-course"),
        (partner("Jobcenter").await?, "employment"),
    ];
    let batch = 400;
    let mut done = 0;
    while done < n {
        let size = batch.min(n - done);
        let mut tx = db.pool.begin().await?;
        let rows: Vec<String> = (done..done + size)
            .map(|i| {
                format!(
                    "({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
                    actor.organisation_id,
                    q(GIVEN[i % GIVEN.len()]),
                    q(&format!(
                        "{}{}",
                        FAMILY[(i / GIVEN.len()) % FAMILY.len()],
                        if i >= 400 {
                            format!("-{}", i / 400)
                        } else {
                            String::new()
                        }
                    )),
                    1950 + (i % 55),
                    if i % 3 == 0 {
                        "NULL".to_owned()
                    } else {
                        ((i % 12) + 1).to_string()
                    },
                    q(LANGUAGES[i % LANGUAGES.len()]),
                    i % 2,
                    owners[i / 250],
                    at(i, 0),
                    at(i, 0),
                    q("Köln"),
                    q(DISTRICTS[i % DISTRICTS.len()]),
                )
            })
            .collect();
        let ids: Vec<i64> = sqlx::query_scalar(&format!(
            "INSERT INTO clients (organisation_id, given_names, family_name, birth_year, birth_month, preferred_language,
                 interpreter_needed, created_by, created_at, updated_at, city, district) VALUES {} RETURNING id",
            rows.join(", ")
        ))
        .fetch_all(&mut *tx)
        .await?;
        let mut keys = Vec::new();
        for (offset, id) in ids.iter().enumerate() {
            let i = done + offset;
            let family = format!(
                "{}{}",
                FAMILY[(i / GIVEN.len()) % FAMILY.len()],
                if i >= 400 {
                    format!("-{}", i / 400)
                } else {
                    String::new()
                }
            );
            let sort = name_keys::sort_name(&family, GIVEN[i % GIVEN.len()]);
            for key in name_search::keys([GIVEN[i % GIVEN.len()], family.as_str()]) {
                keys.push(format!(
                    "({id}, {}, {}, {})",
                    q(&key),
                    actor.organisation_id,
                    q(&sort)
                ));
            }
        }
        for chunk in keys.chunks(1000) {
            sqlx::query(&format!(
                "INSERT INTO client_name_keys (client_id, search_key, organisation_id, sort_name) VALUES {}
                 ON CONFLICT DO NOTHING",
                chunk.join(", ")
            ))
            .execute(&mut *tx)
            .await?;
        }
        let case_rows: Vec<String> = ids
            .iter()
            .enumerate()
            .map(|(offset, id)| {
                let i = done + offset;
                let phase = CasePhase::ALL[1 + i % 7].as_str();
                format!(
                    "({id}, {}, {}, {}, {}, {now})",
                    actor.organisation_id,
                    owners[i / 250],
                    q(phase),
                    at(i, 0)
                )
            })
            .collect();
        let case_ids: Vec<i64> = sqlx::query_scalar(&format!(
            "INSERT INTO cases (client_id, organisation_id, owner_id, phase, opened_at, updated_at) VALUES {} RETURNING id",
            case_rows.join(", ")
        ))
        .fetch_all(&mut *tx)
        .await?;
        let mut changes = Vec::new();
        let mut versions = Vec::new();
        let mut goal_rows = Vec::new();
        for (offset, case_id) in case_ids.iter().enumerate() {
            let i = done + offset;
            let owner = owners[i / 250];
            for p in 0..=(1 + i % 7) {
                changes.push(format!(
                    "({case_id}, {}, {}, {owner}, {})",
                    if p == 0 {
                        "NULL".to_owned()
                    } else {
                        q(CasePhase::ALL[p - 1].as_str())
                    },
                    q(CasePhase::ALL[p].as_str()),
                    at(i, p as i64)
                ));
            }
            // The plan is agreed on entering implementation.
            if 1 + i % 7 >= 4 {
                versions.push(format!(
                    "({case_id}, 1, 1, '[]', {}, 'signature', {}, {owner}, {}, {owner})",
                    q(&day_of(at(i, 4))),
                    q(&(today + Duration::days((i % 200) as i64)).to_string()),
                    at(i, 4)
                ));
            }
            for g in 0..3 {
                let (template, domain) = GOAL_TEMPLATES[(i + g * 5) % GOAL_TEMPLATES.len()];
                goal_rows.push(format!(
                    "({case_id}, {}, 'framework', {}, '', '', '', {open}, {owner}, {planned}, {planned})",
                    q(domain),
                    q(template),
                    open = q(GoalStatus::Open.as_str()),
                    planned = at(i, 3)
                ));
            }
        }
        for chunk in changes.chunks(1000) {
            sqlx::query(&format!(
                "INSERT INTO case_phase_changes (case_id, from_phase, to_phase, changed_by, changed_at) VALUES {}",
                chunk.join(", ")
            ))
            .execute(&mut *tx)
            .await?;
        }
        if !versions.is_empty() {
            sqlx::query(&format!(
                "INSERT INTO plan_versions (case_id, number, agreed, snapshot, agreed_on, agreed_how, review_due, created_by, created_at, agreed_by) VALUES {}",
                versions.join(", ")
            ))
            .execute(&mut *tx)
            .await?;
        }
        let index_of: std::collections::HashMap<i64, usize> = case_ids
            .iter()
            .enumerate()
            .map(|(offset, case_id)| (*case_id, done + offset))
            .collect();
        let mut goal_ids = Vec::new();
        for chunk in goal_rows.chunks(600) {
            let ids: Vec<(i64, i64)> = sqlx::query_as(&format!(
                "INSERT INTO goals (case_id, domain, level, template, client_words, plain_wording, success_criterion,
                     status, created_by, created_at, updated_at) VALUES {} RETURNING id, case_id",
                chunk.join(", ")
            ))
            .fetch_all(&mut *tx)
            .await?;
            goal_ids.extend(ids);
        }
        let mut step_rows = Vec::new();
        for (g, (goal_id, case_id)) in goal_ids.iter().enumerate() {
            let count = if g % 3 == 0 { 4 } else { 3 };
            for s in 0..count {
                let k = g * 4 + s;
                let (service, _) = SERVICES[k % SERVICES.len()];
                let status = StepStatus::ALL[k % StepStatus::ALL.len()];
                let due = today + Duration::days((k % 240) as i64 - 60);
                let i = index_of[case_id];
                let changed = if status == StepStatus::Planned {
                    at(i, 3)
                } else {
                    at(i, 6)
                };
                step_rows.push(format!(
                    "({goal_id}, {case_id}, {}, '', {}, {}, {}, {changed}, {}, {}, {changed})",
                    q(service),
                    q(if k % 3 == 0 { "organisation" } else { "client" }),
                    q(&due.to_string()),
                    q(status.as_str()),
                    actor.id,
                    at(i, 3),
                ));
            }
        }
        let mut history = Vec::new();
        for chunk in step_rows.chunks(600) {
            let ids: Vec<(i64, i64, String)> = sqlx::query_as(&format!(
                "INSERT INTO steps (goal_id, case_id, service_type, detail, responsible_kind, due_date, status,
                     status_changed_at, created_by, created_at, updated_at) VALUES {} RETURNING id, case_id, status",
                chunk.join(", ")
            ))
            .fetch_all(&mut *tx)
            .await?;
            for (step_id, case_id, status) in ids {
                let i = index_of[&case_id];
                let planned = q(StepStatus::Planned.as_str());
                history.push(format!(
                    "({step_id}, {case_id}, NULL, {planned}, {}, {})",
                    actor.id,
                    at(i, 3)
                ));
                if status != StepStatus::Planned {
                    history.push(format!(
                        "({step_id}, {case_id}, {planned}, {}, {}, {})",
                        q(&status),
                        actor.id,
                        at(i, 6)
                    ));
                }
            }
        }
        for chunk in history.chunks(1000) {
            sqlx::query(&format!(
                "INSERT INTO step_status_changes (step_id, case_id, from_status, to_status, changed_by, changed_at) VALUES {}",
                chunk.join(", ")
            ))
            .execute(&mut *tx)
            .await?;
        }
        let appointments: Vec<String> = case_ids
            .iter()
            .enumerate()
            .map(|(offset, case_id)| {
                let i = done + offset;
                format!(
                    "({case_id}, {}, '10:00', {}, {}, {now})",
                    q(&(today + Duration::days((i % 30) as i64)).to_string()),
                    q("Bürgeramt Köln-Mitte"),
                    actor.id
                )
            })
            .collect();
        sqlx::query(&format!(
            "INSERT INTO appointments (case_id, on_date, at_time, place, created_by, created_at) VALUES {}",
            appointments.join(", ")
        ))
        .execute(&mut *tx)
        .await?;
        // One referral per case, alternately to the course provider and the Jobcenter, in
        // every state, each covered by a consent (the partner inbox at scale).
        let mut consent_rows = Vec::new();
        let mut referral_rows = Vec::new();
        for (offset, (case_id, client_id)) in case_ids.iter().zip(&ids).enumerate() {
            let i = done + offset;
            let owner = owners[i / 250];
            let (org, purpose) = partners[i % 2];
            let status = [
                ReferralStatus::Sent,
                ReferralStatus::Accepted,
                ReferralStatus::InProgress,
                ReferralStatus::Completed,
                ReferralStatus::Declined,
            ][i % 5];
            let due = today + Duration::days((i % 20) as i64 - 5);
            // The consent is given at the assessment, the referral sent with the plan.
            consent_rows.push(format!(
                "({client_id}, {org}, {}, {}, 'signature', {owner}, {})",
                q(purpose),
                q(&day_of(at(i, 2))),
                at(i, 2)
            ));
            referral_rows.push(format!(
                "({case_id}, {client_id}, {org}, {}, {}, {}, {}, {owner}, {}, {now})",
                q(purpose),
                q("Bitte um Rückmeldung."),
                q(&due.to_string()),
                q(status.as_str()),
                at(i, 4)
            ));
        }
        let consent_ids: Vec<i64> = sqlx::query_scalar(&format!(
            "INSERT INTO consents (client_id, organisation_id, purpose, valid_from, method, recorded_by, recorded_at)
             VALUES {} RETURNING id",
            consent_rows.join(", ")
        ))
        .fetch_all(&mut *tx)
        .await?;
        let referral_ids: Vec<i64> = sqlx::query_scalar(&format!(
            "INSERT INTO referrals (case_id, client_id, organisation_id, purpose, message, response_due, status,
                 sent_by, sent_at, updated_at)
             VALUES {} RETURNING id",
            referral_rows.join(", ")
        ))
        .fetch_all(&mut *tx)
        .await?;
        let categories = |ids: &[i64]| {
            ids.iter()
                .flat_map(|id| {
                    [ConsentCategory::Identity, ConsentCategory::Language]
                        .map(|c| format!("({id}, {})", q(c.as_str())))
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        sqlx::query(&format!(
            "INSERT INTO consent_categories (consent_id, category) VALUES {}",
            categories(&consent_ids)
        ))
        .execute(&mut *tx)
        .await?;
        sqlx::query(&format!(
            "INSERT INTO referral_categories (referral_id, category) VALUES {}",
            categories(&referral_ids)
        ))
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        done += size;
    }
    // Fresh statistics, so the query planners see the new sizes at once (PostgreSQL's
    // autovacuum would get there later; SQLite never does by itself).
    let statistics = match db.backend {
        crate::server::infra::db::Backend::Postgres => "VACUUM ANALYZE",
        crate::server::infra::db::Backend::Sqlite => "ANALYZE",
    };
    sqlx::query(statistics).execute(&db.pool).await?;
    Ok(n)
}

/// Assigns every case of the database to one case manager as well (a benchmark of a whole
/// caseload's export). Returns the number of cases newly assigned.
pub async fn assign_all(db: &Db, email: &str) -> Result<u64, AppError> {
    let actor = accounts::user_by_email(db, email)
        .await?
        .ok_or_else(|| crate::server::infra::context::internal("no such account"))?;
    Ok(sqlx::query(
        "INSERT INTO case_assignments (case_id, user_id, assigned_by, assigned_at)
         SELECT id, $1, $1, $2 FROM cases WHERE owner_id <> $1
         ON CONFLICT DO NOTHING",
    )
    .bind(actor.id)
    .bind(now_ms())
    .execute(&db.pool)
    .await?
    .rows_affected())
}

/// Makes every `every`-th client (by id) due for deletion, as a share of the clients is on the
/// day of a retention run (a benchmark of that run): their cases were closed four years ago,
/// and they gave the Jobcenter a consent that ended then. Returns how many consents were
/// written (one per such client).
pub async fn clients_past_their_period(db: &Db, every: i64) -> Result<u64, AppError> {
    let jobcenter: i64 = sqlx::query_scalar(
        "SELECT id FROM organisations WHERE name LIKE '%Jobcenter%' ORDER BY id LIMIT 1",
    )
    .fetch_one(&db.pool)
    .await?;
    let ended = input::today() - Duration::days(4 * 365);
    let given = ended - Duration::days(365);
    // The marker of these consents: recorded at the instant they were given.
    let recorded_at = input::day_start_ms(given);
    let mut tx = db.pool.begin().await?;
    let written = sqlx::query(
        "INSERT INTO consents (client_id, organisation_id, purpose, valid_from, valid_until, method,
             recorded_by, recorded_at)
         SELECT c.id, $1, 'employment', $2, $3, 'signature', c.created_by, $4
         FROM clients c WHERE c.id % $5 = 0",
    )
    .bind(jobcenter)
    .bind(given.to_string())
    .bind(ended.to_string())
    .bind(recorded_at)
    .bind(every.max(1))
    .execute(&mut *tx)
    .await?
    .rows_affected();
    for category in [ConsentCategory::Identity, ConsentCategory::Language] {
        sqlx::query(
            "INSERT INTO consent_categories (consent_id, category)
             SELECT id, $1 FROM consents WHERE recorded_at = $2 AND valid_until = $3",
        )
        .bind(category.as_str())
        .bind(recorded_at)
        .bind(ended.to_string())
        .execute(&mut *tx)
        .await?;
    }
    // Their cases: every phase change four years earlier, and closed then where they are not.
    let four_years = (input::today() - ended).num_days() * 86_400_000;
    let theirs = "SELECT k.id FROM cases k WHERE k.client_id % $2 = 0";
    sqlx::query(&format!(
        "UPDATE case_phase_changes SET changed_at = changed_at - $1 WHERE case_id IN ({theirs})"
    ))
    .bind(four_years)
    .bind(every.max(1))
    .execute(&mut *tx)
    .await?;
    sqlx::query(&format!(
        "INSERT INTO case_phase_changes (case_id, from_phase, to_phase, closure_reason, changed_by, changed_at)
         SELECT k.id, k.phase, 'closed', 'goals-achieved', k.owner_id, $1
         FROM cases k WHERE k.phase <> 'closed' AND k.id IN ({theirs})"
    ))
    .bind(recorded_at + 365 * 86_400_000)
    .bind(every.max(1))
    .execute(&mut *tx)
    .await?;
    sqlx::query("UPDATE cases SET phase = 'closed', closure_reason = COALESCE(closure_reason, 'goals-achieved') WHERE client_id % $1 = 0")
        .bind(every.max(1))
        .execute(&mut *tx)
        .await?;
    sqlx::query("UPDATE clients SET updated_at = $1 WHERE id % $2 = 0")
        .bind(recorded_at)
        .bind(every.max(1))
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(written)
}
