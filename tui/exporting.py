"""Writing what the reader sees (or has marked) to a file, through `core.export` when it is there."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

from core.model import Event, Timeline

FORMATS = ("markdown", "json", "jsonl", "timelinejs", "ics")
SUFFIXES = {"markdown": ".md", "json": ".json", "jsonl": ".jsonl", "timelinejs": ".json", "ics": ".ics"}


def subset(timeline: Timeline, events: Sequence[Event]) -> Timeline:
    """The same collection narrowed to `events` (and the articles they cite)."""
    cited = {s.article for e in events for s in e.sources}
    articles = tuple(a for a in timeline.articles if a.id in cited)
    return attrs.evolve(timeline, articles=articles, events=tuple(events))


def render(timeline: Timeline, fmt: str) -> bytes:
    """The timeline in `fmt` (json, jsonl, timelinejs, ics, markdown), by `core.export`."""
    from core.export import render as core_render

    return core_render(timeline, fmt)


def write(timeline: Timeline, events: Sequence[Event], fmt: str, path: Path) -> Path:
    """Export `events` of `timeline` as `fmt` to `path`; returns the path written."""
    data = render(subset(timeline, events), fmt)
    path.write_bytes(data)
    return path
