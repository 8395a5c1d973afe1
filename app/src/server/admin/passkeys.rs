//! Passkeys (WebAuthn) as a second factor for staff accounts, beside the authenticator app
//! (see `factors`). The checks themselves (the browser's origin and challenge, the
//! authenticator's signature, user verification, the signature counter) are `webauthn-rs`'s.
//!
//! A ceremony (registering a passkey, or signing in with one) spans two requests: the
//! challenge goes to the browser, the authenticator's answer comes back. Its state waits in
//! `passkey_ceremonies`, one per user and kind, taken once and valid five minutes, so that any
//! `lotse` process can receive the answer.
//!
//! The relying party is the address Lotse is reached at (`LOTSE_PUBLIC_URL`). Browsers refuse
//! passkeys for an IP address, so a loopback address (`make run`'s `127.0.0.1:3000`) becomes
//! `localhost` with the same port.

use std::net::IpAddr;

use webauthn_rs::prelude::{
    Passkey, PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential,
    RegisterPublicKeyCredential, Url, Uuid, Webauthn, WebauthnBuilder,
};

use crate::error::AppError;
use crate::models::{CurrentUser, PasskeyInfo, SignInMethod};
use crate::server::audit::{self, Entry};
use crate::server::infra::context::{internal, SessionSettings};
use crate::server::infra::db::{begin, now_ms, Db};
use crate::server::infra::throttle::{self, Door};
use crate::server::policy;

/// How long a challenge waits for the authenticator's answer.
const CEREMONY_LIFETIME_MS: i64 = 5 * 60 * 1000;
/// A passkey's name is at most this long.
pub const NAME_CHARS: usize = 60;

const REGISTER: &str = "register";
const SIGN_IN: &str = "sign-in";

/// The address passkeys are registered for: the public address, with a loopback IP address
/// written as `localhost` (browsers allow no IP address as a relying party).
pub fn address(settings: &SessionSettings) -> String {
    let url = settings.public_url.trim_end_matches('/');
    for loopback in ["127.0.0.1", "[::1]"] {
        for scheme in ["http://", "https://"] {
            let prefix = format!("{scheme}{loopback}");
            if let Some(port) = url.strip_prefix(&prefix) {
                if port.is_empty() || port.starts_with(':') {
                    return format!("{scheme}localhost{port}");
                }
            }
        }
    }
    url.to_owned()
}

fn relying_party(settings: &SessionSettings) -> Result<Webauthn, AppError> {
    let origin = Url::parse(&address(settings)).map_err(internal)?;
    let host = origin.host_str().unwrap_or_default().to_owned();
    WebauthnBuilder::new(&host, &origin)
        .and_then(|builder| builder.rp_name("Lotse").build())
        .map_err(|e| internal(format!("passkeys for {origin}: {e:?}")))
}

#[derive(sqlx::FromRow)]
struct PasskeyRow {
    id: i64,
    name: String,
    created_at: i64,
    last_used_at: Option<i64>,
}

/// The user's passkeys, oldest first.
pub async fn list(db: &Db, user_id: i64) -> Result<Vec<PasskeyInfo>, AppError> {
    let rows = sqlx::query_as::<_, PasskeyRow>(
        "SELECT id, name, created_at, last_used_at FROM passkeys WHERE user_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| PasskeyInfo {
            id: row.id,
            name: row.name,
            created_at: row.created_at,
            last_used_at: row.last_used_at,
        })
        .collect())
}

pub async fn has_passkey(db: &Db, user_id: i64) -> Result<bool, AppError> {
    Ok(
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM passkeys WHERE user_id = $1")
            .bind(user_id)
            .fetch_one(&db.pool)
            .await?
            > 0,
    )
}

/// The user's passkeys as webauthn-rs keeps them, with their row ids.
async fn stored(db: &Db, user_id: i64) -> Result<Vec<(i64, Passkey)>, AppError> {
    let rows = sqlx::query_as::<_, (i64, String)>(
        "SELECT id, passkey FROM passkeys WHERE user_id = $1 ORDER BY id",
    )
    .bind(user_id)
    .fetch_all(&db.pool)
    .await?;
    rows.into_iter()
        .map(|(id, json)| {
            serde_json::from_str::<Passkey>(&json)
                .map(|passkey| (id, passkey))
                .map_err(|e| internal(format!("stored passkey {id}: {e}")))
        })
        .collect()
}

/// Keeps a ceremony's state (replacing one of the same kind the user left unfinished).
async fn keep(
    db: &Db,
    user_id: i64,
    kind: &str,
    state: &impl serde::Serialize,
) -> Result<(), AppError> {
    let state = serde_json::to_string(state).map_err(internal)?;
    sqlx::query(
        "INSERT INTO passkey_ceremonies (user_id, kind, state, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, kind) DO UPDATE SET state = $3, created_at = $4",
    )
    .bind(user_id)
    .bind(kind)
    .bind(state)
    .bind(now_ms())
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// Takes a ceremony's state, once: a second answer to the same challenge finds nothing.
async fn take<T: serde::de::DeserializeOwned>(
    db: &Db,
    user_id: i64,
    kind: &str,
) -> Result<Option<T>, AppError> {
    let state = sqlx::query_scalar::<_, String>(
        "DELETE FROM passkey_ceremonies WHERE user_id = $1 AND kind = $2 AND created_at > $3
         RETURNING state",
    )
    .bind(user_id)
    .bind(kind)
    .bind(now_ms() - CEREMONY_LIFETIME_MS)
    .fetch_optional(&db.pool)
    .await?;
    state
        .map(|json| serde_json::from_str(&json).map_err(internal))
        .transpose()
}

/// Ceremonies nobody finished (the background jobs call this).
pub async fn purge_expired(db: &Db) -> Result<(), AppError> {
    sqlx::query("DELETE FROM passkey_ceremonies WHERE created_at <= $1")
        .bind(now_ms() - CEREMONY_LIFETIME_MS)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Why an answer was not accepted: in the log only (the user reads that it did not work).
fn failed(user_id: i64, what: &str, cause: impl std::fmt::Debug) -> AppError {
    tracing::warn!(user_id, reason = ?cause, "passkey {what} refused");
    AppError::invalid("passkey", "error-passkey-failed")
}

fn checked_name(raw: &str) -> Result<String, AppError> {
    let name = raw.trim();
    if name.is_empty() {
        return Err(AppError::invalid("name", "error-passkey-name-required"));
    }
    if name.chars().count() > NAME_CHARS || name.chars().any(char::is_control) {
        return Err(AppError::invalid("name", "error-passkey-name-too-long"));
    }
    Ok(name.to_owned())
}

/// Starts registering a passkey: the options the browser hands its authenticator (JSON, as
/// `PublicKeyCredential.parseCreationOptionsFromJSON` takes them). The user's passkeys are
/// excluded, so that an authenticator is not registered twice.
pub async fn begin_registration(
    db: &Db,
    settings: &SessionSettings,
    user: &CurrentUser,
    name: &str,
) -> Result<String, AppError> {
    checked_name(name)?;
    let handle = sqlx::query_scalar::<_, String>(
        "SELECT user_handle FROM passkeys WHERE user_id = $1 ORDER BY id LIMIT 1",
    )
    .bind(user.id)
    .fetch_optional(&db.pool)
    .await?
    .and_then(|h| Uuid::parse_str(&h).ok())
    .unwrap_or_else(Uuid::new_v4);
    let exclude = stored(db, user.id)
        .await?
        .iter()
        .map(|(_, passkey)| passkey.cred_id().clone())
        .collect();
    let (options, state) = relying_party(settings)?
        .start_passkey_registration(handle, &user.email, &user.display_name, Some(exclude))
        .map_err(|e| internal(format!("passkey registration: {e:?}")))?;
    keep(db, user.id, REGISTER, &(handle.to_string(), state)).await?;
    let options = serde_json::to_value(options).map_err(internal)?;
    Ok(options["publicKey"].to_string())
}

/// Finishes registering a passkey with the authenticator's answer (`credential`, the JSON of
/// `PublicKeyCredential.toJSON()`): checked, kept under `name`, audited.
pub async fn finish_registration(
    db: &Db,
    settings: &SessionSettings,
    user: &CurrentUser,
    name: &str,
    credential: &str,
) -> Result<(), AppError> {
    let name = checked_name(name)?;
    let Some((handle, state)) =
        take::<(String, PasskeyRegistration)>(db, user.id, REGISTER).await?
    else {
        return Err(AppError::invalid("passkey", "error-passkey-expired"));
    };
    let credential: RegisterPublicKeyCredential =
        serde_json::from_str(credential).map_err(|e| failed(user.id, "registration", e))?;
    let passkey = relying_party(settings)?
        .finish_passkey_registration(&credential, &state)
        .map_err(|e| failed(user.id, "registration", e))?;
    let json = serde_json::to_string(&passkey).map_err(internal)?;
    let mut tx = begin(db).await?;
    let inserted = sqlx::query(
        "INSERT INTO passkeys (user_id, credential_id, user_handle, name, passkey, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (credential_id) DO NOTHING",
    )
    .bind(user.id)
    .bind(hex::encode(passkey.cred_id().as_slice()))
    .bind(handle)
    .bind(&name)
    .bind(json)
    .bind(now_ms())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if inserted == 0 {
        return Err(failed(
            user.id,
            "registration",
            "credential id known already",
        ));
    }
    audit::append(&mut tx, &entry(user, "add-passkey")).await?;
    tx.commit().await?;
    Ok(())
}

fn entry(user: &CurrentUser, action: &str) -> Entry {
    Entry {
        record: format!("user:{}", user.id),
        action: action.into(),
        purpose: policy::rules::ACCOUNT_SECURITY.into(),
        basis: "own-account".into(),
        categories: "credentials".into(),
        ..Entry::by(user)
    }
}

/// Removes one of the user's passkeys. Refused for the last second factor while the
/// organisation requires one; with no second factor left, the recovery codes go too.
pub async fn remove(db: &Db, user: &CurrentUser, passkey_id: i64) -> Result<(), AppError> {
    let required = super::factors::required(db, user.organisation_id).await?;
    let mut tx = begin(db).await?;
    let removed = sqlx::query("DELETE FROM passkeys WHERE id = $1 AND user_id = $2")
        .bind(passkey_id)
        .bind(user.id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if removed == 0 {
        drop(tx);
        return Err(policy::no_such_record(db, user, "passkey", passkey_id).await);
    }
    let left = sqlx::query_scalar::<_, i64>(
        "SELECT (SELECT COUNT(*) FROM passkeys WHERE user_id = $1)
              + (SELECT COUNT(*) FROM totp_factors WHERE user_id = $1 AND confirmed_at IS NOT NULL)",
    )
    .bind(user.id)
    .fetch_one(&mut *tx)
    .await?;
    if left == 0 {
        if required {
            return Err(AppError::invalid(
                "passkey",
                "error-second-factor-required-by-organisation",
            ));
        }
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
            .bind(user.id)
            .execute(&mut *tx)
            .await?;
    }
    audit::append(&mut tx, &entry(user, "remove-passkey")).await?;
    tx.commit().await?;
    Ok(())
}

/// The sign-in's second step with a passkey, first half: the challenge for the user's
/// passkeys (JSON, as `PublicKeyCredential.parseRequestOptionsFromJSON` takes it).
pub async fn begin_sign_in(
    db: &Db,
    settings: &SessionSettings,
    user_id: i64,
) -> Result<String, AppError> {
    let passkeys: Vec<Passkey> = stored(db, user_id)
        .await?
        .into_iter()
        .map(|(_, passkey)| passkey)
        .collect();
    if passkeys.is_empty() {
        return Err(AppError::invalid("passkey", "error-passkey-none"));
    }
    let (options, state) = relying_party(settings)?
        .start_passkey_authentication(&passkeys)
        .map_err(|e| internal(format!("passkey sign-in: {e:?}")))?;
    keep(db, user_id, SIGN_IN, &state).await?;
    let options = serde_json::to_value(options).map_err(internal)?;
    Ok(options["publicKey"].to_string())
}

/// Second half: the authenticator's answer (`PublicKeyCredential.toJSON()`). Attempts are
/// counted per user, as for codes, before the answer is checked. The passkey's signature
/// counter is kept, so that a copied authenticator shows.
pub async fn finish_sign_in(
    db: &Db,
    settings: &SessionSettings,
    user_id: i64,
    credential: &str,
    ip: Option<IpAddr>,
) -> Result<SignInMethod, AppError> {
    let attempt = throttle::attempt(db, Door::SecondFactor, &user_id.to_string(), ip).await?;
    let checked = check_sign_in(db, settings, user_id, credential).await;
    match checked {
        Ok(method) => {
            attempt.succeeded(db).await?;
            Ok(method)
        }
        Err(error) => {
            attempt.failed(db).await?;
            Err(error)
        }
    }
}

async fn check_sign_in(
    db: &Db,
    settings: &SessionSettings,
    user_id: i64,
    credential: &str,
) -> Result<SignInMethod, AppError> {
    let Some(state) = take::<PasskeyAuthentication>(db, user_id, SIGN_IN).await? else {
        return Err(AppError::invalid("passkey", "error-passkey-expired"));
    };
    let credential: PublicKeyCredential =
        serde_json::from_str(credential).map_err(|e| failed(user_id, "sign-in", e))?;
    let result = relying_party(settings)?
        .finish_passkey_authentication(&credential, &state)
        .map_err(|e| failed(user_id, "sign-in", e))?;
    let (id, mut passkey) = stored(db, user_id)
        .await?
        .into_iter()
        .find(|(_, passkey)| passkey.cred_id() == result.cred_id())
        .ok_or_else(|| failed(user_id, "sign-in", "no such passkey of this user"))?;
    passkey.update_credential(&result);
    sqlx::query("UPDATE passkeys SET passkey = $1, last_used_at = $2 WHERE id = $3")
        .bind(serde_json::to_string(&passkey).map_err(internal)?)
        .bind(now_ms())
        .bind(id)
        .execute(&db.pool)
        .await?;
    Ok(SignInMethod::PasswordAndPasskey)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_loopback_address_becomes_localhost_for_passkeys() {
        let at = |url: &str| {
            address(&SessionSettings {
                public_url: url.into(),
                ..SessionSettings::default()
            })
        };
        assert_eq!(at("http://127.0.0.1:3000"), "http://localhost:3000");
        assert_eq!(at("http://[::1]:8080"), "http://localhost:8080");
        assert_eq!(at("https://lotse.koeln.de"), "https://lotse.koeln.de");
        assert_eq!(at("http://127.0.0.10:3000"), "http://127.0.0.10:3000");
        assert_eq!(at("https://lotse.koeln.de/"), "https://lotse.koeln.de");
    }

    #[test]
    fn passkeys_have_a_short_plain_name() {
        assert_eq!(checked_name("  Laptop im Büro ").unwrap(), "Laptop im Büro");
        assert!(checked_name("   ").is_err());
        assert!(checked_name(&"x".repeat(NAME_CHARS + 1)).is_err());
        assert!(checked_name("a\u{7}b").is_err());
    }
}
