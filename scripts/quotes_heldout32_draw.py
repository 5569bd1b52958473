#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout32.json (seeded). Usage: scripts/quotes_heldout32_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Held-out 31's draw (scripts/quotes_heldout31_draw.py: text duplicates and articles sharing a sentence of 8+
# words with an earlier one excluded) with its own seed, excluding held-outs 6 to 31.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes_heldout6_draw import EARLIER
from quotes_heldout31_draw import draw

if __name__ == '__main__':
    draw(20261220, EARLIER + ['data/eval/quotes-heldout%d.json' % n for n in range(6, 32)], sys.argv[1])
