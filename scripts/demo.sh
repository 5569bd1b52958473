#!/usr/bin/env bash
# The README's main command: installs what is needed, builds marsad, ingests the bundled
# example corpus (examples/corpus: plain text, JSON lines, an HTML page and an RSS feed)
# into a fresh store, shows the documents as stored (boilerplate removed, duplicates
# recorded, source lines kept as metadata), then who said what (marsad quotes), and ends
# by serving the store: the JSON API and the Arabic web page at the address it prints,
# until Ctrl-C.
#   scripts/demo.sh [--no-serve]   (or MARSAD_DEMO_SERVE=0: skip the server, for scripts and tests)
# MARSAD_DEMO_PORT picks the port (default 8080).
set -euo pipefail
serve="${MARSAD_DEMO_SERVE:-1}"
for arg in "$@"; do
  case "$arg" in
    --no-serve) serve=0 ;;
    *) echo "usage: scripts/demo.sh [--no-serve]" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh release
marsad=build/src/marsad/cli/marsad
store="$(mktemp -d)/marsad-data"
trap 'rm -rf "$(dirname "$store")"' EXIT

# The first N lines of a command's output. The command runs to its end and its exit status
# counts: piped into head, it would be killed by SIGPIPE once head has its lines, which
# pipefail reports as the demo failing (or not, depending on timing).
first_lines() {
  local n="$1"
  shift
  "$@" >"$(dirname "$store")/first_lines.out"
  head -n "$n" "$(dirname "$store")/first_lines.out"
}

printf '\n=== marsad ingest examples/corpus\n'
"$marsad" --store "$store" ingest examples/corpus

for id in 01_astana_round_opens 14_idlib_page wire-004 feed-jaafari-2017-09-15; do
  printf '\n=== marsad show %s\n' "$id"
  "$marsad" --store "$store" show "$id"
done
printf '\n=== marsad show wire-002 (an exact duplicate of wire-001: recorded, not stored)\n'
"$marsad" --store "$store" show wire-002 || true
printf '\n=== marsad show --json 12_hijri_bulletin\n'
"$marsad" --store "$store" show --json 12_hijri_bulletin

printf '\n=== marsad analyze examples/corpus/01_astana_round_opens.txt (first tokens)\n'
first_lines 20 "$marsad" analyze examples/corpus/01_astana_round_opens.txt

printf '\n=== marsad quotes (who said what: doc, kind, offsets, speaker, text)\n'
"$marsad" --store "$store" quotes
printf '\n=== marsad quotes --speaker الجعفري --json\n'
"$marsad" --store "$store" quotes --speaker "الجعفري" --json

printf '\n=== marsad entities لافرينتيف (one envoy, every spelling; Lavrov stays apart)\n'
"$marsad" --store "$store" entities "لافرينتيف"
printf '\n=== marsad entities --type PER (people across the corpus)\n'
first_lines 30 "$marsad" --store "$store" entities --type PER
printf '\n=== marsad search "لافرنتيف إدلب" (matches across spellings)\n'
"$marsad" --store "$store" search "لافرنتيف إدلب" -k 5
printf '\n=== marsad stories (articles grouped into stories, with summaries)\n'
first_lines 40 "$marsad" --store "$store" stories

if [ "$serve" = 1 ]; then
  printf '\n=== marsad serve (the web page and the JSON API over this store; Ctrl-C stops)\n'
  "$marsad" --store "$store" serve --port "${MARSAD_DEMO_PORT:-8080}"
fi
