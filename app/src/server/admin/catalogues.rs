//! Catalogue entries added by administrators, with a text per locale.

use crate::error::AppError;
use crate::i18n::LANGUAGES;
use crate::models::{catalogue, CurrentUser, CustomEntry};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::fields::{catalogues::Domain, Code, Text};
use crate::server::policy;

/// Every entry administrators added, with all its texts (a short list: read whole).
pub async fn custom_entries(db: &Db) -> Result<Vec<CustomEntry>, AppError> {
    custom_entries_in(&mut *db.pool.acquire().await?).await
}

/// Every entry administrators added, for the administrators' catalogue page.
pub async fn entries_for_admin(db: &Db, actor: &CurrentUser) -> Result<Vec<CustomEntry>, AppError> {
    policy::may_manage_catalogues(actor)?;
    custom_entries(db).await
}

/// The same, on a connection or inside a transaction.
pub async fn custom_entries_in(
    conn: &mut sqlx::AnyConnection,
) -> Result<Vec<CustomEntry>, AppError> {
    let rows = sqlx::query_as::<
        _,
        (
            i64,
            String,
            String,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
    >(
        "SELECT e.id, e.catalogue, e.code, e.domain, t.locale, t.text
         FROM catalogue_entries e LEFT JOIN catalogue_texts t ON t.entry_id = e.id
         ORDER BY e.catalogue, e.id, t.locale",
    )
    .fetch_all(&mut *conn)
    .await?;
    let mut entries: Vec<CustomEntry> = Vec::new();
    for (id, catalogue, code, domain, locale, text) in rows {
        if entries.last().map(|e| e.id) != Some(id) {
            entries.push(CustomEntry {
                id,
                catalogue,
                code,
                domain,
                texts: Vec::new(),
            });
        }
        if let (Some(locale), Some(text), Some(entry)) = (locale, text, entries.last_mut()) {
            entry.texts.push((locale, text));
        }
    }
    Ok(entries)
}

/// A catalogue administrators may extend (one of [`catalogue::EXTENSIBLE`]): only
/// [`Extensible::parse`] builds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Extensible(&'static str);

impl Extensible {
    /// The catalogue named in the form; any other name is an error.
    pub fn parse(name: &str) -> Result<Self, AppError> {
        catalogue::EXTENSIBLE
            .iter()
            .find(|extensible| **extensible == name)
            .map(|extensible| Extensible(extensible))
            .ok_or_else(|| AppError::invalid("catalogue", "error-choose-from-list"))
    }

    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// Service types and goal templates belong to a life domain; closure reasons do not.
    fn has_domain(self) -> bool {
        self.0 != catalogue::CLOSURE
    }
}

/// A new catalogue entry as the form sent it, checked: German text required, other locales
/// may stay empty (shown in German, marked).
struct NewEntry {
    catalogue: Extensible,
    domain: Option<Code<Domain>>,
    texts: Vec<(&'static str, Text)>,
}

impl NewEntry {
    fn parse(
        catalogue_name: &str,
        domain: &str,
        texts: &[(String, String)],
    ) -> Result<Self, AppError> {
        let catalogue = Extensible::parse(catalogue_name)?;
        let domain = if catalogue.has_domain() {
            Some(Code::required(domain, "domain", &[])?)
        } else {
            None
        };
        let mut valid = Vec::new();
        for language in LANGUAGES {
            let text = texts
                .iter()
                .find(|(l, _)| l == language.id)
                .map(|(_, t)| t.as_str())
                .unwrap_or_default();
            let field = format!("text_{}", language.id.replace('-', "_").to_lowercase());
            if let Some(text) = Text::parse(text, &field, 200)? {
                valid.push((language.id, text));
            } else if language.id == "de" {
                return Err(AppError::invalid(&field, "error-required"));
            }
        }
        Ok(NewEntry {
            catalogue,
            domain,
            texts: valid,
        })
    }
}

/// Adds an entry to a catalogue that administrators may extend. `texts` holds (locale,
/// text); German is required, other locales may stay empty (shown in German, marked).
pub async fn add_entry(
    db: &Db,
    actor: &CurrentUser,
    catalogue_name: &str,
    domain: &str,
    texts: &[(String, String)],
) -> Result<String, AppError> {
    policy::may_manage_catalogues(actor)?;
    let entry = NewEntry::parse(catalogue_name, domain, texts)?;
    let code = format!("x-{}", &uuid::Uuid::new_v4().simple().to_string()[..10]);
    let mut tx = db.pool.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO catalogue_entries (catalogue, code, domain, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(entry.catalogue.as_str())
    .bind(&code)
    .bind(entry.domain.as_ref().map(Code::as_str))
    .bind(actor.id)
    .bind(now_ms())
    .fetch_one(&mut *tx)
    .await?;
    for (locale, text) in &entry.texts {
        sqlx::query("INSERT INTO catalogue_texts (entry_id, locale, text) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(*locale)
            .bind(text.as_str())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(code)
}
