#!/usr/bin/env bash
# What story clustering adds to ingest (issue 8: no more than 20 %): `marsad ingest
# --stages index,entities` (what the stories stage requires; entities pulls in ner) against
# `--stages index,entities,stories` on all of ant-multisource-news, fresh stores, runs
# interleaved — bench/stage_cost.sh with the stories stage over what it requires.
#   bench/stories_cost.sh [--runs N] [--limit DOCS]   (default: 2 pairs, all articles)
set -euo pipefail
# Options given (--runs N, --limit DOCS, --smoke) come after these defaults and override them.
exec "$(dirname "$0")/stage_cost.sh" --runs 2 --limit 0 "$@" index,entities stories
