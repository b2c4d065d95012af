#!/usr/bin/env bash
# Where the release build's Rust is, and the check that it is all there.
# Sourced by setup.sh (which installs it) and release-build.sh (which uses it).

# Debian's rustc-web and cargo-web: a Rust built from source, with the source
# of its standard library (rust-web-src) for -Zbuild-std, and the wasm32
# linker it names (rust-lld, from lld-22).
RELEASE_TOOLCHAIN_BIN=/usr/bin
RELEASE_TOOLCHAIN_PACKAGES=(rustc-web cargo-web rust-web-src lld-22)

# The first of the release toolchain's pieces that is missing, or nothing.
missing_release_toolchain() {
  local sysroot
  for tool in rustc cargo rust-lld; do
    [ -x "$RELEASE_TOOLCHAIN_BIN/$tool" ] || { echo "$RELEASE_TOOLCHAIN_BIN/$tool"; return; }
  done
  sysroot="$("$RELEASE_TOOLCHAIN_BIN/rustc" --print sysroot 2>/dev/null)" || { echo "a working $RELEASE_TOOLCHAIN_BIN/rustc"; return; }
  [ -f "$sysroot/lib/rustlib/src/rust/library/Cargo.lock" ] || echo "the standard library's source under $sysroot/lib/rustlib/src"
}

# Back to the usual toolchain in a hook that release-build.sh's trunk runs:
# its settings are for the widget's module only.
use_usual_toolchain() {
  if [ -n "${DATELINE_USUAL_PATH:-}" ]; then
    export PATH="$DATELINE_USUAL_PATH"
    unset RUSTC RUSTC_BOOTSTRAP CARGO_UNSTABLE_BUILD_STD CARGO_UNSTABLE_BUILD_STD_FEATURES CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS
  fi
}

# Stops with the reason when the release toolchain is not all there.
require_release_toolchain() {
  local missing
  missing="$(missing_release_toolchain)"
  if [ -n "$missing" ]; then
    printf '\033[31m[release build] %s is missing\033[0m\n' "$missing" >&2
    printf '        the release build rebuilds the standard library for size with Debian'"'"'s %s;\n' "${RELEASE_TOOLCHAIN_PACKAGES[*]}" >&2
    printf '        run bash scripts/setup.sh as root (or apt-get install -y %s)\n' "${RELEASE_TOOLCHAIN_PACKAGES[*]}" >&2
    exit 1
  fi
}

# Downloads what the release build compiles that the project's own lock file
# does not name: the standard library's dependencies (dlmalloc,
# compiler_builtins, …), which -Zbuild-std takes from crates.io. The build
# itself runs offline (Trunk.toml), so they must be here before it.
fetch_release_dependencies() {
  PATH="$RELEASE_TOOLCHAIN_BIN:$PATH" \
    RUSTC="$RELEASE_TOOLCHAIN_BIN/rustc" \
    RUSTC_BOOTSTRAP=1 \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    "$RELEASE_TOOLCHAIN_BIN/cargo" fetch --quiet --target wasm32-unknown-unknown
}
