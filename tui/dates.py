"""Reading a date the reader types ("2022-02-20", "20 feb", "yesterday", "feb 2022", "+3d").

`core`'s time-expression tagger does the work, anchored on the selected event's day, so the
prompt understands whatever the articles do. Only the terse offsets of log viewers ("+3d",
"-2w"), which no article writes, are read here.
"""

from __future__ import annotations

import re
from datetime import date

import pendulum

from core.timex import interval, tag

_OFFSET = re.compile(r"^\s*([+-]\d+)\s*([dwmy])\s*$", re.IGNORECASE)
_UNITS = {"d": "days", "w": "weeks", "m": "months", "y": "years"}


def parse(text: str, anchor: date) -> tuple[pendulum.Date, pendulum.Date] | None:
    """The first and last day `text` names, resolved against `anchor`; None if it names no date."""
    dct = pendulum.date(anchor.year, anchor.month, anchor.day)
    if m := _OFFSET.match(text):
        day = dct.add(**{_UNITS[m[2].lower()]: int(m[1])})
        return day, day
    for found in tag(text, dct):
        covered = interval(found.time)
        if covered is not None:
            return covered[0], covered[1]
    return None
