#!/usr/bin/env bash
# Installs what building (and, with --for-tests, testing) the explainer needs,
# skipping everything already present at the right version. Downloads come
# only from the package registries: crates.io, npm and Debian's archive.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
for_tests=false
bundle=false
for arg in "$@"; do
  case $arg in
    --for-tests) for_tests=true ;;
    --bundle) bundle=true ;;
  esac
done

say() { printf '[install] %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=false
apt_install() {
  if [ "$apt_updated" = false ]; then
    as_root apt-get update -qq
    apt_updated=true
  fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

# Rust's wasm target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# Trunk, pinned: 0.22 needs a newer rustc than 1.95.
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

# wasm-bindgen CLI: exactly the version in Cargo.lock. Not --locked: the
# crate's own lockfile wants a webpki-roots release crates.io lacks.
wbg_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$wbg_version" ]; then
  echo "Cannot read the wasm-bindgen version from Cargo.lock" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $wbg_version" ]; then
  say "installing wasm-bindgen-cli $wbg_version (about 4 minutes)"
  cargo install wasm-bindgen-cli --version "$wbg_version"
fi

# Node.js and npm, for wasm-opt (npm package binaryen) and the browser tests.
if ! command -v npm >/dev/null 2>&1; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi

# Node packages, exactly as in package-lock.json; a stamp records which
# lockfile node_modules was installed from.
if ! cmp -s package-lock.json node_modules/.installed-from-lock 2>/dev/null; then
  say "installing node packages (npm ci)"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.installed-from-lock
fi

if [ "$for_tests" = true ]; then
  # Debian's Chromium and its driver; never a browser download. pdftotext
  # (poppler-utils) reads the printed handout back in the print test.
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] || ! [ -x /usr/bin/pdftotext ]; then
    say "installing chromium, chromium-driver and poppler-utils from Debian"
    apt_install chromium chromium-driver poppler-utils
  fi
  # The smoke test's other two engines, from Debian: Firefox ESR (driven over
  # WebDriver BiDi) and WebKitGTK's WebDriver with its MiniBrowser, which
  # needs an X display: xvfb-run gives it one.
  missing=()
  [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
  [ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    apt_install "${missing[@]}"
  fi
fi

# zip, for the release bundle (scripts/bundle.sh); unzip lists it in its test.
if { [ "$for_tests" = true ] || [ "$bundle" = true ]; } && ! { command -v zip && command -v unzip; } >/dev/null 2>&1; then
  say "installing zip and unzip from Debian"
  apt_install zip unzip
fi
