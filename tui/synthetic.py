"""Made-up timelines of any size, for tests and benchmarks of the viewer (not for readers)."""

from __future__ import annotations

from pathlib import Path

import attrs
import pendulum

from core.ingest import load
from core.model import (
    Article,
    Event,
    Kind,
    Paragraph,
    Source,
    Span,
    Timeline,
    TimeType,
    TimeValue,
    Timex,
    When,
)
from tui.bundled import seeds_dir

D = pendulum.date

_VERBS = ("met", "signed", "visited", "warned", "announced", "rejected", "agreed", "called")
_WHO = ("Macron", "Putin", "Scholz", "NATO", "Kremlin", "Zelenskyy", "Biden", "Peskov")


def timeline(n: int, articles: int = 10, start: pendulum.Date | None = None, per_day: int = 7) -> Timeline:
    """`n` events over `articles` articles, `per_day` events a day from `start`, all kinds mixed."""
    start = start or pendulum.date(2022, 1, 3)
    arts = []
    for a in range(articles):
        text = (
            f"Article {a}\n20220208\nhttps://example.org/{a}\nBody of article {a}. It said things on Monday."
        )
        arts.append(
            Article(
                id=f"a{a:05d}",
                path=f"synthetic/{a:05d}.txt",
                title=f"Synthetic report {a}",
                published=start.add(days=min(n // per_day, 10_000) + a % 3),
                url=f"https://example.org/{a}",
                text=text,
                paragraphs=(Paragraph(Span(0, 11), 1, True), Paragraph(Span(46, len(text)), 4)),
            )
        )
    whens: dict[int, When] = {}
    kinds = (Kind.OCCURRED, Kind.OCCURRED, Kind.OCCURRED, Kind.PLANNED, Kind.ONGOING)
    events = []
    for i in range(n):
        offset = i // per_day
        when = whens.get(offset)
        if when is None:
            d = start.add(days=offset)
            when = whens[offset] = When(d, d, "day", d.isoformat(), "on Monday")
        article = arts[i % articles]
        who, verb = _WHO[i % len(_WHO)], _VERBS[(i // 3) % len(_VERBS)]
        quote = f"{who} {verb} the others on Monday, number {i}."
        source = Source(article.id, article.path, 4, 47, 76, quote, article.published)
        events.append(
            Event(
                id=f"e{i:07d}",
                when=when,
                kind=kinds[i % len(kinds)],
                headline=f"{who} {verb} ({i})",
                quote=quote,
                sources=(source,),
                rule="weekday-past",
                explanation="synthetic",
                confidence=0.9,
                actors=(who,),
                seq=i,
            )
        )
    return Timeline(tuple(arts), tuple(events), ())


def seed_story() -> Timeline:
    """Five events over the bundled article, with real quotes and offsets, independent of the extractor."""
    articles, _ = load([str(seeds_dir())])
    article = attrs.evolve(articles[0], path=f"seeds/{Path(articles[0].path).name}")  # same on every machine
    text = article.text

    def event(
        i: int, phrase: str, timex: str, start: pendulum.Date, end: pendulum.Date, **kw: object
    ) -> Event:
        at = text.index(phrase)
        quote = phrase
        t_at = text.index(timex, at)
        when = When(
            start,
            end,
            str(kw.pop("granularity", "day")),
            start.isoformat(),
            timex,
            bool(kw.pop("vague", False)),
        )
        source = Source(article.id, article.path, 4, at, at + len(phrase), quote, article.published, when)
        tx = Timex(
            Span(t_at, t_at + len(timex)),
            timex,
            TimeValue(TimeType.DATE, start.isoformat()),
            "test-rule",
            "test",
        )
        return Event(
            f"e{i}",
            when,
            kw.pop("kind", Kind.OCCURRED),  # type: ignore[arg-type]
            str(kw.pop("headline")),
            quote,
            (source,),
            "test-rule",
            str(kw.pop("why", "resolved against the publication date")),
            0.9,
            tx,
            tuple(kw.pop("actors", ())),  # type: ignore[arg-type]
        )

    events = (
        event(
            0,
            "Western leaders in recent weeks have engaged in high-level diplomacy",
            "in recent weeks",
            D(2022, 1, 11),
            D(2022, 2, 8),
            headline="Western leaders engaged in high-level diplomacy",
            vague=True,
            granularity="range",
            kind=Kind.ONGOING,
            actors=("Western leaders",),
        ),
        event(
            1,
            "Putin had made the pledge of de-escalation during long talks in Moscow on Monday evening",
            "Monday evening",
            D(2022, 2, 7),
            D(2022, 2, 7),
            headline="Putin made the pledge during talks in Moscow",
            actors=("Putin", "Moscow", "Macron"),
            why="Monday before the publication date (Tue 8 Feb 2022)",
        ),
        event(
            2,
            "diplomatic efforts to defuse the tensions around Ukraine continued on Tuesday",
            "on Tuesday",
            D(2022, 2, 8),
            D(2022, 2, 8),
            headline="Diplomatic efforts continued; Macron reached Kyiv",
            actors=("Ukraine", "Macron"),
        ),
        event(
            3,
            "the Kremlin said on Tuesday that President Vladimir Putin has not promised Emmanuel Macron",
            "on Tuesday",
            D(2022, 2, 8),
            D(2022, 2, 8),
            headline="Kremlin said Putin has not promised Macron",
            actors=("Kremlin", "Putin", "Macron"),
        ),
        event(
            4,
            "will be pulled back once those war games are over on 20 February",
            "20 February",
            D(2022, 2, 20),
            D(2022, 2, 20),
            headline="Troops pulled back once war games are over",
            kind=Kind.PLANNED,
            actors=("Belarus",),
        ),
    )
    return Timeline((article,), events, ())
