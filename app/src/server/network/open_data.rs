//! The service directory as open data: Open Referral's Human Services Data Specification
//! (HSDS) 3.0, read-only and paginated, for other municipal systems and the state's portals
//! (`docs/open-data.md`). Only what the directory publishes anyway goes out: active offers,
//! their organisations, where and when they take place, in which languages, which documents
//! they ask for. Nothing about clients or staff (an offer's contact person stays inside Lotse).
//!
//! HSDS asks for UUIDs. Lotse's are derived from its record numbers and read back from them
//! (UUID version 8, "custom"): the first bytes say Lotse and the kind of object, the last six
//! the number, so an id stays the same for as long as the offer exists.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use crate::error::AppError;
use crate::server::infra::db::Db;
use crate::server::languages;

/// The HSDS version served.
pub const HSDS_VERSION: &str = "3.0";
/// Results per page unless `per_page` asks otherwise, and the most it may ask for.
pub const PER_PAGE: i64 = 50;
pub const MAX_PER_PAGE: i64 = 500;

/// The kinds of object an id is made for (one byte of the UUID).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Organization = 1,
    Service = 2,
    Location = 3,
    ServiceAtLocation = 4,
    Language = 5,
    Schedule = 6,
    Address = 7,
    RequiredDocument = 8,
    Accessibility = 9,
}

const PREFIX: [u8; 4] = *b"Lots";

/// The UUID of a Lotse record of `kind` with number `id` (below 2^48).
pub fn uuid(kind: Kind, id: i64) -> String {
    let mut bytes = [0u8; 16];
    bytes[..4].copy_from_slice(&PREFIX);
    bytes[4] = kind as u8;
    bytes[6] = 0x80; // version 8
    bytes[8] = 0x80; // RFC 9562 variant
    bytes[10..].copy_from_slice(&id.to_be_bytes()[2..]);
    uuid::Uuid::from_bytes(bytes).to_string()
}

/// The record number a UUID of `kind` names, if it is one of Lotse's.
pub fn number(kind: Kind, text: &str) -> Option<i64> {
    let bytes = uuid::Uuid::parse_str(text.trim()).ok()?.into_bytes();
    if bytes[..4] != PREFIX || bytes[4] != kind as u8 || bytes[6] != 0x80 || bytes[8] != 0x80 {
        return None;
    }
    let mut number = [0u8; 8];
    number[2..].copy_from_slice(&bytes[10..]);
    Some(i64::from_be_bytes(number))
}

/// What a list asks for: page (from 1), page size, and the filters HSDS defines that Lotse
/// can answer.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub page: i64,
    pub per_page: i64,
    pub search: Option<String>,
    pub organization_id: Option<i64>,
    /// Instants in ms: offers changed at or after.
    pub modified_after: Option<i64>,
}

/// A bad query parameter: its name (answered 400 with the name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadParameter(pub &'static str);

impl ListQuery {
    /// Reads the query parameters as sent (all text); unknown ones are ignored.
    pub fn parse(params: &BTreeMap<String, String>) -> Result<ListQuery, BadParameter> {
        let whole = |name: &'static str, default: i64, max: i64| match params.get(name) {
            None => Ok(default),
            Some(v) if v.trim().is_empty() => Ok(default),
            Some(v) => v
                .trim()
                .parse::<i64>()
                .ok()
                .filter(|n| (1..=max).contains(n))
                .ok_or(BadParameter(name)),
        };
        let organization_id = match params.get("organization_id").map(|v| v.trim()) {
            None | Some("") => None,
            // An id that is not one of Lotse's organisations finds nothing.
            Some(v) => Some(number(Kind::Organization, v).unwrap_or(-1)),
        };
        let modified_after = match params.get("modified_after").map(|v| v.trim()) {
            None | Some("") => None,
            Some(v) => Some(
                chrono::DateTime::parse_from_rfc3339(v)
                    .map(|t| t.timestamp_millis())
                    .or_else(|_| {
                        chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d").map(|d| {
                            d.and_hms_opt(0, 0, 0)
                                .unwrap_or_default()
                                .and_utc()
                                .timestamp_millis()
                        })
                    })
                    .map_err(|_| BadParameter("modified_after"))?,
            ),
        };
        Ok(ListQuery {
            page: whole("page", 1, i64::MAX / MAX_PER_PAGE)?,
            per_page: whole("per_page", PER_PAGE, MAX_PER_PAGE)?,
            search: params
                .get("search")
                .map(|s| s.trim().to_lowercase())
                .filter(|s| !s.is_empty()),
            organization_id,
            modified_after,
        })
    }
}

/// An HSDS page: the Page fields and `contents`.
fn page(total: i64, query: &ListQuery, contents: Vec<Value>) -> Value {
    let total_pages = (total + query.per_page - 1) / query.per_page;
    json!({
        "total_items": total,
        "total_pages": total_pages,
        "page_number": query.page,
        "size": contents.len(),
        "first_page": query.page == 1,
        "last_page": query.page >= total_pages,
        "empty": contents.is_empty(),
        "contents": contents,
    })
}

#[derive(sqlx::FromRow)]
struct OfferRow {
    id: i64,
    organisation_id: i64,
    organisation_name: String,
    organisation_type: String,
    service_type: String,
    title: String,
    description: String,
    district: String,
    address: String,
    accessible: i64,
    schedule: String,
    documents: String,
    updated_at: i64,
}

const OFFER_SQL: &str = "SELECT f.id, f.organisation_id, o.name AS organisation_name,
        o.organisation_type, f.service_type, f.title, f.description, f.district, f.address,
        f.accessible, f.schedule, f.documents, f.updated_at
    FROM offers f JOIN organisations o ON o.id = f.organisation_id";

/// The conditions of a list of offers, with their binds in order ($1, $2, …).
fn offer_conditions(query: &ListQuery) -> (String, Vec<Bind>) {
    let mut sql = String::from(" WHERE f.active = 1");
    let mut binds = Vec::new();
    if let Some(search) = &query.search {
        binds.push(Bind::Text(format!("%{search}%")));
        let n = binds.len();
        sql.push_str(&format!(
            " AND (LOWER(f.title) LIKE ${n} OR LOWER(f.description) LIKE ${n} OR LOWER(o.name) LIKE ${n})"
        ));
    }
    if let Some(id) = query.organization_id {
        binds.push(Bind::Number(id));
        sql.push_str(&format!(" AND f.organisation_id = ${}", binds.len()));
    }
    if let Some(after) = query.modified_after {
        binds.push(Bind::Number(after));
        sql.push_str(&format!(" AND f.updated_at >= ${}", binds.len()));
    }
    (sql, binds)
}

enum Bind {
    Text(String),
    Number(i64),
}

async fn offers(db: &Db, query: &ListQuery) -> Result<(i64, Vec<OfferRow>), AppError> {
    let (conditions, binds) = offer_conditions(query);
    let count_sql = format!(
        "SELECT COUNT(*) FROM offers f JOIN organisations o ON o.id = f.organisation_id{conditions}"
    );
    let mut count = sqlx::query_scalar::<sqlx::Any, i64>(&count_sql);
    for bind in &binds {
        count = match bind {
            Bind::Text(t) => count.bind(t.clone()),
            Bind::Number(n) => count.bind(*n),
        };
    }
    let total = count.fetch_one(&db.pool).await?;
    let n = binds.len();
    let list_sql = format!(
        "{OFFER_SQL}{conditions} ORDER BY f.id LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    let mut list = sqlx::query_as::<sqlx::Any, OfferRow>(&list_sql);
    for bind in &binds {
        list = match bind {
            Bind::Text(t) => list.bind(t.clone()),
            Bind::Number(n) => list.bind(*n),
        };
    }
    let rows = list
        .bind(query.per_page)
        .bind((query.page - 1) * query.per_page)
        .fetch_all(&db.pool)
        .await?;
    Ok((total, rows))
}

async fn offer(db: &Db, id: i64) -> Result<Option<OfferRow>, AppError> {
    Ok(sqlx::query_as::<sqlx::Any, OfferRow>(&format!(
        "{OFFER_SQL} WHERE f.active = 1 AND f.id = $1"
    ))
    .bind(id)
    .fetch_optional(&db.pool)
    .await?)
}

fn text(value: &str) -> Value {
    let value = value.trim();
    if value.is_empty() {
        Value::Null
    } else {
        Value::String(value.to_owned())
    }
}

/// A message in German (the directory's language), or null where there is none.
fn german(id: &str) -> Value {
    let text = crate::i18n::t_in("de", id);
    if text.starts_with("Unknown localization") {
        Value::Null
    } else {
        Value::String(text)
    }
}

fn instant(ms: i64) -> Value {
    chrono::DateTime::from_timestamp_millis(ms)
        .map(|t| Value::String(t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)))
        .unwrap_or(Value::Null)
}

/// An organisation with its one-to-one fields (HSDS `organization_list`).
fn organization(id: i64, name: &str, organisation_type: &str) -> Value {
    json!({
        "id": uuid(Kind::Organization, id),
        "name": name,
        "alternate_name": null,
        "description": crate::models::OrganisationType::parse(organisation_type)
            .map_or(Value::Null, |kind| german(kind.message_id())),
        "email": null,
        "website": null,
        "tax_status": null,
        "tax_id": null,
        "year_incorporated": null,
        "legal_status": null,
        "logo": null,
        "uri": null,
        "parent_organization_id": null,
    })
}

/// A service's one-to-one fields (HSDS `service_list`, without `organization` and
/// `program`).
fn service_fields(row: &OfferRow) -> serde_json::Map<String, Value> {
    let Value::Object(map) = json!({
        "id": uuid(Kind::Service, row.id),
        "organization_id": uuid(Kind::Organization, row.organisation_id),
        "program_id": null,
        "name": row.title,
        // Service types administrators added have no message: no alternate name then.
        "alternate_name": german(&format!("service-{}", row.service_type)),
        "description": text(&row.description),
        "url": null,
        "email": null,
        "status": "active",
        "interpretation_services": null,
        "application_process": null,
        "fees_description": null,
        "wait_time": null,
        "fees": null,
        "accreditations": null,
        "eligibility_description": null,
        "minimum_age": null,
        "maximum_age": null,
        "assured_date": null,
        "assurer_email": null,
        "licenses": null,
        "alert": null,
        "last_modified": instant(row.updated_at),
    }) else {
        unreachable!("a JSON object")
    };
    map
}

/// Splits "Kalker Hauptstraße 55, 51103 Köln" into street, postal code and city; an address
/// written otherwise stays whole in the street.
fn address_parts(address: &str) -> (String, String, String) {
    if let Some((street, rest)) = address.rsplit_once(',') {
        let rest = rest.trim();
        if let Some((postal, city)) = rest.split_once(' ') {
            if postal.len() == 5 && postal.chars().all(|c| c.is_ascii_digit()) {
                return (
                    street.trim().to_owned(),
                    postal.to_owned(),
                    city.trim().to_owned(),
                );
            }
        }
    }
    (address.trim().to_owned(), String::new(), String::new())
}

/// The place an offer takes place (HSDS `location`), with its address and accessibility.
fn location(row: &OfferRow) -> Value {
    let id = uuid(Kind::Location, row.id);
    let (street, postal_code, city) = address_parts(&row.address);
    let accessibility: Vec<Value> = if row.accessible == 1 {
        vec![json!({
            "id": uuid(Kind::Accessibility, row.id),
            "location_id": id,
            "description": german("field-accessible"),
            "details": null,
            "url": null,
            "attributes": [],
            "metadata": [],
        })]
    } else {
        Vec::new()
    };
    json!({
        "id": id,
        "location_type": "physical",
        "url": null,
        "organization_id": uuid(Kind::Organization, row.organisation_id),
        "name": text(&row.district),
        "alternate_name": null,
        "description": null,
        "transportation": null,
        "latitude": null,
        "longitude": null,
        "external_identifier": null,
        "external_identifier_type": null,
        "languages": [],
        "addresses": [{
            "id": uuid(Kind::Address, row.id),
            "location_id": id,
            "attention": null,
            "address_1": street,
            "address_2": null,
            "city": city,
            "region": text(&row.district),
            "state_province": "Nordrhein-Westfalen",
            "postal_code": postal_code,
            "country": "DE",
            "address_type": "physical",
            "attributes": [],
            "metadata": [],
        }],
        "contacts": [],
        "accessibility": accessibility,
        "phones": [],
        "schedules": [],
        "attributes": [],
        "metadata": [],
    })
}

/// The offer as a service at its location: one-to-one fields and the nested location.
fn service_at_location_fields(row: &OfferRow) -> serde_json::Map<String, Value> {
    let Value::Object(map) = json!({
        "id": uuid(Kind::ServiceAtLocation, row.id),
        "service_id": uuid(Kind::Service, row.id),
        "location_id": uuid(Kind::Location, row.id),
        "description": null,
        "location": location(row),
    }) else {
        unreachable!("a JSON object")
    };
    map
}

/// Languages, course starts of offers (by offer id).
async fn details(
    db: &Db,
    ids: &[i64],
) -> Result<(BTreeMap<i64, Vec<String>>, BTreeMap<i64, Vec<String>>), AppError> {
    let list = crate::server::infra::db::id_list(ids);
    Ok((
        by_offer(db, &list, "offer_languages", "language").await?,
        by_offer(db, &list, "offer_starts", "starts_on").await?,
    ))
}

/// A column of a table keyed by offer, for the offers in `list` (`1,2,3`), in order.
async fn by_offer(
    db: &Db,
    list: &str,
    table: &str,
    column: &str,
) -> Result<BTreeMap<i64, Vec<String>>, AppError> {
    let mut found: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    if list.is_empty() {
        return Ok(found);
    }
    let rows: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT offer_id, {column} FROM {table} WHERE offer_id IN ({list})
         ORDER BY offer_id, {column}"
    ))
    .fetch_all(&db.pool)
    .await?;
    for (id, value) in rows {
        found.entry(id).or_default().push(value);
    }
    Ok(found)
}

/// A service with everything HSDS nests in it (HSDS `service`).
fn full_service(row: &OfferRow, languages: &[String], starts: &[String]) -> Value {
    let service_id = uuid(Kind::Service, row.id);
    let mut map = service_fields(row);
    let languages: Vec<Value> = languages
        .iter()
        .enumerate()
        .map(|(n, code)| {
            json!({
                "id": uuid(Kind::Language, (row.id << 12) | n as i64),
                "service_id": service_id,
                "location_id": null,
                "phone_id": null,
                "name": languages::label(code),
                "code": code,
                "note": null,
                "attributes": [],
                "metadata": [],
            })
        })
        .collect();
    // One schedule per course start; the offer's times as the description.
    let schedule = |n: usize, start: Option<&String>| {
        json!({
            "id": uuid(Kind::Schedule, (row.id << 12) | n as i64),
            "service_id": service_id,
            "location_id": null,
            "service_at_location_id": null,
            "valid_from": start,
            "valid_to": null,
            "dtstart": start,
            "timezone": null,
            "until": null,
            "count": null,
            "wkst": null,
            "freq": null,
            "interval": null,
            "byday": null,
            "byweekno": null,
            "bymonthday": null,
            "byyearday": null,
            "description": text(&row.schedule),
            "opens_at": null,
            "closes_at": null,
            "schedule_link": null,
            "attending_type": null,
            "notes": null,
            "attributes": [],
            "metadata": [],
        })
    };
    let schedules: Vec<Value> = if starts.is_empty() {
        if row.schedule.trim().is_empty() {
            Vec::new()
        } else {
            vec![schedule(0, None)]
        }
    } else {
        starts
            .iter()
            .enumerate()
            .map(|(n, start)| schedule(n, Some(start)))
            .collect()
    };
    let documents: Vec<Value> = if row.documents.trim().is_empty() {
        Vec::new()
    } else {
        vec![json!({
            "id": uuid(Kind::RequiredDocument, row.id),
            "service_id": service_id,
            "document": row.documents.trim(),
            "uri": null,
            "attributes": [],
            "metadata": [],
        })]
    };
    let mut at_location = service_at_location_fields(row);
    for empty in ["contacts", "phones", "schedules", "attributes", "metadata"] {
        at_location.insert(empty.to_owned(), json!([]));
    }
    map.insert("phones".into(), json!([]));
    map.insert("schedules".into(), Value::Array(schedules));
    map.insert("service_areas".into(), json!([]));
    map.insert(
        "service_at_locations".into(),
        Value::Array(vec![Value::Object(at_location)]),
    );
    map.insert("languages".into(), Value::Array(languages));
    map.insert(
        "organization".into(),
        organization(
            row.organisation_id,
            &row.organisation_name,
            &row.organisation_type,
        ),
    );
    map.insert("funding".into(), json!([]));
    map.insert("cost_options".into(), json!([]));
    map.insert("program".into(), Value::Null);
    map.insert("required_documents".into(), Value::Array(documents));
    map.insert("contacts".into(), json!([]));
    map.insert("attributes".into(), json!([]));
    map.insert("metadata".into(), json!([]));
    Value::Object(map)
}

/// `GET /services`: active offers, one-to-one fields with their organisation.
pub async fn services(db: &Db, query: &ListQuery) -> Result<Value, AppError> {
    let (total, rows) = offers(db, query).await?;
    let contents = rows
        .iter()
        .map(|row| Value::Object(service_list_item(row)))
        .collect();
    Ok(page(total, query, contents))
}

/// `GET /services/{id}`: one active offer, fully nested; `None` when there is none.
pub async fn service(db: &Db, id: &str) -> Result<Option<Value>, AppError> {
    let Some(row) = offer_named(db, Kind::Service, id).await? else {
        return Ok(None);
    };
    Ok(Some(full_service_of(db, &row).await?))
}

/// The active offer an id of `kind` names, if any.
async fn offer_named(db: &Db, kind: Kind, id: &str) -> Result<Option<OfferRow>, AppError> {
    match number(kind, id) {
        Some(n) => offer(db, n).await,
        None => Ok(None),
    }
}

/// One offer's full service, with its languages and course starts read.
async fn full_service_of(db: &Db, row: &OfferRow) -> Result<Value, AppError> {
    let (languages, starts) = details(db, &[row.id]).await?;
    Ok(full_service(
        row,
        languages.get(&row.id).map_or(&[][..], Vec::as_slice),
        starts.get(&row.id).map_or(&[][..], Vec::as_slice),
    ))
}

/// A service's one-to-one fields with its organisation (HSDS `service_list`).
fn service_list_item(row: &OfferRow) -> serde_json::Map<String, Value> {
    let mut map = service_fields(row);
    map.insert(
        "organization".into(),
        organization(
            row.organisation_id,
            &row.organisation_name,
            &row.organisation_type,
        ),
    );
    map.insert("program".into(), Value::Null);
    map
}

/// `GET /service_at_locations`: each active offer at its place.
pub async fn services_at_locations(db: &Db, query: &ListQuery) -> Result<Value, AppError> {
    let (total, rows) = offers(db, query).await?;
    let contents = rows
        .iter()
        .map(|row| {
            let mut map = service_at_location_fields(row);
            map.insert("service".into(), Value::Object(service_list_item(row)));
            Value::Object(map)
        })
        .collect();
    Ok(page(total, query, contents))
}

/// `GET /service_at_locations/{id}`: one, with its full service.
pub async fn service_at_location(db: &Db, id: &str) -> Result<Option<Value>, AppError> {
    let Some(row) = offer_named(db, Kind::ServiceAtLocation, id).await? else {
        return Ok(None);
    };
    let mut map = service_at_location_fields(&row);
    for empty in ["contacts", "phones", "schedules", "attributes", "metadata"] {
        map.insert(empty.to_owned(), json!([]));
    }
    map.insert("service".into(), full_service_of(db, &row).await?);
    Ok(Some(Value::Object(map)))
}

/// Organisations with at least one active offer (the others are not part of the directory).
const PUBLISHED_ORGANISATIONS: &str = "FROM organisations o
    WHERE EXISTS (SELECT 1 FROM offers f WHERE f.organisation_id = o.id AND f.active = 1)";

/// `GET /organizations`: organisations with active offers, one-to-one fields.
pub async fn organizations(db: &Db, query: &ListQuery) -> Result<Value, AppError> {
    let search = query.search.as_ref().map(|s| format!("%{s}%"));
    let condition = if search.is_some() {
        " AND LOWER(o.name) LIKE $1"
    } else {
        ""
    };
    let count_sql = format!("SELECT COUNT(*) {PUBLISHED_ORGANISATIONS}{condition}");
    let mut count = sqlx::query_scalar::<sqlx::Any, i64>(&count_sql);
    if let Some(s) = &search {
        count = count.bind(s.clone());
    }
    let total = count.fetch_one(&db.pool).await?;
    let n = usize::from(search.is_some());
    let list_sql = format!(
        "SELECT o.id, o.name, o.organisation_type {PUBLISHED_ORGANISATIONS}{condition}
         ORDER BY o.name, o.id LIMIT ${} OFFSET ${}",
        n + 1,
        n + 2
    );
    let mut list = sqlx::query_as::<sqlx::Any, (i64, String, String)>(&list_sql);
    if let Some(s) = &search {
        list = list.bind(s.clone());
    }
    let rows = list
        .bind(query.per_page)
        .bind((query.page - 1) * query.per_page)
        .fetch_all(&db.pool)
        .await?;
    let contents = rows
        .iter()
        .map(|(id, name, kind)| organization(*id, name, kind))
        .collect();
    Ok(page(total, query, contents))
}

/// `GET /organizations/{id}`: an organisation with its locations and full services.
pub async fn organization_full(db: &Db, id: &str) -> Result<Option<Value>, AppError> {
    let Some(number) = number(Kind::Organization, id) else {
        return Ok(None);
    };
    let found: Option<(i64, String, String)> = sqlx::query_as(&format!(
        "SELECT o.id, o.name, o.organisation_type {PUBLISHED_ORGANISATIONS} AND o.id = $1"
    ))
    .bind(number)
    .fetch_optional(&db.pool)
    .await?;
    let Some((id, name, kind)) = found else {
        return Ok(None);
    };
    let rows = sqlx::query_as::<sqlx::Any, OfferRow>(&format!(
        "{OFFER_SQL} WHERE f.active = 1 AND f.organisation_id = $1 ORDER BY f.id"
    ))
    .bind(id)
    .fetch_all(&db.pool)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let (languages, starts) = details(db, &ids).await?;
    let Value::Object(mut map) = organization(id, &name, &kind) else {
        unreachable!("a JSON object")
    };
    for empty in [
        "funding",
        "contacts",
        "phones",
        "programs",
        "organization_identifiers",
        "attributes",
        "metadata",
    ] {
        map.insert(empty.to_owned(), json!([]));
    }
    map.insert(
        "locations".into(),
        Value::Array(rows.iter().map(location).collect()),
    );
    map.insert(
        "services".into(),
        Value::Array(
            rows.iter()
                .map(|row| {
                    full_service(
                        row,
                        languages.get(&row.id).map_or(&[][..], Vec::as_slice),
                        starts.get(&row.id).map_or(&[][..], Vec::as_slice),
                    )
                })
                .collect(),
        ),
    );
    Ok(Some(Value::Object(map)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_uuids_that_name_the_kind_and_the_number() {
        let id = uuid(Kind::Service, 42);
        let parsed = uuid::Uuid::parse_str(&id).unwrap();
        assert_eq!(parsed.get_version_num(), 8);
        assert_eq!(parsed.get_variant(), uuid::Variant::RFC4122);
        assert_eq!(number(Kind::Service, &id), Some(42));
        assert_eq!(number(Kind::Organization, &id), None, "another kind's id");
        assert_eq!(
            number(Kind::Service, &uuid::Uuid::new_v4().to_string()),
            None
        );
        assert_eq!(number(Kind::Service, "42"), None);
        assert_eq!(
            number(Kind::Service, &uuid(Kind::Service, (1 << 48) - 1)),
            Some((1 << 48) - 1)
        );
    }

    #[test]
    fn addresses_are_split_into_street_postal_code_and_city() {
        assert_eq!(
            address_parts("Kalker Hauptstraße 55, 51103 Köln"),
            (
                "Kalker Hauptstraße 55".into(),
                "51103".into(),
                "Köln".into()
            )
        );
        assert_eq!(
            address_parts("Rathaus, Zimmer 3"),
            ("Rathaus, Zimmer 3".into(), String::new(), String::new())
        );
    }

    #[test]
    fn pages_and_filters_are_read_from_the_query() {
        let params = |pairs: &[(&str, &str)]| -> BTreeMap<String, String> {
            pairs
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect()
        };
        let q = ListQuery::parse(&params(&[])).unwrap();
        assert_eq!((q.page, q.per_page), (1, PER_PAGE));
        let q = ListQuery::parse(&params(&[
            ("page", "3"),
            ("per_page", "10"),
            ("search", " Kurs "),
        ]))
        .unwrap();
        assert_eq!(
            (q.page, q.per_page, q.search.as_deref()),
            (3, 10, Some("kurs"))
        );
        for bad in [
            ("page", "0"),
            ("page", "x"),
            ("per_page", "501"),
            ("modified_after", "gestern"),
        ] {
            assert_eq!(
                ListQuery::parse(&params(&[bad])).unwrap_err(),
                BadParameter(match bad.0 {
                    "page" => "page",
                    "per_page" => "per_page",
                    _ => "modified_after",
                })
            );
        }
        let q = ListQuery::parse(&params(&[("modified_after", "2026-12-01T00:00:00Z")])).unwrap();
        assert_eq!(q.modified_after, Some(1_796_083_200_000));
    }
}
