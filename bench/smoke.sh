#!/usr/bin/env bash
# A smoke run of every benchmark and evaluation (CI, from scripts/test.sh): each bench script
# on its small input (--smoke) beside the Lucene and Xapian peers, and each `marsad eval` on
# the real data, briefly. It checks that they run and print their figures, not the figures
# themselves (those are measured on the whole corpora: docs/BENCHMARKS.md). Needs the release
# build; what needs ../shared/data says so and skips when it is absent.
#   bench/smoke.sh
set -euo pipefail
source "$(dirname "$0")/common.sh"
cd "$ROOT"
run() {
  local name="$1"
  shift
  local start=$SECONDS
  if ! "$@" >"$WORK/smoke-$name.out" 2>&1; then
    echo "bench/smoke: $name failed: $*" >&2
    tail -n 20 "$WORK/smoke-$name.out" >&2
    exit 1
  fi
  echo "ok   $name ($((SECONDS - start)) s)"
}
run serve bench/serve.sh --smoke  # examples/corpus: needs no shared data
if [ ! -d "$SHARED/data" ]; then
  echo "bench/smoke: $SHARED/data is absent; the other benchmarks and evaluations skipped"
  exit 0
fi
run analysis bench/analysis.sh --smoke
run ingest bench/ingest.sh --smoke
run search bench/search.sh --smoke
run stage-cost bench/stage_cost.sh --smoke ner entities
run eval-variants "$MARSAD" eval variants
run eval-dates "$MARSAD" eval dates
run eval-translit "$MARSAD" eval translit
run eval-ner "$MARSAD" eval ner \
  "$SHARED/data/anercorp/camel_split_reconstructed/ANERCorp_CamelLab_test.reconstructed.txt"
run eval-entities "$MARSAD" eval entities --limit 500 --errors 0
run eval-quotes "$MARSAD" eval quotes
run eval-quotes-heldout "$MARSAD" eval quotes --gold data/eval/quotes-heldout.json
run eval-quotes-heldout2 "$MARSAD" eval quotes --gold data/eval/quotes-heldout2.json
# Held-out 3's articles are SaudiNewsNet's (zipped JSON, no ids) and JawharaFM's: the script
# writes them as the JSONL corpus the gold's ids refer to.
run heldout3-corpus python3 scripts/saudinewsnet_jsonl.py "$SHARED/data" "$WORK/heldout3-corpus"
run eval-quotes-heldout3 "$MARSAD" eval quotes --gold data/eval/quotes-heldout3.json --corpus "$WORK/heldout3-corpus"
# Held-out 4-6 also read ant-multisource-news: its files linked beside them.
run heldout-ant-links ln -sf "$SHARED"/data/ant-multisource-news/{Alarabia,BBC,CNN,France24,SkyNews}.jsonl "$WORK/heldout3-corpus/"
run eval-quotes-heldout4 "$MARSAD" eval quotes --gold data/eval/quotes-heldout4.json --corpus "$WORK/heldout3-corpus"
run eval-quotes-heldout5 "$MARSAD" eval quotes --gold data/eval/quotes-heldout5.json --corpus "$WORK/heldout3-corpus"
run eval-quotes-heldout6 "$MARSAD" eval quotes --gold data/eval/quotes-heldout6.json --corpus "$WORK/heldout3-corpus"
run eval-stories "$MARSAD" eval stories
