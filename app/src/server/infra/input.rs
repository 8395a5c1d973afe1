//! Reading what users typed: every check answers with `AppError::Invalid` naming the field
//! and a Fluent id, so the form can show the message next to it.

use chrono::NaiveDate;

use crate::error::AppError;
use crate::models::ConsentCategory;

/// Trimmed text, `None` when empty; too long is an error.
pub fn optional(text: &str, field: &str, max_chars: usize) -> Result<Option<String>, AppError> {
    let text = text.trim();
    if text.chars().count() > max_chars {
        return Err(AppError::invalid(field, "error-too-long"));
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

/// Trimmed text that must not be empty.
pub fn required(text: &str, field: &str, max_chars: usize) -> Result<String, AppError> {
    optional(text, field, max_chars)?.ok_or_else(|| AppError::invalid(field, "error-required"))
}

/// Free text of any length up to `max_chars`, trimmed, possibly empty.
pub fn text(text: &str, field: &str, max_chars: usize) -> Result<String, AppError> {
    Ok(optional(text, field, max_chars)?.unwrap_or_default())
}

/// A whole number within `range`, `None` when empty.
pub fn number(
    text: &str,
    field: &str,
    range: std::ops::RangeInclusive<i64>,
) -> Result<Option<i64>, AppError> {
    number_or(text, field, range, "error-number-invalid")
}

/// The same, with the message to show for a wrong number.
pub fn number_or(
    text: &str,
    field: &str,
    range: std::ops::RangeInclusive<i64>,
    message_id: &str,
) -> Result<Option<i64>, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<i64>() {
        Ok(n) if range.contains(&n) => Ok(Some(n)),
        _ => Err(AppError::invalid(field, message_id)),
    }
}

/// A calendar date as the browser's date input sends it (YYYY-MM-DD), `None` when empty.
pub fn date(text: &str, field: &str) -> Result<Option<NaiveDate>, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .ok()
        .filter(|d| (1900..=2200).contains(&chrono::Datelike::year(d)))
        .map(Some)
        .ok_or_else(|| AppError::invalid(field, "error-date-invalid"))
}

/// A time of day (HH:MM), `None` when empty.
pub fn time(text: &str, field: &str) -> Result<Option<String>, AppError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    chrono::NaiveTime::parse_from_str(text, "%H:%M")
        .map(|t| Some(t.format("%H:%M").to_string()))
        .map_err(|_| AppError::invalid(field, "error-time-invalid"))
}

/// The ISO 639-3 code of a language typed as its code or name (see
/// [`crate::server::languages::code_for`]), `None` when empty.
pub fn language(text: &str, field: &str) -> Result<Option<String>, AppError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    match crate::server::languages::code_for(text) {
        Some(code) => Ok(Some(code)),
        None => Err(AppError::invalid(field, "error-language-code")),
    }
}

/// Today's date in Köln.
pub fn today() -> NaiveDate {
    crate::i18n::koeln_date(crate::server::infra::db::now_ms())
}

/// The instant (ms) a Köln calendar day begins (audit log filters).
pub fn day_start_ms(day: NaiveDate) -> i64 {
    let naive = day.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc();
    // Köln is UTC+2 in summer, else UTC+1: the larger offset that still lands on this day.
    for hours in [2i64, 1] {
        let ms = naive.timestamp_millis() - hours * 3_600_000;
        if crate::i18n::koeln_date(ms) == day {
            return ms;
        }
    }
    naive.timestamp_millis() - 3_600_000
}

/// Data categories of a consent or referral: each from the catalogue, no repeats, at least one.
pub fn categories(list: &[String], field: &str) -> Result<Vec<ConsentCategory>, AppError> {
    let mut categories: Vec<ConsentCategory> = Vec::new();
    for c in list {
        let code = ConsentCategory::from_input(c, field)?;
        if !categories.contains(&code) {
            categories.push(code);
        }
    }
    if categories.is_empty() {
        return Err(AppError::invalid(field, "error-categories-required"));
    }
    Ok(categories)
}
