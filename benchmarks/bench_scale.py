"""Scale: parallel extraction of a synthetic archive, and a store of a million events.

usage: python benchmarks/bench_scale.py [--articles 100000] [--events 1000000] [--jobs N] [--db PATH]
       python benchmarks/bench_scale.py --dask WORKERS [--articles N] [--partitions P]

1. Generates N synthetic news articles in the seed format (title, YYYYMMDD, URL, eight dated
   paragraphs naming people, organisations and places) and extracts them with `core.parallel`
   (no cache), reporting articles/s and events/s for --jobs (default: all cores) and for one job
   on a sample, so the speed-up is visible.
2. Writes a store of M events (the extracted events, cloned onto other days until there are M),
   streaming them into `core.store.write_events`, and reports write time and file size.
3. Reopens the store in a fresh process and reports open time, resident memory, random-access
   latency (cold and warm pages), FTS5 search latency, date-range and actor look-ups.

With --dask, runs the README's archive recipe instead on a local Dask cluster (needs
`pip install "dask[distributed]"`): synthetic articles written to P partition folders,
`core.parallel.extract_to_store` mapped over them, `core.store.combine` joining the parts.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import attrs
import orjson
import pendulum

from core import events as event_extractor
from core.entities import actors
from core.ingest import parse
from core.model import Article, Event
from core.parallel import extract_all

FIRST = [
    "Anna",
    "Boris",
    "Chen",
    "Dara",
    "Elif",
    "Femi",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kofi",
    "Lena",
    "Mateo",
    "Nadia",
]
LAST = [
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Sato",
    "Tanaka",
    "Ueda",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
]
ORGS = [
    "Northwind Bank",
    "Globex",
    "Initech",
    "the Ardel Council",
    "Vantar Motors",
    "the Harbour Authority",
    "Zephyr Labs",
]
PLACES = ["Lisbon", "Vannes", "Dorvik", "Talvia", "Kestrel Bay", "Orla", "Marden"]
VERBS = [
    ("announced a merger with", "will announce a merger with"),
    ("signed an agreement with", "will sign an agreement with"),
    ("opened talks with", "will open talks with"),
    ("filed a lawsuit against", "plans to file a lawsuit against"),
    ("cut jobs at", "is expected to cut jobs at"),
    ("unveiled a plan for", "will unveil a plan for"),
]
PAST_WHEN = [
    "on Monday",
    "on Tuesday",
    "last week",
    "yesterday",
    "on {d} {m}",
    "in {m}",
    "in {y}",
    "earlier this month",
]
FUTURE_WHEN = ["on Friday", "next week", "on {d} {m}", "in {m} {y2}", "next year"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _when(rng: random.Random, published: pendulum.Date, future: bool) -> str:
    template = rng.choice(FUTURE_WHEN if future else PAST_WHEN)
    return template.format(
        d=rng.randint(1, 28),
        m=rng.choice(MONTHS),
        y=published.year - rng.randint(1, 6),
        y2=published.year + 1,
    )


def synthetic_text(i: int) -> bytes:
    """One article in the seed format; deterministic in `i`."""
    rng = random.Random(i)
    published = pendulum.date(2015, 1, 1).add(days=rng.randint(0, 3650))
    who, org, place = _person(rng), rng.choice(ORGS), rng.choice(PLACES)
    lines = [
        f"{who} and {org.removeprefix('the ')} in talks over {place} project",
        published.format("YYYYMMDD"),
        f"https://news.example/{published.year}/{i}",
    ]
    for _ in range(8):
        future = rng.random() < 0.25
        verb = rng.choice(VERBS)[1 if future else 0]
        actor = rng.choice([who, _person(rng), org.capitalize() if org.startswith("the") else org])
        target = rng.choice([*ORGS, *PLACES])
        lines.append(
            f"{actor} {verb} {target} {_when(rng, published, future)}, officials in {rng.choice(PLACES)} said."
        )
    return ("\n".join(lines) + "\n").encode()


def synthetic_articles(n: int, offset: int = 0) -> list[Article]:
    return [parse(synthetic_text(i), f"synthetic/{i:07d}.txt")[0] for i in range(offset, offset + n)]


def extract_with_actors(article: Article) -> tuple[Event, ...]:
    return event_extractor.extract(article, actors=actors)


def rss_mb() -> float:
    """Resident memory of this process now (Linux), in MB."""
    with Path("/proc/self/statm").open() as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def extraction(n: int, jobs: int | None, batch: int = 20_000) -> tuple[list[Event], dict[str, float]]:
    """Extract n synthetic articles in batches (bounded memory); keep a sample of events for cloning."""
    sample: list[Event] = []
    parse_time = extract_time = 0.0
    total_events = 0
    for offset in range(0, n, batch):
        started = time.perf_counter()
        articles = synthetic_articles(min(batch, n - offset), offset)
        parse_time += time.perf_counter() - started
        started = time.perf_counter()
        results = extract_all(articles, extract_with_actors, jobs=jobs, progress=None, cache_root=False)
        extract_time += time.perf_counter() - started
        total_events += sum(len(r) for r in results)
        if len(sample) < 50_000:
            sample.extend(e for r in results[:5000] for e in r)
        del articles, results
        gc.collect()
        print(f"  extracted {offset + min(batch, n - offset):,}/{n:,}", file=sys.stderr, flush=True)
    return sample, {
        "articles": n,
        "events": total_events,
        "parse_s": round(parse_time, 2),
        "extract_s": round(extract_time, 2),
        "articles_per_s": round(n / extract_time, 1),
        "events_per_s": round(total_events / extract_time, 1),
    }


def clones(sample: list[Event], count: int) -> Iterator[Event]:
    """`count` events made from the sample, each moved by a whole number of weeks and re-identified."""
    for i, event in zip(range(count), itertools.cycle(sample), strict=False):
        shift = (i // len(sample)) * 7
        if shift == 0:
            yield event
            continue
        when = attrs.evolve(
            event.when, start=event.when.start.add(days=shift), end=event.when.end.add(days=shift)
        )
        sources = tuple(
            attrs.evolve(s, when=when, published=s.published.add(days=shift)) for s in event.sources
        )
        yield attrs.evolve(event, id=f"{event.id}-{i}", when=when, sources=sources)


def write_store(sample: list[Event], count: int, path: Path) -> dict[str, float]:
    from core.store import write_events

    started = time.perf_counter()
    write_events(path, [], clones(sample, count))
    seconds = time.perf_counter() - started
    return {
        "events": count,
        "write_s": round(seconds, 1),
        "events_per_s": round(count / seconds),
        "size_mb": round(path.stat().st_size / 2**20, 1),
    }


def reopen(path: Path) -> dict[str, float]:
    """Run in a fresh process: open the store and time what the TUI does with it."""
    before = rss_mb()
    started = time.perf_counter()
    from core.store import Store

    store = Store(path)
    n = len(store)
    opened = time.perf_counter() - started
    first = store[0]
    shown = time.perf_counter() - started
    rng = random.Random(1)
    cold: list[float] = []
    for index in rng.sample(range(n), 200):
        t = time.perf_counter()
        store[index]
        cold.append(time.perf_counter() - t)
    warm: list[float] = []
    for index in range(n // 2, n // 2 + 2000):
        t = time.perf_counter()
        store[index]
        warm.append(time.perf_counter() - t)
    searches: dict[str, float] = {}
    hits: dict[str, int] = {}
    for query in ("merger", "lawsuit Globex", "Lisbon", "talks", "zzzz", "agreem"):
        t = time.perf_counter()
        found = store.search(query)
        searches[query] = round((time.perf_counter() - t) * 1000, 1)
        hits[query] = len(found)
    t = time.perf_counter()
    span = store.between(first.when.start.add(days=400), first.when.start.add(days=430))
    between_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    by_actor = store.by_actor("Globex")
    actor_ms = (time.perf_counter() - t) * 1000
    return {
        "events": n,
        "open_s": round(opened, 4),
        "first_event_s": round(shown, 4),
        "rss_mb_after_open_and_reads": round(rss_mb(), 1),
        "rss_mb_store_share": round(rss_mb() - before, 1),
        "random_access_ms_median": round(statistics.median(cold) * 1000, 3),
        "sequential_access_us_median": round(statistics.median(warm) * 1e6, 1),
        "search_ms": searches,
        "search_hits": hits,
        "between_30_days_ms": round(between_ms, 1),
        "between_30_days_events": len(span),
        "by_actor_ms": round(actor_ms, 1),
        "by_actor_events": len(by_actor),
    }


def dask_archive(workers: int, articles: int, partitions: int, root: Path) -> dict[str, float]:
    """The distributed recipe of the README, on a local cluster."""
    import shutil

    import dask.bag
    from dask.distributed import Client, LocalCluster

    from core.parallel import extract_to_store
    from core.pipeline import extract_article
    from core.store import Store, combine

    shutil.rmtree(root, ignore_errors=True)
    per = -(-articles // partitions)
    folders = []
    for p in range(partitions):
        folder = root / "articles" / f"{p:04d}"
        folder.mkdir(parents=True)
        for i in range(p * per, min(articles, (p + 1) * per)):
            (folder / f"{i:07d}.txt").write_bytes(synthetic_text(i))
        folders.append(folder)
    (root / "parts").mkdir()
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True) as cluster, Client(cluster):
        bag = dask.bag.from_sequence(
            [(str(f), str(root / "parts" / f"{f.name}.db")) for f in folders], npartitions=partitions
        )
        written = bag.map(lambda item: extract_to_store([item[0]], item[1], extract_article)).compute()
    mapped = time.perf_counter() - started
    started = time.perf_counter()
    out = combine([path for path, _ in written], root / "archive.db")
    combined = time.perf_counter() - started
    with Store(out) as store:
        events = len(store)
        stored_articles = store.article_count()
    return {
        "workers": workers,
        "partitions": partitions,
        "articles": stored_articles,
        "events": events,
        "map_s": round(mapped, 1),
        "combine_s": round(combined, 1),
        "articles_per_s": round(stored_articles / mapped, 1),
        "problems": sum(len(p) for _, p in written),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    parser.add_argument(
        "--single-sample", type=int, default=2000, help="articles timed with one job, for the speed-up"
    )
    parser.add_argument("--db", type=Path, default=Path("/tmp/timeline-bench.db"))
    parser.add_argument("--reopen", type=Path, help=argparse.SUPPRESS)
    parser.add_argument(
        "--dask", type=int, metavar="WORKERS", help="run the distributed recipe on a local Dask cluster"
    )
    parser.add_argument("--partitions", type=int, default=8)
    args = parser.parse_args()
    if args.dask:
        result = dask_archive(args.dask, args.articles, args.partitions, Path("/tmp/timeline-dask"))
        print(
            f"dask: {result['workers']} workers, {result['partitions']} partitions: {result['articles']:,} articles "
            f"-> {result['events']:,} events; map {result['map_s']} s ({result['articles_per_s']} articles/s), "
            f"combine {result['combine_s']} s; {result['problems']} problems"
        )
        return 0
    if args.reopen:
        sys.stdout.buffer.write(orjson.dumps(reopen(args.reopen)) + b"\n")
        return 0

    print(f"cores: {len(os.sched_getaffinity(0))}, python {sys.version.split()[0]}")
    if args.single_sample:
        _, one = extraction(args.single_sample, jobs=1)
        print(
            f"extraction, 1 job, {one['articles']:,} articles: {one['articles_per_s']:,} articles/s, "
            f"{one['events_per_s']:,} events/s"
        )
    sample, many = extraction(args.articles, jobs=args.jobs)
    print(
        f"extraction, jobs={args.jobs or 'all'}, {many['articles']:,} articles: {many['articles_per_s']:,} articles/s, "
        f"{many['events_per_s']:,} events/s ({many['events']:,} events in {many['extract_s']}s; "
        f"generating and parsing took {many['parse_s']}s); peak RSS {peak_mb():.0f} MB"
    )
    written = write_store(sample, args.events, args.db)
    print(
        f"store: {written['events']:,} events written in {written['write_s']}s "
        f"({written['events_per_s']:,} events/s), {written['size_mb']} MB"
    )
    result = subprocess.run(
        [sys.executable, __file__, "--reopen", str(args.db)], capture_output=True, check=True
    )
    opened = orjson.loads(result.stdout)
    print(
        f"reopen: {opened['open_s'] * 1000:.1f} ms to open, {opened['first_event_s'] * 1000:.1f} ms to the first event; "
        f"RSS {opened['rss_mb_after_open_and_reads']} MB after 2,200 reads "
        f"(store's share {opened['rss_mb_store_share']} MB)"
    )
    print(
        f"access: random event {opened['random_access_ms_median']} ms (cold page), "
        f"next event {opened['sequential_access_us_median']} us (cached page)"
    )
    print(
        "search (FTS5): "
        + ", ".join(
            f"{q!r} {ms} ms/{opened['search_hits'][q]:,} hits" for q, ms in opened["search_ms"].items()
        )
    )
    print(
        f"between (30 days): {opened['between_30_days_ms']} ms/{opened['between_30_days_events']:,} events; "
        f"by actor 'Globex': {opened['by_actor_ms']} ms/{opened['by_actor_events']:,} events"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
