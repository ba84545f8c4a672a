"""The "#N" start words of the rules (a rule tried only at numbers of N digits) and the scanner's table of
what can follow a rule's digits (`_AFTER_DIGITS`) must drop no match: each rule's pattern is read here to
find how many digits it can start with and which characters can come next, and the restricted scan is
compared with one trying every number rule at every number."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from re import _constants as sc  # the parser's own reading of a pattern, for the tests only
from re import _parser as sp

import pendulum
import pytest

from core.timex import scanner, tag
from core.timex.rules import RULES

_LONG = scanner._LONG
_ANY = frozenset(range(_LONG + 1))

Item = tuple[object, object]


def _class_reads(items: list[Item]) -> tuple[bool, bool]:
    """(can read a digit, can read another character) for the items of a character class."""
    digit = other = False
    for op, av in items:
        if op is sc.LITERAL:
            digit, other = digit or chr(av).isdecimal(), other or not chr(av).isdecimal()
        elif op is sc.RANGE:
            chars = [chr(c) for c in range(av[0], av[1] + 1)]
            digit = digit or any(ch.isdecimal() for ch in chars)
            other = other or not all(ch.isdecimal() for ch in chars)
        elif op is sc.CATEGORY and av is sc.CATEGORY_DIGIT:
            digit = True
        elif op is sc.CATEGORY and av in (sc.CATEGORY_NOT_DIGIT, sc.CATEGORY_SPACE):
            other = True
        else:  # a negated class, a word class: anything
            return True, True
    return digit, other


def _bars_digit(seq: list[Item]) -> bool:
    """Whether `seq` matches at any digit whatever follows (so "(?!seq)" says that no digit comes next)."""
    if len(seq) != 1:
        return False
    op, av = seq[0]
    if op is sc.SUBPATTERN:
        return _bars_digit(av[-1])
    if op is sc.BRANCH:
        return any(_bars_digit(alt) for alt in av[1])
    return (
        op is sc.IN
        and not any(o is sc.NEGATE for o, _ in av)
        and any(o is sc.CATEGORY and a in (sc.CATEGORY_DIGIT, sc.CATEGORY_WORD) for o, a in av)
    )


Leaf = Callable[[object, object, frozenset[int]], tuple[frozenset[int], set]]
"""How one character-reading item moves the digit counts: the counts after it, and what it gathers."""


def _walk(
    seq: list[Item], states: frozenset[int], leaf: Leaf, barred: bool = False
) -> tuple[frozenset[int], set] | None:
    """Read the parsed `seq` from `states` (how many digits have been read, all of them digits, capped at
    _LONG): the states after it, and what `leaf` gathered on the way. None for a construct this reading
    does not follow. Lookarounds are passed over (they only narrow the matches), except, when `barred`, a
    look-ahead barring a digit, which ends the number (its counts are gathered)."""
    gathered: set = set()
    for op, av in seq:
        if not states:
            break
        if op in (sc.LITERAL, sc.NOT_LITERAL, sc.IN, sc.ANY):
            states, more = leaf(op, av, states)
            gathered |= more
        elif barred and op is sc.ASSERT_NOT and av[0] == 1 and _bars_digit(av[1]):
            gathered |= states
            states = frozenset()
        elif op in (sc.AT, sc.ASSERT, sc.ASSERT_NOT):
            continue
        elif op is sc.SUBPATTERN:
            read = _walk(av[-1], states, leaf, barred)
            if read is None:
                return None
            states, more = read
            gathered |= more
        elif op is sc.BRANCH:
            after: set[int] = set()
            for alt in av[1]:
                read = _walk(alt, states, leaf, barred)
                if read is None:
                    return None
                after |= read[0]
                gathered |= read[1]
            states = frozenset(after)
        elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT, sc.POSSESSIVE_REPEAT):
            lo, hi, sub = av
            reached = set(states) if lo == 0 else set()
            current, times = states, 0
            # Past `lo` times, every further time only adds digits up to the cap: _LONG more are enough.
            while current and times < hi and times < lo + _LONG + 1:
                read = _walk(sub, current, leaf, barred)
                if read is None:
                    return None
                current, more = read
                gathered |= more
                times += 1
                if times >= lo:
                    reached |= current
            states = frozenset(reached)
        else:
            return None
    return states, gathered


def _after(states: frozenset[int], digit: bool) -> frozenset[int]:
    return frozenset(min(k + 1, _LONG) for k in states) if digit else frozenset()


def _count_leaf(op: object, av: object, states: frozenset[int]) -> tuple[frozenset[int], set]:
    """Gathers the digit counts that a character other than a digit ends."""
    if op is sc.LITERAL:
        digit = chr(av).isdecimal()  # type: ignore[arg-type]
        other = not digit
    elif op is sc.IN:
        digit, other = _class_reads(av)  # type: ignore[arg-type]
    else:
        digit = other = True
    return _after(states, digit), set(states) if other else set()


def _read(seq: list[Item], states: frozenset[int]) -> tuple[frozenset[int], frozenset[int]] | None:
    """`_walk` gathering the digit counts a non-digit (or a look-ahead barring a digit) ends."""
    read = _walk(seq, states, _count_leaf, barred=True)
    return None if read is None else (read[0], frozenset(read[1]))


def digit_counts(pattern: str) -> frozenset[int]:
    """How many digits (capped at _LONG) a number can have where the pattern starts a match."""
    read = _read(sp.parse(pattern), frozenset({0}))
    if read is None:
        return _ANY - {0}
    states, ended = read
    counts = set(ended)
    for k in states:  # the pattern stops inside the number: any longer number too
        counts.update(range(k, _LONG + 1))
    return frozenset(counts) - {0}


@pytest.mark.parametrize(
    ("pattern", "counts"),
    [
        (r"\d{4}-", {4}),
        (r"(?:1[0-2]|0?[1-9])/", {1, 2}),
        (r"\d+ years", {1, 2, 3, 4, 5}),
        (r"(?:19\d\d)(?!\d)", {4}),
        (r"(?:19\d\d)", {4, 5}),
        (r"(?:[a-z]+ )?\d\d(?:st|th)?", {2, 3, 4, 5}),
        (r"\d(?:\d|(?<=1)x)\d\b", {1, 3, 4, 5}),
    ],
)
def test_the_reading_of_a_pattern_counts_its_leading_digits(pattern: str, counts: set[int]) -> None:
    assert digit_counts(pattern) == counts


def test_every_rule_starting_with_a_number_names_each_digit_count_it_can_read() -> None:
    for c in scanner.INDEX["#"]:
        can = digit_counts(c.fast.pattern)
        assert can <= scanner._DIGIT_COUNTS[c.order], (c.rule.name, sorted(can))


def test_each_digit_count_start_word_belongs_to_a_rule_with_digits() -> None:
    for rule in RULES:
        for item in rule.starts.split():
            if item.startswith("#"):
                assert item == "#" or 1 <= int(item[1:]) < _LONG, (rule.name, item)


_ANYTHING = "*"
"""What a rule's digits can be followed by when the reading cannot tell (or the match can end there)."""


def _class_follows(items: list[Item]) -> tuple[bool, set[str]]:
    """(can read a digit, the other characters it can read: each, "\\s" for whitespace, or _ANYTHING)."""
    digit, other = False, set()
    for op, av in items:
        if op is sc.LITERAL or op is sc.RANGE:
            lo, hi = (av, av) if op is sc.LITERAL else av
            for ch in map(chr, range(lo, hi + 1)):
                if ch.isdecimal():
                    digit = True
                else:
                    other.add(ch)
        elif op is sc.CATEGORY and av is sc.CATEGORY_DIGIT:
            digit = True
        elif op is sc.CATEGORY and av is sc.CATEGORY_SPACE:
            other.add("\\s")
        else:  # a negated class, a word class: anything
            return True, {_ANYTHING}
    return digit, other


def _follows_leaf(op: object, av: object, states: frozenset[int]) -> tuple[frozenset[int], set]:
    """Gathers the characters (as `_class_follows` names them) that can end a number of one digit or more."""
    if op is sc.LITERAL:
        digit, other = _class_follows([(op, av)])
    elif op is sc.IN:
        digit, other = _class_follows(av)  # type: ignore[arg-type]
    else:
        digit, other = True, {_ANYTHING}
    return _after(states, digit), other if other and states - {0} else set()


def _read_follows(seq: list[Item], states: frozenset[int]) -> tuple[frozenset[int], set[str]] | None:
    """`_walk` gathering what can follow a number's digits; every lookaround is passed over."""
    return _walk(seq, states, _follows_leaf)


def digit_follows(pattern: str) -> set[str]:
    """The characters ("\\s": whitespace) that can follow the leading digits of a match of the pattern;
    _ANYTHING among them when the reading cannot tell or the match can stop right after the digits."""
    read = _read_follows(sp.parse(pattern), frozenset({0}))
    if read is None:
        return {_ANYTHING}
    states, follows = read
    if states - {0}:
        follows.add(_ANYTHING)
    return follows


@pytest.mark.parametrize(
    ("pattern", "follows"),
    [
        (r"\d{4}-", {"-"}),
        (r"(?:1[0-2]|0?[1-9])(?:st|th)?\s", {"s", "t", "\\s"}),
        (r"\d+(?:\.\d+)?\s+years", {".", "\\s"}),
        (r"\d\d(?!\w)", {_ANYTHING}),
        (r"\d[a-c]", {"a", "b", "c"}),
        (r"\d\w", {_ANYTHING}),
    ],
)
def test_the_reading_of_a_pattern_finds_what_follows_its_leading_digits(pattern: str, follows: set[str]) -> None:
    assert digit_follows(pattern) == follows


def test_every_rule_starting_with_a_number_names_each_character_that_can_follow_its_digits() -> None:
    for c in scanner.INDEX["#"]:
        can = {" " if ch == "\\s" else ch for ch in digit_follows(c.fast.pattern)}
        declared = scanner._FOLLOWS[c.order]
        if declared is not None:
            assert _ANYTHING not in can, c.rule.name
            assert can <= declared, (c.rule.name, sorted(can - declared))


def test_the_table_of_what_follows_digits_names_only_number_rules() -> None:
    assert set(scanner._AFTER_DIGITS) <= {c.rule.name for c in scanner.INDEX["#"]}


NUMBERS = (
    "7", "12", "31", "123", "1998", "2022", "12345", "1,500", "3.5", "08.02.2022", "2/14/2021", "20/02/2022",
    "2022-02-20", "2021-11", "2022-W06", "2022-W05-WE", "10:35", "07:35", "9:40", "10pm", "7am", "10.30pm",
    "5 p.m.", "1990s", "1950's", "20th", "8th", "1st", "3rd", "2-year", "52-week", "3-5", "12-15", "1995-1998",
    "24 and 25", "12 to 15", "90", "42", "1,000", "2.5", "19", "0", "00", "000", "99999", "2022q3",
)  # fmt: skip
AFTER = (
    "", " ", ".", ",", "-", ":", "/", "'s", "s", " years ago", " days", " percent", "%", " July", " july 2021",
    " of March", " quarter", "th century", " million", " a.m.", " gmt", " in the morning", " o'clock", " q3",
    " h1", " 1999", "-year", " 2021,", " and 13 March 2021", ")",
)  # fmt: skip


def _number_texts(rng: random.Random) -> list[str]:
    texts = [n + a for n in NUMBERS for a in AFTER]
    texts += [" ".join(rng.choice(NUMBERS) + rng.choice(AFTER) for _ in range(6)) for _ in range(300)]
    texts += [example[0] for rule in RULES for example in rule.examples]
    return texts


def test_no_number_rule_matches_at_a_number_of_a_digit_count_it_does_not_name() -> None:
    rules = scanner.INDEX["#"]
    for text in _number_texts(random.Random(7)):
        low = scanner.lower(text)
        for number in re.finditer(r"\d+", low):
            after = scanner._after_number(low, number.end(), len(low))
            allowed = scanner._numbered(rules, min(len(number.group()), _LONG), after)
            for c in rules:
                found = c.fast.match(low, number.start())
                if found and found.end() > number.start():
                    assert c in allowed, (text, c.rule.name)


@pytest.mark.parametrize("seed", range(4))
def test_trying_every_number_rule_at_every_number_finds_the_same(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    words = [rng.choice(NUMBERS) + rng.choice(AFTER) for _ in range(400)]
    text, dct = " ".join(words), pendulum.date(2022, 2, 8)
    fast = [(t.span, t.time.value, t.rule) for t in tag(text, dct)]
    monkeypatch.setattr(scanner, "_numbered", lambda rules, digits, after: rules)
    slow = [(t.span, t.time.value, t.rule) for t in tag(text, dct)]
    assert fast == slow
    assert fast
