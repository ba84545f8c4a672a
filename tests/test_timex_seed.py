"""The hand-annotated seed article: every gold time expression found with its type and value."""

from __future__ import annotations

from pathlib import Path

import orjson
import pendulum
import pytest

from core.model import Span
from core.timex import tag

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_39d88328765eb911.txt"
GOLD = ROOT.parent / "shared" / "gold" / "seed-timeline.json"
DCT = pendulum.date(2022, 2, 8)


def _regions(text: str) -> list[Span]:
    """Line 1 (title) and lines 4.. (paragraphs): the date and URL lines are not prose."""
    spans, pos = [], 0
    for n, line in enumerate(text.split("\n"), start=1):
        if n == 1 or n >= 4:
            spans.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    return spans


# The hand annotation of the bundled article (../shared/gold/seed-timeline.json), kept here so the test also
# runs in a clone without the shared folder; when the shared file is there, it is the one used.
_EMBEDDED = [
    {
        "text": "Monday evening",
        "in": "during long talks in Moscow on Monday evening with Macron",
        "type": "TIME",
        "value": "2022-02-07TEV",
    },
    {
        "text": "Tuesday",
        "in": "continued on Tuesday with the French leader reaching Kyiv",
        "type": "DATE",
        "value": "2022-02-08",
    },
    {
        "text": "the day after",
        "in": "reaching Kyiv the day after hours of talks",
        "type": "DATE",
        "value": "2022-02-08",
    },
    {
        "text": "The upcoming days",
        "in": "The upcoming days will be crucial",
        "type": "DATE",
        "value": "FUTURE_REF",
    },
    {
        "text": "Tuesday",
        "in": "the Kremlin said on Tuesday that President Vladimir Putin",
        "type": "DATE",
        "value": "2022-02-08",
    },
    {
        "text": "for now",
        "in": "new military initiatives around Ukraine for now",
        "type": "DATE",
        "value": "PRESENT_REF",
    },
    {
        "text": "20 February",
        "in": "once those war games are over on 20 February",
        "type": "DATE",
        "value": "2022-02-20",
    },
    {
        "text": "recent weeks",
        "in": "Western leaders in recent weeks have engaged",
        "type": "DATE",
        "value": "PAST_REF",
        "also_accept": ["P1W", "PXW", "2022-W05", "2022-W04"],
    },
]


def _gold() -> list[dict]:
    if not GOLD.exists():
        return _EMBEDDED
    return orjson.loads(GOLD.read_bytes())["timexes"]


def test_embedded_copy_matches_shared_gold() -> None:
    if not GOLD.exists():
        pytest.skip("shared gold not available")
    assert orjson.loads(GOLD.read_bytes())["timexes"] == _EMBEDDED


def test_seed_gold_timexes_are_found() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = tag(text, DCT, _regions(text))
    for g in _gold():
        context = text.index(g["in"])
        start = context + g["in"].index(g["text"])
        hits = [t for t in found if t.span.start == start and t.text == g["text"]]
        assert hits, f"missing {g['text']!r} in {g['in']!r}; found {[t.text for t in found]}"
        t = hits[0]
        accept = {g["value"], *g.get("also_accept", [])}
        assert t.time.type == g["type"], f"{g['text']!r}: type {t.time.type} != {g['type']}"
        assert t.time.value in accept, f"{g['text']!r}: value {t.time.value} not in {accept}"


def test_seed_date_line_is_not_tagged() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = tag(text, DCT, _regions(text))
    date_line = text.index("20220208")
    assert all(not (t.span.start <= date_line < t.span.end) for t in found)


def test_seed_has_no_extra_timexes() -> None:
    text = SEED.read_text(encoding="utf-8")
    found = tag(text, DCT, _regions(text))
    assert len(found) == len(_gold()), [t.text for t in found]


def test_seed_recent_weeks_range() -> None:
    text = SEED.read_text(encoding="utf-8")
    t = next(t for t in tag(text, DCT, _regions(text)) if t.text == "recent weeks")
    assert t.time.approx == (pendulum.date(2022, 1, 11), DCT)
