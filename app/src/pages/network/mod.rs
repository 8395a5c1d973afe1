//! The partner network's own pages: a referral (`/referrals/:id`) and the service directory
//! (`/offers/...`).

pub mod external;
pub mod offers;
pub mod referral;
