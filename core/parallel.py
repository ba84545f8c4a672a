"""Extracting many articles at once: cache first, then the misses in chunks over a process pool.

Extraction is CPU-bound pure Python, so threads would share one core; processes do not. Work goes
out in chunks (tens of articles) because sending one article per task costs more in pickling and
scheduling than extracting a short news report. Workers write their own cache entries, which
spreads the JSON encoding over the cores too. Results come back in input order whatever order the
chunks finish in. `jobs=1`, or a batch too small to pay for starting processes, runs in-process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from pathlib import Path

from core import cache
from core.model import Article, Event

Extract = Callable[[Article], tuple[Event, ...]]
Progress = Callable[[int, int], None]
OnResult = Callable[[int, tuple[Event, ...]], None]

MIN_PARALLEL = 16
"""Below this many uncached articles, starting worker processes costs more than it saves."""
MAX_CHUNK = 64


def default_jobs() -> int:
    """All the cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def chunk_size(count: int, jobs: int) -> int:
    """About four chunks a worker, so a slow chunk does not leave the other cores idle at the end."""
    return max(1, min(MAX_CHUNK, count // (jobs * 4) or 1))


def extract_all(
    articles: Sequence[Article],
    extract_one: Extract,
    jobs: int | None = None,
    progress: Progress | None = None,
    *,
    version: str | None = None,
    cache_root: Path | None | bool = True,
    on_result: OnResult | None = None,
    cancel: threading.Event | None = None,
) -> list[tuple[Event, ...]]:
    """The events of every article, in the order given.

    `extract_one` must be a module-level function (worker processes import it by name).
    `progress(done, total)` is called in this process as articles finish, cached ones first;
    `on_result(index, events)` likewise for each article, so a caller can show what is read so far.
    Once `cancel` is set no new article is started (a chunk under way in a worker finishes); the
    articles not read come back empty, and `on_result` has named those that were.
    `cache_root=True` uses the user's cache directory (see `core.cache`); None or False turns it off.
    """
    total = len(articles)
    root = cache.cache_dir() if cache_root is True else (cache_root or None)
    version = version or cache.code_version()
    results: list[tuple[Event, ...] | None] = [cache.get(root, a, version) for a in articles]
    missing = [i for i, r in enumerate(results) if r is None]
    done = total - len(missing)
    if on_result:
        for i, found in enumerate(results):
            if found is not None:
                on_result(i, found)
    if progress:
        progress(done, total)
    jobs = default_jobs() if jobs is None or jobs < 1 else jobs
    if jobs == 1 or len(missing) < MIN_PARALLEL:
        for i in missing:
            if cancel is not None and cancel.is_set():
                break
            found = results[i] = _extract_and_store(extract_one, articles[i], root, version)
            done += 1
            if on_result:
                on_result(i, found)
            if progress:
                progress(done, total)
        return [r or () for r in results]

    size = chunk_size(len(missing), jobs)
    chunks = [missing[i : i + size] for i in range(0, len(missing), size)]
    with ProcessPoolExecutor(max_workers=min(jobs, len(chunks)), mp_context=_context()) as pool:
        pending: dict[Future[list[tuple[Event, ...]]], list[int]] = {
            pool.submit(_run_chunk, extract_one, [articles[i] for i in chunk], root, version): chunk
            for chunk in chunks
        }
        while pending:
            if cancel is not None and cancel.is_set():
                for future in pending:
                    future.cancel()  # those not started; the running ones end with the pool
                break
            finished, _ = wait(pending, timeout=0.2, return_when=FIRST_COMPLETED)
            for future in finished:
                chunk = pending.pop(future)
                for i, events in zip(chunk, future.result(), strict=True):
                    results[i] = events
                    if on_result:
                        on_result(i, events)
                done += len(chunk)
                if progress:
                    progress(done, total)
    return [r or () for r in results]


def extract_to_store(
    paths: Sequence[str],
    out: str | Path,
    extract_one: Extract,
    jobs: int | None = 1,
    *,
    merge_events: bool = True,
) -> tuple[Path, list[str]]:
    """One partition of an archive: read `paths`, extract, merge, and write a part store at `out`.

    This is the unit a distributed engine maps over partitions (Dask, Ray, a batch queue): it
    needs nothing but the paths and a place to write, and returns the part store plus the inputs
    it could not read (as one-line reasons). `core.store.combine` then joins the parts into one
    store. `jobs=1` by default, since the engine already spreads partitions over the cores.
    """
    from core.ingest import load
    from core.merge import merge
    from core.store import write_events

    articles, problems = load(paths)
    results = extract_all(articles, extract_one, jobs=jobs, progress=None)
    events = [e for found in results for e in found]
    written = write_events(out, articles, merge(events) if merge_events else events)
    return written, [str(p) for p in problems]


def _context() -> multiprocessing.context.BaseContext:
    # fork is unsafe once threads run (the TUI loads in a worker thread), and macOS lacks it
    # anyway; forkserver forks workers from a clean single-threaded server instead.
    if sys.platform != "win32" and "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


def _run_chunk(
    extract_one: Extract, articles: list[Article], root: Path | None, version: str
) -> list[tuple[Event, ...]]:
    return [_extract_and_store(extract_one, a, root, version) for a in articles]


def _extract_and_store(
    extract_one: Extract, article: Article, root: Path | None, version: str
) -> tuple[Event, ...]:
    events = tuple(extract_one(article))
    cache.put(root, article, version, events)
    return events
