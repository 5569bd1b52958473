#!/usr/bin/env python3
# Checks a quotes gold or held-out file against its articles without running marsad. Usage:
#   scripts/quotes_gold_check.py GOLD.json CORPUS_DIR [MODEL.json]
# CORPUS_DIR as for `marsad eval quotes --corpus` (scripts/saudinewsnet_jsonl.py plus ant-multisource-news links).
# Checks: every quote and trap anchor occurs exactly once in its article's text; every name and title is a
# substring of the text of the document it is listed under; every speaker and wrong speaker is an entity with a
# form in that document; documents and must_not_merge ids exist; the keys and value types are those of MODEL
# (default data/eval/quotes-heldout8.json), so the file loads as the other held-out files do. Prints counts.
import collections, glob, json, signal, sys


def shape(v):
    """The keys and value types of a JSON value, collapsed over list items and entity/doc-keyed tables."""
    if isinstance(v, dict):
        return {k: shape(x) for k, x in v.items()}
    if isinstance(v, list):
        kinds = {json.dumps(shape(x), sort_keys=True) for x in v}
        return ['|'.join(sorted(kinds))]
    return type(v).__name__


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__ or 'usage: quotes_gold_check.py GOLD.json CORPUS_DIR [MODEL.json]')
    gold = json.load(open(sys.argv[1], encoding='utf-8'))
    model = json.load(open(sys.argv[3] if len(sys.argv) == 4 else 'data/eval/quotes-heldout8.json', encoding='utf-8'))
    errors = []
    err = errors.append

    if list(gold) != list(model):
        err(f'top-level keys {list(gold)} != {list(model)}')
    for key in ('quotes', 'not_speakers'):
        want = shape(model[key][0])
        for i, x in enumerate(gold.get(key, [])):
            if key == 'quotes' and x.get('speaker') is None:
                x = dict(x, speaker='')  # the schema allows speaker null
            if shape(x) != want:
                err(f'{key}[{i}] has shape {shape(x)}, want {want}')
    ent_shape = {k: type(v).__name__ for k, v in next(iter(model['entities'].values())).items()}
    for i, e in gold['entities'].items():
        if {k: type(v).__name__ for k, v in e.items()} != ent_shape:
            err(f'entity {i}: keys/types {list(e)} differ from the model')
        if e.get('type') not in ('PER', 'ORG', 'LOC'):
            err(f'entity {i}: type {e.get("type")}')
        for field in ('names', 'titles'):
            for doc, forms in e.get(field, {}).items():
                if not all(isinstance(f, str) for f in forms):
                    err(f'entity {i}: {field} of {doc} not all strings')
    for p in gold['must_not_merge']:
        if not (isinstance(p, list) and len(p) == 2 and all(x in gold['entities'] for x in p)):
            err(f'must_not_merge pair {p} is not two entity ids')

    docs = set(gold['docs'])
    texts = {}
    for f in sorted(glob.glob(sys.argv[2] + '/*.jsonl')):
        for line in open(f, encoding='utf-8'):
            d = json.loads(line)
            i = d.get('docno') or d.get('id')
            if i in docs:
                texts[i] = d['text']
    for d in sorted(docs - set(texts)):
        err(f'{d}: not in the corpus')

    forms = collections.defaultdict(set)  # (doc, entity) with a form there
    for i, e in gold['entities'].items():
        for field in ('names', 'titles'):
            for doc, fs in e.get(field, {}).items():
                if doc not in docs:
                    err(f'entity {i}: {field} for {doc}, which is not in docs')
                    continue
                for f in fs:
                    if f not in texts.get(doc, f):
                        err(f'entity {i}: {field[:-1]} "{f}" not in {doc}')
                    forms[doc].add(i)
    for key, who in (('quotes', 'speaker'), ('not_speakers', 'wrong_speaker')):
        for x in gold[key]:
            doc, anchor, e = x['doc'], x['anchor'], x[who]
            n = texts.get(doc, '').count(anchor)
            if n != 1:
                err(f'{key}: anchor "{anchor}" occurs {n} times in {doc}')
            if e is None and key == 'quotes':
                continue
            if e not in gold['entities']:
                err(f'{key}: {who} {e} of "{anchor}" is not an entity')
            elif e not in forms[doc]:
                err(f'{key}: {who} {e} has no name or title in {doc}')
    # A trap must not name the gold speaker of a quote it overlaps.
    for t in gold['not_speakers']:
        text = texts.get(t['doc'], '')
        ts = text.find(t['anchor'])
        for q in gold['quotes']:
            if q['doc'] != t['doc'] or q['speaker'] != t['wrong_speaker']:
                continue
            qs = text.find(q['anchor'])
            if ts >= 0 and qs >= 0 and ts < qs + len(q['anchor']) and qs < ts + len(t['anchor']):
                err(f'trap "{t["anchor"]}" overlaps a quote of its wrong speaker {q["speaker"]}')

    kinds = collections.Counter(q['kind'] for q in gold['quotes'])
    types = collections.Counter(e['type'] for e in gold['entities'].values())
    print(f'{len(gold["docs"])} docs, {len(gold["quotes"])} quotes ({kinds["direct"]} direct, '
          f'{kinds["indirect"]} indirect), {len(gold["not_speakers"])} traps, {len(gold["entities"])} entities '
          f'({types["PER"]} PER, {types["ORG"]} ORG, {types["LOC"]} LOC), {len(gold["must_not_merge"])} must_not_merge')
    for d in gold['docs']:
        qs = [q for q in gold['quotes'] if q['doc'] == d]
        print(f'  {d}: {len(qs)} quotes ({sum(q["kind"] == "direct" for q in qs)} direct), '
              f'{sum(t["doc"] == d for t in gold["not_speakers"])} traps, {len(forms[d])} entities')
    for e in errors:
        print('ERROR', e)
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    # Piped into head: stop quietly when the reader goes away, as a Unix filter does.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
