#!/usr/bin/env bash
# Development server with live reload. Defaults to http://127.0.0.1:8080/.
# Usage: [SERVE_ADDRESS=0.0.0.0] [SERVE_PORT=9000] bash scripts/serve.sh [extra trunk serve args, e.g. --release]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh

address="${SERVE_ADDRESS:-127.0.0.1}"
port="${SERVE_PORT:-8080}"
echo
echo "==> serving on http://$address:$port/  (Ctrl-C to stop)"
# Own dist dir, so serving never overwrites dist/ (the release build that the e2e tests serve).
exec trunk serve --address "$address" --port "$port" --dist target/serve-dist "$@"
