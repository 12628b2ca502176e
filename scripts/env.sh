# Sourced by the other scripts: tool paths and flags shared by build and test.
# wasm-opt comes from the npm package binaryen; cargo-installed tools from ~/.cargo/bin.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk must never try to download anything or check for updates.
export TRUNK_SKIP_VERSION_CHECK=true
