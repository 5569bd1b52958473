#!/usr/bin/env python3
"""Speaker chooser study (docs/quotes.md, "Speaker chooser study"): can a small trained model,
choosing among candidate speakers the rules and the tagger supply, beat the rules' own choice?

    # the material: one dump per held-out file (the scorer's MapSpeakerToGold labels every mention)
    scripts/speaker_chooser_study.py --make-dumps build/src/marsad/cli/marsad --dumps /tmp/qs
    # the figures
    scripts/speaker_chooser_study.py --dumps /tmp/qs [--read 20]

Run from the repository root (the gold files are data/eval/quotes-heldout{,2..40}.json; held-out
41 and later are never read). For every gold quote the extractor finds (the predicted quote
`marsad eval quotes` judges: one containing the anchor, of the gold's kind first, then the
shortest), the candidates are the rules' speaker, every mention of the pipeline (tagger names,
entities-stage titles) in the cue's sentence and the K sentences before it, and the speaker of the
previous quote of the document (with --earlier 3, the three most recent distinct ones). A
candidate is right when the gold id the scorer maps it to (rule 1 words, rule 2 entity, rule 3
part of a name; written by `eval quotes --dump-speakers`) is the gold speaker.

1. The labeller check: the rules' speaker accuracy from the dumps against `eval quotes`.
2. The oracle (a right candidate exists) for K = 0, 1, 2, pooled over held-outs 13-40.
3. A chooser: a conditional-logit ranker (softmax over one quote's candidates, L2, AdaGrad) or an
   averaged perceptron over indicator features, trained on held-outs 1-30, its settings chosen
   by 5-fold cross-validation grouped by file inside 1-30, then measured once on 31-40 against
   the rules on the same found quotes. A margin: the model overrides the rules' choice only when
   its best candidate beats the rules' by more than the margin (chosen by the same
   cross-validation). Pure Python (no numpy); deterministic for a given --seed.
"""
import argparse
import json
import math
import os
import random
import re
import subprocess
import sys
from collections import Counter, defaultdict

FILES = list(range(1, 41))  # held-outs 1..40; 41 is being annotated blind and is never read
TRAIN = list(range(1, 31))
TEST = list(range(31, 41))  # --test A-B narrows it (37-40: the files main30's rules never saw)
ORACLE_SET = list(range(13, 41))


def gold_path(n):
    return "data/eval/quotes-heldout%s.json" % ("" if n == 1 else n)


def make_dumps(binary, out, corpus):
    os.makedirs(out, exist_ok=True)
    for n in FILES:
        with open(os.path.join(out, "h%d.txt" % n), "w") as txt:
            subprocess.run([binary, "--data", "../shared/data", "eval", "quotes", "--gold", gold_path(n), "--corpus",
                            corpus, "--examples", "0", "--dump-speakers", os.path.join(out, "h%d.jsonl" % n)],
                           stdout=txt, stderr=subprocess.STDOUT, check=False)


# ---------------------------------------------------------------- material

def judged_quote(quotes, text, anchor, kind):
    """The scorer's choice: a quote containing the anchor, of the gold's kind first, then the shortest."""
    best = None
    for q in quotes:
        b, e = q["span"]
        if anchor not in text[b:e]:
            continue
        if best is None or (q["kind"] == kind and best["kind"] != kind) or (
                q["kind"] == best["kind"] and (e - b) < (best["span"][1] - best["span"][0])):
            best = q
    return best


def sentence_index(sentences, pos):
    for i, (b, e) in enumerate(sentences):
        if b <= pos < e:
            return i
        if pos < b:
            return max(i - 1, 0)
    return len(sentences) - 1


def words(text, b, e):
    return text[b:e].decode("utf-8", "replace").split()


def strip_clitic(w):
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def verb_number(w):
    """The cue word's gender/number from its shape: f (قالت، تقول، مشيرة), pl (قالوا، مشيرين), m, or -."""
    if not w:
        return "-"
    w = strip_clitic(w)
    if w.endswith(("وا", "ون", "ين")):
        return "pl"
    if w.endswith(("ت", "ة")) or w.startswith("ت"):
        return "f"
    return "m"


RELAY = {"نقلا", "نقلاً", "وفق", "وفقا", "وفقاً", "بحسب", "حسب", "وبحسب", "وحسب", "ووفق", "ووفقا", "ووفقاً"}
PREP = {"في", "على", "من", "إلى", "الى", "مع", "عن", "حول", "ضد", "بين", "لدى", "أمام", "امام"}


def load(dump_dir):
    """Per held-out number: its gold and its dumped documents (texts as bytes; offsets are bytes)."""
    out = {}
    for n in FILES:
        gold = json.load(open(gold_path(n), encoding="utf-8"))
        docs = {}
        for line in open(os.path.join(dump_dir, "h%d.jsonl" % n), encoding="utf-8"):
            d = json.loads(line)
            d["text"] = d["text"].encode("utf-8")
            d["quotes"].sort(key=lambda q: q["span"][0])
            d["sentences"] = d["sentences"] or [[0, len(d["text"])]]
            docs[d["doc"]] = d
        out[n] = (gold, docs)
    return out


def found_items(material):
    """Every found gold quote: (file, gold quote, doc, judged predicted quote)."""
    items = []
    for n in FILES:
        gold, docs = material[n]
        for g in gold["quotes"]:
            d = docs.get(g["doc"])
            if d is None:
                continue
            q = judged_quote(d["quotes"], d["text"], g["anchor"].encode("utf-8"), g["kind"])
            if q is not None:
                items.append({"file": n, "g": g, "doc": d, "q": q, "kind": g["kind"], "gold": g.get("speaker"),
                              "rule_right": q.get("gold") == g.get("speaker")})
    return items


# ---------------------------------------------------------------- candidates and features

def candidates(item, k_back, earlier, use_rule=True):
    """The candidates of one found quote: dicts with span, gold (the id it maps to), feats."""
    d, q = item["doc"], item["q"]
    text, sents = d["text"], d["sentences"]
    cue = q.get("cue")
    at = cue[0] if cue else q["span"][0]
    s_cue = sentence_index(sents, at)
    lo, hi = sents[max(s_cue - k_back, 0)][0], sents[s_cue][1]
    att, found = q.get("attribution", "none"), q.get("found", "none")
    cue_word = text[cue[0]:cue[1]].decode("utf-8", "replace") if cue else ""
    vnum = verb_number(cue_word) if cue else "nocue"
    sp = q.get("speaker")
    counts = Counter(m["entity"] for m in d["mentions"] if m["entity"] is not None)
    cands = {}

    def add(span, gold, source):
        key = tuple(span) if span else None
        c = cands.setdefault(key, {"span": span, "gold": gold, "sources": set(), "mention": None, "earlier": 0})
        c["sources"].add(source)
        if c["gold"] is None:
            c["gold"] = gold
        return c

    add(sp, q.get("gold"), "rule")
    for m in d["mentions"]:
        b, e = m["span"]
        if lo <= b < hi:
            c = add(m["span"], m["gold"], "mention")
            c["mention"] = m
    # Earlier speakers, most recent first (distinct spans).
    rank, seen = 0, set()
    qi = d["quotes"].index(q)
    for j in range(qi - 1, -1, -1):
        prev = d["quotes"][j]
        if prev.get("speaker") is None or prev["span"][0] >= q["span"][0] or tuple(prev["speaker"]) in seen:
            continue
        seen.add(tuple(prev["speaker"]))
        rank += 1
        if rank > earlier:
            break
        c = add(prev["speaker"], prev.get("gold"), "earlier")
        c["earlier"] = c["earlier"] or rank
    # A mention inside the rules' words (or the words themselves) carries their mention's type.
    for c in cands.values():
        if c["mention"] is None and c["span"]:
            inner = [m for m in d["mentions"] if c["span"][0] <= m["span"][0] and m["span"][1] <= c["span"][1]]
            if inner:
                c["mention"] = max(inner, key=lambda m: m["span"][1] - m["span"][0])
    out = list(cands.values())
    # Order of the mentions after and before the cue, nearest first.
    if cue:
        after = sorted((c for c in out if c["span"] and c["span"][0] >= cue[1]), key=lambda c: c["span"][0])
        before = sorted((c for c in out if c["span"] and c["span"][1] <= cue[0]), key=lambda c: -c["span"][1])
        for r, c in enumerate(after):
            c["after_rank"] = r + 1
        for r, c in enumerate(before):
            c["before_rank"] = r + 1
    prev_entity = None
    for j in range(qi - 1, -1, -1):
        prev = d["quotes"][j]
        if prev.get("speaker") and prev["span"][0] < q["span"][0]:
            pm = [m for m in d["mentions"] if prev["speaker"][0] <= m["span"][0] and m["span"][1] <= prev["speaker"][1]]
            prev_entity = next((m["entity"] for m in pm if m["entity"] is not None), None)
            break
    other_quotes = [x for x in d["quotes"] if x is not q]
    if SPEAKER_FEATURES:
        # The entities the rules made speakers elsewhere in the document: whether a candidate ever
        # issues a statement, against one the statements are only about.
        spoke = Counter()
        for x in other_quotes:
            if x.get("speaker"):
                ents = {m["entity"] for m in d["mentions"] if m["entity"] is not None and
                        x["speaker"][0] <= m["span"][0] and m["span"][1] <= x["speaker"][1]}
                for ent in ents:
                    spoke[ent] += 1
        for c in out:
            m = c["mention"]
            n = spoke.get(m["entity"], 0) if m and m["entity"] is not None else 0
            c["spoke"] = "0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"
    for c in out:
        c["feats"] = features(c, item, text, sents, s_cue, cue, att, found, vnum, sp, counts, prev_entity, other_quotes)
        if not use_rule:  # a chooser that is not told which candidate the rules chose
            c["feats"] = [x for x in c["feats"] if not x.startswith("rule") and "_rule_" not in x]
    return out


def bucket(n):
    return str(n) if n < 4 else ("4-8" if n <= 8 else "9+")


def features(c, item, text, sents, s_cue, cue, att, found, vnum, sp, counts, prev_entity, other_quotes):
    q = item["q"]
    f = []
    if "rule" in c["sources"]:
        f += ["rule", "rule/att=" + att, "rule/found=" + found, "rule/kind=" + q["kind"]]
    if c["span"] is None:
        return f + ["nospeaker", "bias"]
    b, e = c["span"]
    m = c["mention"]
    typ = m["type"] if m else "none"
    title = bool(m and m["title"])
    ws = words(text, b, e)
    last = ws[-1] if ws else ""
    fem_end = last.endswith(("ة", "ه"))
    base = ["type=" + typ, "title=%d" % title, "type=%s/title=%d" % (typ, title), "len=" + bucket(len(ws))]
    # Where it is: sentences back, words after or before the cue, the order among candidates.
    back = s_cue - sentence_index(sents, b)
    base.append("sback=" + (str(back) if 0 <= back <= 2 else ("far" if back > 2 else "after")))
    if cue:
        if b >= cue[1]:
            base.append("after_cue=" + bucket(len(text[cue[1]:b].split())))
            base.append("after_rank=" + bucket(c.get("after_rank", 9)))
        elif e <= cue[0]:
            base.append("before_cue=" + bucket(len(text[e:cue[0]].split())))
            base.append("before_rank=" + bucket(c.get("before_rank", 9)))
        else:
            base.append("on_cue")
    else:
        base.append("nocue")
    qb, qe = q["span"]
    if qb <= b and e <= qe:
        base.append("inside_content")
    elif any(x["span"][0] <= b and e <= x["span"][1] for x in other_quotes):
        base.append("inside_other_quote")
    # The word before: a relay word (نقلا عن، وفق، بحسب) or a preposition.
    before = words(text, max(0, b - 40), b)
    w1 = before[-1] if before else ""
    w2 = before[-2] if len(before) > 1 else ""
    if w1 in RELAY or (w1 == "عن" and w2 in RELAY):
        base.append("after_relay")
    elif w1 == "عن":
        base.append("after_an")
    elif w1 in PREP:
        base.append("after_prep")
    # Gender and number of the verb against the candidate's.
    base.append("verb=%s/type=%s" % (vnum, typ))
    base.append("verb=%s/fem_end=%d" % (vnum, fem_end))
    base.append("verb=%s/title=%d/fem_end=%d" % (vnum, title, fem_end))
    # Salience and continuity.
    n = counts.get(m["entity"], 0) if m and m["entity"] is not None else 0
    base.append("salience=" + ("0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"))
    if c["earlier"]:
        base.append("earlier=%d" % c["earlier"])
    if m and prev_entity is not None and m["entity"] == prev_entity:
        base.append("prev_entity")
    if "spoke" in c:
        base.append("spoke_elsewhere=" + c["spoke"])
    if sp and "rule" not in c["sources"]:
        if sp[0] <= b and e <= sp[1]:
            base.append("in_rule_words")
        elif b <= sp[0] and sp[1] <= e:
            base.append("holds_rule_words")
    f += base
    # Conjoined with how the rules attributed and with the verb's number.
    f += ["att=%s/%s" % (att, x) for x in base]
    f += ["kind=%s/%s" % (q["kind"], x) for x in base if x.startswith(("after_", "before_", "sback", "earlier"))]
    return f + ["bias"]


# ---------------------------------------------------------------- models

def score(w, feats):
    return sum(w.get(x, 0.0) for x in feats)


def choose(cands, w, margin=0.0):
    """The best candidate; the rules' choice unless another beats it by more than `margin`."""
    rule = next(c for c in cands if "rule" in c["sources"])
    rs = score(w, rule["feats"])
    best, bs = rule, rs
    for c in cands:
        s = score(w, c["feats"])
        if s > bs:
            best, bs = c, s
    return best if bs - rs > margin else rule


def train_perceptron(data, epochs, seed):
    w, total, stamp, t = defaultdict(float), defaultdict(float), defaultdict(int), 0
    rng = random.Random(seed)
    data = list(data)

    def update(feats, delta):
        for x in feats:
            total[x] += (t - stamp[x]) * w[x]
            stamp[x] = t
            w[x] += delta

    for _ in range(epochs):
        rng.shuffle(data)
        for it in data:
            t += 1
            pred = choose(it["cands"], w)
            if pred["gold"] == it["gold"]:
                continue
            right = max((c for c in it["cands"] if c["gold"] == it["gold"]), key=lambda c: score(w, c["feats"]))
            update(right["feats"], 1.0)
            update(pred["feats"], -1.0)
    return {x: (total[x] + (t - stamp[x]) * v) / max(t, 1) for x, v in w.items()}


def train_logit(data, epochs, l2, seed, rate=0.3):
    """Conditional logit: maximise log sum_{right} p(c) with p = softmax over the quote's candidates."""
    w, g2 = defaultdict(float), defaultdict(float)
    rng = random.Random(seed)
    data = list(data)
    for _ in range(epochs):
        rng.shuffle(data)
        for it in data:
            cs = it["cands"]
            s = [score(w, c["feats"]) for c in cs]
            mx = max(s)
            ex = [math.exp(v - mx) for v in s]
            z = sum(ex)
            p = [v / z for v in ex]
            zr = sum(pv for pv, c in zip(p, cs) if c["gold"] == it["gold"])
            grad = defaultdict(float)
            for pv, c in zip(p, cs):
                r = (pv / zr if c["gold"] == it["gold"] else 0.0) - pv  # d log zr / d score(c)
                for x in c["feats"]:
                    grad[x] += r
            for x, gv in grad.items():
                gv -= l2 * w[x]
                g2[x] += gv * gv
                w[x] += rate * gv / math.sqrt(g2[x] + 1e-8)
    return dict(w)


def train(items, setting, seed):
    data = [it for it in items if any(c["gold"] == it["gold"] for c in it["cands"])]
    if setting["model"] == "perceptron":
        return train_perceptron(data, setting["epochs"], seed)
    return train_logit(data, setting["epochs"], setting["l2"], seed)


# ---------------------------------------------------------------- figures

def tally(items, picks=None):
    """kind -> [found, right]; picks: per item the chosen candidate (None: the rules)."""
    t = defaultdict(lambda: [0, 0])
    for i, it in enumerate(items):
        right = it["rule_right"] if picks is None else picks[i]["gold"] == it["gold"]
        for k in (it["kind"], "all"):
            t[k][0] += 1
            t[k][1] += right
    return t


def labeller_check(material, items, dump_dir):
    print("## 1. Labeller: rules' speaker accuracy from the dumps against `eval quotes` (right/found)")
    same = 0
    for n in FILES:
        t = tally([it for it in items if it["file"] == n])
        ev = open(os.path.join(dump_dir, "h%d.txt" % n), encoding="utf-8").read()
        ok = True
        for k in ("direct", "indirect"):
            m = re.search(r"^\s+%s\s+(\d+)\s+([\d.]+)\s+([\d.]+)" % k, ev, re.M)
            gold_n, recall, spk = int(m.group(1)), float(m.group(2)), float(m.group(3))
            found = round(gold_n * recall)
            f, r = t[k]
            if abs(found - f) > 0 or abs((r / f if f else 0.0) - spk) > 0.0006:
                ok = False
                print("  held-out %d %s: eval found %d speaker %.3f, dumps %d/%d" % (n, k, found, spk, r, f))
        same += ok
    print("  files where both kinds agree (found and speaker accuracy to 3 places): %d of %d" % (same, len(FILES)))


def oracle_table(items, earlier):
    print("## 2. Oracle over held-outs %d-%d: share of found quotes with a right candidate" %
          (ORACLE_SET[0], ORACLE_SET[-1]))
    sub = [it for it in items if it["file"] in ORACLE_SET]
    t = tally(sub)
    print("  | K | earlier | direct | reported | all | candidates per quote |")
    print("  | rules | - | %d/%d = %.3f | %d/%d = %.3f | %d/%d = %.3f | 1 |" % tuple(
        x for k in ("direct", "indirect", "all") for x in (t[k][1], t[k][0], t[k][1] / t[k][0])))
    for e in sorted({1, earlier}):
        for kb in (0, 1, 2):
            o = defaultdict(lambda: [0, 0])
            ncand = 0
            for it in sub:
                cs = candidates(it, kb, e)
                ncand += len(cs)
                hit = any(c["gold"] == it["gold"] for c in cs)
                for k in (it["kind"], "all"):
                    o[k][0] += 1
                    o[k][1] += hit
            print("  | %d | %d | %d/%d = %.3f | %d/%d = %.3f | %d/%d = %.3f | %.1f |" % ((kb, e) + tuple(
                x for k in ("direct", "indirect", "all") for x in (o[k][1], o[k][0], o[k][1] / o[k][0])) +
                (ncand / len(sub),)))


SETTINGS = ([{"model": "perceptron", "epochs": ep} for ep in (5, 10, 20)] +
            [{"model": "logit", "epochs": ep, "l2": l2} for ep in (5, 10) for l2 in (0.001, 0.01, 0.1)])
MARGINS = (0.0, 0.5, 1.0, 2.0, 4.0)
K_CHOICES = (0, 1, 2)
SPEAKER_FEATURES = False  # --spoke: a feature for how often the rules made the candidate a speaker elsewhere


def name_of(s):
    return "perceptron %d epochs" % s["epochs"] if s["model"] == "perceptron" else \
        "logit %d epochs l2 %g" % (s["epochs"], s["l2"])


def cross_validate(train_items, s, margins, fraction=1.0, seed=0):
    """Right choices per margin over 5 folds by file (file number mod 5) inside the training files."""
    right = defaultdict(int)
    for fold in range(5):
        fit_files = sorted({it["file"] for it in train_items if it["file"] % 5 != fold})
        fit_files = fit_files[:max(1, round(len(fit_files) * fraction))]
        fit = [it for it in train_items if it["file"] in fit_files]
        w = train(fit, s, seed)
        for it in train_items:
            if it["file"] % 5 == fold:
                for mg in margins:
                    right[mg] += choose(it["cands"], w, mg)["gold"] == it["gold"]
    return right


def test_table(title, test_items, picks):
    tr, tm = tally(test_items), tally(test_items, picks)
    print("## " + title)
    print("  | kind | found | rules | chooser | wins | losses | oracle |")
    for k in ("direct", "indirect", "all"):
        sel = [i for i, it in enumerate(test_items) if k == "all" or it["kind"] == k]
        wins = sum(1 for i in sel if not test_items[i]["rule_right"] and picks[i]["gold"] == test_items[i]["gold"])
        losses = sum(1 for i in sel if test_items[i]["rule_right"] and picks[i]["gold"] != test_items[i]["gold"])
        orc = sum(1 for i in sel if any(c["gold"] == test_items[i]["gold"] for c in test_items[i]["cands"]))
        print("  | %s | %d | %d = %.3f | %d = %.3f | %d | %d | %.3f |" % (
            k, tr[k][0], tr[k][1], tr[k][1] / tr[k][0], tm[k][1], tm[k][1] / tm[k][0], wins, losses, orc / tr[k][0]))


def where(c):
    """Where a candidate is, for the error classes: an earlier speaker, or its place by the cue."""
    if c["earlier"]:
        return "earlier speaker"
    f = set(c["feats"])
    if "inside_content" in f or "inside_other_quote" in f:
        return "inside a quote or content"
    for x in ("after_cue", "before_cue"):
        if any(y.startswith(x + "=") for y in f):
            back = next(y for y in f if y.startswith("sback="))
            return "%s, %s" % (x.replace("_", " "), "same sentence" if back == "sback=0" else "earlier sentence")
    return "other"


def rule_errors(test_items):
    """The rules' wrong speakers of the test files by what the rules gave and where the right one is."""
    c = Counter()
    for it in test_items:
        if it["rule_right"]:
            continue
        rule = next(x for x in it["cands"] if "rule" in x["sources"])
        got = "rules' words name no gold id" if rule["gold"] is None else "rules' words name another id"
        right = [x for x in it["cands"] if x["gold"] == it["gold"]]
        c[(got, where(right[0]) if right else "no right candidate")] += 1
    print("## Rules' wrong speakers on the test files by class (%d)" % sum(c.values()))
    for (got, w), n in sorted(c.items(), key=lambda kv: -kv[1]):
        print("  %3d  %s; right one: %s" % (n, got, w))


def set_candidates(items, kb, earlier, use_rule=True):
    for it in items:
        it["cands"] = candidates(it, kb, earlier, use_rule)


def study(items, args):
    train_items = [it for it in items if it["file"] in TRAIN]
    test_items = [it for it in items if it["file"] in TEST]
    n = len(train_items)
    rules_cv = sum(it["rule_right"] for it in train_items)
    print("## 3. Chooser: cross-validation inside held-outs 1-30 (5 folds by file: file number mod 5)")
    print("  rules on the %d found quotes of 1-30: %d = %.4f" % (n, rules_cv, rules_cv / n))
    cv = {}
    if args.fixed:  # K:margin:model:epochs[:l2] -- a setting the grid chose before, to read its choices again
        parts = args.fixed.split(":")
        s = {"model": parts[2], "epochs": int(parts[3])}
        if s["model"] == "logit":
            s["l2"] = float(parts[4])
        cv[(int(parts[0]), json.dumps(s, sort_keys=True), float(parts[1]))] = 0
    for kb in (K_CHOICES if not args.fixed else ()):
        set_candidates(train_items, kb, args.earlier)
        for s in SETTINGS:
            right = cross_validate(train_items, s, MARGINS, seed=args.seed)
            for mg in MARGINS:
                cv[(kb, json.dumps(s, sort_keys=True), mg)] = right[mg]
            print("  K=%d %-28s " % (kb, name_of(s)) + " ".join(
                "m%g:%.4f" % (mg, right[mg] / n) for mg in MARGINS))
    # The best; on a tie the smaller margin (the model that decides most).
    (kb, sj, mg), best = max(cv.items(), key=lambda kv: (kv[1], -kv[0][2]))
    s = json.loads(sj)
    print("  chosen: K=%d, %s, margin %g (cross-validated %d = %.4f; rules %d)" % (
        kb, name_of(s), mg, best, best / n, rules_cv))
    (kb0, sj0, _), best0 = max(((k, v) for k, v in cv.items() if k[2] == 0.0 or args.fixed), key=lambda kv: kv[1])
    s0 = json.loads(sj0)
    print("  best with no margin: K=%d, %s (cross-validated %d = %.4f)" % (kb0, name_of(s0), best0, best0 / n))

    # A chooser not told the rules' choice, and the learning curve, inside 1-30.
    if not args.fixed:
        set_candidates(train_items, kb0, args.earlier, use_rule=False)
        r = cross_validate(train_items, s0, (0.0,), seed=args.seed)[0.0]
        print("  the same without the rules' choice as a feature: %d = %.4f" % (r, r / n))
        set_candidates(train_items, kb0, args.earlier)
        curve = []
        for fr in (0.25, 0.5, 0.75, 1.0):
            r = cross_validate(train_items, s0, (0.0,), fraction=fr, seed=args.seed)[0.0]
            curve.append("%.0f%% of the fold's training files %.4f" % (fr * 100, r / n))
        print("  learning curve (no margin): " + "; ".join(curve))

    # Measured once on the test files: the chosen setting, and the best one with no margin for reading.
    set_candidates(items, kb, args.earlier)
    w = train(train_items, s, args.seed)
    rule_errors(test_items)
    test_table("4. Held-outs %d-%d, measured once: the chosen chooser against the rules on the same found quotes"
               % (TEST[0], TEST[-1]), test_items, [choose(it["cands"], w, mg) for it in test_items])
    set_candidates(items, kb0, args.earlier)
    w0 = train(train_items, s0, args.seed)
    picks0 = [choose(it["cands"], w0, 0.0) for it in test_items]
    test_table("4b. Held-outs %d-%d: the best chooser with no margin" % (TEST[0], TEST[-1]), test_items, picks0)
    set_candidates(items, kb0, args.earlier, use_rule=False)
    wn = train(train_items, s0, args.seed)
    picksn = [choose(it["cands"], wn, 0.0) for it in test_items]
    test_table("4c. Held-outs %d-%d: the same not told the rules' choice" % (TEST[0], TEST[-1]), test_items, picksn)
    if args.read:
        read(test_items, picksn, args.read, "not told the rules' choice: ")
    set_candidates(items, kb0, args.earlier)
    print("## 5. Heaviest features of the no-margin chooser (absolute weight)")
    for x, v in sorted(w0.items(), key=lambda kv: -abs(kv[1]))[:args.top]:
        print("  %+.3f %s" % (v, x))
    if args.read:
        read(test_items, picks0, args.read)


def show(it, c):
    if c is None or c["span"] is None:
        return "-"
    return it["doc"]["text"][c["span"][0]:c["span"][1]].decode("utf-8", "replace")


def read(test_items, picks, n, which=""):
    rng = random.Random(1)
    for label, want_rule in (("wins", False), ("losses", True)):
        sel = [i for i, it in enumerate(test_items) if it["rule_right"] == want_rule and
               (picks[i]["gold"] == it["gold"]) != want_rule]
        rng.shuffle(sel)
        print("## %s%s (%d, %d shown)" % (which, label, len(sel), min(n, len(sel))))
        for i in sel[:n]:
            it = test_items[i]
            q, text = it["q"], it["doc"]["text"]
            rule = next(c for c in it["cands"] if "rule" in c["sources"])
            cue = text[q["cue"][0]:q["cue"][1]].decode("utf-8", "replace") if q.get("cue") else "-"
            print("  h%d %s %s | cue %s att %s | gold %s | rules %s -> %s | chooser %s -> %s [%s]" % (
                it["file"], it["doc"]["doc"], it["kind"], cue, q.get("attribution"), it["gold"], show(it, rule),
                rule["gold"], show(it, picks[i]), picks[i]["gold"],
                ",".join(x for x in picks[i]["feats"] if "/" not in x)))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dumps", required=True, help="folder of hN.jsonl (--dump-speakers) and hN.txt (eval output)")
    ap.add_argument("--make-dumps", metavar="MARSAD", help="first run `eval quotes --dump-speakers` with this binary")
    ap.add_argument("--corpus", default="/tmp/quotesgold_corpus")
    ap.add_argument("--earlier", type=int, default=1, help="earlier speakers as candidates (1: the previous quote's)")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--read", type=int, default=0, help="print this many wins and losses on 31-40")
    ap.add_argument("--fixed", metavar="K:MARGIN:MODEL:EPOCHS[:L2]",
                    help="skip the grid: this setting (for the chosen and the no-margin chooser both)")
    ap.add_argument("--spoke", action="store_true",
                    help="add the feature: how often the rules made the candidate's entity a speaker elsewhere")
    ap.add_argument("--test", default="31-40", help="held-outs measured once, A-B inside 31-40")
    ap.add_argument("--skip", default="", help="comma list of parts to skip: labeller,oracle,study")
    args = ap.parse_args()
    global SPEAKER_FEATURES
    SPEAKER_FEATURES = args.spoke
    a, b = (int(x) for x in args.test.split("-"))
    TEST[:] = [n for n in range(a, b + 1) if n not in TRAIN and n in FILES]
    if args.make_dumps:
        make_dumps(args.make_dumps, args.dumps, args.corpus)
    material = load(args.dumps)
    items = found_items(material)
    skip = set(args.skip.split(","))
    if "labeller" not in skip:
        labeller_check(material, items, args.dumps)
    if "oracle" not in skip:
        oracle_table(items, args.earlier)
    if "study" not in skip:
        study(items, args)


if __name__ == "__main__":
    sys.exit(main())
