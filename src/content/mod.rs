//! The site's content: plain data types and their loading from `public/data/`.

pub mod load;
pub mod model;
pub mod reading;

pub use load::{use_content, Content, LoadError, LoadState, Source};
