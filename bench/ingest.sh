#!/usr/bin/env bash
# Ingest throughput in one run: `marsad ingest` (parse JSONL + clean + analyse + dedup +
# compress + store, --stages none: nothing after text analysis) beside the `index` verb of
# the Lucene and Xapian reference engines, all on the same file: the 31,525 articles of
# ant-multisource-news as {"id","title","text","date","source"} JSON lines (112 MB).
#   bench/ingest.sh [--smoke] [--runs N]   (--smoke: 2,000 articles, to check the script works)
# Prints docs/s (wall clock) and CPU seconds of each; the machine is shared, so compare the
# ratios of one run rather than absolute figures.
set -euo pipefail
source "$(dirname "$0")/common.sh"
limit=0
runs=1
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) limit=2000 ;;
    --runs) runs="$2"; shift ;;
    *) echo "usage: bench/ingest.sh [--smoke] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
if [ ! -d "$SHARED/data/ant-multisource-news" ]; then
  echo "bench/ingest: $SHARED/data/ant-multisource-news is absent; skipped" >&2
  exit 0
fi
build_peers
corpus="$WORK/ant_ingest_${limit}.jsonl"
if [ ! -s "$corpus" ]; then
  python3 - "$SHARED/data/ant-multisource-news" "$corpus" "$limit" <<'PY'
import glob, json, sys
src, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
n = 0
with open(out, "w", encoding="utf-8") as o:
    for f in sorted(glob.glob(src + "/*.jsonl")):
        for line in open(f, encoding="utf-8"):
            d = json.loads(line)
            o.write(json.dumps({"id": d["docno"], "title": d["title"], "text": d["text"],
                                "date": d["time"], "source": d["source"]}, ensure_ascii=False) + "\n")
            n += 1
            if limit and n >= limit:
                sys.exit(0)
PY
fi
docs=$(wc -l <"$corpus")

# timed NAME CMD...: runs CMD, keeps its last stdout line in $WORK/NAME.json and its CPU
# seconds (user + sys, children included) in $WORK/NAME.cpu.
timed() {
  local name="$1"
  shift
  /usr/bin/time -f "%U %S" -o "$WORK/$name.time" "$@" >"$WORK/$name.out"
  tail -n 1 "$WORK/$name.out" >"$WORK/$name.json"
  awk '{print $1 + $2}' "$WORK/$name.time" >"$WORK/$name.cpu"
}

for run in $(seq 1 "$runs"); do
  rm -rf "$WORK/ingest-store" "$WORK/lucene-index" "$WORK/xapian-index"
  timed marsad "$MARSAD" --store "$WORK/ingest-store" ingest --json --stages none "$corpus"
  timed lucene "$LUCENE" index "$corpus" "$WORK/lucene-index"
  timed xapian "$XAPIAN" index "$corpus" "$WORK/xapian-index"
  python3 - "$WORK" "$docs" "$run" <<'PY'
import json, sys
w, docs, run = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def load(n):
    return json.load(open(f"{w}/{n}.json")), float(open(f"{w}/{n}.cpu").read())
m, mc = load("marsad"); l, lc = load("lucene"); x, xc = load("xapian")
processed = m["ingested"] + m["replaced"] + m["duplicates"] + m["skipped"] + len(m["errors"])
assert processed == docs, f"marsad accounted for {processed} of {docs} articles"
md = docs / m["seconds"]
rows = [("marsad ingest --stages none", md, m["seconds"], mc),
        ("Lucene index (+ force merge)", l["docs_per_s"], l["seconds"], lc),
        ("Xapian index", x["docs_per_s"], x["seconds"], xc)]
print(f"run {run}: {docs} articles; marsad stored {m['ingested']} + {m['duplicates']} duplicates "
      f"({m['exact_duplicates']} exact, {m['near_duplicates']} near) + {m['skipped']} empty")
print(f"{'engine':<32}{'docs/s':>10}{'seconds':>10}{'CPU s':>10}{'docs/CPU-s':>12}")
for name, dps, secs, cpu in rows:
    print(f"{name:<32}{dps:>10.0f}{secs:>10.2f}{cpu:>10.2f}{docs / cpu:>12.0f}")
print(f"ratio marsad/Lucene {md / l['docs_per_s']:.2f}x (docs/s), {(docs / mc) / (docs / lc):.2f}x (docs per CPU-second); "
      f"marsad/Xapian {md / x['docs_per_s']:.2f}x")
PY
done
