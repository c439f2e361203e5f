//! Pieces of the page shared by pages and by the shell.

pub mod browser;
pub mod flip;
pub mod fold;
pub mod head;
pub mod later;
pub mod loaded;
pub mod logo_meaning;
pub mod plan_period;
pub mod plan_structure;
pub mod share;
pub mod shell;
