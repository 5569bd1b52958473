#!/usr/bin/env python3
# Draws the articles of data/eval/quotes-heldout4.json (seeded). Usage: scripts/quotes_heldout4_draw.py CORPUS_DIR (from scripts/saudinewsnet_jsonl.py), run from the repository root.
import json, random, re, sys
random.seed(20261123)
used = set()
for f in ['data/eval/quotes-heldout.json','data/eval/quotes-heldout2.json','data/eval/quotes-heldout3.json','../shared/data/marsad-gold-dev/gold.json']:
    used |= set(json.load(open(f))['docs'])
cue = re.compile(r'(?:^|\s)[وف]?(?:قال|قالت|أكد|أكدت|أوضح|أوضحت|أشار|أشارت|أضاف|أضافت|صرح|صرحت|شدد|شددت|أعلن|أعلنت|اعتبر|ذكر|ذكرت|أفاد|أفادت|لفت|تابع|كشف|كشفت|مضيفا|مؤكدا|مشيرا|موضحا|قائلا)(?=\s|$)')
def ok(t): return 1000 <= len(t) <= 2600 and len(cue.findall(t)) >= 4
groups = {}
for l in open(sys.argv[1] + '/saudinewsnet.jsonl'):
    d = json.loads(l)
    if d['source'] in ('alriyadh','aljazirah','alyaum','alwatan','3alyoum','sabq') and d['id'] not in used and ok(d['text']):
        groups.setdefault('SN-'+d['source'], []).append(d['id'])
for l in open('../shared/data/ant-jawharafm-news/all.jsonl'):
    d = json.loads(l)
    if d['category'] in ('localNews','sport','economy') and d['docno'] not in used and ok(d['text']):
        groups.setdefault('JA-'+d['category'], []).append(d['docno'])
for f, cats in [('Alarabia',['culture']),('BBC',['culture']),('France24',['middleEast'])]:
    for l in open(f'../shared/data/ant-multisource-news/{f}.jsonl'):
        d = json.loads(l); c = d['docno'].split('-')[1]
        if c in cats and d['docno'] not in used and ok(d['text']):
            groups.setdefault(d['docno'][:2]+'-'+c, []).append(d['docno'])
for g in sorted(groups):
    ids = sorted(groups[g]); random.shuffle(ids)
    print(g, len(ids), ids[0])
