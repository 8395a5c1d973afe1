//! One module per route.

mod account;
mod case;
mod catalogues;
mod client;
mod clients;
mod new_client;
mod not_found;
mod organisations;
mod plan;
mod plan_print;
mod sign_in;
mod start;
mod users;

pub use account::AccountPage;
pub use case::CasePage;
pub use catalogues::CataloguesPage;
pub use client::ClientPage;
pub use clients::ClientsPage;
pub use new_client::NewClientPage;
pub use not_found::NotFound;
pub use organisations::OrganisationsPage;
pub use plan::PlanPage;
pub use plan_print::PlanPrintPage;
pub use sign_in::SignInPage;
pub use start::StartPage;
pub use users::UsersPage;
