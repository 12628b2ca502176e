#!/usr/bin/env bash
# Packs the built site (dist/) as a release bundle: uncyber-<version>.zip,
# the version from Cargo.toml, with uncyber-<version>.zip.sha256 beside it in
# `sha256sum` format. Writes to target/release-bundle/, or to the folder
# given as the first argument. Run after scripts/build.sh; `scripts/build.sh
# --bundle` runs both.
#   check: cd target/release-bundle && sha256sum -c uncyber-<version>.zip.sha256
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-target/release-bundle}
[ -f dist/index.html ] || { echo "bundle: no dist/index.html; run scripts/build.sh first" >&2; exit 1; }
command -v zip >/dev/null || { echo "bundle: zip is missing; run scripts/install-tools.sh --for-tests" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -1)
[ -n "$version" ] || { echo "bundle: no version in Cargo.toml" >&2; exit 1; }
name=uncyber-$version.zip
mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out/$name" "$out/$name.sha256"
# The files sit at the archive's top level, as they go on a host; -X leaves
# out owner and extra time fields, -D the folder entries.
(cd dist && zip -q -r -X -D "$out/$name" .)
(cd "$out" && sha256sum "$name" >"$name.sha256")
echo "bundle: wrote $out/$name ($(wc -c <"$out/$name") bytes) and $name.sha256"
