#!/usr/bin/env bash
# The README's main command: installs what is needed, builds marsad, and runs it on the
# bundled example corpus (examples/corpus): analysis of each article.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
marsad=build/src/marsad/cli/marsad

for f in examples/corpus/*.txt; do
  printf '\n=== %s\n' "$f"
  "$marsad" analyze "$f" | head -n 40
done
