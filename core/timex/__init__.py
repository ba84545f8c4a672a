"""Time expressions in English news: find them (`scanner`, rules in `rules`) and resolve them (`resolve`).

tag(text, dct, regions=None) -> tuple[Timex, ...]
interval(time) -> (start, end, granularity) | None
tag_record({"doc_id", "dct", "text"}) -> {"doc_id", "timexes": [...]}
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import pendulum

from core.model import Span, TimeType, TimeValue, Timex, ordered_span, positional_maker
from core.timex import values
from core.timex.resolve import NORMALISERS, Anchor, Context
from core.timex.rules import RULES, Rule
from core.timex.scanner import Progress, lower, reads_plainly, scan_regions

__all__ = ["RULES", "Rule", "interval", "tag", "tag_record"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'"})

_ANCHOR_GRANS = frozenset({"day", "time", "part-of-day", "week", "weekend", "month", "quarter", "half", "year",
                           "season"})  # fmt: skip


_TIMEX = positional_maker(Timex)
"""`Timex` made with every field in order, set through their slots (`positional_maker`)."""


def tag(text: str, dct: pendulum.Date, regions: Sequence[Span] | None = None) -> tuple[Timex, ...]:
    """All time expressions in text (only inside `regions` when given, e.g. the sentences/paragraphs of an
    article, so header lines such as a YYYYMMDD date line are not tagged), in text order, resolved against dct.

    Each Timex has span (char offsets into `text`), text, time (TimeValue: type, value, mod, approx), rule (the
    name of the rule-table entry that fired), why (one line a reader understands) and anchor ("publication",
    "previous" for a value counted from an earlier date in the text, "none" for a self-contained one).
    Dates found earlier in the text (in any region) are what "the day after" or "a year earlier" count from.
    """
    if type(dct) is not pendulum.Date:  # a datetime.date or a pendulum DateTime: keep the calendar day only
        dct = pendulum.date(dct.year, dct.month, dct.day)
    original = text
    # Typeset apostrophes read as plain ones ("Mother’s Day", "the ’90s", "Monday’s"); one character
    # for one, so offsets and the quoted text stay the original's. Most texts have none: `in` answers at
    # once for a text of narrower characters, where translating reads every character through a table.
    if "\u2019" in text or "\u2018" in text:
        text = text.translate(_APOSTROPHES)
    ctx = Context(text, dct)
    low = lower(text)
    plain = reads_plainly(text)
    out: list[Timex] = []
    # Regions do not overlap and every match ends inside its own, so what was tagged in one region
    # never reaches into the next: `tagged.end` needs no resetting between them. The scanner reads it
    # to pass over the places inside what was tagged.
    tagged = Progress()
    for region_end, found in scan_regions(text, _merged(regions, len(text)), low, tagged):
        if found[0].start < tagged.end:
            continue
        for cand in found:
            match = cand.match(text, region_end, plain)
            if match is None:
                continue
            try:
                resolved = NORMALISERS[cand.compiled.rule.norm](match, ctx)
            except (ValueError, OverflowError):
                resolved = None  # arithmetic off the calendar ("3000 years ago"): not a usable date
            if resolved is None:
                continue
            time, why, anchor = resolved
            out.append(
                _TIMEX(
                    ordered_span(cand.start, match.end()),
                    original[cand.start : match.end()],
                    time,
                    cand.compiled.rule.name,
                    why,
                    anchor,
                )
            )
            # Values computed from an earlier date are not new reference points ("a year earlier").
            if time.type in (TimeType.DATE, TimeType.TIME) and anchor != "previous":
                parsed = values.parse(time.value)
                if parsed is not None and parsed[2] in _ANCHOR_GRANS:
                    ctx.anchors.append(Anchor(cand.start, time.value, parsed[2]))
            tagged.end = match.end()
            break
    return tuple(out)


def _merged(regions: Sequence[Span] | None, length: int) -> list[Span]:
    """Regions in text order, clipped to the text, overlapping ones joined (so nothing is tagged twice)."""
    if regions is None:
        return [Span(0, length)]
    out: list[Span] = []
    # An article's sentences come in order and inside its text, thousands of them: each is kept as it
    # is rather than sorted by a Python key and built again.
    ordered = regions if _in_order(regions) else sorted(regions, key=lambda s: s.start)
    for r in ordered:
        start, end = r.start, r.end
        if end > length:
            start, end = min(start, length), length
        if out and start < out[-1].end:
            if end > out[-1].end:
                out[-1] = Span(out[-1].start, end)
        elif end > start:
            out.append(r if end == r.end and start == r.start else Span(start, end))
    return out


def _in_order(regions: Sequence[Span]) -> bool:
    starts = [r.start for r in regions]
    return starts == sorted(starts)


@functools.lru_cache(maxsize=8192)
def interval(time: TimeValue) -> tuple[pendulum.Date, pendulum.Date, str] | None:
    """Inclusive (start, end, granularity) a value covers: "2022-02" -> (Feb 1, Feb 28, "month");
    "2022-02-07TEV" -> part-of-day; "2022-W06" -> week; "2022-Q1"; seasons; "199" decade; mods EARLY/MID/LATE
    narrow it (early December -> Dec 1..10); vague refs (PAST_REF etc.) use time.approx; durations, sets and
    values without a year -> None."""
    return values.interval(time)


def _parse_dct(raw: str) -> pendulum.Date:
    digits = raw.strip()[:10].replace("-", "")
    return pendulum.date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def tag_record(record: dict) -> dict:
    """One batch line {"doc_id", "dct" (YYYY-MM-DD or YYYYMMDD), "text"} -> {"doc_id", "timexes": [...]}."""
    text = record.get("text") or ""
    timexes = tag(text, _parse_dct(str(record["dct"])))
    return {
        "doc_id": record.get("doc_id"),
        "timexes": [
            {
                "start": t.span.start,
                "end": t.span.end,
                "text": t.text,
                "type": str(t.time.type),
                "value": t.time.value,
            }
            for t in timexes
        ],
    }
