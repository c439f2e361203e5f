#!/usr/bin/env bash
# Where the release wasm's bytes go: builds it as Trunk does (release profile, the same
# wasm-bindgen and wasm-opt passes) but keeps the function names, then prints
#   1. bytes per crate (each function counted under the first crate its name mentions),
#   2. the largest functions and data segments (twiggy top),
#   3. what keeps the largest subtrees alive (twiggy dominators).
# The figures are raw bytes of the optimised module with its name section removed again,
# so they add up to the shipped wasm within a few per cent. A figure to read, not a test.
# This is the whole program, unsplit (no `split` feature): the shipped build divides the same code
# into a main wasm and page chunks (src/pages/chunks.rs); `node scripts/sizes.mjs dist` lists which
# of those files each first visit gets.
# Usage: bash scripts/wasm-top.sh [ROWS]   (installs twiggy 0.8.0 with cargo when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
rows="${1:-25}"

if ! twiggy --version 2>/dev/null | grep -q '0.8.0'; then
  cargo install twiggy --version 0.8.0 --locked
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
cargo build --offline --quiet --release --target wasm32-unknown-unknown --bin aomori-dx
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/aomori-dx.wasm"
# -g keeps the names for twiggy; the shipped build has the same code without them.
# The passes Trunk runs: -Oz and index.html's data-wasm-opt-params.
read -ra params <<<"$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)"
wasm-opt -Oz "${params[@]}" -g --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/aomori-dx_bg.wasm" -o "$out/named.wasm"
wasm-opt -Oz "${params[@]}" --strip-debug --enable-bulk-memory --enable-nontrapping-float-to-int \
  "$out/aomori-dx_bg.wasm" -o "$out/shipped.wasm"

shipped="$(stat -c %s "$out/shipped.wasm")"
printf '== The wasm without names: %s bytes raw, %s gzip, %s brotli\n\n' "$shipped" \
  "$(gzip -9c "$out/shipped.wasm" | wc -c)" "$(brotli -Z -c "$out/shipped.wasm" | wc -c)"

echo "== 1. Bytes per crate (raw, optimised; a generic function counts under the first crate it names)"
twiggy top --format csv "$out/named.wasm" | node -e '
  const rows = require("fs").readFileSync(0, "utf8").trim().split("\n").slice(1);
  const byCrate = new Map();
  let total = 0;
  for (const row of rows) {
    const m = row.match(/^(.*),(\d+),([\d.]+),([\d.]*),([\d.]*)$/);
    if (!m) continue;
    const [name, size] = [m[1].replace(/^"|"$/g, "").replace(/""/g, "\""), Number(m[2])];
    // Custom sections (names, producers) are not shipped.
    if (/^custom section|subsection/.test(name)) continue;
    total += size;
    const crate = (name.match(/\b([a-z][a-z0-9_]*)::/) ?? [])[1]
      ?? (name.startsWith("data segment") ? "(data: strings, tables)" : "(wasm structure: types, imports, exports, tables)");
    byCrate.set(crate, (byCrate.get(crate) ?? 0) + size);
  }
  const sorted = [...byCrate].sort((a, b) => b[1] - a[1]);
  for (const [crate, size] of sorted.slice(0, Number(process.argv[1]))) {
    console.log(`${String(size).padStart(9)}  ${(100 * size / total).toFixed(1).padStart(5)}%  ${crate}`);
  }
  console.log(`${String(total).padStart(9)}  100.0%  (all, with names)`);
' "$rows"

echo
echo "== 2. Largest items (twiggy top)"
twiggy top -n "$rows" "$out/named.wasm"
echo
echo "== 3. What keeps the most bytes alive (twiggy dominators, 3 levels)"
twiggy dominators -d 3 -r "$rows" "$out/named.wasm"
