"""From an article's sentences and time expressions to dated, explained events.

Each sentence that reports something makes an event; a sentence that names several different
dates makes one event per date, quoted by the clause around each. A sentence with no date of its
own takes one from context where a reader would (rules in `INHERIT_RULES`, tried in order) and
otherwise the publication date, with low confidence and marked so. The kind (occurred / planned /
ongoing) comes from the date against publication and the clause's tense (`KIND_CUES`).
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import re
import string
from collections.abc import Callable, Collection, Sequence
from typing import NamedTuple

import attrs
import pendulum

from core import offsets
from core import timex as timex_engine
from core.model import Article, Event, Kind, Source, Span, TimeType, Timex, When, positional_maker
from core.sentences import Sentence, sentences
from core.timex.lexicon import (
    HABITUAL,
    IRREGULAR_PAST,
    MONTHS,
    ORDINALS,
    WEEKDAY_NAMES,
    WEEKDAY_WORDS,
    WEEKDAYS,
    trie,
)
from core.timex.relative import post_time
from core.timex.tense import TIMETABLE_VERBS

# A search's start before the text's is taken as its start, and an end past the text as its end, as `re`
# clamps them (tests/test_events_fast_paths.py checks): the searches back from a date start at `start - N`
# as it is, since `max(0, ...)` costs more than the short search it bounds.

MIN_WORDS = 4
"""Shorter sentences ("Read more.", a bare dateline) report nothing on their own."""
MAX_DATES_PER_SENTENCE = 3
HEADLINE_CHARS = 90

DAYLIKE = frozenset({"day", "part-of-day", "time"})


@attrs.frozen
class Cue:
    """A named pattern of words that signals something about a clause."""

    name: str
    pattern: re.Pattern[str]


def _cues(table: Sequence[tuple[str, str]]) -> tuple[Cue, ...]:
    return tuple(Cue(name, re.compile(pattern, re.IGNORECASE)) for name, pattern in table)


_INTENT_VERBS = "(?:plans?|intends?|aims?|hopes?|vows?|promises?|pledges?|threatens?)"
"""Verbs of intent: "plans to", "vows to" tell what is to come."""

# What the verbs of a clause say about when, read as a careful reader would.
FUTURE_CUES = _cues(
    (
        ("future.will", r"\b(?:will|shall|won't)\b|\w'll\b|\b(?:should|would)\s+(?:not\s+)?be\s+[a-z]+(?:ed|en)\b"),
        (
            "future.going-to",
            # ... or of a date ahead: "More storms are forecast for Sunday afternoon", "is due in court on Monday",
            # "Another update is expected at 7pm", "Results are expected next week"
            (
                r"\b(?:is|are|am)\s+(?:(?:going|set|due|scheduled|slated|expected|poised|about)\s+to"
                r"|(?:forecast|expected|predicted|due|scheduled|slated)\s+(?:for|on|in|by|at|next|later|tomorrow|within)"
                r"|set\s+(?:for|on))\b"
            ),
        ),
        # "plans to" is a verb after a subject, a noun after a determiner ("has no plans to attack"). The
        # look-ahead for the verb comes before the look-behinds for the determiner, so that those are
        # tried only where such a verb is, not at every word.
        (
            "future.plans-to",
            (
                rf"\b(?={_INTENT_VERBS}\s)(?<!\bno )(?<!\bany )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )"
                rf"(?<!\bthe ){_INTENT_VERBS}\s+to\b"
            ),
        ),
        ("future.to-be-held", r"\bto be (?:held|released|launched|published|announced|voted|signed)\b"),
    )
)
PRESENT_CUES = _cues(
    (
        (
            "present.perfect",
            # the participles by their endings, and the irregular ones that have none of them ("has won")
            (
                r"\b(?:has|have)\s+(?:been\s+)?(?:\w+(?:ed|en|wn|ne|ght|lt|pt|ng)|won|sold|held|told|paid|said|made|"
                r"cut|put|quit|hit|met|set|let|laid|spent|sent|lent|built|fled|lost|left|run|become|come|struck|stuck|"
                r"hung|shut|split|spread|heard|read)\b"
            ),
        ),
        ("present.progressive", r"\b(?:is|are|am)\s+\w+ing\b"),
        (
            "present.state",
            (
                r"\b(?:is|are|am|isn't|aren't|does|do|doesn't|don't|remains?|continues?|insists?|says|"
                r"believes?|holds?|owns?|has|have|includes?|contains?|uses?|comes?|costs?|provides?|"
                r"offers?|runs?|supports?|employs|operates|sells|makes|produces|lives|works|leads|"
                r"controls|needs|wants|expects|thinks|claims|argues|denies|faces|allows|requires|means|"
                r"seems|appears|looks|shows|suggests|knows|belongs|depends|exists|stands|lies|accounts|"
                # "Pogacar now sits fourth overall", "For now, the corals sit under blue lights": so at publication
                r"now\s+(?!was\b)[a-z]{2,}s|for\s+now|"
                # "Measles symptoms usually appear 10 to 12 days after infection": what is so as a rule
                rf"{HABITUAL})\b"
            ),
        ),
        # ... and in the plural ("Insurers estimate the damage at", "Residents fear more floods"), but not
        # after the words in `_NOT_PLURAL_BEFORE` (`_earliest_cue` passes over those)
        (
            "present.plural",
            (
                r"\b(?:say|believe|fear|expect|estimate|warn|hope|think|want|worry|argue|predict|remain|agree|"
                r"insist|doubt|suspect|accuse|blame|oppose|support)\b"
            ),
        ),
    )
)
PAST_CUES = _cues(
    (
        (
            "past.simple",
            # the tagger's irregular past forms, and a few that are past in a news clause's first verb
            rf"\b(?:{'|'.join(IRREGULAR_PAST)}|set up|put|cut|hit|quit|beat)\b",
        ),
        ("past.regular", r"\b\w{2,}ed\b"),
    )
)

# Inheriting a date from context: named rules, tried in order.
CONTINUATION = re.compile(
    r"^(?:[\"'\u201c]?\s*)(?:following this|after that|afterwards|later|then|subsequently|"
    r"(?:he|she|they|it|the \w+) (?:said|added|told|noted|explained|stressed|warned|insisted))\b",
    re.IGNORECASE,
)
MENTION_KIN: dict[str, tuple[str, ...]] = {
    "blast": ("blast", "bomb", "explo"), "bombing": ("bomb", "blast", "explo"), "bombings": ("bomb", "blast", "explo"),
    "explosion": ("explo", "blast", "bomb"), "attack": ("attack", "bomb", "blast", "raid", "assault"),
    "shooting": ("shoot", "shot", "gunm"), "fire": ("fire", "blaze"), "blaze": ("blaze", "fire"),
    "earthquake": ("earthquake", "quake", "tremor"), "quake": ("quake", "tremor"),
    "storm": ("storm", "hurricane", "typhoon", "cyclone"), "hurricane": ("hurricane", "storm"),
    "flood": ("flood",), "floods": ("flood",), "flooding": ("flood",), "raid": ("raid",),
    "arrest": ("arrest", "detain"), "killing": ("kill", "murder"), "killings": ("kill", "murder"),
    "murder": ("murder", "kill"), "massacre": ("massacre", "kill"), "coup": ("coup",),
    "invasion": ("invasion", "invade"), "collapse": ("collaps",), "accident": ("accident", "crash", "collision"),
    "resignation": ("resign",), "merger": ("merge",), "takeover": ("takeover", "acqui", "bought"),
    "acquisition": ("acqui", "takeover", "bought"), "investigation": ("investigat", "inquiry", "probe"),
    "inquiry": ("inquiry", "investigat"), "probe": ("probe", "investigat"),
    "rescue": ("rescu", "freed", "freeing", "stormed"), "siege": ("siege", "besieg", "hostage"),
}  # fmt: skip
"""Mention nouns whose happening an earlier sentence may name with other words ("the blast" after "a bomb
exploded"): the word beginnings looked for there. Other nouns look for their own stem."""
_OWN_STEM_NOUNS = (
    "talks|meeting|summit|visit|drills|exercise|war games|election|vote|referendum|strike|"
    "launch|conference|hearing|trial|ceremony|speech|announcement|agreement|deal|crash|"
    "protest|rally|match|game|keynote|event|lawsuit|ruling|verdict|release"
)
MENTION_NOUNS = "|".join((_OWN_STEM_NOUNS, *MENTION_KIN))
MENTION = re.compile(
    rf"\b(?P<anchor>(?:since|after|before|during|following|at|until)\s+)?(?:the|its|their|his|her)\s+"
    rf"(?P<noun>{MENTION_NOUNS})\b",
    re.IGNORECASE,
)

_LEADING = re.compile(
    r"^(?:meanwhile|however|but|and|then|also|still|yet|moreover|separately|in addition(?! to)|"
    r"following this|this comes after|on the other hand|amid [^,]{1,60}|according to [^,]{1,60}|"
    r"in [a-z ]{1,30} news)(?![\w-])\s*,?\s*",  # a whole word: not the "But" of "Butler", "then-president"
    re.IGNORECASE,
)
_LEADING_LOWER = re.compile(_LEADING.pattern)
"""`_LEADING` for lower-cased ASCII text, where ignoring case changes nothing: written in lower case, its
words are told apart by their first letters without folding every letter compared."""
_LEADING_WORDS = ("meanwhile", "however", "but", "and", "then", "also", "still", "yet", "moreover", "separately",
                  "in", "following", "this", "on", "amid", "according")  # fmt: skip
"""The first words of `_LEADING`'s alternatives (none longer than ten letters): a lower-cased ASCII text
it matches starts with one of them."""
_ATTRIBUTION_VERBS = ("said", "says", "added", "reported", "announced")
SPEAKERS = ("officials", "police", "analysts", "witnesses", "sources", "experts", "residents", "investigators",
            "authorities", "diplomats", "doctors", "prosecutors", "lawyers", "aides", "officers", "rescuers",
            "organisers", "organizers", "results", "figures", "data", "polls", "records", "documents")  # fmt: skip
"""Who speaks in a bare plural ("..., local officials said", "..., official figures showed")."""
_WHO_NAMED = r"he|she|they|it|[A-Z][\w.]*(?:['\u2019-][A-Z][\w.]*)?(?: [A-Z][\w.]*(?:['\u2019-][A-Z][\w.]*)?){0,3}"
_WHO_DESCRIBED = rf"(?:an?|the|his|her|its|their) \w+(?: \w+){{0,3}}|(?:[a-z]+ )?(?:{'|'.join(SPEAKERS)})"
"""Who an attribution names: a pronoun or a name, or a description ("a French official", "police")."""
_TRAILING_ATTRIBUTION = re.compile(
    rf"(?:,?\s*(?:{_WHO_NAMED})|,\s*(?:{_WHO_DESCRIBED})) (?:said|says|added|told \w+|reported|announced)\.?\s*$"
)
# A first character class written out rather than repeated (`[,']` `[,']*`, not `[,']+`) lets the engine's
# search skip to the next such character instead of trying the whole pattern at every position.
_INVERTED_ATTRIBUTION = re.compile(
    r"[,'\"\u201d\u2019`][,'\"\u201d\u2019`]*\s+(?:said|says)\s+(?P<who>[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,3}\.?\s*$"
)
"""'"...," said Maureen Connolly': an attribution after its verb."""
_NOT_A_SPEAKER = frozenset(
    {*MONTHS, *WEEKDAYS, "today", "yesterday", "tonight", "last", "this", "next", "on", "in"}
)
"""'... said Monday', '... said on Tuesday': a date after the verb, not who said it."""
_CLAUSE_BREAK = re.compile(
    r"[;,\s](?:(?<=;)\s+|(?<=,)\s+(?=(?:and|but|while|whereas|although|though|which|after|before|when|then|"
    r"prompting|leading|causing|forcing|sparking|triggering)\b)|(?<=\s)\s*but\s+)"
)
r"""`;\s+|,\s+(?=(?:and|...)\b)|\s+but\s+`, its first character taken out of the alternatives (as above)."""
PREPOSITIONS = (
    "on", "in", "at", "during", "by", "since", "from", "until", "till", "through", "over", "for", "of", "around",
    "about", "before", "after", "as of", "between",
)  # fmt: skip
"""Words that introduce a date phrase ("on Monday"); dropped with the date from a headline."""
_PREPOSITION = re.compile(rf"\b(?:{'|'.join(PREPOSITIONS)})\s+$", re.IGNORECASE)
_LONGEST_PREPOSITION = max(map(len, PREPOSITIONS))


@attrs.frozen
class Dated:
    """A date chosen for a clause, with its provenance."""

    when: When
    timex: Timex | None
    rule: str
    explanation: str
    confidence: float
    phrase: Span | None = None
    """The words that give the date when they are more than the timex ("1995-1998" for a period)."""


SLOTS = MAX_DATES_PER_SENTENCE + 1
"""Readings one sentence can give: one per date, plus the saying of a reported clause."""


class Reading(NamedTuple):
    """One event's worth of a sentence: the stretch quoted, its date, and the words whose tense tells its kind.

    A named tuple, not an attrs class: one is made for each event and read once by `_event`, and a frozen
    attrs instance sets each of its six fields through object.__setattr__, a tuple makes them at once."""

    span: Span
    date: Dated
    tense_span: Span
    aside: Span | None = None
    """An aside of the quote that is an event of its own, left out of the headline ("The bridge, which
    opened in 1932, was closed on Friday" -> "The bridge was closed")."""
    subject: Span | None = None
    """The subject the headline's clause shares with the one before it, put before it ("Costa was awarded
    the Order in 1985 and received a doctorate in 2001" -> "Costa received a doctorate")."""
    told: Span | None = None
    """The clause the headline tells, when it is less than the quote (which then keeps its subject)."""


def extract(article: Article, actors: Callable[[str], tuple[str, ...]] | None = None) -> tuple[Event, ...]:
    """Every event an article reports, in article order (not yet in time order)."""
    sents = sentences(article)
    found = timex_engine.tag(article.text, article.published, [s.span for s in sents])
    per_sentence = _assign(found, sents)
    _drop_datelines(article.text, sents, per_sentence)
    memo = _Memo()
    entries = _entry_times(article.text, sents, per_sentence, memo) if ":" in article.text else {}
    placed = offsets.place(article.text, per_sentence)
    told_after = _told_after(article, sents, per_sentence)
    history: list[tuple[Sentence, Dated]] = []
    found_readings: list[tuple[int, Sentence, list[Reading]]] = []
    for index, (sentence, timexes) in enumerate(zip(sents, per_sentence, strict=True)):
        if index in entries:
            history.append(entries[index])
        if told_after is not None and index == told_after[0]:
            history.append((sentence, told_after[1]))
            readings = [Reading(sentence.span, told_after[1], sentence.span)]
        elif article.text.startswith(_CREDIT_FIRST, sentence.span.start) and _CREDIT_LINE.match(
            article.text, sentence.span.start, sentence.span.end
        ):
            readings = []  # "(Reporting by Jim Carver; Editing by Leslie Adler)": who wrote the report, no news
        else:
            readings = _readings(article, sentence, timexes, history, placed, memo)
        if timexes and (
            article.text.find(", when ", sentence.span.start, sentence.span.end) >= 0
            or article.text.find(", where ", sentence.span.start, sentence.span.end) >= 0
        ):
            readings = [*readings, *_when_of_a_record(article.text, sentence, timexes)]
        found_readings.append((index, sentence, readings))
    lead = _lead_of(article, history, memo)
    events: list[Event] = []
    for index, sentence, readings in found_readings:
        if sentence.is_title:
            plan = _opening_plan(article, found_readings)
            if lead is not None or plan is not None:
                readings = [_title_reading(article, r, lead, plan) for r in readings]
        for position, reading in enumerate(readings):
            events.append(_event(article, sentence, reading, actors, index * SLOTS + position))
    return tuple(events)


_CREDIT_LINE = re.compile(
    r"(?:\((?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\s[^()]*\)"
    r"|(?:additional\s+)?(?:reporting|writing)\s+by\s[^.!?;]*;\s*(?:additional\s+reporting|editing|writing)\s+by\s[^.!?]*)"
    r"\.?\s*$",
    re.IGNORECASE,
)
_CREDIT_FIRST = ("(", "Reporting", "Additional", "Writing")
"""How a wire report's credit line starts (`_CREDIT_LINE`); looked for first, as few sentences start so."""


def _drop_datelines(text: str, sents: list[Sentence], per_sentence: list[list[Timex]]) -> None:
    """Takes out of their sentences the dates of wire datelines ("NIAMEY, Jan 16 (Reuters) - Two aid workers
    were freed on Wednesday"): the day the report was filed, no happening's."""
    if _AGENCY_DASH.search(text) is None:
        return  # no agency's name before a dash: no dated dateline (one scan of the text, not one a sentence)
    for index, (sentence, timexes) in enumerate(zip(sents, per_sentence, strict=True)):
        if not timexes:
            continue
        start = sentence.span.start
        # (a dated dateline names its agency in brackets: most sentences are turned away by two characters)
        if text[start : start + 1] not in _DATELINE_FIRST or text.find(" (", start, start + _DATELINE_CHARS) < 0:
            continue
        line = _dateline(text[start : start + _DATELINE_CHARS])
        if line is not None and line["date"] is not None:
            per_sentence[index] = [t for t in timexes if t.span.start >= start + line.end()]


_AGENCY_DASH = re.compile(r"\) (?:_|--|-|\u2013|\u2014) ")
_DATELINE_CHARS = 80
"""Longer than any dateline, so one is read whole from a sentence's first characters."""


TOLD_AFTER = "inherit.told-after"
ENTRY_TIME = "inherit.entry-time"
_PERFECT_PARTICIPLE = re.compile(r"\b(?:has|have)\s+(?:been\s+)?(?P<done>[a-z]+(?:ed|en|wn|ne|ght))\b")


def _told_after(
    article: Article, sents: Sequence[Sentence], per_sentence: Sequence[Sequence[Timex]]
) -> tuple[int, Dated] | None:
    """A report's first sentence telling its news undated in the present perfect ("Margaret Ellery, the glaciologist,
    has died aged 91"), when the next sentence gives that happening its day ("She died on Wednesday at her home"):
    that day, as a reader takes it (`inherit.told-after`)."""
    for index, sentence in enumerate(sents[:-1]):
        text = article.text[sentence.span.start : sentence.span.end]
        if sentence.is_title or _fewer_words(text, MIN_WORDS):
            continue
        if per_sentence[index] or " ha" not in text:
            return None
        done = _PERFECT_PARTICIPLE.search(text)
        following = article.text[sents[index + 1].span.start : sents[index + 1].span.end]
        if done is None or re.search(rf"\b{done['done']}\b", following) is None:
            return None
        for t in per_sentence[index + 1]:
            dated = _from_timex(t)
            if dated is not None and dated.when.granularity in DAYLIKE and dated.when.end <= article.published:
                return index, _inherited(
                    dated, TOLD_AFTER, f"the next sentence, which tells when it {done['done']}", 0.6
                )
        return None
    return None


LEAD_ENTRIES = 4
"""Sentences at the top of a report where its lead is looked for (past the title and a dateline)."""
_HEADLINE_FUTURE = re.compile(r"^(?:[\w.'’&-]+\s+){1,6}(?:to|will)\s+[a-z]", re.IGNORECASE)
"""Headline grammar for what is to come: "Apple to lower UK iTunes prices"."""


_PLAIN_VERB = re.compile(
    r"\b(?:beat|beats|wins?|hits?|cuts?|puts?|sets?|quits?|makes?|takes?|gets?|orders|urges|tells|asks|forces|"
    r"allows|invites|pushes|warns|helps|persuades|compels|requires|comes?|fights?|battles?|rall(?:y|ies)|holds?|"
    r"edges?|cruises?|storms?|bounces?|surges?|falls?|rises?|climbs?|slips?|jumps?|moves?|returns?)\b"
)
"""Verbs a headline puts before "to" that are neither "-ed" nor in the list of past forms ("beat", "wins"), and
those that take an object and "to" ("Regulator orders app stores to open up payments")."""


def _lead(article: Article, history: Sequence[tuple[Sentence, Dated]]) -> Dated | None:
    """The day the story's news happened: the recent day its first sentence of substance names.

    Reports open with their news ("Steve Jobs died yesterday"), then give background; a past-tense
    sentence after the background without a date of its own ("Obama said ...") and a headline in the
    headline present ("Jobs dies aged 56") belong to that day rather than to the day of publication.
    A dateline ("October 6, 2011" alone on a line) names the report's day, not its news, and is skipped.
    """
    published = article.published
    for sentence, dated in history[:LEAD_ENTRIES]:
        text = article.text[sentence.span.start : sentence.span.end]
        if sentence.is_title or _word_count(text, [dated.timex] if dated.timex else []) < MIN_WORDS:
            continue
        # The first sentence of substance is the lead: its date or nothing (a later date is background).
        if not _opens(article, sentence):
            return None
        when = dated.when
        if (
            (dated.timex is None and dated.rule != TOLD_AFTER)
            or when.vague
            or when.granularity not in DAYLIKE
            or when.end > published
        ):
            return None
        return dated if published.toordinal() - when.end.toordinal() <= NARRATIVE_DAYS else None
    return None


def _entry_times(
    text: str, sents: list[Sentence], per_sentence: list[list[Timex]], memo: _Memo
) -> dict[int, tuple[Sentence, Dated]]:
    """The times a live report's entries open with ("14:05 The Met Office has extended its warning"): taken out
    of their sentences (which then start at the entry's words) and kept, by sentence, as a date told just
    before it, which the entry's undated words take (`inherit.entry-time`)."""
    entries: dict[int, tuple[Sentence, Dated]] = {}
    for index, (sentence, timexes) in enumerate(zip(sents, per_sentence, strict=True)):
        if not timexes or timexes[0].rule not in _ENTRY_TIME_RULES or timexes[0].span.start - sentence.span.start > 10:
            continue
        opening = post_time(text, timexes[0].span.start)
        dated = _from_timex(timexes[0]) if opening is not None and opening.end() < sentence.span.end else None
        if dated is None:
            continue
        time = attrs.evolve(sentence, span=timexes[0].span)
        entries[index] = (time, dated)
        memo.entries.add(time.span.start)
        sents[index] = attrs.evolve(sentence, span=Span(opening.end(), sentence.span.end))
        per_sentence[index] = timexes[1:]
    return entries


_ENTRY_TIME_RULES = ("clock_24", "clock")


@attrs.define
class _Memo:
    """Dates `_inherit` has worked out for one article, kept by what they depend on: sentences ask for the
    same ones again and again."""

    leads: dict[int, Dated | None] = attrs.Factory(dict)
    """`_lead` by the number of dated sentences it reads (no more than `LEAD_ENTRIES`)."""
    entries: set[int] = attrs.Factory(set)
    """Where the times live report entries open with start (`_entry_times`)."""
    inherited: dict[tuple[int, str, str, float], tuple[Dated, Dated]] = attrs.Factory(dict)
    """`_inherited` by its arguments (the source by identity, kept with the result): the sentences of a
    paragraph after a dated one all take its date, those of a story the same latest day."""

    def inherited_from(self, source: Dated, rule: str, reason: str, confidence: float) -> Dated:
        """`_inherited(source, rule, reason, confidence)`, made once for the article."""
        key = (id(source), rule, reason, confidence)
        kept = self.inherited.get(key)
        if kept is None or kept[0] is not source:
            kept = self.inherited[key] = (source, _inherited(source, rule, reason, confidence))
        return kept[1]


def _lead_of(article: Article, history: Sequence[tuple[Sentence, Dated]], memo: _Memo) -> Dated | None:
    """`_lead`, remembered for each number of sentences it reads: past-tense sentences ask for it again
    and again, and once `LEAD_ENTRIES` sentences are dated it no longer changes."""
    known = min(len(history), LEAD_ENTRIES)
    if known not in memo.leads:
        memo.leads[known] = _lead(article, history)
    return memo.leads[known]


def _opens(article: Article, sentence: Sentence) -> bool:
    """No sentence of substance comes before this one (only a title, a dateline, a byline)."""
    paragraphs = article.paragraphs
    for para in paragraphs[: sentence.paragraph]:
        if not para.is_title and not _fewer_words(article.text[para.span.start : para.span.end], MIN_WORDS):
            return False
    return not article.text[paragraphs[sentence.paragraph].span.start : sentence.span.start].strip()


def _opening_plan(article: Article, found: Sequence[tuple[int, Sentence, list[Reading]]]) -> Dated | None:
    """The first plan the report's first sentence of substance dates ("Pope Francis will visit Mongolia from
    August 31 to September 4, the Vatican said on Monday"): what a headline that looks ahead tells."""
    for _, sentence, readings in found:
        if sentence.is_title or not readings:
            continue
        return next(
            (r.date for r in readings if r.date.timex is not None and r.date.when.start > article.published), None
        )
    return None


def _title_reading(article: Article, reading: Reading, lead: Dated | None, plan: Dated | None = None) -> Reading:
    """A headline with no date of its own tells the lead's news ("Apple unveils iPod nano"), as does one whose
    only date is a year or a month that holds the lead's day ("Spain beat England to win Euro 2024 final");
    one that looks ahead ("Pope Francis to visit Mongolia") tells the plan its report opens with."""
    if reading.date.timex is not None and _year_naming_a_thing(article.text, reading.date.timex):
        # "Probe Adjusts Course for 2027 Asteroid Encounter": the year names the encounter; the news is the lead's
        if lead is None:
            return reading._replace(date=_fallback(article.published, tense(article.text[reading.span.start : reading.span.end])))
        return reading._replace(
            date=_inherited(lead, "inherit.lead", "the news the report opens with (a headline tells its lead)", 0.5)
        )
    if reading.date.rule != FALLBACK and (
        lead is None or not (_holds(reading.date.when, lead.when) or _edition(article.text, reading.date.timex))
    ):
        return reading
    title = article.text[reading.span.start : reading.span.end]
    ahead = _HEADLINE_FUTURE.search(title)
    # "United beat City 2-1 to reach the final": a verb before "to" tells what happened, and why
    if (
        ahead
        and not any(map(_a_verb, ahead.group().split()[:-2]))
        and not _PLAIN_VERB.search(ahead.group())
        and not _present_verb_before_to(ahead.group().split()[-3] if len(ahead.group().split()) > 2 else "")
    ) or (
        tense(title) == "future"
    ):
        if plan is None or reading.date.rule != FALLBACK:
            return reading
        return reading._replace(
            date=_inherited(plan, "inherit.lead", "the plan the report opens with (a headline that looks ahead)", 0.5)
        )
    if lead is None:
        return reading
    dated = _inherited(
        lead, "inherit.lead", "the news the report opens with (a headline tells its lead)", 0.5
    )
    return reading._replace(date=dated)


def _present_verb_before_to(word: str) -> bool:
    """ "Hurricane strengthens to Category 3": a verb of the headline present before "to", not a plan's subject
    ("Apple to lower prices") nor an intent ("Apple plans to")."""
    # (a verb in "-s" has the ending of a plural noun: "strengthens", "rises")
    return len(word) > 3 and _plural(word) and word not in _INTENTS_BEFORE_TO


_INTENTS_BEFORE_TO = frozenset(
    ("plans", "hopes", "aims", "wants", "intends", "vows", "pledges", "promises", "threatens", "prepares", "seeks",
     "expects", "agrees", "moves", "looks", "votes", "decides", "offers", "refuses", "needs", "bids", "sets")
)  # fmt: skip


def _year_naming_a_thing(text: str, t: Timex) -> bool:
    """A year before a noun in a headline ("for 2027 Asteroid Encounter", "ahead of 2026 World Cup"): which
    one, not when the headline's news happened."""
    return len(t.text) == 4 and t.text.isdigit() and _NOUN_AFTER_YEAR.match(text, t.span.end) is not None


_NOUN_AFTER_YEAR = re.compile(r" (?!(?:and|or|to|through|until|as|after|before|in|on|at|for|with|from|by)\b)[A-Za-z]")


_COARSE = frozenset({"year", "month"})


def _edition(text: str, t: Timex | None) -> bool:
    """A year that names an edition of an event after its name ("Glastonbury 2025 sells out in 35 minutes",
    "Euro 2024"): which one, not when the headline's news happened."""
    if t is None or len(t.text) != 4 or not t.text.isdigit():
        return False
    before = _EDITION_NAME.search(text, t.span.start - 30 if t.span.start > 30 else 0, t.span.start)
    return before is not None and before["name"].lower() not in MONTHS


_EDITION_NAME = re.compile(
    r"(?<![\w'])(?!(?:In|Since|By|For|From|Of|To|Until|After|Before|Through|During|And|Or|The|A|An|Fiscal|FY|Early|"
    r"Late|Mid|Spring|Summer|Autumn|Fall|Winter|Year|End|Start|Q[1-4]|H[12])\b)(?P<name>[A-Z][\w'-]*) $"
)
"""The capitalised name right before an edition's year (not a preposition or a season of a title's capitals)."""


def _holds(coarse: When, day: When) -> bool:
    """A year or a month that holds a day-like date of the lead."""
    return (
        coarse.granularity in _COARSE
        and not coarse.vague
        and day.granularity in DAYLIKE
        and coarse.start <= day.start
        and day.end <= coarse.end
    )


def _readings(
    article: Article,
    sentence: Sentence,
    timexes: Sequence[Timex],
    history: list[tuple[Sentence, Dated]],
    placed: dict[Timex, offsets.Offset] | None,
    memo: _Memo,
) -> list[Reading]:
    """What one sentence reports and when; records the sentence's date in `history` for the next ones."""
    text = article.text[sentence.span.start : sentence.span.end]
    if not timexes:
        # Most sentences name no date: no dates to read, no reported clause to cut, only context.
        if (
            _fewer_words(text, MIN_WORDS)
            and not sentence.is_title
            # "09:30 - Trains are cancelled.": a live report's entry of a few words still tells its news
            and not (history and history[-1][0].span.start in memo.entries and _short_clause(text))
        ):
            return []
        if " season" in text and _SPORTS_SEASON.search(text):
            # "Arsenal finished second last season": a season of its own, no day of the story
            return [Reading(sentence.span, _fallback(article.published, tense(text)), sentence.span)]
        said = _saying_of_a_quotation(text) if text[0] in _QUOTES else None
        if said is not None:
            # '"This is one of the greatest miscarriages of justice," he told MPs': the saying, not what it
            # says, is what happened, and when
            told = Span(sentence.span.start + said, sentence.span.end)
            return [Reading(sentence.span, _inherit(article, sentence, text[said:], history, memo), told)]
        return [Reading(sentence.span, _inherit(article, sentence, text, history, memo), sentence.span)]
    quotation = text[:1] in _QUOTES
    dating = [
        t
        for t in timexes
        if not _lifespan(article.text, t)
        and not _compares(article.text, t)
        and not _for_a_coming_thing(article.text, t, article.published)
        # '"...," said Sandra Kolber, spokeswoman for the committee appointed last May': the speaker's
        # description has a date of its own, not the saying's
        and not (
            quotation
            and (
                _DESCRIBED_SPEAKER.search(article.text, max(sentence.span.start, t.span.start - 160), t.span.start)
                or len(timexes) == 1
                and _SPEAKER_WHO.search(article.text, max(sentence.span.start, t.span.start - 160), t.span.start)
            )
        )
    ]
    if len(dating) > 1 and ("ally " in text or "iously " in text or "once " in text):
        # "A similar ban, originally set for 2030, was pushed back to 2035": a date given up, beside the one now
        kept = [t for t in dating if not _ORIGINALLY_FOR.search(article.text, max(0, t.span.start - 40), t.span.start)]
        dating = kept or dating
    named = [t for t in dating if not _names_a_thing(article.text, t)]
    if named and len(named) < len(dating):
        # "On Wednesday Apple released the 2011 version of iLife": the year names the version; the
        # happening is Wednesday's. Alone in its sentence, such a year is still the best date there is.
        dating = named
    if len(dating) > 1:
        # "Saturday was the hottest day of the year so far": the day is the news; alone, the year still dates
        within = [t for t in dating if not _record_within(article.text, t)]
        if within:
            dating = within
    ending = _period_ends(article.text, dating) if len(dating) > 1 else {}
    if ending:
        dating = [t for t in dating if t not in ending.values()]
    found = _ranges(
        article.text,
        [
            d
            for d in (
                _from_ending(article.text, t, ending[t]) if t in ending else None
                or (_from_span(article, t) if t.text[:4].lower() == "the " and t.rule == "rel_unit" else None)
                or _from_timex(t)
                or _from_offset(t, placed)
                or _from_span(article, t)
                for t in dating
            )
            if d is not None
        ],
    )
    strong: list[Dated] = []
    weak: list[Dated] = []
    for d in found:
        (weak if _weak(d) else strong).append(d)
    dated = _distinct(strong)[:MAX_DATES_PER_SENTENCE]
    if len(dated) > 1 and not _since(article.text, dated[0]):
        # "stormed the embassy on Thursday, freeing 14 hostages held there since Saturday": what has
        # lasted since a date told after the sentence's own is no happening of that date
        # (but "fell 1.7% on Tuesday and have lost 6% since the start of the month" tells two things)
        first_end = dated[0].timex.span.end if dated[0].timex is not None else sentence.span.start
        dated = [
            d
            for d in dated
            if d is dated[0]
            or not _since(article.text, d)
            or d.timex is not None and " and " in article.text[first_end : d.timex.span.start]
        ]
    words = _word_count(text, timexes)
    if words < MIN_WORDS and not sentence.is_title and not (dated and words >= 2 and _short_clause(text)):
        # A dateline ("October 6, 2011" alone) names the report's day, not a happening to carry on.
        if dated and words > 0:
            history.append((sentence, dated[0]))
        return []
    reported = _reported_clause(article.text, sentence.span, [d.timex for d in dated])
    if reported is not None:
        # "X said that Y happened in 1991": the saying belongs to the story, Y to its own date.
        verb, complement = reported
        alleged = _ALLEGER.search(article.text, max(sentence.span.start, verb.start - 80), verb.start)
        attributed = alleged is not None
        if alleged is not None and complement.start > alleged.start():
            # "funds that prosecutors say he diverted between 2016 and 2021": an allegation keeps who makes it,
            # lest the timeline state it as done
            complement = Span(alleged.start(), complement.end)
        elif article.text[verb.start : verb.end].lower().startswith(_SAYING_ONLY_WITH_THAT):
            # "In a 14-page ruling, Feldstein wrote that the commission erred when it voted on Sept. 8": a finding keeps
            # who found it, lest the timeline state an opinion as done
            writer = _last_comma(article.text, sentence.span.start, verb.start) + 1
            while writer < verb.start and article.text[writer].isspace():
                writer += 1
            complement = Span(max(writer, sentence.span.start), complement.end)
            attributed = True
        context = _inherit(article, sentence, text, history, memo)
        history.append((sentence, context))
        first_date = min(d.timex.span.start for d in dated if d.timex is not None)
        last_date = max(d.timex.span.end for d in dated if d.timex is not None)
        # (an allegation is not split: each thing alleged keeps who alleges it)
        split = " and that " in text and not attributed
        joined = _AND_THAT_CLAUSE.search(article.text, complement.start, first_date) if split else None
        then = _AND_THAT_CLAUSE.search(article.text, last_date, complement.end) if split and joined is None else None
        other_clause = None
        if joined is not None:
            # "says engineers have been on site through the night and that it hopes to restore supplies by 6pm": the
            # date is the second thing said's; the first is said as of the saying
            other_clause = Span(complement.start, joined.start())
            complement = Span(joined.end(), complement.end)
        elif then is not None:
            # "said a letter would go to parents on Friday, and that surgeries would offer extra appointments": the
            # date is the first thing said's; the second is said as of the saying
            other_clause = Span(then.end(), complement.end)
            complement = Span(complement.start, then.start())
        done = _reported_done(article, complement, dated, context)
        if done is not None:
            # "The firm said it had restored supplies by Monday morning": a saying of what was done comes
            # after it, so not on the earlier day the story told before; the report's own day is the guess
            # (a guess the next sentences do not read on from: they go on with the story).
            context = _saying_after(article.published, done)
        first_said = [Reading(sentence.span, context, other_clause, told=other_clause)] if other_clause else []
        return [Reading(sentence.span, context, verb), *first_said, *_spans(article.text, complement, dated, said=True)]
    if dated:

        def main_context(main: str) -> Dated:
            return _inherit(article, sentence, main, history, memo)

        since = (
            (_since_cut(article.text, sentence.span, dated[0]) if " since " in text else None)
            or _subordinate_cut(article.text, sentence.span, dated[0])
            or (
                _after_thing_cut(article.text, sentence.span, dated[0])
                if (" after " in text or " following " in text) and (" has " in text or " have " in text)
                else None
            )
            if len(dated) == 1
            else None
        )
        if since is not None:
            # "It is the 15th strike since the dispute began in the summer of 2022", "The strike will go ahead
            # after talks broke down on Wednesday": the clause after "since" or "after" tells its own thing
            # and when; the main clause takes its date from context
            main = Span(sentence.span.start, since.start)
            # (up to the comma after its date: ", and he insisted ..." is the main clause's again)
            close = _next_comma(article.text, (dated[0].phrase or dated[0].timex.span).end, sentence.span.end)  # type: ignore[union-attr]
            clause = Span(since.end, close if close >= 0 else sentence.span.end)
            readings = [
                Reading(sentence.span, main_context(article.text[main.start : main.end]), main, told=main),
                Reading(sentence.span, dated[0], clause, told=clause),
            ]
            # What follows may go on with it, as after any dated sentence; but only the clause is dated, so
            # only its words are there for a later mention to find ("the strike" is not the dispute's beginning)
            history.append((attrs.evolve(sentence, span=clause), dated[0]))
            return readings
        relative = (
            _dated_relative(article.text, sentence.span, dated[0])
            if len(dated) == 1 and (" who " in text or " that " in text or " which " in text)
            else None
        )
        if relative is not None:
            # "The man who was arrested on Friday has been charged": the relative clause's date is its own; the
            # main clause, read without it, takes its date from context
            clause, left_out, main_tense = relative
            main = article.text[sentence.span.start : left_out.start] + article.text[left_out.end : sentence.span.end]
            readings = [
                Reading(sentence.span, main_context(main), main_tense, left_out),
                Reading(clause, dated[0], clause),
            ]
            history.append((attrs.evolve(sentence, span=clause), dated[0]))
            return readings
        fronted = _fronted(article.text, sentence.span) if _opens_with_participle(text) else None
        if fronted is not None:
            readings = _fronted_readings(article, sentence, dated, fronted, history, main_context)
            if readings:
                return readings
        has_aside = _RELATIVE.search(text) is not None
        if has_aside:
            asides = _only_asides(article, sentence, dated, main_context)
            if asides:
                # Neither the aside's background date nor the main clause's borrowed one is a date the
                # story tells: the next sentences read on from what came before; but a past aside that
                # ends the sentence after a present main clause is what the story goes on with ("... to
                # press for the return of Elian, who was rescued Nov. 25. His mother died at sea.")
                last = asides[-1]
                if (
                    len(asides) == 2
                    and last.span.end >= sentence.span.end - 1
                    and verb_cue(article.text[last.span.start : last.span.end]).startswith("past")
                    and not verb_cue(article.text[asides[0].tense_span.start : asides[0].tense_span.end]).startswith("past")
                ):
                    history.append((sentence, last.date))
                return asides
        told = dated[0]
        if len(dated) > 1 and has_aside:
            # "Costa, who performed the first transplant in 1971, died on Saturday": the story is Saturday's
            told = next((d for d in dated if _aside_parts(article.text, sentence.span, d.timex) is None), told)
        if told.rule not in (offsets.TO_PUBLICATION, offsets.FROM_PUBLICATION) and not (
            quotation and _quoted(article.text, sentence.span.start, told)
        ):
            # "over the past 20 years" dates its own clause; the sentences after it read on from the story; and a
            # day a speaker names inside a quotation ('"We lost last Tuesday," he said') is none of the story's
            history.append((sentence, told))
        return _spans(article.text, sentence.span, dated)
    said = _saying_of_a_quotation(text) if quotation and not weak else None
    if said is not None:
        # a quotation whose only date is its speaker's (`_DESCRIBED_SPEAKER`) is a saying like any other
        told = Span(sentence.span.start + said, sentence.span.end)
        saying = Reading(sentence.span, _inherit(article, sentence, text[said:], history, memo), told)
        return [saying, *_speaker_asides(article, sentence, timexes, dating)]
    context = _inherit(article, sentence, text, history, memo)
    # "... will be available, as Apple has done in the past": a vague past does not date a plan.
    chosen = weak[0] if weak and context.rule == FALLBACK and not _against_tense(weak[0], text) else context
    if (
        weak
        and chosen is context
        and context.when.end < article.published
        and weak[0].timex is not None
        and weak[0].timex.time.value == "PRESENT_REF"
        and tense(text) == "present"
    ):
        # "The fund now holds 15% in cash": what holds now is not of the day the paragraph told before
        chosen = weak[0]
    return [Reading(sentence.span, chosen, sentence.span), *(_speaker_asides(article, sentence, timexes, dating) if quotation else [])]


_ORIGINALLY_FOR = re.compile(
    r"\b(?:originally|initially|previously|once)\s+(?:set|planned|scheduled|due|slated|expected|targeted|pencilled|penciled)"
    r"(?:\s+in)?\s+(?:for|in|on|by|to\s+(?:open|start|begin|end|take\s+effect)(?:\s+in|\s+on|\s+by)?)\s+$",
    re.IGNORECASE,
)
def _quoted(text: str, start: int, dated: Dated) -> bool:
    """Whether the date lies inside a quotation the sentence opens with."""
    if dated.timex is None:
        return False
    before = text[start : dated.timex.span.start]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


_SPEAKER_DESCRIBED = r"[\"\u201d],?\s+(?:said|says|added|told)\s[^\"\u201c\u201d]*,\s"
"""A quotation's close, its reporting verb and speaker, and the comma a description of the speaker opens with."""
_DESCRIBED_SPEAKER = re.compile(_SPEAKER_DESCRIBED + r"[^,]*\b[a-z]+ed\s(?:[\w'-]+\s){0,3}$")
"""The description of the speaker after a quotation, up to a participle and the date it governs."""


def _speaker_asides(article: Article, sentence: Sentence, timexes: Sequence[Timex], dating: Sequence[Timex]) -> list[Reading]:
    """The "who" aside about a quotation's speaker with the sentence's only date, as an event of its own ('said analyst
    Alex Paterson, who cut his target price on Tuesday' -> 'Alex Paterson cut his target price' on Tuesday)."""
    if dating or len(timexes) != 1:
        return []
    dated = _from_timex(timexes[0])
    parts = _aside_parts(article.text, sentence.span, timexes[0]) if dated is not None and not dated.when.vague else None
    if parts is None or dated is None:
        return []
    aside = Span(parts[0], parts[2])
    return [Reading(aside, dated, aside)]


_SPEAKER_WHO = re.compile(_SPEAKER_DESCRIBED + r"who\s[^,\"\u201c\u201d]*$")
"""A "who" clause about the speaker after a quotation, up to a date in it ('said Elena Ruiz, 58, who saw her first
movie there in 1974'): alone in the sentence, the date is the description's, not the saying's."""


_ALLEGER = re.compile(
    r"\b(?:(?:the|state|federal|a)\s+)?(?:prosecutors?|prosecution|police|investigators|detectives|indictment|"
    r"complaint|lawsuit|plaintiffs?|accusers?|court\s+(?:documents|papers|filings)|charging\s+documents)"
    r"(?:,\s+[^,]{1,40},)?\s+$",
    re.IGNORECASE,
)
"""Who makes an allegation, just before the reporting verb ("prosecutors say", "the indictment says", "the
prosecutor, Gareth Lloyd, told the court")."""


def _saying_of_a_quotation(text: str) -> int | None:
    """Where the attribution of a sentence that is a quotation starts ('"We will win," she said.'), when it
    follows the closing quote and ends the sentence."""
    tail = text[-60:]
    if not (_may_end_with_attribution(text) or " said " in tail or " says " in tail or " added " in tail):
        return None
    found = _QUOTATION_SAID.search(text, max(0, len(text) - 90))
    return None if found is None else found.start("at")


_QUOTATION_SAID = re.compile(
    r"[\"\u201d'],?\s+(?P<at>(?:[\w.'-]+\s+){1,6}?(?:"
    + "|".join(_ATTRIBUTION_VERBS)
    + r"|told\s+[\w-]+)(?:\s+(?:on|at|in|during|after|before|to)\s+(?:[\w.'-]+\s+){0,4}?[\w.'-]+)?"
    r"|(?:said|says|added)\s+(?:[\w.'-]+\s+){0,5}?[\w.'-]+)\.?\s*$"
)
"""The attribution after a quotation's closing quote, to the end: '," the minister told reporters.', '," said
the coach.'"""


def _event(
    article: Article,
    sentence: Sentence,
    reading: Reading,
    actors: Callable[[str], tuple[str, ...]] | None,
    seq: int,
) -> Event:
    span, date = reading.span, reading.date
    quote = article.text[span.start : span.end]
    tense_span = reading.tense_span
    judged = quote if tense_span is span else article.text[tense_span.start : tense_span.end]
    kind = _kind(judged, date, article.published, _since(article.text, date))
    if kind is not Kind.OCCURRED and date.timex is not None and date.when.end <= article.published:
        kind = _saying_kind(article.text, reading, kind)
    when, explanation = date.when, date.explanation
    if kind is Kind.OCCURRED and when.start <= article.published < when.end:
        # "has filed a lawsuit this week": what has happened lies in the part of the span up to
        # publication (the value keeps naming the whole week).
        when = attrs.evolve(when, end=article.published)
        explanation += f"; it has happened, so by publication ({_describe(when)})"
    elif kind is Kind.PLANNED and when.start < article.published < when.end:
        # "will visit Paris this week", "expected later this month": what is to come lies in the part
        # of the span from publication on
        when = attrs.evolve(when, start=article.published)
        explanation += f"; it is still to come, so from publication ({_describe(when)})"
    # Both made with their fields in order, not by name: keyword arguments to the generated __init__ are
    # gathered into a dict and matched to its parameters one by one, which cost a quarter of making them.
    source = _SOURCE(article.id, article.path, sentence.line, span.start, span.end, quote, article.published, when)
    return _EVENT(
        _event_id(article.id, span, date.when.value),  # id
        when,
        kind,
        _headline(article.text, reading),  # headline
        quote,
        (source,),  # sources
        date.rule,
        explanation,
        date.confidence,
        date.timex,
        actors(quote) if actors else (),  # actors
        False,  # disputed: only merging finds reports that disagree
        seq,
    )


def _saying_kind(text: str, reading: Reading, kind: Kind) -> Kind:
    """Occurred when the reading's date is a saying's at the end of what it reports ("Drivers will walk out on
    Tuesday, the union announced on Friday", read for Friday): its headline is the saying, which is done."""
    told = reading.told or reading.span
    phrase = reading.date.phrase or reading.date.timex.span  # type: ignore[union-attr]
    if not told.start <= phrase.start < phrase.end <= told.end:
        return kind
    saying = _dated_saying(text[told.start : told.end], phrase.start - told.start, phrase.end - told.start)
    return kind if saying is None else Kind.OCCURRED


_SOURCE = positional_maker(Source)
_EVENT = positional_maker(Event)
_WHEN = positional_maker(When)
_DATED = positional_maker(Dated)
"""`Source`, `Event`, `When` and `Dated` made with every field in order, set through their slots
(`positional_maker`)."""


def _headline(text: str, reading: Reading) -> str:
    span, date, aside, subject = reading.told or reading.span, reading.date, reading.aside, reading.subject
    phrase = date.phrase or (date.timex.span if date.timex else None)
    if aside is not None and phrase is not None and phrase.start < aside.end and aside.start < phrase.end:
        aside = None
    if aside is None and subject is None:
        return headline(text[span.start : span.end], phrase, span.start)
    # The headline's words are pieces of the text: the shared subject, then the clause without its aside.
    pieces = [span] if aside is None else [Span(span.start, aside.start), Span(aside.end, span.end)]
    quote = "".join(text[p.start : p.end] for p in pieces)
    shift = 0
    if subject is not None:
        who = text[subject.start : subject.end]
        told = quote.lstrip(_QUOTES + " ")
        if span.end <= subject.start and _opens_with_participle(told):
            # "Born in Porto" told of "she": "she was born in Porto"
            be = "were" if who.lower() in ("they", "we") or _plural(who.split()[-1]) else "was"
            told = f"{be} {told[:1].lower()}{told[1:]}"
        quote = f"{who} {told}"
        shift = len(quote) - sum(p.end - p.start for p in pieces)
    if phrase is not None:
        at = shift
        for piece in pieces:
            if piece.start <= phrase.start < piece.end:
                phrase = Span(at + phrase.start - piece.start, at + phrase.end - piece.start)
                break
            at += piece.end - piece.start
        else:
            phrase = None
    return headline(quote, phrase, 0)


REPORTING = re.compile(
    r"\b(?:said|says|say|announced|announces|claims?|claimed|stated|states|told|reported|reports|confirmed|"
    r"confirms|denied|denies|noted|notes|added|adds|argued|argues|explained|insisted|insists|warned|warns|"
    r"revealed|disclosed|predicted|predicts|estimated|estimates|wrote|writes|concluded|testified|"
    r"acknowledged|admitted)\b(?:\s+that\b)?,?",
    re.IGNORECASE,
)
_SAYING_ONLY_WITH_THAT = ("wrote", "writes", "concluded", "testified", "acknowledged", "admitted")
"""Reporting verbs that tell a saying only before "that" ("the judge wrote that ...")."""
_NOT_A_SAYING_BEFORE = re.compile(
    r"\b(?:was|were|is|are|been|be|being|the|a|an|its|his|her|their)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
"""Before a reporting verb that is no saying: a passive ("was announced") or an adjective ("the recently
announced iPhone")."""
MIN_COMPLEMENT_WORDS = 3
"""Words between the reporting verb and the date: "said on Tuesday" dates the saying itself."""


_AND_THAT_CLAUSE = re.compile(r",?\s+and\s+that\s+")
"""A second thing said, joined to the first ("says A and that B")."""


def _reported_clause(text: str, sentence: Span, timexes: Sequence[Timex | None]) -> tuple[Span, Span] | None:
    """The reporting verb and the reported clause of "X said (that) ..." when the dates lie inside the clause."""
    starts = [t.span.start for t in timexes if t is not None]
    if not starts:
        return None
    first = min(starts)
    verb = None
    # The last verb that is a saying; most sentences have none before their first date at all.
    for at in reversed(_reporting_verbs(text, sentence.start, first)):
        # "Lion was announced at an event months ago": the happening, not a saying; nor is the
        # "earlier-announced goal" one.
        if (
            text[at - 1 : at] != "-"
            and not _NOT_A_SAYING_BEFORE.search(text, max(sentence.start, at - 16), at)
            and not _in_closed_aside(text, sentence, at, first)
            # '"The French want action," Attal said in his first speech on Tuesday', '"...," said Dr Anand at a
            # briefing on Thursday': what was said is the quotation before the verb; the words after it tell
            # where and when it was said
            and not _QUOTED_BEFORE.search(text, max(sentence.start, at - 64), at)
        ):
            found = _REPORTING_BY_LETTERS.match(text, at, first)
            if found is not None and found.group().lower().startswith(_SAYING_ONLY_WITH_THAT) and not found.group().rstrip(
                ","
            ).lower().endswith("that"):
                continue  # "ruled out a run in 2028", "wrote a letter in March": the verb's object, no saying
            if found is not None and not _a_noun(text, sentence, found) and not _participle_in_place(text, found, first):
                verb = found
                break
    if verb is None or _fewer_words(text[verb.end() : first], MIN_COMPLEMENT_WORDS):
        return None
    if _TRAILING_SPEAKER.search(text, max(sentence.start, verb.start() - 48), verb.start()) and _CIRCUMSTANCE.match(
        text, verb.end()
    ):
        # "..., the Bank said in a statement released at noon": an attribution after what was said, and where and
        # when it was said
        return None
    if verb.group().lower().startswith(_TAKING_OBJECTS) and not verb.group().rstrip(",").lower().endswith("that"):
        between = _WORD.findall(text, verb.end(), first)
        if not _infinitive_in(between) and not any(map(_a_verb, between)):
            # "reported 14 new cases on Wednesday": what was reported is a thing, the day the report's
            # (not "announced plans to cut jobs by year end", whose day is the cutting's)
            return None
        verb_at = next((i for i, w in enumerate(between) if _a_verb(w)), None)
        if verb_at and between[verb_at - 1].lower() in ("and", "but", "or") and not _infinitive_in(between[:verb_at]):
            # "denies the charges and was released on bail in November": the thing denied, then a verb of the
            # same subject joined on
            return None
    if _COLON_QUOTING.match(text, _end_of_first(timexes, first)) and _OWN_DAY_BEFORE_THAT.match(text, verb.end(), first):
        return None  # 'told BBC Radio Bristol on Friday: "This is a complex fire"': the day is the telling's
    if _OWN_DAY_BEFORE_THAT.match(text, verb.end(), first) and " that " in text[first : sentence.end]:
        dating = next((t for t in timexes if t is not None and t.span.start == first), None)
        if dating is not None and (
            _names_a_day_or_time(dating)
            or _THAT_NEXT.match(text, dating.span.end) is not None
            and not any(w.lower() in _OPENS_A_CLAUSE_WORDS or _a_verb(w) for w in _WORD.findall(text, verb.end(), first))
        ):
            # "told supporters in the capital late on Sunday that ...", "warned in a report last year that
            # ...": the date is the telling's own (not "said it expects sales in the current year that are")
            return None
    if _ASIDE_BEFORE.search(text, max(sentence.start, verb.start() - 24), verb.start()) and (
        verb.group().endswith(",") or text.startswith(",", verb.end())
    ):
        # "This switch, he said, would happen next year": what was said is the whole sentence.
        return Span(verb.start(), verb.end()), sentence
    start = verb.end()
    while start < sentence.end and text[start] in " ,\"'\u201c":
        start += 1
    if verb.group().lower().startswith(_TELLING) and _TOLD_TO.match(text, start, first):
        return None  # "has told passengers not to travel north of York today": an instruction, said when it applies
    told = (
        _TOLD_WHOM.match(text, start, sentence.end)
        if verb.group().lower().startswith(_TELLING)
        else _SAID_WHERE.match(text, start, sentence.end)
    )
    if told is not None and not any(map(_a_verb, told["whom"].split())):
        # "told the jury that Miller accepted ...", "said on a conference call that she expected ...": what
        # was said starts after "that"
        start = told.end()
    return (Span(verb.start(), verb.end()), Span(start, sentence.end)) if start < sentence.end else None


_TRAILING_SPEAKER = re.compile(r",\s+(?:[\w.'\u2019-]+\s+){1,5}$")
_CIRCUMSTANCE = re.compile(r",?\s+(?:in|at|on|during|after|before|via|through|late|early|earlier|later)\s", re.IGNORECASE)
_QUOTED_BEFORE = re.compile(r"[,.!?][\"\u201d']\s+(?:[\w.'\u2019-]+,?\s+){0,8}$")
"""A quotation closed just before the reporting verb, with its speaker between ('," Harlow manager Simon
Achterberg said', '," Yvette Lamarre, the lead investigator, told'): what was said is the quotation."""
_THAT_NEXT = re.compile(r",?\s+that\s")
_OPENS_A_CLAUSE_WORDS = frozenset({"to", "it", "he", "she", "they", "we", "i", "you"})


def _in_closed_aside(text: str, sentence: Span, at: int, first: int) -> bool:
    """ "The governor, who had said the dam was safe, resigned on Wednesday": a saying in an aside that
    closes before the date says nothing of the date."""
    if ", wh" not in text[sentence.start : at]:
        return False
    closed = _aside_closing(text, at, sentence.start)
    return closed is not None and closed < first


_COLON_QUOTING = re.compile(r":\s*[\"\u201c]")


def _end_of_first(timexes: Sequence[Timex | None], first: int) -> int:
    """Where the expression that starts at `first` ends."""
    return next(t.span.end for t in timexes if t is not None and t.span.start == first)


_OWN_DAY_BEFORE_THAT = re.compile(
    r"(?:\s+(?!(?:that|who|which|when|after|before|was|were|had|is|are|has|have|would|will|could|should|may|"
    r"might|must|can|does|did|do)\b)[\w'\u2019.-]+){0,8}?"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)
"""The words a saying's hearer and its own day leave between the verb and the day ("told supporters in the
capital late on Sunday"); `_reported_clause` asks for the "that" after the day."""
_TAKING_OBJECTS = ("reported", "reports", "announced", "announces", "confirmed", "confirms", "revealed", "disclosed",
                   "denied", "denies", "estimated", "estimates", "predicted", "predicts", "added", "adds")  # fmt: skip
"""Reporting verbs that take a thing as readily as a clause ("reported 14 new cases", "announced a merger",
"added 38 billion dollars")."""


def _infinitive_in(words: Sequence[str]) -> bool:
    """A "to" before a verb ("plans to cut"), not before a noun phrase ("added $38bn to the markets")."""
    for i, word in enumerate(words):
        if word == "to":
            after = words[i + 1] if i + 1 < len(words) else ""
            if not after or not (after.lower() in _DETERMINERS or after[0].isupper() or after[0].isdigit()):
                return True
    return False


def _names_a_day_or_time(t: Timex) -> bool:
    """A time expression of a calendar day, perhaps with a time or a part of it ("Sunday", "late on Sunday")."""
    covered = timex_engine.interval(t.time)
    return covered is not None and covered[2] in DAYLIKE


_TELLING = ("told", "tells", "warned", "warns")
"""Reporting verbs with a hearer before what is reported ("told reporters that ...")."""
_TOLD_TO = re.compile(r"(?:[\w.'\u2019-]+\s+){1,4}?(?:not\s+)?to\s+[a-z]+\b")
"""A hearer told to do something ("told passengers not to travel"), up to the verb."""
_TOLD_WHOM = re.compile(r"(?P<whom>(?:[\w.'\u2019-]+\s+){1,5}?)that\s+")
_PLACE_AFTER = re.compile(r"\s+(?:in|at|from|across|outside|near)\s+[A-Z]")


def _participle_in_place(text: str, verb: re.Match[str], first: int) -> bool:
    """ "with long queues reported in Philadelphia before polls opened": an "-ed" reporting word followed by a
    place and no "that" describes the noun before it; it says nothing."""
    word = verb.group().rstrip(", ")
    return (
        word.endswith("ed")
        and _PLACE_AFTER.match(text, verb.end() - (len(verb.group()) - len(word)), first) is not None
        and " that " not in text[verb.end() : first]
    )


_SAID_WHERE = re.compile(
    r"(?P<whom>(?:on|in|at|during|to|before|after|from|with|via)\s+(?:[\w.'\u2019-]+\s+){1,5}?)that\s+",
    re.IGNORECASE,
)
"""Where a saying was made, between it and its "that" ("said on a conference call that ...")."""


_ALSO_NOUNS = frozenset({"states", "notes", "claims", "reports", "estimates"})
"""Reporting verbs that are as often plural nouns ("the member states", "the two reports")."""


def _a_noun(text: str, sentence: Span, match: re.Match[str]) -> bool:
    """A reporting verb's letters used as a noun: a capital inside the sentence ("the United States"), or
    a plural noun's form without the "that" a saying would bring ("the two states, which ...")."""
    word = match.group().split(None, 1)[0].rstrip(",")
    if word[:1].isupper() and match.start() > sentence.start:
        return True
    return word.lower() in _ALSO_NOUNS and not match.group().rstrip(",").endswith("that")


_ASIDE_BEFORE = re.compile(r",\s+(?:he|she|they|it|we|I|[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,2})\s+$")
"""A reporting verb set off as an aside: ", he said," inside what was said."""


_NEW_CLAUSE = re.compile(r"(?:,\s+|\s+)(?:and|but)\s+(?=(?:it|he|she|they|we|its|their)\s)")
"""Where "and" or "but" joins a clause with a subject of its own ("... since the early hours and it hopes to")."""


def _clause_of_the_date(text: str, within: Span, d: Dated) -> Span:
    """The words whose tense tells the kind of a sentence's only date: the clause it is in when "and" or "but"
    joins that clause, with its own subject and verb, to one before ("Engineers have been working since the early
    hours and it hopes to restore supplies by 8pm": a hope, not what has been done); else all of `within`."""
    if d.timex is None or (
        text.find(" and ", within.start, d.timex.span.start) < 0 and text.find(" but ", within.start, d.timex.span.start) < 0
    ):
        return within
    joins = list(_NEW_CLAUSE.finditer(text, within.start, d.timex.span.start))
    if not joins or not verb_cue(text[joins[-1].end() : within.end]):
        return within
    return Span(joins[-1].end(), within.end)


def _spans(text: str, within: Span, dated: Sequence[Dated], said: bool = False) -> list[Reading]:
    """Each date with the stretch of text it dates: all of `within`, or its clause when there are several
    (`said`: `within` is what a saying reports, which the saying's event tells)."""
    if len(dated) == 1:
        parts = _aside_parts(text, within, dated[0].timex) if said and text.find(", wh", within.start, within.end) >= 0 else None
        if parts is not None and _closing_aside_of_another_time(text, parts[1], parts[2], within):
            # "He said shoppers were spending carefully ahead of the holiday season, which starts on Nov. 24":
            # the aside's date is its own; what was said is the saying's
            aside = Span(parts[0], parts[2])
            return [Reading(aside, dated[0], aside)]
        return [Reading(within, dated[0], _clause_of_the_date(text, within, dated[0]))]
    joined = {c for a, b in itertools.pairwise(dated) if (c := _joined_clause(text, within, a, b)) is not None}
    joined.update(c for a, b in itertools.pairwise(dated) for c in _subordinate_clause(text, within, a, b))
    cuts = sorted({c for d in dated[1:] if (c := _date_cut(text, within, d)) is not None} | joined)
    shared = dict(
        found
        for a, b in itertools.pairwise(dated)
        if (found := _shared_subject(text, within, a, b) or _gapped(text, within, a, b)) is not None
    )
    clause_cuts = _cuts(text, within, sorted(set(cuts) | shared.keys()))
    parts = [_aside_parts(text, within, d.timex) for d in dated]
    # An aside dates itself only beside a date of the main clause's ("..., resigned on Monday"), which may
    # be in the words the aside is about ("Net bookings for the third quarter, which ended on December 31,")
    asides = [
        Span(p[0], p[2]) if p is not None and any(o.timex and not p[1] <= o.timex.span.start < p[2] for o in dated) else None
        for p in parts
    ]
    readings = []
    for i, (d, aside) in enumerate(zip(dated, asides, strict=True)):
        thing = _thing_of_a_later_date(text, dated[i - 1], d) if i and aside is None else None
        if thing is not None:
            # "was found guilty on Friday of the manslaughter of three patients between 2019 and 2021": the
            # later date is the thing's, the verdict the first date's
            readings.append(Reading(within, d, thing, told=thing))
            continue
        clause = (
            aside
            or (
                _restrictive(text, within, d, dated)
                if d.timex is not None and text.find(" wh", within.start, d.timex.span.start) >= 0
                else None
            )
            or _clause(text, within, d.timex, clause_cuts, shared.keys() | joined if joined else shared.keys())
        )
        if aside is None and any(
            a is not None and (a.start < clause.start < a.end or d.timex is not None and a.start <= d.timex.span.start < a.end)
            for a in asides
        ):
            # "Apple, which was founded in 1976, unveiled a phone on Monday": the main clause is all of it
            clause = within
        # ... and its headline goes without the aside, which is an event of its own
        inner = (
            next((a for a in asides if a is not None and clause.start <= a.start and a.end <= clause.end), None)
            if aside is None
            else None
        )
        words = _aside_words(text, inner, within) if inner is not None else None
        if shared and clause != within and not aside:
            # verb phrases sharing a subject: the quote is the sentence, the headline its clause
            readings.append(Reading(within, d, clause, words, shared.get(clause.start), clause))
        else:
            readings.append(Reading(clause, d, _after_that(text, clause, dated[i - 1] if i else None, d), words))
    return readings


def _after_that(text: str, clause: Span, before: Dated | None, d: Dated) -> Span:
    """The words whose tense tells a date's kind: its clause, or the part of it after a "that" told since the
    date before ("said on Monday that she would not seek a pay rise this year": the plan, not the saying)."""
    if before is None or before.timex is None or d.timex is None or before.timex.span.end < clause.start:
        return clause
    that = text.find(" that ", before.timex.span.end, d.timex.span.start)
    return clause if that < 0 else Span(that + 6, clause.end)


_THING_AFTER_DATE = re.compile(
    r"\s+(?:of|for|with|over)\s+(?P<thing>(?:the|a|an|his|her|its|their)\s+[^,;:()\"\u201c\u201d]+?)\s*$"
)


def _thing_of_a_later_date(text: str, before: Dated, d: Dated) -> Span | None:
    """The noun phrase a date belongs to when it follows the verb's own date and a preposition ("convicted on
    Friday of the murder of a man in 2019", "jailed on Monday for a robbery in 2020"): from its determiner to
    the date's end; None when a verb of its own comes between (a clause, not a thing)."""
    if before.timex is None or d.timex is None:
        return None
    first, phrase = before.phrase or before.timex.span, d.phrase or d.timex.span
    if not first.end <= phrase.start <= first.end + 120:
        return None
    found = _THING_AFTER_DATE.match(text, first.end, phrase.start)
    if found is None or _finite_verb_in(text, found.start("thing"), phrase.start):
        return None
    if len(found["thing"].split()) > 12:
        return None
    return Span(found.start("thing"), phrase.end)


_WORD = re.compile(r"[\w'\u2019.-]+")
SUBJECT_WORDS = 6
"""The most words read as the subject two verb phrases share."""


def _shared_subject(text: str, within: Span, first: Dated, second: Dated) -> tuple[int, Span] | None:
    """Where "and" opens a second dated verb phrase with the subject of the first ("Costa was awarded the
    Order in 1985 and received a doctorate in 2001", "Shares rose in March and fell in April"): the cut
    before its verb, and the subject's span."""
    if first.timex is None or second.timex is None:
        return None
    first_phrase, second_phrase = first.phrase or first.timex.span, second.phrase or second.timex.span
    joins = list(_JOIN.finditer(text, first_phrase.end, second_phrase.start))
    if not joins:
        return None
    join = joins[-1]
    word = join.group(1)
    # ("The race reaches the Alps on Sunday and concludes in Paris on July 24": a timetable's present, as a past)
    timetable = word in _TIMETABLE_3SG
    if not (timetable or _AUXILIARY.fullmatch(word) or word in _PAST_FORMS or (word.endswith("ed") and word not in _NOT_VERBS)):
        return None  # "... and could last until Christmas", "... and received a doctorate": a verb group
    asides = text.find(", wh", within.start, first_phrase.start) >= 0
    # "His team said on Wednesday that he would start Thursday's stage but would be assessed the following
    # morning": the subject both verbs share is the one of the clause "that" opens
    opens = text.rfind(" that ", within.start, first_phrase.start)
    lo = opens + 6 if opens >= 0 and _SUBJECT_AFTER_THAT.match(text, opens + 6) else within.start
    verb = next(
        (
            w
            for w in _WORD.finditer(text, lo, first_phrase.start)
            # "an uncrewed test flight": no verb after a determiner
            if (_a_verb(w.group()) or timetable and w.group() in _TIMETABLE_3SG)
            and not text[w.start() - 4 : w.start()].lower().endswith((" an ", " a ", "the "))
            # "The embankment, which housed a navigation aid, was built ...": nor one of an aside
            and (asides is False or _aside_closing(text, w.start(), within.start) is None)
        ),
        None,
    )
    if verb is None:
        return None
    start = max(lo, _last_comma(text, lo, verb.start()) + 1)
    subject = text[start : verb.start()].strip(_QUOTES + " ")
    if not subject and start > within.start:
        # "Artemis I, an uncrewed test flight, launched ...": the noun the apposition is about
        opening = _last_comma(text, within.start, start - 1)
        if opening < 0:
            return None
        start = max(within.start, _last_comma(text, within.start, opening) + 1)
        subject = text[start:opening].strip(_QUOTES + " ")
    words = subject.lower().split()
    if len(words) > SUBJECT_WORDS and " of " in subject and words[0] in _DETERMINERS:
        # "The trial of a former French interior minister accused of ...": the noun the "of" phrase is about
        subject = subject[: subject.index(" of ")]
        words = subject.lower().split()
    if (
        not words
        or len(words) > SUBJECT_WORDS
        or words[0] in _NOT_SUBJECT_START
        # "It should be mentioned that ...", but not before a saying of the subject's ("It repeated its hope that
        # most would be reconnected by tonight but warned that ...")
        or word not in _SAYINGS_JOINED and _FRAME_BEFORE_DATE.search(text, verb.end(), first_phrase.start)
    ):
        return None
    while len(words) > 1 and words[-1] in _SUBJECT_ADVERBS:
        # "Samsung first showed a folding screen in 2013 but did not sell ...": the adverb is the first verb's
        words.pop()
        subject = subject[: subject.rstrip().rfind(" ")].rstrip()
    start = text.index(subject, start)
    end = start + len(subject)
    if verb.group().lower() in _BE_PAST and not _AUXILIARY.fullmatch(word) and _passive_again(text, join.end(1), second_phrase.start):
        # "The festival was cancelled in 2020 and held in July the following year": "was" goes with both
        end = verb.end()
    return join.start(1), Span(start, end)


_TIMETABLE_3SG = frozenset(w for w in TIMETABLE_VERBS if w.endswith("s") and w not in ("plays", "faces", "heads", "leaves", "returns", "visits", "travels", "hosts", "meets", "airs", "debuts", "premieres"))
"""A timetable's verbs in the singular present that are not nouns as often ("reaches", "concludes", "opens")."""
_SAYINGS_JOINED = frozenset({"warned", "said", "added", "insisted", "noted", "cautioned", "stressed", "admitted", "conceded"})
"""Sayings after "and" or "but" whose subject is the sentence's, whatever clause came between."""
_BE_PAST = frozenset({"was", "were", "is", "are"})
_AFTER_PARTICIPLE = re.compile(
    rf"\s*(?:(?:{'|'.join(PREPOSITIONS)}|with|into|under|as)\b|\w+ly\b|\d|(?:two|three|four|five|six|seven|eight|nine|ten|several)\b"
    r"|again\b|$)",
    re.IGNORECASE,
)


def _passive_again(text: str, end: int, limit: int) -> bool:
    """Whether the participle ending at `end` is passive, as the first verb group was: what follows it is a
    preposition, an adverb or a date ("held in July", "re-elected four years later"), not an object
    ("received a doctorate", "resumed trading")."""
    return _AFTER_PARTICIPLE.match(text, end, max(limit, end)) is not None


_SUBJECT_ADVERBS = frozenset({
    "first", "also", "then", "later", "only", "just", "still", "already", "never", "once", "quickly", "initially",
    "finally", "recently", "previously", "originally", "eventually", "briefly",
})  # fmt: skip


_GAP = re.compile(r",?\s+and\s+(?P<y>[^,;:()\"\u201c\u201d]+?)\s*")
_AGAIN = frozenset({"again", "also", "too", "later", "then", "once", "more", "twice"})
"""Words after "and" that stand for no words before the first date, but for all of them."""
GAP_WORDS = 4
"""The most words that stand, after "and", for those before the first of two dates."""


def _gapped(text: str, within: Span, first: Dated, second: Dated) -> tuple[int, Span] | None:
    """Where the words after "and" stand for as many before the first date, after the same head ("She won
    gold in 2012 and silver in 2016", "opened plants in Ohio in 2018 and in Texas in 2021"): the cut before
    them, and the head's span ("She won": "She won silver")."""
    if first.timex is None or second.timex is None:
        return None
    first_phrase, second_phrase = first.phrase or first.timex.span, second.phrase or second.timex.span
    gap = _GAP.fullmatch(text, first_phrase.end, second_phrase.start)
    if gap is None:
        return None
    said = _WORD.findall(gap["y"])
    if not 0 < len(said) <= GAP_WORDS or any(map(_a_verb, said)):
        return None  # "and fell in April", "and elections are due on ...": clauses of their own
    after = text.find(",", second_phrase.end, within.end)
    if any(map(_a_verb, _WORD.findall(text[second_phrase.end : after if after >= 0 else within.end]))):
        return None  # "in 1976, and in 1984 the first Macintosh was released": a clause after the date
    before = list(_WORD.finditer(text, within.start, first_phrase.start))
    # both dates' prepositions ("in March and again in June") are words of each side
    last_said = said[-1].lower()
    first_bare = bool(before) and last_said in PREPOSITIONS and before[-1].group().lower() not in PREPOSITIONS
    same_preposition = before and last_said in PREPOSITIONS and before[-1].group().lower() == last_said
    if (same_preposition or first_bare) and all(w.lower() in _AGAIN for w in said[:-1]):
        # "cut rates in March and again in June", "won elections in 2015 and in 2019", "raised rates last
        # year and again in March": the whole of what came before the first date, (again)
        head = _head_before(text, within, before[-1].start() if same_preposition else first_phrase.start)
        return None if head is None else (gap.start("y"), head)
    if first_bare:
        said = said[:-1]  # "lost $31bn last year and $6bn in the first quarter": the first date has none
    elif before and last_said not in PREPOSITIONS and before[-1].group().lower() in PREPOSITIONS:
        before = before[:-1]  # "opened in London in April 2018 and on Broadway the next year": the second has none
    if len(before) <= len(said):
        return None
    at = len(before) - len(said)
    if said[0].lower() in _DETERMINERS:
        # "reach the Lesser Antilles on Friday and the Bahamas by Sunday": a noun phrase stands for the
        # one its determiner opens, however many words each has
        at = next(
            (i for i in range(len(before) - 1, max(0, len(before) - GAP_WORDS - 2), -1)
             if before[i].group().lower() in _DETERMINERS),
            at,
        )  # fmt: skip
    if before[at].group().lower() == "to" and said[0].lower() != "to" and at + 1 < len(before):
        at += 1  # "expected to break ground by June and finish the tower in 2025": both verbs take the "to"
    stood_for = before[at]
    # a preposition stands for one ("in Ohio ... and in Texas", "in London ... and on Broadway"), other words
    # for words of no verb
    first_word = stood_for.group().lower()
    same_kind = (first_word in PREPOSITIONS) == (said[0].lower() in PREPOSITIONS)
    # ("plans to open a plant in 2024 and hire 500 workers in 2025": an infinitive's verb stands for one)
    infinitive = at > 0 and before[at - 1].group().lower() == "to" and first_word not in PREPOSITIONS
    if not same_kind or any(_a_verb(w.group()) for w in before[at + infinitive :]):
        return None
    head = _head_before(text, within, stood_for.start() - (text[stood_for.start() - 1] in "$£€¥"), bare_preposition=True)
    return None if head is None else (gap.start("y"), head)


def _head_before(text: str, within: Span, end: int, bare_preposition: bool = False) -> Span | None:
    """The words since the last comma before `end` that a gapped conjunct shares ("She won" before "gold in
    2012"): they hold a verb, or end with an infinitive's "to", or (`bare_preposition`) are only a preposition
    ("after" before "Storm Agnes")."""
    start = max(within.start, _last_comma(text, within.start, end) + 1)
    head = text[start:end].strip(_QUOTES + " ")
    if not head or not (
        any(map(_a_verb, head.split()))
        or bare_preposition and head.lower() in PREPOSITIONS
        # "The firm plans to" before "open a plant": a verb takes the infinitive
        or head.endswith(" to") and len(head.split()) >= 3
    ):
        return None
    start = text.index(head, start)
    return Span(start, start + len(head))


_NOT_VERBS = frozenset({"need", "speed", "indeed", "hundred", "red", "bed", "united", "based", "related"})
_NOT_SUBJECT_START = frozenset({*PREPOSITIONS, "according", "and", "but", "then", "so", "also", "when", "as", "while"})
"""First words of a phrase before a verb that is no subject ("According to sources quoted by ...")."""
_FRAME_BEFORE_DATE = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.IGNORECASE)


def _aside_words(text: str, aside: Span, within: Span) -> Span | None:
    """The words of an aside (from its opening comma to and with its closing one) in the aside's `Span`
    from `_aside`, which starts at the words it is about."""
    comma = _last_comma(text, aside.start, aside.end)
    while comma > aside.start and not _RELATIVE.match(text, comma):
        comma = _last_comma(text, aside.start, comma)
    if comma <= aside.start:
        return None
    return Span(comma, aside.end + 1 if aside.end < within.end and text[aside.end] == "," else aside.end)


PARTICIPLES = ("born", "founded", "established", "elected", "appointed", "named", "filed", "passed", "signed",
               "built", "opened", "launched", "released", "published", "formed", "created", "introduced",
               "adopted", "enacted", "approved", "written", "completed", "acquired", "bought", "sold", "reached",
               "announced", "issued", "held", "imposed", "unveiled", "captured", "arrested", "discovered",
               "recorded")  # fmt: skip
"""Past participles that open a dated aside as "who"/"which" do ("Jobs, born in 1955, built ...")."""
_PARTICIPLE_THEN = (
    r"(?:in|on|by|at|as|to|from|during|after|before|under|last|this|earlier|late|early|some|about|nearly|\d)\b"
)
"""What follows a participle opening an aside ("born in", "founded by"); "elected officials" is no aside."""
_ASIDE_ADVERB = r"(?:(?:first|originally|initially|previously|also|jointly|officially) )?"
"""An adverb before the participle of an aside (", first announced in January 2022,")."""
_PLAN_OR_RANK = (
    r"(?:(?:due|scheduled|set|slated)\s+to\s+[a-z]+|(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|runner-up|winner|champion)(?!\s+of\s+(?:which|whom|them|those|these|the)\b))"
)
"""What an apposition with no verb opens with: a plan for the subject, or a rank it held."""
_RELATIVE = re.compile(
    rf",\s+(?:who\s|whose\s|which\s|(?={_ASIDE_ADVERB}(?:{'|'.join(PARTICIPLES)})\s+{_PARTICIPLE_THEN})"
    # "Apple Intelligence, a set of AI features released on Monday in the US,": an apposition with its participle
    rf"|(?=an?\s+(?:[\w-]+\s+){{1,5}}?(?:{'|'.join(PARTICIPLES)})\s+{_PARTICIPLE_THEN})"
    # "The festival's final day, due to take place on Sunday, has been cancelled": a plan told of the subject;
    # "Jonas Vingegaard, second overall last year, had to change bikes": a rank the subject held
    rf"|(?={_PLAN_OR_RANK}\s))"
)
_HAPPENING = re.compile(r"(?:took place|happened|occurred|came)\b")
ANTECEDENT_WORDS = 6
"""The most words before ", who" read as the one the aside is about ("The minister, who ...")."""


def _aside(text: str, within: Span, timex: Timex | None) -> Span | None:
    """The stretch "The minister, who took office in 2019," of a sentence whose other date is the main
    clause's ("..., resigned on Monday"): the aside with the words it is about, when they are few."""
    parts = _aside_parts(text, within, timex)
    return None if parts is None else Span(parts[0], parts[2])


def _aside_parts(text: str, within: Span, timex: Timex | None) -> tuple[int, int, int] | None:
    """Where the words an aside is about start, where the aside's comma is, and where the aside ends."""
    if timex is None:
        return None
    start = timex.span.start
    opens = [m for m in _RELATIVE.finditer(text, within.start, start) if "," not in text[m.end() : start]]
    if not opens or _HAPPENING.match(text, opens[-1].end()):
        return None  # "..., which took place in 1996": the aside tells when the clause before it happened
    comma = opens[-1].start()
    close = text.find(",", timex.span.end, within.end)
    end = within.end if close < 0 else close
    lo = _last_comma(text, within.start, comma) + 1
    if lo > within.start and text[lo:comma].strip().isdigit():
        lo = _last_comma(text, within.start, lo - 1) + 1  # "Elena Ruiz, 58, who said": the aside is about her, not her age
        head = _antecedent(text, max(lo, within.start), text.rfind(",", lo, comma), named=True)
    else:
        head = _antecedent(text, max(lo, within.start), comma)
    return None if head is None else (head, comma, end)


_RESTRICTIVE = re.compile(r"\s(?:who|which)\s+(?=(?:was|were|had|has|have)\s|[a-z]{2,}ed\s)")


def _restrictive(text: str, within: Span, d: Dated, dated: Sequence[Dated]) -> Span | None:
    """A relative clause with no comma that holds a date of its own, after a date of the main clause's: "A jury
    on Thursday found the officer guilty over the death of a man who was restrained during an arrest in
    2021" dates "a man who was restrained during an arrest" in 2021, not the verdict."""
    if d.timex is None:
        return None
    start = d.timex.span.start
    found = list(_RESTRICTIVE.finditer(text, within.start, start))
    if not found:
        return None
    rel = found[-1].start()
    if "," in text[rel:start] or ";" in text[rel:start]:
        return None
    if not any(o.timex is not None and o.timex.span.end <= rel for o in dated):
        return None
    det = _relatives_noun(text, within, rel)
    if det is None:
        return None
    close = _next_comma(text, d.timex.span.end, within.end)
    return Span(det, close if close >= 0 else within.end)


def _relatives_noun(text: str, within: Span, rel: int) -> int | None:
    """Where the noun phrase a relative clause opening at `rel` is about starts: its determiner, at most six
    words back, with no verb after it ("a man who ...", "the jet that ...")."""
    words = list(_WORD.finditer(text, max(within.start, rel - 60), rel))
    det = next((w for w in reversed(words[-6:]) if w.group().lower() in _DETERMINERS), None)
    if det is None or any(_a_verb(w.group()) for w in words if w.start() > det.start()):
        return None
    return det.start()


_OWN_RELATIVE = re.compile(r"\s(?:who|which|that)\s+([a-z]+)\b")
_RELATIVE_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "is", "are"})


def _dated_relative(text: str, within: Span, d: Dated) -> tuple[Span, Span, Span] | None:
    """A relative clause with no comma that holds the sentence's only date, when the date cannot be the main
    clause's: that clause goes on, is to come or has just happened ("The man who was arrested on Friday has
    been charged", "Police have charged a woman who fled the country in 2019"), or the relative clause is in
    the past perfect ("Police arrested a woman who had fled the country in 2019"). The relative clause (from
    the determiner of the noun it is about), the words the main clause's headline leaves out, and the main
    clause's words whose tense tells its kind."""
    if d.timex is None:
        return None
    phrase = d.phrase or d.timex.span
    found = list(_OWN_RELATIVE.finditer(text, within.start, phrase.start))
    if not found:
        return None
    rel = found[-1]
    verb = rel.group(1)
    if not (verb in _RELATIVE_AUXILIARIES or verb in _PAST_FORMS or (verb.endswith("ed") and verb not in _NOT_VERBS)):
        return None  # "said that the jet ...": "that" opens no relative clause here
    between = text[rel.start() : phrase.start]
    if "," in between or ";" in between or ":" in between or text[rel.start() - 1 : rel.start()] in (",", ";"):
        return None  # (", which ...": an aside, read as one)
    det = _relatives_noun(text, within, rel.start())
    if det is None:
        return None
    if _finite_verb_in(text, within.start, det):
        # the noun is the main verb's object: the relative clause runs to the end of its clause
        close = _next_comma(text, phrase.end, within.end)
        end = close if close >= 0 else within.end
        if _fewer_words(text[within.start : rel.start()], 3):
            return None
        main_tense = Span(within.start, rel.start())
        main_cue = verb_cue(text[within.start : rel.start()])
    else:
        # the noun is the subject: the main verb comes right after the date
        rest = text[phrase.end : within.end]
        # (an aside in what follows would have the cue found in a piece of `rest`, at an offset into that)
        cue = _earliest_cue(rest) if ", wh" not in rest else None
        if cue is None or _fewer_words(rest[cue.start() :], 2):
            return None
        gap = rest[: cue.start()]
        if len(gap.split()) > 3 or "," in gap or " and " in f" {gap} " or " or " in f" {gap} ":
            return None
        end = phrase.end + len(gap.rstrip())
        main_tense = Span(end, within.end)
        main_cue = _CUE_OF_GROUP[cue.lastgroup] if cue.lastgroup else ""  # the main verb, just found
    if main_cue.startswith("past") and verb != "had":
        return None  # "The storm that hit on Friday killed 12 people": the main clause is of about then
    return Span(det, end), Span(rel.start(), end), main_tense


def _next_comma(text: str, lo: int, hi: int) -> int:
    """The first comma of text[lo:hi] that separates words, not the thousands of "$3,500"; -1 if none."""
    at = text.find(",", lo, hi)
    while at > 0 and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
        at = text.find(",", at + 1, hi)
    return at


def _last_comma(text: str, lo: int, hi: int) -> int:
    """The last comma of text[lo:hi] that separates words, not the thousands of "$3,500"; -1 if none."""
    at = text.rfind(",", lo, hi)
    while at > 0 and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
        at = text.rfind(",", lo, at)
    return at


_OBJECT_FIRST = re.compile(r"(?:(?:the|a|an|his|her|its|their|he|she|it|they|we|you)\b|[A-Z])")
"""What opens an object relative's words after "which" ("which it introduced", "which Apple bought")."""
_OBJECT_RELATIVE = re.compile(rf",\s+(?:who|which)\s+{_OBJECT_FIRST.pattern}")
"""", which the two presidents signed": the aside's subject is another, so it tells nothing of the main
clause's; its headline puts the thing after its verb ("the two presidents signed the accord")."""
_WHOSE = re.compile(r",\s+whose\b")
_NEXT_WORD = re.compile(r",\s+(?:(?:\w+ly|now|also|still|already|later|soon|never|even|just)\s+)?([A-Za-z']+)")
"""The main clause's first word after an aside, past an adverb of its verb (", now has 30 goals")."""


def _predicate_after(text: str, end: int, sentence_end: int) -> bool:
    """The main clause goes on after an aside that ends at `end` with its verb ("..., came second");
    "..., or 33 cents a share" shows the aside was read too far. An aside that ends the sentence ("iOS
    will support iAd, which goes live July 1") says when the main clause's plan comes about: no."""
    after = _NEXT_WORD.match(text, end, sentence_end)
    if after is None:
        return False
    word = after.group(1)
    if word.lower() in _TAIL_PREPOSITIONS and _fewer_words(text[after.start(1) : sentence_end], 6):
        return True  # "... lead Arsenal, who drew on Saturday, by two points": the main clause ends after it
    return _a_verb(word) or (word.endswith("s") and not word.endswith("ss") and word.islower())


_TAIL_PREPOSITIONS = frozenset({"by", "in", "on", "at", "with", "for", "to", "from"})


def _background_at_end(
    text: str, comma: int, end: int, sentence: Span, follows: bool = False, old: bool = False
) -> bool:
    """A participle aside (opening at `comma`, ending at `end`) that ends the sentence ("..., after the iPod
    shuffle, released in January 2005") tells a thing's past, not when the main clause comes about (as
    "..., which goes live July 1" may); so does a past "who"/"which" aside after a past clause when its date
    is one carried on from the story (`follows`) or older than the story (`old`)."""
    if text[end : sentence.end].strip(_CLOSING):
        return False
    if not _opens_with_who(text, comma):
        return True
    if _aside_of_another_time(text, comma, end, sentence):
        return True
    # "... fled in a stolen car, which was found burnt out the following morning": a past aside dated on
    # from the story (`follows`) after a past clause is a later happening of its own, not when the main
    # clause came about ("echoed the view of the accord, which was announced Friday" still dates it); nor is
    # one dated before the story ("Police arrested Smith, who fled in 2019", "sales rose, helped by the iPhone
    # 16, which went on sale on September 20", reported at the end of October)
    if not (follows or old):
        return False
    aside = text[comma + 1 : end]
    return verb_cue(aside).startswith("past") and tense(text[sentence.start : comma]) == "past"


_CLOSING = " .\"'\u201d"
"""What may follow the last words of a sentence."""


def _opens_with_who(text: str, comma: int) -> bool:
    return text[comma + 1 : comma + 8].lstrip().startswith(("who", "which"))


def _closing_aside_of_another_time(text: str, comma: int, end: int, within: Span) -> bool:
    """A "who"/"which" aside that ends `within`, told in another time than its main clause."""
    return (
        not text[end : within.end].strip(_CLOSING)
        and _opens_with_who(text, comma)
        and _aside_of_another_time(text, comma, end, within)
    )


def _aside_of_another_time(text: str, comma: int, end: int, within: Span) -> bool:
    """A "who"/"which" aside told in another time than its main clause: in the present (or looking ahead, or
    lasting to now) after a done main clause ("Analysts cut their forecasts for the company, which reports
    results on Thursday" was not done on Thursday, nor "He praised the accord, which has lasted since 1998"
    in 1998), or in the past after a present one ("The announcement comes as Congress debates a package,
    which the Senate passed in June")."""
    verb = _WH_VERB.match(text, comma + 1, end)
    if verb is None:
        return False
    word = verb.group(1)
    # (a verb in "-s" after "which" is no plural noun: "which reports results on Thursday")
    present = word in ("is", "are", "will", "have") or word[-1] == "s" and word[-2] not in "su" and word != "was"
    main = tense(text[within.start : comma])
    if present:
        # (a past verb of its own: "The two players could meet again at the US Open, which starts ..." is no past)
        return main == "past" and _done(text[within.start : comma])
    # "The announcement comes as Congress debates a package, which the Senate passed in June": what the
    # present main clause tells is not of the aside's past date either
    return main == "present" and verb_cue(text[comma + 1 : end]).startswith("past")


def _done(text: str) -> bool:
    """A clause told in the past: by a verb of its own, or with no cue at all but no "could" or "may" either
    ("would comment", but not "The two players could meet again")."""
    cue = verb_cue(text)
    return cue.startswith("past") or not cue and _POSSIBLE.search(text) is None


_POSSIBLE = re.compile(r"\b(?:could|might|may|can)\b")


_WH_VERB = re.compile(r"\s*(?:which|who)\s+(?:[a-z]+ly\s+)?([a-z]+)\b")


def _follows_the_story(d: Dated) -> bool:
    """A date counted on from the one told before ("the following morning", "two hours later")."""
    return d.timex is not None and (d.timex.anchor == "previous" or d.rule.startswith("offset."))


def _before_the_story(d: Dated, published: pendulum.Date) -> bool:
    """A date that ended longer ago than a story's days reach (`NARRATIVE_DAYS`): background."""
    return d.when.end.toordinal() < published.toordinal() - NARRATIVE_DAYS


def _only_asides(
    article: Article, sentence: Sentence, dated: Sequence[Dated], context: Callable[[str], Dated]
) -> list[Reading]:
    """"The party, which led in polls until the summer, came second": when every date of a sentence is in
    an aside, each dates its aside, and the main clause takes its date from context (worked out only then,
    from the main clause's words), without the aside."""
    text = article.text
    published = article.published
    parts = [_aside_parts(text, sentence.span, d.timex) for d in dated]
    if any(
        p is None
        or not (
            _predicate_after(text, p[2], sentence.span.end)
            or _background_at_end(text, *p[1:], sentence.span, _follows_the_story(d), _before_the_story(d, published))
        )
        or _OBJECT_RELATIVE.match(text, p[1])
        and not (text.startswith("which", p[1] + 2) and _aside_of_another_time(text, p[1], p[2], sentence.span))
        # "Unisys, whose revenue rose in the quarter, had a loss": what a "whose" aside tells of its owner
        # is news of the same time, not background
        or _WHOSE.match(text, p[1])
        for p, d in zip(parts, dated, strict=True)
    ):
        return []
    readings = [Reading(Span(p[0], p[2]), d, Span(p[0], p[2])) for p, d in zip(parts, dated, strict=True) if p]
    first = min(p[1] for p in parts if p)
    last = max(p[2] for p in parts if p)
    # The main clause's words alone tell its tense: "The company, which will meet in June, raised ..." is done.
    main_text = text[sentence.span.start : first] + text[last : sentence.span.end]
    main = attrs.evolve(context(main_text), phrase=Span(first, last))
    # the main clause's verb: after the aside, or before it when the aside ends the sentence
    at_end = _background_at_end(
        text,
        first,
        last,
        sentence.span,
        any(map(_follows_the_story, dated)),
        any(_before_the_story(d, published) for d in dated),
    )
    told = Span(sentence.span.start, first) if at_end else Span(last, sentence.span.end)
    return [Reading(sentence.span, main, told), *readings]


_PARTICIPLE_SET = frozenset(PARTICIPLES)
_CAPITALISED = r"(?-i:[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})"
_FRONTED = re.compile(
    rf"[\"'\u201c]?(?:{'|'.join(PARTICIPLES)})\s+(?:{_CAPITALISED}\s+)?{_PARTICIPLE_THEN}[^,;]*"
    rf"(?:,\s+{_CAPITALISED}(?=,))?,\s+",
    re.IGNORECASE,
)
"""A participle phrase opening a sentence, perhaps with a name ("Born Anna Mae Bullock on ...") and a place
with its state ("in Nutbush, Tennessee,")."""
_FRONTED_SUBJECT = re.compile(
    r"(?:he|she|they|it|we|I|(?:the|a|an|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?"
    r"|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})\s+(?P<verb>[a-z][\w'-]*)"
)


def _opens_with_participle(sentence: str) -> bool:
    first = sentence.lstrip("\"'\u201c ").split(None, 1)
    return bool(first) and first[0].lower() in _PARTICIPLE_SET


def _fronted(text: str, within: Span) -> tuple[Span, Span] | None:
    """ "Born in Porto in 1927, she studied medicine": the participle phrase before the main clause (up to
    its comma) and the main clause's subject, whose verb follows it."""
    front = _FRONTED.match(text, within.start, within.end)
    if front is None:
        return None
    subject = _FRONTED_SUBJECT.match(text, front.end(), within.end)
    if subject is None:
        return None
    verb, end = subject["verb"], subject.start("verb") - 1
    last = text.rfind(" ", subject.start(), end)
    if last > 0 and _a_verb(text[last + 1 : end]):
        verb, end = text[last + 1 : end], last  # "the president has promised": "has" is the verb
    if not (_a_verb(verb) or (verb.endswith("s") and not verb.endswith("ss"))):
        return None
    comma = text.rfind(",", front.start(), front.end())
    return Span(front.start(), comma), Span(subject.start(), end)


def _fronted_readings(
    article: Article,
    sentence: Sentence,
    dated: Sequence[Dated],
    fronted: tuple[Span, Span],
    history: list[tuple[Sentence, Dated]],
    context: Callable[[str], Dated],
) -> list[Reading]:
    """A sentence opening with a participle phrase ("Born in Porto in 1927, she studied medicine in the
    1950s"): a date in the phrase dates it, told of the main clause's subject ("She was born in Porto");
    the main clause takes its own dates, or its date from context."""
    text = article.text
    piece, subject = fronted
    inside = [d for d in dated if d.timex is not None and piece.start <= d.timex.span.start < piece.end]
    if not inside:
        return []  # "Founded by Smith, the firm opened in 1990": the phrase has no date to tell
    main = Span(text.index(text[subject.start : subject.end], piece.end), sentence.span.end)
    readings = [Reading(sentence.span, d, piece, None, subject, piece) for d in inside]
    rest = [d for d in dated if d not in inside]
    if rest:
        history.append((sentence, rest[0]))
        return [*readings, *_spans(text, main, rest)]
    # as for a sentence dated only in an aside: the main clause reads on from context, without the phrase
    date = attrs.evolve(context(text[main.start : main.end]), phrase=Span(piece.start, main.start))
    return [*readings, Reading(main, date, main)]


_HEAD_PREPOSITIONS = frozenset(
    {"on", "to", "by", "for", "in", "at", "with", "from", "about", "against", "into", "after", "before", "like"}
)
"""A preposition before the words an aside is about ends them: the aside is about its object."""
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those"})
_AUXILIARY = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|must|should)\b")
_PAST_FORMS = frozenset((*IRREGULAR_PAST, "hit", "cut", "put", "quit", "shut", "cost", "spread"))


def _a_verb(word: str) -> bool:
    low = word.lower()
    if word[:1].isupper() and low != "that" and not _AUXILIARY.fullmatch(low):
        return False  # "United", "Alfred": a name, however it ends
    return low == "that" or bool(_AUXILIARY.fullmatch(low)) or low in _PAST_FORMS or low.endswith("ed")


def _antecedent(text: str, lo: int, comma: int, named: bool = False) -> int | None:
    """Where the words an aside is about start: all those since the last comma when they are few, else the
    name just before it ("by Thermo Electron"), else the noun phrase back to its determiner ("the view of
    the accord"); None when there is a verb among them (the aside is about a clause) or nothing is near.
    `named`: the words end at the comma before an age, which the aside follows ("Elena Ruiz, 58, who")."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text[lo:comma])]
    if not words:
        return None
    first = 0
    if len(words) > 2 and _OBJECT_RELATIVE.match(text, comma):
        # "a $52bn package of subsidies for chip makers, which the Senate passed": what another does a thing
        # to is the whole noun phrase, back to its determiner past its prepositions
        det = next(
            (
                i
                for i in range(len(words) - 2, max(-1, len(words) - 11), -1)
                # a possessive opens its noun phrase too: "instead of Apple's own Lightning connector"
                if words[i][1] in _DETERMINERS or words[i][1].endswith(("'s", "\u2019s"))
            ),
            -1,
        )
        if det >= 0 and not any(_a_verb(word) for _, word in words[det:]):
            return lo + words[det][0]
    if len(words) > ANTECEDENT_WORDS:
        tail = words[-ANTECEDENT_WORDS:]
        caps = list(itertools.takewhile(lambda w: w[1][:1].isupper(), reversed(tail)))
        first = len(words) - len(caps) if caps else -1
        if caps and words[first - 1][1] in ("the", "The"):
            first -= 1  # "by the Senate, which voted": the name with its article
        for i in range(len(tail) - 1, -1, -1) if not caps else ():
            low = tail[i][1].lower()
            if (
                low in _HEAD_PREPOSITIONS
                and i < len(tail) - 1
                # "the warmest spring on record, which ended": the record's words, not a thing
                and " ".join(w for _, w in tail[i + 1 :]).lower() not in _RECORD_TAILS
            ):
                first = len(words) - len(tail) + i + 1  # "a recommendation on Kellogg stock, which closed"
                break
            if low in _DETERMINERS or low.endswith(("'s", "\u2019s")):  # "Liverpool's unbeaten home run"
                first = len(words) - len(tail) + i
                if first > 0 and low[-2:] in ("'s", "\u2019s") and words[first - 1][1].lower() in _DETERMINERS:
                    first -= 1  # "the judge's ruling"
                if i == 0 or tail[i - 1][1].lower() != "of":
                    break  # "the view of the accord": past "of" the phrase goes on to its head
        if first < 0:
            return None
    else:
        # "after the iPod shuffle, released in 2005": the aside is about the preposition's object; but "who" is
        # about a person, whom a noun phrase opened by its determiner names ("The adviser on ministers' interests, who")
        after = (
            []
            if words[0][1].lower() in _DETERMINERS and _opens_with_who(text, comma)
            else [i + 1 for i, (_, word) in enumerate(words[:-1]) if word.lower() in _HEAD_PREPOSITIONS]
        )
        first = after[-1] if after else 0
    if any(_a_verb(word) for _, word in words[first:]):
        # "Police arrested a man, who ...": the noun phrase after the verb; "Police arrested Smith, who ...": the
        # name after it
        start = first
        first = next((i for i in range(len(words) - 1, first, -1) if words[i][1] in _DETERMINERS), -1)
        if first < 0 and (named or _opens_with_who(text, comma)):
            name = list(itertools.takewhile(lambda w: w[1][:1].isupper(), reversed(words[start + 1 :])))
            first = len(words) - len(name) if name and len(name) < len(words) - start else -1
        if first < 0 or any(_a_verb(word) for _, word in words[first:]):
            return None  # "the company overtook Infogear, which took place in 1996": about a clause
    return lo + words[first][0]


_RECORD_TAILS = frozenset(
    {"record", "records", "history", "its history", "their history", "memory", "living memory", "years", "decades",
     "a decade", "a generation", "a century"}
)  # fmt: skip
"""What a superlative is measured over after a preposition ("the warmest spring on record", "the biggest loss in
its history"): no thing an aside can be about."""


_PARALLEL_BEFORE = re.compile(r"(?:,|;|\band)\s+$")


_JOIN = re.compile(r"\s(?:and|but)\s+([a-z][\w'-]*)")


def _joined_clause(text: str, within: Span, first: Dated, second: Dated) -> int | None:
    """Where "and" opens a clause of its own with the second of two dates: "Parliament was dissolved on
    6 November and elections are due on 12 December" tells two things. Each side needs an auxiliary verb
    of its own: a verb right after the "and" shares the subject ("rose in March and fell in April"), words
    without one are no clause ("met Smith on Monday and Jones on Tuesday"), and nouns joined before a verb
    share it ("Interest expense and tax rates were lower")."""
    if first.timex is None or second.timex is None:
        return None
    end, start = (first.phrase or first.timex.span).end, (second.phrase or second.timex.span).start
    joins = list(_JOIN.finditer(text, end, start))
    if not joins:
        return None
    join = joins[-1]
    word = join.group(1)
    if (
        _AUXILIARY.fullmatch(word)
        or word in _PAST_FORMS
        or not (
            _AUXILIARY.search(text, join.end(1), start)
            or word in _DETERMINERS
            and _verb_after_noun(text, join.end(1), start)
        )
        or not (
            text[join.start() - 1] == ","  # "Pre-orders open today, and the phone will ship on August 11"
            or _finite_verb_in(text, within.start, join.start())
        )
    ):
        return None
    return join.start() + 1


def _verb_after_noun(text: str, start: int, end: int) -> bool:
    """A finite past verb after the noun a determiner opens ("and the price index rose in June"), not the
    word right after the determiner ("and the revised figures in June")."""
    return any(word != "that" and _a_verb(word) for word in _WORD.findall(text, start, end)[1:])


_SUBORDINATOR = re.compile(r"\s(after|before|when|because)\s+", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whose|where)\b")


def _subordinate_clause(text: str, within: Span, first: Dated, second: Dated) -> tuple[int, ...]:
    """Where a subordinate clause with the second of two dates starts, and where its words do: "A rail
    strike will go ahead next Thursday after talks broke down late on Wednesday" tells the talks' breakdown
    on Wednesday. Both sides need a verb; "met on Monday after the talks on Friday" is one thing."""
    if first.timex is None or second.timex is None:
        return ()
    end, start = (first.phrase or first.timex.span).end, (second.phrase or second.timex.span).start
    comma = text.rfind(",", end, start)
    if comma >= 0 and not _PARTICIPLE_PHRASE.match(text, comma):
        return ()  # ", after ..." is a clause break of its own, and a comma between asks for care
    sub = _subordinator(text, within.start, max(end, comma + 1), start)
    # (but "unveiled its phone on Tuesday, switching to a new port after the EU passed a law last year")
    return () if sub is None else (sub.start(), sub.end())


_PARTICIPLE_PHRASE = re.compile(r",\s+[a-z]{3,}ing\s+(?:[\w$%.'-]+\s+){1,8}?(?=after|before|when|because)")
"""A participle phrase of the main clause between its date and a subordinate clause."""


def _subordinator(text: str, main: int, lo: int, date: int) -> re.Match[str] | None:
    """The last "after", "before", "when" or "because" of text[lo:date] that opens a clause with a verb of its
    own up to the date, after a main clause (from `main`) with a verb of its own."""
    found = list(_SUBORDINATOR.finditer(text, lo, date))
    if not found:
        return None
    sub = found[-1]
    if (
        not _finite_verb_in(text, sub.end(), date)
        # "as investors worried about a recession that began in March": the date is the recession's
        or _RELATIVE_WORD.search(text, sub.end(), date)
        or not _finite_verb_in(text, main, sub.start())
    ):
        return None
    return sub


def _short_clause(text: str) -> bool:
    """A short sentence with a subject and its verb ("Results are expected early Wednesday", "He died on
    Saturday", "Talks resume on Friday"), not a dateline or a byline whose first word is the verb ("Updated
    5 March 2024")."""
    second = text.find(" ")
    # (nor a broadcast's "This is VOA Today")
    return (
        second > 0
        and (
            _finite_verb_in(text, second, len(text))
            or not _TIMETABLE_VERBS.isdisjoint(text[second:].lower().split(None, 3)[:3])
        )
        and not text.startswith(("This is ", "This is\n"))
    )


_TIMETABLE_VERBS = frozenset(TIMETABLE_VERBS)


def _finite_verb_in(text: str, start: int, end: int) -> bool:
    """An auxiliary or a finite past verb among the words: a clause's verb."""
    return _AUXILIARY.search(text, start, end) is not None or _past_verb_in(text, start, end)


def _past_verb_in(text: str, start: int, end: int) -> bool:
    """A finite past verb among the words: "Chrysler filed for bankruptcy on April 30 and its sale is
    expected this week" is a clause before the "and" too."""
    return any(word != "that" and _a_verb(word) for word in _WORD.findall(text, start, end))


def _date_cut(text: str, within: Span, d: Dated) -> int | None:
    """Where a new clause starts with its own date: "In 1998 Apple introduced the iMac, in 2001 the
    iPod and the following year ..." tells three things, each from its date phrase on."""
    if d.timex is None:
        return None
    start = (d.phrase or d.timex.span).start
    prep = _PREPOSITION.search(text, max(within.start, start - 12), start)
    if prep is not None:
        start = prep.start()
    if start <= within.start or not _PARALLEL_BEFORE.search(text, max(within.start, start - 6), start):
        return None
    return start


def _assign(found: Sequence[Timex], sents: Sequence[Sentence]) -> list[list[Timex]]:
    buckets: list[list[Timex]] = [[] for _ in sents]
    i = 0
    for t in found:
        while i < len(sents) and sents[i].span.end <= t.span.start:
            i += 1
        if i < len(sents) and sents[i].span.start <= t.span.start:
            buckets[i].append(t)
    return buckets


FALLBACK = "fallback.publication"
WEAK_VALUES = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})
_NAMES_A_UNIT = re.compile(r"\b(?:days?|weeks?|months?|years?|decades?|hours?)\b", re.IGNORECASE)


def _against_tense(dated: Dated, text: str) -> bool:
    """A vague past in a sentence about the future, or a vague future in one about the past."""
    value = dated.timex.time.value if dated.timex else ""
    reading = tense(text) if value in ("PAST_REF", "FUTURE_REF") else ""
    return (value, reading) in (("PAST_REF", "future"), ("FUTURE_REF", "past"))


def _weak(dated: Dated) -> bool:
    """A bare vague reference ("now", "already", "recently", "the future") says less about when the
    clause happened than its story does; "in recent weeks" or "the coming days" names a span and is kept."""
    timex = dated.timex
    return timex is not None and timex.time.value in WEAK_VALUES and not _NAMES_A_UNIT.search(timex.text)


_SPORTS_SEASON = re.compile(r"\b(?:last|this|next|the\s+new|the\s+coming|the\s+previous)\s+season\b", re.IGNORECASE)
"""A sports season named by its place ("last season"), which the tagger leaves alone (the corpora mark none)."""


def _when_of_a_record(text: str, sentence: Sentence, timexes: Sequence[Timex]) -> list[Reading]:
    """The clause after ", when" that tells what happened at a date a record is measured against: "It was the
    deadliest tornado in the state since 1966, when 58 people died in Jackson" dates the deaths in 1966."""
    readings = []
    for t in timexes:
        if text.startswith((", when ", ", where "), t.span.end) and _compares(text, t) and (d := _from_timex(t)) is not None:
            opening = 7 if text.startswith(", when ", t.span.end) else 8
            close = _next_comma(text, t.span.end + opening, sentence.span.end)
            clause = Span(t.span.end + opening, close if close >= 0 else sentence.span.end)
            if _past_verb_in(text, clause.start, clause.end):
                readings.append(Reading(clause, attrs.evolve(d, phrase=Span(clause.start, clause.start)), clause))
    return readings


def _from_timex(t: Timex) -> Dated | None:
    covered = timex_engine.interval(t.time)
    if covered is None:
        return None
    start, end, granularity = covered
    vague = t.time.approx is not None or granularity == "range"
    when = _WHEN(start, end, granularity, t.time.value, t.text, vague)
    confidence = 0.5 if vague else _anchored_confidence(t)
    explanation = f"'{t.text}' → {_describe(when)}: {t.why}"
    return _DATED(when, t, t.rule, explanation, confidence, None)


RANGE_LINK = re.compile(r"\s*(?:[-–—/]|to|through|until|till|and)\s*", re.IGNORECASE)
RANGE_OPEN = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.IGNORECASE)


def _ranges(text: str, found: list[Dated]) -> list[Dated]:
    """ "1995-1998", "from March to May", "between 2004 and 2006": two dates read as one span.

    TimeML tags each end on its own; a reader sees one period, and one event over it. "and" joins
    only after "between" ("in 2004 and 2006" names two years)."""
    out: list[Dated] = []
    for d in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.timex is not None
            and d.timex is not None
            and prev.when.granularity != "range"  # already a period: its timex is only its first end
            and prev.when.start < d.when.start
        ):
            link = RANGE_LINK.fullmatch(text, prev.timex.span.end, d.timex.span.start)
            opened = RANGE_OPEN.search(text, prev.timex.span.start - 12, prev.timex.span.start)
            between = opened is not None and opened.group(0).lower().startswith("between")
            if link and (link.group(0).strip().lower() != "and" or between):
                out[-1] = _span_of(text, prev, d)
                continue
        out.append(d)
    return _listed(text, out)


LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and|or)\s*", re.IGNORECASE)


def _listed(text: str, found: list[Dated]) -> list[Dated]:
    """Dates named as a list ("in March and June", "in 1994, 1995 and 1997") stay one event each, but
    each headline drops the whole list: "made an appearance in March and June to unveil" reads
    "made an appearance to unveil", not "made an appearance and June to unveil"."""
    out = list(found)
    start = 0
    for i in range(1, len(out) + 1):
        joined = (
            i < len(out)
            and out[i - 1].timex is not None
            and out[i].timex is not None
            # "in August 2021, now has": a vague "now" after a comma goes on with the clause, no list
            and not out[i].when.vague
            and LIST_LINK.fullmatch(
                text, (out[i - 1].phrase or out[i - 1].timex.span).end, out[i].timex.span.start
            )
        )
        if joined:
            continue
        if i - start > 1:  # out[start:i] is one list
            first, last = out[start], out[i - 1]
            phrase = Span((first.phrase or first.timex.span).start, (last.phrase or last.timex.span).end)  # type: ignore[union-attr]
            out[start:i] = [attrs.evolve(d, phrase=phrase) for d in out[start:i]]
        start = i
    return out


def _span_of(text: str, first: Dated, last: Dated) -> Dated:
    assert first.timex is not None and last.timex is not None
    words = text[first.timex.span.start : last.timex.span.end]
    when = When(first.when.start, last.when.end, "range", f"{first.when.value}/{last.when.value}", words)
    return Dated(
        when,
        first.timex,
        first.rule,
        f"'{words}' → {_describe(when)}: from {first.when.value} to {last.when.value}, "
        f"one period ({first.explanation.split(': ', 1)[-1]})",
        min(first.confidence, last.confidence),
        Span(first.timex.span.start, last.timex.span.end),
    )


def _anchored_confidence(t: Timex) -> float:
    """A date the text names outright is surer than one counted from publication or from another date."""
    return 0.95 if t.anchor == "none" else 0.85


def _placed(found: offsets.Offset | None, t: Timex, confidence: float, phrase: Span | None = None) -> Dated | None:
    """The date `offsets` placed for `t`, if it did."""
    return None if found is None else Dated(found.when, t, found.rule, found.explanation, confidence, phrase)


def _from_offset(t: Timex, placed: dict[Timex, offsets.Offset] | None) -> Dated | None:
    found = placed.get(t) if placed else None
    # the phrase is the distance with its direction word ("Two days later"), which the headline goes without
    phrase = Span(t.span.start, t.span.start + len(found.when.text)) if found is not None else None
    return _placed(found, t, 0.6, phrase)


def _period_ends(text: str, dating: Sequence[Timex]) -> dict[Timex, Timex]:
    """Each duration with the expression naming its end ("the three months to March 31")."""
    return {t: following for t, following in itertools.pairwise(dating) if offsets.ends_at(text, t, following)}


def _from_ending(text: str, t: Timex, end: Timex) -> Dated | None:
    # as sure as the date that names the end; the headline goes without both ("in the three months to March 31")
    phrase = Span(t.span.start, end.span.end)
    if t.time.type is TimeType.DATE and not offsets.bare_unit(t):
        # "in the quarter ended Sept. 30" is the quarter, its end told along
        dated = _from_timex(t)
        return None if dated is None else attrs.evolve(dated, phrase=phrase)
    return _placed(offsets.span_ending(text, t, end), t, _anchored_confidence(end), phrase)


def _from_span(article: Article, t: Timex) -> Dated | None:
    return _placed(offsets.span_from_publication(article.text, t, article.published), t, 0.85)


LIFESPAN = re.compile(r"\b[A-Z][\w.'’-]*\s+\(?\s*(?:b\.\s*)?(?P<first>\d{4})\s*[-–—]\s*(?P<last>\d{4})\s*\)?")
"""'Steve Jobs 1955-2011', 'Ada Lovelace (1815–1852)': a name's years describe the person, and say
nothing about when the sentence around them happened."""


_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|our|this|that)|'s|\u2019s)\s+(?:[a-z]+(?:ed|ic|al|ous|ful|ive)\s+)?$",
    re.IGNORECASE,
)
"""A determiner, and perhaps an adjective, before a date that names a thing ("a shuttered 1928 movie palace")."""
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+(?:ed|ic|al|ous|ful|ive)\s+)?$", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+(?!(?:and|or|to|through|until)\b)[A-Za-z]")


_NAMING_RULES = frozenset({"year", "month_day", "day_month", "month_day_year", "day_month_year", "month"})
"""Rules whose dates name a thing after a determiner ("the 2011 version", "the Oct. 23 killing", "the March
failure")."""


def _names_a_thing(text: str, t: Timex) -> bool:
    """A year or a day used as a name's part: "the 2011 version", "the company's 2010 conference", "the
    Oct. 23 killing"; or a date owning a thing another happening is told against ("the toll from Monday's
    quake", "a way around Wednesday's ruling")."""
    if (
        text.startswith(_POSSESSIVE_MARKS, t.span.end)
        and _POSSESSIVE_AFTER.match(text, t.span.end)
        and _OWNER_BEFORE.search(text, max(0, t.span.start - 24), t.span.start)
    ):
        # but "Monday's announcement marked ...", "in Sunday's debate, he attacked ...", "as of Friday's
        # close": there the thing owned is what the sentence tells, or when
        return True
    if _RESULTS_OF.match(text, t.span.end) and _RESULTS_TOLD_BEFORE.search(text, max(0, t.span.start - 24), t.span.start):
        # "reports its fiscal fourth-quarter results on Oct. 31": the period the results cover, not when
        return True
    if text.startswith(_POSSESSIVE_MARKS, t.span.end) and _PERIOD_OWNER.fullmatch(t.text):
        # "This year's festival, which runs until May 27, will ...": which edition, not when (a date of
        # the sentence's own goes first; alone, the period still dates it)
        return True
    if t.rule == "decade":
        # "a 1960s building": a decade after "a" describes a thing (not "in the 1960s the company grew")
        return _A_BEFORE.search(text, max(0, t.span.start - 24), t.span.start) is not None and (
            _WORD_AFTER.match(text, t.span.end) is not None
        )
    return (
        t.rule in _NAMING_RULES
        and _DETERMINER_BEFORE.search(text, max(0, t.span.start - 24), t.span.start) is not None
        and _WORD_AFTER.match(text, t.span.end) is not None
    )


_RESULTS_OF = re.compile(r"\s+(?:results|earnings|figures|accounts|numbers)\b")
_RESULTS_TOLD_BEFORE = re.compile(
    r"\b(?:reports?|reported|releases?|released|publish(?:es|ed)?|posts?|posted|announc(?:e|es|ed)|its|their)\s+$",
    re.IGNORECASE,
)
"""What tells results as a thing reported ("reports its fourth-quarter results"), not a sentence's subject."""
_PERIOD_OWNER = re.compile(
    r"(?:this|last|next)\s+(?:year|month|week|season|summer|winter|spring|autumn|fall)", re.IGNORECASE
)
_POSSESSIVE_AFTER = re.compile(r"(?:'s|\u2019s)\s+[a-z]")
_POSSESSIVE_MARKS = ("'s", "\u2019s")
"""What `_POSSESSIVE_AFTER` starts with: looked for first, as few dates are followed by it."""
_OWNER_BEFORE = re.compile(
    r"\b(?:from|after|before|since|around|over|following|about|against|(?:un)?related\s+to|linked\s+to|due\s+to|"
    r"because\s+of|ahead\s+of|in\s+the\s+wake\s+of|in\s+response\s+to)\s+$",
    re.IGNORECASE,
)


_SUPERLATIVES = (
    r"highest|lowest|biggest|largest|smallest|first|most|least|worst|best|strongest|weakest|fastest|"
    r"slowest|longest|shortest|deepest|sharpest|steepest|heaviest|hottest|coldest|wettest|driest|"
    r"warmest|greatest|oldest|youngest|cheapest|richest|poorest|fewest|tightest|widest|closest|"
    r"deadliest|busiest|costliest|bloodiest|earliest|wealthiest|healthiest|happiest|riskiest|ugliest|"
    r"sunniest|rainiest|windiest|snowiest|stormiest|hungriest|noisiest|unhappiest|trickiest|steadiest"
)
_ORDINALS = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
_SUPERLATIVE_SINCE = re.compile(
    rf"\b(?:{_SUPERLATIVES}|{_ORDINALS})(?:\s+[\w-]+){{0,6}}?,?\s+since\s+(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)
_SUPERLATIVE_OF = re.compile(
    rf"\b(?:{_SUPERLATIVES.replace('first|', '')})(?:\s+[\w-]+){{0,3}}?\s+of\s+$", re.IGNORECASE
)
"""A record within a period, up to the period: "the hottest day of", "the busiest weekend of" (not "the first
nine months of", a part of it)."""


def _record_within(text: str, t: Timex) -> bool:
    """A period a record is set within ("Saturday was the hottest day of the year so far"): what the record
    is measured in, not when the sentence's news happened."""
    return text.endswith(" of ", 0, t.span.start) and _SUPERLATIVE_OF.search(text, t.span.start - 60, t.span.start) is not None
_OF_ITS_DATE = r"\s+(?:in|of|on)\s+(?:the\s+)?$"
"""How a thing's date is joined to it, up to the date ("Storm Desmond in", "the oil shock of")."""
_NOT_SINCE = re.compile(
    r"\b(?:not|never|no)\b(?:\s+[\w'\u2019,-]+){0,8}?\s+since\s+(?:the\s+)?$|n't(?:\s+[\w'\u2019,-]+){0,8}?\s+since\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
"""... or what has not happened since: "England have not won a major tournament since 1966" tells of now."""
_A_DATE_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|last|early|late|mid)\b"
)
"""What opens a date after "since" ("since March on Tuesday": Tuesday is no date of a thing)."""
_SUPERLATIVE_SINCE_THING = re.compile(
    rf"\b(?:{_SUPERLATIVES}|{_ORDINALS})(?:\s+[\w-]+){{0,10}}?,?\s+since\s+(?!{_A_DATE_WORD})(?:[\w'\u2019-]+\s+){{0,4}}?[\w'\u2019-]+"
    + _OF_ITS_DATE,
    re.IGNORECASE,
)
"""... or against a thing of that date: "the worst storm to hit the region since Storm Desmond in December 2015"."""
_SCOPE_BEFORE = re.compile(r",\s+(?:covering|spanning)\s+[^,;.]*$", re.IGNORECASE)
"""What a thing covers after a comma is its reach, not when anything happens ("..., covering Monday")."""
_SINCE_WORD = re.compile(r"\ssince\s", re.IGNORECASE)
_RECORDS_BEGAN = re.compile(r"\brecords?\s+(?:began|begun|started)\b", re.IGNORECASE)


def _since_cut(text: str, within: Span, d: Dated) -> Span | None:
    """The word "since" that opens a clause with a verb of its own before the sentence's only date, when the
    main clause before it has words enough to tell something."""
    if d.timex is None:
        return None
    start = d.timex.span.start
    since = list(_SINCE_WORD.finditer(text, within.start, start))
    if not since or not _clause_after_since(text, since[-1].end(), start):
        return None
    if _fewer_words(text[within.start : since[-1].start()], 3):
        return None
    return Span(since[-1].start(), since[-1].end())


def _since_clause(text: str, start: int, end: int) -> bool:
    """Whether "since" opens a clause with a verb of its own before the date: "the 15th strike since the
    dispute began in 2022" tells when the dispute began (but "the hottest day since records began in 1884"
    only measures)."""
    since = list(_SINCE_WORD.finditer(text, start, end))
    return bool(since) and _clause_after_since(text, since[-1].end(), end)


def _subordinate_cut(text: str, within: Span, d: Dated) -> Span | None:
    """The "after", "before", "when" or "because" that opens a clause with a verb and the sentence's only date,
    when the main clause before it tells what is to come or goes on ("The strike will go ahead after talks broke
    down on Wednesday", "Prices are rising after the bank cut rates in March"); a past or present perfect main
    clause keeps the date, its happening being of about then ("He resigned after the scandal broke on Monday")."""
    if d.timex is None:
        return None
    start = d.timex.span.start
    sub = _subordinator(text, within.start, within.start, start)
    if (
        sub is None
        or "," in text[sub.end() : start]
        or _fewer_words(text[within.start : sub.start()], 3)
        or not (
            verb_cue(text[within.start : sub.start()]).startswith(_ONGOING_OR_AHEAD)
            # "granted the order hours before crews were scheduled to begin work Tuesday morning": the day is the
            # plan's, which what came before it preceded
            or sub.group().strip().lower() == "before"
            and _PLAN_WORDS.search(text, sub.end(), start) is not None
        )
        # "said when asked Thursday about ...": a participle with no subject of its own is no clause
        or _a_verb(text[sub.end() : start].split(None, 1)[0])
    ):
        return None
    # ("hours before crews were scheduled to ...": the distance goes with its clause)
    distance = _DISTANCE_BEFORE.search(text, max(within.start, sub.start() - 24), sub.end())
    return Span(distance.start() if distance is not None else sub.start(), sub.end())


_DISTANCE_BEFORE = re.compile(
    r"\s(?:(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|minutes?|moments?|months?)"
    r"|shortly|just|only|soon|long)(?=\s+(?:before|after|when)\b)",
    re.IGNORECASE,
)


_PLAN_WORDS = re.compile(r"\b(?:scheduled|due|set|slated|expected|planned)\s+to\b", re.IGNORECASE)
_AFTER_THING = re.compile(r"\s(?:after|following)\s+(?=(?:a|an|the|his|her|its|their|last|[A-Z])\b)")


def _after_thing_cut(text: str, within: Span, d: Dated) -> Span | None:
    """The "after" of a thing dated after a present perfect: "A man has been charged with attempted murder
    after a stabbing outside a nightclub on Saturday night". A present perfect takes no past date of its
    own, so the date is the stabbing's; the charge is recent."""
    if d.timex is None or d.timex.span.start <= within.start:
        return None
    start = d.timex.span.start
    lo = max(within.start, start - 90)
    found = list(_AFTER_THING.finditer(text, lo, start))
    if not found:
        return None
    after = found[-1]
    if (
        after.end() >= start
        or "," in text[after.end() : start]
        or _finite_verb_in(text, after.end(), start)
        or _fewer_words(text[within.start : after.start()], 3)
        # "searching for Kopp since shortly after the Oct. 23 slaying": the span's start, not a thing
        or "since" in text[after.start() - 16 : after.start()]
        or verb_cue(text[within.start : after.start()]) != "present.perfect"
    ):
        return None
    return Span(after.start() + 1, after.end())


_ONGOING_OR_AHEAD = ("future", "present.progressive", "present.state", "present.plural")
"""Verb cues of a main clause whose time is not that of an "after" clause: what is to come or goes on (a
present perfect is done, and about when the other thing happened)."""


def _clause_after_since(text: str, start: int, end: int) -> bool:
    """Whether the words from `start` (just after "since") to the date hold a verb of their own, before any
    comma ("since World War II, the prime minister said Friday" is the saying's date), and are no record's
    beginning."""
    comma = _next_comma(text, start, end)
    return _past_verb_in(text, start, comma if comma >= 0 else end) and _RECORDS_BEGAN.search(text, start, end) is None


_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|just|over|under|more\s+than|less\s+than)\s+)?"
_CHANGED_WORDS = ("from", "compared", "fraction")
"""What a window with a `_CHANGED_FROM_THEN` match holds (looked for before the pattern is searched)."""
_CHANGED_FROM_THEN = re.compile(
    r"(?:\b(?:up|down)\s+from|\bcompared\s+(?:with|to)|%(?:\s+in\s+[A-Z][a-z]+)?\s+from|"
    r",\s+(?:only\s+|just\s+)?a\s+fraction\s+of(?:\s+the|\s+that)?|,\s+from|"
    r"\bto\s+(?:about\s+|around\s+)?\S*\d\S*(?:\s+[\w%'-]+){0,2}?\s+from)\s+"
    + _HEDGE
    + r"\S*\d\S*(?:\s+[\w%'\u2019-]+){0,6}?"
    + _OF_ITS_DATE,
    re.IGNORECASE,
)
"""A change from a figure of a date: "turnout was 68%, up from 61% at the last election in 2019", "fell to
7.9% in June from 8.7% in May"."""


_COMPARED_BEFORE = re.compile(
    r"\b(?:from|(?<!more )(?<!less )(?<!fewer )than|with|(?<=compared )to|versus|vs\.?|over|(?<=same )as|(?<=same price )as"
    r"|(?<=% )on|(?<=up )on|(?<=down )on|(?<=increase )on|(?<=rise )on|(?<=fall )on|(?<=drop )on)\s+"
    r"(?:" + _HEDGE + r"\S*\d\S*(?:\s+(?:[a-z]+|%)){0,3}\s+"
    r"|(?:the\s+)?(?:same|comparable|corresponding)\s+(?:period|quarter|month|week)\s+)?$",
    re.IGNORECASE,
)
"""What a comparison puts before its base: "up 12% from a year earlier", "8% on last year", "from $93.3 million a year earlier",
"compared with last year", "compared to the previous year", "higher than a year ago"; not the "more than"
of a quantity."""
_CHANGE_ENDS = ("over ", "on ", "from ", "the ")
_OF_IN = (" of ", " in ", " of the ", " in the ")
_FROM_A_HIGH = re.compile(
    r"\bfrom\s+(?:the\s+|its\s+|their\s+)?(?:record\s+|all-time\s+|multi-year\s+)?(?:highs?|lows?|peaks?|levels?)"
    r"\s+(?:(?:seen|reached|set|hit)\s+)?(?:of|in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CHANGE_OVER = re.compile(
    r"(?:\d%|\d percent)\s+(?:rise|increase|gain|jump|fall|drop|decline|cut)\s+(?:over|on|from)\s+(?:the\s+)?$"
    r"|\b(?:up|down)\s+[\d.]+\s?(?:%|percent)\s+(?:on|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A change measured from a date: "a 3% rise over 2021", "up 12% on 2021"."""
_PERIOD_FROM_ENDS = ("starting ", "beginning ", "from ", " in ", " on ")
_PERIOD_FROM = re.compile(
    r"\b(?:for|from|in|during|over)\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:year|period|season|quarter|term)\s+"
    r"(?:starting|beginning|from)\s+(?:in\s+|on\s+)?$",
    re.IGNORECASE,
)
_FORECAST_FOR = re.compile(
    # (the noun, not the passive verb: "More storms are forecast for Sunday afternoon" tells when they come)
    r"\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!been )(?<!\bhe )(?<!\bshe )(?<!\bit )(?<!\bwe )(?<!\bthey )"
    r"(?:forecasts?|outlook|guidance|projections?|targets?|estimates?|expectations?|budgets?)\s+for\s+(?:the\s+)?"
    r"(?:(?:full|whole|current|coming)\s+)?$",
    re.IGNORECASE,
)
_FOR_A_COMING = re.compile(
    r"\b(?<!\bhe )(?<!\bshe )(?<!\bit )(?<!\bwe )(?<!\bthey )"
    r"(?:plans?|preparations?|registrations?|nominations?|applications?|tickets?|entries|funding|schedule|"
    r"fixtures?|line-?up)\s+for\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A thing for a time to come, up to the time: "Registration for next year closed on 30 September"."""
_THING_PARTICIPLES = frozenset(
    "agreed signed announced approved passed made taken reached imposed introduced adopted issued launched "
    "unveiled held ordered awarded granted bought sold built filed struck".split()
)
_THING_DATED = re.compile(
    r"\b(?:including|includes|include|such\s+as|after|with|than|over|under|despite|like|covers|covered|affects|"
    r"affected)\s+(?:a|an|the|its|their|his|her|this|that|some|certain|all|about\s+[\d,]+|[\d,]+)\s+"
    r"(?:(?!(?:was|were|is|are|has|have|had|been|be)\b)[\w$.,%'-]+\s+){0,4}?"
    rf"(?:{'|'.join(sorted(_THING_PARTICIPLES))})\s+(?:in|on|at|during|between|from)\s+(?:the\s+)?"
    r"(?:(?<=between )[\w.,]+(?:\s+[\w.,]+){0,2}\s+and\s+|(?<=from )[\w.,]+(?:\s+[\w.,]+){0,2}\s+to\s+)?$",
    re.IGNORECASE,
)
"""A thing after a preposition, dated by its participle ("including a cut agreed in October", "after a deal
signed in March"): what the clause tells is not of that date."""
_SURPASSING_WORDS = ("surpassing", "eclipsing", "overtaking", "topping", "exceeding", "beating", "breaking")
"""Verbs a record is measured by; looked for first as plain substrings."""
_SURPASSING = re.compile(
    rf"\b(?:{'|'.join(_SURPASSING_WORDS)})\s+(?:[\w$.,'-]+\s+){{0,6}}?"
    r"(?:in|on|of|from|set\s+in)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A record measured against a thing of a date: "the largest recall, surpassing one of 363,000 cars in February"."""


_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")


def _surpassed_a_record(window: str) -> bool:
    """`_SURPASSING` in the words before a date, of a record or a figure: not a side beaten in a match ("after
    beating Arsenal 2-1 at Wembley on Saturday"), a name or a score after the verb."""
    found = _SURPASSING.search(window)
    if found is None:
        return False
    beaten = window[found.start() :].split(None, 2)[1:2]
    return not (beaten and beaten[0][:1].isupper() or _SCORE.search(window, found.start()))


_PREPOSITION_ENDS = (" in ", " on ", " at ", " during ", " the ", " between ", " from ", " In ", " On ")


def _participle_before(window: str) -> bool:
    """Whether the words before a date end in one of `_THING_PARTICIPLES` and a preposition ("agreed in",
    "signed on the"): what `_THING_DATED` needs, read from the last words alone."""
    if window.endswith((" and ", " to ")):
        # "models built between March 2019 and November 2021": the range's end is the thing's too
        opener = " between " if window.endswith(" and ") else " from "
        between = window.rfind(opener, len(window) - 40)
        if between < 0:
            return False
        window = window[: between + len(opener)]
    elif not window.endswith(_PREPOSITION_ENDS):
        return False
    words = window.rsplit(None, 3)[-3:]
    if words and words[-1].lower() == "the":
        words = words[:-1]
    return (
        len(words) >= 2
        and words[-1].lower() in ("in", "on", "at", "during", "between", "from")
        and words[-2].lower() in _THING_PARTICIPLES
    )


_FORECAST_TO = re.compile(
    r"\b(?:forecasts?|targets?)\s+(?:for\s+(?:[\w$.'-]+\s+){1,4}?)?to\s+\S*\d\S*(?:\s+[\w%-]+){0,3}?\s+"
    r"(?:by|in|for)\s+(?:the\s+)?(?:end\s+of\s+)?$",
    re.IGNORECASE,
)
"""A figure forecast for a date: "raised its forecast for Brent to $95 a barrel by December"."""
_COMPARED_FIGURES = re.compile(
    r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s+(?:[^;:!?.]|\.(?!\s)){0,70}?\d(?:[^;:!?.]|\.(?!\s)){0,40}?,?\s+$",
    re.IGNORECASE,
)
"""A comparison's figures told before its base period, commas and all (not past a sentence's end: a period
followed by a space)."""
_BASELINE = re.compile(
    r"(?:(?:a|one) (?:year|month|quarter|week) (?:earlier|ago|before)|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:years|months|quarters|weeks) (?:earlier|ago|before)|"
    r"last (?:year|month|quarter)|"
    r"(?:the )?(?:same|comparable|year-earlier|year-ago|prior-year|previous|preceding|current) (?:period|quarter|month|year)"
    r"(?: (?:a year (?:ago|earlier)|last year))?)",
    re.IGNORECASE,
)
"""The periods a change is measured from ("a year earlier", "the year-ago quarter", "last year")."""


_COUNT_WITHIN = re.compile(
    rf"\b(?:(?:first|{_ORDINALS})\s+(?:[\w-]+\s+)?(?:time|increase|rise|hike|cut|fall|drop|decline|win|defeat|loss|gain)s?"
    rf"|(?:its|their|his|her|the)\s+(?:{_ORDINALS}))"
    r"\s+(?:(?:so\s+far|in|of)\s+)?$",
    re.IGNORECASE,
)
"""A count within the span a "this" names: "its fifth rate rise this year", "for the third time this month",
"its second this summer"."""
_RECORD_WITHIN = re.compile(
    rf"\b(?:{_SUPERLATIVES}|(?:{_ORDINALS})\s+time)"
    r"(?:\s+[\w'\u2019,-]+){0,8}?\s+(?:in|over|during|of|for)\s+$",
    re.IGNORECASE,
)
"""A record or a count within a span: "the largest conference in the past 10 years", "the third time ...
in the past decade"; the span is what the record is measured over, not when it was set."""


def _compares(text: str, t: Timex) -> bool:
    """A date a record or a change is measured against: "inflation hit 7.5%, the highest since February
    1982" tells nothing that happened in 1982, nor "revenue grew 12% from a year earlier" in the year before."""
    # "since" ends the words before the date (perhaps with "the"): look for it before the pattern
    if (
        "since" in text[t.span.start - 11 if t.span.start > 11 else 0 : t.span.start]
        and (
            _SUPERLATIVE_SINCE.search(text, t.span.start - 80, t.span.start) is not None
            or _NOT_SINCE.search(text, t.span.start - 80, t.span.start) is not None
        )
    ):
        return True
    if "since" in text[t.span.start - 60 if t.span.start > 60 else 0 : t.span.start] and (
        (thing := _SUPERLATIVE_SINCE_THING.search(text, t.span.start - 120, t.span.start)) is not None
        and not _since_clause(text, thing.start(), t.span.start)
    ):
        return True
    if "for" in text[t.span.start - 5 if t.span.start > 5 else 0 : t.span.start] and _FORECAST_FOR.search(
        text, t.span.start - 50 if t.span.start > 50 else 0, t.span.start
    ):
        return True  # "cut its forecast for the fourth quarter": the quarter is what is forecast, not when
    # (most windows hold neither "from" nor "compared": looked for before the pattern is searched)
    window = text[t.span.start - 90 if t.span.start > 90 else 0 : t.span.start]
    if any(word in window for word in _SURPASSING_WORDS) and _surpassed_a_record(window):
        return True
    if _participle_before(window) and _THING_DATED.search(window) is not None:
        return True  # "including a 2 million bpd cut agreed in October": the thing's date, not the clause's
    if ("forecast" in window or "target" in window) and _FORECAST_TO.search(window) is not None:
        return True  # "raised its forecast for Brent to $95 a barrel by December": the figure's date, not the raise's
    if any(word in window for word in _CHANGED_WORDS) and _CHANGED_FROM_THEN.search(window) is not None:
        return True
    if ("covering" in window or "spanning" in window) and _SCOPE_BEFORE.search(window) is not None:
        return True  # "issued a red warning last Friday, covering Monday and Tuesday": the warning's reach
    if t.text[:5].lower() == "this " and _COUNT_WITHIN.search(text, t.span.start - 50, t.span.start):
        return True
    if t.text[:9].lower() in ("the past ", "the last ") and _RECORD_WITHIN.search(
        text, t.span.start - 90, t.span.start
    ):
        return True
    if (
        window.endswith(_PERIOD_FROM_ENDS)
        and any(word in window[-24:] for word in ("starting", "beginning", "from"))
        and _PERIOD_FROM.search(window) is not None
    ):
        return True  # "a budget for the fiscal year starting in April": what the thing covers
    if window.endswith("from ") and text.startswith((" level", " levels"), t.span.end):
        return True  # "must fall by 43% by 2030 from 2019 levels": the base of the fall
    if window.endswith(_OF_IN) and "from" in window[-48:] and _FROM_A_HIGH.search(window, len(window) - 48) is not None:
        return True  # "as prices came down from the record highs of 2022": the high's date, not the fall's
    if (
        window.endswith(_CHANGE_ENDS)
        and ("%" in window[-40:] or "percent" in window[-48:])
        and _CHANGE_OVER.search(window, len(window) - 48) is not None
    ):
        return True  # "a 3% rise over 2021": the year the change is measured from
    return _BASELINE.fullmatch(t.text) is not None and (
        _COMPARED_BEFORE.search(text, t.span.start - 40, t.span.start) is not None
        # "compared with $1.36 billion, or 95 cents a share, a year earlier"
        or _COMPARED_FIGURES.search(text, t.span.start - 90 if t.span.start > 90 else 0, t.span.start) is not None
    )


def _for_a_coming_thing(text: str, t: Timex, published: pendulum.Date) -> bool:
    """A time to come that a thing is for ("Plans for next year were announced on Monday", "Tickets for the
    2023 final went on sale"): what the thing is, not when the sentence's news happened; a period gone by
    is when ("registrations for March rose 5%")."""
    if not text.endswith("for ", 0, t.span.start) and not text.endswith("for the ", 0, t.span.start):
        return False
    if _FOR_A_COMING.search(text, t.span.start - 40 if t.span.start > 40 else 0, t.span.start) is None:
        return False
    dated = _from_timex(t)
    return dated is not None and dated.when.start > published


def _lifespan(text: str, t: Timex) -> bool:
    if not (t.text.isdigit() and len(t.text) == 4):
        return False
    for match in LIFESPAN.finditer(text, t.span.start - 80, t.span.end + 12):
        if match.start("first") <= t.span.start < match.end("last"):
            return True
    return False


def _distinct(dated: list[Dated]) -> list[Dated]:
    """One date per day range: "on Tuesday ... the day after" naming the same day is one event."""
    seen: dict[tuple[pendulum.Date, pendulum.Date], int] = {}
    out: list[Dated] = []
    for d in dated:
        k = (d.when.start, d.when.end)
        if k in seen:
            # Keep the more precise reading of the same day (a time of day beats the bare day).
            j = seen[k]
            if d.when.granularity in ("time", "part-of-day") and out[j].when.granularity == "day":
                out[j] = d
            continue
        seen[k] = len(out)
        out.append(d)
    # A vague span in a sentence that also names a precise date says less about it.
    precise = [d for d in out if not d.when.vague]
    return precise + [d for d in out if d.when.vague] if precise else out


PLAN_REACH = 3
"""Paragraphs after a dated plan within which a future-tense sentence is read as part of it."""

NARRATIVE_DAYS = 31
"""A past-tense sentence with no date of its own is read as part of the news story being told when
the last dated happening is this recent; older dates are background and are not carried forward."""


CUE_START = r"\b(?=\w)|(?=\w'll)"
"""Where any cue can begin: at the start of a word, or on the letter before "'ll" ("we'll")."""


def _cue_groups(after_gap: bool = False) -> str:
    """Every cue as a named group, future before past before present: at one position the first
    alternative wins, as the tie order requires; word lists are tried letter by letter (`_by_letters`),
    since `tense` asks only where a cue matches, never what it matched.

    `after_gap`: for `_TENSE_AFTER_GAP`, which stands on the character before a word; the "'ll" of
    "we'll" is then found from its apostrophe rather than from the letter before it."""
    groups = []
    for reading, cues in (("future", FUTURE_CUES), ("past", PAST_CUES), ("present", PRESENT_CUES)):
        for i, cue in enumerate(cues):
            body = _by_letters(cue.pattern.pattern)
            if after_gap:
                # after the gap a word starts, or no cue does (each starts with a word character): the
                # "\b" each cue opens with holds already, and is not tried again at every word
                body = body.removeprefix(r"\b")
            if after_gap and _LETTER_THEN_LL in cue.pattern.pattern:
                # its first letter in front of the look-behind: the engine skips the alternative at any
                # other letter without entering it
                body = rf"l(?<=\w'l)l\b|{body}"
            groups.append(f"(?P<{reading}{i}>{body})")
    return "|".join(groups)


def _top_level_alternation(pattern: str) -> bool:
    """Whether `pattern` has a "|" outside every group (it is then several alternatives, not one)."""
    depth = 0
    escaped = False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _first_letters(pattern: str) -> list[tuple[str, str]] | None:
    """A cue's pattern as (first letter, rest) pieces, one per letter its words start with, or None
    when the pattern does not open with plain words (a look-around, a `\\w`, several alternatives).

    The pieces match at a word start exactly where the pattern does: each is the pattern restricted
    to the words starting with its letter."""
    body = pattern.removeprefix(r"\b")
    if _top_level_alternation(body):
        return None
    group = _LITERAL_WORDS.match(body)
    if group is None:
        # a single plain word ("to be ..."): its first letter, then the rest as written
        return [(body[0], _by_letters(body[1:]))] if body[:1].isalpha() and body[1:2].isalpha() else None
    rest = _by_letters(body[group.end() :])
    by_letter: dict[str, list[str]] = {}
    for alternative in group.group(1).split("|"):
        word = alternative.removesuffix("?")
        for spelling in [word[:-1], word] if alternative.endswith("?") else [word]:
            by_letter.setdefault(spelling[0], []).append(spelling[1:])
    if any("" in tails for tails in by_letter.values()):
        return None  # a one-letter word: no tail to write after the letter
    return [(letter, _trie(tails) + rest) for letter, tails in by_letter.items()]


_CUES_BY_READING = (("future", FUTURE_CUES), ("past", PAST_CUES), ("present", PRESENT_CUES))


def _cue_groups_by_letter() -> str:
    """`_cue_groups(after_gap=True)` with every cue that opens with plain words cut into one group per
    first letter, the letter itself matched in front of the group.

    The engine tries the alternatives of the scanner one after another at each word; one that opens
    with a group is entered (costly) even when its first letter is wrong, one that opens with a letter
    is turned away by a single comparison. Cues are tried future before past before present, and at a
    word the first that matches wins (`_cue_groups`); groups of different letters never both match at
    one word, so between two cues that cannot be cut (`_first_letters` is None), the groups of one
    letter are gathered under that letter, in cue order. Group names: `_CUE_OF_GROUP`."""
    out: list[str] = []
    letters: dict[str, list[str]] = {}

    def flush() -> None:
        out.extend(f"{letter}(?:{'|'.join(groups)})" for letter, groups in letters.items())
        letters.clear()

    for reading, cues in _CUES_BY_READING:
        for i, cue in enumerate(cues):
            pieces = _first_letters(cue.pattern.pattern)
            if pieces is None:
                flush()
                body = _by_letters(cue.pattern.pattern).removeprefix(r"\b")
                if _LETTER_THEN_LL in cue.pattern.pattern:
                    body = rf"l(?<=\w'l)l\b|{body}"  # as in `_cue_groups`
                out.append(f"(?P<{reading}{i}>{body})")
                continue
            for letter, rest in pieces:
                letters.setdefault(letter, []).append(f"(?P<{reading}{i}_{letter}>{rest})")
    flush()
    return "|".join(out)


def _cue_of_group() -> dict[str, str]:
    """The cue name of every group of the tense scanners (`_TENSE`, `_TENSE_AFTER_GAP`)."""
    names: dict[str, str] = {}
    for reading, cues in _CUES_BY_READING:
        for i, cue in enumerate(cues):
            names[f"{reading}{i}"] = cue.name
            names.update((f"{reading}{i}_{letter}", cue.name) for letter in string.ascii_lowercase)
    return names


def _tense_scanner() -> re.Pattern[str]:
    # One alternation of every cue: a single search finds the earliest cue. The search tries every
    # position; `CUE_START` turns most of them (inside words) away before the cues are tried.
    return re.compile(f"(?:{CUE_START})(?:{_cue_groups()})", re.IGNORECASE)


_LETTER_THEN_LL = r"\w'll"
"""The one cue (future.will) that can start inside a word, as its pattern writes it."""


_LITERAL_WORDS = re.compile(r"\(\?:((?:[a-z' ]+\??\|)+[a-z' ]+\??)\)")
"""A group of plain words in a pattern, each perhaps with an optional last letter: "(?:plans?|aims?)"."""


def _by_letters(pattern: str) -> str:
    """`pattern` with each group of plain words (`_LITERAL_WORDS`) as one alternation by letters (`_trie`).

    The regex engine tries the alternatives of a group one after another at each word (ignoring case
    defeats its first-letter shortcut), so a list of sixty verbs costs sixty tries a word; by letters,
    a few. Which word matches, and so where a match ends, may change when one word of the group is
    the start of another; whether the pattern matches at a position does not."""

    def words(group: re.Match[str]) -> str:
        spellings = []
        for alternative in group.group(1).split("|"):
            word = alternative.removesuffix("?")
            spellings += [word[:-1], word] if alternative.endswith("?") else [word]
        return _trie(spellings)

    return _LITERAL_WORDS.sub(words, pattern)


def _trie(words: Sequence[str]) -> str:
    """A group matching exactly `words`, shared beginnings written once (`lexicon.trie`)."""
    return f"(?:{trie(words)})"


# Each reporting verb ends at a word boundary and is made of letters, so no two of them match at
# one place: by letters, the matches are the same, not only the places.
_REPORTING_BY_LETTERS = re.compile(_by_letters(REPORTING.pattern), re.IGNORECASE)
_REPORTING_AFTER_GAP = re.compile(
    rf"[^\w]{_by_letters(_LITERAL_WORDS.search(REPORTING.pattern).group(0))}\b",  # type: ignore[union-attr]
    re.ASCII,
)
"""A reporting verb in lower-cased ASCII text, from the character before it (as `_TENSE_AFTER_GAP`)."""
_ASCII_WORD = frozenset(string.ascii_letters + string.digits + "_")
r"""What `\w` matches in ASCII mode."""
_REPORTING_AFTER_SPACE = re.compile((" " + _REPORTING_AFTER_GAP.pattern.removeprefix(r"[^\w]")).encode())
"""`_REPORTING_AFTER_GAP` in the bytes of a text whose every gap is a space (`_GAPS_AS_SPACES`)."""
_GAPS_AS_SPACES = bytes(c if chr(c) in _ASCII_WORD else ord(" ") for c in range(256))
"""Each byte that is no word character (in ASCII mode) as a space. What the pattern reads after the gap are
letters and a word boundary, which tell word characters only from the others: with every gap a space, it
matches at the same places; and opening with a plain character, it lets the engine skip from space to space
in a fast loop, where a class is tested at every character."""


def _reporting_verbs(text: str, start: int, end: int) -> list[int]:
    """Where `_REPORTING_BY_LETTERS.finditer(text, start, end)` finds its matches.

    A match starts with a whole verb at a word start, and what it takes after the verb ("that", a
    comma) is no verb, so its matches start wherever a verb does. Ignoring case, the search is tried at
    every position; in lower-cased ASCII text, with the character before `start` put in front, a search
    from the character before each word runs through words in the engine's fast loop."""
    before = text[start - 1] if start > 0 else " "
    piece = before + text[start:end]
    if not piece.isascii():
        return [m.start() for m in _REPORTING_BY_LETTERS.finditer(text, start, end)]
    spaced = piece.lower().encode().translate(_GAPS_AS_SPACES)
    return [m.start() + start for m in _REPORTING_AFTER_SPACE.finditer(spaced)]


# Every MENTION match has one of its nouns right after a space; few sentences do, and looking for
# the noun alone costs a fraction of looking for the whole phrase.
_MENTIONED_NOUN = re.compile(rf"(?<=\s){_trie(MENTION_NOUNS.split('|'))}\b", re.IGNORECASE)
_SPACE_THEN_NOUN = re.compile(rf"\s{_trie(MENTION_NOUNS.split('|'))}\b", re.ASCII)
"""`_MENTIONED_NOUN` for lower-cased ASCII text, matching the space before the noun (`_names_a_noun`); in
ASCII mode, as `_TENSE_AFTER_GAP`."""
_BLANK_THEN_NOUN = re.compile(" " + _SPACE_THEN_NOUN.pattern.removeprefix(r"\s"), re.ASCII)
"""`_SPACE_THEN_NOUN` for a text whose only whitespace is the space (`_space_then_noun`): a pattern that opens
with a plain character lets the engine skip from space to space in a fast loop, where a class is tested at
every character (a third of the search's cost)."""
_OTHER_SPACES = ("\n", "\t", "\r", "\x0b", "\x0c")
r"""The whitespace but the space that `\s` stands for in ASCII mode."""


def _space_then_noun(lowered: str) -> re.Match[str] | None:
    """`_SPACE_THEN_NOUN.search(lowered)`, with `_BLANK_THEN_NOUN` where the space is all the whitespace there is."""
    for other in _OTHER_SPACES:
        if other in lowered:
            return _SPACE_THEN_NOUN.search(lowered)
    return _BLANK_THEN_NOUN.search(lowered)


_MENTION_BY_LETTERS = _by_letters(MENTION.pattern.removeprefix(r"\b")).replace(
    f"(?P<noun>{MENTION_NOUNS})", f"(?P<noun>{_trie(MENTION_NOUNS.split('|'))})"
)
_MENTION_AFTER_GAP = re.compile(rf"[^\w]{_MENTION_BY_LETTERS}")
r"""`MENTION` for lower-cased ASCII text, from the character before it (as `_TENSE_AFTER_GAP`); `\s` stays
Unicode's, which in ASCII also takes the separators U+001C..U+001F."""


_COMPOUND_HEAD = re.compile(
    r" (?:sites?|scene|zone|area|victims?|survivors?|wreckage|debris|investigators?|investigation|inquiry|"
    r"report|venue|results?|campaign|organi[sz]ers|committee|location|memorial|death toll|toll)(?![a-z])",
    re.IGNORECASE,
)
"""The nouns a mention's noun may qualify ("return to the crash site", "the election results"): the phrase
names a place, people or a document, not the happening told before."""


def _heads_a_compound(text: str, end: int) -> bool:
    """Whether the mention ending at `end` of `text` qualifies a noun after it (`_COMPOUND_HEAD`)."""
    return text.startswith(" ", end) and _COMPOUND_HEAD.match(text, end) is not None


def _mention(text: str) -> re.Match[str] | None:
    """`MENTION.search(text)`, skipped when no noun it names is there. Ignoring case, the search is tried
    at every position; in ASCII text, where a match starts is found in lower case from the character
    before it, and the match is made there."""
    if not text.isascii():
        found = MENTION.search(text) if _MENTIONED_NOUN.search(text) else None
        while found is not None and (
            found.group("noun")[0].isupper()  # "Brothers to the Rescue": a name, no happening
            or _heads_a_compound(text, found.end())
        ):
            found = MENTION.search(text, found.end())
        return found
    lowered = text.lower()
    if _space_then_noun(lowered) is None:
        return None
    spaced = " " + lowered
    at = _MENTION_AFTER_GAP.search(spaced)
    while at is not None:
        found = MENTION.match(text, at.start())
        if found is not None and not found.group("noun")[0].isupper() and not _heads_a_compound(lowered, found.end()):
            return found
        at = _MENTION_AFTER_GAP.search(spaced, at.end())
    return None


def _names_a_noun(text: str) -> bool:
    """Whether `_MENTIONED_NOUN` finds a noun in `text`. In lower-cased ASCII, the space before the noun
    is matched rather than looked behind for: a pattern that starts with a character class lets the
    engine skip to the next space in one fast loop instead of trying the pattern at every letter."""
    if text.isascii():
        return _space_then_noun(text.lower()) is not None
    return _MENTIONED_NOUN.search(text) is not None


_TENSE = _tense_scanner()
_CUE_OF_GROUP = _cue_of_group()

# The tense scanner ignores case, which makes the engine fold every letter it compares, and it is
# tried at every position of the text. For a lower-cased ASCII text with a space put before it, the
# same cues are looked for from the character before each word: a pattern that starts with a
# character class lets the engine run through the letters of words in its fast loop, and written in
# lower case only, it compares letters without folding them. It finds the same cue first: a word start
# comes after its gap as it comes after the previous word's gap, and the "'ll" of "we'll", found at its
# apostrophe, is the first cue tried there as it is at the letter before it. Beyond ASCII, folding and
# lower() part ways ("ſ" matches "s" ignoring case; lower() leaves it): such texts take `_TENSE`.
# Searched in ASCII text only, it is compiled in ASCII mode: there, \w and \b mean what they mean in
# Unicode, and the engine tells a word character by comparing it rather than looking it up in tables.
_PAST_REGULAR = f"past{[cue.name for cue in PAST_CUES].index('past.regular')}"
"""The group of the regular past ("-ed") in the tense scanners."""
_PASSED_OVER = frozenset(
    g for g, name in _CUE_OF_GROUP.items() if name in ("past.regular", "past.simple", "present.plural")
)
"""The groups of the cues `passed_over` may turn away."""
_TENSE_AFTER_GAP = re.compile(rf"[^\w](?:{_cue_groups_by_letter()})", re.ASCII)


def passed_over(cue: str, text: str, start: int) -> bool:
    """Whether the cue found at `start` is no verb of its kind: a name that looks like a regular past ("United
    will face Chelsea"), or a plural present's word as an infinitive, after a modal or a determiner, or a
    speaker's own ("declined to estimate", "the fear", "we think": quoted where the story was told)."""
    if cue == "past.regular" or cue == "past.simple":
        return (
            (cue == "past.regular" and text[start : start + 1].isupper())
            or (
                text.find(" by ", start, start + 24) > 0
                and _PARTICIPLE_BY.match(text, start) is not None
                and not _VERB_SUBJECT_BEFORE.search(text, max(0, start - 12), start)
            )
            or (text.endswith(_CONDITION_WORDS, 0, start) and _CONDITION_BEFORE.search(text, max(0, start - 9), start) is not None)
            # "it would cut 500 jobs this year": a base form after a modal, no past
            or (cue == "past.simple" and _MODAL_BEFORE.search(text, max(0, start - 12), start) is not None)
        )
    return cue == "present.plural" and _NOT_PLURAL_BEFORE.search(text, max(0, start - 7), start) is not None


_PARTICIPLE_BY = re.compile(
    r"(?!(?:was|were|is|are|had|has|have|did|been|stood|stand|stands)\b)[a-z]+ by (?!(?:\d|a|an|half|about|nearly|almost|more|less|around|roughly|some|up|as|far|over|just|only|"
    r"much|between|at|to|from)\b)"
)
"""A past participle with its agent ("Swells generated by the storm will reach ..."): a reduced passive
clause about a noun, whose verb is not the clause's; a verb by an amount ("dropped by 5%") is."""
_MODAL_BEFORE = re.compile(r"\b(?:would|could|should|will|might|may|must|can)\s+(?:not\s+)?$", re.IGNORECASE)
_CONDITION_WORDS = ("if ", "If ", "IF ", "unless ", "Unless ", "when ", "When ", "until ", "Until ", "though ", "Though ")
"""How a text `_CONDITION_BEFORE` matches at its end ends, looked for first ("although" ends in "though ")."""
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|when|until|though|although)\s+$", re.IGNORECASE)
"""A participle right after these is a clause with no subject of its own ("If approved, the law would
...", "when asked"): no past verb of the sentence."""
_VERB_SUBJECT_BEFORE = re.compile(
    r"\b(?:i|he|she|it|we|they|you|who|was|were|be|been|being|is|are|am|has|have|had|get|gets|got)\s+$",
    re.IGNORECASE,
)
"""Words after which a verb with "by" is the clause's own ("he stopped by", "was hit by")."""


_NOT_PLURAL_BEFORE = re.compile(
    r"(?:\b(?:to|the|a|an|no|its|their|his|her|our|could|would|may|might|can|must|should|not|will|did|let|make|"
    r"help|i|we|you)|n't) $",
    re.IGNORECASE,
)


def _earliest_cue(text: str) -> re.Match[str] | None:
    """A match whose group is that of `_TENSE.search(text)` (not its place), passing over what `passed_over`
    tells is no verb of its cue."""
    ascii_text = text.isascii()
    scanner, where = (_TENSE_AFTER_GAP, " " + text.lower()) if ascii_text else (_TENSE, text)
    match = scanner.search(where)
    # (an after-gap match starts at the character before the word in `where`: the word's place in `text`)
    while match is not None and match.lastgroup in _PASSED_OVER and passed_over(
        _CUE_OF_GROUP[match.lastgroup], text, match.start()
    ):
        match = scanner.search(where, match.end())
    if match is not None and ", wh" in text:
        closed = _aside_closing(text, match.start())
        if closed is not None:
            # "Consumer spending, which accounts for two-thirds of the economy, rose 2.4%": the aside's verb
            # is not the clause's
            return _earliest_cue(text[closed:])
    return match


_ASIDE_OPENS = (", which ", ", who ")


def _aside_closing(text: str, at: int, lo: int = 0) -> int | None:
    """Where the ", which ..." or ", who ..." aside (opened after `lo`) that `at` lies in closes, when it
    closes with a comma."""
    opened = max(text.rfind(opening, lo, at) for opening in _ASIDE_OPENS)
    if opened < 0 or text.find(",", opened + 2, at) >= 0:
        return None
    closed = text.find(",", at)
    return closed if closed >= 0 else None


@functools.lru_cache(maxsize=4096)
def verb_cue(text: str) -> str:
    """The name of the earliest verb cue ("present.perfect", "future.will", ...), "" when none.

    The earliest decides, since the main verb comes early and later ones sit in subordinate
    clauses ("The Kremlin has demanded guarantees that NATO will not...")."""
    match = _earliest_cue(text)
    if match is None or match.lastgroup is None:
        return ""
    return _CUE_OF_GROUP[match.lastgroup]


def tense(text: str) -> str:
    """future, present or past (past when no verb cue is found: news reports what happened)."""
    cue = verb_cue(text)
    return cue.partition(".")[0] if cue else "past"


def _inherit(
    article: Article,
    sentence: Sentence,
    text: str,
    history: list[tuple[Sentence, Dated]],
    memo: _Memo,
) -> Dated:
    published = article.published
    last_sentence, last = history[-1] if history else (sentence, None)
    if last is not None and last_sentence.span.start in memo.entries and last_sentence.paragraph == sentence.paragraph:
        return memo.inherited_from(last, ENTRY_TIME, "the time the live report's entry opens with", 0.7)
    if (
        last is not None
        and last_sentence.paragraph == sentence.paragraph
        and not last.when.vague
        # "independent since 1901": what has lasted since then dates no later sentence; nor does a
        # maturity ahead ("notes due Nov. 1, 2009") date one that tells the past
        and not _since(article.text, last)
        and not (last.when.start > published and tense(text) == "past")
        # "Her husband died in 2017. She is survived by two daughters": a state at publication
        and not (last.when.end < published and verb_cue(text) in _NOW)
    ):
        return memo.inherited_from(
            last, "inherit.same-paragraph", "an earlier sentence of the same paragraph", 0.6
        )
    # Read past the rule above, which holds whatever the tense: finding the tense is the costly part.
    reading = tense(text)
    # "iPhone 4 will be available on June 24. ... The 3GS's price will be reduced": an
    # announcement read right after a dated plan belongs to that plan.
    if (
        last is not None
        and reading == "future"
        and last.when.start > published
        and not last.when.vague
        and sentence.paragraph - last_sentence.paragraph <= PLAN_REACH
    ):
        return memo.inherited_from(
            last, "inherit.plan", "the plan announced just before (a future-tense sentence)", 0.4
        )
    if "ince then" in text and _SINCE_THEN.search(text) is not None:
        since = _since_then(history, published)
        if since is not None:
            return since
    # Only a sentence with a date of its own can be the one a mention points at.
    mention = _mention(text) if _names_a_day(history) else None
    if mention is not None and ", wh" in text and _aside_closing(text, mention.start()) is not None:
        # "The union, which opposed the takeover from the start, said ...": what an aside names dates no main clause
        mention = None
    # "the talks" in a past-tense report, or "since its launch" in any tense, points at a happening
    # the article dated before; the earlier sentence may use the verb ("launched") for the noun.
    anniversary = (
        _ANNIVERSARY_OF.search(text, mention.start() - 40 if mention.start() > 40 else 0, mention.start())
        if mention and "anniversary" in text
        else None
    )
    if anniversary is not None and mention is not None:
        return _anniversary_of(article, history, mention, anniversary, reading) or _fallback(published, reading)
    if mention and (reading == "past" or mention.group("anchor")):
        earlier = _dated_mention(article, history, mention)
        if earlier is not None:
            return memo.inherited_from(earlier, "inherit.mention", f"'{mention.group(0).strip()}' was dated earlier", 0.5)
    if reading == "past":
        for earlier_sentence, earlier in reversed(history):
            when = earlier.when
            if when.vague or when.granularity not in DAYLIKE or when.end > published:
                continue
            if (
                when.end == published
                and earlier.timex is not None
                and "T" in earlier.timex.time.value
                and _told_ahead(article.text, earlier_sentence)
            ):
                continue  # "He is expected to speak at about 1pm. Turnout was 60%": not the speech's hour
            # Ordinals, since subtracting pendulum dates builds a slow Interval.
            if published.toordinal() - when.end.toordinal() <= NARRATIVE_DAYS:
                if earlier.timex is not None and _dates_its_subject(article.text, earlier_sentence, earlier.timex):
                    continue  # "Figures published on Wednesday showed inflation rose": the figures' day, no story's
                if _SAYS_FIRST.match(text) is not None and not _SPEECH_ACT.search(
                    article.text, earlier_sentence.span.start, earlier_sentence.span.end
                ):
                    # "Shares rose 4% on Monday. Analysts said ...": a saying after a happening that was none is of
                    # the story's day, which the lead gave, when that came later
                    lead = _lead_of(article, history, memo)
                    if lead is not None and lead.when.end > when.end:
                        return memo.inherited_from(
                            lead, "inherit.story", "a saying of the story's day, which the report opens with", 0.4
                        )
                rule = "inherit.continuation" if CONTINUATION.search(text) else "inherit.narrative"
                reason = (
                    "the sentence continues the story told before it"
                    if rule == "inherit.continuation"
                    else "the latest dated happening of the story (a past-tense sentence)"
                )
                return memo.inherited_from(earlier, rule, reason, 0.5)
            break
        # The last day told is old background ("born on 24 February 1955"): a past-tense sentence
        # after it is back in the story, whose day the lead gave.
        lead = _lead_of(article, history, memo)
        if lead is not None:
            return memo.inherited_from(
                lead,
                "inherit.story",
                "the news the report opens with (a past-tense sentence after background)",
                0.4,
            )
    return _fallback(published, reading)


_NOW = ("present.state", "present.progressive")
"""Verb cues of what is so at publication, whatever a sentence before it dates."""

_SUBJECTS_PARTICIPLE = re.compile(
    r"(?:[\w'\u2019-]+\s+){1,4}(?:published|released|issued|out|unveiled|announced)\s+(?:on\s+|late\s+on\s+|earlier\s+)?$",
    re.IGNORECASE,
)


def _dates_its_subject(text: str, sentence: Sentence, timex: Timex) -> bool:
    """Whether the date is told by a participle after the sentence's subject ("Figures published on Wednesday
    showed ...", "Data released on Tuesday"): the day a thing came out, background to what follows."""
    start = sentence.span.start
    if timex.span.start - start >= _SUBJECT_CHARS or _SUBJECTS_PARTICIPLE.fullmatch(text, start, timex.span.start) is None:
        return False
    # ... then the sentence's own verb ("showed"), not "Albright announced Monday to offer a reward"
    after = text[timex.span.end : timex.span.end + 20].split()
    return bool(after) and after[0].lower() != "that" and (_a_verb(after[0]) or after[0].lower() in _PRESENT_OF_FIGURES)


_PRESENT_OF_FIGURES = frozenset(("show", "shows", "suggest", "suggests", "indicate", "indicates", "reveal", "reveals"))


_SUBJECT_CHARS = 60

_SAYS_FIRST = re.compile(
    r"(?:[\w.'\u2019-]+\s+){1,6}?(?:said|told|added|warned|stressed|insisted|argued|noted|acknowledged)\b"
)
"""A sentence whose main verb is a saying, after a subject of a few words ("Analysts at Bernstein said")."""
_SPEECH_ACT = re.compile(
    r"\b(?:said|says|told|tells|added|announced|declared|stated|claimed|denied|warned|urged|insisted|argued|accused|"
    r"accusing|lashed\s+out|critici[sz]ed|described|called\s+(?:on|for)|interview|speech|statement|briefing|"
    r"news\s+conference|press\s+conference)\b",
    re.IGNORECASE,
)
"""What tells a saying in a sentence, whose day a saying after it goes on with."""

SINCE_THEN = "inherit.since-then"
_SINCE_THEN = re.compile(r"\b[Ss]ince then\b")


def _since_then(history: Sequence[tuple[Sentence, Dated]], published: pendulum.Date) -> Dated | None:
    """ "More than 3,800 people have been killed since then": from the latest date told before, up to
    publication."""
    earlier = next((d for _, d in reversed(history) if d.timex is not None and not d.when.vague), None)
    if earlier is None or earlier.when.end >= published:
        return None  # "then" is the latest time told, and only one gone by reaches up to now
    start = earlier.when.start
    when = _WHEN(start, published, "range", f"{earlier.when.value}/{published.isoformat()}", "", False)
    return _DATED(
        when,
        None,
        SINCE_THEN,
        f"no time expression in the sentence; 'since then': from the date told before ({_describe(earlier.when)}) "
        f"up to publication ({_day_label(published)})",
        min(0.6, earlier.confidence),
        None,
    )


_ANNIVERSARY_OF = re.compile(
    r"\b(?:(?P<nth>[\w-]+)\s+)?anniversary\s+of\s+$",
    re.IGNORECASE,
)
"""What stands before a mention whose day comes round again: "on the anniversary of", "the 10th anniversary of"."""


def _anniversary_of(
    article: Article,
    history: Sequence[tuple[Sentence, Dated]],
    mention: re.Match[str],
    anniversary: re.Match[str],
    reading: str,
) -> Dated | None:
    """The day a happening dated earlier comes round again ("will publish an update on the anniversary of the
    crash", "marked the fifth anniversary of the attack"): the one its ordinal counts, else the latest one gone
    by in a past-tense sentence and the next one to come otherwise, and never the day itself."""
    published = article.published
    earlier = _dated_mention(article, history, mention)
    if earlier is None or earlier.when.granularity not in DAYLIKE:
        return None  # a day that comes round again needs a day
    day = earlier.when.start
    nth = ORDINALS.get((anniversary["nth"] or "").lower())
    if nth is None:
        years = published.year - day.year - ((published.month, published.day) < (day.month, day.day))
        nth = years + 1 if reading != "past" or years < 1 else years
        if reading != "past" and _safe_anniversary(day, years) == published:
            nth = years  # "marks the anniversary of the crash today"
    at = _safe_anniversary(day, nth)
    if at is None:
        return None
    return _DATED(
        _WHEN(at, at, "day", at.isoformat(), "", False),
        None,
        "inherit.anniversary",
        f"no time expression in the sentence; '{anniversary.group(0).strip()} {mention.group(0).strip()}': "
        f"{nth} year{'s' if nth > 1 else ''} after the day it was dated earlier ({_day_label(day)}): "
        f"{_day_label(at)}",
        min(0.5, earlier.confidence),
        None,
    )


def _dated_mention(
    article: Article, history: Sequence[tuple[Sentence, Dated]], mention: re.Match[str]
) -> Dated | None:
    """The latest sentence told so far that names the happening a mention points at ("the talks", "the crash"),
    with a precise date of its own that has come: "called the vote historic" after "the Senate is expected to
    vote in September" is the vote held, so not the plan. The earlier sentence may use the verb ("launched")
    for the noun."""
    published = article.published
    stems = _stems(mention.group("noun").lower())
    for earlier_sentence, earlier in reversed(history):
        if earlier.when.vague or earlier.timex is None or earlier.when.start > published:
            continue
        if _starts_a_word(article.text[earlier_sentence.span.start : earlier_sentence.span.end].lower(), stems):
            return earlier
    return None


def _safe_anniversary(day: pendulum.Date, years: int) -> pendulum.Date | None:
    """`day` `years` on (29 February on the 28th in a common year); None before the day itself."""
    if years < 1:
        return None
    return day.add(years=years)


def _told_ahead(text: str, sentence: Sentence) -> bool:
    """Whether a sentence looks ahead (its verbs are future): what it dates today is still to come."""
    return tense(text[sentence.span.start : sentence.span.end]) == "future"


def _names_a_day(history: Sequence[tuple[Sentence, Dated]]) -> bool:
    """Whether a sentence told so far has a precise date of its own (what `inherit.mention` looks for)."""
    return any(earlier.timex is not None and not earlier.when.vague for _, earlier in reversed(history))


@functools.lru_cache(maxsize=256, typed=True)
def _fallback(published: pendulum.Date, reading: str) -> Dated:
    """The publication date for a clause of the given tense with nothing else to go by: the same for
    every such clause of an article (a third of all clauses), so made once."""
    when = When(published, published, "day", published.isoformat(), "", False)
    state = {"present": "a present-tense state", "future": "an announcement", "past": "a report"}[reading]
    return Dated(
        when,
        None,
        FALLBACK,
        f"no time expression and no dated context; {state}, dated by the article's publication "
        f"({_day_label(published)})",
        0.3,
    )


def _reported_done(article: Article, complement: Span, dated: Sequence[Dated], context: Dated) -> Dated | None:
    """The latest date of a reported clause told in the past, when the saying's borrowed date ends before it."""
    published = article.published
    done = [d for d in dated if d.when.start <= published and context.when.end < d.when.start]
    if not done or tense(article.text[complement.start : complement.end]) != "past":
        return None
    return max(done, key=lambda d: d.when.start)


def _saying_after(published: pendulum.Date, done: Dated) -> Dated:
    """The publication date for a saying of something done on a later day than the story's context."""
    when = When(published, published, "day", published.isoformat(), "", False)
    return Dated(
        when,
        None,
        FALLBACK,
        f"a report of what happened '{done.when.text}' ({_describe(done.when)}), so made after it; dated by "
        f"the article's publication ({_day_label(published)})",
        0.3,
    )


def _stems(noun: str) -> tuple[str, ...]:
    """The word beginnings that name the noun's happening: its stem ("talk" for "talks"), so "launched"
    finds "launch"; or its kindred words (`MENTION_KIN`)."""
    return MENTION_KIN.get(noun) or (noun[:-1] if noun.endswith("s") and len(noun) > 4 else noun,)


def _starts_a_word(text: str, stems: Sequence[str]) -> bool:
    r"""Whether a word of `text` starts with one of `stems`, as a search for `\b(?:stem|...)` finds it (each
    stem starts with a letter, so the boundary is a start of text or a character not of a word before it).

    A pattern per noun would be compiled on its first mention in a run, at the cost of a few hundred
    searches; `str.find` for the stems costs about one."""
    for stem in stems:
        at = text.find(stem)
        while at >= 0:
            if at == 0 or not _word_character(text[at - 1]):
                return True
            at = text.find(stem, at + 1)
    return False


def _word_character(char: str) -> bool:
    r"""What `\w` matches (without re.ASCII): a letter, a digit or a numeric character, or the underscore."""
    return char.isalnum() or char == "_"


def _inherited(source: Dated, rule: str, reason: str, confidence: float) -> Dated:
    when = source.when
    if when.granularity == "time" and rule != ENTRY_TIME:
        # "The count ended at 1.30am. Turnout was 71.4%": the day goes on to the next sentence, not the minute
        # (a live report's entry is the exception: its words are of its time)
        when = _WHEN(when.start, when.end, "day", when.value[:10], "", when.vague)
    # An inherited date has no words of its own: a source that was itself inherited already has none, and
    # its When (frozen) serves as it is rather than being made again with the same fields.
    elif when.text:
        when = _WHEN(when.start, when.end, when.granularity, when.value, "", when.vague)
    origin = f"'{source.when.text}'" if source.when.text else "its date"
    return _DATED(
        when,
        None,
        rule,
        f"no time expression in the sentence; takes {origin} ({_describe(when)}) from {reason}",
        min(confidence, source.confidence),
        None,  # phrase
    )


_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)


def _since(text: str, date: Dated) -> bool:
    """Whether the date is what something has lasted since ("has been on leave since January", "since then")."""
    if date.timex is None:
        return date.rule == SINCE_THEN
    start = date.timex.span.start
    lo = start - 8 if start > 8 else 0
    before = text[lo:start]
    # Most dates have no "since" before them; in ASCII, ignoring case is lower-casing.
    if before.isascii() and "since" not in before.lower():
        return False
    return _SINCE.search(text, lo, start) is not None


_CONDITION = re.compile(r"[\"'\u201c]?(?:if|unless)\s", re.IGNORECASE)
_CONDITION_FIRST = frozenset("\"'\u201ciIuU\u0130\u0131")
"""What a text `_CONDITION` matches starts with (ignoring case, "i" is also the dotted and the dotless one)."""
_CONSEQUENCE = re.compile(r"\b(?:will|would|could|might|faces?|'ll)\b")
"""What a condition leads to, when it is still to come ("he could face ..."); "If you take away X, the
market looks cheap" tells a standing truth."""


_WOULD_VERB = re.compile(r"\bwould\s+(?:not\s+|still\s+|also\s+)?[a-z]")


def _kind(quote: str, date: Dated, published: pendulum.Date, since: bool = False) -> Kind:
    when = date.when
    value = date.timex.time.value if date.timex else ""
    if when.start > published or value == "FUTURE_REF" or date.rule == offsets.FROM_PUBLICATION:
        return Kind.PLANNED
    if when.end > published and date.timex is not None and date.timex.text[:6].lower() == "later ":
        return Kind.PLANNED  # "The first images are expected later this month"
    if value == "PRESENT_REF":
        return Kind.ONGOING
    if (
        when.end >= published
        and quote[:1] in _CONDITION_FIRST
        and _CONDITION.match(quote)
        and _CONSEQUENCE.search(quote)
    ):
        return Kind.PLANNED  # "If convicted, Miller faces up to 20 years": what would follow is yet to come
    if (when.vague or date.rule == offsets.TO_PUBLICATION) and when.end >= published:
        # "have engaged in talks in recent weeks" (or "over the past 18 months") goes on; "was introduced
        # less than two weeks ago" is done
        return Kind.OCCURRED if verb_cue(quote).startswith("past") else Kind.ONGOING
    if when.end < published and not since:
        return Kind.OCCURRED  # the tense decides only for a span reaching publication (below)
    cue = verb_cue(quote)
    # "(told reporters that) the carrier would review its order before the end of the year": a "would"
    # with no other verb cue is what was to come, and still is while its span lasts (but not "would seem",
    # "would appreciate" on the day of publication: a wish or a guess, not a plan)
    reading = (
        cue.partition(".")[0]
        if cue
        else "future"
        if when.end > published and " would " in quote and _WOULD_VERB.search(quote)
        else "past"
    )
    # "has been fighting the illness since 2004": it began then and goes on.
    if since and reading == "present":
        return Kind.ONGOING
    # A span that reaches past publication ("will spend the rest of the week", "the plans we have
    # for 2011") is still to come, or going on, by the clause's tense; but "has filed a lawsuit
    # this week" is done (a dated present perfect reports a completed act).
    if reading == "future" and when.end >= published:
        return Kind.PLANNED
    if reading == "present" and when.end >= published and (
        cue != "present.perfect" or date.timex is None and _perfect_of_a_state(quote)
    ):
        return Kind.ONGOING
    return Kind.OCCURRED


_PERFECT = re.compile(
    r"\b(?:has|have)(?:n't)?\s+(?:(?:not|never|already|just|now|also|recently|finally)\s+)?"
    r"(?P<verb>[a-z]+)(?:\s+(?P<next>[a-z]+))?",
    re.IGNORECASE,
)
_DONE_ACTS = frozenset(
    """agreed approved signed completed finalised finalized announced resigned quit died charged arrested killed identified
    released rejected reinstated filed launched offered requested named appointed elected won lost accepted
    confirmed ordered issued cleared sold bought acquired dismissed indicted sentenced convicted fired
    withdrawn cancelled canceled postponed delayed suspended banned invited criticised criticized unveiled
    introduced passed voted decided ruled overturned struck reached settled sued pleaded admitted apologised
    apologized claimed denounced condemned vetoed imposed lifted handed recalled closed opened shut scrapped
    dropped abandoned halted ended stopped blocked upheld granted awarded revealed published discovered
    found captured freed rescued evacuated injured wounded destroyed damaged hit attacked bombed seized
    taken given chosen stolen broken won""".split()
)
"""Acts a present perfect reports done: "Arsenal have completed the signing", "He has been charged"."""
_NOT_DONE = re.compile(
    r"\b(?:no|not|never|nobody|none|neither|nor|would|could|should|might|may|must)\b|n't\b", re.IGNORECASE
)
_LASTING = re.compile(
    r"\b(?:for (?:(?:nearly|almost|about|more than|over|the past|the last)\s+)?(?:[\w-]+\s+)?"
    r"(?:years|decades|months|weeks|generations)|for so long|too long|since)\b"
)
"""A perfect that tells no act done: one denied or guessed at, or one that has lasted a while."""


def _perfect_of_a_state(quote: str) -> bool:
    """An undated present perfect tells what goes on ("has been the focus of a custody battle", "has been
    fighting", "has massed troops near the border"), unless it reports an act done ("Arsenal have completed
    the signing", "He has been charged", not "No one has claimed responsibility")."""
    perfect = _PERFECT.search(quote)
    if perfect is None or _NOT_DONE.search(quote, 0, perfect.end("verb")) or _LASTING.search(quote):
        return True  # "No one has claimed responsibility", "would have allowed", "has been troubled for years"
    verb = perfect["verb"].lower()
    if verb == "been":
        verb = (perfect["next"] or "").lower()
    return verb not in _DONE_ACTS


def _cuts(text: str, sentence: Span, dated_cuts: Sequence[int] = ()) -> list[int]:
    """Where a sentence's clauses begin and end: its ends, its clause breaks and `dated_cuts` (where clauses
    opening with their own date begin); the same for every date of the sentence, so made once for all."""
    breaks = {m.end() for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end)}
    return [sentence.start, *sorted(breaks.union(dated_cuts) - {sentence.start, sentence.end}), sentence.end]


def _clause(
    text: str, sentence: Span, timex: Timex | None, cuts: Sequence[int], whole: Collection[int] = ()
) -> Span:
    """The clause of a sentence around one of its time expressions, for sentences naming several dates
    (`cuts`: the sentence's `_cuts`; a clause starting at one of `whole` has a subject of its own, however
    few its words)."""
    if timex is None:
        return sentence
    for a, b in itertools.pairwise(cuts):
        if a <= timex.span.start < b:
            start, end = a, b
            break
    else:
        return sentence
    if start > sentence.start and text.startswith("which ", start) and _next_comma(text, start, timex.span.start) > 0:
        # "Meta, which dominates the market, announced its headset last week, ...": the aside closed before
        # the date, whose clause is the main one it interrupts
        start = cuts[cuts.index(start) - 1]
    # A clause of a few words is a fragment; widen it to its neighbours.
    while (
        start not in whole
        and end not in whole
        and _fewer_words(text[start:end], 6)
        and (start > sentence.start or end < sentence.end)
    ):
        i = cuts.index(start)
        j = cuts.index(end)
        start = cuts[i - 1] if i > 0 else start
        end = cuts[j + 1] if j + 1 < len(cuts) else end
    # "He said that X within 90 days, and that applications can be submitted next month": what the second
    # "that" opens is what was said
    if start > sentence.start and (opened := _AND_THAT.match(text, start, end)) is not None:
        start = opened.end()
    # Trimmed as offsets, and the Span made once: one for each character dropped cost more than the trim.
    while end > start and text[end - 1] in " ,;":
        end -= 1
    # "... the iPod music player and | the following year ...": the joining word goes with neither.
    joint = _TRAILING_JOIN.search(text, start, end) if text.endswith(_JOINS, start, end) else None
    if joint is not None and joint.start() > start:
        end = joint.start()
    return Span(start, end)


_AND_THAT = re.compile(r"(?:and|but)\s+that\s+(?=[a-z])")
_TRAILING_JOIN = re.compile(r"[\s,][\s,]*(?:and|but|or)$")
_JOINS = ("and", "but", "or", "and\n", "but\n", "or\n")
"""How a text that `_TRAILING_JOIN` matches ends (`$` also matches before a last newline)."""
_ASIDE_HINT = re.compile(rf", (?:who|whose|which|{_ASIDE_ADVERB}(?:{'|'.join(PARTICIPLES)})|{_PLAN_OR_RANK})\b")
# The words an aside is about end at the first comma but that of a number ("$3,500"): the only place
# ", who" can follow them. Taken possessively, they are not given back a letter at a time (each of which
# the pattern would try before failing) where no aside follows.
def _present_verb_before_name(word: str, following: str) -> bool:
    return word[-1] == "s" and word.islower() and word[-2:] != "ss" and following[:1].isupper()


_ASIDE_HEADLINE = re.compile(
    rf"(?P<who>[^,]++(?:(?<=\d),(?=\d)[^,]*+)*+)(?:, \d{{1,3}}(?=, who ))?, (?:(?:who|which) (?P<what>[^,]+(?:(?<=\d), \d{{4}}\b[^,]*)?)|whose (?P<whose>[^,]+)|(?P<done>{_ASIDE_ADVERB}(?:{'|'.join(PARTICIPLES)})(?: {_PARTICIPLE_THEN}[^,]*)?|{_PLAN_OR_RANK}(?: [^,]*)?))$"
)


_PART_OF_WHICH = re.compile(
    r"((?:the\s+)?(?:first|second|third|last|rest|most|all|some|many|none|one|two|three|four|five|several|half|each)"
    r"\s+of\s+)(?:which|whom)\b",
    re.IGNORECASE,
)
"""A relative that opens with a part of its noun ("the first of which arrived")."""
_OPENING_QUOTES = ('"', "\u201c")
_SUBJECT_AFTER_THAT = re.compile(r"(?:the|a|an|his|her|its|their|our|he|she|it|they|we|you|I)\s|[A-Z£$€\d]")
"""How a clause's subject opens after the conjunction "that"."""
_QUOTATION_THEN_SPEAKER = re.compile(
    r"[,!?]\s?[\"\u201d]\s+(?=[^\"\u201c\u201d]*\b(?:said|says|added|told|asked|insisted|warned|explained|wrote)\b)"
    r"[^\"\u201c\u201d]*$"
)
"""The speaker and the place after a quotation that opened the sentence ('," Lamarre, the lead investigator, told a
news conference in Gatineau'), to the end: no other quotation follows."""


def headline(quote: str, phrase: Span | Timex | None = None, offset: int = 0) -> str:
    """A short headline from a quote: connectives, attribution tails and the date phrase (a span of
    the article text, or a timex's) removed."""
    text = quote.strip()
    where = phrase.span if isinstance(phrase, Timex) else phrase
    saying = _dated_saying(quote, where.start - offset, where.end - offset) if where is not None else None
    if saying is not None:
        text = saying
    elif where is not None:
        text = _without_date_phrase(quote, where.start - offset, where.end - offset) or text
    dateline = _dateline(text)
    if dateline is not None:
        text = text[dateline.end() :]  # "WASHINGTON _ The economy ...": the place the report was filed from
    opens_quoted = text[:1] in _OPENING_QUOTES
    text = _without_leading(text.strip(_QUOTES))
    if " of wh" in text[:24] and (part := _PART_OF_WHICH.match(text)) is not None:
        text = f"{part[1]}them{text[part.end() :]}"  # "the first of which arrived earlier this month": of them
    if text.startswith("that ") and _SUBJECT_AFTER_THAT.match(text, 5):
        # "... and that £5m had been made available", "that the company's orders have increased": the conjunction of a
        # clause cut from its verb (not the determiner of "that option is growing less likely")
        text = text[5:]
    told = (
        _SAID_ON_DAY_THAT.match(text)
        if where is not None and " that " in text and (not text.isascii() or _says_or_tells(text.lower()))
        else None
    )
    if told is not None and quote[where.start - offset : where.end - offset] not in told.group():
        text = text[told.end() :]  # "Acme said on Thursday that net profit rose (in March)": the profit is the news
    bare = _BARE_LEAD.match(text) if text[:1] in _BARE_LEAD_FIRST else None
    if bare is not None and "," not in text and not any(map(_a_verb, text[bare.end() :].split())):
        text = text[bare.end() :]  # "..., after a blaze at a nearby factory on Sept. 3": the blaze is the news
    # "Rebels seized the town on Sunday, the army said on Monday": the saying's own day goes with it
    dated_tail = _dated_attribution().search(text, len(text) - 60) if text.endswith(_DAY_ENDS) else None
    said = text[: dated_tail.start()] if dated_tail is not None else text
    if opens_quoted and (closed := _QUOTATION_THEN_SPEAKER.search(text)) is not None and not _fewer_words(
        text[: closed.start()], 4
    ):
        # '"The crew had little time," Yvette Lamarre, the board's lead investigator, told a news conference in
        # Gatineau': what was said is the news; who said it, and where, the attribution
        text = text[: closed.start()]
    elif _may_end_with_attribution(said):
        without_tail = _without_attribution(said)
        if not _fewer_words(without_tail, 4) and (dated_tail is None or without_tail != said):
            text = without_tail
    elif " said " in text or " says " in text:
        # '"...," said Maureen Connolly': the attribution put after its verb
        inverted = _INVERTED_ATTRIBUTION.search(text, len(text) - 60)
        if (
            inverted is not None
            and inverted["who"].lower() not in _NOT_A_SPEAKER
            and not _fewer_words(text[: inverted.start()], 4)
        ):
            text = text[: inverted.start()]
    text = _tidy_spaces(text).strip(_HEADLINE_STRIP)
    # (tried only where an aside opens: at every comma the pattern would backtrack through the words; no
    # comma follows the one it opens at, so only the last comma can be it)
    last_comma = text.rfind(",")
    if last_comma > 0 and text[last_comma - 1].isdigit() and text[last_comma + 2 : last_comma + 6].isdigit():
        last_comma = text.rfind(",", 0, last_comma)  # "which ended December 30, 2006": the date's comma
    aside = _ASIDE_HEADLINE.match(text) if last_comma >= 0 and _ASIDE_HINT.match(text, last_comma) else None
    # The same test as `_antecedent`'s: the words before ", which" must name a thing, not tell a clause.
    if (
        aside is not None
        and len(who := aside["who"].split()) <= (
            ANTECEDENT_WORDS if not aside["what"] or not _OBJECT_FIRST.match(aside["what"]) else 10
        )
        and not any(map(_a_verb, who))
        # "Attal replaces Elisabeth Borne, who resigned": a present verb before a name tells a clause
        and not any(_present_verb_before_name(w, n) for w, n in itertools.pairwise(who))
    ):
        if aside["what"] and _OBJECT_FIRST.match(aside["what"]):
            # "Lightning, which it introduced" -> "it introduced Lightning": the aside's subject is another
            thing = aside["who"]
            if who[0].lower() in _DETERMINERS:
                thing = thing[:1].lower() + thing[1:]
            text = f"{aside['what']} {thing}"
        elif aside["what"]:
            thing = aside["who"]
            head, of, named = thing.rpartition(" of ")
            words = head.split()
            # (the head noun, lower-cased when it opens the sentence: "Residents of ...")
            if of and aside["what"].startswith(("was ", "is ", "has ")) and _plural(words[-1] if len(words) > 1 else words[-1].lower()):
                thing = named  # "Residents of Dutch Flat, which was evacuated": the singular the verb agrees with
            text = f"{thing} {aside['what']}"  # "The minister, who took office" -> "The minister took office"
        elif aside["whose"]:
            # "The minister, whose resignation was announced" -> "The minister's resignation was announced"
            owner = aside["who"] + ("'" if who[-1].endswith("s") else "'s")
            text = f"{owner} {aside['whose']}"
        else:
            # "Jobs, born in San Francisco" -> "Jobs was born in San Francisco"
            text = f"{aside['who']} {'were' if _plural(who[-1]) else 'was'} {aside['done']}"
    if len(text) > HEADLINE_CHARS:
        cut = text.rfind(" ", 0, HEADLINE_CHARS - 1)
        text = text[: cut if cut > 40 else HEADLINE_CHARS - 1].rstrip(" ,;:") + "…"
    text = _closed_quotes(text)
    if text[:1] == text[:1].upper():
        return text  # nothing to raise (most headlines start with a capital)
    first = text.partition(" ")[0]
    if first[1:] != first[1:].lower():
        return text  # "iOS will be ...", "eBay's ...": a name written with its own capitals
    return text[:1].upper() + text[1:]


@functools.cache
def _dated_attribution() -> re.Pattern[str]:
    """An attribution with its own day at the end of a headline ("..., the army said on Monday"); compiled
    on first use, as few texts need it and compiling at import slows every start."""
    return re.compile(
        rf"(?:{'|'.join(f'(?<={verb})' for verb in _ATTRIBUTION_VERBS)})\s+(?:on\s+)?"
        r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight)\.?\s*$",
        re.IGNORECASE,
    )


_DAY_ENDS = ("day", "day.", "Day", "Day.", "DAY", "DAY.", "tonight", "tonight.", "Tonight", "Tonight.")
"""How a text `_dated_attribution()` can match ends: checked first, as few headlines end so."""
_QUOTES = "\"'`\u201c\u201d\u2018\u2019"  # with the backticks of ``TeX-style'' quotes
_HEADLINE_STRIP = _QUOTES + " ,;:."
_SPACES = re.compile(r"\s+")
_SPACE_BEFORE_PUNCTUATION = re.compile(r"\s\s*([,.;:])")


@functools.cache
def _said_on() -> re.Pattern[str]:
    """The attribution a date ends: "..., the army said on [Monday]"; compiled on first use."""
    return re.compile(
        rf",\s*(?P<who>{_WHO_NAMED}|{_WHO_DESCRIBED})\s+(?P<verb>{'|'.join((*_ATTRIBUTION_VERBS, 'showed', 'confirmed'))})"
        r"\s+(?:on\s+)?$"
    )


_DATELINE = re.compile(
    r"[A-Z][A-Z.'-]*(?:,? [A-Z][A-Z.'-]*)*"
    r"(?:(?:, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?(?:,? (?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
    r"[a-z]*\.? \d\d?(?:,? \d{4})?))?(?= \())?(?: \([A-Za-z]+\))? (?:_|--|-|\u2013|\u2014) "
)
"""A wire story's place line before its first sentence: "WASHINGTON _ ", "MIAMI (AP) -- ", "NAIROBI, Kenya
(AP) -- ", "NIAMEY, Jan 16 (Reuters) - ": the place the report was filed from, and the day, which is the
report's, not a happening's (a place in mixed case, or a date, only before the agency's name)."""

_DATELINE_FIRST = frozenset(string.ascii_uppercase)
_DATELINE_SECOND = frozenset(string.ascii_uppercase + ".,'- ")
"""What `_DATELINE` can start with: a capital, then more capitals and marks, or a space."""


def _dateline(text: str) -> re.Match[str] | None:
    """`_DATELINE.match(text)`, tried only on a text whose first two characters can begin a dateline:
    almost no headline's ("The ...", "Apple ...") can, and a look at two characters costs a tenth of
    trying the pattern."""
    if text[:1] in _DATELINE_FIRST and text[1:2] in _DATELINE_SECOND:
        return _DATELINE.match(text)
    return None



_TELLS_A_TIME = re.compile(
    rf"\b(?:{'|'.join(sorted({*(name.lower() for name in WEEKDAY_NAMES if name), *(m.rstrip('.') for m in MONTHS)}))}|"
    r"yesterday|today|tonight|weeks?|weekends?|months?|years?|days?|hours?|quarters?|half|decades?|century|spring|"
    r"summer|autumn|fall|winter|season|ago|earlier|later|morning|afternoon|evening|night|(?:1[6-9]|20)\d\d)\b",
    re.IGNORECASE,
)
"""A word that may tell a time: what a saying reports has a date of its own when it holds one."""


def _dated_saying(quote: str, s: int, e: int) -> str | None:
    """ "Rebels seized the town on Sunday, the army said on Monday", read for Monday: "The army said: Rebels
    seized the town on Sunday" — the saying is what that day holds; so does "..., official results showed on
    Monday, but ..." with what comes after the attribution left out."""
    if not 0 <= s < e <= len(quote) or not (quote[e:].startswith(",") or not quote[e:].strip(" .\"'\u201d")):
        return None
    said = _said_on().search(quote, s - 60, s)
    if said is None:
        return None
    what = quote[: said.start()].strip(_QUOTES + " ,")
    if not _TELLS_A_TIME.search(what):
        # "5,000 people were evacuated overnight, officials said on Saturday": with no date of its own, what
        # was said is the day's news, told without its attribution
        return None
    dateline = _dateline(what)
    what = _without_leading(what[dateline.end() :] if dateline is not None else what)
    if _fewer_words(what, 3):
        return None
    if what.partition(" ")[0].islower():
        what = what[:1].upper() + what[1:]  # "But discussions have been renewed" -> "Discussions ..."
    who = said["who"]
    # (a colon, as a summary writes it: the words said keep their capitals, names among them)
    return f"{who[:1].upper()}{who[1:]} {said['verb']}: {what}"


def _plural(word: str) -> bool:
    """A common noun's plural ("rules", "talks"); a name ("Jobs", "Paris") counts as one."""
    return word.islower() and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _closed_quotes(text: str) -> str:
    """A quotation the headline opens and its end cut off ('promised a government "in the coming weeks')
    is closed again; one whose opening mark went with the headline's start gets it back."""
    # (`in` before `count`: most headlines hold no quotation mark, and `in` parses no arguments)
    if '"' in text and text.count('"') % 2 == 1:
        at = text.rfind('"')
        if (at == 0 or text[at - 1] == " ") and text[at + 1 : at + 2].isalnum():
            return text + '"'  # the last quotation mark opens
        if text[at - 2 : at].strip()[-1:] in _CLOSING_PUNCTUATION and _SPEECH_CLOSES.match(text, at):
            return '"' + text  # '... success," said the general': the opening one was at the start
        return text
    if "\u201c" in text and text.count("\u201c") > text.count("\u201d"):
        return text + "\u201d"
    if "\u201d" in text and text.count("\u201d") > text.count("\u201c"):
        at = text.rfind("\u201d")
        if text[at - 2 : at].strip()[-1:] in _CLOSING_PUNCTUATION and _SPEECH_CLOSES.match(text.replace("\u201d", '"'), at):
            return "\u201c" + text  # '... this,” said Dr Anand': the opening one was at the start
    return text


_CLOSING_PUNCTUATION = (",", ".", "!", "?")
_SPEECH_CLOSES = re.compile(
    r'"\s+(?:(?!I\s)[A-Z][\w.\'\u2019-]*\s+(?:[\w.\'\u2019-]+\s+){0,5}?|(?:the|a|an|his|her|its|their)\s+'
    r'(?:[\w.\'\u2019-]+\s+){1,4}?|(?:he|she|they|it|we)\s+)?(?:said|says|asked|asks|added|adds|told|urged|wrote|writes)\b'
)


def _without_leading(text: str) -> str:
    """`_LEADING.sub("", text)`: the pattern is anchored at the start, so it matches there or nowhere, and a
    match is cut off without the substitution's new string when there is none."""
    if text.isascii():
        if not text[:10].lower().startswith(_LEADING_WORDS):
            return text  # most quotes open with none of its words: no copy in lower case, no pattern tried
        match = _LEADING_LOWER.match(text.lower())
    else:
        match = _LEADING.match(text)
    return text if match is None else text[match.end() :]


def _tidy_spaces(text: str) -> str:
    """Each run of whitespace as one space, and none before , . ; or :

    The substitutions try every position of the text, while almost every quote already has single
    spaces only; a printable text has no whitespace but the ASCII space, so plain substring checks
    tell when there is nothing to change."""
    printable = text.isprintable()
    if "  " in text or not printable:
        text = _SPACES.sub(" ", text)
        printable = text.isprintable()
    if not printable or " ," in text or " ." in text or " ;" in text or " :" in text:
        text = _SPACE_BEFORE_PUNCTUATION.sub(r"\1", text)
    return text


def _without_preposition(before: str) -> str:
    """`before` without a preposition that ends it ("... talks on "), as `_PREPOSITION.sub("", before)`.

    The pattern is anchored at the end but a search still starts from every position; a match can
    only start within the longest preposition before the trailing spaces, so the search starts there."""
    match = _PREPOSITION.search(before, len(before.rstrip()) - _LONGEST_PREPOSITION)
    return before if match is None else before[: match.start()] + before[match.end() :]


ATTRIBUTION_WORDS = 8
"""The most whitespace-separated words a `_TRAILING_ATTRIBUTION` match reaches into: a gap between two
of them takes a separator of the pattern (a space or a run of whitespace), and it has at most seven
before its end (", the UK Foreign Ministry spokesman told reporters.")."""


def _without_attribution(text: str) -> str:
    """`_TRAILING_ATTRIBUTION.sub("", text)`. The pattern is anchored at the end, but a search tries every
    position, and at each capitalised word it backtracks letter by letter; a match starts no earlier than
    the gap before its first word (`ATTRIBUTION_WORDS` from the end), so the search starts there."""
    head = text.rsplit(None, ATTRIBUTION_WORDS)
    start = len(head[0]) if len(head) > ATTRIBUTION_WORDS else 0
    match = _TRAILING_ATTRIBUTION.search(text, start)
    return text if match is None else text[: match.start()] + text[match.end() :]


def _may_end_with_attribution(text: str) -> bool:
    """Whether `_TRAILING_ATTRIBUTION` can match: the text ends in one of its verbs ("told" takes a word
    after it). A pattern anchored at the end is still tried from every position, so check the end first."""
    tail = text.rstrip()
    tail = tail.removesuffix(".")
    return tail.endswith(_ATTRIBUTION_VERBS) or tail.rpartition(" ")[0].endswith("told")


_DEGREE_AT_END = re.compile(
    r"\s(?:shortly|just|soon|immediately|right|long|late|early|earlier|later|only)\s+$", re.IGNORECASE
)


_BOUND_BEFORE = re.compile(
    r"\b(?:until|till|since|through)\s+(?:(?:shortly|just|soon|right|well|long)\s+(?:before|after)\s+|(?:late|early)\s+"
    r"(?:on\s+|in\s+)?)?$",
    re.IGNORECASE,
)
_NEGATED_BOUND = re.compile(r"(?:\b(?:not|never|no)\b|n't\b)[^,;.]{0,40}\b(?:before|until)\s+$", re.IGNORECASE)
_HEDGES = frozenset({"about", "around"})
_FRONTING_WORDS = frozenset({"earlier on", "later on", "late on", "early on", "earlier", "later", "late", "early",
                             "also on", "then on", "and on", "but on", "starting on", "beginning on", "starting",
                             "beginning", "effective", "starting from", "from"})  # fmt: skip
"""What may lead into a date that opens a sentence ("Earlier on Sunday, ...")."""
_OPENS_THE_DATE = re.compile(r",?\s+(?:starting|beginning|effective|commencing)\s+$", re.IGNORECASE)
_SUBORDINATE_AFTER = re.compile(r"\s*,\s+(?:when|after|before|until|as|while|because)\b")
"""'began in November 2020, when a developer ...': without the date, "when" follows its verb with no comma."""
_SAID_ON_DAY_THAT = re.compile(
    rf"(?:{_WHO_NAMED}|{_WHO_DESCRIBED})(?:,\s+\d{{1,3}},)?\s+(?:(?:{'|'.join(_ATTRIBUTION_VERBS)})(?:\s+[\w'-]+){{0,4}}?|told(?:\s+[\w'-]+){{1,6}}?)"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?"
    r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:earlier\s+)?(?:last|this)\s+(?:week|month|year|night)"
    r"|in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+\d{4})?|\d{4}))"
    r"\s+that\s+",
    re.IGNORECASE,
)
"""A saying with its own day before what was said: left in a headline dated by what was said, it goes."""
_SAYING_WORDS = (*_ATTRIBUTION_VERBS, "told")


def _says_or_tells(lowered: str) -> bool:
    """Whether a lower-cased ASCII text holds a verb `_SAID_ON_DAY_THAT` needs: most texts with a "that" have
    none, and the pattern, tried at their start, costs many times as much as looking for them."""
    return any(verb in lowered for verb in _SAYING_WORDS)


_BARE_LEAD = re.compile(r"(?:after|before|following|amid)\s+", re.IGNORECASE)
"""A preposition opening a clause that is only its object: the object is the headline."""
_BARE_LEAD_FIRST = frozenset("aAbBfF")
"""What a text `_BARE_LEAD` matches starts with (no other character is one of them, ignoring case): most
headlines start otherwise, and a look at one character costs less than trying the pattern."""
_WITH_THE_DATE = re.compile(
    r"^\s+(?:alone|or so|and (?:morning|afternoon|evening|night|overnight)"
    r"(?=\s*(?:[,.;:]|$|\s(?:in|across|at|on|over|for|with|to|from|as|when|while|after|before|but|and)\b)))"
)
"""Words that go with the date before them ("in a year or so", "on Sunday afternoon and evening")."""
_OPENS_A_CLAUSE = re.compile(r"\b(?:that|and|but|because|as|while|when|if|although|though)\s*$", re.IGNORECASE)
_HOURS_OF = re.compile(r"\s(?:in|during)\s+the\s+(?:early|small|wee)\s+hours\s+of\s+$", re.IGNORECASE)


_DAY_APPOSED = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?:first|second|third|last|final|same|following|next|previous|opening|closing|busiest|new|"
    r"\d+(?:st|nd|rd|th))\s+)*(?:day|night|week|weekend|date|eve|morning|afternoon|evening|anniversary|"
    rf"{WEEKDAY_WORDS})\b(?:\s+of\s+[^,.;:!?]*)?(?=\s*(?:[,.;:!?]|$))",
    re.IGNORECASE,
)
"""A date's apposition that names the same day again (", the first day of the new term", ", a Friday")."""


def _without_date_phrase(quote: str, s: int, e: int) -> str | None:
    """The quote without "on Monday" / "Yesterday," — but a date that is the subject stays."""
    if not 0 <= s < e <= len(quote):
        return None
    before = quote[:s]
    after = quote[e:]
    if after.startswith(", ") and (named := _DAY_APPOSED.match(after)) is not None:
        after = after[named.end() :]  # "on Monday, the first day of the new term", "on Nov. 12, a Friday": the same day
    if not before.strip(_QUOTES + " ") and (label := _DATE_LABEL.match(after)) is not None:
        # "March 2019: Ethiopian Airlines Flight 302 crashes", "13 March 2019 - The US grounds the plane": a
        # chronology's date label
        rest = after[label.end() :].strip()
        return None if _fewer_words(rest, 3) else rest
    if before and after.lstrip().startswith(",") and before.strip(_QUOTES + " ").lower() in _FRONTING_WORDS:
        # "Earlier on Sunday, the win was celebrated": the words that lead into a fronted date go with it
        before = before[: len(before) - len(before.lstrip(_QUOTES + " "))]
    if after.startswith((" alone", " or so", " and ")):
        after = _WITH_THE_DATE.sub("", after, count=1)  # "in the past 20 months alone", "in a year or so"
    if _RELATIVE.match(quote, s):
        # an aside the main clause is read without ("The party, which led until the summer, came second")
        return f"{before.rstrip()}{' ' if after.startswith(',') else ''}{after.lstrip(' ,')}".strip()
    if after.startswith(",") and ", " in quote[s:e] and quote[e - 1].isdigit():
        after = after[1:]  # "in the year ending June 30, 1990, to fall": the comma closes the date's year
    if after.startswith(("'s ", "\u2019s ")) or "-" in quote[s:e]:
        # "this year's conference", "a drop in third-quarter income": the date qualifies a noun
        return None
    hours = _HOURS_OF.search(before, len(before) - 40) if before.endswith("of ") else None
    # "struck in the early hours of Monday": the hours go with their day
    trimmed = before[: hours.start()] + " " if hours is not None else _without_preposition(before)
    fronted = not before.strip(_QUOTES + " ") and after.lstrip().startswith(",")
    if trimmed == before:
        if not fronted:
            return None  # no preposition to drop with the date (most dates have one, or open the sentence)
    elif hours is None and before[len(trimmed) :].lstrip().lower().startswith("of "):
        return None  # "the rest of the week", "the end of the year": the date completes a noun
    elif (
        _BOUND_BEFORE.search(before, len(before) - 24)
        or before.endswith(("before ", "until ")) and _NEGATED_BOUND.search(before, max(0, len(before) - 60))
        # "mains were laid before 1950": a year is a bound, not the time of what happened
        or before.endswith(("before ", "after ")) and e - s == 4 and quote[s:e].isdigit()
    ):
        # "continued until shortly before midnight", "in custody since Aug. 3", "a report is not expected before
        # Christmas": the bound is the news (without it, the last says no report is expected at all)
        return None
    elif _reduced_relative(trimmed, after):
        return None  # "A report published on Tuesday found ...": without its date the participle dangles
    else:
        # "happened shortly after 10pm", "landfall late on Wednesday": the adverb goes with its date
        degree = _DEGREE_AT_END.search(trimmed, len(trimmed) - 14)
        if degree is not None:
            # ... and so does a preposition before the adverb ("continued until shortly before midnight")
            trimmed = _without_preposition(trimmed[: degree.start()] + " ")
        elif before[len(trimmed) :].strip().lower() in _HEDGES:
            # "called to the station at about 11.40pm": the hedge went as a preposition; its own goes too
            trimmed = _without_preposition(trimmed)
    if (not after.strip(" .\"'\u201d") or after.startswith(",")) and (
        opener := _OPENS_THE_DATE.search(trimmed, len(trimmed) - 16)
    ) is not None:
        # "will send an update to the cars, starting on Tuesday": the word that opens the date goes with it
        trimmed = trimmed[: opener.start()] + " "
    inserted = trimmed.rstrip(" ,").rpartition(",")[2].split()
    if len(inserted) == 1 and after.lstrip().startswith(",") and not fronted:
        return None  # "the suit, filed in September 2003, claims": the date is all its aside says
    joint = (
        ", "
        if after.lstrip().startswith(",")
        and not _date_aside(trimmed, after)
        and trimmed.strip(_QUOTES + " ,")
        and not _OPENS_A_CLAUSE.search(trimmed.rstrip(" ,"), len(trimmed) - 14)
        and not _SUBORDINATE_AFTER.match(after)
        else " "
    )  # "noted that over the past 20 years, Mr. Fournier has built": "that" takes no comma after it
    if after.lstrip(" ,")[:1] in (".", ";", ":", "!", "?"):
        joint = ""  # "..., the army said on Monday." ends "said." as an attribution does
    # '"we'll strike on Friday," said X' keeps its comma and closing quote together.
    candidate = f"{trimmed.rstrip(' ,')}{joint}{after.lstrip(' ,')}".strip().replace(", \u201d", ",\u201d")
    return None if _fewer_words(candidate, 3) else candidate


_DATE_LABEL = re.compile(r"\s*(?::|\s[-\u2013\u2014])\s+")
_BE_BEFORE_PARTICIPLE = frozenset({"be", "been", "being", "get", "got", "gets"})


def _date_aside(before: str, after: str) -> bool:
    """Whether a date phrase stood alone between the commas of an aside, between a subject and its verb
    ("the outbreak in the state, in 2019, infected"): without it, both commas go. Not when the comma before
    closed another aside ("a loss of $5, or 10 cents a share, in the quarter, compared with")."""
    head = before.rstrip()
    if not head.endswith(",") or _last_comma(head, 0, len(head) - 1) >= 0:
        return False
    verb = _WORD.match(after.lstrip(" ,"))
    return verb is not None and _a_verb(verb.group())


def _reduced_relative(before: str, after: str) -> bool:
    """Whether `before` ends in a participle that describes the noun before it, and `after` goes on with
    the main verb: "A report published [on Tuesday] found", "a law passed [in 2019] requires" (but "the
    report was published", "the bill passed by 60 votes")."""
    words = before.rsplit(None, 2)  # the last two words are all it reads
    if len(words) < 2 or words[-1].lower() not in PARTICIPLES:
        return False
    if _AUXILIARY.fullmatch(words[-2].lower()) or words[-2].lower() in _BE_BEFORE_PARTICIPLE:
        return False
    following = after.split(None, 1)
    word = following[0] if following else ""
    return word.isalpha() and word.islower() and (_a_verb(word) or (word.endswith("s") and not word.endswith("ss")))


def _word_count(text: str, timexes: Sequence[Timex]) -> int:
    """The words of `text` not in its time expressions, counted up to `MIN_WORDS` (all that is asked)."""
    dates = sum(len(t.text.split()) for t in timexes)
    return len(text.split(None, dates + MIN_WORDS - 1)) - dates


def _fewer_words(text: str, count: int) -> bool:
    """`len(text.split()) < count`, splitting off no more than `count` words: a sentence's words are
    many and only whether there are a few is asked."""
    return len(text.split(None, count - 1)) < count


def _describe(when: When) -> str:
    if when.start == when.end:
        return _day_label(when.start)
    return f"{_date_label(when.start)} – {_date_label(when.end)}"


# English names as pendulum's "ddd" and "MMM" give them; its locale-aware formatter costs more than
# the rest of an event, and explanations only ever read in English.
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _date_label(day: pendulum.Date) -> str:
    """ "8 Feb 2022", as pendulum's format("D MMM YYYY")."""
    return f"{day.day} {_MONTHS[day.month]} {day.year}"


def _day_label(day: pendulum.Date) -> str:
    """ "Tue 8 Feb 2022", as pendulum's format("ddd D MMM YYYY")."""
    return f"{_WEEKDAYS[day.weekday()]} {_date_label(day)}"


def _event_id(article_id: str, span: Span, value: str) -> str:
    # Two dates in one clause quote the same span; the value keeps their ids apart.
    return hashlib.blake2b(
        f"{article_id}:{span.start}:{span.end}:{value}".encode(), digest_size=6
    ).hexdigest()
