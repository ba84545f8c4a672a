"""Normalisers for lengths and repetitions of time and for vague references: durations, sets,
PRESENT_REF / PAST_REF / FUTURE_REF with an approximate range.
"""

from __future__ import annotations

import re

import pendulum

from core.model import TimeType
from core.timex import lexicon as lx
from core.timex import values as v
from core.timex.context import (
    NONE,
    PUBLICATION,
    VAGUE_DAYS,
    Context,
    Match,
    Resolved,
    fmt,
    group,
    names_a_day,
    resolved,
)
from core.timex.tense import FUTURE, UNKNOWN

# ---- durations -----------------------------------------------------------------------------------


def _duration_value(n: int | None, unit: str, half: bool = False) -> str:
    if unit == "WE":
        return f"P{n or 'X'}WE"
    if unit == "2W":
        unit, n = "W", (2 * n if n is not None else None)
    if unit == "DE":
        return f"P{n * 10}Y" if n is not None else "PXDE"
    if unit == "CE":
        return f"P{n * 100}Y" if n is not None else "PXC"
    code = {"MIN": "M"}.get(unit, unit)
    timeish = unit in ("H", "MIN", "S")
    num = "X" if n is None else str(n)
    extra = ""
    if half and n is not None:
        extra = {"H": "30M", "Y": "6M", "D": "12H", "MIN": "30S"}.get(unit, "")
        if unit == "D":
            timeish = True
            return f"P{n}DT12H"
    return f"P{'T' if timeish else ''}{num}{code}{extra}"


# Compiled here, not looked up in re's cache at each call: the resolvers run for thousands of matches.
_QUARTERS_END = re.compile(r"-quarters?$", re.IGNORECASE)


_BEFORE_THE_VERB_LAST = frozenset(
    "to will would could can may might must should shall did does do not n't 'll".split()
)
"""Words after which "last" is the verb ("could last two years"), not the "last" of "the last two years"."""


def duration(m: Match, ctx: Context) -> Resolved | None:
    q = group(m, "q")
    unit_word = group(m, "unit")
    unit = lx.UNITS[unit_word]
    if ctx.quoted_title(m):
        return None
    if q in ("a", "an") and unit_word == "second":
        return None  # "a second round", "a second time": the ordinal, not the unit
    if group(m, "rel") == "last" and ctx.word_before(m) in _BEFORE_THE_VERB_LAST:
        return None  # "is expected to last three weeks": the verb; the duration starts at its number
    n = lx.number_value(q)
    if n is None and q.replace(".", "", 1).isdigit():
        return None
    if n is not None and n > 10000:
        return None
    if q in ("some",) and unit_word.endswith("s") is False:
        return None
    if unit == "Q" and (_QUARTERS_END.search(m.group(0)) or ctx.word_after(m) == "of"):
        return None  # "three-quarters of its food", "a quarter of the market": a fraction
    if (
        q in ("a", "an")
        and not group(m, "the")
        and not group(m, "rel")
        and ctx.word_before(m) != "for"  # "The president, 75, spoke for an hour": how long
        and _RATE.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        return None  # "four flights a week", "$2 million a year": a rate, not a length of time
    if q in ("a", "an") and not group(m, "the") and ctx.word_before(m) in _TIMES:
        return None  # "twice a year": how often (the set rule's), not how long
    if group(m, "old").endswith("old"):
        return None  # "a 52-year-old director": an age, which the corpora do not mark
    value = _duration_value(n, unit, bool(group(m, "longer") or group(m, "half")))
    mod = lx.APPROX_MODS.get(group(m, "approx"))
    gran = _GRAN.get(unit)
    if (
        n is not None
        and gran
        and not group(m, "the")
        and not group(m, "rel")
        and ctx.word_before(m) == "in"
        and ctx.tense(m) in (FUTURE, UNKNOWN)
        and not _SPAN_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())
    ):
        # "will be redeemed in five years": the point that far after publication, not the length
        d = ctx.dct.add(**{gran[0]: n * gran[1]})
        date_value = v.render(d, gran[2])
        return resolved(
            date_value,
            f"'in {m.group(0)}' looking ahead: {value} after publication ({fmt(ctx.dct)}): {date_value}",
            PUBLICATION,
            mod,
        )
    return resolved(value, f"'{m.group(0)}' is a length of time: {value}", NONE, mod, TimeType.DURATION)


_SPAN_BEFORE = re.compile(
    r"\b(?:times?|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\w+est|most|least)\b"
    r"[^,.;]*\bin\s+$",
    re.IGNORECASE,
)
"""Before "in four years" that counts back over a span: "for the third time in four years", "the highest in
five years", "its third round of layoffs in 18 months"."""
_GRAN = {"D": ("days", 1, "day"), "W": ("weeks", 1, "week"), "M": ("months", 1, "month"),
         "Y": ("years", 1, "year"), "DE": ("years", 10, "year")}  # fmt: skip


_NUMBER_WORDS = [w for w in lx.NUMBERS if " " not in w and w != "zero"]
# Only asked whether it is there, and "\S*" takes what follows a word: one that begins with another
# ("sixteen", "sixty-one" with "six") finds nothing more, and fewer words are less to compile.
_RATE = re.compile(
    r"(?:\d|\b"
    + lx.by_letters(w for w in _NUMBER_WORDS if not any(w != v and w.startswith(v) for v in _NUMBER_WORDS))
    + r")\S*(?<![.!?;:])"
    r"(?:\s+(?:million|billion|thousand|percent|cents?|dollars?))?(?:\s+[a-z]+){0,2}\s+$",
    re.IGNORECASE,
)
"""A number, perhaps with a unit and a noun or two, just before "a week": the expression is a rate.
A number that ends a sentence ("... in 1986. A year later") is not the rate's amount."""

_PLURAL_OK_BEFORE = frozenset({"for", "within", "in", "over", "after", "took", "lasted", "spent", "lasting",
                               "last", "take", "takes"})  # fmt: skip


def plural_units(m: Match, ctx: Context) -> Resolved | None:
    if ctx.word_before(m) not in _PLURAL_OK_BEFORE:
        return None
    unit = lx.UNITS[group(m, "unit")]
    value = _duration_value(None, unit)
    return resolved(
        value, f"'{m.group(0)}': an unspecified number of {group(m, 'unit')}", NONE, None, TimeType.DURATION
    )


# ---- vague references ----------------------------------------------------------------------------


def _approx_past(ctx: Context, days: int) -> tuple[pendulum.Date, pendulum.Date]:
    return ctx.dct.subtract(days=days), ctx.dct


_DISCOURSE_NOW = re.compile(r",|\s+for\b")


def present_ref(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "word")
    if word == "current" and ctx.word_after(m) not in (
        "quarter",
        "year",
        "month",
        "week",
        "period",
        "season",
    ):
        # "current" as an adjective of a time noun is part of a longer rule; alone it is too loose.
        nxt = ctx.word_after(m)
        if nxt in ("account", "accounts", "affairs", "events", "flows", "flow", "status"):
            return None
    if word == "this time" or word == "at this point":
        return None
    if m.group(0) == "Now" and _DISCOURSE_NOW.match(ctx.text, m.end(), m.end() + 5):
        return None  # "Now, he says, ...", "Now for the weather": a discourse marker opening the sentence
    return resolved(
        "PRESENT_REF", f"'{m.group(0)}': the time of publication ({fmt(ctx.dct)})", approx=(ctx.dct, ctx.dct)
    )


def past_ref(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "word")
    if word == "earlier" and not (m.group(0)[0].isupper() or ctx.word_after(m) in ("", ",")):
        return None
    after = ctx.word_after(m)
    if word == "the past" and (
        after in lx.UNITS
        or after in lx.NUMBERS
        or after[:1].isdigit()
        or after in ("few", "several", "couple")
    ):
        return None
    return resolved("PAST_REF", f"'{m.group(0)}': some time before publication", approx=_approx_past(ctx, 90))


def recent_units(m: Match, ctx: Context) -> Resolved | None:
    unit = lx.UNITS[group(m, "unit")]
    days = VAGUE_DAYS.get(unit, 90)
    lo, hi = _approx_past(ctx, days)
    return resolved(
        "PAST_REF",
        f"'{m.group(0)}': about {days} days up to publication ({fmt(lo)} to {fmt(hi)})",
        approx=(lo, hi),
    )


def future_ref(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "word")
    if word == "later" and not m.group(0)[0].isupper():
        return None
    if word == "future" and ctx.word_after(m) not in ("", ",", "."):
        nxt = ctx.word_after(m)
        if nxt.isalpha():
            return None
    if word == "one day" and ctx.tense(m) != FUTURE:
        return None
    unit = next((u for u in ("days", "weeks", "months", "years") if u in word), "")
    days = {"days": 7, "weeks": 28, "months": 120, "years": 3 * 365}.get(unit, 90)
    return resolved(
        "FUTURE_REF", f"'{m.group(0)}': some time after publication", approx=(ctx.dct, ctx.dct.add(days=days))
    )


# ---- sets ----------------------------------------------------------------------------------------

_ADVERB_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "quarterly": "P1Q", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W"}  # fmt: skip


# "the Communist Party daily Granma", "the French daily Le Monde", "the daily said": a newspaper.
_PAPER_AFTER = re.compile(
    r"\s+(?:[A-Z]|(?:newspaper|said|says|reported|reports|quoted|wrote|writes|added)\b)"
)
_PAPER_BEFORE = re.compile(
    r"(?:\bthe|\ba|\bparty|\bstate|\bstate-run|\bofficial|\bleading|\bbusiness|"
    r"\bfinancial|\bnational|\bpopular|[A-Z][\w-]*)\s+$"
)


def set_adverb(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "word")
    if word in ("daily", "weekly") and _newspaper(m, ctx):
        return None
    value = _ADVERB_SET[word]
    return resolved(value, f"'{m.group(0)}': happens regularly ({value})", NONE, type_=TimeType.SET)


def _newspaper(m: Match, ctx: Context) -> bool:
    """'daily'/'weekly' as a noun: a newspaper named after it, or the daily itself saying something."""
    before = ctx.text[max(0, m.start() - 30) : m.start()]
    after = ctx.text[m.end() : m.end() + 12]
    return _PAPER_BEFORE.search(before) is not None and _PAPER_AFTER.match(after) is not None


_TIMES = frozenset(("once", "twice", "times", "thrice"))


def set_every(m: Match, ctx: Context) -> Resolved | None:
    every = group(m, "every")
    unit = group(m, "unit")
    if every == "a" and ctx.word_before(m) not in _TIMES:
        return None
    n: int | None = 2 if group(m, "other") else 1
    if bool(group(m, "n")) != bool(group(m, "plural")):
        return None  # "every days", "every two week": not how the words go
    if group(m, "n"):
        if every != "every":
            return None  # "per two weeks", "a few days": not how often
        # "every four years", "every couple of weeks"; "every few weeks" says no number
        n = 2 if group(m, "n") == "couple of" else lx.number_value(group(m, "n"))
    if n != 1 and (unit in lx.PARTS_OF_DAY or unit in lx.SEASONS or unit == "weekend"):
        return None  # "every two summers": no TIMEX3 value says it
    if unit in lx.PARTS_OF_DAY:
        value = "XXXX-XX-XXT" + lx.PARTS_OF_DAY[unit]
    elif unit in lx.SEASONS:
        value = "XXXX-" + lx.SEASONS[unit]
    elif unit == "weekend":
        value = "XXXX-WXX-WE"
    else:
        value = _duration_value(n, lx.UNITS[unit])
    how_often = f"once a {unit}" if n == 1 else f"once every {m.group(0).split(' ', 1)[1]}"
    return resolved(value, f"'{m.group(0)}': {how_often} ({value})", NONE, type_=TimeType.SET)


def set_weekday(m: Match, ctx: Context) -> Resolved | None:
    word = group(m, "wd") or group(m, "wd2")
    wd = lx.WEEKDAYS[word]
    if names_a_day(ctx.text, m.start("wd") if group(m, "wd") else m.start("wd2"), wd):
        return None  # "Black Fridays": the days of that name, not every Friday
    value = f"XXXX-WXX-{wd}"
    if group(m, "pod"):
        value += "T" + lx.PARTS_OF_DAY[group(m, "pod")]
    every = "every other" if group(m, "other") else "every"
    return resolved(value, f"'{m.group(0)}': {every} {lx.WEEKDAY_NAMES[wd]}", NONE, type_=TimeType.SET)


def set_month(m: Match, ctx: Context) -> Resolved | None:
    mon = lx.MONTHS[group(m, "month")]
    return resolved(
        f"XXXX-{mon:02d}", f"'{m.group(0)}': every {lx.MONTH_NAMES[mon]}", NONE, type_=TimeType.SET
    )
