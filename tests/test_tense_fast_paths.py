"""The tense scan's patterns, written for speed, match what their plain forms match."""

from __future__ import annotations

import random
import re

from core.sentences import SENTENCE_OPENER
from core.timex import lexicon as lx
from core.timex import tense

PLAIN_SENTENCE_END = re.compile(r"[.!?][\"'\u201d)]*\s+(?=[\"'\u201c(]?" + SENTENCE_OPENER + r")|\n")
PLAIN_FUTURE_PHRASES = (
    r"(?:was|were|is|are)(?:\s+not)?\s+(?:planning|scheduled|expected|set|due|going|forecast|likely|unlikely)", r"going\s+to", r"plans?\s+to",
    r"(?<!the\s)(?<!\ba\s)(?<!ly\s)planned", r"is\s+to", r"are\s+to", r"intends?\s+to", r"set\s+to",
    r"expected\s+to", r"expect(?:s|ed)?\s+(?:(?!to\s)[a-z0-9$%,.'-]+\s+){1,5}?to\s+(?!have\s)[a-z]+", r"is\s+due", r"are\s+due", r"due\s+to\s+be", r"to\s+be\s+held", r"hopes?\s+to", r"likely\s+to", r"unlikely\s+to",
    r"aims?\s+to", r"wants?\s+to", r"as\s+soon\s+as", r"as\s+early\s+as", r"supposed\s+to", r"slated",
    r"(?:agreement|agreed|agrees|deal)\s+to\s+(?:buy|acquire|sell|merge|pay|purchase)",
    r"takes?\s+effect", r"comes?\s+into\s+(?:force|effect)", r"go(?:es)?\s+into\s+(?:force|effect)",
    r"should(?!\s+(?:not\s+)?have\b)",
)  # fmt: skip
PLAIN_MARKER = (
    rf"\b(?:(?P<future>{'|'.join(PLAIN_FUTURE_PHRASES)}|{lx.trie(tense._FUTURE_WORDS)})"
    rf"|(?P<past>{lx.trie(tense._PAST_WORDS)}|{tense._PAST_FORM})|(?P<present>{lx.trie(tense._PRESENT_WORDS)}))\b"
)


def test_sentence_end_is_the_plain_pattern() -> None:
    rng = random.Random(5)
    pieces = ["He", "left", ".", "!", "?", "...", '"', "'", "\u201d", "\u201c", ")", "(", " ", "  ", "\n", "\t"]
    pieces += ["İstanbul", "é", "9", "x", "Mr", "U.S."]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        plain = [m.span() for m in PLAIN_SENTENCE_END.finditer(text, start, end)]
        assert [m.span() for m in tense._SENTENCE_END.finditer(text, start, end)] == plain, (text, start, end)


def test_markers_are_the_plain_pattern() -> None:
    words = (
        "was were is are planning scheduled expected set due going to plans plan planned the a ly really "
        "intends as soon early supposed slated agreement agreed agrees deal buy held be hopes aims wants "
        "will we'll said walked ed takes take effect comes come goes go into force should have not"
    ).split()
    gaps = [" ", "  ", "\n", ", ", ".", "-", " the ", " a ", "'", "ß"]
    rng = random.Random(6)
    for flags in (re.ASCII, 0):
        plain = re.compile(PLAIN_MARKER, flags)
        fast = re.compile(tense._MARKER_PATTERN, flags)
        for _ in range(10000):
            text = "".join(rng.choice(words) + rng.choice(gaps) for _ in range(rng.randint(0, 10)))
            expected = [(m.span(), m.lastgroup) for m in plain.finditer(text)]
            assert [(m.span(), m.lastgroup) for m in fast.finditer(text)] == expected, text


def test_past_plans_hold_the_words_looked_for_first() -> None:
    words = "had been previously scheduled due set planned expected supposed to be held the".split()
    rng = random.Random(8)
    for flags in (re.ASCII, 0):
        past_plan = re.compile(tense._PAST_PLAN_PATTERN, flags)
        for _ in range(5000):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 8)))
            if past_plan.search(text):
                assert "had" in text or "previously" in text, text
