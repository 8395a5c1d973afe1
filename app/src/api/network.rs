//! Server functions of the partner network: the service directory, consents, referrals, the
//! partner inbox and the audit log. Each finds the acting user and calls one domain function.

use leptos::prelude::*;

use crate::error::AppError;
use crate::models::{
    AuditFilter, AuditPage, ConsentForm, NetworkPage, Offer, OfferInput, OfferList, ReferralForm,
    ReferralList, ReferralPage, ResponseInput, ShareConsentForm,
};

#[server(endpoint = "list_offers")]
pub async fn list_offers(
    service_type: String,
    district: String,
    language: String,
    childcare: bool,
    free_seats: bool,
    own: bool,
) -> Result<OfferList, AppError> {
    use crate::server::network::offers;
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
    crate::server::network::offers::one(&db, &actor, offer_id).await
}

/// Saves an offer: a new one when `offer_id` is 0.
#[server(endpoint = "save_offer")]
pub async fn save_offer(
    offer_id: i64,
    version: i64,
    #[server(flatten)] form: OfferInput,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    let offer_id = (offer_id > 0).then_some(offer_id);
    let saved = crate::server::network::offers::save(&db, &actor, offer_id, version, &form).await?;
    crate::server::infra::context::form_goes_to("/offers?own=on");
    Ok(saved)
}

#[server(endpoint = "load_network")]
pub async fn load_network(
    case_id: i64,
    step_id: Option<i64>,
    childcare: Option<bool>,
    any_type: bool,
) -> Result<NetworkPage, AppError> {
    use crate::server::{network::offers, network::referrals};
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
    #[server(flatten)] form: ShareConsentForm,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::consents::record(&db, &actor, client_id, &form.into()).await
}

#[server(endpoint = "revoke_consent")]
pub async fn revoke_consent(consent_id: i64) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::consents::revoke(&db, &actor, consent_id).await
}

#[server(endpoint = "load_consent_form")]
pub async fn load_consent_form(consent_id: i64) -> Result<ConsentForm, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::consents::form(&db, &actor, consent_id).await
}

#[server(endpoint = "send_referral")]
pub async fn send_referral(
    case_id: i64,
    #[server(flatten)] form: ReferralForm,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::referrals::send(&db, &actor, case_id, &form.into()).await
}

#[server(endpoint = "respond_referral")]
pub async fn respond_referral(
    referral_id: i64,
    version: i64,
    #[server(flatten)] form: ResponseInput,
) -> Result<i64, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::referrals::respond(&db, &actor, referral_id, version, &form).await
}

#[server(endpoint = "referral_message")]
pub async fn referral_message(referral_id: i64, note: String) -> Result<(), AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::referrals::message(&db, &actor, referral_id, &note).await
}

#[server(endpoint = "load_referral")]
pub async fn load_referral(referral_id: i64) -> Result<ReferralPage, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::referrals::page(&db, &actor, referral_id).await
}

#[server(endpoint = "load_inbox")]
pub async fn load_inbox() -> Result<ReferralList, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::network::referrals::inbox(&db, &actor).await
}

#[server(endpoint = "load_audit_log")]
pub async fn load_audit_log(filter: AuditFilter) -> Result<AuditPage, AppError> {
    let (db, actor) = super::staff()?;
    crate::server::admin::audit_log::search(&db, &actor, &filter).await
}

/// Recomputes the audit chain: `None` when intact, else the first entry that does not match.
#[server(endpoint = "verify_audit_log")]
pub async fn verify_audit_log() -> Result<Option<i64>, AppError> {
    let (db, actor) = super::staff()?;
    let broken = crate::server::admin::audit_log::verify(&db, &actor).await?;
    crate::server::infra::context::form_done(&match broken {
        None => "chain-intact".to_owned(),
        Some(seq) => format!("chain-broken-{seq}"),
    });
    Ok(broken)
}
