"""Distances from the date told before ("a year later"), and a name's years that date nothing."""

from __future__ import annotations

import pytest

from core.events import extract
from core.ingest import parse
from core.model import Article, Event


def article(*paragraphs: str) -> Article:
    text = "\n".join(["A profile", "20221006", "https://example.org/p", *paragraphs]) + "\n"
    (art,) = parse(text.encode(), "p.txt")
    return art


def dated(art: Article, words: str) -> Event:
    hits = [e for e in extract(art) if words in e.quote]
    assert len(hits) == 1, [(e.quote, e.when.value) for e in extract(art)]
    return hits[0]


@pytest.mark.parametrize(
    ("before", "sentence", "value", "rule"),
    [
        # a year counted from a year
        (
            "She opened her first bakery in 1998.",
            "One year later she opened a second shop.",
            "1999",
            "offset.later",
        ),
        # a year from a day is a year: "a year later" is never meant to the day
        ("The plant closed on 4 March 2010.", "Two years later the site was sold.", "2012", "offset.later"),
        # days from a day
        (
            "The board met on 3 March 2010.",
            "Three days later the chief executive resigned.",
            "2010-03-06",
            "offset.later",
        ),
        # the tagger itself counts "earlier" back from the date before (its rule "ago")
        ("The strike began on 12 May 2015.", "Ten days earlier the union had warned.", "2015-05-02", "ago"),
        (
            "The strike began on 12 May 2015.",
            "Two weeks before, talks had failed.",
            "2015-W18",
            "offset.earlier",
        ),
        # weeks from a day
        (
            "The bridge reopened on 1 June 2020.",
            "Two weeks later it closed again.",
            "2020-W25",
            "offset.later",
        ),
        # months from a month
        (
            "The mine flooded in March 2009.",
            "Six months later rescuers reached the shaft.",
            "2009-09",
            "offset.later",
        ),
        # "after that" and "before" on their own count from the date before
        (
            "Parliament sat on 2 April 2013.",
            "Two days after that, the bill was signed.",
            "2013-04-04",
            "offset.later",
        ),
        # hours: the same day, as precise as the base
        (
            "The fire started on 9 July 2016.",
            "Just over an hour later the roof fell in.",
            "2016-07-09",
            "offset.later",
        ),
    ],
)
def test_distances_count_from_the_date_told_before(before: str, sentence: str, value: str, rule: str) -> None:
    event = dated(article(before, sentence), sentence[:20])
    assert (event.when.value, event.rule) == (value, rule)
    assert event.timex is not None
    if rule.startswith("offset"):
        assert event.timex.time.type == "DURATION"
        assert "the date told just before" in event.explanation


def test_distances_chain() -> None:
    art = article(
        "He founded the studio in 1986.",
        "A year later it released its first film.",
        "Two years later it was sold.",
    )
    assert dated(art, "first film").when.value == "1987"
    assert dated(art, "was sold").when.value == "1989"


@pytest.mark.parametrize(
    ("before", "sentence"),
    [
        # the anchor is named: "before the vote" counts from the vote, which has no date here
        ("The campaign began on 3 May 2019.", "Five days before the vote, the polls closed."),
        # a duration that is not a distance
        ("The campaign began on 3 May 2019.", "He spent two years on the project."),
        # too vague to place
        ("The campaign began on 3 May 2019.", "A few days later the leader quit."),
        # the date before is too far back (two sentences of other news in between)
        (
            "The campaign began on 3 May 2019.",
            "Rain fell. Crowds left early. Three days later the leader quit.",
        ),
        # nothing told before
        ("The leader spoke at length.", "Three days later the leader quit."),
    ],
)
def test_distances_that_are_not_placed(before: str, sentence: str) -> None:
    events = extract(article(before, sentence))
    assert not any(e.rule.startswith("offset") for e in events), [(e.quote, e.rule) for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        'The museum hung the banner " Ada Lovelace 1815-1852 " at its entrance.',
        "A plaque for Ada Lovelace (1815–1852) was unveiled at its entrance.",
        "A plaque for Ada Lovelace (b. 1815 - 1852) was unveiled at its entrance.",
    ],
)
def test_a_names_years_date_nothing(sentence: str) -> None:
    art = article("The museum reopened on Tuesday after repairs.", sentence)
    event = dated(art, "entrance")
    assert event.when.value == "2022-10-04"  # the story's date, not 1815
    assert not event.rule.startswith("year")


@pytest.mark.parametrize(
    ("sentence", "start", "end", "value"),
    [
        ("The tunnel was dug in 1995-1998 by two crews of miners.", "1995-01-01", "1998-12-31", "1995/1998"),
        (
            "Between 2004 and 2006 the tunnel crews dug the second bore.",
            "2004-01-01",
            "2006-12-31",
            "2004/2006",
        ),
        (
            "From March to May 2010 the tunnel was closed for repairs.",
            "2010-03-01",
            "2010-05-31",
            "2010-03/2010-05",
        ),
    ],
)
def test_a_range_of_dates_is_one_period(sentence: str, start: str, end: str, value: str) -> None:
    event = dated(article(sentence), "tunnel")
    assert (event.when.start.isoformat(), event.when.end.isoformat(), event.when.value) == (start, end, value)
    assert event.when.granularity == "range"


def test_two_years_joined_by_and_are_two_dates() -> None:
    events = [
        e
        for e in extract(article("The club won the league in 2004 and 2008 under the same coach."))
        if "league" in e.quote
    ]
    assert sorted(e.when.value for e in events) == ["2004", "2008"]


@pytest.mark.parametrize(
    ("sentence", "values", "headline"),
    [
        # a list of dates: one event each, the whole list out of every headline
        (
            "The mill made an appearance in March and June to unveil new looms.",
            ["2022-03", "2022-06"],
            "The mill made an appearance to unveil new looms",
        ),
        (
            "The mill was closed in 1994, 1995 and 1997 for repairs.",
            ["1994", "1995", "1997"],
            "The mill was closed for repairs",
        ),
        # a period: one event, the period out of its headline
        ("Between 2004 and 2006 the mill ran at a loss.", ["2004/2006"], "The mill ran at a loss"),
    ],
)
def test_lists_and_periods_leave_the_headline_whole(sentence: str, values: list[str], headline: str) -> None:
    events = [e for e in extract(article(sentence)) if "mill" in e.quote]
    assert sorted(e.when.value for e in events) == sorted(values)
    assert {e.headline for e in events} == {headline}
