//! Registering clients and finding them again, in any script and spelling.

use super::db::{now_ms, Db};
use super::{name_search, policy};
use crate::error::AppError;
use crate::models::{
    ClientQuery, ClientSummary, CurrentUser, NewClient, Page, PartialDate, PAGE_SIZE,
};

fn optional(text: &str, field: &str, max_chars: usize) -> Result<Option<String>, AppError> {
    let text = text.trim();
    if text.chars().count() > max_chars {
        return Err(AppError::invalid(field, "error-too-long"));
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

fn number(
    text: &str,
    field: &str,
    range: std::ops::RangeInclusive<i64>,
) -> Result<Option<i64>, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<i64>() {
        Ok(n) if range.contains(&n) => Ok(Some(n)),
        _ => Err(AppError::invalid(field, "error-date-part-invalid")),
    }
}

/// A partial date of birth from the form: a day needs a month, and a full date must exist.
pub fn parse_birth(year: &str, month: &str, day: &str) -> Result<PartialDate, AppError> {
    let this_year = i64::from(chrono::Datelike::year(&chrono::Utc::now()));
    let date = PartialDate {
        year: number(year, "birth_year", 1900..=this_year)?,
        month: number(month, "birth_month", 1..=12)?,
        day: number(day, "birth_day", 1..=31)?,
    };
    if date.day.is_some() && date.month.is_none() {
        return Err(AppError::invalid("birth_month", "error-day-without-month"));
    }
    if let PartialDate {
        year: Some(y),
        month: Some(m),
        day: Some(d),
    } = date
    {
        if chrono::NaiveDate::from_ymd_opt(y as i32, m as u32, d as u32).is_none() {
            return Err(AppError::invalid("birth_day", "error-date-part-invalid"));
        }
    }
    Ok(date)
}

/// ISO 639-3: three lower-case letters.
fn language_code(text: &str, field: &str) -> Result<Option<String>, AppError> {
    let code = text.trim().to_ascii_lowercase();
    if code.is_empty() {
        return Ok(None);
    }
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_lowercase()) {
        Ok(Some(code))
    } else {
        Err(AppError::invalid(field, "error-language-code"))
    }
}

/// Registers a client in the case manager's organisation; returns the new id.
pub async fn create(db: &Db, actor: &CurrentUser, new: &NewClient) -> Result<i64, AppError> {
    policy::may_work_with_clients(actor)?;
    let given = optional(&new.given_names, "given_names", 200)?;
    let family = optional(&new.family_name, "family_name", 200)?;
    if given.is_none() && family.is_none() {
        return Err(AppError::invalid("given_names", "error-name-required"));
    }
    let given_latin = optional(&new.given_names_latin, "given_names_latin", 200)?;
    let family_latin = optional(&new.family_name_latin, "family_name_latin", 200)?;
    let birth = parse_birth(&new.birth_year, &new.birth_month, &new.birth_day)?;
    let preferred = language_code(&new.preferred_language, "preferred_language")?;
    let interpreter = language_code(&new.interpreter_language, "interpreter_language")?;
    let email = match optional(&new.email, "email", 254)? {
        Some(email) => Some(super::accounts::normalise_email(&email)?),
        None => None,
    };
    let names = [&given, &family, &given_latin, &family_latin];
    let keys = name_search::keys(names.iter().filter_map(|n| n.as_deref()));
    let now = now_ms();
    let mut tx = db.pool.begin().await?;
    let id = sqlx::query_scalar::<_, i64>(
        "INSERT INTO clients (organisation_id, given_names, family_name, given_names_latin, family_name_latin,
             birth_year, birth_month, birth_day, preferred_language, interpreter_needed, interpreter_language,
             phone, email, street, postal_code, city, created_by, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)
         RETURNING id",
    )
    .bind(actor.organisation_id)
    .bind(given.unwrap_or_default())
    .bind(family.unwrap_or_default())
    .bind(given_latin)
    .bind(family_latin)
    .bind(birth.year)
    .bind(birth.month)
    .bind(birth.day)
    .bind(preferred)
    .bind(i64::from(new.interpreter_needed))
    .bind(interpreter)
    .bind(optional(&new.phone, "phone", 50)?)
    .bind(email)
    .bind(optional(&new.street, "street", 200)?)
    .bind(optional(&new.postal_code, "postal_code", 20)?)
    .bind(optional(&new.city, "city", 100)?)
    .bind(actor.id)
    .bind(now)
    .fetch_one(&mut *tx)
    .await?;
    for key in keys {
        sqlx::query("INSERT INTO client_name_keys (client_id, search_key) VALUES ($1, $2)")
            .bind(id)
            .bind(key)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(id)
}

#[derive(sqlx::FromRow)]
struct ClientRow {
    id: i64,
    given_names: String,
    family_name: String,
    given_names_latin: Option<String>,
    family_name_latin: Option<String>,
    birth_year: Option<i64>,
    birth_month: Option<i64>,
    birth_day: Option<i64>,
    preferred_language: Option<String>,
}

impl From<ClientRow> for ClientSummary {
    fn from(r: ClientRow) -> Self {
        ClientSummary {
            id: r.id,
            given_names: r.given_names,
            family_name: r.family_name,
            given_names_latin: r.given_names_latin,
            family_name_latin: r.family_name_latin,
            birth: PartialDate {
                year: r.birth_year,
                month: r.birth_month,
                day: r.birth_day,
            },
            preferred_language: r.preferred_language,
        }
    }
}

/// Words of a query beyond this many are ignored.
const MAX_QUERY_WORDS: usize = 5;

/// One page of the organisation's clients matching the query: every query word must match
/// some name part by spelling (as a prefix) or by consonant skeleton; spelling matches rank
/// first. Known parts of the date of birth narrow the result; unknown parts of a client's
/// date of birth do not exclude them.
pub async fn search(
    db: &Db,
    actor: &CurrentUser,
    query: &ClientQuery,
    page: i64,
) -> Result<Page<ClientSummary>, AppError> {
    policy::may_work_with_clients(actor)?;
    let page = page.max(1);
    let words: Vec<String> = name_search::words(&query.text)
        .into_iter()
        .take(MAX_QUERY_WORDS)
        .collect();
    let mut sql = String::from(
        "SELECT c.id, c.given_names, c.family_name, c.given_names_latin, c.family_name_latin,
                c.birth_year, c.birth_month, c.birth_day, c.preferred_language",
    );
    let mut binds: Vec<String> = Vec::new();
    let mut spelled = Vec::new();
    let mut matched = Vec::new();
    for word in &words {
        let n = binds.len();
        binds.extend([
            format!("f{word}"),
            format!("f{word}~"),
            format!("s{}", name_search::skeleton(word)),
        ]);
        let prefix = format!("k.search_key >= ${} AND k.search_key < ${}", n + 1, n + 2);
        spelled.push(format!(
            "CASE WHEN EXISTS (SELECT 1 FROM client_name_keys k WHERE k.client_id = c.id AND {prefix}) THEN 1 ELSE 0 END"
        ));
        matched.push(format!(
            "EXISTS (SELECT 1 FROM client_name_keys k WHERE k.client_id = c.id AND (({prefix}) OR k.search_key = ${}))",
            n + 3
        ));
    }
    let rank = if spelled.is_empty() {
        "0".to_owned()
    } else {
        spelled.join(" + ")
    };
    sql.push_str(&format!(
        ", {rank} AS spelling_rank FROM clients c WHERE c.organisation_id = ${}",
        binds.len() + 1
    ));
    let mut numbers = vec![actor.organisation_id];
    for condition in matched {
        sql.push_str(" AND ");
        sql.push_str(&condition);
    }
    let birth = query.birth;
    for (column, value, must_be_known) in [
        ("birth_year", birth.year, true),
        ("birth_month", birth.month, false),
        ("birth_day", birth.day, false),
    ] {
        if let Some(value) = value {
            let n = binds.len() + numbers.len() + 1;
            if must_be_known {
                sql.push_str(&format!(" AND c.{column} = ${n}"));
            } else {
                sql.push_str(&format!(" AND (c.{column} IS NULL OR c.{column} = ${n})"));
            }
            numbers.push(value);
        }
    }
    let n = binds.len() + numbers.len();
    sql.push_str(&format!(
        " ORDER BY spelling_rank DESC, c.family_name, c.given_names, c.id LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    ));
    numbers.push(PAGE_SIZE + 1);
    numbers.push((page - 1) * PAGE_SIZE);
    let mut statement = sqlx::query_as::<_, ClientRow>(&sql);
    for text in &binds {
        statement = statement.bind(text);
    }
    for number in numbers {
        statement = statement.bind(number);
    }
    let rows = statement.fetch_all(&db.pool).await?;
    let has_next = rows.len() as i64 > PAGE_SIZE;
    let items = rows
        .into_iter()
        .take(PAGE_SIZE as usize)
        .map(ClientSummary::from)
        .collect();
    Ok(Page {
        items,
        page,
        has_next,
    })
}

/// Clients who may be the same person as the one about to be registered: every name word
/// matches, and the year of birth agrees where both are known.
pub async fn possible_duplicates(
    db: &Db,
    actor: &CurrentUser,
    new: &NewClient,
) -> Result<Vec<ClientSummary>, AppError> {
    let text = format!("{} {}", new.given_names, new.family_name);
    if name_search::words(&text).is_empty() {
        return Ok(Vec::new());
    }
    let birth = parse_birth(&new.birth_year, &new.birth_month, &new.birth_day).unwrap_or_default();
    let query = ClientQuery {
        text,
        birth: PartialDate {
            year: birth.year,
            month: None,
            day: None,
        },
    };
    let mut found = search(db, actor, &query, 1).await?.items;
    found.truncate(10);
    Ok(found)
}
