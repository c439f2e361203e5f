#!/usr/bin/env bash
# Installs everything the build and the tests need; skips whatever is already there (fast when done).
# Usage: bash scripts/setup.sh            (other scripts run it, then `source scripts/env.sh`)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

step() { printf '\n==> setup: %s\n' "$*"; }
took() { printf '    (%ss)\n' "$((SECONDS - t0))"; }
have_version() { "$1" --version 2>/dev/null | grep -qF "$2"; }   # have_version TOOL "TEXT"

for tool in rustup cargo node npm python3; do
  command -v "$tool" >/dev/null || { echo "setup: '$tool' is missing; install it first." >&2; exit 1; }
done

# --- Debian packages: browser + driver for tests, CJK fonts for the Japanese text, brotli for the
#     precompressed files, nginx (with brotli_static) to test deploy/nginx.conf, and Java for the
#     HTML checker unless there is a `java` already (installed before npm: vnu-jar's install script
#     would otherwise try to download a Java runtime)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
done
command -v java >/dev/null || missing+=("$JAVA_APT_PACKAGE")
if ((${#missing[@]})); then
  if ((EUID != 0)); then
    echo "setup: missing Debian packages; run: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  step "apt-get install ${missing[*]}"; t0=$SECONDS
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  took
fi

# --- Rust target and cargo-installed tools
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup target add wasm32-unknown-unknown"; t0=$SECONDS
  rustup target add wasm32-unknown-unknown
  took
fi

if ! have_version trunk "trunk $TRUNK_VERSION"; then
  step "cargo install trunk $TRUNK_VERSION"; t0=$SECONDS
  cargo install trunk --version "$TRUNK_VERSION" --locked
  took
fi

wb_version="$(wasm_bindgen_version)"
[[ -n "$wb_version" ]] || { echo "setup: no wasm-bindgen in Cargo.lock" >&2; exit 1; }
grep -q "^wasm_bindgen = \"$wb_version\"" Trunk.toml \
  || { echo "setup: Trunk.toml [tools] wasm_bindgen must be \"$wb_version\" (as in Cargo.lock)" >&2; exit 1; }
if ! have_version wasm-bindgen "wasm-bindgen $wb_version" \
  || ! have_version wasm-bindgen-test-runner "$wb_version"; then
  step "cargo install wasm-bindgen-cli $wb_version"; t0=$SECONDS
  # No --locked: the CLI's lockfile pins webpki-roots 1.0.11, which the registry no longer offers.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
  took
fi

# The splitter that moves each page's code into a wasm chunk (scripts/tools/wasm-bindgen runs it).
# It has no --version: cargo's own list says which version is installed.
if ! cargo install --list | grep -qF "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  step "cargo install wasm_split_cli_support $WASM_SPLIT_VERSION"; t0=$SECONDS
  cargo install wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary --locked
  took
fi

# --- npm packages (Playwright, axe, binaryen's wasm-opt): reinstall only when the lockfile changed
stamp="$E2E_DIR/node_modules/.setup-lock.sha256"
lock_sum="$(sha256sum "$E2E_DIR/package-lock.json" | cut -d' ' -f1)"
if [[ "$(cat "$stamp" 2>/dev/null)" != "$lock_sum" ]]; then
  step "npm ci (tests/e2e)"; t0=$SECONDS
  (cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" >"$stamp"
  took
fi

# --- Crates: Trunk.toml builds with --offline, so everything must be downloaded first
step "cargo fetch"; t0=$SECONDS
cargo fetch --quiet
took

java_major="$(java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)"
((${java_major:-0} >= 11)) || { echo "setup: the HTML checker needs Java 11 or later; \`java\` is version '${java_major}'" >&2; exit 1; }

echo
echo "setup: ok (trunk $TRUNK_VERSION, wasm-bindgen $wb_version, $(wasm-opt --version | cut -d' ' -f1-3), $(chromium --version 2>/dev/null), Java $java_major)"
