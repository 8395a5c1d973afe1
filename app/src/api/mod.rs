//! Server functions: the thin edge between browser and domain. Each one finds the acting user,
//! calls a plain function in `crate::server`, and returns `AppError` with a Fluent id.
//! Endpoints are named explicitly so their URLs stay stable (`/api/<name>`).

mod account;
mod admin;
mod cases;
mod catalogues;
mod clients;
mod coordination;
mod partner;
mod portal;
mod session;
mod volunteers;

pub use account::*;
pub use admin::*;
pub use cases::*;
pub use catalogues::*;
pub use clients::*;
pub use coordination::*;
pub use partner::*;
pub use portal::*;
pub use session::*;
pub use volunteers::*;
