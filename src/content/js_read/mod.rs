//! Reading the browser's parsed JSON (`JSON.parse`'s value) with serde, in
//! place of serde-wasm-bindgen's deserializer, for the sake of one message
//! part: serde's own text for an unexpected value (`Unexpected`'s
//! `Display`) formats a number with Rust's float printing, 6.9 KB brotli of
//! the main wasm for a message about a malformed file. Here the browser
//! writes the digits (`Number.prototype.toString`, the same shortest digits
//! Rust finds) and [`rust_decimal`] lays them out as Rust would, so the
//! messages stay word for word those of serde-wasm-bindgen (its behaviour
//! for what `JSON.parse` can give is kept, too: a struct's fields are looked
//! up by name, an array read as a struct has none, any number that is not
//! what was asked for is a "floating point").

mod message;
pub use message::{rust_decimal, unexpected_text, Error};

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::Deserializer;
