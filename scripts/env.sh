# shellcheck shell=bash
# Sourced by the other scripts: repo root, pinned versions and PATH for the tools setup.sh installs.
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export REPO_ROOT

TRUNK_VERSION=0.21.14                   # trunk 0.22 needs a newer rustc than the pinned toolchain
WASM_SPLIT_VERSION=0.2.4                # wasm-split-cli, the page-chunk splitter (scripts/tools/wasm-bindgen)
APT_PACKAGES=(chromium chromium-driver fonts-noto-cjk brotli nginx-light libnginx-mod-http-brotli-static)
# What a build alone needs (setup.sh --build-only, the Pages workflow): the share cards' fonts and
# the precompressed copies' brotli. No browser, no nginx, no Java.
APT_BUILD_PACKAGES=(fonts-noto-cjk brotli)
# The Nu Html Checker (npm vnu-jar, scripts/validate-html.mjs) runs on Java 11 or later: any `java`
# on PATH will do; where there is none, setup.sh installs this package (Java 17 on Debian 12).
JAVA_APT_PACKAGE=default-jre-headless
E2E_DIR="$REPO_ROOT/tests/e2e"
# The Debian Chromium the whole e2e suite last passed on (Debian's package moves, Playwright is
# pinned): setup.sh says so when the installed one differs. Update it when the suite passes on another.
CHROMIUM_LAST_GREEN="156.0.8078.114"

# The wasm-bindgen CLI must match the wasm-bindgen crate exactly, so take it from Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$REPO_ROOT/Cargo.lock"
}

# cargo-installed tools, and wasm-opt from the npm package `binaryen` (Debian's binaryen is too old).
# scripts/tools first: its wasm-bindgen splits the page chunks off before the real one runs.
export PATH="$REPO_ROOT/scripts/tools:${CARGO_HOME:-$HOME/.cargo}/bin:$E2E_DIR/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export TRUNK_SKIP_VERSION_CHECK=true     # trunk would ask crates.io's API for updates on every run

# e2e_suite SERVER DIST JSON [playwright args...]: the e2e suite against the built site DIST, with
# SERVER (plain or nginx) as the main server and a JSON report in JSON (scripts/slowest.mjs).
e2e_suite() {
  local server="$1" dist="$2" json="$3"
  shift 3
  (cd "$E2E_DIR" && E2E_DIST="$dist" E2E_SERVER="$server" E2E_JSON="$json" playwright test "$@")
}
