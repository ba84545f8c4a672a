"""The scanner's shortcuts (trigger words, the time-word gate, rules chosen by the next time word) must not
change what is found: compared here with a scan that tries every rule of every start word."""

from __future__ import annotations

import itertools
import random
import re

import pendulum
import pytest

from core.model import Span
from core.timex import scanner as sc
from core.timex import tag

WORDS = (
    "the past two weeks ago a year earlier 1990 s ' - early Dec. 15, Friday night 10:35 a.m. now and of "
    "the first nine months third-quarter a 2-year the year-earlier period each of the last three years "
    "about 20 minutes the 1990s the '80s in recent weeks last spring next Monday evening 2022-02-20 "
    "$1995 100,000 may March he said will"
).split()


def _soup(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join(rng.choice(WORDS) for _ in range(400))


@pytest.mark.parametrize("seed", range(8))
def test_next_word_rule_choice_changes_nothing(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    text, dct = _soup(seed), pendulum.date(2022, 2, 8)
    fast = [(t.span, t.time.value, t.rule) for t in tag(text, dct)]
    monkeypatch.setattr(sc, "_rules_before", lambda key, hot: sc.INDEX.get(key, ()))
    slow = [(t.span, t.time.value, t.rule) for t in tag(text, dct)]
    assert fast == slow
    assert fast, "the soup should contain time expressions"


def test_every_rule_is_reachable_from_its_start_words() -> None:
    for c in sc.COMPILED:
        assert any(c in rules for rules in sc.INDEX.values()), c.rule.name


def test_time_words_include_every_month_weekday_and_unit() -> None:
    for w in ("january", "sept", "friday", "weeks", "quarter", "decade", "summer", "evening", "today", "now"):
        assert w in sc.TEMPORAL
    for w in ("the", "a", "about", "two", "percent", "company"):
        assert w not in sc.TEMPORAL


PLAIN = "the minister spoke at length about budget harbour mid- a- of in and earlier. later, then".split()


@pytest.mark.parametrize("seed", range(8))
def test_passing_over_sentences_changes_nothing(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # Short "sentences" of plain words with a time word now and then: most are passed over.
    rng = random.Random(seed)
    words = [rng.choice(PLAIN if rng.random() < 0.85 else WORDS) for _ in range(600)]
    text = " ".join(words)
    cuts = [0] + [m.start() for m in re.finditer(" ", text)][::7] + [len(text)]
    regions = [Span(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    dct = pendulum.date(2022, 2, 8)
    fast = [(t.span, t.time.value, t.rule) for t in tag(text, dct, regions)]
    monkeypatch.setattr(sc, "_MAY_YIELD", re.compile(r"(?s)."))  # every stretch walked word by word
    slow = [(t.span, t.time.value, t.rule) for t in tag(text, dct, regions)]
    assert fast == slow
    assert fast
