#!/usr/bin/env bash
# Search quality and speed, single-threaded, in one run: marsad beside Lucene and Xapian on
# the same corpora and queries.
#   news-known-item: the 31,523 ANT multisource bodies (bodies only, per its SOURCE.md),
#                    1,000 dev headline queries, top 100: MRR@10, index docs/s and size,
#                    query latency p50/p99.
#   ARCD:            465 Wikipedia paragraphs, 1,395 questions (qrels from the JSON nesting).
#   --scale:         only marsad's growth curve: latency and index size at 10k, 31.5k, 95k
#                    and 315k documents (the corpus repeated with new ids).
#   bench/search.sh [--smoke] [--scale]     (--smoke: 2,000 documents, to check the script)
# marsad runs twice: as users run it (`marsad ingest --stages index`, `marsad search --batch`,
# through the store) and as the index library alone (bench/index_tool), beside the peers.
set -euo pipefail
source "$(dirname "$0")/common.sh"
TOOL="${INDEX_TOOL:-$ROOT/build/bench/index_tool}"
docs=0
scale=0
for a in "$@"; do
  case "$a" in
    --smoke) docs=2000 ;;
    --scale) scale=1 ;;
    *) echo "usage: bench/search.sh [--smoke] [--scale]" >&2; exit 2 ;;
  esac
done
if [ ! -d "$SHARED/data/ant-multisource-news" ] || [ ! -d "$SHARED/data/news-known-item" ]; then
  echo "bench/search: $SHARED/data is absent; skipped" >&2
  exit 0
fi
[ -x "$TOOL" ] && [ -x "$MARSAD" ] || { echo "bench/search: build $TOOL and $MARSAD first (scripts/build.sh)" >&2; exit 1; }
build_peers
corpus="$WORK/ant_bodies_${docs}.jsonl"
[ -s "$corpus" ] || ant_bodies "$corpus" "$docs"
qrels="$SHARED/data/news-known-item/dev.qrels"
queries="$SHARED/data/news-known-item/dev.queries.tsv"
EVAL="$WORK/peers/trec_eval.py"

# ARCD as a retrieval collection: paragraphs, questions, qrels.
arcd="$WORK/arcd"
mkdir -p "$arcd"
if [ ! -s "$arcd/qrels" ]; then
  python3 - "$SHARED/data/arcd/arcd.json" "$arcd" <<'PY'
import json, sys
data, out = json.load(open(sys.argv[1], encoding="utf-8"))["data"], sys.argv[2]
with open(out + "/docs.jsonl", "w", encoding="utf-8") as d, open(out + "/queries.tsv", "w", encoding="utf-8") as q, \
     open(out + "/qrels", "w", encoding="utf-8") as r:
    for a, art in enumerate(data):
        for p, par in enumerate(art["paragraphs"]):
            pid = f"arcd-{a}-{p}"
            d.write(json.dumps({"id": pid, "text": par["context"]}, ensure_ascii=False) + "\n")
            for qa in par["qas"]:
                qid = "q" + str(qa["id"]).replace(" ", "_")
                q.write(qid + "\t" + " ".join(qa["question"].split()) + "\n")
                r.write(f"{qid} 0 {pid} 1\n")
PY
fi

mrr() { python3 "$EVAL" "$1" "$2" --json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get("MRR@10", d.get("all", {}).get("MRR@10")))'; }

run_collection() {  # NAME CORPUS QUERIES QRELS
  local name=$1 corp=$2 qs=$3 qr=$4 out="$WORK/search_$1"
  rm -rf "$out"; mkdir -p "$out"
  # marsad as users run it: `marsad ingest --stages index` (one analysis worker; the store's
  # writer thread indexes) into a fresh store, then `marsad search --batch`.
  "$MARSAD" --store "$out/store" ingest --json --stages index --workers 1 "$corp" > "$out/c_ingest.json"
  "$MARSAD" --store "$out/store" search --batch "$qs" -k 100 --run "$out/c.run" > "$out/c_search.json"
  python3 - "$out" "$(du -sb "$out/store/index" | cut -f1)" <<'PY'
import json, sys
out, size = sys.argv[1], int(sys.argv[2])
i = json.load(open(out + "/c_ingest.json"))
docs = i["ingested"] + i["replaced"] + i["duplicates"] + i["skipped"]
json.dump({"docs": docs, "indexed": i["ingested"], "seconds": i["seconds"], "index_bytes": size}, open(out + "/c_index.json", "w"))
PY
  # The index library alone (bench/index_tool: JSONL straight into the index, no store).
  "$TOOL" index "$corp" "$out/marsad" > "$out/m_index.json"
  "$LUCENE" index "$corp" "$out/lucene" > "$out/l_index.json"
  "$XAPIAN" index "$corp" "$out/xapian" > "$out/x_index.json"
  "$TOOL" search "$out/marsad" "$qs" 100 "$out/m.run" > "$out/m_search.json"
  "$LUCENE" search "$out/lucene" "$qs" 100 "$out/l.run" > "$out/l_search.json"
  "$XAPIAN" search "$out/xapian" "$qs" 100 "$out/x.run" > "$out/x_search.json"
  python3 - "$name" "$out" "$(mrr "$qr" "$out/c.run")" "$(mrr "$qr" "$out/m.run")" "$(mrr "$qr" "$out/l.run")" \
    "$(mrr "$qr" "$out/x.run")" <<'PY'
import json, sys
name, out = sys.argv[1], sys.argv[2]
mrr = dict(zip("cmlx", map(float, sys.argv[3:7])))
rows = []
for k, label in (("c", "marsad ingest/search"), ("m", "marsad index library"), ("l", "Lucene 8 ArabicAnalyzer"),
                 ("x", "Xapian 1.4 + Snowball")):
    i = json.load(open(f"{out}/{k}_index.json")); s = json.load(open(f"{out}/{k}_search.json"))
    rows.append((label, mrr[k], i["docs"] / i["seconds"], i["index_bytes"] / 1e6, s["p50_ms"], s["p99_ms"]))
c = json.load(open(out + "/c_index.json"))
print(f"\n{name}: {json.load(open(out + '/m_index.json'))['docs']} documents "
      f"({c['indexed']} stored and indexed by marsad ingest: the rest are duplicates), "
      f"{json.load(open(out + '/m_search.json'))['queries']} queries, top 100")
print(f"{'engine':<26}{'MRR@10':>8}{'docs/s':>10}{'index MB':>10}{'p50 ms':>9}{'p99 ms':>9}")
for r in rows:
    print(f"{r[0]:<26}{r[1]:>8.3f}{r[2]:>10.0f}{r[3]:>10.1f}{r[4]:>9.2f}{r[5]:>9.2f}")
cl, m, l, x = rows
best = min(l[4], x[4]), min(l[5], x[5])
for r in (cl, m):
    print(f"{r[0]}: docs/s {r[2] / l[2]:.2f}x Lucene's, index size {r[3] / l[3]:.2f}x; "
          f"latency vs the better peer: p50 {r[4] / best[0]:.2f}x, p99 {r[5] / best[1]:.2f}x")
PY
}

if [ "$scale" = 0 ]; then
  run_collection news-known-item "$corpus" "$queries" "$qrels"
  [ "$docs" = 0 ] && run_collection arcd "$arcd/docs.jsonl" "$arcd/queries.tsv" "$arcd/qrels"
fi

if [ "$scale" = 1 ]; then
  echo
  echo "growth (marsad; the corpus repeated with new ids; dev queries, top 100)"
  printf '%-10s%12s%12s%10s%10s\n' docs "index MB" "docs/s" "p50 ms" "p99 ms"
  small="$WORK/ant_bodies_10000.jsonl"
  [ -s "$small" ] || ant_bodies "$small" 10000
  for spec in "$small 1" "$corpus 1" "$corpus 3" "$corpus 10"; do
    set -- $spec
    out="$WORK/scale_idx"
    rm -rf "$out"
    i=$("$TOOL" index "$1" "$out" --repeat "$2")
    s=$("$TOOL" search "$out" "$queries" 100 "$WORK/scale.run")
    python3 - "$i" "$s" <<'PY'
import json, sys
i, s = json.loads(sys.argv[1]), json.loads(sys.argv[2])
print(f"{i['docs']:<10}{i['index_bytes'] / 1e6:>12.1f}{i['docs_per_s']:>12.0f}{s['p50_ms']:>10.2f}{s['p99_ms']:>10.2f}")
PY
  done
  rm -rf "$WORK/scale_idx"
fi
