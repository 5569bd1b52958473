#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout6.json (seeded); scripts/quotes_heldout7_draw.py draws held-out 7 with the same `draw`. Usage: scripts/quotes_heldout6_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
# Four articles per corpus (ant-multisource-news, ant-jawharafm-news, SaudiNewsNet), each from a different outlet or
# category: the four that the earlier gold and held-out files used least, ties broken at random; an article qualifies
# with 1,000-2,400 characters, at least four speech cues and at least two of them followed by a complementizer within
# five words (reported speech), and is in no earlier gold or held-out file; the first of each shuffled list.
import collections, json, random, re, sys

# The gold and held-out files before held-out 6; a later batch excludes these and the batches since.
EARLIER = ['data/eval/quotes-heldout.json', 'data/eval/quotes-heldout2.json', 'data/eval/quotes-heldout3.json',
           'data/eval/quotes-heldout4.json', 'data/eval/quotes-heldout5.json', '../shared/data/marsad-gold-dev/gold.json']


def qualifying_articles(used, corpus_dir):
    """The ids of the articles that qualify and are not in `used`, by corpus and outlet or category."""
    verbs = r'[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أضاف|أضافت|صرح|صرحت|شدد|شددت|أعلن|أعلنت|اعتبر|ذكر|ذكرت|أفاد|أفادت|لفت|تابع|كشف|كشفت|مضيفا|مؤكدا|مشيرا|موضحا|قائلا)'
    cue = re.compile(r'(?:^|\s)' + verbs + r'(?=\s|$)')
    reported = re.compile(r'(?:^|\s)' + verbs + r'(?:\s+\S+){0,5}?\s+(?:إن|أن|بأن|إنه|أنه|بأنه|إنها|أنها|بأنها)(?=\s|$)')
    def ok(t): return 1000 <= len(t) <= 2400 and len(cue.findall(t)) >= 4 and len(reported.findall(t)) >= 2
    corpora = {'ant': {}, 'jawhara': {}, 'sn': {}}
    for f in ['Alarabia', 'BBC', 'CNN', 'France24', 'SkyNews']:
        for l in open(f'../shared/data/ant-multisource-news/{f}.jsonl'):
            d = json.loads(l)
            if d['docno'] not in used and ok(d['text']):
                corpora['ant'].setdefault(f, []).append(d['docno'])
    for l in open('../shared/data/ant-jawharafm-news/all.jsonl'):
        d = json.loads(l)
        if d.get('category') and d['docno'] not in used and ok(d['text']):
            corpora['jawhara'].setdefault(d['category'], []).append(d['docno'])
    for l in open(corpus_dir + '/saudinewsnet.jsonl'):
        d = json.loads(l)
        if d['id'] not in used and ok(d['text']):
            corpora['sn'].setdefault(d['source'], []).append(d['id'])
    return corpora


def draw(seed, earlier, corpus_dir):
    """Prints corpus, group, its earlier uses, its qualifying articles and the drawn article, one group a line."""
    random.seed(seed)
    used = set()
    for f in earlier:
        used |= set(json.load(open(f))['docs'])
    ant_prefix = {'AL': 'Alarabia', 'BB': 'BBC', 'CN': 'CNN', 'FR': 'France24', 'SK': 'SkyNews'}
    uses = collections.Counter()
    for d in used:
        p = d.split('-')
        uses[('ant', ant_prefix[p[0]]) if p[0] in ant_prefix else ('jawhara' if p[0] == 'JA' else 'sn', p[1])] += 1
    corpora = qualifying_articles(used, corpus_dir)
    for name in ['ant', 'jawhara', 'sn']:
        groups = corpora[name]
        keys = {g: (uses[(name, g)], random.random()) for g in sorted(groups)}
        for g in sorted(sorted(groups, key=keys.get)[:4]):
            ids = sorted(groups[g]); random.shuffle(ids)
            print(name, g, uses[(name, g)], len(ids), ids[0])


if __name__ == '__main__':
    draw(20261125, EARLIER, sys.argv[1])
