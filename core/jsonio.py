"""All JSON in and out of `core`: the `timeline extract` schema (version 1) and its codec.

Dates are ISO strings; enums are their values; keys are stable so output diffs cleanly.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import itertools
from collections.abc import Iterator
from typing import Any

import orjson
import pendulum

from core.model import Article, Event, Kind, Problem, Source, Span, Timeline, TimeType, TimeValue, Timex, When

SCHEMA_VERSION = 1


def when_to_dict(when: When) -> dict[str, Any]:
    return {
        "start": _iso(when.start),
        "end": _iso(when.end),
        "granularity": when.granularity,
        "value": when.value,
        "text": when.text,
        "vague": when.vague,
    }


def when_from_dict(data: dict[str, Any]) -> When:
    return When(
        start=_date(data["start"]),
        end=_date(data["end"]),
        granularity=data["granularity"],
        value=data["value"],
        text=data.get("text", ""),
        vague=bool(data.get("vague", False)),
    )


def timex_to_dict(timex: Timex) -> dict[str, Any]:
    time = timex.time
    return {
        "start": timex.span.start,
        "end": timex.span.end,
        "text": timex.text,
        "type": time.type,
        "value": time.value,
        "mod": time.mod,
        "approx": (_iso(approx[0]), _iso(approx[1])) if (approx := time.approx) else None,
        "rule": timex.rule,
        "why": timex.why,
        "anchor": timex.anchor,
    }


def timex_from_dict(data: dict[str, Any]) -> Timex:
    approx = data.get("approx")
    return Timex(
        span=Span(data["start"], data["end"]),
        text=data["text"],
        time=TimeValue(
            TimeType(data["type"]),
            data["value"],
            data.get("mod"),
            (_date(approx[0]), _date(approx[1])) if approx else None,
        ),
        rule=data["rule"],
        why=data["why"],
        anchor=data.get("anchor", "publication"),
    )


def source_to_dict(source: Source) -> dict[str, Any]:
    return _source_dict(source, None, None)


def _source_dict(source: Source, known: When | None, known_dict: dict[str, Any] | None) -> dict[str, Any]:
    """`known_dict` is `known` already written out: a source of a single report shares its event's
    When, and writing it once saves a dict and its two dates for most events of a timeline."""
    when = source.when
    return {
        "article": source.article,
        "path": source.path,
        "line": source.line,
        "start": source.start,
        "end": source.end,
        "quote": source.quote,
        "published": _iso(source.published),
        "when": known_dict if when is known else when_to_dict(when) if when else None,
    }


def source_from_dict(data: dict[str, Any]) -> Source:
    return Source(
        article=data["article"],
        path=data["path"],
        line=data["line"],
        start=data["start"],
        end=data["end"],
        quote=data["quote"],
        published=_date(data["published"]),
        when=when_from_dict(data["when"]) if data.get("when") else None,
    )


def event_to_dict(event: Event) -> dict[str, Any]:
    # Enums and tuples go to orjson as they are: it writes an enum as its value and a tuple as an
    # array, with no str() or list() made for it per event.
    when = event.when
    when_dict = when_to_dict(when)
    timex = event.timex
    return {
        "id": event.id,
        "when": when_dict,
        "kind": event.kind,
        "headline": event.headline,
        "quote": event.quote,
        "sources": [_source_dict(s, when, when_dict) for s in event.sources],
        "rule": event.rule,
        "explanation": event.explanation,
        "confidence": event.confidence,
        "timex": timex_to_dict(timex) if timex else None,
        "actors": event.actors,
        "disputed": event.disputed,
        "seq": event.seq,
    }


def event_from_dict(data: dict[str, Any]) -> Event:
    return Event(
        id=data["id"],
        when=when_from_dict(data["when"]),
        kind=Kind(data["kind"]),
        headline=data["headline"],
        quote=data["quote"],
        sources=tuple(source_from_dict(s) for s in data["sources"]),
        rule=data["rule"],
        explanation=data["explanation"],
        confidence=float(data["confidence"]),
        timex=timex_from_dict(data["timex"]) if data.get("timex") else None,
        actors=tuple(data.get("actors", ())),
        disputed=bool(data.get("disputed", False)),
        seq=int(data.get("seq", 0)),
    )


def article_to_dict(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "published": _iso(article.published),
        "url": article.url,
    }


def problem_to_dict(problem: Problem) -> dict[str, Any]:
    return {"path": problem.path, "reason": problem.reason}


def timeline_to_dict(timeline: Timeline) -> dict[str, Any]:
    return {
        "version": SCHEMA_VERSION,
        "articles": [article_to_dict(a) for a in timeline.articles],
        "events": [event_to_dict(e) for e in timeline.events],
        "problems": [problem_to_dict(p) for p in timeline.problems],
    }


def dumps_timeline(timeline: Timeline, fmt: str = "json") -> bytes:
    """`json`: one indented document. `jsonl`: one record a line, each with a "type" and the version."""
    if fmt not in ("json", "jsonl"):
        msg = f"unknown format {fmt!r}"
        raise ValueError(msg)
    # The dictionaries are made, written and freed with the collector paused: back on while they
    # lived, it would walk them all at the next allocation (tens of thousands, all new).
    with _collector_paused():
        return _encoded(timeline, fmt)


def _encoded(timeline: Timeline, fmt: str) -> bytes:
    if fmt == "json":
        return orjson.dumps(timeline_to_dict(timeline), option=orjson.OPT_INDENT_2) + b"\n"
    # (each record written as it is made, and freed before the next is: a few dicts alive at a time)
    records = itertools.chain(
        ({"type": "article", "version": SCHEMA_VERSION, **article_to_dict(a)} for a in timeline.articles),
        ({"type": "event", "version": SCHEMA_VERSION, **event_to_dict(e)} for e in timeline.events),
        ({"type": "problem", "version": SCHEMA_VERSION, **problem_to_dict(p)} for p in timeline.problems),
    )
    return b"".join(orjson.dumps(record) + b"\n" for record in records)


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a timeline becomes dictionaries.

    A timeline of thousands of events makes tens of thousands of dicts and lists; each few hundred
    new containers start a collection, and the older ones walk every object alive, events included,
    which took as long as building the dicts. The dicts hold no cycles, so nothing is lost."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def dumps(obj: Any) -> bytes:
    return orjson.dumps(obj)


def loads(data: bytes | str) -> Any:
    return orjson.loads(data)


@functools.lru_cache(maxsize=1 << 14)
def _iso(day: pendulum.Date) -> str:
    """ "2022-02-08". A timeline names the same few hundred days over and over (every event has a
    start, an end and its article's publication), and looking one up takes a third of the time of
    formatting it again (pendulum's dates format no faster than the standard library's)."""
    return day.isoformat()


def _date(raw: str) -> pendulum.Date:
    return pendulum.Date.fromisoformat(raw[:10])
