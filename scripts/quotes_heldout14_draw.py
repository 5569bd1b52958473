#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout14.json (seeded). Usage: scripts/quotes_heldout14_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Held-out 6's draw (scripts/quotes_heldout6_draw.py: four articles per corpus, from the outlets or categories the
# earlier files used least, with enough speech cues) with its own seed, excluding held-outs 6 to 13 too.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes_heldout6_draw import EARLIER, draw

draw(20261202, EARLIER + ['data/eval/quotes-heldout%d.json' % n for n in range(6, 14)], sys.argv[1])
