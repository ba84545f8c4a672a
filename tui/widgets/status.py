"""The status line: what is loaded, what is filtered, what could not be read."""

from __future__ import annotations

from textual.widgets import Static


def status_text(
    articles: int,
    events: int,
    shown: int,
    filters: list[str],
    problems: int,
    *,
    zoom: str,
    order: str,
    marks: int,
    search: str = "",
    hits: int | None = None,
    loading: bool = False,
) -> str:
    """One line: "1 article · 4 of 5 events · kind planned · zoom day · 2 marked · 1 problem (p)"."""
    if loading:
        return "Reading articles…"
    parts = [f"{articles} article{'s' if articles != 1 else ''}"]
    parts.append(f"{shown} of {events} events" if filters or shown != events else f"{events} events")
    parts.extend(filters)
    if search:
        parts.append(f"/{search}: {hits if hits is not None else '?'} hit{'' if hits == 1 else 's'}")
    parts.append(f"zoom {zoom}")
    if order != "happened":
        parts.append("by report date")
    if marks:
        parts.append(f"{marks} marked")
    if problems:
        parts.append(f"{problems} problem{'s' if problems != 1 else ''} (p)")
    return " · ".join(parts)


class StatusLine(Static):
    """A one-line summary; the app sets its text."""
