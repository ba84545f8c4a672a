"""Exports: TimelineJS JSON, iCalendar and Markdown, from a small hand-made timeline."""

from __future__ import annotations

import attrs
import orjson
import pytest
from story_helpers import article, event, timeline, when

from core.export import display_date, fold, ics_escape, render
from core.model import Kind

ART_A = article(
    "Harbour bridge opens",
    "2024-05-07",
    ["The mayor opened the bridge on Monday."],
    url="https://a.example/bridge",
)
ART_B = article(
    "Bridge, at last",
    "2024-05-08",
    ["The bridge opened on Tuesday; crowds cheered."],
    url="https://b.example/x",
)


def _timeline():
    opened = event(
        "The mayor opened the bridge on Monday.",
        "2024-05-06",
        article_id=ART_A.id,
        published="2024-05-07",
        actors=("Lena Ortiz", "Vannes"),
    )
    other = event(
        "The bridge opened on Tuesday; crowds cheered.",
        "2024-05-07",
        article_id=ART_B.id,
        published="2024-05-08",
        date_text="on Tuesday",
    )
    disputed = attrs.evolve(opened, id="m123", disputed=True, sources=(*opened.sources, *other.sources))
    month = event(
        "Tolls will rise in June.",
        "2024-06-01",
        end="2024-06-30",
        granularity="month",
        article_id=ART_B.id,
        published="2024-05-08",
        kind=Kind.PLANNED,
        date_text="in June",
    )
    return timeline(disputed, month, articles=(ART_A, ART_B))


@pytest.mark.parametrize(
    ("w", "expected"),
    [
        (when("2022-02-07"), "Mon 7 Feb 2022"),
        (
            attrs.evolve(when("2022-02-07"), granularity="part-of-day", value="2022-02-07TEV"),
            "Mon 7 Feb 2022, evening",
        ),
        (when("2022-02-01", "2022-02-28", "month"), "Feb 2022"),
        (when("2022-07-01", "2022-09-30", "quarter"), "Q3 2022"),
        (when("2022-01-01", "2022-12-31", "year"), "2022"),
        (when("2020-01-01", "2029-12-31", "decade"), "2020s"),
        (attrs.evolve(when("2022-01-10", "2022-02-08", "range"), vague=True), "about 10 Jan – 8 Feb 2022"),
        (when("2021-12-30", "2022-01-02", "range"), "30 Dec 2021 – 2 Jan 2022"),
    ],
)
def test_display_date(w, expected):
    assert display_date(w) == expected


def test_timelinejs_structure():
    data = orjson.loads(render(_timeline(), "timelinejs"))
    assert data["title"]["text"]["headline"] == "2 articles, 7 May – 8 May 2024"
    first, second = data["events"]
    assert first["unique_id"] == "m123"
    assert first["start_date"] == {"year": 2024, "month": 5, "day": 6}
    assert "end_date" not in first
    assert first["display_date"] == "Mon 6 May 2024"
    assert first["text"]["headline"] == "The mayor opened the bridge on Monday"
    body = first["text"]["text"]
    assert "Disputed date" in body
    assert body.count("<blockquote>") == 2
    assert '<a href="https://a.example/bridge">Harbour bridge opens</a>' in body
    assert first["group"] == "Lena Ortiz"
    # a month is given to TimelineJS as a month, not as its first day
    assert second["start_date"] == {"year": 2024, "month": 6}
    assert second["display_date"] == "Jun 2024"


def test_timelinejs_escapes_html():
    bad = event("Tags <b>like</b> these & more.", "2024-01-01")
    data = orjson.loads(render(timeline(bad), "timelinejs"))
    assert "<b>" not in data["events"][0]["text"]["text"]
    assert "&lt;b&gt;" in data["events"][0]["text"]["text"]


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a,b;c", "a\\,b\\;c"),
        ("back\\slash", "back\\\\slash"),
        ("two\nlines", "two\\nlines"),
        ("plain", "plain"),
    ],
)
def test_ics_escape(raw, escaped):
    assert ics_escape(raw) == escaped


@pytest.mark.parametrize("text", ["x" * 200, "é" * 100, "ab" + "€" * 60, "short"])
def test_fold_keeps_octet_limit_and_unfolds_back(text):
    folded = fold("DESCRIPTION:" + text)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + text


def test_ics_calendar():
    raw = render(_timeline(), "ics")
    text = raw.decode()
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    assert "\n" not in text.replace("\r\n", "")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    unfolded = text.replace("\r\n ", "")
    assert unfolded.count("BEGIN:VEVENT") == 2
    assert "UID:m123@timeline" in unfolded
    assert "DTSTART;VALUE=DATE:20240506\r\nDTEND;VALUE=DATE:20240507" in unfolded
    # a month-long entry spans the whole month
    assert "DTSTART;VALUE=DATE:20240601\r\nDTEND;VALUE=DATE:20240701" in unfolded
    assert "SUMMARY:The mayor opened the bridge on Monday [date disputed]" in unfolded
    assert "DTSTAMP:20240508T000000Z" in unfolded
    description = next(
        line for line in unfolded.split("\r\n") if line.startswith("DESCRIPTION:") and "mayor" in line
    )
    assert "https://a.example/bridge" in description
    assert "crowds cheered." in description
    assert "Tuesday\\; crowds" in description


def test_export_is_deterministic():
    assert render(_timeline(), "ics") == render(_timeline(), "ics")


def test_markdown_chronology():
    md = render(_timeline(), "markdown").decode()
    lines = md.splitlines()
    assert lines[0] == "# 2 articles, 7 May – 8 May 2024"
    assert "## Mon 6 May 2024" in lines
    assert "### The mayor opened the bridge on Monday ⚠ date disputed" in lines
    assert "> The mayor opened the bridge on Monday." in lines
    assert "> — [Harbour bridge opens](https://a.example/bridge), 7 May 2024" in lines
    assert any(line.startswith("- *Bridge, at last* dates it Tue 7 May 2024") for line in lines)
    assert md.index("## Mon 6 May 2024") < md.index("## Jun 2024")
    assert "### Tolls will rise in June (planned)" in lines


def test_markdown_escapes_link_syntax():
    tricky = event("See [this](http://evil) *now*.", "2024-01-01")
    md = render(timeline(tricky), "markdown").decode()
    assert "> See \\[this\\](http://evil) \\*now\\*." in md


def test_json_is_delegated_and_unknown_format_refused():
    assert orjson.loads(render(_timeline(), "json"))["version"] == 1
    with pytest.raises(ValueError, match="unknown format"):
        render(_timeline(), "pdf")


def test_repeated_ids_are_made_unique_in_order():
    a = event("The ferry left.", "2024-01-01")
    b = attrs.evolve(a, quote="The ferry came back.")
    data = orjson.loads(render(timeline(a, b), "timelinejs"))
    assert [e["unique_id"] for e in data["events"]] == [a.id, f"{a.id}-2"]
    unfolded = render(timeline(a, b), "ics").decode().replace("\r\n ", "")
    assert f"UID:{a.id}@timeline" in unfolded
    assert f"UID:{a.id}-2@timeline" in unfolded
