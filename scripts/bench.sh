#!/usr/bin/env bash
# Sets up the toolchain (scripts/setup.sh), builds the release bundle and runs
# the benchmarks: the widget's (tests/bench/*.mjs: its bytes, then its first
# paint, a widget below the fold, card latency and more in headless Chromium),
# and the `dateline` commands' natively (tests/bench/toolkit.rs). They print
# figures and assert nothing.
#
# `bash scripts/bench.sh fuzz [SECONDS] [SEED]` instead fuzzes the toolkit's
# readers (import, draft, validate) for SECONDS (default 600) with random and
# mutated inputs, and exits 1 if it finds a panic, work over two seconds or a
# broken output (the inputs are saved in target/fuzz-findings/). Not run by CI.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [ "${1:-}" = "fuzz" ]; then
  cargo bench -p dateline-toolkit --bench toolkit -- fuzz "${2:-600}" ${3:+"$3"}
  exit
fi
# shellcheck source=setup.sh
source "$ROOT/scripts/setup.sh"
bash scripts/release-build.sh
cargo bench -p dateline-engine --bench actor_map
cargo bench -p dateline-toolkit --bench toolkit
for bench in tests/bench/*.mjs; do
  node "$bench"
done
