#!/usr/bin/env bash
# Trunk post-build hook. Trunk runs the hooks of one stage at the same time,
# so the steps that rewrite the build and the one that compresses it run here,
# in order: build the studio's module and page, pre-render the pages' stories
# (and write the minified stylesheet they link), shorten the module's import
# and export names and minify the scripts (release builds), then write the
# precompressed copies of the final files.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bash "$HERE/build-studio.sh"
bash "$HERE/prerender.sh"
node "$HERE/minify.mjs"
node "$HERE/compress.mjs"
