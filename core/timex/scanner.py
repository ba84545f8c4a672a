"""The recogniser: where in a text the rules match, in one left-to-right pass.

Patterns are compiled once at import. The text is never searched once per rule: a single trigger
regex finds the words an expression can start with (month and weekday names, digits, "last", "the",
...), and only the rules indexed under that word are tried there, anchored. The longest match wins;
ties go to the rule listed first in the table.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from core.timex import lexicon as lx
from core.timex.rules import RULES, Rule

_MACRO = re.compile(r"\{([A-Z]+)\}")


def expand(pattern: str) -> str:
    """Replace {NAME} by the lexicon alternation and literal spaces by runs of whitespace."""
    spaced = re.sub(r"(?<!\\) ", r"\\s+", pattern)
    return _MACRO.sub(lambda m: lx.PATTERNS[m.group(1)], spaced)


@attrs.frozen
class Compiled:
    rule: Rule
    regex: re.Pattern[str]
    order: int


def _start_words(starts: str) -> set[str]:
    words: set[str] = set()
    for item in starts.split():
        macro = _MACRO.fullmatch(item)
        if macro and macro.group(1) == "APPROX":
            words.update(lx.APPROX_WORDS)
        elif macro:
            table = {"MONTH": lx.MONTHS, "WEEKDAY": lx.WEEKDAYS, "NUMWORD": lx.NUMBERS, "ORD": lx.ORDINALS,
                     "SEASON": lx.SEASONS, "DECADEWORD": lx.DECADE_WORDS, "HOLIDAY": lx.HOLIDAYS,
                     "POD": lx.PARTS_OF_DAY, "UNIT": lx.UNITS}[macro.group(1)]
            words.update(_first_token(w) for w in table)
        else:
            words.add(_first_token(item))
    return words


_TOKEN_TEXT = re.compile(r"[a-z]+|\d|'")


def _first_token(word: str) -> str:
    if word == "#":
        return "#"
    m = _TOKEN_TEXT.match(word.lower())
    if not m:
        msg = f"rule start word {word!r} does not begin with a letter, digit or apostrophe"
        raise ValueError(msg)
    return "#" if m.group(0).isdigit() else m.group(0)


COMPILED: tuple[Compiled, ...] = tuple(
    Compiled(rule, re.compile(expand(rule.pattern) + r"(?![\w])", re.IGNORECASE), i) for i, rule in enumerate(RULES)
)
BY_NAME: dict[str, Compiled] = {c.rule.name: c for c in COMPILED}


def _index() -> dict[str, tuple[Compiled, ...]]:
    index: dict[str, list[Compiled]] = {}
    for c in COMPILED:
        for word in _start_words(c.rule.starts):
            index.setdefault(word, []).append(c)
    return {k: tuple(v) for k, v in index.items()}


INDEX: dict[str, tuple[Compiled, ...]] = _index()

_words = sorted((w for w in INDEX if w not in ("#", "'")), key=lambda w: (-len(w), w))
# Words must start at a word boundary and stand whole ("mayor" is not "may"); digits start anywhere a word can.
TRIGGER = re.compile(r"(?<![\w])(?:(?P<w>" + "|".join(_words) + r")s?(?![a-z])|(?P<d>\d)|(?P<q>'\d))", re.IGNORECASE)


@attrs.frozen
class Candidate:
    start: int
    end: int
    compiled: Compiled
    match: re.Match[str]


def candidates_at(text: str, trigger: re.Match[str], endpos: int) -> list[Candidate]:
    """Every rule match starting where the trigger stands, longest first (ties: table order)."""
    if trigger.group("w") is not None:
        key = trigger.group("w").lower()
    elif trigger.group("d") is not None:
        key = "#"
    else:
        key = "'"
    pos = trigger.start()
    found: list[Candidate] = []
    for c in INDEX.get(key, ()):
        m = c.regex.match(text, pos, endpos)
        if m and m.end() > pos:
            found.append(Candidate(pos, m.end(), c, m))
    found.sort(key=lambda cand: (-(cand.end - cand.start), cand.compiled.order))
    return found


def scan(text: str, start: int = 0, end: int | None = None) -> Iterator[list[Candidate]]:
    """For each place an expression may start, its candidate matches (the caller picks and skips ahead)."""
    endpos = len(text) if end is None else end
    for trig in TRIGGER.finditer(text, start, endpos):
        found = candidates_at(text, trig, endpos)
        if found:
            yield found
