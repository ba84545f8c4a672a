"""Made-up timelines of any size, for tests and benchmarks of the viewer (not for readers)."""

from __future__ import annotations

import pendulum

from core.model import Article, Event, Kind, Paragraph, Source, Span, Timeline, When

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
