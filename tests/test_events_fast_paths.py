"""The shortcuts `core.events` takes for speed give what the plain patterns they stand for give.

Each check runs the shortcut and the straightforward version on many random texts built from words
that sit near the edges of the patterns (verbs, prepositions, odd whitespace, case variants).
"""

from __future__ import annotations

import random
import re

import pendulum
import pytest

from core import events
from core.model import Span, TimeType, TimeValue, Timex, When

WORDS = (
    "the talks on in as of through said says added told reported announced Reuters he it an official "
    "will won't we'll plans no plans to is going to has been arrested is holding was were had walked ed "
    "The Minister, Monday 2022 , . ; : \" ' \u201c \u201d İS ſaid K WILL Said SAID ON"
).split()
SPACES = (" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "")


def texts(seed: int, count: int = 3000) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 12)):
            parts += [rng.choice(WORDS), rng.choice(SPACES)]
        out.append("".join(parts))
    return out


def test_tidy_spaces_is_the_two_substitutions() -> None:
    for text in texts(1):
        plain = events._SPACE_BEFORE_PUNCTUATION.sub(r"\1", events._SPACES.sub(" ", text))
        assert events._tidy_spaces(text) == plain, repr(text)


def test_without_preposition_is_the_substitution() -> None:
    for text in texts(2):
        assert events._without_preposition(text) == events._PREPOSITION.sub("", text), repr(text)


def test_attribution_check_never_misses_a_match() -> None:
    for text in texts(3, count=20000):
        if events._TRAILING_ATTRIBUTION.search(text):
            assert events._may_end_with_attribution(text), repr(text)


def _earliest_cue(text: str) -> str:
    """The tense rule written plainly: the name of the earliest match of any cue; at one position,
    future before past before present and each table in order ("" when none), passing over what
    `passed_over` turns away (a capitalised "-ed" name, a plural present's word after "to" or "the")."""
    best: tuple[int, int, str] | None = None
    order = 0
    for cues in (events.FUTURE_CUES, events.PAST_CUES, events.PRESENT_CUES):
        for cue in cues:
            match = next(
                (m for m in cue.pattern.finditer(text) if not events.passed_over(cue.name, text, m.start())),
                None,
            )
            if match and (best is None or (match.start(), order) < best[:2]):
                best = (match.start(), order, cue.name)
            order += 1
    return best[2] if best else ""


CUES = (*events.FUTURE_CUES, *events.PAST_CUES, *events.PRESENT_CUES)
CUE_WORDS = tuple(
    word.removesuffix("?")
    for cue in CUES
    for group in events._LITERAL_WORDS.finditer(cue.pattern.pattern)
    for word in group.group(1).split("|")
)

PHRASES = (
    "plans to", "no plans to", "its aims to", "vows to", "is going to", "are set to", "to be held",
    "has been seen", "have walked", "has thought", "is holding", "are talking", "am",
    "to estimate", "the fear", "we think", "didn't expect", "analysts expect", "could say", "residents fear",
)  # fmt: skip


def cue_texts(seed: int, count: int = 5000) -> list[str]:
    """Texts of every word the cue tables name, cut short or run on ("plan", "pledgesx"), among others."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 10)):
            word = rng.choice(CUE_WORDS + PHRASES + tuple(WORDS))
            word = rng.choice((word, word[:-1], word + "s", word + "x", word.upper(), word.title(), word + " to"))
            parts += [word, rng.choice(SPACES)]
        out.append("".join(parts))
    return out


@pytest.mark.parametrize("seed", [4, 5])
def test_tense_scanner_finds_the_earliest_cue(seed: int) -> None:
    assert len(CUE_WORDS) > 100
    for text in texts(seed) + cue_texts(seed) + apostrophe_texts(seed):
        assert events.verb_cue.__wrapped__(text) == _earliest_cue(text), repr(text)


APOSTROPHES = ("'ll", "I'll", "we'll", "X'll", "'", "ll", "l", "will", "said", "planned", "9", "_", "wasn't", "It")


def apostrophe_texts(seed: int, count: int = 5000) -> list[str]:
    """Pieces of "'ll" run together or apart: where the future.will cue starts inside a word."""
    rng = random.Random(seed)
    return ["".join(rng.choice(APOSTROPHES + SPACES) for _ in range(rng.randint(0, 8))) for _ in range(count)]


def test_search_after_gaps_finds_the_cue_of_the_search_ignoring_case() -> None:
    samples = texts(11) + cue_texts(11) + phrase_texts(11, MENTION_WORDS) + phrase_texts(12, CUE_WORDS)
    for text in samples + apostrophe_texts(15):
        plain = events._TENSE.search(text)
        while plain is not None and events.passed_over(events._CUE_OF_GROUP[plain.lastgroup], text, plain.start()):
            plain = events._TENSE.search(text, plain.end())  # a capitalised "-ed" is a name, "to estimate" no plural
        found = events._earliest_cue(text)
        cue_found = found and found.lastgroup and events._CUE_OF_GROUP[found.lastgroup]
        cue_plain = plain and plain.lastgroup and events._CUE_OF_GROUP[plain.lastgroup]
        assert cue_found == cue_plain, repr(text)  # the after-gap scanner names its groups by letter too


def test_noun_check_is_the_noun_search() -> None:
    for text in texts(13) + phrase_texts(13, MENTION_WORDS) + phrase_texts(14, MENTION_WORDS, count=20000):
        assert events._names_a_noun(text) == bool(events._MENTIONED_NOUN.search(text)), repr(text)
        lowered = text.lower()
        if lowered.isascii():
            found, plain = events._space_then_noun(lowered), events._SPACE_THEN_NOUN.search(lowered)
            assert (found and found.span()) == (plain and plain.span()), repr(text)


def test_date_labels_are_pendulums() -> None:
    day = pendulum.date(1, 1, 1)
    while day.year < 3000:
        assert events._day_label(day) == day.format("ddd D MMM YYYY")
        assert events._date_label(day) == day.format("D MMM YYYY")
        day = day.add(days=37)


REPORTING_WORDS = tuple(events._LITERAL_WORDS.search(events.REPORTING.pattern).group(1).replace("?", "").split("|"))
MENTION_WORDS = tuple(
    f"{anchor}{determiner}{noun}"
    for anchor in ("", "", "since ", "after\t")
    for determiner in ("", "the ", "its ", "their  ", "his ", "her\n")
    for noun in events.MENTION_NOUNS.split("|")
)


def phrase_texts(seed: int, vocabulary: tuple[str, ...], count: int = 5000) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 10)):
            word = rng.choice(vocabulary + tuple(WORDS))
            word = rng.choice((word, word[:-1], word + "s", word.upper(), word.title(), word + " that", word + ","))
            parts += [word, rng.choice(SPACES)]
        out.append("".join(parts))
    return out


def test_reporting_by_letters_matches_the_same() -> None:
    for text in phrase_texts(6, REPORTING_WORDS):
        plain = [m.span() for m in events.REPORTING.finditer(text)]
        assert [m.span() for m in events._REPORTING_BY_LETTERS.finditer(text)] == plain, repr(text)



def plain_mention(text: str) -> re.Match[str] | None:
    """The first `MENTION` match whose noun is no name (a capital: "Brothers to the Rescue") and qualifies
    no noun after it ("the crash site")."""
    found = events.MENTION.search(text)
    while found is not None and (
        found.group("noun")[0].isupper() or events._COMPOUND_HEAD.match(text, found.end()) is not None
    ):
        found = events.MENTION.search(text, found.end())
    return found


def test_mention_is_the_plain_search() -> None:
    for text in phrase_texts(7, (*MENTION_WORDS, "site", "victims", "Scene", "results")):
        plain = plain_mention(text)
        found = events._mention(text)
        assert (found and (found.span(), found.groupdict())) == (
            plain and (plain.span(), plain.groupdict())
        ), repr(text)


ATTRIBUTION_WORDS = (
    "said", "says", "added", "told", "reported", "announced", "he", "she", "they", "it", "the", "an", "a",
    "Foreign", "Ministry", "U.S.", "McDonald", "spokesman", "reporters", ",", ".", "NATO", "official",
)  # fmt: skip


def attribution_tail(rng: random.Random) -> str:
    """An ending at the reach of `_TRAILING_ATTRIBUTION`: up to four capitalised words, or a comma, an
    article and up to three words, before a reporting verb ("told" with its object)."""
    words = ("Foreign", "Ministry", "U.S.", "McDonald", "Spokesman", "spokesman", "NATO", "it", "reporters")
    verb = rng.choice(("said", "says", "added", "reported", "announced", "told reporters", "told AFP"))
    if rng.random() < 0.5:
        name = " ".join(rng.choice(words) for _ in range(rng.randint(1, 5)))
        end = rng.choice(("", ".", ". ", ".\n"))
        return f"{rng.choice(('', ',', ' ,', ', '))}{rng.choice(SPACES)}{name} {verb}{end}"
    name = " ".join(rng.choice(words) for _ in range(rng.randint(1, 4)))
    return f",{rng.choice(SPACES)}{rng.choice(('the', 'an', 'a'))} {name} {verb}{rng.choice(('', '.'))}"


def test_without_attribution_is_the_substitution() -> None:
    rng = random.Random(8)
    for text in texts(9, count=3000) + phrase_texts(10, ATTRIBUTION_WORDS, count=3000):
        text += attribution_tail(rng)
        assert events._without_attribution(text) == events._TRAILING_ATTRIBUTION.sub("", text), repr(text)


LEADING_WORDS = (
    "meanwhile", "however", "but", "and", "also", "still", "yet", "moreover", "separately", "in addition",
    "following this", "this comes after", "on the other hand", "amid the talks", "according to Reuters",
    "in other news", ",", "Meanwhile,", "BUT",
)  # fmt: skip


def test_without_leading_is_the_substitution() -> None:
    for text in texts(15) + phrase_texts(15, LEADING_WORDS):
        assert events._without_leading(text) == events._LEADING.sub("", text), repr(text)


def test_reporting_verbs_are_where_the_search_finds_them() -> None:
    rng = random.Random(13)
    for text in phrase_texts(14, REPORTING_WORDS):
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        plain = [m.start() for m in events._REPORTING_BY_LETTERS.finditer(text, start, end)]
        assert events._reporting_verbs(text, start, end) == plain, (repr(text), start, end)


def test_mention_after_gap_finds_the_plain_search_in_ascii() -> None:
    for text in phrase_texts(15, MENTION_WORDS, count=20000):
        if text.isascii():
            plain = plain_mention(text)
            found = events._mention(text)
            assert (found and (found.span(), found.groupdict())) == (
                plain and (plain.span(), plain.groupdict())
            ), repr(text)


CLAUSE_WORDS = ("and", "but", "which", "after", "when", "triggering", "or", ";", ",", ", ", "; ", "but ")


def test_rewritten_patterns_match_as_the_plain_ones() -> None:
    """Patterns whose first character class is written out for the engine's search loop."""
    plain_clause_break = re.compile(
        r";\s+|,\s+(?=(?:and|but|while|whereas|although|though|which|after|before|when|then|prompting|"
        r"leading|causing|forcing|sparking|triggering)\b)|\s+but\s+"
    )
    plain_inverted = re.compile(
        r"[,'\"\u201d\u2019`]+\s+(?:said|says)\s+(?P<who>[A-Z][\w.'-]*)(?:\s+[A-Z][\w.'-]*){0,3}\.?\s*$"
    )
    for text in phrase_texts(16, CLAUSE_WORDS + ATTRIBUTION_WORDS, count=10000):
        assert [m.span() for m in events._CLAUSE_BREAK.finditer(text)] == [
            m.span() for m in plain_clause_break.finditer(text)
        ], repr(text)
        found = events._INVERTED_ATTRIBUTION.search(text)
        plain = plain_inverted.search(text)
        assert (found and found.span(), found and found["who"]) == (
            plain and plain.span(),
            plain and plain["who"],
        ), repr(text)
        assert events._SPACE_BEFORE_PUNCTUATION.sub(r"\1", text) == re.sub(r"\s+([,.;:])", r"\1", text)
        plain_join = re.search(r"[\s,]+(?:and|but|or)$", text)
        join = events._TRAILING_JOIN.search(text) if text.endswith(events._JOINS) else None
        assert (join and join.span()) == (plain_join and plain_join.span()), repr(text)


def test_leading_in_lower_case_is_the_plain_match() -> None:
    for text in phrase_texts(17, LEADING_WORDS, count=10000):
        match = events._LEADING.match(text)
        assert events._without_leading(text) == (text if match is None else text[match.end() :]), repr(text)


def test_since_is_the_plain_search() -> None:
    rng = random.Random(18)
    for text in phrase_texts(19, ("since", "SINCE", "ſince", "Since", "sinc", "ince"), count=10000):
        start = rng.randint(0, len(text))
        timex = Timex(Span(start, start), "", TimeValue(TimeType.DATE, "2022"), "year", "")
        year = When(pendulum.date(2022, 1, 1), pendulum.date(2022, 12, 31), "year", "2022")
        dated = events.Dated(year, timex, "", "", 1.0)
        plain = events._SINCE.search(text, max(0, start - 8), start) is not None
        assert events._since(text, dated) == plain, (text, start)


def test_starts_a_word_is_the_stem_search() -> None:
    rng = random.Random(21)
    pieces = ["launch", "launched", "relaunch", "_launch", "talk", "bomb", "1bomb", "²bomb", "ébomb"]
    pieces += [" ", "-", "\n"]
    for noun in ("launch", "talks", "bombing", "war games", "blast"):
        stems = events._stems(noun)
        pattern = re.compile(rf"\b(?:{'|'.join(map(re.escape, stems))})")
        for _ in range(2000):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
            assert events._starts_a_word(text, stems) == (pattern.search(text) is not None), (noun, text)


PLAIN_PLANS_TO = re.compile(
    r"\b(?<!\bno )(?<!\bany )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bthe )"
    r"(?:plans?|intends?|aims?|hopes?|vows?|promises?|pledges?|threatens?)\s+to\b",
    re.IGNORECASE,
)


def test_plans_to_cue_is_the_plain_pattern() -> None:
    (cue,) = (c for c in events.FUTURE_CUES if c.name == "future.plans-to")
    for text in texts(31) + cue_texts(31) + phrase_texts(32, CUE_WORDS):
        assert [m.span() for m in cue.pattern.finditer(text)] == [
            m.span() for m in PLAIN_PLANS_TO.finditer(text)
        ], repr(text)


def test_scanner_by_first_letter_finds_what_the_scanner_of_whole_cues_finds() -> None:
    whole = re.compile(rf"[^\w](?:{events._cue_groups(after_gap=True)})", re.ASCII)
    samples = texts(21) + cue_texts(21) + phrase_texts(21, CUE_WORDS) + apostrophe_texts(21)
    for text in samples:
        where = " " + text.lower()
        if not where.isascii():
            continue
        fast = [(m.start(), events._CUE_OF_GROUP[m.lastgroup or ""]) for m in events._TENSE_AFTER_GAP.finditer(where)]
        plain = [(m.start(), events._CUE_OF_GROUP[m.lastgroup or ""]) for m in whole.finditer(where)]
        assert fast == plain, repr(text)


def test_a_search_from_before_the_text_starts_at_its_start() -> None:
    """The searches back from a date start at `start - N`, which may be below 0: `re` takes it as 0 (not as a
    place from the end, as a slice would), and an end past the text as the text's end."""
    text = "independent since 1901, and as of Friday"
    for pattern in (events._SINCE, events._BOUND_BEFORE, re.compile(r"\bsince\b"), re.compile(r"^ind|(?<=\s)as")):
        for start in range(-60, 8):
            for end in (len(text) - 3, len(text), len(text) + 30):
                clamped = pattern.search(text, max(0, start), min(len(text), end))
                found = pattern.search(text, start, end)
                assert (found and found.span()) == (clamped and clamped.span()), (pattern, start, end)


def test_first_character_guards_hold_every_match() -> None:
    """A text `_BARE_LEAD` or `_CONDITION` matches starts with one of the characters looked at first; a text
    `_SAID_ON_DAY_THAT` matches holds a saying verb; a date `_POSSESSIVE_AFTER` follows starts so."""
    words = ("after", "AFTER", "before", "Following", "amid", "if", "If", "İf", "ıf", "unless", '"if', "\u201cif",
             "said", "SAID", "told", "Told", "says", "on", "Monday", "that", "'s", "\u2019s", "news")  # fmt: skip
    for text in texts(21) + phrase_texts(22, words, count=10000):
        if events._BARE_LEAD.match(text):
            assert text[:1] in events._BARE_LEAD_FIRST, repr(text)
        if events._CONDITION.match(text):
            assert text[:1] in events._CONDITION_FIRST, repr(text)
        if text.isascii() and events._SAID_ON_DAY_THAT.match(text):
            assert events._says_or_tells(text.lower()), repr(text)
        for at in range(len(text)):
            if events._POSSESSIVE_AFTER.match(text, at):
                assert text.startswith(events._POSSESSIVE_MARKS, at), repr(text)


def test_positional_maker_makes_what_the_init_makes() -> None:
    from core.model import Event, Kind, Source, positional_maker

    day = pendulum.date(2022, 2, 8)
    when = When(day, day, "day", "2022-02-08", "Tuesday", False)
    source = ("a1", "a.json", 3, 10, 40, "The talks ended on Tuesday.", day, when)
    assert events._SOURCE(*source) == Source(*source)
    assert type(events._SOURCE(*source)) is Source
    event = ("id", when, Kind.OCCURRED, "Talks ended", "q", (Source(*source),), "r", "e", 0.5, None, (), False, 7)
    made = events._EVENT(*event)
    assert made == Event(*event) and hash(made) == hash(Event(*event)) and repr(made) == repr(Event(*event))
    with pytest.raises(AttributeError):
        made.seq = 8  # type: ignore[misc]
    with pytest.raises(TypeError):
        positional_maker(Span)  # its end is checked
