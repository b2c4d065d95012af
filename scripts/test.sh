#!/usr/bin/env bash
# Sets up the toolchain (scripts/setup.sh) and runs every test layer of
# Dateline, then checks the size of the release build against its budget.
#
#   1. format and lints        cargo fmt --check, cargo clippy, for every crate;
#                              scripts/check-tests.mjs: no test asserts nothing
#   2. native tests            every crate's unit tests and its tests/*.rs (engine,
#                              widget state, toolkit, the `dateline` command)
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
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
# Everything but the command builds for the browser too (the toolkit for the studio).
cargo clippy --target wasm32-unknown-unknown --workspace --exclude dateline-cli --all-targets --quiet -- -D warnings
node scripts/check-tests.mjs
echo "format and lints: clean"

step "2/5 native tests (engine, widget state, toolkit, command)"
# Each crate's manifest lists its tests in tests/; the browser test is step 4's.
cargo test --workspace --lib --bins --tests --exclude dateline-toolkit
cargo test -p dateline-toolkit --lib

step "3/5 render tests (Yew ServerRenderer)"
cargo test -p dateline-toolkit --test render

step "4/5 browser tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test browser

step "5/5 end-to-end tests (release build, Playwright, axe-core)"
bash scripts/release-build.sh
node --test --test-reporter=spec tests/e2e/

step "size of the release build (gzip -9)"
# What a reader downloads for one widget: the module, its JavaScript glue and
# the entry point (both minified by scripts/minify.mjs); the stylesheet is
# compiled into the module. The build
# writes the .gz and .br copies a server sends (scripts/compress.mjs, run by
# scripts/post-build.sh after the pre-rendering).
BUDGET_BYTES=$((240 * 1024))
gz() { gzip -9c "$1" | wc -c; }
total=0
printf '%-32s %10s %10s %10s\n' part raw gzip brotli
for file in dist/dateline-core_bg.wasm dist/dateline-core.js dist/dateline.js; do
  size="$(gz "$file")"
  total=$((total + size))
  printf '%-32s %10s %10s %10s\n' "$file" "$(wc -c <"$file")" "$size" "$(wc -c <"$file.br")"
done
stylesheet="$(ls -t "${CARGO_TARGET_DIR:-target}"/wasm32-unknown-unknown/release/build/dateline-*/out/dateline.css | head -n 1)"
printf '%-32s %10s %10s\n' "  stylesheet, inside the wasm" "$(wc -c <"$stylesheet")" "$(gz "$stylesheet")"
printf '%-32s %10s %10s   (budget %s)\n' total "" "$total" "$BUDGET_BYTES"
# Pages with a pre-rendered story also link the stylesheet as a file.
printf '%-32s %10s %10s %10s\n' "dist/dateline.css (pre-render)" "$(wc -c <dist/dateline.css)" "$(gz dist/dateline.css)" "$(wc -c <dist/dateline.css.br)"
# The precompressed copies must be of the files as built, not of an earlier state.
for file in dist/dateline-core_bg.wasm dist/dateline-core.js dist/dateline.js dist/dateline.css; do
  if ! gzip -dc "$file.gz" | cmp -s - "$file"; then
    echo "$file.gz is not a copy of $file" >&2
    exit 1
  fi
done
if [ "$total" -gt "$BUDGET_BYTES" ]; then
  echo "the release build is over its size budget by $((total - BUDGET_BYTES)) bytes (gzip)" >&2
  exit 1
fi
echo
echo "all test layers passed"
