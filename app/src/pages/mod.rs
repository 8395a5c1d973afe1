//! One module per route.

mod account;
mod audit;
mod case;
mod case_issues;
mod case_portal;
mod catalogues;
mod client;
mod clients;
mod consent_print;
mod coordination;
mod inbox;
mod network;
mod new_client;
mod not_found;
mod offers;
mod organisations;
mod plan;
mod plan_print;
mod portal;
mod referral;
mod sign_in;
mod start;
mod users;
mod volunteer_tasks;
mod volunteers;

pub use account::AccountPage;
pub use audit::AuditPage;
pub use case::CasePage;
pub use case_issues::CaseIssuesPage;
pub use case_portal::CasePortalPage;
pub use catalogues::CataloguesPage;
pub use client::ClientPage;
pub use clients::ClientsPage;
pub use consent_print::ConsentPrintPage;
pub use coordination::{
    FiguresPageView, IssuesPageView, ResultsPageView, WorkingGroupPageView, WorkingGroupsPageView,
};
pub use inbox::InboxPage;
pub use network::NetworkPageView;
pub use new_client::NewClientPage;
pub use not_found::NotFound;
pub use offers::{OfferFormPage, OffersPage};
pub use organisations::OrganisationsPage;
pub use plan::PlanPage;
pub use plan_print::PlanPrintPage;
pub use portal::{
    PortalAccessPage, PortalAppointmentsPage, PortalConsentsPage, PortalCorrectionPage,
    PortalDataPage, PortalPlanPage, PortalReferralsPage, PortalShell, PortalSignInPage,
};
pub use referral::ReferralPageView;
pub use sign_in::SignInPage;
pub use start::StartPage;
pub use users::UsersPage;
pub use volunteers::CaseVolunteersPage;
