"""Splitting prose into sentences with exact offsets.

News prose is full of abbreviations that end in a period ("Mr.", "Sept.", "U.S.", "a.m."),
so a period ends a sentence only when the next word starts a new one and the word before is
not a known abbreviation or an initial.
"""

from __future__ import annotations

import bisect
import re
import string
from collections.abc import Callable

import attrs

from core.model import Article, Span, ordered_span, positional_maker

ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm st jr sr rev hon pres sec
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    inc corp co ltd llc bros dept univ assn est approx vs etc no nos vol fig ft mt
    u.s u.k u.n e.u a.m p.m e.g i.e d.c n.y l.a""".split()
)


def _char_class(keep: Callable[[str], bool]) -> str:
    """A regex character class of the Basic Multilingual Plane's characters for which `keep` holds, as ranges."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x10000):
        if keep(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return (
        "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"
    )


SENTENCE_OPENER = _char_class(lambda c: c.isupper() or c in string.digits)
"""What a new sentence starts with: a capital in any script ("İstanbul", "Élysée", "Łódź") or a digit."""
_BOUNDARY = re.compile(r"""[.!?]+["'\u201d\u2019)\]]*(?=\s+["'\u201c\u2018(\[]?""" + SENTENCE_OPENER + ")")
_MARKS = ".!?"
"""What a sentence boundary starts with (`_BOUNDARY`'s first character)."""
_WORD_CHARS = string.ascii_letters + "."


@attrs.frozen
class Sentence:
    """A sentence: its span in the article text, the paragraph it sits in and its 1-based file line."""

    span: Span
    paragraph: int
    line: int
    is_title: bool = False


_SENTENCE = positional_maker(Sentence)
"""`Sentence` made with every field in order, set through their slots: thousands an article."""


def split(text: str, start: int = 0, end: int | None = None, marks: list[int] | None = None) -> list[Span]:
    """Sentence spans inside text[start:end], trimmed of surrounding whitespace. `marks`: where the text's
    marks of `_MARKS` stand (`_marks_of`), when the caller splits it piece by piece."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    begin = start
    for match in _boundaries(text, start, end, marks):
        stop = match.end()
        if is_abbreviation(text, begin, match.start()):
            continue
        trimmed = _trim(text, begin, stop)
        if trimmed is not None:
            spans.append(trimmed)
        begin = stop
    if begin < end:
        trimmed = _trim(text, begin, end)
        if trimmed is not None:
            spans.append(trimmed)
    return spans


def _boundaries(text: str, start: int, end: int, marks: list[int] | None = None) -> list[re.Match[str]]:
    """`_BOUNDARY.finditer(text, start, end)`: the pattern tried where a mark of `_MARKS` stands, from the
    end of the last match on, which is where the search can match (it tries every position, and for each
    asks whether a mark is there). `marks`: where the text's marks stand, all of them (`_marks_of`)."""
    if marks is None:
        marks = _marks_of(text, start, end)
    else:
        marks = marks[bisect.bisect_left(marks, start) : bisect.bisect_left(marks, end)]
    found: list[re.Match[str]] = []
    resume = start
    for at in marks:
        if at >= resume and (match := _BOUNDARY.match(text, at, end)) is not None:
            found.append(match)
            resume = match.end()
    return found


def _marks_of(text: str, start: int, end: int) -> list[int]:
    """Where the marks of `_MARKS` stand in text[start:end], in order. Found by `str.find`, far faster than
    the regex engine's step from character to character; for a whole article at once, rather than each
    paragraph (a call more for each mark, and each paragraph)."""
    marks: list[int] = []
    for mark in _MARKS:
        at = text.find(mark, start, end)
        while at >= 0:
            marks.append(at)
            at = text.find(mark, at + 1, end)
    marks.sort()
    return marks


def is_abbreviation(text: str, begin: int, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation or an initial (the word is looked for from `begin`)."""
    if text[dot] != ".":
        return False
    word = _word_before(text, begin, dot)
    if word is None:
        return False
    token = word.lower().rstrip(".")
    if len(token) == 1:
        # Single letters are initials ("John F. Kennedy"), but not a decade's "s" ("in the late 1970s.")
        at = dot - len(word) - 1
        return not (at >= begin and text[at].isdigit())
    # Dotted acronyms ("U.S.") are abbreviations.
    return token in ABBREVIATIONS or "." in token


def _word_before(text: str, begin: int, dot: int) -> str | None:
    """The letters and dots that run up to `dot` ("Mr", "U.S"), starting with a letter: what the pattern
    `[A-Za-z][A-Za-z.]*$` finds in text[begin:dot], whose `$` also matches before a final newline.

    A search for the pattern would try every position from the start of the sentence; what `rstrip`
    takes off the end is the run of letters and dots, found without a Python step per letter."""
    end = dot - 1 if dot > begin and text[dot - 1] == "\n" else dot
    before = text[begin:end]
    word = before[len(before.rstrip(_WORD_CHARS)) :].lstrip(".")
    return word or None


def _trim(text: str, s: int, e: int) -> Span | None:
    """text[s:e] without the whitespace around it, None when nothing else is left."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return ordered_span(s, e) if e > s else None


def sentences(article: Article) -> list[Sentence]:
    """Every sentence of the article's title and paragraphs, in reading order."""
    out: list[Sentence] = []
    text = article.text
    marks = _marks_of(text, 0, len(text))
    for index, para in enumerate(article.paragraphs):
        for span in split(text, para.span.start, para.span.end, marks):
            out.append(_SENTENCE(span, index, para.line, para.is_title))
    return out
