//! Reusable pieces of the UI: the page frame, the language switcher, form messages and
//! form fields.

pub mod charts;
pub mod feedback;
pub mod forms;
pub mod frame;
pub mod language;

pub use charts::*;
pub use feedback::*;
pub use forms::*;
pub use frame::*;
pub use language::*;
