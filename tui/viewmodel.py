"""What the timeline pane shows, computed without Textual.

Everything here is a pure function of a `Timeline` (or its events) and the reader's choices:
which events pass the filters, in which order, grouped under which headers, how a row reads,
where the next search hit is, and how the density strip looks. Widgets only draw the results.

Positions and rows are plain integers in `array`s so that a million events cost a few
megabytes here, not a few hundred.
"""

from __future__ import annotations

import bisect
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

import attrs
import pendulum

from core.axes import first_reported, report_key, reported_lag
from core.model import Event, Kind, When
from core.order import PLACED_AT_START, clock, sort_day

ZOOMS = ("day", "week", "month")
"""What a header groups: one day, one ISO week (from Monday), one calendar month."""
ORDERS = ("happened", "reported")
"""The two time axes: when it happened, when it was first reported."""
LOW_CONFIDENCE = 0.5
"""Below this an event's date is flagged with `?`."""
_COARSE = frozenset({"day", "part-of-day", "time"})
_PART_OF_DAY_WORDS = {"MO": "morning", "MI": "midday", "AF": "afternoon", "EV": "evening", "NI": "night"}
_SHORT_PARTS = {"morning": "am", "midday": "noon", "afternoon": "pm", "evening": "eve", "night": "night"}
_BARS = " ▁▂▃▄▅▆▇█"


@attrs.frozen
class Filters:
    """The reader's narrowing of the timeline; every field empty means "everything"."""

    text: str = ""
    article: str = ""
    """An article id: only events reported by that article."""
    kind: str = ""
    """A `Kind` value."""
    start: pendulum.Date | None = None
    end: pendulum.Date | None = None
    actor: str = ""
    as_of: pendulum.Date | None = None
    """Replay: the story as known on that day (applied by `core.axes.as_known_on` before the rest)."""

    def describe(self, titles: dict[str, str] | None = None) -> list[str]:
        """One short phrase per active filter, for the status line."""
        out: list[str] = []
        if self.text:
            out.append(f"text “{self.text}”")
        if self.article:
            title = (titles or {}).get(self.article, self.article)
            out.append(f"source “{shorten(title, 24)}”")
        if self.kind:
            out.append(f"kind {self.kind}")
        if self.start or self.end:
            lo = self.start.isoformat() if self.start else "…"
            hi = self.end.isoformat() if self.end else "…"
            out.append(f"dates {lo}–{hi}")
        if self.actor:
            out.append(f"actor {self.actor}")
        if self.as_of:
            out.append(f"as known on {self.as_of.isoformat()}")
        return out

    @property
    def active(self) -> bool:
        return bool(self.describe())

    def to_dict(self) -> dict[str, str]:
        data = {k: v for k, v in attrs.asdict(self).items() if v}
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in data.items()}

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Filters:
        fields = {f.name for f in attrs.fields(cls)}
        clean: dict[str, object] = {}
        for name, value in data.items():
            if name not in fields or not isinstance(value, str) or not value:
                continue
            if name in ("start", "end", "as_of"):
                try:
                    parsed = pendulum.parse(value)
                except (ValueError, pendulum.parsing.ParserError):
                    continue
                clean[name] = pendulum.date(parsed.year, parsed.month, parsed.day)  # type: ignore[union-attr]
            else:
                clean[name] = value
        return cls(**clean)  # type: ignore[arg-type]


def shorten(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis."""
    if width <= 0:
        return ""
    if len(text) <= width:
        return text
    return text[: width - 1] + "…"


def lag_short(event: Event) -> str:
    """The report lag in a row's few cells: "same day", "2d later", "12d ahead"."""
    days = reported_lag(event)
    if days == 0:
        return "same day"
    return f"{days}d later" if days > 0 else f"{-days}d ahead"


def matches(event: Event, filters: Filters) -> bool:
    """Whether one event passes every active filter."""
    if filters.kind and event.kind.value != filters.kind:
        return False
    if filters.article and not any(s.article == filters.article for s in event.sources):
        return False
    if filters.actor and filters.actor.casefold() not in (a.casefold() for a in event.actors):
        return False
    if filters.start is not None and event.when.end < filters.start:
        return False
    if filters.end is not None and event.when.start > filters.end:
        return False
    if filters.text:
        needle = filters.text.casefold()
        if needle not in event.headline.casefold() and needle not in event.quote.casefold():
            return False
    return True


def select(events: Sequence[Event], filters: Filters, order: str = "happened") -> array[int]:
    """Indices into `events` of those shown, in display order."""
    if not filters.active and order == "happened":
        return array("q", range(len(events)))  # the common case, without a list of a million ints
    if filters.active:
        shown = [i for i, e in enumerate(events) if matches(e, filters)]
    else:
        shown = list(range(len(events)))
    if order == "reported":
        shown.sort(key=lambda i: report_key(events[i]))
    return array("q", shown)


def day_key(event: Event, order: str = "happened") -> int:
    """Ordinal of the day an event is filed under on the chosen axis."""
    if order == "reported":
        return first_reported(event).toordinal()
    return sort_day(event.when).toordinal()


def day_keys(events: Sequence[Event], order: str = "happened") -> array[int]:
    """`day_key` of every event, as one compact array (the hot loop of a million-event timeline)."""
    if order == "reported":
        return array("q", (day_key(e, order) for e in events))
    at_start = PLACED_AT_START
    return array(
        "q",
        (
            (e.when.start if e.when.vague or e.when.granularity in at_start else e.when.end).toordinal()
            for e in events
        ),
    )


def zoom_key(ordinal: int, zoom: str) -> int:
    """Ordinal of the first day of the day/week/month holding `ordinal`."""
    if zoom == "week":
        return ordinal - (ordinal - 1) % 7
    if zoom == "month":
        d = date.fromordinal(ordinal)
        return date(d.year, d.month, 1).toordinal()
    return ordinal


def day_label(ordinal: int) -> str:
    """ "Mon 7 Feb 2022"."""
    d = date.fromordinal(ordinal)
    return f"{d:%a} {d.day} {d:%b %Y}"


def group_label(key: int, zoom: str, order: str = "happened") -> str:
    """Header text for a group."""
    d = date.fromordinal(key)
    if zoom == "week":
        end = date.fromordinal(key + 6)
        iso = d.isocalendar()
        label = f"Week {iso.week} · {d.day} {d:%b} – {end.day} {end:%b %Y}"
    elif zoom == "month":
        label = f"{d:%B %Y}"
    else:
        label = day_label(key)
    return f"Reported {label}" if order == "reported" else label


def gap_label(before: int, after: int, zoom: str) -> str | None:
    """ "… 12 days …" between two groups that are not adjacent, else None."""
    days = after - before
    if zoom == "day":
        if days >= 730:
            return f"… {days // 365} years …"
        if days >= 60:
            return f"… {days // 30} months …"
        return f"… {days} days …" if days > 1 else None
    if zoom == "week":
        weeks = days // 7
        return f"… {weeks} weeks …" if weeks > 1 else None
    a, b = date.fromordinal(before), date.fromordinal(after)
    months = (b.year - a.year) * 12 + b.month - a.month
    return f"… {months} months …" if months > 1 else None


@attrs.frozen
class Header:
    """A non-selectable row: a group header or a gap between groups."""

    label: str
    kind: str
    """"group" or "gap"."""
    key: int
    """Ordinal of the group's first day (for a gap: of the next group)."""


@attrs.frozen
class Layout:
    """The rows of the timeline pane.

    `rows[r] >= 0` is a position in the shown events; `rows[r] < 0` is header `-rows[r] - 1`.
    `row_of[p]` is the row of shown position `p`; `keys[p]` its day ordinal on the current axis
    (non-decreasing); `group_first[g]` the first position under group header g.
    """

    rows: array[int]
    headers: list[Header]
    row_of: array[int]
    keys: array[int]
    group_first: array[int]

    def __len__(self) -> int:
        return len(self.rows)

    def position_at_row(self, row: int, forward: bool = True) -> int | None:
        """The event position on `row`, or the nearest one after (or before) it."""
        if not self.row_of:
            return None
        i = bisect.bisect_left(self.row_of, row) if forward else bisect.bisect_right(self.row_of, row) - 1
        if forward and i >= len(self.row_of):
            i = len(self.row_of) - 1
        return max(i, 0)

    def position_on_or_after(self, ordinal: int) -> int | None:
        """First shown position filed on `ordinal` or later (the last one if none is)."""
        if not self.keys:
            return None
        i = bisect.bisect_left(self.keys, ordinal)
        return min(i, len(self.keys) - 1)

    def group_of(self, position: int) -> int:
        return bisect.bisect_right(self.group_first, position) - 1


def build_layout(
    events: Sequence[Event],
    shown: Sequence[int],
    zoom: str = "day",
    order: str = "happened",
    all_keys: Sequence[int] | None = None,
    unit_headers: bool = True,
) -> Layout:
    """Group the shown events under headers, with gap rows between distant groups.

    `all_keys` (from `day_keys`, same axis) saves recomputing each event's day.
    """
    rows = array("q")
    row_of = array("q")
    keys = array("q")
    group_first = array("q")
    headers: list[Header] = []
    previous: int | None = None
    month_cache: dict[int, int] = {}
    for position, index in enumerate(shown):
        ordinal = all_keys[index] if all_keys is not None else day_key(events[index], order)
        keys.append(ordinal)
        if zoom == "month":
            key = month_cache.get(ordinal)
            if key is None:
                key = month_cache[ordinal] = zoom_key(ordinal, zoom)
        else:
            key = zoom_key(ordinal, zoom)
        if key != previous:
            if previous is not None:
                gap = gap_label(previous, key, zoom)
                if gap:
                    headers.append(Header(gap, "gap", key))
                    rows.append(-len(headers))
            label = group_label(key, zoom, order)
            if unit_headers and zoom == "day" and order == "happened":
                # A day that is only the last day of a year, month or quarter an event names.
                label = unit_header(events[index], key) or label
            headers.append(Header(label, "group", key))
            rows.append(-len(headers))
            group_first.append(position)
            previous = key
        row_of.append(len(rows))
        rows.append(position)
    return Layout(rows, headers, row_of, keys, group_first)


def time_of_day(when: When) -> str:
    """ "19:00", "evening", or "" when the text gives no time."""
    if when.granularity not in ("time", "part-of-day"):
        return ""
    _, _, rest = when.value.partition("T")
    if rest[:2] in _PART_OF_DAY_WORDS:
        return _PART_OF_DAY_WORDS[rest[:2]]
    hours = clock(when.value)
    if hours < 0:
        return ""
    return f"{int(hours):02d}:{round((hours % 1) * 60):02d}"


def short_day(d: date) -> str:
    return f"{d.day} {d:%b}"


def when_column(event: Event, reported: bool = False) -> str:
    """What stands left of the headline: a time of day, or the range of a vague or coarse date.

    Ordered by report date the header is the report's day, so the row names the event's own day.
    """
    when = event.when
    if not when.vague and when.start != when.end:
        named = _calendar_unit(when)
        if named:
            return named
    if when.start != when.end and (when.vague or when.granularity not in _COARSE):
        if when.start.year != when.end.year:
            return f"{short_day(when.start)} {when.start.year}–{short_day(when.end)}"
        if when.start.month == when.end.month:
            return f"{when.start.day}–{short_day(when.end)}"  # "14–28 Apr"
        return f"{short_day(when.start)}–{short_day(when.end)}"
    if reported:
        tod = _SHORT_PARTS.get(time_of_day(when), time_of_day(when))
        return f"{short_day(when.start)} {tod}".strip()
    return time_of_day(when)


def unit_header(event: Event, key: int) -> str:
    """ "1955", "February 2022": the header for a group whose first event is that whole unit."""
    when = event.when
    if when.granularity == "range" and not when.vague and when.start.toordinal() == key:
        return _period(when.start, when.end)  # a period is placed at its start
    if when.vague or when.end.toordinal() != key:
        return ""
    unit = _calendar_unit(when)
    if when.granularity == "month" and unit:
        return f"{when.start:%B %Y}"
    return unit


def _calendar_unit(when: When) -> str:
    """ "1955", "Feb 2022", "Q1 2022" for a date that is exactly one such unit, "1995–1998" or
    "Mar–May 2010" for a period of whole ones; else ""."""
    start, end = when.start, when.end
    if when.granularity == "range":
        return _period(start, end)
    if when.granularity == "year" and (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
        return f"{start.year}" if start.year == end.year else ""
    if when.granularity == "month" and start.day == 1 and (start.year, start.month) == (end.year, end.month):
        return f"{start:%b %Y}"
    if when.granularity == "quarter" and start.year == end.year and start.day == 1:
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if when.granularity == "half" and start.year == end.year and start.day == 1:
        return f"H{(start.month - 1) // 6 + 1} {start.year}"
    if when.granularity == "season" and start.day == 1:
        return f"{_SEASONS.get(start.month, '')} {start.year}".strip()
    if when.granularity == "decade" and start.year % 10 == 0 and end.year == start.year + 9:
        return f"{start.year}s"
    if when.granularity == "century" and start.year % 100 in (0, 1) and end.year % 100 == 99:
        n = start.year // 100 + 1
        suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century"
    return ""


_SEASONS = {3: "Spring", 6: "Summer", 9: "Autumn", 12: "Winter"}
"""A season by the month it starts in (TimeML's seasons; a winter starts in the year it is written with)."""


def _period(start: date, end: date) -> str:
    whole_months = start.day == 1 and (end + timedelta(days=1)).day == 1
    if whole_months and (start.month, end.month) == (1, 12):
        return f"{start.year}–{end.year}"
    if whole_months and start.year == end.year:
        return f"{start:%b}–{end:%b %Y}"
    if whole_months:
        return f"{start:%b %y}–{end:%b %y}"
    return ""


def when_text(when: When) -> str:
    """A whole date for the quote pane: "Mon 7 Feb 2022, evening", "11 Jan – 8 Feb 2022 (vague)"."""
    if when.start == when.end:
        text = day_label(when.start.toordinal())
        tod = time_of_day(when)
        text = f"{text}, {tod}" if tod else text
    else:
        text = f"{day_label(when.start.toordinal())} – {day_label(when.end.toordinal())}"
    extra = [when.granularity] if when.granularity not in _COARSE else []
    if when.vague:
        extra.append("vague")
    return f"{text} ({', '.join(extra)})" if extra else text


def marker(event: Event) -> str:
    """One cell flagging a date to read with care: ! disputed, ~ vague, ? low confidence."""
    if event.disputed:
        return "!"
    if event.when.vague:
        return "~"
    if event.confidence < LOW_CONFIDENCE:
        return "?"
    return " "


WHEN_WIDTH = 13
"""Widest when-column ("28 Jan–18 Feb"); narrower when no shown event needs that much."""


def when_width(
    events: Sequence[Event], shown: Sequence[int], sample: int = 5000, reported: bool = False
) -> int:
    """Room the when-column needs for the first `sample` shown events (0: no column at all)."""
    widest = 0
    for index in shown[:sample]:
        widest = max(widest, len(when_column(events[index], reported)))
        if widest >= WHEN_WIDTH:
            return WHEN_WIDTH
    return widest


def row_cells(
    event: Event,
    width: int,
    *,
    marked: bool = False,
    query: str = "",
    kind: Kind | None = None,
    lag: bool = False,
    when_width: int = WHEN_WIDTH,
) -> list[tuple[str, str]]:
    """One event row as (text, style) pieces exactly `width` cells wide.

    Styles: mark, when, marker, headline, match, planned, ongoing, count, lag, pad.
    """
    kind = kind or event.kind
    tail: list[tuple[str, str]] = []
    if lag:
        tail.append((f" {lag_short(event)}", "lag"))
    if kind is not Kind.OCCURRED:
        tail.append((f" {kind.value}", kind.value))
    if len(event.sources) > 1:
        tail.append((f" ×{len(event.sources)}", "count"))
    head = [("●" if marked else " ", "mark")]
    if when_width:
        head.append((f"{when_column(event, lag)[:when_width]:<{when_width}} ", "when"))
    head.append((marker(event), "marker"))
    head.append((" ", "pad"))
    used = sum(len(t) for t, _ in head) + sum(len(t) for t, _ in tail)
    room = width - used
    if room < 8:  # narrow: drop the tail, then the when column
        tail = []
        room = width - sum(len(t) for t, _ in head)
        if room < 8:
            head = [head[0], head[-2]]
            room = width - 2
    title = shorten(event.headline, max(room, 0))
    cells = head + highlight(title, query, "headline") + tail
    used = sum(len(t) for t, _ in cells)
    if used < width:
        cells.append((" " * (width - used), "pad"))
    return clip(cells, width)


def clip(cells: list[tuple[str, str]], width: int) -> list[tuple[str, str]]:
    """Cut a row of pieces to `width` cells."""
    out: list[tuple[str, str]] = []
    room = width
    for text, style in cells:
        if room <= 0:
            break
        out.append((text[:room], style))
        room -= len(text[:room])
    return out


def highlight(text: str, query: str, style: str) -> list[tuple[str, str]]:
    """`text` split into pieces, the case-insensitive hits of `query` styled "match"."""
    if not query:
        return [(text, style)]
    folded, needle = text.casefold(), query.casefold()
    if len(folded) != len(text):  # casefold changed lengths; keep it simple
        folded, needle = text.lower(), query.lower()
    out: list[tuple[str, str]] = []
    at = 0
    while True:
        hit = folded.find(needle, at)
        if hit < 0 or not needle:
            break
        if hit > at:
            out.append((text[at:hit], style))
        out.append((text[hit : hit + len(needle)], "match"))
        at = hit + len(needle)
    if at < len(text):
        out.append((text[at:], style))
    return out


def hits(event: Event, query: str) -> bool:
    needle = query.casefold()
    return needle in event.headline.casefold() or needle in event.quote.casefold()


def find(
    events: Sequence[Event], shown: Sequence[int], query: str, start: int, forward: bool = True
) -> int | None:
    """The next shown position after `start` (before, if not forward) whose headline or quote holds
    `query`, wrapping around; `start` itself is checked last."""
    n = len(shown)
    if not query or not n:
        return None
    step = 1 if forward else -1
    needle = query.casefold()
    for k in range(1, n + 1):
        position = (start + step * k) % n
        event = events[shown[position]]
        if needle in event.headline.casefold() or needle in event.quote.casefold():
            return position
    return None


def count_hits(events: Sequence[Event], shown: Iterable[int], query: str, limit: int = 100_000) -> int:
    """How many shown events hold `query` (counting stops at `limit`)."""
    total = 0
    for index in shown:
        if hits(events[index], query):
            total += 1
            if total >= limit:
                break
    return total


def next_mark(marked_positions: Sequence[int], position: int, forward: bool = True) -> int | None:
    """The next (previous) marked position, wrapping; `marked_positions` sorted."""
    if not marked_positions:
        return None
    if forward:
        i = bisect.bisect_right(marked_positions, position)
        return marked_positions[i % len(marked_positions)]
    i = bisect.bisect_left(marked_positions, position) - 1
    return marked_positions[i]


@attrs.frozen
class Density:
    """Events per bucket over the shown range."""

    unit: str
    """day, week, month or year."""
    first: int
    """Ordinal where bucket 0 starts."""
    counts: tuple[int, ...]

    def bucket(self, ordinal: int) -> int:
        if not self.counts:
            return 0
        return min(max(_bucket_index(ordinal, self.first, self.unit), 0), len(self.counts) - 1)

    def bars(self) -> str:
        """One character per bucket, taller for more events; empty buckets are a dim dot."""
        top = max(self.counts, default=0)
        out = []
        for count in self.counts:
            if count == 0:
                out.append("·")
            else:
                out.append(_BARS[max(1, round(count / top * (len(_BARS) - 1)))])
        return "".join(out)


def _bucket_index(ordinal: int, first: int, unit: str) -> int:
    if unit == "day":
        return ordinal - first
    if unit == "week":
        return (ordinal - first) // 7
    a, b = date.fromordinal(first), date.fromordinal(ordinal)
    if unit == "month":
        return (b.year - a.year) * 12 + b.month - a.month
    return b.year - a.year


def density(keys: Sequence[int], width: int) -> Density:
    """Bucket sorted day ordinals into at most `width` columns by the finest unit that fits."""
    if not keys or width <= 0:
        return Density("day", 0, ())
    lo, hi = min(keys[0], keys[-1]), max(keys[0], keys[-1])
    for unit in ("day", "week", "month", "year"):
        first = zoom_key(lo, unit if unit != "year" else "day")
        if unit == "year":
            first = date(date.fromordinal(lo).year, 1, 1).toordinal()
        size = _bucket_index(hi, first, unit) + 1
        if size <= width:
            break
    counts = [0] * size
    if unit in ("day", "week"):
        span = 1 if unit == "day" else 7
        for ordinal in keys:
            counts[(ordinal - first) // span] += 1
    else:
        for ordinal, n in Counter(keys).items():
            counts[_bucket_index(ordinal, first, unit)] += n
    return Density(unit, first, tuple(counts))


def actor_counts(events: Iterable[Event]) -> list[tuple[str, int]]:
    """Actors by how many events name them, most first."""
    counts: Counter[str] = Counter()
    for event in events:
        counts.update(set(event.actors))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].casefold()))
