#!/usr/bin/env bash
# The ingest cost of story clustering: `marsad ingest` of all of ant-multisource-news into a
# fresh store with the stages the stories stage requires (index, entities, which pulls in
# ner) and without it (--stages index,entities) against with it (--stages
# index,entities,stories), runs interleaved A B A B ... so that load on the shared machine
# falls on both alike. The cost of clustering is B - A; the issue's target is B/A <= 1.20.
#   bench/stories_cost.sh [--runs N] [--limit N]
#     --runs N   pairs of runs (2)
#     --limit N  only the first N articles of the corpus (as one JSONL file), to check the
#                script works; the figures of record use the whole folder (0 = all)
# Prints, per run and as the median of the runs, wall and CPU seconds (user + sys) of each
# and the ratio with/without; and the load average before each run.
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=2
limit=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --limit) limit="$2"; shift ;;
    *) echo "usage: bench/stories_cost.sh [--runs N] [--limit N]" >&2; exit 2 ;;
  esac
  shift
done
corpus_dir="$SHARED/data/ant-multisource-news"
if [ ! -d "$corpus_dir" ]; then
  echo "bench/stories_cost: $corpus_dir is absent; skipped" >&2
  exit 0
fi
input="$corpus_dir"
if [ "$limit" -gt 0 ]; then
  input="$WORK/ant_stories_cost_${limit}.jsonl"
  [ -s "$input" ] || cat "$corpus_dir"/*.jsonl | head -n "$limit" >"$input"
fi

# one NAME STAGES: ingests $input into a fresh store; appends "wall cpu" to $WORK/NAME.runs.
one() {
  local name="$1" stages="$2" store="$WORK/stories-cost-store"
  rm -rf "$store"
  echo "  $(uptime | sed 's/.*load average/load average/')  -> $name (--stages $stages)" >&2
  /usr/bin/time -f "%e %U %S" -o "$WORK/$name.time" \
    "$MARSAD" --store "$store" ingest --json --stages "$stages" "$input" >"$WORK/$name.out"
  awk '{print $1, $2 + $3}' "$WORK/$name.time" >>"$WORK/$name.runs"
  tail -n 1 "$WORK/$name.out" >"$WORK/$name.json"
  rm -rf "$store"
}

rm -f "$WORK/without.runs" "$WORK/with.runs"
for run in $(seq 1 "$runs"); do
  one without index,entities
  one with index,entities,stories
done

python3 - "$WORK" "$input" <<'PY'
import json, statistics, sys
w, src = sys.argv[1], sys.argv[2]
def runs(n):
    return [tuple(map(float, l.split())) for l in open(f"{w}/{n}.runs")]
a, b = runs("without"), runs("with")
ja, jb = json.load(open(f"{w}/without.json")), json.load(open(f"{w}/with.json"))
assert ja["ingested"] == jb["ingested"], (ja["ingested"], jb["ingested"])
print(f"input {src}: {jb['ingested']} stored, {jb['duplicates']} duplicates, {jb['skipped']} skipped")
print(f"{'run':<6}{'without wall':>14}{'with wall':>11}{'ratio':>7}{'without CPU':>13}{'with CPU':>10}{'ratio':>7}")
for i, ((aw, ac), (bw, bc)) in enumerate(zip(a, b), 1):
    print(f"{i:<6}{aw:>14.2f}{bw:>11.2f}{bw / aw:>7.3f}{ac:>13.2f}{bc:>10.2f}{bc / ac:>7.3f}")
mw = statistics.median(x[1][0] / x[0][0] for x in zip(a, b))
mc = statistics.median(x[1][1] / x[0][1] for x in zip(a, b))
print(f"median ratio with/without stories: wall {mw:.3f} (+{(mw - 1) * 100:.1f}%), "
      f"CPU {mc:.3f} (+{(mc - 1) * 100:.1f}%); target <= 1.20")
PY
