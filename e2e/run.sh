#!/usr/bin/env bash
# End-to-end test of the web page: ingests examples/corpus into a temporary store, starts
# `marsad serve` on a free loopback port, and runs e2e.test.mjs in headless Chromium
# (Debian's chromium + playwright-core from npm). Builds nothing. Screenshots of each page
# go to build/e2e-artifacts/. Skips (exit 0) with a message when chromium, node or npm
# is absent.
#   e2e/run.sh [MARSAD_BINARY]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
marsad="$(realpath -m "${1:-$root/build/src/marsad/cli/marsad}")"
chromium="${CHROMIUM:-/usr/bin/chromium}"
artifacts="${ARTIFACTS:-$root/build/e2e-artifacts}"

if [ ! -x "$chromium" ]; then echo "e2e: SKIP: $chromium not found (apt-get install chromium)"; exit 0; fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "e2e: SKIP: node/npm not found (apt-get install nodejs npm)"; exit 0
fi
if [ ! -x "$marsad" ]; then echo "e2e: $marsad not built (scripts/build.sh release)" >&2; exit 1; fi

cd "$root/e2e"
if [ ! -d node_modules/playwright-core ]; then
  npm ci --no-audit --no-fund --silent
fi

tmp="$(mktemp -d)"
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$marsad" --store "$tmp/store" ingest "$root/examples/corpus" >/dev/null
"$marsad" --store "$tmp/store" serve --port 0 >"$tmp/serve.log" 2>&1 &
pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(grep -so 'http://[^ ]*' "$tmp/serve.log" | head -n1 || true)"
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { echo "e2e: marsad serve exited: $(cat "$tmp/serve.log")" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { echo "e2e: marsad serve did not start" >&2; exit 1; }
echo "e2e: $url"
mkdir -p "$artifacts"
MARSAD_URL="$url" ARTIFACTS="$artifacts" CHROMIUM="$chromium" node e2e.test.mjs
