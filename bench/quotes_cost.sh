#!/usr/bin/env bash
# What quote extraction adds to ingest (issue 7: no more than 10 %): `marsad ingest
# --stages ner,entities` against `--stages ner,entities,quotes` on the same articles of
# ant-multisource-news, fresh stores, runs interleaved, wall and CPU seconds of each run —
# bench/stage_cost.sh with the quotes stage over what it uses (docs/quotes.md, "Speed").
#   bench/quotes_cost.sh [--runs N] [--limit DOCS]   (default: 3 runs, the first 8,000 articles)
# The machine is shared: read the CPU share first and say the load average beside it.
set -euo pipefail
runs=3
limit=8000
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift ;;
    --limit) limit="$2"; shift ;;
    *) echo "usage: bench/quotes_cost.sh [--runs N] [--limit DOCS]" >&2; exit 2 ;;
  esac
  shift
done
exec "$(dirname "$0")/stage_cost.sh" --runs "$runs" --limit "$limit" ner,entities quotes
