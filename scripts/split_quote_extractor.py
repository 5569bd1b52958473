#!/usr/bin/env python3
"""Splits src/marsad/quotes/extractor.cc by concern (issue 7's code health).

    scripts/split_quote_extractor.py [--list]

Reads extractor.cc as one file — the public Extractor, the helper structs and `class Run`,
the work on one document — and writes:

  extraction_run.h        the helper structs, ExtractScratch::Buffers and the class, renamed
                          ExtractionRun, with its small hot token predicates inline
  speaker_span.cc         the words naming a speaker at a cue (subjects, titles, names)
  speaker_reference.cc    speakers named elsewhere (carried, anaphors, relays, referents)
  content_span.cc         what a cue introduces (complements, requests, clause ends)
  cue_handlers.cc         reading and handling each kind of cue
  extractor.cc            the driver (Go, Emit), Extractor and AssignSpeakerEntities

Each member function's body moves by the function's name (the tables below) to its file as an
out-of-class definition; its declaration and the comment above it stay in the class. A name the
tables do not know (a function a later rule round added) goes to DEFAULT_FILE and is printed, so
that a run on a later main still succeeds; add it to a table and run again. The split is a pure
move: re-running on the split output is refused (extractor.cc no longer holds `class Run`).

Run it on an unsplit extractor.cc (git show <commit>:src/marsad/quotes/extractor.cc), e.g. after
merging rule rounds into a branch that drops the split commit:
    python3 scripts/split_quote_extractor.py && bash scripts/build.sh release
--list prints each function's file and line count without writing anything. After writing, the
script checks that each line of the old file is in the output (but for the moved functions' heads)
and exits with 1 when one is not.
"""
import argparse
import os
import re
import sys

QUOTES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "marsad", "quotes")
OLD_CLASS = "Run"
NEW_CLASS = "ExtractionRun"
HEADER = "extraction_run.h"
DRIVER = "extractor.cc"
DEFAULT_FILE = DRIVER

# --- which function goes where, by name ------------------------------------------------------

# Stay defined inside the class (inline in the header): the small token predicates every rule
# calls in its loops. Moving them to a .cc would make each call a call across files.
INLINE = {
    OLD_CLASS,  # the constructor
    "W", "FindCue", "Raw", "Kind", "Wordish", "WordsIn", "Classes", "Is", "Punct", "IsComma", "IsColon",
    "IsSemicolon", "IsTerminal", "IsJoiningHyphen", "SamePara", "SentenceOf", "OpenSpan", "CloseSpan", "Inside",
    "MentionOf", "IsSpeechCue", "RequestCue", "LoneConjunction", "Conjoined", "Relative", "ClauseEndWord",
    "DataSourceHead", "VagueHead", "HeadOfClass", "Adverbial", "InLastReported", "PersonNameAt", "HasPersonName",
    "IsWithConjunction", "PrepositionalObject", "AttachedPreposition", "BiComplementizer", "StartsPrepositional",
    "Addressee", "HeadsAName", "ObjectHead", "NominalContent", "RelayedSpeech", "MediaOffice", "Remember",
    "ClaimSpan", "TitleWord",
}

FILES = {
    "speaker_span.cc": (
        "The words naming a speaker at its cue: the subject after the verb (NounPhrase) or before\n"
        "// it (LookBackSubject), appositions, titles that run on to a name or an organisation, and\n"
        "// the statement nouns and ل-phrases that carry their author.",
        """
        NounPhrase SkipAdverbs SkipOutletAddressee AmmaTopic TopicPreposition LookBackSubject
        ApposedBeforeVerb RelativeAntecedent Apposition TitleApposition WhichSubject Explicit
        SubjectTail StatementMeans StatementLamAuthor AddresseeName AddresseePerson TitleTailToName
        TimeInTitle SecondConjunct LamWithPronoun LamPerson GenitiveLam PersonNameWithin GenitiveLamTail
        TitleCommaName HeadOnlyName NameFinalAli AppositionAfterTitlePlace JointPersons OnBehalf Outlet
        NameAfterTitleComplement NameAfterComplement TitleWithGenitiveTail TitleIntroduces PluralLooking
        AccuserWords TitleEndBeforeAddressee NamesRunTo TitleRunOnToName TitleRunOnToOrganisation
        TypedOrganisationElsewhere TitleRunOnThroughBa SubjectBeforeObject NameLike PersonSource OrgSource
        NamesPerson NameBeforeOthersTitle
        """),
    "speaker_reference.cc": (
        "Speakers a cue names elsewhere: the previous speaker a subjectless verb carries, the\n"
        "// anaphors (الصحيفة، الوزيران، the guest, the surname, the title) that refer back to one,\n"
        "// the pronoun's and the statement's referents, the relaying outlets and their reports.",
        """
        Carried DefiniteAnaphor DualAnaphor MediaOfficeReferent GuestReferent SurnameReferent TitleReferent
        StatementBackReference StatedSpeaker InSpeakerSentence NarrativeSubjectBefore MainClauseSubject
        StatementAuthor PronounReferent HonorificReferent StatementNounAuthor RelayPronounReferent
        PersonOpening OutletReportedPerson RelayOutletLamEnd OrganisationAuthor
        """),
    "content_span.cc": (
        "What a cue introduces: the quoted span or reported clause after it (FindComplement) and\n"
        "// where that clause ends, the object before a verb's preposition, and the requests\n"
        "// (طلب من X أن ...) with their one asked and the act asked for.",
        """
        FindComplement ClauseEnd DescribedObjectStart ObjectBefore ObjectStart RelaysInnerCue
        RequestPronoun RequestAddresseeEnd RequestActStart RequestAhead RequestComplement
        RequestActAfterSubject RequestSubject QuoteEndingBefore AtClauseHead NamedSpeakerAndColon
        TopicPhraseStart LongObjectBefore CallPrepositionAfterObject ObjectTailPreposition
        """),
    "cue_handlers.cc": (
        "The cues: which words are cues in their context (the checks W() runs on a word the lexicon\n"
        "// lists), and the handler of each kind — speech verbs (ReadVerb, HandleVerb), source words,\n"
        "// nouns of saying and speech, بالقول — which read a speaker and content and emit the quote.",
        """
        InSubjectRelative ClaimedActAhead AsideEnd ComplementizerAhead PrepNounAhead VerbalNoun
        EmbeddedPredicate NounAfterContentComplementizer DescribesStatement Negated
        ReadVerb HandleVerb HandleSource SayingNounSpeaker HandleSayingNoun HandleSayingNounOn
        HandleSpeechNoun HandleBySaying
        """),
    DRIVER: (None, "Go Emit ClaimInnerQuotes"),
}

ORDER = ["speaker_span.cc", "speaker_reference.cc", "content_span.cc", "cue_handlers.cc", DRIVER]
FILE_OF = {}
for _f, (_, _names) in FILES.items():
    for _n in _names.split():
        assert _n not in FILE_OF and _n not in INLINE, _n
        FILE_OF[_n] = _f

# --- reading C++ ------------------------------------------------------------------------------


def mask(src):
    """src with the insides of comments, strings and character literals blanked (newlines
    kept), so that braces, parentheses and semicolons can be matched on it."""
    out = list(src)
    i, n = 0, len(src)
    while i < n:
        c = src[i]
        if src.startswith("//", i):
            j = src.find("\n", i)
            j = n if j < 0 else j
            for k in range(i, j):
                out[k] = " "
            i = j
        elif src.startswith("/*", i):
            j = src.index("*/", i) + 2
            for k in range(i, j):
                if out[k] != "\n":
                    out[k] = " "
            i = j
        elif c == '"' or c == "'":
            if c == '"' and i > 0 and src[i - 1] == "R":
                sys.exit("raw string literal at offset %d: teach mask() about it" % i)
            j = i + 1
            while src[j] != c:
                if src[j] == "\n":
                    sys.exit("unterminated literal at offset %d" % i)
                j += 2 if src[j] == "\\" else 1
            for k in range(i + 1, j):
                out[k] = " "
            i = j + 1
        else:
            i += 1
    return "".join(out)


def match(m, i):
    """Index just past the bracket closing the one at m[i]."""
    pairs = {"{": "}", "(": ")", "[": "]"}
    stack = []
    for j in range(i, len(m)):
        if m[j] in pairs:
            stack.append(pairs[m[j]])
        elif m[j] in ")]}":
            if not stack or stack.pop() != m[j]:
                sys.exit("unbalanced %r at offset %d" % (m[j], j))
            if not stack:
                return j + 1
    sys.exit("no closing bracket for offset %d" % i)


def first_top(m, i, end, chars):
    """The first of `chars` at bracket depth 0 in m[i:end], or -1."""
    j = i
    while j < end:
        if m[j] in chars:
            return j
        if m[j] in "([":
            j = match(m, j)
            continue
        j += 1
    return -1


class Item:
    """One declaration or definition: `lead` (blank lines and comments before it), `head`
    (up to a body's brace or the closing semicolon) and `body` (the braces, or '')."""

    def __init__(self, src, m, start, end):
        self.start, self.end = start, end
        text_m = m[start:end]
        k = len(text_m) - len(text_m.lstrip())
        # The lead ends at the start of the line where the code starts.
        code = start + k
        line = src.rfind("\n", start, code) + 1
        self.lead = src[start:max(line, start)]
        self.code = src[max(line, start):end]
        self.code_m = m[max(line, start):end]
        self.kind = "decl"
        self.name = None
        self.body_at = -1  # offset of the body's brace in code

    def __repr__(self):
        return "<%s %s>" % (self.kind, self.name)


def split_items(src, m, start, end):
    """The items of a class body or namespace between start and end."""
    items = []
    p = start
    while True:
        q = p
        while q < end and m[q].isspace():
            q += 1
        if q >= end:
            tail = src[p:end]
            return items, tail
        spec = re.match(r"(public|private|protected)\s*:(?!:)", m[q:end])
        if spec:
            it = Item(src, m, p, q + spec.end())
            it.kind = "access"
            items.append(it)
            p = q + spec.end()
            continue
        if m.startswith("namespace", q):
            brace = m.index("{", q)
            it = Item(src, m, p, brace + 1)
            it.kind = "ns_open"
            items.append(it)
            p = brace + 1
            continue
        if m[q] == "}":
            # a namespace's closing brace, with its `// namespace` comment
            eol = src.find("\n", q)
            it = Item(src, m, p, eol)
            it.kind = "ns_close"
            items.append(it)
            p = eol
            continue
        stop = first_top(m, q, end, ";{")
        if stop < 0:
            sys.exit("no end for the item at offset %d" % q)
        head_m = m[q:stop]
        if m[stop] == ";":
            it = Item(src, m, p, stop + 1)
            it.kind = "decl"
        else:
            close = match(m, stop)
            if re.match(r"\s*(template\s*<[^>]*>\s*)?(struct|class|enum|union)\b", head_m) or \
                    first_top(m, q, stop, "=") >= 0 or first_top(m, q, stop, "(") < 0:
                semi = m.index(";", close)
                it = Item(src, m, p, semi + 1)
                it.kind = "type" if re.match(r"\s*(struct|class|enum|union)\b", head_m) else "decl"
            else:
                it = Item(src, m, p, close)
                it.kind = "func"
            it.body_at = stop - (p + len(it.lead))
        items.append(it)
        parse_name(it)
        p = it.end


def parse_name(it):
    """Sets it.name (a function's or a type's name) and, for a function, its head's parts."""
    cm = it.code_m
    if it.kind == "func" or (it.kind == "decl" and first_top(cm, 0, len(cm), "(") >= 0 and
                             first_top(cm, 0, len(cm), "=") < 0):
        head_end = it.body_at if it.kind == "func" else cm.rindex(";")
        paren = first_top(cm, 0, head_end, "(")
        name_m = re.search(r"([A-Za-z_]\w*(?:::[A-Za-z_]\w*)*)\s*$", cm[:paren])
        if name_m is None:
            return
        it.qualname = name_m.group(1)
        it.name = it.qualname.split("::")[-1]
        it.prefix = it.code[:name_m.start()]
        close = match(cm, paren)
        it.params = it.code[paren + 1:close - 1]
        it.params_m = cm[paren + 1:close - 1]
        it.suffix = it.code[close:head_end]
        if it.kind == "decl":
            it.kind = "fdecl"
    elif it.kind == "type":
        t = re.match(r"\s*(?:struct|class|enum(?:\s+class)?|union)\s+([\w:]+)", cm)
        it.name = t.group(1)
    else:
        v = re.search(r"([A-Za-z_]\w*)\s*(?:\[[^\]]*\])?\s*(?:=|;|\{)", cm)
        it.name = v.group(1) if v else None


def strip_defaults(params, params_m):
    """The parameter list without its default arguments (for an out-of-class definition)."""
    out, p = [], 0
    while p <= len(params_m):
        comma = first_top(params_m, p, len(params_m), ",")
        comma = len(params_m) if comma < 0 else comma
        eq = first_top(params_m, p, comma, "=")
        out.append(params[p:eq if eq >= 0 else comma].rstrip())
        p = comma + 1
    return ",".join(out)


COLUMNS = 120


def wrap_head(opening, params, closing):
    """A function head on one line, or its parameters wrapped at commas under the parenthesis
    (four spaces in when that is too far right) when it is longer than COLUMNS."""
    parts = [p.strip() for p in re.sub(r"\s+", " ", params).split(",")] if params.strip() else []
    one = opening + ", ".join(parts) + closing
    if len(one) <= COLUMNS:
        return one
    for indent in (len(opening), 4):
        lines, cur = [], opening
        for k, p in enumerate(parts):
            piece = p + ("," if k + 1 < len(parts) else closing)
            if cur.strip() and cur != opening and len(cur) + 1 + len(piece) > COLUMNS:
                lines.append(cur)
                cur = " " * indent + piece
            else:
                cur += ("" if cur == opening or cur.endswith("(") else " ") + piece
        lines.append(cur)
        if all(len(l) <= COLUMNS for l in lines):
            return "\n".join(lines)
    return "\n".join(lines)


def dedent(text, by):
    lines = text.split("\n")
    return "\n".join(l[by:] if l.startswith(" " * by) else l for l in lines)


# --- writing ----------------------------------------------------------------------------------


def rename(text):
    """text with the class's new name; the lines that continue a parenthesis opened on a renamed
    line (the constructor's parameters) move right with it."""
    word = re.compile(r"\b%s\b" % OLD_CLASS)
    out, shift, depth = [], 0, 0
    for line, line_m in zip(text.split("\n"), mask(text).split("\n")):
        if depth > 0 and shift > 0 and line.strip():
            line = " " * shift + line
        new = word.sub(NEW_CLASS, line)
        opened = line_m.count("(") - line_m.count(")")
        if depth == 0 and opened > 0:
            shift = len(new) - len(line)
        depth = max(0, depth + opened)
        out.append(new)
    return "\n".join(out)


def definition(it, nested, inclass):
    """The out-of-class definition of member function `it` (its lead dropped)."""
    prefix = re.sub(r"\b(static|inline|virtual|explicit)\s+", "", it.prefix)
    if inclass:
        prefix = prefix.lstrip()
        for t in nested:
            prefix = re.sub(r"(?<!::)\b%s\b" % t, "%s::%s" % (NEW_CLASS, t), prefix)
        params = strip_defaults(it.params, it.params_m)
        head = wrap_head("%s%s::%s(" % (prefix, NEW_CLASS, it.name), params, ")" + (" " + it.suffix.strip() if it.suffix.strip() else "") + " {")[:-2]
        body = dedent(it.code[it.body_at:], 2)
        return head + " " + body
    return rename(it.code)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print the mapping, write nothing")
    ap.add_argument("--dir", default=QUOTES, help="the quotes module's directory")
    args = ap.parse_args()
    path = os.path.join(args.dir, DRIVER)
    src = open(path, encoding="utf-8").read()
    m = mask(src)
    cls = re.search(r"^class %s \{" % OLD_CLASS, m, re.M)
    if cls is None:
        sys.exit("%s holds no `class %s {`: already split?" % (path, OLD_CLASS))

    # The file at namespace level: the namespace's own items, with the class as one item.
    ns = re.search(r"^namespace marsad::quotes \{", m, re.M)
    ns_end = src.rindex("}  // namespace marsad::quotes")
    preamble = src[:ns.end()]
    top, top_tail = split_items(src, m, ns.end(), ns_end)

    files = {f: [] for f in ORDER}   # file -> definitions (text)
    header_top = []                  # items before the class that go to the header
    driver_items = []                # items that stay in extractor.cc, in order
    defaulted, placed = [], []
    nested, class_text = [], None
    in_anon, after_class = False, False

    def place(name, text, lines):
        f = FILE_OF.get(name)
        if f is None:
            f = DEFAULT_FILE
            if name not in defaulted:
                defaulted.append(name)
        files[f].append(text)
        placed.append((name, f, lines))

    def split_class(class_it):
        """Moves the bodies of the class's member functions (but INLINE's) to their files; returns
        the class as the header declares it."""
        # The class: members defined in it move out unless INLINE keeps them.
        body_open = class_it.start + len(class_it.lead) + class_it.code_m.index("{") + 1
        body_close = class_it.end - 1
        while m[body_close] != "}":
            body_close -= 1
        members, members_tail = split_items(src, m, body_open, body_close)
        nested[:] = [it.name for it in members if it.kind == "type"]
        kept = []
        for it in members:
            if it.kind == "func" and it.name not in INLINE and not re.search(r"\b(constexpr|template)\b", it.prefix):
                place(it.name, definition(it, nested, True), it.code.count("\n") + 1)
                kept.append(it.lead + it.code[:it.body_at].rstrip() + ";")
            else:
                kept.append(it.lead + it.code)
        return rename(class_it.lead.lstrip("\n") + src[class_it.start + len(class_it.lead):body_open] +
                      "".join(kept) + members_tail + src[body_close:class_it.end])

    for it in top:
        if it.kind == "ns_open":
            in_anon = True
            continue
        if it.kind == "ns_close":
            in_anon = False
            continue
        if it.kind == "type" and it.name == OLD_CLASS:
            class_text = split_class(it)
            after_class = True
            continue
        if it.kind == "func" and it.qualname.startswith(OLD_CLASS + "::"):
            place(it.name, it.lead.lstrip("\n") + definition(it, nested, False), it.code.count("\n") + 1)
            continue
        if it.name == "ExtractScratch::Buffers" or it.code.lstrip().startswith("using "):
            # the run's tables (its constructor, inline, binds them) and the names it uses
            header_top.append(it)
        elif not in_anon:
            driver_items.append((in_anon, it))
        elif not after_class:
            # the anonymous namespace's structs and helpers: every file uses some
            header_top.append(it)
        else:
            # A free helper among the member definitions: the header, where every file sees it.
            print("free helper %s after the class: to the header (inline)" % it.name)
            header_top.append(it)

    if args.list:
        for name, f, lines in placed:
            print("%-22s %-32s %5d" % (f, name, lines))
        for name in sorted(INLINE):
            print("%-22s %s" % (HEADER, name))
    else:
        write_all(args.dir, src, preamble, header_top, class_text, driver_items, files, top_tail)
        check_moved(src)
    if defaulted:
        print("not in the tables, put in %s: %s" % (DEFAULT_FILE, " ".join(defaulted)))
    unused = [n for n in FILE_OF if n not in {p[0] for p in placed}]
    if unused:
        print("in the tables, not in this %s (renamed, removed, or not yet written): %s" % (DRIVER, " ".join(unused)))


def includes_of(src):
    return re.findall(r"^#include .*$", src, re.M)


def write_all(d, src, preamble, header_top, class_text, driver_items, files, top_tail):
    incs = [i for i in includes_of(src) if "extractor.h" not in i]
    # The header: the structs, the buffers and the class, in their order in extractor.cc.
    h = []
    h.append("// ExtractionRun: the work of Extractor::Extract on one document, and the structs it passes\n"
             "// around. Internal to the quotes module (not installed): extractor.cc, speaker_span.cc,\n"
             "// speaker_reference.cc, content_span.cc and cue_handlers.cc define its member functions,\n"
             "// split by concern (docs/quotes.md, Layout); its small token predicates stay inline here.\n"
             "// Made from the one-file extractor.cc by scripts/split_quote_extractor.py; edit it as any source.\n")
    h.append("#ifndef MARSAD_QUOTES_EXTRACTION_RUN_H_\n#define MARSAD_QUOTES_EXTRACTION_RUN_H_\n\n")
    h.append('#include "marsad/quotes/extractor.h"\n\n')
    h.append("\n".join(i for i in incs if '"' in i) + "\n\n")
    h.append("\n".join(i for i in incs if "<" in i) + "\n\n")
    h.append("namespace marsad::quotes {\n")
    for it in header_top:
        text = it.lead + it.code
        if it.kind == "func" or (it.kind == "decl" and it.name and not it.code.lstrip().startswith("using")):
            # one definition for all the files that include the header
            text = it.lead + re.sub(r"^(\s*)", r"\1inline ", it.code, count=1)
        h.append(rename(text))
    h.append("\n\n" + class_text + "\n\n}  // namespace marsad::quotes\n\n#endif  // MARSAD_QUOTES_EXTRACTION_RUN_H_\n")
    write(d, HEADER, re.sub(r"\n\n\n+", "\n\n", "".join(h)))

    # The concern files.
    for f in ORDER:
        if f == DRIVER:
            continue
        comment = FILES[f][0]
        text = "// %s\n// Part of ExtractionRun (extraction_run.h), split by concern: docs/quotes.md, Layout.\n" % comment
        text += '#include "marsad/quotes/extraction_run.h"\n\n'
        text += "namespace marsad::quotes {\n\n" + "\n\n".join(s.strip("\n") for s in files[f]) + \
                "\n\n}  // namespace marsad::quotes\n"
        write(d, f, text)

    # The driver: what is not the class, in its order, then Go, Emit and the defaulted names.
    out = [preamble.replace('#include "marsad/quotes/extractor.h"',
                            "//\n// This file holds Extractor, AssignSpeakerEntities and the pass itself (ExtractionRun::Go,\n"
                            "// Emit); the rules the pass calls are in the files extraction_run.h names (docs/quotes.md,\n"
                            "// Layout).\n"
                            '#include "marsad/quotes/extractor.h"\n#include "marsad/quotes/extraction_run.h"', 1)]
    out[0] = re.sub(r'\n#include "marsad/text/[^\n]*', "", out[0])
    out[0] = re.sub(r"\n#include <[^\n]*", "", out[0])
    out[0] = re.sub(r"\n\n\n+", "\n\n", out[0])
    out.append("\n")
    anon = False
    run_defs = "\n\n".join(s.strip("\n") for s in files[DRIVER])
    emitted_run = False
    for in_anon, it in driver_items:
        if in_anon != anon:
            out.append("\n\nnamespace {" if in_anon else "\n\n}  // namespace")
            anon = in_anon
        if not in_anon and not emitted_run and re.search(r"\b%s\b" % OLD_CLASS, it.code):
            # the first item that uses the class (Extract): the driver's member functions first
            if anon:
                out.append("\n\n}  // namespace")
                anon = False
            out.append("\n\n" + run_defs)
            emitted_run = True
        out.append(rename(it.lead + it.code))
    if anon:
        out.append("\n\n}  // namespace")
    if not emitted_run:
        out.append("\n\n" + run_defs)
    out.append(top_tail.rstrip() + "\n\n" if top_tail.strip() else "\n\n")
    out.append(src[src.rindex("}  // namespace marsad::quotes"):])
    write(d, DRIVER, re.sub(r"\n\n\n+", "\n\n", "".join(out)))

    # The module's sources: the concern files among the others, in order.
    cm = open(os.path.join(d, "CMakeLists.txt"), encoding="utf-8").read()
    block = re.search(r"(marsad_module\(quotes\s+SOURCES\n)((?:\s+\w+\.cc\n)+)", cm)
    listed = block.group(2).split()
    missing = [f for f in ORDER if f not in listed]
    if missing:
        cm = cm[:block.start(2)] + "".join("    %s\n" % f for f in sorted(listed + missing)) + cm[block.end(2):]
        write(d, "CMakeLists.txt", cm)


WRITTEN = {}


def write(d, name, text):
    WRITTEN[name] = text
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write(text)


def check_moved(src):
    """Every line of the old extractor.cc, the class renamed, must be in the output as it was
    (but for indentation), save the heads of the functions moved out of the class, the
    includes and the anonymous namespace's braces: prints the others (a bug of the split)."""
    from collections import Counter
    norm = lambda l: re.sub(r"\s+", " ", l.strip())
    out = Counter(norm(l) for t in WRITTEN.values() for l in t.split("\n"))
    lost = []
    for l in rename(src).split("\n"):
        k = norm(l)
        if not k:
            continue
        if out[k] > 0:
            out[k] -= 1
        elif out["inline " + k] > 0:  # a helper or constant the header now defines
            out["inline " + k] -= 1
        elif not (k.startswith("#include") or k in ("namespace {", "} // namespace") or
                  re.match(r"^[\w:<>*&, ]+\(.*\)( const)? \{$", k) or
                  re.match(r"^[^()]*\)( const)? \{$", k) or re.match(r"^[\w:<>*&, ]+\([^)]*,$", k)):
            lost.append(l)
    if lost:
        print("%d lines of %s not found in the output:" % (len(lost), DRIVER))
        print("\n".join(lost))
        sys.exit(1)


if __name__ == "__main__":
    main()
