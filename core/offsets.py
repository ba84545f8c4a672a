"""Dates told as a distance from the date just before: "In 1984 ... One year later he was fired."

TimeML tags "one year" in "one year later" as a duration (P1Y), which is right for the tagger and
useless for a timeline: the reader places the sentence a year after the date the story told last.
This module does that placing, for the tagger's durations followed by a direction word.

The base is the latest precise date (or an earlier offset, so "a year later ... two years later"
chains) in the same or the previous sentence; further back, a reader no longer knows what the
distance is counted from. The result is no finer than either the base or the unit: a year after
24 Feb 1955 is 1956, not 24 Feb 1956, since "a year later" is never meant to the day.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs
import pendulum

from core import timex as timex_engine
from core.model import TimeType, TimeValue, Timex, When
from core.timex import lexicon
from core.timex.tense import sentence_bounds

DIRECTION = re.compile(
    r"\s*(?:(?P<later>later|afterwards?)|(?P<earlier>earlier|previously)"
    r"|(?P<after>after)(?=\s*(?:that|this)\b|\s*[,.;:])|(?P<before>before)(?=\s*(?:that|this)\b|\s*[,.;:]))\b",
    re.IGNORECASE,
)
"""The word after the duration: "later", "earlier", or "after"/"before" with nothing or "that" after them
("two days before the vote" counts from the vote, not from the date told before it)."""

_AMOUNT = re.compile(r"^P(?P<n>\d+)(?P<unit>[YMWD])$|^PT(?P<hours>\d+)[HM]$")
_UNIT_RANK = {"D": 0, "W": 1, "M": 2, "Y": 3}
_BASE_RANK = {"day": 0, "part-of-day": 0, "time": 0, "week": 1, "month": 2, "year": 3}
_RANK_NAME = ("day", "week", "month", "year")
_UNIT_WORD = {"D": "day", "W": "week", "M": "month", "Y": "year"}
REACH = 1
"""Sentences back that a distance may be counted from: its own and the one before."""


@attrs.frozen
class Offset:
    """A duration placed from the date before it."""

    when: When
    rule: str
    explanation: str


_HABITUAL = re.compile(rf"\b(?:{lexicon.HABITUAL}|tends?\s+to|as\s+a\s+rule)\b[^.!?]*$", re.IGNORECASE)
"""A habitual clause before a distance in its sentence: what usually follows, no date."""


def place(text: str, per_sentence: Sequence[Sequence[Timex]]) -> dict[Timex, Offset]:
    """Every "N units later/earlier" of an article (timexes grouped by sentence, in order), placed."""
    placed: dict[Timex, Offset] = {}
    if not any(
        t.time.type is TimeType.DURATION and (DIRECTION.match(text, t.span.end) or _FROM_A_THING.match(text, t.span.end))
        for ts in per_sentence
        for t in ts
    ):
        return placed  # most articles tell no distance: no dates to work out
    base: tuple[When, int] | None = None
    told: list[Timex] = []
    for index, timexes in enumerate(per_sentence):
        if index:
            # (the dates of the sentences before this one: a thing is counted from where it was told)
            told.extend(t for t in per_sentence[index - 1] if _precise(t) is not None)
        for t in timexes:
            if t.time.type is TimeType.DURATION:
                direction = DIRECTION.match(text, t.span.end)
                thing = _FROM_A_THING.match(text, t.span.end) if direction is None else None
                # (beside a date of the sentence's own, the distance only tells how far apart the two are)
                if thing is not None and not any(_precise(o) is not None for o in timexes):
                    # "two days after the last walkout": counted from the day of the sentence that told the walkout
                    named = _naming(text, told, thing["noun"])
                    if named is not None:
                        found = _shift(named, t, thing, f"the date of the sentence that told the {thing['noun'].lower()}")
                        if found is not None:
                            placed[t] = found
                    continue
                if direction is None or base is None or index - base[1] > REACH:
                    continue
                if _HABITUAL.search(text, max(0, t.span.start - 160), t.span.start):
                    continue  # "symptoms usually appear ..., followed three days later by a rash": a course, not a date
                found = _shift(base[0], t, direction)
                if found is not None:
                    placed[t] = found
                    base = (found.when, index)
                continue
            when = _precise(t)
            if when is not None:
                base = (when, index)
    return placed


_FROM_A_THING = re.compile(
    rf"\s+(?:(?P<after>after)|(?P<before>before))\s+{lexicon.THING}"
    # a thing, not a clause ("after his team was blocked", "before the phone launches")
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:and|or|but|in|on|at|of|for|with|by|to|from)\b)",
    re.IGNORECASE,
)
"""What a distance is counted from when a thing follows "after" or "before" ("two days after the walkout")."""


def _naming(text: str, told: Sequence[Timex], noun: str) -> When | None:
    """The date of the latest sentence told before that names the thing (its noun, or a word it starts)."""
    for t in reversed(told):
        lo, hi = sentence_bounds(text, t.span.start, t.span.end)
        if lexicon.tells(text[lo:hi], noun):
            return _precise(t)
    return None


def _precise(t: Timex) -> When | None:
    """A date a distance can be counted from: a day, week, month or year, not a vague span."""
    if t.time.type not in (TimeType.DATE, TimeType.TIME) or t.time.approx is not None:
        return None
    covered = timex_engine.interval(t.time)
    if covered is None or covered[2] not in _BASE_RANK:
        return None
    start, end, granularity = covered
    return When(start, end, granularity, t.time.value, t.text)


def _shift(base: When, t: Timex, direction: re.Match[str], source: str = "the date told just before") -> Offset | None:
    amount = _AMOUNT.match(t.time.value)
    if amount is None:
        return None  # "a few days later" (PXD) says too little to place
    if amount["hours"]:
        n, unit, rank = (
            0,
            "D",
            _BASE_RANK[base.granularity],
        )  # "hours later": the same day, as precise as the base
    else:
        n, unit = int(amount["n"]), amount["unit"]
        rank = max(_BASE_RANK[base.granularity], _UNIT_RANK[unit])
    sign = -1 if direction.groupdict().get("earlier") or direction["before"] else 1
    moved = _add(base.start, unit, sign * n)
    value = _value(moved, _RANK_NAME[rank])
    covered = timex_engine.interval(TimeValue(TimeType.DATE, value))
    if covered is None:
        return None
    start, end, granularity = covered
    words = f"{t.text}{direction.group(0)}"
    when = When(start, end, granularity, value, words.strip())
    told = base.value if base.text in ("", base.value) else f"{base.value} ('{base.text}')"
    way = "before" if sign < 0 else "after"
    distance = "the same day as" if n == 0 else f"{_length(n, unit)} {way}"
    return Offset(
        when,
        "offset.earlier" if sign < 0 else "offset.later",
        f"'{words.strip()}' → {value}: {distance} {told}, {source}",
    )


def _length(n: int, unit: str) -> str:
    """ "2 weeks", "1 year": a count of a duration's unit ("W", "Y", ...)."""
    return f"{n} {_UNIT_WORD[unit]}{'s' if n != 1 else ''}"


def _add(day: pendulum.Date, unit: str, n: int) -> pendulum.Date:
    match unit:
        case "Y":
            return day.add(years=n)
        case "M":
            return day.add(months=n)
        case "W":
            return day.add(weeks=n)
        case _:
            return day.add(days=n)


def _value(day: pendulum.Date, granularity: str) -> str:
    match granularity:
        case "year":
            return f"{day.year:04d}"
        case "month":
            return f"{day.year:04d}-{day.month:02d}"
        case "week":
            year, week, _ = day.isocalendar()
            return f"{year:04d}-W{week:02d}"
        case _:
            return day.isoformat()


TO_PUBLICATION = "span.to_publication"
FROM_PUBLICATION = "span.from_publication"
_SPAN_SIDE = re.compile(r"(?:the\s+)?(?P<side>past|last|next|coming)\s", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


_WITHIN = re.compile(r"\bwithin\s+(?:the\s+next\s+)?$", re.IGNORECASE)
_AHEAD_WORDS = re.compile(
    r"\b(?:will|would|must|should|shall|has\s+to|have\s+to|is\s+to|are\s+to|expects?\s+to|plans?\s+to|aims?\s+to)\b"
    r"[^.;]*$",
    re.IGNORECASE,
)


def _within_ahead(text: str, start: int) -> bool:
    """ "within" before a duration in a clause that looks ahead (a modal or a plan within 80 characters before)."""
    lo = start - 8 if start > 8 else 0
    if "within" not in text[lo:start]:
        return False
    return _WITHIN.search(text, lo, start) is not None and (
        _AHEAD_WORDS.search(text, start - 80 if start > 80 else 0, start) is not None
    )


def span_from_publication(text: str, t: Timex, published: pendulum.Date) -> Offset | None:
    """ "over the past 18 months", "in the next two years": the stretch from publication back or forward
    (TimeML tags it as a duration, P18M; a timeline shows the months it covers). Not "the last two years
    of the war", which are another thing's."""
    if t.time.type is TimeType.DATE:
        return _the_unit_from_publication(text, t, published)
    if t.time.type is not TimeType.DURATION:
        return None
    side = _SPAN_SIDE.match(t.text)
    # "must comply within 90 days", "will decide within two weeks": the stretch from publication
    within = side is None and _within_ahead(text, t.span.start)
    amount = _AMOUNT.match(t.time.value)
    if (side is None and not within) or amount is None or amount["hours"] or _OF_AFTER.match(text, t.span.end):
        return None
    ahead = within or side["side"].lower() in ("next", "coming")
    return _stretch(t, published, int(amount["n"]), amount["unit"], ahead, t.time.value)


def _stretch(t: Timex, published: pendulum.Date, n: int, unit: str, ahead: bool, value: str) -> Offset:
    """The `n` units after publication (`ahead`) or up to it that `t` tells, as a range with `value`."""
    other = _add(published, unit, n if ahead else -n)
    start, end = (published, other) if ahead else (other, published)
    way = "after" if ahead else "up to"
    return Offset(
        When(start, end, "range", value, t.text),
        FROM_PUBLICATION if ahead else TO_PUBLICATION,
        f"'{t.text}' → {start.isoformat()} to {end.isoformat()}: the {_length(n, unit)} {way} publication",
    )


_THE_UNIT = re.compile(r"the\s+(?P<side>next|coming|past|last)\s+(?P<unit>week|fortnight|month|year)", re.IGNORECASE)
_OVER_BEFORE = re.compile(r"\b(?:over|during|throughout|within|in)\s+$", re.IGNORECASE)
_UNIT_OF_WORD = {"week": (1, "W"), "fortnight": (2, "W"), "month": (1, "M"), "year": (1, "Y")}


def _the_unit_from_publication(text: str, t: Timex, published: pendulum.Date) -> Offset | None:
    """ "three walkouts over the next month", "prices rose in the past week": the stretch of one unit from
    publication (not "next month", the calendar month after it)."""
    unit_match = _THE_UNIT.fullmatch(t.text)
    if (
        unit_match is None
        or not _OVER_BEFORE.search(text, max(0, t.span.start - 12), t.span.start)
        or _OF_AFTER.match(text, t.span.end)  # "during the last week of May": May's
    ):
        return None
    n, unit = _UNIT_OF_WORD[unit_match["unit"].lower()]
    return _stretch(t, published, n, unit, unit_match["side"].lower() in ("next", "coming"), f"P{n}{unit}")


PERIOD_ENDING = "span.ending"
_BARE_UNIT = {"the week": (1, "W"), "the fortnight": (2, "W"), "the month": (1, "M"), "the year": (1, "Y")}
"""A period named by its unit alone, whose end a date after it may name ("in the week to Sunday")."""
_ENDS_AT = re.compile(r"\s+(?:to|ended|ending|through|that ended)\s+", re.IGNORECASE)
_ENDED = re.compile(r"\s+(?:ended|ending|that ended)\s+", re.IGNORECASE)


PERIOD_PART = "span.part"
_PART_OF = re.compile(r"\s+of\s+", re.IGNORECASE)
_FIRST_OR_LAST = re.compile(r"(?:the\s+)?(?:(?P<first>first|opening)|last|final|closing)\s", re.IGNORECASE)


def ends_at(text: str, t: Timex, following: Timex) -> bool:
    """ "the three months to March 31", "the quarter ended Sept. 30": a duration whose end the next
    expression names; or one whose whole it names, "the first nine months of 2008"."""
    if t.time.type is TimeType.DATE:
        # "the quarter ended Sept. 30": the day names the end of the period the text already names; "the week to
        # Sunday": the week that ends then
        if bare_unit(t):
            return _ENDS_AT.fullmatch(text, t.span.end, following.span.start) is not None
        return _ENDED.fullmatch(text, t.span.end, following.span.start) is not None
    if t.time.type is not TimeType.DURATION:
        return False
    if _ENDS_AT.fullmatch(text, t.span.end, following.span.start) is not None:
        return True
    return _PART_OF.fullmatch(text, t.span.end, following.span.start) is not None and (
        _FIRST_OR_LAST.match(t.text) is not None and _span_within(text, t, following) is not None
    )


def _span_within(text: str, t: Timex, whole: Timex) -> Offset | None:
    """The stretch "the first nine months of 2008" or "the last three months of the year" covers: TimeML
    tags a duration and a year, and a reader sees the months from the year's start, or up to its end."""
    amount = _AMOUNT.match(t.time.value)
    which = _FIRST_OR_LAST.match(t.text)
    covered = timex_engine.interval(whole.time)
    if amount is None or amount["hours"] or which is None or covered is None or covered[2] in ("day", "range"):
        return None
    n, unit = int(amount["n"]), amount["unit"]
    if which["first"]:
        first = covered[0]
        last = _add(first, unit, n).subtract(days=1)
    else:
        last = covered[1]
        first = _add(last, unit, -n).add(days=1)
    if first < covered[0] or last > covered[1] or (first, last) == (covered[0], covered[1]):
        return None  # "the first 18 months of 2008" is no part of it
    words = text[t.span.start : whole.span.end]
    when = When(first, last, "range", f"{t.time.value}/{whole.time.value}", words)
    part = "first" if which["first"] else "last"
    return Offset(
        when,
        PERIOD_PART,
        f"'{words}' → {first.isoformat()} to {last.isoformat()}: the {part} {_length(n, unit)} of {whole.time.value}",
    )


def bare_unit(t: Timex) -> bool:
    """Whether the expression names a period by its unit alone ("the week"), so a date after it may end it."""
    return t.text.lower() in _BARE_UNIT


def span_ending(text: str, t: Timex, end: Timex) -> Offset | None:
    """The stretch a duration covers up to the day or month named after it: "in the three months to March
    31" is 1 January to 31 March (ISO 8601 writes it P3M/2024-03-31)."""
    if _PART_OF.fullmatch(text, t.span.end, end.span.start):
        return _span_within(text, t, end)
    bare = _BARE_UNIT.get(t.text.lower())
    amount = _AMOUNT.match(t.time.value)
    covered = timex_engine.interval(end.time)
    if (bare is None and (amount is None or amount["hours"])) or covered is None or covered[2] not in ("day", "month"):
        return None
    n, unit = bare if bare is not None else (int(amount["n"]), amount["unit"])  # type: ignore[index]
    last = covered[1]
    first = _add(last, unit, -n).add(days=1)
    words = text[t.span.start : end.span.end]
    length_value = f"P{n}{unit}" if bare is not None else t.time.value
    when = When(first, last, "range", f"{length_value}/{end.time.value}", words)
    length = _length(n, unit)
    return Offset(
        when,
        PERIOD_ENDING,
        f"'{words}' → {first.isoformat()} to {last.isoformat()}: the {length} up to {last.isoformat()}",
    )
