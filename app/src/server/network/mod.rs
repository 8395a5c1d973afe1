//! The partner network: consents to share, referrals between organisations and the offers
//! they publish.

pub mod consents;
pub mod external;
pub mod offers;
pub mod open_data;
pub mod referrals;

use crate::error::AppError;
use crate::server::infra::fields::Text;

/// Free text of a form that must be given.
fn required_text(text: &str, field: &str, max_chars: usize) -> Result<Text, AppError> {
    Text::parse(text, field, max_chars)?.ok_or_else(|| AppError::invalid(field, "error-required"))
}
