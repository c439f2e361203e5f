//! The site's content: plain data types and their loading from `public/data/`.

pub mod calendar;
pub mod export;
pub mod link;
pub mod load;
pub mod model;
pub mod phrases;
pub mod query;
pub mod reading;
pub mod search;
pub mod timeline_filter;

pub use load::{use_content, Content, LoadError, LoadState, Source};
