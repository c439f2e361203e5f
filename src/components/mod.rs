//! Pieces of the page shared by every route.

pub mod browser;
pub mod flip;
pub mod head;
pub mod loaded;
pub mod shell;
