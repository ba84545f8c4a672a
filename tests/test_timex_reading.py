"""A rule's groups are read from its match on the lower-cased text instead of running the rule again,
ignoring case, on the text: both must agree wherever the tagger relies on it."""

from __future__ import annotations

import random
import re
from re import _constants as sre_c
from re import _parser as sre_parse

import pendulum
import pytest

from core.model import Span
from core.timex import scanner as sc
from core.timex import tag

_CATEGORIES = {
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w",
    sre_c.CATEGORY_NOT_WORD: r"\W",
}


def _atoms(items: sre_parse.SubPattern, out: set[str]) -> None:
    """Every one-character test of a parsed pattern, as a pattern of its own."""
    for op, av in items:
        if op is sre_c.LITERAL:
            out.add(re.escape(chr(av)))
        elif op is sre_c.NOT_LITERAL:
            out.add("[^" + re.escape(chr(av)) + "]")
        elif op is sre_c.ANY:
            out.add(".")
        elif op is sre_c.IN:
            parts = []
            for o, v in av:
                if o is sre_c.NEGATE:
                    parts.insert(0, "^")
                elif o is sre_c.LITERAL:
                    parts.append(re.escape(chr(v)))
                elif o is sre_c.RANGE:
                    parts.append(re.escape(chr(v[0])) + "-" + re.escape(chr(v[1])))
                else:
                    parts.append(_CATEGORIES[v])
            out.add("[" + "".join(parts) + "]")
        elif op is sre_c.SUBPATTERN:
            _atoms(av[-1], out)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            _atoms(av[2], out)
        elif op is sre_c.BRANCH:
            for branch in av[1]:
                _atoms(branch, out)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            _atoms(av[1], out)
        elif op is sre_c.ATOMIC_GROUP:
            _atoms(av, out)
        else:
            assert op is sre_c.AT, f"a pattern element the reading was not checked for: {op}"


def test_the_letters_folded_otherwise_are_the_only_ones_where_the_readings_differ() -> None:
    atoms: set[str] = set()
    for c in sc.COMPILED:
        _atoms(sre_parse.parse(c.fast.pattern), atoms)
    # A character without case is the same in both texts and has no other case to fold to.
    cased = [chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000 and chr(i).lower() != chr(i).upper()]
    differ = set()
    for atom in atoms:
        plain, folding = re.compile(atom), re.compile(atom, re.IGNORECASE)
        differ |= {ch for ch in cased if bool(folding.fullmatch(ch)) != bool(plain.fullmatch(sc.lower(ch)))}
    assert differ <= set(sc._FOLDS)
    assert sc.reads_plainly("Monday, Dec. 5 \u2014 \u201cnow\u201d")
    assert not any(sc.reads_plainly(f"Monday {ch}") for ch in sc._FOLDS)


WORDS = (
    "The PAST two Weeks ago a Year earlier 1990 s ' - EARLY Dec. 15, Friday Night 10:35 A.M. now And of "
    "the first Nine months Third-Quarter a 2-year the Year-Earlier period each of the last three years "
    "about 20 minutes the 1990s the '80s in recent weeks LAST SPRING Next Monday evening 2022-02-20 "
    "May March he said will Christmas Eve Mother's Day nineteen Ninety-Five o'clock noon Tuesday"
).split()


@pytest.mark.parametrize("seed", range(6))
def test_reading_the_lower_cased_match_is_matching_the_text(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(400))
    dct = pendulum.date(2022, 2, 8)
    read = tag(text, dct)
    low = sc.lower(text)
    for end, found in sc.scan_regions(text, [Span(0, len(text))], low):
        for cand in found:
            reading, matched = cand.match(text, end, plain=True), cand.match(text, end)
            assert matched is not None
            assert reading.span() == matched.span()
            for name in cand.compiled.fast.groupindex:
                assert reading.group(name) == matched.group(name), (cand.compiled.rule.name, name)
                assert reading.span(name) == matched.span(name)
    monkeypatch.setattr("core.timex.reads_plainly", lambda _: False)
    assert tag(text, dct) == read
    assert read


def _groups_in_lookarounds(items: sre_parse.SubPattern, looking: bool, out: list[int]) -> None:
    """The capturing groups of a parsed pattern that stand inside a lookahead or a lookbehind."""
    for op, av in items:
        if op is sre_c.SUBPATTERN:
            if looking and av[0] is not None:
                out.append(av[0])
            _groups_in_lookarounds(av[-1], looking, out)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT):
            _groups_in_lookarounds(av[1], True, out)
        elif op is sre_c.BRANCH:
            for branch in av[1]:
                _groups_in_lookarounds(branch, looking, out)
        elif op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            _groups_in_lookarounds(av[2], looking, out)
        elif op is sre_c.ATOMIC_GROUP:
            _groups_in_lookarounds(av, looking, out)


def test_every_group_of_a_rule_lies_inside_its_match() -> None:
    # `Candidate.match` gives the match on the lower-cased text itself when the text has no capital there:
    # right only if no group reads beyond the match, as one inside a lookaround can.
    for c in sc.COMPILED:
        inside: list[int] = []
        _groups_in_lookarounds(sre_parse.parse(c.fast.pattern), False, inside)
        assert not inside, c.rule.name


def test_a_match_without_capitals_is_the_lower_cased_match() -> None:
    text = "He left two years ago, on Friday."
    low = sc.lower(text)
    matches = [c.match(text, len(text), plain=True) for _, found in sc.scan_regions(text, [Span(0, len(text))], low) for c in found]
    assert any(isinstance(m, re.Match) for m in matches)
    assert any(isinstance(m, sc.Reading) for m in matches)
