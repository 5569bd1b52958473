#!/usr/bin/env bash
# Load test of `marsad serve` on loopback: ingests ant-multisource-news (31,525 articles,
# default stages) into a store, starts the server, and runs wrk for 60 s at 64 connections
# with a mix of searches, entity look-ups (by id, by spelling), quote look-ups (by speaker,
# by document), and some document/story/timeline look-ups, while a second `marsad ingest`
# writes into the same store beside it (re-ingesting SkyNews.jsonl in a loop). Then each kind
# of request alone for --per-kind seconds (5), the ingest still running. Prints requests/s,
# p50/p90/p99 latency, the error count (non-2xx included), which must be 0 (exit 1
# otherwise), and the load average.
#   bench/serve.sh [--smoke] [--seconds N] [--connections N] [--per-kind N]
# --smoke: 10 s on examples/corpus (the second ingest re-ingests it), to check the script.
set -euo pipefail
source "$(dirname "$0")/common.sh"
seconds=60
connections=64
per_kind=5
smoke=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1; seconds=10; per_kind=2 ;;
    --seconds) seconds="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    --per-kind) per_kind="$2"; shift ;;
    *) echo "usage: bench/serve.sh [--smoke] [--seconds N] [--connections N] [--per-kind N]" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "bench/serve: wrk not found (apt-get install wrk); skipped" >&2; exit 0; }
if [ "$smoke" = 1 ]; then
  inputs=("$ROOT/examples/corpus")
  beside=("$ROOT/examples/corpus/10_un_envoy.txt")
  beside_ids='^10_un_envoy$'
  store="$WORK/serve_smoke_store"
  rm -rf "$store"
else
  data="$SHARED/data/ant-multisource-news"
  [ -d "$data" ] || { echo "bench/serve: $data is absent; skipped" >&2; exit 0; }
  inputs=("$data")
  beside=("$data/SkyNews.jsonl")
  beside_ids='^SK-'
  store="$WORK/serve_ant_store"
fi

if [ ! -f "$store/catalog.sqlite" ]; then
  echo "bench/serve: ingesting ${inputs[*]} into $store" >&2
  "$MARSAD" --store "$store" ingest --json "${inputs[@]}" >"$WORK/serve_ingest.json"
fi

log="$WORK/serve.log"
"$MARSAD" --store "$store" serve --port 0 --store-handles 16 >"$log" 2>&1 &
server=$!
ingester=""
stop_beside() {
  [ -n "$ingester" ] && kill "$ingester" 2>/dev/null || true
  [ -f "$WORK/serve_beside_pid" ] && kill "$(cat "$WORK/serve_beside_pid")" 2>/dev/null || true
}
cleanup() {
  stop_beside
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

# The request mix, weighted by repetition (per 1,000): searches 250; entity look-ups 250 (by
# id 125, by spelling 125); quote look-ups 300 (by speaker 150, by document 150); document
# look-ups 100; story look-ups 40, entity timelines 30, story lists 10, document lists 10,
# health 10. Everything is drawn from the store: title words for searches, the spellings of
# the most mentioned entities, the speakers and documents of stored quotes.
paths="$WORK/serve_paths.txt"
python3 - "$url" "$paths" "$WORK/serve_kinds.txt" "$beside_ids" <<'PY2'
import json, random, re, sys, urllib.parse, urllib.request
url, out, kinds_out, beside_ids = sys.argv[1], sys.argv[2], sys.argv[3], re.compile(sys.argv[4])
get = lambda p: json.load(urllib.request.urlopen(url + p, timeout=120))
q = lambda s: urllib.parse.quote(s, safe="")
features = get("/api/version")["features"]
for f in ("search", "entities", "quotes", "stories", "timeline"):
    if not features.get(f):
        sys.exit(f"bench/serve: this build has no {f}: the mix needs it")
random.seed(7)
ids, offset = [], 0
while len(ids) < 5000:
    page = get(f"/api/docs?limit=1000&offset={offset}")
    ids += [d["id"] for d in page["docs"]]
    offset += 1000
    if offset >= page["total"]:
        break
# Documents the ingest beside does not rewrite: one it re-ingests may be stored again as a
# duplicate of another outlet's article, and its id then rightly answers 404.
ids = [i for i in ids if not beside_ids.search(i)]
sample = random.sample(ids, min(400, len(ids)))
docs = [get("/api/docs/" + q(i)) for i in sample]
sources = sorted({d["source"] for d in docs} - {""})
words = [w for d in docs for w in d["title"].split() if len(w) > 3] or ["سوريا"]
quoted = [d["id"] for d in docs if d["quotes"]]
speakers = sorted({qt["speaker"]["name"] for d in docs for qt in d["quotes"]
                   if qt["speaker"]["entity"] is not None and qt["speaker"]["name"]})
# Entities that also appear in documents the ingest beside does not rewrite: re-ingesting
# every document of an entity gives it a new id (the entities stage drops an entity whose
# last document is replaced), and its old id would rightly answer 404.
entities = sorted((e for e in get("/api/entities?limit=10000") if any(not beside_ids.search(d) for d in e["docs"])),
                  key=lambda e: -e["mentions"])[:500]
spellings = [v for e in entities for v in e["variants"][:3]]
stories = [s["id"] for s in get("/api/stories?limit=100&min_docs=2")] or [1]
if not (quoted and speakers and entities):
    sys.exit("bench/serve: the store has no quotes or entities (ingest with the default stages)")
mix = {
    "search": [f"/api/search?k=10&q={q(' '.join(random.sample(words, 2)))}" for _ in range(250)],
    "entity_id": [f"/api/entities/{random.choice(entities)['id']}" for _ in range(125)],
    "entity_name": [f"/api/entities?limit=20&name={q(random.choice(spellings))}" for _ in range(125)],
    "quotes_speaker": [f"/api/quotes?limit=50&speaker={q(random.choice(speakers))}" for _ in range(150)],
    "quotes_doc": [f"/api/quotes?doc={q(random.choice(quoted))}" for _ in range(150)],
    "doc": ["/api/docs/" + q(random.choice(ids)) for _ in range(100)],
    "story": [f"/api/stories/{random.choice(stories)}" for _ in range(40)],
    "timeline": [f"/api/timeline?limit=20&entity={random.choice(entities)['id']}" for _ in range(30)],
    "stories": ["/api/stories?limit=5"] * 10,
    "docs_list": [f"/api/docs?limit=20&source={q(random.choice(sources))}" for _ in range(10)],
    "health": ["/health"] * 10,
}
lines = [p for kind in mix for p in mix[kind]]
random.shuffle(lines)
open(out, "w").write("\n".join(lines) + "\n")
with open(kinds_out, "w") as k:
    for kind, ps in mix.items():
        open(out + "." + kind, "w").write("\n".join(ps) + "\n")
        k.write(kind + "\n")
print(f"bench/serve: {len(lines)} paths ({', '.join(f'{k} {len(v)}' for k, v in mix.items())}); "
      f"{len(speakers)} speakers, {len(spellings)} spellings, {len(stories)} stories", file=sys.stderr)
PY2

# The second ingest, in a loop for as long as the load runs. Its pid is kept so that cleanup
# stops the ingest itself, not only the loop (an orphaned ingest would go on writing).
rm -f "$WORK/serve_beside_pid"
(
  n=0
  while true; do
    nice -n "${MARSAD_BESIDE_NICE:-0}" "$MARSAD" --store "$store" ingest --json "${beside[@]}" >"$WORK/serve_beside_$n.json" 2>/dev/null &
    echo $! >"$WORK/serve_beside_pid"
    wait $! || exit 1
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
load="$(cut -d' ' -f1-3 /proc/loadavg)"
# Each kind alone, briefly, at the same connections (wrk's latency statistics are per run,
# not per request): --per-kind N seconds each (0: skip), the ingest still running beside.
kind_results=()
if [ "$per_kind" -gt 0 ]; then
  while read -r kind; do
    r="$(MARSAD_PATHS="$paths.$kind" wrk -t"$threads" -c"$connections" -d"${per_kind}s" --timeout 10s \
      -s "$ROOT/bench/serve.lua" "$url" | tail -n1)"
    kind_results+=("$kind $r")
  done <"$WORK/serve_kinds.txt"
fi
kill -0 "$ingester" 2>/dev/null || { echo "bench/serve: the second ingest failed" >&2; exit 1; }
stop_beside
wait "$ingester" 2>/dev/null || true
ingester=""
ingests="$(cat "$WORK/serve_beside_count" 2>/dev/null || echo 0)"
docs="$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('$url/health'))['documents'])")"
echo "$result"
printf '%s\n' "${kind_results[@]}" >"$WORK/serve_kind_results.txt"
python3 - "$result" "$connections" "$seconds" "$ingests" "$docs" "$load" "$WORK/serve_kind_results.txt" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
errors = sum(r["errors"].values())
print(f"serve: {sys.argv[2]} connections, {sys.argv[3]} s, store of {sys.argv[5]} documents, "
      f"{sys.argv[4]} full ingest(s) completed beside the load; load average {sys.argv[6]}")
print(f"serve: {r['rps']:.0f} requests/s ({r['requests']} requests), p50 {r['p50_ms']:.2f} ms, "
      f"p90 {r['p90_ms']:.2f} ms, p99 {r['p99_ms']:.2f} ms, max {r['max_ms']:.1f} ms, errors {errors} {r['errors']}")
for line in open(sys.argv[7]):
    if not line.strip():
        continue
    kind, body = line.split(" ", 1)
    k = json.loads(body)
    e = sum(k["errors"].values())
    errors += e
    print(f"serve: alone {kind:15} {k['rps']:7.0f} requests/s, p50 {k['p50_ms']:8.2f} ms, p99 {k['p99_ms']:8.2f} ms, "
          f"errors {e}")
sys.exit(1 if errors else 0)
PY
