#!/usr/bin/env bash
# Every check, in order, stopping at the first failure: what CI runs (.ci/run).
# Usage: bash scripts/test.sh        (DIST=dir to build the release site elsewhere; default dist)
set -euo pipefail
cd "$(dirname "$0")/.."

results=()
summary() {
  printf '\n===== summary =====\n'
  printf '  %s\n' "${results[@]}"
}
# step "title" command...: runs one check under a heading and records its outcome and time.
step() {
  local title="$1" t0=$SECONDS rc=0
  shift
  printf '\n===== %s =====\n' "$title"
  "$@" || rc=$?
  if ((rc != 0)); then
    results+=("$(printf 'FAIL %5ss  %s (exit %s)' "$((SECONDS - t0))" "$title" "$rc")")
    summary
    echo "test.sh: FAILED at: $title"
    exit 1
  fi
  results+=("$(printf 'ok   %5ss  %s' "$((SECONDS - t0))" "$title")")
}

step "setup (tools, browsers, npm packages, crates)" bash scripts/setup.sh
source scripts/env.sh
dist="$(realpath -m "${DIST:-dist}")"

step "cargo fmt --check" cargo fmt --all --check
step "clippy (native)" cargo clippy --all-targets -- -D warnings
step "clippy (wasm32)" cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
# The browser build as Trunk makes it: each page a chunk of its own (src/pages/chunks.rs).
step "clippy (wasm32, split into page chunks)" \
  cargo clippy --target wasm32-unknown-unknown --features split --lib --bins -- -D warnings
step "cargo test (native)" cargo test
# Runs in headless Chromium through wasm-bindgen-test-runner (.cargo/config.toml) and $CHROMEDRIVER.
step "cargo test (wasm32, headless Chromium)" cargo test --target wasm32-unknown-unknown
# SITE_URL: the public address the prerendered head links and sitemap name (e2e checks them).
step "trunk build --release (public url /aomori/dx-plan/, prerendered)" \
  env SITE_URL=https://example.org/aomori/dx-plan/ \
  trunk build --release --public-url /aomori/dx-plan/ --dist "$dist"
# Every page the build wrote (each route in both languages, 404.html), W3C's Nu Html Checker.
step "valid HTML (Nu Html Checker: every built page; self-test with a known-bad page)" \
  node scripts/validate-html.mjs "$dist"
step "sizes and budgets (every route, brotli; the home page's files raw / gzip / brotli)" \
  node scripts/sizes.mjs "$dist"
step "e2e (Playwright, Chromium; plain static server)" \
  env E2E_DIST="$dist" E2E_SERVER=plain bash -c 'cd tests/e2e && npx playwright test'
step "e2e (Playwright, Chromium; nginx with deploy/nginx.conf)" \
  env E2E_DIST="$dist" E2E_SERVER=nginx bash -c 'cd tests/e2e && npx playwright test'

summary
echo "test.sh: all ${#results[@]} steps passed"
echo "steps: ${#results[@]} passed, 0 failed"
