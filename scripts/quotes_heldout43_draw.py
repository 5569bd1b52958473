#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout43.json (seeded). Usage: scripts/quotes_heldout43_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Held-out 42's draw (scripts/quotes_heldout31_draw.py with a sentence in 30 or more articles of the corpus not
# counted as shared) with its own seed, excluding held-outs 6 to 42.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes_heldout6_draw import EARLIER
from quotes_heldout31_draw import BOILERPLATE, draw

if __name__ == '__main__':
    draw(20261231, EARLIER + ['data/eval/quotes-heldout%d.json' % n for n in range(6, 43)], sys.argv[1], common=BOILERPLATE)
