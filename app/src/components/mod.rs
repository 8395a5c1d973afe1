//! Reusable pieces of the UI: the page frame, the language switcher, form messages, form
//! fields and the scaffolding of data pages.

pub mod add_or_edit;
pub mod charts;
pub mod disclosure;
pub mod feedback;
pub mod forms;
pub mod frame;
pub mod language;
pub mod page;

pub use add_or_edit::*;
pub use charts::*;
pub use disclosure::*;
pub use feedback::*;
pub use forms::*;
pub use frame::*;
pub use language::*;
pub use page::*;
