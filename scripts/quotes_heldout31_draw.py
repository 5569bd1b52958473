#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout31.json (seeded). Usage: scripts/quotes_heldout31_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Held-out 15's draw with its own seed, excluding held-outs 6 to 30 and, new, any article that shares a sentence
# of 8 words or more (normalized) with an earlier article: held-out 30 drew a CNN round-up that repeats five items
# of held-out 23's under another text, which the whole-text check of held-out 15 does not see.
import collections, json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes_heldout6_draw import EARLIER
from quotes_heldout15_draw import norm, pick

MIN_WORDS = 8
# From held-out 33 on: a sentence in this many articles of the corpus or more is boilerplate (the `common` of draw).
BOILERPLATE = 30


def sentences(t):
    """The normalized sentences of 8 words or more (split at . ! ? ؟ and line breaks) of a text."""
    out = set()
    for s in re.split(r'[.!?؟\n]+', t):
        s = norm(s)
        if len(s.split()) >= MIN_WORDS:
            out.add(s)
    return out


def raw_texts(corpus_dir):
    """id -> text of every article in the three corpora."""
    out = {}
    files = ['../shared/data/ant-multisource-news/%s.jsonl' % f for f in ['Alarabia', 'BBC', 'CNN', 'France24', 'SkyNews']]
    for f in files + ['../shared/data/ant-jawharafm-news/all.jsonl', corpus_dir + '/saudinewsnet.jsonl']:
        for l in open(f, encoding='utf-8'):
            d = json.loads(l)
            out[d.get('docno') or d['id']] = d['text']
    return out


def draw(seed, earlier, corpus_dir, common=None):
    """As quotes_heldout15_draw.draw, excluding articles sharing a sentence of 8+ words with an earlier one (reported on stderr).
    With `common`, a sentence found in `common` or more articles of the corpus is boilerplate (BBC's app footer, SPA's
    dateline) and does not count as shared; None (held-outs 31 and 32) counts every sentence."""
    random.seed(seed)
    ids = set()
    for f in earlier:
        ids |= set(json.load(open(f))['docs'])
    text = raw_texts(corpus_dir)
    sents = {i: sentences(t) for i, t in text.items()}
    seen = set()
    for i in ids:
        if i in sents:
            seen |= sents[i]
    if common is not None:
        df = collections.Counter(s for ss in sents.values() for s in ss)
        boiler = {s for s in seen if df[s] >= common}
        seen -= boiler
        print('sentences in %d+ articles not counted as shared:' % common, len(boiler), file=sys.stderr)
    seen_text = {norm(text[i]) for i in ids if i in text}
    dups = sorted(i for i, t in text.items() if i not in ids and norm(t) in seen_text)
    near = sorted(i for i in text if i not in ids and i not in set(dups) and sents[i] & seen)
    print('excluded as text duplicates of earlier articles:', len(dups), file=sys.stderr)
    print('excluded as sharing a sentence of %d+ words with an earlier article:' % MIN_WORDS, len(near), file=sys.stderr)
    pick(ids, set(dups) | set(near), corpus_dir)


if __name__ == '__main__':
    draw(20261219, EARLIER + ['data/eval/quotes-heldout%d.json' % n for n in range(6, 31)], sys.argv[1])
