"""A timeline in the formats other tools read: TimelineJS JSON, iCalendar, Markdown.

Every renderer is a pure function of the Timeline: no clock, no environment, so exporting the same
collection twice gives the same bytes (calendar DTSTAMPs come from the newest publication date).
Dates a report only knows coarsely stay coarse: TimelineJS gets only the year and month it is
told, a calendar gets an all-day span over the whole month, and Markdown says "Feb 2022".
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import orjson
import pendulum

from core.model import Article, Event, Source, Timeline, When

FORMATS = ("json", "jsonl", "timelinejs", "ics", "markdown")

_PRECISE = frozenset({"day", "part-of-day", "time"})
_PART_OF_DAY = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}


def render(timeline: Timeline, fmt: str) -> bytes:
    """The timeline as `fmt` (json, jsonl, timelinejs, ics, markdown)."""
    if fmt in ("json", "jsonl"):
        from core.jsonio import dumps_timeline

        return dumps_timeline(timeline, fmt)
    renderers: dict[str, Callable[[Timeline], bytes]] = {
        "timelinejs": timelinejs,
        "ics": ics,
        "markdown": markdown,
    }
    if fmt not in renderers:
        msg = f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"
        raise ValueError(msg)
    return renderers[fmt](timeline)


# --- dates as a reader says them ----------------------------------------------------------------


def display_date(when: When) -> str:
    """ "Mon 7 Feb 2022", "Mon 7 Feb 2022, evening", "Feb 2022", "Q1 2022", "about 10 Jan – 8 Feb 2022"."""
    start, end, unit = when.start, when.end, when.granularity
    if when.vague or unit == "range":
        about = "about " if when.vague else ""
        return f"{about}{_span(start, end)}"
    if unit == "day":
        return start.format("ddd D MMM YYYY")
    if unit in ("part-of-day", "time"):
        _, _, clock = when.value.partition("T")
        part = _PART_OF_DAY.get(clock[:2], clock[:5])
        return f"{start.format('ddd D MMM YYYY')}, {part}" if part else start.format("ddd D MMM YYYY")
    if unit in ("week", "weekend"):
        return f"{'weekend' if unit == 'weekend' else 'week'} of {start.format('D MMM YYYY')}"
    if unit == "month":
        return start.format("MMM YYYY")
    if unit == "quarter":
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if unit == "half":
        return f"H{1 if start.month <= 6 else 2} {start.year}"
    if unit == "season":
        season = _SEASONS.get(when.value[-2:], "season")
        return f"{season} {start.year}"
    if unit == "year":
        return str(start.year)
    if unit == "decade":
        return f"{start.year}s"
    if unit == "century":
        return f"{start.year // 100 + 1}th century"
    return _span(start, end)


def _span(start: pendulum.Date, end: pendulum.Date) -> str:
    if start.day == 1 and end.add(days=1).day == 1 and start != end:  # whole months, or whole years
        if (start.month, end.month) == (1, 12):
            return str(start.year) if start.year == end.year else f"{start.year} – {end.year}"
        if start.year == end.year:
            return f"{start.format('MMM')} – {end.format('MMM YYYY')}"
        return f"{start.format('MMM YYYY')} – {end.format('MMM YYYY')}"
    if start == end:
        return start.format("D MMM YYYY")
    if start.year == end.year:
        return f"{start.format('D MMM')} – {end.format('D MMM YYYY')}"
    return f"{start.format('D MMM YYYY')} – {end.format('D MMM YYYY')}"


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def unique_ids(events: Iterable[Event]) -> list[str]:
    """Event ids made unique for formats that require it (TimelineJS slides, calendar UIDs): a
    repeated id gets "-2", "-3" in timeline order, so exports stay stable run to run."""
    seen: Counter[str] = Counter()
    out: list[str] = []
    for event in events:
        seen[event.id] += 1
        out.append(event.id if seen[event.id] == 1 else f"{event.id}-{seen[event.id]}")
    return out


def _articles(timeline: Timeline) -> dict[str, Article]:
    return {a.id: a for a in timeline.articles}


def collection_title(timeline: Timeline) -> str:
    """The single article's title, or "N articles, first – last publication"."""
    if len(timeline.articles) == 1:
        return timeline.articles[0].title
    if not timeline.articles:
        return "Timeline"
    days = sorted(a.published for a in timeline.articles)
    return f"{len(timeline.articles)} articles, {_span(days[0], days[-1])}"


def top_actors(events: Iterable[Event], limit: int = 8) -> list[str]:
    """The actors most events mention, most mentioned first."""
    counts = Counter(a for e in events for a in e.actors)
    return [name for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]]


def dispute_note(event: Event, articles: Mapping[str, Article]) -> list[tuple[str, str]]:
    """For a disputed entry: (article title, the date that report gives) per source."""
    out: list[tuple[str, str]] = []
    for source in event.sources:
        when = source.when or event.when
        title = articles[source.article].title if source.article in articles else source.path
        said = f"{display_date(when)}" + (f' ("{when.text}")' if when.text else "")
        out.append((title, said))
    return out


# --- TimelineJS ---------------------------------------------------------------------------------


def _tl_date(day: pendulum.Date, unit: str, end: bool = False) -> dict[str, Any]:
    # TimelineJS shows the precision it is given: a month as "February 2022", a year as "2022".
    if unit in ("year", "decade", "century"):
        return {"year": day.year}
    if unit in ("month", "quarter", "half", "season") and not end:
        return {"year": day.year, "month": day.month}
    return {"year": day.year, "month": day.month, "day": day.day}


def timelinejs_dict(timeline: Timeline) -> dict[str, Any]:
    """The Knight Lab TimelineJS3 JSON object: a title slide and one slide per event."""
    articles = _articles(timeline)
    groups = set(top_actors(timeline.events, 6))
    slides: list[dict[str, Any]] = []
    for event, ident in zip(timeline.events, unique_ids(timeline.events), strict=True):
        when = event.when
        unit = "range" if when.vague else when.granularity
        slide: dict[str, Any] = {
            "start_date": _tl_date(when.start, unit),
            "display_date": display_date(when),
            "text": {"headline": html.escape(event.headline), "text": _tl_text(event, articles)},
            "unique_id": ident,
            "autolink": False,
        }
        if when.end != when.start and unit not in ("month", "year", "decade", "century"):
            slide["end_date"] = _tl_date(when.end, unit, end=True)
        group = next((a for a in event.actors if a in groups), None)
        if group:
            slide["group"] = group
        slides.append(slide)
    summary = ", ".join(top_actors(timeline.events, 5))
    intro = f"{_count(len(timeline.events), 'event')} from {_count(len(timeline.articles), 'article')}"
    return {
        "title": {
            "text": {
                "headline": html.escape(collection_title(timeline)),
                "text": f"<p>{html.escape(intro)}</p>"
                + (f"<p>{html.escape(summary)}</p>" if summary else ""),
            }
        },
        "events": slides,
    }


def _tl_text(event: Event, articles: Mapping[str, Article]) -> str:
    parts: list[str] = []
    if event.disputed:
        said = "; ".join(f"{html.escape(t)}: {html.escape(d)}" for t, d in dispute_note(event, articles))
        parts.append(f"<p><strong>Disputed date</strong> — {said}</p>")
    for source in event.sources:
        parts.append(f"<blockquote>{html.escape(source.quote)}</blockquote>")
        parts.append(f"<p>— {_html_link(source, articles)}</p>")
    if event.actors:
        parts.append(f"<p><small>{html.escape(', '.join(event.actors))}</small></p>")
    return "".join(parts)


def _html_link(source: Source, articles: Mapping[str, Article]) -> str:
    article = articles.get(source.article)
    title = html.escape(article.title if article else source.path)
    published = source.published.format("D MMM YYYY")
    if article and article.url:
        return f'<a href="{html.escape(article.url, quote=True)}">{title}</a>, {published}'
    return f"{title}, {published}"


def timelinejs(timeline: Timeline) -> bytes:
    return orjson.dumps(timelinejs_dict(timeline), option=orjson.OPT_INDENT_2) + b"\n"


# --- iCalendar (RFC 5545) -----------------------------------------------------------------------


def ics_escape(text: str) -> str:
    """TEXT value escaping: backslash, semicolon, comma and newlines."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character; continuation lines start with a space."""
    out: list[str] = []
    current = ""
    size = 0
    for char in line:
        width = len(char.encode("utf-8"))
        # The first line holds 75 octets; continuations hold 74 after their leading space.
        if size + width > (limit if not out else limit - 1):
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def ics(timeline: Timeline) -> bytes:
    """A calendar with one all-day event per timeline entry (DTEND is exclusive: the day after)."""
    articles = _articles(timeline)
    newest = max((a.published for a in timeline.articles), default=pendulum.date(1970, 1, 1))
    stamp = f"{newest.format('YYYYMMDD')}T000000Z"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//timeline-news//timeline//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{ics_escape(collection_title(timeline))}",
    ]
    for event, ident in zip(timeline.events, unique_ids(timeline.events), strict=True):
        when = event.when
        summary = event.headline + (" [date disputed]" if event.disputed else "")
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ident}@timeline",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{when.start.format('YYYYMMDD')}",
            f"DTEND;VALUE=DATE:{when.end.add(days=1).format('YYYYMMDD')}",
            f"SUMMARY:{ics_escape(summary)}",
            f"DESCRIPTION:{ics_escape(_plain_description(event, articles))}",
            f"CATEGORIES:{ics_escape(str(event.kind))}",
        ]
        url = next(
            (
                articles[s.article].url
                for s in event.sources
                if s.article in articles and articles[s.article].url
            ),
            "",
        )
        if url:
            lines.append(f"URL:{url}")
        if when.vague or when.granularity not in _PRECISE:
            lines.append("X-TIMELINE-PRECISION:" + ics_escape(display_date(when)))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def _plain_description(event: Event, articles: Mapping[str, Article]) -> str:
    parts = [f"When: {display_date(event.when)}"]
    if event.disputed:
        parts.append("Disputed date: " + "; ".join(f"{t}: {d}" for t, d in dispute_note(event, articles)))
    for source in event.sources:
        article = articles.get(source.article)
        title = article.title if article else source.path
        parts.append(f"“{source.quote}”")
        parts.append(
            f"— {title}, {source.published.format('D MMM YYYY')}"
            + (f" {article.url}" if article and article.url else "")
        )
    return "\n".join(parts)


# --- Markdown -----------------------------------------------------------------------------------

_MD_SPECIAL = str.maketrans({c: f"\\{c}" for c in "\\`*_[]<>#|"})


def md_escape(text: str) -> str:
    return text.translate(_MD_SPECIAL)


def markdown(timeline: Timeline) -> bytes:
    """A chronology a person reads: a heading per date, each entry's headline, quotes and sources."""
    articles = _articles(timeline)
    out = [f"# {md_escape(collection_title(timeline))}", ""]
    actors = top_actors(timeline.events, 8)
    out.append(f"{_count(len(timeline.events), 'event')} from {_count(len(timeline.articles), 'article')}.")
    if actors:
        out.append(f"Most mentioned: {', '.join(md_escape(a) for a in actors)}.")
    out.append("")
    heading = None
    for event in timeline.events:
        label = display_date(event.when)
        if label != heading:
            out += [f"## {md_escape(label)}", ""]
            heading = label
        flag = " ⚠ date disputed" if event.disputed else ""
        planned = " (planned)" if str(event.kind) == "planned" else ""
        out += [f"### {md_escape(event.headline)}{planned}{flag}", ""]
        if event.disputed:
            for title, said in dispute_note(event, articles):
                out.append(f"- *{md_escape(title)}* dates it {md_escape(said)}")
            out.append("")
        for source in event.sources:
            out.append(f"> {md_escape(source.quote)}")
            out.append(">")
            out.append(f"> — {_md_link(source, articles)}")
            out.append("")
        if event.actors:
            out += [f"Actors: {', '.join(md_escape(a) for a in event.actors)}", ""]
    if timeline.problems:
        out += ["## Not read", ""]
        out += [f"- `{p.path}`: {md_escape(p.reason)}" for p in timeline.problems]
        out.append("")
    return ("\n".join(out).rstrip("\n") + "\n").encode("utf-8")


def _md_link(source: Source, articles: Mapping[str, Article]) -> str:
    article = articles.get(source.article)
    title = md_escape(article.title if article else source.path)
    published = source.published.format("D MMM YYYY")
    if article and article.url:
        url = article.url.replace(" ", "%20").replace(")", "%29").replace("(", "%28")
        return f"[{title}]({url}), {published}"
    return f"{title}, {published}"
