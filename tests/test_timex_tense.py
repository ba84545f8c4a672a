"""The tense markers' pattern, built from word lists tried by letters, finds what the plain alternation
of the same words and phrases, in their old order, finds: the same places, texts and kinds."""

from __future__ import annotations

import random
import re

import pytest

from core.timex import lexicon as lx
from core.timex import tense

_PLAIN_FUTURE = (
    r"(?:was|were|is|are)(?:\s+not)?\s+(?:planning|scheduled|expected|set|due|going|forecast|likely|unlikely)|will|won't|wo|'ll|shall|going\s+to"
    r"|plans?\s+to|(?<!the\s)(?<!\ba\s)(?<!ly\s)planned|planning|scheduled|is\s+to|are\s+to|intends?\s+to"
    r"|set\s+to|would|expect(?:s|ed)?\s+(?:(?!to\s)[a-z0-9$%,.'-]+\s+){1,5}?to\s+(?!have\s)[a-z]+|expects?|expected\s+to|forecasts?|predicts?|is\s+due|are\s+due|due\s+to\s+be|to\s+be\s+held"
    r"|payable|expires?|effective|opens|begins|starts|ends|runs|closes|resumes|reopens|kicks|hopes?\s+to|likely\s+to|unlikely\s+to|aims?\s+to|wants?\s+to|could|might|as\s+soon\s+as|as\s+early\s+as"
    r"|supposed\s+to|slated|(?:agreement|agreed|agrees|deal)\s+to\s+(?:buy|acquire|sell|merge|pay|purchase)"
)
_PLAIN_PAST = r"ago|last|earlier|announced|reported|\w{2,}ed|" + "|".join((*lx.IRREGULAR_PAST, *tense._PLAIN_PAST))
PLAIN = re.compile(
    rf"\b(?:(?P<future>{_PLAIN_FUTURE})|(?P<past>{_PLAIN_PAST})|(?P<present>is|are|says|has|have|am|does|do))\b"
)

WORDS = (
    "will won't wo 'll we'll shall going to plans plan planned the a ly planning scheduled is are was were set "
    "due expected expect expects forecast forecasts predicts hopes aims wants be held as soon early agreement "
    "agreed deal buy could might ago last earlier announced reported walked ed need has have am does do said "
    "went says intend intends payable sales them come have expires effective isn't ' - , . 2022 officially opens runs ends endsx supposed slated"
).split()


@pytest.mark.parametrize("seed", range(4))
def test_markers_by_letters_are_the_plain_alternation(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(3000):
        text = "".join(
            rng.choice(WORDS) + rng.choice((" ", "  ", "\n", ",", "'", "")) for _ in range(rng.randint(1, 16))
        )
        fast = [(m.span(), m.lastgroup) for m in tense._MARKER.finditer(text)]
        plain = [(m.span(), m.lastgroup) for m in PLAIN.finditer(text)]
        assert fast == plain, repr(text)
