"""Normalisers for calendar names: dates, months, years, decades, quarters and halves, seasons, holidays.

A date given without its year gets one from the tense and the publication date (`pick_year`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import attrs
import pendulum
from dateutil.easter import easter as dateutil_easter

from core.timex import lexicon as lx
from core.timex import values as v
from core.timex.context import (
    NEARBY,
    NONE,
    PREVIOUS,
    PUBLICATION,
    Context,
    Match,
    Resolved,
    context_year,
    fmt,
    group,
    modifier,
    names_a_day,
    period_nearby,
    resolved,
    safe_date,
    tense_direction,
)
from core.timex.tense import FUTURE, PAST, UNKNOWN, future_verb_just_before, past_verb_just_before

# ---- explicit dates ------------------------------------------------------------------------------


_PART = {"START": "its start", "EARLY": "its early part", "MID": "its middle", "LATE": "its late part",
         "END": "its end"}  # fmt: skip


def with_lead(norm: Callable[[Match, Context], Resolved | None]) -> Callable[[Match, Context], Resolved | None]:
    """A period normaliser that also reads the part of the period told before it (the rule's `lead`
    group: "the end of the first quarter" is the first quarter, its END), unless the words name their own."""

    @functools.wraps(norm)
    def read(m: Match, ctx: Context) -> Resolved | None:
        res = norm(m, ctx)
        lead = group(m, "lead")
        if res is None or not lead:
            return res
        time, why, anchor = res
        mod = time.mod or modifier(lead.removesuffix(" in"))
        return attrs.evolve(time, mod=mod), f"{why}; '{lead}' narrows it to {_PART[mod]}", anchor

    return read


def _year_num(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 1900 if y > 30 else 2000
    return y


def ymd(m: Match, ctx: Context) -> Resolved | None:
    if group(m, "wd") and names_a_day(ctx.text, m.start("wd"), lx.WEEKDAYS[group(m, "wd")]):
        return None  # "Super Tuesday, March 5, 2024": the date is told after the day's name
    month = lx.MONTHS.get(group(m, "month")) or int(group(m, "month") or 0)
    d = safe_date(_year_num(group(m, "year")), month, int(group(m, "day").rstrip("stndrh")))
    if d is None:
        return None
    return resolved(v.day(d), f"'{m.group(0)}' names the day: {fmt(d)}", NONE)


_RANGE_END = re.compile(
    r"\s*(?:-|–|—|to|through|until|till|and)\s+(?:(?P<month>" + lx.alternation(lx.MONTHS) + r")\b\.?\s*)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:(?P<month2>" + lx.alternation(lx.MONTHS) + r")\b\.?\s*)?"
    r"(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
"""The far end of a range that gives the year both ends share: "March to May 2010", "3 March - 5 April 2010"."""


def _range_year(
    ctx: Context, m: Match, candidates: Callable[[int], pendulum.Date | None], what: str
) -> tuple[pendulum.Date, str] | None:
    tail = _RANGE_END.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 40))
    if tail is None:
        return None
    year = int(tail["year"])
    found = candidates(year)
    end_month = lx.MONTHS.get((tail["month"] or tail["month2"] or "").lower().rstrip("."))
    if found is not None and end_month is not None and found.month > end_month:
        found = candidates(year - 1)  # "December to March 2010" starts in December 2009
    if found is None:
        return None
    return found, f"{what}: the year of the range's other end ('{tail.group(0).strip()}')"


PAST_AHEAD_MONTH = 6
"""A month named in a past-tense sentence is seldom still ahead: its days ahead count six times ("did not meet
in January", written in November, is last January)."""


PAST_VERB_AHEAD = 20
"""How many times a day ahead counts when a past verb stands right before the date."""
FUTURE_BEHIND = 10
"""How many times a day behind counts in a future-tense sentence."""
FUTURE_VERB_BEHIND = 60
"""... and when a future verb group governs the date ("will report results in December")."""
_CLUES = {PAST: "in a past-tense sentence", FUTURE: "in a future-tense sentence"}
"""How a date's explanation names the tense that chose it."""


def _cost(
    d: pendulum.Date,
    dct: pendulum.Date,
    direction: str,
    untensed_ahead: float = 1.5,
    past_ahead: int = 3,
    future_behind: int = FUTURE_BEHIND,
) -> int:
    """How unlikely a candidate date is. News dates cluster around publication: the nearest wins, with the
    days on the side the tense points away from counted three times ("was held Dec. 15" in February is
    last December, not next)."""
    days = d.toordinal() - dct.toordinal()
    if direction == PAST and days > 0:
        return past_ahead * days
    if direction == FUTURE and days < 0:
        return -future_behind * days
    # Without a tense clue a report still more often looks back than ahead.
    return abs(days) if days <= 0 or direction != UNKNOWN else round(untensed_ahead * days)


def pick_year(
    ctx: Context,
    m: Match,
    candidates: Callable[[int], pendulum.Date | None],
    what: str,
    untensed_ahead: float = 1.5,
    past_ahead: int = 3,
    exact_day: bool = True,
) -> tuple[pendulum.Date, str] | None:
    """Choose the year for a date given without one: from the other end of a range that has it, else
    by tense, else the one closest to publication. `candidates` gives the date in a year: the day named,
    or a day standing for a month (`exact_day` False)."""
    ranged = _range_year(ctx, m, candidates, what)
    if ranged is not None:
        return ranged
    named = _year_named_before(ctx, m, candidates, what) or _year_of_a_date_ahead(ctx, m, candidates, what)
    if named is not None:
        return named
    future_behind = FUTURE_BEHIND
    dct = ctx.dct
    opts = [(y, candidates(y)) for y in (dct.year - 1, dct.year, dct.year + 1)]
    valid = [(y, d) for y, d in opts if d is not None]
    if not valid:
        return None
    direction = FUTURE if ctx.deadline(m) else tense_direction(ctx, m)
    if direction == FUTURE:
        told = _told_before(ctx, m, valid, what)
        if told is not None:
            return told
    clue = ""
    if ctx.word_before(m) == "since" or _SINCE_THING_OF.search(ctx.text, max(0, m.start() - 48), m.start()):
        # "on patrol since March", "since its record high of July 19": whatever the verbs say, what
        # something has lasted since is behind us.
        direction = PAST
        clue = "after 'since'"
        valid = [(y, d) for y, d in valid if d <= dct] or valid
    elif direction == PAST and (
        (governed := past_verb_just_before(ctx.text, m.start())) or (ctx.word_before(m) == "until" and ctx.ends_by(m))
    ):
        # "The plant closed in March", "remained in office until March": the past verb that governs the
        # date leaves no doubt; the days ahead count only when it stands farther off ("decided to admit
        # them in March").
        past_ahead = PAST_VERB_AHEAD
        clue = "governed by a past verb"
        # ... and a day it governs has come: "was dissolved on 6 November", written on 2 November, is last year's
        if governed and exact_day:
            valid = [(y, d) for y, d in valid if d <= dct] or valid
    elif direction == PAST and _FIGURE_FOR.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "Exports in November fell", written in October: a figure for a month is out once the month is over
        clue = "a figure for a period told in the past"
        valid = [(y, d) for y, d in valid if d <= dct] or valid
    elif direction == PAST and _PERIOD_TO.search(ctx.text, max(0, m.start() - 40), m.start()):
        # "Sales rose 4% in the three months to March 31", written on 6 March: a period told in the past has ended
        clue = "ending a period told in the past"
        valid = [(y, d) for y, d in valid if d <= dct] or valid
    elif direction == FUTURE and future_verb_just_before(ctx.text, m.start()):
        # "will report results in December", written in January: next December, not the one just gone
        future_behind = FUTURE_VERB_BEHIND
        clue = "governed by a future verb"

    best = min(
        (d for _y, d in valid), key=lambda d: _cost(d, dct, direction, untensed_ahead, past_ahead, future_behind)
    )
    clue = clue or _CLUES.get(direction, "with no tense clue")
    side = "on or before" if best <= dct else "after"
    return best, f"{what} {clue}: the nearest such date {side} publication"


_FIGURE_FOR = re.compile(
    r"\b(?:exports|imports|sales|output|production|inflation|prices|unemployment|employment|gdp|growth|spending|"
    r"revenue|profits?|earnings|deliveries|shipments|orders|lending|borrowing|wages|exports|arrivals|registrations|"
    r"approvals|starts)\s+(?:in|for|during)\s+$",
    re.IGNORECASE,
)
"""A figure measured over the period named after it ("exports in November", "sales for March")."""
_PERIOD_TO = re.compile(
    r"\b(?:days|weeks|months|years|quarter|half|week|month|year|period)\s+(?:to|ended|ending|through)\s+$",
    re.IGNORECASE,
)
"""A period up to the date: "the three months to", "the year ended"."""
_FRAMES = frozenset({"in", "by", "during", "throughout", "back in", "early in", "later in", "late in"})
"""What opens a sentence before a year that frames all of it ("In 2022, the hottest day was 19 July")."""
_SAYING_OR_AND = re.compile(r"\b(?:said|says|told|tells|announced|reported|added|confirmed|and)\b", re.IGNORECASE)


def _year_named_before(
    ctx: Context, m: Match, candidates: Callable[[int], pendulum.Date | None], what: str
) -> tuple[pendulum.Date, str] | None:
    """A past year the sentence names before the date ("In 2019, the festival ended on 3 August", "The hottest
    day of 2022 was 19 July"): the date's year; but not a saying's day after it ("Sales in 2019 were $5bn, the
    company said on 3 August"), another verb phrase's ("was jailed in 2019 and released on 3 August"), nor the
    day after what has lasted since the year."""
    a = ctx.previous(m.start(), ("year",))
    if a is None or not a.value.isdigit():
        return None
    sentence_start = ctx.sentence_start(m)
    if a.start < sentence_start:
        return None
    year = int(a.value)
    if year >= ctx.dct.year or ctx.text.endswith(("since ", "Since "), 0, a.start):
        return None
    if _SAYING_OR_AND.search(ctx.text, a.start, m.start()) is not None:
        return None
    if "," in ctx.text[a.start : m.start()] and ctx.text[sentence_start : a.start].strip().lower() not in _FRAMES:
        return None  # "Under a program approved in 1987 that ..., Nashua had bought shares as of Sept. 29"
    d = candidates(year)
    if d is None:
        return None
    return d, f"{what} in {year}, the year the sentence names before it"


def _year_of_a_date_ahead(
    ctx: Context, m: Match, candidates: Callable[[int], pendulum.Date | None], what: str
) -> tuple[pendulum.Date, str] | None:
    """A date of a year after publication told before in the sentence is the year of the dates after it ("The tour
    opens on June 14, 2025, and ends in Manchester on July 19"), while they follow it in the calendar."""
    # (the sentence's bounds are found last: most dates told before are of the year of publication or earlier)
    a = ctx.previous(m.start(), ("day", "month"), _SCHEDULE_REACH)
    if a is None or not a.value[:4].isdigit() or int(a.value[:4]) <= ctx.dct.year or a.start < ctx.sentence_start(m):
        return None
    year = int(a.value[:4])
    if a.value[:4] not in ctx.text[a.start : a.start + 20]:
        return None  # a year worked out ("payable Jan. 2 to stock of record Dec. 15"), not told
    d = candidates(year)
    if d is None or d.isoformat() < a.value[:10]:
        return None
    return d, f"{what} after {a.value} in the same sentence: that year"


_SCHEDULE_REACH = 160
"""How far a date ahead told earlier in the sentence carries its year."""


_RANGE_TO = re.compile(
    rf"\b{lx.PATTERNS['MONTH']}\.?(?:\s+\d\d?(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?\s*(?:-|\u2013|\u2014|\sto|\sthrough|\suntil|\still)\s*$",
    re.IGNORECASE,
)
"""A range's first end, a month or a day of one, and what stands before its second end ("from August to")."""


_RANGE_WORDS = ("-", "\u2013", "\u2014", " to", " through", " until", " till")
_BETWEEN_AND = re.compile(
    rf"\bbetween\s+(?:(?:early|mid|late)[-\s]|the\s+(?:beginning|start|end|middle)\s+of\s+)?{lx.PATTERNS['MONTH']}\.?"
    rf"(?:\s+\d\d?(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?\s+and\s+$",
    re.IGNORECASE,
)
"""A range's first end after "between" and the "and" before its second: "between January and"."""


def _range_end(ctx: Context, m: Match, month: int, day: int = 1) -> tuple[int, str] | None:
    """The year of a range's second end without one, from its first end just before: the same year, or the
    next when the end comes earlier in the calendar ("from August to May" ends in May of the year after)."""
    # Most dates follow no "to": the words just before are looked at before the pattern is searched.
    before = ctx.text[max(0, m.start() - 9) : m.start()].rstrip().lower()
    if before.endswith(" and"):
        # "between January and October": "and" links a range's ends only after "between"
        if not _BETWEEN_AND.search(ctx.text, max(0, m.start() - 48), m.start()):
            return None
    elif not before.endswith(_RANGE_WORDS) or not _RANGE_TO.search(ctx.text, max(0, m.start() - 32), m.start()):
        return None
    a = ctx.previous(m.start(), ("month", "day"), 30)
    if a is None:
        return None
    y, first_month = int(a.value[:4]), int(a.value[5:7])
    first_day = int(a.value[8:10]) if a.gran == "day" else 1
    if (month, day) <= (first_month, first_day):
        return y + 1, f"the range that starts {a.value} ends in the year after"
    return y, f"the range that starts {a.value} ends in its year"


_YEAR_STEP = {"this": 0, "last": -1, "next": 1, "that": 0, "the same": 0, "the following": 1, "the next": 1,
              "the previous": -1}  # fmt: skip
_TOLD_YEAR = ("that", "the same", "the following", "the next", "the previous")


def _year_told(ctx: Context, m: Match, rel: str) -> tuple[int, str, str]:
    """The year "that year" / "the following year" names: counted from the year of the date told before
    (from publication when none was), with how it was found and the anchor."""
    step = _YEAR_STEP[rel]
    if rel in _TOLD_YEAR:
        a = ctx.previous(m.start())
        if a is not None and a.value[:4].isdigit():
            return int(a.value[:4]) + step, f"counted from the date told before ({a.value})", PREVIOUS
    return ctx.dct.year + step, "counted from publication", PUBLICATION


def month_day(m: Match, ctx: Context) -> Resolved | None:
    month = lx.MONTHS[group(m, "month")]
    day = int(group(m, "day").rstrip("stndrh"))
    told = group(m, "ty")
    if told:
        year, how, anchor = _year_told(ctx, m, told)
        d = safe_date(year, month, day)
        return None if d is None else resolved(v.day(d), f"'{m.group(0)}': {how}: {fmt(d)}", anchor)
    wd = group(m, "wd")
    if wd:
        # A weekday next to the date fixes the year: take the nearest year where they agree.
        want = lx.WEEKDAYS[wd]
        if names_a_day(ctx.text, m.start("wd"), want):
            return None  # "Super Tuesday, March 5": the date is told after the day's name
        for y in sorted(range(ctx.dct.year - 6, ctx.dct.year + 2), key=lambda y: abs(y - ctx.dct.year)):
            d = safe_date(y, month, day)
            if d is not None and d.isoweekday() == want:
                return resolved(
                    v.day(d),
                    f"'{m.group(0)}': the nearest year in which that date is a "
                    f"{lx.WEEKDAY_NAMES[want]}: {fmt(d)}",
                )
    ranged = _range_end(ctx, m, month, day)
    if ranged is not None and (d := safe_date(ranged[0], month, day)) is not None:
        return resolved(v.day(d), f"'{m.group(0)}': {ranged[1]}: {fmt(d)}", PREVIOUS)
    opens = _range_start(ctx, m, month, day)
    if opens is not None and (d := safe_date(opens[0], month, day)) is not None:
        return resolved(v.day(d), f"'{m.group(0)}' {opens[1]}: {fmt(d)}")
    picked = pick_year(ctx, m, lambda y: safe_date(y, month, day), f"'{m.group(0)}' without a year")
    if picked is None:
        return None
    d, why = picked
    return resolved(v.day(d), f"{why}: {fmt(d)}")


_RANGE_START = re.compile(
    rf"(?P<month>{lx.PATTERNS['MONTH']})\s+(?P<day>\d\d?)(?:st|nd|rd|th)?\s*(?:-|\u2013|and|or|to|through)\s*$",
    re.IGNORECASE,
)


_RANGE_OPEN = re.compile(
    rf"\s*(?:-|\u2013|and|or|to|through|until)\s*(?P<day>\d\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<month>{lx.PATTERNS['MONTH']})\b(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)\b)?",
    re.IGNORECASE,
)
"""What follows the first day of "12-15 July" or "12 and 13 March 2021": the range's last day, month and year."""


def range_day(m: Match, ctx: Context) -> Resolved | None:
    start = _RANGE_START.search(ctx.text, max(0, m.start() - 30), m.start())
    if start is None:
        return _opens_range(m, ctx)
    a = ctx.previous(m.start(), ("day",))
    if a is None or a.start != start.start("month"):
        return None
    day = int(group(m, "day").rstrip("stndrh"))
    d = safe_date(int(a.value[:4]), int(a.value[5:7]), day)
    if d is None or day <= int(start.group("day")):
        return None
    return resolved(v.day(d), f"'{m.group(0)}' ends the range that starts on {a.value}: {fmt(d)}", PREVIOUS)


_YEAR_THEN_LINK = re.compile(r"(?:(?<!\d)(?P<year>(?:1[6-9]|20)\d\d)|(?<=[Ff][Yy])(?P<yy>\d\d))(?:-|\u2013|/)$")
"""The first year of a span and its link: "1995-", "2021/", or the short fiscal "FY23/"."""


def range_year_end(m: Match, ctx: Context) -> Resolved | None:
    """ "1995-98", "2021/22": the second year, in the century of the first; a later year no more than ten
    on (not a score "2-1" nor a code "1990-12")."""
    first = _YEAR_THEN_LINK.search(ctx.text, max(0, m.start() - 5), m.start())
    if first is None:
        return None
    start = int(first["year"]) if first["year"] else _nearest_century(int(first["yy"]), ctx.dct.year)
    end = start // 100 * 100 + int(group(m, "end"))
    if not 0 < end - start <= 10:
        return None
    return resolved(str(end), f"'{m.group(0)}' ends the span that starts in {start}: {end}", PREVIOUS)


def _opens_range(m: Match, ctx: Context) -> Resolved | None:
    """The first day of "12-15 July": the month, and the year, of the day that ends the range."""
    tail = _RANGE_OPEN.match(ctx.text, m.end())
    if tail is None:
        return None  # a bare number
    day = int(group(m, "day").rstrip("stndrh"))
    if day >= int(tail["day"]):
        return None
    month = lx.MONTHS[tail["month"].lower()]
    if tail["year"]:
        d = safe_date(int(tail["year"]), month, day)
        why = f"'{m.group(0)}' opens the range that ends on {tail['day']} {tail['month']} {tail['year']}"
    else:
        picked = pick_year(ctx, m, lambda y: safe_date(y, month, day), f"'{m.group(0)}' opens a range")
        d, why = picked if picked is not None else (None, "")
    if d is None:
        return None
    return resolved(v.day(d), f"{why}: {fmt(d)}")


_SAID_DATED = re.compile(
    r"\b(?:said|says|announced|told(?:\s+[\w'-]+){1,4}?|warned|promised|predicted)\s+(?:in|on|last|early|late)?\s*$"
)
_SAYING_ANCHORS = ("day", "month")


def _told_before(
    ctx: Context, m: Match, valid: list[tuple[int, pendulum.Date]], what: str
) -> tuple[pendulum.Date, str] | None:
    """ "The minister said in March that the plant would close in June": what was to come when it was said
    comes after the saying's date, the first such date after it (June of that year), not after publication."""
    said = ctx.same_sentence(m, _SAYING_ANCHORS)
    if said is None or " that " not in ctx.text[said.start : m.start()]:
        return None
    if not _SAID_DATED.search(ctx.text, max(0, said.start - 40), said.start):
        return None
    parsed = v.parse(said.value)
    if parsed is None:
        return None
    # (from the month it was said in: "said last month that a review would be finished by the end of
    # September", said in September, is this September's end)
    since = parsed[0].start_of("month")
    after = [d for _y, d in valid if d >= since]
    if not after:
        return None
    return min(after), f"{what} looking ahead from when it was said ({said.value}): the first such date after it"


_SINCE_THING_OF = re.compile(
    r"\bsince\s+(?:(?:the|its|his|her|their|a|an)\s+)?(?:[\w'-]+\s+){1,3}?(?:of|on|in)\s+(?:the\s+)?$", re.IGNORECASE
)
"""A thing something has lasted since, dated after it: "since its record high of July 19"."""
_ON_THE = re.compile(r"\b(?:on|by|until|till|from|since|before|after|through)\s+the\s+$", re.IGNORECASE)


def ordinal_day(m: Match, ctx: Context) -> Resolved | None:
    """ "on the 8th": that day of the month the sentence has just named, else of the month around
    publication the tense points to."""
    if not _ON_THE.search(ctx.text, max(0, m.start() - 16), m.start()):
        return None  # "the 8th" alone is too often a rank or a name
    day = int(group(m, "day"))
    a = ctx.same_sentence(m, ("day", "month", "time", "part-of-day"))
    if a is not None:
        d = safe_date(int(a.value[:4]), int(a.value[5:7]), day)
        if d is None:
            return None
        return resolved(v.day(d), f"'{m.group(0)}': day {day} of the month just named: {fmt(d)}", PREVIOUS)
    dct = ctx.dct
    first = dct.start_of("month")
    options = [d for k in (-1, 0, 1) if (d := safe_date((x := first.add(months=k)).year, x.month, day))]
    direction = FUTURE if ctx.deadline(m) else tense_direction(ctx, m)
    d = min(options, key=lambda d: _cost(d, dct, direction))
    clue = _CLUES.get(direction, "with no tense clue")
    return resolved(v.day(d), f"'{m.group(0)}' without a month {clue}: the nearest such day: {fmt(d)}")


def iso_week(m: Match, ctx: Context) -> Resolved | None:
    value = f"{group(m, 'year')}-W{group(m, 'week')}" + ("-WE" if group(m, "we") else "")
    if v.parse(value) is None:
        return None
    return resolved(value, f"'{m.group(0)}' names the ISO week", NONE)


def ym(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "month")
    month = lx.MONTHS.get(word) or int(word)
    year = int(group(m, "year"))
    return resolved(v.month(year, month), f"'{m.group(0)}' names the month", NONE)


def month_rel_year(m: Match, ctx: Context) -> Resolved | None:
    month = lx.MONTHS[group(m, "month")]
    year, how, anchor = _year_told(ctx, m, " ".join(group(m, "rel").split()))
    return resolved(v.month(year, month), f"'{m.group(0)}': {lx.MONTH_NAMES[month]} {year} {how}", anchor)


_RANGE_NEXT_MONTH = re.compile(
    r"\s*(?:-|\u2013|\u2014|\s(?:to|through|until|till|and)\s)\s*(?:(?:early|mid|late)[-\s]|"
    r"the\s+(?:beginning|start|end|middle)\s+of\s+)?(?:(?P<day0>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?)?"
    r"(?P<month>" + lx.alternation(lx.MONTHS) + r")(?![\w-])\.?(?:\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b)?"
    r"(?:,?\s+(?:of\s+)?(?P<year>(?:1[6-9]|20)\d\d)(?![\d,.]\d|\d)|\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b)?",
    re.IGNORECASE,
)
"""What follows a range's first end: its second month, the day in it if told, and the year told with it
("to October 2023", "and October this year", "to Oct. 3", "and 10 April")."""
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_LINK_STARTS = ("to ", "through ", "until ", "till ", "and ")
_FAR = 10**9


def _range_start(ctx: Context, m: Match, mon: int, day: int | None = None) -> tuple[int, str] | None:
    """The year of a month, or a day of one, that opens a range ("between January and October", "from
    November to February", "January-March", "between Jan. 5 and Oct. 3"), chosen for the range as a whole:
    both ends in one year, unless the first comes later in the calendar than the second (then it is in the
    year before). The year told with the second end decides; else the tense does, as for a date alone, but
    of the span: a past range has ended (its end the nearest before publication), a future one is still to
    begin, and an untensed one is the one nearest to publication."""
    text = ctx.text
    # Most dates open no range: the characters just after are looked at before the pattern is matched.
    rest = text[m.end() : m.end() + 10]
    if rest[:1] not in ("-", "\u2013", "\u2014"):
        rest = rest.lstrip().lower()
        if not rest.startswith(_RANGE_LINK_STARTS):
            return None
        if rest.startswith("and ") and not _BETWEEN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            return None  # "in January and October": two months, no range
    tail = _RANGE_NEXT_MONTH.match(text, m.end(), min(len(text), m.end() + 48))
    if tail is None or (tail["day0"] and tail["day"]):
        return None
    word = tail["month"].lower()
    if word in lx.AMBIGUOUS_MONTHS and not tail["month"][0].isupper():
        return None  # "from March to may ..."
    end = lx.MONTHS[word]
    end_day = int(tail["day0"] or tail["day"] or 0) or None
    if mon != end:
        wraps = mon > end  # "from November to February" crosses the new year
    else:  # "from March to March" is a year on; "from March 3 to March 20" is not
        wraps = (day is None and end_day is None) or (day is not None and end_day is not None and day >= end_day)
    second = f"{lx.MONTH_NAMES[end]}" + (f" {end_day}" if end_day else "")
    if tail["year"] or tail["rel"]:
        y2 = int(tail["year"]) if tail["year"] else ctx.dct.year + {"this": 0, "last": -1, "next": 1}[tail["rel"].lower()]
        y = y2 - wraps
        return y, f"opens the range that ends on {second} {y2}"
    dct = ctx.dct
    direction = FUTURE if ctx.deadline(m) else tense_direction(ctx, m)
    # a range told in the past has ended: its days still ahead count as a past verb's do
    ahead = 6.0 if day is None else 1.5
    # a span under way is what a present tense tells; "will run from March" is one still to begin
    to_come = direction == FUTURE and _WILL_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None

    def cost(y: int) -> int:
        first = safe_date(y, mon, day or 1)
        last = safe_date(y + wraps, end, end_day) if end_day else pendulum.date(y + wraps, end, 1).end_of("month")
        if first is None or last is None or last < first:
            return _FAR
        if direction == PAST:
            return _cost(last, dct, PAST, past_ahead=PAST_VERB_AHEAD)
        if first <= dct <= last and (direction != FUTURE or not to_come):
            return 0  # "The exhibition runs from March to September": under way
        if direction == FUTURE:
            return _cost(first, dct, FUTURE)
        return _cost(last if last < dct else first, dct, UNKNOWN, ahead)

    y = min((dct.year - 1, dct.year, dct.year + 1), key=cost)
    if cost(y) == _FAR:
        return None
    clue = _CLUES.get(direction, "with no tense clue")
    return y, f"opens the range to {second} {clue}: the nearest such span"


_WILL_BEFORE = re.compile(r"\b(?:will|shall|'ll|to\s+be|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to)\b", re.IGNORECASE)


# Read at the month's end (`match` with pos and endpos, not a slice: the patterns look at nothing before).
_NAME_OF = re.compile(r"\s+(?:for|of|on|to|against)\s+(?:the\s+)?[A-Z]")
_MODAL_MAY = re.compile(r"\s+(?:be|have|not|also|well|need|take|seem|still|not|help|make)\b")


_AS_A_RULE = re.compile(rf"\b(?:{lx.HABITUAL}|each\s+year|every\s+year|annually)\b[^.;!?]*$", re.IGNORECASE)
"""A habit told before a month in its sentence ("usually after the full moon in August")."""


def month(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "month")
    raw = m.group("month")
    if word in lx.AMBIGUOUS_MONTHS and not raw[0].isupper():
        return None  # "may" the modal, "march" the verb
    if (
        not group(m, "rel")
        and not group(m, "mod")
        and (
            word in ("jan", "dec", "oct", "aug", "sept", "nov", "feb", "apr")
            or (
                ctx.word_before(m) in ("the", "a", "an", "annual")
                and _NAME_OF.match(ctx.text, m.end(), m.end() + 20)
            )
        )
    ):
        return None  # "Jan Kavan", "the March for Life": a name, not a month
    if word == "may" and _MODAL_MAY.match(ctx.text, m.end(), m.end() + 12):
        return None
    if group(m, "year") and not group(m, "mod"):
        return None
    mon = lx.MONTHS[word]
    mod = modifier(group(m, "mod")) if group(m, "mod") else None
    if group(m, "year"):
        return resolved(v.month(int(group(m, "year")), mon), f"'{m.group(0)}' names the month", NONE, mod)
    rel = group(m, "rel")
    dct = ctx.dct
    if group(m, "ryear"):
        y = dct.year + {"this": 0, "last": -1, "next": 1}[group(m, "ryear")]
        return resolved(
            v.month(y, mon), f"'{m.group(0)}': {lx.MONTH_NAMES[mon]} {y} counted from publication", mod=mod
        )
    if rel in ("last", "past", "this past"):
        year = dct.year if mon < dct.month else dct.year - 1
        return resolved(
            v.month(year, mon), f"'{m.group(0)}': the last {lx.MONTH_NAMES[mon]} before publication", mod=mod
        )
    if rel == "next":
        year = dct.year if mon > dct.month else dct.year + 1
        return resolved(
            v.month(year, mon), f"'{m.group(0)}': the first {lx.MONTH_NAMES[mon]} after publication", mod=mod
        )
    if rel == "this":
        return resolved(
            v.month(dct.year, mon), f"'{m.group(0)}': {lx.MONTH_NAMES[mon]} of the publication year", mod=mod
        )
    if not rel and _AS_A_RULE.search(ctx.text, max(0, m.start() - 60), m.start()):
        # "corals spawn only a few nights each year, usually after the full moon in August": every August, no one
        return resolved(f"XXXX-{mon:02d}", f"'{m.group(0)}' in a habit: {lx.MONTH_NAMES[mon]} of any year", NONE, mod)
    ranged = _range_end(ctx, m, mon)
    if ranged is not None:
        return resolved(
            v.month(ranged[0], mon), f"'{m.group(0)}': {ranged[1]} ({lx.MONTH_NAMES[mon]} {ranged[0]})", PREVIOUS, mod
        )
    opens = _range_start(ctx, m, mon)
    if opens is not None:
        y, how = opens
        return resolved(v.month(y, mon), f"'{m.group(0)}' {how} ({lx.MONTH_NAMES[mon]} {y})", mod=mod)
    picked = pick_year(
        ctx,
        m,
        lambda y: pendulum.date(y, mon, 15),
        f"'{m.group(0)}' without a year",
        6.0,
        PAST_AHEAD_MONTH,
        exact_day=False,
    )
    if picked is None:
        return None
    d, why = picked
    if mon == dct.month:
        d, why = dct, f"'{m.group(0)}' is the month of publication"
    return resolved(v.month(d.year, mon), f"{why} ({lx.MONTH_NAMES[mon]} {d.year})", mod=mod)


# ---- years, decades, centuries -------------------------------------------------------------------


# "$1995", "No. 2010", "1-2010": a price, a label or a score, not a year ...
_NOT_YEAR_BEFORE = re.compile(r"(?:[$#\d,/\-\u2013\u2014]\s?|\.)\Z")
# (a full stop then a space ends a sentence: "... released. 2007 was the year of the iPhone")
# ... unless a year stands there too: the end of a range or the next item of a list of years ("1955-2011",
# "1995\u20131998", "1994, 1995 and 1997") is a year as well.
_YEAR_OK_BEFORE = re.compile(r"\b(?P<first>(?:1[6-9]|20)\d\d)(?:\s?[-\u2013\u2014]\s?|, |(?P<slash>/))$")
# ("2022/2023": a split year, a season or a financial year, when the second follows within ten years; not
# "Directive 2011/2034")


# "fell 2.5 points to 2050", "the index closed at 1985 points": a market's level, not a year.
_LEVEL_AFTER = re.compile(r"\s*(?:points?|pts)\b")
# (A percentage is no such clue: "exports grew 5% to 2019" may run up to the year.)
_LEVEL_BEFORE = re.compile(r"\b(?:points?|index)\b.{0,30}\b(?:to|at)\s+$")
_YEAR_TO = re.compile(r"\b(?:1[6-9]|20)\d\d\s+to\s+$")


def _a_level(m: Match, ctx: Context) -> bool:
    if _LEVEL_AFTER.match(ctx.text, m.end()):
        return True
    if ctx.word_after(m) in ("level", "levels", "high", "highs", "low", "lows", "peak"):
        return False  # "fell 10 points to 1990 levels": the level of that year
    if _YEAR_TO.search(ctx.text, max(0, m.start() - 12), m.start()):
        return False  # "rose 5 points from 2019 to 2021": a range of years
    return ctx.word_before(m) in ("to", "at") and bool(
        _LEVEL_BEFORE.search(ctx.text, max(0, m.start() - 50), m.start())
    )


def year(m: Match, ctx: Context) -> Resolved | None:
    y = group(m, "year")
    if _a_level(m, ctx):
        return None
    before = ctx.text[max(0, m.start() - 8) : m.start()]
    if _NOT_YEAR_BEFORE.search(before) and (
        (ok := _YEAR_OK_BEFORE.search(before)) is None or (ok["slash"] and not 0 < int(y) - int(ok["first"]) <= 10)
    ):
        return None
    if ctx.word_before(m) in (
        "no",
        "number",
        "route",
        "flight",
        "room",
    ):
        return None
    mod = modifier(group(m, "mod")) if group(m, "mod") else None
    return resolved(y, f"'{m.group(0)}' names the year", NONE, mod)


_NAME_AFTER = re.compile(r" [A-Z]")
_BEFORE_SHORT_YEAR = frozenset(
    "in since of by until till from to through during before after the and or".split()
)


def short_year(m: Match, ctx: Context) -> Resolved | None:
    text = ctx.text
    if text[m.start() - 1 : m.start()] in ("'", "`") or _NAME_AFTER.match(text, m.end()):
        return None  # ''60 Minutes'', '50 Cent': a quotation opening on a number, a name
    if ctx.word_before(m) not in _BEFORE_SHORT_YEAR:
        return None  # "iLife '11", "Office '97": a product's version, not a year
    short = int(group(m, "short"))
    # '08 written in 2010 is 2008, '99 is 1999: the latest such year up to a few years ahead.
    year = 2000 + short if 2000 + short <= ctx.dct.year + 5 else 1900 + short
    return resolved(str(year), f"'{m.group(0)}' is the year {year} by its last two digits", NONE)


@with_lead
def decade(m: Match, ctx: Context) -> Resolved | None:
    mod = modifier(group(m, "mod")) if group(m, "mod") else None
    if group(m, "ord"):  # a half of the decade
        mod = "EARLY" if group(m, "ord") in ("first", "early") else "LATE"
    if group(m, "dec"):
        value = group(m, "dec")[:3]
    elif group(m, "short"):
        short = int(group(m, "short"))
        value = f"{20 if short + 2000 <= ctx.dct.year else 19}{short // 10}"
    else:
        value = f"19{lx.DECADE_WORDS[group(m, 'word')]}"
    if group(m, "ord"):
        half = "first" if mod == "EARLY" else "second"
        return resolved(value, f"'{m.group(0)}': the {half} half of the decade {value}0-{value}9", NONE, mod)
    return resolved(value, f"'{m.group(0)}' is the decade {value}0-{value}9", NONE, mod)


@with_lead
def century(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "ord")
    n = lx.ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= n <= 30:
        return None
    value = f"{n - 1:02d}"
    mod = modifier(group(m, "mod")) if group(m, "mod") else None
    return resolved(value, f"'{m.group(0)}' covers the years {value}00-{value}99", NONE, mod)


def spelled_year(m: Match, ctx: Context) -> Resolved | None:
    rest = group(m, "rest")
    n = lx.number_value(rest) if rest else 0
    if n is None:
        return None
    base = 1900 if group(m, "cent") == "nineteen" else 2000
    if base == 1900 and n < 10:
        return None
    return resolved(str(base + n), f"'{m.group(0)}' spells the year {base + n}", NONE)


# ---- quarters, halves, periods -------------------------------------------------------------------

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 2,
        "latter": 2, "q1": 1, "q2": 2, "q3": 3, "q4": 4, "h1": 1, "h2": 2}  # fmt: skip
_YEAR_BEFORE = ("year-earlier", "year-ago", "year earlier", "year ago", "comparable")


_RESULTS_FOR = re.compile(
    r"\b(?:results|earnings|figures|sales|revenues?|profits?|loss(?:es)?|numbers|dividend)\s+for\s+$", re.IGNORECASE
)


@with_lead
def quarter(m: Match, ctx: Context) -> Resolved | None:
    if m.group("ord")[0] == "q":
        return None  # "q2" in lower case is a name or a code, not the business "Q2"
    q = _ORD[group(m, "ord")]
    lead = group(m, "the")
    rel = group(m, "rel")
    yword = group(m, "year") or group(m, "pyear")
    dct = ctx.dct
    if yword and yword[:1].isdigit():
        y = int(yword[-4:])
        why = f"'{m.group(0)}' names its year"
    elif "last year" in (lead, yword) or lead == "last year's":
        y, why = dct.year - 1, "last year's quarter"
    elif "next year" in (lead, yword) or lead == "next year's":
        y, why = dct.year + 1, "next year's quarter"
    elif "this year" in (lead, yword) or lead == "this year's":
        y, why = dct.year, "this year's quarter"
    else:
        start = pendulum.date(dct.year, 3 * q - 2, 1)
        # "will report results for the fourth quarter": what is reported on is a quarter gone by
        future = ctx.tense(m) == FUTURE and not _RESULTS_FOR.search(ctx.text, max(0, m.start() - 40), m.start())
        y = dct.year if start <= dct or future else dct.year - 1
        why = f"Q{q} {'has begun' if start <= dct else 'lies ahead'} at publication: Q{q} {y}"
        if start > dct and not future:
            why = f"Q{q} of the publication year has not begun and the sentence is not about the future: Q{q} {y}"
    if rel in _YEAR_BEFORE:
        y -= 1
        why += ", a year earlier"
    return resolved(f"{y}-Q{q}", f"'{m.group(0)}': {why}")


def month_quarter(m: Match, ctx: Context) -> Resolved | None:
    """ "The December quarter": the quarter ending in that month; the one under way or last ended at
    publication, unless the sentence looks ahead to one not yet begun."""
    month = lx.MONTHS[group(m, "month").lower()]
    q = month // 3
    dct = ctx.dct
    start = pendulum.date(dct.year, 3 * q - 2, 1)
    future = ctx.tense(m) == FUTURE and not _RESULTS_FOR.search(ctx.text, max(0, m.start() - 40), m.start())
    y = dct.year if start <= dct or future else dct.year - 1
    return resolved(f"{y}-Q{q}", f"'{m.group(0)}': the quarter ending in {lx.MONTH_NAMES[month]}, Q{q} {y}")


def _latest_quarter(ctx: Context, m: Match) -> tuple[str, str]:
    a = ctx.previous(m.start(), ("quarter",))
    if a is not None and m.start() - a.start < NEARBY:
        return a.value, f"the quarter under discussion ({a.value})"
    dct = ctx.dct
    if (
        ctx.tense(m) == FUTURE and not _RESULTS_FOR.search(ctx.text, max(0, m.start() - 40), m.start())
        or _AIMED_BY.search(ctx.text, max(0, m.start() - 60), m.start())
    ):
        # "hoped to reach an agreement by the end of the quarter": the quarter under way, as in a plan
        value = f"{dct.year}-Q{v.quarter_of(dct)}"
        return value, f"a plan's quarter, the one under way at publication ({value})"
    prev = dct.subtract(months=3)
    value = f"{prev.year}-Q{v.quarter_of(prev)}"
    return value, f"the last full quarter before publication ({value})"


_AIMED_BY = re.compile(r"\bto\s+[a-z]+\b[^.;,]{0,50}\bby\s+(?:the\s+end\s+of\s+)?$", re.IGNORECASE)
"""What is to be done by a time ("hoped to reach an agreement by the end of"): a plan."""


def _fiscal_quarter_nearby(m: Match, ctx: Context) -> bool:
    a = period_nearby(m, ctx)
    return a is not None and "fiscal" in ctx.text[a.start : a.start + 12].lower()


_QUARTER_ENDED = re.compile(
    rf"\s+(?P<way>ended|ending)\s+(?P<month>{lx.PATTERNS['MONTH']})\s+(?P<day>\d\d?)\b", re.IGNORECASE
)


@with_lead
def quarter_ref(m: Match, ctx: Context) -> Resolved | None:
    rel = group(m, "rel")
    unit = group(m, "unit")
    if (
        unit == "period"
        and not group(m, "pyear")
        and not group(m, "back")
        and rel not in ("latest", "year-earlier", "year-ago", "comparable", "same", "current")
    ):
        return None
    if m.group(0).lower().startswith(("this", "that")) and not rel:
        rel = "latest"
    if group(m, "pyear"):
        y = group(m, "pyear")
        a = period_nearby(m, ctx)
        value = f"{y}{a.value[4:]}" if a is not None and a.gran == "quarter" else y
        return resolved(
            value, f"'{m.group(0)}': the period under discussion, in {y}", PREVIOUS if a else NONE
        )
    ended = _QUARTER_ENDED.match(ctx.text, m.end()) if unit == "quarter" and rel in ("", "fiscal") else None
    if ended is not None and not _fiscal_quarter_nearby(m, ctx):
        # "the quarter ended Sept. 30": the calendar quarter that day ends, the last one by then (unless the
        # text has named a fiscal quarter under discussion: "its fiscal first quarter ... the quarter ended
        # Sept. 29" keeps the company's count; a calendar quarter named before, "the fourth quarter", is
        # another one, as the one ended is told by its day)
        month = lx.MONTHS[ended["month"].lower()]
        day = int(ended["day"])
        if month % 3 == 0 and day >= 24:
            y = ctx.dct.year
            end = v.month_end(y, month)
            if ended["way"].lower() == "ended" and end > ctx.dct:
                y -= 1
            elif ended["way"].lower() == "ending" and end < ctx.dct:
                y += 1
            value = f"{y}-Q{month // 3}"
            return resolved(value, f"'{m.group(0)}': the quarter that {ended.group(0).strip()} ends ({value})")
    if rel == "next" and unit == "quarter":
        ahead = ctx.dct.add(months=3)
        value = f"{ahead.year}-Q{v.quarter_of(ahead)}"
        return resolved(value, f"'{m.group(0)}': the quarter after publication ({value})")
    if rel in ("current",) and unit == "quarter":
        value = f"{ctx.dct.year}-Q{v.quarter_of(ctx.dct)}"
        return resolved(value, f"'{m.group(0)}': the quarter of publication ({value})")
    if rel in (
        "last",
        "previous",
        "preceding",
        "prior",
        "past",
        "latest",
        "most recent",
        "just-ended",
        "just-completed",
    ) and not m.group(0).lower().startswith(("this", "that")):
        # "the latest quarter" is the last one completed, so the last one a report can give results for
        prev = ctx.dct.subtract(months=3)
        value = f"{prev.year}-Q{v.quarter_of(prev)}"
        return resolved(value, f"'{m.group(0)}': the quarter before publication ({value})")
    value, why = _latest_quarter(ctx, m)
    anchor = PREVIOUS if "under discussion" in why else PUBLICATION
    if rel in _YEAR_BEFORE or group(m, "back"):
        value = v.shift(value, -1, "Y") or value
        why += ", a year earlier"
    return resolved(value, f"'{m.group(0)}': {why}", anchor)


def year_ago_adj(m: Match, ctx: Context) -> Resolved | None:
    a = period_nearby(m, ctx)
    if a is not None:
        value = v.shift(a.value, -1, "Y") or a.value
        return resolved(
            value, f"'{m.group(0)}': a year before the period under discussion ({a.value})", PREVIOUS
        )
    y = ctx.dct.year - 1
    return resolved(str(y), f"'{m.group(0)}': the year before publication ({y})")


@with_lead
def half(m: Match, ctx: Context) -> Resolved | None:
    if m.group("ord")[0] == "h":
        return None  # "h1" in lower case is a code (a heading, a gene), not the business "H1"
    h = _ORD[group(m, "ord")]
    yword = group(m, "year") or group(m, "pyear")
    if yword.startswith("the "):
        yword = ""  # "the first half of the year": the year the tense points to, as a bare half
    dct = ctx.dct
    if yword[:1].isdigit():
        y = int(yword)
    elif yword:
        y = dct.year + {"this year": 0, "last year": -1, "next year": 1}[yword]
    else:
        start = pendulum.date(dct.year, 6 * h - 5, 1)
        y = dct.year if start <= dct or ctx.tense(m) == FUTURE else dct.year - 1
    return resolved(f"{y}-H{h}", f"'{m.group(0)}': half {h} of {y}")


def fiscal_year_short(m: Match, ctx: Context) -> Resolved | None:
    """ "FY22": the fiscal year, in the century that puts it nearest to publication."""
    y = _nearest_century(int(group(m, "yy")), ctx.dct.year)
    return resolved(str(y), f"'{m.group(0)}': fiscal {y}")


def _nearest_century(yy: int, year: int) -> int:
    """A two-digit year ("FY22") in the century that puts it nearest to `year`."""
    return min((c + yy for c in (1900, 2000, 2100)), key=lambda y: abs(y - year))


def week_of(m: Match, ctx: Context) -> Resolved | None:
    res = month_day(m, ctx)
    if res is None:
        return None
    d = pendulum.parse(res[0].value[:10]).date()
    value = v.week(pendulum.date(d.year, d.month, d.day))
    return resolved(value, f"'{m.group(0)}': the week containing {fmt(d)}: {value}")


def year_end(m: Match, ctx: Context) -> Resolved | None:
    y, why = context_year(m, ctx)
    return resolved(str(y), f"'{m.group(0)}': the end of {y} ({why})", mod="END")


def new_year(m: Match, ctx: Context) -> Resolved | None:
    dct = ctx.dct
    if dct.month <= 2 or ctx.word_before(m) == "since":
        y, why = dct.year, "the year begun before publication"
    else:
        y, why = dct.year + 1, "the year after that of publication"
    return resolved(str(y), f"'{m.group(0)}': {why} ({fmt(dct)}): {y}")


# ---- seasons and holidays ------------------------------------------------------------------------

_SEASON_OK_BEFORE = frozenset({"in", "during", "by", "until", "since", "through", "throughout", "this", "last",
                               "next", "early", "late", "for"})  # fmt: skip


@with_lead
def season(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "season")
    code = lx.SEASONS[word]
    rel = group(m, "rel")
    yword = group(m, "year")
    if yword:
        y = int(yword) if yword.isdigit() else 1900 + (lx.number_value(yword.split(" ", 1)[1]) or 0)
        mod = modifier(rel) if rel in ("early", "late", "mid") else None
        return resolved(f"{y}-{code}", f"'{m.group(0)}' names the season", NONE, mod)
    ryear = group(m, "ryear")
    mod = modifier(rel.replace("the ", "")) if rel.replace("the ", "") in ("early", "late", "mid") else None
    if rel in ("", "the", "early", "late", "mid", "the early", "the late"):
        if ctx.word_after(m) == "of" or (not rel and ctx.word_before(m) not in _SEASON_OK_BEFORE):
            return None
        # "in spring last year" is the season; "a fall last year" is the drop
        if not rel and (word == "fall" or (word == "spring" and not ryear)):
            return None
    if ryear:
        y = ctx.dct.year + _YEAR_STEP[ryear]
        return resolved(f"{y}-{code}", f"'{m.group(0)}': the season of {y}, counted from publication", PUBLICATION, mod)
    value, why = _season_value(code, rel, ctx, m)
    return resolved(value, f"'{m.group(0)}': {why} ({value})", mod=mod)


_NOT_EASTER_AFTER = frozenset({"egg", "eggs", "island", "bunny", "rising", "lily", "lilies", "week", "saturday"})
_NOT_CHRISTMAS_AFTER = frozenset({
    "appeal", "card", "cards", "tree", "trees", "market", "markets", "lights", "single", "number", "advert", "ad",
    "campaign", "album", "jumper", "jumpers", "pudding", "cracker", "crackers", "carol", "carols", "song", "songs",
    "film", "special", "decorations", "present", "presents", "gift", "gifts", "stocking", "stockings", "bonus",
})  # fmt: skip
_CHRISTMAS_STRETCH = re.compile(
    r"\s+(?:and\s+new\s+year\s+)?(?:period|season|holidays?|break|rush|trading|shopping|getaway|quarter)\b", re.IGNORECASE
)
"""The weeks around Christmas ("the Christmas period", "the Christmas and New Year period", "the Christmas rush")."""
# ("Easter Saturday" is the day before Easter to some, the Saturday after it to others: `lx.NAMED_DAYS`)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> pendulum.Date | None:
    """The n-th (n = -1: the last) ISO `weekday` of a month; None when the month has no such one (a fifth)."""
    if n < 0:
        last = pendulum.date(year, month, 1).end_of("month")
        return last.subtract(days=(last.isoweekday() - weekday) % 7)
    first = pendulum.date(year, month, 1)
    d = first.add(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    return d if d.month == month else None


def weekday_of_month(m: Match, ctx: Context) -> Resolved | None:
    """ "the first Sunday of May", "the last Friday in January 2021": that day of that month."""
    ordinal = group(m, "ord")
    n = -1 if ordinal == "last" else lx.ORDINALS[ordinal]
    month = lx.MONTHS[group(m, "month")]
    weekday = lx.WEEKDAYS[group(m, "wd")]
    name = f"the {ordinal} {lx.WEEKDAY_NAMES[weekday]}"
    year = group(m, "year")
    if year:
        d = nth_weekday(int(year), month, weekday, n)
        why = f"'{m.group(0)}': {name} of that month"
    else:
        picked = pick_year(ctx, m, lambda y: nth_weekday(y, month, weekday, n), f"'{m.group(0)}' without a year")
        d, why = picked if picked is not None else (None, "")
    if d is None:
        return None
    return resolved(v.day(d), f"{why}: {fmt(d)}")


def holiday_on(name: str, year: int) -> pendulum.Date:
    """The day a holiday falls on in a year (`lexicon` says how each one falls)."""
    if name == "election day":  # US: the Tuesday after the first Monday of November
        first = pendulum.date(year, 11, 2)
        return first.add(days=(2 - first.isoweekday()) % 7)
    if name in lx.WEEKDAY_HOLIDAYS:
        return nth_weekday(year, *lx.WEEKDAY_HOLIDAYS[name])
    if name in lx.THANKSGIVING_HOLIDAYS:
        thanksgiving = nth_weekday(year, *lx.WEEKDAY_HOLIDAYS["thanksgiving"])
        assert thanksgiving is not None  # November always has a fourth Thursday
        return thanksgiving.add(days=lx.THANKSGIVING_HOLIDAYS[name])
    if name in lx.EASTER_HOLIDAYS:
        sunday = dateutil_easter(year)
        return pendulum.date(sunday.year, sunday.month, sunday.day).add(days=lx.EASTER_HOLIDAYS[name])
    month, day = lx.FIXED_HOLIDAYS[name]
    return pendulum.date(year, month, day)


_APPOSED_DATE = re.compile(
    r",?\s+(?:on\s+|\(|,\s*)?(?P<month>" + lx.alternation(lx.MONTHS) + r")\.?\s+(?P<day>\d\d?)(?:st|nd|rd|th)?\b"
    r"(?:,?\s+(?P<year>(?:1[6-9]|20)\d\d)\b)?",
    re.IGNORECASE,
)
"""A date told right after a holiday's name: "Black Friday, Nov. 24", "Good Friday (April 7, 2023)"."""


def _holiday_apposed(
    ctx: Context, m: Match, on: Callable[[int], pendulum.Date | None]
) -> tuple[pendulum.Date, str] | None:
    """The holiday in the year in which it falls on the date told right after it, if any does (a year
    near publication, or the one told with the date)."""
    if m.end() >= len(ctx.text) or ctx.text[m.end()] not in " ,(":
        return None
    told = _APPOSED_DATE.match(ctx.text, m.end(), min(len(ctx.text), m.end() + 36))
    if told is None:
        return None
    month, day = lx.MONTHS[told["month"].lower()], int(told["day"])
    years = [int(told["year"])] if told["year"] else [ctx.dct.year, ctx.dct.year - 1, ctx.dct.year + 1]
    for y in years:
        d = on(y)
        if d is not None and (d.month, d.day) == (month, day):
            return d, f"falls on the date told after it ('{told.group(0).strip(' ,(')}') in {y}"
    return None


def holiday(m: Match, ctx: Context) -> Resolved | None:
    word = " ".join(group(m, "word").split())
    rel = group(m, "rel")

    if word == "easter" and ctx.word_after(m) in _NOT_EASTER_AFTER:
        return None  # "Easter eggs", "the Easter Rising": a name, not the day
    if word == "christmas" and ctx.word_after(m) in _NOT_CHRISTMAS_AFTER:
        return None  # "the trust's annual Christmas appeal closed", "a Christmas tree": a thing, not the day
    if word.split(" ", 1)[0] in lx.ADJECTIVE_NAMED and m.group("word")[0].islower():
        return None  # "a good Friday for stocks": an adjective and a weekday

    def on(y: int) -> pendulum.Date | None:
        return holiday_on(word, y)

    dct = ctx.dct
    year = group(m, "year") or group(m, "year2")
    if year:
        d = on(int(year))
    elif rel == "last":
        d = max(x for x in (on(dct.year - 1), on(dct.year)) if x is not None and x < dct)
    elif rel == "next":
        d = min(x for x in (on(dct.year), on(dct.year + 1)) if x is not None and x > dct)
    elif rel == "this":
        d = on(dct.year)
    elif (told := _holiday_apposed(ctx, m, on)) is not None:
        d, why = told
        return resolved(v.day(d), f"'{m.group(0)}' {why}: {fmt(d)}", NONE)
    else:
        # as a month without a year: a report looks back more often than ahead
        picked = pick_year(ctx, m, on, f"'{m.group(0)}'", 6.0, PAST_AHEAD_MONTH)
        if picked is None:
            return None
        d = picked[0]
    if d is None:
        return None
    anchor = NONE if year else PUBLICATION
    stretch = _CHRISTMAS_STRETCH.match(ctx.text, m.end()) if word == "christmas" else None
    if stretch is not None:
        # "demand over the Christmas and new year period", "the Christmas rush": the weeks around it, not the day
        told = f"'{m.group(0)}{stretch.group()}'"
        return resolved(v.month(d.year, d.month), f"{told}: the weeks around {fmt(d)}, in its month", anchor)
    if word in lx.HOLIDAY_WEEKS:
        week = v.week(d)
        return resolved(week, f"'{m.group(0)}': the week up to Easter Sunday {fmt(d.add(days=3))}: {week}", anchor)
    return resolved(v.day(d), f"'{m.group(0)}': {fmt(d)}", anchor)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_value(code: str, rel: str, ctx: Context, m: Match) -> tuple[str, str]:
    dct = ctx.dct
    # The season containing publication (winter months Jan/Feb belong to the previous year's winter).
    starts = [
        pendulum.date(y, _SEASON_START[code], 1) for y in (dct.year - 2, dct.year - 1, dct.year, dct.year + 1)
    ]
    current = [s for s in starts if s <= dct and (s.add(months=3) > dct)]
    past = [s for s in starts if s.add(months=3) <= dct]
    future = [s for s in starts if s > dct]
    if rel in ("last", "this past", "past"):
        s = current[0] if current and rel == "this past" else past[-1]
        return f"{s.year}-{code}", "the last one before publication"
    if rel == "next":
        if future[0].year == dct.year and len(future) > 1:
            # "next summer", said in April: this year's is "this summer"; next is the one of the year after
            return f"{future[1].year}-{code}", "the one after this year's, which is still to come"
        return f"{future[0].year}-{code}", "the next one after publication"
    if current:
        return f"{current[0].year}-{code}", "the one under way at publication"
    if rel == "this":
        s = future[0] if future[0].year == dct.year or code == "WI" else past[-1]
        return f"{s.year}-{code}", "the one of the publication year"
    if ctx.tense(m) == FUTURE:
        return f"{future[0].year}-{code}", "in a future-tense sentence: the next one"
    if ctx.deadline(m):
        return f"{future[0].year}-{code}", "a deadline still ahead: the next one"
    if _AHEAD_OF.search(ctx.text, max(0, m.start() - 24), m.start()) and (
        ctx.tense(m) != PAST or _URGED.search(ctx.text, max(0, m.start() - 80), m.start())
    ):
        # "called for action ahead of the spring travel season", in December: the spring to come
        return f"{future[0].year}-{code}", "what is prepared for lies ahead: the next one"
    if _BOOKED_FOR.search(ctx.text, max(0, m.start() - 24), m.start()) and (
        future[0] - dct < dct - past[-1].add(months=3)
    ):
        # "demand for the spring and summer was encouraging", in January: what is booked for is the season nearer
        return f"{future[0].year}-{code}", "what is booked or forecast for, nearer ahead than the last one: the next one"
    return f"{past[-1].year}-{code}", "the latest one before publication"


_BOOKED_FOR = re.compile(
    r"\b(?:demand|bookings?|reservations?|seats|tickets|outlook|forecasts?|guidance|capacity|schedules?)\s+for\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""What a season is booked or forecast for ("demand for the spring", "bookings for the summer")."""


_URGED = re.compile(r"\b(?:call(?:ed|s)?\s+(?:for|on)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|prepar(?:ed|es|ing)|plann?(?:ed|s|ing))\b", re.IGNORECASE)
"""A call or a preparation: what it is made ahead of is still to come when it is made."""
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to|in\s+time\s+for|in\s+preparation\s+for|(?:preparing|prepares|prepare|"
    r"getting\s+ready|gets\s+ready|braces|bracing)\s+(?:itself\s+|themselves\s+)?for)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
