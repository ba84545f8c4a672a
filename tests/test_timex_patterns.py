"""Word lists written compactly for the engine must match as the plain alternation of their words: the same
words, and at one place the longer first (a rule that fails after the longer backtracks to the shorter)."""

from __future__ import annotations

import functools
import re

import pytest

from core.timex import lexicon as lx


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _ends_in_order(pattern: str, s: str) -> list[int]:
    """Where the pattern can stop in s, in the order the engine tries them."""
    ends = [k for k in range(len(s) + 1) if _compiled(f"(?:{pattern})").fullmatch(s, 0, k)]
    # Of two ends, the one tried first is where a match that accepts both stops.
    order = {}
    for i, a in enumerate(ends):
        for b in ends[i + 1 :]:
            first = _compiled(f"(?:{pattern})(?:(?<=^.{{{a}}})|(?<=^.{{{b}}}))").match(s).end()
            order[(a, b)] = first
    return sorted(
        ends,
        key=functools.cmp_to_key(
            lambda a, b: 0 if a == b else -1 if order[tuple(sorted((a, b)))] == a else 1
        ),
    )


@pytest.mark.parametrize("name", sorted(lx.PATTERNS))
def test_word_list_patterns_match_as_the_alternation(name: str) -> None:
    words = sorted(set(lx.WORD_LISTS[name]))
    for w in words:
        for tail in ("", " one", "-one", " hundred", "teen", " of", " couple of", "s", " day", "."):
            s = w + tail
            assert _ends_in_order(lx.PATTERNS[name], s) == _ends_in_order(lx.ALTERNATIONS[name], s), s
