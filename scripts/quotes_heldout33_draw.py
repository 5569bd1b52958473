#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout33.json (seeded). Usage: scripts/quotes_heldout33_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Held-out 31's draw (scripts/quotes_heldout31_draw.py: text duplicates and articles sharing a sentence of 8+
# words with an earlier one excluded) with its own seed, excluding held-outs 6 to 32 and, new, not counting as
# shared a sentence found in 30 or more articles of the corpus: BBC's app footer (in 800+ articles) and SPA's
# dateline line (36-39) kept every article carrying them out of held-outs 31 and 32, while the most repeated news
# sentence an earlier article shares is in 12.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes_heldout6_draw import EARLIER
from quotes_heldout31_draw import BOILERPLATE, draw

if __name__ == '__main__':
    draw(20261221, EARLIER + ['data/eval/quotes-heldout%d.json' % n for n in range(6, 33)], sys.argv[1], common=BOILERPLATE)
