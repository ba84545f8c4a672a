"""The whole way from paths to a Timeline: read, extract per article (in parallel, cached), merge, order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pendulum

from core import events as event_extractor
from core.entities import actors
from core.ingest import load
from core.merge import merge
from core.model import Article, Event, Problem, Timeline
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


def extract(
    paths: Sequence[str],
    published: pendulum.Date | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    stdin: bytes | None = None,
) -> Timeline:
    """Read every article under `paths` and return the ordered timeline; unreadable inputs become problems."""
    loaded, problems = load(paths, published, stdin)
    articles = unique(loaded, problems)
    results = extract_all(articles, _extract_quietly, jobs, progress)
    failed = _failures(articles, results)
    problems.extend(failed.values())
    kept = [a for i, a in enumerate(articles) if i not in failed]
    per_article = [r for i, r in enumerate(results) if i not in failed]
    return build(kept, per_article, problems)
