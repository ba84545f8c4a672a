"""What the quote pane and the article view say about an event, as plain data."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

import attrs

from core.model import Article, Event, Source, Span
from core.sentences import split


@attrs.frozen
class Context:
    """A source quote in its paragraph: the sentence before, the quote, the sentence after.

    `highlights` are spans inside `quote` (offsets relative to the quote) to emphasise.
    """

    before: str
    quote: str
    after: str
    highlights: tuple[tuple[int, int], ...] = ()


def context(article: Article | None, source: Source, timex_span: Span | None = None) -> Context:
    """The quote of `source` with its neighbouring sentences, and where its time expression is."""
    if article is None or not (0 <= source.start <= source.end <= len(article.text)):
        return Context("", source.quote, "")
    text = article.text
    para = next((p.span for p in article.paragraphs if p.span.start <= source.start < p.span.end), None)
    start, end = (para.start, para.end) if para else (0, len(text))
    sentences = split(text, start, end)
    starts = [s.start for s in sentences]
    i = bisect.bisect_right(starts, source.start) - 1  # sentence holding the quote's start
    j = bisect.bisect_left(starts, source.end)  # first sentence starting after the quote
    before = text[sentences[i].start : source.start] if i >= 0 else ""
    if i >= 1 and not before.strip():
        before = text[sentences[i - 1].start : sentences[i - 1].end]
    after_sentence = sentences[j - 1] if j >= 1 else None
    after = (
        text[source.end : after_sentence.end] if after_sentence and after_sentence.end > source.end else ""
    )
    if not after.strip() and j < len(sentences):
        after = text[sentences[j].start : sentences[j].end]
    quote = text[source.start : source.end]
    highlights: tuple[tuple[int, int], ...] = ()
    if timex_span is not None and source.start <= timex_span.start and timex_span.end <= source.end:
        highlights = ((timex_span.start - source.start, timex_span.end - source.start),)
    return Context(before.strip(), quote, after.strip(), highlights)


def timex_spans(article: Article, events: Sequence[Event]) -> list[Span]:
    """Every time expression in the article: from the tagger when it is there, else from events."""
    spans: set[Span] = set()
    try:
        from core import timex

        tag = timex.tag  # type: ignore[attr-defined]
        spans.update(found.span for found in tag(article.text, article.published))
    except Exception:  # noqa: BLE001, S110 - fall back to the expressions events carry
        pass
    for event in events:
        if event.timex is not None and (said := speaker(event)) is not None and said.article == article.id:
            spans.add(event.timex.span)
    return sorted(spans)


def speaker(event: Event) -> Source | None:
    """The source an entry speaks with, whose article its quote and time expression come from: for a
    merged entry the report that dates it best, which need not be the first one published."""
    timex = event.timex
    for source in event.sources:
        if source.quote == event.quote and (timex is None or source.start <= timex.span.start < source.end):
            return source
    return event.sources[0] if event.sources else None
