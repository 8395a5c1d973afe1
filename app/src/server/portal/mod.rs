//! The client portal: access letters and client sign-in (a code from the letter, then a PIN
//! or passphrase), client sessions, and what a client sees and does with their own data.
//! Every reading function asks [`policy::portal`] first and audits in the same transaction;
//! every id a client sends is checked to be theirs by [`policy::portal_record`].

use std::collections::BTreeMap;
use std::net::IpAddr;

use rand::Rng;
use sha2::{Digest, Sha256};
use sqlx::AnyConnection;

use crate::error::AppError;
use crate::i18n::koeln_date;
use crate::models::{
    locale_for_language, CasePortal, CurrentUser, PortalAccessDay, PortalAccessOrganisation,
    PortalAccessState, PortalAppointment, PortalAppointments, PortalClient, PortalConsent,
    PortalCorrection, PortalGoal, PortalLetter, PortalPlan, PortalReferral, PortalSignInOutcome,
    PortalStep, StaffText, TranslatableText, CORRECTION_TOPICS,
};
use crate::models::{ConsentCategory, StepStatus};
use crate::server::infra::context::SessionSettings;
use crate::server::infra::db::{now_ms, Db, Tx};
use crate::server::infra::throttle::{self, Door};
use crate::server::policy;
use crate::server::{
    admin::catalogues, casework::cases, casework::plans, infra::input, infra::passwords,
};

pub const PORTAL_COOKIE: &str = "lotse_portal";

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

pub fn code_hash(raw: &str) -> String {
    hex::encode(Sha256::digest(normalise_code(raw).as_bytes()))
}

/// A PIN is at least 6 digits and not one digit repeated or a plain run (123456); anything
/// else is a passphrase of at least 12 characters.
pub fn check_new_secret(secret: &str) -> Result<(), &'static str> {
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

// ---------------------------------------------------------------------------------------
// Case manager side: letters, blocking, translations.

/// Issues a new access letter for the client of a case. Any earlier code and PIN stop
/// working, and the client's portal sessions end.
pub async fn issue_letter(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    address: &str,
) -> Result<PortalLetter, AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let head = cases::head(&mut tx, case_id).await?;
    let code = new_code();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO portal_access (client_id, code_hash, secret_hash, issued_by, issued_at,
             activated_at, last_sign_in_at, blocked, updated_at)
         VALUES ($1, $2, NULL, $3, $4, NULL, NULL, 0, $4)
         ON CONFLICT (client_id) DO UPDATE SET code_hash = excluded.code_hash,
             secret_hash = NULL, issued_by = excluded.issued_by, issued_at = excluded.issued_at,
             activated_at = NULL, last_sign_in_at = NULL, blocked = 0,
             updated_at = excluded.updated_at",
    )
    .bind(scope.client_id)
    .bind(code_hash(&code))
    .bind(actor.id)
    .bind(now)
    .execute(&mut *tx)
    .await?;
    sqlx::query("DELETE FROM portal_sessions WHERE client_id = $1")
        .bind(scope.client_id)
        .execute(&mut *tx)
        .await?;
    grant
        .audit(&mut tx, "portal-access", Some(scope.client_id), "create")
        .await?;
    tx.commit().await?;
    Ok(PortalLetter {
        qr_svg: qr_svg(address),
        address: address.to_owned(),
        code,
        client_name: head.client_name,
        language: locale_for_language(head.preferred_language.as_deref()).to_owned(),
    })
}

/// The portal address as an SVG QR code (error correction M, quiet zone included).
pub fn qr_svg(address: &str) -> String {
    use qrcode::render::svg;
    match qrcode::QrCode::with_error_correction_level(address.as_bytes(), qrcode::EcLevel::M) {
        Ok(code) => code
            .render::<svg::Color>()
            .min_dimensions(160, 160)
            .dark_color(svg::Color("#000000"))
            .light_color(svg::Color("#ffffff"))
            .build()
            // Inline in the page: the XML declaration has no place there.
            .split_once("<svg")
            .map(|(_, rest)| format!("<svg{rest}"))
            .unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// Blocks the client's portal access (their sessions end at once) or lifts the block.
pub async fn set_blocked(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    blocked: bool,
) -> Result<(), AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let changed =
        sqlx::query("UPDATE portal_access SET blocked = $1, updated_at = $2 WHERE client_id = $3")
            .bind(i64::from(blocked))
            .bind(now_ms())
            .bind(scope.client_id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
    if changed == 0 {
        return Err(AppError::NotFound);
    }
    if blocked {
        sqlx::query("DELETE FROM portal_sessions WHERE client_id = $1")
            .bind(scope.client_id)
            .execute(&mut *tx)
            .await?;
    }
    grant
        .audit(&mut tx, "portal-access", Some(scope.client_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}

async fn access_state(
    conn: &mut AnyConnection,
    client_id: i64,
) -> Result<PortalAccessState, AppError> {
    let row = sqlx::query_as::<_, (i64, Option<i64>, Option<i64>, i64)>(
        "SELECT issued_at, activated_at, last_sign_in_at, blocked FROM portal_access
         WHERE client_id = $1",
    )
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(match row {
        None => PortalAccessState::None,
        Some((_, _, _, blocked)) if blocked != 0 => PortalAccessState::Blocked,
        Some((issued_at, None, _, _)) => PortalAccessState::Issued { issued_at },
        Some((_, Some(activated_at), last_sign_in_at, _)) => PortalAccessState::Active {
            activated_at,
            last_sign_in_at,
        },
    })
}

/// Staff-written texts of a case's plan and appointments that a client reads in the portal.
const TRANSLATABLE: &str = "
    SELECT 'goal' AS kind, g.id, 'plain_wording' AS field,
           CASE WHEN g.plain_wording <> '' THEN g.plain_wording ELSE g.client_words END AS text
    FROM goals g WHERE g.case_id = $1 AND (g.plain_wording <> '' OR g.client_words <> '')
    UNION ALL
    SELECT 'step', s.id, 'detail', s.detail FROM steps s WHERE s.case_id = $1 AND s.detail <> ''
    UNION ALL
    SELECT 'appointment', a.id, 'place', a.place FROM appointments a WHERE a.case_id = $1
    UNION ALL
    SELECT 'appointment', a.id, 'bring', a.bring FROM appointments a
    WHERE a.case_id = $1 AND a.bring IS NOT NULL AND a.bring <> ''
    UNION ALL
    SELECT 'appointment', a.id, 'note', a.note FROM appointments a
    WHERE a.case_id = $1 AND a.note IS NOT NULL AND a.note <> ''";

/// Translations entered for records: record -> field -> [(language, text)].
type Translations = BTreeMap<(String, String), Vec<(String, String)>>;

async fn translations_of(
    conn: &mut AnyConnection,
    records: &[String],
) -> Result<Translations, AppError> {
    let mut map = Translations::new();
    if records.is_empty() {
        return Ok(map);
    }
    // One bind parameter per record: the keys are built here, but no text goes into SQL.
    let params: Vec<String> = (1..=records.len()).map(|i| format!("${i}")).collect();
    let sql = format!(
        "SELECT record, field, language, text FROM text_translations WHERE record IN ({})
         ORDER BY language",
        params.join(", ")
    );
    let mut query = sqlx::query_as::<_, (String, String, String, String)>(&sql);
    for record in records {
        query = query.bind(record);
    }
    let rows = query.fetch_all(&mut *conn).await?;
    for (record, field, language, text) in rows {
        map.entry((record, field))
            .or_default()
            .push((language, text));
    }
    Ok(map)
}

fn staff_text(map: &Translations, record: &str, field: &str, original: String) -> StaffText {
    StaffText {
        translations: map
            .get(&(record.to_owned(), field.to_owned()))
            .cloned()
            .unwrap_or_default(),
        original,
    }
}

/// The case's Portal tab: the state of access and the texts to translate.
pub async fn case_portal(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
) -> Result<CasePortal, AppError> {
    let (mut tx, grant, scope) = policy::case(db, actor, case_id).await?;
    let head = cases::head(&mut tx, case_id).await?;
    let access = access_state(&mut tx, scope.client_id).await?;
    let rows = sqlx::query_as::<_, (String, i64, String, String)>(TRANSLATABLE)
        .bind(case_id)
        .fetch_all(&mut *tx)
        .await?;
    let records: Vec<String> = rows.iter().map(|r| format!("{}:{}", r.0, r.1)).collect();
    let map = translations_of(&mut tx, &records).await?;
    let texts = rows
        .into_iter()
        .map(|(kind, id, field, text)| {
            let record = format!("{kind}:{id}");
            TranslatableText {
                text: staff_text(&map, &record, &field, text),
                record,
                field,
            }
        })
        .collect();
    grant
        .audit(&mut tx, "portal", Some(case_id), "read")
        .await?;
    tx.commit().await?;
    Ok(CasePortal {
        client_language: locale_for_language(head.preferred_language.as_deref()).to_owned(),
        head,
        access,
        texts,
    })
}

/// Saves (or, when empty, removes) the translation of one staff text of the case.
pub async fn save_translation(
    db: &Db,
    actor: &CurrentUser,
    case_id: i64,
    record: &str,
    field: &str,
    language: &str,
    text: &str,
) -> Result<(), AppError> {
    let (mut tx, grant, _) = policy::case(db, actor, case_id).await?;
    let language = crate::i18n::find(language)
        .filter(|l| l.id != "de")
        .ok_or_else(|| AppError::invalid("language", "error-choose-option"))?
        .id;
    let text = input::optional(text, "translation", 2_000)?;
    let rows = sqlx::query_as::<_, (String, i64, String, String)>(TRANSLATABLE)
        .bind(case_id)
        .fetch_all(&mut *tx)
        .await?;
    if !rows
        .iter()
        .any(|r| format!("{}:{}", r.0, r.1) == record && r.2 == field)
    {
        return Err(AppError::invalid("record", "error-choose-from-list"));
    }
    sqlx::query("DELETE FROM text_translations WHERE record = $1 AND field = $2 AND language = $3")
        .bind(record)
        .bind(field)
        .bind(language)
        .execute(&mut *tx)
        .await?;
    if let Some(text) = text {
        sqlx::query(
            "INSERT INTO text_translations (record, field, language, text, updated_by, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(record)
        .bind(field)
        .bind(language)
        .bind(text)
        .bind(actor.id)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    }
    grant
        .audit(&mut tx, "portal-translation", Some(case_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}

// ---------------------------------------------------------------------------------------
// Client sign-in and sessions.

#[derive(sqlx::FromRow)]
struct AccessRow {
    client_id: i64,
    secret_hash: Option<String>,
    blocked: i64,
}

/// Signs a client in with the code from their letter. The first time (no PIN yet) a form
/// without the repetition field answers `ChoosePin`; a PIN with its repetition then sets it. Failures are counted per
/// code and address like staff sign-ins, and refused with `Throttled` when too many.
pub async fn sign_in(
    db: &Db,
    code: &str,
    pin: &str,
    pin_repeat: Option<&str>,
    ip: Option<IpAddr>,
) -> Result<(PortalSignInOutcome, Option<String>), AppError> {
    if normalise_code(code).is_empty() {
        return Err(AppError::invalid("code", "error-required"));
    }
    let hash = code_hash(code);
    let attempt = throttle::attempt(db, Door::PortalSignIn, &hash, ip).await?;
    let found = sqlx::query_as::<_, AccessRow>(
        "SELECT client_id, secret_hash, blocked FROM portal_access WHERE code_hash = $1",
    )
    .bind(&hash)
    .fetch_optional(&db.pool)
    .await?;
    let wrong = || AppError::invalid("pin", "error-portal-credentials");
    let Some(access) = found else {
        // Spend the time of a verification, so unknown codes do not answer faster.
        let _ = passwords::verify(pin.to_owned(), None).await?;
        attempt.failed(db).await?;
        return Err(wrong());
    };
    if access.blocked != 0 {
        return Err(AppError::invalid("code", "error-portal-blocked"));
    }
    let now = now_ms();
    match access.secret_hash {
        None => {
            // The code alone is right: choosing the PIN is not a guess.
            attempt.succeeded(db).await?;
            let Some(pin_repeat) = pin_repeat else {
                return Ok((PortalSignInOutcome::ChoosePin, None));
            };
            check_new_secret(pin).map_err(|id| AppError::invalid("pin", id))?;
            if pin.trim() != pin_repeat.trim() {
                return Err(AppError::invalid("pin_repeat", "error-portal-pin-mismatch"));
            }
            let secret = passwords::hash(pin.trim().to_owned()).await?;
            sqlx::query(
                "UPDATE portal_access SET secret_hash = $1, activated_at = $2, updated_at = $2
                 WHERE client_id = $3 AND secret_hash IS NULL",
            )
            .bind(secret)
            .bind(now)
            .bind(access.client_id)
            .execute(&db.pool)
            .await?;
        }
        Some(stored) => {
            if !passwords::verify(pin.trim().to_owned(), Some(stored)).await? {
                attempt.failed(db).await?;
                return Err(wrong());
            }
            attempt.succeeded(db).await?;
        }
    }
    sqlx::query("UPDATE portal_access SET last_sign_in_at = $1 WHERE client_id = $2")
        .bind(now)
        .bind(access.client_id)
        .execute(&db.pool)
        .await?;
    let language: Option<String> =
        sqlx::query_scalar("SELECT preferred_language FROM clients WHERE id = $1")
            .bind(access.client_id)
            .fetch_optional(&db.pool)
            .await?
            .flatten();
    let token = start_session(db, access.client_id).await?;
    Ok((
        PortalSignInOutcome::SignedIn {
            language: locale_for_language(language.as_deref()).to_owned(),
        },
        Some(token),
    ))
}

async fn start_session(db: &Db, client_id: i64) -> Result<String, AppError> {
    let token = crate::server::infra::sessions::new_token();
    let now = now_ms();
    sqlx::query(
        "INSERT INTO portal_sessions (token_hash, client_id, created_at, last_seen_at)
         VALUES ($1, $2, $3, $3)",
    )
    .bind(crate::server::infra::sessions::token_hash(&token))
    .bind(client_id)
    .bind(now)
    .execute(&db.pool)
    .await?;
    Ok(token)
}

#[derive(sqlx::FromRow)]
struct ClientSessionRow {
    client_id: i64,
    created_at: i64,
    last_seen_at: i64,
    given_names: String,
    preferred_language: Option<String>,
}

/// The client behind a portal session token, if the session is not idle for longer than
/// the (shorter) client timeout and the access is neither blocked nor replaced.
pub async fn resume(
    db: &Db,
    settings: &SessionSettings,
    token: &str,
) -> Result<Option<PortalClient>, AppError> {
    let hash = crate::server::infra::sessions::token_hash(token);
    let row = sqlx::query_as::<_, ClientSessionRow>(
        "SELECT s.client_id, s.created_at, s.last_seen_at, c.given_names, c.preferred_language
         FROM portal_sessions s
         JOIN portal_access a ON a.client_id = s.client_id
         JOIN clients c ON c.id = s.client_id
         WHERE s.token_hash = $1 AND a.blocked = 0 AND a.secret_hash IS NOT NULL",
    )
    .bind(&hash)
    .fetch_optional(&db.pool)
    .await?;
    let now = now_ms();
    let idle = settings.client_idle_timeout.as_millis() as i64;
    let lifetime = settings.client_max_lifetime.as_millis() as i64;
    let Some(row) = row.filter(|r| now - r.last_seen_at <= idle && now - r.created_at <= lifetime)
    else {
        sqlx::query("DELETE FROM portal_sessions WHERE token_hash = $1")
            .bind(&hash)
            .execute(&db.pool)
            .await?;
        return Ok(None);
    };
    if now - row.last_seen_at > 30_000 {
        sqlx::query("UPDATE portal_sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(now)
            .bind(&hash)
            .execute(&db.pool)
            .await?;
    }
    let language = locale_for_language(row.preferred_language.as_deref());
    Ok(Some(PortalClient {
        client_id: row.client_id,
        first_name: row.given_names,
        language: (language != "de" || row.preferred_language.as_deref() == Some("deu"))
            .then(|| language.to_owned()),
    }))
}

pub async fn end_session(db: &Db, token: &str) -> Result<(), AppError> {
    sqlx::query("DELETE FROM portal_sessions WHERE token_hash = $1")
        .bind(crate::server::infra::sessions::token_hash(token))
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// Removes portal sessions idle for longer than the client timeout or older than their
/// lifetime (the server's tick).
pub async fn purge_sessions(db: &Db, settings: &SessionSettings) -> Result<(), AppError> {
    let now = now_ms();
    sqlx::query("DELETE FROM portal_sessions WHERE last_seen_at < $1 OR created_at < $2")
        .bind(now - settings.client_idle_timeout.as_millis() as i64)
        .bind(now - settings.client_max_lifetime.as_millis() as i64)
        .execute(&db.pool)
        .await?;
    Ok(())
}

/// The cookies a sign-in sets: the portal session when one began, and the client's language
/// once signed in, so that the interface switches to it.
pub fn sign_in_cookies(
    outcome: &PortalSignInOutcome,
    token: Option<&str>,
    settings: &SessionSettings,
) -> Vec<String> {
    let mut cookies: Vec<String> = token.map(|t| cookie(t, settings)).into_iter().collect();
    if let PortalSignInOutcome::SignedIn { language } = outcome {
        cookies.push(format!(
            "{}={language}; Path=/; Max-Age=31536000; SameSite=Lax",
            crate::i18n::LANGUAGE_COOKIE
        ));
    }
    cookies
}

pub fn cookie(token: &str, settings: &SessionSettings) -> String {
    crate::server::infra::sessions::cookie_named(PORTAL_COOKIE, token, settings)
}

pub fn removal_cookie(settings: &SessionSettings) -> String {
    crate::server::infra::sessions::removal_cookie_named(PORTAL_COOKIE, settings)
}

// ---------------------------------------------------------------------------------------
// What the client sees.

const CLIENT_CASES: &str = "SELECT id FROM cases WHERE client_id = $1";

#[derive(sqlx::FromRow)]
struct StepRow {
    id: i64,
    goal_id: i64,
    service_type: String,
    detail: String,
    responsible_kind: String,
    organisation: Option<String>,
    due_date: Option<String>,
    status: String,
}

async fn plan_in(tx: &mut Tx, client: &PortalClient) -> Result<PortalPlan, AppError> {
    let goals = sqlx::query_as::<
        _,
        (
            i64,
            String,
            String,
            String,
            Option<String>,
            String,
            Option<String>,
        ),
    >(&format!(
        "SELECT g.id, g.domain, g.plain_wording, g.client_words, g.target_date, g.status,
                    g.template
             FROM goals g WHERE g.case_id IN ({CLIENT_CASES})
             ORDER BY g.target_date IS NULL, g.target_date, g.id"
    ))
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    let steps = sqlx::query_as::<_, StepRow>(&format!(
        "SELECT s.id, s.goal_id, s.service_type, s.detail, s.responsible_kind,
                o.name AS organisation, s.due_date, s.status
         FROM steps s LEFT JOIN organisations o ON o.id = s.responsible_organisation_id
         WHERE s.case_id IN ({CLIENT_CASES})
         ORDER BY s.due_date IS NULL, s.due_date, s.id"
    ))
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    let mut records: Vec<String> = goals.iter().map(|g| format!("goal:{}", g.0)).collect();
    records.extend(steps.iter().map(|s| format!("step:{}", s.id)));
    let map = translations_of(tx, &records).await?;
    let steps: Vec<PortalStep> = steps
        .into_iter()
        .map(|s| {
            let record = format!("step:{}", s.id);
            let open = !StepStatus::parse(&s.status).is_some_and(StepStatus::is_finished);
            PortalStep {
                id: s.id,
                goal_id: s.goal_id,
                detail: (!s.detail.trim().is_empty())
                    .then(|| staff_text(&map, &record, "detail", s.detail)),
                mine: open && s.responsible_kind == "client",
                service_type: s.service_type,
                responsible_kind: s.responsible_kind,
                organisation: s.organisation,
                due_date: s.due_date,
                status: s.status,
            }
        })
        .collect();
    let next = steps.iter().filter(|s| s.mine).cloned().collect();
    let goals = goals
        .into_iter()
        .map(
            |(id, domain, plain, words, target_date, status, template)| {
                let wording = if plain.trim().is_empty() {
                    words
                } else {
                    plain
                };
                PortalGoal {
                    wording: (!wording.trim().is_empty())
                        .then(|| staff_text(&map, &format!("goal:{id}"), "plain_wording", wording)),
                    template: template.filter(|t| !t.is_empty()),
                    steps: steps.iter().filter(|s| s.goal_id == id).cloned().collect(),
                    id,
                    domain,
                    target_date,
                    status,
                }
            },
        )
        .collect();
    Ok(PortalPlan {
        first_name: client.first_name.clone(),
        next,
        goals,
        custom: catalogues::custom_entries_in(tx).await?,
    })
}

/// My plan: goals and steps, my own open steps first.
pub async fn plan(db: &Db, client: &PortalClient) -> Result<PortalPlan, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let plan = plan_in(&mut tx, client).await?;
    grant.audit(&mut tx, "plan", None, "read").await?;
    tx.commit().await?;
    Ok(plan)
}

#[derive(sqlx::FromRow)]
struct AppointmentRow {
    id: i64,
    on_date: String,
    at_time: Option<String>,
    place: String,
    organisation: Option<String>,
    bring: Option<String>,
    note: Option<String>,
    interpreter_needed: i64,
    interpreter_arranged: i64,
}

async fn appointments_in(
    tx: &mut Tx,
    client: &PortalClient,
) -> Result<PortalAppointments, AppError> {
    let rows = sqlx::query_as::<_, AppointmentRow>(&format!(
        "SELECT a.id, a.on_date, a.at_time, a.place, o.name AS organisation, a.bring, a.note,
                a.interpreter_needed, a.interpreter_arranged
         FROM appointments a LEFT JOIN organisations o ON o.id = a.organisation_id
         WHERE a.case_id IN ({CLIENT_CASES})
         ORDER BY a.on_date, a.at_time, a.id"
    ))
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    let records: Vec<String> = rows
        .iter()
        .map(|r| format!("appointment:{}", r.id))
        .collect();
    let map = translations_of(tx, &records).await?;
    let today = input::today().to_string();
    let (mut upcoming, mut past) = (Vec::new(), Vec::new());
    for r in rows {
        let record = format!("appointment:{}", r.id);
        let text = |field: &str, value: Option<String>| {
            value
                .filter(|v| !v.trim().is_empty())
                .map(|v| staff_text(&map, &record, field, v))
        };
        let appointment = PortalAppointment {
            id: r.id,
            place: staff_text(&map, &record, "place", r.place.clone()),
            bring: text("bring", r.bring),
            note: text("note", r.note),
            on_date: r.on_date,
            at_time: r.at_time,
            organisation: r.organisation,
            interpreter_needed: r.interpreter_needed != 0,
            interpreter_arranged: r.interpreter_arranged != 0,
        };
        if appointment.on_date >= today {
            upcoming.push(appointment);
        } else {
            past.push(appointment);
        }
    }
    past.reverse();
    Ok(PortalAppointments { upcoming, past })
}

pub async fn appointments(db: &Db, client: &PortalClient) -> Result<PortalAppointments, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let list = appointments_in(&mut tx, client).await?;
    grant.audit(&mut tx, "appointments", None, "read").await?;
    tx.commit().await?;
    Ok(list)
}

async fn referrals_in(tx: &mut Tx, client: &PortalClient) -> Result<Vec<PortalReferral>, AppError> {
    let rows = sqlx::query_as::<_, (i64, String, String, String, Option<String>, Option<String>)>(
        "SELECT r.id, o.name, r.purpose, r.status, r.seat, r.starts_on
             FROM referrals r JOIN organisations o ON o.id = r.organisation_id
             WHERE r.client_id = $1 ORDER BY r.sent_at DESC, r.id DESC",
    )
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(
            |(id, organisation, purpose, status, seat, starts_on)| PortalReferral {
                id,
                organisation,
                purpose,
                status,
                seat,
                starts_on,
            },
        )
        .collect())
}

/// My referrals and their state.
pub async fn referrals(db: &Db, client: &PortalClient) -> Result<Vec<PortalReferral>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let list = referrals_in(&mut tx, client).await?;
    grant.audit(&mut tx, "referrals", None, "read").await?;
    tx.commit().await?;
    Ok(list)
}

async fn consents_in(tx: &mut Tx, client: &PortalClient) -> Result<Vec<PortalConsent>, AppError> {
    let rows = sqlx::query_as::<_, (i64, String, String, String, Option<String>, Option<i64>)>(
        "SELECT c.id, o.name, c.purpose, c.valid_from, c.valid_until, c.revoked_at
         FROM consents c JOIN organisations o ON o.id = c.organisation_id
         WHERE c.client_id = $1 ORDER BY c.revoked_at IS NOT NULL, c.recorded_at DESC, c.id DESC",
    )
    .bind(client.client_id)
    .fetch_all(&mut **tx)
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.0).collect();
    let categories: Vec<(i64, String)> = if ids.is_empty() {
        Vec::new()
    } else {
        sqlx::query_as(&format!(
            "SELECT consent_id, category FROM consent_categories WHERE consent_id IN ({})",
            crate::server::infra::db::id_list(&ids)
        ))
        .fetch_all(&mut **tx)
        .await?
    };
    let today = input::today().to_string();
    Ok(rows
        .into_iter()
        .map(
            |(id, organisation, purpose, valid_from, valid_until, revoked_at)| {
                let expired = valid_until.as_deref().is_some_and(|u| u < today.as_str());
                PortalConsent {
                    categories: ConsentCategory::ALL
                        .iter()
                        .filter(|c| categories.iter().any(|(i, k)| *i == id && k == *c))
                        .map(|c| c.as_str().to_owned())
                        .collect(),
                    id,
                    organisation,
                    purpose,
                    valid_from,
                    valid_until,
                    revoked_at,
                    expired,
                }
            },
        )
        .collect())
}

/// My consents: to whom, for what, which data, until when.
pub async fn consents(db: &Db, client: &PortalClient) -> Result<Vec<PortalConsent>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let list = consents_in(&mut tx, client).await?;
    grant.audit(&mut tx, "consents", None, "read").await?;
    tx.commit().await?;
    Ok(list)
}

/// What an audit entry touched, as the `portal-what-…` message ids a client reads: for a
/// read the data categories it was limited to, else (and for changes) the kind of record.
fn what(record: &str, categories: &str, read: bool) -> Vec<String> {
    if read && categories != "*" && !categories.is_empty() && categories != "-" {
        // Each consent category has its message: `portal-what-identity`, `…-language`, ….
        let list: Vec<String> = ConsentCategory::ALL
            .iter()
            .filter(|c| categories.split(',').any(|k| k == **c))
            .map(|c| format!("portal-what-{}", c.as_str()))
            .collect();
        if !list.is_empty() {
            return list;
        }
    }
    let kind = record.split(':').next().unwrap_or_default();
    vec![match kind {
        "plan" | "goal" | "step" | "plan-version" | "appointment" => "portal-what-plan",
        "client" | "household-member" | "residence" => "portal-what-client",
        "case" | "assessment" | "facts" | "portal" | "portal-access" | "portal-translation" => {
            "portal-what-case"
        }
        "referral" => "portal-what-referral",
        "consent" => "portal-what-consent",
        "volunteer-task" | "volunteer-tasks" => "portal-what-volunteer",
        "caseload" | "search" | "inbox" | "dashboard" => "portal-what-list",
        crate::server::casework::clients::SEARCH_RECORD => "portal-what-search",
        "caseload-export" => "portal-what-export",
        "structural-issue" | "structural-issues" => "portal-what-case",
        "export" => "portal-what-data",
        _ => "portal-what-other",
    }
    .to_owned()]
}

const READ_ACTIONS: &[&str] = &["read", "list", "print", "compare", "verify"];

/// Who saw my data: every allowed access by staff or by Lotse itself, grouped by
/// organisation and by day (in Köln), newest first.
pub async fn access_log(
    db: &Db,
    client: &PortalClient,
) -> Result<Vec<PortalAccessOrganisation>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let rows = sqlx::query_as::<_, (i64, Option<String>, String, String, String)>(
        "SELECT l.at, o.name, l.record, l.action, l.categories
         FROM audit_log l LEFT JOIN organisations o ON o.id = l.organisation_id
         WHERE l.client_id = $1 AND l.allowed = 1 AND l.actor_role <> 'client'
         ORDER BY l.at DESC LIMIT 5000",
    )
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let mut organisations: Vec<PortalAccessOrganisation> = Vec::new();
    for (at, organisation, record, action, categories) in rows {
        let organisation = organisation.unwrap_or_default();
        let date = koeln_date(at).to_string();
        let index = match organisations
            .iter()
            .position(|o| o.organisation == organisation)
        {
            Some(i) => i,
            None => {
                organisations.push(PortalAccessOrganisation {
                    organisation: organisation.clone(),
                    days: Vec::new(),
                });
                organisations.len() - 1
            }
        };
        let days = &mut organisations[index].days;
        if days.last().is_none_or(|d| d.date != date) {
            days.push(PortalAccessDay {
                date,
                looked: Vec::new(),
                changed: Vec::new(),
            });
        }
        let day = days.last_mut().expect("pushed above");
        let read = READ_ACTIONS.contains(&action.as_str());
        let list = if read {
            &mut day.looked
        } else {
            &mut day.changed
        };
        for id in what(&record, &categories, read) {
            if !list.contains(&id) {
                list.push(id);
            }
        }
    }
    grant.audit(&mut tx, "access-log", None, "read").await?;
    tx.commit().await?;
    Ok(organisations)
}

async fn corrections_in(
    tx: &mut Tx,
    client: &PortalClient,
) -> Result<Vec<PortalCorrection>, AppError> {
    let rows =
        sqlx::query_as::<_, (i64, Option<String>, Option<String>, i64, Option<i64>)>(&format!(
            "SELECT id, topic, note, created_at, done_at FROM follow_ups
             WHERE kind = 'portal-correction' AND case_id IN ({CLIENT_CASES})
             ORDER BY created_at DESC, id DESC"
        ))
        .bind(client.client_id)
        .fetch_all(&mut **tx)
        .await?;
    Ok(rows
        .into_iter()
        .map(|(id, topic, note, created_at, done_at)| PortalCorrection {
            id,
            topic: topic.unwrap_or_else(|| "other".into()),
            message: note.unwrap_or_default(),
            created_at,
            done: done_at.is_some(),
        })
        .collect())
}

/// My correction requests, newest first.
pub async fn corrections(
    db: &Db,
    client: &PortalClient,
) -> Result<Vec<PortalCorrection>, AppError> {
    let (mut tx, grant) = policy::portal(db, client).await?;
    let list = corrections_in(&mut tx, client).await?;
    grant.audit(&mut tx, "corrections", None, "read").await?;
    tx.commit().await?;
    Ok(list)
}

/// The client's newest case and its owner: whom the portal tells.
async fn current_case(conn: &mut AnyConnection, client_id: i64) -> Result<(i64, i64), AppError> {
    let row = sqlx::query_as::<_, (i64, i64)>(
        "SELECT id, owner_id FROM cases WHERE client_id = $1 ORDER BY opened_at DESC, id DESC LIMIT 1",
    )
    .bind(client_id)
    .fetch_optional(&mut *conn)
    .await?;
    row.ok_or(AppError::NotFound)
}

async fn tell_case_manager(
    conn: &mut AnyConnection,
    case_id: i64,
    owner_id: i64,
    kind: &str,
    topic: Option<&str>,
    note: Option<&str>,
) -> Result<i64, AppError> {
    Ok(sqlx::query_scalar(
        "INSERT INTO follow_ups (case_id, assignee_id, kind, topic, note, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
    )
    .bind(case_id)
    .bind(owner_id)
    .bind(kind)
    .bind(topic)
    .bind(note)
    .bind(now_ms())
    .fetch_one(&mut *conn)
    .await?)
}

/// Marks one of my own open steps done; my case manager gets a follow-up.
pub async fn mark_step_done(db: &Db, client: &PortalClient, step_id: i64) -> Result<(), AppError> {
    let (mut tx, grant) =
        policy::portal_record(db, client, policy::PortalRecord::Step, step_id).await?;
    let (case_id, kind, status, owner_id) = sqlx::query_as::<_, (i64, String, String, i64)>(
        "SELECT s.case_id, s.responsible_kind, s.status, k.owner_id
         FROM steps s JOIN cases k ON k.id = s.case_id WHERE s.id = $1",
    )
    .bind(step_id)
    .fetch_one(&mut *tx)
    .await?;
    if kind != "client" || StepStatus::parse(&status).is_some_and(StepStatus::is_finished) {
        return Err(AppError::invalid("step", "error-choose-option"));
    }
    let now = now_ms();
    let changed = sqlx::query(
        "UPDATE steps SET status = $4, status_changed_at = $1, updated_at = $1,
             version = version + 1
         WHERE id = $2 AND status = $3",
    )
    .bind(now)
    .bind(step_id)
    .bind(&status)
    .bind(StepStatus::Completed.as_str())
    .execute(&mut *tx)
    .await?
    .rows_affected();
    if changed == 0 {
        return Err(AppError::invalid("step", "error-choose-option"));
    }
    plans::record_status_change(
        &mut tx,
        &plans::NewStatusChange {
            step_id,
            case_id,
            from: Some(&status),
            to: StepStatus::Completed,
            note: Some(crate::models::CLIENT_PORTAL_NOTE),
            appeal_deadline: None,
            actor_id: owner_id,
            at: now,
        },
    )
    .await?;
    cases::touch(&mut tx, case_id).await?;
    tell_case_manager(&mut tx, case_id, owner_id, "portal-step-done", None, None).await?;
    grant
        .audit(&mut tx, "step", Some(step_id), "update")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Revokes one of my consents now: the organisation loses access on its next request, and
/// my case manager gets a follow-up.
pub async fn revoke_consent(
    db: &Db,
    client: &PortalClient,
    consent_id: i64,
) -> Result<(), AppError> {
    let (mut tx, grant) =
        policy::portal_record(db, client, policy::PortalRecord::Consent, consent_id).await?;
    crate::server::network::consents::mark_revoked(&mut tx, consent_id, None).await?;
    let organisation: String = sqlx::query_scalar(
        "SELECT o.name FROM consents c JOIN organisations o ON o.id = c.organisation_id
         WHERE c.id = $1",
    )
    .bind(consent_id)
    .fetch_one(&mut *tx)
    .await?;
    let (case_id, owner_id) = current_case(&mut tx, client.client_id).await?;
    tell_case_manager(
        &mut tx,
        case_id,
        owner_id,
        "portal-consent-revoked",
        None,
        Some(&organisation),
    )
    .await?;
    grant
        .audit(&mut tx, "consent", Some(consent_id), "revoke")
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Asks my case manager to correct something: it becomes a follow-up task for them.
pub async fn request_correction(
    db: &Db,
    client: &PortalClient,
    topic: &str,
    message: &str,
) -> Result<i64, AppError> {
    let topic = CORRECTION_TOPICS
        .iter()
        .find(|t| **t == topic)
        .ok_or_else(|| AppError::invalid("topic", "error-choose-option"))?;
    let message = input::required(message, "message", 2_000)?;
    let (mut tx, grant) = policy::portal(db, client).await?;
    let (case_id, owner_id) = current_case(&mut tx, client.client_id).await?;
    let id = tell_case_manager(
        &mut tx,
        case_id,
        owner_id,
        "portal-correction",
        Some(topic),
        Some(&message),
    )
    .await?;
    grant
        .audit(&mut tx, "follow-up", Some(id), "create")
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Everything stored about me, as JSON, except internal notes (which the portal never
/// reads). The export itself is audited.
pub async fn export(db: &Db, client: &PortalClient) -> Result<serde_json::Value, AppError> {
    use serde_json::json;
    let (mut tx, grant) = policy::portal(db, client).await?;
    let person = sqlx::query_as::<
        _,
        (
            String,
            String,
            Option<String>,
            Option<String>,
            Option<i64>,
            Option<i64>,
            Option<i64>,
            Option<String>,
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
    >(
        "SELECT given_names, family_name, given_names_latin, family_name_latin, birth_year,
                    birth_month, birth_day, preferred_language, interpreter_needed,
                    interpreter_language, phone, email, street, postal_code, city
             FROM clients WHERE id = $1",
    )
    .bind(client.client_id)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(p) = person else {
        return Err(AppError::NotFound);
    };
    let household = sqlx::query_as::<_, (String, String, Option<i64>)>(
        "SELECT name, relation, birth_year FROM household_members WHERE client_id = $1 ORDER BY id",
    )
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let residence = sqlx::query_as::<_, (Option<String>, Option<String>, Option<String>)>(
        "SELECT residence_status, valid_until, benefit_regime FROM client_residence WHERE client_id = $1",
    )
    .bind(client.client_id)
    .fetch_optional(&mut *tx)
    .await?;
    let cases = sqlx::query_as::<_, (i64, String, Option<String>, i64)>(
        "SELECT id, phase, closure_reason, opened_at FROM cases WHERE client_id = $1 ORDER BY id",
    )
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let facts = sqlx::query_as::<
        _,
        (
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            i64,
            Option<String>,
            Option<String>,
            Option<String>,
        ),
    >(&format!(
        "SELECT case_id, language_level, literacy, schooling, qualifications, recognition_needed,
                    work_experience, housing_situation, health_insurance
             FROM case_facts WHERE case_id IN ({CLIENT_CASES})"
    ))
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let assessments = sqlx::query_as::<_, (i64, String, String, String, String)>(&format!(
        "SELECT case_id, domain, needs, resources, client_goals FROM assessments
         WHERE case_id IN ({CLIENT_CASES}) ORDER BY case_id, domain"
    ))
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    let plan = plan_in(&mut tx, client).await?;
    let appointments = appointments_in(&mut tx, client).await?;
    let referrals = referrals_in(&mut tx, client).await?;
    let consents = consents_in(&mut tx, client).await?;
    let corrections = corrections_in(&mut tx, client).await?;
    let tasks = sqlx::query_as::<_, (String, String, Option<String>, String, String)>(
        "SELECT kind, on_date, at_time, place, status FROM volunteer_tasks WHERE client_id = $1 ORDER BY on_date",
    )
    .bind(client.client_id)
    .fetch_all(&mut *tx)
    .await?;
    grant.audit(&mut tx, "export", None, "read").await?;
    tx.commit().await?;
    Ok(json!({
        "exported_at": chrono::Utc::now().to_rfc3339(),
        "person": {
            "given_names": p.0, "family_name": p.1, "given_names_latin": p.2,
            "family_name_latin": p.3, "birth_year": p.4, "birth_month": p.5, "birth_day": p.6,
            "preferred_language": p.7, "interpreter_needed": p.8 != 0,
            "interpreter_language": p.9, "phone": p.10, "email": p.11, "street": p.12,
            "postal_code": p.13, "city": p.14,
        },
        "household": household.into_iter().map(|(name, relation, birth_year)| json!({
            "name": name, "relation": relation, "birth_year": birth_year,
        })).collect::<Vec<_>>(),
        "residence": residence.map(|(status, valid_until, benefits)| json!({
            "residence_status": status, "valid_until": valid_until, "benefit_regime": benefits,
        })),
        "cases": cases.into_iter().map(|(id, phase, closure_reason, opened_at)| json!({
            "id": id, "phase": phase, "closure_reason": closure_reason,
            "opened_at": chrono::DateTime::from_timestamp_millis(opened_at).map(|d| d.to_rfc3339()),
        })).collect::<Vec<_>>(),
        "facts": facts.into_iter().map(|f| json!({
            "case_id": f.0, "language_level": f.1, "literacy": f.2, "schooling": f.3,
            "qualifications": f.4, "recognition_needed": f.5 != 0, "work_experience": f.6,
            "housing_situation": f.7, "health_insurance": f.8,
        })).collect::<Vec<_>>(),
        "assessments": assessments.into_iter().map(|a| json!({
            "case_id": a.0, "domain": a.1, "needs": a.2, "resources": a.3, "your_goals": a.4,
        })).collect::<Vec<_>>(),
        "plan": plan.goals,
        "appointments": appointments.upcoming.into_iter().chain(appointments.past).collect::<Vec<_>>(),
        "referrals": referrals,
        "consents": consents,
        "correction_requests": corrections,
        "volunteer_tasks": tasks.into_iter().map(|t| json!({
            "kind": t.0, "on_date": t.1, "at_time": t.2, "place": t.3, "status": t.4,
        })).collect::<Vec<_>>(),
    }))
}
