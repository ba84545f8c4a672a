"""Writing what the reader sees (or has marked) to a file, through `core.export` when it is there."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import attrs

from core.model import Event, Timeline
from tui.viewmodel import when_text

FORMATS = ("markdown", "json", "jsonl", "timelinejs", "ics")
SUFFIXES = {"markdown": ".md", "json": ".json", "jsonl": ".jsonl", "timelinejs": ".json", "ics": ".ics"}


def subset(timeline: Timeline, events: Sequence[Event]) -> Timeline:
    """The same collection narrowed to `events` (and the articles they cite)."""
    cited = {s.article for e in events for s in e.sources}
    articles = tuple(a for a in timeline.articles if a.id in cited)
    return attrs.evolve(timeline, articles=articles, events=tuple(events))


def render(timeline: Timeline, fmt: str) -> bytes:
    """`core.export.render` if the exporter knows the format; otherwise our own Markdown or JSON."""
    try:
        from core import export
    except ImportError:
        export = None  # type: ignore[assignment]
    if export is not None and hasattr(export, "render"):
        return export.render(timeline, fmt)
    if fmt == "markdown":
        return markdown(timeline).encode()
    from core.jsonio import dumps_timeline

    return dumps_timeline(timeline, "jsonl" if fmt == "jsonl" else "json")


def markdown(timeline: Timeline, title: str = "Timeline") -> str:
    """A readable chronology: one section per event with its date, quote(s) and links."""
    urls = {a.id: a for a in timeline.articles}
    lines = [f"# {title}", ""]
    for event in timeline.events:
        lines.append(f"## {when_text(event.when)} — {event.headline}")
        lines.append("")
        if event.kind.value != "occurred":
            lines.append(f"*{event.kind.value}*")
            lines.append("")
        for source in event.sources or ():
            article = urls.get(source.article)
            lines.append(f"> {source.quote}")
            if article is not None:
                lines.append(f"> — [{article.title}]({article.url}), {article.published.isoformat()}")
            lines.append("")
        lines.append(f"Why this date: {event.explanation}")
        lines.append("")
    return "\n".join(lines)


def write(timeline: Timeline, events: Sequence[Event], fmt: str, path: Path) -> Path:
    """Export `events` of `timeline` as `fmt` to `path`; returns the path written."""
    data = render(subset(timeline, events), fmt)
    path.write_bytes(data)
    return path
