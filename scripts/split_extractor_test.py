#!/usr/bin/env python3
"""Splits src/marsad/quotes/extractor_test.cc by concern (issue 7's code health).

    scripts/split_extractor_test.py [--list]

Reads extractor_test.cc as one file — the shared helpers at its top (MakeDoc, Extract, Case,
RunCases ...), then TESTs of one suite `ExtractorTest` and the case tables they run, appended
round by round — and writes:

  extractor_test_support.h           the helpers every test file uses (internal, not installed)
  extractor_marks_test.cc            quote marks, paragraph breaks, quotes inside quotes
  extractor_speaker_span_test.cc     the words naming a speaker at its cue
  extractor_speaker_reference_test.cc  speakers named elsewhere: carried, anaphors, relays, outlets
  extractor_content_span_test.cc     what a cue introduces and where it ends
  extractor_cues_test.cc             which words are cues: verbs, sources, saying nouns, requests
  extractor_traps_test.cc            what is not a quote, and quotes that must not change hands
  extractor_test.cc                  the public API (entities, offsets, odd inputs) and the
                                     tests the mapping below does not know (DEFAULT_FILE)

Each TEST moves by its name (the mapping below) with the comments above it (the round notes
some blocks open with), its suite renamed to its file's (test names unchanged). A case table
or other item between the tests goes with the first test that names it, or to the header when
tests of several files (or a helper) use it. A test name the mapping does not know goes to
DEFAULT_FILE and is printed, so that a run on a later main still succeeds; add it to the
mapping and run again. Re-running on the split output is refused (extractor_test.cc then
includes extractor_test_support.h).

Run it on an unsplit extractor_test.cc, e.g. after merging rule rounds into a branch that
drops the commit of the split:
    python3 scripts/split_extractor_test.py && bash scripts/build.sh release
--list prints each test's file and line count without writing anything. After writing, the
script checks that each line of the old file is in the output (but for the suite names,
includes and namespace lines) and that each TEST is written once, and exits with 1 when not.
"""
import argparse
import os
import re
import sys
from collections import Counter

QUOTES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "marsad", "quotes")
SOURCE = "extractor_test.cc"
HEADER = "extractor_test_support.h"
OLD_SUITE = "ExtractorTest"
NAMESPACE = "marsad::quotes"
DEFAULT_FILE = SOURCE

# --- which test goes where, by name -----------------------------------------------------------
# file: (suite, what the file tests (its opening comment), the test names)

FILES = {
    "extractor_marks_test.cc": (
        "ExtractorMarksTest",
        "Quote marks: direct quotes in every mark, before or after their cue, over paragraph\n"
        "// breaks, and quotes inside quotes (the inner speaker's claim on the outer quote's words).",
        """
        DirectQuotes ParagraphBreaks Round40QuoteInsideAQuoteWithTheSameMarks Round41NamedSpeakerInsideAQuote
        Round44VerbFirstSpeakerInsideAQuote Round44TitledSpeakerInsideAQuote
        """),
    "extractor_speaker_span_test.cc": (
        "ExtractorSpeakerSpanTest",
        "The speaker span: the words naming a speaker at its cue -- the subject after or before\n"
        "// the verb and where it ends, appositions, titles that run on to a name or an\n"
        "// organisation, names, topics, and the tagger's mentions that end them.",
        """
        ErrorClasses Round8Constructions MentionsEndTheSpeaker RelativeClauseSpeakerAndApposition
        TitleCutBeforeANameInApposition TitleWithAnOrganisationBeforeTheName NameStartingWithALexiconWord
        TitleTailRunsToTheName TitleRunsOnToThePersonNamedAfterIt VerbalNounBeforeAPlaceNameHeadsTheName
        Round8TaggedSpeakers Round11TitleStopsAtAParticipleOfAllegiance Round11JointSubjectGoesToItsFirstPart
        Round12AccusedIsNoPartOfTheSpeaker Round12TitleStopsBeforeTheOutletSpokenTo
        Round14TitleRunsOnToItsOrganisation Round14MediaOfficeSpeaksWithItsOwner
        OutletBetweenVerbAndSubjectIsNoSpeaker Round15TitleRunsOnThroughBa Round15CompanyTypedAsPlace
        Round16TimeWordInsideATitle Round17TitleRunsToItsMentionBeforeAnApposition
        Round18NamesBeforeBanAreTheObjectOfDescribe Round18VerbOpeningWithAlBeforeAName
        Round19TopicAfterAmmaSpeaksInTheFaVerb Round20TopicAfterWaAnIsNoSpeaker Round20WhichClauseNamesTheSpeaker
        Round24CutTitleRunsToTheNameBeforeAnAside Round22TitleComplementRunsToTheName
        Round22CutTitleOfTheMainClauseRunsToTheName Round25SubjectComplementBeforeTheVerbsPreposition
        Round26FrontedSubjectWithAnApposition Round26NameThatStartsLikeAPreposition Round28TitleCutAtAGenitiveLam
        Round28TitleWithAPlaceBeforeANameInApposition Round30HowTheSpeakerSpokeIsNotWhoSpoke
        Round32TitleRunsOnToTheNameAfterItsComplement Round34StatementSpeaksForItsAuthorAfterLam
        NameEndingInAliKeepsIt Round38NameBeforeAnotherPersonsTitle PrepositionalAsideIsNoApposition
        SayingNounAfterAVerbIsNoSubject GoingOnVerbIsNoSubject
        """),
    "extractor_speaker_reference_test.cc": (
        "ExtractorSpeakerReferenceTest",
        "Speaker references: speakers a cue names elsewhere -- carried speakers with gender and\n"
        "// number, the subject of the sentence before, anaphors (the paper, the guest, the surname,\n"
        "// the bare title, the honorific), statements that speak for their author, relays and outlets.",
        """
        Speakers NameAfterTheSubjectOfAnotherVerbIsItsObject PronounSpeakerBeforeAnyQuoteIsTheLastPersonNamed
        PronounOfAVerbalNounIsTheLastPersonNamed StatementAuthorOfFihaVerb CoordinatedDaaWithNoNamedSubject
        CarriedVerbPassesOverADataSource Round11PossessorOfAStatementIsNotItsAuthor Round11MediumIsNotTheSpeaker
        Round13DefiniteNounRefersBack Round13DefiniteNounWithAnAdjectiveStays Round15StatementFromItsAuthor
        Round15StatementNamedWithItsSpeaker Round16StatementWithAdjectiveRefersBack
        Round17BareTitleRefersToTheNamedPerson Round18VerbWithNoContentInsideReportedContent
        Round21HonorificPronounIsTheTitledPerson Round21StatementNounSpeaksForItsAuthor
        Round24StatementAnOutletPublished Round22JointSubjectIsTwo Round22StatementWithAPossessiveAfterFi
        PluralVerbCarriesABrokenPluralSubject Round26NamedSubjectOfAVerbBeforeACoordinatedSpeechVerb
        Round26SentenceOpenedByAlsoOrBut Round26FrontedPhraseBeforeTheClause Round27GuestByRole
        Round27SurnameOfANamedPerson Round28MediaOfficeForItsOwner Round30RelayWithAPhraseBeforeFrom
        Round30NamedSubjectOfTheSentenceBefore Round33RelayOutletNameRunsToItsLamWord
        Round33RelayPronounAfterAnOutletsReportOnAPerson Round33OutletReportsWhatAPersonAskedOrTold
        Round33FeminineVerbAfterARelayIsTheOutlets StatementAuthorOfFihaVerbSpeaksOn
        Round38StatementAuthorThroughItsOrganisation Round41CarriedVerbAfterTheContentsNamedSubject
        NaqlanAnRelaysAfterAnySpeechVerb
        ByHisOpinionIsTheSpeakerBefore
        """),
    "extractor_content_span_test.cc": (
        "ExtractorContentSpanTest",
        "Reported content: what a cue introduces (the reported clause, a verbal noun or a\n"
        "// described object, the one called on) and where it ends.",
        """
        ReportedSpeech Round5Constructions Round10Constructions Round13DescribedObjectAfterTheSubject
        Round15AsSaidEndsTheClause Round17AsRegardsDoesNotEndTheClause Round23DescribedObjectOpensTheContent
        Round23DeniedClaimWithItsContent Round29TheOneCalledOnBelongsToTheCall Round37PastASubjectRelativeClause
        NamedSpeakerWithColonEndsReportedContent Round39ACallWithALongObject
        """),
    "extractor_cues_test.cc": (
        "ExtractorCuesTest",
        "Cues: which words introduce speech in their context and how each kind is read --\n"
        "// speech verbs and participles, sources (بحسب، وفقا ل), verbal nouns and nouns of saying,\n"
        "// calls, urgings, claims and requests.",
        """
        NominalSpeech Round6Constructions Round7Constructions Round11Constructions Round12Constructions
        PersonSourceHeadingItsClause Round13SayingNounWithOn Round15InstructionIsACall Round15ClaimOfResponsibility
        Round20UrgingAndHighlightingAreCues Round23PointingOutWithLaftaIla Round23RajjahaAnna
        Round23OrganisationSourceHeadingItsClause Round23AsideBeforeTheComplementizerOfBayyana
        Round23DaaWithTheObjectPronounThem Round25FrontedSourceRunsToItsFaInna Round31ObservingParticiple
        Round35Request Round36RelativeClauseAfterTheSubject Round42CommaBeforeTheComplementizer
        Round42UrgeWithItsSubjectAndTheOneUrged Round43SourceVerbWithAResumptivePronoun
        Round43ClosingNamedSourceWithNoVerb
        """),
    "extractor_traps_test.cc": (
        "ExtractorTrapsTest",
        "Traps: what is not a quote (names and scare quotes in marks, negated verbs, the\n"
        "// journalist's voice, words spelt like a cue that are none), and quotes that must not\n"
        "// change hands.",
        """
        NotQuotesAndTraps QuoteNamingAnotherPersonKeepsItsSpeaker NameInQuotesFoundByTheTaggerIsNotAQuote
        Round15BetweenIsNoCue Round19ElativeAblaghIsNoVerbOfTelling Round28VerbSpellingAfterTheContentsComplementizer
        VerbFormAfterAlaIsAVerbalNoun
        VerbFormAfterComplementizerInIsAVerbalNoun
        """),
    SOURCE: (
        "ExtractorTest",
        "The public API: speaker entities from the tagger's mentions, offsets into the text, empty\n"
        "// and odd inputs; and the tests scripts/split_extractor_test.py has not placed yet.",
        """
        SpeakerEntityFromMentions OffsetsPointIntoTheText EmptyAndOddInputs Round34SpeakerEntityThroughTheGluedLam
        """),
}

ORDER = list(FILES)
FILE_OF = {}
for _f, (_suite, _comment, _names) in FILES.items():
    for _n in _names.split():
        assert _n not in FILE_OF, _n
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
            if c == "'" and i > 0 and src[i - 1].isalnum():
                i += 1  # a digit separator (1'000)
                continue
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


def first_top(m, i, chars):
    """The first of `chars` at bracket depth 0 from m[i] on, or -1."""
    j = i
    while j < len(m):
        if m[j] in chars:
            return j
        if m[j] in "([":
            j = match(m, j)
            continue
        j += 1
    return -1


class Item:
    """One thing at namespace level: `lead` (the blank lines and comments before it, from the
    end of the previous item) and `code` (to the end of its line)."""

    def __init__(self, kind, lead, code, name=None):
        self.kind, self.lead, self.code, self.name = kind, lead, code, name
        self.file = None

    def lines(self):
        return (self.lead + self.code).count("\n")


def end_of_line(src, i):
    """Index past the newline ending the line of src[i - 1] (a trailing comment kept)."""
    j = src.find("\n", i)
    return len(src) if j < 0 else j + 1


def read_items(src, m):
    """The file as items: include, ns_open, ns_close, test, decl (a table, a struct, a helper
    function). Namespaces may be opened again inside themselves (the file was appended to);
    they are only counted, as the output opens one namespace per file."""
    items, p, depth = [], 0, 0
    while True:
        q = p
        while q < len(m) and m[q].isspace():
            q += 1
        if q >= len(m):
            if src[p:].strip():
                items.append(Item("tail", src[p:], ""))
            break
        lead_end = src.rfind("\n", p, q) + 1 if src.rfind("\n", p, q) >= p else p
        lead = src[p:lead_end]
        rest = m[q:]
        if rest.startswith("#"):
            e = end_of_line(src, q)
            items.append(Item("include", lead, src[lead_end:e]))
            p = e
            continue
        ns = re.match(r"namespace\b[^{;]*\{", rest)
        if ns:
            depth += 1
            e = end_of_line(src, q + ns.end())
            items.append(Item("ns_open", lead, src[lead_end:e]))
            p = e
            continue
        if rest.startswith("}"):
            depth -= 1
            if depth < 0:
                sys.exit("a namespace closed twice at offset %d" % q)
            e = end_of_line(src, q)
            items.append(Item("ns_close", lead, src[lead_end:e]))
            p = e
            continue
        t = re.match(r"TEST\s*\(\s*(\w+)\s*,\s*(\w+)\s*\)\s*\{", rest)
        if t:
            if t.group(1) != OLD_SUITE:
                sys.exit("TEST(%s, %s): a suite other than %s" % (t.group(1), t.group(2), OLD_SUITE))
            close = match(m, q + t.end() - 1)
            e = end_of_line(src, close)
            items.append(Item("test", lead, src[lead_end:e], t.group(2)))
            p = e
            continue
        if re.match(r"(TEST_F|TEST_P|TYPED_TEST|INSTANTIATE)", rest):
            sys.exit("a %s at offset %d: teach the script about it" % (rest.split("(")[0], q))
        # A declaration: up to its top-level `;`, or a function's body.
        stop = first_top(m, q, ";{")
        if stop < 0:
            sys.exit("no end for the item at offset %d" % q)
        head = m[q:stop]
        paren = first_top(head, 0, "(=")
        kind_m = re.match(r"\s*(?:template\s*<[^>]*>\s*)?(?:struct|class|enum(?:\s+class)?|union)\s+(\w+)", head)
        if kind_m:
            decl_name = kind_m.group(1)  # a type
        elif paren >= 0 and head[paren] == "(":
            decl_name = re.search(r"(\w+)\s*$", head[:paren]).group(1)  # a function
        else:
            v = re.search(r"(\w+)\s*(?:\[[^\]]*\])?\s*(?:=|$)", head if paren < 0 else head[:paren])
            decl_name = v.group(1) if v else None  # a variable or table
        if m[stop] == ";":
            end = stop + 1
        elif kind_m or paren < 0 or head[paren] == "=":
            end = m.index(";", match(m, stop)) + 1  # a type's or a table's braces, then `;`
        else:
            end = match(m, stop)  # a function's body
        e = end_of_line(src, end)
        items.append(Item("decl", lead, src[lead_end:e], decl_name))
        p = e
    if depth != 0:
        sys.exit("%d namespaces left open" % depth)
    return items


def words(text):
    """The names text uses unqualified (doc::QuoteKind::kDirect is not the table kDirect)."""
    return set(re.findall(r"(?<!::)(?<!\.)(?<!->)\b[A-Za-z_]\w*\b", mask(text)))


# --- placing ----------------------------------------------------------------------------------


def place(items):
    """Sets each test's and declaration's file; returns the test names DEFAULT_FILE got."""
    defaulted = []
    tests = [it for it in items if it.kind == "test"]
    seen = Counter(it.name for it in tests)
    twice = [n for n, k in seen.items() if k > 1]
    if twice:
        sys.exit("tests defined twice: %s" % " ".join(twice))
    for it in tests:
        it.file = FILE_OF.get(it.name)
        if it.file is None:
            it.file = DEFAULT_FILE
            defaulted.append(it.name)
    decls = [it for it in items if it.kind == "decl"]
    # Who uses each declaration: the tests' files and the other declarations.
    for it in decls:
        users = set()
        for other in items:
            if other is it or other.kind not in ("test", "decl") or it.name is None:
                continue
            if it.name in words(other.code):
                users.add(other.file if other.kind == "test" else HEADER)
        if len(users) == 1 and HEADER not in users:
            it.file = users.pop()
        else:
            it.file = HEADER
    return defaulted


# --- writing ----------------------------------------------------------------------------------


def collapse(text):
    return re.sub(r"\n\n\n+", "\n\n", text)


def test_text(it, suite):
    code = re.sub(r"TEST\s*\(\s*%s\s*," % OLD_SUITE, "TEST(%s," % suite, it.code, count=1)
    return it.lead + code


def write_all(d, src, items):
    # The old file's includes, grouped as clang-format wants them in a header (gtest, the
    # standard library, then the project's, extractor.h among them).
    incs = [it.code.strip() for it in items if it.kind == "include"]
    groups = [[i for i in incs if re.match(r"#include <(gtest|gmock)/", i)],
              [i for i in incs if i.startswith("#include <") and not re.match(r"#include <(gtest|gmock)/", i)],
              sorted(i for i in incs if i.startswith('#include "'))]
    includes = ["\n".join(g) for g in groups if g]
    file_comment = []
    for line in src.split("\n"):
        if not line.startswith("//"):
            break
        file_comment.append(line)

    # The header: the declarations no single file owns, in their order, under the old file's
    # comment (what the tests are and how their documents are made).
    h = ["\n".join(file_comment) + "\n" if file_comment else "",
         "//\n// The helpers of those tests, shared by extractor_test.cc and the extractor_*_test.cc files\n"
         "// (split by concern: docs/quotes.md, Layout). Internal to the tests (not installed). Made\n"
         "// from the one-file extractor_test.cc by scripts/split_extractor_test.py; edit it as any source.\n",
         "#ifndef MARSAD_QUOTES_EXTRACTOR_TEST_SUPPORT_H_\n#define MARSAD_QUOTES_EXTRACTOR_TEST_SUPPORT_H_\n\n",
         "\n\n".join(includes) + "\n\n",
         "namespace %s::extractor_test {\n\n" % NAMESPACE]
    for it in items:
        if it.kind == "decl" and it.file == HEADER:
            h.append(it.lead.lstrip("\n") if h[-1].endswith("{\n\n") else it.lead)
            code = it.code
            if re.match(r"\s*(constexpr|const)\b", code):
                code = re.sub(r"^(\s*)", r"\1inline ", code, count=1)
            elif "(" in code.split("{")[0] and not re.match(r"\s*(struct|class|enum|union)\b", code):
                code = re.sub(r"^(\s*)", r"\1inline ", code, count=1)
            h.append(code + "\n")
    h.append("\n}  // namespace %s::extractor_test\n\n#endif  // MARSAD_QUOTES_EXTRACTOR_TEST_SUPPORT_H_\n" % NAMESPACE)
    write(d, HEADER, collapse("".join(h)))

    # The test files: their items in the old file's order.
    for f in ORDER:
        suite, comment, _ = FILES[f]
        body = []
        for it in items:
            if it.file != f:
                continue
            if it.kind == "test":
                body.append(test_text(it, suite))
            else:
                body.append(it.lead + it.code)
        text = "// %s\n" % comment
        text += "// Extractor tests on hand-written sentences (written for marsad, not taken from any\n" \
                "// article), their documents made by %s; split from one extractor_test.cc\n" \
                "// by concern (docs/quotes.md, Layout).\n" % HEADER
        text += '#include <gtest/gtest.h>\n\n#include "marsad/quotes/%s"\n\n' % HEADER
        text += "namespace %s::extractor_test {\nnamespace {\n\n" % NAMESPACE
        text += "\n".join(b.strip("\n") + "\n" for b in body)
        text += "\n}  // namespace\n}  // namespace %s::extractor_test\n" % NAMESPACE
        write(d, f, collapse(text))

    # The module's tests: one marsad_test per file, where extractor_test.cc's was.
    cm_path = os.path.join(d, "CMakeLists.txt")
    cm = open(cm_path, encoding="utf-8").read()
    line = re.search(r"^marsad_test\(%s (DEPS [^)]*)\)\n" % re.escape(SOURCE), cm, re.M)
    if line is None:
        sys.exit("CMakeLists.txt has no marsad_test(%s ...)" % SOURCE)
    others = [f for f in ORDER if f != SOURCE and not re.search(r"^marsad_test\(%s " % re.escape(f), cm, re.M)]
    new = "".join("marsad_test(%s %s)\n" % (f, line.group(1)) for f in [SOURCE] + others)
    write(d, "CMakeLists.txt", cm[:line.start()] + new + cm[line.end():])


WRITTEN = {}


def write(d, name, text):
    WRITTEN[name] = text
    with open(os.path.join(d, name), "w", encoding="utf-8") as f:
        f.write(text)


def check(src, items):
    """Each line of the old file must be in the output as it was (but for indentation, the
    suite names, includes and namespace lines), each TEST written once: prints the others."""
    norm = lambda l: re.sub(r"\s+", " ", l.strip())
    out = Counter()
    for name, text in WRITTEN.items():
        if name.endswith((".cc", ".h")):
            for l in text.split("\n"):
                out[norm(re.sub(r"^inline ", "", l.strip()))] += 1
    lost = []
    for l in src.split("\n"):
        k = norm(l)
        if not k or k.startswith("#include") or re.match(r"^(namespace [\w:]* ?\{|\} // namespace)", k):
            continue
        k = re.sub(r"^TEST\(%s," % OLD_SUITE, "TEST(@,", k)
        if k.startswith("TEST(@,"):
            hits = [s for s in {FILES[f][0] for f in ORDER} if out[k.replace("@", s)] > 0]
            if hits:
                out[k.replace("@", hits[0])] -= 1
                continue
        elif out[k] > 0:
            out[k] -= 1
            continue
        lost.append(l)
    written = Counter(re.findall(r"^TEST\(\w+, (\w+)\)", "".join(t for n, t in WRITTEN.items() if n.endswith(".cc")),
                                 re.M))
    old = Counter(it.name for it in items if it.kind == "test")
    bad = sorted(n for n in set(old) | set(written) if written[n] != old[n])
    if lost or bad:
        if lost:
            print("%d lines of %s not found in the output:" % (len(lost), SOURCE))
            print("\n".join(lost))
        if bad:
            print("tests not written exactly once: %s" % " ".join(bad))
        sys.exit(1)
    print("%d tests in %d files; every line of the old %s is in the output" %
          (sum(old.values()), len(ORDER), SOURCE))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--list", action="store_true", help="print the mapping, write nothing")
    ap.add_argument("--dir", default=QUOTES, help="the quotes module's directory")
    args = ap.parse_args()
    path = os.path.join(args.dir, SOURCE)
    src = open(path, encoding="utf-8").read()
    if HEADER in src:
        sys.exit("%s includes %s: already split" % (path, HEADER))
    m = mask(src)
    items = read_items(src, m)
    defaulted = place(items)
    # Comments before a namespace line or at the end (not before an item) have no test to go with.
    for it in items:
        if it.kind in ("ns_open", "ns_close", "tail") and it.lead.strip() and it is not items[0]:
            print("a comment with no test after it, dropped:\n%s" % it.lead)
    if args.list:
        for it in items:
            if it.kind in ("test", "decl"):
                print("%-38s %-5s %-58s %4d" % (it.file, it.kind, it.name, it.lines()))
        counts = Counter(it.file for it in items if it.kind == "test")
        for f in ORDER:
            print("%-38s %3d tests" % (f, counts[f]))
    else:
        write_all(args.dir, src, items)
        check(src, items)
    if defaulted:
        print("not in the mapping, put in %s: %s" % (DEFAULT_FILE, " ".join(defaulted)))
    unused = [n for n in FILE_OF if n not in {it.name for it in items if it.kind == "test"}]
    if unused:
        print("in the mapping, not in this %s (renamed, removed, or not yet written): %s" % (SOURCE, " ".join(unused)))


if __name__ == "__main__":
    main()
