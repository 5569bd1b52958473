#!/usr/bin/env bash
# End-to-end checks of `marsad ingest` and `marsad show` against ../shared/CONTRACT.md:
# the --json summary's shape and counts, exit codes (1 only when nothing was ingested, or
# any error with --strict; 2 for bad usage), stdin JSONL, quiet output when piped, one-line
# errors naming the file and line, and `show` for stored, duplicate and unknown ids.
#   cli_ingest_test.sh MARSAD SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$@"
# field NAME: prints a field of the JSON in $tmp/out.
field() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); v=d[sys.argv[2]]; print(len(v) if isinstance(v, list) else v)" "$tmp/out" "$1"; }
expect_field() { local got; got="$(field "$1")"; [ "$got" = "$2" ] || fail "$3: $1 = $got, want $2"; }

run "ingest examples" 0 -- "$marsad" --store "$store" ingest --json "$src/examples/corpus"
python3 - "$tmp/out" <<'PY' || fail "ingest --json shape"
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("ingested", "replaced", "duplicates", "skipped", "errors", "seconds"):
    assert k in d, k
assert d["ingested"] == 18 and d["duplicates"] == 2 and d["skipped"] == 1 and d["errors"] == [], d
PY
[ -s "$tmp/err" ] && fail "ingest: stderr not quiet when piped: $(cat "$tmp/err")"

run "re-ingest replaces" 0 -- "$marsad" --store "$store" ingest --json "$src/examples/corpus"
expect_field ingested 0 "re-ingest"
expect_field replaced 18 "re-ingest"
expect_field duplicates 2 "re-ingest"

printf '{"id":"s1","title":"من stdin","text":"نص من الإدخال القياسي."}\n{"id":"s2","text":\n' >"$tmp/stdin.jsonl"
run "stdin with a bad line" 0 -- sh -c "\"$marsad\" --store \"$store\" ingest --json - <\"$tmp/stdin.jsonl\""
expect_field ingested 1 "stdin"
expect_field errors 1 "stdin"
grep -q '<stdin>:2: ' "$tmp/err" || fail "stdin: error does not name <stdin>:2: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "stdin: stderr is not one line per error"
run "--strict fails on any error" 1 -- sh -c "\"$marsad\" --store \"$store\" ingest --strict - <\"$tmp/stdin.jsonl\""

printf 'نص \xff مكسور' >"$tmp/bad.txt"
: >"$tmp/empty.txt"
run "nothing ingested" 1 -- "$marsad" --store "$store" ingest "$tmp/bad.txt" "$tmp/empty.txt"
grep -q "bad.txt: invalid UTF-8 at byte 5" "$tmp/err" || fail "bad utf-8 message: $(cat "$tmp/err")"
grep -q "empty.txt: empty file" "$tmp/err" || fail "empty file message: $(cat "$tmp/err")"
run "missing path" 1 -- "$marsad" --store "$store" ingest "$tmp/nope.jsonl"
grep -q "nope.jsonl" "$tmp/err" || fail "missing path message: $(cat "$tmp/err")"

run "unknown stage" 2 -- "$marsad" --store "$store" ingest --stages tokens "$src/examples/corpus"
grep -q "unknown stage 'tokens'" "$tmp/err" || fail "unknown stage message: $(cat "$tmp/err")"
# Every stage of the contract is built now; pipeline_test covers a stage missing from a build.
run "bad field map" 2 -- "$marsad" --store "$store" ingest --map body "$src/examples/corpus"
printf '{"guid":"m1","headline":"عنوان","body":"نص بحقول أخرى."}\n' >"$tmp/mapped.jsonl"
run "field map" 0 -- "$marsad" --store "$store" ingest --map id=guid,title=headline,text=body "$tmp/mapped.jsonl"

run "show json" 0 -- "$marsad" --store "$store" show --json 01_astana_round_opens
python3 - "$tmp/out" <<'PY' || fail "show --json shape"
import json, sys
d = json.load(open(sys.argv[1]))
for k in ("id", "title", "date", "source", "url", "text", "entities", "quotes", "story"):
    assert k in d, k
assert d["source"] == "وكالة سانا", d["source"]
assert "المصدر" not in d["text"]
assert d["title"] == "انطلاق جولة جديدة من محادثات أستانا حول سوريا"
PY
# Dates: the field (RFC 822 with its offset, meta tags, feed pubDate) or the dateline.
for pair in "wire-001=2017-09-14T03:30:00Z" "14_idlib_page=2017-09-16T15:45:00Z" \
            "feed-jaafari-2017-09-15=2017-09-15T11:20:00Z" "01_astana_round_opens=2017-09-14T00:00:00Z" \
            "12_hijri_bulletin=2017-10-30T00:00:00Z"; do
  id="${pair%%=*}"
  want="${pair#*=}"
  got="$("$marsad" --store "$store" show --json "$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["date"])')"
  [ "$got" = "$want" ] || fail "date of $id: $got, want $want"
done
run "show mapped" 0 -- "$marsad" --store "$store" show m1
grep -q "نص بحقول أخرى." "$tmp/out" || fail "show m1: text missing"
run "show duplicate" 1 -- "$marsad" --store "$store" show wire-002
grep -q "duplicate of wire-001" "$tmp/err" || fail "show duplicate message: $(cat "$tmp/err")"
run "show unknown" 1 -- "$marsad" --store "$store" show no-such-id
grep -q "no document with id no-such-id" "$tmp/err" || fail "show unknown message: $(cat "$tmp/err")"
run "show without store" 1 -- "$marsad" --store "$tmp/absent" show x
run "store is a file" 1 -- "$marsad" --store "$tmp/bad.txt" ingest "$src/examples/corpus"
grep -q "not a directory" "$tmp/err" || fail "store file message: $(cat "$tmp/err")"
MARSAD_STORE="$store" "$marsad" show 01_astana_round_opens >/dev/null 2>&1 || fail "MARSAD_STORE not used"

finish "cli ingest"
