# Sourced by the scripts: tool paths and settings shared by build, serve and test.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
# Trunk must not ask the crates registry for updates, nor download any tool.
export TRUNK_SKIP_VERSION_CHECK=true
# Shorter panic locations in the wasm: crate paths without the registry prefix.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}/registry/src/= --remap-path-prefix=$PWD/="
