"""Sentence splitting keeps news abbreviations together and offsets exact."""

from __future__ import annotations

import pytest

from core.sentences import split


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Mr. Smith met Dr. Jones on Sept. 4. They talked.", ["Mr. Smith met Dr. Jones on Sept. 4.", "They talked."]),
        ("The U.S. Senate voted. It passed.", ["The U.S. Senate voted.", "It passed."]),
        ("John F. Kennedy spoke at 10 a.m. Friday.", ["John F. Kennedy spoke at 10 a.m. Friday."]),
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
