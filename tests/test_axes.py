"""The reporting axis: lag, report order, and the story as known on a date."""

from __future__ import annotations

import attrs
import pytest
from story_helpers import article, day, event, timeline

from core.axes import as_known_on, first_reported, lag_text, order_by_report, reported_lag
from core.model import Kind


@pytest.mark.parametrize(
    ("happened", "end", "published", "lag", "text"),
    [
        ("2024-03-04", None, "2024-03-04", 0, "reported the same day"),
        ("2024-03-04", None, "2024-03-06", 2, "reported 2 days later"),
        ("2024-03-04", None, "2024-03-05", 1, "reported 1 day later"),
        ("2024-03-01", "2024-03-31", "2024-04-02", 2, "reported 2 days later"),
        ("2024-03-20", None, "2024-03-08", -12, "announced 12 days ahead"),
        ("2020-01-01", None, "2024-01-01", 1461, "reported 4 years later"),
    ],
)
def test_reported_lag(happened, end, published, lag, text):
    e = event("The ferry service resumed.", happened, end=end, published=published)
    assert reported_lag(e) == lag
    assert lag_text(e) == text


def _two_reports():
    first = event("The dam gave way after the storm.", "2024-03-04", article_id="a", published="2024-03-06")
    second = event(
        "The dam collapsed after heavy rain.",
        "2024-03-05",
        article_id="b",
        published="2024-03-05",
        date_text="on Tuesday",
    )
    return attrs.evolve(first, id="m1", disputed=True, sources=(second.sources[0], first.sources[0]))


def test_first_reported_is_the_earliest_source():
    assert first_reported(_two_reports()) == day("2024-03-05")


def test_order_by_report_differs_from_time_order():
    old_news = event("The treaty was signed in 1990.", "1990-06-01", article_id="z", published="2024-05-01")
    fresh = event("The port reopened.", "2024-04-01", article_id="y", published="2024-04-01")
    assert order_by_report([old_news, fresh]) == [fresh, old_news]


def test_as_known_on_drops_later_articles_and_their_reports():
    a = article("Dam gives way", "2024-03-06", ["The dam gave way after the storm."])
    b = article("Dam collapses", "2024-03-05", ["The dam collapsed after heavy rain."])
    merged = _two_reports()
    merged = attrs.evolve(
        merged,
        sources=(
            attrs.evolve(merged.sources[0], article=b.id),
            attrs.evolve(merged.sources[1], article=a.id),
        ),
    )
    full = timeline(merged, articles=(a, b))
    known = as_known_on(full, day("2024-03-05"))
    assert [x.id for x in known.articles] == [b.id]
    (entry,) = known.events
    assert len(entry.sources) == 1
    assert entry.sources[0].article == b.id
    # one report left: nothing to dispute, and the entry speaks with that report
    assert not entry.disputed
    assert entry.quote == "The dam collapsed after heavy rain."
    assert entry.when.start == day("2024-03-05")
    assert as_known_on(full, day("2024-03-04")).events == ()
    assert as_known_on(full, day("2024-03-06")).events[0].disputed


@pytest.mark.parametrize(("on", "kind"), [("2024-03-09", Kind.PLANNED), ("2024-03-20", Kind.OCCURRED)])
def test_events_after_the_day_are_planned(on, kind):
    vote = event("Parliament voted on the budget.", "2024-03-15", article_id="a", published="2024-03-08")
    known = as_known_on(timeline(vote), day(on))
    assert known.events[0].kind == kind
