"""Parallel extraction: order kept, cache used, progress reported, jobs=1 in-process."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from story_helpers import article, event

from core import cache, parallel
from core.model import Article, Event

CALLS_FILE = "TIMELINE_TEST_CALLS"


def extract_numbered(item: Article) -> tuple[Event, ...]:
    """A stand-in extractor: one event quoting the article's first body line, tagged with the pid."""
    # The log path travels in the article (its URL): worker processes do not see the test's environment.
    if item.url.startswith("/"):
        with Path(item.url).open("a") as handle:
            handle.write(f"{item.id}\n")
    body = item.text.split("\n")[3]
    return (event(body, str(item.published), article_id=item.id, path=item.path, actors=(str(os.getpid()),)),)


def make_articles(n: int) -> list[Article]:
    log = os.environ[CALLS_FILE]
    return [
        article(f"Story {i}", "2024-03-01", [f"Council meeting number {i} was held on Friday."], url=log)
        for i in range(n)
    ]


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("TIMELINE_NO_CACHE", raising=False)
    calls = tmp_path / "calls.txt"
    monkeypatch.setenv(CALLS_FILE, str(calls))
    return calls


@pytest.mark.parametrize(("count", "jobs"), [(0, 2), (3, 1), (5, 2), (40, 2), (40, 1)])
def test_results_in_input_order(count, jobs):
    items = make_articles(count)
    results = parallel.extract_all(items, extract_numbered, jobs=jobs, progress=None)
    assert [r[0].sources[0].article for r in results] == [a.id for a in items]
    assert [r[0].quote for r in results] == [a.text.split("\n")[3] for a in items]


def test_many_jobs_use_other_processes():
    results = parallel.extract_all(make_articles(40), extract_numbered, jobs=2, progress=None)
    pids = {r[0].actors[0] for r in results}
    assert str(os.getpid()) not in pids


def test_jobs_one_runs_in_process():
    results = parallel.extract_all(make_articles(40), extract_numbered, jobs=1, progress=None)
    assert {r[0].actors[0] for r in results} == {str(os.getpid())}


def test_second_run_reads_the_cache(isolated_cache):
    items = make_articles(20)
    first = parallel.extract_all(items, extract_numbered, jobs=2, progress=None)
    calls_after_first = isolated_cache.read_text().split()
    assert sorted(calls_after_first) == sorted(a.id for a in items)
    second = parallel.extract_all(items, extract_numbered, jobs=2, progress=None)
    assert second == first
    assert isolated_cache.read_text().split() == calls_after_first


def test_no_cache_switch_extracts_again(isolated_cache, monkeypatch):
    monkeypatch.setenv("TIMELINE_NO_CACHE", "1")
    items = make_articles(3)
    parallel.extract_all(items, extract_numbered, jobs=1, progress=None)
    parallel.extract_all(items, extract_numbered, jobs=1, progress=None)
    assert len(isolated_cache.read_text().split()) == 6


def test_code_version_change_misses(isolated_cache):
    items = make_articles(3)
    parallel.extract_all(items, extract_numbered, jobs=1, version="one")
    parallel.extract_all(items, extract_numbered, jobs=1, version="two")
    assert len(isolated_cache.read_text().split()) == 6


@pytest.mark.parametrize("jobs", [1, 2])
def test_progress_reaches_total_and_never_goes_back(jobs):
    seen: list[tuple[int, int]] = []
    items = make_articles(30)
    parallel.extract_all(items[:10], extract_numbered, jobs=1)  # a third already cached
    parallel.extract_all(items, extract_numbered, jobs=jobs, progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (10, 30)
    assert seen[-1] == (30, 30)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


@pytest.mark.parametrize(("count", "jobs", "expected"), [(10, 2, 1), (800, 2, 64), (400, 2, 50), (1, 8, 1)])
def test_chunk_size(count, jobs, expected):
    assert parallel.chunk_size(count, jobs) == expected


def test_cache_entries_written_by_workers():
    items = make_articles(20)
    parallel.extract_all(items, extract_numbered, jobs=2)
    root = cache.cache_dir()
    assert root is not None
    assert all(cache.get(root, a, cache.code_version()) is not None for a in items)


def test_partitions_to_part_stores_and_combined(tmp_path):
    from core.store import Store, combine

    folders = []
    for part in range(2):
        folder = tmp_path / f"part{part}"
        folder.mkdir()
        for i in range(3):
            body = f"Council meeting number {part * 10 + i} was held on Friday."
            text = f"Story {part}-{i}\n2024030{i + 1}\nhttps://x.example/{part}{i}\n{body}\n"
            (folder / f"{i}.txt").write_text(text)
        folders.append(folder)
    (folders[1] / "broken.txt").write_text("no date here\n")
    written = [
        parallel.extract_to_store([str(f)], tmp_path / f"{f.name}.db", extract_numbered, merge_events=False)
        for f in folders
    ]
    assert written[0][1] == []
    assert len(written[1][1]) == 1
    assert "broken.txt" in written[1][1][0]
    combined = combine([path for path, _ in written], tmp_path / "all.db")
    with Store(combined) as store:
        assert len(store) == 6
        assert store.article_count() == 6
        days = [e.when.start for e in store]
        assert days == sorted(days)


@pytest.mark.parametrize("jobs", [1, 2])
def test_each_result_is_handed_over_once_as_it_arrives(jobs):
    items = make_articles(30)
    parallel.extract_all(items[:10], extract_numbered, jobs=1)  # a third already cached
    got: dict[int, tuple[Event, ...]] = {}

    def on_result(index: int, events: tuple[Event, ...]) -> None:
        assert index not in got
        got[index] = events

    results = parallel.extract_all(items, extract_numbered, jobs=jobs, on_result=on_result)
    assert sorted(got) == list(range(30))
    assert [got[i] for i in range(30)] == results


def test_the_timeline_so_far_grows_and_the_whole_one_follows(tmp_path, monkeypatch):
    from core import pipeline
    from core.order import order

    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(
            f"Report {i}\n2024030{i + 1}\nhttps://example.org/{i}\nThe council met on Monday to vote on plan {i}.\n"
        )
    monkeypatch.setattr(pipeline, "PARTIAL_EVERY", 0.0)
    seen = []
    whole = pipeline.extract([str(tmp_path)], jobs=1, partial=seen.append)
    assert [len(t.articles) for t in seen] == sorted({len(t.articles) for t in seen})  # growing
    assert seen and len(seen[-1].articles) < len(whole.articles) == 6  # the whole one is not a partial
    for so_far in seen:
        assert list(so_far.events) == order(so_far.events)
        assert {s.article for e in so_far.events for s in e.sources} <= {a.id for a in so_far.articles}


@pytest.mark.parametrize("jobs", [1, 2])
def test_cancel_keeps_the_articles_read_by_then(tmp_path, jobs):
    import threading

    from core import pipeline

    for i in range(40):
        (tmp_path / f"{i:02d}.txt").write_text(
            f"Report {i}\n20240301\nhttps://example.org/{i}\nThe council of town {i} met on Monday.\n"
        )
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 3:
            cancel.set()

    timeline = pipeline.extract([str(tmp_path)], jobs=jobs, progress=progress, cancel=cancel)
    assert 3 <= len(timeline.articles) < 40
    (stopped,) = [p for p in timeline.problems if "stopped by the reader" in p.reason]
    assert f"{40 - len(timeline.articles)} of 40 articles not read" in stopped.reason
    read = {a.id for a in timeline.articles}
    assert {s.article for e in timeline.events for s in e.sources} == read  # every article read is in it
