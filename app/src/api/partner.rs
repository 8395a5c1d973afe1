// Forms send one argument per field (and one per data category checkbox).
#![allow(clippy::too_many_arguments)]
//! Server functions of the partner network: the service directory, consents, referrals, the
//! partner inbox and the audit log. Each finds the acting user and calls one domain function.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{
    AuditFilter, AuditPage, ConsentForm, NetworkPage, Offer, OfferList, ReferralList, ReferralPage,
};

/// The ticked data-category checkboxes (`cat_<category>` fields, in catalogue order) as
/// category codes.
#[cfg(feature = "ssr")]
fn ticked(boxes: [Option<String>; 7]) -> Vec<String> {
    crate::models::catalogue::CONSENT_CATEGORIES
        .iter()
        .zip(boxes)
        .filter(|(_, v)| v.is_some())
        .map(|(c, _)| (*c).to_owned())
        .collect()
}

#[server(endpoint = "list_offers")]
pub async fn list_offers(
    service_type: String,
    district: String,
    language: String,
    childcare: bool,
    free_seats: bool,
    own: bool,
) -> Result<OfferList, AppError> {
    use crate::server::offers;
    let (db, actor) = super::staff()?;
    let filter = offers::OfferFilter {
        service_type,
        district,
        language,
        childcare,
        free_seats,
        organisation_id: own.then_some(actor.organisation_id),
    };
    offers::list(&db, &actor, &filter).await
}

#[server(endpoint = "load_offer")]
pub async fn load_offer(offer_id: i64) -> Result<Offer, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::offers::one(&db, &actor, offer_id).await
}

#[server(endpoint = "save_offer")]
pub async fn save_offer(
    offer_id: i64,
    version: i64,
    service_type: String,
    title: String,
    description: String,
    district: String,
    address: String,
    entry_level: String,
    target_level: String,
    childcare: Option<String>,
    accessible: Option<String>,
    schedule: String,
    capacity: String,
    free_seats: String,
    documents: String,
    contact: String,
    active: Option<String>,
    languages: String,
    starts: String,
) -> Result<i64, AppError> {
    use crate::server::offers;
    let (db, actor) = super::staff()?;
    let form = offers::OfferInput {
        service_type,
        title,
        description,
        district,
        address,
        entry_level,
        target_level,
        childcare: childcare.is_some(),
        accessible: accessible.is_some(),
        schedule,
        capacity,
        free_seats,
        documents,
        contact,
        active: active.is_some(),
        languages,
        starts,
    };
    offers::save(
        &db,
        &actor,
        (offer_id > 0).then_some(offer_id),
        version,
        &form,
    )
    .await
}

#[server(endpoint = "load_network")]
pub async fn load_network(
    case_id: i64,
    step_id: Option<i64>,
    childcare: Option<bool>,
    any_type: bool,
) -> Result<NetworkPage, AppError> {
    use crate::server::{offers, referrals};
    let (db, actor) = super::staff()?;
    let options = offers::CourseOptions {
        childcare,
        any_type,
    };
    referrals::network(&db, &actor, case_id, step_id, options).await
}

#[server(endpoint = "record_share_consent")]
pub async fn record_share_consent(
    client_id: i64,
    organisation_id: String,
    purpose: String,
    cat_identity: Option<String>,
    cat_language: Option<String>,
    cat_work: Option<String>,
    cat_housing: Option<String>,
    cat_health: Option<String>,
    cat_residence: Option<String>,
    cat_youth_welfare: Option<String>,
    entrusted_by: String,
    valid_from: String,
    valid_until: String,
    method: String,
    interpreter_language: String,
) -> Result<i64, AppError> {
    use crate::server::consents;
    let (db, actor) = super::staff()?;
    let form = consents::ConsentInput {
        organisation_id,
        purpose,
        categories: ticked([
            cat_identity,
            cat_language,
            cat_work,
            cat_housing,
            cat_health,
            cat_residence,
            cat_youth_welfare,
        ]),
        entrusted_by,
        valid_from,
        valid_until,
        method,
        interpreter_language,
    };
    consents::record(&db, &actor, client_id, &form).await
}

#[server(endpoint = "revoke_consent")]
pub async fn revoke_consent(consent_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::consents::revoke(&db, &actor, consent_id).await
}

#[server(endpoint = "load_consent_form")]
pub async fn load_consent_form(consent_id: i64) -> Result<ConsentForm, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::consents::form(&db, &actor, consent_id).await
}

#[server(endpoint = "send_referral")]
pub async fn send_referral(
    case_id: i64,
    step_id: String,
    organisation_id: String,
    offer_id: String,
    purpose: String,
    message: String,
    cat_identity: Option<String>,
    cat_language: Option<String>,
    cat_work: Option<String>,
    cat_housing: Option<String>,
    cat_health: Option<String>,
    cat_residence: Option<String>,
    cat_youth_welfare: Option<String>,
    response_due: String,
) -> Result<i64, AppError> {
    use crate::server::referrals;
    let (db, actor) = super::staff()?;
    let form = referrals::ReferralInput {
        step_id,
        organisation_id,
        offer_id,
        purpose,
        message,
        categories: ticked([
            cat_identity,
            cat_language,
            cat_work,
            cat_housing,
            cat_health,
            cat_residence,
            cat_youth_welfare,
        ]),
        response_due,
    };
    referrals::send(&db, &actor, case_id, &form).await
}

#[server(endpoint = "respond_referral")]
pub async fn respond_referral(
    referral_id: i64,
    version: i64,
    status: String,
    decline_reason: String,
    outcome: String,
    seat: String,
    starts_on: String,
    note: String,
) -> Result<i64, AppError> {
    use crate::server::referrals;
    let (db, actor) = super::staff()?;
    let form = referrals::ResponseInput {
        status,
        decline_reason,
        outcome,
        seat,
        starts_on,
        note,
    };
    referrals::respond(&db, &actor, referral_id, version, &form).await
}

#[server(endpoint = "referral_message")]
pub async fn referral_message(referral_id: i64, note: String) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::referrals::message(&db, &actor, referral_id, &note).await
}

#[server(endpoint = "load_referral")]
pub async fn load_referral(referral_id: i64) -> Result<ReferralPage, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::referrals::page(&db, &actor, referral_id).await
}

#[server(endpoint = "load_inbox")]
pub async fn load_inbox() -> Result<ReferralList, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::referrals::inbox(&db, &actor).await
}

#[server(endpoint = "load_audit_log")]
pub async fn load_audit_log(filter: AuditFilter) -> Result<AuditPage, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::audit::search(&db, &actor, &filter).await
}

/// Recomputes the audit chain: `None` when intact, else the first entry that does not match.
#[server(endpoint = "verify_audit_log")]
pub async fn verify_audit_log() -> Result<Option<i64>, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::audit::verify_for(&db, &actor).await
}
