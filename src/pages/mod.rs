//! One module per route, and the page the current route points at.

pub mod about;
mod chunks;
pub mod island;
pub mod not_found;
pub mod overview;
pub mod poem;
pub mod timeline;

pub use chunks::{load_early, page_code, prepare_links, ChunkFailed, CurrentPage, PageCode};
