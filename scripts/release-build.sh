#!/usr/bin/env bash
# The release build of the widget: `trunk build --release` with the standard
# library rebuilt for size (Rust's -Zbuild-std with its optimize_for_size
# feature, about 12 KiB gzip off what readers download) and three unstable
# options for size on the module (about 15 KiB more): a panic stops the
# widget's instance at once, without formatting a message or running a hook
# (-Cpanic=immediate-abort; the glue reports the trap, and the widget's box
# says it stopped: see scripts/minify.mjs), no source file is named
# (-Zlocation-detail=none) and `{:?}` writes nothing (-Zfmt-debug=none;
# nothing a reader sees uses it). A debug build (`trunk serve`) keeps panic
# messages, which reach the widget's box and the console.
# It needs the Rust whose library source Debian ships (scripts/setup.sh
# installs rustc-web, cargo-web, rust-web-src and lld-22); without it the
# build stops with the reason rather than quietly shipping a larger module.
# The native `dateline` command that pre-renders the pages after the build
# stays on the usual toolchain (scripts/prerender.sh).
#
#   bash scripts/release-build.sh [trunk build options]
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=release-toolchain.sh
source "$ROOT/scripts/release-toolchain.sh"
require_release_toolchain

# Trunk runs `cargo` from PATH: the release toolchain's, with its own rustc.
DATELINE_USUAL_PATH="$PATH" \
  PATH="$RELEASE_TOOLCHAIN_BIN:$PATH" \
  RUSTC="$RELEASE_TOOLCHAIN_BIN/rustc" \
  RUSTC_BOOTSTRAP=1 \
  CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
  CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
  trunk build --release "$@"
