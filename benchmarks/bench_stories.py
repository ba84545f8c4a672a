"""Anchoring, order and merging on a story folder with SemEval-2015 Task 4 gold timelines.

usage: python benchmarks/bench_stories.py [STORY_DIR] [--out OUT.json] [--jobs N] [--no-merge]

1. Extracts the folder in-process (parallel, with actors), merges across articles, writes the
   timeline as `timeline extract --format json` would, and runs the shared checker
   (`check_stories.py STORY_DIR OUT.json`) for anchor accuracy and order agreement.
2. Measures merging against the gold: two gold mentions in different documents are the same
   happening when they share a gold (entity, order, date) group — except the "order 0, date
   XXXX-XX-XX" groups, which are SemEval's bucket of undated events, not one happening. Over pairs
   of such sentences in different documents: under-merging is the share of same-happening pairs
   the timeline keeps apart; over-merging is the share of merged pairs that are different
   happenings. Sentence-level, since the gold names sentences and events quote them.
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import orjson

from core import events as event_extractor
from core.entities import actors
from core.ingest import load
from core.jsonio import dumps_timeline
from core.merge import merge
from core.model import Article, Event, Timeline
from core.order import order
from core.parallel import extract_all

DEFAULT_STORY = Path("/work/shared/corpora/wikinews-apple")
CHECKER = Path("/work/shared/tools/check_stories.py")


def extract_with_actors(article: Article) -> tuple[Event, ...]:
    return event_extractor.extract(article, actors=actors)


def line_of(sentence: int) -> int:
    """Gold sentence 0 is the title (line 1); sentence n >= 1 is line n + 3."""
    return 1 if sentence == 0 else sentence + 3


def gold_pairs(story: Path) -> tuple[set[tuple[tuple[str, int], tuple[str, int]]], set[tuple[str, int]]]:
    """Cross-document (doc, line) pairs that are one happening, and every gold (doc, line)."""
    groups: defaultdict[tuple[str, int, str], set[tuple[str, int]]] = defaultdict(set)
    mentioned: set[tuple[str, int]] = set()
    for raw in (story / "gold-timelines.jsonl").read_bytes().splitlines():
        if not raw.strip():
            continue
        g = orjson.loads(raw)
        where = (str(g["doc_id"]), line_of(int(g["sentence"])))
        mentioned.add(where)
        if g["order"] == 0 and g["date"].startswith("XXXX"):
            continue  # the undated bucket
        groups[(g["entity"], g["order"], g["date"])].add(where)
    same: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for members in groups.values():
        for a, b in itertools.combinations(sorted(members), 2):
            if a[0] != b[0]:
                same.add((a, b))
    return same, mentioned


def merged_pairs(
    events: list[Event], mentioned: set[tuple[str, int]]
) -> set[tuple[tuple[str, int], tuple[str, int]]]:
    pairs: set[tuple[tuple[str, int], tuple[str, int]]] = set()
    for e in events:
        where = sorted({(Path(s.path).stem, s.line) for s in e.sources} & mentioned)
        for a, b in itertools.combinations(where, 2):
            if a[0] != b[0]:
                pairs.add((a, b))
    return pairs


def merging_report(story: Path, events: list[Event]) -> dict[str, float | int]:
    same, mentioned = gold_pairs(story)
    merged = merged_pairs(events, mentioned)
    # Pairs linked only through the undated bucket are neither right nor wrong to merge.
    undated_only = _undated_pairs(story) - same
    judged = merged - undated_only
    correct = len(judged & same)
    wrong = len(judged - same)
    return {
        "gold_same_pairs": len(same),
        "merged_pairs": len(judged),
        "merged_correct": correct,
        "over_merged": wrong,
        "under_merged": len(same) - correct,
        "over_merging": round(wrong / max(len(judged), 1), 3),
        "under_merging": round((len(same) - correct) / max(len(same), 1), 3),
        "entries_with_several_articles": sum(1 for e in events if len({s.article for s in e.sources}) > 1),
        "disputed_entries": sum(1 for e in events if e.disputed),
    }


def _undated_pairs(story: Path) -> set[tuple[tuple[str, int], tuple[str, int]]]:
    bucket: defaultdict[str, set[tuple[str, int]]] = defaultdict(set)
    for raw in (story / "gold-timelines.jsonl").read_bytes().splitlines():
        if raw.strip():
            g = orjson.loads(raw)
            if g["order"] == 0 and g["date"].startswith("XXXX"):
                bucket[g["entity"]].add((str(g["doc_id"]), line_of(int(g["sentence"]))))
    return {
        (a, b)
        for members in bucket.values()
        for a, b in itertools.combinations(sorted(members), 2)
        if a[0] != b[0]
    }


def check(story: Path, out: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, str(CHECKER), str(story), str(out)], capture_output=True, text=True, check=True
    )
    return orjson.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("story", nargs="?", type=Path, default=DEFAULT_STORY)
    parser.add_argument("--out", type=Path, default=Path("/tmp/timeline-stories.json"))
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--no-merge", action="store_true", help="skip merging (anchoring of raw events)")
    args = parser.parse_args()

    articles, problems = load([str(p) for p in sorted(args.story.glob("*.txt"))])
    started = time.perf_counter()
    per_article = extract_all(articles, extract_with_actors, jobs=args.jobs, progress=None, cache_root=False)
    extracted = time.perf_counter() - started
    flat = [e for events in per_article for e in events]
    started = time.perf_counter()
    merged = flat if args.no_merge else merge(flat)
    merging_time = time.perf_counter() - started
    timeline = Timeline(tuple(articles), tuple(order(merged)), tuple(problems))
    args.out.write_bytes(dumps_timeline(timeline, "json"))

    print(f"story: {args.story} ({len(articles)} articles, {len(problems)} problems)")
    print(
        f"events: {len(flat)} extracted in {extracted:.2f}s; {len(merged)} entries after merging ({merging_time:.3f}s)"
    )
    scores = check(args.story, args.out)
    print(
        f"anchor accuracy {scores['anchor_accuracy']:.3f} (target >= 0.80; publication-date baseline 0.48), "
        f"order agreement {scores['order_agreement']:.3f} (target >= 0.95; baseline 0.78) "
        f"over {scores['dated_gold']} dated gold entries"
    )
    if args.no_merge:
        return 0
    report = merging_report(args.story, list(timeline.events))
    print(
        f"merging: {report['merged_pairs']} cross-article sentence pairs merged, {report['merged_correct']} correct; "
        f"over-merging {report['over_merging']:.3f} ({report['over_merged']} wrong pairs), "
        f"under-merging {report['under_merging']:.3f} ({report['under_merged']} of {report['gold_same_pairs']} "
        f"same-happening pairs kept apart)"
    )
    print(
        f"entries reported by several articles: {report['entries_with_several_articles']}, "
        f"disputed: {report['disputed_entries']}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
