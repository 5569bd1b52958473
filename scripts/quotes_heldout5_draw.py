#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout5.json (seeded). Usage: scripts/quotes_heldout5_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Four articles per corpus (ant-multisource-news, ant-jawharafm-news, SaudiNewsNet), each from a different outlet or
# category drawn at random; an article qualifies with 1,000-2,400 characters, at least four speech cues and at least two
# of them followed by a complementizer within five words (reported speech), and is in no earlier gold or held-out file.
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes_heldout6_draw import qualifying_articles  # the same qualifying scan
random.seed(20261124)
used = set()
for f in ['data/eval/quotes-heldout.json', 'data/eval/quotes-heldout2.json', 'data/eval/quotes-heldout3.json',
          'data/eval/quotes-heldout4.json', '../shared/data/marsad-gold-dev/gold.json']:
    used |= set(json.load(open(f))['docs'])
corpora = qualifying_articles(used, sys.argv[1])
for name in ['ant', 'jawhara', 'sn']:
    groups = corpora[name]
    for g in sorted(random.sample(sorted(groups), 4)):
        ids = sorted(groups[g]); random.shuffle(ids)
        print(name, g, len(ids), ids[0])
