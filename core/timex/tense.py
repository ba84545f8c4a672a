"""Which way a sentence points in time: the verb group nearest to a time expression decides.

News reports mostly tell what happened, so a weekday or a month with no other clue is in the past;
an auxiliary of the future ("will", "is to", "plans to") close by turns it to the coming one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from core.sentences import SENTENCE_OPENER, is_abbreviation
from core.timex import lexicon as lx

PAST = "past"
FUTURE = "future"
PRESENT = "present"
UNKNOWN = "unknown"

_PLANNING = r"(?:\s+not)?\s+(?:planning|scheduled|expected|set|due|going|forecast|likely|unlikely)"
_DEAL = r"\s+to\s+(?:buy|acquire|sell|merge|pay|purchase)"
_DUE_VERB = (
    r"(?:start|begin|open|close|ship|arrive|launch|take|end|expire|meet|hold|vote|return|finish|resume|leave|visit|"
    r"report|publish|release|appear|face|rule|decide|sign|complete|retire|step|travel|fly|land|play|deliver|"
    r"announce|present|unveil|go|come|reopen|debut|air|premiere|hit|reach|enter|join|testify|speak|address)\b"
)
"""Verbs "due to" plans ("due to ship in the autumn"); "due to rising costs", "due to the storm" give a cause."""
_FUTURE_PHRASES = (
    r"was" + _PLANNING, r"were" + _PLANNING, r"is" + _PLANNING, r"are" + _PLANNING, r"going\s+to", r"plans?\s+to",
    r"p(?<!the\sp)(?<!\ba\sp)(?<!ly\sp)lanned", r"is\s+to", r"are\s+to", r"intends?\s+to", r"set\s+to",
    r"expected\s+to", r"expect(?:s|ed)?\s+(?:(?!to\s)[a-z0-9$%,.'-]+\s+){1,5}?to\s+(?!have\s)[a-z]+", r"is\s+due", r"are\s+due", r"due\s+to\s+be", r"due\s+to\s+" + _DUE_VERB, r"to\s+be\s+held",
    r"hopes?\s+to", r"likely\s+to", r"unlikely\s+to",
    r"aims?\s+to", r"wants?\s+to", r"as\s+soon\s+as", r"as\s+early\s+as", r"supposed\s+to", r"slated",
    r"agreement" + _DEAL, r"agreed" + _DEAL, r"agrees" + _DEAL, r"deal" + _DEAL,
    # a timetable's present of several words ("the ban takes effect on Monday", "the rules come into force")
    r"takes?\s+effect", r"comes?\s+into\s+(?:force|effect)", r"go(?:es)?\s+into\s+(?:force|effect)",
    # ... and a fixture's ("the vote takes place on Thursday", "the suspect appears in court on Friday"), only in the
    # singular: the base form also follows "did not" and "failed to"
    r"takes\s+place", r"appears\s+in\s+court",
    # ... and a company's calendar ("Acme, which reports results on Thursday", "the bank reports its earnings")
    r"reports?\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:results|earnings)",
    # "sales should recover in the second half"; but "should have" looks back
    r"should(?!\s+(?:not\s+)?have\b)",
)  # fmt: skip
"""Future markers of several words, or with a condition, in the order they are tried.

Each starts with a plain letter ("was ...", "were ...", not "(?:was|were) ..."; "planned" looks behind
from its "p"), by which `_by_first_letter` sorts them."""


def _by_first_letter(phrases: Sequence[str]) -> str:
    """The phrases as one alternation that branches on their first letters ("a(?:re...|ims?...)|d(?:...)"):
    tried at every word, the engine enters only the branch of the word's letter, not each phrase that
    starts with it in turn. Phrases of different first letters cannot both match at one place, and those
    of one letter keep their order, so the phrase that matches is the same."""
    branches: dict[str, list[str]] = {}
    for phrase in phrases:
        branches.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in branches.items())


_PLURAL_FIXTURES = (
    "meet", "play", "host", "face", "travel", "visit", "return", "fly", "head", "go", "vote", "gather", "reopen",
    "open", "close",
)  # fmt: skip
"""A journey's or a fixture's verbs in the plural ("the two sides meet again in January", "voters head to the
polls on Sunday"): base forms too, so after an auxiliary ("did not meet", "to visit") the auxiliary tells
the tense."""
TIMETABLE_VERBS = (
    # a timetable's present ("the festival runs from 12 to 15 July"): what a date names is to come
    "opens", "begins", "starts", "ends", "runs", "closes", "resumes", "reopens", "kicks",
    # ... in the plural ("the talks end on Friday"), where the words are verbs and not nouns ("the end")
    "begin", "start", "end", "run", "resume", "apply", "applies",
    # ... and of a journey or a fixture ("the minister flies to Paris on Monday", "United host City on Sunday"):
    # a news report tells what has happened in the past tense, so a present with a date is a plan
    "flies", "travels", "visits", "meets", "arrives", "departs", "hosts", "heads", "leaves", "returns", "faces",
    "plays", "convenes", "reconvenes", "airs", "premieres", "debuts", "enters", "reaches", "concludes", "finishes",
    *_PLURAL_FIXTURES,
)  # fmt: skip
"""Present verbs of a timetable, a journey or a fixture: with a date, what is to come."""
_FUTURE_WORDS = (
    "will", "won't", "wo", "'ll", "shall", "planning", "scheduled", "would", "expect", "expects", "forecast",
    "forecasts", "predict", "predicts", "payable", "expire", "expires", "effective", "could", "might",
    *TIMETABLE_VERBS,
)  # fmt: skip
_BASE_FORM_BEFORE = re.compile(r"(?:\b(?:to|will|would|could|can|may|might|shall|should|must|did|does|do)|'ll)\s+(?:not\s+)?$")
_ALSO_NOUNS = frozenset(("begin", "start", "end", "run", "resume", "apply", "visits", "travels", "returns", "heads",
                         "leaves", "faces", "plays", "hosts", "airs", "premieres", "debuts", "meets",
                         "forecast", "forecasts", "finishes", *_PLURAL_FIXTURES))  # fmt: skip
"""Timetable and future words that are nouns as well: "the end", "a strong start", "its run", "his visits",
"tax returns", "raised its forecast for 2024 on Tuesday"."""
_BARE_PLURAL = frozenset(_PLURAL_FIXTURES)
_PAST_ALSO_NOUNS = frozenset(("set", "burst", "upset"))
_ARTICLE_JUST_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that|has|have)\s+$")
"""Before a past that is a noun too ("a set"), or a participle whose object may be a date to come ("has set
Nov. 10 as the deadline")."""
_DETERMINER_JUST_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$")
"""Before "plans to" that is a noun ("its plans to expand were dropped"; but "has plans to open" is an intent)."""
_ALSO_ADJECTIVES = frozenset(("open", "close"))
_ADJECTIVE_AFTER = (" to ", " up", " down", " by ", " friend", " call", " race", " ally", " aide", " letter", " door")
_STATE_BEFORE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remain|remains|remained|stay|stays|stayed|keep|keeps|kept|held|wide|"
    r"very|too|so|as|more|most|fairly|quite)\s+$"
)
"""Before "open" or "close" that describe ("the shops are open on Sunday", "so close"), not tell a timetable."""
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|its|their|his|her|our|this|that|whose|any|no)|'s)\s+(?:(?:[\w-]+(?<!s)|\w*(?:ss|us|is))\s+){0,2}$"
)
"""Before a word that is a noun as well as a verb: "the end", "a strong start", "its run"; but not after a
plural noun, its subject ("the talks end on Friday", "the games begin")."""
_NOUN_AFTER_OWNER = re.compile(r"(?:\b(?:its|their|his|her|our|whose)|'s)\s+(?:\w+\s+)?$|\b(?:a|an|the|this|that|any|no)\s+$")
"""Before a timetable word in "-s" that is a plural noun: after its owner ("his visits", "the team's
plays", "their foreign visits") or right after an article ("the visits"); after an article and a noun it is
that noun's verb ("the council meets on Thursday", "the president visits Paris")."""
_PLAIN_PAST = ("hit", "cut", "put", "quit", "shut", "cost", "spread", "set", "burst", "hurt", "upset")
"""Verbs whose past is their base form: past in a news sentence ("the storm hit on Friday") unless an
auxiliary or "to" stands before them ("is expected to hit on Friday")."""
_IRREGULAR_PARTICIPLES = tuple(
    """shown given taken written seen begun grown drawn driven fallen forgotten hidden ridden risen spoken
    stolen thrown broken chosen flown beaten blown""".split()
)
"""Past participles that are no past simple ("the headset, shown in June"): past as the regular "-ed" forms
are ("unveiled in June"), unless an auxiliary or an article says otherwise ("will be shown", "is given")."""
_PAST_WORDS = (
    "ago", "last", "earlier", "announced", "reported", *lx.IRREGULAR_PAST, *_PLAIN_PAST, *_IRREGULAR_PARTICIPLES
)  # fmt: skip
# Two letters before "-ed" are enough for a past verb ("died", "owed", "axed"), as the events' cues have it;
# the short words that are no verbs are in `_NOT_PAST`.
_PAST_VERBS = tuple(w for w in _PAST_WORDS if w not in ("ago", "last", "earlier"))
"""The past words that are verbs: "last" marks the past ("last week") but governs no date ("to lift last
Covid restrictions on 1 April" looks ahead)."""
_PAST_FORM = r"\w{2,}ed"
_PRESENT_WORDS = ("is", "are", "says", "has", "have", "am", "does", "do")

# Each plain word ends where its word does (the marker must be followed by a word boundary), so at one
# position at most one word of a list matches, and none of them is the first word of a phrase of its
# kind: tried by letters (`lx.trie`) rather than one after another, the lists match the same text, and
# the kinds keep their order (future before past before present) where a word is of two ("is" / "is to").
_MARKER_PATTERN = (
    rf"\b(?:(?P<future>{_by_first_letter(_FUTURE_PHRASES)}|{lx.trie(_FUTURE_WORDS)})"
    rf"|(?P<past>{lx.trie(_PAST_WORDS)}|{_PAST_FORM})|(?P<present>{lx.trie(_PRESENT_WORDS)}))\b"
)
# Words ending in -ed that are not past verbs, or that point ahead ("scheduled", "expected").
_NOT_PAST = frozenset({"scheduled", "expected", "proposed", "need", "speed", "indeed", "bed",
                       "hundred", "red", "united", "limited", "based", "related", "unexpected", "unified",
                       "due", "seed", "feed", "shed", "embed", "breed", "creed", "weed", "detailed",
                       "succeed", "proceed", "exceed", "heed", "bleed", "greed", "steed", "tweed",
                       "deed", "reed", "sled", "aged"})  # fmt: skip

_REPORT = frozenset({"said", "told", "announced", "reported", "added", "stated", "noted"})

# `[.!?]["')]*\s+(?=...)|\n` with the first character of both alternatives taken out in front: a pattern
# that starts with a character class lets the engine's search skip to the next such character in a fast
# loop, where one starting with alternatives is tried at every position of the window.
_SENTENCE_END = re.compile(
    r"[.!?\n](?:(?<=[.!?])[\"'\u201d)]*\s+(?=[\"'\u201c(]?" + SENTENCE_OPENER + r")|(?<=\n))"
)
_WINDOW = 250

# (As in `core.events`, a search's start before the text's is taken as 0 by `re`: no `max(0, ...)` around it.)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Start and end of the sentence around [start, end), looking at most _WINDOW chars each way."""
    # (bounds by comparison, not by max() and min(), whose calls cost more than the rest of the line)
    lo = start - _WINDOW if start > _WINDOW else 0
    s = lo
    # The end of the search reaches past `start` for the look-ahead at the next sentence's first letter.
    # The last end before `start` counts: the candidates are looked at from there back, so that the
    # abbreviation check runs on few of them.
    for m in reversed(list(_SENTENCE_END.finditer(text, lo, start + 4))):
        if m.end() <= start and _ends(text, m, lo):
            s = m.end()
            break
    hi = end + _WINDOW if end < len(text) - _WINDOW else len(text)
    for m2 in _SENTENCE_END.finditer(text, end, hi):
        if _ends(text, m2, end):
            return s, m2.start() + 1
    return s, hi


def _ends(text: str, m: re.Match[str], lo: int) -> bool:
    """A full stop after "Sept." or "Mr." or an initial does not end the sentence ("from Sept. 14 to Thursday")."""
    at = m.start()
    return text[at] != "." or not is_abbreviation(text, at - 12 if at > lo + 12 else lo, at)


# "had been scheduled to expire", "previously planned": a plan told in the past perfect, or said to be an earlier
# one, was for a time that has gone by; its future words ("scheduled", "expire") point back.
_PAST_PLAN_PATTERN = (
    r"\b(?:had\s+(?:been\s+)?|previously\s+(?:had\s+been\s+)?)(?:scheduled|due|set|planned|expected|supposed)"
    r"(?:\s+to(?:\s+be)?(?:\s+\w+)?)?"
)
# "a still unspecified date", "the newly elected board": a participle after an article describes a noun;
# after "is" it is a passive of the present ("when the case is heard in May"), which "is" marks; after
# "stay", "remain" it is a state ("will stay closed until March"), whose verb tells the tense.
_ADJECTIVE_BEFORE_PATTERN = (
    r"\b(?:(?:a|an|the|is|are|am|stay|stays|remain|remains|seem|seems|become|becomes|keep|keeps)\s+"
    r"(?:\w+ly\s+|still\s+|yet\s+)?"
    # "could bring localised flooding on Thursday", "will face renewed pressure": after a verb's base form, an
    # "-ed" word describes its object (but "will be held", "will have finished" are verb groups; after "to" the
    # word may be a noun: "the ambassador to Venezuela said")
    r"|(?:will|would|could|can|may|might|shall|should|must)\s+(?:not\s+)?(?!(?:be|been|have|get|got)\s)[a-z]+\s+"
    # ... and after one told as a plan's ("is expected to visit affected areas on Monday")
    r"|(?:expected|due|set|going|plans?|wants?|hopes?|aims?|intends?|likely|unlikely|able|about)\s+to\s+"
    r"(?!(?:be|been|have|get|got)\s)[a-z]+\s+)$"
)
_AUX_BEFORE_PATTERN = (
    r"\b(?:(?:will|would|shall|'ll|to)\s+(?:not\s+|still\s+|also\s+|now\s+|then\s+|only\s+|\w+ly\s+)?"
    r"(?:be|have\s+been|been)|(?:should|might|must|may)\s+(?:not\s+|still\s+|also\s+|now\s+|then\s+|"
    r"only\s+|\w+ly\s+)?be)\s+$"
)
"""An auxiliary and "be" before a participle ("will be pulled back", "should be reconnected by midnight"); a modal
but "would" only with "be" ("should have been" looks back), and not "could", past as often ("could be located
Wednesday")."""


_PATTERNS = (_MARKER_PATTERN, _PAST_PLAN_PATTERN, _ADJECTIVE_BEFORE_PATTERN, _AUX_BEFORE_PATTERN)
_NAMES = ("_MARKER", "_PAST_PLAN", "_ADJECTIVE_BEFORE", "_AUX_BEFORE")
# In ASCII text, \w, \s and \b mean in ASCII mode what they mean in Unicode, and the engine tells a
# word character by comparing it rather than looking it up in tables: about twice as fast.
_ASCII = tuple(re.compile(p, re.ASCII) for p in _PATTERNS[1:])
"""All but the markers, which ASCII text looks for with `_MARKER_AFTER_GAP` (below)."""

# Every marker starts a word, and "\b" before it is tried at every position of the sentence. In lower-cased
# ASCII text with a space put before it, the same markers are found from the character before each word:
# a pattern that starts with a character class lets the engine run through the letters of words in its
# fast loop (as `events._TENSE_AFTER_GAP` does). The one marker that starts inside a word, the "'ll" of
# "we'll", is found from its apostrophe, the letter before it looked behind for.
assert _MARKER_PATTERN.startswith(r"\b") and _MARKER_PATTERN.count("'ll|") == 1
_MARKER_AFTER_GAP = re.compile(r"[^\w]" + _MARKER_PATTERN[2:].replace("'ll|", r"l(?<=\w'l)l|"), re.ASCII)
_LL = "'ll"
"""What a `_MARKER_AFTER_GAP` match of the "'ll" marker spans: its apostrophe was the gap."""


@functools.cache
def _unicode() -> tuple[re.Pattern[str], ...]:
    """The patterns for a sentence with a character beyond ASCII, compiled on the first one: a text all
    in ASCII never needs them, and they were a tenth of compiling the tagger."""
    return tuple(re.compile(p) for p in _PATTERNS)


def __getattr__(name: str) -> re.Pattern[str]:
    """`_MARKER`, `_PAST_PLAN`, `_ADJECTIVE_BEFORE`, `_AUX_BEFORE`: the patterns for any text."""
    if name in _NAMES:
        return _unicode()[_NAMES.index(name)]
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


@functools.lru_cache(maxsize=1024)
def _markers(seg: str) -> tuple[tuple[int, int, str, str], ...]:
    """Verb markers of a sentence as (start, end, kind, word), offsets into it; cached, as a sentence often
    holds several time expressions."""
    # Matched on a lower-cased copy (case-insensitive matching is several times slower); a character that
    # lower-cases to two ("İ") is kept so offsets stay put.
    low = seg.lower()
    if len(low) != len(seg):
        low = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in seg)
    ascii_text = low.isascii()
    past_plan, adjective_before, aux_before = _ASCII if ascii_text else _unicode()[1:]
    out = []
    # Every plan told in the past starts with "had" or "previously" (`_PAST_PLAN_PATTERN`), which most
    # sentences lack: looked for by `str.find`, not by a search that tries the pattern at every position.
    plans = [p.span() for p in past_plan.finditer(low)] if "had" in low or "previously" in low else []
    if ascii_text:
        # (offsets in `" " + low` less the space; a word starts after its gap, "'ll" at it)
        found = [
            (m.start() - 1, m.end() - 1, m.lastgroup, _LL)
            if (word := m.group()) == _LL
            else (m.start(), m.end() - 1, m.lastgroup, word[1:])
            for m in _MARKER_AFTER_GAP.finditer(" " + low)
        ]
    else:
        found = [(m.start(), m.end(), m.lastgroup, m.group()) for m in _unicode()[0].finditer(low)]
    for start, end, group, word in found:
        kind = group or UNKNOWN
        if kind == "past" and (word in _NOT_PAST or adjective_before.search(low, start - 24, start)):
            continue
        if kind == "past" and low.startswith(" by ", end) and low.endswith(", ", 0, start):
            continue  # "is due on 30 April, followed by meetings on 18 June": a participle has no tense of its own
        if kind == FUTURE and word in _ATTRIBUTIVE and low.endswith(_OWNER_ENDS, 0, start):
            continue  # "a day past the summit's scheduled close on Tuesday": an adjective, no verb
        if word in _ALSO_NOUNS and (
            (_NOUN_AFTER_OWNER if word.endswith("s") else _NOUN_BEFORE).search(low, start - 30, start)
            or low.startswith(" of ", end)
        ):
            continue
        if kind == FUTURE and word.startswith("plan") and (
            _DETERMINER_JUST_BEFORE if word.startswith("plans") else _NOUN_BEFORE
        ).search(low, max(0, start - 40), start):
            continue  # "unveiled its plan to investors on Monday": the noun, no intent ("the government plans to")
        if word in _PAST_ALSO_NOUNS and (
            low.startswith((" for ", " of "), end) or _ARTICLE_JUST_BEFORE.search(low, max(0, start - 8), start)
        ):
            continue  # "talks set for Friday": a date fixed; "a burst of gunfire", "the set": nouns
        if word in _ALSO_ADJECTIVES and (
            low.startswith(_ADJECTIVE_AFTER, end) or _STATE_BEFORE.search(low, start - 24, start)
        ):
            continue  # "close to 500 people", "remained open until Friday": "open" and "close" describe
        # "could last until Christmas": "last" after an auxiliary is the verb, not the "last" of "last year"
        if (word in _PLAIN_PAST or word in _BARE_PLURAL or word == "last") and _BASE_FORM_BEFORE.search(
            low, start - 20, start
        ):
            continue
        # "will be pulled back", "to be held": a participle after a future auxiliary is future.
        if kind == "past" and aux_before.search(low, start - 30, start):
            kind = FUTURE
        if kind == FUTURE and any(a <= start < b for a, b in plans):
            kind = PAST
        elif kind == FUTURE and word.startswith(("was ", "were ")) and word.endswith(" due"):
            # "its bonds were due to mature on March 1": a plan as it stood, for a day on either side of publication
            kind = UNKNOWN
        out.append((start, end, kind, word))
    return tuple(out)


_ATTRIBUTIVE = frozenset({"scheduled", "planned", "expected", "proposed"})
"""Future words that are adjectives after an owner or an article ("its planned launch")."""
_OWNER_ENDS = ("'s ", "\u2019s ", " the ", " its ", " their ", " his ", " her ", " a ", " an ", " our ")


def has_future(text: str, start: int, end: int) -> bool:
    """Whether the sentence around [start, end) has a future verb anywhere in it."""
    s, e = sentence_bounds(text, start, end)
    return any(kind == FUTURE for _, _, kind, _ in _markers(text[s:e]))


def tense(text: str, start: int, end: int) -> str:
    """PAST, FUTURE, PRESENT or UNKNOWN for the expression at [start, end), from the nearest verb marker:
    of its own clause first ("The talks, which began on Monday, end ..."), else of the sentence."""
    s, e = sentence_bounds(text, start, end)
    seg = text[s:e]
    start, end = start - s, end - s
    markers = _markers(seg)
    lo, hi = _clause(seg, start, end)
    best = _nearest([mk for mk in markers if lo <= mk[0] and mk[1] <= hi], start, end, seg)
    if best is None:
        best = _nearest(markers, start, end, seg)
    if best:
        return best
    return PRESENT if any(kind == "present" for _, _, kind, _ in markers) else UNKNOWN


def _nearest(markers: Sequence[tuple[int, int, str, str]], start: int, end: int, seg: str = "") -> str | None:
    """The kind of the past or future marker nearest to the expression at [start, end), if any."""
    best: tuple[int, str] | None = None
    # "told supporters late on Sunday that she would start talks": a verb after a "that" which follows
    # the expression is of the clause it opens, not the one the expression is in
    that = seg.find(" that ", end)
    # ... as is one after a colon ('told reporters on Friday: "We will rebuild"')
    colon = seg.find(": ", end)
    if colon >= 0 and (that < 0 or colon < that):
        that = colon
    for m_start, m_end, kind, word in markers:
        if start <= m_start < end or kind == "present":
            continue
        # A verb before the expression governs it more often than one after ("said Monday that ...").
        dist = start - m_end if m_end <= start else (m_start - end) * 2
        # "..., Castro said Sunday" / "would leave Tuesday, he said": a trailing report verb dates the
        # report, not the event, so it only decides when nothing else does.
        if m_start >= end and word in _REPORT:
            dist *= 3
        if 0 <= that < m_start and m_start >= end:
            dist *= 10
        elif m_start >= end and (seg.find(" and ", end, m_start) >= 0 or seg.find(" but ", end, m_start) >= 0):
            # "opened in Paris on Monday and is expected to last ...", "came from behind to beat Chelsea at
            # Anfield on Sunday and go three points clear": a verb joined on after the expression has a clause
            # of its own
            dist *= 8
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None


_CLAUSE_MARK = re.compile(r"[,;](?!(?<=\d,)\d)")
"""What ends a clause for the tense: a comma or a semicolon, but not the comma of "$3,500"."""


def _clause(seg: str, start: int, end: int) -> tuple[int, int]:
    """The stretch of `seg` between the clause marks around [start, end)."""
    lo = 0
    for mark in _CLAUSE_MARK.finditer(seg, 0, start):
        lo = mark.end()
    after = _CLAUSE_MARK.search(seg, end)
    return lo, after.start() if after else len(seg)


@functools.cache
def _past_just_before() -> re.Pattern[str]:
    """A past verb, then at most a preposition and a modifier, then the end (where a date starts); compiled
    on first use: its list of past words is long, and only dates a past tense leaves in doubt need it.

    A short object may stand between the verb and the preposition ("raised rates in June", "won gold in
    2012"), but no infinitive or clause ("agreed to meet in June" is a plan, "said talks would resume in")."""
    return re.compile(
        rf"(?<!\bis )(?<!\bare )(?<!\bam )(?<!\bbe )\b(?P<verb>{lx.trie(_PAST_VERBS)}|{_PAST_FORM})\s+"
        rf"(?P<object>(?:{_OBJECT_WORD}\s+){{1,5}}?(?=(?:in|on|at|during|by|from)\s)|)"
        r"(?:(?:in|on|at|during|by|from)\s+)?(?:(?:early|late|mid|the)\s+)?$",
        re.IGNORECASE,
    )


_OBJECT_WORD = (
    r"(?!(?:to(?!\s+(?:the|a|an|his|her|their|its|our|my)\s)|that|which|who|whom|would|will|could|should|might|may|"
    r"can|must|shall|and|but|or|if|when|as|than|"
    r"be|been|being|is|are|was|were|has|have|had|in|on|at|during|by|from)\b)[\w'%$.-]+"
)
"""A word of a verb's short object: none that opens an infinitive, a clause or a verb group of its own."""


_AHEAD_PARTICIPLES = frozenset(
    "scheduled expected planned proposed slated postponed delayed deferred extended pushed moved rescheduled "
    "tabled earmarked targeted budgeted forecast projected anticipated".split()
)
"""Past forms that look ahead ("scheduled for March", "expected in May")."""


@functools.cache
def _future_just_before() -> re.Pattern[str]:
    """A future marker, a few words of its verb group (no relative pronoun, no past auxiliary), then a
    preposition and the end (where a date starts); compiled on first use, as `_past_just_before` is."""
    return re.compile(
        r"\b(?:will|shall|'ll|(?:is|are)\s+(?:to|due)|due|scheduled|slated|set\s+to|expects?|expected|plans?\s+to)"
        r"(?:\s+(?!(?:was|were|had|did|that|which|who|when|after|before)\b)[\w'-]+){0,5}?"
        r"\s+(?:in|on|at|by|during|until|before)\s+(?:(?:early|late|mid|the)\s+)?$",
        re.IGNORECASE,
    )


def future_verb_just_before(text: str, start: int) -> bool:
    """A future verb group right before the expression at `start`, in its clause, with at most a preposition
    after it ("will report results in December", "is scheduled to be sentenced on Dec. 20")."""
    return _future_just_before().search(text, start - 60, start) is not None


def past_verb_just_before(text: str, start: int) -> bool:
    """A past verb right before the expression at `start`, with at most a preposition between ("was held in
    December"; not the present passive "is heard in May", nor "expected in May")."""
    found = _past_just_before().search(text, start - 40, start)
    if found is None:
        return False
    verb = found["verb"].lower()
    if found["object"] and verb.endswith("ed") and found["object"].split(None, 1)[0].lower() not in _DETERMINERS:
        return False  # "preferred shares on Oct. 31": an "-ed" word before a bare noun may describe it
    return verb not in _AHEAD_PARTICIPLES and verb not in _NOT_PAST


_DETERMINERS = frozenset("a an the its his her their our my your this that these those".split())
