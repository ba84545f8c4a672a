"""Sentence splitting keeps news abbreviations together and offsets exact."""

from __future__ import annotations

import random
import re

import pytest

from core.model import Span, ordered_span
from core.sentences import _BOUNDARY, _boundaries, _marks_of, _word_before, split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        # a capital outside ASCII opens a sentence too
        (
            "He met Zoë Müller. İstanbul hosted the talks.",
            ["He met Zoë Müller.", "İstanbul hosted the talks."],
        ),
        (
            "Talks ended. Élysée officials left. Łódź voted.",
            ["Talks ended.", "Élysée officials left.", "Łódź voted."],
        ),
        (
            "Mr. Smith met Dr. Jones on Sept. 4. They talked.",
            ["Mr. Smith met Dr. Jones on Sept. 4.", "They talked."],
        ),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("John F. Kennedy spoke at 10 a.m. Friday.", ["John F. Kennedy spoke at 10 a.m. Friday."]),
        # a decade's "s" is no initial
        ("They ruled in the late 1970s. At the time the town was empty.",
         ["They ruled in the late 1970s.", "At the time the town was empty."]),
        ('"We tried," he said. "It failed."', ['"We tried," he said.', '"It failed."']),
        ("Is it over? Nobody knows! Maybe.", ["Is it over?", "Nobody knows!", "Maybe."]),
        ("no final stop", ["no final stop"]),
    ],
)
def test_split(text: str, expected: list[str]) -> None:
    assert [text[s.start : s.end] for s in split(text)] == expected


def test_offsets_within_a_window() -> None:
    text = "HEADER\nOne here. Two here.\nTAIL"
    spans = split(text, 7, 26)
    assert [text[s.start : s.end] for s in spans] == ["One here.", "Two here."]


def test_word_before_is_what_the_pattern_finds() -> None:
    pattern = re.compile(r"([A-Za-z][A-Za-z.]*)$")
    rng = random.Random(7)
    pieces = ["Mr", "U.S", ".", "..", " ", "\n", "a", "Z", "é", "1", "x.y", "-", "Sept"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) + "."
        dot = len(text) - 1
        for begin in range(dot + 1):
            found = pattern.search(text, begin, dot)
            assert _word_before(text, begin, dot) == (found.group(1) if found else None), (text, begin)


def test_boundaries_are_what_the_search_finds() -> None:
    rng = random.Random(8)
    pieces = ["Mr.", "U.S.", "end.", "Yes!", "What?", "...", "?!", '."', ". ", "! ", "? ", "\n", " ", "The"]
    pieces += ["it", "İstanbul", "9", "(", ")", "'", "\u201d", "\u201c", "x.", "A."]
    gaps = ["", " ", "  ", "\n"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 15)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        plain = [m.span() for m in _BOUNDARY.finditer(text, start, end)]
        assert [m.span() for m in _boundaries(text, start, end)] == plain, (text, start, end)


def test_boundaries_from_the_marks_of_the_whole_text_are_those_of_the_stretch() -> None:
    rng = random.Random(9)
    pieces = ["Mr.", "end.", "Yes!", "What?", "...", ". ", "\n", " ", "The", "x.", "A."]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 15)))
        marks = _marks_of(text, 0, len(text))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert [m.span() for m in _boundaries(text, start, end, marks)] == [
            m.span() for m in _boundaries(text, start, end)
        ], (text, start, end)


def test_ordered_span_is_the_span_made_by_its_init() -> None:
    for start, end in ((0, 0), (3, 9), (12, 400)):
        made = ordered_span(start, end)
        assert type(made) is Span
        assert made == Span(start, end) and hash(made) == hash(Span(start, end))
        assert (made.start, made.end, len(made)) == (start, end, end - start)
