#!/usr/bin/env bash
# Sets up the toolchain (scripts/setup.sh), then serves Dateline on
# http://127.0.0.1:8080 with trunk serve, rebuilding on every change.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=setup.sh
source "$ROOT/scripts/setup.sh"
exec trunk serve "$@"
