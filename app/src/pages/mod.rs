//! One module per route.

mod account;
mod not_found;
mod organisations;
mod sign_in;
mod start;
mod users;

pub use account::AccountPage;
pub use not_found::NotFound;
pub use organisations::OrganisationsPage;
pub use sign_in::SignInPage;
pub use start::StartPage;
pub use users::UsersPage;
