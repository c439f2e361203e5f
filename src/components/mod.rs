//! Pieces of the page shared by every route.

pub mod browser;
pub mod flip;
pub mod head;
pub mod loaded;
pub mod logo_meaning;
pub mod plan_period;
pub mod plan_structure;
pub mod share;
pub mod shell;
