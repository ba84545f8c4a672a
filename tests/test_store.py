"""The SQLite store: time order, paging, full-text search, date ranges, actors, combining parts."""

from __future__ import annotations

import random
import sqlite3

import attrs
import pytest
from story_helpers import article, day, event, timeline

from core import store as store_module
from core.model import Kind
from core.order import order, sort_day
from core.store import Store, combine, is_store, report_sort_key, sort_key, write, write_events

QUOTES = [
    ("The mayor opened the harbour bridge.", "2024-05-06", ("Lena Ortiz",)),
    ("Striking nurses marched to parliament.", "2024-05-06", ()),
    ("Floods closed the Ardel rail line.", "2024-02-02", ("Ardel",)),
    ("Nadia Kell resigned from the port authority.", "2024-06-03", ("Nadia Kell",)),
    ("Tolls will rise across the region.", "2024-06-01", ("Ardel", "Lena Ortiz")),
    ("The café reopened after the fire.", "2023-11-20", ()),
]


def _events():
    out = []
    for i, (quote, date, actors) in enumerate(QUOTES):
        kw = {"end": "2024-06-30", "granularity": "month"} if date == "2024-06-01" else {}
        out.append(event(quote, date, article_id=f"art{i}", line=4 + i, actors=actors, seq=i, **kw))
    return out


@pytest.fixture
def written(tmp_path):
    events = _events()
    shuffled = events[:]
    random.Random(3).shuffle(shuffled)
    path = tmp_path / "t.db"
    arts = (article("Bridge opens", "2024-05-07", ["The mayor opened the harbour bridge."]),)
    write(path, timeline(*shuffled, articles=arts))
    with Store(path) as s:
        yield s, order(events), arts


def test_events_come_back_whole_and_in_time_order(written):
    s, expected, _ = written
    assert len(s) == len(expected)
    assert [s[i] for i in range(len(s))] == expected
    assert list(s) == expected
    assert s[-1] == expected[-1]


@pytest.mark.parametrize("index", [6, -7, 100])
def test_out_of_range(written, index):
    s, _, _ = written
    with pytest.raises(IndexError):
        s[index]


@pytest.mark.parametrize(
    ("query", "quotes"),
    [
        ("bridge", ["The mayor opened the harbour bridge."]),
        ("BRIDGE mayor", ["The mayor opened the harbour bridge."]),
        ("resig", ["Nadia Kell resigned from the port authority."]),  # prefix while typing
        ("port-authority!", ["Nadia Kell resigned from the port authority."]),  # punctuation is not syntax
        ("cafe", ["The café reopened after the fire."]),  # diacritics folded
        ("Ardel", ["Floods closed the Ardel rail line."]),
        ('"unbalanced AND (', []),
        ("", []),
        ("zebra", []),
    ],
)
def test_search(written, query, quotes):
    s, _, _ = written
    assert [s[i].quote for i in s.search(query)] == quotes


def test_search_positions_are_sorted_and_limited(written):
    s, _, _ = written
    hits = s.search("the")
    assert hits == sorted(hits)
    assert len(hits) == 5  # every quote but the nurses'
    assert len(s.search("the", limit=2)) == 2


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        ("2024-05-06", "2024-05-06", ["2024-05-06", "2024-05-06"]),
        ("2024-01-01", "2024-05-31", ["2024-02-02", "2024-05-06", "2024-05-06"]),
        ("2024-06-01", "2024-06-30", ["2024-06-03", "2024-06-01"]),  # the month sorts after its days
        ("2025-01-01", "2025-12-31", []),
    ],
)
def test_between(written, start, end, days):
    s, _, _ = written
    assert [str(s[i].when.start) for i in s.between(day(start), day(end))] == days


@pytest.mark.parametrize(
    ("name", "count"),
    [("Lena Ortiz", 2), ("lena ortiz", 2), ("ortiz", 2), ("Ardel", 2), ("Nobody", 0), ("%", 0)],
)
def test_by_actor(written, name, count):
    s, _, _ = written
    hits = s.by_actor(name)
    assert len(hits) == count
    assert all(any(name.casefold() in a.casefold() for a in s[i].actors) for i in hits)


def test_top_actors(written):
    s, _, _ = written
    assert s.actors(2) == [("Ardel", 2), ("Lena Ortiz", 2)]


def test_articles_round_trip(written):
    s, _, arts = written
    assert s.article(arts[0].id) == arts[0]
    assert s.article("missing") is None
    assert s.article_count() == 1


def test_pages_are_cached_and_bounded(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "PAGE", 2)
    monkeypatch.setattr(store_module, "CACHED_PAGES", 2)
    path = write_events(tmp_path / "p.db", [], _events())
    s = Store(path)
    first = s[0]
    assert s[0] is first  # served from the page cache
    for i in range(len(s)):
        s[i]
    assert len(s._pages) == 2


def test_sort_key_sorts_like_order():
    events = _events() + [
        attrs.evolve(
            event("A vague build-up.", "2024-05-01", end="2024-05-06", granularity="range"),
            when=attrs.evolve(
                event("x", "2024-05-01", end="2024-05-06").when, vague=True, granularity="range"
            ),
        ),
        event("Evening talks.", "2024-05-06", kind=Kind.OCCURRED),
    ]
    assert sorted(events, key=sort_key) == order(events)


def test_combine_parts(tmp_path):
    events = _events()
    a = write_events(tmp_path / "a.db", [], events[::2])
    b = write_events(tmp_path / "b.db", [], events[1::2])
    out = combine([a, b], tmp_path / "all.db")
    with Store(out) as s:
        assert list(s) == order(events)
        assert len(s.search("bridge")) == 1


def test_write_replaces_atomically(tmp_path):
    path = tmp_path / "t.db"
    write_events(path, [], _events())
    write_events(path, [], _events()[:2])
    assert len(Store(path)) == 2
    assert [p.name for p in tmp_path.iterdir()] == ["t.db"]


def test_not_a_store(tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"hello")
    with pytest.raises(ValueError, match="not a timeline store"):
        Store(junk)
    with pytest.raises(FileNotFoundError):
        Store(tmp_path / "none.db")
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("CREATE TABLE meta (key TEXT, value TEXT)").connection.commit()
    with pytest.raises(ValueError, match="version"):
        Store(empty)
    assert not is_store(junk)
    assert is_store(write_events(tmp_path / "ok.db", [], []))


def test_store_is_a_sequence(written):
    from collections.abc import Sequence

    s, expected, _ = written
    assert isinstance(s, Sequence)
    assert expected[2] in s
    assert s.index(expected[3]) == 3
    assert list(reversed(s)) == expected[::-1]
    with pytest.raises(TypeError, match="indexed by position"):
        s[1:3]


def test_days_are_each_events_place_in_time_order(written):
    s, expected, _ = written
    days = list(s.days())
    assert days == [sort_day(e.when).isoformat() for e in expected]
    assert days == sorted(days)
    assert days[-1] == "2024-06-30"  # the month of June is placed at its end, after its days


def test_report_axis_sorts_like_report_key(written):
    from core.axes import report_key

    s, expected, _ = written
    by_report = sorted(range(len(expected)), key=lambda i: report_key(expected[i]))
    assert s.reported_order() == by_report
    assert list(s.reported_days()) == [min(x.published for x in e.sources).isoformat() for e in expected]
    assert sorted(expected, key=report_sort_key) == sorted(expected, key=report_key)


def test_a_version_1_store_opens_in_time_order_only(tmp_path):
    path = write(tmp_path / "old.db", timeline(*_events()))
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '1' WHERE key = 'version'")
    with Store(path) as s:
        assert len(s) == len(QUOTES) and not s.has_report_axis
        with pytest.raises(ValueError, match="write it again"):
            s.reported_order()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE meta SET value = '9' WHERE key = 'version'")
    with pytest.raises(ValueError, match="store version 9"):
        Store(path)
