//! Consents to share a client's data: a recipient organisation, one purpose, named data
//! categories, validity dates and how it was given. Health data always needs a consent of
//! its own; youth-welfare data records who entrusted it. Revoking is one action and takes
//! effect on the next request, because the policy reads consents on every request.

use chrono::NaiveDate;
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::ConsentCategory;
use crate::models::{ConsentForm, ConsentRecord, CurrentUser};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::fields::catalogues::{ConsentMethod, ConsentPurpose};
use crate::server::infra::fields::{Code, LanguageCode, Text};
use crate::server::{consents_in_force, infra::input, policy};

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    client_id: i64,
    organisation_id: i64,
    organisation: String,
    purpose: String,
    entrusted_by: Option<String>,
    valid_from: String,
    valid_until: Option<String>,
    method: String,
    interpreter_language: Option<String>,
    recorded_by: String,
    recorded_at: i64,
    revoked_at: Option<i64>,
    revoked_by: Option<String>,
}

/// The consents of a client, newest first (the caller holds the client's grant).
pub(crate) async fn of_client(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<Vec<ConsentRecord>, AppError> {
    read(conn, "c.client_id = $1", client_id).await
}

async fn read(
    conn: &mut AnyConnection,
    condition: &str,
    id: i64,
) -> Result<Vec<ConsentRecord>, AppError> {
    let rows = sqlx::query_as::<_, Row>(&format!(
        "SELECT c.id, c.client_id, c.organisation_id, o.name AS organisation, c.purpose,
                c.entrusted_by, c.valid_from, c.valid_until, c.method, c.interpreter_language,
                u.display_name AS recorded_by, c.recorded_at, c.revoked_at,
                r.display_name AS revoked_by
         FROM consents c
         JOIN organisations o ON o.id = c.organisation_id
         JOIN users u ON u.id = c.recorded_by
         LEFT JOIN users r ON r.id = c.revoked_by
         WHERE {condition} ORDER BY c.recorded_at DESC, c.id DESC"
    ))
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let ids = rows
        .iter()
        .map(|r| r.id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let categories: Vec<(i64, String)> = sqlx::query_as(&format!(
        "SELECT consent_id, category FROM consent_categories WHERE consent_id IN ({ids})"
    ))
    .fetch_all(&mut *conn)
    .await?;
    let today = input::today().to_string();
    Ok(rows
        .into_iter()
        .map(|r| {
            let mut cats: Vec<String> = ConsentCategory::ALL
                .iter()
                .filter(|c| categories.iter().any(|(id, k)| *id == r.id && k == *c))
                .map(|c| c.as_str().to_owned())
                .collect();
            cats.dedup();
            let active = r.revoked_at.is_none()
                && r.valid_from <= today
                && r.valid_until.as_deref().is_none_or(|u| u >= today.as_str());
            ConsentRecord {
                id: r.id,
                client_id: r.client_id,
                organisation_id: r.organisation_id,
                organisation: r.organisation,
                purpose: r.purpose,
                categories: cats,
                entrusted_by: r.entrusted_by,
                valid_from: r.valid_from,
                valid_until: r.valid_until,
                method: r.method,
                interpreter_language: r.interpreter_language,
                recorded_by: r.recorded_by,
                recorded_at: r.recorded_at,
                revoked_at: r.revoked_at,
                revoked_by: r.revoked_by,
                active,
            }
        })
        .collect())
}

/// What the consent form sends.
#[derive(Debug, Clone, Default)]
pub struct ConsentInput {
    pub organisation_id: String,
    pub purpose: String,
    pub categories: Vec<String>,
    pub entrusted_by: String,
    pub valid_from: String,
    pub valid_until: String,
    pub method: String,
    pub interpreter_language: String,
}

impl From<crate::models::ShareConsentForm> for ConsentInput {
    fn from(form: crate::models::ShareConsentForm) -> Self {
        ConsentInput {
            categories: form.categories.ticked(),
            organisation_id: form.organisation_id,
            purpose: form.purpose,
            entrusted_by: form.entrusted_by,
            valid_from: form.valid_from,
            valid_until: form.valid_until,
            method: form.method,
            interpreter_language: form.interpreter_language,
        }
    }
}

/// A consent as the form sent it, checked: only [`NewConsent::try_from`] builds it.
#[derive(Debug, Clone)]
pub struct NewConsent {
    organisation_id: i64,
    purpose: Code<ConsentPurpose>,
    categories: Vec<ConsentCategory>,
    entrusted_by: Option<Text>,
    valid_from: NaiveDate,
    valid_until: Option<NaiveDate>,
    method: Code<ConsentMethod>,
    interpreter: Option<LanguageCode>,
}

/// The consent method that needs the interpreter's language.
const ORAL_WITH_INTERPRETER: &str = "oral-interpreter";

impl TryFrom<&ConsentInput> for NewConsent {
    type Error = AppError;

    /// Checks the fields in the order the form shows them, so the first wrong one is named.
    fn try_from(form: &ConsentInput) -> Result<Self, AppError> {
        let organisation_id =
            input::number(&form.organisation_id, "organisation_id", 1..=i64::MAX)?.ok_or_else(
                || AppError::invalid("organisation_id", "error-organisation-required"),
            )?;
        let purpose = Code::required(&form.purpose, "purpose", &[])?;
        let categories = input::categories(&form.categories, "categories")?;
        if categories.iter().any(|c| c.stands_alone()) && categories.len() > 1 {
            return Err(AppError::invalid(
                "categories",
                "error-health-consent-separate",
            ));
        }
        let entrusted_by = Text::parse(&form.entrusted_by, "entrusted_by", 300)?;
        if categories.iter().any(|c| c.needs_entrusted_by()) && entrusted_by.is_none() {
            return Err(AppError::invalid(
                "entrusted_by",
                "error-entrusted-by-required",
            ));
        }
        let valid_from = input::date(&form.valid_from, "valid_from")?
            .ok_or_else(|| AppError::invalid("valid_from", "error-required"))?;
        let valid_until = input::date(&form.valid_until, "valid_until")?;
        if valid_until.is_some_and(|u| u < valid_from) {
            return Err(AppError::invalid("valid_until", "error-until-before-from"));
        }
        let method = Code::<ConsentMethod>::required(&form.method, "method", &[])?;
        let interpreter = LanguageCode::parse(&form.interpreter_language, "interpreter_language")?;
        if method.as_str() == ORAL_WITH_INTERPRETER && interpreter.is_none() {
            return Err(AppError::invalid(
                "interpreter_language",
                "error-interpreter-language-required",
            ));
        }
        Ok(NewConsent {
            organisation_id,
            purpose,
            categories,
            entrusted_by,
            valid_from,
            valid_until,
            method,
            interpreter,
        })
    }
}

/// Records a consent the client gave.
pub async fn record(
    db: &Db,
    actor: &CurrentUser,
    client_id: i64,
    form: &ConsentInput,
) -> Result<i64, AppError> {
    let (mut tx, grant) = policy::client(db, actor, client_id).await?;
    let consent = NewConsent::try_from(form)?;
    let organisation_id = consent.organisation_id;
    let exists: Option<i64> = sqlx::query_scalar("SELECT id FROM organisations WHERE id = $1")
        .bind(organisation_id)
        .fetch_optional(&mut *tx)
        .await?;
    if exists.is_none() {
        return Err(AppError::invalid(
            "organisation_id",
            "error-choose-from-list",
        ));
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO consents (client_id, organisation_id, purpose, entrusted_by, valid_from,
             valid_until, method, interpreter_language, recorded_by, recorded_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
    )
    .bind(client_id)
    .bind(organisation_id)
    .bind(consent.purpose.as_str())
    .bind(consent.entrusted_by.as_ref().map(Text::as_str))
    .bind(consent.valid_from.to_string())
    .bind(consent.valid_until.map(|d| d.to_string()))
    .bind(consent.method.as_str())
    .bind(consent.interpreter.as_ref().map(LanguageCode::as_str))
    .bind(actor.id)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    for category in &consent.categories {
        sqlx::query("INSERT INTO consent_categories (consent_id, category) VALUES ($1, $2)")
            .bind(id)
            .bind(category.as_str())
            .execute(&mut *tx)
            .await?;
    }
    grant.audit(&mut tx, "consent", Some(id), "create").await?;
    tx.commit().await?;
    Ok(id)
}

/// Marks a consent revoked now, by a staff member or (`None`) by the client in the portal.
pub(crate) async fn mark_revoked(
    conn: &mut sqlx::AnyConnection,
    consent_id: i64,
    by: Option<i64>,
) -> Result<(), AppError> {
    let changed = sqlx::query(
        "UPDATE consents SET revoked_at = $1, revoked_by = $2, revoked_by_client = $3,
             version = version + 1
         WHERE id = $4 AND revoked_at IS NULL",
    )
    .bind(now_ms())
    .bind(by)
    .bind(i64::from(by.is_none()))
    .bind(consent_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::invalid(
            "consent",
            "error-consent-already-revoked",
        ));
    }
    Ok(())
}

/// Revokes a consent now. Any access it allowed ends with the next request.
pub async fn revoke(db: &Db, actor: &CurrentUser, consent_id: i64) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::consent(db, actor, consent_id).await?;
    mark_revoked(&mut tx, consent_id, Some(actor.id)).await?;
    grant
        .audit(&mut tx, "consent", Some(consent_id), "revoke")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The consent form to print, with what it needs about the client.
pub async fn form(db: &Db, actor: &CurrentUser, consent_id: i64) -> Result<ConsentForm, AppError> {
    let (mut tx, grant, client_id) = policy::consent(db, actor, consent_id).await?;
    let consent = read(&mut tx, "c.id = $1", consent_id)
        .await?
        .pop()
        .ok_or(AppError::NotFound)?;
    let record = crate::server::casework::clients::record(&mut tx, client_id).await?;
    grant
        .audit(&mut tx, "consent", Some(consent_id), "print")
        .await?;
    tx.commit().await?;
    let birth = &record.birth;
    let birth_date = match (birth.year, birth.month, birth.day) {
        (Some(y), Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
        (Some(y), Some(m), None) => format!("{m:02}/{y:04}"),
        (Some(y), None, _) => format!("{y:04}"),
        _ => String::new(),
    };
    Ok(ConsentForm {
        consent,
        client_name: format!("{} {}", record.given_names, record.family_name)
            .trim()
            .to_owned(),
        birth_date,
        client_language: record.preferred_language.clone(),
        issuing_organisation: actor.organisation_name.clone(),
    })
}

/// Active consents of a client to an organisation for a purpose: the categories they cover.
pub(crate) async fn covered(
    conn: &mut AnyConnection,
    client_id: i64,
    organisation_id: i64,
    purpose: &str,
) -> Result<Vec<String>, AppError> {
    let mut categories: Vec<String> =
        consents_in_force::categories(conn, &[client_id], organisation_id, purpose)
            .await?
            .into_iter()
            .map(|r| r.2)
            .collect();
    categories.sort();
    categories.dedup();
    Ok(categories)
}
