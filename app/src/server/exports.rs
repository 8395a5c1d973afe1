//! CSV downloads: the tables of the figures page and a case manager's own caseload. The
//! caseload is streamed row by row by the server (constant memory at any size); this module
//! decides who may export, writes the audit entry, and formats the lines.

use std::collections::HashMap;

use sqlx::Row;

use super::db::Db;
use super::{languages, policy};
use crate::error::AppError;
use crate::i18n::{koeln_date, t_in, t_in_args};
use crate::models::catalogue;
use crate::models::{CurrentUser, FigureTable, Label};

/// One CSV line (RFC 4180, CRLF). A field that a spreadsheet would run as a formula is
/// prefixed with an apostrophe.
pub fn csv_line(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| {
            let f = if f.starts_with(['=', '+', '-', '@']) && f.parse::<f64>().is_err() {
                format!("'{f}")
            } else {
                f.clone()
            };
            if f.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", f.replace('"', "\"\""))
            } else {
                f
            }
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// A table heading in a language.
pub fn label_text(language: &str, label: &Label) -> String {
    match label {
        Label::Message(id) => t_in(language, id),
        Label::Text(text) => text.clone(),
        Label::Days(from, Some(to)) => t_in_args(
            language,
            "figures-days-range",
            &[("from", from.to_string()), ("to", to.to_string())],
        ),
        Label::Days(from, None) => {
            t_in_args(language, "figures-days-more", &[("from", from.to_string())])
        }
    }
}

/// A figures table as CSV lines, headings in `language`, suppressed cells as "< 5".
pub fn figure_table_lines(language: &str, table: &FigureTable) -> Vec<String> {
    let mut lines = Vec::with_capacity(table.rows.len() + 1);
    let mut header = vec![t_in(language, &table.corner_id)];
    header.extend(table.columns.iter().map(|c| label_text(language, c)));
    lines.push(csv_line(&header));
    for row in &table.rows {
        let mut fields = vec![label_text(language, &row.label)];
        fields.extend(row.cells.iter().map(|v| v.text()));
        lines.push(csv_line(&fields));
    }
    lines
}

/// Checks that the actor may export their caseload and records the export in the audit log,
/// one entry per client (each client sees it under "who saw my data"). Only the ids are
/// held in memory; the rows themselves are streamed afterwards.
pub async fn begin_caseload_export(db: &Db, actor: &CurrentUser) -> Result<(), AppError> {
    let (mut tx, grant) = policy::caseload(db, actor).await?;
    let clients: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT k.client_id FROM cases k
         WHERE k.owner_id = $1 OR k.id IN (SELECT a.case_id FROM case_assignments a WHERE a.user_id = $1)
         ORDER BY k.client_id",
    )
    .bind(actor.id)
    .fetch_all(&mut *tx)
    .await?;
    grant.audit(&mut tx, "caseload", None, "export").await?;
    grant
        .audit_each(&mut tx, "caseload-export", &clients, "export")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// The actor's own cases (owned or assigned), `$1` = the actor's id.
pub const CASELOAD_SQL: &str =
    "SELECT k.id, c.family_name, c.given_names, c.birth_year, c.preferred_language, c.district,
            k.phase, k.opened_at,
            (SELECT MAX(v.review_due) FROM plan_versions v WHERE v.case_id = k.id AND v.agreed = 1) AS review_due
     FROM cases k JOIN clients c ON c.id = k.client_id
     WHERE k.owner_id = $1 OR k.id IN (SELECT a.case_id FROM case_assignments a WHERE a.user_id = $1)
     ORDER BY k.id";

pub fn caseload_header(language: &str) -> String {
    let ids = [
        "export-case",
        "field-family-name",
        "field-given-names",
        "field-birth-year",
        "field-preferred-language",
        "field-district",
        "case-phase",
        "export-opened-on",
        "export-review-due",
    ];
    // A byte order mark first, so spreadsheet programs read UTF-8.
    format!(
        "\u{feff}{}",
        csv_line(&ids.iter().map(|id| t_in(language, id)).collect::<Vec<_>>())
    )
}

/// Formats caseload rows, translating each phase, district and language once per export.
pub struct CaseloadLines {
    language: &'static str,
    labels: HashMap<(u8, String), String>,
}

impl CaseloadLines {
    pub fn new(language: &'static str) -> Self {
        CaseloadLines {
            language,
            labels: HashMap::new(),
        }
    }

    fn label(&mut self, kind: u8, code: &str) -> String {
        if let Some(label) = self.labels.get(&(kind, code.to_owned())) {
            return label.clone();
        }
        let label = match kind {
            0 => languages::label(code),
            1 => t_in(
                self.language,
                &catalogue::message_id(catalogue::DISTRICT, code),
            ),
            _ => t_in(
                self.language,
                &catalogue::message_id(catalogue::PHASE, code),
            ),
        };
        self.labels.insert((kind, code.to_owned()), label.clone());
        label
    }

    pub fn line(&mut self, row: &sqlx::any::AnyRow) -> Result<String, sqlx::Error> {
        let language: Option<String> = row.try_get(4)?;
        let district: Option<String> = row.try_get(5)?;
        let phase: String = row.try_get(6)?;
        Ok(csv_line(&[
            row.try_get::<i64, _>(0)?.to_string(),
            row.try_get(1)?,
            row.try_get(2)?,
            row.try_get::<Option<i64>, _>(3)?
                .map(|y| y.to_string())
                .unwrap_or_default(),
            language.map(|c| self.label(0, &c)).unwrap_or_default(),
            district.map(|d| self.label(1, &d)).unwrap_or_default(),
            self.label(2, &phase),
            koeln_date(row.try_get::<i64, _>(7)?).to_string(),
            row.try_get::<Option<String>, _>(8)?.unwrap_or_default(),
        ]))
    }
}
