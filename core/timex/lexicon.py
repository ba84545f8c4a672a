"""Word lists and normalisation tables (HeidelTime's "pattern" and "normalization" files as Python data).

Every table maps a lower-cased surface form to its normalised meaning. `PATTERNS` turns each table
into a regex alternation that rule patterns refer to as `{NAME}`; longer forms come first so that
"sept." wins over "sep" and "twenty-one" over "twenty".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "jan.": 1,
    "february": 2, "feb": 2, "feb.": 2,
    "march": 3, "mar.": 3,
    "april": 4, "apr": 4, "apr.": 4,
    "may": 5,
    "june": 6, "jun.": 6,
    "july": 7, "jul.": 7,
    "august": 8, "aug": 8, "aug.": 8,
    "september": 9, "sept": 9, "sept.": 9, "sep.": 9,
    "october": 10, "oct": 10, "oct.": 10,
    "november": 11, "nov": 11, "nov.": 11,
    "december": 12, "dec": 12, "dec.": 12,
}  # fmt: skip

# Bare month words that are also common English words: only taken when capitalised.
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar.", "jun.", "jan", "dec", "oct", "aug", "sept", "nov"})

WEEKDAYS: dict[str, int] = {
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    "mon.": 1, "tue.": 2, "tues.": 2, "wed.": 3, "thu.": 4, "thur.": 4, "thurs.": 4, "fri.": 5,
}  # fmt: skip

WEEKDAY_NAMES = ("", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_WORDS = "|".join(name.lower() for name in WEEKDAY_NAMES[1:])
"""The weekdays' full names in lower case, as an alternation ("monday|tuesday|...")."""
HABITUAL = "usually|typically|generally|normally"
"""Adverbs that tell what happens as a rule, not once (as an alternation)."""
MONTH_NAMES = ("", "January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")  # fmt: skip

_UNITS_1_19 = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
               "fifteen sixteen seventeen eighteen nineteen").split()  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}  # fmt: skip


def _number_words() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_UNITS_1_19)}
    for tens, value in _TENS.items():
        words[tens] = value
        for i in range(1, 10):
            for sep in ("-", " "):
                words[f"{tens}{sep}{_UNITS_1_19[i]}"] = value + i
    words |= {"a hundred": 100, "one hundred": 100, "a dozen": 12, "a couple of": 2, "a couple": 2}
    return words


NUMBERS: dict[str, int] = _number_words()

ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

# Calendar units: TIMEX3 duration letter, whether it takes the T (time) prefix, and the granularity word.
UNITS: dict[str, str] = {
    "second": "S", "seconds": "S", "minute": "MIN", "minutes": "MIN", "hour": "H", "hours": "H",
    "day": "D", "days": "D", "week": "W", "weeks": "W", "fortnight": "2W", "fortnights": "2W",
    "month": "M", "months": "M", "quarter": "Q", "quarters": "Q", "year": "Y", "years": "Y",
    "decade": "DE", "decades": "DE", "century": "CE", "centuries": "CE",
    "weekend": "WE", "weekends": "WE",
}  # fmt: skip

# Vague quantities ("several years") leave the number unspecified: P X Y.
VAGUE_QUANTITIES = frozenset({"several", "a few", "few", "some", "many", "a number of", "numerous"})

SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY: dict[str, str] = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "noon": "MI", "daytime": "DT",
}  # fmt: skip

DECADE_WORDS: dict[str, int] = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip

# Holidays, three ways of falling: on a fixed day (month, day); on the nth weekday of a month
# (month, ISO weekday, n; n = -1 the last); or a number of days from Western Easter.
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's eve": (12, 31), "independence day": (7, 4), "fourth of july": (7, 4),
    "halloween": (10, 31), "valentine's day": (2, 14), "may day": (5, 1), "bastille day": (7, 14),
    "veterans day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11),
    "st. patrick's day": (3, 17), "st patrick's day": (3, 17), "saint patrick's day": (3, 17),
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25), "guy fawkes night": (11, 5),
    "bonfire night": (11, 5), "hogmanay": (12, 31), "burns night": (1, 25), "st andrew's day": (11, 30),
    "st david's day": (3, 1), "st george's day": (4, 23), "juneteenth": (6, 19),
}  # fmt: skip
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "thanksgiving": (11, 4, 4), "thanksgiving day": (11, 4, 4), "memorial day": (5, 1, -1),
    "labor day": (9, 1, 1), "martin luther king day": (1, 1, 3), "martin luther king jr. day": (1, 1, 3),
    "presidents' day": (2, 1, 3), "presidents day": (2, 1, 3), "columbus day": (10, 1, 2),
    "mother's day": (5, 7, 2), "father's day": (6, 7, 3), "remembrance sunday": (11, 7, 2),
}  # fmt: skip
EASTER_HOLIDAYS: dict[str, int] = {
    "easter": 0, "easter sunday": 0, "easter day": 0, "good friday": -2, "maundy thursday": -3,
    "holy thursday": -3, "easter monday": 1, "palm sunday": -7, "ash wednesday": -46,
    "shrove tuesday": -47, "mardi gras": -47, "ascension day": 39, "pentecost": 49, "whit monday": 50,
    "holy week": -3, "easter week": -3, "holy saturday": -1, "whit sunday": 49, "mothering sunday": -21,
    "pancake day": -47,
}  # fmt: skip
THANKSGIVING_HOLIDAYS: dict[str, int] = {
    "black friday": 1, "cyber monday": 4, "giving tuesday": 5, "givingtuesday": 5,
}  # fmt: skip
"""Days counted from US Thanksgiving (the fourth Thursday of November): the shopping days after it."""
HOLIDAY_WEEKS: frozenset[str] = frozenset({"holy week", "easter week"})
"""Holidays that last a week: their value is the week (Monday to Easter Sunday) of the day given above."""
HOLIDAYS: frozenset[str] = frozenset(
    {*FIXED_HOLIDAYS, *WEEKDAY_HOLIDAYS, *EASTER_HOLIDAYS, *THANKSGIVING_HOLIDAYS, "election day"}
)
NAMED_DAYS: frozenset[str] = frozenset(
    """super tuesday|black monday|black tuesday|black wednesday|black thursday|black saturday|black sunday|
    bloody sunday|bloody monday|bloody friday|bloody saturday|bloody thursday|blue monday|easter saturday|
    mad friday|manic monday""".replace("\n", "").replace("    ", "").split("|")
)
"""Names that hold a weekday but fall on no day a rule can count ("Super Tuesday" is set by the primaries'
calendar; "Black Monday" and "Bloody Sunday" are days of history): not the weekday they hold, and no date."""
ADJECTIVE_NAMED: frozenset[str] = frozenset("good black cyber giving holy palm ash super bloody blue mad".split())
"""First words of day names that are also plain adjectives: the name only when capitalised ("a good Friday
for stocks" is a Friday)."""

# Past forms of irregular verbs that are not also present forms or common nouns ("read", "cut", "put",
# "set", "hit", "cost" are left out): a clause with one of them tells what happened.
IRREGULAR_PAST: tuple[str, ...] = tuple(
    """was were had did said told made took went came gave met saw won lost began left held sold bought paid
    rose fell grew spent sent ran led brought thought found felt became got struck spoke wrote broke chose
    drove flew knew tore wore swore shot fought caught taught sought built hid stole threw drew blew froze
    woke rode fled fed sped slid shook forgot ate bit dug hung sang rang sank swam spun stuck stung swung
    sprang overcame forgave laid kept slept swept wept meant lent bent dealt knelt sat stood understood
    withdrew undertook overtook arose awoke forbade foresaw withheld upheld oversaw underwent heard
    lit bled clung crept leapt shone shrank strode stank wove strove slung
    """.split()
)

MODIFIERS: dict[str, str] = {
    "early": "EARLY", "earlier": "EARLY", "mid": "MID", "middle": "MID", "late": "LATE", "later": "LATE",
    "the beginning of": "START", "the start of": "START", "the end of": "END", "end": "END", "the middle of": "MID",
    "the first half of": "EARLY", "the second half of": "LATE",
}  # fmt: skip


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of the words, longest first, spaces matching any whitespace."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) + ")"


def trie(words: Iterable[str], space: str | None = None) -> str:
    """A regex alternation of the words factored by common beginnings ("a(?:im(?:s)?|re)"), so the engine
    branches on one letter at a time instead of trying every word in turn. `space`: what a space of a
    word stands for (a literal space when None)."""
    root: dict[str, dict] = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        alts = [
            (space if ch == " " and space else re.escape(ch)) + emit(sub)
            for ch, sub in sorted(node.items())
            if ch
        ]
        if not alts:
            return ""
        if "" not in node:
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        # A word ends here. Groups the engine has no need of cost the parser at every start-up.
        if len(alts) == 1 and (len(alts[0]) == 1 or (len(alts[0]) == 2 and alts[0][0] == "\\")):
            return alts[0] + "?"
        # "(?:...|)" rather than "(?:...)?": the same tries in the same order (what follows first, then
        # nothing), but the engine runs a group made optional by "?" as a repeat, several times slower.
        return "(?:" + "|".join(alts) + "|)"

    return emit(root)


def _one_group(pattern: str) -> bool:
    """Whether the pattern is one group "(?:...)" from its first character to its last."""
    if not pattern.startswith("(?:"):
        return False
    depth = 0
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i == len(pattern) - 1
        i += 1
    return False


def number_value(word: str) -> int | None:
    """The integer a digit string or number word stands for ("12", "twelve", "a", "an" -> 1)."""
    w = " ".join(word.lower().replace(",", "").split())
    if w.isdigit():
        return int(w)
    if w in ("a", "an", "one", "single"):
        return 1
    if w == "couple of":
        return 2  # "the next couple of years"
    return NUMBERS.get(w)


WORD_LISTS: dict[str, Iterable[str]] = {
    "MONTH": MONTHS,
    "WEEKDAY": WEEKDAYS,
    "NUMWORD": [w for w in NUMBERS if w != "zero"],
    "ORD": ORDINALS,
    "UNIT": UNITS,
    "SEASON": SEASONS,
    "POD": PARTS_OF_DAY,
    "DECADEWORD": DECADE_WORDS,
    "HOLIDAY": HOLIDAYS,
    "VAGUEQ": VAGUE_QUANTITIES,
}
"""The word lists that rule patterns name as `{NAME}`."""

ALTERNATIONS: dict[str, str] = {name: alternation(words) for name, words in WORD_LISTS.items()}
"""Each word list as the plain alternation of its words, longest first: what `{NAME}` in a pattern means."""


def by_letters(words: Iterable[str]) -> str:
    """`alternation(words)` as a `trie`: the same matches, tried in the same order.

    At one place two words of a list match together only when one begins the other (where they
    differ, one has a letter or a dot the other has not, and a run of whitespace gives back none), and
    both forms try the longer first: the alternation by length, the trie by taking what follows a word
    before stopping at its end. The engine tries the alternatives of a list one after another (two
    hundred number words); by letters, a few at each place."""
    letters = trie(words, space=r"\s+")
    return letters if _one_group(letters) else "(?:" + letters + ")"


def _numbers_by_letters() -> str:
    """`by_letters` of the number words, each unit after a tens word ("twenty-one", "ninety nine") written
    once for all tens words instead of under each: a quarter the size, in the seven rules that name it and
    are compiled at start-up. Still longest first: a tens word is tried with its unit, then alone, then
    the words it begins ("six" of "sixty"), which are in the rest."""
    units = by_letters(_UNITS_1_19[1:10])
    compounds = {f"{tens}{sep}{unit}" for tens in _TENS for sep in ("-", " ") for unit in _UNITS_1_19[1:10]}
    rest = [w for w in WORD_LISTS["NUMWORD"] if w not in compounds and w not in _TENS]
    return f"(?:{by_letters(_TENS)}(?:(?:\\s+|-){units})?|{by_letters(rest)})"


PATTERNS: dict[str, str] = {name: by_letters(words) for name, words in WORD_LISTS.items()} | {
    "NUMWORD": _numbers_by_letters()
}
"""`ALTERNATIONS` tried by letters, as rule patterns are compiled."""

# Hedges that TimeML keeps inside a duration or offset ("about two weeks ago"); the scanner starts there.
APPROX_WORDS = (
    "about almost nearly more less roughly some over at just approximately around up barely only "
    "fewer under well"
).split()
APPROX_MODS: dict[str, str] = {
    "about": "APPROX", "almost": "LESS_THAN", "nearly": "LESS_THAN", "more than": "MORE_THAN",
    "less than": "LESS_THAN", "roughly": "APPROX", "some": "APPROX", "over": "MORE_THAN",
    "at least": "EQUAL_OR_MORE", "just over": "MORE_THAN", "just under": "LESS_THAN", "approximately": "APPROX",
    "around": "APPROX", "up to": "EQUAL_OR_LESS", "barely": "APPROX", "only": "EQUAL_OR_LESS",
    "fewer than": "LESS_THAN", "under": "LESS_THAN", "well over": "MORE_THAN", "at most": "EQUAL_OR_LESS",
}  # fmt: skip

THING = (
    r"(?:the|its|their|his|her|this|that)\s+"
    r"(?:(?!(?:was|were|is|are|had|has|have|been|will|would)\b)[A-Za-z-]+\s+){0,2}?"
    r"(?!(?:last|first|next|previous|latest|same|initial|final|recent|second|third)\b)(?P<noun>[a-z]{4,})\b"
)
"""A thing named after a count of time ("the day after the earthquake", "two days after the last walkout"): its
noun, past a determiner and up to two words before it that are neither verbs nor words of order."""


def tells(text: str, noun: str) -> bool:
    """Whether a sentence tells the thing a noun names: the noun, singular, starts a word of it or is one
    ("the quake" in "an earthquake struck", "the bombings" in "the bombing of the embassy"), or the verb it is
    made from does ("the announcement" in "announced on Tuesday", "the resignation" in "resigned")."""
    noun = noun.lower().removesuffix("s")
    low = text.lower()
    if noun in low:
        return True
    for suffix in _NOUN_SUFFIXES:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 5:
            return noun.removesuffix(suffix) in low
    return False


_NOUN_SUFFIXES = ("ment", "ation", "ure", "al")
"""Endings that make a noun of a verb ("announcement", "resignation", "departure", "arrival")."""
