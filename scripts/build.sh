#!/usr/bin/env bash
# Builds the release site into dist/ (installing what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh "$@"
. scripts/env.sh
cargo fetch --quiet
trunk build --release --offline
node scripts/postbuild.mjs dist
