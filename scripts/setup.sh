#!/usr/bin/env bash
# Installs every tool Dateline needs to build, serve and test, skipping what is
# already present at the right version. Safe to run any number of times.
#
# Sourced by serve.sh and test.sh; can also be run on its own.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
BINARYEN_VERSION="132"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
fail() {
  printf '\033[31m[setup] cannot install %s\033[0m\n' "$1" >&2
  printf '        %s\n' "$2" >&2
  exit 1
}
need() { command -v "$1" >/dev/null 2>&1 || fail "$1" "$2"; }

need cargo "Rust is required: install rustup with stable Rust (1.95 or newer) first."
need rustup "rustup is required to add the wasm32 target."
need node "Node.js (20 or newer) is required for wasm-opt and the end-to-end tests."
need npm "npm is required for wasm-opt and the end-to-end tests."

# The wasm32 target.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown || fail "the wasm32 target" "'rustup target add wasm32-unknown-unknown' failed."
fi

# Trunk, at a version that builds with this machine's rustc.
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (several minutes on a cold machine)"
  cargo install trunk --version "$TRUNK_VERSION" --locked \
    || fail "trunk $TRUNK_VERSION" "'cargo install trunk --version $TRUNK_VERSION --locked' failed."
fi

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock")"
[ -n "$WASM_BINDGEN_VERSION" ] || fail "wasm-bindgen-cli" "no wasm-bindgen version found in Cargo.lock."
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (several minutes on a cold machine)"
  # Not --locked: the CLI's own lockfile names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" \
    || fail "wasm-bindgen-cli $WASM_BINDGEN_VERSION" "'cargo install wasm-bindgen-cli --version $WASM_BINDGEN_VERSION' failed."
fi

# Chromium and ChromeDriver, from Debian, for the browser and end-to-end tests.
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "chromium and chromium-driver" "apt-get needs root: run 'sudo apt-get install -y chromium chromium-driver', then this script again."
  fi
  say "installing chromium and chromium-driver from Debian"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; } \
    || fail "chromium and chromium-driver" "'apt-get install -y chromium chromium-driver' failed."
fi

# Fonts for every script the tests draw (Chinese, Japanese, Korean, Devanagari,
# Ethiopic, …), so the browser measures real letters, not missing-glyph boxes.
FONT_PACKAGES=(fonts-noto-cjk fonts-noto-core)
if ! dpkg -s "${FONT_PACKAGES[@]}" >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "${FONT_PACKAGES[*]}" "apt-get needs root: run 'sudo apt-get install -y ${FONT_PACKAGES[*]}', then this script again."
  fi
  say "installing fonts for the scripts the tests draw (${FONT_PACKAGES[*]})"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${FONT_PACKAGES[@]}" >/dev/null; } \
    || fail "${FONT_PACKAGES[*]}" "'apt-get install -y ${FONT_PACKAGES[*]}' failed."
fi

# The release build's Rust, from Debian: a Rust with its standard library's
# source, so the release build can rebuild the library for size.
# shellcheck source=release-toolchain.sh
source "$ROOT/scripts/release-toolchain.sh"
if [ -n "$(missing_release_toolchain)" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "${RELEASE_TOOLCHAIN_PACKAGES[*]}" "apt-get needs root: run 'sudo apt-get install -y ${RELEASE_TOOLCHAIN_PACKAGES[*]}', then this script again."
  fi
  say "installing the release build's Rust from Debian (${RELEASE_TOOLCHAIN_PACKAGES[*]})"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${RELEASE_TOOLCHAIN_PACKAGES[@]}" >/dev/null; } \
    || fail "${RELEASE_TOOLCHAIN_PACKAGES[*]}" "'apt-get install -y ${RELEASE_TOOLCHAIN_PACKAGES[*]}' failed."
  [ -z "$(missing_release_toolchain)" ] \
    || fail "${RELEASE_TOOLCHAIN_PACKAGES[*]}" "installed, but $(missing_release_toolchain) is still missing."
fi
(cd "$ROOT" && fetch_release_dependencies) \
  || fail "the release build's crates" "'cargo fetch' of the project's and the standard library's dependencies failed."

# npm packages: wasm-opt (binaryen), terser, Playwright and axe-core, pinned in package-lock.json.
if ! (cd "$ROOT" && npm ls --silent >/dev/null 2>&1) \
  || [ "$("$ROOT/node_modules/.bin/wasm-opt" --version 2>/dev/null | awk '{print $3}')" != "$BINARYEN_VERSION" ]; then
  say "installing npm packages (wasm-opt, terser, playwright-core, axe-core)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error) \
    || fail "the npm packages" "'npm ci' failed in $ROOT."
fi

export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
say "toolchain ready: $(trunk --version), $(wasm-bindgen --version), release $("$RELEASE_TOOLCHAIN_BIN/rustc" --version | awk '{print $1, $2}'), wasm-opt $("$ROOT/node_modules/.bin/wasm-opt" --version | awk '{print $3}'), $(chromium --version 2>/dev/null | awk '{print $1, $2}')"
