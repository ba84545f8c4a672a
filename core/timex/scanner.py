"""The recogniser: where in a text the rules match, in one left-to-right pass.

Patterns are compiled once at import. The text is never searched once per rule: a single trigger
regex finds the words an expression can start with (month and weekday names, digits, "last", "the",
...), and only the rules indexed under that word are tried there, anchored, on the lower-cased text.
The longest match wins; ties go to the rule listed first in the table.
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from typing import NamedTuple

import attrs

from core.model import Span
from core.timex import lexicon as lx
from core.timex.rules import RULES, Rule

_MACRO = re.compile(r"\{([A-Z]+)\}")
_SPACE = re.compile(r"(?<!\\) (\?)?")


def expand(pattern: str, lists: dict[str, str] = lx.PATTERNS) -> str:
    """Replace {NAME} by the lexicon's word list (`lists`: tried by letters, or the plain alternations)
    and literal spaces by runs of whitespace ("5 ?pm": an optional space by an optional run, "5pm" too)."""
    spaced = _SPACE.sub(lambda m: r"\s*" if m.group(1) else r"\s+", pattern)
    return _MACRO.sub(lambda m: lists[m.group(1)], spaced)


# Compared and hashed as itself (one per rule): the scanner keys its caches by tuples of rules, and
# hashing a rule's fields (its examples) each time cost more than the cache saved.
@attrs.frozen(eq=False)
class Compiled:
    rule: Rule
    fast: re.Pattern[str]
    """The pattern, case-sensitive, run on the lower-cased text while looking for candidates."""
    order: int

    def ignoring_case(self) -> re.Pattern[str]:
        """The pattern ignoring case, for a text whose lower case the engine reads differently (`_FOLDS`)."""
        regex = _IGNORING_CASE.get(self.order)
        if regex is None:
            regex = _IGNORING_CASE[self.order] = re.compile(self.fast.pattern, re.IGNORECASE)
        return regex


# Compiled on first need: only a text with one of `_FOLDS` needs them, and compiling every rule a second
# time was a sixth of the import.
_IGNORING_CASE: dict[int, re.Pattern[str]] = {}


def _start_words(starts: str) -> set[str]:
    words: set[str] = set()
    for item in starts.split():
        macro = _MACRO.fullmatch(item)
        if macro and macro.group(1) == "APPROX":
            words.update(lx.APPROX_WORDS)
        elif macro:
            table = {
                "MONTH": lx.MONTHS,
                "WEEKDAY": lx.WEEKDAYS,
                "NUMWORD": lx.NUMBERS,
                "ORD": lx.ORDINALS,
                "SEASON": lx.SEASONS,
                "DECADEWORD": lx.DECADE_WORDS,
                "HOLIDAY": lx.HOLIDAYS,
                "POD": lx.PARTS_OF_DAY,
                "UNIT": lx.UNITS,
            }[macro.group(1)]
            words.update(_first_token(w) for w in table)
        else:
            words.add(_first_token(item))
    return words


_TOKEN_TEXT = re.compile(r"[a-z]+|\d|'")


def _first_token(word: str) -> str:
    if word.startswith("#"):  # "#", "#4": a number
        return "#"
    m = _TOKEN_TEXT.match(word.lower())
    if not m:
        msg = f"rule start word {word!r} does not begin with a letter, digit or apostrophe"
        raise ValueError(msg)
    return "#" if m.group(0).isdigit() else m.group(0)


COMPILED: tuple[Compiled, ...] = tuple(
    Compiled(rule, re.compile(expand(rule.pattern) + r"(?!\w)"), i) for i, rule in enumerate(RULES)
)


def _index() -> dict[str, tuple[Compiled, ...]]:
    index: dict[str, list[Compiled]] = {}
    for c in COMPILED:
        for word in _start_words(c.rule.starts):
            index.setdefault(word, []).append(c)
    return {k: tuple(v) for k, v in index.items()}


INDEX: dict[str, tuple[Compiled, ...]] = _index()

# Plural forms start the same rules ("Sundays", "quarters"); the rule patterns decide what follows.
INDEX.update({k + "s": v for k, v in list(INDEX.items()) if k.isalpha() and k + "s" not in INDEX})

_LONG = 5
"""Numbers of this many digits or more are told apart by no rule (`_numbered`)."""


def _digit_counts(starts: str) -> frozenset[int]:
    """How many digits a number the rule starts with can have: its "#N" start words; "#" for any number."""
    items = starts.split()
    if "#" in items:
        return frozenset(range(1, _LONG + 1))
    return frozenset(int(item[1:]) for item in items if item.startswith("#"))


_DIGIT_COUNTS: dict[int, frozenset[int]] = {c.order: _digit_counts(c.rule.starts) for c in INDEX["#"]}


_AFTER_DIGITS: dict[str, str] = {
    "iso_date": "-",
    "slash_date": "/",
    "dotted_date": ".",
    "slash_date_dmy": "/",
    "iso_month": "-",
    "iso_week": "-",
    "day_month_year": " stnr",
    "ordinal_day": "stnr",
    "day_month": " stnr",
    "decade": "'s",
    "century": "stnr",
    "quarter": " stnr",
    "quarter_short": " ",
    "half_short": " ",
    "ago": " .",
    "duration": " .-+",
    "clock": " .:ap",
    "clock_24": ":",
    "oclock": " ",
}
"""The characters that can follow the leading digits of a rule's match (" ": any whitespace); a rule not
named can be followed by anything, or match the digits alone. Most numbers are followed by a space, "," or
"%", and most rules tried there fail at once, but only after a call each (a third of the rule calls at
numbers find anything). tests/test_timex_digit_starts.py reads each pattern to check the table."""

_FOLLOWS: dict[int, frozenset[str] | None] = {
    c.order: frozenset(_AFTER_DIGITS[c.rule.name]) if c.rule.name in _AFTER_DIGITS else None for c in INDEX["#"]
}


@functools.cache
def _numbered(rules: tuple[Compiled, ...], digits: int, after: str) -> tuple[Compiled, ...]:
    """Those of `rules` that can start at a number of `digits` digits (capped at `_LONG`) followed by the
    character `after` (" " for any whitespace, "" at the end): most rules tried at a number read a set count
    of digits first (a year four, a day one or two), and then one of a few characters ("-", "/", "th")."""
    return tuple(
        c
        for c in rules
        if digits in _DIGIT_COUNTS[c.order] and ((f := _FOLLOWS[c.order]) is None or (after != "" and after in f))
    )


def _after_number(low: str, stop: int, endpos: int) -> str:
    """The character after a number ending at `stop`, as `_numbered` takes it."""
    if stop >= endpos:
        return ""
    after = low[stop]
    # All whitespace is one key: the patterns read it as "\s" (`expand`), and the cache stays small.
    return " " if after.isspace() else after


_STOP = frozenset(
    """a an the of and in on at for to than or that this as is its his her their year's company's s
    about almost nearly more less roughly some over just approximately around up barely only fewer under well
    most least each every per other same following previous preceding prior coming upcoming latest last next
    early earlier late later mid middle beginning start end first second third fourth fifth sixth seventh
    eighth ninth tenth several few many couple number numerous dozen hundred one two three four five
    six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
    twenty thirty forty fifty sixty seventy eighty ninety full entire whole remaining initial final
    additional straight consecutive long old right just fiscal comparable flat strong weak slow
    traditionally seasonally normally recent from hence be""".split()
)


# Fragments the pattern text yields that say nothing about time on their own ("ed" of "\\w+ed", "th" of
# "20th", "percent" of a year's look-ahead); a time word always comes with them.
_NOT_TIME = frozenset(
    "ed o t z nd rd st th cent company percent being new these time near short eve gmt utc pre post".split()
)


def _vocabulary() -> frozenset[str]:
    """Words that make a stretch of text temporal: every word the rules and word lists name, minus _STOP."""
    words: set[str] = set()
    for table in (
        lx.MONTHS,
        lx.WEEKDAYS,
        lx.UNITS,
        lx.SEASONS,
        lx.PARTS_OF_DAY,
        lx.DECADE_WORDS,
        lx.HOLIDAYS,
    ):
        for w in table:
            words.update(re.findall(r"[a-z]+", w))
    for c in COMPILED:
        bare = re.sub(r"\\[a-zA-Z]|\(\?P<\w+>|\{[A-Z]+\}", " ", c.rule.pattern)
        words.update(re.findall(r"[a-z]+", bare.lower()))
    words -= _STOP | _NOT_TIME
    words.update(w + "s" for w in list(words) if not w.endswith("s"))
    return frozenset(words)


TEMPORAL: frozenset[str] = _vocabulary()


_trie = lx.trie


_WORDS = sorted({k for k in INDEX if k.isalpha()} | {k for k in TEMPORAL if k.isalpha()})
# Every word a rule can start with or that marks time, whole; numbers not inside "1,500" or "3.5"; "'" of "'80s"
# (`_TOKEN`). Tried at every position, that pattern costs most of a scan: inside each word the engine tests
# its lookbehinds letter by letter. Every word and number it finds follows a character that is neither
# letter nor digit (the "'" of "'80s" is the one before "80"); starting with that character, the
# pattern `_after_gap` lets the engine run through words in its fast first-character loop.
# The text is lower-cased once, so the pattern needs no IGNORECASE. `_marks` needs it only for a text with
# digits of another script, so it is compiled on first need.


@functools.cache
def _after_gap() -> re.Pattern[str]:
    return re.compile(r"[^a-z0-9](?:(?P<w>" + _trie(_WORDS) + r")(?![a-z])|(?<![.,])(?P<d>\d+))")


_NEAR = 20
"""How many characters may separate a modifier ("the", "about", "two") from its time word."""


@functools.cache
def _plain_patterns() -> dict[str, re.Pattern[str]]:
    """What `_marks` and `_may_yield` compute, as the patterns they stand for (for the tests: a start-up
    does not compile them).

    `_TOKEN`: the marks of a text. `_MAY_YIELD`: what `scan` can start an expression from: a digit, a
    time word, or a rule's first word before the punctuation that makes it try every rule ("mid-"). A
    stretch without any yields nothing, so most sentences of a report are passed over without a walk
    over their words."""
    return {
        "_TOKEN": re.compile(
            r"(?<![a-z0-9])(?P<w>" + _trie(_WORDS) + r")(?![a-z])|(?<![a-z0-9.,])(?P<d>\d+)|(?P<q>')(?=\d)"
        ),
        "_MAY_YIELD": re.compile(
            r"\d|(?<![a-z0-9])(?:"
            + _trie(sorted(k for k in TEMPORAL if k.isalpha()))
            + r")(?![a-z])|(?<![a-z0-9])(?:"
            + _trie(sorted(k for k in INDEX if k.isalpha()))
            + r")(?=[:/\-'.])"
        ),
    }


def __getattr__(name: str) -> re.Pattern[str]:
    if name in ("_TOKEN", "_MAY_YIELD"):
        return _plain_patterns()[name]
    if name == "_AFTER_GAP":
        return _after_gap()
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


_FOLDS = "\u0130\u0131\u017f"
"""The letters whose case the engine folds otherwise than `lower` (checked over every character by the
tests): "İ" (lower-cased to two characters, so kept) reads as "i"; "ı" as "i" and "ſ" as "s". In a text
without them, a rule ignoring case matches the text where it matches the lower-cased text, with the
same groups (the patterns are written in lower case)."""


def reads_plainly(text: str) -> bool:
    """Whether a rule's match on `lower(text)` is the one ignoring case on text (no letter of `_FOLDS`)."""
    # `in` answers at once for a text of narrower characters; a regex would test every character.
    return not any(ch in text for ch in _FOLDS)


class Reading:
    """A rule's match on the lower-cased text, its groups read from the text: what `re.Match` gives for
    the rule ignoring case on the text itself, when the text `reads_plainly`."""

    __slots__ = ("_found", "_text", "end", "span", "start")
    start: Callable[..., int]
    end: Callable[..., int]
    span: Callable[..., tuple[int, int]]

    def __init__(self, found: re.Match[str], text: str) -> None:
        self._found = found
        self._text = text
        # The match's own methods: positions are the same in both texts.
        self.start = found.start
        self.end = found.end
        self.span = found.span

    def group(self, name: str | int = 0) -> str | None:
        start, end = self._found.span(name)
        return None if start < 0 else self._text[start:end]


class Candidate(NamedTuple):
    """A rule's match where an expression may start (a tuple: thousands are made for an article)."""

    start: int
    end: int
    compiled: Compiled
    found: re.Match[str]
    """The rule's match on the lower-cased text."""

    def match(self, text: str, endpos: int, plain: bool = False) -> Reading | re.Match[str] | None:
        """The rule's match on the original text, for its groups (same span as found on the lower-cased
        text). `plain`: the text `reads_plainly`, so the match found is read there."""
        if plain:
            found = self.found
            # Most matches have no capital: their groups (all inside the match: none is in a lookaround)
            # are the text's as they are, read by the match's own methods rather than a Python call each.
            if text[self.start : self.end] == found.string[self.start : self.end]:
                return found
            return Reading(found, text)
        return self.compiled.ignoring_case().match(text, self.start, endpos)


def candidates_at(
    low: str,
    pos: int,
    key: str,
    endpos: int,
    rules: tuple[Compiled, ...] | None = None,
) -> list[Candidate]:
    """Every rule match starting at pos in the lower-cased text, longest first (ties: table order)."""
    found: list[Candidate] = []
    for c in INDEX.get(key, ()) if rules is None else rules:
        m = c.fast.match(low, pos, endpos)
        if m is not None:
            end = m.end()
            if end > pos:
                # Built as the tuple it is: a NamedTuple's own constructor is a Python function, a frame
                # for each of thousands of candidates.
                found.append(_new_tuple(Candidate, (pos, end, c, m)))
    if len(found) > 1:
        found.sort(key=_longest_first)
    return found


_new_tuple = tuple.__new__


def _longest_first(cand: Candidate) -> tuple[int, int]:
    return cand.start - cand.end, cand.compiled.order


def _rule_vocabulary(c: Compiled) -> frozenset[str]:
    """The time words (and "#4" for a year, "'" for "'80s") a match of the rule can contain."""
    # Read from the plain alternations: tried by letters, a list's words are cut into pieces.
    bare = re.sub(r"\(\?P<\w+>|\\[a-zA-Z]", " ", expand(c.rule.pattern, lx.ALTERNATIONS))
    words = {w for w in re.findall(r"[a-z]+", bare) if w in TEMPORAL}
    words |= {w + "s" for w in words} & TEMPORAL
    if "\\d" in c.rule.pattern or "_YEAR" in c.rule.pattern or "{NUMWORD}" in c.rule.pattern:
        words.add("#4")
    if "'" in c.rule.pattern:
        words.add("'")
    return frozenset(words)


_RULE_WORDS: dict[int, frozenset[str]] = {c.order: _rule_vocabulary(c) for c in COMPILED}
_BY_NEXT: dict[tuple[str, str], tuple[Compiled, ...]] = {}


def _rules_before(key: str, hot: str) -> tuple[Compiled, ...]:
    """The rules starting with `key` that can contain the time word `hot` (the first one after `key`)."""
    rules = _BY_NEXT.get((key, hot))
    if rules is None:
        rules = tuple(c for c in INDEX.get(key, ()) if hot in _RULE_WORDS[c.order])
        _BY_NEXT[(key, hot)] = rules
    return rules


def lower(text: str) -> str:
    """text.lower() with the same length (the few characters whose lower case is longer are kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)


Mark = tuple[int, int, str, bool]
"""A word, number or "'" of the text: start, end, its key in `INDEX` ("#" for a number), and whether it
marks time on its own (a time word, a four-digit number, the "'" of "'80s")."""


_RANGE_JOIN = re.compile(r"\s*(?:-|\u2013|/|and|or|to|through)\s*")


def _ends_range(low: str, marks: Sequence[Mark], i: int) -> bool:
    """A number right after another and "-", "and", "to" ... ("April 24 and 25", "2021/22"): it has no time word
    of its own."""
    return (
        marks[i][2] == "#"
        and i > 0
        and marks[i - 1][2] == "#"
        and bool(_RANGE_JOIN.fullmatch(low, marks[i - 1][1], marks[i][0]))
    )


def _opens_range(low: str, marks: Sequence[Mark], i: int) -> bool:
    """A number right before "and", "to" ... and another ("12 to 15 July"): its time word is the other's."""
    return (
        marks[i][2] == "#"
        and i + 1 < len(marks)
        and marks[i + 1][2] == "#"
        and bool(_RANGE_JOIN.fullmatch(low, marks[i][1], marks[i + 1][0]))
    )


_MERIDIEM = ("am", "pm", "a.m", "p.m")
_BEFORE_PUNCTUATION = (":", "/", "-", "'", ".")
"""What after a rule's first word makes `scan` try every rule of it ("mid-", "10:35", "Dec.")."""
_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def _dates_alone(low: str, start: int, stop: int) -> bool:
    """A number that marks time with no time word near: a year ("1998") or a clock time ("10pm")."""
    return stop - start == 4 or low.startswith(_MERIDIEM, stop)


def _only(*names: str) -> tuple[Compiled, ...]:
    return tuple(c for c in INDEX.get("#", ()) if c.rule.name in names)


def _with(rules: tuple[Compiled, ...], more: tuple[Compiled, ...]) -> tuple[Compiled, ...]:
    """`rules` and `more`, in table order, each once."""
    return tuple(sorted(set(rules) | set(more), key=lambda c: c.order)) if rules else more


_RANGE_OPENERS = _only("range_day")
_DAYS_ALONE = _only("ordinal_day")


def _marks(low: str, start: int, end: int) -> list[Mark]:
    """The marks of low[start:end], in order: what `_TOKEN.finditer(low, start, end)` finds, read from the
    character before `start` (the text's first mark has none before it); but for a text in ASCII (as good
    as all), only those `_starts` can start from (`_Words`: not the words that mark no time far from any
    mark that does)."""
    pos, piece = _as_bytes(low, start, end)
    return _marks_by_regex(low, start, end) if piece is None else _marks_by_runs(low, start, pos, piece)


def _as_bytes(low: str, start: int, end: int) -> tuple[int, bytes | None]:
    """Where `_marks` reads from (the character before `start`) and low[that:end] as bytes, or None for a
    text with digits of another script (which `\\d` reads as digits: only the regex reads them so)."""
    pos = start - 1 if start else 0
    piece = low[pos:end]
    if piece.isascii():
        return pos, piece.encode("ascii")
    # One "?" for each other character keeps the offsets, and "?" is a gap as they are.
    return pos, piece.encode("ascii", "replace") if _WIDE_DIGIT.search(piece) is None else None


_WIDE_DIGIT = re.compile(r"[^\D0-9]")
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_DIGITS_ONLY = bytes(c if 48 <= c <= 57 else 32 for c in range(256))
_PUNCTUATED = bytes(c if 97 <= c <= 122 else 124 if chr(c) in _BEFORE_PUNCTUATION else 32 for c in range(256))
"""Letters kept, the punctuation that makes `_starts` try every rule of a word as "|", all else a space."""


Needle = tuple[bytes, str, int, "bool | None"]
"""A word of `_WORDS` as `_marks_by_runs` looks for it: what finds it among the runs (the word between
spaces, or followed by "|" for punctuation), the word, its length, and whether it marks time (None: it
does not, and no punctuation follows it)."""


def _needles() -> dict[bytes, Needle]:
    """The runs `_marks_by_runs` looks up: each of `_WORDS` as bytes, and followed by "|" (punctuation)."""
    needles: dict[bytes, Needle] = {}
    for w in _WORDS:
        word, hot = w.encode(), w in TEMPORAL
        needles[word] = (b" " + word + b" ", w, len(w), True if hot else None)
        needles[word + b"|"] = (word + b"|", w, len(w), hot)
    return needles


_NEEDLES = _needles()


def _marks_by_runs(
    low: str, start: int, pos: int, piece: bytes, digit_runs: list[int] | None = None
) -> list[Mark]:
    """`_marks` of an ASCII `piece` = low[pos:end] (other characters read as "?"). `digit_runs`, when given,
    receives where each run of digits starts and ends, in order (s0, e0, s1, e1, ...), marks or not.

    Tried at every gap, the words' regex walked a trie letter by letter after each space, a sixth of a
    cold pass. Here the runs of letters and the runs of digits are cut out by C loops (translate, split):
    only the runs that are words of `_WORDS`, and the numbers, are looked at in Python, found again
    between spaces in order to know where they stand."""
    numbers = _number_marks(low, start, pos, piece, digit_runs)
    words = _Words(start, pos, piece, [m[0] - pos for m in numbers if m[3]])
    marks = words.read()
    if words.deferred:
        marks += words.near_time(marks, numbers)
    if numbers:
        marks += numbers
    if numbers or words.deferred:
        marks.sort(key=_START)  # marks never share a start: sorted by it, as numbers, not as tuples
    return marks


class _Words:
    """The words of `_WORDS` in a `piece` of the text that `_starts` can start from (`hot_numbers`: where
    the numbers that mark time start in the piece, in order).

    A word that marks no time ("the", "a", "for": most of them) is passed over by `_starts` unless a mark
    of time follows closely (`_NEAR`) or punctuation comes next. So the runs are looked up all at once (C
    loops), and only the time words and the words before punctuation are found in the piece in turn;
    the other words wait, and are found (from the last back) only when what comes next may be close
    enough to a mark of time."""

    __slots__ = ("deferred", "hot_numbers", "piece", "pos", "spaced", "start")

    def __init__(self, start: int, pos: int, piece: bytes, hot_numbers: list[int]) -> None:
        self.start = start
        self.pos = pos
        self.piece = piece
        self.hot_numbers = hot_numbers
        self.spaced = b" " + piece.translate(_LETTERS_ONLY) + b" "
        self.deferred: list[Mark] = []
        """Words kept until the marks of time after them are known (`near_time`)."""

    def read(self) -> list[Mark]:
        """The marks of the time words, of the words before punctuation, and of the words that wait close
        enough before a time word (the others are in `deferred`)."""
        start, pos, piece, spaced = self.start, self.pos, self.piece, self.spaced
        marks: list[Mark] = []
        # The runs as `_NEEDLES` reads them: "word|" for a word before punctuation, where each "|" is
        # followed by a space (so that the run stands alone); the piece's end reads as punctuation, as
        # `_starts` reads the character after it from the text.
        ends = piece.translate(_PUNCTUATED) + b"|"
        cursor = 0
        waiting: list[Needle] = []
        for needle in filter(None, map(_NEEDLES.get, ends.replace(b"|", b"| ").split())):
            if needle[3] is None:
                waiting.append(needle)
                continue
            found, key, size, hot = needle
            if found[-1] == 32:
                i = spaced.find(found, cursor)
            else:
                # Found where the punctuation is seen (words waiting may be the same word, between spaces),
                # and not at the end of a longer run ("bathe." for "the.").
                i = ends.find(found, cursor)
                while i and 97 <= ends[i - 1] <= 122:
                    i = ends.find(found, i + 1)
            # The run starts at low[pos + i]; the character before it must be a gap (not a digit, as in
            # "3m"), inside the piece, or the text's start.
            mark = not 48 <= piece[i - 1] <= 57 if i else not start
            if waiting:
                self._place(marks, waiting, cursor, i, hot and mark)
                waiting = []
            cursor = i + size + 1
            if mark:
                marks.append((pos + i, pos + i + size, key, hot))
        if waiting and bisect.bisect_left(self.hot_numbers, cursor) < len(self.hot_numbers):
            self._each(waiting, cursor)
        return marks

    def _place(self, marks: list[Mark], waiting: list[Needle], cursor: int, stop: int, hot: bool) -> None:
        """The `waiting` words lie between `cursor` and the word at `stop` (a mark of time if `hot`)."""
        numbers = self.hot_numbers
        first = bisect.bisect_left(numbers, cursor)
        if first < len(numbers) and numbers[first] < stop:
            self._each(waiting, cursor)  # a number among them marks time (rare)
            return
        near: list[Mark] = []
        bound = stop + 1
        start, pos, piece, spaced = self.start, self.pos, self.piece, self.spaced
        for found, key, size, _ in reversed(waiting):
            i = spaced.rfind(found, cursor, bound)
            # Farther than that from the word at `stop`, a word is farther from any mark of time after it.
            if stop - (i + size) > _NEAR:
                break
            bound = i + 1
            if not 48 <= piece[i - 1] <= 57 if i else not start:
                near.append((pos + i, pos + i + size, key, False))
        if near:
            near.reverse()
            (marks if hot else self.deferred).extend(near)

    def _each(self, waiting: list[Needle], cursor: int) -> None:
        """Every one of the `waiting` words after `cursor`, found in turn, into `deferred`."""
        start, pos, piece, spaced = self.start, self.pos, self.piece, self.spaced
        for found, key, size, _ in waiting:
            i = spaced.find(found, cursor)
            cursor = i + size + 1
            if not 48 <= piece[i - 1] <= 57 if i else not start:
                self.deferred.append((pos + i, pos + i + size, key, False))

    def near_time(self, words: list[Mark], numbers: list[Mark]) -> list[Mark]:
        """Those of `deferred` that end `_NEAR` characters or less before a mark of time (`words` and
        `numbers`: the other marks)."""
        targets = sorted(m[0] for m in (*words, *numbers) if m[3])
        kept = []
        for mark in self.deferred:
            j = bisect.bisect_left(targets, mark[1])
            if j < len(targets) and targets[j] - mark[1] <= _NEAR:
                kept.append(mark)
        return kept


def _number_marks(
    low: str, start: int, pos: int, piece: bytes, digit_runs: list[int] | None
) -> list[Mark]:
    """The numbers of `piece` and the "'" before a number; `digit_runs` as `_marks_by_runs` takes it."""
    digits = piece.translate(_DIGITS_ONLY)
    numbers: list[Mark] = []
    cursor = 0
    for run in digits.split():
        # Every run is found in turn, so the next one is the first digits after the last: found as itself,
        # not between spaces (two concatenations a number).
        i = digits.find(run, cursor)
        size = len(run)
        cursor = i + size
        p = pos + i
        if digit_runs is not None:
            digit_runs += (p, p + size)
        if i:
            gap = low[p - 1]
            # "1,500", "3.5", "mp3": not numbers of their own; the year of "FY2023/24" is, for the one after it
            if gap in ".," or ("a" <= gap <= "z" and low[p - 2 : p] != "fy"):
                continue
            if gap == "'" and p > start:  # the "'" of "'80s", a mark of its own
                numbers.append((p - 1, p, "'", True))
        elif start:
            continue
        numbers.append((p, p + size, "#", size == 4 or low.startswith(_MERIDIEM, p + size)))
    return numbers


def _marks_by_regex(low: str, start: int, end: int) -> list[Mark]:
    """`_marks` read with `_AFTER_GAP` from the character before `start`."""
    after_gap = _after_gap()
    temporal = TEMPORAL
    marks: list[Mark] = []
    pos = start - 1
    if start == 0:
        pos = 0
        # Read after a space put before it, the first mark is what `_TOKEN` reads at 0 ("'" of "'80s" is
        # read as the gap before its number).
        first = after_gap.match(" " + low[:end])
        if first is not None:
            pos = first.end() - 1
            key = first.group("w") or "#"
            marks.append((0, pos, key, _dates_alone(low, 0, pos) if key == "#" else key in temporal))
    for m in after_gap.finditer(low, pos, end):
        gap, stop = m.span()
        if m.lastgroup == "w":
            key = low[gap + 1 : stop]
            marks.append((gap + 1, stop, key, key in temporal))
        else:
            if low[gap] == "'" and gap >= start:  # the "'" of "'80s", a mark of its own
                marks.append((gap, gap + 1, "'", True))
            marks.append((gap + 1, stop, "#", _dates_alone(low, gap + 1, stop)))
    return marks


def scan(
    text: str, start: int = 0, end: int | None = None, low: str | None = None
) -> Iterator[list[Candidate]]:
    """For each place an expression may start, its candidate matches (the caller picks and skips ahead).

    `low` is `lower(text)` when the caller has it: an article scanned sentence by sentence is lower-cased once."""
    endpos = len(text) if end is None else end
    low = lower(text) if low is None else low
    marks = _marks(low, start, endpos)
    if _may_yield(low, marks, start, endpos):
        yield from _starts(low, marks, endpos)


_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_DIGIT = re.compile(r"\d")
_PUNCTUATION_AFTER = frozenset(_BEFORE_PUNCTUATION)
"""The same, to look up the one character after a word (cheaper than `startswith` of each)."""
_START = operator.itemgetter(0)


class Progress:
    """How far the caller of `scan_regions` has tagged: places before `end` are inside an expression it has
    taken, and their candidates would go unused (a year inside "March 5, 1999" tries a dozen rules)."""

    # A plain class: attrs would generate its methods at every start-up for one field.
    __slots__ = ("end",)

    def __init__(self, end: int = 0) -> None:
        self.end = end


def scan_regions(
    text: str, regions: Sequence[Span], low: str | None = None, progress: Progress | None = None
) -> Iterator[tuple[int, list[Candidate]]]:
    """`scan` of each region in turn (in text order, not overlapping), each place's candidates with the
    end of its region; the text's marks are read once, not once a region (thousands of sentences).

    A mark reaching the end of its region reads differently when the text stops there ("2008" cut to
    "20", "weekend" cut to "week", the "'" of "'80s" with its digits outside), and the words before it
    that mark no time are read only if a mark of time follows closely (`_Words`), so a region that ends
    inside a run of letters or digits is read again on its own, as `scan` reads it. A mark never starts
    inside another (each starts after a character none of them ends on), so the other regions' marks
    are the same whether the reading starts at the region or before it, but for words read for a mark
    of time in the next region, which `_starts` passes over."""
    low = lower(text) if low is None else low
    if not regions:
        return
    first, last = regions[0].start, regions[-1].end
    pos, piece = _as_bytes(low, first, last)
    digit_runs: list[int] | None = None
    if piece is None:
        marks = _marks_by_regex(low, first, last)
    else:
        digit_runs = []
        marks = _marks_by_runs(low, first, pos, piece, digit_runs)
    starts = [m[0] for m in marks]
    ends = [m[1] for m in marks]  # in order too: marks do not overlap
    for region in regions:
        start, end = region.start, region.end
        if end > start and low[end - 1] in _ALNUM:
            # Cut at the end, its last run of letters or digits may mark time where the text's did not
            # ("may" of "mayor"), and a word before it that marks no time be a mark of the region only.
            inside = _marks(low, start, end)
        else:
            inside = marks[bisect.bisect_left(starts, start) : bisect.bisect_left(ends, end)]
        if _may_yield(low, inside, start, end, digit_runs):
            for found in _starts(low, inside, end, progress):
                yield end, found


def _may_yield(
    low: str, marks: Sequence[Mark], start: int, end: int, digit_runs: Sequence[int] | None = None
) -> bool:
    """Whether `_MAY_YIELD` finds anything in low[start:end], told mostly from the stretch's marks: a time
    word, a number, or a rule's first word before punctuation; else a digit inside a word ("mp3"). A
    stretch without any yields nothing, so most sentences of a report are passed over.

    `digit_runs`: where the text's runs of digits start and end (s0, e0, s1, e1, ...), read with its marks,
    so that a sentence without marks is not searched again for a digit."""
    index = INDEX
    for _, stop, key, hot in marks:
        if hot or key == "#" or (stop < end and low[stop] in _BEFORE_PUNCTUATION and key in index):
            return True
    if digit_runs is None:
        return _DIGIT.search(low, start, end) is not None
    # An odd count of bounds up to `start` puts it inside a run; else the next run must start before `end`.
    i = bisect.bisect_right(digit_runs, start)
    return start < end if i % 2 else i < len(digit_runs) and digit_runs[i] < end


def _starts(
    low: str, marks: Sequence[Mark], endpos: int, progress: Progress | None = None
) -> Iterator[list[Candidate]]:
    """`scan` of a stretch ending at `endpos`, given its marks; none before `progress.end` when given."""
    index = INDEX
    n = len(marks)
    for i in range(n):
        pos, stop, key, hot = marks[i]
        if key not in index or (progress is not None and pos < progress.end):
            continue
        # A modifier or number starts an expression only if a time word follows closely, and then only the
        # rules that can contain that word are tried; this keeps the common "the", "a" and digits cheap.
        rules = None
        if not hot and low[stop : stop + 1] not in _PUNCTUATION_AFTER and not (key == "#" and _ends_range(low, marks, i)):
            j = i + 1
            while j < n and marks[j][0] - stop <= _NEAR and not marks[j][3]:
                j += 1
            near = j < n and marks[j][0] - stop <= _NEAR
            rules = _rules_before(key, "#4" if marks[j][2] == "#" else marks[j][2]) if near else ()
            if key == "#":
                # "12 to 15 July", "on the 8th": a day whose month is the next date's or the month's at hand
                if _opens_range(low, marks, i):
                    rules = _with(rules, _RANGE_OPENERS)
                elif low.startswith(_ORDINAL_SUFFIXES, stop):
                    rules = _with(rules, _DAYS_ALONE)
            if not rules:
                continue
        if key == "#":  # only the rules that read as many digits as the number has
            rules = _numbered(
                INDEX["#"] if rules is None else rules, min(stop - pos, _LONG), _after_number(low, stop, endpos)
            )
        found = candidates_at(low, pos, key, endpos, rules)
        if found:
            yield found
