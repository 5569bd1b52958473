#!/usr/bin/env bash
# End-to-end checks of `marsad ner`, `marsad eval ner` and `marsad train ner` with the
# committed model: JSON shapes of ../shared/CONTRACT.md, byte offsets, exit codes and
# one-line errors naming the file.
#   cli_ner_test.sh MARSAD SOURCE_DIR
set -uo pipefail
marsad="$1"
src="$2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fails=0

# expect NAME WANT_EXIT STDERR_PATTERN -- command...
expect() {
  local name="$1" want="$2" pattern="$3"
  shift 4
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL $name: exit $got, want $want; stderr: $(head -c 300 "$tmp/err")"
    fails=$((fails + 1))
    return
  fi
  if [ -n "$pattern" ]; then
    if ! grep -q -- "$pattern" "$tmp/err"; then
      echo "FAIL $name: stderr lacks '$pattern': $(cat "$tmp/err")"
      fails=$((fails + 1))
      return
    fi
    if [ "$(wc -l <"$tmp/err")" -ne 1 ]; then
      echo "FAIL $name: stderr is not one line: $(cat "$tmp/err")"
      fails=$((fails + 1))
      return
    fi
  fi
  echo "ok   $name"
}

check() {  # check NAME -- python code reading sys.argv[1:] ...
  local name="$1"
  shift 2
  if ! python3 - "$@"; then
    echo "FAIL $name"
    fails=$((fails + 1))
  fi
}

printf 'قال الرئيس الفلسطيني محمود عباس في رام الله إن حركة حماس لم ترد.\nوزار عباس القاهرة.' >"$tmp/good.txt"
printf '{"id":"a","text":"زار محمود عباس القاهرة."}\n{"id":"b","text":\n' >"$tmp/mixed.jsonl"
printf 'محمد B-PERS\nعباس I-PERS\nفي O\nرام B-LOC\nالله I-LOC\n\nقال O\n' >"$tmp/good.conll"
printf 'محمد B-PERS\nعباس\n' >"$tmp/bad.conll"
printf 'not a model' >"$tmp/bad.model"

expect "ner help" 0 "" -- "$marsad" ner --help
expect "ner json" 0 "" -- "$marsad" ner --json "$tmp/good.txt"
check "ner json shape" -- "$tmp/out" "$tmp/good.txt" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
text = open(sys.argv[2], "rb").read()
assert {"tokens", "mentions"} <= set(out), out.keys()
for t in out["tokens"]:
    assert {"text", "start", "end", "tag"} <= set(t), t
    assert text[t["start"]:t["end"]].decode() == t["text"], t
for m in out["mentions"]:
    assert {"type", "start", "end", "text"} <= set(m), m
    assert m["type"] in ("PER", "LOC", "ORG", "MISC"), m
    assert text[m["start"]:m["end"]].decode() == m["text"], m
found = {(m["type"], m["text"]) for m in out["mentions"]}
assert ("PER", "محمود عباس") in found, found
assert ("LOC", "القاهرة") in found, found
tags = {t["text"]: t["tag"] for t in out["tokens"]}
assert tags["محمود"] == "B-PER" and tags["عباس"] in ("I-PER", "B-PER"), tags
PY
expect "ner text" 0 "" -- "$marsad" ner "$tmp/good.txt"
check "ner text lines" -- "$tmp/out" <<'PY'
import sys
lines = [l for l in open(sys.argv[1]).read().split("\n") if l]
assert any(l == "محمود\tB-PER" for l in lines), lines[:10]
PY
expect "ner stdin" 0 "" -- sh -c "printf 'زار بوتين موسكو' | '$marsad' ner --json -"
expect "ner jsonl bad line" 1 "mixed.jsonl:2" -- "$marsad" ner --json "$tmp/mixed.jsonl"
if [ "$(wc -l <"$tmp/out")" -ne 1 ]; then
  echo "FAIL ner jsonl bad line: the good line was not tagged"
  fails=$((fails + 1))
fi
expect "ner missing file" 1 "missing.txt" -- "$marsad" ner "$tmp/missing.txt"
expect "ner bad model" 1 "bad.model" -- "$marsad" ner --model "$tmp/bad.model" "$tmp/good.txt"
expect "ner missing model" 1 "none.model" -- "$marsad" ner --model "$tmp/none.model" "$tmp/good.txt"

expect "eval ner json" 0 "" -- "$marsad" eval ner --json "$tmp/good.conll"
check "eval ner json shape" -- "$tmp/out" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert {"micro", "types", "tokens", "seconds"} <= set(d), d.keys()
assert {"precision", "recall", "f1"} <= set(d["micro"]), d["micro"]
assert set(d["types"]) == {"PER", "LOC", "ORG", "MISC"}, d["types"].keys()
assert d["tokens"] == 6, d["tokens"]
assert d["micro"]["f1"] == 100.0, d["micro"]  # محمد عباس, رام الله
PY
expect "eval ner output" 0 "" -- "$marsad" eval ner --output "$tmp/pred.conll" "$tmp/good.conll"
check "eval ner output file" -- "$tmp/pred.conll" <<'PY'
import sys
rows = [l.split(" ") for l in open(sys.argv[1]).read().split("\n") if l]
assert len(rows) == 6 and all(len(r) == 3 for r in rows), rows
assert rows[0] == ["محمد", "B-PER", "B-PER"], rows[0]
PY
expect "eval ner bad line" 1 "bad.conll:2: expected 'token TAG'" -- "$marsad" eval ner "$tmp/bad.conll"
expect "eval ner no file" 2 "marsad: " -- "$marsad" eval ner
expect "train ner no output" 2 "marsad: " -- "$marsad" train ner
expect "train ner bad scheme" 2 "bio or bilou" -- "$marsad" train ner --scheme bioes -o "$tmp/x.model"
expect "train ner bad feature" 2 "unknown feature 'nope'" -- "$marsad" train ner --features -nope -o "$tmp/x.model"
expect "train ner small" 0 "" -- "$marsad" train ner --train "$tmp/good.conll" --gazetteers none --corpus none --stages 1 --epochs 2 -o "$tmp/small.model"
expect "ner with small model" 0 "" -- "$marsad" ner --json --model "$tmp/small.model" "$tmp/good.txt"

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all checks passed"
