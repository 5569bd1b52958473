#!/usr/bin/env bash
# End-to-end checks of `marsad serve` (../shared/CONTRACT.md, docs/server.md): bad usage
# exits 2, a missing store exits 1 with one line naming it, a started server prints its
# address, answers /health and /api/docs/{id} with what `marsad show --json` prints, and
# exits 0 on SIGTERM.
#   cli_serve_test.sh MARSAD SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$@"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT

"$marsad" --store "$tmp/store" serve --port 70000 >/dev/null 2>"$tmp/err"
[ $? -eq 2 ] && echo "ok   bad port exits 2" || fail "bad port: $(cat "$tmp/err")"

"$marsad" --store "$tmp/none" serve --port 0 >/dev/null 2>"$tmp/err"
code=$?
if [ $code -eq 1 ] && [ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "$tmp/none: no store here" "$tmp/err"; then
  echo "ok   missing store exits 1 with one line"
else
  fail "missing store: exit $code, stderr: $(cat "$tmp/err")"
fi

"$marsad" --store "$tmp/store" ingest "$src/examples/corpus" >/dev/null 2>&1 || fail "ingest examples"
"$marsad" --store "$tmp/store" serve --port 0 >"$tmp/out" 2>"$tmp/err" &
pid=$!
url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://127.0.0.1:[0-9]*/' "$tmp/out" | head -n1)"
  [ -n "$url" ] && break
  sleep 0.1
done
if [ -z "$url" ]; then
  fail "serve printed no address: $(cat "$tmp/out" "$tmp/err")"
else
  echo "ok   serve prints $url"
  "$marsad" --store "$tmp/store" show --json 01_astana_round_opens >"$tmp/show.json"
  python3 - "$url" "$tmp/show.json" <<'PY' || fail "HTTP answers"
import json, sys, urllib.request, urllib.error
url, show = sys.argv[1], json.load(open(sys.argv[2]))
health = json.load(urllib.request.urlopen(url + "health"))
assert health == {"status": "ok", "documents": 18}, health
doc = json.load(urllib.request.urlopen(url + "api/docs/01_astana_round_opens"))
assert doc == show, "GET /api/docs/{id} differs from marsad show --json"
try:
    urllib.request.urlopen(url + "api/docs/wire-002")
    raise AssertionError("duplicate id answered 200")
except urllib.error.HTTPError as e:
    assert e.code == 404 and "duplicate of wire-001" in json.load(e)["error"]
PY
  echo "ok   /health and /api/docs/{id} (same JSON as marsad show --json)"
  kill -TERM "$pid"
  wait "$pid"
  code=$?
  pid=""
  [ $code -eq 0 ] && echo "ok   SIGTERM stops it with exit 0" || fail "SIGTERM: exit $code"
fi

finish serve
