#!/usr/bin/env bash
# Builds the release site into dist/ (installing what is missing first).
# With --bundle, also packs it as a release zip (scripts/bundle.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=false
for arg in "$@"; do [ "$arg" != --bundle ] || bundle=true; done
scripts/install-tools.sh "$@"
. scripts/env.sh
cargo fetch --quiet
trunk build --release --offline
# Static pages: index.html and step-<slug>.html with each step's text, vote
# table and link-preview tags, readable before and without WebAssembly.
cargo run --quiet --no-default-features --bin prerender -- dist
# The other five UN languages: one build each, selected at compile time
# (UNCYBER_LANG; see docs/languages.md), into dist/<lang>/. Only the crate
# itself is compiled again for each.
for lang in ${UNCYBER_LANGS-fr es ru zh ar}; do
  UNCYBER_LANG=$lang trunk build --release --offline --dist "dist/$lang"
  UNCYBER_LANG=$lang cargo run --quiet --no-default-features --bin prerender -- "dist/$lang"
done
node scripts/postbuild.mjs dist
[ "$bundle" = false ] || scripts/bundle.sh
