#!/usr/bin/env bash
# Builds the release site into dist/ (installing what is missing first).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-tools.sh "$@"
. scripts/env.sh
cargo fetch --quiet
trunk build --release --offline
# Static pages: index.html and step-<slug>.html with each step's text, vote
# table and link-preview tags, readable before and without WebAssembly.
cargo run --quiet --no-default-features --bin prerender -- dist
node scripts/postbuild.mjs dist
