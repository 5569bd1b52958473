#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout15.json (seeded). Usage: scripts/quotes_heldout15_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Held-out 6's draw (scripts/quotes_heldout6_draw.py) with its own seed, excluding held-outs 6 to 14 too and, new,
# any article whose normalized text equals that of an excluded one: held-out 12 drew a held-out 6 article again
# under another id, so excluding by id alone is not enough.
import collections, glob, json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from quotes_heldout6_draw import EARLIER, qualifying_articles


def norm(t):
    """The text with diacritics, tatweel and punctuation dropped, alef/yeh/teh marbuta folded and spaces collapsed."""
    t = re.sub(r'[\u064b-\u0652\u0640]', '', t)
    t = re.sub(r'[إأآٱ]', 'ا', t).replace('ى', 'ي').replace('ة', 'ه')
    return ' '.join(re.sub(r'[^\w]+', ' ', t).split())


def texts(corpus_dir):
    """id -> normalized text of every article in the three corpora."""
    out = {}
    files = glob.glob('../shared/data/ant-multisource-news/*.jsonl') + ['../shared/data/ant-jawharafm-news/all.jsonl',
                                                                       corpus_dir + '/saudinewsnet.jsonl']
    for f in files:
        for l in open(f, encoding='utf-8'):
            d = json.loads(l)
            out[d.get('docno') or d['id']] = norm(d['text'])
    return out


def draw(seed, earlier, corpus_dir):
    """As quotes_heldout6_draw.draw, with text duplicates of the earlier articles excluded (reported on stderr)."""
    random.seed(seed)
    ids = set()
    for f in earlier:
        ids |= set(json.load(open(f))['docs'])
    text = texts(corpus_dir)
    seen = {text[i] for i in ids if i in text}
    dups = sorted(i for i, t in text.items() if t in seen and i not in ids)
    print('excluded as text duplicates of earlier articles:', len(dups), file=sys.stderr)
    pick(ids, set(dups), corpus_dir)


def pick(ids, excluded, corpus_dir):
    """Prints the draw: per corpus, the four groups the earlier files `ids` used least (ties broken by the
    seeded random state), and a random qualifying article of each, neither an earlier one nor in `excluded`
    (with fewer than four groups, the least used give two)."""
    ant_prefix = {'AL': 'Alarabia', 'BB': 'BBC', 'CN': 'CNN', 'FR': 'France24', 'SK': 'SkyNews'}
    uses = collections.Counter()
    for d in ids:  # the use counts are of the earlier files' own articles, not their duplicates
        p = d.split('-')
        uses[('ant', ant_prefix[p[0]]) if p[0] in ant_prefix else ('jawhara' if p[0] == 'JA' else 'sn', p[1])] += 1
    corpora = qualifying_articles(ids | excluded, corpus_dir)
    for name in ['ant', 'jawhara', 'sn']:
        groups = corpora[name]
        keys = {g: (uses[(name, g)], random.random()) for g in sorted(groups)}
        chosen = sorted(groups, key=keys.get)[:4]
        # A corpus with fewer than four groups left (JawharaFM from held-out 33) takes the shortfall as second
        # articles of its least used groups, so a batch stays at twelve; earlier draws never reach this.
        extra = set(chosen[:4 - len(chosen)])
        for g in sorted(chosen):
            gids = sorted(groups[g]); random.shuffle(gids)
            for a in gids[:2 if g in extra else 1]:
                print(name, g, uses[(name, g)], len(gids), a)


if __name__ == '__main__':
    draw(20261203, EARLIER + ['data/eval/quotes-heldout%d.json' % n for n in range(6, 15)], sys.argv[1])
