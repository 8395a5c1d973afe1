//! Reusable pieces of the UI: the page frame, the language switcher, form messages.

pub mod feedback;
pub mod frame;
pub mod language;

pub use feedback::*;
pub use frame::*;
pub use language::*;
