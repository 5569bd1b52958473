#!/usr/bin/env bash
# What one pipeline stage adds to `marsad ingest`: the same articles ingested into fresh
# stores with the stages it needs (BASE) and with BASE plus the stage, runs interleaved.
#   bench/stage_cost.sh [--smoke] [--runs N] [--limit DOCS] BASE STAGE
#   e.g. bench/stage_cost.sh ner entities      (what entity resolution adds)
#        bench/stage_cost.sh ner,entities quotes
#        bench/stage_cost.sh index,entities stories
#        bench/stage_cost.sh all,-stories,-entities entities   (the default ingest, less the
#          stories that need entities, with and without entity resolution)
# Input: ant-multisource-news as ANT JSONL (all 31.5k articles unless --limit/--smoke).
# Prints wall and CPU seconds (user + sys) and the load average of each run, the added share
# of each pair and the median; the machine is shared, so read the CPU share first.
set -euo pipefail
source "$(dirname "$0")/common.sh"
runs=2
limit=0
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) limit=1000; runs=1 ;;
    --runs) runs="$2"; shift ;;
    --limit) limit="$2"; shift ;;
    -*) echo "usage: bench/stage_cost.sh [--smoke] [--runs N] [--limit DOCS] BASE STAGE" >&2; exit 2 ;;
    *) break ;;
  esac
  shift
done
if [ $# -ne 2 ]; then
  echo "usage: bench/stage_cost.sh [--smoke] [--runs N] [--limit DOCS] BASE STAGE" >&2
  exit 2
fi
base="$1"
stage="$2"
# BASE may leave the stage out of "all" ("all,-stories,-entities"): the run with it drops that item.
with=$(echo "$base" | tr ',' '\n' | grep -vx -- "-$stage" | paste -sd, -)
with="$with,$stage"
if [ ! -d "$SHARED/data/ant-multisource-news" ]; then
  echo "bench/stage_cost: $SHARED/data/ant-multisource-news is absent; skipped" >&2
  exit 0
fi
corpus="$WORK/ant_stage_cost_${limit}.jsonl"
if [ ! -s "$corpus" ]; then
  if [ "$limit" = 0 ]; then
    cat "$SHARED"/data/ant-multisource-news/*.jsonl >"$corpus"
  else
    # head closes the pipe early: cat's SIGPIPE is not a failure here.
    { cat "$SHARED"/data/ant-multisource-news/*.jsonl || true; } | head -n "$limit" >"$corpus"
  fi
fi
docs=$(wc -l <"$corpus")
echo "stage cost of '$2' over '$base': $docs articles, $runs run(s) each, load $(cut -d' ' -f1-3 /proc/loadavg)"

# run NAME STAGES: ingests into a fresh store; appends "wall cpu load" to $WORK/NAME.times.
run() {
  local store="$WORK/stage-cost-store"
  rm -rf "$store"
  /usr/bin/time -f "%e %U %S" -o "$WORK/stage-cost.time" \
    "$MARSAD" --store "$store" ingest --json --stages "$2" "$corpus" >"$WORK/stage-cost.json"
  awk -v load="$(cut -d' ' -f1 /proc/loadavg)" '{print $1, $2 + $3, load}' "$WORK/stage-cost.time" >>"$WORK/$1.times"
  # The stage's own CPU seconds (ingest --json's stage_cpu_seconds) and the ingest's.
  python3 -c 'import json, sys; d = json.load(open(sys.argv[1])); print(d["stage_cpu_seconds"].get(sys.argv[2], 0), d["cpu_seconds"])' \
    "$WORK/stage-cost.json" "$stage" >>"$WORK/$1.stage"
  rm -rf "$store"
}
rm -f "$WORK/base.times" "$WORK/with.times" "$WORK/base.stage" "$WORK/with.stage"
for _ in $(seq 1 "$runs"); do
  run base "$base"
  run with "$with"
done
python3 - "$WORK" "$base" "$with" "$stage" <<'PY'
import statistics, sys
w, base, with_, stage = sys.argv[1:5]
def load(n):
    return [tuple(map(float, l.split())) for l in open(f"{w}/{n}.times")]
b, s = load("base"), load("with")
for i, (x, y) in enumerate(zip(b, s), 1):
    print(f"run {i}: --stages {base}: {x[0]:.2f} s wall, {x[1]:.2f} CPU s (load {x[2]:.1f}) | "
          f"--stages {with_}: {y[0]:.2f} s wall, {y[1]:.2f} CPU s (load {y[2]:.1f}) | "
          f"added {100 * (y[0] / x[0] - 1):+.1f}% wall, {100 * (y[1] / x[1] - 1):+.1f}% CPU")
wall = statistics.median(y[0] / x[0] for x, y in zip(b, s))
cpu = statistics.median(y[1] / x[1] for x, y in zip(b, s))
print(f"median of the runs: added {100 * (wall - 1):+.1f}% wall, {100 * (cpu - 1):+.1f}% CPU")
# Measured inside the runs with the stage: its own CPU seconds over the rest of the ingest's.
# Less noisy than the difference of two processes on a loaded machine, but it leaves out
# what the stage costs others (its records in the store's commits, memory it pollutes).
own = [tuple(map(float, l.split())) for l in open(f"{w}/with.stage")]
for i, (st, total) in enumerate(own, 1):
    print(f"run {i}: '{stage}' itself: {st:.2f} of {total:.2f} CPU s = {100 * st / max(total - st, 1e-9):+.1f}% over the rest")
print(f"median: '{stage}' itself adds {100 * statistics.median(st / max(t - st, 1e-9) for st, t in own):+.1f}% CPU")
PY
