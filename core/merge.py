"""One timeline entry per happening: events from different articles that report the same thing merge.

Two events are the same happening when
- they come from different articles (an article does not report a thing twice as two events of
  its own; sentences that restate it stay in that article's voice),
- their dates agree at the granularity both know (a day inside a month agrees with the month; a
  date a report only assumed, from its publication day or an earlier sentence, agrees with a
  stated date up to a week before it, since the report came after the fact),
- if both name actors, they share one, and
- they say similar things: the content words they share (at least two; actor names count only
  through a bonus), weighted by how rare the words are in the collection (cosine over IDF
  weights), with verbs of one meaning folded together ("unveiled", "introduced", "announced").
  The more precisely the dates agree, the less the wording must match.

When two reports clearly describe one happening but each states its own, different day ("on
Monday" against "on Tuesday"), they still merge, at a stricter similarity, and the entry is marked
`disputed`: every Source keeps the date its own article gives, so a reader sees both side by side.

Clustering is greedy, best pairs first, with average link: a cluster never holds two events of
one article, two dates that neither agree nor dispute plausibly, or two groups that read alike
only through one pair. Merged ids hash the member ids and dates, so they are stable across runs
and independent of input order; scores are rounded so that Python's hash seed decides nothing.
The thresholds were tuned on wikinews-apple (see benchmarks/bench_stories.py and the README).
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date

import attrs

from core.entities import canonicalise
from core.model import Event, Kind, Source
from core.order import order

SAME_DAY_THRESHOLD = 0.20
"""Similarity at which two reports that each state the same day are one happening."""
AGREE_THRESHOLDS = {
    "week": 0.20,
    "weekend": 0.20,
    "month": 0.25,
    "year": 0.30,
    "decade": 0.45,
    "century": 0.55,
}
"""Similarity needed when the dates only agree coarsely (a day inside a month or a year), by the coarser
unit: "in the past decade" holds a great many different happenings, so it asks for more."""
AGREE_DEFAULT = 0.30
"""For coarse units not listed (quarter, season, half, ranges, vague spans)."""
ASSUMED_THRESHOLD = 0.40
"""Similarity needed when a date was assumed (inherited, or the publication day) rather than stated."""
DISPUTE_THRESHOLD = 0.50
"""Stricter similarity for reports that state different dates: only then is it one disputed happening."""
MIN_SHARED_WORDS = 2
"""Content words (beyond actor names) two reports must share."""
MIN_CONTENT = 0.10
"""Shared actors alone never make one happening: the wording must overlap at least this much."""
ACTOR_BONUS = 0.15
"""Added per shared actor (up to two): the same people doing a similar thing on a compatible date."""
REPORT_LAG_DAYS = 7
"""An undated sentence is dated by its article's publication (or by an earlier sentence); the happening
may be this much earlier. A week: headlines report the last few days; on wikinews-apple a month
let unrelated headlines of one busy month chain together (over-merging 0.36 against 0.18)."""
ONE_PER_ARTICLE = True
"""Whether an entry may hold at most one event of each article."""
DISPUTE_WINDOW = {"day": 7, "week": 14, "month": 62}
"""How far apart two stated dates may be and still be read as one disputed happening. Not years:
"in 2012" against "in 2013" is far more often a yearly event twice than one event misdated."""
MAX_BLOCK_YEARS = 12
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
    december morning evening night afternoon earlier later ago next company
    prime minister president chief executive ceo chairman chairwoman leader secretary spokesman
    spokeswoman spokesperson official officials governor mayor senator director""".split()
)
"""Words that say nothing about which happening a sentence reports (titles among them: "Prime Minister
Eva Lind called the election" and "Prime Minister Eva Lind conceded defeat" share only who did it)."""

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


@functools.lru_cache(maxsize=1 << 16)
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
    start: int
    """The first and last day as ordinals: comparing ints is ~100x cheaper than subtracting dates."""
    end: int
    unit: str
    """day (any precision within a day), vague, or the When granularity."""
    kind: str


def _item(index: int, event: Event) -> _Item:
    when = event.when
    unit = "vague" if when.vague else ("day" if when.granularity in _PRECISE else when.granularity)
    return _Item(
        index,
        event,
        frozenset(s.article for s in event.sources),
        # Actor names count once, through the actor bonus: as words they would make "Putin said
        # X" and "Putin did Y" on one day look alike.
        terms(event.quote) - frozenset(stem(w) for a in event.actors for w in _WORD.findall(a)),
        frozenset(a.casefold() for a in event.actors),
        strength(event),
        when.start.toordinal(),
        when.end.toordinal(),
        unit,
        str(event.kind),
    )


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
    items = [_item(i, e) for i, e in enumerate(events)]
    # Word rarity over every report, before copies fold: a wire story printed twenty times makes its
    # words common, as it would without the folding.
    idf = _idf(items)
    reps, copies = _fold_copies(items)
    scorer = _Scorer(reps, idf)
    pairs = sorted(_scored_pairs(reps, scorer), key=lambda p: (-p[0], p[1], p[2]))

    cluster_of = list(range(len(reps)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(reps))}
    articles: dict[int, frozenset[str]] = {i: item.articles for i, item in enumerate(reps)}
    disputed: set[int] = set()
    weights = [len(c) for c in copies]
    for score, a, b in pairs:
        ca, cb = cluster_of[a], cluster_of[b]
        if ca == cb:
            continue
        if ONE_PER_ARTICLE and articles[ca] & articles[cb]:
            continue
        left, right = members[ca], members[cb]
        joined = _join(reps, scorer, left, right, score, weights)
        if joined is None:
            continue
        members[ca] = left + right
        articles[ca] = articles[ca] | articles.pop(cb)
        for y in right:
            cluster_of[y] = ca
        del members[cb]
        if joined == "dispute" or cb in disputed:
            disputed.add(ca)
        disputed.discard(cb)

    merged = [
        _combine([items[i] for r in group for i in copies[r]], root in disputed) for root, group in members.items()
    ]
    return order(merged)


def _fold_copies(items: Sequence[_Item]) -> tuple[list[_Item], list[list[int]]]:
    """One item for each set of word-for-word copies in different articles (a wire story reprinted):
    they are one happening whatever else they meet, so pairs are scored once per distinct report
    instead of once per copy, which made merging syndicated stories quadratic in their number.

    Returns the representatives (indexed anew, holding all their copies' articles) and, for each,
    the indexes of the items it stands for."""
    reps: list[_Item] = []
    copies: list[list[int]] = []
    open_groups: dict[tuple[object, ...], list[int]] = {}
    for item in items:
        # Too few words to be matched at all: each copy stays itself, as it would unfolded.
        key = (item.terms, item.actors, item.strength, item.start, item.end, item.unit, item.kind)
        if len(item.terms) >= MIN_SHARED_WORDS:
            for r in open_groups.get(key, ()):
                if not reps[r].articles & item.articles:
                    reps[r] = attrs.evolve(reps[r], articles=reps[r].articles | item.articles)
                    copies[r].append(item.index)
                    break
            else:
                open_groups.setdefault(key, []).append(len(reps))
                reps.append(attrs.evolve(item, index=len(reps)))
                copies.append([item.index])
            continue
        reps.append(attrs.evolve(item, index=len(reps)))
        copies.append([item.index])
    return reps, copies


def _join(
    items: Sequence[_Item],
    scorer: _Scorer,
    left: list[int],
    right: list[int],
    link: float,
    weights: Sequence[int],
) -> str | None:
    """Whether two clusters are one happening: "same", "dispute", or None to keep them apart.

    Every pair across them must be datable as one happening, and they must read alike on
    average (average link, each folded copy counting as the report it is), not only through
    their best pair: single links chain "A resembles B resembles C" into entries whose ends
    have nothing in common.
    """
    if len(left) == len(right) == 1:
        name, needed = _relation(items[left[0]], items[right[0]])
        return name if link >= needed else None
    needed_most = 0.0
    total = 0.0
    count = 0
    dispute = False
    for x in left:
        for y in right:
            a, b = items[x], items[y]
            if a.articles & b.articles:
                # Two events of one article (when allowed at all) must at least share their dates.
                if not _agree(a, b):
                    return None
                continue
            name, needed = _relation(a, b)
            if needed == APART:
                return None
            dispute = dispute or name == "dispute"
            needed_most = max(needed_most, needed)
            n = weights[x] * weights[y]
            total += scorer.score(a, b) * n
            count += n
    if count and (link < needed_most or total / count < needed_most):
        return None
    return "dispute" if dispute else "same"


def similarity(a: Event, b: Event) -> float:
    """How alike two reports read on their own (no collection IDF): content cosine plus shared actors."""
    items = [_item(0, a), _item(1, b)]
    return _Scorer(items, idf={}).score(items[0], items[1])


class _Scorer:
    """Similarity of two items: IDF-weighted cosine of their content stems, plus shared actors."""

    def __init__(self, items: Sequence[_Item], idf: dict[str, float] | None = None) -> None:
        self.idf = _idf(items) if idf is None else idf
        self.norms = [math.sqrt(sum(self.weight(t) for t in item.terms)) for item in items]

    def weight(self, term: str) -> float:
        return self.idf.get(term, 1.0) ** 2

    def content(self, a: _Item, b: _Item) -> float:
        norm = self.norms[a.index] * self.norms[b.index]
        if not norm:
            return 0.0
        return sum(self.weight(t) for t in a.terms & b.terms) / norm

    def score(self, a: _Item, b: _Item) -> float:
        # Rounded so that the summation order of a set (which varies between runs) never decides a tie.
        return round(self.content(a, b) + ACTOR_BONUS * min(2, len(a.actors & b.actors)), 6)


def _idf(items: Sequence[_Item]) -> dict[str, float]:
    df: Counter[str] = Counter(t for item in items for t in item.terms)
    n = max(len(items), 1)
    return {t: math.log(1 + n / c) for t, c in df.items()}


def _blocks(item: _Item) -> Iterable[str | int]:
    """The years an item can meet another in, padded by how far apart agreeing dates may lie."""
    pad = max(REPORT_LAG_DAYS, DISPUTE_WINDOW.get(item.unit, 0))
    first = date.fromordinal(max(1, item.start - pad)).year
    last = date.fromordinal(item.end + pad).year
    if last - first > MAX_BLOCK_YEARS:
        return ("long",)  # centuries and the like meet only their own kind
    return range(first, last + 1)


def _scored_pairs(items: Sequence[_Item], scorer: _Scorer) -> Iterable[tuple[float, int, int]]:
    # Candidates share an informative word and a year: an inverted index on (word, year) keeps
    # this near-linear where a word alone ("apple" in a story about Apple) would pair everything.
    postings: defaultdict[tuple[str, str | int], list[int]] = defaultdict(list)
    for item in items:
        blocks = tuple(_blocks(item))
        for t in item.terms:
            for block in blocks:
                postings[(t, block)].append(item.index)
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
                _, needed = _relation(a, b)
                if needed == APART:
                    continue
                # Shared actors may carry at most one actor's worth of the threshold: "Jobs" and
                # "iPhone 4" in the same year are no evidence of one happening by themselves.
                if scorer.content(a, b) < max(MIN_CONTENT, needed - ACTOR_BONUS):
                    continue
                # One shared word is chance, however rare: a headline of three words ("Apple
                # unveils iPhone 4") would otherwise match every sentence that unveils anything.
                if len(a.terms & b.terms) < MIN_SHARED_WORDS:
                    continue
                score = scorer.score(a, b)
                if score >= needed:
                    yield score, x, y


APART = float("inf")


def _relation(a: _Item, b: _Item) -> tuple[str, float]:
    """How two reports' dates relate, and the similarity they need to be one happening.

    "same" when the dates agree (the more precisely, the less wording must match), "dispute" when
    both state close but different dates, "apart" (never one happening) otherwise.
    """
    # Reports of one happening that both name actors name at least one of the same: "Rossi opened
    # talks with Talvia" and "Zephyr Labs opened talks with Orla" in the same year are two.
    if a.actors and b.actors and not a.actors & b.actors:
        return "apart", APART
    agree = _agree(a, b)
    # A plan and its happening are different entries (the TUI shows both), unless dated alike.
    if a.kind != b.kind and {a.kind, b.kind} >= {"planned", "occurred"} and not agree:
        return "apart", APART
    weakest = min(a.strength, b.strength)
    if agree and weakest >= 1:
        if weakest == 2:
            if a.unit == b.unit == "day":
                return "same", SAME_DAY_THRESHOLD
            coarser = a.unit if a.end - a.start >= b.end - b.start else b.unit
            return "same", AGREE_THRESHOLDS.get(coarser, AGREE_DEFAULT)
        return "same", ASSUMED_THRESHOLD
    if weakest == 2:
        return ("dispute", DISPUTE_THRESHOLD) if _close(a, b) else ("apart", APART)
    return ("same", ASSUMED_THRESHOLD) if _assumed_agree(a, b) else ("apart", APART)


def _agree(a: _Item, b: _Item) -> bool:
    """One span holds the other: the same day, or a day inside the month or year the other knows."""
    return (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)


def _assumed_agree(a: _Item, b: _Item) -> bool:
    """An assumed date only says "by then": it agrees with anything shortly before it."""
    if a.strength == b.strength:
        return abs(a.start - b.start) <= REPORT_LAG_DAYS
    assumed, stated = (a, b) if a.strength < b.strength else (b, a)
    return stated.start <= assumed.start <= stated.end + REPORT_LAG_DAYS or _agree(a, b)


def _close(a: _Item, b: _Item) -> bool:
    """Two stated dates of the same granularity, near enough to be one happening misdated by one report."""
    if a.unit != b.unit or a.unit not in DISPUTE_WINDOW:
        return False
    gap = max(b.start - a.end, a.start - b.end)
    return 0 < gap <= DISPUTE_WINDOW[a.unit]


def _combine(group: Sequence[_Item], disputed: bool) -> Event:
    if len(group) == 1:
        return group[0].event

    # The entry speaks with the report that dates it best: the finest span among dates the text
    # gives (a day carried over from an earlier sentence beats "in 2003"), a publication-day
    # assumption last; then one that reports it done over one that announced it; then a date of
    # its own, then the earliest report.
    def rank(item: _Item) -> tuple[bool, int, bool, int, object, str]:
        e = item.event
        first = min(s.published for s in e.sources)
        return (item.strength == 0, item.end - item.start, e.kind != Kind.OCCURRED, -item.strength, first, e.id)

    primary = min(group, key=rank).event
    # A later report that it happened outranks the announcement: the entry has occurred.
    kind = Kind.OCCURRED if any(item.event.kind == Kind.OCCURRED for item in group) else primary.kind
    sources: list[Source] = []
    for item in group:
        for source in item.event.sources:
            sources.append(source if source.when is not None else attrs.evolve(source, when=item.event.when))
    sources.sort(key=lambda s: (s.published, s.article, s.line, s.start))
    actors = tuple(dict.fromkeys(a for item in group for a in item.event.actors))
    # Member ids plus their dates: two clause events of one sentence may share an id.
    ids = sorted(f"{item.event.id}@{item.event.when.start}/{item.event.when.end}" for item in group)
    merged_id = "m" + hashlib.blake2b("|".join(ids).encode(), digest_size=6).hexdigest()
    return attrs.evolve(
        primary,
        id=merged_id,
        sources=tuple(sources),
        actors=actors,
        kind=kind,
        disputed=disputed or any(item.event.disputed for item in group),
        confidence=max(item.event.confidence for item in group),
    )
