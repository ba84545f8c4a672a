"""The whole way from paths to a Timeline: read, extract per article, merge, order."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pendulum

from core import events as event_extractor
from core.ingest import load
from core.model import Article, Event, Problem, Timeline
from core.order import order

Progress = Callable[[int, int], None]


def extract_article(article: Article) -> tuple[Event, ...]:
    """Events of one article, in article order. Pure; safe to run in a worker process."""
    return event_extractor.extract(article)


def build(articles: Sequence[Article], per_article: Sequence[Sequence[Event]], problems: Sequence[Problem]) -> Timeline:
    """Order the events of several articles into one timeline."""
    flat = [e for events in per_article for e in events]
    return Timeline(tuple(articles), tuple(order(flat)), tuple(problems))


def extract(
    paths: Sequence[str],
    published: pendulum.Date | None = None,
    jobs: int | None = None,
    progress: Progress | None = None,
    stdin: bytes | None = None,
) -> Timeline:
    """Read every article under `paths` and return the ordered timeline; unreadable inputs become problems."""
    del jobs  # one process until the parallel runner lands
    articles, problems = load(paths, published, stdin)
    unique: list[Article] = []
    seen: dict[str, str] = {}
    for article in articles:
        if article.id in seen:
            problems.append(Problem(article.path, f"same text as {seen[article.id]}; read once"))
            continue
        seen[article.id] = article.path
        unique.append(article)
    per_article: list[tuple[Event, ...]] = []
    kept: list[Article] = []
    for done, article in enumerate(unique, 1):
        try:
            per_article.append(extract_article(article))
            kept.append(article)
        except Exception as err:  # noqa: BLE001 - one bad article must never stop the others
            problems.append(Problem(article.path, f"could not extract events ({type(err).__name__}: {err})"))
        if progress:
            progress(done, len(unique))
    return build(kept, per_article, problems)
