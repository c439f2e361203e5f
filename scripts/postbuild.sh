#!/usr/bin/env bash
# Trunk post_build hook (see Trunk.toml): copies index.html to <route>/index.html for every client-side
# route in src/routes.txt, and to 404.html (GitHub Pages' fallback), so deep links load the app from any
# plain static server. The copies stay valid at any depth because Trunk writes an absolute <base href>.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"

index="$TRUNK_STAGING_DIR/index.html"
template="$(mktemp)"
cp "$index" "$template"
# page FILE ROUTE: writes the page for ROUTE with its og:url from SITE_URL (build-time setting,
# e.g. SITE_URL=https://example.org/aomori/dx-plan/), or without og:url when SITE_URL is unset.
page() {
  local site="${SITE_URL:-}" url
  if [[ -n "$2" ]]; then url="${site%/}/$2/"; else url="${site%/}/"; fi
  if [[ -n "$site" && "$2" != "404" ]]; then
    sed "s|__PAGE_URL__|$url|" "$template" >"$1"
  else
    sed '/__PAGE_URL__/d' "$template" >"$1"
  fi
}
page "$index" ""
count=0
while IFS= read -r route || [[ -n "$route" ]]; do
  route="${route%%#*}"                                   # allow comments
  route="$(echo "$route" | tr -d '[:space:]')"; route="${route#/}"; route="${route%/}"
  [[ -z "$route" ]] && continue
  [[ "$route" == *..* ]] && { echo "postbuild: bad route '$route'" >&2; exit 1; }
  mkdir -p "$TRUNK_STAGING_DIR/$route"
  page "$TRUNK_STAGING_DIR/$route/index.html" "$route"
  count=$((count + 1))
done <src/routes.txt
page "$TRUNK_STAGING_DIR/404.html" "404"
rm -f "$template"
echo "postbuild: index.html copied to $count routes and 404.html"
