//! Values that can only be built valid: each `parse` answers a wrong value with
//! `AppError::Invalid` naming the form field and a Fluent id, so a domain input made of these
//! types cannot carry invalid data to the database.

use crate::error::AppError;
use crate::models::PartialDate;
use crate::server::infra::input;

/// Trimmed free text of at most a given length, never empty (an empty field is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Text(String);

impl Text {
    /// `None` when empty; too long is an error.
    pub fn parse(text: &str, field: &str, max_chars: usize) -> Result<Option<Self>, AppError> {
        Ok(input::optional(text, field, max_chars)?.map(Text))
    }

    /// Text that must be given; too long is an error.
    pub fn required(text: &str, field: &str, max_chars: usize) -> Result<Self, AppError> {
        Ok(Text(input::required(text, field, max_chars)?))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A person's given and family names (each trimmed, at most 200 characters): at least one
/// of them, since some people have only one name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonName {
    given: Option<String>,
    family: Option<String>,
}

impl PersonName {
    pub fn parse(given: &str, family: &str) -> Result<Self, AppError> {
        let given = input::optional(given, "given_names", 200)?;
        let family = input::optional(family, "family_name", 200)?;
        if given.is_none() && family.is_none() {
            return Err(AppError::invalid("given_names", "error-name-required"));
        }
        Ok(PersonName { given, family })
    }

    /// Given names, empty when the person has only a family name.
    pub fn given(&self) -> &str {
        self.given.as_deref().unwrap_or_default()
    }

    /// Family name, empty when the person has only given names.
    pub fn family(&self) -> &str {
        self.family.as_deref().unwrap_or_default()
    }
}

/// A date of birth as far as it is known: a day needs a month, a full date must exist, the
/// year lies between 1900 and this year.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BirthDate(PartialDate);

impl BirthDate {
    pub fn parse(year: &str, month: &str, day: &str) -> Result<Self, AppError> {
        let number = |text: &str, field: &str, range| {
            input::number_or(text, field, range, "error-date-part-invalid")
        };
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
        Ok(BirthDate(date))
    }

    pub fn as_partial(&self) -> PartialDate {
        self.0
    }
}

/// An ISO 639-3 language code, typed as a code or a language name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageCode(String);

impl LanguageCode {
    /// `None` when empty; a language Lotse does not know is an error.
    pub fn parse(text: &str, field: &str) -> Result<Option<Self>, AppError> {
        Ok(input::language(text, field)?.map(LanguageCode))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An e-mail address, lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    /// `None` when empty.
    pub fn parse(text: &str, field: &str) -> Result<Option<Self>, AppError> {
        match input::optional(text, field, 254)? {
            Some(email) => Ok(Some(Email(
                crate::server::admin::accounts::normalise_email(&email)?,
            ))),
            None => Ok(None),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A telephone number as written (at most 50 characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    /// `None` when empty.
    pub fn parse(text: &str, field: &str) -> Result<Option<Self>, AppError> {
        Ok(input::optional(text, field, 50)?.map(Phone))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A postal code as written (at most 20 characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostalCode(String);

impl PostalCode {
    /// `None` when empty.
    pub fn parse(text: &str, field: &str) -> Result<Option<Self>, AppError> {
        Ok(input::optional(text, field, 20)?.map(PostalCode))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The text of an optional value, empty when absent (how conflicts compare values).
pub fn text_of<T: AsRef<str>>(value: &Option<T>) -> String {
    value
        .as_ref()
        .map(|v| v.as_ref().to_owned())
        .unwrap_or_default()
}

macro_rules! as_ref_str {
    ($($t:ty),*) => {$(
        impl AsRef<str> for $t {
            fn as_ref(&self) -> &str {
                self.as_str()
            }
        }
    )*};
}
as_ref_str!(Text, LanguageCode, Email, Phone, PostalCode);

/// The catalogue a [`Code`] belongs to (a marker type per catalogue, see [`catalogues`]).
pub trait Catalogue {
    /// The catalogue's name (`crate::models::catalogue::SERVICE`, ...).
    const NAME: &'static str;
}

/// One marker type per catalogue whose codes come from a form.
pub mod catalogues {
    use crate::models::catalogue as names;

    macro_rules! catalogue_markers {
        ($($(#[$doc:meta])* $ty:ident => $name:ident),* $(,)?) => {$(
            $(#[$doc])*
            #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
            pub struct $ty;
            impl super::Catalogue for $ty {
                const NAME: &'static str = names::$name;
            }
        )*};
    }

    catalogue_markers! {
        /// Life domains (built in).
        Domain => DOMAIN,
        /// Service types: built in and added by administrators.
        Service => SERVICE,
        /// Goal templates: built in and added by administrators.
        GoalTemplate => GOAL_TEMPLATE,
        /// Closure reasons: built in and added by administrators.
        Closure => CLOSURE,
        GoalLevel => GOAL_LEVEL,
        Responsible => RESPONSIBLE,
        ConsentMethod => CONSENT_METHOD,
        ConsentPurpose => CONSENT_PURPOSE,
        District => DISTRICT,
        LanguageLevel => LANGUAGE_LEVEL,
        Literacy => LITERACY,
        Housing => HOUSING,
        Insurance => INSURANCE,
        Residence => RESIDENCE,
        Benefit => BENEFIT,
        Relation => RELATION,
        Seat => SEAT,
        TaskKind => TASK_KIND,
        ReferralOutcome => REFERRAL_OUTCOME,
        DeclineReason => DECLINE_REASON,
        HoldReason => HOLD_REASON,
    }
}

/// A code of catalogue `C`, built only from a built-in code or an entry administrators added
/// (`x-` and hex digits), so it is safe inside an SQL string literal ([`crate::server::infra::db::quoted`]).
#[derive(Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Code<C: Catalogue> {
    code: String,
    catalogue: std::marker::PhantomData<C>,
}

impl<C: Catalogue> Clone for Code<C> {
    fn clone(&self) -> Self {
        Code {
            code: self.code.clone(),
            catalogue: std::marker::PhantomData,
        }
    }
}

impl<C: Catalogue> Code<C> {
    /// `None` when empty; a code the catalogue (built in or `custom`) lacks is an error.
    pub fn parse(
        text: &str,
        field: &str,
        custom: &[crate::models::CustomEntry],
    ) -> Result<Option<Self>, AppError> {
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        if crate::models::catalogue::is_known(custom, C::NAME, text) {
            Ok(Some(Self::new(text)))
        } else {
            Err(AppError::invalid(field, "error-choose-from-list"))
        }
    }

    /// A code that must be given.
    pub fn required(
        text: &str,
        field: &str,
        custom: &[crate::models::CustomEntry],
    ) -> Result<Self, AppError> {
        Self::parse(text, field, custom)?.ok_or_else(|| AppError::invalid(field, "error-required"))
    }

    /// Built-in codes named in the source (`LANGUAGE_COURSES`, ...); a name the built-in
    /// catalogue lacks is left out (a unit test keeps such lists complete).
    pub fn builtins(codes: &[&str]) -> Vec<Self> {
        let known = crate::models::catalogue::builtin(C::NAME);
        codes
            .iter()
            .filter(|code| known.contains(code))
            .map(|code| Self::new(code))
            .collect()
    }

    fn new(code: &str) -> Self {
        Code {
            code: code.to_owned(),
            catalogue: std::marker::PhantomData,
        }
    }

    pub fn as_str(&self) -> &str {
        &self.code
    }
}

impl<C: Catalogue> AsRef<str> for Code<C> {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

#[cfg(test)]
mod tests {
    use super::catalogues::Service;
    use super::Code;
    use crate::models::catalogue::LANGUAGE_COURSES;

    #[test]
    fn every_language_course_is_a_built_in_service_type() {
        assert_eq!(
            Code::<Service>::builtins(LANGUAGE_COURSES).len(),
            LANGUAGE_COURSES.len()
        );
    }

    #[test]
    fn a_code_outside_the_catalogue_cannot_be_built() {
        assert!(Code::<Service>::parse("x'); DROP TABLE cases; --", "service_type", &[]).is_err());
        assert!(Code::<Service>::parse("", "service_type", &[])
            .unwrap()
            .is_none());
    }
}
