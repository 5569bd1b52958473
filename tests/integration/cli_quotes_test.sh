#!/usr/bin/env bash
# End-to-end checks of `marsad quotes` against ../shared/CONTRACT.md: quotes stored by
# `marsad ingest` (examples/corpus), the JSON array's shape, offsets that point into the
# stored text `marsad show --json` prints, --speaker and --doc filters, --file on a bare
# article, `show` listing the quotes, and one-line errors with exit codes 1 and 2.
#   cli_quotes_test.sh MARSAD SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$@"

run "quotes without a store" 1 -- "$marsad" --store "$tmp/none" quotes
grep -q "ingest articles first" "$tmp/err" || fail "no-store message: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "no-store error is not one line"

run "ingest examples" 0 -- "$marsad" --store "$store" ingest --json "$src/examples/corpus"

run "quotes --json" 0 -- "$marsad" --store "$store" quotes --json
cp "$tmp/out" "$tmp/all.json"
python3 - "$tmp/all.json" <<'PY' || fail "quotes --json shape"
import json, sys
qs = json.load(open(sys.argv[1]))
assert isinstance(qs, list) and len(qs) >= 30, len(qs)
for q in qs:
    assert set(q) == {"doc", "kind", "text", "start", "end", "speaker"}, q
    assert q["kind"] in ("direct", "indirect"), q
    assert set(q["speaker"]) == {"entity", "name", "mention"}, q
    assert 0 <= q["start"] < q["end"], q
kinds = {q["kind"] for q in qs}
assert kinds == {"direct", "indirect"}, kinds
PY

# Offsets refer to the stored text, and the speaker of each quote of this article.
run "show --json" 0 -- "$marsad" --store "$store" show --json 02_lavrentiev_idlib
python3 - "$tmp/out" "$tmp/all.json" <<'PY' || fail "offsets into the stored text"
import json, sys
d = json.load(open(sys.argv[1]))
text = d["text"].encode("utf-8")
mine = [q for q in json.load(open(sys.argv[2])) if q["doc"] == "02_lavrentiev_idlib"]
assert d["quotes"] == mine, (d["quotes"], mine)
for q in mine:
    assert text[q["start"]:q["end"]].decode("utf-8") == q["text"], q
want = [("indirect", "الدول الضامنة اتفقت على نشر مراقبين في منطقة ادلب"),
        ("direct", "المراقبين سيأتون من روسيا وتركيا وإيران"),
        ("indirect", "الاتفاق يشمل أربع مناطق"),
        ("direct", "لم تعد هناك حاجة إلى العمليات العسكرية الواسعة")]
assert [(q["kind"], q["text"]) for q in mine] == want, mine
assert [q["speaker"]["mention"] for q in mine[1:3]] == ["لافرنتيف", "لافرنتيف"], mine
PY

run "quotes --doc" 0 -- "$marsad" --store "$store" quotes --json --doc 04_jaafari_statement
python3 -c "
import json, sys
qs = json.load(open(sys.argv[1]))
assert qs and all(q['doc'] == '04_jaafari_statement' for q in qs), qs
" "$tmp/out" || fail "--doc filter"

# --speaker matches the words naming the speaker, with or without و/ال and in other spellings.
run "quotes --speaker" 0 -- "$marsad" --store "$store" quotes --json --speaker "الجعفري"
python3 -c "
import json, sys
qs = json.load(open(sys.argv[1]))
docs = {q['doc'] for q in qs}
assert {'04_jaafari_statement', 'feed-jaafari-2017-09-15'} <= docs, docs
assert all('الجعفري' in q['speaker']['mention'] for q in qs), qs
" "$tmp/out" || fail "--speaker filter"

run "quotes --doc unknown" 1 -- "$marsad" --store "$store" quotes --doc no-such-doc
grep -q "no document with id no-such-doc" "$tmp/err" || fail "unknown doc message: $(cat "$tmp/err")"

run "show lists quotes" 0 -- "$marsad" --store "$store" show 02_lavrentiev_idlib
grep -q "^quotes:" "$tmp/out" || fail "show: no quotes section"
grep -q "لافرنتيف \[direct\]: المراقبين سيأتون" "$tmp/out" || fail "show: quote line missing"

printf 'وقال الوزير إن المحادثات كانت صريحة.\nوأضاف: "سنعود إلى الطاولة قريبا".\n' >"$tmp/bare.txt"
run "quotes --file" 0 -- "$marsad" quotes --json --file "$tmp/bare.txt"
python3 -c "
import json, sys
qs = json.load(open(sys.argv[1]))
got = [(q['doc'], q['kind'], q['text'], q['speaker']['mention']) for q in qs]
want = [('bare', 'indirect', 'المحادثات كانت صريحة', 'الوزير'), ('bare', 'direct', 'سنعود إلى الطاولة قريبا', 'الوزير')]
assert got == want, got
" "$tmp/out" || fail "--file"
# --file runs NER and entities as ingest does: a named speaker is one entity in both quotes.
printf 'وقال وزير الخارجية الروسي سيرغي لافروف إن المحادثات كانت صريحة.\nوأضاف لافروف: "سنعود إلى الطاولة قريبا".\n' >"$tmp/named.txt"
run "quotes --file named" 0 -- "$marsad" quotes --json --file "$tmp/named.txt"
python3 -c "
import json, sys
qs = json.load(open(sys.argv[1]))
assert len(qs) == 2 and all('لافروف' in q['speaker']['mention'] for q in qs), qs
ids = {q['speaker']['entity'] for q in qs}
assert len(ids) == 1 and None not in ids, qs
" "$tmp/out" || fail "--file: speakers linked to one entity"
run "quotes --file missing" 1 -- "$marsad" quotes --file "$tmp/missing.txt"
grep -q "missing.txt" "$tmp/err" || fail "missing file message: $(cat "$tmp/err")"
run "quotes bad option" 2 -- "$marsad" --store "$store" quotes --bogus

# eval quotes --dump-speakers: the speaker-choice material, each speaker with the gold id it maps to.
mkdir -p "$tmp/goldcorpus"
printf '{"docno": "g1", "text": "وقال الوزير إن المحادثات كانت صريحة.\\nوأضاف: \\"سنعود إلى الطاولة قريبا\\"."}\n' \
  >"$tmp/goldcorpus/news.jsonl"
cat >"$tmp/gold.json" <<'JSON'
{"docs": ["g1"],
 "entities": {"minister": {"type": "PER", "names": {}, "titles": {"g1": ["الوزير"]}}},
 "quotes": [{"doc": "g1", "kind": "indirect", "anchor": "المحادثات كانت صريحة", "speaker": "minister"},
            {"doc": "g1", "kind": "direct", "anchor": "سنعود إلى الطاولة", "speaker": "minister"}],
 "not_speakers": []}
JSON
run "eval quotes --dump-speakers" 0 -- "$marsad" eval quotes --examples 0 --gold "$tmp/gold.json" \
  --corpus "$tmp/goldcorpus" --dump-speakers "$tmp/dump.jsonl"
python3 -c "
import json, sys
docs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
assert [d['doc'] for d in docs] == ['g1'], docs
d = docs[0]
text = d['text'].encode('utf-8')
qs = sorted(d['quotes'], key=lambda q: q['span'][0])
got = [(q['kind'], text[q['cue'][0]:q['cue'][1]].decode(), q['attribution'], q['gold']) for q in qs]
want = [('indirect', 'وقال', 'explicit', 'minister'), ('direct', 'وأضاف', 'carried', 'minister')]
assert got == want, got
assert d['sentences'], d
" "$tmp/dump.jsonl" || fail "--dump-speakers"

finish quotes
