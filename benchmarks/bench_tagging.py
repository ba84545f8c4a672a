"""Tagging throughput of core.timex against dateparser's search_dates on the same news text.

    python benchmarks/bench_tagging.py [--docs N] [--repeat R]

Reads the TimeBank + AQUAINT texts from ../shared/corpora, tags them all with `core.timex.tag`
(R passes, best CPU time kept), then runs dateparser's `search_dates` on the first N documents (it is slow)
and compares per-character rates. Peak memory is measured with tracemalloc around each run.
dateparser is a benchmark-only dependency: `pip install dateparser`.
"""

from __future__ import annotations

import argparse
import resource
import time
import tracemalloc
import warnings
from pathlib import Path

import orjson
import pendulum

from core.timex import tag

SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora"


def load() -> list[tuple[str, pendulum.Date]]:
    docs = []
    for name in ("timebank.jsonl", "aquaint.jsonl"):
        for line in (SHARED / name).read_bytes().splitlines():
            if line.strip():
                rec = orjson.loads(line)
                docs.append((rec["text"], pendulum.parse(rec["dct"]).date()))
    return docs


def run_timex(docs: list[tuple[str, pendulum.Date]], repeat: int) -> tuple[float, int, int]:
    # CPU time, best of several passes: the machine may be shared, and wall time then measures the neighbours.
    best = float("inf")
    found = 0
    for _ in range(repeat):
        start = time.process_time()
        found = sum(len(tag(text, dct)) for text, dct in docs)
        best = min(best, time.process_time() - start)
    tracemalloc.start()
    for text, dct in docs:
        tag(text, dct)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return best, found, peak


def run_dateparser(docs: list[tuple[str, pendulum.Date]]) -> tuple[float, int, int] | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None
    warnings.filterwarnings("ignore")
    import datetime as dt

    search_dates("warm up on Monday", settings={"RELATIVE_BASE": dt.datetime(2022, 2, 8)})
    tracemalloc.start()
    start = time.process_time()
    found = 0
    for text, dct in docs:
        base = dt.datetime(dct.year, dct.month, dct.day)
        found += len(search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base}) or [])
    secs = time.process_time() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return secs, found, peak


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=60, help="documents given to dateparser (default 60)")
    ap.add_argument("--repeat", type=int, default=5, help="timex passes over the corpus, best kept")
    args = ap.parse_args()
    docs = load()
    chars = sum(len(t) for t, _ in docs)
    secs, found, peak = run_timex(docs, args.repeat)
    t_rate = chars / secs
    print(
        f"timex      docs={len(docs)} chars={chars} timexes={found} secs={secs:.3f} "
        f"chars/s={t_rate:,.0f} docs/s={len(docs) / secs:,.0f} peak_mem={peak / 1e6:.1f} MB"
    )
    subset = docs[: args.docs]
    sub_chars = sum(len(t) for t, _ in subset)
    res = run_dateparser(subset)
    if res is None:
        print("dateparser not installed: pip install dateparser")
        return
    d_secs, d_found, d_peak = res
    d_rate = sub_chars / d_secs
    print(
        f"dateparser docs={len(subset)} chars={sub_chars} dates={d_found} secs={d_secs:.3f} "
        f"chars/s={d_rate:,.0f} docs/s={len(subset) / d_secs:,.1f} peak_mem={d_peak / 1e6:.1f} MB"
    )
    print(f"ratio      timex is {t_rate / d_rate:,.0f}x dateparser's throughput (chars/s)")
    print(
        f"process    max RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB (both taggers loaded)"
    )


if __name__ == "__main__":
    main()
