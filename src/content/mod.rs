//! The site's content: plain data types and their loading from `public/data/`.

pub mod axis;
pub mod calendar;
pub mod export;
pub mod js_read;
pub mod load;
pub mod message;
pub mod model;
pub mod phrases;
pub mod query;
pub mod reading;
pub mod sanitize;
pub mod search;
pub mod timeline_filter;
pub mod unbreakable;
pub mod validate;

pub use load::{Content, LoadError, LoadState, Source};
