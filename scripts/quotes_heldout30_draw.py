#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout30.json (seeded). Usage: scripts/quotes_heldout30_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Held-out 15's draw (scripts/quotes_heldout15_draw.py: held-out 6's, with text duplicates of the earlier
# articles excluded) with its own seed, excluding held-outs 6 to 29 too.
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes_heldout6_draw import EARLIER
from quotes_heldout15_draw import draw

draw(20261218, EARLIER + ['data/eval/quotes-heldout%d.json' % n for n in range(6, 30)], sys.argv[1])
