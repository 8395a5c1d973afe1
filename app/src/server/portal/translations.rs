//! Translations of staff-written texts (goal wordings, step details, appointment places)
//! that case managers enter on the Portal tab and clients read in their language.

use std::collections::BTreeMap;

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{CurrentUser, StaffText, TranslationForm};
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::fields::Text;
use crate::server::policy;

/// A translation as the Portal tab's form sent it: a shipped language other than German and
/// the text (none removes the translation). Which record and field it translates is checked
/// against the case's texts when it is saved.
#[derive(Debug, Clone)]
pub struct TranslationInput {
    /// `goal:5`, `step:7`, `appointment:3`
    record: String,
    /// `plain_wording`, `detail`, `place`, `bring`, `note`
    field: String,
    /// The id of a shipped language.
    language: &'static str,
    text: Option<Text>,
}

impl TryFrom<&TranslationForm> for TranslationInput {
    type Error = AppError;

    fn try_from(form: &TranslationForm) -> Result<Self, AppError> {
        let language = crate::i18n::find(&form.language)
            .filter(|l| l.id != "de")
            .ok_or_else(|| AppError::invalid("language", "error-choose-option"))?
            .id;
        Ok(TranslationInput {
            record: form.record.clone(),
            field: form.field.clone(),
            language,
            text: Text::parse(&form.translation, "translation", 2_000)?,
        })
    }
}

/// Staff-written texts of a case's plan and appointments that a client reads in the portal.
pub(super) const TRANSLATABLE: &str = "
    SELECT 'goal' AS kind, g.id, 'plain_wording' AS field,
           CASE WHEN g.plain_wording <> '' THEN g.plain_wording ELSE g.client_words END AS text
    FROM goals g WHERE g.case_id = $1 AND (g.plain_wording <> '' OR g.client_words <> '')
    UNION ALL
    SELECT 'step', s.id, 'detail', s.detail FROM steps s WHERE s.case_id = $1 AND s.detail <> ''
    UNION ALL
    SELECT 'appointment', a.id, 'place', a.place FROM appointments a WHERE a.case_id = $1
    UNION ALL
    SELECT 'appointment', a.id, 'bring', a.bring FROM appointments a
    WHERE a.case_id = $1 AND a.bring IS NOT NULL AND a.bring <> ''
    UNION ALL
    SELECT 'appointment', a.id, 'note', a.note FROM appointments a
    WHERE a.case_id = $1 AND a.note IS NOT NULL AND a.note <> ''";

/// Translations entered for records: record -> field -> [(language, text)].
pub(super) type Translations = BTreeMap<(String, String), Vec<(String, String)>>;

pub(super) async fn translations_of(
    conn: &mut AnyConnection,
    records: &[String],
) -> Result<Translations, AppError> {
    let mut map = Translations::new();
    if records.is_empty() {
        return Ok(map);
    }
    // One bind parameter per record: the keys are built here, but no text goes into SQL.
    let params: Vec<String> = (1..=records.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT record, field, language, text FROM text_translations WHERE record IN ({})
         ORDER BY language",
        params.join(", ")
    );
    let mut query = sqlx::query_as::<_, (String, String, String, String)>(&sql);
    for record in records {
        query = query.bind(record);
    }
    let rows = query.fetch_all(&mut *conn).await?;
    for (record, field, language, text) in rows {
        map.entry((record, field))
            .or_default()
            .push((language, text));
    }
    Ok(map)
}

pub(super) fn staff_text(
    map: &Translations,
    record: &str,
    field: &str,
    original: String,
) -> StaffText {
    StaffText {
        translations: map
            .get(&(record.to_owned(), field.to_owned()))
            .cloned()
            .unwrap_or_default(),
        original,
    }
}

/// Saves (or, when empty, removes) the translation of one staff text of the case.
pub async fn save_translation(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    translation: &TranslationInput,
) -> Result<(), AppError> {
    let TranslationInput {
        record,
        field,
        language,
        text,
    } = translation;
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let rows = sqlx::query_as::<_, (String, i64, String, String)>(TRANSLATABLE)
        .bind(case_id)
        .fetch_all(&mut *tx)
        .await?;
    if !rows
        .iter()
        .any(|r| format!("{}:{}", r.0, r.1) == *record && r.2 == *field)
    {
        return Err(AppError::invalid("record", "error-choose-from-list"));
    }
    sqlx::query("DELETE FROM text_translations WHERE record = $1 AND field = $2 AND language = $3")
        .bind(record.as_str())
        .bind(field.as_str())
        .bind(*language)
        .execute(&mut *tx)
        .await?;
    if let Some(text) = text {
        sqlx::query(
            "INSERT INTO text_translations (record, field, language, text, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(record.as_str())
        .bind(field.as_str())
        .bind(*language)
        .bind(text.as_str())
        .bind(actor.id)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    }
    grant
        .audit(&mut tx, "portal-translation", Some(case_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}
