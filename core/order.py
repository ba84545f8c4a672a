"""Putting events in time order.

Three kinds of span need three placements a reader finds natural:
- a day, or a time within a day: by that day, times of day in clock order, whole days first;
- a calendar unit coarser than a day ("in February", "the third quarter"): after the days in it,
  since it summarises them (it sorts by its last day);
- a vague span ("in recent weeks"): by where it starts, shown as a range.
Ties keep article order (publication date, article, position in the article).
"""

from __future__ import annotations

from collections.abc import Iterable

import pendulum

from core.model import Event, When

_PART_OF_DAY = {"MO": 9, "MI": 12, "AF": 15, "EV": 19, "NI": 22, "DT": 12}


def clock(value: str) -> float:
    """Hour of the day a TIMEX3 TIME value names (19.0 for ...TEV, 14.5 for ...T14:30); -1 when none."""
    _, sep, time = value.partition("T")
    if not sep:
        return -1.0
    if time[:2] in _PART_OF_DAY:
        return float(_PART_OF_DAY[time[:2]])
    try:
        hours = int(time[:2])
        minutes = int(time[3:5]) if len(time) >= 5 and time[2] == ":" else 0
    except ValueError:
        return -1.0
    return hours + minutes / 60


PLACED_AT_START = frozenset({"day", "part-of-day", "time", "range"})
"""Granularities placed on their first day: days themselves, and a period ("1995-1998"), which reads
from its start. A calendar unit (a month, a year) is placed at its end, after the days in it."""


def sort_day(when: When) -> pendulum.Date:
    """The day an event is placed on in a timeline."""
    if when.vague or when.granularity in PLACED_AT_START:
        return when.start
    return when.end


def key(event: Event) -> tuple[pendulum.Date, int, float, int, pendulum.Date, str, int]:
    when = event.when
    coarse = 0 if when.granularity in ("day", "part-of-day", "time") else 1
    # Among spans that start the same day, the longer (vaguer) one reads better first.
    length = -(when.end - when.start).days if when.vague else 0
    first = event.sources[0] if event.sources else None
    published = first.published if first else when.start
    article = first.article if first else ""
    return (sort_day(when), coarse, clock(when.value), length, published, article, event.seq)


def order(events: Iterable[Event]) -> list[Event]:
    """Events sorted for reading; stable and deterministic."""
    return sorted(events, key=key)
