"""The whole way from paths to a Timeline: read, extract per article (in parallel, cached), merge, order."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence

import pendulum

from core import events as event_extractor
from core.entities import actors
from core.ingest import load
from core.merge import merge
from core.model import Article, Event, Problem, Timeline
from core.order import order
from core.parallel import extract_all

Progress = Callable[[int, int], None]


def extract_article(article: Article) -> tuple[Event, ...]:
    """Events of one article, in article order. Pure; runs in worker processes."""
    return event_extractor.extract(article, actors=actors)


def _extract_quietly(article: Article) -> tuple[Event, ...]:
    # A worker must not take its whole chunk down with one bad article; the failure is
    # reproduced in-process afterwards to report it (see `_failures`).
    try:
        return extract_article(article)
    except Exception:  # noqa: BLE001
        return ()


def _failures(articles: Sequence[Article], results: Sequence[tuple[Event, ...]]) -> dict[int, Problem]:
    problems: dict[int, Problem] = {}
    for i, (article, events) in enumerate(zip(articles, results, strict=True)):
        if events:
            continue
        try:
            extract_article(article)
        except Exception as err:  # noqa: BLE001 - one bad article must never stop the others
            problems[i] = Problem(article.path, f"could not extract events ({type(err).__name__}: {err})")
    return problems


def build(articles: Sequence[Article], per_article: Sequence[Sequence[Event]], problems: Sequence[Problem]) -> Timeline:
    """One timeline from several articles: reports of the same happening merged, then time order."""
    flat = [e for events in per_article for e in events]
    return Timeline(tuple(articles), tuple(merge(flat)), tuple(problems))


def unique(articles: Sequence[Article], problems: list[Problem]) -> list[Article]:
    """Each text once: the same article given twice (or copied) would double every event."""
    kept: list[Article] = []
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            problems.append(Problem(article.path, f"same text as {seen[article.id]}; read once"))
            continue
        seen[article.id] = article.path
        kept.append(article)
    return kept


PARTIAL_EVERY = 0.5
"""Seconds between two looks at what is read so far (`extract(partial=...)`); more when building one
takes long, so a huge collection is not sorted over and over."""


class _SoFar:
    """Collects each article's events as they arrive and now and then hands `partial` the timeline so
    far: the articles read, their events in time order, not yet merged (merging waits for all)."""

    def __init__(self, articles: Sequence[Article], partial: Callable[[Timeline], None]) -> None:
        self.articles = articles
        self.partial = partial
        self.got: dict[int, tuple[Event, ...]] = {}
        self.last = time.monotonic()
        self.cost = 0.0

    def __call__(self, index: int, events: tuple[Event, ...]) -> None:
        self.got[index] = events
        now = time.monotonic()
        if len(self.got) == len(self.articles) or now - self.last < max(PARTIAL_EVERY, 4 * self.cost):
            return  # the whole timeline follows at once
        done = sorted(self.got)
        timeline = Timeline(
            tuple(self.articles[i] for i in done), tuple(order([e for i in done for e in self.got[i]])), ()
        )
        self.partial(timeline)
        self.last = time.monotonic()
        self.cost = self.last - now


def extract(
    paths: Sequence[str],
    published: pendulum.Date | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    stdin: bytes | None = None,
    partial: Callable[[Timeline], None] | None = None,
    cancel: threading.Event | None = None,
) -> Timeline:
    """Read every article under `paths` and return the ordered timeline; unreadable inputs become problems.

    `partial(timeline)`, if given, is called now and then while articles are read, with those read so
    far (unmerged); the viewer shows them as they come. Setting `cancel` stops the reading: the
    timeline then holds the articles read by then, and a problem says how many were left."""
    loaded, problems = load(paths, published, stdin)
    articles = unique(loaded, problems)
    so_far = _SoFar(articles, partial) if partial else None
    read: set[int] = set()

    def on_result(index: int, events: tuple[Event, ...]) -> None:
        read.add(index)
        if so_far is not None:
            so_far(index, events)

    results = extract_all(articles, _extract_quietly, jobs, progress, on_result=on_result, cancel=cancel)
    if cancel is not None and cancel.is_set() and len(read) < len(articles):
        left = len(articles) - len(read)
        problems.append(Problem(", ".join(paths), f"stopped by the reader: {left} of {len(articles)} articles not read"))
        articles = [a for i, a in enumerate(articles) if i in read]
        results = [r for i, r in enumerate(results) if i in read]
    failed = _failures(articles, results)
    problems.extend(failed.values())
    kept = [a for i, a in enumerate(articles) if i not in failed]
    per_article = [r for i, r in enumerate(results) if i not in failed]
    return build(kept, per_article, problems)
