#!/usr/bin/env bash
# Load test of `marsad serve` on loopback: ingests ant-multisource-news (31,525 articles)
# into a store, starts the server, and runs wrk for 60 s at 64 connections with a mix of
# document look-ups, document lists, health checks and, when this build has them, searches
# and entity/quote/story look-ups, while a second `marsad ingest` writes into the same
# store beside it (re-ingesting SkyNews.jsonl in a loop). Prints requests/s, p50/p90/p99
# latency and the error count, which must be 0 (exit 1 otherwise).
#   bench/serve.sh [--smoke] [--seconds N] [--connections N]
# --smoke: 10 s on examples/corpus (the second ingest re-ingests it), to check the script.
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=60
connections=64
smoke=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1; seconds=10 ;;
    --seconds) seconds="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    *) echo "usage: bench/serve.sh [--smoke] [--seconds N] [--connections N]" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "bench/serve: wrk not found (apt-get install wrk); skipped" >&2; exit 0; }
if [ "$smoke" = 1 ]; then
  inputs=("$ROOT/examples/corpus")
  beside=("$ROOT/examples/corpus")
  store="$WORK/serve_smoke_store"
  rm -rf "$store"
else
  data="$SHARED/data/ant-multisource-news"
  [ -d "$data" ] || { echo "bench/serve: $data is absent; skipped" >&2; exit 0; }
  inputs=("$data")
  beside=("$data/SkyNews.jsonl")
  store="$WORK/serve_ant_store"
fi

if [ ! -f "$store/catalog.sqlite" ]; then
  echo "bench/serve: ingesting ${inputs[*]} into $store" >&2
  "$MARSAD" --store "$store" ingest --json "${inputs[@]}" >"$WORK/serve_ingest.json"
fi

log="$WORK/serve.log"
"$MARSAD" --store "$store" serve --port 0 >"$log" 2>&1 &
server=$!
ingester=""
cleanup() {
  [ -n "$ingester" ] && kill "$ingester" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
url=""
for _ in $(seq 1 100); do
  url="$(grep -o 'http://[^ ]*' "$log" | head -n1 || true)"
  [ -n "$url" ] && break
  sleep 0.1
done
[ -n "$url" ] || { echo "bench/serve: the server did not start: $(cat "$log")" >&2; exit 1; }
url="${url%/}"

# The request mix, weighted by repetition: 60% document look-ups, 5% lists, 5% health;
# searches and entity/quote/story look-ups share the rest when the build has them
# (otherwise document look-ups take their share).
paths="$WORK/serve_paths.txt"
python3 - "$url" "$paths" <<'PY'
import json, random, sys, urllib.parse, urllib.request
url, out = sys.argv[1], sys.argv[2]
get = lambda p: json.load(urllib.request.urlopen(url + p))
features = get("/api/version")["features"]
ids, offset = [], 0
while len(ids) < 3000:
    page = get(f"/api/docs?limit=1000&offset={offset}")
    ids += [d["id"] for d in page["docs"]]
    offset += 1000
    if offset >= page["total"]:
        break
sources = sorted({get("/api/docs/" + urllib.parse.quote(i, safe=""))["source"] for i in ids[:50]} - {""})
random.seed(7)
q = lambda s: urllib.parse.quote(s, safe="")
mix = []
mix += ["/api/docs/" + q(random.choice(ids)) for _ in range(600)]
mix += [f"/api/docs?limit=20&source={q(random.choice(sources))}" if sources else "/api/docs?limit=20" for _ in range(50)]
mix += ["/health"] * 50
titles = [get("/api/docs/" + q(i))["title"] for i in random.sample(ids, min(100, len(ids)))]
words = [w for t in titles for w in t.split() if len(w) > 3] or ["سوريا"]
rest = 300
if features.get("search"):
    mix += [f"/api/search?k=10&q={q(' '.join(random.sample(words, 2)))}" for _ in range(150)]
    rest -= 150
if features.get("entities"):
    mix += [f"/api/entities?name={q(random.choice(words))}" for _ in range(50)]
    rest -= 50
if features.get("quotes"):
    mix += [f"/api/quotes?doc={q(random.choice(ids))}" for _ in range(50)]
    rest -= 50
if features.get("stories"):
    mix += ["/api/stories"] * 10
    rest -= 10
mix += ["/api/docs/" + q(random.choice(ids)) for _ in range(rest)]
random.shuffle(mix)
open(out, "w").write("\n".join(mix) + "\n")
print(f"bench/serve: {len(mix)} paths; features {json.dumps(features)}", file=sys.stderr)
PY

# The second ingest, in a loop for as long as the load runs.
(
  n=0
  while true; do
    nice -n "${MARSAD_BESIDE_NICE:-0}" "$MARSAD" --store "$store" ingest --json "${beside[@]}" >"$WORK/serve_beside_$n.json" 2>/dev/null || exit 1
    n=$((n + 1))
    echo "$n" >"$WORK/serve_beside_count"
  done
) &
ingester=$!
rm -f "$WORK/serve_beside_count"
sleep 1

threads=2
result="$(MARSAD_PATHS="$paths" wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s \
  -s "$ROOT/bench/serve.lua" "$url" | tail -n1)"
kill -0 "$ingester" 2>/dev/null || { echo "bench/serve: the second ingest failed" >&2; exit 1; }
kill "$ingester" 2>/dev/null || true
wait "$ingester" 2>/dev/null || true
ingester=""
ingests="$(cat "$WORK/serve_beside_count" 2>/dev/null || echo 0)"
docs="$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('$url/health'))['documents'])")"
echo "$result"
python3 - "$result" "$connections" "$seconds" "$ingests" "$docs" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
errors = sum(r["errors"].values())
print(f"serve: {sys.argv[2]} connections, {sys.argv[3]} s, store of {sys.argv[5]} documents, "
      f"{sys.argv[4]} full ingest(s) completed beside the load")
print(f"serve: {r['rps']:.0f} requests/s ({r['requests']} requests), p50 {r['p50_ms']:.2f} ms, "
      f"p90 {r['p90_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms, max {r['max_ms']:.1f} ms, errors {errors} {r['errors']}")
sys.exit(1 if errors else 0)
PY
