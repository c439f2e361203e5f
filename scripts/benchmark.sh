#!/usr/bin/env bash
# One command for every figure (a benchmark to read, not a pass/fail test): builds the release site,
# serves it with Debian's nginx and the shipped deploy/nginx.conf, and prints
#   1. first-visit transfer per route, brotli (scripts/sizes.mjs; also what the budgets check),
#   2. Lighthouse 12.8.2 mobile and desktop for every route in both languages: the four scores,
#      FCP / LCP / TBT in ms and CLS (scripts/lighthouse.mjs),
#   3. the poem's reverse button live on a slow phone (nginx, as deployed), the reversal's click to
#      next frame, frames and long tasks, and the timeline's keystroke latency (scripts/bench.mjs).
# Usage: bash scripts/benchmark.sh [--no-build]   (DIST=dir, default dist; LH_RUNS=n Lighthouse runs per
# route and form, default 3, medians shown)   Takes about 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >/dev/null
source scripts/env.sh
dist="$(realpath -m "${DIST:-dist}")"
port="${BENCH_PORT:-4650}"

if [[ "${1:-}" != "--no-build" ]]; then
  SITE_URL=https://example.org/aomori/dx-plan/ trunk build --release --public-url /aomori/dx-plan/ --dist "$dist" >/dev/null
fi
if [[ "$(cat bench/node_modules/.lock-sha256 2>/dev/null)" != "$(sha256sum bench/package-lock.json | cut -d' ' -f1)" ]]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
  sha256sum bench/package-lock.json | cut -d' ' -f1 >bench/node_modules/.lock-sha256
fi

root="$(mktemp -d)"
chmod 755 "$root"   # nginx's workers run as www-data
mkdir -p "$root/aomori"
ln -s "$dist" "$root/aomori/dx-plan"
bash scripts/nginx.sh "$port" "$root" 2>/dev/null &
nginx_pid=$!
trap 'kill "$nginx_pid" 2>/dev/null; rm -rf "$root"' EXIT
url="http://127.0.0.1:$port/aomori/dx-plan/"
for _ in $(seq 50); do curl -fsS -o /dev/null "$url" 2>/dev/null && break; sleep 0.1; done

echo "== 1. Transfer sizes"
node scripts/sizes.mjs "$dist" || true   # over-budget routes are shown; the test command fails on them
echo
echo "== 2. Lighthouse (nginx, deploy/nginx.conf)"
node scripts/lighthouse.mjs "$dist" --url="$url" --runs="${LH_RUNS:-3}"
echo
echo "== 3. Poem animation and timeline search (headless Chromium)"
node scripts/bench.mjs "$dist" --url="$url"
