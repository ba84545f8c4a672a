"""The two time axes of a story: when things happened, and when they were reported.

A merged entry happened once but was reported several times; its report time is the first
report. The lag between the two ("reported 2 days later", "announced 12 days ahead") is what a
reader of a developing story needs, and replaying the story "as known on" a date shows only what
had been published by then: later reports vanish, and what was still ahead is shown as planned.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs
import pendulum

from core.model import Event, Kind, Source, Timeline, When
from core.order import order


def first_reported(event: Event) -> pendulum.Date:
    """The publication day of the earliest report of the event."""
    if not event.sources:
        return event.when.start
    return min(s.published for s in event.sources)


def reported_lag(event: Event) -> int:
    """Days from the end of the event to its first report; negative when reported ahead of time."""
    return (first_reported(event) - event.when.end).days


def lag_text(event: Event) -> str:
    """The lag in words: "reported the same day", "reported 2 days later", "announced 5 days ahead"."""
    lag = reported_lag(event)
    if lag == 0:
        return "reported the same day"
    if lag > 0:
        return f"reported {_days(lag)} later"
    return f"announced {_days(-lag)} ahead"


def _days(n: int) -> str:
    if n >= 730:
        return f"{n // 365} years"
    if n >= 60:
        return f"{n // 30} months"
    return "1 day" if n == 1 else f"{n} days"


def report_key(event: Event) -> tuple[pendulum.Date, str, int, int]:
    """Sort key along the reporting axis: first report's day, its article, place in the article."""
    first = min(event.sources, key=lambda s: (s.published, s.article, s.start)) if event.sources else None
    if first is None:
        return (event.when.start, "", 0, event.seq)
    return (first.published, first.article, first.start, event.seq)


def order_by_report(events: Iterable[Event]) -> list[Event]:
    """Events in the order the reader learnt of them."""
    return sorted(events, key=report_key)


def as_known_on(timeline: Timeline, day: pendulum.Date) -> Timeline:
    """The story as a reader knew it at the end of `day`.

    Only articles published by then remain, each entry keeps only their reports (an entry no one
    had reported yet disappears), an entry is disputed only if the remaining reports still disagree,
    and an entry dated after `day` is shown as planned: on that day it had not happened yet.
    """
    articles = tuple(a for a in timeline.articles if a.published <= day)
    events = [known for event in timeline.events if (known := known_on(event, day)) is not None]
    return attrs.evolve(timeline, articles=articles, events=tuple(order(events)))


def known_on(event: Event, day: pendulum.Date) -> Event | None:
    """One entry as a reader knew it at the end of `day` (see `as_known_on`); None if unreported then.

    A report's day is its article's publication day, which each source carries."""
    sources = tuple(s for s in event.sources if s.published <= day)
    if not sources:
        return None
    return _as_of(event, sources, day)


def _as_of(event: Event, sources: Sequence[Source], day: pendulum.Date) -> Event:
    if len(sources) != len(event.sources):
        event = _from_remaining(event, sources)
    if event.when.start > day and event.kind != Kind.PLANNED:
        event = attrs.evolve(event, kind=Kind.PLANNED)
    return event


def _from_remaining(event: Event, sources: Sequence[Source]) -> Event:
    """An entry rebuilt from the reports that remain: its date and quote from the first of them if needed."""
    kept_primary = any(s.quote == event.quote for s in sources)
    whens = [s.when or event.when for s in sources]
    disputed = event.disputed and not _all_agree(whens)
    if kept_primary:
        return attrs.evolve(event, sources=tuple(sources), disputed=disputed)
    first = sources[0]
    when = first.when or event.when
    return attrs.evolve(
        event,
        sources=tuple(sources),
        disputed=disputed,
        when=when,
        quote=first.quote,
        headline=_short(first.quote),
    )


def _all_agree(whens: Sequence[When]) -> bool:
    def inside(a: When, b: When) -> bool:
        return b.start <= a.start and a.end <= b.end

    return all(inside(a, b) or inside(b, a) for a in whens for b in whens)


def _short(quote: str, words: int = 14) -> str:
    parts = quote.strip().rstrip(".").split()
    return " ".join(parts[:words]) + ("…" if len(parts) > words else "")
