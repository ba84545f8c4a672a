"""Builders for the merge/export/store/cache tests: small Articles and Events from our own sentences."""

from __future__ import annotations

import hashlib

import pendulum

from core.ingest import parse
from core.model import Article, Event, Kind, Source, Timeline, When


def day(text: str) -> pendulum.Date:
    return pendulum.Date.fromisoformat(text)


def when(start: str, end: str | None = None, granularity: str = "day", text: str = "on Monday") -> When:
    return When(day(start), day(end or start), granularity, start if end is None else f"{start}/{end}", text)


def article(title: str, published: str, body: list[str], url: str = "https://news.example/a") -> Article:
    raw = "\n".join([title, published.replace("-", ""), url, *body]) + "\n"
    name = hashlib.sha1(raw.encode()).hexdigest()[:6]
    return parse(raw.encode(), f"stories/{name}.txt")[0]


def event(
    quote: str,
    date: str,
    *,
    article_id: str = "a1",
    path: str = "stories/a1.txt",
    line: int = 4,
    published: str | None = None,
    end: str | None = None,
    granularity: str = "day",
    date_text: str = "on Monday",
    actors: tuple[str, ...] = (),
    kind: Kind = Kind.OCCURRED,
    headline: str | None = None,
    seq: int = 0,
) -> Event:
    w = when(date, end, granularity, date_text)
    source = Source(
        article=article_id,
        path=path,
        line=line,
        start=0,
        end=len(quote),
        quote=quote,
        published=day(published or date),
        when=w,
    )
    digest = hashlib.blake2b(f"{article_id}:{line}:{quote}".encode(), digest_size=6).hexdigest()
    return Event(
        id=digest,
        when=w,
        kind=kind,
        headline=headline or quote.rstrip("."),
        quote=quote,
        sources=(source,),
        rule="test",
        explanation="written for a test",
        confidence=0.9,
        actors=actors,
        seq=seq,
    )


def timeline(*events: Event, articles: tuple[Article, ...] = ()) -> Timeline:
    return Timeline(articles=articles, events=tuple(events))
