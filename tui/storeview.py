"""Walking a timeline kept in an SQLite store (`core.store`), a page at a time.

A store holds a collection too large for memory (100k articles, 1M events). The viewer reads it
as a Sequence of events (`core.store.Store` decodes pages on demand), looks articles up one at a
time, and answers search, actor and date filters with the store's indexes instead of visiting
every event; ordering by report date reads the store's report index. What would need every
event decoded (replay, kind and source filters) is either refused with a note or done with a warning.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.model import Article, Event
    from core.store import Store
    from tui.viewmodel import Filters


class KnownOn(Sequence["Event"]):
    """A store's events as known at the end of a day (replay), decoded and cut down on access.

    Positions are the store's, so its indexes (search, actors, dates) still name the right rows;
    `select` shows only the events reported by then. Each entry keeps its place in the whole
    story's order even where fewer reports would date it a little differently."""

    def __init__(self, store: Store, day: date) -> None:
        self.store = store
        self.day = day

    def __len__(self) -> int:
        return len(self.store)

    def __getitem__(self, index: int) -> Event:  # type: ignore[override]
        from core.axes import known_on

        event = self.store[index]
        return known_on(event, self.day) or event  # type: ignore[arg-type]


def is_store_path(paths: Sequence[str]) -> bool:
    """One path, and it is a store file."""
    if len(paths) != 1 or not Path(paths[0]).is_file():
        return False
    from core.store import is_store

    return is_store(paths[0])


class StoreArticles(Mapping[str, "Article"]):
    """Articles of a store by id, read when first asked for (a few hundred kept)."""

    def __init__(self, store: Store, keep: int = 256) -> None:
        self.store = store
        self.keep = keep
        self._cache: OrderedDict[str, Article] = OrderedDict()
        self._count: int | None = None

    def __getitem__(self, key: str) -> Article:
        found = self._cache.get(key)
        if found is None:
            found = self.store.article(key)
            if found is None:
                raise KeyError(key)
            self._cache[key] = found
            if len(self._cache) > self.keep:
                self._cache.popitem(last=False)
        return found

    def __iter__(self) -> Iterator[str]:
        return (a.id for a in self.store.articles())

    def __len__(self) -> int:
        if self._count is None:
            self._count = self.store.article_count()
        return self._count

    def values(self):  # type: ignore[override] # noqa: ANN201 - only the titles of cached ones
        """The articles read so far (listing all of a huge store would read every article)."""
        return list(self._cache.values())


def day_keys(store: Store, order: str = "happened") -> array[int]:
    """The day ordinal of every event by position, on the chosen axis, from the store's indexed
    columns (no decoding): when it happened, or when it was first reported."""
    ordinals: dict[str, int] = {}
    out = array("q")
    for day in store.reported_days() if order == "reported" else store.days():
        ordinal = ordinals.get(day)
        if ordinal is None:
            ordinal = ordinals[day] = date.fromisoformat(day).toordinal()
        out.append(ordinal)
    return out


def select(
    store: Store, filters: Filters, order: str = "happened", events: Sequence[Event] | None = None
) -> tuple[array[int], str]:
    """Positions passing the filters in display order, by the store's indexes where it has them;
    and a note for the reader. `events` is what the viewer shows for each position (the store, or
    `KnownOn` it during a replay)."""
    positions, note = _passing(store, filters, store if events is None else events)
    if order != "reported":
        return positions, note
    ranked = store.reported_order()
    if len(positions) == len(store):
        return array("q", ranked), note
    keep = set(positions)
    return array("q", (p for p in ranked if p in keep)), note


def _passing(store: Store, filters: Filters, events: Sequence[Event]) -> tuple[array[int], str]:
    from tui.viewmodel import matches

    n = len(store)
    if not filters.active:
        return array("q", range(n)), ""
    candidates: set[int] | None = None

    def narrow(found: Sequence[int]) -> None:
        nonlocal candidates
        candidates = set(found) if candidates is None else candidates & set(found)

    if filters.as_of:
        narrow(store.reported_by(filters.as_of))  # type: ignore[arg-type]
    if filters.text:
        narrow(store.search(filters.text))
    if filters.actor:
        narrow(store.by_actor(filters.actor))
    if filters.start or filters.end:
        from datetime import date as _date

        start = filters.start or _date.min
        end = filters.end or _date.max
        # The store places events by day; a vague span that starts before `start` may still overlap.
        narrow(store.between(start, end))  # type: ignore[arg-type]
    note = ""
    if filters.kind or filters.article:
        pool = sorted(candidates) if candidates is not None else range(n)
        narrow([i for i in pool if matches(events[i], filters)])
        if candidates is None or len(pool) > 50_000:
            note = "kind/source filters read every event of a store: slow on a big one"
    return array("q", sorted(candidates or ())), note
