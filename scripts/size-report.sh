#!/usr/bin/env bash
# What a first visit to the home page downloads, raw / gzip -9 / brotli -q 11, per file and in total.
# Usage: bash scripts/size-report.sh [--no-build]   (DIST=dir to measure another build; default dist)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
dist="${DIST:-dist}"

if [[ "${1:-}" != "--no-build" ]]; then
  bash scripts/setup.sh >/dev/null
  trunk build --release --public-url /aomori/dx-plan/ --dist "$dist"
fi
command -v brotli >/dev/null || { echo "size-report: brotli missing (bash scripts/setup.sh installs it)" >&2; exit 1; }

# index.html, the app's JS (and any wasm-bindgen snippets), wasm, CSS, and the JSON it fetches.
mapfile -t files < <(cd "$dist" && {
  echo index.html
  ls -1 ./*.js ./*_bg.wasm ./*.css data/*.json 2>/dev/null | grep -v noscript   # noscript.css: only without JS
  find snippets -name '*.js' 2>/dev/null
} | sed 's|^\./||')

line() { printf '%-44s %10s %10s %10s\n' "$@"; }
echo
line "file (in $dist)" raw "gzip -9" "brotli 11"
line "$(printf -- '-%.0s' {1..44})" ---------- ---------- ----------
tr=0 tg=0 tb=0
for f in "${files[@]}"; do
  p="$dist/$f"
  r=$(wc -c <"$p"); g=$(gzip -9 -c "$p" | wc -c); b=$(brotli -q 11 -c "$p" | wc -c)
  tr=$((tr + r)) tg=$((tg + g)) tb=$((tb + b))
  line "$f" "$r" "$g" "$b"
done
line "$(printf -- '-%.0s' {1..44})" ---------- ---------- ----------
line "total (${#files[@]} files, bytes)" "$tr" "$tg" "$tb"
line "total (KiB)" "$((tr / 1024))" "$((tg / 1024))" "$((tb / 1024))"
