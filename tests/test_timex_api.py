"""The public API: short inputs for the TUI's jump-to-date, negatives, interval(), tag_record()."""

from __future__ import annotations

import pendulum
import pytest

from core.model import Span, TimeType, TimeValue
from core.timex import interval, tag, tag_record

DCT = pendulum.date(2022, 2, 8)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("20 feb", "2022-02-20"),
        ("yesterday", "2022-02-07"),
        ("2022-02-20", "2022-02-20"),
        ("feb 2022", "2022-02"),
        ("next week", "2022-W07"),
        ("today", "2022-02-08"),
        ("March 3", "2022-03-03"),
        ("2022-02", "2022-02"),
        ("2022-W06", "2022-W06"),
        ("20/02/2022", "2022-02-20"),
        ("last monday", "2022-02-07"),
        ("dec 2021", "2021-12"),
        ("2021", "2021"),
        ("2 weeks ago", "2022-W04"),
    ],
)
def test_short_inputs(text: str, value: str) -> None:
    found = tag(text, DCT)
    assert [t.time.value for t in found] == [value]
    assert found[0].span == Span(0, len(text))


@pytest.mark.parametrize(
    "text",
    [
        "We may see more talks.",
        "Protesters march through the city.",
        "We tried to build converging elements.",
        "He sat down with reporters.",
        "The shares cost $1995 each.",
        "Moscow has massed over 100,000 troops.",
        "Inflation hit 2019 percent.",
        "The mayor spoke to the press.",
        "Prices fall when supply rises.",
        "He wants to go back in a second.",
        "The current account deficit widened.",
    ],
)
def test_negatives(text: str) -> None:
    assert tag(text, DCT) == ()


def test_regions_limit_tagging() -> None:
    text = "Talks ended on Monday.\n20220208\nThey resume on Friday."
    found = tag(text, DCT, [Span(0, 22), Span(32, len(text))])
    assert [t.text for t in found] == ["Monday", "Friday"]


def test_spans_exclude_prepositions_include_determiners() -> None:
    found = tag("Profit rose in the third quarter, and on Monday it fell.", DCT)
    assert [t.text for t in found] == ["the third quarter", "Monday"]


def test_future_and_past_weekdays() -> None:
    assert tag("The leaders will meet on Friday.", DCT)[0].time.value == "2022-02-11"
    assert tag("The leaders met on Friday.", DCT)[0].time.value == "2022-02-04"


def test_month_year_by_tense() -> None:
    assert tag("The vote was held in December.", DCT)[0].time.value == "2021-12"
    assert tag("The vote will be held in December.", DCT)[0].time.value == "2022-12"


def test_rule_and_why_recorded() -> None:
    t = tag("The talks were held on Monday.", DCT)[0]
    assert t.rule == "weekday"
    assert "Monday" in t.why and "Tue 8 Feb 2022" in t.why
    assert t.anchor == "publication"


@pytest.mark.parametrize(
    ("value", "mod", "expected"),
    [
        ("2022-02", None, ("2022-02-01", "2022-02-28", "month")),
        ("2022-02-07TEV", None, ("2022-02-07", "2022-02-07", "part-of-day")),
        ("2022-02-07", None, ("2022-02-07", "2022-02-07", "day")),
        ("2022-W06", None, ("2022-02-07", "2022-02-13", "week")),
        ("2022-W06-WE", None, ("2022-02-12", "2022-02-13", "weekend")),
        ("2022-Q1", None, ("2022-01-01", "2022-03-31", "quarter")),
        ("2022-H2", None, ("2022-07-01", "2022-12-31", "half")),
        ("2021-WI", None, ("2021-12-01", "2022-02-28", "season")),
        ("2022", None, ("2022-01-01", "2022-12-31", "year")),
        ("199", None, ("1990-01-01", "1999-12-31", "decade")),
        ("19", None, ("1900-01-01", "1999-12-31", "century")),
        ("2021-12", "EARLY", ("2021-12-01", "2021-12-10", "month")),
        ("2022-02-07T10:35", None, ("2022-02-07", "2022-02-07", "time")),
    ],
)
def test_interval(value: str, mod: str | None, expected: tuple[str, str, str]) -> None:
    got = interval(TimeValue(TimeType.DATE, value, mod))
    assert got is not None
    assert (str(got[0]), str(got[1]), got[2]) == expected


@pytest.mark.parametrize("value", ["P90D", "XXXX-WXX-1", "PRESENT_REF", "XXXX-02-20"])
def test_interval_none(value: str) -> None:
    assert interval(TimeValue(TimeType.DATE, value)) is None


def test_interval_vague_uses_approx() -> None:
    tv = TimeValue(TimeType.DATE, "PAST_REF", approx=(pendulum.date(2022, 1, 11), DCT))
    assert interval(tv) == (pendulum.date(2022, 1, 11), DCT, "range")


def test_tag_record() -> None:
    rec = {"doc_id": "d1", "dct": "20220208", "text": "Talks were held on Monday."}
    out = tag_record(rec)
    assert out == {
        "doc_id": "d1",
        "timexes": [{"start": 19, "end": 25, "text": "Monday", "type": "DATE", "value": "2022-02-07"}],
    }
    assert tag_record({**rec, "dct": "2022-02-08"}) == out


def test_offsets_survive_characters_whose_lower_case_is_longer() -> None:
    text = "İİ İstanbul talks ended on Monday."
    found = tag(text, DCT)
    assert [(t.text, t.time.value) for t in found] == [("Monday", "2022-02-07")]
    assert text[found[0].span.start : found[0].span.end] == "Monday"


def test_capitalised_and_lower_case_input_agree() -> None:
    assert [t.time.value for t in tag("LAST WEEK", DCT)] == [t.time.value for t in tag("last week", DCT)]


@pytest.mark.parametrize(
    "text",
    [
        "It began 9999 years ago.",
        "a 3000 years earlier",
        "Feb. 30",
        "the 99th century",
        "13/45/2020",
        "9999-99-99",
        "",
        "   ",
        "2022-02-30",
    ],
)
def test_odd_input_never_raises(text: str) -> None:
    for t in tag(text, DCT):
        assert t.time.value


def test_overlapping_and_out_of_range_regions() -> None:
    text = "Talks ended on Monday and resume on Friday."
    found = tag(text, DCT, [Span(0, 30), Span(10, 22), Span(25, 500)])
    assert [t.text for t in found] == ["Monday", "Friday"]
    assert tag(text, DCT, []) == ()


def test_plain_dates_and_datetimes_are_accepted_as_dct() -> None:
    import datetime as dt

    for dct in (dt.date(2022, 2, 8), pendulum.datetime(2022, 2, 8, 15, 30)):
        assert [t.time.value for t in tag("They met yesterday.", dct)] == ["2022-02-07"]


def test_in_n_days_is_a_date_ahead_without_the_preposition() -> None:
    found = tag("in 3 days", DCT)
    assert [(t.text, t.time.type, t.time.value) for t in found] == [("3 days", TimeType.DATE, "2022-02-11")]
