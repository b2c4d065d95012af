#!/usr/bin/env bash
# Sets up the toolchain (scripts/setup.sh), builds the release bundle and runs
# the benchmarks in headless Chromium. They print figures and assert nothing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source "$ROOT/scripts/setup.sh"
bash scripts/release-build.sh
cargo bench --bench actor_map
for bench in tests/bench/*.mjs; do
  node "$bench"
done
