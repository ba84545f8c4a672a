"""Normalisers for times counted from publication or from an earlier date: today, weekdays, "last week",
"the day after", "a year earlier", clock times.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pendulum

from core.model import TimeType, TimeValue
from core.timex import lexicon as lx
from core.timex import values as v
from core.timex.context import (
    NEARBY,
    NONE,
    PREVIOUS,
    PUBLICATION,
    Anchor,
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
)
from core.timex.dates import pick_year
from core.timex.tense import FUTURE, PAST, PRESENT, UNKNOWN, has_future, sentence_bounds

# ---- days relative to publication ----------------------------------------------------------------

_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
# "today's youth", "in today's dollars": the present age in general, not the day of publication.
_GENERIC_TODAY = re.compile(
    r"'s\s+(?:world|youth|society|generation|generations|young|children|kids|teenagers|standards|dollars|terms|"
    r"technology|culture)\b"
)


def deictic_day(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "word")
    if word == "today" and _GENERIC_TODAY.match(ctx.text, m.end()):
        return None
    twice = group(m, "twice")
    if twice:
        d = ctx.dct.add(days=_DEICTIC[word] + (1 if twice == "after" else -1))
        return resolved(v.day(d), f"'{m.group(0)}': a day {twice} {word} ({fmt(d)})")
    d = ctx.dct.add(days=_DEICTIC[word])
    pod = group(m, "pod") or group(m, "pod0")
    mod = {"early": "START", "late": "END", "mid-": "MID"}.get(group(m, "mod") or group(m, "podmod"))
    if word == "tonight":
        return resolved(
            v.day(d) + "TNI", f"'{m.group(0)}': the night of publication day ({fmt(d)})", type_=TimeType.TIME
        )
    if pod:
        return resolved(
            v.day(d) + "T" + lx.PARTS_OF_DAY[pod],
            f"'{m.group(0)}': the {pod} of {fmt(d)}",
            mod=mod,
            type_=TimeType.TIME,
        )
    return resolved(v.day(d), f"'{word}' counted from publication ({fmt(ctx.dct)}): {fmt(d)}", mod=mod)


def this_pod(m: Match, ctx: Context) -> Resolved | None:
    pod = group(m, "pod")
    rel = group(m, "rel")
    d = ctx.dct.subtract(days=1) if rel == "last" and pod != "week" else ctx.dct
    return resolved(
        v.day(d) + "T" + lx.PARTS_OF_DAY[pod], f"'{m.group(0)}': the {pod} of {fmt(d)}", type_=TimeType.TIME
    )


_POD_REACH = 300
"""How far back (in characters) the day "in the afternoon" belongs to may have been told."""


def pod_of_day(m: Match, ctx: Context) -> Resolved | None:
    mid = bool(group(m, "mid"))
    if ctx.word_before(m) not in ("in", "during", "by", "until", "at", "around", "from", "since") or (
        not mid and ctx.word_before(m) not in ("in", "during", "by", "until")
    ):
        return None
    pod = group(m, "pod")
    a = ctx.previous(m.start(), ("day", "time", "part-of-day"))
    if a is None or m.start() - a.start > _POD_REACH:
        if not mid:
            return None  # "he runs in the morning": a habit, no day to be part of
        day = v.day(ctx.dct)  # "by mid-afternoon": of the day the report tells, its own
        why = f"'{m.group(0)}': the {pod} of publication day ({day})"
        return resolved(f"{day}T{lx.PARTS_OF_DAY[pod]}", why, type_=TimeType.TIME)
    day = a.value[:10]
    return resolved(
        f"{day}T{lx.PARTS_OF_DAY[pod]}",
        f"'{m.group(0)}': the {pod} of the day told just before ({day})",
        PREVIOUS,
        type_=TimeType.TIME,
    )


_WEEKDAY_WORD = rf"(?:{lx.WEEKDAY_WORDS})s?"
_SET_OF_WEEKDAYS_BEFORE = re.compile(
    rf"\bevery\s+(?:other\s+)?{_WEEKDAY_WORD}(?:\s*,\s*{_WEEKDAY_WORD})*\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$",
    re.IGNORECASE,
)
"""The start of a list of weekdays after "every", up to the next one ("every Tuesday and ")."""


_STARTING = frozenset({"beginning", "starting", "effective", "commencing"})


def _told_ahead_in_sentence(ctx: Context, m: Match) -> bool:
    """Whether the sentence of `m` is in the future: its own clause's tense, or a future verb anywhere in it
    ("Thursday's debate, which she had been due to open, will now be led by ...")."""
    return ctx.tense(m) == FUTURE or has_future(ctx.text, m.start(), m.end())


def _coming(tense: str, ahead: int, back: int) -> bool:
    """Whether a weekday told in `tense` is the coming one: in the future, or with no past verb when it is
    the nearer one ("The two leaders meet Monday", "the deadline is Friday": a schedule)."""
    return tense == FUTURE or (tense in (UNKNOWN, PRESENT) and ahead < back)


_WEEKDAY_TO = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*(?:to|until|till|through|-|\u2013)\s*$",
    re.IGNORECASE,
)
_DATE_MOVED = re.compile(r"\b(?:mov|brought|bring|switch|chang|shift|postpon|delay|push|put)\w*\b[^.;]*$", re.IGNORECASE)
"""A date moved from one day to another ("postponed from Friday to Monday") is no span."""


def _span_end(ctx: Context, m: Match, wd: int) -> tuple[pendulum.Date, pendulum.Date] | None:
    """When the weekday `wd` at `m` ends a span of weekdays ("from Monday to Saturday", "Tuesday-Thursday"):
    the day the span starts and the first such weekday after it."""
    at = m.start()
    if _WEEKDAY_TO.search(ctx.text, max(0, at - 14), at) is None:
        return None
    a = ctx.previous(at, ("day",), reach=14)
    if a is None or _DATE_MOVED.search(ctx.text, max(0, at - 60), a.start):
        return None
    parsed = v.parse(a.value)
    if parsed is None:
        return None
    first = parsed[0]
    return first, first.add(days=(wd - first.isoweekday()) % 7 or 7)


THE_WEEKDAY_REACH = 600
"""How far back "the Saturday" looks for the days it is one of: about a paragraph."""


def _days_told(ctx: Context, m: Match, wd: int) -> tuple[pendulum.Date, pendulum.Date, pendulum.Date] | None:
    """The weekday `wd` of the days told just before "the Saturday" ("from 25 to 29 June ... on the Saturday",
    "on 3 March ... On the Friday"): one of a span of days if it holds one, else the first on or after the latest
    day told; with those days' first and last."""
    last = ctx.previous(m.start(), ("day",), THE_WEEKDAY_REACH)
    if last is None:
        return None
    parsed = v.parse(last.value)
    if parsed is None:
        return None
    lo = hi = parsed[0]
    # the first day of a span ("from 25 to 29 June") is told just before its last
    first = ctx.previous(last.start, ("day",), 40)
    if first is not None and (opened := v.parse(first.value)) is not None and 0 < (hi - opened[0]).days <= 14:
        lo = opened[0]
    within = next((lo.add(days=i) for i in range((hi - lo).days + 1) if lo.add(days=i).isoweekday() == wd), None)
    if within is not None:
        return within, lo, hi
    if lo != hi or hi == ctx.dct:
        return None  # (a dateline's day, the report's own, tells no days of a story: "the Friday explosions")
    return hi.add(days=(wd - hi.isoweekday()) % 7), lo, hi  # a story told on goes forward


def weekday(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "wd")
    if not word:
        return None
    wd = lx.WEEKDAYS[word]
    if names_a_day(ctx.text, m.start("wd"), wd):
        return None  # "Black Monday", "Super Tuesday": a day's name, not the weekday
    if _titles_a_paper_or_show(ctx.text, m.start("wd"), m.end("wd")):
        return None  # "the Sunday Times", "the Mail on Sunday", "Saturday Night Live"
    name = lx.WEEKDAY_NAMES[wd]
    rel = group(m, "rel")
    if not rel and _SET_OF_WEEKDAYS_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        # "every Tuesday and Saturday", "every Monday, Wednesday and Friday": the days of a set, not a date
        return resolved(f"XXXX-WXX-{wd}", f"'{m.group(0)}' in a list after 'every': every {name}", NONE, type_=TimeType.SET)
    dct = ctx.dct
    back = (dct.isoweekday() - wd) % 7
    ahead = (wd - dct.isoweekday()) % 7
    week = group(m, "week")
    if week:
        # the week is named, so the weekday needs no tense: "Thursday next week" is that week's Thursday
        d = dct.subtract(days=dct.isoweekday() - wd).add(weeks={"last": -1, "this": 0, "next": 1}[week])
        side = {"last": "before that", "this": "", "next": "after that"}[week]
        why = f"'{m.group(0)}': the {name} of the week {side + ' ' if side else ''}of publication ({fmt(dct)})"
    elif rel in ("last", "past", "this past"):
        d = dct.subtract(days=back or 7)
        why = f"'{m.group(0)}': the {name} before publication ({fmt(dct)})"
    elif rel in ("next", "coming", "this coming"):
        d = dct.add(days=ahead or 7)
        why = f"'{m.group(0)}': the {name} after publication ({fmt(dct)})"
    elif (span := _span_end(ctx, m, wd)) is not None and (span[1] <= dct or ctx.tense(m) != PAST):
        # "an overtime ban will run from Monday to Saturday": the end is the first such day after the start
        first, d = span
        why = f"'{name}' ends a span from {lx.WEEKDAY_NAMES[first.isoweekday()]} {fmt(first)}: the first {name} after it"
    elif ctx.word_before(m) == "the" and (told := _days_told(ctx, m, wd)) is not None:
        # "The festival runs from 25 to 29 June ... will play on the Saturday night": the Saturday of those days
        d, lo, hi = told
        days = fmt(lo) if lo == hi else f"{fmt(lo)} to {fmt(hi)}"
        why = f"'the {name}' of the days told just before ({days})"
    elif back == 0:
        d = dct
        why = f"'{name}' is the day of publication ({fmt(dct)})"
    else:
        # "Wednesday's ruling": a possessive weekday names something already done, as does "since Friday",
        # whatever the clause's tense ("who has been held since Friday, will appear today"), but for a
        # future clause's nearer day ("he would start Thursday's stage", the day after publication);
        # "until Tuesday" (not opening the sentence) is a deadline still ahead.
        possessive = ctx.text.startswith(("'s", "\u2019s"), m.end())
        t = (
            PAST
            if possessive and (ahead > back or not _told_ahead_in_sentence(ctx, m)) or ctx.word_before(m) == "since"
            else FUTURE
            if possessive or ctx.deadline(m) or ctx.called_for(m)
            # "declared three days of mourning beginning Wednesday": a start told with the span is the nearer day,
            # whatever the tense of the verb that set it
            else UNKNOWN
            if ctx.word_before(m) in _STARTING
            else ctx.tense(m)
        )
        if t == FUTURE and possessive:
            d = dct.add(days=ahead)
            why = f"'{name}'s' in a future-tense sentence, nearer ahead: the coming {name} after publication ({fmt(dct)})"
        elif t == FUTURE:
            d = dct.add(days=ahead)
            why = f"'{name}' in a future-tense sentence: the coming {name} after publication ({fmt(dct)})"
        elif _coming(t, ahead, back):
            d = dct.add(days=ahead)
            clue = (
                "in a present-tense sentence"
                if t == PRESENT
                else f"after '{ctx.word_before(m)}', the start of a span"
                if ctx.word_before(m) in _STARTING
                else "with no tense clue"
            )
            why = f"'{name}' {clue}: the nearest {name}, after publication ({fmt(dct)})"
        else:
            d = dct.subtract(days=back)
            clue = "a past-tense" if t == PAST else "a"
            why = f"'{name}' in {clue} sentence: the {name} before publication ({fmt(dct)})"
    pod = group(m, "pod")
    if pod:
        return resolved(
            v.day(d) + "T" + lx.PARTS_OF_DAY[pod], f"{why}, in the {pod}: {fmt(d)}", type_=TimeType.TIME
        )
    mod = {"early": "START", "late": "END"}.get(rel)
    return resolved(v.day(d), f"{why}: {fmt(d)}", mod=mod)


_SINCE_AFTER = re.compile(r"\s+since\b")
_RATE_BEFORE = frozenset({"times", "once", "twice", "thrice", "per"})


def week_on(m: Match, ctx: Context) -> Resolved | None:
    """The British "a week on Saturday" and "Saturday week" (the coming Saturday and a week more), "a week
    tomorrow", "a week today", "a fortnight on Saturday" (two weeks more), and "a week last Saturday" (the
    Saturday before publication and a week before that), as "a week yesterday" is."""
    if ctx.word_before(m) in _RATE_BEFORE:
        return None  # "twice a week on Mondays"
    weeks = 2 if (group(m, "unit") or group(m, "unit2")) == "fortnight" else 1
    span = "a fortnight" if weeks == 2 else "a week"
    dct = ctx.dct
    deictic = group(m, "deic")
    if deictic:
        if _SINCE_AFTER.match(ctx.text, m.end()):
            return None  # "it is a week today since the quake": how long, not when
        base = dct.add(days=_DEICTIC[deictic])
        if deictic == "yesterday":  # "sacked a week yesterday": a week before it
            d = base.subtract(weeks=weeks)
            return resolved(v.day(d), f"'{m.group(0)}': {span} before yesterday ({fmt(base)}): {fmt(d)}")
        d = base.add(weeks=weeks)
        return resolved(v.day(d), f"'{m.group(0)}': {span} after {deictic} ({fmt(base)}): {fmt(d)}")
    last = group(m, "wdl")
    if last:
        wd = lx.WEEKDAYS[last]
        base = dct.subtract(days=(dct.isoweekday() - wd) % 7 or 7)
        d = base.subtract(weeks=weeks)
        return resolved(
            v.day(d), f"'{m.group(0)}': {span} before last {lx.WEEKDAY_NAMES[wd]} ({fmt(base)}): {fmt(d)}"
        )
    word = group(m, "wd") or group(m, "wd2")
    wd = lx.WEEKDAYS[word]
    if _SINCE_AFTER.match(ctx.text, m.end()) or (group(m, "wd2") and names_a_day(ctx.text, m.start(), wd)):
        return None  # "the Super Tuesday week": the week of a named day
    base = dct.add(days=(wd - dct.isoweekday()) % 7)
    d = base.add(weeks=weeks)
    return resolved(
        v.day(d), f"'{m.group(0)}': {span} after the coming {lx.WEEKDAY_NAMES[wd]} ({fmt(base)}): {fmt(d)}"
    )


_PAPER_OR_SHOW_AFTER = re.compile(
    r" (?:Times|Telegraph|Mirror|Express|People|Herald|Post|Star|Sport|Independent|Tribune|Business Post|Politics|"
    r"Brunch|Kitchen|Supplement|Magazine|Night Live|Night Football|Morning Futures|Edition)\b"
)
_PAPER_ON = (" Mail on ", " Independent on ", " Scotland on ", " Wales on ")


def _titles_a_paper_or_show(text: str, start: int, end: int) -> bool:
    """Whether a capitalised weekday is part of a newspaper's or a programme's title: "the Sunday Times",
    "the Mail on Sunday", "Saturday Night Live", "the BBC's Sunday with Laura Kuenssberg"."""
    if not text[start : start + 1].isupper():
        return False
    if _PAPER_OR_SHOW_AFTER.match(text, end) or text.endswith(_PAPER_ON, max(0, start - 14), start):
        return True
    return text.endswith(("'s ", "\u2019s "), 0, start) and text.startswith(" with ", end) and text[end + 6 : end + 7].isupper()


def weekday_of_previous(m: Match, ctx: Context) -> Resolved | None:
    # (a week told before counts too: "lost a week ago and drew the Saturday before that")
    a = ctx.previous(m.start(), ("day", "time", "part-of-day", "week"))
    if a is None or m.start() - a.start > NEARBY:
        return None
    parsed = v.parse(a.value)
    if parsed is None:
        return None
    wd = lx.WEEKDAYS[group(m, "wd") or group(m, "wd2")]
    # ("the Saturday before that": the previous one)
    if group(m, "rel") in ("previous", "preceding") or group(m, "rel2") == "before":
        base = parsed[0]
        d, side = base.subtract(days=(base.isoweekday() - wd) % 7 or 7), "before"
    else:
        base = parsed[1]
        d, side = base.add(days=(wd - base.isoweekday()) % 7 or 7), "after"
    return resolved(
        v.day(d), f"'{m.group(0)}': the {lx.WEEKDAY_NAMES[wd]} {side} {a.value}: {fmt(d)}", PREVIOUS
    )


def day_by_weekday(m: Match, ctx: Context) -> Resolved | None:
    res = weekday(m, ctx)
    if res is None:
        return None
    tv, why, anchor = res
    d = pendulum.parse(tv.value[:10]).date()
    d = d.add(days=1 if group(m, "dir") == "after" else -1)
    return resolved(v.day(d), f"{why}; the day {group(m, 'dir')}: {fmt(d)}", anchor)


# ---- units relative to publication or to the previous date -------------------------------------


# Compiled here, not looked up in re's cache at each call; read at a match's end with pos and endpos
# (the patterns look at nothing before it, so a slice reads the same).
_ENDED = re.compile(r"\s+(?:ended|ending|ends|that ended|that ends)\b")


_STARTING_IN_YEAR = re.compile(
    r"\s+(?:starting|beginning|that starts|that begins|which starts|which begins)\s+(?:in\s+|on\s+)?"
    rf"(?P<when>(?:\d{{1,2}}\s+)?(?:{lx.PATTERNS['MONTH']}\.?\s+)?(?:\d{{1,2}},?\s+)?(?P<year>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
"""What follows a year said to start on a date of its own ("the fiscal year starting in April 2026")."""


_HONOUR_OF = re.compile(
    r"\b(?:player|team|manager|coach|goal|album|song|record|book|novel|film|movie|car|person|man|woman|athlete|"
    r"rookie|artist|driver|footballer|cricketer|golfer|newcomer|comeback|breakthrough|entrepreneur|employee|"
    r"teacher|word|signing|performance|personality|trial|storm|fight|deal|match|game|race|wedding|heist|"
    r"crime|story|event|discovery|invention|scandal|show)s?(?:['’]s)? of $",
    re.IGNORECASE,
)
"""What a title of the year, month or century honours ("player of the year", "the trial of the century")."""


def rel_unit(m: Match, ctx: Context) -> Resolved | None:
    rel = group(m, "rel")
    unit = group(m, "unit")
    modword = group(m, "mod")
    mod = None if modword in ("earlier", "later") else modifier(modword) if modword else None
    dct = ctx.dct
    whole = m.group(0)
    if ctx.quoted_title(m):
        return None
    if rel == "the" and ctx.text.endswith(" of ", 0, m.start()) and _HONOUR_OF.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "player of the year", "the trial of the century": a title, not a time
    if rel in ("that", "same", "previous", "following") or (
        # "the next week" counts from the date told before; "the middle of next week" from publication
        rel == "next" and ctx.text[max(0, m.start("rel") - 4) : m.start("rel")].lower() == "the "
    ):
        return _relative_to_previous(
            m, ctx, unit, {"that": 0, "same": 0, "previous": -1, "following": 1, "next": 1}[rel]
        )
    ended = _ENDED.match(ctx.text, m.end(), m.end() + 16)
    if rel in ("full", "the full", "entire", "the entire") or (rel == "the" and unit == "year"):
        if unit != "year":
            return None
        if ended:
            # "the year ended Sept. 30": a twelve-month reporting period, not a calendar year
            return resolved("P1Y", f"'{whole}': a year-long reporting period", NONE, type_=TimeType.DURATION)
        starting = _STARTING_IN_YEAR.match(ctx.text, m.end(), m.end() + 40)
        if starting is not None:
            # "the fiscal year starting in April 2026": the year it starts in, whatever the year of publication
            y = int(starting["year"])
            return resolved(str(y), f"'{whole} {' '.join(starting.group(0).split())}': {y}", NONE)
        y, why = context_year(m, ctx)
        return resolved(str(y), f"'{whole}': {why}", mod=mod)
    if rel == "the":
        if unit == "year":
            return None
        if unit in ("decade", "century") and mod is not None:
            return _the_decade(m, ctx, unit, mod)
        if unit == "weekend":
            return _the_weekend(m, ctx)
        if unit in ("week", "month"):
            rel = "this"
        else:
            return None
    step = {
        "last": -1,
        "past": -1,
        "previous": -1,
        "this": 0,
        "current": 0,
        "this past": -1,
        "next": 1,
        "coming": 1,
        "this coming": 1,
        "upcoming": 1,
    }.get(rel)
    if step is None:
        return None
    if unit in ("decade", "century") and rel == "past" and whole.lower().startswith("the"):
        # "the third time in the past decade": the ten years up to now, not the 2000s.
        length = "P10Y" if unit == "decade" else "P100Y"
        return resolved(
            length,
            f"'{whole}': the {unit} up to publication, a length of time ({length})",
            NONE,
            type_=TimeType.DURATION,
        )
    if unit == "week":
        value = v.week(dct.add(weeks=step))
    elif unit == "weekend":
        value = v.week(dct.add(weeks=step)) + "-WE"
    elif unit == "month":
        d = dct.add(months=step)
        value = v.month(d.year, d.month)
    elif unit == "year":
        value = str(dct.year + step)
    elif unit == "decade":
        value = f"{dct.year // 10 + step:03d}"
    elif unit == "century":
        value = f"{dct.year // 100 + step:02d}"
    else:
        return None
    when = {-1: "before", 0: "of", 1: "after"}[step]
    return resolved(value, f"'{whole}': the {unit} {when} publication ({fmt(dct)}): {value}", mod=mod)


def _the_weekend(m: Match, ctx: Context) -> Resolved:
    """'the weekend': the one under way on a Saturday or Sunday, else the last one, or the coming one ahead."""
    dct = ctx.dct
    if dct.isoweekday() >= 6:
        base, why = dct, "the weekend of publication"
    elif ctx.tense(m) == FUTURE or _cue_before(ctx, m, "ahead of"):
        base, why = dct, "the coming weekend"
    else:
        base, why = dct.subtract(weeks=1), "the last weekend before publication"
    value = v.week(base) + "-WE"
    return resolved(value, f"'{m.group(0)}': {why} ({value})")


def _cue_before(ctx: Context, m: Match, words: str) -> bool:
    return re.search(rf"\b{words}\s+$", ctx.text[max(0, m.start() - 20) : m.start()]) is not None


_GRAN_OF_UNIT = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade", "CE": "century",
                 "day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day",
                 "week": "week", "month": "month", "year": "year", "weekend": "weekend"}  # fmt: skip
_UNIT_CODE = {"day": "D", "morning": "D", "afternoon": "D", "evening": "D", "night": "D", "week": "W",
              "month": "M", "year": "Y", "weekend": "W"}  # fmt: skip


def _the_decade(m: Match, ctx: Context, unit: str, mod: str) -> Resolved | None:
    """A part of "the decade" or "the century": of the one under discussion ("in 1985 ... by the end of
    the decade" is the 1980s), else of publication's."""
    a = ctx.previous(m.start())
    parsed = v.parse(a.value) if a is not None else None
    if parsed is not None:
        day, base_why, anchor = parsed[0], f"the date mentioned before ({a.value})", PREVIOUS
    else:
        day, base_why, anchor = ctx.dct, f"publication ({fmt(ctx.dct)})", PUBLICATION
    value = v.render(day, unit)
    return resolved(value, f"'{m.group(0)}': part of the {unit} of {base_why} ({value})", anchor, mod)


def _relative_to_previous(
    m: Match,
    ctx: Context,
    unit: str,
    step: int,
    before: int | None = None,
    fits: Callable[[Anchor], bool] | None = None,
) -> Resolved | None:
    a = ctx.previous(m.start() if before is None else before, fits=fits)
    gran = _GRAN_OF_UNIT[unit]
    if a is None:
        base_value, base_why, anchor = v.day(ctx.dct), f"publication ({fmt(ctx.dct)})", PUBLICATION
    else:
        base_value, base_why, anchor = a.value, f"the date mentioned before ({a.value})", PREVIOUS
    parsed = v.parse(base_value)
    if parsed is None:
        return None
    start = parsed[0]
    moved = start.add(**{_PLURAL[_UNIT_CODE[unit]]: step})
    value = v.render(moved, gran if v.parse(base_value) else "day")
    if gran == "day" and parsed[2] not in ("day", "time", "part-of-day"):
        return None
    if step == 0:
        return resolved(value, f"'{m.group(0)}': the same {unit} as {base_why}: {value}", anchor)
    word = "before" if step < 0 else "after"
    return resolved(value, f"'{m.group(0)}': the {unit} {word} {base_why}: {value}", anchor)


_PLURAL = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}


def _relative_to_publication(m: Match, ctx: Context, unit: str, step: int) -> Resolved:
    """The `unit` `step` units from the one holding publication ("the week before last": -2 weeks)."""
    moved = ctx.dct.add(**{_PLURAL[_UNIT_CODE[unit]]: step})
    value = v.render(moved, _GRAN_OF_UNIT[unit])
    return resolved(value, f"'{m.group(0)}': {-step} {unit}s before that of publication ({fmt(ctx.dct)}): {value}")


_APPOSITION = re.compile(r"[\w.' ,]{0,30}?,\s*")


def _apposed(m: Match, ctx: Context, gran: str) -> Anchor | None:
    """The date right before ", the day before <event>" ("Nov. 3, the day before the vote"): the same day."""
    a = ctx.previous(m.start(), (gran,))
    if a is None or not _APPOSITION.fullmatch(ctx.text, a.start, m.start()):
        return None
    return a


_IN_THE_DAY = re.compile(r"\b[Ii]n $")


_NOUN_AFTER = re.compile(
    r"\s+(?!(?:that|which|and|but|in|at|on|near|from|with|by|for|to|when|as|outside|inside|during|while|so|or)\b)[a-z]"
)
"""A word after "the day before" that opens what it is counted from ("the day after the talks"), not a preposition
or a conjunction ("was arrested the day before in Chester")."""


def relative_day(m: Match, ctx: Context) -> Resolved | None:
    rel = group(m, "rel")
    unit = group(m, "unit") or group(m, "unit2")
    direction = group(m, "dir")
    if group(m, "last"):
        # "the week before last": the week before last week, two back from publication
        return _relative_to_publication(m, ctx, unit, -2)
    if direction:
        if _IN_THE_DAY.search(ctx.text, max(0, m.start() - 4), m.start()):
            # "later in the day before returning home": the day under discussion, with "before
            # returning" telling when in it; not the day before anything.
            return None
        step = 1 if direction == "after" else -1
        # "the day after the talks": the day after an event told earlier, so skip this sentence's own date.
        follows_noun = _NOUN_AFTER.match(ctx.text, m.end(), m.end() + 8)
        if follows_noun:
            same = _apposed(m, ctx, _GRAN_OF_UNIT[unit])
            coarser = _apposed(m, ctx, "month") if same is None and unit == "day" else None
            if coarser is not None:
                return None  # "on a single day in December 2018, the day after the appeal closed": a day in it, unknown
            if same is not None:
                return resolved(
                    same.value,
                    f"'{m.group(0)}' stands beside {same.value} and names that {unit} again "
                    f"(the {unit} {direction} what follows)",
                    PREVIOUS,
                )
        before = ctx.sentence_start(m) if follows_noun else None
        named = _naming(m, ctx) if follows_noun else None
        if named is not None:
            # "the day after the earthquake": counted from the day the sentence that told the earthquake gave it
            return _relative_to_previous(m, ctx, unit, step, before, fits=named)
        return _relative_to_previous(m, ctx, unit, step, before, fits=_come_if_past(m, ctx))
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[rel]
    return _relative_to_previous(m, ctx, unit, step, fits=_come_if_past(m, ctx))


_THE_THING = re.compile(rf"\s+{lx.THING}(?!\s+(?:of|in|on|at)\b)")


def _naming(m: Match, ctx: Context) -> Callable[[Anchor], bool] | None:
    """For "the day after the earthquake": a date told before in a sentence that names the thing ("A magnitude
    7.1 earthquake struck on Tuesday"), when one does; None when none does (the date told before is then
    the best there is)."""
    thing = _THE_THING.match(ctx.text, m.end(), m.end() + 40)
    if thing is None:
        return None
    noun = thing["noun"]

    def names(a: Anchor) -> bool:
        lo, hi = sentence_bounds(ctx.text, a.start, a.start)
        return lx.tells(ctx.text[lo:hi], noun)

    found = ctx.previous(ctx.sentence_start(m), ("day", "time", "part-of-day"), fits=names)
    return None if found is None else (lambda a: a is found)


def _come_if_past(m: Match, ctx: Context) -> Callable[[Anchor], bool] | None:
    """In a past-tense sentence, a date told before counts only if it has come ("said Sunday that schools would
    stay closed through Wednesday. Crews tested the pumps the previous day": the day before Sunday)."""
    if ctx.tense(m) != PAST:
        return None
    dct = ctx.dct

    def has_come(a: Anchor) -> bool:
        parsed = v.parse(a.value)
        return parsed is None or parsed[0] <= dct

    return has_come


def that_unit(m: Match, ctx: Context) -> Resolved | None:
    unit = group(m, "unit")
    # "A funeral will be held on Monday. The president said that evening ...": what was said was said on a
    # day that has come, so not on the Monday ahead but on the day told before it
    res = _relative_to_previous(m, ctx, unit, 0, fits=_come_if_past(m, ctx))
    if res is None:
        return None
    tv, why, anchor = res
    if unit in lx.PARTS_OF_DAY:
        tv = TimeValue(TimeType.TIME, tv.value + "T" + lx.PARTS_OF_DAY[unit])
    return tv, why, anchor


_EVENT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|\w+ing)\b|\s+[a-z]")


def offset(m: Match, ctx: Context) -> Resolved | None:
    unit = lx.UNITS[group(m, "unit")]
    q = group(m, "q")
    n = lx.number_value(q)
    direction = group(m, "dir")
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    told = group(m, "unit")
    if unit == "2W" and n is not None:
        unit, n, told = "W", 2 * n, "weeks"  # "a fortnight ago": two weeks ago
    if unit in ("H", "MIN", "S", "WE", "2W") or unit == "CE" and direction != "ago":
        return None
    if n is None:
        return _vague_offset(m, ctx, q, unit, sign, direction)
    gran = _GRAN_OF_UNIT[unit]
    if direction in ("before", "after") and _EVENT_AFTER.match(ctx.text, m.end(), m.end() + 12):
        return None  # "90 days after the merger": a length of time before or after an event, not a date
    a = period_nearby(m, ctx) if unit == "Y" and n == 1 else None
    if a is not None and direction == "ago" and (bounds := v.parse(a.value)) is not None and bounds[0] > ctx.dct:
        a = None  # "a year ago" counts back from a period under discussion, never from one still ahead
    onday = group(m, "onday")
    if onday and a is None and direction == "ago" and unit in ("D", "W", "M", "Y", "DE"):
        # "Ten years ago today": the same day so many years back, to the day
        day = ctx.dct.subtract(days=1) if onday.lower() == "yesterday" else ctx.dct
        back = day.subtract(**{_PLURAL.get(unit, "years") if unit != "DE" else "years": n * (10 if unit == "DE" else 1)})
        return resolved(v.day(back), f"'{m.group(0)}': {n} {told} before {onday} ({fmt(day)}): {fmt(back)}")
    if direction in ("ago", "from now", "hence"):
        base, anchor, base_why = v.day(ctx.dct), PUBLICATION, f"publication ({fmt(ctx.dct)})"
    else:
        prev = a or ctx.previous(m.start())
        if prev is not None and m.start() - prev.start > NEARBY:
            prev = None
        if prev is None:
            base, anchor, base_why = v.day(ctx.dct), PUBLICATION, f"publication ({fmt(ctx.dct)})"
        else:
            base, anchor, base_why = prev.value, PREVIOUS, f"the date mentioned before ({prev.value})"
    if a is not None:
        base, anchor, base_why = a.value, PREVIOUS, f"the period under discussion ({a.value})"
        gran = a.gran
    parsed = v.parse(base)
    if parsed is None:
        return None
    amount = n * sign * (10 if unit == "DE" else 100 if unit == "CE" else 1)
    moved = parsed[0].add(
        **{_PLURAL.get(unit, "years") if unit != "Q" else "months": amount * (3 if unit == "Q" else 1)}
    )
    value = v.render(moved, gran, base)
    hedge = group(m, "approx")
    mod = lx.APPROX_MODS.get(hedge)
    side = "before" if sign < 0 else "after"
    why = f"'{m.group(0)}': {n} {told} {side} {base_why}: {value}"
    if direction == "ago" and hedge in _WITHIN:
        # "less than two weeks ago": some day from then to publication, not the week two weeks back.
        return resolved(value, f"{why}, or since", anchor, mod, approx=(moved, ctx.dct))
    return resolved(value, why, anchor, mod)


_VAGUE_COUNTS = {"several": (2, 7), "a few": (2, 5), "few": (2, 5), "some": (2, 7), "many": (3, 20)}
"""How many units a vague count spans, as a reader takes it: "a few years ago" is two to five years back."""


def _vague_offset(m: Match, ctx: Context, q: str, unit: str, sign: int, direction: str) -> Resolved:
    ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
    side = "before" if sign < 0 else "after"
    counts = _VAGUE_COUNTS.get(q or "several")  # "months ago": a count left unsaid
    if (
        counts is None
        or direction not in ("ago", "from now", "hence")
        or unit not in ("D", "W", "M", "Q", "Y", "DE")
    ):
        return resolved(ref, f"'{m.group(0)}': an unspecified time {side}")
    plural, per = {"Q": ("months", 3), "DE": ("years", 10)}.get(unit, (_PLURAL.get(unit, "years"), 1))
    near, far = (ctx.dct.add(**{plural: sign * k * per}) for k in counts)
    lo, hi = (far, near) if sign < 0 else (near, far)
    return resolved(
        ref,
        f"'{m.group(0)}': {counts[0]} to {counts[1]} {group(m, 'unit')} {side} publication ({fmt(lo)} to {fmt(hi)})",
        approx=(lo, hi),
    )


_WITHIN = frozenset({"less than", "fewer than", "under", "up to", "at most"})
"""Hedges that bound a distance from above: "less than two weeks ago" is any day since."""


# ---- clock times ---------------------------------------------------------------------------------


def _day_for(m: Match, ctx: Context, when: str, hour: int | None = None) -> tuple[pendulum.Date, str]:
    dct = ctx.dct
    # "at 10 p.m. yesterday", "at 10 p.m. last night", "at 7 a.m. this morning": the day named with it
    days = _DEICTIC.get(when, _NIGHT_OR_MORNING.get(when))
    if days is not None:
        return dct.add(days=days), _DAY_NAMED[days]
    if when in lx.WEEKDAYS:
        wd = lx.WEEKDAYS[when]
        back = (dct.isoweekday() - wd) % 7
        if back == 0:
            return dct, "publication day"
        ahead = (wd - dct.isoweekday()) % 7
        # as for a weekday alone: "Polls close at 9 p.m. Thursday" with no past verb is the nearer one
        if _coming(FUTURE if ctx.deadline(m) else ctx.tense(m), ahead, back):
            return dct.add(days=ahead), f"the coming {lx.WEEKDAY_NAMES[wd]}"
        return dct.subtract(days=back), f"the {lx.WEEKDAY_NAMES[wd]} before publication"
    if group(m, "month") or group(m, "month2"):
        mon = lx.MONTHS[group(m, "month") or group(m, "month2")]
        day = int((group(m, "day") or group(m, "day2")).rstrip("stndrh"))
        # the year as for the date alone ("was found at 6 a.m. on 3 December" in February is last year's)
        picked = pick_year(ctx, m, lambda y: safe_date(y, mon, day), "the date")
        if picked is not None:
            return picked[0], "that date"
    # the day told just before, unless the tense says otherwise: "will face Chelsea on 25 May. The
    # semi-final kicked off at 5:30pm" is the story's day, not the final's
    t = ctx.tense(m)
    # "until 10am on Monday; and a wind warning until midnight": one end told after another is no time of its day
    until = ctx.word_before(m) in ("until", "till")

    def fits(a: Anchor) -> bool:
        parsed = v.parse(a.value)
        return (
            bool(parsed)
            and not (until and ctx.text.endswith(("until ", "till "), 0, a.start))
            and not (t == PAST and parsed[0] > dct)
            and not (t == FUTURE and parsed[0] < dct)
            # "burst on Sunday night, officials said on Monday. It gave way at 11 p.m.": a saying's own
            # day is not the day of what was said
            and not _SAID_BEFORE.search(ctx.text, max(0, a.start - 20), a.start)
        )

    a = ctx.previous(m.start(), ("day", "part-of-day", "time"), reach=1200, fits=fits)
    parsed = v.parse(a.value) if a is not None else None
    if a is not None and parsed:
        if hour is not None and hour < _SMALL_HOURS_END and _late(a.value) and parsed[0] < dct:
            # "declared at 11.15pm. By 4am, the opposition had passed ...": the night goes on into the next day
            return parsed[0].add(days=1), f"the morning after the night mentioned before ({a.value})"
        if hour == _MIDNIGHT and _small_hours(a.value) and t == PAST:
            # "The count ended at 2am on Monday. ... told supporters just before midnight": the midnight that began it
            return parsed[0].subtract(days=1), f"the night before the small hours mentioned before ({a.value})"
        return parsed[0], f"the day mentioned before ({a.value})"
    return dct, "publication day"


_NIGHT_OR_MORNING = {"last night": -1, "this morning": 0, "this afternoon": 0, "this evening": 0}
_DAY_NAMED = {-1: "the day before publication", 0: "publication day", 1: "the day after publication"}

_SMALL_HOURS_END = 7
"""A time before this hour, told after a late evening's, is of the night that goes on past midnight."""


_MIDNIGHT = 24


def _clock_of(value: str) -> str:
    """What follows the "T" of a value ("23:15", "NI"), "" when it has none."""
    at = value.find("T")
    return value[at + 1 :] if at >= 0 else ""


def _small_hours(value: str) -> bool:
    """A time of day before dawn: "2025-07-14T02:00"."""
    clock = _clock_of(value)
    return clock[:2].isdigit() and int(clock[:2]) < _SMALL_HOURS_END


def _late(value: str) -> bool:
    """A time of day in the late evening or the night: "2024-07-04T23:15", "2024-07-04TNI"."""
    clock = _clock_of(value)
    return clock == "NI" or clock[:2].isdigit() and int(clock[:2]) >= 21


_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|reported|told \w+)\s+(?:on\s+|late\s+on\s+|early\s+on\s+)?$")


def clock(m: Match, ctx: Context) -> Resolved | None:
    hour_word = group(m, "hour")
    hour = lx.number_value(hour_word)
    if hour is None or not 0 <= hour <= 23:
        return None
    minute = int(group(m, "min") or 0)
    ampm = group(m, "ampm").replace(".", "")
    pod = group(m, "pod")
    if (ampm == "pm" or pod in ("afternoon", "evening")) and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if not group(m, "when") and post_time(ctx.text, m.start()) and ctx.word_before(m) not in _CLOCK_PREPOSITIONS:
        # "Update, 3.15pm: Crews held the western edge": the time a live report's entry opens with
        return resolved(
            f"{v.day(ctx.dct)}T{hour:02d}:{minute:02d}",
            f"'{m.group(0)}': the time a live report's entry opens with, on publication day ({fmt(ctx.dct)})",
            type_=TimeType.TIME,
        )
    if not group(m, "when") and _EVERY_DAY_AFTER.match(ctx.text, m.end()):
        # "extra appointments after 6pm on weekdays", "opens at 9am daily": the hour of every such day, no date
        return resolved(
            f"XXXX-XX-XXT{hour:02d}:{minute:02d}",
            f"'{m.group(0)}': {hour:02d}:{minute:02d} on every day told after it, no one date",
            NONE,
            type_=TimeType.TIME,
        )
    d, why = _day_for(m, ctx, group(m, "when"), hour)
    value = f"{v.day(d)}T{hour:02d}:{minute:02d}"
    return resolved(
        value, f"'{m.group(0)}': {hour:02d}:{minute:02d} on {why} ({fmt(d)})", type_=TimeType.TIME
    )


_EVERY_DAY_AFTER = re.compile(
    r"\s+(?:(?:on\s+)?(?:weekdays|weekends|weeknights|(?:mon|tues|wednes|thurs|fri|satur|sun)days)\b|"
    r"(?:every|each)\s+(?:day|night|morning|evening|weekday)\b|daily\b|nightly\b)",
    re.IGNORECASE,
)


def clock_24(m: Match, ctx: Context) -> Resolved | None:
    if (
        not group(m, "tz")
        and ctx.word_before(m) not in _CLOCK_PREPOSITIONS
        and (group(m, "when") or not post_time(ctx.text, m.start()))
    ):
        # "won 3:15 today", "John 3:16 on Sunday": a score, a verse; a zone, "at", or the opening of a live
        # report's entry ("14:05 The Met Office has extended its warning", read by `clock`) makes a time
        return None
    return clock(m, ctx)


_POST_TIME = re.compile(
    r"(?:(?:[01]?\d|2[0-3]):[0-5]\d|(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?[ap]\.?m\.?)"
    r"(?:\s+(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT|local time))?"
    r"(?:\s*[:\-\u2013\u2014]\s*|\s+)(?=[A-Z\"\u201c'])"
)
"""A live report's entry opening with its time ("14:05 The Met Office ...", "09:30 - Police arrive", "3.15pm:
Crews held the line")."""
_POST_PREFIX = re.compile(r"(?:Update[ds]?|UPDATE[DS]?|Latest|LATEST)[,:]?\s+")
"""What may come before the entry's time on its line ("Update, 3.15pm: ...")."""


def post_time(text: str, start: int) -> re.Match[str] | None:
    """The time a live report's entry opens with, at `start`, the start of a line (or after "Update,"), with
    what parts it from the entry's words."""
    if start and text[start - 1] != "\n":
        line = text.rfind("\n", 0, start) + 1
        if start - line > _LONGEST_PREFIX or not _POST_PREFIX.fullmatch(text, line, start):
            return None
    return _POST_TIME.match(text, start)


_LONGEST_PREFIX = 10


_CLOCK_PREPOSITIONS = frozenset(
    ("at", "by", "until", "till", "before", "after", "around", "about", "from", "since")
)


def noon(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "word")
    if word == "noon" and not group(m, "when") and ctx.word_before(m) not in _CLOCK_PREPOSITIONS:
        return None  # "High Noon", "noon hour": a bare "noon" is a time of day after "at", "by", "until"
    d, why = _day_for(m, ctx, group(m, "when"), _MIDNIGHT if word == "midnight" else None)
    if word == "midnight" and why == "publication day" and ctx.tense(m) == PAST:
        # "took effect at midnight": the one that began the day of publication, which ends the day before
        d, why = d.subtract(days=1), "the night before publication"
    clock_ = "24:00" if word == "midnight" else "12:00"
    return resolved(
        f"{v.day(d)}T{clock_}", f"'{m.group(0)}': {word} of {why} ({fmt(d)})", type_=TimeType.TIME
    )
