"""Named actors in a sentence — people, organisations, places, products — found offline and fast.

No model: English capitalises names, so a run of capitalised words is a candidate, and word lists
(kept here as data) take away what capitals do not mean a name: the first word of a sentence,
titles ("President", "CEO"), demonyms ("French"), months and weekdays, and, in a headline written
in Title Case, ordinary words. A few aliases ("U.S.", "Apple Inc.") name one actor one way.

Within one collection, `canonical_actors` then maps short mentions to the full name the collection
uses ("Putin" → "Vladimir Putin", "Jobs" → "Steve Jobs", "IPHONE" → "iPhone") and `canonicalise`
rewrites events with it, so filtering by an actor finds every mention.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

import attrs

from core.model import Event

# --- data -------------------------------------------------------------------------------------

_MONTHS = "january february march april may june july august september october november december"
_DAYS = "monday tuesday wednesday thursday friday saturday sunday"
_ABBREVIATED = "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"

NOT_NAMES = frozenset(
    f"""{_MONTHS} {_DAYS} {_ABBREVIATED}
    i i'm i've i'd i'll a an the this that these those there here it its it's he she they we you his her
    their our your my me him them us who whom whose what which when where why how
    and or but nor so yet for of in on at by to from with without within into onto upon about above
    below after before during since until till through across against among between over under
    if as than then though although while whereas because unless once whether either neither both
    each every all any some no not none many much more most few several other another such same
    one two three four five six seven eight nine ten first second third last next new old
    is are was were be been being has have had do does did will would shall should can could may
    might must also still even just only already again ever never now today yesterday tomorrow
    tonight meanwhile however therefore moreover furthermore nevertheless instead indeed
    unfortunately fortunately still thus hence later earlier recently currently finally
    according following despite including regarding concerning given amid amidst toward towards
    via per beyond near like unlike throughout besides except inside outside around behind beside
    beneath along alongside
    yes oh ok okay mr mrs ms dr sir madam
    internet web online news report reports reported story update breaking exclusive
    god christmas easter ramadan
    officials official sales shares analysts critics experts users customers investors police
    residents researchers scientists witnesses sources prices talks troops forces protesters
    workers fans students doctors lawyers leaders authorities members voters citizens people
    companies firms rivals observers employees staff executives engineers developers
    rebels flights soldiers militants fighters refugees migrants demonstrators activists lawmakers
    senators diplomats negotiators prosecutors podcasts reports documents emails videos photos
    images negotiations elections results profits earnings exports imports shipments deliveries
    orders tests trials studies surveys polls markets stocks bonds rates taxes tariffs sanctions
    """.split()
)
"""Capitalised words that do not by themselves name an actor."""

OPENERS = frozenset(
    """current recent early late major several further additional previous future final initial
    local national international global senior junior general public private popular similar
    various certain entire whole full half total overall average typical
    another earlier later last next past present prior original annual daily weekly monthly""".split()
)
"""Adjectives that open sentences ("Current PowerPC Macs…"); only the first word is checked."""

NOT_ACTORS = frozenset(
    "usd eur gbp jpy cd cds dvd dvds tv pc pcs gb mb kb tb ghz mhz db am pm gmt utc".split()
)
"""Capitalised abbreviations that are units, currencies or things, never actors on their own."""

TITLES = frozenset(
    """president presidents vice prime minister ministers foreign defence defense interior finance
    chancellor king queen prince princess pope emperor senator sen sen. rep rep. representative
    congressman congresswoman governor gov gov. mayor judge justice general gen gen. colonel col col.
    lieutenant lt lt. sergeant sgt captain capt capt. admiral commander major dr dr. mr mr. mrs mrs.
    ms ms. sir lord lady dame saint st. chief executive ceo c.e.o. cfo coo cto chairman chairwoman
    chair secretary spokesman spokeswoman spokesperson officer operating financial technology
    former late acting deputy director ambassador commissioner founder co-founder cofounder leader
    analyst analysts professor prof prof. attorney sheriff detective inspector agent chancellor
    archbishop bishop cardinal rabbi imam reverend rev rev. father sister brother uncle aunt
    premier envoy minister-president head spokesperson boss""".split()
)
"""Words of a title before (or after) a name: "President Vladimir Putin", "Apple CEO"."""

DEMONYMS = frozenset(
    """american british english french german russian ukrainian chinese japanese korean indian
    pakistani iranian iraqi israeli palestinian syrian turkish egyptian saudi european african
    asian canadian mexican brazilian argentine australian italian spanish portuguese dutch
    belgian swiss austrian polish swedish norwegian danish finnish greek irish scottish welsh
    belarusian georgian afghan nigerian kenyan western eastern northern southern soviet
    arab muslim christian jewish catholic protestant democratic republican""".split()
)
"""Adjectives of origin: "French President Emmanuel Macron" names Macron, not France."""

HOLIDAYS = frozenset(
    ["new year", "new year's day", "new year's eve", "christmas day", "christmas eve", "good friday"]
)
"""Named days: time expressions, not actors."""

CONNECTORS = frozenset("of de da del della di van von der den la le du bin al el".split())
"""Lower-case words that may sit inside a name ("Bank of England", "Ludwig van Beethoven")."""

CORPORATE_SUFFIXES = frozenset("inc inc. corp corp. co co. ltd ltd. llc plc ag sa gmbh".split())

ALIASES: Mapping[str, str] = {
    "u.s.": "United States",
    "u.s": "United States",
    "us": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "eu": "European Union",
    "e.u.": "European Union",
    "un": "United Nations",
    "u.n.": "United Nations",
    "kiev": "Kyiv",
    "apple computer": "Apple",
    "apple computers": "Apple",
    "apple inc": "Apple",
    "zelensky": "Volodymyr Zelenskyy",
    "zelenskiy": "Volodymyr Zelenskyy",
    "volodymyr zelensky": "Volodymyr Zelenskyy",
}
"""Spellings of one actor, lower-cased, to the display name."""

# --- scanning -----------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""(?P<word>(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z][A-Za-z0-9]*)*\.?)"""
    r"""|(?P<num>\d[\w.]*)|(?P<punct>[^\sA-Za-z0-9])"""
)
_POSSESSIVE_ENDINGS = ("'s", "’s", "s'", "s’")
_POSSESSIVE = re.compile(rf"(?:{'|'.join(_POSSESSIVE_ENDINGS)})$")
_SHORT_NUMBER = re.compile(r"\d{1,2}(?:[A-Za-z]{1,3})?|\d+\.\d+")
"""A model number that continues a product name ("iPhone 4", "iPhone 3GS", "OS X 10.4"); not a year."""
_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")
_CAMEL = re.compile(r"[a-z]+[A-Z][A-Za-z0-9]*")


def _is_capitalised(word: str) -> bool:
    # Most words are plain lower case, which no camel-case name is; that check is far cheaper.
    return word[:1].isupper() or (not word.islower() and bool(_CAMEL.fullmatch(word)))


def _is_product(word: str) -> bool:
    return bool(_CAMEL.fullmatch(word)) or (word.isupper() and len(word) > 1 and not word.endswith("."))


def _title_case(words: Sequence[str]) -> bool:
    """A headline in Title Case capitalises ordinary words, so capitals say little there."""
    long_words = [w for w in words if len(w) > 3]
    return len(long_words) >= 3 and len([w for w in long_words if w[:1].isupper()]) / len(long_words) > 0.7


def actors(sentence: str) -> tuple[str, ...]:
    """The named actors one sentence mentions, each once, in the order they first appear."""
    # findall gives each token as (word, num, punct) with exactly one filled, without a Match object each.
    tokens = [
        ("word", word) if word else ("num", num) if num else ("punct", punct)
        for word, num, punct in _TOKEN.findall(sentence)
    ]
    words = [t for kind, t in tokens if kind == "word"]
    headline_case = _title_case(words)
    found: list[str] = []
    run: list[str] = []
    first_word = True

    def close() -> None:
        if run:
            for name in _names(run, headline_case):
                if name not in found:
                    found.append(name)
            run.clear()

    for index, (kind, token) in enumerate(tokens):
        if not run and kind == "word" and token.islower() and not token.endswith(_POSSESSIVE_ENDINGS):
            # Most words: lower case, outside any name, not possessive; they only end the first word.
            first_word = False
            continue
        if kind == "punct":
            if run:
                close()
            # A new sentence or a quotation starts: its first word is capitalised anyway.
            first_word = first_word or token in '.!?:"“”'
            continue
        if kind == "num":
            if run and _SHORT_NUMBER.fullmatch(token) and _is_product(run[-1]):
                run.append(token)
            elif run:
                close()
            first_word = False
            continue
        word, possessive = _strip_possessive(token)
        if _is_capitalised(word):
            if first_word and _ordinary_opener(word):
                close()
            else:
                # A product name in lower camel case starts a new name: "UK iTunes", "Apple iPod".
                if run and _CAMEL.fullmatch(word) and not _CAMEL.fullmatch(run[-1]):
                    close()
                run.append(word)
        elif run and word.lower() in CONNECTORS and _next_is_capitalised(tokens, index):
            run.append(word)
        elif run:
            close()
        if possessive and run:
            close()
        first_word = False
    close()
    return tuple(found)


def _strip_possessive(token: str) -> tuple[str, bool]:
    # A pattern anchored at the end is still tried from every position; most words end otherwise
    # (a token holds no newline, before which `$` would also match).
    if not token.endswith(_POSSESSIVE_ENDINGS):
        return token, False
    match = _POSSESSIVE.search(token)
    if match and len(token) > 3:
        kept = token[: match.start()] + ("s" if match.group().startswith("s") else "")
        return kept, True
    return token, False


def _next_is_capitalised(tokens: Sequence[tuple[str | None, str]], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following[0] == "word" and _is_capitalised(following[1])


def _ordinary_opener(word: str) -> bool:
    """Whether a sentence's capitalised first word is an ordinary word rather than a name."""
    lower = word.lower()
    if lower in NOT_NAMES or lower in TITLES or lower in DEMONYMS or lower in OPENERS:
        return True
    # Adverbs, participles and plural nouns open sentences ("Unfortunately", "Following",
    # "Developers"); names rarely end so ("Jobs" and "Reuters" do not match these endings).
    return (len(lower) > 4 and lower.endswith(("ly", "ing", "ed", "ers", "ions", "ures", "ents", "ies"))) or (
        lower.endswith("-wise")  # "Structure-wise, ...", "Price-wise"
    )


def _names(run: list[str], headline_case: bool) -> list[str]:
    """The names in one run of capitalised words (a headline's run may hold several)."""
    if headline_case:
        pieces: list[list[str]] = [[]]
        for word in run:
            if word.lower() in NOT_NAMES or (word.lower() in _COMMON and not _is_product(word)):
                pieces.append([])
            else:
                pieces[-1].append(word)
    else:
        pieces = [run]
    out: list[str] = []
    for piece in (part for whole in pieces for part in _split_at_titles(whole)):
        name = _clean(piece)
        if name:
            out.append(name)
    return out


def _split_at_titles(run: list[str]) -> list[list[str]]:
    """A title inside a run starts a new name ("Apple Inc. CEO Steve Jobs"), and so does the word
    after a corporate suffix; not after a connector ("Department of Justice" stays whole)."""
    pieces: list[list[str]] = [[]]
    for word in run:
        current = pieces[-1]
        if current:
            before = current[-1].lower()
            title_starts = (
                _bare(word) in TITLES
                and _bare(before) not in TITLES
                and before not in CONNECTORS
                and not _demonym(before)
            )
            # A dotted country abbreviation ends a name: "in the U.S. Jobs said" is two.
            if title_starts or _bare(before) in CORPORATE_SUFFIXES or _DOTTED.fullmatch(current[-1]):
                pieces.append([])
        pieces[-1].append(word)
    return pieces


def _bare(word: str) -> str:
    return word.lower().rstrip(".")


def _folded(word: str) -> str:
    """Lower case, and without a trailing period unless the word is a title as listed ("dr.")."""
    lower = word.lower()
    return lower if lower in TITLES else lower.rstrip(".")


def _clean(words: list[str]) -> str | None:
    words = [w for w in words if w]
    # Lists hold both "dr" and "dr."; a sentence's full stop may cling to the last word ("as CEO.").
    lowered = [_folded(w) for w in words]
    # Titles and demonyms at either end are not part of the name; connectors never end one.
    while words and (
        lowered[0] in TITLES
        or lowered[0] in CONNECTORS
        # "French President Macron" loses "French"; "European Commission" keeps "European".
        or (_demonym(lowered[0]) and len(words) > 1 and lowered[1] in TITLES)
    ):
        words, lowered = words[1:], lowered[1:]
    while words and (
        # "Apple CEO" loses "CEO"; "Department of Justice" keeps "Justice".
        (lowered[-1] in TITLES and not (len(lowered) > 1 and lowered[-2] in CONNECTORS))
        or lowered[-1] in CONNECTORS
        or lowered[-1] in CORPORATE_SUFFIXES
        or lowered[-1] in DEMONYMS
    ):
        words, lowered = words[:-1], lowered[:-1]
    if not words:
        return None
    bare = lowered[0].rstrip(".")
    if len(words) == 1 and (bare in NOT_NAMES or bare in DEMONYMS or bare in NOT_ACTORS or len(bare) < 2):
        return None
    if " ".join(lowered) in HOLIDAYS:
        return None
    name = " ".join(words)
    return ALIASES.get(
        name.lower().rstrip("."), ALIASES.get(name.lower(), name.rstrip(".") if _dotless(name) else name)
    )


def _demonym(word: str) -> bool:
    # The list holds the common ones; the endings catch the rest before a title ("Chilean President").
    return word in DEMONYMS or word.endswith(("ian", "ean", "ese", "ish", "ic", "an", "i"))


def _dotless(name: str) -> bool:
    # "Apple Inc." lost its suffix already; a trailing period left on a plain word is the sentence's.
    last = name.split()[-1]
    return last.endswith(".") and last.count(".") == 1


_COMMON = frozenset(
    """unveils unveiled launches launched announces announced says said reports reported wins won
    loses lost sues sued files filed takes took makes made gets got sets set opens opened closes
    closed releases released begins began ends ended meets met visits visited calls called
    resigns resigned steps step down up out back returns returned leaves left joins joined
    faces faced warns warned plans planned seeks sought agrees agreed rejects rejected
    denies denied buys bought sells sold cuts cut raises raised drops dropped hits hit
    new old big small first last top best worst more less over under after before against
    about into with from amid despite talks deal case court suit lawsuit row dispute crisis
    record sales profit profits earnings results shares price prices market stock deal deals
    phone phones computer computers music software version update launch event
    year years day days week weeks month months time times people world company
    executive chief leader government health leave cancer death dies died""".split()
)
"""Ordinary words a Title Case headline capitalises; they split a headline's run into names."""

# --- one collection -----------------------------------------------------------------------------


def canonical_actors(events: Iterable[Event]) -> dict[str, str]:
    """Each actor name in `events` mapped to the name the collection should show for it.

    A name whose words end a longer name ("Putin", "Jobs") maps to that longer name when it is
    the only one, or the most mentioned; spellings that differ only in case map to the most used.
    Names that map to themselves are included, so the result covers every name seen.
    """
    counts: Counter[str] = Counter(a for e in events for a in e.actors)
    spelling: dict[str, str] = {}
    for name, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        spelling.setdefault(name.casefold(), name)
    folded: Counter[str] = Counter()
    for name, n in counts.items():
        folded[name.casefold()] += n
    # Index every personal name by its proper suffixes ("jobs" -> "steve jobs"), so each name
    # finds its longer forms in one lookup instead of a scan of all names.
    by_suffix: defaultdict[tuple[str, ...], list[str]] = defaultdict(list)
    for k in folded:
        words = tuple(k.split())
        if _person_like(k):
            for cut in range(1, len(words)):
                by_suffix[words[cut:]].append(k)
    # A lone first name ("Steve will be missed") is the collection's one dominant person of that
    # first name, if there is one: mentioned FIRST_NAME_DOMINANCE times more than any other.
    by_first: defaultdict[str, list[str]] = defaultdict(list)
    for k in folded:
        words = k.split()
        if _person_like(k) and len(words) == 2:
            by_first[words[0]].append(k)
    mapping: dict[str, str] = {}
    for k in folded:
        longer = by_suffix.get(tuple(k.split()))
        if longer:
            mapping[k] = max(longer, key=lambda o: (folded[o], len(o), o))
            continue
        mapping[k] = k
        people = sorted(by_first.get(k, ()), key=lambda o: (-folded[o], o))
        dominant = bool(people) and (
            len(people) == 1 or folded[people[0]] >= FIRST_NAME_DOMINANCE * folded[people[1]]
        )
        # Only when the full name is itself the more common mention: "Steve" 8, "Steve Jobs" 79.
        if dominant and folded[people[0]] >= folded[k]:
            mapping[k] = people[0]
    return {name: spelling[mapping[name.casefold()]] for name in counts}


FIRST_NAME_DOMINANCE = 3


def _person_like(folded_name: str) -> bool:
    """Only a personal name loses its first words in later mentions ("Steve Jobs" → "Jobs")."""
    words = folded_name.split()
    return 2 <= len(words) <= 4 and not any(w in _ORGANISATION_WORDS for w in words)


_ORGANISATION_WORDS = frozenset(
    """inc corp company corps group bank university college school court house council ministry
    department agency office party union association committee commission conference store
    market exchange airport station street square park river sea ocean island islands city
    state states kingdom republic federation army navy police service services news times post
    journal network foundation institute center centre hospital church museum club team league""".split()
)


def canonicalise(events: Sequence[Event]) -> list[Event]:
    """The same events, each actor replaced by the collection's name for it (order kept, no repeats)."""
    mapping = canonical_actors(events)
    out: list[Event] = []
    for event in events:
        renamed = tuple(dict.fromkeys(mapping.get(a, a) for a in event.actors))
        out.append(event if renamed == event.actors else attrs.evolve(event, actors=renamed))
    return out
