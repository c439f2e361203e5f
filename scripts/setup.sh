#!/usr/bin/env bash
# Installs everything the build and the tests need; skips whatever is already there (fast when done).
# Usage: bash scripts/setup.sh            (other scripts run it, then `source scripts/env.sh`)
#        bash scripts/setup.sh --build-only   what `trunk build` needs, no test tools (no browser,
#                                             nginx or Java; npm packages without install scripts)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
build_only=false
case "${1:-}" in
  --build-only) build_only=true ;;
  "") ;;
  *) echo "usage: bash scripts/setup.sh [--build-only]" >&2; exit 2 ;;
esac

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
packages=("${APT_PACKAGES[@]}")
$build_only && packages=("${APT_BUILD_PACKAGES[@]}")
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
done
$build_only || command -v java >/dev/null || missing+=("$JAVA_APT_PACKAGE")
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

# --- The pinned Rust (rust-toolchain.toml), before anything runs cargo here: rustup would try to
#     download it. Where it is missing but the machine's stable Rust is that same version (the usual
#     case on a machine set up by rustup), link that one under the pinned name; otherwise install it.
pinned="$(sed -n 's/^channel = "\(.*\)"$/\1/p' rust-toolchain.toml)"
[[ -n "$pinned" ]] || { echo "setup: no channel in rust-toolchain.toml" >&2; exit 1; }
if ! rustup toolchain list | grep -q "^$pinned-"; then
  step "Rust $pinned (rust-toolchain.toml)"; t0=$SECONDS
  stable="$(cd / && rustup run stable rustc --version 2>/dev/null | cut -d' ' -f2)"
  if [[ "$stable" == "$pinned" ]]; then
    # A linked toolchain takes no components of its own: stable must have them first.
    (cd / && rustup target add wasm32-unknown-unknown --toolchain stable \
      && rustup component add clippy rustfmt --toolchain stable)
    # `rustup toolchain link` refuses names like 1.95.0, so the link is made as rustup names its
    # own toolchains' folders (<version>-<host>).
    host="$(cd / && rustup run stable rustc -vV | sed -n 's/^host: //p')"
    ln -sfn "$(cd / && rustup run stable rustc --print sysroot)" "${RUSTUP_HOME:-$HOME/.rustup}/toolchains/$pinned-$host"
  else
    rustup toolchain install "$pinned" --profile minimal --component clippy,rustfmt --target wasm32-unknown-unknown \
      || { echo "setup: rust-toolchain.toml pins Rust $pinned; rustup could not install it (the machine's stable is ${stable:-missing})" >&2; exit 1; }
  fi
  rustc --version | grep -qF "rustc $pinned " || { echo "setup: Rust $pinned is not what runs here: $(rustc --version)" >&2; exit 1; }
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
npm_flags=()
# A build needs only esbuild and binaryen, whose files are in their packages; without install
# scripts vnu-jar's cannot go looking for Java. The stamp says so: a full setup installs again.
$build_only && { npm_flags=(--ignore-scripts); lock_sum="$lock_sum build-only"; }
if ! grep -qxF "$lock_sum" "$stamp" 2>/dev/null && ! { $build_only && grep -qx "${lock_sum% *}" "$stamp" 2>/dev/null; }; then
  step "npm ci (tests/e2e)${npm_flags[*]:+ ${npm_flags[*]}}"; t0=$SECONDS
  (cd "$E2E_DIR" && npm ci --no-audit --no-fund --loglevel=error "${npm_flags[@]}")
  echo "$lock_sum" >"$stamp"
  took
fi

# --- Crates: Trunk.toml builds with --offline, so everything must be downloaded first
step "cargo fetch"; t0=$SECONDS
cargo fetch --quiet
took

if $build_only; then
  echo
  echo "setup: ok for building (trunk $TRUNK_VERSION, wasm-bindgen $wb_version, $(wasm-opt --version | cut -d' ' -f1-3))"
  exit 0
fi

java_major="$(java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1)"
((${java_major:-0} >= 11)) || { echo "setup: the HTML checker needs Java 11 or later; \`java\` is version '${java_major}'" >&2; exit 1; }

chromium_now="$(chromium --version 2>/dev/null | sed -n 's/^Chromium \([0-9.]*\).*/\1/p')"
if [[ -n "$chromium_now" && "$chromium_now" != "$CHROMIUM_LAST_GREEN" ]]; then
  echo
  echo "setup: note: Chromium $chromium_now is installed; the e2e suite last passed on $CHROMIUM_LAST_GREEN"
  echo "       (scripts/env.sh, CHROMIUM_LAST_GREEN). A failure may be the browser's change: compare the two."
fi

echo
echo "setup: ok (trunk $TRUNK_VERSION, wasm-bindgen $wb_version, $(wasm-opt --version | cut -d' ' -f1-3), $(chromium --version 2>/dev/null), Java $java_major)"
