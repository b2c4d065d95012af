#!/usr/bin/env bash
# Trunk pre-build hook: a release build goes through scripts/release-build.sh,
# which rebuilds the standard library for size; a plain `trunk build --release`
# would ship a larger module without a word, so it stops here instead.
set -euo pipefail
if [ "${TRUNK_PROFILE:-}" = "release" ] && [ -z "${CARGO_UNSTABLE_BUILD_STD:-}" ]; then
  echo "a release build is made with: bash scripts/release-build.sh (it rebuilds Rust's standard library for size)" >&2
  exit 1
fi
