#!/usr/bin/env bash
# Trunk post_build hook (see Trunk.toml): prerenders every route in both languages, 404.html,
# robots.txt and (with SITE_URL) sitemap.xml into the staging dist, with the app's own components
# (src/prerender.rs, run natively). Each route's directory gets a full HTML page, so deep links
# work on any plain static server and every page is readable before, or without, the wasm.
# SITE_URL (build-time, e.g. SITE_URL=https://example.org/aomori/dx-plan/) makes canonical,
# hreflang and og:url absolute and enables the sitemap. Release builds also get a
# Content-Security-Policy with an external loader (src/csp.rs) and .br/.gz copies (compress.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"

# The dev profile shares its compiled dependencies with `cargo test`; rendering takes milliseconds.
cargo run --offline --quiet --bin prerender -- "$TRUNK_STAGING_DIR" public/data

# Release builds: precompressed copies of every text file (deploy/nginx.conf serves them).
if [[ "${TRUNK_PROFILE:-}" == "release" ]]; then
  bash scripts/compress.sh "$TRUNK_STAGING_DIR"
fi
