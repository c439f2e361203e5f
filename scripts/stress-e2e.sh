#!/usr/bin/env bash
# The e2e suite on a busy machine: a busy loop on every core while the suite runs as scripts/test.sh
# runs it (every test on nginx, the @server tests on the plain server), RUNS times in a row (default
# 3), stopping at the first failure; after each run, the slowest tests.
# Usage: bash scripts/stress-e2e.sh [RUNS]     (DIST=dir: the built site; default dist, built by
#        scripts/test.sh or `trunk build --release --public-url /aomori/dx-plan/`)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
runs="${1:-3}"
dist="$(realpath -m "${DIST:-dist}")"
[[ -f "$dist/index.html" ]] || { echo "stress-e2e: no built site in $dist (build it first, see the usage)" >&2; exit 1; }

hogs=()
stop_hogs() { ((${#hogs[@]})) && kill "${hogs[@]}" 2>/dev/null; hogs=(); }
trap stop_hogs EXIT
for _ in $(seq "$(nproc)"); do
  bash -c 'while :; do :; done' &
  hogs+=("$!")
done
echo "stress-e2e: ${#hogs[@]} busy loops running (one per core)"

reports="$(mktemp -d)"
for run in $(seq "$runs"); do
  for pass in "nginx" "plain --grep @server"; do
    read -r server args <<<"$pass"
    t0=$SECONDS
    # shellcheck disable=SC2086 # args is one flag and its value, or nothing
    if ! e2e_suite "$server" "$dist" "$reports/$run-$server.json" $args; then
      echo "stress-e2e: run $run of $runs FAILED ($server)"
      node scripts/slowest.mjs playwright "$reports/$run-$server.json" || true
      exit 1
    fi
    echo "stress-e2e: run $run of $runs, $server: passed in $((SECONDS - t0)) s"
    node scripts/slowest.mjs playwright "$reports/$run-$server.json"
  done
done
echo "stress-e2e: $runs runs in a row passed with every core busy"
