//! Text into HTML.

/// Escapes text for an HTML attribute or element (shared with the pages
/// that build markup as text: [`crate::text::escape_html`]).
pub(super) use crate::text::escape_html as escape;
