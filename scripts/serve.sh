#!/usr/bin/env bash
# Builds the explainer and serves it at http://127.0.0.1:8080/ (Ctrl-C stops).
# PORT=9000 scripts/serve.sh serves on another port.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
exec node scripts/static-server.mjs dist 127.0.0.1 "${PORT:-8080}"
