#!/usr/bin/env bash
# Analysis speed, single-threaded, in one run: marsad (tokenize + normalize + stem +
# variant key + sentences) beside Lucene's ArabicAnalyzer and Xapian's TermGenerator with
# the Snowball Arabic stemmer, on the article bodies of ant-multisource-news (85 MB).
#   bench/analysis.sh [--smoke]     (--smoke: 300 articles, to check the script works)
set -euo pipefail
source "$(dirname "$0")/common.sh"
docs=0
[ "${1:-}" = "--smoke" ] && docs=300
if [ ! -d "$SHARED/data/ant-multisource-news" ]; then
  echo "bench/analysis: $SHARED/data/ant-multisource-news is absent; skipped" >&2
  exit 0
fi
build_peers
corpus="$WORK/ant_bodies_${docs}.jsonl"
[ -s "$corpus" ] || ant_bodies "$corpus" "$docs"

m=$("$MARSAD" analyze --stats "$corpus")
l=$("$LUCENE" analyze "$corpus")
x=$("$XAPIAN" analyze "$corpus")
mm=$(json_field "$m" mb_per_s); lm=$(json_field "$l" MB_per_s); xm=$(json_field "$x" MB_per_s)
python3 - "$m" "$l" "$x" <<'PY'
import json, sys
m, l, x = (json.loads(a) for a in sys.argv[1:4])
print(f"corpus: {m['docs']} articles, {m['bytes']/1e6:.1f} MB")
print(f"{'engine':<36}{'MB/s':>9}{'tokens':>12}{'seconds':>9}")
print(f"{'marsad (norm+stem+key+sentences)':<36}{m['mb_per_s']:>9.1f}{m['tokens']:>12}{m['seconds']:>9.3f}")
print(f"{'Lucene ArabicAnalyzer':<36}{l['MB_per_s']:>9.1f}{l['tokens']:>12}{l['seconds']:>9.3f}")
print(f"{'Xapian TermGenerator + Snowball':<36}{x['MB_per_s']:>9.1f}{x['tokens']:>12}{x['seconds']:>9.3f}")
print(f"ratio marsad/Lucene {m['mb_per_s']/l['MB_per_s']:.2f}x   marsad/Xapian {m['mb_per_s']/x['MB_per_s']:.2f}x")
PY
