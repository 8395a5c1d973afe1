//! The case manager's side of the portal: access letters, blocking access, and the case's
//! Portal tab.

use sqlx::AnyConnection;

use crate::error::AppError;
use crate::models::{
    locale_for_language, CasePortal, CurrentUser, PortalAccessState, PortalLetter, TranslatableText,
};
use crate::server::infra::db::{now_ms, Db};
use crate::server::{casework::cases, policy};

use super::codes::{code_hash, new_code};
use super::translations::{staff_text, translations_of, TRANSLATABLE};

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
    let language = locale_for_language(head.preferred_language.as_deref()).to_owned();
    let mut pages = vec![crate::models::LetterPage::new(&language)];
    if language != "de" {
        pages.push(crate::models::LetterPage::new("de"));
    }
    Ok(PortalLetter {
        qr_svg: qr_svg(address),
        address: address.to_owned(),
        code,
        client_name: head.client_name,
        language,
        pages,
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
