#!/usr/bin/env bash
# Sets up the toolchain (scripts/setup.sh) and runs every test layer of
# Dateline, then reports the size of the release build.
#
#   1. format and lints        cargo fmt --check, cargo clippy
#   2. native tests            pure model and layout code: cargo test --lib and tests/*.rs
#   3. render tests            Yew's ServerRenderer, markup snapshots: tests/render.rs
#   4. browser tests           wasm-bindgen-test in headless Chromium: tests/browser.rs
#   5. end-to-end tests        the release build driven by Playwright: tests/e2e/
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source "$ROOT/scripts/setup.sh"

step() { printf '\n\033[1m== %s ==\033[0m\n' "$*"; }

step "1/5 format and lints"
cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings
echo "format and lints: clean"

step "2/5 native tests (model and layout)"
native_targets=(--lib)
for file in tests/*.rs; do
  name="$(basename "$file" .rs)"
  case "$name" in render | browser) ;; *) native_targets+=(--test "$name") ;; esac
done
cargo test "${native_targets[@]}"

step "3/5 render tests (Yew ServerRenderer)"
cargo test --test render

step "4/5 browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser

step "5/5 end-to-end tests (release build, Playwright, axe-core)"
trunk build --release
node --test --test-reporter=spec tests/e2e/

step "size of the release build"
printf '%-44s %10s %10s\n' file raw gzip
for file in dist/*.wasm dist/*.js dist/*.css; do
  printf '%-44s %10s %10s\n' "$file" "$(wc -c <"$file")" "$(gzip -9c "$file" | wc -c)"
done
echo
echo "all test layers passed"
