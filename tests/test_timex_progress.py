"""The scanner passes over the places inside an expression the tagger has already taken (`Progress`): their
candidates would go unused, so the tags must be the same as when every place is scanned."""

from __future__ import annotations

import itertools
import random

import pendulum
import pytest

from core.model import Span
from core.timex import scanner as sc
from core.timex import tag

WORDS = (
    "March 5, 1999 on Friday night the third quarter two years ago 10:35 a.m. 2022-02-20 last week of "
    "the 1990s in '99 the first half of 2021 April 24 and 25 12-15 July 3.5 percent 1,500 he said will "
    "early December nearly four years the year-earlier period each Thursday mid-1996 about 20 minutes"
).split()


def _soup(seed: int) -> tuple[str, list[Span]]:
    rng = random.Random(seed)
    text = " ".join(rng.choice(WORDS) for _ in range(500))
    cuts = sorted({0, len(text), *(rng.randrange(len(text)) for _ in range(40))})
    return text, [Span(a, b) for a, b in itertools.pairwise(cuts)]


@pytest.mark.parametrize("seed", range(6))
def test_passing_over_tagged_places_changes_nothing(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text, regions = _soup(seed)
    dct = pendulum.date(2022, 2, 8)
    passed_over = [(t.span, t.time.value, t.rule, t.why) for t in tag(text, dct, regions)]
    starts = sc._starts
    monkeypatch.setattr(sc, "_starts", lambda low, marks, endpos, progress=None: starts(low, marks, endpos))
    every_place = [(t.span, t.time.value, t.rule, t.why) for t in tag(text, dct, regions)]
    assert passed_over == every_place
    assert passed_over


def test_the_scanner_passes_over_what_was_tagged() -> None:
    text = "It opened on March 5, 1999 and closed two years ago."
    low = sc.lower(text)
    every = [found[0].start for _, found in sc.scan_regions(text, [Span(0, len(text))], low)]
    progress = sc.Progress()
    seen = []
    for _, found in sc.scan_regions(text, [Span(0, len(text))], low, progress):
        seen.append(found[0].start)
        progress.end = max(c.end for c in found)
    assert text.index("1999") in every
    assert text.index("1999") not in seen
    assert seen == [text.index("March"), text.index("two")]
