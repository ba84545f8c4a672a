"""The bundled article read as a careful reader did (shared/gold/seed-timeline.json, kept in tests/data)."""

from __future__ import annotations

from pathlib import Path

import orjson
import pendulum
import pytest

from core.model import Kind, Timeline
from core.pipeline import extract

ROOT = Path(__file__).resolve().parents[1]
GOLD = orjson.loads((ROOT / "tests" / "data" / "seed-timeline.json").read_bytes())


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return extract([str(ROOT / "seeds")])


def _event_for(timeline: Timeline, quote: str) -> int:
    hits = [i for i, e in enumerate(timeline.events) if quote in e.quote and e.when.text]
    hits = hits or [i for i, e in enumerate(timeline.events) if quote in e.quote]
    assert hits, f"no event quotes {quote!r}"
    return hits[0]


@pytest.mark.parametrize("gold", GOLD["events"], ids=lambda g: g["what"])
def test_every_expected_event_is_there_with_its_date_and_kind(timeline: Timeline, gold: dict) -> None:
    event = timeline.events[_event_for(timeline, gold["quote"])]
    assert event.kind == Kind(gold["kind"])
    if "date" in gold:
        day = pendulum.Date.fromisoformat(gold["date"])
        assert (event.when.start, event.when.end) == (day, day), event.explanation
    else:
        start, end = (pendulum.Date.fromisoformat(d) for d in gold["date_range"])
        assert event.when.vague
        assert event.when.end == end
        assert abs((event.when.start - start).days) <= 7, event.when
    if gold.get("undated_in_text"):
        assert event.timex is None
        assert event.confidence < 0.5
        assert event.rule.startswith(("fallback.", "inherit."))
    else:
        assert event.timex is not None
    assert event.rule and event.explanation
    source = event.sources[0]
    article = timeline.articles[0]
    assert article.text[source.start : source.end] == event.quote
    assert article.text.split("\n")[source.line - 1].find(event.quote) >= 0


def test_events_come_in_the_readers_order(timeline: Timeline) -> None:
    positions = [_event_for(timeline, quote) for quote in GOLD["order"]]
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)


def test_the_whole_timeline_is_sorted_and_explained(timeline: Timeline) -> None:
    from core.order import key

    keys = [key(e) for e in timeline.events]
    assert keys == sorted(keys)
    assert all(e.headline and len(e.headline) <= 91 for e in timeline.events)
    assert any(e.sources[0].line == 1 for e in timeline.events), "the title makes an event"
