//! Single sign-on: staff of an organisation sign in through its OpenID Connect provider (the
//! city's identity provider). Administrators configure one provider per organisation; the
//! sign-in is the authorization code flow with PKCE, its `state` and nonce kept in the
//! database (any `lotse` process may receive the browser back) and bound to the browser by a
//! short-lived cookie. The ID token's signature is checked against the keys the provider
//! publishes, and its issuer, audience, nonce and expiry (with a minute of clock skew).
//!
//! Accounts are still created by administrators (roles matter): the first sign-in binds the
//! account to the person at the provider through the verified e-mail address, later sign-ins
//! find it by the subject. A deactivated account, or one of another organisation, cannot
//! sign in this way either.

use openidconnect::core::{CoreAuthenticationFlow, CoreClient, CoreGenderClaim};
use openidconnect::core::{CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm};
use openidconnect::{
    AdditionalClaims, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointMaybeSet,
    EndpointNotSet, EndpointSet, IdToken, IssuerUrl, LogoutRequest, Nonce, PkceCodeChallenge,
    PkceCodeVerifier, PostLogoutRedirectUrl, ProviderMetadataWithLogout, RedirectUrl, Scope,
    TokenResponse,
};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::models::{
    CurrentUser, OrganisationProvider, ProviderSettings, SignInMethod, SignInProvider,
};
use crate::server::infra::context::SessionSettings;
use crate::server::infra::db::{now_ms, Db};
use crate::server::infra::sessions::{self, new_token, token_hash};
use crate::server::policy;

/// Where the provider sends the browser back (one address for every organisation: the state
/// says which sign-in it belongs to).
pub const RETURN_PATH: &str = "/sign-in/provider-return";
/// The cookie that binds a sign-in on its way through the provider to the browser that
/// started it.
pub const BROWSER_COOKIE: &str = "lotse_provider";
/// A sign-in must come back from the provider within this time.
const PENDING_LIFETIME_MS: i64 = 10 * 60 * 1000;
/// Clocks of Lotse and the provider may differ by this much.
const CLOCK_SKEW_SECONDS: i64 = 60;

/// Lotse's public address of [`RETURN_PATH`] (what the provider's client registration names).
pub fn return_url(settings: &SessionSettings) -> String {
    format!("{}{RETURN_PATH}", settings.public_url.trim_end_matches('/'))
}

/// The cookie that binds a sign-in to the browser that starts it (sent back on the
/// provider's top-level redirect, hence `SameSite=Lax`; it lives as long as the state).
pub fn browser_cookie(secret: &str, settings: &SessionSettings) -> String {
    format!(
        "{}; Max-Age={}",
        sessions::cookie_named(BROWSER_COOKIE, secret, settings),
        PENDING_LIFETIME_MS / 1000
    )
}

/// The `Set-Cookie` value that removes [`browser_cookie`] once the browser is back.
pub fn browser_cookie_removal(settings: &SessionSettings) -> String {
    sessions::removal_cookie_named(BROWSER_COOKIE, settings)
}

/// Why a sign-in through a provider did not lead in. The sign-in page says so in the user's
/// language ([`crate::models::provider_refusal_message`]); the server log has the details.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// The organisation has no (enabled) provider.
    NotConfigured,
    /// The provider could not be reached or answered with something that is not OpenID
    /// Connect.
    Unreachable,
    /// The user cancelled at the provider, or the provider refused.
    Cancelled,
    /// Anything a forger or a replay would cause: an unknown or used state, another browser,
    /// a code the provider does not accept, an ID token that fails a check.
    Failed,
    /// No Lotse account belongs to this person.
    NoAccount,
    /// The provider does not vouch for the person's e-mail address, which binds the account.
    Unverified,
    /// The account is deactivated.
    Deactivated,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::NotConfigured => "not-configured",
            Refusal::Unreachable => "unreachable",
            Refusal::Cancelled => "cancelled",
            Refusal::Failed => "failed",
            Refusal::NoAccount => "no-account",
            Refusal::Unverified => "unverified",
            Refusal::Deactivated => "deactivated",
        }
    }
}

impl From<AppError> for Refusal {
    fn from(error: AppError) -> Self {
        tracing::error!(%error, "single sign-on: database");
        Refusal::Unreachable
    }
}

impl From<sqlx::Error> for Refusal {
    fn from(error: sqlx::Error) -> Self {
        Refusal::from(AppError::from(error))
    }
}

fn refused(refusal: Refusal, organisation_id: i64, detail: impl std::fmt::Display) -> Refusal {
    tracing::warn!(
        organisation_id,
        reason = refusal.code(),
        %detail,
        "sign-in through provider refused"
    );
    refusal
}

/// Every claim of the ID token, so that the configured one can identify the person.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct AllClaims(serde_json::Map<String, serde_json::Value>);
impl AdditionalClaims for AllClaims {}

type FullIdToken =
    IdToken<AllClaims, CoreGenderClaim, CoreJweContentEncryptionAlgorithm, CoreJwsSigningAlgorithm>;

/// The HTTP client that talks to providers. It follows no redirects (a provider's answer
/// must come from the addresses it published) and waits at most ten seconds.
fn http_client() -> Result<openidconnect::reqwest::Client, Refusal> {
    openidconnect::reqwest::Client::builder()
        .redirect(openidconnect::reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(10))
        .build()
        .map_err(|e| refused(Refusal::Unreachable, 0, e))
}

#[derive(sqlx::FromRow)]
struct Configured {
    issuer: String,
    client_id: String,
    client_secret: String,
    subject_claim: String,
}

async fn configured(db: &Db, organisation_id: i64) -> Result<Configured, Refusal> {
    sqlx::query_as::<_, Configured>(
        "SELECT issuer, client_id, client_secret, subject_claim FROM sign_in_providers
         WHERE organisation_id = $1 AND enabled = 1",
    )
    .bind(organisation_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or(Refusal::NotConfigured)
}

/// The provider's discovery document (with its keys).
async fn discover(
    http: &openidconnect::reqwest::Client,
    issuer: &str,
    organisation_id: i64,
) -> Result<ProviderMetadataWithLogout, Refusal> {
    let issuer = IssuerUrl::new(issuer.to_owned())
        .map_err(|e| refused(Refusal::Unreachable, organisation_id, e))?;
    ProviderMetadataWithLogout::discover_async(issuer, http)
        .await
        .map_err(|e| refused(Refusal::Unreachable, organisation_id, e))
}

fn end_session_of(metadata: &ProviderMetadataWithLogout) -> Option<String> {
    metadata
        .additional_metadata()
        .end_session_endpoint
        .as_ref()
        .map(|url| url.url().to_string())
}

/// The OpenID Connect client Lotse is at an organisation's provider, as its discovery
/// document describes the provider now.
type ProviderClient = CoreClient<
    EndpointSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointNotSet,
    EndpointMaybeSet,
    EndpointMaybeSet,
>;

struct Connected {
    client: ProviderClient,
    http: openidconnect::reqwest::Client,
    /// The issuer as the provider names itself (what bindings are kept under).
    issuer: String,
    subject_claim: String,
}

/// The organisation's provider, configured and switched on, read afresh (its discovery
/// document and keys), with Lotse's return address. Its sign-out page is noted for later.
async fn connect(db: &Db, organisation_id: i64, return_url: &str) -> Result<Connected, Refusal> {
    let provider = configured(db, organisation_id).await?;
    let http = http_client()?;
    let metadata = discover(&http, &provider.issuer, organisation_id).await?;
    remember_sign_out(db, organisation_id, end_session_of(&metadata)).await?;
    let issuer = metadata.issuer().to_string();
    let redirect = RedirectUrl::new(return_url.to_owned())
        .map_err(|e| refused(Refusal::NotConfigured, organisation_id, e))?;
    let client = CoreClient::from_provider_metadata(
        metadata,
        ClientId::new(provider.client_id),
        Some(ClientSecret::new(provider.client_secret)),
    )
    .set_redirect_uri(redirect);
    Ok(Connected {
        client,
        http,
        issuer,
        subject_claim: provider.subject_claim,
    })
}

/// Where to send the browser to sign in, and the value of the cookie that binds the sign-in
/// to it.
#[derive(Debug)]
pub struct Departure {
    pub location: String,
    pub browser_secret: String,
}

/// Starts a sign-in through the organisation's provider: reads its discovery document, keeps
/// state, nonce and PKCE verifier, and says where to send the browser. `return_url` is
/// Lotse's public address of [`RETURN_PATH`].
pub async fn depart(db: &Db, organisation_id: i64, return_url: &str) -> Result<Departure, Refusal> {
    let Connected { client, .. } = connect(db, organisation_id, return_url).await?;
    let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
    let (url, state, nonce) = client
        .authorize_url(
            CoreAuthenticationFlow::AuthorizationCode,
            CsrfToken::new_random,
            Nonce::new_random,
        )
        .add_scope(Scope::new("email".to_owned()))
        .add_scope(Scope::new("profile".to_owned()))
        .set_pkce_challenge(challenge)
        .url();
    let browser_secret = new_token();
    let now = now_ms();
    sqlx::query("DELETE FROM provider_sign_ins WHERE created_at < $1")
        .bind(now - PENDING_LIFETIME_MS)
        .execute(&db.pool)
        .await?;
    sqlx::query(
        "INSERT INTO provider_sign_ins
             (state_hash, browser_hash, organisation_id, nonce, pkce_verifier, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)",
    )
    .bind(token_hash(state.secret()))
    .bind(token_hash(&browser_secret))
    .bind(organisation_id)
    .bind(nonce.secret())
    .bind(verifier.secret())
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(Departure {
        location: url.to_string(),
        browser_secret,
    })
}

async fn remember_sign_out(
    db: &Db,
    organisation_id: i64,
    end_session: Option<String>,
) -> Result<(), Refusal> {
    sqlx::query(
        "UPDATE sign_in_providers SET end_session_endpoint = $1 WHERE organisation_id = $2",
    )
    .bind(end_session)
    .bind(organisation_id)
    .execute(&db.pool)
    .await?;
    Ok(())
}

/// What the provider sent the browser back with.
#[derive(Debug, Default, Clone, Deserialize)]
pub struct Arrival {
    pub state: Option<String>,
    pub code: Option<String>,
    pub error: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Pending {
    browser_hash: String,
    organisation_id: i64,
    nonce: String,
    pkce_verifier: String,
    created_at: i64,
}

/// The account a verified person at the provider signs in to.
#[derive(sqlx::FromRow)]
struct Account {
    id: i64,
    organisation_id: i64,
    active: i64,
}

/// Finishes a sign-in the provider sent back: takes its state (once), checks it came back to
/// the browser that started it, exchanges the code, checks the ID token and finds (or, the
/// first time, binds) the account. Returns a new full session's token.
pub async fn arrive(
    db: &Db,
    arrival: &Arrival,
    browser_secret: Option<&str>,
    return_url: &str,
    user_agent: &str,
) -> Result<String, Refusal> {
    let state = arrival.state.as_deref().unwrap_or_default();
    let pending = sqlx::query_as::<_, Pending>(
        "DELETE FROM provider_sign_ins WHERE state_hash = $1
         RETURNING browser_hash, organisation_id, nonce, pkce_verifier, created_at",
    )
    .bind(token_hash(state))
    .fetch_optional(&db.pool)
    .await?
    .ok_or_else(|| refused(Refusal::Failed, 0, "unknown or used state"))?;
    let organisation_id = pending.organisation_id;
    if browser_secret.map(token_hash).as_deref() != Some(pending.browser_hash.as_str()) {
        return Err(refused(Refusal::Failed, organisation_id, "another browser"));
    }
    if pending.created_at < now_ms() - PENDING_LIFETIME_MS {
        return Err(refused(Refusal::Failed, organisation_id, "state expired"));
    }
    if let Some(error) = &arrival.error {
        return Err(refused(Refusal::Cancelled, organisation_id, error));
    }
    let code = arrival
        .code
        .clone()
        .ok_or_else(|| refused(Refusal::Failed, organisation_id, "no code"))?;
    let Connected {
        client,
        http,
        issuer,
        subject_claim,
    } = connect(db, organisation_id, return_url).await?;
    let tokens = client
        .exchange_code(AuthorizationCode::new(code))
        .map_err(|e| refused(Refusal::Unreachable, organisation_id, e))?
        .set_pkce_verifier(PkceCodeVerifier::new(pending.pkce_verifier))
        .request_async(&http)
        .await
        .map_err(|e| {
            refused(
                Refusal::Failed,
                organisation_id,
                format!("code exchange: {e:?}"),
            )
        })?;
    let id_token: FullIdToken = tokens
        .id_token()
        .ok_or_else(|| refused(Refusal::Failed, organisation_id, "no ID token"))?
        .to_string()
        .parse()
        .map_err(|e| refused(Refusal::Failed, organisation_id, e))?;
    let verifier = client
        .id_token_verifier()
        .set_time_fn(|| chrono::Utc::now() - chrono::Duration::seconds(CLOCK_SKEW_SECONDS));
    let claims = id_token
        .claims(&verifier, &Nonce::new(pending.nonce))
        .map_err(|e| refused(Refusal::Failed, organisation_id, format!("ID token: {e}")))?;
    let subject = match subject_claim.as_str() {
        "sub" => Some(claims.subject().as_str().to_owned()),
        other => match claims.additional_claims().0.get(other) {
            Some(serde_json::Value::String(s)) if !s.is_empty() => Some(s.clone()),
            Some(serde_json::Value::Number(n)) => Some(n.to_string()),
            _ => None,
        },
    }
    .ok_or_else(|| refused(Refusal::Failed, organisation_id, "no identifying claim"))?;
    let verified_email = claims
        .email()
        .filter(|_| claims.email_verified() == Some(true))
        .map(|e| e.as_str().trim().to_lowercase());
    let (account, first_time) =
        account_for(db, organisation_id, &issuer, &subject, verified_email).await?;
    if account.organisation_id != organisation_id {
        return Err(refused(
            Refusal::NoAccount,
            organisation_id,
            "account of another organisation",
        ));
    }
    if account.active == 0 {
        return Err(refused(Refusal::Deactivated, organisation_id, account.id));
    }
    if first_time {
        bind(db, organisation_id, account.id, &issuer, &subject).await?;
    }
    sqlx::query("UPDATE users SET last_sign_in_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(account.id)
        .execute(&db.pool)
        .await?;
    Ok(sessions::start(
        db,
        account.id,
        SignInMethod::Provider,
        sessions::Stage::Full,
        user_agent,
    )
    .await?)
}

/// The account bound to this person at this provider (`false`); the first time, the account
/// of the organisation with the provider's verified e-mail address (`true`: to be bound).
async fn account_for(
    db: &Db,
    organisation_id: i64,
    issuer: &str,
    subject: &str,
    verified_email: Option<String>,
) -> Result<(Account, bool), Refusal> {
    let bound = sqlx::query_as::<_, Account>(
        "SELECT u.id, u.organisation_id, u.active FROM user_identities i
         JOIN users u ON u.id = i.user_id
         WHERE i.issuer = $1 AND i.subject = $2",
    )
    .bind(issuer)
    .bind(subject)
    .fetch_optional(&db.pool)
    .await?;
    if let Some(account) = bound {
        return Ok((account, false));
    }
    let email = verified_email
        .ok_or_else(|| refused(Refusal::Unverified, organisation_id, "e-mail not verified"))?;
    let account = sqlx::query_as::<_, Account>(
        "SELECT id, organisation_id, active FROM users WHERE email = $1 AND organisation_id = $2",
    )
    .bind(&email)
    .bind(organisation_id)
    .fetch_optional(&db.pool)
    .await?
    .ok_or_else(|| {
        refused(
            Refusal::NoAccount,
            organisation_id,
            "no account with this e-mail",
        )
    })?;
    Ok((account, true))
}

/// Binds the account to the person at the provider. An account already bound to another
/// person there stays theirs; a binding to a provider the organisation no longer uses (its
/// issuer changed) gives way.
async fn bind(
    db: &Db,
    organisation_id: i64,
    user_id: i64,
    issuer: &str,
    subject: &str,
) -> Result<(), Refusal> {
    sqlx::query("DELETE FROM user_identities WHERE user_id = $1 AND issuer <> $2")
        .bind(user_id)
        .bind(issuer)
        .execute(&db.pool)
        .await?;
    let bound = sqlx::query(
        "INSERT INTO user_identities (user_id, issuer, subject, bound_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING",
    )
    .bind(user_id)
    .bind(issuer)
    .bind(subject)
    .bind(now_ms())
    .execute(&db.pool)
    .await?
    .rows_affected();
    if bound == 0 {
        return Err(refused(
            Refusal::NoAccount,
            organisation_id,
            "account bound to another subject",
        ));
    }
    Ok(())
}

/// Where a user who signed out of Lotse can also sign out at their provider (if it publishes
/// a sign-out page): back to Lotse's sign-in page afterwards.
pub async fn provider_sign_out(
    db: &Db,
    organisation_id: i64,
    sign_in_url: &str,
) -> Result<Option<String>, AppError> {
    let row = sqlx::query_as::<_, (String, Option<String>)>(
        "SELECT client_id, end_session_endpoint FROM sign_in_providers
         WHERE organisation_id = $1 AND enabled = 1",
    )
    .bind(organisation_id)
    .fetch_optional(&db.pool)
    .await?;
    let Some((client_id, Some(endpoint))) = row else {
        return Ok(None);
    };
    let (Ok(endpoint), Ok(back)) = (
        url_of(&endpoint).map(openidconnect::EndSessionUrl::from_url),
        PostLogoutRedirectUrl::new(sign_in_url.to_owned()),
    ) else {
        return Ok(None);
    };
    Ok(Some(
        LogoutRequest::from(endpoint)
            .set_client_id(ClientId::new(client_id))
            .set_post_logout_redirect_uri(back)
            .http_get_url()
            .to_string(),
    ))
}

fn url_of(raw: &str) -> Result<openidconnect::url::Url, openidconnect::url::ParseError> {
    openidconnect::url::Url::parse(raw)
}

/// The organisation whose provider signed this session in, if it was signed in that way (so
/// that signing out can offer the provider's sign-out too).
pub async fn provider_of_session(db: &Db, token: &str) -> Result<Option<i64>, AppError> {
    Ok(sqlx::query_scalar::<_, i64>(
        "SELECT u.organisation_id FROM sessions s JOIN users u ON u.id = s.user_id
         JOIN sign_in_providers p ON p.organisation_id = u.organisation_id
         WHERE s.token_hash = $1 AND s.signed_in_with = 'provider'
           AND p.end_session_endpoint IS NOT NULL",
    )
    .bind(token_hash(token))
    .fetch_optional(&db.pool)
    .await?)
}

/// The organisations whose staff can sign in through a provider (the sign-in page's buttons).
pub async fn sign_in_choices(db: &Db) -> Result<Vec<SignInProvider>, AppError> {
    let rows = sqlx::query_as::<_, (i64, String)>(
        "SELECT o.id, o.name FROM sign_in_providers p JOIN organisations o ON o.id = p.organisation_id
         WHERE p.enabled = 1 ORDER BY o.name, o.id",
    )
    .fetch_all(&db.pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(organisation_id, organisation_name)| SignInProvider {
            organisation_id,
            organisation_name,
        })
        .collect())
}

/// Whether this user's password sign-in is refused because their organisation signs in
/// through its provider. Administrators keep their password (and second factor), so that a
/// provider that fails or is misconfigured can be fixed.
pub async fn password_refused(db: &Db, user_id: i64) -> Result<bool, AppError> {
    let count = sqlx::query_scalar::<_, i64>(
        "SELECT COUNT(*) FROM users u JOIN sign_in_providers p ON p.organisation_id = u.organisation_id
         WHERE u.id = $1 AND p.enabled = 1 AND u.role <> 'administrator'",
    )
    .bind(user_id)
    .fetch_one(&db.pool)
    .await?;
    Ok(count > 0)
}

#[derive(sqlx::FromRow)]
struct OverviewRow {
    organisation_id: i64,
    organisation_name: String,
    issuer: Option<String>,
    client_id: Option<String>,
    subject_claim: Option<String>,
    enabled: Option<i64>,
    end_session_endpoint: Option<String>,
    bound_accounts: i64,
}

/// Administrators: every organisation and its provider, if it has one.
pub async fn overview(db: &Db, actor: &CurrentUser) -> Result<Vec<OrganisationProvider>, AppError> {
    let (mut tx, grant) = policy::sign_in_providers(db, actor).await?;
    let rows = sqlx::query_as::<_, OverviewRow>(
        "SELECT o.id AS organisation_id, o.name AS organisation_name, p.issuer, p.client_id,
                p.subject_claim, p.enabled, p.end_session_endpoint,
                (SELECT COUNT(*) FROM user_identities i JOIN users u ON u.id = i.user_id
                 WHERE u.organisation_id = o.id AND i.issuer = p.issuer) AS bound_accounts
         FROM organisations o
         LEFT JOIN sign_in_providers p ON p.organisation_id = o.id
         ORDER BY o.name, o.id",
    )
    .fetch_all(&mut *tx)
    .await?;
    grant
        .audit(&mut tx, "sign-in-providers", None, "list")
        .await?;
    tx.commit().await?;
    Ok(rows
        .into_iter()
        .map(|row| OrganisationProvider {
            organisation_id: row.organisation_id,
            organisation_name: row.organisation_name,
            provider: row.issuer.map(|issuer| ProviderSettings {
                issuer,
                client_id: row.client_id.unwrap_or_default(),
                subject_claim: row.subject_claim.unwrap_or_default(),
                enabled: row.enabled == Some(1),
                offers_sign_out: row.end_session_endpoint.is_some(),
                bound_accounts: row.bound_accounts,
            }),
        })
        .collect())
}

/// What an administrator types to configure an organisation's provider. An empty secret
/// keeps the one stored.
#[derive(Debug, Clone, Default)]
pub struct ProviderForm {
    pub issuer: String,
    pub client_id: String,
    pub client_secret: String,
    pub subject_claim: String,
    pub enabled: bool,
}

/// An issuer is an `https` address; plain `http` only on this machine (a test provider).
fn checked_issuer(raw: &str) -> Result<String, AppError> {
    let issuer = raw.trim().trim_end_matches('/').to_owned();
    let invalid = || AppError::invalid("issuer", "error-provider-issuer");
    let url = url_of(&issuer).map_err(|_| invalid())?;
    let local = matches!(url.host_str(), Some("127.0.0.1" | "localhost" | "[::1]"));
    let secure = url.scheme() == "https" || (url.scheme() == "http" && local);
    if !secure || url.query().is_some() || url.fragment().is_some() || issuer.len() > 500 {
        return Err(invalid());
    }
    Ok(issuer)
}

fn short_text(raw: &str, field: &str, max_chars: usize) -> Result<String, AppError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(AppError::invalid(field, "error-required"));
    }
    if text.chars().count() > max_chars || text.chars().any(char::is_control) {
        return Err(AppError::invalid(field, "error-too-long"));
    }
    Ok(text.to_owned())
}

/// Administrators: configures (or changes) an organisation's provider. The provider's
/// discovery document is read first, so that a mistyped issuer is said at once, not at the
/// next sign-in. Audited; the stored secret stays when none is typed.
pub async fn save(
    db: &Db,
    actor: &CurrentUser,
    organisation_id: i64,
    form: ProviderForm,
) -> Result<(), AppError> {
    // Asked (and a refusal audited) before the provider is; the transaction is taken again
    // for the write, so that none is held open while the provider answers.
    drop(policy::sign_in_providers(db, actor).await?);
    let issuer = checked_issuer(&form.issuer)?;
    let client_id = short_text(&form.client_id, "client_id", 300)?;
    let subject_claim = match form.subject_claim.trim() {
        "" => "sub".to_owned(),
        claim => short_text(claim, "subject_claim", 100)?,
    };
    let secret = form.client_secret.trim().to_owned();
    if secret.chars().count() > 500 {
        return Err(AppError::invalid("client_secret", "error-too-long"));
    }
    let http =
        http_client().map_err(|_| AppError::invalid("issuer", "error-provider-unreachable"))?;
    let metadata = discover(&http, &issuer, organisation_id)
        .await
        .map_err(|_| AppError::invalid("issuer", "error-provider-unreachable"))?;
    let end_session = end_session_of(&metadata);
    let (mut tx, grant) = policy::sign_in_providers(db, actor).await?;
    let organisation =
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM organisations WHERE id = $1")
            .bind(organisation_id)
            .fetch_one(&mut *tx)
            .await?;
    if organisation == 0 {
        drop(tx);
        return Err(policy::no_such_record(db, actor, "organisation", organisation_id).await);
    }
    let stored_secret = sqlx::query_scalar::<_, String>(
        "SELECT client_secret FROM sign_in_providers WHERE organisation_id = $1",
    )
    .bind(organisation_id)
    .fetch_optional(&mut *tx)
    .await?;
    let secret = match (secret.is_empty(), stored_secret) {
        (false, _) => secret,
        (true, Some(stored)) => stored,
        (true, None) => {
            drop(tx);
            return Err(AppError::invalid("client_secret", "error-required"));
        }
    };
    sqlx::query(
        "INSERT INTO sign_in_providers (organisation_id, issuer, client_id, client_secret,
                                        subject_claim, end_session_endpoint, enabled, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (organisation_id) DO UPDATE SET
             issuer = excluded.issuer, client_id = excluded.client_id,
             client_secret = excluded.client_secret, subject_claim = excluded.subject_claim,
             end_session_endpoint = excluded.end_session_endpoint, enabled = excluded.enabled,
             updated_at = excluded.updated_at",
    )
    .bind(organisation_id)
    .bind(&issuer)
    .bind(&client_id)
    .bind(&secret)
    .bind(&subject_claim)
    .bind(end_session)
    .bind(i64::from(form.enabled))
    .bind(now_ms())
    .execute(&mut *tx)
    .await?;
    grant
        .audit(
            &mut tx,
            "organisation",
            Some(organisation_id),
            "configure-sign-in-provider",
        )
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Administrators: the organisation's staff sign in with their password again. The bindings
/// stay (a provider configured again with the same issuer finds its people again).
pub async fn remove(db: &Db, actor: &CurrentUser, organisation_id: i64) -> Result<(), AppError> {
    let (mut tx, grant) = policy::sign_in_providers(db, actor).await?;
    let removed = sqlx::query("DELETE FROM sign_in_providers WHERE organisation_id = $1")
        .bind(organisation_id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    if removed == 0 {
        drop(tx);
        return Err(policy::no_such_record(db, actor, "sign-in-provider", organisation_id).await);
    }
    grant
        .audit(
            &mut tx,
            "organisation",
            Some(organisation_id),
            "remove-sign-in-provider",
        )
        .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_issuer_is_https_or_plain_http_on_this_machine_only() {
        assert_eq!(
            checked_issuer(" https://login.stadt.example/realms/lotse/ ").unwrap(),
            "https://login.stadt.example/realms/lotse"
        );
        assert!(checked_issuer("http://127.0.0.1:4000").is_ok());
        assert!(checked_issuer("http://login.stadt.example").is_err());
        assert!(checked_issuer("login.stadt.example").is_err());
        assert!(checked_issuer("https://login.stadt.example/?x=1").is_err());
    }

    #[test]
    fn every_refusal_has_a_message() {
        for refusal in [
            Refusal::NotConfigured,
            Refusal::Unreachable,
            Refusal::Cancelled,
            Refusal::Failed,
            Refusal::NoAccount,
            Refusal::Unverified,
            Refusal::Deactivated,
        ] {
            assert!(crate::models::provider_refusal_message(refusal.code()).is_some());
        }
        assert_eq!(crate::models::provider_refusal_message("<script>"), None);
    }
}
