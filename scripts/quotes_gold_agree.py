#!/usr/bin/env python3
# How far two annotations of the same articles agree (quotes, kinds, speakers, traps). Usage:
#   scripts/quotes_gold_agree.py A.json B.json CORPUS_DIR [--context N]
# A and B: quotes gold or held-out files of the same schema (data/eval/quotes-heldout*.json), on the same docs;
# CORPUS_DIR as for `marsad eval quotes --corpus`. Reads the article texts only to place the anchors.
#
# Pairing: each anchor is placed in its article (it occurs exactly once, as scripts/quotes_gold_check.py checks);
# a quote of A and a quote of B in the same article pair when their anchors overlap, one to one, the largest
# overlap first. Two annotators may anchor the same statement on different words, so an unpaired quote of A and
# one of B in the same sentence with no other anchor between them and at most NEAR characters apart are listed as
# *near* pairs, to be read; they are not counted as pairs.
#
# Speakers: the files' entity ids are their own, so a pair's speakers agree when
#   - both are null ("no one"), or
#   - the two entities share, in that document, a name or title after light normalisation (hamza forms of alef,
#     ى/ي, ة/ه, diacritics and tatweel, quote marks and punctuation), also after stripping leading title words
#     (الرئيس، الدكتور، المهندس ...) — the "title-normalised name" — or have the same normalised Latin rendering.
# They disagree when one is null and the other not, or when no form of one shares a content word with any form
# of the other (nor the Latin renderings a word). Otherwise (a shared word but no shared form: كين / روي كين,
# "Rami Abu al-Faraj" / "Abu al-Faraj") the pair is *undecided* and listed; the summary counts those apart.
#
# Scored as the eval scores (docs/quotes.md, "Evaluation"), with A as gold and B as the "system" and the reverse:
# recall = paired / gold quotes; speaker accuracy = agreeing / paired (undecided shown apart); precision = system
# quotes whose anchor overlaps a gold quote's or a gold trap's anchor / system quotes. The anchor of the system
# file stands for its quote, so "found" here is anchor overlap, stricter than the eval's "a predicted quote
# contains the anchor"; the near pairs show how much that costs.
# Traps: a trap of A and one of B agree when their anchors overlap and their wrong speakers agree as above.
import argparse, collections, glob, json, re, sys

NEAR = 120
TITLE_WORDS = set('''الرئيس الدكتور د المهندس الشيخ السيد السيدة الأستاذ المدرب العقيد الركن اللواء الأمير الملك
الوزير النائب المحامي الامين الأمين العام'''.split())
DIACRITICS = re.compile('[\u064b-\u0652\u0670\u0640]')
PUNCT = re.compile(r'[\"“”«»\'‘’.,،:؛()\[\]\-_/]+')


def norm(s):
    s = DIACRITICS.sub('', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه').replace('ؤ', 'و').replace('ئ', 'ي')
    return ' '.join(PUNCT.sub(' ', s).split())


def strip_titles(s):
    w = s.split()
    while len(w) > 1 and w[0] in {norm(t) for t in TITLE_WORDS}:
        w = w[1:]
    return ' '.join(w)


def latin(s):
    return ' '.join(re.sub(r'[^a-z0-9 ]+', ' ', (s or '').lower().replace('-', ' ')).split())


def forms(gold, ent, doc):
    e = gold['entities'].get(ent)
    if e is None:
        return set()
    fs = e.get('names', {}).get(doc, []) + e.get('titles', {}).get(doc, [])
    out = set()
    for f in fs:
        n = norm(f)
        out.add(n)
        out.add(strip_titles(n))
    return {f for f in out if f}


STOP = set(norm(w) for w in '''في من على عن إلى الى و ال لل ب ل the of al el bin ibn bn abu abd'''.split())


def words(fs):
    return {w for f in fs for w in f.split() if w not in STOP and len(w) > 1}


def speaker_agree(ga, sa, gb, sb, doc):
    """'yes', 'no' or 'undecided' for speaker ids sa (of file ga) and sb (of gb) in doc, with the reason."""
    if sa is None and sb is None:
        return 'yes', 'both no one'
    if sa is None or sb is None:
        return 'no', 'one is no one'
    fa, fb = forms(ga, sa, doc), forms(gb, sb, doc)
    shared = fa & fb
    if shared:
        return 'yes', 'shared form ' + sorted(shared, key=len)[-1]
    la, lb = latin(ga['entities'][sa].get('latin')), latin(gb['entities'][sb].get('latin'))
    if la and la == lb:
        return 'yes', 'same Latin rendering'
    wa, wb = words(fa), words(fb)
    lwa, lwb = set(la.split()) - STOP, set(lb.split()) - STOP
    if not (wa & wb) and not (lwa & lwb):
        return 'no', 'no shared word'
    return 'undecided', 'shared words %s' % sorted((wa & wb) | (lwa & lwb))


def load_texts(corpus, docs):
    texts = {}
    for f in sorted(glob.glob(corpus + '/*.jsonl')):
        for line in open(f, encoding='utf-8'):
            if not any(d in line[:300] for d in docs):  # cheap skip before parsing
                continue
            d = json.loads(line)
            i = d.get('docno') or d.get('id')
            if i in docs:
                texts[i] = d['text']
    return texts


def place(items, texts, what):
    out = []
    for x in items:
        t = texts[x['doc']]
        s = t.find(x['anchor'])
        if s < 0 or t.count(x['anchor']) != 1:
            sys.exit(f'{what}: anchor "{x["anchor"]}" is not exactly once in {x["doc"]}')
        out.append(dict(x, start=s, end=s + len(x['anchor'])))
    return out


def overlap(a, b):
    return max(0, min(a['end'], b['end']) - max(a['start'], b['start']))


def pair(qa, qb):
    """One-to-one pairs of overlapping anchors in the same doc, largest overlap first."""
    cand = sorted(((overlap(a, b), i, j) for i, a in enumerate(qa) for j, b in enumerate(qb)
                   if a['doc'] == b['doc'] and overlap(a, b) > 0), reverse=True)
    ua, ub, pairs = set(), set(), []
    for ov, i, j in cand:
        if i not in ua and j not in ub:
            ua.add(i)
            ub.add(j)
            pairs.append((i, j))
    return pairs, [i for i in range(len(qa)) if i not in ua], [j for j in range(len(qb)) if j not in ub]


def near_pairs(qa, qb, ia, ib, texts, all_a, all_b):
    """Unpaired anchors of A and B in the same sentence, no other anchor between, at most NEAR chars apart."""
    out, used = [], set()
    for i in ia:
        a = qa[i]
        best = None
        for j in ib:
            b = qb[j]
            if j in used or b['doc'] != a['doc']:
                continue
            lo, hi = min(a['end'], b['end']), max(a['start'], b['start'])
            gap = hi - lo
            if gap > NEAR:
                continue
            between = texts[a['doc']][lo:hi]
            if re.search(r'[.!?؟\n]', between):
                continue
            others = [x for x in all_a + all_b if x['doc'] == a['doc'] and x is not a and x is not b
                      and lo <= x['start'] < hi]
            if others:
                continue
            if best is None or gap < best[0]:
                best = (gap, j)
        if best:
            used.add(best[1])
            out.append((i, best[1]))
    return out


def snippet(texts, x, n):
    t = texts[x['doc']]
    return t[max(0, x['start'] - n):x['start']].replace('\n', ' ') + '[' + x['anchor'] + ']' + \
        t[x['end']:x['end'] + n // 3].replace('\n', ' ')


def score(gold, gname, sys_, sname, gq, sq, gt, pairs, texts):
    """The eval's figures with gold as gold and sys_ as the system."""
    print(f'\n== {gname} as gold, {sname} as system')
    found = collections.Counter()
    agree = collections.Counter()
    und = collections.Counter()
    total = collections.Counter(q['kind'] for q in gq)
    for i, j in pairs:
        k = gq[i]['kind']
        found[k] += 1
        v, _ = speaker_agree(gold, gq[i]['speaker'], sys_, sq[j]['speaker'], gq[i]['doc'])
        agree[k] += v == 'yes'
        und[k] += v == 'undecided'
    for k in ('direct', 'indirect', 'all'):
        if k == 'all':
            n, f, a, u = sum(total.values()), sum(found.values()), sum(agree.values()), sum(und.values())
        else:
            n, f, a, u = total[k], found[k], agree[k], und[k]
        print(f'  {k:8s} recall {f}/{n} = {f / n if n else 0:.2f}   speaker {a}/{f} = {a / f if f else 0:.2f}'
              f'{f"  (+{u} undecided)" if u else ""}')
    anchors = gq + gt
    correct = sum(1 for q in sq if any(q['doc'] == g['doc'] and overlap(q, g) > 0 for g in anchors))
    print(f'  precision {correct}/{len(sq)} = {correct / len(sq) if sq else 0:.2f}'
          f'   (a system quote overlapping a gold quote or trap anchor)')


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('a')
    ap.add_argument('b')
    ap.add_argument('corpus')
    ap.add_argument('--context', type=int, default=90, help='characters of article shown before a listed anchor')
    args = ap.parse_args()
    ga = json.load(open(args.a, encoding='utf-8'))
    gb = json.load(open(args.b, encoding='utf-8'))
    if set(ga['docs']) != set(gb['docs']):
        sys.exit('the two files do not cover the same docs')
    texts = load_texts(args.corpus, set(ga['docs']))
    qa, qb = place(ga['quotes'], texts, 'A'), place(gb['quotes'], texts, 'B')
    ta, tb = place(ga['not_speakers'], texts, 'A trap'), place(gb['not_speakers'], texts, 'B trap')
    pairs, ia, ib = pair(qa, qb)

    print(f'A: {args.a}: {len(qa)} quotes, {len(ta)} traps;  B: {args.b}: {len(qb)} quotes, {len(tb)} traps')
    print('\nquotes           both  only A  only B   (both counted by A\'s kind)')
    for k in ('direct', 'indirect'):
        both = sum(1 for i, _ in pairs if qa[i]['kind'] == k)
        print(f'  {k:12s}  {both:5d}  {sum(1 for i in ia if qa[i]["kind"] == k):6d}'
              f'  {sum(1 for j in ib if qb[j]["kind"] == k):6d}')
    print(f'  {"all":12s}  {len(pairs):5d}  {len(ia):6d}  {len(ib):6d}')

    kinds = collections.Counter((qa[i]['kind'], qb[j]['kind']) for i, j in pairs)
    same = sum(v for (x, y), v in kinds.items() if x == y)
    print(f'\nkind agreement on the {len(pairs)} pairs: {same}/{len(pairs)} = {same / len(pairs) if pairs else 0:.2f}'
          f'   (A direct/B indirect {kinds[("direct", "indirect")]}, A indirect/B direct {kinds[("indirect", "direct")]})')

    verdicts = collections.Counter()
    by_kind = collections.defaultdict(collections.Counter)
    rows = []
    for i, j in pairs:
        v, why = speaker_agree(ga, qa[i]['speaker'], gb, qb[j]['speaker'], qa[i]['doc'])
        verdicts[v] += 1
        by_kind[qa[i]['kind']][v] += 1
        rows.append((v, why, i, j))
    print(f'speaker agreement on the {len(pairs)} pairs: yes {verdicts["yes"]}, no {verdicts["no"]}, '
          f'undecided {verdicts["undecided"]};  '
          f'agreement {verdicts["yes"]}/{len(pairs) - verdicts["undecided"]} decided = '
          f'{verdicts["yes"] / max(1, len(pairs) - verdicts["undecided"]):.2f}')
    how = collections.Counter(why.split(' ')[0] + ' ' + why.split(' ')[1] for v, why, _, _ in rows if v == 'yes')
    print('  agreeing pairs decided by: ' + ', '.join(f'{k} {n}' for k, n in how.most_common()))
    for k in ('direct', 'indirect'):
        c = by_kind[k]
        n = sum(c.values())
        print(f'  {k:8s} (A\'s kind) yes {c["yes"]}/{n}, no {c["no"]}, undecided {c["undecided"]}')

    # traps: overlap and the same wrong speaker
    near = near_pairs(qa, qb, ia, ib, texts, qa, qb)

    def same_statement(x, y):
        # the anchors overlap, or they lie on the two anchors of a near pair (one statement, anchored apart)
        return x['doc'] == y['doc'] and (overlap(x, y) > 0 or any(
            overlap(x, qa[i]) and overlap(y, qb[j]) for i, j in near))

    tp = []
    used = set()
    for i, x in enumerate(ta):
        for j, y in enumerate(tb):
            if j in used or not same_statement(x, y):
                continue
            if speaker_agree(ga, x['wrong_speaker'], gb, y['wrong_speaker'], x['doc'])[0] == 'yes':
                tp.append((i, j))
                used.add(j)
                break
    print(f'\ntraps: both {len(tp)} (anchors overlap or on a near pair, wrong speakers agree), only A {len(ta) - len(tp)}, '
          f'only B {len(tb) - len(tp)}')
    ma, mb = {i for i, _ in tp}, {j for _, j in tp}
    for trap, m, name in ((ta, ma, 'A'), (tb, mb, 'B')):
        for i, x in enumerate(trap):
            if i not in m:
                print(f'  only {name}: {x["doc"]} [{x["anchor"]}] wrong {x["wrong_speaker"]}')
    # a trap whose anchor overlaps the other file's quote given to that very entity: a direct conflict
    conflicts = []
    for trap, gt_, qs, gq_, name in ((ta, ga, qb, gb, 'A trap vs B quote'), (tb, gb, qa, ga, 'B trap vs A quote')):
        for x in trap:
            for q in qs:
                if q['doc'] == x['doc'] and overlap(q, x) and \
                        speaker_agree(gt_, x['wrong_speaker'], gq_, q['speaker'], x['doc'])[0] == 'yes':
                    conflicts.append((name, x, q))
    print(f'trap conflicts (one file\'s trap is the other\'s speaker on that quote): {len(conflicts)}')
    for name, x, q in conflicts:
        print(f'  {name}: {x["doc"]} [{x["anchor"]}] wrong {x["wrong_speaker"]} / speaker {q["speaker"]}')

    score(ga, 'A', gb, 'B', qa, qb, ta, pairs, texts)
    score(gb, 'B', ga, 'A', qb, qa, tb, [(j, i) for i, j in pairs], texts)

    print(f'\nnear pairs (unpaired, same sentence, no anchor between, <= {NEAR} chars; to read): {len(near)}')
    for i, j in near:
        print(f'  {qa[i]["doc"]}: A [{qa[i]["anchor"]}] {qa[i]["kind"]} {qa[i]["speaker"]}'
              f' / B [{qb[j]["anchor"]}] {qb[j]["kind"]} {qb[j]["speaker"]}')

    print('\n-- pairs that disagree on kind or speaker, and undecided speakers')
    for v, why, i, j in rows:
        a, b = qa[i], qb[j]
        if v != 'yes' or a['kind'] != b['kind']:
            print(f'  {a["doc"]}  speaker:{v} ({why})  kind A {a["kind"]} / B {b["kind"]}\n'
                  f'     A {a["speaker"]}: {snippet(texts, a, args.context)}\n     B {b["speaker"]}: [{b["anchor"]}]')
    print('\n-- only in A')
    for i in ia:
        print(f'  {qa[i]["doc"]} {qa[i]["kind"]} {qa[i]["speaker"]}: {snippet(texts, qa[i], args.context)}')
    print('\n-- only in B')
    for j in ib:
        print(f'  {qb[j]["doc"]} {qb[j]["kind"]} {qb[j]["speaker"]}: {snippet(texts, qb[j], args.context)}')


if __name__ == '__main__':
    main()
