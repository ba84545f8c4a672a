"""What the quote pane says about an event: evidence, dates, the reason for the date (Rich renderables)."""

from __future__ import annotations

import os
from collections.abc import Mapping

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from core.axes import first_reported, lag_text
from core.model import Article, Event, Kind
from tui.detail import Context, context, speaker
from tui.viewmodel import day_label, when_text

TIMEX = "bold reverse"
DIM = "dim"
LABEL = "bold"


def shown_path(path: str) -> str:
    """A path as short as it can be said: relative to the working directory when under it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive, or "-"
        return path
    return path if relative.startswith("..") else relative


def quote_text(ctx: Context, query: str = "") -> Text:
    """Before (dim), quote (time expression reversed, search hits underlined), after (dim)."""
    text = Text()
    if ctx.before:
        text.append(ctx.before + " ", DIM)
    start = len(text)
    text.append(ctx.quote, "italic")
    for lo, hi in ctx.highlights:
        text.stylize(TIMEX, start + lo, start + hi)
    if query:
        text.highlight_words([query], "underline bold", case_sensitive=False)
    if ctx.after:
        glue = "" if ctx.after[:1] in ".,;:!?)]\u201d\u2019\"'" else " "
        text.append(glue + ctx.after, DIM)
    return text


def describe(event: Event, articles: Mapping[str, Article], query: str = "") -> RenderableType:
    """Everything the pane shows for one event."""
    kind = event.kind
    head = Text()
    head.append(when_text(event.when), "bold")
    head.append(f"  {kind.value}", "bold italic" if kind is not Kind.OCCURRED else "")
    n = len(event.sources)
    head.append(f"  {n} source{'s' if n != 1 else ''}")
    if event.disputed:
        head.append("  DISPUTED: the sources disagree on the date", "bold reverse")
    parts: list[RenderableType] = [head, Text(event.headline, "bold")]
    first = speaker(event)
    if event.disputed and len(event.sources) > 1:
        parts.append(_side_by_side(event, articles, query))
    elif first is not None:
        ctx = context(articles.get(first.article), first, event.timex.span if event.timex else None)
        parts.append(Text())
        parts.append(quote_text(ctx, query))
    else:
        parts.append(Text(event.quote, "italic"))
    why = Text()
    why.append("\nWhy this date: ", LABEL)
    why.append(event.explanation or "—")
    why.append(f"\nRule: {event.rule}", DIM)
    if event.timex is not None:
        why.append(f" · “{event.timex.text}” → {event.timex.time.value}", DIM)
    why.append(f" · confidence {event.confidence:.2f}", DIM)
    parts.append(why)
    if first is not None:
        parts.append(
            Text(
                f"First reported {day_label(first_reported(event).toordinal())} ({lag_text(event)})",
                DIM,
            )
        )
    if event.actors:
        parts.append(Text(f"Actors: {', '.join(event.actors)}", DIM))
    for source in event.sources:
        article = articles.get(source.article)
        src = Text("\n")
        src.append("Source: ", LABEL)
        src.append(article.title if article else source.path)
        src.append(f"\nPublished {day_label(source.published.toordinal())}", DIM)
        if article is not None and article.url:
            src.append(f"\n{article.url}", "underline")
        src.append(f"\n{shown_path(source.path)}:{source.line}", DIM)
        if len(event.sources) > 1 and not event.disputed:
            src.append("\n")
            src.append(quote_text(context(article, source)))
        parts.append(src)
    return Group(*parts)


def _side_by_side(event: Event, articles: Mapping[str, Article], query: str) -> Table:
    """One column per source: its own dating, its article, its quote."""
    table = Table(expand=True, show_header=False, box=None, padding=(0, 1))
    for _ in event.sources:
        table.add_column(ratio=1, vertical="top")
    table.add_row(*(Text(when_text(s.when) if s.when else "—", "bold reverse") for s in event.sources))
    table.add_row(
        *(Text(a.title if (a := articles.get(s.article)) else s.path, "bold") for s in event.sources)
    )
    table.add_row(*(quote_text(context(articles.get(s.article), s), query) for s in event.sources))
    return table
