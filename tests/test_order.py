"""Ordering: days, times of day, coarse units after their days, vague spans by their start, ties in article order."""

from __future__ import annotations

import pendulum

from core.model import Event, Kind, Source, When
from core.order import clock, order

D = pendulum.date


def event(name: str, start: pendulum.Date, end: pendulum.Date | None = None, *, granularity: str = "day",
          value: str = "", vague: bool = False, seq: int = 0) -> Event:
    published = D(2022, 2, 8)
    when = When(start, end or start, granularity, value or start.isoformat(), name, vague)
    source = Source("a", "a.txt", 1, 0, 1, name, published, when)
    return Event(name, when, Kind.OCCURRED, name, name, (source,), "r", "x", 0.9, seq=seq)


def names(events: list[Event]) -> list[str]:
    return [e.id for e in order(events)]


def test_days_in_order_and_ties_in_article_order() -> None:
    evs = [event("b", D(2022, 2, 8), seq=2), event("a", D(2022, 2, 7), seq=3), event("c", D(2022, 2, 8), seq=1)]
    assert names(evs) == ["a", "c", "b"]


def test_month_goes_after_the_days_in_it() -> None:
    evs = [
        event("february", D(2022, 2, 1), D(2022, 2, 28), granularity="month", value="2022-02", seq=0),
        event("feb 20", D(2022, 2, 20), seq=1),
        event("mar 1", D(2022, 3, 1), seq=2),
    ]
    assert names(evs) == ["feb 20", "february", "mar 1"]


def test_vague_span_by_its_start() -> None:
    evs = [
        event("monday", D(2022, 2, 7), seq=1),
        event("recent weeks", D(2022, 1, 11), D(2022, 2, 8), granularity="range", value="PAST_REF", vague=True, seq=2),
    ]
    assert names(evs) == ["recent weeks", "monday"]


def test_times_of_day_in_clock_order_after_the_bare_day() -> None:
    evs = [
        event("evening", D(2022, 2, 7), granularity="part-of-day", value="2022-02-07TEV", seq=0),
        event("ten", D(2022, 2, 7), granularity="time", value="2022-02-07T10:00", seq=1),
        event("day", D(2022, 2, 7), seq=2),
    ]
    assert names(evs) == ["day", "ten", "evening"]


def test_clock() -> None:
    assert clock("2022-02-07TEV") == 19
    assert clock("2022-02-07T14:30") == 14.5
    assert clock("2022-02-07") == -1
