"""The values that flow through the pipeline: frozen, slotted, comparable.

Everything here is data. Functions that make or transform these values live in
their own modules (`ingest`, `sentences`, `timex`, `events`, `order`, `merge`).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

import attrs
import pendulum


class TimeType(StrEnum):
    """TIMEX3 types."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Kind(StrEnum):
    """What an event is relative to its report: done, announced for later, or a state around publication."""

    OCCURRED = "occurred"
    PLANNED = "planned"
    ONGOING = "ongoing"


@attrs.frozen(order=True)
class Span:
    """Half-open character offsets [start, end) into an article's text."""

    start: int
    end: int = attrs.field()

    @end.validator
    def _check(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if not 0 <= self.start <= value:
            msg = f"bad span {self.start}..{value}"
            raise ValueError(msg)

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


_NEW = object.__new__
_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__


def ordered_span(start: int, end: int) -> Span:
    """`Span(start, end)` for offsets the caller knows to be in order (0 <= start <= end), as the tagger's
    matches and the trimmed sentences are: the fields set through their slots, without the generated
    `__init__`, whose bound setattr for each field and call of the check cost more than twice as much
    (thousands of spans an article)."""
    span = _NEW(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


@attrs.frozen
class TimeValue:
    """A normalised TIMEX3 value.

    `value` is the TIMEX3 string ("2022-02-07", "2022-02-07TEV", "2022-W06", "P90D", "PAST_REF").
    `mod` is the TIMEX3 modifier (EARLY, MID, LATE, START, END, APPROX, BEFORE, AFTER, ...).
    `approx` is the span a careful reader gives a vague reference ("in recent weeks" -> about four
    weeks up to publication); it is set only where `value` itself does not name an interval.
    """

    type: TimeType
    value: str
    mod: str | None = None
    approx: tuple[pendulum.Date, pendulum.Date] | None = None


@attrs.frozen
class Timex:
    """A time expression found in a text and resolved."""

    span: Span
    text: str
    time: TimeValue
    rule: str
    """Name of the rule (an entry of the rule table) that recognised the expression."""
    why: str
    """One line a reader understands: how the value was reached."""
    anchor: str = "publication"
    """What the value was resolved against: publication, previous (an earlier date in the text), none."""


@attrs.frozen
class Paragraph:
    """A run of prose inside an article: its span in `Article.text` and its 1-based line in the file."""

    span: Span
    line: int
    is_title: bool = False


@attrs.frozen
class Article:
    """One news report as read from disk or a stream.

    `text` is the article as timeline reads it: for the seed format, the file's text; for JSON
    input, the title, a newline, then the body. All offsets elsewhere point into `text`.
    """

    id: str
    path: str
    title: str
    published: pendulum.Date
    url: str
    text: str
    paragraphs: tuple[Paragraph, ...]


@attrs.frozen
class Problem:
    """An input that could not be read, with a one-line reason. Problems are values, never raised."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@attrs.frozen
class When:
    """When an event happened: an inclusive day range with the granularity the text supports."""

    start: pendulum.Date
    end: pendulum.Date
    granularity: str
    """day, part-of-day, time, week, weekend, month, quarter, season, half, year, decade, century, range."""
    value: str
    """The TIMEX3 value the range comes from (or the publication date for an inherited date)."""
    text: str = ""
    """The words that gave the date; empty when it was inherited."""
    vague: bool = False


@attrs.frozen
class Source:
    """Where an event is reported: article, the file path as given, 1-based line, offsets of the quote."""

    article: str
    path: str
    line: int
    start: int
    end: int
    quote: str
    published: pendulum.Date
    when: When | None = None
    """This report's own dating of the event (differs from the entry's when an entry is disputed)."""


@attrs.frozen
class Event:
    """One dated happening, with its evidence and the reason for its date."""

    id: str
    when: When
    kind: Kind
    headline: str
    quote: str
    sources: tuple[Source, ...]
    rule: str
    explanation: str
    confidence: float
    timex: Timex | None = None
    actors: tuple[str, ...] = ()
    disputed: bool = False
    seq: int = 0
    """Position in its article (sentence order), the tie-breaker after time."""


@attrs.frozen
class Timeline:
    """The result of reading a collection: articles, ordered events, and what could not be read."""

    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    problems: tuple[Problem, ...] = ()


_T = TypeVar("_T")


def positional_maker(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of the frozen, slotted attrs class `cls` that takes every field, in order, and sets each
    through its slot: what the generated `__init__` does, without calling it through the type, making a
    bound object.__setattr__ and looking each field up by its name (a quarter of making an event).

    Only for a class whose `__init__` does nothing else: a validator, a converter, a hook, a slot that is
    no field (a cached hash) is refused here, when the module that uses the maker is imported."""
    fields = attrs.fields(cls)
    names = [field.name for field in fields]
    if (
        any(field.validator is not None or field.converter is not None for field in fields)
        or hasattr(cls, "__attrs_pre_init__")
        or hasattr(cls, "__attrs_post_init__")
        or set(getattr(cls, "__slots__", ())) - {*names, "__weakref__"}
        or not getattr(cls, "__slots__", ())
    ):
        msg = f"{cls.__name__}: its __init__ does more than set its fields"
        raise TypeError(msg)
    setters = {f"_set_{name}": cls.__dict__[name].__set__ for name in names}
    body = "".join(f"    _set_{name}(made, {name})\n" for name in names)
    namespace = {"_new": object.__new__, "_cls": cls, **setters}
    exec(f"def make({', '.join(names)}):\n    made = _new(_cls)\n{body}    return made\n", namespace)  # noqa: S102
    make = namespace["make"]
    make.__qualname__ = make.__name__ = f"make_{cls.__name__}"
    return make
