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


def _gold() -> list[dict]:
    if not GOLD.exists():
        pytest.skip("shared gold not available")
    return orjson.loads(GOLD.read_bytes())["timexes"]


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
