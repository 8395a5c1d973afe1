//! The service directory: organisations publish offers, case managers browse and filter them,
//! and a language-course step of a plan finds the courses that fit its client. Offers hold no
//! personal data; the course search reads the client's facts inside the case's audited
//! transaction (see `referrals::network`).

use std::collections::HashMap;

use chrono::NaiveDate;
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::catalogue::{LANGUAGE_COURSES, LANGUAGE_LEVELS};
pub use crate::models::OfferInput;
use crate::models::{
    AccessTimes, CourseMatch, CourseSearch, CurrentUser, CustomEntry, Offer, OfferList, StepStatus,
};
use crate::server::infra::concurrency::{self, Versioned};
use crate::server::infra::db::{begin, code_list, code_literal, now_ms, quoted, Db};
use crate::server::infra::fields::catalogues::{District, LanguageLevel, Service};
use crate::server::infra::fields::{text_of, Code, LanguageCode, Text};
use crate::server::{admin::catalogues, infra::input, network::required_text, policy};

/// Köln's districts on a rough kilometre grid around the cathedral, for "nearest first".
const DISTRICT_GRID: &[(&str, i64, i64)] = &[
    ("innenstadt", 0, 0),
    ("rodenkirchen", 0, -6),
    ("lindenthal", -5, -1),
    ("ehrenfeld", -4, 2),
    ("nippes", -1, 5),
    ("chorweiler", -4, 12),
    ("porz", 8, -8),
    ("kalk", 5, 0),
    ("muelheim", 4, 5),
];

/// Straight-line distance between two districts in whole kilometres.
pub fn district_distance(a: &str, b: &str) -> Option<i64> {
    let find = |d: &str| DISTRICT_GRID.iter().find(|g| g.0 == d);
    let (a, b) = (find(a)?, find(b)?);
    let (dx, dy) = ((a.1 - b.1) as f64, (a.2 - b.2) as f64);
    Some((dx * dx + dy * dy).sqrt().round() as i64)
}

/// The Köln district of a postal code (the district most of the code lies in).
pub fn district_of_postal_code(code: &str) -> Option<&'static str> {
    let n: u32 = code.trim().parse().ok()?;
    Some(match n {
        50667..=50679 => "innenstadt",
        50733..=50739 => "nippes",
        50765..=50769 => "chorweiler",
        50823..=50829 => "ehrenfeld",
        50858..=50859 | 50931..=50939 => "lindenthal",
        50968..=50999 => "rodenkirchen",
        51061..=51069 => "muelheim",
        51103..=51109 => "kalk",
        51143..=51149 => "porz",
        _ => return None,
    })
}

const OFFER_COLUMNS: &str =
    "o.id, o.organisation_id, g.name AS organisation, o.service_type, o.title,
     o.description, o.district, o.address, o.entry_level, o.target_level, o.childcare, o.accessible,
     o.schedule, o.capacity, o.free_seats, o.documents, o.contact, o.active, o.version";

#[derive(sqlx::FromRow)]
struct OfferRow {
    id: i64,
    organisation_id: i64,
    organisation: String,
    service_type: String,
    title: String,
    description: String,
    district: String,
    address: String,
    entry_level: Option<String>,
    target_level: Option<String>,
    childcare: i64,
    accessible: i64,
    schedule: String,
    capacity: Option<i64>,
    free_seats: Option<i64>,
    documents: String,
    contact: String,
    active: i64,
    version: i64,
}

impl From<OfferRow> for Offer {
    fn from(r: OfferRow) -> Offer {
        Offer {
            id: r.id,
            organisation_id: r.organisation_id,
            organisation: r.organisation,
            service_type: r.service_type,
            title: r.title,
            description: r.description,
            district: r.district,
            address: r.address,
            entry_level: r.entry_level,
            target_level: r.target_level,
            childcare: r.childcare != 0,
            accessible: r.accessible != 0,
            schedule: r.schedule,
            capacity: r.capacity,
            free_seats: r.free_seats,
            documents: r.documents,
            contact: r.contact,
            active: r.active != 0,
            languages: Vec::new(),
            starts: Vec::new(),
            version: r.version,
        }
    }
}

/// Reads offers chosen by `condition` (binding `binds` as text), with their languages and
/// upcoming start dates: three queries.
async fn read(
    conn: &mut AnyConnection,
    condition: &str,
    binds: &[String],
    limit: i64,
) -> Result<Vec<Offer>, AppError> {
    let sql = format!(
        "SELECT {OFFER_COLUMNS} FROM offers o JOIN organisations g ON g.id = o.organisation_id
         WHERE {condition} ORDER BY o.next_start IS NULL, o.next_start, o.title, o.id LIMIT {limit}"
    );
    let mut query = sqlx::query_as::<_, OfferRow>(&sql);
    for b in binds {
        query = query.bind(b);
    }
    let mut offers: Vec<Offer> = query
        .fetch_all(&mut *conn)
        .await?
        .into_iter()
        .map(Offer::from)
        .collect();
    if offers.is_empty() {
        return Ok(offers);
    }
    let ids = offers
        .iter()
        .map(|o| o.id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let languages: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT offer_id, language FROM offer_languages WHERE offer_id IN ({ids}) ORDER BY language"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let starts: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT offer_id, starts_on FROM offer_starts WHERE offer_id IN ({ids}) AND starts_on >= $1
         ORDER BY starts_on"
    ))
    .bind(input::today().to_string())
    .fetch_all(&mut *conn)
    .await?;
    let index: HashMap<i64, usize> = offers.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
    for (id, language) in languages {
        offers[index[&id]].languages.push(language);
    }
    for (id, start) in starts {
        offers[index[&id]].starts.push(start);
    }
    Ok(offers)
}

/// Filters of the directory page.
#[derive(Debug, Clone, Default)]
pub struct OfferFilter {
    pub service_type: String,
    pub district: String,
    pub language: String,
    pub childcare: bool,
    pub free_seats: bool,
    pub organisation_id: Option<i64>,
}

/// The directory: active offers matching the filter (partner staff also see their own
/// inactive ones), soonest start first.
pub async fn list(
    db: &Db,
    actor: &CurrentUser,
    filter: &OfferFilter,
) -> Result<OfferList, AppError> {
    policy::may_browse_offers(actor)?;
    let mut conditions =
        vec!["(o.active = 1 OR o.organisation_id = CAST($1 AS BIGINT))".to_owned()];
    let mut binds = vec![actor.organisation_id.to_string()];
    let mut add = |condition: &str, value: String| {
        binds.push(value);
        conditions.push(condition.replace('?', &format!("${}", binds.len())));
    };
    if !filter.service_type.is_empty() {
        add("o.service_type = ?", filter.service_type.clone());
    }
    if !filter.district.is_empty() {
        add("o.district = ?", filter.district.clone());
    }
    if let Some(language) = input::language(&filter.language, "language")? {
        add(
            "EXISTS (SELECT 1 FROM offer_languages l WHERE l.offer_id = o.id AND l.language = ?)",
            language,
        );
    }
    if let Some(org) = filter.organisation_id {
        add("o.organisation_id = CAST(? AS BIGINT)", org.to_string());
    }
    if filter.childcare {
        conditions.push("o.childcare = 1".into());
    }
    if filter.free_seats {
        conditions.push("(o.free_seats IS NULL OR o.free_seats > 0)".into());
    }
    let mut conn = db.pool.acquire().await?;
    let offers = read(&mut conn, &conditions.join(" AND "), &binds, 200).await?;
    Ok(OfferList {
        offers,
        own_organisation: (actor.role == crate::models::Role::PartnerStaff)
            .then_some(actor.organisation_id),
        access_times: access_times(&mut conn).await?,
    })
}

/// One offer (for its edit form).
pub async fn one(db: &Db, actor: &CurrentUser, offer_id: i64) -> Result<Offer, AppError> {
    policy::may_browse_offers(actor)?;
    let mut conn = db.pool.acquire().await?;
    let found = read(
        &mut conn,
        "o.id = CAST($1 AS BIGINT)",
        &[offer_id.to_string()],
        1,
    )
    .await?
    .pop();
    drop(conn);
    match found {
        Some(offer) => Ok(offer),
        None => Err(policy::no_such_record(db, actor, "offer", offer_id).await),
    }
}

/// The columns an offer form writes, in binding order.
const WRITTEN_COLUMNS: [&str; 18] = [
    "service_type",
    "title",
    "description",
    "district",
    "address",
    "entry_level",
    "target_level",
    "childcare",
    "accessible",
    "schedule",
    "capacity",
    "free_seats",
    "documents",
    "contact",
    "active",
    "next_start",
    "updated_by",
    "updated_at",
];

/// An offer as the form sent it, checked: only [`OfferDraft::parse`] builds it.
#[derive(Debug, Clone)]
pub struct OfferDraft {
    service_type: Code<Service>,
    title: Text,
    description: Option<Text>,
    district: Code<District>,
    address: Text,
    entry_level: Option<Code<LanguageLevel>>,
    target_level: Option<Code<LanguageLevel>>,
    childcare: bool,
    accessible: bool,
    schedule: Option<Text>,
    capacity: Option<i64>,
    free_seats: Option<i64>,
    documents: Option<Text>,
    contact: Option<Text>,
    active: bool,
    /// Without repeats, in the order typed.
    languages: Vec<LanguageCode>,
    /// Sorted, without repeats.
    starts: Vec<NaiveDate>,
}

/// The entries of a list typed with commas or spaces between them.
fn list_entries(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c == ',' || c.is_whitespace())
}

impl OfferDraft {
    /// Checks the fields in the order the form shows them, so the first wrong one is named;
    /// `custom` holds the service types administrators added.
    pub fn parse(form: &OfferInput, custom: &[CustomEntry]) -> Result<Self, AppError> {
        let service_type = Code::required(&form.service_type, "service_type", custom)?;
        let title = required_text(&form.title, "title", 200)?;
        let description = Text::parse(&form.description, "description", 5_000)?;
        let district = Code::required(&form.district, "district", &[])?;
        let address = required_text(&form.address, "address", 300)?;
        let entry_level = Code::parse(&form.entry_level, "entry_level", &[])?;
        let target_level = Code::parse(&form.target_level, "target_level", &[])?;
        if let (Some(entry), Some(target)) = (&entry_level, &target_level) {
            if level_index(target.as_str()) <= level_index(entry.as_str()) {
                return Err(AppError::invalid(
                    "target_level",
                    "error-target-level-not-above",
                ));
            }
        }
        let schedule = Text::parse(&form.schedule, "schedule", 1_000)?;
        let capacity = input::number(&form.capacity, "capacity", 0..=10_000)?;
        let free_seats = input::number(&form.free_seats, "free_seats", 0..=10_000)?;
        if let (Some(c), Some(f)) = (capacity, free_seats) {
            if f > c {
                return Err(AppError::invalid(
                    "free_seats",
                    "error-free-seats-above-capacity",
                ));
            }
        }
        let documents = Text::parse(&form.documents, "documents", 1_000)?;
        let contact = Text::parse(&form.contact, "contact", 500)?;
        let mut languages = Vec::new();
        for code in list_entries(&form.languages) {
            if let Some(code) = LanguageCode::parse(code, "languages")? {
                if !languages.contains(&code) {
                    languages.push(code);
                }
            }
        }
        let mut starts = Vec::new();
        for text in list_entries(&form.starts) {
            starts.extend(input::date(text, "starts")?);
        }
        starts.sort();
        starts.dedup();
        Ok(OfferDraft {
            service_type,
            title,
            description,
            district,
            address,
            entry_level,
            target_level,
            childcare: form.childcare,
            accessible: form.accessible,
            schedule,
            capacity,
            free_seats,
            documents,
            contact,
            active: form.active,
            languages,
            starts,
        })
    }

    /// The first start date from today on.
    fn next_start(&self) -> Option<String> {
        let today = input::today();
        self.starts
            .iter()
            .find(|s| **s >= today)
            .map(NaiveDate::to_string)
    }
}

/// The fields an edit conflict names: the same for the stored offer and the edit sent.
fn conflict_fields(title: &str, free_seats: Option<i64>) -> Vec<(&'static str, String)> {
    vec![
        ("field-title", title.to_owned()),
        (
            "field-free-seats",
            free_seats.map(|n| n.to_string()).unwrap_or_default(),
        ),
    ]
}

impl Versioned for Offer {
    fn fields(&self) -> Vec<(&'static str, String)> {
        conflict_fields(&self.title, self.free_seats)
    }
}

impl Versioned for OfferDraft {
    fn fields(&self) -> Vec<(&'static str, String)> {
        conflict_fields(self.title.as_str(), self.free_seats)
    }
}

/// Creates (`offer_id` none) or changes an offer of the actor's organisation, unless someone
/// else changed it since `version` was loaded.
pub async fn save(
    db: &Db,
    actor: &CurrentUser,
    offer_id: Option<i64>,
    version: i64,
    form: &OfferInput,
) -> Result<i64, AppError> {
    policy::may_manage_offers(actor, actor.organisation_id)?;
    let custom = catalogues::custom_entries(db).await?;
    let offer = OfferDraft::parse(form, &custom)?;
    let next_start = offer.next_start();
    let now = now_ms();
    // Binds the checked fields in the order of WRITTEN_COLUMNS (insert and update alike).
    macro_rules! bind_offer_fields {
        ($query:expr) => {
            $query
                .bind(offer.service_type.as_str())
                .bind(offer.title.as_str())
                .bind(text_of(&offer.description))
                .bind(offer.district.as_str())
                .bind(offer.address.as_str())
                .bind(offer.entry_level.as_ref().map(Code::as_str))
                .bind(offer.target_level.as_ref().map(Code::as_str))
                .bind(offer.childcare as i64)
                .bind(offer.accessible as i64)
                .bind(text_of(&offer.schedule))
                .bind(offer.capacity)
                .bind(offer.free_seats)
                .bind(text_of(&offer.documents))
                .bind(text_of(&offer.contact))
                .bind(offer.active as i64)
                .bind(&next_start)
                .bind(actor.id)
                .bind(now)
        };
    }
    let mut tx = begin(db).await?;
    let id = match offer_id {
        None => {
            let insert = format!(
                "INSERT INTO offers ({}, organisation_id) VALUES ({}, $19) RETURNING id",
                WRITTEN_COLUMNS.join(", "),
                (1..=WRITTEN_COLUMNS.len())
                    .map(|i| format!("${i}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            bind_offer_fields!(sqlx::query_scalar::<_, i64>(&insert))
                .bind(actor.organisation_id)
                .fetch_one(&mut *tx)
                .await?
        }
        Some(id) => {
            let found = read(&mut tx, "o.id = CAST($1 AS BIGINT)", &[id.to_string()], 1)
                .await?
                .pop();
            let Some(stored) = found else {
                drop(tx);
                return Err(policy::no_such_record(db, actor, "offer", id).await);
            };
            policy::may_manage_offers(actor, stored.organisation_id)?;
            concurrency::check_version(&stored, stored.version, &offer, version)?;
            let assignments: Vec<String> = WRITTEN_COLUMNS
                .iter()
                .enumerate()
                .map(|(i, column)| format!("{column} = ${}", i + 1))
                .collect();
            let update = format!(
                "UPDATE offers SET {}, version = version + 1 WHERE id = $19 AND version = $20",
                assignments.join(", ")
            );
            let changed = bind_offer_fields!(sqlx::query(&update))
                .bind(id)
                .bind(version)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            concurrency::check_updated(changed, &stored, stored.version, &offer)?;
            sqlx::query("DELETE FROM offer_languages WHERE offer_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            sqlx::query("DELETE FROM offer_starts WHERE offer_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
            id
        }
    };
    for language in &offer.languages {
        sqlx::query("INSERT INTO offer_languages (offer_id, language) VALUES ($1, $2)")
            .bind(id)
            .bind(language.as_str())
            .execute(&mut *tx)
            .await?;
    }
    for start in &offer.starts {
        sqlx::query("INSERT INTO offer_starts (offer_id, starts_on) VALUES ($1, $2)")
            .bind(id)
            .bind(start.to_string())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

fn level_index(level: &str) -> usize {
    LANGUAGE_LEVELS
        .iter()
        .position(|l| *l == level)
        .unwrap_or(0)
}

/// Whether a course type suits a client's literacy: literacy courses for those who cannot yet
/// read, second-script courses for those literate in another script.
fn literacy_fits(service_type: &str, literacy: Option<&str>) -> bool {
    match (service_type, literacy) {
        (_, None) => true,
        ("literacy-course", Some(l)) => l == "not-literate",
        ("second-script-course", Some(l)) => l == "other-script",
        (_, Some(l)) => l != "not-literate",
    }
}

/// Whether a course's levels fit: the client has at least its entry level and is below its
/// target level.
fn level_fits(offer: &Offer, level: Option<&str>) -> bool {
    let Some(level) = level else { return true };
    let have = level_index(level);
    offer
        .entry_level
        .as_deref()
        .is_none_or(|e| have >= level_index(e))
        && offer
            .target_level
            .as_deref()
            .is_none_or(|t| have < level_index(t))
}

/// What the course search of a step is asked for.
#[derive(Debug, Clone, Copy, Default)]
pub struct CourseOptions {
    /// Only courses with childcare (defaults to the household having a child under six).
    pub childcare: Option<bool>,
    /// Every language course type, not only the step's.
    pub any_type: bool,
}

/// Courses for a language-course step: type and level fitting the assessed language level
/// and literacy, free seats first, childcare when needed, nearest district first, then
/// earliest start. The caller holds the case's grant and transaction.
pub async fn courses_for_step(
    conn: &mut AnyConnection,
    case_id: i64,
    step_id: i64,
    options: CourseOptions,
) -> Result<CourseSearch, AppError> {
    let step: Option<(String, String)> =
        sqlx::query_as("SELECT service_type, status FROM steps WHERE id = $1 AND case_id = $2")
            .bind(step_id)
            .bind(case_id)
            .fetch_optional(&mut *conn)
            .await?;
    let (step_service, step_status) = step.ok_or(AppError::NotFound)?;
    let facts: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT language_level, literacy FROM case_facts WHERE case_id = $1")
            .bind(case_id)
            .fetch_optional(&mut *conn)
            .await?;
    let (language_level, literacy) = facts.unwrap_or_default();
    let (postal_code, client_id): (Option<String>, i64) = sqlx::query_as(
        "SELECT c.postal_code, c.id FROM cases k JOIN clients c ON c.id = k.client_id WHERE k.id = $1",
    )
    .bind(case_id)
    .fetch_one(&mut *conn)
    .await?;
    let young_children: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM household_members WHERE client_id = $1 AND relation = 'child'
           AND birth_year IS NOT NULL AND birth_year >= $2",
    )
    .bind(client_id)
    .bind(i64::from(chrono::Datelike::year(&input::today())) - 6)
    .fetch_one(&mut *conn)
    .await?;
    let childcare = options.childcare.unwrap_or(young_children > 0);
    let home_district = postal_code
        .as_deref()
        .and_then(district_of_postal_code)
        .map(str::to_owned);
    let courses = Code::<Service>::builtins(LANGUAGE_COURSES);
    let types: Vec<Code<Service>> =
        match courses.iter().find(|c| c.as_str() == step_service.as_str()) {
            Some(course) if !options.any_type => vec![course.clone()],
            _ => courses,
        };
    let in_list = quoted(&types);
    let mut condition =
        format!("o.active = 1 AND o.service_type IN ({in_list}) AND o.next_start >= $1");
    if childcare {
        condition.push_str(" AND o.childcare = 1");
    }
    let offers = read(conn, &condition, &[input::today().to_string()], 500).await?;
    let mut matches: Vec<CourseMatch> = offers
        .into_iter()
        .filter(|o| literacy_fits(&o.service_type, literacy.as_deref()))
        .filter(|o| level_fits(o, language_level.as_deref()))
        .map(|offer| CourseMatch {
            distance: home_district
                .as_deref()
                .and_then(|h| district_distance(h, &offer.district)),
            offer,
            median_waiting_days: None,
        })
        .collect();
    matches.sort_by(|a, b| {
        let full = |m: &CourseMatch| m.offer.free_seats == Some(0);
        (
            full(a),
            a.distance.unwrap_or(i64::MAX),
            a.offer.starts.first(),
        )
            .cmp(&(
                full(b),
                b.distance.unwrap_or(i64::MAX),
                b.offer.starts.first(),
            ))
    });
    matches.truncate(30);
    Ok(CourseSearch {
        case_id,
        step_id,
        step_service,
        step_status,
        language_level,
        literacy,
        home_district,
        childcare,
        matches,
    })
}

fn median(values: &mut [i64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let n = values.len();
    Some(if n % 2 == 1 {
        values[n / 2] as f64
    } else {
        (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0
    })
}

/// Days between the first time a step reached `from` and the first time it reached `to`.
fn days_between(changes: &[(String, i64)], from: StepStatus, to: StepStatus) -> Option<i64> {
    let first = |s: StepStatus| changes.iter().filter(|c| c.0 == s).map(|c| c.1).min();
    let (a, b) = (first(from)?, first(to)?);
    (b >= a).then(|| (b - a) / 86_400_000)
}

/// Access time (eligible → started) and waiting time (registered → started) in days of each
/// language-course step that has started, with its course type and provider.
async fn course_times(
    conn: &mut AnyConnection,
    case_id: Option<i64>,
) -> Result<Vec<(String, String, Option<i64>, Option<i64>)>, AppError> {
    use StepStatus::{Eligible, Registered, Started};
    let in_list = quoted(&Code::<Service>::builtins(LANGUAGE_COURSES));
    let case_condition = if case_id.is_some() {
        "AND s.case_id = $1 AND h.case_id = $1"
    } else {
        ""
    };
    let sql = format!(
        "SELECT s.id, s.service_type, COALESCE(o.name, ''), h.to_status, h.changed_at
         FROM steps s
         JOIN step_status_changes h ON h.step_id = s.id
         LEFT JOIN organisations o ON o.id = s.responsible_organisation_id
         WHERE s.service_type IN ({in_list}) {case_condition}
           AND h.to_status IN ({steps})
           AND EXISTS (SELECT 1 FROM step_status_changes x WHERE x.step_id = s.id AND x.to_status = {started})
         ORDER BY s.id",
        steps = code_list(&[Eligible, Registered, Started]),
        started = code_literal(Started),
    );
    let mut query = sqlx::query_as::<_, (i64, String, String, String, i64)>(&sql);
    if let Some(id) = case_id {
        query = query.bind(id);
    }
    let rows = query.fetch_all(&mut *conn).await?;
    let mut out = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let id = rows[i].0;
        let mut changes = Vec::new();
        let (service, provider) = (rows[i].1.clone(), rows[i].2.clone());
        while i < rows.len() && rows[i].0 == id {
            changes.push((rows[i].3.clone(), rows[i].4));
            i += 1;
        }
        out.push((
            service,
            provider,
            days_between(&changes, Eligible, Started),
            days_between(&changes, Registered, Started),
        ));
    }
    Ok(out)
}

/// A client's course steps with their access and waiting time in days.
pub async fn client_course_times(
    conn: &mut AnyConnection,
    case_id: i64,
) -> Result<Vec<(String, Option<i64>, Option<i64>)>, AppError> {
    Ok(course_times(conn, Some(case_id))
        .await?
        .into_iter()
        .map(|(service, _, access, waiting)| (service, access, waiting))
        .collect())
}

/// Medians of access and waiting time per course type and provider.
pub async fn access_times(conn: &mut AnyConnection) -> Result<Vec<AccessTimes>, AppError> {
    // ((course type, provider), access days, waiting days)
    type Group = ((String, String), Vec<i64>, Vec<i64>);
    let mut groups: Vec<Group> = Vec::new();
    for (service, provider, access, waiting) in course_times(conn, None).await? {
        let key = (service, provider);
        let position = match groups.iter().position(|g| g.0 == key) {
            Some(p) => p,
            None => {
                groups.push((key, Vec::new(), Vec::new()));
                groups.len() - 1
            }
        };
        let group = &mut groups[position];
        group.1.extend(access);
        group.2.extend(waiting);
    }
    let mut times: Vec<AccessTimes> = groups
        .into_iter()
        .map(
            |((service_type, organisation), mut access, mut waiting)| AccessTimes {
                clients: access.len().max(waiting.len()) as i64,
                median_access_days: median(&mut access),
                median_waiting_days: median(&mut waiting),
                service_type,
                organisation,
            },
        )
        .collect();
    times.sort_by(|a, b| {
        (&a.service_type, &a.organisation).cmp(&(&b.service_type, &b.organisation))
    });
    Ok(times)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postal_codes_map_to_districts_and_distances_are_symmetric() {
        assert_eq!(district_of_postal_code("50765"), Some("chorweiler"));
        assert_eq!(district_of_postal_code("51065"), Some("muelheim"));
        assert_eq!(district_of_postal_code("10115"), None);
        assert_eq!(district_distance("kalk", "kalk"), Some(0));
        assert_eq!(
            district_distance("porz", "chorweiler"),
            district_distance("chorweiler", "porz")
        );
        assert!(
            district_distance("nippes", "chorweiler") < district_distance("porz", "chorweiler")
        );
    }

    #[test]
    fn course_levels_and_literacy_decide_the_fit() {
        let course = Offer {
            entry_level: Some("a0".into()),
            target_level: Some("b1".into()),
            ..Offer::default()
        };
        assert!(level_fits(&course, Some("a1")));
        assert!(!level_fits(&course, Some("b1")));
        assert!(level_fits(&course, None));
        assert!(literacy_fits("literacy-course", Some("not-literate")));
        assert!(!literacy_fits("integration-course", Some("not-literate")));
        assert!(!literacy_fits("second-script-course", Some("literate")));
    }

    #[test]
    fn the_median_of_an_even_list_is_the_mean_of_the_middle_two() {
        assert_eq!(median(&mut [5, 1, 3]), Some(3.0));
        assert_eq!(median(&mut [4, 1, 3, 2]), Some(2.5));
        assert_eq!(median(&mut []), None);
    }
}
