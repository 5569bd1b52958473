# Shared helpers for the bench/*.sh scripts (sourced, not run).
# Paths: MARSAD (the binary), SHARED (../shared), WORK (scratch under build/bench).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MARSAD="${MARSAD:-$ROOT/build/src/marsad/cli/marsad}"
SHARED="${MARSAD_SHARED:-$ROOT/../shared}"
WORK="${MARSAD_BENCH_WORK:-$ROOT/build/bench}"
mkdir -p "$WORK"

# Builds the Lucene and Xapian reference engines into $WORK/peers (../shared is read-only).
build_peers() {
  if [ ! -x "$WORK/peers/xapian/peer" ] || [ ! -d "$WORK/peers/lucene/classes" ]; then
    rm -rf "$WORK/peers"
    cp -r "$SHARED/peers" "$WORK/peers"
    chmod -R u+w "$WORK/peers"
    (sh "$WORK/peers/lucene/build.sh" && sh "$WORK/peers/xapian/build.sh") >&2
  fi
  LUCENE="$WORK/peers/lucene/run.sh"
  XAPIAN="$WORK/peers/xapian/run.sh"
}

# Writes the non-empty article bodies of ant-multisource-news as {"id","text"} JSONL.
#   ant_bodies OUT [MAX_DOCS]
ant_bodies() {
  python3 - "$SHARED/data/ant-multisource-news" "$1" "${2:-0}" <<'PY'
import json, glob, sys
src, out, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
n = 0
with open(out, "w", encoding="utf-8") as o:
    for f in sorted(glob.glob(src + "/*.jsonl")):
        for line in open(f, encoding="utf-8"):
            d = json.loads(line)
            if not d.get("text", "").strip():
                continue
            o.write(json.dumps({"id": d["docno"], "text": d["text"]}, ensure_ascii=False) + "\n")
            n += 1
            if limit and n >= limit:
                sys.exit(0)
PY
}

# json_field JSON KEY: prints one numeric field of a one-line JSON object.
json_field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
