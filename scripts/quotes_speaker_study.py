#!/usr/bin/env python3
"""Speaker choice study (docs/quotes.md, round 9): how often the right speaker is among the
candidates around a quote, and whether a small learned ranker over those candidates beats the
extractor's rules, scored by leave-one-file-out.

    marsad eval quotes --gold G.json [--corpus DIR] --dump-speakers /tmp/G.dump.jsonl --examples 0
    scripts/quotes_speaker_study.py NAME=G.json:/tmp/G.dump.jsonl ...  [--classes] [--seed N]

For every gold quote the extractor found (the predicted quote `marsad eval quotes` judges: one
of the gold's kind containing the anchor, then the shortest), the candidates are: the
extractor's own speaker; every tagged mention (names of the tagger, titles of the entities
stage) from two sentences before the cue's sentence to the end of the quote's sentence; and the
speakers of the earlier quotes of the document. A candidate is right when the gold id it maps to
(the scorer's MapSpeakerToGold, written by --dump-speakers) is the gold speaker. The ranker is an
averaged perceptron over indicator features (position relative to the cue, sentence distance,
type, title, inside the content, earlier speaker and its rank, verb gender against a final ة,
the extractor's attribution), trained on all files but one and scored on that one.
Deterministic for a given --seed.
"""
import argparse
import json
import random
import sys
from collections import defaultdict

def judged_quote(quotes, text, anchor, kind):
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


def words_between(text, a, b):
    if a > b:
        a, b = b, a
    return len(text[a:b].split())


def feminine_cue(text, cue):
    if cue is None:
        return "none"
    w = text[cue[0]:cue[1]].decode("utf-8", "replace")
    w = w[1:] if w[:1] in ("و", "ف") else w
    if w.endswith("ت") or w.endswith("ة") or w.startswith("ت"):
        return "f"
    return "m"


def candidates_of(doc, q, quote_index):
    """Candidates for quote q of doc: dicts with span, gold, features (list of str)."""
    text = doc["text"]
    sents = doc["sentences"] or [[0, len(text)]]
    anchor_pos = q["cue"][0] if q.get("cue") else q["span"][0]
    s_cue = sentence_index(sents, anchor_pos)
    s_quote_end = sentence_index(sents, max(q["span"][1] - 1, q["span"][0]))
    lo = sents[max(s_cue - 2, 0)][0]
    hi = sents[max(s_quote_end, s_cue)][1]
    att = q.get("attribution", "none")
    gender = feminine_cue(text, q.get("cue"))
    cands = {}

    def add(span, gold, feats):
        key = tuple(span) if span else None
        c = cands.setdefault(key, {"span": span, "gold": gold, "feats": set()})
        c["feats"].update(feats)
        if c["gold"] is None:
            c["gold"] = gold

    def position_feats(span, typ, title):
        f = []
        b, e = span
        qb, qe = q["span"]
        inside = qb <= b and e <= qe
        f.append("inside=%d" % inside)
        s = sentence_index(sents, b)
        back = s_cue - s
        f.append("sback=%s" % (str(back) if -1 <= back <= 2 else ("far" if back > 2 else "after")))
        if q.get("cue"):
            cb, ce = q["cue"]
            if b >= ce:
                d = words_between(text, ce, b)
                f.append("after_cue=%s" % (d if d < 4 else ("4-8" if d <= 8 else "9+")))
            else:
                d = words_between(text, e, cb)
                f.append("before_cue=%s" % (d if d < 4 else ("4-8" if d <= 8 else "9+")))
        else:
            f.append("nocue")
        f.append("type=%s" % typ)
        f.append("title=%d" % title)
        words = text[b:e].decode("utf-8", "replace").split()
        last = words[-1] if words else ""
        fem = last.endswith("ة") or last.endswith("ه")
        f.append("gender=%s/%s" % (gender, "fem_end" if fem else "no_fem_end"))
        f.append("gender=%s/type=%s" % (gender, typ))
        base = list(f)
        f += ["att=%s/%s" % (att, x) for x in base]
        return f

    # The extractor's own choice.
    sp = q.get("speaker")
    rule_feats = ["rule", "rule/att=%s" % att, "rule/found=%s" % q.get("found", "?"), "rule/kind=%s" % q["kind"]]
    if sp is None:
        add(None, q.get("gold"), rule_feats + ["nospeaker"])
    else:
        add(sp, q.get("gold"), rule_feats)
    # Tagged mentions in the window.
    mention_count = defaultdict(int)
    for m in doc["mentions"]:
        if m["entity"] is not None:
            mention_count[m["entity"]] += 1
    for m in doc["mentions"]:
        b, e = m["span"]
        if b < lo or b >= hi:
            continue
        f = position_feats(m["span"], m["type"], int(m["title"]))
        n = mention_count.get(m["entity"], 0)
        f.append("salience=%s" % ("0" if n == 0 else "1" if n == 1 else "2-3" if n <= 3 else "4+"))
        # A mention inside the rule's words or containing them stands for the same speaker.
        if sp is not None and (sp[0] <= b and e <= sp[1]):
            f.append("in_rule_words")
        add(m["span"], m["gold"], f)
    # Earlier speakers, most recent first.
    rank = 0
    seen = set()
    for k in range(quote_index - 1, -1, -1):
        prev = doc["quotes"][k]
        if prev.get("speaker") is None or prev["span"][0] >= q["span"][0]:
            continue
        key = tuple(prev["speaker"])
        if key in seen:
            continue
        seen.add(key)
        rank += 1
        if rank > 3:
            break
        f = ["earlier_speaker=%d" % rank, "earlier_speaker=%d/att=%s" % (rank, att),
             "earlier_speaker=%d/gender=%s" % (rank, gender)]
        typ = "?"
        for m in doc["mentions"]:
            if prev["speaker"][0] <= m["span"][0] and m["span"][1] <= prev["speaker"][1]:
                typ = m["type"]
        f.append("earlier_type=%s/gender=%s" % (typ, gender))
        add(prev["speaker"], prev.get("gold"), f)
    out = []
    for c in cands.values():
        c["feats"] = sorted(c["feats"]) + ["bias"]
        out.append(c)
    return out


def load(specs):
    files = []
    for spec in specs:
        name, rest = spec.split("=", 1)
        gold_path, dump_path = rest.split(":", 1)
        gold = json.load(open(gold_path, encoding="utf-8"))
        docs = {}
        for line in open(dump_path, encoding="utf-8"):
            d = json.loads(line)
            d["text"] = d["text"].encode("utf-8")  # the dump's offsets are bytes
            d["quotes"].sort(key=lambda q: q["span"][0])
            docs[d["doc"]] = d
        items = []
        for g in gold["quotes"]:
            d = docs.get(g["doc"])
            if d is None:
                continue
            q = judged_quote(d["quotes"], d["text"], g["anchor"].encode("utf-8"), g["kind"])
            if q is None:
                continue
            qi = d["quotes"].index(q)
            cands = candidates_of(d, q, qi)
            items.append({"doc": g["doc"], "kind": g["kind"], "gold": g.get("speaker"), "rule_right":
                          q.get("gold") == g.get("speaker"), "cands": cands, "anchor": g["anchor"],
                          "att": q.get("attribution"), "quote": q, "text": d["text"]})
        files.append((name, items))
    return files


class Perceptron:
    def __init__(self):
        self.w = defaultdict(float)
        self.total = defaultdict(float)
        self.stamp = defaultdict(int)
        self.t = 0

    def score(self, feats, w=None):
        w = self.w if w is None else w
        return sum(w.get(f, 0.0) for f in feats)

    def update(self, feats, delta):
        for f in feats:
            self.total[f] += (self.t - self.stamp[f]) * self.w[f]
            self.stamp[f] = self.t
            self.w[f] += delta

    def averaged(self):
        avg = {}
        for f, v in self.w.items():
            tot = self.total[f] + (self.t - self.stamp[f]) * v
            avg[f] = tot / max(self.t, 1)
        return avg


def choose(cands, w):
    # Highest score; ties go to the extractor's choice, then the earliest listed.
    best = None
    for c in cands:
        s = sum(w.get(f, 0.0) for f in c["feats"])
        key = (s, "rule" in c["feats"])
        if best is None or key > best[0]:
            best = (key, c)
    return best[1]


def train(items, epochs, seed):
    p = Perceptron()
    rng = random.Random(seed)
    data = [it for it in items if any(c["gold"] == it["gold"] for c in it["cands"])]
    for _ in range(epochs):
        rng.shuffle(data)
        for it in data:
            p.t += 1
            pred = choose(it["cands"], p.w)
            if pred["gold"] == it["gold"]:
                continue
            gold_c = max((c for c in it["cands"] if c["gold"] == it["gold"]),
                         key=lambda c: (p.score(c["feats"]), "rule" in c["feats"]))
            p.update(gold_c["feats"], 1.0)
            p.update(pred["feats"], -1.0)
    return p.averaged()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", help="NAME=GOLD.json:DUMP.jsonl")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=20261123)
    ap.add_argument("--classes", action="store_true", help="list each wrong rule speaker with its mechanism")
    args = ap.parse_args()
    files = load(args.sets)
    tot = defaultdict(lambda: [0, 0, 0, 0])  # kind -> found, rule right, ranker right, oracle
    print("%-10s %-8s %5s %6s %6s %6s" % ("file", "kind", "found", "rules", "ranker", "oracle"))
    for i, (name, items) in enumerate(files):
        train_items = [it for j, (_, its) in enumerate(files) if j != i for it in its]
        w = train(train_items, args.epochs, args.seed)
        per = defaultdict(lambda: [0, 0, 0, 0])
        for it in items:
            pred = choose(it["cands"], w)
            oracle = any(c["gold"] == it["gold"] for c in it["cands"])
            for k in (it["kind"], "all"):
                per[k][0] += 1
                per[k][1] += it["rule_right"]
                per[k][2] += pred["gold"] == it["gold"]
                per[k][3] += oracle
            if args.classes and not it["rule_right"]:
                print_class(name, it, pred)
        for k in ("direct", "indirect", "all"):
            f = per[k]
            if f[0]:
                print("%-10s %-8s %5d %6.3f %6.3f %6.3f" % (name, k, f[0], f[1] / f[0], f[2] / f[0], f[3] / f[0]))
            for x in range(4):
                tot[k][x] += f[x]
    for k in ("direct", "indirect", "all"):
        f = tot[k]
        print("%-10s %-8s %5d %6.3f %6.3f %6.3f" % ("pooled", k, f[0], f[1] / f[0], f[2] / f[0], f[3] / f[0]))


def print_class(name, it, pred):
    text = it["text"]
    q = it["quote"]
    rule = next(c for c in it["cands"] if "rule" in c["feats"])
    got = text[rule["span"][0]:rule["span"][1]].decode("utf-8", "replace") if rule["span"] else "-"
    right = [c for c in it["cands"] if c["gold"] == it["gold"]]
    where = "not a candidate" if not right else ",".join(sorted({f for c in right for f in c["feats"] if
                                                                f.startswith(("sback=", "after_cue=", "before_cue=",
                                                                              "earlier_speaker=", "inside="))
                                                                and "/" not in f}))
    cue = text[q["cue"][0]:q["cue"][1]].decode("utf-8", "replace") if q.get("cue") else "-"
    print("  %s %s %s %s | cue %s | att %s | gold %s | rules %s -> %s | right: %s | ranker -> %s" % (
        name, it["doc"], it["kind"], it["anchor"][:40], cue, it["att"], it["gold"], got, rule["gold"], where,
        pred["gold"]))


if __name__ == "__main__":
    sys.exit(main())
