//! CSV downloads: the tables of the figures page and a case manager's own caseload. The
//! caseload is streamed row by row by the server (constant memory at any size); this module
//! decides who may export, writes the audit entry, and formats the lines.

use std::collections::HashMap;

use sqlx::Row;

use crate::error::AppError;
use crate::i18n::{koeln_date, t_in, t_in_args};
use crate::models::catalogue;
use crate::models::{CurrentUser, FigureTable, Label};
use crate::server::infra::db::Db;
use crate::server::{languages, policy};

/// One CSV line (RFC 4180, CRLF), every field quoted. Spreadsheets run a cell that starts
/// with `=`, `+`, `-` or `@` (or TAB or CR before one) as a formula, and some split a cell
/// again on `;`, TAB or line breaks (German Excel splits on `;`): such a start, at the
/// beginning of a field or after any of these separators, gets an apostrophe, which makes
/// the spreadsheet read it as text. The bidi isolation marks Fluent puts around placeables
/// are dropped: a download carries plain text.
pub fn csv_line(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| {
            format!(
                "\"{}\"",
                defuse_formulas(&plain_text(f)).replace('"', "\"\"")
            )
        })
        .collect::<Vec<_>>()
        .join(",");
    line.push_str("\r\n");
    line
}

/// Characters that start a formula in some spreadsheet (TAB and CR as lead-ins to one).
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Where a spreadsheet may start a new cell within a field's text.
const CELL_BREAK: [char; 5] = [',', ';', '\t', '\n', '\r'];

fn defuse_formulas(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    let mut cell_start = true;
    for c in text.chars() {
        if cell_start && FORMULA_START.contains(&c) {
            out.push('\'');
        }
        out.push(c);
        cell_start = CELL_BREAK.contains(&c);
    }
    out
}

/// Text without the invisible directional isolation marks (U+2066 to U+2069).
fn plain_text(text: &str) -> String {
    text.chars()
        .filter(|c| !('\u{2066}'..='\u{2069}').contains(c))
        .collect()
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

/// The actor's own cases (owned or assigned), `$1` = the actor's id, `$2` = today: with the
/// last day of a hold in force on the client's data, if any.
pub fn caseload_sql() -> String {
    format!(
        "SELECT k.id, c.family_name, c.given_names, c.birth_year, c.preferred_language, c.district,
            k.phase, k.opened_at,
            (SELECT MAX(v.review_due) FROM plan_versions v WHERE v.case_id = k.id AND v.agreed = 1) AS review_due,
            (SELECT MAX(h.until) FROM client_holds h WHERE h.client_id = c.id AND {}) AS held_until
     FROM cases k JOIN clients c ON c.id = k.client_id
     WHERE k.owner_id = $1 OR k.id IN (SELECT a.case_id FROM case_assignments a WHERE a.user_id = $1)
     ORDER BY k.id",
        crate::server::consents_in_force::hold_in_force("$2")
    )
}

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
        "export-held-until",
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
            row.try_get::<Option<String>, _>(9)?.unwrap_or_default(),
        ]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::models::{Chart, FigureRow, Value};

    fn line(fields: &[&str]) -> String {
        csv_line(&fields.iter().map(|f| f.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn every_field_is_quoted_and_quotes_inside_are_doubled() {
        assert_eq!(
            line(&["1", "Haddad, \"A\"", "", "Köln"]),
            "\"1\",\"Haddad, \"\"A\"\"\",\"\",\"Köln\"\r\n"
        );
    }

    #[test]
    fn a_formula_at_the_start_of_a_field_is_read_as_text() {
        for (field, shown) in [
            ("=1+2", "'=1+2"),
            ("+49 221 123", "'+49 221 123"),
            ("-5", "'-5"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\t=1", "'\t'=1"),
            ("\r=1", "'\r'=1"),
            ("Muster-Frau", "Muster-Frau"),
        ] {
            assert_eq!(line(&[field]), format!("\"{shown}\"\r\n"), "{field:?}");
        }
    }

    #[test]
    fn a_formula_after_a_separator_a_spreadsheet_may_split_on_is_read_as_text() {
        // German Excel splits on `;`: the second half would otherwise run.
        assert_eq!(
            line(&["Muster;=1+cmd|' /C calc'!A0"]),
            "\"Muster;'=1+cmd|' /C calc'!A0\"\r\n"
        );
        assert_eq!(
            line(&["Muster\t=HYPERLINK(\"x\")"]),
            "\"Muster\t'=HYPERLINK(\"\"x\"\")\"\r\n"
        );
        assert_eq!(
            line(&["a,+1", "b\n-2", "c\r\n@x"]),
            "\"a,'+1\",\"b\n'-2\",\"c\r\n'@x\"\r\n"
        );
        assert_eq!(
            line(&["Köln; Bonn, 2026-01-01"]),
            "\"Köln; Bonn, 2026-01-01\"\r\n"
        );
    }

    #[test]
    fn translated_headings_carry_no_invisible_direction_marks() {
        let table = FigureTable {
            key: "time-to-plan".into(),
            title_id: "figures-total".into(),
            note_id: None,
            corner_id: "figures-total".into(),
            columns: vec![Label::Days(0, Some(30)), Label::Days(31, None)],
            rows: vec![FigureRow {
                label: Label::Text("\u{2066}Ehrenfeld\u{2069}".into()),
                cells: vec![Value::Count(7), Value::Suppressed],
            }],
            chart: Chart::None,
        };
        let csv = figure_table_lines("de", &table).concat();
        assert!(csv.contains("\"0–30 Tage\""), "{csv}");
        assert!(csv.contains("\"Ehrenfeld\",\"7\",\"< 5\""), "{csv}");
        assert!(
            !csv.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
            "{csv:?}"
        );
    }
}
