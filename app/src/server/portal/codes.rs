//! Access codes and PINs: the code printed on a letter, and the secret a client chooses.

use rand::Rng;
use sha2::{Digest, Sha256};

use crate::error::AppError;

/// Letters a code is made of: no 0/O, 1/I, so it can be read off paper and typed.
const CODE_ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// A new access code: three groups of four (60 bits), e.g. `K7QM-2XDP-R9TB`.
pub fn new_code() -> String {
    let mut rng = rand::thread_rng();
    let chars: Vec<char> = (0..12)
        .map(|_| CODE_ALPHABET[rng.gen_range(0..CODE_ALPHABET.len())] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Codes are compared without case, spaces or dashes, as people type them off a letter.
pub fn normalise_code(raw: &str) -> String {
    raw.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// How a code is stored: only the hash of its normalised form.
pub fn code_hash(raw: &str) -> String {
    hex::encode(Sha256::digest(normalise_code(raw).as_bytes()))
}

/// The code from an access letter as a client typed it: never empty once case, spaces and
/// dashes are set aside. Only [`AccessCode::parse`] builds it.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessCode(String);

impl AccessCode {
    pub fn parse(typed: &str) -> Result<Self, AppError> {
        let code = normalise_code(typed);
        if code.is_empty() {
            return Err(AppError::invalid("code", "error-required"));
        }
        Ok(AccessCode(code))
    }

    /// The hash the code is stored and throttled under.
    pub fn hash(&self) -> String {
        code_hash(&self.0)
    }
}

/// A PIN or passphrase a client chose, typed twice alike (trimmed). Only
/// [`NewSecret::parse`] builds it.
pub struct NewSecret(String);

impl NewSecret {
    pub fn parse(secret: &str, repeat: &str) -> Result<Self, AppError> {
        check_new_secret(secret).map_err(|id| AppError::invalid("pin", id))?;
        if secret.trim() != repeat.trim() {
            return Err(AppError::invalid("pin_repeat", "error-portal-pin-mismatch"));
        }
        Ok(NewSecret(secret.trim().to_owned()))
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

/// A PIN is at least 6 digits and not one digit repeated or a plain run (123456); anything
/// else is a passphrase of at least 12 characters.
fn check_new_secret(secret: &str) -> Result<(), &'static str> {
    let secret = secret.trim();
    if !secret.is_empty() && secret.chars().all(|c| c.is_ascii_digit()) {
        if secret.len() < 6 {
            return Err("error-portal-pin-short");
        }
        let digits: Vec<i32> = secret.bytes().map(|b| i32::from(b - b'0')).collect();
        let steps: Vec<i32> = digits.windows(2).map(|w| w[1] - w[0]).collect();
        let plain = steps.iter().all(|s| *s == steps[0]) && matches!(steps[0], -1..=1);
        if plain {
            return Err("error-portal-pin-simple");
        }
        return Ok(());
    }
    if secret.chars().count() < 12 {
        return Err("error-portal-pin-short");
    }
    Ok(())
}
