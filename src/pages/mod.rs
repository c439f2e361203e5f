//! One module per route.

pub mod about;
pub mod not_found;
pub mod overview;
pub mod poem;
pub mod timeline;
