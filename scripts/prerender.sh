#!/usr/bin/env bash
# Trunk post-build hook: fills the story elements of the pages the build
# ships (index.html, article.html) with their pre-rendered widgets, written by
# `dateline render` from the widget's own view code, so readers see the story
# before the WebAssembly arrives, or without JavaScript.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STAGING="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
cd "$ROOT"
# The native command is built with the usual toolchain, not the release
# build's (scripts/release-build.sh), whose settings are for the wasm module.
# shellcheck source=release-toolchain.sh
source "$ROOT/scripts/release-toolchain.sh"
use_usual_toolchain
# Each page is laid out for the width its stylesheet gives the widget. The
# stylesheet the pre-rendered widgets link is the minified one the module carries.
# Stories are read only from the build's own folder, the site's root.
cargo run --quiet -p dateline-cli -- render --page "$STAGING/index.html" --root "$STAGING" --width 800 --stylesheet "$STAGING/dateline.css"
cargo run --quiet -p dateline-cli -- render --page "$STAGING/article.html" --root "$STAGING" --width 640
