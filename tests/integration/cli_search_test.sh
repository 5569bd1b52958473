#!/usr/bin/env bash
# End-to-end checks of `marsad search` against ../shared/CONTRACT.md: ingest the examples
# with the index stage, find a name written two ways (لافرنتييف أستانا finds articles that
# write لافرينتيف and أستانة), the --json shape, highlights that are byte offsets of the stored
# text, --batch with a TREC run, a query the parser cannot use, and bad usage.
#   cli_search_test.sh MARSAD SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$@"

run "search without a store" 1 -- "$marsad" --store "$tmp/none" search أستانا
grep -q "$tmp/none" "$tmp/err" || fail "missing store: error does not name it: $(cat "$tmp/err")"

run "ingest --stages index" 0 -- "$marsad" --store "$store" ingest --json --stages index "$src/examples/corpus"
[ -f "$store/index/MANIFEST" ] || fail "no index in the store"

run "search a name in another spelling" 0 -- "$marsad" --store "$store" search --json -k 20 "لافرنتييف أستانا"
python3 - "$tmp/out" "$store" "$marsad" <<'PY' || fail "search --json"
import json, subprocess, sys
d = json.load(open(sys.argv[1]))
for k in ("query", "total", "took_ms", "hits"):
    assert k in d, k
assert d["query"] == "لافرنتييف أستانا", d["query"]
assert d["total"] >= len(d["hits"]) > 0
for h in d["hits"]:
    for k in ("id", "score", "title", "date", "source", "snippet"):
        assert k in h, k
scores = [h["score"] for h in d["hits"]]
assert scores == sorted(scores, reverse=True), scores
# Both spellings of the name and of the place are found, and highlighted where they occur.
words = set()
for h in d["hits"]:
    doc = json.loads(subprocess.run([sys.argv[3], "--store", sys.argv[2], "show", "--json", h["id"]],
                                    capture_output=True, check=True).stdout)
    text = doc["text"].encode()
    start = h["snippet_start"]
    assert text[start:start + len(h["snippet"].encode())].decode() == h["snippet"], h["id"]
    for b, e in h["highlights"]:
        words.add(text[b:e].decode())
for w in ("لافرنتييف", "لافرينتيف", "أستانا", "أستانة"):
    assert w in words, (w, words)
# The exact spelling ranks first.
assert "لافرنتييف" in d["hits"][0]["snippet"], d["hits"][0]
PY

run "human-readable output" 0 -- "$marsad" --store "$store" search "\"الوفد الروسي\""
grep -q "\[الوفد\] \[الروسي\]" "$tmp/out" || fail "phrase not highlighted: $(head -c 400 "$tmp/out")"

run "filters" 0 -- "$marsad" --store "$store" search --json "source:xyz أستانا"
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['hits'] == [], d" "$tmp/out" || fail "source filter"

run "a query the parser cannot use" 0 -- "$marsad" --store "$store" search --json '"((( date:2099-99 +'
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['warnings'], d" "$tmp/out" || fail "warnings"

printf 'q1\tلافرينتيف إدلب\nq2\tأنصاري طهران\nq3\t"((\n' >"$tmp/q.tsv"
run "batch" 0 -- "$marsad" --store "$store" search --batch "$tmp/q.tsv" -k 5 --run "$tmp/run.txt"
python3 - "$tmp/out" "$tmp/run.txt" <<'PY' || fail "batch output"
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("queries", "seconds", "mean_ms", "p50_ms", "p95_ms", "p99_ms"):
    assert k in d, k
assert d["queries"] == 3 and d["p50_ms"] <= d["p95_ms"] <= d["p99_ms"], d
lines = [l.split() for l in open(sys.argv[2])]
assert lines and all(len(l) == 6 and l[1] == "Q0" and l[5] == "marsad" for l in lines), lines[:3]
assert {l[0] for l in lines} >= {"q1", "q2"}, lines
assert [int(l[3]) for l in lines if l[0] == "q1"] == list(range(1, 1 + sum(1 for l in lines if l[0] == "q1")))
PY

printf 'no tab here\n' >"$tmp/bad.tsv"
run "batch with a bad line" 1 -- "$marsad" --store "$store" search --batch "$tmp/bad.tsv"
grep -q "bad.tsv:1: " "$tmp/err" || fail "bad batch line: $(cat "$tmp/err")"
run "no query" 2 -- "$marsad" --store "$store" search
run "bad -k" 2 -- "$marsad" --store "$store" search -k 0 أستانا

# Re-ingesting (same ids) replaces; the index still holds each document once.
run "re-ingest" 0 -- "$marsad" --store "$store" ingest --json --stages index "$src/examples/corpus"
run "search after re-ingest" 0 -- "$marsad" --store "$store" search --json -k 50 أستانا
python3 -c "
import json,sys
d=json.load(open(sys.argv[1])); ids=[h['id'] for h in d['hits']]
assert len(ids) == len(set(ids)) and ids, ids" "$tmp/out" || fail "duplicated hits after re-ingest"

# A store ingested without the index: searching says so; the next ingest with the stage
# indexes what was stored before.
run "ingest --stages none" 0 -- "$marsad" --store "$tmp/plain" ingest --json --stages none "$src/examples/corpus"
run "search without an index" 0 -- "$marsad" --store "$tmp/plain" search --json أستانا
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert not d['hits'] and 'no index yet' in ' '.join(d['warnings']), d" \
  "$tmp/out" || fail "no index warning"
printf '{"id":"late","text":"خبر متأخر عن أستانا."}\n' >"$tmp/late.jsonl"
run "ingest with the index stage catches up" 0 -- "$marsad" --store "$tmp/plain" ingest --json --stages index "$tmp/late.jsonl"
run "search after catching up" 0 -- "$marsad" --store "$tmp/plain" search --json -k 50 أستانا
python3 -c "
import json,sys
ids={h['id'] for h in json.load(open(sys.argv[1]))['hits']}
assert 'late' in ids and '01_astana_round_opens' in ids, ids" "$tmp/out" || fail "catching up"

finish search
