"""What a normaliser may look at besides its match, and the small helpers all normalisers share.

`Context` holds the publication date, the text, the tense around an expression (from `tense`) and the
dates already found earlier in the text (the anchors "the day after" or "a year earlier" count from).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any, Protocol

import attrs
import pendulum

from core.model import TimeType, TimeValue, positional_maker
from core.timex import lexicon as lx
from core.timex.tense import FUTURE, PAST, UNKNOWN, sentence_bounds, tense


class Match(Protocol):
    """What a normaliser reads of its rule's match: an `re.Match` on the text, or the scanner's reading of
    the match on the lower-cased text (the same positions and groups)."""

    def group(self, name: str | int = 0, /) -> str | Any: ...

    def start(self, group: str | int = 0, /) -> int: ...

    def end(self, group: str | int = 0, /) -> int: ...

    def span(self, group: str | int = 0, /) -> tuple[int, int]: ...


Resolved = tuple[TimeValue, str, str]
"""(value, why, anchor) where anchor is "publication", "previous" or "none"."""

PUBLICATION, PREVIOUS, NONE = "publication", "previous", "none"
_REACH = 6000
VAGUE_DAYS = {"D": 7, "W": 28, "M": 120, "Q": 270, "Y": 3 * 365, "DE": 20 * 365, "CE": 100 * 365}


_CALLED_FOR = re.compile(
    r"\b(?:(?:has|have)\s+(?:now\s+|also\s+)?(?:called|planned|announced|organi[sz]ed|fixed|booked|arranged)|calls|plans)"
    r"\s+(?:[\w'-]+\s+){1,7}?for\s+$",
    re.IGNORECASE,
)
_DEADLINE = re.compile(
    r"(?<![.\n\"'`] )\b(?:until\s+(?:at\s+(?:the\s+)?(?:least|earliest|latest)\s+)?(?:\d.*)?|by\s+|through\s+)$"
)


_STATE_GOES_ON = re.compile(
    r"\b(?:is|are|remains|remain|stays|stay)\s+(?:[\w-]+\s+){0,4}?(?:until|till|through)\s+(?:at\s+)?$",
    re.IGNORECASE,
)
"""A state told in the present up to the date ("is in effect until", "remain closed until")."""
_LISTED_FOR = re.compile(
    r"\b(?:listed|pencilled\s+in|penciled\s+in|earmarked|provisionally\s+(?:set|fixed|booked|scheduled))\s+for\s+$",
    re.IGNORECASE,
)
_PUT_OFF_TO = re.compile(
    r"\b(?:postponed|delayed|adjourned|deferred|pushed\s+back|put\s+back|moved\s+back|rescheduled)\s+"
    r"(?:[\w,']+\s+){0,3}?to\s+$",
    re.IGNORECASE,
)
"""A date something has been put off to: the one it now stands at."""


@functools.cache
def _put_off() -> re.Pattern[str]:
    """A verb that puts a deadline off or grants it ("postponed until", "gave them until"), or a state
    imposed until then ("remanded in custody until Friday", "flights were grounded until Friday"); compiled
    on first use, as few texts need it."""
    return re.compile(
        r"\b(?:postpon|delay|extend|adjourn|suspend|defer|put\s+off|pushed\s+back|moved\s+back|"
        r"freez|froze|bann|barred|gave|give|granted|order|remand|ground|halt|cancel|shut|clos|block|lock|"
        r"confin)\w*\b[^.;]*$",
        re.IGNORECASE,
    )


_LAST_WORD = re.compile(r"([\w$']+)\W*$")
"""The word before an expression: the run of word characters, "$" and "'" that holds the stretch's last
letter or digit ("company's", "$5", "workers'")."""
_LAST_WORD_BACKWARDS = re.compile(r"\W*?(?=[$']*\w)([$']*\w[\w$']*)")
"""`_LAST_WORD` on the stretch read backwards (tests/test_timex_word_before.py): searched forwards, it tries
every word of the stretch and every split of each; backwards, the first run holding a letter is the one."""
_NEXT_WORD = re.compile(r"\W*([\w']+)")
_STATE_ENDED = re.compile(r"\b(?:remained|stayed)\s+(?:\w+\s+){0,3}until\s+$")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:(?:also|now|already|just|since)\s+)?[a-z]+\b[^.;]*$", re.IGNORECASE)
"""A present perfect before a span's end ("has cut its flights until March"): what it did lasts on, so the
end is still ahead."""
_OPEN_QUOTE = re.compile(r"(?:\"|''|``|\u201c)$")


@attrs.define
class Anchor:
    start: int
    value: str
    gran: str


@attrs.define
class Context:
    """What a normaliser may look at besides its match."""

    text: str
    dct: pendulum.Date
    anchors: list[Anchor] = attrs.Factory(list)
    _tense_cache: dict[tuple[int, int], str] = attrs.Factory(dict)

    def tense(self, m: Match) -> str:
        key = m.span()
        if key not in self._tense_cache:
            self._tense_cache[key] = tense(self.text, *key)
        return self._tense_cache[key]

    def previous(
        self,
        before: int,
        grans: tuple[str, ...] = (),
        reach: int = _REACH,
        fits: Callable[[Anchor], bool] | None = None,
    ) -> Anchor | None:
        """The latest concrete date found before offset `before` (of one of grans, when given, and that
        `fits`, when given).

        Only the last `reach` characters are searched: a reader does not count "the day after" from a date
        pages back, and the search stays short on very long texts.
        """
        for a in reversed(self.anchors):
            if before - a.start > reach:
                return None
            if a.start < before and (not grans or a.gran in grans) and (fits is None or fits(a)):
                return a
        return None

    def sentence_start(self, m: Match) -> int:
        return sentence_bounds(self.text, *m.span())[0]

    def same_sentence(self, m: Match, grans: tuple[str, ...]) -> Anchor | None:
        a = self.previous(m.start(), grans)
        return a if a and a.start >= self.sentence_start(m) else None

    def word_before(self, m: Match) -> str:
        before = self.text[max(0, m.start() - 30) : m.start()]
        w = _LAST_WORD_BACKWARDS.match(before[::-1])
        if w is not None:
            return w.group(1)[::-1].lower()
        w = _LAST_WORD.search(before)  # no letter or digit: a "$" or "'" alone, if any
        return w.group(1).lower() if w else ""

    def quoted_title(self, m: Match) -> bool:
        """Whether the words are a title in quotes: ABC's "This Week", CBS's "60 Minutes" (a show, not a time).

        They open the quotation and their last word, a time word, is capitalised as no time word mid-sentence is.
        """
        last = m.group(0).split()[-1]
        return (
            len(m.group(0).split()) > 1
            and last[:1].isupper()
            and _OPEN_QUOTE.search(self.text, 0, m.start()) is not None
        )

    def ends_by(self, m: Match) -> bool:
        """Whether the expression ends a span: "until Tuesday", "by March" (not opening the sentence, where
        "Until January, prices rose" looks back)."""
        return (
            _DEADLINE.search(self.text, max(0, m.start() - 28), m.start()) is not None
            and self.sentence_start(m) < m.start() - 7
        )

    def deadline(self, m: Match) -> bool:
        """Whether the expression is a deadline still ahead: a span's end (`ends_by`) that no past verb
        says has come ("remained in office until March" ended before publication), or one put off or granted
        ("postponed until March", "gave them until March"), whatever the tense of the verb that set it."""
        if not self.ends_by(m):
            # "adjourned to 14 March", "postponed to the week of 2 December": the new date, still ahead; and
            # "a hearing provisionally listed for 7 July": a day a thing is listed for
            if self.text.endswith("to ", 0, m.start()):
                return _PUT_OFF_TO.search(self.text, max(0, m.start() - 48), m.start()) is not None
            return self.text.endswith("for ", 0, m.start()) and _LISTED_FOR.search(
                self.text, max(0, m.start() - 40), m.start()
            ) is not None
        if self.tense(m) != PAST:
            return True
        if _STATE_ENDED.search(self.text, max(0, m.start() - 40), m.start()):
            return False  # "remained closed until March": the state has ended
        if _STATE_GOES_ON.search(self.text, max(0, m.start() - 60), m.start()):
            return True  # "the warning is in effect until Monday, forecasters said": it has not ended
        if _PERFECT_BEFORE.search(self.text, max(0, m.start() - 60), m.start()):
            return True
        return _put_off().search(self.text, max(0, m.start() - 80), m.start()) is not None

    def called_for(self, m: Match) -> bool:
        """Whether the expression is the day something has just been called or set for ("Unions have called a
        new day of protests for Saturday"): a day still ahead of the call ("a service planned for Saturday was
        cancelled" may be past)."""
        before = self.text[max(0, m.start() - 64) : m.start()]
        return before.endswith("for ") and _CALLED_FOR.search(before) is not None

    def word_after(self, m: Match) -> str:
        w = _NEXT_WORD.match(self.text, m.end(), m.end() + 30)
        return w.group(1).lower() if w else ""


_NAME_WORD = 8
"""The longest first word of a day's name that holds a weekday ("Shrove", "Bloody", "Giving") has fewer letters."""


def names_a_day(text: str, start: int, wd: int) -> bool:
    """Whether the weekday at `start` is the end of a day's name: "Black Monday", "Super Tuesday", "Good
    Friday" (a capitalised word before it that, with the weekday, is a holiday or a named day)."""
    # Most weekdays follow "on", "last" or a comma: string operations turn them away before any lookup.
    if start < 3 or text[start - 1] != " ":
        return False
    low = max(0, start - 1 - _NAME_WORD)
    cut = text.rfind(" ", low, start - 1)
    if cut < 0 and low > 0:
        return False  # a longer word than any such name's
    word = text[cut + 1 : start - 1]
    if not word[:1].isupper():
        return False
    name = f"{word.lower()} {lx.WEEKDAY_NAMES[wd].lower()}"
    return name in lx.NAMED_DAYS or name in lx.HOLIDAYS


def fmt(d: pendulum.Date) -> str:
    """ "Tue 8 Feb 2022" (without pendulum's locale-aware formatter, which is slow)."""
    return f"{lx.WEEKDAY_NAMES[d.isoweekday()][:3]} {d.day} {lx.MONTH_NAMES[d.month][:3]} {d.year}"


def group(m: Match, name: str) -> str:
    """A named group, lower-cased, or "" when the rule has no such group or it did not take part."""
    try:
        return (m.group(name) or "").lower().strip()
    except IndexError:
        return ""


_TIME_VALUE = positional_maker(TimeValue)
"""`TimeValue` made with every field in order, set through their slots (one for each expression found)."""


def resolved(
    value: str,
    why: str,
    anchor: str = PUBLICATION,
    mod: str | None = None,
    type_: TimeType = TimeType.DATE,
    approx: tuple[pendulum.Date, pendulum.Date] | None = None,
) -> Resolved:
    return _TIME_VALUE(type_, value, mod, approx), why, anchor


def safe_date(year: int, month: int, day: int) -> pendulum.Date | None:
    try:
        return pendulum.date(year, month, day)
    except ValueError:
        return None


def modifier(word: str) -> str | None:
    word = word.strip(" -").lower()
    return lx.MODIFIERS.get(word)


def tense_direction(ctx: Context, m: Match) -> str:
    t = ctx.tense(m)
    return t if t in (PAST, FUTURE) else UNKNOWN


NEARBY = 1000
"""How far back (in characters) a reporting period stays the one under discussion."""


def context_year(m: Match, ctx: Context) -> tuple[int, str]:
    """The year a period belongs to when the text does not say: a year named shortly before, else DCT."""
    a = ctx.same_sentence(m, ("year", "quarter", "half", "month"))
    # ("who has led the firm since 2019, will remain until the end of the year": what has lasted since a year,
    # or a year gone by before what is to come, is not the year under discussion)
    if (
        a is not None
        and not ctx.text.endswith(("since ", "Since "), 0, a.start)
        and not (int(a.value[:4]) < ctx.dct.year and ctx.tense(m) == FUTURE)
    ):
        return int(a.value[:4]), f"the year under discussion ({a.value[:4]})"
    return ctx.dct.year, "the publication year"


def period_nearby(m: Match, ctx: Context) -> Anchor | None:
    a = ctx.previous(m.start(), ("quarter", "half"))
    return a if a is not None and m.start() - a.start < NEARBY else None
