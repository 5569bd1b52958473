#!/usr/bin/env bash
# What quote extraction adds to ingest: `marsad ingest --stages ner,entities` against
# `--stages ner,entities,quotes` on the same articles of ant-multisource-news, each into a
# fresh store, the two interleaved RUNS times (A B A B ...), CPU seconds (user + sys) and
# wall seconds of each run, and the ratio of the medians. The issue's target: quotes adds
# no more than 10 % (docs/quotes.md, "Speed").
#   bench/quotes_cost.sh [--docs N] [--runs N] [--file PATH]
#   (default: the first 8,000 article bodies, 3 runs each; --file: a JSONL of your own)
# The machine is shared: the load average is printed beside each run; compare the ratio of
# one invocation, not absolute figures across invocations.
set -euo pipefail
source "$(dirname "$0")/common.sh"
docs=8000
runs=3
file=""
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) docs="$2"; shift ;;
    --runs) runs="$2"; shift ;;
    --file) file="$2"; shift ;;
    *) echo "usage: bench/quotes_cost.sh [--docs N] [--runs N] [--file PATH]" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$file" ]; then
  if [ ! -d "$SHARED/data/ant-multisource-news" ]; then
    echo "bench/quotes_cost: $SHARED/data/ant-multisource-news is absent; skipped" >&2
    exit 0
  fi
  file="$WORK/ant_bodies_${docs}.jsonl"
  [ -s "$file" ] || ant_bodies "$file" "$docs"
fi
echo "bench/quotes_cost: $(wc -l <"$file") docs from $file, $runs runs each, $(nproc) cores"

# one NAME STAGES: ingests $file into a fresh store; appends "cpu wall" to $WORK/NAME.runs.
one() {
  local name="$1" stages="$2" store="$WORK/quotes_cost_store"
  rm -rf "$store"
  local load
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%U %S %e" -o "$WORK/$name.time" \
    "$MARSAD" --store "$store" ingest --json --stages "$stages" "$file" >"$WORK/$name.out"
  read -r user sys wall <"$WORK/$name.time"
  local cpu
  cpu=$(python3 -c "print(f'{$user + $sys:.2f}')")
  echo "$cpu $wall" >>"$WORK/$name.runs"
  printf '  %-22s cpu %7s s  wall %7s s  (load %s before)\n' "$stages" "$cpu" "$wall" "$load"
}

rm -f "$WORK/base.runs" "$WORK/quotes.runs"
for ((r = 1; r <= runs; r++)); do
  one base ner,entities
  one quotes ner,entities,quotes
done
rm -rf "$WORK/quotes_cost_store"
python3 - "$WORK/base.runs" "$WORK/quotes.runs" <<'PY'
import statistics, sys
base = [tuple(map(float, l.split())) for l in open(sys.argv[1])]
quot = [tuple(map(float, l.split())) for l in open(sys.argv[2])]
for i, what in ((0, "cpu"), (1, "wall")):
    b = statistics.median(x[i] for x in base)
    q = statistics.median(x[i] for x in quot)
    pairs = [(q_[i] / b_[i] - 1) * 100 for b_, q_ in zip(base, quot)]
    print(f"  {what:4s} median {b:.2f} s -> {q:.2f} s: quotes adds {(q / b - 1) * 100:+.1f} % "
          f"(run by run: {', '.join(f'{p:+.1f} %' for p in pairs)})")
PY
echo "  load average now: $(cut -d' ' -f1-3 /proc/loadavg)"
