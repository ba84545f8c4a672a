"""One timeline entry per happening: events from different articles that report the same thing merge.

Two events are the same happening when
- they come from different articles (an article does not report a thing twice as two events of
  its own; sentences that restate it stay in that article's voice),
- their dates agree at the granularity both know (a day inside a month agrees with the month; a
  date a report only inherited from its publication day agrees with any earlier date, within a
  lag, since the report came after the fact), and
- they say similar things: the words they share, weighted by how rare the words are in the
  collection (cosine over IDF weights), with verbs of one meaning folded together ("unveiled",
  "introduced", "announced") and shared actors counting extra.

When two reports clearly describe one happening but each states its own, different day ("on
Monday" against "on Tuesday"), they still merge, at a stricter similarity, and the entry is marked
`disputed`: every Source keeps the date its own article gives, so a reader sees both side by side.

Clustering is greedy by similarity, best pairs first, and a cluster never holds two events of one
article or two dates that neither agree nor dispute plausibly. Merged ids hash the member ids, so
they are stable across runs and independent of input order.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

import attrs

from core.entities import canonicalise
from core.model import Event, Source, When
from core.order import order

MERGE_THRESHOLD = 0.30
"""Similarity at which two reports with agreeing dates are one happening (tuned on wikinews-apple)."""
DISPUTE_THRESHOLD = 0.50
"""Stricter similarity for reports that state different dates: only then is it one disputed happening."""
ACTOR_BONUS = 0.15
"""Added per shared actor (up to two): the same people doing a similar thing on a compatible date."""
REPORT_LAG_DAYS = 31
"""An undated sentence is dated by its article's publication; the happening may be this much earlier."""
DISPUTE_WINDOW = {"day": 7, "month": 62, "year": 366}
"""How far apart two stated dates may be and still be read as one disputed happening."""
MAX_POSTING = 400
"""Words shared by more events than this do not make candidate pairs (they would make all pairs)."""

_PRECISE = frozenset({"day", "part-of-day", "time"})

STOPWORDS = frozenset(
    """a an the this that these those there here it its he she they we you i his her their our your
    my me him them us who whom whose what which when where why how and or but nor so yet for of in
    on at by to from with without within into onto upon about above below after before during since
    until through across against among between over under if as than then though although while
    because unless once whether each every all any some no not none many much more most few several
    other another such same one two three is are was were be been being has have had do does did
    will would shall should can could may might must also still even just only already again ever
    never now today yesterday tomorrow said says say told tell according also very new first last
    year years month months week weeks day days time monday tuesday wednesday thursday friday
    saturday sunday january february march april may june july august september october november
    december morning evening night afternoon earlier later ago next company""".split()
)
"""Words that say nothing about which happening a sentence reports."""

VERB_CLASSES: dict[str, tuple[str, ...]] = {
    "announce": (
        "announc",
        "unveil",
        "introduc",
        "launch",
        "present",
        "reveal",
        "debut",
        "show",
        "demo",
        "releas",
    ),
    "resign": ("resign", "quit", "step", "stepp", "leav", "left", "depart", "retir"),
    "sue": ("sue", "su", "lawsuit", "suit", "litig"),
    "win": ("win", "won", "victor"),
    "die": ("die", "di", "death", "dead", "kill"),
    "buy": ("buy", "bought", "acquir", "acquisit", "purchas"),
    "sell": ("sell", "sold", "sale"),
    "meet": ("meet", "met", "talk", "summit"),
    "arrest": ("arrest", "detain", "captur"),
    "attack": ("attack", "strik", "struck", "bomb", "shell"),
}
"""Verbs (as stems) that report one kind of happening; each folds to its class name."""

_FOLD = {stem: name for name, stems in VERB_CLASSES.items() for stem in stems}
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['’][a-z]+)?")


def stem(word: str) -> str:
    """A crude English stem, enough to match "unveils", "unveiled", "unveiling"."""
    w = word.lower()
    w = re.sub(r"['’]s?$", "", w)
    for suffix in ("ing", "ed", "es", "s"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            w = w[: -len(suffix)]
            break
    if len(w) > 3 and w.endswith("e"):
        w = w[:-1]
    return _FOLD.get(w, w)


def terms(text: str) -> frozenset[str]:
    """The content stems of a sentence."""
    return frozenset(stem(m.group()) for m in _WORD.finditer(text) if m.group().lower() not in STOPWORDS)


@attrs.frozen
class _Item:
    index: int
    event: Event
    articles: frozenset[str]
    terms: frozenset[str]
    actors: frozenset[str]
    strength: int
    """2: the event's own time expression dated it; 1: inherited in its article; 0: publication date."""


def strength(event: Event) -> int:
    """How much the event's date is stated rather than assumed."""
    if event.timex is not None:
        return 2
    if event.rule.startswith("fallback"):
        return 0
    return 1


def merge(events: Sequence[Event]) -> list[Event]:
    """The events with reports of the same happening merged into one entry each, in time order."""
    events = canonicalise(events)
    items = [
        _Item(
            i,
            e,
            frozenset(s.article for s in e.sources),
            terms(e.quote),
            frozenset(a.casefold() for a in e.actors),
            strength(e),
        )
        for i, e in enumerate(events)
    ]
    idf = _idf(items)
    pairs = sorted(_scored_pairs(items, idf), key=lambda p: (-p[0], p[1], p[2]))

    cluster_of = list(range(len(items)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(items))}
    disputed: set[int] = set()
    for score, a, b in pairs:
        ca, cb = cluster_of[a], cluster_of[b]
        if ca == cb:
            continue
        left, right = members[ca], members[cb]
        if any(items[x].articles & items[y].articles for x in left for y in right):
            continue
        relations = [
            _relation(items[x].event, items[y].event, items[x].strength, items[y].strength)
            for x in left
            for y in right
        ]
        if "apart" in relations:
            continue
        is_dispute = "dispute" in relations
        if is_dispute and score < DISPUTE_THRESHOLD:
            continue
        members[ca] = left + right
        for y in right:
            cluster_of[y] = ca
        del members[cb]
        if is_dispute or cb in disputed:
            disputed.add(ca)
        disputed.discard(cb)

    merged = [_combine([items[i] for i in group], root in disputed) for root, group in members.items()]
    return order(merged)


def similarity(a: Event, b: Event, idf: dict[str, float] | None = None) -> float:
    """How alike two reports read (0..~1.3): IDF-weighted cosine of their stems plus shared actors."""
    ta, tb = terms(a.quote), terms(b.quote)
    aa = frozenset(x.casefold() for x in a.actors)
    ab = frozenset(x.casefold() for x in b.actors)
    return _score(ta, tb, aa, ab, idf or {})


def _score(
    ta: frozenset[str], tb: frozenset[str], aa: frozenset[str], ab: frozenset[str], idf: dict[str, float]
) -> float:
    if not ta or not tb:
        return 0.0

    def weight(t: str) -> float:
        return idf.get(t, 1.0)

    shared = sum(weight(t) ** 2 for t in ta & tb)
    norm = math.sqrt(sum(weight(t) ** 2 for t in ta) * sum(weight(t) ** 2 for t in tb))
    return shared / norm + ACTOR_BONUS * min(2, len(aa & ab))


def _idf(items: Sequence[_Item]) -> dict[str, float]:
    df: Counter[str] = Counter(t for item in items for t in item.terms)
    n = max(len(items), 1)
    return {t: math.log(1 + n / c) for t, c in df.items()}


def _scored_pairs(items: Sequence[_Item], idf: dict[str, float]) -> Iterable[tuple[float, int, int]]:
    # Candidates share at least one informative word; an inverted index keeps this near-linear.
    postings: defaultdict[str, list[int]] = defaultdict(list)
    for item in items:
        for t in item.terms:
            postings[t].append(item.index)
    seen: set[tuple[int, int]] = set()
    for posting in postings.values():
        if len(posting) > MAX_POSTING:
            continue
        for x_pos, x in enumerate(posting):
            for y in posting[x_pos + 1 :]:
                if (x, y) in seen:
                    continue
                seen.add((x, y))
                a, b = items[x], items[y]
                if a.articles & b.articles:
                    continue
                if _relation(a.event, b.event, a.strength, b.strength) == "apart":
                    continue
                score = _score(a.terms, b.terms, a.actors, b.actors, idf)
                if score >= MERGE_THRESHOLD:
                    yield score, x, y


def _relation(a: Event, b: Event, strength_a: int, strength_b: int) -> str:
    """ "same" when the dates agree, "dispute" when both state close but different dates, else "apart"."""
    # A plan and its happening are different entries (the TUI shows both), unless dated alike.
    planned_and_done = a.kind != b.kind and {a.kind, b.kind} >= {"planned", "occurred"}
    if planned_and_done and not _agree(a.when, b.when):
        return "apart"
    if strength_a == 0 or strength_b == 0:
        return "same" if _assumed_agree(a, b, strength_a, strength_b) else "apart"
    if _agree(a.when, b.when):
        return "same"
    if strength_a == 2 and strength_b == 2 and _close(a.when, b.when):
        return "dispute"
    return "apart"


def _agree(a: When, b: When) -> bool:
    """One span holds the other: the same day, or a day inside the month or year the other knows."""
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _assumed_agree(a: Event, b: Event, strength_a: int, strength_b: int) -> bool:
    """A publication-day date only says "by then": it agrees with anything shortly before it."""
    if strength_a == 0 and strength_b == 0:
        return abs((a.when.start - b.when.start).days) <= REPORT_LAG_DAYS
    assumed, stated = (a, b) if strength_a == 0 else (b, a)
    lag = (assumed.when.start - stated.when.end).days
    return stated.when.start <= assumed.when.start and lag <= REPORT_LAG_DAYS or _agree(a.when, b.when)


def _close(a: When, b: When) -> bool:
    """Two stated dates of the same granularity, near enough to be one happening misdated by one report."""
    unit_a = "day" if a.granularity in _PRECISE else a.granularity
    unit_b = "day" if b.granularity in _PRECISE else b.granularity
    if unit_a != unit_b or unit_a not in DISPUTE_WINDOW or a.vague or b.vague:
        return False
    gap = max((b.start - a.end).days, (a.start - b.end).days)
    return 0 < gap <= DISPUTE_WINDOW[unit_a]


def _combine(group: Sequence[_Item], disputed: bool) -> Event:
    if len(group) == 1:
        return group[0].event

    # The entry speaks with the report that dates it best: its own time expression, the finest
    # span, then the earliest report.
    def rank(item: _Item) -> tuple[int, int, object, str]:
        e = item.event
        first = min(s.published for s in e.sources)
        return (-item.strength, (e.when.end - e.when.start).days, first, e.id)

    primary = min(group, key=rank).event
    sources: list[Source] = []
    for item in group:
        for source in item.event.sources:
            sources.append(source if source.when is not None else attrs.evolve(source, when=item.event.when))
    sources.sort(key=lambda s: (s.published, s.article, s.line, s.start))
    actors = tuple(dict.fromkeys(a for item in group for a in item.event.actors))
    ids = sorted(item.event.id for item in group)
    merged_id = "m" + hashlib.blake2b("|".join(ids).encode(), digest_size=6).hexdigest()
    return attrs.evolve(
        primary,
        id=merged_id,
        sources=tuple(sources),
        actors=actors,
        disputed=disputed or any(item.event.disputed for item in group),
        confidence=max(item.event.confidence for item in group),
    )
