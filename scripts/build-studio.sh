#!/usr/bin/env bash
# Trunk post-build hook step: builds the studio (crates/studio) as its own
# WebAssembly module, so the readers' widget does not grow, and puts its page
# in the build's studio/ folder beside the widget whose mount() it previews
# with. Built with the usual toolchain; release builds are optimised with
# wasm-opt. Run by scripts/post-build.sh before the precompressed copies.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STAGING="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$ROOT"
# The release build's settings are for the widget's module (scripts/release-build.sh).
# shellcheck source=release-toolchain.sh
source "$ROOT/scripts/release-toolchain.sh"
use_usual_toolchain

profile=debug
flags=()
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  profile=release
  flags=(--release)
fi
cargo build --quiet "${flags[@]}" -p dateline-studio --target wasm32-unknown-unknown
target_dir="$(cargo metadata --format-version 1 --no-deps | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).target_directory))')"
out="$STAGING/studio"
mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" \
  "$target_dir/wasm32-unknown-unknown/$profile/dateline-studio.wasm"
if [ "$profile" = release ]; then
  "$ROOT/node_modules/.bin/wasm-opt" -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types \
    "$out/dateline-studio_bg.wasm" -o "$out/dateline-studio_bg.wasm"
fi
cp static/studio/index.html static/studio/boot.js static/studio/studio.css "$out/"
