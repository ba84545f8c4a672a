"""`Context.word_before` reads the stretch backwards; it must find the word the plain pattern finds forwards."""

from __future__ import annotations

import random
import re

import pendulum
import pytest

from core.timex.context import Context

PLAIN = re.compile(r"([\w$']+)\W*$")
PIECES = list("ab Z_9$' ,.-\n\t\u00e9\u0663\u201d") + ["  ", "word", "'s", "$5", "until ", "since "]


class _Span:
    def __init__(self, start: int) -> None:
        self._start = start

    def start(self) -> int:
        return self._start


@pytest.mark.parametrize("seed", range(4))
def test_word_before_is_the_plain_patterns(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(5000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 30)))
        at = rng.randint(0, len(text))
        found = PLAIN.search(text[max(0, at - 30) : at])
        expected = found.group(1).lower() if found else ""
        assert Context(text, pendulum.date(2022, 2, 8)).word_before(_Span(at)) == expected, (text, at)
