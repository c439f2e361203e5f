#!/usr/bin/env bash
# Every check, in order, stopping at the first failure: what CI runs (.ci/run).
# Usage: bash scripts/test.sh        (DIST=dir to build the release site elsewhere; default dist)
set -euo pipefail
cd "$(dirname "$0")/.."

results=()
logs="$(mktemp -d)"   # each test suite's output, for the slowest tests in the summary
summary() {
  local report
  for report in "$logs"/*; do
    [[ -s "$report" ]] || continue
    printf '\n===== slowest: %s =====\n' "$(basename "$report")"
    case "$report" in
      *.json) node scripts/slowest.mjs playwright "$report" || true ;;
      *) node scripts/slowest.mjs cargo "$report" || true ;;
    esac
  done
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
# logged NAME command...: runs a test suite, its output also kept as $logs/NAME (pipefail is on).
logged() {
  local name="$1"
  shift
  "$@" 2>&1 | tee "$logs/$name"
}
step "cargo test (native)" logged cargo-test-native cargo test
# Runs in headless Chromium through wasm-bindgen-test-runner (.cargo/config.toml) and $CHROMEDRIVER.
# Only the browser tests (tests/web*.rs): every other test target is native only, and building it
# for wasm32 would compile the whole crate again in test mode to run nothing.
step "cargo test (wasm32, headless Chromium)" \
  logged cargo-test-wasm32 cargo test --target wasm32-unknown-unknown --test 'web*'
# SITE_URL: the public address the prerendered head links and sitemap name (e2e checks them).
step "trunk build --release (public url /aomori/dx-plan/, prerendered)" \
  env SITE_URL=https://example.org/aomori/dx-plan/ \
  trunk build --release --public-url /aomori/dx-plan/ --dist "$dist"
# Every page the build wrote (each route in both languages, 404.html), W3C's Nu Html Checker.
step "valid HTML (Nu Html Checker: every built page; self-test with a known-bad page)" \
  node scripts/validate-html.mjs "$dist"
step "sizes and budgets (every route, brotli; the home page's files raw / gzip / brotli)" \
  node scripts/sizes.mjs "$dist"
# Every test once, on the server the site ships a config for; then, on a plain static server, the
# tests whose outcome can depend on the server (tagged @server: support/urls.ts, SERVER_TAG).
step "e2e (Playwright, Chromium; every test; nginx with deploy/nginx.conf)" \
  e2e_suite nginx "$dist" "$logs/e2e-nginx.json"
step "e2e (Playwright, Chromium; the @server tests; plain static server)" \
  e2e_suite plain "$dist" "$logs/e2e-plain.json" --grep @server

summary
echo "test.sh: all ${#results[@]} steps passed"
echo "steps: ${#results[@]} passed, 0 failed"
