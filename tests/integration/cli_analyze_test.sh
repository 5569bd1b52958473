#!/usr/bin/env bash
# End-to-end checks of `marsad analyze` and the command line's error contract:
# exit 0 on success, 1 when the command failed, 2 on bad usage; one-line errors naming
# the file and the problem; JSON shaped as ../shared/CONTRACT.md says.
#   cli_analyze_test.sh MARSAD SOURCE_DIR
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
    echo "FAIL $name: exit $got, want $want; stderr: $(cat "$tmp/err")"
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

printf 'قال المبعوث الروسي لافرينتيف: “نعم”.\nوأضاف أن الوضع جيد.' >"$tmp/good.txt"
printf 'نص \xff\xfe مكسور' >"$tmp/bad_utf8.txt"
printf '\x7fELF\x02\x01\x01\x00\x00\x00' >"$tmp/binary.bin"
: >"$tmp/empty.txt"
printf '{"id":"a","text":"أستانا"}\n{"id":"b","text":\n{"id":"c","text":"أستانة"}\n' >"$tmp/mixed.jsonl"

expect "help" 0 "" -- "$marsad" --help
expect "analyze help" 0 "" -- "$marsad" analyze --help
expect "unknown option" 2 "marsad: " -- "$marsad" analyze --no-such-option "$tmp/good.txt"
expect "no command" 2 "marsad: " -- "$marsad"
expect "missing file" 1 "missing.txt" -- "$marsad" analyze "$tmp/missing.txt"
expect "binary file" 1 "binary file" -- "$marsad" analyze "$tmp/binary.bin"
expect "invalid utf-8" 1 "invalid UTF-8 at byte 5" -- "$marsad" analyze "$tmp/bad_utf8.txt"
expect "invalid utf-8 replaced" 0 "" -- "$marsad" analyze --replace-invalid "$tmp/bad_utf8.txt"
expect "empty file" 1 "empty file" -- "$marsad" analyze "$tmp/empty.txt"
expect "directory" 1 "is a directory" -- "$marsad" analyze "$tmp"
expect "jsonl bad line" 1 "mixed.jsonl:2" -- "$marsad" analyze --json "$tmp/mixed.jsonl"
if [ "$(wc -l <"$tmp/out")" -ne 2 ]; then
  echo "FAIL jsonl bad line: the two good lines were not both analysed"
  fails=$((fails + 1))
fi

expect "json output" 0 "" -- "$marsad" analyze --json "$tmp/good.txt"
if ! python3 - "$tmp/out" "$tmp/good.txt" <<'PY'
import json, sys
out = json.load(open(sys.argv[1]))
text = open(sys.argv[2], "rb").read()
toks = out["tokens"]
assert set(toks[0]) >= {"text", "start", "end", "norm", "stem", "key"}, toks[0]
for t in toks:
    assert text[t["start"]:t["end"]].decode() == t["text"], t
speaker = [t for t in toks if t["text"] == "لافرينتيف"][0]
assert speaker["key"] == "لفرنتف", speaker
assert [t["norm"] for t in toks if t["text"] == "المبعوث"] == ["المبعوث"]
assert len(out["sentences"]) == 2, out["sentences"]
assert all(isinstance(s, list) and len(s) == 2 for s in out["sentences"])
PY
then
  echo "FAIL json output: shape"
  fails=$((fails + 1))
fi

expect "stdin" 0 "" -- sh -c "printf 'أستانا' | '$marsad' analyze --json -"
expect "stats" 0 "" -- "$marsad" analyze --stats "$src/examples/corpus/01_astana_round_opens.txt"
if ! python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert {'bytes','tokens','seconds','mb_per_s'} <= set(d) and d['tokens'] > 50" "$tmp/out"; then
  echo "FAIL stats: fields"
  fails=$((fails + 1))
fi

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all checks passed"
