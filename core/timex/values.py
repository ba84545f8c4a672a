"""TIMEX3 value strings: formatting, reading back the interval a value covers, and calendar arithmetic.

Values are the TimeML forms ("2022-02-07", "2022-02-07TEV", "2022-W06", "2022-W06-WE", "2022-Q1",
"2022-H1", "2022-SU", "199" for a decade, "19" for a century). Everything here is pure arithmetic on
them; which value an expression gets is decided in `resolve`.
"""

from __future__ import annotations

import calendar
import functools
import re

import pendulum

from core.model import TimeValue

SEASON_MONTHS: dict[str, tuple[int, int]] = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_FORMS: list[tuple[str, re.Pattern[str]]] = [
    ("time", re.compile(r"(\d{4})-(\d\d)-(\d\d)T(\d\d)(?::(\d\d))?")),
    ("part-of-day", re.compile(r"(\d{4})-(\d\d)-(\d\d)T(MO|AF|EV|NI|MI|DT)")),
    ("day", re.compile(r"(\d{4})-(\d\d)-(\d\d)")),
    ("weekend", re.compile(r"(\d{4})-W(\d\d?)-WE")),
    ("week", re.compile(r"(\d{4})-W(\d\d?)")),
    ("month", re.compile(r"(\d{4})-(\d\d)")),
    ("quarter", re.compile(r"(\d{4})-Q([1-4])")),
    ("half", re.compile(r"(\d{4})-H([12])")),
    ("season", re.compile(r"(\d{4})-(SP|SU|FA|WI)")),
    ("year", re.compile(r"(\d{4})")),
    ("decade", re.compile(r"(\d{3})")),
    ("century", re.compile(r"(\d\d)")),
]


def day(d: pendulum.Date) -> str:
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}"


def month(year: int, month_: int) -> str:
    return f"{year:04d}-{month_:02d}"


def week(d: pendulum.Date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def quarter_of(d: pendulum.Date) -> int:
    return (d.month - 1) // 3 + 1


def _week_start(iso_year: int, iso_week: int) -> pendulum.Date:
    d = pendulum.Date.fromisocalendar(iso_year, max(1, min(iso_week, 53 if _has_w53(iso_year) else 52)), 1)
    return pendulum.date(d.year, d.month, d.day)


def _has_w53(year: int) -> bool:
    return pendulum.date(year, 12, 28).isocalendar()[1] == 53


def month_end(year: int, month_: int) -> pendulum.Date:
    """The last day of a month."""
    return pendulum.date(year, month_, calendar.monthrange(year, month_)[1])


@functools.lru_cache(maxsize=4096)
def parse(value: str) -> tuple[pendulum.Date, pendulum.Date, str] | None:
    """Inclusive (start, end, granularity) of a concrete value; None for anything not on the calendar.

    Cached: an article names the same few days again and again, and every date the tagger finds is
    parsed to see whether later expressions may count from it."""
    for gran, form in _FORMS:
        m = form.fullmatch(value)
        if not m:
            continue
        try:
            return _bounds(gran, m.groups())
        except ValueError:
            return None
    return None


def _bounds(gran: str, g: tuple[str | None, ...]) -> tuple[pendulum.Date, pendulum.Date, str]:
    y = int(g[0] or 0)
    if gran in ("time", "part-of-day", "day"):
        d = pendulum.date(y, int(g[1] or 0), int(g[2] or 0))
        return d, d, gran
    if gran in ("week", "weekend"):
        start = _week_start(y, int(g[1] or 0))
        if gran == "weekend":
            return start.add(days=5), start.add(days=6), gran
        return start, start.add(days=6), gran
    if gran == "month":
        m = int(g[1] or 0)
        return pendulum.date(y, m, 1), month_end(y, m), gran
    if gran == "quarter":
        q = int(g[1] or 0)
        return pendulum.date(y, 3 * q - 2, 1), month_end(y, 3 * q), gran
    if gran == "half":
        h = int(g[1] or 0)
        return pendulum.date(y, 6 * h - 5, 1), month_end(y, 6 * h), gran
    if gran == "season":
        first, last = SEASON_MONTHS[str(g[1])]
        if first > last:  # winter straddles the new year; TimeML puts it in the year it starts
            return pendulum.date(y, first, 1), month_end(y + 1, last), gran
        return pendulum.date(y, first, 1), month_end(y, last), gran
    if gran == "year":
        return pendulum.date(y, 1, 1), pendulum.date(y, 12, 31), gran
    if gran == "decade":
        return pendulum.date(y * 10, 1, 1), pendulum.date(y * 10 + 9, 12, 31), gran
    # A century "19" is 1900..1999, the way TimeML writes the twentieth century.
    return pendulum.date(max(y * 100, 1), 1, 1), pendulum.date(y * 100 + 99, 12, 31), "century"


_MOD_PARTS = {"EARLY": (0.0, 1 / 3), "START": (0.0, 1 / 3), "MID": (1 / 3, 2 / 3), "LATE": (2 / 3, 1.0),
              "END": (2 / 3, 1.0)}  # fmt: skip


def narrow(start: pendulum.Date, end: pendulum.Date, mod: str | None) -> tuple[pendulum.Date, pendulum.Date]:
    """The part of [start, end] a modifier picks: early/mid/late thirds (early December -> Dec 1..10)."""
    if mod not in _MOD_PARTS or start == end:
        return start, end
    days = (end - start).in_days() + 1
    lo, hi = _MOD_PARTS[mod]
    first = round(days * lo)
    last = round(days * hi) - 1
    return start.add(days=first), start.add(days=max(first, last))


def interval(time: TimeValue) -> tuple[pendulum.Date, pendulum.Date, str] | None:
    """Inclusive (start, end, granularity) the value covers, narrowed by its mod; vague refs use approx."""
    if time.value.endswith("_REF"):
        if time.approx is None:
            return None
        return time.approx[0], time.approx[1], "range"
    if time.value.startswith(("P", "XXXX")):
        return None
    if time.approx is not None:  # "less than two weeks ago": the span the words allow, not the value's unit
        return time.approx[0], time.approx[1], "range"
    parsed = parse(time.value)
    if parsed is None:
        return None
    start, end, gran = parsed
    start, end = narrow(start, end, time.mod)
    return start, end, gran


def shift(value: str, amount: int, unit: str) -> str | None:
    """Move a concrete value by amount units (D, W, M, Q, Y), keeping its granularity."""
    parsed = parse(value)
    if parsed is None:
        return None
    start, _end, gran = parsed
    delta: dict[str, int] = {
        "D": {"days": amount}, "W": {"weeks": amount}, "M": {"months": amount},
        "Q": {"months": 3 * amount}, "Y": {"years": amount}, "DE": {"years": 10 * amount},
    }.get(unit, {})  # fmt: skip
    if not delta:
        return None
    moved = start.add(**delta)
    return render(moved, gran, value)


def render(d: pendulum.Date, gran: str, like: str = "") -> str:
    """The value of granularity gran that contains day d (like gives a part of day or season to keep)."""
    if gran == "day":
        return day(d)
    if gran in ("time", "part-of-day"):
        return day(d) + like[10:]
    if gran == "week":
        return week(d)
    if gran == "weekend":
        return week(d) + "-WE"
    if gran == "month":
        return month(d.year, d.month)
    if gran == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if gran == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if gran == "season":
        return f"{d.year:04d}{like[4:]}"
    if gran == "decade":
        return f"{d.year // 10:03d}"
    if gran == "century":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"
