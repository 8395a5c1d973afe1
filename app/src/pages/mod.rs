//! One module per route.

mod account;
mod clients;
mod new_client;
mod not_found;
mod organisations;
mod sign_in;
mod start;
mod users;

pub use account::AccountPage;
pub use clients::ClientsPage;
pub use new_client::NewClientPage;
pub use not_found::NotFound;
pub use organisations::OrganisationsPage;
pub use sign_in::SignInPage;
pub use start::StartPage;
pub use users::UsersPage;
