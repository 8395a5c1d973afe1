//! The partner network: consents to share, referrals between organisations and the offers
//! they publish.

pub mod consents;
pub mod offers;
pub mod referrals;
