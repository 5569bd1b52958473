#!/usr/bin/env bash
# End-to-end checks of `marsad eval dates` on a small data directory shaped like
# ../shared/data (JSONL corpora and a SaudiNewsNet-style zip of a JSON array): the counts,
# the JSON shape, skipping absent corpora, and one-line errors naming the file.
#   cli_eval_dates_test.sh MARSAD SOURCE_DIR
set -uo pipefail
marsad="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() {
  echo "FAIL $1"
  fails=$((fails + 1))
}

data="$tmp/data"
mkdir -p "$data/ant-multisource-news" "$data/ant-jawharafm-news" "$data/saudinewsnet/dataset"
for f in Alarabia BBC CNN France24; do
  printf '{"time":"Sun, 18 Feb 2018 21:35:43 +0400","text":"وقال أمس الأربعاء إن الاتفاق الموقع في 15 سبتمبر 2017 نافذ"}\n' \
    >"$data/ant-multisource-news/$f.jsonl"
done
printf '{"time":"Sun, 18 Feb 2018 17:21:49 GMT","text":"منذ عام 2011"}\n{"time":"not a date","text":"لا شيء"}\n' \
  >"$data/ant-multisource-news/SkyNews.jsonl"
printf '{"time":"17/05/2015","text":"يوم 12 ماي القادم"}\n{"time":"2017-01-20T21:43:00+01:00","text":""}\n' \
  >"$data/ant-jawharafm-news/all.jsonl"
python3 - "$data/saudinewsnet/dataset/2015-07-21.zip" <<'PY'
import json, sys, zipfile
arts = [{"date_extracted": "2015-07-21 10:00:00", "content": "بتاريخ 10/1/1436 صدر"},
        {"date_extracted": "", "content": "نص"}]
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("2015-07-21.json", json.dumps(arts, ensure_ascii=False))
PY

"$marsad" --data "$data" eval dates --json >"$tmp/out" 2>"$tmp/err" || fail "eval dates exit $?: $(cat "$tmp/err")"
python3 - "$tmp/out" <<'PY' || fails=$((fails + 1))
import json, sys
d = json.load(open(sys.argv[1]))
want = {"ant-multisource-news": (6, 0, 5), "ant-jawharafm-news": (2, 0, 2), "saudinewsnet": (2, 1, 1)}
ok = True
for f in d["fields"]:
    got = (f["fields"], f["empty"], f["parsed"])
    if got != want[f["corpus"]]:
        print("FAIL fields of", f["corpus"], got, "want", want[f["corpus"]]); ok = False
t = d["texts"]
forms = {k: v for k, v in t["by_form"].items() if v}
want_forms = {"relative_day": 4, "day_month_year": 4, "year": 1, "day_month": 1, "numeric": 1}
if forms != want_forms:
    print("FAIL forms", forms, "want", want_forms); ok = False
if (t["docs"], t["unanchored"], t["hijri"]) != (10, 2, 1):
    print("FAIL docs/unanchored/hijri", t["docs"], t["unanchored"], t["hijri"]); ok = False
print("ok   eval dates counts" if ok else "")
sys.exit(0 if ok else 1)
PY

# Absent corpora are skipped; with none at all the command fails with one line.
rm -rf "$data/saudinewsnet"
"$marsad" --data "$data" eval dates >"$tmp/out" 2>"$tmp/err" || fail "eval dates without saudinewsnet exit $?"
grep -q "saudinewsnet.*skipped: not found" "$tmp/out" || fail "absent corpus not reported as skipped"
"$marsad" --data "$tmp/none" eval dates >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] || fail "no corpus: want exit 1"
[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q "no dated corpus found" "$tmp/err" || fail "no corpus: $(cat "$tmp/err")"

# A broken line or zip is an error naming the file (and line).
printf '{"time":"17/05/2015","text":"x"}\n{broken\n' >"$data/ant-jawharafm-news/all.jsonl"
"$marsad" --data "$data" eval dates >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "all.jsonl:2: not a JSON object" "$tmp/err" || fail "bad line: $(cat "$tmp/err")"
printf '{"time":"17/05/2015","text":"x"}\n' >"$data/ant-jawharafm-news/all.jsonl"
mkdir -p "$data/saudinewsnet/dataset"
printf 'PK\x03\x04 not really a zip' >"$data/saudinewsnet/dataset/2015-07-22.zip"
"$marsad" --data "$data" eval dates >"$tmp/out" 2>"$tmp/err"
[ $? -eq 1 ] && grep -q "2015-07-22.zip: not a readable zip" "$tmp/err" || fail "bad zip: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "bad zip error is not one line"

[ "$fails" -eq 0 ] && echo "ok   eval dates errors"
exit "$fails"
