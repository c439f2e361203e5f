#!/usr/bin/env bash
# Trunk post_build hook (see Trunk.toml): prerenders every route in both languages, 404.html,
# robots.txt and (with SITE_URL) sitemap.xml into the staging dist, with the app's own components
# (src/bin/prerender.rs with src/prerender/, run natively). Each route's directory gets a full HTML page, so deep links
# work on any plain static server and every page is readable before, or without, the wasm.
# SITE_URL (build-time, e.g. SITE_URL=https://example.org/aomori/dx-plan/) makes canonical,
# hreflang and og:url absolute and enables the sitemap. Release builds also get a
# Content-Security-Policy with an external loader (src/csp.rs) and .br/.gz copies (compress.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"

# The page chunks (scripts/tools/wasm-bindgen left them beside wasm-bindgen's output): into the
# dist, with their loader module importing the main JS by the name Trunk gave it.
split="${CARGO_TARGET_DIR:-target}/wasm-bindgen/${TRUNK_PROFILE:-debug}/split"
manifest=()
if [[ -f "$split/manifest.json" ]]; then
  main_js="$(cd "$TRUNK_STAGING_DIR" && ls aomori-dx-*.js)"
  [[ "$(wc -w <<<"$main_js")" == 1 ]] || { echo "postbuild: expected one aomori-dx-*.js, found: $main_js" >&2; exit 1; }
  cp "$split"/*.wasm "$TRUNK_STAGING_DIR"/
  for link in "$split"/aomori-dx-split-*.js; do
    sed "s#from \"./aomori-dx.js\"#from \"./$main_js\"#" "$link" >"$TRUNK_STAGING_DIR/$(basename "$link")"
    grep -q "from \"./$main_js\"" "$TRUNK_STAGING_DIR/$(basename "$link")" \
      || { echo "postbuild: $link does not import ./aomori-dx.js" >&2; exit 1; }
  done
  manifest=("$split/manifest.json")
fi

# Release builds: the stylesheet and the JS modules minified (esbuild, from tests/e2e's lockfile):
# 4.7 KB less brotli on every first visit. The prerenderer computes their integrity again.
if [[ "${TRUNK_PROFILE:-}" == "release" ]]; then
  command -v esbuild >/dev/null || { echo "postbuild: esbuild is missing (bash scripts/setup.sh installs it)" >&2; exit 1; }
  for file in "$TRUNK_STAGING_DIR"/aomori-dx-*.js "$TRUNK_STAGING_DIR"/main-*.css; do
    format=(); [[ "$file" == *.js ]] && format=(--format=esm)
    esbuild "$file" --minify "${format[@]}" --log-level=warning --allow-overwrite --outfile="$file"
  done
fi

# The dev profile shares its compiled dependencies with `cargo test`; rendering takes milliseconds.
cargo run --offline --quiet --bin prerender -- "$TRUNK_STAGING_DIR" public/data "${manifest[@]}"

# Release builds: precompressed copies of every text file (deploy/nginx.conf serves them).
if [[ "${TRUNK_PROFILE:-}" == "release" ]]; then
  bash scripts/compress.sh "$TRUNK_STAGING_DIR"
fi
