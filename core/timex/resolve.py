"""Which time the recognised words mean: one normaliser per rule kind, named in the rule table.

A normaliser reads the rule's match groups and the `Context` (publication date, the tense around the
expression, the dates already found earlier in the text) and returns the value with a one-line reason,
or None when the words turn out not to be a time ("may" the modal, "the fall of Rome").
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs
import pendulum

from core.model import TimeType, TimeValue
from core.timex import lexicon as lx
from core.timex import values as v
from core.timex.tense import FUTURE, PAST, UNKNOWN, sentence_bounds, tense

Resolved = tuple[TimeValue, str, str]
"""(value, why, anchor) where anchor is "publication", "previous" or "none"."""

PUBLICATION, PREVIOUS, NONE = "publication", "previous", "none"
_REACH = 6000
VAGUE_DAYS = {"D": 7, "W": 28, "M": 120, "Q": 270, "Y": 3 * 365, "DE": 20 * 365, "CE": 100 * 365}


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

    def tense(self, m: re.Match[str]) -> str:
        key = m.span()
        if key not in self._tense_cache:
            self._tense_cache[key] = tense(self.text, *key)
        return self._tense_cache[key]

    def previous(self, before: int, grans: tuple[str, ...] = ()) -> Anchor | None:
        """The latest concrete date found before offset `before` (of one of grans, when given).

        Only the last _REACH characters are searched: a reader does not count "the day after" from a date
        pages back, and the search stays short on very long texts.
        """
        for a in reversed(self.anchors):
            if before - a.start > _REACH:
                return None
            if a.start < before and (not grans or a.gran in grans):
                return a
        return None

    def sentence_start(self, m: re.Match[str]) -> int:
        return sentence_bounds(self.text, *m.span())[0]

    def same_sentence(self, m: re.Match[str], grans: tuple[str, ...]) -> Anchor | None:
        a = self.previous(m.start(), grans)
        return a if a and a.start >= self.sentence_start(m) else None

    def word_before(self, m: re.Match[str]) -> str:
        w = re.search(r"([\w$']+)\W*$", self.text[max(0, m.start() - 30) : m.start()])
        return w.group(1).lower() if w else ""

    def word_after(self, m: re.Match[str]) -> str:
        w = re.match(r"\W*([\w']+)", self.text[m.end() : m.end() + 30])
        return w.group(1).lower() if w else ""


def fmt(d: pendulum.Date) -> str:
    """"Tue 8 Feb 2022" (without pendulum's locale-aware formatter, which is slow)."""
    return f"{lx.WEEKDAY_NAMES[d.isoweekday()][:3]} {d.day} {lx.MONTH_NAMES[d.month][:3]} {d.year}"


def _g(m: re.Match[str], name: str) -> str:
    """A named group, lower-cased, or "" when the rule has no such group or it did not take part."""
    try:
        return (m.group(name) or "").lower().strip()
    except IndexError:
        return ""


def _date(value: str, why: str, anchor: str = PUBLICATION, mod: str | None = None,
          type_: TimeType = TimeType.DATE, approx: tuple[pendulum.Date, pendulum.Date] | None = None) -> Resolved:
    return TimeValue(type_, value, mod, approx), why, anchor


def _safe_date(year: int, month: int, day: int) -> pendulum.Date | None:
    try:
        return pendulum.date(year, month, day)
    except ValueError:
        return None


def _mod(word: str) -> str | None:
    word = word.strip(" -").lower()
    return lx.MODIFIERS.get(word)


def _direction(ctx: Context, m: re.Match[str]) -> str:
    t = ctx.tense(m)
    return t if t in (PAST, FUTURE) else UNKNOWN


# ---- explicit dates ------------------------------------------------------------------------------


def _year_num(text: str) -> int:
    y = int(text)
    if len(text) == 2:
        y += 1900 if y > 30 else 2000
    return y


def ymd(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = lx.MONTHS.get(_g(m, "month")) or int(_g(m, "month") or 0)
    d = _safe_date(_year_num(_g(m, "year")), month, int(_g(m, "day").rstrip("stndrh")))
    if d is None:
        return None
    return _date(v.day(d), f"'{m.group(0)}' names the day: {fmt(d)}", NONE)


def _pick_year(ctx: Context, m: re.Match[str], candidates: Callable[[int], pendulum.Date | None],
               what: str, untensed_ahead: float = 1.5) -> tuple[pendulum.Date, str] | None:
    """Choose the year for a date given without one: by tense, else the one closest to publication."""
    dct = ctx.dct
    opts = [(y, candidates(y)) for y in (dct.year - 1, dct.year, dct.year + 1)]
    valid = [(y, d) for y, d in opts if d is not None]
    if not valid:
        return None
    direction = _direction(ctx, m)

    # News dates cluster around publication: take the nearest, counting days on the side the tense
    # points away from three times ("was held Dec. 15" in February is last December, not next).
    def cost(d: pendulum.Date) -> int:
        days = d.toordinal() - dct.toordinal()
        if direction == PAST and days > 0:
            return 3 * days
        if direction == FUTURE and days < 0:
            return -10 * days
        # Without a tense clue a report still more often looks back than ahead.
        return abs(days) if days <= 0 or direction != UNKNOWN else round(untensed_ahead * days)

    best = min((d for _y, d in valid), key=cost)
    clue = {PAST: "in a past-tense sentence", FUTURE: "in a future-tense sentence"}.get(direction, "with no tense clue")
    side = "on or before" if best <= dct else "after"
    return best, f"{what} {clue}: the nearest such date {side} publication"


def month_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = lx.MONTHS[_g(m, "month")]
    day = int(_g(m, "day").rstrip("stndrh"))
    wd = _g(m, "wd")
    if wd:
        # A weekday next to the date fixes the year: take the nearest year where they agree.
        want = lx.WEEKDAYS[wd]
        for y in sorted(range(ctx.dct.year - 6, ctx.dct.year + 2), key=lambda y: abs(y - ctx.dct.year)):
            d = _safe_date(y, month, day)
            if d is not None and d.isoweekday() == want:
                return _date(v.day(d), f"'{m.group(0)}': the nearest year in which that date is a "
                             f"{lx.WEEKDAY_NAMES[want]}: {fmt(d)}")
    picked = _pick_year(ctx, m, lambda y: _safe_date(y, month, day), f"'{m.group(0)}' without a year")
    if picked is None:
        return None
    d, why = picked
    return _date(v.day(d), f"{why}: {fmt(d)}")


def iso_week(m: re.Match[str], ctx: Context) -> Resolved | None:
    value = f"{_g(m, 'year')}-W{_g(m, 'week')}" + ("-WE" if _g(m, "we") else "")
    if v.parse(value) is None:
        return None
    return _date(value, f"'{m.group(0)}' names the ISO week", NONE)


def ym(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "month")
    month = lx.MONTHS.get(word) or int(word)
    year = int(_g(m, "year"))
    return _date(v.month(year, month), f"'{m.group(0)}' names the month", NONE)


def month_rel_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = lx.MONTHS[_g(m, "month")]
    year = ctx.dct.year + {"this": 0, "last": -1, "next": 1}[_g(m, "rel")]
    return _date(v.month(year, month), f"'{m.group(0)}': {lx.MONTH_NAMES[month]} {year} counted from publication")


def month(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "month")
    raw = m.group("month")
    if word in lx.AMBIGUOUS_MONTHS and not raw[0].isupper():
        return None  # "may" the modal, "march" the verb
    if not _g(m, "rel") and not _g(m, "mod") and (
        word in ("jan", "dec", "oct", "aug", "sept", "nov", "feb", "apr")
        or (ctx.word_before(m) in ("the", "a", "an", "annual")
            and re.match(r"\s+(?:for|of|on|to|against)\s+(?:the\s+)?[A-Z]", ctx.text[m.end() : m.end() + 20]))
    ):
        return None  # "Jan Kavan", "the March for Life": a name, not a month
    if word == "may" and re.match(r"\s+(?:be|have|not|also|well|need|take|seem|still|not|help|make)\b",
                                   ctx.text[m.end() : m.end() + 12]):
        return None
    if _g(m, "year") and not _g(m, "mod"):
        return None
    mon = lx.MONTHS[word]
    mod = _mod(_g(m, "mod")) if _g(m, "mod") else None
    if _g(m, "year"):
        return _date(v.month(int(_g(m, "year")), mon), f"'{m.group(0)}' names the month", NONE, mod)
    rel = _g(m, "rel")
    dct = ctx.dct
    if rel in ("last", "past", "this past"):
        year = dct.year if mon < dct.month else dct.year - 1
        return _date(v.month(year, mon), f"'{m.group(0)}': the last {lx.MONTH_NAMES[mon]} before publication",
                     mod=mod)
    if rel == "next":
        year = dct.year if mon > dct.month else dct.year + 1
        return _date(v.month(year, mon), f"'{m.group(0)}': the first {lx.MONTH_NAMES[mon]} after publication",
                     mod=mod)
    if rel == "this":
        return _date(v.month(dct.year, mon), f"'{m.group(0)}': {lx.MONTH_NAMES[mon]} of the publication year",
                     mod=mod)
    picked = _pick_year(ctx, m, lambda y: pendulum.date(y, mon, 15), f"'{m.group(0)}' without a year", 6.0)
    if picked is None:
        return None
    d, why = picked
    if mon == dct.month:
        d, why = dct, f"'{m.group(0)}' is the month of publication"
    return _date(v.month(d.year, mon), f"{why} ({lx.MONTH_NAMES[mon]} {d.year})", mod=mod)


# ---- years, decades, centuries -------------------------------------------------------------------


def year(m: re.Match[str], ctx: Context) -> Resolved | None:
    y = _g(m, "year")
    before = ctx.text[max(0, m.start() - 2) : m.start()]
    # "$1995", "No. 2010", "flight 1987": a price or a label, not a year
    if re.search(r"[$#\d.,/-]\s?$", before) or ctx.word_before(m) in ("no", "number", "route", "flight", "room"):
        return None
    mod = _mod(_g(m, "mod")) if _g(m, "mod") else None
    return _date(y, f"'{m.group(0)}' names the year", NONE, mod)


def decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    mod = _mod(_g(m, "mod")) if _g(m, "mod") else None
    if _g(m, "dec"):
        value = _g(m, "dec")[:3]
    elif _g(m, "short"):
        short = int(_g(m, "short"))
        value = f"{20 if short + 2000 <= ctx.dct.year else 19}{short // 10}"
    else:
        value = f"19{lx.DECADE_WORDS[_g(m, 'word')]}"
    return _date(value, f"'{m.group(0)}' is the decade {value}0-{value}9", NONE, mod)


def century(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "ord")
    n = lx.ORDINALS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= n <= 30:
        return None
    value = f"{n - 1:02d}"
    return _date(value, f"'{m.group(0)}' covers the years {value}00-{value}99", NONE)


def spelled_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    rest = _g(m, "rest")
    n = lx.number_value(rest) if rest else 0
    if n is None:
        return None
    base = 1900 if _g(m, "cent") == "nineteen" else 2000
    if base == 1900 and n < 10:
        return None
    return _date(str(base + n), f"'{m.group(0)}' spells the year {base + n}", NONE)


# ---- quarters, halves, periods -------------------------------------------------------------------

_NEARBY = 1000
"""How far back (in characters) a reporting period stays the one under discussion."""

_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "last": 2,
        "latter": 2}  # fmt: skip
_YEAR_BEFORE = ("year-earlier", "year-ago", "year earlier", "year ago", "comparable")


def _context_year(m: re.Match[str], ctx: Context) -> tuple[int, str]:
    """The year a period belongs to when the text does not say: a year named shortly before, else DCT."""
    a = ctx.same_sentence(m, ("year", "quarter", "half", "month"))
    if a is not None:
        return int(a.value[:4]), f"the year under discussion ({a.value[:4]})"
    return ctx.dct.year, "the publication year"


def quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    q = _ORD[_g(m, "ord")]
    lead = _g(m, "the")
    rel = _g(m, "rel")
    yword = _g(m, "year") or _g(m, "pyear")
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
        future = ctx.tense(m) == FUTURE
        y = dct.year if start <= dct or future else dct.year - 1
        why = f"Q{q} {'has begun' if start <= dct else 'lies ahead'} at publication: Q{q} {y}"
        if start > dct and not future:
            why = f"Q{q} of the publication year has not begun and the sentence is not about the future: Q{q} {y}"
    if rel in _YEAR_BEFORE:
        y -= 1
        why += ", a year earlier"
    return _date(f"{y}-Q{q}", f"'{m.group(0)}': {why}")


def _latest_quarter(ctx: Context, m: re.Match[str]) -> tuple[str, str]:
    a = ctx.previous(m.start(), ("quarter",))
    if a is not None and m.start() - a.start < _NEARBY:
        return a.value, f"the quarter under discussion ({a.value})"
    dct = ctx.dct
    prev = dct.subtract(months=3)
    value = f"{prev.year}-Q{v.quarter_of(prev)}"
    return value, f"the last full quarter before publication ({value})"


def quarter_ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = _g(m, "rel")
    unit = _g(m, "unit")
    if unit == "period" and not _g(m, "pyear") and rel not in ("latest", "year-earlier", "year-ago", "comparable",
                                                              "same", "current"):
        return None
    if m.group(0).lower().startswith(("this", "that")) and not rel:
        rel = "latest"
    if _g(m, "pyear"):
        y = _g(m, "pyear")
        a = _period_nearby(m, ctx)
        value = f"{y}{a.value[4:]}" if a is not None and a.gran == "quarter" else y
        return _date(value, f"'{m.group(0)}': the period under discussion, in {y}", PREVIOUS if a else NONE)
    if rel in ("current",) and unit == "quarter":
        value = f"{ctx.dct.year}-Q{v.quarter_of(ctx.dct)}"
        return _date(value, f"'{m.group(0)}': the quarter of publication ({value})")
    if rel in ("last", "previous", "preceding", "prior", "past", "latest", "most recent", "just-ended",
               "just-completed") and not m.group(0).lower().startswith(("this", "that")):
        # "the latest quarter" is the last one completed, so the last one a report can give results for
        prev = ctx.dct.subtract(months=3)
        value = f"{prev.year}-Q{v.quarter_of(prev)}"
        return _date(value, f"'{m.group(0)}': the quarter before publication ({value})")
    value, why = _latest_quarter(ctx, m)
    anchor = PREVIOUS if "under discussion" in why else PUBLICATION
    if rel in _YEAR_BEFORE:
        value = v.shift(value, -1, "Y") or value
        why += ", a year earlier"
    return _date(value, f"'{m.group(0)}': {why}", anchor)


def _period_nearby(m: re.Match[str], ctx: Context) -> Anchor | None:
    a = ctx.previous(m.start(), ("quarter", "half"))
    return a if a is not None and m.start() - a.start < _NEARBY else None


def year_ago_adj(m: re.Match[str], ctx: Context) -> Resolved | None:
    a = _period_nearby(m, ctx)
    if a is not None:
        value = v.shift(a.value, -1, "Y") or a.value
        return _date(value, f"'{m.group(0)}': a year before the period under discussion ({a.value})", PREVIOUS)
    y = ctx.dct.year - 1
    return _date(str(y), f"'{m.group(0)}': the year before publication ({y})")


def half(m: re.Match[str], ctx: Context) -> Resolved | None:
    h = _ORD[_g(m, "ord")]
    yword = _g(m, "year")
    dct = ctx.dct
    if yword[:1].isdigit():
        y = int(yword)
    elif yword:
        y = dct.year + {"this year": 0, "last year": -1, "next year": 1}[yword]
    else:
        start = pendulum.date(dct.year, 6 * h - 5, 1)
        y = dct.year if start <= dct or ctx.tense(m) == FUTURE else dct.year - 1
    return _date(f"{y}-H{h}", f"'{m.group(0)}': half {h} of {y}")


def week_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    res = month_day(m, ctx)
    if res is None:
        return None
    d = pendulum.parse(res[0].value[:10]).date()
    value = v.week(pendulum.date(d.year, d.month, d.day))
    return _date(value, f"'{m.group(0)}': the week containing {fmt(d)}: {value}")


def year_end(m: re.Match[str], ctx: Context) -> Resolved | None:
    y, why = _context_year(m, ctx)
    return _date(str(y), f"'{m.group(0)}': the end of {y} ({why})", mod="END")


# ---- days relative to publication ----------------------------------------------------------------

_DEICTIC = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
_POD = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}


def deictic_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "word")
    d = ctx.dct.add(days=_DEICTIC[word])
    pod = _g(m, "pod")
    mod = {"early": "START", "late": "END"}.get(_g(m, "mod"))
    if word == "tonight":
        return _date(v.day(d) + "TNI", f"'{m.group(0)}': the night of publication day ({fmt(d)})",
                     type_=TimeType.TIME)
    if pod:
        return _date(v.day(d) + "T" + _POD[pod], f"'{m.group(0)}': the {pod} of {fmt(d)}", mod=mod,
                     type_=TimeType.TIME)
    return _date(v.day(d), f"'{word}' counted from publication ({fmt(ctx.dct)}): {fmt(d)}", mod=mod)


def this_pod(m: re.Match[str], ctx: Context) -> Resolved | None:
    pod = _g(m, "pod")
    rel = _g(m, "rel")
    d = ctx.dct.subtract(days=1) if rel == "last" and pod != "week" else ctx.dct
    return _date(v.day(d) + "T" + _POD[pod], f"'{m.group(0)}': the {pod} of {fmt(d)}", type_=TimeType.TIME)


def _until(ctx: Context, m: re.Match[str]) -> bool:
    before = ctx.text[max(0, m.start() - 12) : m.start()]
    return re.search(r"(?<![.\n\"'`] )\buntil\s+(?:\d.*)?$", before) is not None and ctx.sentence_start(m) < m.start() - 7


def weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "wd")
    if not word:
        return None
    wd = lx.WEEKDAYS[word]
    name = lx.WEEKDAY_NAMES[wd]
    rel = _g(m, "rel")
    dct = ctx.dct
    back = (dct.isoweekday() - wd) % 7
    ahead = (wd - dct.isoweekday()) % 7
    if rel in ("last", "past", "this past"):
        d = dct.subtract(days=back or 7)
        why = f"'{m.group(0)}': the {name} before publication ({fmt(dct)})"
    elif rel in ("next", "coming", "this coming"):
        d = dct.add(days=ahead or 7)
        why = f"'{m.group(0)}': the {name} after publication ({fmt(dct)})"
    elif back == 0:
        d = dct
        why = f"'{name}' is the day of publication ({fmt(dct)})"
    else:
        # "Wednesday's ruling": a possessive weekday names something already done; "until Tuesday" (not
        # opening the sentence) is a deadline still ahead.
        t = PAST if ctx.text.startswith("'s", m.end()) else FUTURE if _until(ctx, m) else ctx.tense(m)
        if t == FUTURE:
            d = dct.add(days=ahead)
            why = f"'{name}' in a future-tense sentence: the coming {name} after publication ({fmt(dct)})"
        else:
            d = dct.subtract(days=back)
            clue = "a past-tense" if t == PAST else "a"
            why = f"'{name}' in {clue} sentence: the {name} before publication ({fmt(dct)})"
    pod = _g(m, "pod")
    if pod:
        return _date(v.day(d) + "T" + _POD[pod], f"{why}, in the {pod}: {fmt(d)}", type_=TimeType.TIME)
    mod = {"early": "START", "late": "END"}.get(rel)
    return _date(v.day(d), f"{why}: {fmt(d)}", mod=mod)


# ---- units relative to publication or to the previous date -------------------------------------

_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_value(code: str, rel: str, ctx: Context, m: re.Match[str]) -> tuple[str, str]:
    dct = ctx.dct
    # The season containing publication (winter months Jan/Feb belong to the previous year's winter).
    starts = [pendulum.date(y, _SEASON_START[code], 1) for y in (dct.year - 2, dct.year - 1, dct.year,
                                                                  dct.year + 1)]
    current = [s for s in starts if s <= dct and (s.add(months=3) > dct)]
    past = [s for s in starts if s.add(months=3) <= dct]
    future = [s for s in starts if s > dct]
    if rel in ("last", "this past", "past"):
        s = current[0] if current and rel == "this past" else past[-1]
        return f"{s.year}-{code}", "the last one before publication"
    if rel == "next":
        return f"{future[0].year}-{code}", "the next one after publication"
    if current:
        return f"{current[0].year}-{code}", "the one under way at publication"
    if rel == "this":
        s = future[0] if future[0].year == dct.year or code == "WI" else past[-1]
        return f"{s.year}-{code}", "the one of the publication year"
    if ctx.tense(m) == FUTURE:
        return f"{future[0].year}-{code}", "in a future-tense sentence: the next one"
    return f"{past[-1].year}-{code}", "the latest one before publication"


def rel_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = _g(m, "rel")
    unit = _g(m, "unit")
    modword = _g(m, "mod")
    mod = None if modword in ("earlier", "later") else _mod(modword) if modword else None
    dct = ctx.dct
    whole = m.group(0)
    if unit in lx.SEASONS:
        code = lx.SEASONS[unit]
        if rel in ("that", "same", "previous", "following"):
            return None
        value, why = _season_value(code, rel, ctx, m)
        return _date(value, f"'{whole}': {why}", mod=mod)
    if rel in ("that", "same", "previous", "following") or (rel == "next" and whole.lower().startswith("the")):
        return _relative_to_previous(m, ctx, unit, {"that": 0, "same": 0, "previous": -1, "following": 1,
                                                    "next": 1}[rel])
    ended = re.match(r"\s+(?:ended|ending|ends|that ended|that ends)\b", ctx.text[m.end() : m.end() + 16])
    if rel in ("full", "the full", "entire", "the entire") or (rel == "the" and unit == "year"):
        if unit != "year":
            return None
        if ended:
            # "the year ended Sept. 30": a twelve-month reporting period, not a calendar year
            return _date("P1Y", f"'{whole}': a year-long reporting period", NONE, type_=TimeType.DURATION)
        y, why = _context_year(m, ctx)
        return _date(str(y), f"'{whole}': {why}", mod=mod)
    if rel == "the":
        if unit == "year":
            return None
        if unit == "weekend":
            return _the_weekend(m, ctx)
        if unit in ("week", "month"):
            rel = "this"
        else:
            return None
    step = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "this past": -1, "next": 1,
            "coming": 1, "this coming": 1, "upcoming": 1}.get(rel)
    if step is None:
        return None
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
    return _date(value, f"'{whole}': the {unit} {when} publication ({fmt(dct)}): {value}", mod=mod)


def _the_weekend(m: re.Match[str], ctx: Context) -> Resolved:
    """'the weekend': the one under way on a Saturday or Sunday, else the last one, or the coming one ahead."""
    dct = ctx.dct
    if dct.isoweekday() >= 6:
        base, why = dct, "the weekend of publication"
    elif ctx.tense(m) == FUTURE or _cue_before(ctx, m, "ahead of"):
        base, why = dct, "the coming weekend"
    else:
        base, why = dct.subtract(weeks=1), "the last weekend before publication"
    value = v.week(base) + "-WE"
    return _date(value, f"'{m.group(0)}': {why} ({value})")


def _cue_before(ctx: Context, m: re.Match[str], words: str) -> bool:
    return re.search(rf"\b{words}\s+$", ctx.text[max(0, m.start() - 20) : m.start()]) is not None


_GRAN_OF_UNIT = {"D": "day", "W": "week", "M": "month", "Q": "quarter", "Y": "year", "DE": "decade",
                 "day": "day", "morning": "day", "afternoon": "day", "evening": "day", "night": "day",
                 "week": "week", "month": "month", "year": "year", "weekend": "weekend"}  # fmt: skip
_UNIT_CODE = {"day": "D", "morning": "D", "afternoon": "D", "evening": "D", "night": "D", "week": "W",
              "month": "M", "year": "Y", "weekend": "W"}  # fmt: skip


def _relative_to_previous(m: re.Match[str], ctx: Context, unit: str, step: int,
                          before: int | None = None) -> Resolved | None:
    a = ctx.previous(m.start() if before is None else before)
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
        return _date(value, f"'{m.group(0)}': the same {unit} as {base_why}: {value}", anchor)
    word = "before" if step < 0 else "after"
    return _date(value, f"'{m.group(0)}': the {unit} {word} {base_why}: {value}", anchor)


_PLURAL = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}


def relative_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = _g(m, "rel")
    unit = _g(m, "unit") or _g(m, "unit2")
    direction = _g(m, "dir")
    if direction:
        step = 1 if direction == "after" else -1
        # "the day after the talks": the day after an event told earlier, so skip this sentence's own date.
        follows_noun = re.match(r"\s+(?!that\b|which\b|and\b|but\b)[a-z]", ctx.text[m.end() : m.end() + 8])
        before = ctx.sentence_start(m) if follows_noun else None
        return _relative_to_previous(m, ctx, unit, step, before)
    step = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[rel]
    return _relative_to_previous(m, ctx, unit, step)


def that_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = _g(m, "unit")
    res = _relative_to_previous(m, ctx, unit, 0)
    if res is None:
        return None
    tv, why, anchor = res
    if unit in _POD:
        tv = TimeValue(TimeType.TIME, tv.value + "T" + _POD[unit])
    return tv, why, anchor


def offset(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = lx.UNITS[_g(m, "unit")]
    q = _g(m, "q")
    n = lx.number_value(q)
    direction = _g(m, "dir")
    sign = -1 if direction in ("ago", "earlier", "before") else 1
    if unit in ("H", "MIN", "S", "WE", "CE", "2W"):
        return None
    if n is None:
        ref = "PAST_REF" if sign < 0 else "FUTURE_REF"
        return _date(ref, f"'{m.group(0)}': an unspecified time {'before' if sign < 0 else 'after'}")
    gran = _GRAN_OF_UNIT[unit]
    if direction in ("before", "after") and re.match(r"\s+(?:the|a|an|his|her|its|their|\w+ing)\b|\s+[a-z]",
                                                      ctx.text[m.end() : m.end() + 12]):
        return None  # "90 days after the merger": a length of time before or after an event, not a date
    a = _period_nearby(m, ctx) if unit == "Y" and n == 1 else None
    if direction in ("ago", "from now", "hence"):
        base, anchor, base_why = v.day(ctx.dct), PUBLICATION, f"publication ({fmt(ctx.dct)})"
    else:
        prev = a or ctx.previous(m.start())
        if prev is not None and m.start() - prev.start > _NEARBY:
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
    amount = n * sign * (10 if unit == "DE" else 1)
    moved = parsed[0].add(**{_PLURAL.get(unit, "years") if unit != "Q" else "months":
                             amount * (3 if unit == "Q" else 1)})
    value = v.render(moved, gran, base)
    mod = lx.APPROX_MODS.get(_g(m, "approx"))
    side = "before" if sign < 0 else "after"
    return _date(value, f"'{m.group(0)}': {n} {_g(m, 'unit')} {side} {base_why}: {value}", anchor, mod)


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


def duration(m: re.Match[str], ctx: Context) -> Resolved | None:
    q = _g(m, "q")
    unit_word = _g(m, "unit")
    unit = lx.UNITS[unit_word]
    if q in ("a", "an") and unit_word == "second":
        return None  # "a second round", "a second time": the ordinal, not the unit
    n = lx.number_value(q)
    if n is None and q.replace(".", "", 1).isdigit():
        return None
    if n is not None and n > 10000:
        return None
    if q in ("some",) and unit_word.endswith("s") is False:
        return None
    if unit == "Q" and (re.search(r"-quarters?$", m.group(0), re.IGNORECASE) or ctx.word_after(m) == "of"):
        return None  # "three-quarters of its food", "a quarter of the market": a fraction
    if q in ("a", "an") and not _g(m, "the") and not _g(m, "rel") and _RATE.search(
            ctx.text, max(0, m.start() - 40), m.start()):
        return None  # "four flights a week", "$2 million a year": a rate, not a length of time
    if _g(m, "old").endswith("old"):
        return None  # "a 52-year-old director": an age, which the corpora do not mark
    value = _duration_value(n, unit, bool(_g(m, "longer") or _g(m, "half")))
    mod = lx.APPROX_MODS.get(_g(m, "approx"))
    return _date(value, f"'{m.group(0)}' is a length of time: {value}", NONE, mod, TimeType.DURATION)


_RATE = re.compile(
    r"(?:\d|\b(?:" + "|".join(w for w in lx.NUMBERS if " " not in w and w != "zero") + r"))\S*"
    r"(?:\s+(?:million|billion|thousand|percent|cents?|dollars?))?(?:\s+[a-z]+){0,2}\s+$",
    re.IGNORECASE,
)
"""A number, perhaps with a unit and a noun or two, just before "a week": the expression is a rate."""

_PLURAL_OK_BEFORE = frozenset({"for", "within", "in", "over", "after", "took", "lasted", "spent", "lasting",
                               "last", "take", "takes"})  # fmt: skip


def plural_units(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.word_before(m) not in _PLURAL_OK_BEFORE:
        return None
    unit = lx.UNITS[_g(m, "unit")]
    value = _duration_value(None, unit)
    return _date(value, f"'{m.group(0)}': an unspecified number of {_g(m, 'unit')}", NONE, None,
                 TimeType.DURATION)


# ---- vague references ----------------------------------------------------------------------------


def _approx_past(ctx: Context, days: int) -> tuple[pendulum.Date, pendulum.Date]:
    return ctx.dct.subtract(days=days), ctx.dct


def present_ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "word")
    if word == "current" and ctx.word_after(m) not in ("quarter", "year", "month", "week", "period", "season"):
        # "current" as an adjective of a time noun is part of a longer rule; alone it is too loose.
        nxt = ctx.word_after(m)
        if nxt in ("account", "accounts", "affairs", "events", "flows", "flow", "status"):
            return None
    if word == "this time" or word == "at this point":
        return None
    return _date("PRESENT_REF", f"'{m.group(0)}': the time of publication ({fmt(ctx.dct)})",
                 approx=(ctx.dct, ctx.dct))


def past_ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "word")
    if word == "earlier" and not (m.group(0)[0].isupper() or ctx.word_after(m) in ("", ",")):
        return None
    after = ctx.word_after(m)
    if word == "the past" and (after in lx.UNITS or after in lx.NUMBERS or after[:1].isdigit()
                               or after in ("few", "several", "couple")):
        return None
    return _date("PAST_REF", f"'{m.group(0)}': some time before publication", approx=_approx_past(ctx, 90))


def recent_units(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = lx.UNITS[_g(m, "unit")]
    days = VAGUE_DAYS.get(unit, 90)
    lo, hi = _approx_past(ctx, days)
    return _date("PAST_REF", f"'{m.group(0)}': about {days} days up to publication ({fmt(lo)} to {fmt(hi)})",
                 approx=(lo, hi))


def future_ref(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "word")
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
    return _date("FUTURE_REF", f"'{m.group(0)}': some time after publication",
                 approx=(ctx.dct, ctx.dct.add(days=days)))


# ---- sets ----------------------------------------------------------------------------------------

_ADVERB_SET = {"daily": "P1D", "weekly": "P1W", "monthly": "P1M", "annually": "P1Y", "yearly": "P1Y",
               "quarterly": "P1Q", "hourly": "PT1H", "nightly": "XXXX-XX-XXTNI", "biweekly": "P2W"}  # fmt: skip


def set_adverb(m: re.Match[str], ctx: Context) -> Resolved | None:
    value = _ADVERB_SET[_g(m, "word")]
    return _date(value, f"'{m.group(0)}': happens regularly ({value})", NONE, type_=TimeType.SET)


def set_every(m: re.Match[str], ctx: Context) -> Resolved | None:
    every = _g(m, "every")
    unit = _g(m, "unit")
    if every == "a" and ctx.word_before(m) not in ("once", "twice", "times", "thrice"):
        return None
    n = 2 if _g(m, "other") else 1
    if unit in _POD:
        value = "XXXX-XX-XXT" + _POD[unit]
    elif unit in lx.SEASONS:
        value = "XXXX-" + lx.SEASONS[unit]
    elif unit == "weekend":
        value = "XXXX-WXX-WE"
    else:
        value = _duration_value(n, lx.UNITS[unit])
    return _date(value, f"'{m.group(0)}': once a {unit} ({value})", NONE, type_=TimeType.SET)


def set_weekday(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "wd") or _g(m, "wd2")
    wd = lx.WEEKDAYS[word]
    value = f"XXXX-WXX-{wd}"
    if _g(m, "pod"):
        value += "T" + _POD[_g(m, "pod")]
    return _date(value, f"'{m.group(0)}': every {lx.WEEKDAY_NAMES[wd]}", NONE, type_=TimeType.SET)


def set_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    mon = lx.MONTHS[_g(m, "month")]
    return _date(f"XXXX-{mon:02d}", f"'{m.group(0)}': every {lx.MONTH_NAMES[mon]}", NONE, type_=TimeType.SET)


# ---- clock times ---------------------------------------------------------------------------------


def _day_for(m: re.Match[str], ctx: Context, when: str) -> tuple[pendulum.Date, str]:
    dct = ctx.dct
    if when in _DEICTIC:
        return dct.add(days=_DEICTIC[when]), f"{when}"
    if when in lx.WEEKDAYS:
        wd = lx.WEEKDAYS[when]
        back = (dct.isoweekday() - wd) % 7
        if back == 0:
            return dct, "publication day"
        if ctx.tense(m) == FUTURE or _until(ctx, m):
            return dct.add(days=(wd - dct.isoweekday()) % 7), f"the coming {lx.WEEKDAY_NAMES[wd]}"
        return dct.subtract(days=back), f"the {lx.WEEKDAY_NAMES[wd]} before publication"
    if _g(m, "month"):
        mon = lx.MONTHS[_g(m, "month")]
        d = _safe_date(dct.year, mon, int(_g(m, "day").rstrip("stndrh")))
        if d is not None:
            return d, "that date"
    a = ctx.previous(m.start(), ("day",))
    if a is not None and m.start() - a.start < 400:
        parsed = v.parse(a.value)
        if parsed:
            return parsed[0], f"the day mentioned before ({a.value})"
    return dct, "publication day"


def clock(m: re.Match[str], ctx: Context) -> Resolved | None:
    hour_word = _g(m, "hour")
    hour = lx.number_value(hour_word)
    if hour is None or not 0 <= hour <= 23:
        return None
    minute = int(_g(m, "min") or 0)
    ampm = _g(m, "ampm").replace(".", "")
    pod = _g(m, "pod")
    if (ampm == "pm" or pod in ("afternoon", "evening")) and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    d, why = _day_for(m, ctx, _g(m, "when"))
    value = f"{v.day(d)}T{hour:02d}:{minute:02d}"
    return _date(value, f"'{m.group(0)}': {hour:02d}:{minute:02d} on {why} ({fmt(d)})", type_=TimeType.TIME)


def noon(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "word")
    if word == "noon" and not _g(m, "when"):
        return None  # bare "noon" is rarely marked; "noon Thursday" is
    d, why = _day_for(m, ctx, _g(m, "when"))
    clock_ = "24:00" if word == "midnight" else "12:00"
    return _date(f"{v.day(d)}T{clock_}", f"'{m.group(0)}': {word} of {why} ({fmt(d)})", type_=TimeType.TIME)


# ---- seasons and holidays ------------------------------------------------------------------------

_SEASON_OK_BEFORE = frozenset({"in", "during", "by", "until", "since", "through", "throughout", "this", "last",
                               "next", "early", "late", "for"})  # fmt: skip


def season(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = _g(m, "season")
    code = lx.SEASONS[word]
    rel = _g(m, "rel")
    yword = _g(m, "year")
    if yword:
        y = int(yword) if yword.isdigit() else 1900 + (lx.number_value(yword.split(" ", 1)[1]) or 0)
        mod = _mod(rel) if rel in ("early", "late", "mid") else None
        return _date(f"{y}-{code}", f"'{m.group(0)}' names the season", NONE, mod)
    if rel in ("", "the", "early", "late", "mid", "the early", "the late"):
        if ctx.word_after(m) == "of" or (not rel and ctx.word_before(m) not in _SEASON_OK_BEFORE):
            return None
        if not rel and word in ("fall", "spring"):
            return None
    mod = _mod(rel.replace("the ", "")) if rel.replace("the ", "") in ("early", "late", "mid") else None
    value, why = _season_value(code, rel, ctx, m)
    return _date(value, f"'{m.group(0)}': {why} ({value})", mod=mod)


def holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = " ".join(_g(m, "word").split())
    rel = _g(m, "rel")

    def on(y: int) -> pendulum.Date | None:
        if word == "election day":
            first = pendulum.date(y, 11, 2)
            return first.add(days=(2 - first.isoweekday()) % 7)
        if word.startswith("thanksgiving"):
            first = pendulum.date(y, 11, 1)
            return first.add(days=(4 - first.isoweekday()) % 7 + 21)
        mon, day = lx.HOLIDAYS[word]
        return pendulum.date(y, mon, day)

    dct = ctx.dct
    if rel == "last":
        d = max(x for x in (on(dct.year - 1), on(dct.year)) if x is not None and x < dct)
    elif rel == "next":
        d = min(x for x in (on(dct.year), on(dct.year + 1)) if x is not None and x > dct)
    elif rel == "this":
        d = on(dct.year)
    else:
        picked = _pick_year(ctx, m, on, f"'{m.group(0)}'")
        if picked is None:
            return None
        d = picked[0]
    if d is None:
        return None
    return _date(v.day(d), f"'{m.group(0)}': {fmt(d)}")


NORMALISERS: dict[str, Callable[[re.Match[str], Context], Resolved | None]] = {
    f.__name__: f
    for f in (ymd, month_day, ym, month_rel_year, month, year, decade, century, spelled_year, quarter,
              quarter_ref, year_ago_adj, half, year_end, deictic_day, this_pod, weekday, rel_unit, relative_day,
              that_unit, offset, duration, plural_units, present_ref, past_ref, recent_units, future_ref,
              set_adverb, set_every, set_weekday, set_month, clock, noon, season, holiday, week_of, iso_week)
}

__all__ = ["NORMALISERS", "Anchor", "Context", "Resolved"]
