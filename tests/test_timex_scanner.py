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
    monkeypatch.setattr(sc, "_may_yield", lambda *_: True)  # every stretch walked word by word
    slow = [(t.span, t.time.value, t.rule) for t in tag(text, dct, regions)]
    assert fast == slow
    assert fast


EDGES = (
    "2008", "1990s", "'80s", "'", "mp3", "g8", "weekend", "week", "end", "mid-", "mid", "10:35", "sept.", "dec",
    "may", "the", "a", "two", "years", "ago", "1,500", "3.5", "-", ":", "/", ".", ",", "april 24 and 25", "now",
)  # fmt: skip


def _edge_text(rng: random.Random) -> str:
    """Words at the scanner's edges, run together or apart, so that region ends fall inside them."""
    parts = []
    for _ in range(rng.randint(20, 120)):
        parts += [rng.choice((*EDGES, *WORDS, *PLAIN)), rng.choice(("", " ", " ", "  ", "\n", ", "))]
    return "".join(parts)


def _regions(rng: random.Random, length: int) -> list[Span]:
    """Sorted regions that do not overlap, cut anywhere (inside words and numbers too), some touching."""
    cuts = sorted(rng.sample(range(length + 1), min(length + 1, rng.randint(2, 40))))
    return [Span(a, b) for a, b in itertools.pairwise(cuts) if b > a and rng.random() < 0.7]


def _candidates(found: list[sc.Candidate]) -> list[tuple[int, int, int]]:
    return [(c.start, c.end, c.compiled.order) for c in found]


@pytest.mark.parametrize("seed", range(6))
def test_one_reading_of_the_regions_is_a_scan_of_each(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(150):
        text = _edge_text(rng)
        low = sc.lower(text)
        regions = _regions(rng, len(text))
        once = [(end, _candidates(found)) for end, found in sc.scan_regions(text, regions, low)]
        each = [(r.end, _candidates(found)) for r in regions for found in sc.scan(text, r.start, r.end, low)]
        assert once == each, (text, regions)


@pytest.mark.parametrize("seed", range(4))
def test_may_yield_from_marks_is_the_search(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        low = sc.lower(_edge_text(rng))
        for r in _regions(rng, len(low)):
            marks = sc._marks(low, r.start, r.end)
            searched = sc._MAY_YIELD.search(low, r.start, r.end)
            assert sc._may_yield(low, marks, r.start, r.end) == bool(searched)


def _merged_plainly(regions: list[Span], length: int) -> list[Span]:
    out: list[Span] = []
    for r in sorted(regions, key=lambda s: s.start):
        start, end = min(r.start, length), min(r.end, length)
        if out and start < out[-1].end:
            if end > out[-1].end:
                out[-1] = Span(out[-1].start, end)
        elif end > start:
            out.append(Span(start, end))
    return out


def test_merging_regions_in_order_or_not() -> None:
    from core.timex import _merged

    rng = random.Random(12)
    for _ in range(3000):
        length = rng.randint(0, 60)
        regions = []
        for _ in range(rng.randint(0, 8)):
            a = rng.randint(0, 70)
            regions.append(Span(a, a + rng.randint(0, 20)))
        if rng.random() < 0.5:
            regions.sort(key=lambda s: s.start)
        assert _merged(regions, length) == _merged_plainly(regions, length), (regions, length)


def _marks_plainly(low: str, start: int, end: int) -> list[sc.Mark]:
    marks = []
    for m in sc._TOKEN.finditer(low, start, end):
        key = {"w": m.group(), "d": "#", "q": "'"}[m.lastgroup]
        hot = key in sc.TEMPORAL if m.lastgroup == "w" else (sc._dates_alone(low, *m.span()) if key == "#" else True)
        marks.append((m.start(), m.end(), key, hot))
    return marks


def _matters(low: str, marks: list[sc.Mark], end: int) -> list[sc.Mark]:
    """The marks `_starts` can start from: all but the words that mark no time, are followed by none of
    `_BEFORE_PUNCTUATION` (or the end of the reading at `end`) and end more than `_NEAR` characters before
    the next mark of time."""
    kept = []
    for i, (start, stop, key, hot) in enumerate(marks):
        if not hot and key not in ("#", "'") and stop < end and low[stop] not in sc._BEFORE_PUNCTUATION:
            after = [m for m in marks[i + 1 :] if m[3]]
            if not after or after[0][0] - stop > sc._NEAR:
                continue
        kept.append((start, stop, key, hot))
    return kept


@pytest.mark.parametrize("seed", range(4))
def test_marks_read_after_gaps_are_the_token_matches(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(300):
        low = sc.lower(_edge_text(rng) + rng.choice(("", "'", "'8", "2008", "may")))
        if rng.random() < 0.3:
            low = rng.choice(("'", "'9", "1", "a", "may", ".5", "x'80s")) + low
        assert sc._marks(low, 0, len(low)) == _matters(low, _marks_plainly(low, 0, len(low)), len(low)), low
        for _ in range(10):
            start = rng.randint(0, len(low))
            end = rng.randint(start, len(low))
            assert sc._marks(low, start, end) == _matters(low, _marks_plainly(low, start, end), end), (low, start, end)


BEYOND_ASCII = ("café", "é", "\u201c", "\u2013", "\u00b2", "é5", "'é", "ü1998", "\u0130", "\u0131", "x\u0663", "\u0663 5")  # fmt: skip


@pytest.mark.parametrize("seed", range(4))
def test_marks_by_runs_are_the_regex_reading(seed: int) -> None:
    # Texts of other characters ("?" to the runs) and digits of other scripts (the regex) read as ASCII does;
    # one reading of the regions (which finds their digits from its runs) is a scan of each.
    rng = random.Random(seed)
    for _ in range(300):
        low = _edge_text(rng)
        for _ in range(rng.randint(0, 4)):
            at = rng.randint(0, len(low))
            low = low[:at] + rng.choice(BEYOND_ASCII) + low[at:]
        low = sc.lower(low)
        # The regex reads every mark (it reads a text with digits of another script); the runs only those
        # that matter.
        by_regex = sc._marks_by_regex(low, 0, len(low))
        assert _matters(low, sc._marks(low, 0, len(low)), len(low)) == _matters(low, by_regex, len(low)), low
        for _ in range(10):
            start = rng.randint(0, len(low))
            end = rng.randint(start, len(low))
            by_regex = sc._marks_by_regex(low, start, end)
            assert _matters(low, sc._marks(low, start, end), end) == _matters(low, by_regex, end), (low, start, end)
        regions = _regions(rng, len(low))
        once = [(end, _candidates(found)) for end, found in sc.scan_regions(low, regions, low)]
        each = [(r.end, _candidates(found)) for r in regions for found in sc.scan(low, r.start, r.end, low)]
        assert once == each, (low, regions)


@pytest.mark.parametrize("seed", range(6))
def test_reading_every_mark_finds_the_same(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    # The marks left out (`_matters`) start nothing: a scan of every mark (the regex reading) finds the same.
    rng = random.Random(seed)
    texts = [_edge_text(rng) for _ in range(100)] + [_soup(seed)]
    plain = [sc.lower(t) for t in texts]
    regions = [_regions(rng, len(t)) for t in texts]

    def scans() -> list[object]:
        found = []
        for low, rs in zip(plain, regions, strict=True):
            found.append([(end, _candidates(c)) for end, c in sc.scan_regions(low, rs, low)])
            found.append([_candidates(c) for c in sc.scan(low, 0, len(low), low)])
        return found

    fast = scans()
    monkeypatch.setattr(sc, "_as_bytes", lambda low, start, end: (start, None))
    assert scans() == fast
    assert any(fast)


def test_words_the_runs_look_up_are_ascii_letters() -> None:
    # `_marks_by_runs` cuts runs of a-z out of the text: a word with any other letter would never be found.
    assert all(re.fullmatch("[a-z]+", w) for w in sc._WORDS)
    assert all(key.decode().rstrip("|") == w for key, (_, w, _, _) in sc._NEEDLES.items())
