"""Reading a date the reader types ("2022-02-20", "20 feb", "yesterday", "feb 2022").

The time-expression tagger of `core` does the work, anchored on the selected event's day, so
the prompt understands whatever the articles do. A few plain forms are parsed here too, so the
prompt still works if the tagger finds nothing.
"""

from __future__ import annotations

import re
from datetime import date

import pendulum

_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\s*$")
_DAY_MONTH = re.compile(r"^\s*(\d{1,2})\s+([a-z]{3})[a-z]*\.?(?:\s+(\d{4}))?\s*$", re.IGNORECASE)
_MONTH_DAY = re.compile(r"^\s*([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:,?\s+(\d{4}))?\s*$", re.IGNORECASE)
_RELATIVE = re.compile(r"^\s*([+-]\d+)\s*([dwmy])\s*$", re.IGNORECASE)


def parse(text: str, anchor: date) -> tuple[pendulum.Date, pendulum.Date] | None:
    """The first and last day `text` names, resolved against `anchor`; None if it names no date."""
    dct = pendulum.date(anchor.year, anchor.month, anchor.day)
    if _ISO.match(text) or _RELATIVE.match(text):  # unambiguous forms first: "2022-02" is a month
        return _plain(text, dct)
    found = _with_tagger(text, dct)
    return found if found is not None else _plain(text, dct)


def _with_tagger(text: str, dct: pendulum.Date) -> tuple[pendulum.Date, pendulum.Date] | None:
    try:
        from core import timex
    except ImportError:
        return None
    tag = getattr(timex, "tag", None)
    interval = getattr(timex, "interval", None)
    if tag is None or interval is None:
        return None
    try:
        for found in tag(text, dct):
            span = interval(found.time)
            if span is not None:
                return span[0], span[1]
    except Exception:  # noqa: BLE001 - a tagger bug must not crash the prompt; fall back
        return None
    return None


def _plain(text: str, dct: pendulum.Date) -> tuple[pendulum.Date, pendulum.Date] | None:
    words = text.strip().lower()
    try:
        if words in ("today", "now"):
            return dct, dct
        if words == "yesterday":
            d = dct.subtract(days=1)
            return d, d
        if words == "tomorrow":
            d = dct.add(days=1)
            return d, d
        if m := _ISO.match(words):
            year, month = int(m[1]), int(m[2])
            if m[3]:
                d = pendulum.date(year, month, int(m[3]))
                return d, d
            first = pendulum.date(year, month, 1)
            return first, first.end_of("month")
        if m := _DAY_MONTH.match(words):
            return _day_month(int(m[1]), m[2], m[3], dct)
        if m := _MONTH_DAY.match(words):
            return _day_month(int(m[2]), m[1], m[3], dct)
        if m := _RELATIVE.match(words):
            n, unit = int(m[1]), m[2].lower()
            units = {"d": "days", "w": "weeks", "m": "months", "y": "years"}
            d = dct.add(**{units[unit]: n})
            return d, d
    except ValueError:
        return None
    return None


def _day_month(
    day: int, month_word: str, year: str | None, dct: pendulum.Date
) -> tuple[pendulum.Date, pendulum.Date] | None:
    month = _MONTHS.get(month_word[:3].lower())
    if month is None:
        return None
    if year:
        d = pendulum.date(int(year), month, day)
        return d, d
    # Without a year: the occurrence nearest the anchor.
    candidates = [pendulum.date(dct.year + k, month, day) for k in (-1, 0, 1)]
    d = min(candidates, key=lambda c: abs((c - dct).days))
    return d, d
