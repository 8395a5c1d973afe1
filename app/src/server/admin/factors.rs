//! A second factor for staff accounts: a code from an authenticator app (TOTP, RFC 6238), a
//! passkey (see `passkeys`) and one-time recovery codes; an organisation can require one of its staff. The sign-in's
//! second step ([`verify`]) is throttled like the password, and a code is accepted once.
//!
//! Setting up, replacing and removing a factor, new recovery codes, and an administrator's
//! reset or requirement are audited (purpose `account-security`, category `credentials`).

use std::net::IpAddr;

use rand::{Rng, RngCore};
use sha2::{Digest, Sha256};
use totp_rs::{Algorithm, TOTP};

use crate::error::AppError;
use crate::models::{
    AppSetup, CurrentUser, OrganisationFactors, SecondFactorStatus, SignInMethod, UserFactors,
};
use crate::server::audit::{self, Entry};
use crate::server::infra::db::{begin, now_ms, Db};
use crate::server::infra::throttle::{self, Door};
use crate::server::{policy, portal::letters};

/// The name authenticator apps show for the account.
const ISSUER: &str = "Lotse";
/// How many recovery codes a user gets at a time.
pub const RECOVERY_CODES: usize = 10;
/// Recovery codes are written with these letters (no 0/o, 1/l/i), in two groups of five.
const RECOVERY_ALPHABET: &[u8] = b"23456789abcdefghjkmnpqrstuvwxyz";
/// Seconds per code of an authenticator app.
const STEP_SECONDS: u64 = 30;

fn app(secret: &str) -> Result<TOTP, AppError> {
    let bytes = totp_rs::Secret::Encoded(secret.to_owned())
        .to_bytes()
        .map_err(|e| {
            crate::server::infra::context::internal(format!("stored TOTP secret: {e:?}"))
        })?;
    TOTP::new(Algorithm::SHA1, 6, 1, STEP_SECONDS, bytes)
        .map_err(|e| crate::server::infra::context::internal(format!("stored TOTP secret: {e:?}")))
}

/// The time step whose code `code` is, if it is the app's code of the step before, at or
/// after `now_seconds` (a clock a little off, a code typed as it changed).
fn matched_step(app: &TOTP, code: &str, now_seconds: u64) -> Option<u64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let now_step = now_seconds / STEP_SECONDS;
    (now_step.saturating_sub(1)..=now_step + 1).find(|step| {
        let expected = app.generate(step * STEP_SECONDS);
        // Constant time: compare digests of equal length.
        Sha256::digest(expected.as_bytes()) == Sha256::digest(code.as_bytes())
    })
}

fn now_seconds() -> u64 {
    (now_ms() / 1000).max(0) as u64
}

/// A recovery code as typed: letters and digits only, lower case.
fn normalised_recovery_code(raw: &str) -> String {
    raw.chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn recovery_hash(user_id: i64, code: &str) -> String {
    hex::encode(Sha256::digest(format!("{user_id}:{code}").as_bytes()))
}

fn new_recovery_code() -> String {
    let mut rng = rand::thread_rng();
    let letters: String = (0..10)
        .map(|_| RECOVERY_ALPHABET[rng.gen_range(0..RECOVERY_ALPHABET.len())] as char)
        .collect();
    format!("{}-{}", &letters[..5], &letters[5..])
}

/// A new secret of 160 bits, base32 (as authenticator apps take it).
fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::thread_rng().fill_bytes(&mut bytes);
    totp_rs::Secret::Raw(bytes.to_vec())
        .to_encoded()
        .to_string()
}

/// The `otpauth://` address an authenticator app scans.
fn otpauth_address(secret: &str, email: &str) -> String {
    let label: String = url_escape(&format!("{ISSUER}:{email}"));
    format!("otpauth://totp/{label}?secret={secret}&issuer={ISSUER}&algorithm=SHA1&digits=6&period={STEP_SECONDS}")
}

fn url_escape(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' | b':' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

fn grouped(secret: &str) -> String {
    secret
        .as_bytes()
        .chunks(4)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(sqlx::FromRow)]
struct FactorRow {
    secret: String,
    pending_secret: Option<String>,
    confirmed_at: Option<i64>,
    last_step: i64,
}

async fn factor_row(db: &Db, user_id: i64) -> Result<Option<FactorRow>, AppError> {
    Ok(sqlx::query_as::<_, FactorRow>(
        "SELECT secret, pending_secret, confirmed_at, last_step FROM totp_factors WHERE user_id = $1",
    )
    .bind(user_id)
    .fetch_optional(&db.pool)
    .await?)
}

/// Whether the user has an authenticator app they can sign in with.
async fn has_app(db: &Db, user_id: i64) -> Result<bool, AppError> {
    Ok(factor_row(db, user_id)
        .await?
        .is_some_and(|row| row.confirmed_at.is_some()))
}

/// Whether the user has a second factor they can sign in with: an app or a passkey.
pub async fn has_second_factor(db: &Db, user_id: i64) -> Result<bool, AppError> {
    Ok(has_app(db, user_id).await? || super::passkeys::has_passkey(db, user_id).await?)
}

/// What the sign-in's second step offers the user.
pub async fn second_step(
    db: &Db,
    settings: &crate::server::infra::context::SessionSettings,
    user_id: i64,
) -> Result<crate::models::SecondStep, AppError> {
    Ok(crate::models::SecondStep {
        passkeys: super::passkeys::has_passkey(db, user_id).await?,
        app: has_app(db, user_id).await?,
        passkey_address: super::passkeys::address(settings),
    })
}

/// Whether the organisation requires its staff to sign in with a second factor.
pub async fn required(db: &Db, organisation_id: i64) -> Result<bool, AppError> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT require_second_factor FROM organisations WHERE id = $1",
    )
    .bind(organisation_id)
    .fetch_optional(&db.pool)
    .await?
    .unwrap_or(0)
        != 0)
}

async fn recovery_codes_left(db: &Db, user_id: i64) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?)
}

/// The user's own second factor, with what to scan while an app is being set up.
pub async fn status(
    db: &Db,
    settings: &crate::server::infra::context::SessionSettings,
    user: &CurrentUser,
) -> Result<SecondFactorStatus, AppError> {
    let row = factor_row(db, user.id).await?;
    let pending = row
        .as_ref()
        .and_then(|row| row.pending_secret.as_deref())
        .map(|secret| AppSetup {
            qr_svg: letters::qr_svg(&otpauth_address(secret, &user.email)),
            secret_grouped: grouped(secret),
        });
    Ok(SecondFactorStatus {
        app_since: row.and_then(|row| row.confirmed_at),
        pending,
        recovery_codes_left: recovery_codes_left(db, user.id).await?,
        required: required(db, user.organisation_id).await?,
        through_provider: super::providers::password_refused(db, user.id).await?,
        passkeys: super::passkeys::list(db, user.id).await?,
        passkey_address: super::passkeys::address(settings),
    })
}

/// The audit entry of something done to `user_id`'s second factor.
fn entry(actor: &CurrentUser, user_id: i64, action: &str, basis: &str) -> Entry {
    Entry {
        record: format!("user:{user_id}"),
        action: action.into(),
        purpose: policy::rules::ACCOUNT_SECURITY.into(),
        basis: basis.into(),
        categories: "credentials".into(),
        ..Entry::by(actor)
    }
}

/// Starts setting up an authenticator app (a first one, or one on a new phone): a new secret
/// to scan, which replaces an earlier one only when a code from it is confirmed.
pub async fn begin_app(db: &Db, user: &CurrentUser) -> Result<(), AppError> {
    sqlx::query(
        "INSERT INTO totp_factors (user_id, secret, pending_secret, created_at)
         VALUES ($1, '', $2, $3)
         ON CONFLICT (user_id) DO UPDATE SET pending_secret = $2",
    )
    .bind(user.id)
    .bind(new_secret())
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Stops setting up an app; one already in use stays.
pub async fn cancel_app(db: &Db, user: &CurrentUser) -> Result<(), AppError> {
    sqlx::query("UPDATE totp_factors SET pending_secret = NULL WHERE user_id = $1")
        .bind(user.id)
        .execute(&db.pool)
        .await?;
    sqlx::query("DELETE FROM totp_factors WHERE user_id = $1 AND confirmed_at IS NULL")
        .bind(user.id)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Confirms the app being set up with a code from it: it becomes the user's app (replacing
/// an earlier one). Throttled like the sign-in's second step.
pub async fn confirm_app(
    db: &Db,
    user: &CurrentUser,
    code: &str,
    ip: Option<IpAddr>,
) -> Result<(), AppError> {
    let Some(pending) = factor_row(db, user.id)
        .await?
        .and_then(|row| row.pending_secret)
    else {
        return Err(AppError::invalid("code", "error-second-factor-not-started"));
    };
    let attempt = throttle::attempt(db, Door::SecondFactor, &user.id.to_string(), ip).await?;
    let Some(step) = matched_step(&app(&pending)?, code, now_seconds()) else {
        attempt.failed(db).await?;
        return Err(AppError::invalid("code", "error-second-factor-code-wrong"));
    };
    attempt.succeeded(db).await?;
    let mut tx = begin(db).await?;
    sqlx::query(
        "UPDATE totp_factors SET secret = pending_secret, pending_secret = NULL,
                confirmed_at = $1, last_step = $2
         WHERE user_id = $3 AND pending_secret = $4",
    )
    .bind(now_ms())
    .bind(step as i64)
    .bind(user.id)
    .bind(&pending)
    .execute(&mut *tx)
    .await?;
    audit::append(
        &mut tx,
        &entry(user, user.id, "set-up-second-factor", "own-account"),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// New recovery codes for a user with an app (the earlier ones stop working). They are shown
/// once: only their hashes are kept.
pub async fn new_recovery_codes(db: &Db, user: &CurrentUser) -> Result<Vec<String>, AppError> {
    if !has_second_factor(db, user.id).await? {
        return Err(AppError::invalid("codes", "error-second-factor-not-set-up"));
    }
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    let now = now_ms();
    let mut tx = begin(db).await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user.id)
        .execute(&mut *tx)
        .await?;
    for code in &codes {
        sqlx::query(
            "INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)",
        )
        .bind(user.id)
        .bind(recovery_hash(user.id, &normalised_recovery_code(code)))
        .bind(now)
        .execute(&mut *tx)
        .await?;
    }
    audit::append(
        &mut tx,
        &entry(user, user.id, "new-recovery-codes", "own-account"),
    )
    .await?;
    tx.commit().await?;
    Ok(codes)
}

/// Removes the user's own app, with their password (throttled like a password change), and
/// the recovery codes unless a passkey stays. Refused while their organisation requires a
/// second factor and no passkey stays. Says whether a passkey stays.
pub async fn remove_app(
    db: &Db,
    user: &CurrentUser,
    current_password: &str,
    ip: Option<IpAddr>,
) -> Result<bool, AppError> {
    let passkey_stays = super::passkeys::has_passkey(db, user.id).await?;
    if !passkey_stays && required(db, user.organisation_id).await? {
        return Err(AppError::invalid(
            "current_password",
            "error-second-factor-required-by-organisation",
        ));
    }
    let removal = entry(user, user.id, "remove-second-factor", "own-account");
    super::accounts::confirm_password(db, user, ip, current_password, removal.clone()).await?;
    let mut tx = begin(db).await?;
    if passkey_stays {
        sqlx::query("DELETE FROM totp_factors WHERE user_id = $1")
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
    } else {
        remove_factors(&mut tx, user.id).await?;
    }
    audit::append(&mut tx, &removal).await?;
    tx.commit().await?;
    Ok(passkey_stays)
}

async fn remove_factors(conn: &mut sqlx::AnyConnection, user_id: i64) -> Result<(), AppError> {
    sqlx::query("DELETE FROM totp_factors WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM passkeys WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The sign-in's second step: a code from the user's app (each accepted once) or one of their
/// recovery codes (each used once). Attempts are counted per user before the code is checked.
pub async fn verify(
    db: &Db,
    user_id: i64,
    code: &str,
    ip: Option<IpAddr>,
) -> Result<SignInMethod, AppError> {
    let attempt = throttle::attempt(db, Door::SecondFactor, &user_id.to_string(), ip).await?;
    let row = factor_row(db, user_id)
        .await?
        .filter(|row| row.confirmed_at.is_some());
    let method = match row {
        Some(row) => {
            let step = matched_step(&app(&row.secret)?, code, now_seconds())
                .filter(|step| *step as i64 > row.last_step);
            match step {
                // Accepted once: a second request with the same code finds the step taken.
                Some(step) => sqlx::query(
                    "UPDATE totp_factors SET last_step = $1 WHERE user_id = $2 AND last_step < $1",
                )
                .bind(step as i64)
                .bind(user_id)
                .execute(&db.pool)
                .await?
                .rows_affected()
                    == 1,
                None => false,
            }
            .then_some(SignInMethod::PasswordAndApp)
        }
        None => None,
    };
    let method = match method {
        Some(method) => Some(method),
        None => {
            let code = normalised_recovery_code(code);
            let used = code.len() == 10
                && sqlx::query(
                    "UPDATE recovery_codes SET used_at = $1
                     WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
                )
                .bind(now_ms())
                .bind(user_id)
                .bind(recovery_hash(user_id, &code))
                .execute(&db.pool)
                .await?
                .rows_affected()
                    == 1;
            used.then_some(SignInMethod::PasswordAndRecoveryCode)
        }
    };
    match method {
        Some(method) => {
            attempt.succeeded(db).await?;
            Ok(method)
        }
        None => {
            attempt.failed(db).await?;
            Err(AppError::invalid("code", "error-second-factor-code-wrong"))
        }
    }
}

#[derive(sqlx::FromRow)]
struct OverviewRow {
    organisation_id: i64,
    organisation_name: String,
    required: i64,
    user_id: Option<i64>,
    display_name: Option<String>,
    email: Option<String>,
    active: Option<i64>,
    app: Option<i64>,
    passkeys: Option<i64>,
    recovery_codes_left: Option<i64>,
}

/// Administrators: per organisation, whether it requires a second factor, and which factors
/// each of its staff has (audited as one list).
pub async fn overview(db: &Db, actor: &CurrentUser) -> Result<Vec<OrganisationFactors>, AppError> {
    let (mut tx, grant) = policy::sign_in_security(db, actor).await?;
    let rows = sqlx::query_as::<_, OverviewRow>(
        "SELECT o.id AS organisation_id, o.name AS organisation_name,
                o.require_second_factor AS required,
                u.id AS user_id, u.display_name, u.email, u.active,
                CASE WHEN t.confirmed_at IS NULL THEN 0 ELSE 1 END AS app,
                (SELECT COUNT(*) FROM passkeys p WHERE p.user_id = u.id) AS passkeys,
                (SELECT COUNT(*) FROM recovery_codes r
                 WHERE r.user_id = u.id AND r.used_at IS NULL) AS recovery_codes_left
         FROM organisations o
         LEFT JOIN users u ON u.organisation_id = o.id
         LEFT JOIN totp_factors t ON t.user_id = u.id
         ORDER BY o.name, o.id, u.display_name, u.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    grant.audit(&mut tx, "second-factors", None, "list").await?;
    tx.commit().await?;
    let mut organisations: Vec<OrganisationFactors> = Vec::new();
    for row in rows {
        if organisations.last().map(|o| o.organisation_id) != Some(row.organisation_id) {
            organisations.push(OrganisationFactors {
                organisation_id: row.organisation_id,
                organisation_name: row.organisation_name.clone(),
                required: row.required != 0,
                users: Vec::new(),
            });
        }
        if let (Some(id), Some(organisation)) = (row.user_id, organisations.last_mut()) {
            organisation.users.push(UserFactors {
                id,
                display_name: row.display_name.unwrap_or_default(),
                email: row.email.unwrap_or_default(),
                active: row.active.unwrap_or(0) != 0,
                app: row.app.unwrap_or(0) != 0,
                passkeys: row.passkeys.unwrap_or(0),
                recovery_codes_left: row.recovery_codes_left.unwrap_or(0),
            });
        }
    }
    Ok(organisations)
}

/// Administrators: an organisation requires a second factor of its staff, or no longer. Its
/// staff without one are led to set one up at their next sign-in; their sessions signed in
/// with a password alone end now (but the acting administrator's, who sets theirs up at
/// their next sign-in).
pub async fn set_required(
    db: &Db,
    actor: &CurrentUser,
    organisation_id: i64,
    required: bool,
) -> Result<(), AppError> {
    let (mut tx, grant) = policy::sign_in_security(db, actor).await?;
    let changed = sqlx::query("UPDATE organisations SET require_second_factor = $1 WHERE id = $2")
        .bind(i64::from(required))
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if changed == 0 {
        drop(tx);
        return Err(policy::no_such_record(db, actor, "organisation", organisation_id).await);
    }
    if required {
        sqlx::query(
            "DELETE FROM sessions WHERE signed_in_with = 'password' AND user_id <> $2
                 AND user_id IN (SELECT id FROM users WHERE organisation_id = $1)",
        )
        .bind(organisation_id)
        .bind(actor.id)
        .execute(&mut *tx)
        .await?;
    }
    let action = if required {
        "require-second-factor"
    } else {
        "waive-second-factor"
    };
    grant
        .audit(&mut tx, "organisation", Some(organisation_id), action)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Administrators: a user lost their phone and their recovery codes. Their app and codes are
/// removed and their sessions end; at their next sign-in they set up a new app if their
/// organisation requires one.
pub async fn reset(db: &Db, actor: &CurrentUser, user_id: i64) -> Result<(), AppError> {
    let (mut tx, grant) = policy::sign_in_security(db, actor).await?;
    let exists = sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM users WHERE id = $1")
        .bind(user_id)
        .fetch_one(&mut *tx)
        .await?;
    if exists == 0 {
        drop(tx);
        return Err(policy::no_such_record(db, actor, "user", user_id).await);
    }
    remove_factors(&mut tx, user_id).await?;
    sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
    grant
        .audit(&mut tx, "user", Some(user_id), "reset-second-factor")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// For tests: the code an app shows for the user's (confirmed or pending) secret now.
#[cfg(feature = "testing")]
pub async fn current_code(db: &Db, user_id: i64, at_seconds: u64) -> Option<String> {
    let row = factor_row(db, user_id).await.ok()??;
    let secret = row.pending_secret.unwrap_or(row.secret);
    Some(app(&secret).ok()?.generate(at_seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890", 8 digits there; the
    /// last six of each are what a six-digit app shows.
    #[test]
    fn codes_are_those_of_rfc_6238() {
        let secret = totp_rs::Secret::Raw(b"12345678901234567890".to_vec())
            .to_encoded()
            .to_string();
        let app = app(&secret).unwrap();
        for (time, code) in [
            (59, "287082"),
            (1_111_111_109, "081804"),
            (1_234_567_890, "005924"),
            (2_000_000_000, "279037"),
        ] {
            assert_eq!(app.generate(time), code, "at {time}");
            assert_eq!(matched_step(&app, code, time), Some(time / 30));
        }
        // The step before and after count (clocks drift); two steps away does not.
        assert_eq!(matched_step(&app, "287082", 59 + 30), Some(1));
        assert_eq!(matched_step(&app, "287082", 59 + 60), None);
        assert_eq!(matched_step(&app, "287 082", 59), Some(1));
        assert_eq!(matched_step(&app, "28708", 59), None);
        assert_eq!(matched_step(&app, "abcdef", 59), None);
    }

    #[test]
    fn recovery_codes_are_read_as_typed_and_an_address_names_the_account() {
        let code = new_recovery_code();
        assert_eq!(code.len(), 11);
        assert_eq!(
            normalised_recovery_code(&code.to_uppercase().replace('-', " ")),
            code.replace('-', "")
        );
        assert_eq!(
            otpauth_address("ABCD", "a.b@stadt.example"),
            "otpauth://totp/Lotse:a.b@stadt.example?secret=ABCD&issuer=Lotse&algorithm=SHA1&digits=6&period=30"
        );
        assert_eq!(grouped("ABCDEFGHIJ"), "ABCD EFGH IJ");
    }
}
