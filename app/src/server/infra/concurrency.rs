//! Optimistic concurrency: an edit names the version it was made on; when someone else saved
//! in between, the edit is refused with the fields whose stored value differs from what was
//! sent, so nothing is overwritten unseen and nothing typed is lost.

use crate::error::AppError;

/// A record edited under a version number: its fields as (Fluent id of the field's label,
/// value as text), in the same order for the stored record and for the edit sent.
pub trait Versioned {
    fn fields(&self) -> Vec<(&'static str, String)>;
}

/// Refuses the edit unless it was made on the stored version.
pub fn check_version(
    stored: &impl Versioned,
    stored_version: i64,
    sent: &impl Versioned,
    sent_version: i64,
) -> Result<(), AppError> {
    if stored_version == sent_version {
        Ok(())
    } else {
        Err(conflict(stored, stored_version, sent))
    }
}

/// Refuses the edit when its `UPDATE .. WHERE version = $n` changed no row: someone saved in
/// the moment between reading and writing.
pub fn check_updated(
    rows_affected: u64,
    stored: &impl Versioned,
    stored_version: i64,
    sent: &impl Versioned,
) -> Result<(), AppError> {
    if rows_affected == 0 {
        Err(conflict(stored, stored_version, sent))
    } else {
        Ok(())
    }
}

/// The edit conflict: the fields whose stored value differs from the one sent, with the
/// stored value, and the stored version.
pub fn conflict(stored: &impl Versioned, stored_version: i64, sent: &impl Versioned) -> AppError {
    AppError::Conflict {
        changes: stored
            .fields()
            .into_iter()
            .zip(sent.fields())
            .filter(|((_, stored), (_, sent))| stored != sent)
            .map(|((field, stored), _)| (field.to_owned(), stored))
            .collect(),
        version: stored_version,
    }
}

/// Fields given as a list, for records edited through a single value (a status, a text).
impl Versioned for [(&'static str, String)] {
    fn fields(&self) -> Vec<(&'static str, String)> {
        self.to_vec()
    }
}

impl<const N: usize> Versioned for [(&'static str, String); N] {
    fn fields(&self) -> Vec<(&'static str, String)> {
        self.to_vec()
    }
}
