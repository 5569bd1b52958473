#!/usr/bin/env bash
# End-to-end checks of `marsad translit`, `marsad train translit` and `marsad eval translit`:
# the committed model renders names; bad models, missing data and bad usage fail with the
# contract's exit codes and a one-line error naming the file.
#   cli_translit_test.sh MARSAD SOURCE_DIR
set -uo pipefail
marsad="$1"
src="$2"
model="$src/data/models/translit_ar_en.bin.zst"
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

printf 'this is not a model' >"$tmp/garbage.bin.zst"
head -c 1000 "$model" >"$tmp/truncated.bin.zst"

expect "translit help" 0 "" -- "$marsad" translit --help
expect "train help" 0 "" -- "$marsad" train translit --help
expect "eval help" 0 "" -- "$marsad" eval translit --help
expect "translit no names" 2 "marsad: " -- "$marsad" translit --model "$model"
expect "train no subcommand" 2 "marsad: " -- "$marsad" train
expect "eval bad split" 2 "marsad: " -- "$marsad" eval translit --split nope
expect "missing model" 1 "$tmp/missing.bin.zst" -- "$marsad" translit --model "$tmp/missing.bin.zst" أستانا
expect "garbage model" 1 "garbage.bin.zst: not a marsad transliteration model" -- \
  "$marsad" translit --model "$tmp/garbage.bin.zst" أستانا
expect "truncated model" 1 "truncated.bin.zst: " -- "$marsad" translit --model "$tmp/truncated.bin.zst" أستانا
expect "eval missing data" 1 "$tmp/nodata/anetac/EN-AR_Translit__train.ar" -- \
  "$marsad" --data "$tmp/nodata" eval translit --model "$model"
expect "train missing data" 1 "$tmp/nodata/anetac/EN-AR_Translit__train.ar" -- \
  "$marsad" --data "$tmp/nodata" train translit --out "$tmp/m.bin.zst"

expect "translit" 0 "" -- "$marsad" translit --model "$model" أستانا "عبد الله"
if [ "$(cat "$tmp/out")" != "$(printf 'أستانا\tAstana\nعبد الله\tAbd Allah')" ]; then
  echo "FAIL translit: output $(cat "$tmp/out")"
  fails=$((fails + 1))
fi
expect "translit json" 0 "" -- "$marsad" translit --json -n 3 --model "$model" كازاخستان
if ! python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert d[0]['name'] == 'كازاخستان' and d[0]['latin'] == 'Kazakhstan', d
assert len(d[0]['candidates']) == 3 and d[0]['candidates'][0]['latin'] == 'kazakhstan', d
" "$tmp/out"; then
  echo "FAIL translit json: shape"
  fails=$((fails + 1))
fi
expect "translit stdin" 0 "" -- sh -c "printf 'أستانا\nأستانة\n' | '$marsad' translit --model '$model' -"
if [ "$(cut -f2 "$tmp/out" | tr '\n' ' ')" != "Astana Astana " ]; then
  echo "FAIL translit stdin: output $(cat "$tmp/out")"
  fails=$((fails + 1))
fi

[ "$fails" -eq 0 ] || { echo "$fails check(s) failed"; exit 1; }
echo "all checks passed"
