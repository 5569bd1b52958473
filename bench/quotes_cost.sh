#!/usr/bin/env bash
# What quote extraction adds to ingest (issue 7: no more than 10 %): `marsad ingest
# --stages ner,entities` against `--stages ner,entities,quotes` on the same articles of
# ant-multisource-news, fresh stores, runs interleaved, wall and CPU seconds of each run —
# bench/stage_cost.sh with the quotes stage over what it uses (docs/quotes.md, "Speed").
#   bench/quotes_cost.sh [--runs N] [--limit DOCS]   (default: 3 runs, the first 8,000 articles)
# The machine is shared: read the CPU share first and say the load average beside it.
set -euo pipefail
# Options given (--runs N, --limit DOCS, --smoke) come after these defaults and override them.
exec "$(dirname "$0")/stage_cost.sh" --runs 3 --limit 8000 "$@" ner,entities quotes
