//! One module per route, in folders that mirror the URLs: `clients/`, `cases/` (everything
//! under `/cases/:id`), `network/` (referrals, offers), `coordination`, `admin/`, `portal`.

pub mod account;
pub mod admin;
pub mod cases;
pub mod clients;
mod coordination;
mod inbox;
pub mod network;
mod not_found;
pub mod passkeys;
pub(crate) mod portal;
mod sign_in;
mod start;
mod volunteer_tasks;

pub use account::AccountPage;
pub use admin::audit_log::AuditPage;
pub use admin::catalogues::CataloguesPage;
pub use admin::erasure::ErasureRequestsPage;
pub use admin::handover::HandoverPage;
pub use admin::holds::HoldsPage;
pub use admin::mail::OutboxPageView;
pub use admin::organisations::OrganisationsPage;
pub use admin::providers::SignInProvidersPage;
pub use admin::retention::RetentionPage;
pub use admin::second_factors::SecondFactorsPage;
pub use admin::users::UsersPage;
pub use cases::consent_print::ConsentPrintPage;
pub use cases::issues::CaseIssuesPage;
pub use cases::network::NetworkPageView;
pub use cases::overview::CasePage;
pub use cases::plan::PlanPage;
pub use cases::plan_print::PlanPrintPage;
pub use cases::portal_tab::CasePortalPage;
pub use cases::volunteers::CaseVolunteersPage;
pub use clients::detail::ClientPage;
pub use clients::list::ClientsPage;
pub use clients::merge::MergePage;
pub use clients::new::NewClientPage;
pub use coordination::{
    FiguresPageView, IssuesPageView, ResultsPageView, WorkingGroupPageView, WorkingGroupsPageView,
};
pub use inbox::InboxPage;
pub use network::external::ExternalPageView;
pub use network::offers::{OfferFormPage, OffersPage};
pub use network::referral::ReferralPageView;
pub use not_found::NotFound;
pub use portal::{
    PortalAccessPage, PortalAppointmentsPage, PortalConsentsPage, PortalCorrectionPage,
    PortalDataPage, PortalPlanPage, PortalReferralsPage, PortalShell, PortalSignInPage,
};
pub use sign_in::{SecondFactorPage, SetUpSecondFactorPage, SignInPage};
pub use start::StartPage;
