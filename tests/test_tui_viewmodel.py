"""The viewer's pure parts: rows, grouping, gaps, density, filters, search, marks, dates, state."""

from __future__ import annotations

from datetime import date

import pendulum
import pytest

from core.model import Event, Kind, Source, When
from tui import dates, state
from tui.viewmodel import (
    WHEN_WIDTH,
    Filters,
    actor_counts,
    build_layout,
    day_keys,
    density,
    find,
    gap_label,
    group_label,
    highlight,
    marker,
    next_mark,
    row_cells,
    select,
    time_of_day,
    when_column,
    when_width,
)
from tui.widgets.status import status_text

D = pendulum.date
PUBLISHED = D(2022, 2, 8)


def ev(
    i: int,
    start: pendulum.Date,
    end: pendulum.Date | None = None,
    *,
    headline: str = "",
    kind: Kind = Kind.OCCURRED,
    granularity: str = "day",
    value: str = "",
    vague: bool = False,
    published: pendulum.Date = PUBLISHED,
    article: str = "a1",
    actors: tuple[str, ...] = (),
    confidence: float = 0.9,
) -> Event:
    end = end or start
    when = When(start, end, granularity, value or start.isoformat(), "", vague)
    quote = f"quote {i} {headline}"
    source = Source(article, f"{article}.txt", 4, 0, len(quote), quote, published, when)
    return Event(
        f"e{i}",
        when,
        kind,
        headline or f"event {i}",
        quote,
        (source,),
        "rule",
        "why",
        confidence,
        None,
        actors,
    )


EVENTS = (
    ev(
        0,
        D(2022, 1, 11),
        D(2022, 2, 8),
        headline="Western leaders diplomacy",
        vague=True,
        granularity="range",
    ),
    ev(
        1,
        D(2022, 2, 7),
        headline="Talks in Moscow",
        granularity="part-of-day",
        value="2022-02-07TEV",
        actors=("Macron", "Putin"),
    ),
    ev(2, D(2022, 2, 8), headline="Macron reaches Kyiv", actors=("Macron",)),
    ev(
        3,
        D(2022, 2, 8),
        headline="Kremlin says no promise",
        actors=("Kremlin", "Putin"),
        published=D(2022, 2, 9),
        article="a2",
    ),
    ev(4, D(2022, 2, 20), headline="Drills end", kind=Kind.PLANNED),
)


def test_layout_groups_days_with_headers_and_gaps() -> None:
    shown = select(EVENTS, Filters())
    layout = build_layout(EVENTS, shown, "day")
    labels = [h.label for h in layout.headers]
    assert labels == [
        "Tue 11 Jan 2022",
        "… 27 days …",
        "Mon 7 Feb 2022",
        "Tue 8 Feb 2022",
        "… 12 days …",
        "Sun 20 Feb 2022",
    ]
    # rows: header, event 0, gap, header, event 1, header, events 2 and 3, gap, header, event 4
    assert list(layout.rows) == [-1, 0, -2, -3, 1, -4, 2, 3, -5, -6, 4]
    assert list(layout.row_of) == [1, 4, 6, 7, 10]
    assert list(layout.group_first) == [0, 1, 2, 4]
    assert layout.position_on_or_after(D(2022, 2, 8).toordinal()) == 2
    assert layout.position_on_or_after(D(2022, 2, 10).toordinal()) == 4
    assert layout.position_at_row(5) == 2  # a header row: the event below it
    assert layout.position_at_row(5, forward=False) == 1


def test_zoom_week_and_month() -> None:
    shown = select(EVENTS, Filters())
    week = build_layout(EVENTS, shown, "week")
    assert [h.label for h in week.headers if h.kind == "group"] == [
        "Week 2 · 10 Jan – 16 Jan 2022",
        "Week 6 · 7 Feb – 13 Feb 2022",
        "Week 7 · 14 Feb – 20 Feb 2022",
    ]
    month = build_layout(EVENTS, shown, "month")
    assert [h.label for h in month.headers] == ["January 2022", "February 2022"]


def test_gap_labels() -> None:
    assert gap_label(10, 11, "day") is None
    assert gap_label(10, 22, "day") == "… 12 days …"
    assert gap_label(date(2022, 1, 3).toordinal(), date(2022, 1, 31).toordinal(), "week") == "… 4 weeks …"
    assert gap_label(date(2022, 1, 1).toordinal(), date(2022, 5, 1).toordinal(), "month") == "… 4 months …"
    assert group_label(date(2022, 2, 7).toordinal(), "day", "reported") == "Reported Mon 7 Feb 2022"


def test_row_cells_are_exactly_the_width_and_show_kind_count_and_markers() -> None:
    for width in (5, 20, 40, 80, 200):
        for event in EVENTS:
            cells = row_cells(event, width, marked=True, query="a", when_width=12)
            assert sum(len(t) for t, _ in cells) == width
    cells = {s: t for t, s in row_cells(EVENTS[4], 80, when_width=12)}
    assert cells["planned"].strip() == "planned"
    text = "".join(t for t, _ in row_cells(EVENTS[0], 80, when_width=12))
    assert "11 Jan–8 Feb" in text and "~" in text
    assert "evening" in "".join(t for t, _ in row_cells(EVENTS[1], 80, when_width=12))
    assert "●" in "".join(t for t, _ in row_cells(EVENTS[2], 80, marked=True))


def test_when_column_and_markers() -> None:
    assert when_column(EVENTS[0]) == "11 Jan–8 Feb"
    assert when_column(EVENTS[2]) == ""
    assert time_of_day(When(D(2022, 2, 7), D(2022, 2, 7), "time", "2022-02-07T14:30")) == "14:30"
    assert marker(EVENTS[0]) == "~"
    assert marker(ev(9, D(2022, 1, 1), confidence=0.2)) == "?"
    assert when_width(EVENTS, range(len(EVENTS))) == 12
    assert when_width(EVENTS, [2, 3]) == 0


def test_highlight_splits_matches_case_insensitively() -> None:
    assert highlight("Macron met Putin; macron left", "MACRON", "h") == [
        ("Macron", "match"),
        (" met Putin; ", "h"),
        ("macron", "match"),
        (" left", "h"),
    ]
    assert highlight("abc", "", "h") == [("abc", "h")]


def test_filters_narrow_and_describe() -> None:
    assert list(select(EVENTS, Filters(text="kremlin"))) == [3]
    assert list(select(EVENTS, Filters(kind="planned"))) == [4]
    assert list(select(EVENTS, Filters(article="a2"))) == [3]
    assert list(select(EVENTS, Filters(actor="putin"))) == [1, 3]
    assert list(select(EVENTS, Filters(start=D(2022, 2, 8), end=D(2022, 2, 10)))) == [0, 2, 3]
    f = Filters(text="x", kind="planned", actor="Putin", start=D(2022, 2, 1))
    assert f.describe() == ["text “x”", "kind planned", "dates 2022-02-01–…", "actor Putin"]
    assert Filters.from_dict(f.to_dict()) == f
    assert Filters.from_dict({"start": "nonsense", "bogus": 1}) == Filters()


def test_reported_order_sorts_by_first_report() -> None:
    shown = select(EVENTS, Filters(), "reported")
    assert list(shown)[-1] == 3  # the one reported on the 9th comes last
    layout = build_layout(EVENTS, shown, "day", "reported")
    assert layout.headers[0].label == "Reported Tue 8 Feb 2022"


def test_search_wraps_and_goes_both_ways() -> None:
    shown = list(range(len(EVENTS)))
    assert find(EVENTS, shown, "macron", 0) == 2
    assert find(EVENTS, shown, "macron", 2) == 2  # the only hit: wraps back to itself
    assert find(EVENTS, shown, "talks", 3, forward=False) == 1
    assert find(EVENTS, shown, "nowhere", 0) is None


def test_next_mark_wraps() -> None:
    assert next_mark([2, 5, 9], 5) == 9
    assert next_mark([2, 5, 9], 9) == 2
    assert next_mark([2, 5, 9], 5, forward=False) == 2
    assert next_mark([2, 5, 9], 2, forward=False) == 9
    assert next_mark([], 0) is None


def test_density_picks_the_finest_unit_that_fits() -> None:
    keys = [D(2022, 2, 7).toordinal()] * 3 + [D(2022, 2, 8).toordinal(), D(2022, 2, 20).toordinal()]
    d = density(keys, 40)
    assert d.unit == "day" and len(d.counts) == 14 and d.counts[0] == 3 and sum(d.counts) == 5
    assert d.bars()[0] == "█" and d.bars()[2] == "·"
    assert d.bucket(D(2022, 2, 20).toordinal()) == 13
    assert density(keys, 5).unit == "week"
    wide = [D(2000, 1, 1).toordinal(), D(2022, 1, 1).toordinal()]
    assert density(wide, 40).unit == "year"
    assert density([], 10).counts == ()


def test_actor_counts() -> None:
    assert actor_counts(EVENTS) == [("Macron", 2), ("Putin", 2), ("Kremlin", 1)]


def test_status_text() -> None:
    text = status_text(
        1, 5, 2, ["kind planned"], 1, zoom="day", order="reported", marks=2, search="x", hits=3
    )
    assert (
        text
        == "1 article · 2 of 5 events · kind planned · /x: 3 hits · zoom day · by report date · 2 marked · 1 problem (p)"
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2022-02-20", (D(2022, 2, 20), D(2022, 2, 20))),
        ("20 feb", (D(2022, 2, 20), D(2022, 2, 20))),
        ("Feb 20, 2022", (D(2022, 2, 20), D(2022, 2, 20))),
        ("yesterday", (D(2022, 2, 7), D(2022, 2, 7))),
        ("2022-02", (D(2022, 2, 1), D(2022, 2, 28))),
        ("+3d", (D(2022, 2, 11), D(2022, 2, 11))),
    ],
)
def test_dates_typed_at_the_prompt(typed: str, expected: tuple[pendulum.Date, pendulum.Date]) -> None:
    assert dates.parse(typed, D(2022, 2, 8)) == expected


def test_dates_reject_nonsense() -> None:
    assert dates.parse("banana", D(2022, 2, 8)) is None


def test_state_round_trip(tmp_path) -> None:
    key = state.collection_key(["b", "a", "a"])
    assert key == state.collection_key(["a", "b"])
    assert state.load(key, tmp_path) == {}
    assert state.save(key, {"cursor": "e1", "marks": ["e2"]}, tmp_path)
    assert state.load(key, tmp_path) == {"cursor": "e1", "marks": ["e2"]}
    (tmp_path / f"{key}.json").write_text("not json")
    assert state.load(key, tmp_path) == {}
    assert state.state_dir({"XDG_STATE_HOME": "/x"}).as_posix() == "/x/timeline"
    assert state.state_dir({"HOME": "/h"}).as_posix() == "/h/.local/state/timeline"


def test_day_keys_match_day_key_on_both_axes() -> None:
    from tui.viewmodel import day_key, day_keys

    for order in ("happened", "reported"):
        assert list(day_keys(EVENTS, order)) == [day_key(e, order) for e in EVENTS]
    shown = select(EVENTS, Filters())
    assert build_layout(EVENTS, shown, "day", "happened", day_keys(EVENTS)) == build_layout(EVENTS, shown, "day")


@pytest.mark.parametrize("fmt", ["markdown", "json", "jsonl", "timelinejs", "ics"])
def test_every_export_format_of_a_subset(tmp_path, fmt: str) -> None:
    from tui import exporting
    from tui.synthetic import seed_story

    story = seed_story()
    path = exporting.write(story, story.events[2:4], fmt, tmp_path / f"out.{fmt}")
    data = path.read_bytes().replace(b"\r\n ", b"")  # unfold iCalendar lines
    assert b"Kremlin" in data and b"Western leaders" not in data


def test_reported_rows_name_the_events_own_day() -> None:
    assert when_column(EVENTS[2], reported=True) == "8 Feb"
    assert when_column(EVENTS[1], reported=True) == "7 Feb eve"
    assert when_column(EVENTS[0], reported=True) == "11 Jan–8 Feb"
    text = "".join(t for t, _ in row_cells(EVENTS[1], 100, lag=True, when_width=12))
    assert "7 Feb" in text and "1d later" in text


def test_calendar_units_and_long_gaps_read_naturally() -> None:
    year = ev(20, D(1955, 1, 1), D(1955, 12, 31), granularity="year", value="1955")
    month = ev(21, D(2022, 2, 1), D(2022, 2, 28), granularity="month", value="2022-02")
    quarter = ev(22, D(2022, 1, 1), D(2022, 3, 31), granularity="quarter", value="2022-Q1")
    assert [when_column(e) for e in (year, month, quarter)] == ["1955", "Feb 2022", "Q1 2022"]
    decade = ev(23, D(1950, 1, 1), D(1959, 12, 31), granularity="decade", value="195")
    century = ev(24, D(1900, 1, 1), D(1999, 12, 31), granularity="century", value="19")
    half = ev(25, D(2024, 1, 1), D(2024, 6, 30), granularity="half", value="2024-H1")
    winter = ev(26, D(2022, 12, 1), D(2023, 2, 28), granularity="season", value="2022-WI")
    assert [when_column(e) for e in (decade, century, half, winter)] == [
        "1950s",
        "20th century",
        "H1 2024",
        "Winter 2022",
    ]
    assert [h.label for h in build_layout((decade,), [0]).headers] == ["1950s"]
    assert gap_label(0, 4749, "day") == "… 13 years …"
    assert gap_label(0, 90, "day") == "… 3 months …"


def test_a_day_that_only_ends_a_named_year_is_headed_by_the_year() -> None:
    year = ev(20, D(1955, 1, 1), D(1955, 12, 31), granularity="year", value="1955")
    day = ev(21, D(1955, 12, 31))
    assert [h.label for h in build_layout((year,), [0]).headers] == ["1955"]
    # With an event of that very day first, the day heads the group.
    assert build_layout((day, year), [0, 1]).headers[0].label == "Sat 31 Dec 1955"


@pytest.mark.parametrize(
    ("start", "end", "column"),
    [
        (D(1995, 1, 1), D(1998, 12, 31), "1995–1998"),
        (D(2010, 3, 1), D(2010, 5, 31), "Mar–May 2010"),
        (D(2009, 12, 1), D(2010, 3, 31), "Dec 09–Mar 10"),
        (D(2019, 6, 3), D(2019, 6, 5), "3–5 Jun"),
        # two days of two months: the widest column, which is shown whole
        (D(2019, 6, 28), D(2019, 7, 18), "28 Jun–18 Jul"),
    ],
)
def test_a_period_reads_as_one_and_is_placed_at_its_start(start, end, column) -> None:
    period = ev(30, start, end, granularity="range", value=f"{start}/{end}")
    assert when_column(period) == column
    (header,) = build_layout((period,), [0]).headers
    assert header.label == (column if "Jun" not in column else f"{start:%a} {start.day} Jun 2019")
    assert len(column) <= WHEN_WIDTH
    assert day_keys((period,))[0] == start.toordinal()


def test_a_merged_entry_speaks_with_the_report_that_dates_it_not_the_first_published() -> None:
    import attrs
    from story_helpers import event as report

    from core.merge import merge
    from core.model import Kind
    from tui.detail import speaker

    # announced first (planned), reported done the next day: the entry speaks with the later report
    plan = report("Polls close at 9 p.m. on Sunday in the snap election.", "2023-09-17", article_id="a",
                  path="a.txt", published="2023-09-15", kind=Kind.PLANNED)  # fmt: skip
    done = report("Polls closed at 9 p.m. on Sunday in the snap election.", "2023-09-17", article_id="b",
                  path="b.txt", published="2023-09-18")  # fmt: skip
    (entry,) = merge([plan, attrs.evolve(done, id="other")])
    assert [s.article for s in entry.sources] == ["a", "b"]
    said = speaker(entry)
    assert said is not None and (said.article, said.quote) == ("b", entry.quote)
