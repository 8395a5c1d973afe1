//! Server functions: the thin edge between browser and domain. Each one finds the acting user,
//! calls a plain function in `crate::server`, and returns `AppError` with a Fluent id.
//! Endpoints are named explicitly so their URLs stay stable (`/api/<name>`).

mod account;
mod admin;
mod cases;
mod catalogues;
mod clients;
mod coordination;
mod external;
mod network;
mod portal;
mod session;
mod volunteers;

pub use account::*;
pub use admin::*;
pub use cases::*;
pub use catalogues::*;
pub use clients::*;
pub use coordination::*;
pub use external::*;
pub use network::*;
pub use portal::*;
pub use session::*;
pub use volunteers::*;

/// The database and the signed-in staff member, for server functions that act for staff.
#[cfg(feature = "ssr")]
pub(crate) fn staff(
) -> Result<(crate::server::Db, crate::models::CurrentUser), crate::error::AppError> {
    use crate::server::infra::context;
    Ok((context::state()?.db, context::current_user()?))
}

/// The database and the client signed in to the portal.
#[cfg(feature = "ssr")]
pub(crate) fn client(
) -> Result<(crate::server::Db, crate::models::PortalClient), crate::error::AppError> {
    use crate::server::infra::context;
    Ok((context::state()?.db, context::current_client()?))
}
