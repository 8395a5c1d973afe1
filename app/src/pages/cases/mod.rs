//! A case and its tabs (`/cases/:id/...`): overview, plan (and its print view), network,
//! volunteers, portal, structural issues, and a consent's print view.

pub mod consent_print;
pub mod issues;
pub mod network;
pub mod overview;
pub mod plan;
pub mod plan_print;
pub mod portal_tab;
pub mod volunteers;
