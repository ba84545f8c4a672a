"""An embedded SQLite store for timelines too large to hold in memory (100k articles, 1M events).

Events are stored in time order: row `pos` is the event's position in the timeline, so the n-th
event is a primary-key lookup and a screenful is one range scan. A reader (`Store`) keeps a few
pages of decoded events in an LRU and nothing else, so opening a million-event store costs a
count query, not a load. Each event is kept whole as its schema-v1 JSON (the `timeline extract`
record) next to the columns that are searched: the day it sorts on, its actors, and an FTS5
index over headline and quote.

Writing goes to a temporary file renamed into place, so a reader never sees half a store. Rows
are staged with a text sort key and numbered by SQLite's own sort, which is also how part stores
written by separate workers (one per partition of an archive) are combined into one (`combine`).
"""

from __future__ import annotations

import contextlib
import itertools
import re
import sqlite3
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Self

import orjson
import pendulum

from core.axes import report_key
from core.jsonio import event_from_dict, event_to_dict
from core.model import Article, Event, Paragraph, Span, Timeline
from core.order import clock, sort_day

STORE_VERSION = 2
"""2 added `rkey` (the reporting axis); a version-1 store still opens, in time order only."""
READABLE_VERSIONS = frozenset({"1", "2"})
PAGE = 256
"""Events decoded per page: a few screens of the timeline pane."""
CACHED_PAGES = 64

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, title TEXT NOT NULL, published TEXT NOT NULL,
    url TEXT NOT NULL, text TEXT NOT NULL, paragraphs BLOB NOT NULL
);
CREATE TABLE events (pos INTEGER PRIMARY KEY, day TEXT NOT NULL, actors TEXT NOT NULL, data BLOB NOT NULL,
    rkey TEXT NOT NULL);
CREATE TABLE actors (cf TEXT NOT NULL, name TEXT NOT NULL, pos INTEGER NOT NULL);
-- Contentless: the index answers MATCH with row positions; the text itself lives in events.data.
CREATE VIRTUAL TABLE events_fts USING fts5 (headline, quote, content='',
    tokenize='unicode61 remove_diacritics 2');
"""
_STAGE = """
CREATE TABLE stage.rows (k TEXT NOT NULL, day TEXT NOT NULL, headline TEXT NOT NULL, quote TEXT NOT NULL,
    actors TEXT NOT NULL, data BLOB NOT NULL, rkey TEXT NOT NULL);
"""
_FINAL = """
CREATE INDEX stage.rows_k ON rows (k);
INSERT INTO events (pos, day, actors, data, rkey)
    SELECT row_number() OVER (ORDER BY k, rowid) - 1, day, actors, data, rkey FROM stage.rows ORDER BY k, rowid;
INSERT INTO events_fts (rowid, headline, quote)
    SELECT row_number() OVER (ORDER BY k, rowid) - 1, headline, quote FROM stage.rows ORDER BY k, rowid;
CREATE INDEX events_day ON events (day);
CREATE INDEX events_rkey ON events (rkey);
"""
_SEPARATOR = "\x1f"
_COMPRESSION = 1
"""zlib level for the stored JSON: level 1 already halves it, and decoding a page stays ~1 ms."""


def sort_key(event: Event) -> str:
    """`core.order.key` as text that sorts the same way, so SQLite can order what Python would."""
    when = event.when
    coarse = 0 if when.granularity in ("day", "part-of-day", "time") else 1
    length = (when.end - when.start).days if when.vague else 0
    first = event.sources[0] if event.sources else None
    published = (first.published if first else when.start).isoformat()
    article = first.article if first else ""
    # clock is -1..24: shift so it sorts as text; longer vague spans first: invert the length.
    return (
        f"{sort_day(when).isoformat()}|{coarse}|{clock(when.value) + 1:05.2f}|{99999 - length:05d}|"
        f"{published}|{article}|{event.seq:09d}"
    )


def report_sort_key(event: Event) -> str:
    """`core.axes.report_key` as text that sorts the same way: the reporting axis in SQL."""
    published, article, start, seq = report_key(event)
    return f"{published.isoformat()}|{article}|{start:010d}|{seq:010d}"


def encode(event: Event) -> bytes:
    return zlib.compress(orjson.dumps(event_to_dict(event)), _COMPRESSION)


def decode(data: bytes) -> Event:
    return event_from_dict(orjson.loads(zlib.decompress(data)))


def _rows(events: Iterable[Event]) -> Iterator[tuple[str, str, str, str, str, bytes, str]]:
    for event in events:
        yield (
            sort_key(event),
            sort_day(event.when).isoformat(),
            event.headline,
            event.quote,
            _SEPARATOR.join(event.actors),
            encode(event),
            report_sort_key(event),
        )


def _article_row(article: Article) -> tuple[str, str, str, str, str, str, bytes]:
    paragraphs = [[p.span.start, p.span.end, p.line, p.is_title] for p in article.paragraphs]
    return (
        article.id,
        article.path,
        article.title,
        article.published.isoformat(),
        article.url,
        article.text,
        orjson.dumps(paragraphs),
    )


def write(path: str | Path, timeline: Timeline) -> Path:
    """Write a timeline to a new store at `path` (replacing any file there, atomically)."""
    return write_events(path, timeline.articles, timeline.events)


def write_events(
    path: str | Path, articles: Iterable[Article], events: Iterable[Event], batch: int = 20_000
) -> Path:
    """Write a store from any iterables, in any order; events are numbered in time order on the way.

    Memory stays flat whatever the size: rows go to a staging database in batches and SQLite
    sorts them on disk.
    """
    with _Writer(Path(path)) as writer:
        writer.add_articles(articles)
        writer.add_events(events, batch)
    return Path(path)


def combine(parts: Sequence[str | Path], path: str | Path) -> Path:
    """One store from part stores written independently (say, one per partition of an archive)."""
    with _Writer(Path(path)) as writer:
        for part in parts:
            with Store(part) as store:
                writer.add_articles(a for a in store.articles())
                writer.add_events(store, 20_000)
    return Path(path)


class _Writer:
    """A store being written: a temporary file renamed into place on success, removed on failure."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.tmp = target.with_name(f".{target.name}.writing")
        self.stage = target.with_name(f".{target.name}.stage")

    def __enter__(self) -> Self:
        for leftover in (self.tmp, self.stage):
            leftover.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.tmp)
        # A store is written once and replaced whole, so a journal buys nothing here.
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;")
        self.db.executescript(_SCHEMA)
        # Staging rows live in their own file, deleted afterwards, so the store keeps no free pages.
        self.db.execute("ATTACH DATABASE ? AS stage", (str(self.stage),))
        self.db.executescript("PRAGMA stage.journal_mode=OFF; PRAGMA stage.synchronous=OFF;" + _STAGE)
        return self

    def add_articles(self, articles: Iterable[Article]) -> None:
        self.db.executemany(
            "INSERT OR IGNORE INTO articles VALUES (?,?,?,?,?,?,?)", map(_article_row, articles)
        )

    def add_events(self, events: Iterable[Event], batch: int) -> None:
        rows = _rows(events)
        while chunk := list(itertools.islice(rows, batch)):
            self.db.executemany("INSERT INTO stage.rows VALUES (?,?,?,?,?,?,?)", chunk)

    def __exit__(self, kind: type[BaseException] | None, *exc: object) -> None:
        try:
            if kind is None:
                self._finish()
        finally:
            self.db.close()
            self.stage.unlink(missing_ok=True)
        if kind is None:
            self.tmp.replace(self.target)
        else:
            self.tmp.unlink(missing_ok=True)

    def _finish(self) -> None:
        db = self.db
        db.executescript(_FINAL)
        db.commit()
        db.execute("DETACH DATABASE stage")
        actor_rows = (
            (name.casefold(), name, pos)
            for pos, names in db.cursor().execute("SELECT pos, actors FROM events WHERE actors != ''")
            for name in names.split(_SEPARATOR)
        )
        db.executemany("INSERT INTO actors VALUES (?, ?, ?)", actor_rows)
        db.execute("CREATE INDEX actors_cf ON actors (cf, pos)")
        count = db.execute("SELECT count(*) FROM events").fetchone()[0]
        db.executemany(
            "INSERT INTO meta VALUES (?, ?)", [("version", str(STORE_VERSION)), ("events", str(count))]
        )
        db.commit()


class Store(Sequence[Event]):
    """A read-only, paged view of a written store: a Sequence of Events in time order.

    Being a `Sequence`, it goes wherever a tuple of events does for reading (len, indexing,
    iteration, `index`, `in`); slicing is not supported, since a slice of a million events is
    exactly what a store exists to avoid materialising.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            msg = f"{self.path}: no such store"
            raise FileNotFoundError(msg)
        # check_same_thread=False: the TUI reads from worker threads; the lock serialises them.
        self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        try:
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as err:
            self._db.close()
            msg = f"{self.path}: not a timeline store ({err})"
            raise ValueError(msg) from None
        if meta.get("version") not in READABLE_VERSIONS:
            self._db.close()
            msg = f"{self.path}: store version {meta.get('version')}, this timeline reads {STORE_VERSION}"
            raise ValueError(msg)
        self._len = int(meta["events"])
        self.version = int(meta["version"])
        self._pages: OrderedDict[int, list[Event | bytes]] = OrderedDict()

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, index: int) -> Event:  # type: ignore[override]
        if not isinstance(index, int):
            msg = "a Store is indexed by position; use between() or search() for ranges"
            raise TypeError(msg)
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            msg = f"event {index} out of range (store holds {self._len})"
            raise IndexError(msg)
        page, offset = divmod(index, PAGE)
        rows = self._page(page)
        found = rows[offset]
        if isinstance(found, bytes):
            # Decoded on first access only: a jump into a cold page costs one event, not a page.
            found = rows[offset] = decode(found)
        return found

    def __iter__(self) -> Iterator[Event]:
        for index in range(self._len):
            yield self[index]

    def _page(self, page: int) -> list[Event | bytes]:
        with self._lock:
            cached = self._pages.get(page)
            if cached is not None:
                self._pages.move_to_end(page)
                return cached
            start = page * PAGE
            rows: list[Event | bytes] = [
                data
                for (data,) in self._db.execute(
                    "SELECT data FROM events WHERE pos >= ? AND pos < ? ORDER BY pos", (start, start + PAGE)
                )
            ]
            self._pages[page] = rows
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
            return rows

    def search(self, query: str, limit: int | None = None) -> list[int]:
        """Positions of events whose headline or quote hold every word of `query` (in time order).

        Words are matched as FTS5 phrases, so punctuation in what a reader types ("iPhone 4's")
        is never read as query syntax; the last word also matches as a prefix ("resig" finds
        "resigned"), since the TUI searches as one types.
        """
        words = re.findall(r"\w+", query)
        if not words:
            return []
        match = " ".join(f'"{w}"' for w in words[:-1]) + f' "{words[-1]}"*'
        sql = "SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        with self._lock:
            return [pos for (pos,) in self._db.execute(sql, (match.strip(),)).fetchall()]

    def days(self) -> Iterator[str]:
        """The ISO day each event is placed on, in time order, straight from the `day` column (no decoding).

        The rows are read under the lock in one go, so a viewer can build its day index while another
        thread pages through events.
        """
        with self._lock:
            rows = self._db.execute("SELECT day FROM events ORDER BY pos").fetchall()
        return (day for (day,) in rows)

    @property
    def has_report_axis(self) -> bool:
        """Whether the store can order by report date (stores written before version 2 cannot)."""
        return self.version >= 2

    def reported_days(self) -> Iterator[str]:
        """The ISO day each event (by position) was first reported, without decoding."""
        self._need_report_axis()
        with self._lock:
            rows = self._db.execute("SELECT substr(rkey, 1, 10) FROM events ORDER BY pos").fetchall()
        return (day for (day,) in rows)

    def reported_order(self) -> list[int]:
        """Every position in the order the reader learnt of the events (`core.axes.report_key`)."""
        self._need_report_axis()
        with self._lock:
            return [pos for (pos,) in self._db.execute("SELECT pos FROM events ORDER BY rkey")]

    def reported_by(self, day: pendulum.Date) -> list[int]:
        """Positions (ascending) of the events first reported on or before `day`."""
        self._need_report_axis()
        after = day.add(days=1).isoformat()
        with self._lock:
            rows = self._db.execute("SELECT pos FROM events WHERE rkey < ? ORDER BY pos", (after,)).fetchall()
        return [pos for (pos,) in rows]

    def _need_report_axis(self) -> None:
        if not self.has_report_axis:
            msg = f"{self.path}: a version-{self.version} store has no report dates; write it again to order by them"
            raise ValueError(msg)

    def between(self, start: pendulum.Date, end: pendulum.Date) -> range:
        """Positions of the events placed on a day from `start` to `end` inclusive: one contiguous run."""
        with self._lock:
            low, high = self._db.execute(
                "SELECT min(pos), max(pos) FROM events WHERE day >= ? AND day <= ?",
                (start.isoformat(), end.isoformat()),
            ).fetchone()
        return range(0) if low is None else range(low, high + 1)

    def by_actor(self, name: str) -> list[int]:
        """Positions of events mentioning the actor (exact name, any case; else names containing it)."""
        wanted = name.casefold().strip()
        with self._lock:
            rows = self._db.execute(
                "SELECT DISTINCT pos FROM actors WHERE cf = ? ORDER BY pos", (wanted,)
            ).fetchall()
            if not rows:
                pattern = "%" + wanted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                rows = self._db.execute(
                    "SELECT DISTINCT pos FROM actors WHERE cf LIKE ? ESCAPE '\\' ORDER BY pos", (pattern,)
                ).fetchall()
        return [pos for (pos,) in rows]

    def actors(self, limit: int = 50) -> list[tuple[str, int]]:
        """The most mentioned actors (as first spelled in the store) with their event counts."""
        with self._lock:
            rows = self._db.execute(
                "SELECT min(name), count(*) AS n FROM actors GROUP BY cf ORDER BY n DESC, cf LIMIT ?",
                (limit,),
            ).fetchall()
        return [(name, n) for name, n in rows]

    def article(self, article_id: str) -> Article | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        ident, path, title, published, url, text, paragraphs = row
        return Article(
            id=ident,
            path=path,
            title=title,
            published=pendulum.Date.fromisoformat(published),
            url=url,
            text=text,
            paragraphs=tuple(
                Paragraph(Span(s, e), line, bool(t)) for s, e, line, t in orjson.loads(paragraphs)
            ),
        )

    def articles(self) -> Iterator[Article]:
        """Every article of the store (in id order)."""
        with self._lock:
            ids = [ident for (ident,) in self._db.execute("SELECT id FROM articles ORDER BY id")]
        for ident in ids:
            found = self.article(ident)
            if found is not None:
                yield found

    def article_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM articles").fetchone()[0])


def is_store(path: str | Path) -> bool:
    """Whether `path` is an SQLite file (the CLI and TUI open such a path as a store, not as articles)."""
    with contextlib.suppress(OSError), Path(path).open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"
    return False
