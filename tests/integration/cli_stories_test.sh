#!/usr/bin/env bash
# End-to-end checks of `marsad stories` and the `story` field of `marsad show` against
# ../shared/CONTRACT.md: ingest examples/corpus with the stories stage, the JSON shape and
# ISO dates, the Astana round reported by several articles as one story with a summary from
# them, --since/--until filtering, a second ingest keeping story ids, and one-line errors.
#   cli_stories_test.sh MARSAD SOURCE_DIR
set -uo pipefail
source "$(dirname "$0")/lib.sh" "$@"

run "ingest examples" 0 -- "$marsad" --store "$store" ingest --json "$src/examples/corpus"
run "stories --json" 0 -- "$marsad" --store "$store" stories --json
cp "$tmp/out" "$tmp/stories.json"
python3 - "$tmp/stories.json" <<'PY' || fail "stories --json shape and content"
import json, re, sys
stories = json.load(open(sys.argv[1]))
assert isinstance(stories, list) and stories, "no stories"
iso = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ids = set()
docs = []
for s in stories:
    for k in ("id", "title", "docs", "start", "end", "entities", "summary"):
        assert k in s, ("missing", k)
    assert iso.match(s["start"]) and iso.match(s["end"]) and s["start"] <= s["end"], s
    assert s["id"] not in ids
    ids.add(s["id"])
    docs += s["docs"]
assert len(docs) == len(set(docs)) == 18, len(docs)  # every stored document in one story
astana = next(s for s in stories if "01_astana_round_opens" in s["docs"])
# Articles of different sources about the round's opening share its story.
assert "04_jaafari_statement" in astana["docs"] and "06_iran_delegation" in astana["docs"], astana["docs"]
assert len(astana["docs"]) >= 4, astana["docs"]
assert astana["summary"], "empty summary"
for sent in astana["summary_sentences"]:
    assert sent["doc"] in astana["docs"] and sent["text"] in astana["summary"], sent
assert any(e["name"] == "أستانا" and e["number"] == 6 for e in astana["events"]), astana["events"]
dates = [t["date"] for t in astana["timeline"] if t["date"]]
assert dates == sorted(dates) and len(astana["timeline"]) >= len(astana["docs"]), astana["timeline"]
# Unrelated articles are not in it.
assert "12_hijri_bulletin" not in astana["docs"]
PY

id="$(python3 -c "import json,sys; print(next(s['id'] for s in json.load(open(sys.argv[1])) if '01_astana_round_opens' in s['docs']))" "$tmp/stories.json")"
run "show --json story" 0 -- "$marsad" --store "$store" show --json 02_lavrentiev_idlib
got="$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['story'])" "$tmp/out")"
[ "$got" = "$id" ] || fail "show story = $got, want $id"

run "stories --since" 0 -- "$marsad" --store "$store" stories --json --since 2017-09-17
python3 - "$tmp/out" <<'PY' || fail "--since filter"
import json, sys
s = json.load(open(sys.argv[1]))
assert s and all(x["end"] >= "2017-09-17" for x in s), s
PY
run "stories --until" 0 -- "$marsad" --store "$store" stories --json --until 2017-09-14
python3 - "$tmp/out" <<'PY' || fail "--until filter"
import json, sys
s = json.load(open(sys.argv[1]))
assert s and all(x["start"] <= "2017-09-14" for x in s), s
PY
run "stories text" 0 -- "$marsad" --store "$store" stories --min-docs 2
grep -q "^story $id " "$tmp/out" || fail "text output lacks story $id"

# A second ingest of the same files replaces the documents; the stories keep their ids.
run "re-ingest" 0 -- "$marsad" --store "$store" ingest --json "$src/examples/corpus"
run "stories after re-ingest" 0 -- "$marsad" --store "$store" stories --json
got="$(python3 -c "import json,sys; print(next(s['id'] for s in json.load(open(sys.argv[1])) if '01_astana_round_opens' in s['docs']))" "$tmp/out")"
[ "$got" = "$id" ] || fail "story id after re-ingest = $got, want $id"

run "bad --since" 2 -- "$marsad" --store "$store" stories --since yesterday
grep -q "since" "$tmp/err" || fail "bad --since: $(cat "$tmp/err")"
run "no store" 1 -- "$marsad" --store "$tmp/none" stories
[ "$(wc -l <"$tmp/err")" -eq 1 ] || fail "no store: not one line: $(cat "$tmp/err")"

finish stories
