#!/usr/bin/env python3
"""Writes SaudiNewsNet's zipped JSON arrays as one JSONL file (id, source, title, text) for `marsad eval quotes --corpus`.

Usage: scripts/saudinewsnet_jsonl.py [DATA_DIR] OUT_DIR
Ids are SN-<source>-<YYYYMMDD>-<index in that day's array>, so the same zips always give the same ids.
Also links DATA_DIR/ant-jawharafm-news/all.jsonl into OUT_DIR, so that OUT_DIR is the corpus of
data/eval/quotes-heldout3.json (docs/quotes.md). The article text stays outside the repository.
"""
import glob
import json
import os
import sys
import zipfile


def main():
    args = sys.argv[1:]
    if len(args) == 1:
        data, out = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data"), args[0]
    elif len(args) == 2:
        data, out = args
    else:
        sys.exit(__doc__)
    zips = sorted(glob.glob(os.path.join(data, "saudinewsnet", "dataset", "*.zip")))
    if not zips:
        sys.exit(f"saudinewsnet_jsonl: no dataset/*.zip under {data}/saudinewsnet")
    os.makedirs(out, exist_ok=True)
    n = 0
    with open(os.path.join(out, "saudinewsnet.jsonl"), "w", encoding="utf-8") as w:
        for z in zips:
            day = os.path.basename(z)[:-4].replace("-", "")
            with zipfile.ZipFile(z) as f:
                for name in f.namelist():
                    for i, a in enumerate(json.loads(f.read(name))):
                        rec = {"id": f"SN-{a.get('source', '')}-{day}-{i}", "source": a.get("source", ""),
                               "url": a.get("url", ""), "title": a.get("title", ""), "text": a.get("content", "")}
                        w.write(json.dumps(rec, ensure_ascii=False) + "\n")
                        n += 1
    print(f"{n} articles -> {out}/saudinewsnet.jsonl")
    jawhara = os.path.abspath(os.path.join(data, "ant-jawharafm-news", "all.jsonl"))
    link = os.path.join(out, "jawharafm.jsonl")
    if os.path.exists(jawhara) and not os.path.lexists(link):
        os.symlink(jawhara, link)
        print(f"{link} -> {jawhara}")


if __name__ == "__main__":
    main()
