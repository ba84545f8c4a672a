"""Resolution against context: tense, the previous date in the text, reporting periods, vague spans."""

from __future__ import annotations

import itertools

import pendulum
import pytest

from core.model import TimeType
from core.timex import interval, tag

DCT = pendulum.date(2022, 2, 8)  # a Tuesday


def values(text: str, dct: pendulum.Date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.time.value) for t in tag(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister resigned on Friday.", [("Friday", "2022-02-04")]),
        ("The minister will resign on Friday.", [("Friday", "2022-02-11")]),
        ("The minister is to resign on Friday.", [("Friday", "2022-02-11")]),
        ("Talks were postponed until Thursday.", [("Thursday", "2022-02-10")]),
        ("He criticised Monday's vote, which he said would fail.", [("Monday", "2022-02-07")]),
        ("Prime ministers met on Tuesday.", [("Tuesday", "2022-02-08")]),
        ("He arrived Sunday night.", [("Sunday night", "2022-02-06TNI")]),
        # a timetable verb after a plural noun is the noun's verb, not a noun itself ("the end")
        ("The talks end on Monday.", [("Monday", "2022-02-14")]),
        ("The strong start on Monday helped.", [("Monday", "2022-02-07")]),
        # a verb of the clause a "that" after the day opens is not the day's
        ("Berg told supporters late on Sunday that she would start talks.", [("Sunday", "2022-02-06")]),
        # "since" reaches back from the day of publication, whatever the main clause's tense
        ("The man, held since Thursday, will appear in court today.", [("Thursday", "2022-02-03"), ("today", "2022-02-08")]),
        ("Since Friday, he has been in hospital.", [("Friday", "2022-02-04")]),
        # a plan told in the past perfect was for a day gone by
        ("The offer had been due to expire on Friday.", [("Friday", "2022-02-04")]),
        ("The vote, previously scheduled for Thursday, was moved.", [("Thursday", "2022-02-03")]),
        ("The offer is due to expire on Friday.", [("Friday", "2022-02-11")]),
        # an irregular past verb nearest the day outweighs a modal further off
        ("Nothing could stop the storm that tore through the town on Friday.", [("Friday", "2022-02-04")]),
        ("The striker, who could barely walk, fought on through Friday.", [("Friday", "2022-02-04")]),
        # no tense clue at all: the nearer of the two
        ("Talks with the envoy Thursday.", [("Thursday", "2022-02-10")]),
        ("Talks with the envoy Monday.", [("Monday", "2022-02-07")]),
        # a schedule in the present looks ahead
        ("The two leaders meet separately Thursday with the envoy.", [("Thursday", "2022-02-10")]),
        ("The two leaders meet separately Monday with the envoy.", [("Monday", "2022-02-14")]),
        # a verb joined on after the day by "and" has a clause of its own
        ("The trial opened in Paris on Monday and is expected to last a month.", [("Monday", "2022-02-07"), ("a month", "P1M")]),
        # the end of a span of weekdays is the first such day after its start; a date moved is no span
        ("The ban will run from Thursday to Tuesday.", [("Thursday", "2022-02-10"), ("Tuesday", "2022-02-15")]),
        ("The festival runs Saturday-Wednesday.", [("Saturday", "2022-02-12"), ("Wednesday", "2022-02-16")]),
        ("The vote was moved from Friday to Monday.", [("Friday", "2022-02-04"), ("Monday", "2022-02-07")]),
        # a forecast that is a noun is no future verb
        ("The company raised its forecast for 2022 on Monday.", [("2022", "2022"), ("Monday", "2022-02-07")]),
        ("Analysts cut the forecasts they gave on Monday.", [("Monday", "2022-02-07")]),
        # an "-ed" word after a modal's verb describes its object
        ("Thunderstorms could bring localised flooding on Thursday night.", [("Thursday night", "2022-02-10TNI")]),
        ("The minister will face renewed pressure on Friday.", [("Friday", "2022-02-11")]),
        ("The ambassador to Venezuela said on Monday that Iraq would retaliate.", [("Monday", "2022-02-07")]),
        # irregular pasts
        ("Fireworks lit the sky on Thursday.", [("Thursday", "2022-02-03")]),
        ("Prices shrank on Thursday.", [("Thursday", "2022-02-03")]),
        # a company's calendar in the present
        ("The bank reports its results on Friday.", [("Friday", "2022-02-11")]),
        ("The bank reported its results on Friday.", [("Friday", "2022-02-04")]),
        # a possessive weekday is a day gone by, but in a future clause when it is the nearer ahead
        ("He will start Wednesday's stage.", [("Wednesday", "2022-02-09")]),
        ("His team said that he would start Wednesday's stage.", [("Wednesday", "2022-02-09")]),
        ("After Monday's ruling, the company will appeal.", [("Monday", "2022-02-07")]),
        ("Wednesday's debate, which she had been due to open, will now be led by a deputy.", [("Wednesday", "2022-02-09"), ("now", "PRESENT_REF")]),
        ("Wednesday's stage was the longest.", [("Wednesday", "2022-02-02")]),
        # a race's or a parliament's timetable in the present
        ("The race reaches the Alps on Sunday.", [("Sunday", "2022-02-13")]),
        ("The race concludes in Paris on Sunday.", [("Sunday", "2022-02-13")]),
        ("The fastest finishes on Sunday were close.", [("Sunday", "2022-02-06")]),
        # a participle after a modal and "be" looks ahead, but for "could" and "should have been"
        ("Most homes should be reconnected by Friday.", [("Friday", "2022-02-11")]),
        ("Most homes should be reconnected by midnight.", [("midnight", "2022-02-08T24:00")]),
        ("The work must be finished by Friday.", [("Friday", "2022-02-11")]),
        ("The pumps should have been repaired on Friday.", [("Friday", "2022-02-04")]),
        ("Neither man could be located Friday.", [("Friday", "2022-02-04")]),
        # a plan as it stood ("were due to") is for the nearer day, on either side
        ("Its bonds were due to mature on Feb. 1.", [("Feb. 1", "2022-02-01")]),
        # a verb after a colon is the quotation's, not the telling's
        ('The mayor told reporters on Friday: "We will rebuild by March."', [("Friday", "2022-02-04"), ("March", "2022-03")]),
    ],
)
def test_weekdays_follow_tense(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 24-hour clock after "at", or opening a live report's entry, is a time of publication day ...
        ("The office opened at 14:05.", [("14:05", "2022-02-08T14:05")]),
        ("14:05 The Met Office has extended its warning.", [("14:05", "2022-02-08T14:05")]),
        ("Storm live\n11:55 - The minister will chair a meeting.", [("11:55", "2022-02-08T11:55")]),
        # ... but a score or a verse is none
        ("The team won 3:15 today.", [("today", "2022-02-08")]),
        ("He read John 3:16 in church.", []),
    ],
)
def test_a_24_hour_clock_needs_a_zone_a_preposition_or_an_entrys_start(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word after a clock time is its zone only if it names one ...
        ("The talks ended at 10 p.m. last night.", [("10 p.m. last night", "2022-02-07T22:00")]),
        ("The vote closed at 10 pm most people said.", [("10 pm", "2022-02-08T22:00")]),
        ("He arrived at 5 p.m. first and left at noon.", [("5 p.m.", "2022-02-08T17:00"), ("noon", "2022-02-08T12:00")]),
        ("The ferry left at 9 a.m. East of the port the sea was rough.", [("9 a.m.", "2022-02-08T09:00")]),
        ("At 14:05 most shops were shut.", [("14:05", "2022-02-08T14:05")]),
        ("The deal was signed at 5pm BST on Friday.", [("5pm BST on Friday", "2022-02-04T17:00")]),
        ("The quake struck at 04:10 AEDT.", [("04:10 AEDT", "2022-02-08T04:10")]),
        # ... and the day told with it, part of day and all, is its day
        ("The fire started at 3am yesterday morning.", [("3am yesterday morning", "2022-02-07T03:00")]),
        ("The shop opens at 9am tomorrow morning.", [("9am tomorrow morning", "2022-02-09T09:00")]),
        ("He landed at 7 a.m. this morning.", [("7 a.m. this morning", "2022-02-08T07:00")]),
        ("Polls close at 9 p.m. EST Thursday night.", [("9 p.m. EST Thursday night", "2022-02-10T21:00")]),
    ],
)
def test_a_clock_time_keeps_its_zone_and_day_and_nothing_else(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The hearing was adjourned to 14 March.", [("14 March", "2022-03-14")]),
        ("The case was postponed to the week of 14 March.", [("the week of 14 March", "2022-W11")]),
        ("The launch, delayed twice, was pushed back to 3 June.", [("3 June", "2022-06-03")]),
        # "to" after another verb is a place's or a range's: the tense decides
        ("The talks moved to Geneva on 14 January.", [("14 January", "2022-01-14")]),
    ],
)
def test_a_date_something_is_put_off_to_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    ["He told the Sunday Times he would stand.", "The Mail on Sunday reported the leak.",
     "He appeared on Saturday Night Live.", "She told the BBC's Sunday with Laura Kuenssberg that the plan was fair."],
)
def test_a_weekday_in_a_papers_or_a_shows_title_is_no_time(text: str) -> None:
    assert values(text) == []


def test_a_weekday_with_someone_is_a_day() -> None:
    assert values("He spent Sunday with Laura.") == [("Sunday", "2022-02-06")]


@pytest.mark.parametrize(
    "text",
    ["He was named the league's player of the year.", "She scored the goal of the month.",
     "The court heard what was called the trial of the century."],
)
def test_a_title_of_the_year_is_no_time(text: str) -> None:
    assert values(text) == []


def test_the_end_of_a_period_told_in_the_past_has_come() -> None:
    # written on 8 February: the three months to 31 March are last year's
    assert values("Sales rose 4% in the three months to March 31.")[1] == ("March 31", "2021-03-31")
    assert values("Sales will rise in the three months to March 31.")[1] == ("March 31", "2022-03-31")


def test_a_year_said_to_start_in_another_is_that_one() -> None:
    assert values("Earnings should rise from the fiscal year starting in April 2023.") == [
        ("the fiscal year", "2023"),
        ("April 2023", "2023-04"),
    ]
    assert values("The plan covers the year starting on 1 April 2024.")[0] == ("the year", "2024")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past year the sentence names before a date without one is the date's
        ("The hottest day of 2019 was 19 July.", [("2019", "2019"), ("19 July", "2019-07-19")]),
        ("In 2019, the hottest day was 19 July.", [("2019", "2019"), ("19 July", "2019-07-19")]),
        ("The festival in 2019 ended on 3 August.", [("2019", "2019"), ("3 August", "2019-08-03")]),
        # ... but not a saying's day, another verb phrase's, one after a comma, or after what has lasted since
        ("Sales in 2019 were $5bn, the company said on 3 February.", [("2019", "2019"), ("3 February", "2022-02-03")]),
        ("He was jailed in 2019 and released on 3 February.", [("2019", "2019"), ("3 February", "2022-02-03")]),
        ("Under a plan approved in 2019 that set no limit, it bought shares on 3 February.",
         [("2019", "2019"), ("3 February", "2022-02-03")]),
        ("Prices have risen since 2019 and peaked on 3 February.", [("2019", "2019"), ("3 February", "2022-02-03")]),
    ],
)  # fmt: skip
def test_a_year_named_before_a_date_without_one(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one of a span of days told just before
        ("The festival runs from 22 to 26 June. A band will play on the Saturday night.",
         [("22", "2022-06-22"), ("26 June", "2022-06-26"), ("Saturday night", "2022-06-25TNI")]),
        ("The cup runs from 3 to 9 October, with the final on the Sunday.",
         [("3", "2022-10-03"), ("9 October", "2022-10-09"), ("Sunday", "2022-10-09")]),
        # after a single day of the story, the first such day on or after it
        ("The attack happened on 3 January. On the Friday, police arrested a man.",
         [("3 January", "2022-01-03"), ("Friday", "2022-01-07")]),
        # no day told, or only the report's own: the weekday as tense has it
        ("The Friday explosions killed 200 people.", [("Friday", "2022-02-04")]),
        ("WASHINGTON, February 8 -- The Friday explosions killed 200 people.",
         [("February 8", "2022-02-08"), ("Friday", "2022-02-04")]),
    ],
)  # fmt: skip
def test_the_weekday_is_one_of_the_days_told_just_before(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "He died Saturday at his home in Boston.",
        "The firm axed 500 jobs Saturday.",
        "The two rivals vied for votes Saturday.",
        "Police used tear gas Saturday.",
    ],
)
def test_a_short_regular_past_tells_the_past(text: str) -> None:
    # published on a Wednesday, the nearest Saturday is ahead: only the verb's tense puts it behind
    assert values(text, pendulum.date(2022, 2, 9)) == [("Saturday", "2022-02-05")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past verb with a short object governs the month: it has come
        ("The bank cut rates in March.", "2021-03"),
        ("The bank raised its key rate in March.", "2021-03"),
        # ... also with a phrase "to the ..." that is no infinitive
        ("She wrote to the board in March.", "2021-03"),
        ("She sent a letter to the board in March.", "2021-03"),
        # an infinitive after the past verb is a plan; an "-ed" word before a bare noun may describe it
        ("The two leaders agreed to meet in March.", "2022-03"),
        ("The bank raised rates in March.", "2022-03"),
    ],
)
def test_a_past_verb_with_a_short_object_governs_the_month(text: str, value: str) -> None:
    assert [v for _, v in values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a range's end without a year is in its start's year, or the next when it comes earlier in the calendar
        # (told in the present in February, the season under way)
        ("The season runs from August to May.", [("August", "2021-08"), ("May", "2022-05")]),
        ("The exhibition ran from Dec. 20 to Jan. 5.", [("Dec. 20", "2021-12-20"), ("Jan. 5", "2022-01-05")]),
        ("The talks ran from March to May.", [("March", "2021-03"), ("May", "2021-05")]),
        # a weekday is no range's start
        ("After a revision Friday to December figures, jobs rose.", [("Friday", "2022-02-04"), ("December", "2021-12")]),
    ],
)
def test_the_end_of_a_range_follows_its_start(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


def test_short_words_in_ed_that_are_no_verbs_leave_the_nearest_day() -> None:
    assert values("A man aged 30 appears in court Saturday.", pendulum.date(2022, 2, 9)) == [("Saturday", "2022-02-12")]


def test_day_after_an_event_counts_from_the_earlier_date() -> None:
    text = (
        "The leaders held talks in Paris on Monday. "
        "The president flew on to Rome on Tuesday, the day after the talks."
    )
    found = tag(text, DCT)
    after = next(t for t in found if t.text == "the day after")
    assert after.time.value == "2022-02-08"
    assert after.anchor == "previous"


def test_the_middle_of_next_week_counts_from_publication() -> None:
    text = "The season ends on Nov. 30. The storm could dump rain through the middle of next week."
    assert values(text, pendulum.date(2025, 8, 24))[-1] == ("the middle of next week", "2025-W35")
    # ... as "the next week" counts from the date told before
    assert values("The hurricane hit on Nov. 3 and the next week brought floods.", pendulum.date(2025, 8, 24)) == [
        ("Nov. 3", "2024-11-03"), ("the next week", "2024-W45")]


def test_the_previous_day_in_the_past_counts_from_a_day_that_has_come() -> None:
    text = (
        "The mayor said Sunday that schools would stay closed through Wednesday. "
        "Crews tested the pumps the previous day, she said."
    )
    assert values(text, pendulum.date(2025, 8, 24))[-1] == ("the previous day", "2025-08-23")


def test_the_day_after_a_thing_counts_from_the_day_of_the_sentence_that_told_it() -> None:
    text = (
        "A strong earthquake struck the region on Tuesday. An aftershock hit on Thursday evening. "
        "The minister declared a state of catastrophe the day after the earthquake."
    )
    assert values(text, pendulum.date(2026, 3, 28))[-1] == ("the day after", "2026-03-25")
    # ... past a word of order ("the last walkout" is no "last")
    text = "Guards held a walkout on Friday. An aftershock hit on Monday. Talks resumed the day after the last walkout."
    assert values(text, pendulum.date(2025, 1, 15))[-1] == ("the day after", "2025-01-11")
    # ... and from the date told just before when no sentence names it
    text = "An aftershock hit on Thursday. Schools closed the day after the tremor."
    assert values(text, pendulum.date(2026, 3, 28))[-1] == ("the day after", "2026-03-27")
    # ... but a place after "the day before" is no thing it counts from: the date told just before is
    text = "The case was opened on 3 November. Police arrested him last Friday and his brother the day before in Chester."
    assert values(text, pendulum.date(2021, 11, 18))[-1] == ("the day before", "2021-11-11")
    # ... also a thing named by a noun made of the verb that told it, and with a name before it
    text = (
        "The aquarium announced the result on Tuesday. It aims to plant corals by the end of 2019. "
        "The day before the Tampa announcement, officials approved a grant."
    )
    assert values(text, pendulum.date(2019, 6, 9))[-1] == ("The day before", "2019-06-03")


def test_the_saturday_before_that_is_the_one_before_the_date_told_before() -> None:
    text = "Harbourside lost a week ago and drew at home the Saturday before that."
    assert values(text, pendulum.date(2025, 11, 22)) == [("a week ago", "2025-W46"), ("the Saturday before that", "2025-11-08")]
    text = "They lost on Saturday, 15 January, and drew the Saturday before."
    assert values(text)[-1] == ("the Saturday before", "2022-01-08")


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # in April this year's summer is "this summer": "next summer" is the year after's
        ("The band will tour next summer.", "2024-04-16", "2025-SU"),
        ("The band will tour this summer.", "2024-04-16", "2024-SU"),
        # in October the next summer is the year after's either way
        ("The band will tour next summer.", "2024-10-16", "2025-SU"),
        ("The plant will reopen next spring.", "2024-04-16", "2025-SP"),
    ],
)
def test_next_season_is_not_this_years_still_to_come(text: str, dct: str, value: str) -> None:
    assert values(text, pendulum.parse(dct).date())[-1][1] == value


def test_midnight_after_the_small_hours_is_the_one_that_began_them() -> None:
    text = "The count ended at 2am on Monday. She told supporters just before midnight that voters had chosen change."
    assert values(text, pendulum.date(2025, 7, 14))[-1] == ("midnight", "2025-07-13T24:00")


def test_a_christmas_thing_and_a_day_inside_a_month_told_beside_it_are_no_days() -> None:
    text = "Donations flooded in on a single day in December 2018, the day after the trust's Christmas appeal closed."
    assert values(text, pendulum.date(2025, 1, 14)) == [("December 2018", "2018-12")]
    assert values("He bought a Christmas tree on Monday.") == [("Monday", "2022-02-07")]
    # ... while Christmas itself, and a day beside a day, are
    assert values("Shops reopened after Christmas.") == [("Christmas", "2021-12-25")]
    assert values("Voters went to the polls on Feb. 3, the day before the deadline.")[-1] == ("the day before", "2022-02-03")


def test_next_day_counts_from_previous_date() -> None:
    assert values("The storm hit on Jan. 3. Power returned the next day.")[-1] == (
        "the next day",
        "2022-01-04",
    )


def test_year_earlier_shifts_the_quarter_under_discussion() -> None:
    text = (
        "Net income rose 5% in the third quarter. Sales were $3 million, up from $2 million a year earlier."
    )
    assert values(text, pendulum.date(1989, 10, 26)) == [
        ("the third quarter", "1989-Q3"),
        ("a year earlier", "1988-Q3"),
    ]


def test_year_earlier_without_a_period_is_the_previous_year() -> None:
    assert values("Prices were higher a year earlier.") == [("a year earlier", "2021")]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The factory closed in October.", "2021-10"),
        ("The factory will close in October.", "2022-10"),
        ("The factory closed in February.", "2022-02"),
        ("The vote took place on Dec. 15.", "2021-12-15"),
        ("The vote is scheduled for March 3.", "2022-03-03"),
        # "since" looks back even when a future verb is nearer
        ("The ship, on patrol since March, was scheduled to return.", "2021-03"),
        ("Prices have been frozen since Nov. 20 and will be reviewed.", "2021-11-20"),
        # "last" marks the past but is no verb governing a date
        ("Country to lift last Covid restrictions on 1 March", "2022-03-01"),
        # ... and so does "since" a thing dated after it
        ("The index has lost 9% since its record high of March 4.", "2021-03-04"),
        ("Sales have doubled since the launch in November.", "2021-11"),
        ("Nobody has heard from him since the storm on Dec. 2.", "2021-12-02"),
    ],
)
def test_year_of_month_and_day_from_tense(text: str, value: str) -> None:
    assert [v for _, v in values(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a timetable in the plural: to come (published on a Sunday)
        ("Polls open at 7am on Thursday and close at 10pm.", [("7am on Thursday", "2025-07-24T07:00"),
                                                              ("10pm", "2025-07-24T22:00")]),
        ("Pre-orders open on Friday, the company said.", [("Friday", "2025-07-25")]),
        # ... but "open" and "close" that describe, or after an auxiliary, tell no timetable
        ("The doors did not open on Friday.", [("Friday", "2025-07-18")]),
        ("Close to 500 people attended on Monday.", [("Monday", "2025-07-14")]),
        # a state told in the present up to the date has not ended, whoever said so
        ("The warning is in place until Monday, forecasters said.", [("Monday", "2025-07-21")]),
        ("Forecasters said conditions were unlikely to ease before Tuesday.", [("Tuesday", "2025-07-22")]),
    ],
)
def test_a_timetable_or_a_state_told_in_the_present_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, pendulum.date(2025, 7, 20)) == expected


def test_a_date_of_a_year_ahead_carries_its_year_to_the_dates_after_it() -> None:
    text = "The tour opens in Glasgow on June 14, 2025, and ends in Manchester on July 19 and 20."
    assert values(text, pendulum.date(2024, 4, 16)) == [
        ("June 14, 2025", "2025-06-14"), ("July 19", "2025-07-19"), ("20", "2025-07-20")]
    # ... a year told, not one worked out: the record day comes before the payment
    assert values("The dividend is payable Jan. 2 to stock of record Dec. 15.", pendulum.date(1989, 11, 2)) == [
        ("Jan. 2", "1990-01-02"), ("Dec. 15", "1989-12-15")]


def test_a_verb_after_but_has_a_clause_of_its_own() -> None:
    text = (
        "Kestrel showed a similar prototype at a trade show in Las Vegas in January but has said it will not sell "
        "a folding device until 2026."
    )
    assert values(text, pendulum.date(2025, 8, 29)) == [("January", "2025-01"), ("2026", "2026")]


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        # a month in a past-tense sentence, even one closer ahead than behind, has gone by
        ("In January, a fire destroyed the old mill.", "2021-10-25", "2021-01"),
        # a past verb right before the date: even a month just ahead has gone by
        ("The summit was held in December.", "2022-11-20", "2021-12"),
        ("Talks collapsed in early January.", "2022-11-20", "2022-01"),
        ("The plant closed on March 3.", "2022-01-10", "2021-03-03"),
        # but not a past form that looks ahead, nor a present passive
        ("The report was expected in December.", "2022-11-20", "2022-12"),
        ("The appeal is heard in December.", "2022-11-20", "2022-12"),
        # a deadline is ahead when put off, whatever the tense; what lasted until then has ended
        ("The firm put off the closure until March.", "2021-10-25", "2022-03"),
        ("The court adjourned the case until Tuesday.", "2021-10-25", "2021-10-26"),
        ("The firm will keep the plant open until March.", "2021-10-25", "2022-03"),
        ("The firm kept the plant open until March.", "2021-10-25", "2021-03"),
        ("He remained in office until March.", "2022-02-08", "2021-03"),
        # a state imposed until then still holds
        ("He was remanded in custody until Friday.", "2022-02-08", "2022-02-11"),
        ("Flights were grounded until Friday.", "2022-02-08", "2022-02-11"),
        # "last" after an auxiliary is the verb, not the "last" of "last year"
        ("The talks could last until Christmas.", "2023-10-16", "2023-12-25"),
        # a participle after "stay" or "remain" is a state, whose verb tells the tense
        ("The museum will stay closed until March.", "2022-02-08", "2022-03"),
        ("The museum remained closed until March.", "2022-02-08", "2021-03"),
        ("He remained in custody until Tuesday, when he was freed.", "2021-10-25", "2021-10-19"),
        ("The party, which had led in polls until the summer, came second.", "2021-10-25", "2021-SU"),
        # a deal agreed to be done later
        ("The group agreed to acquire the bank in January.", "2021-10-25", "2022-01"),
        # a participle after an article describes a noun, it does not tell the past
        ("The split will be paid on a still unspecified date in January.", "2021-10-25", "2022-01"),
        # "Sept." does not end the sentence whose verb tells the tense
        ("He bought shares from Sept. 14 to Thursday.", "2021-10-25", "2021-10-21"),
        # "succeed" is not a past form
        ("Mr. Lee will succeed Ann P. Ross Feb. 1.", "2021-10-25", "2022-02-01"),
        # what is supposed to happen, or slated, is to come
        ("The talks were supposed to conclude by January.", "2021-10-25", "2022-01"),
        # "by" and "through" set a deadline as "until" does
        ("The bank plans to pay down the loan by February.", "2021-10-25", "2022-02"),
        ("The loans run through January.", "2021-10-25", "2022-01"),
        ("The firm paid down the loan by February.", "2021-10-25", "2021-02"),
        ("Officials discussed the slated visit in January.", "2021-10-25", "2022-01"),
        # the date's own clause tells its tense before the rest of the sentence does
        ("The company, which will hold its meeting on 12 June, raised its outlook.", "2022-02-09", "2022-06-12"),
        ("The talks, which began on Monday, end on Friday.", "2022-02-09", "2022-02-11"),
        # a participle after an auxiliary and an adverb is no past ("would still be held")
        ("He said the summit would still be held on April 24.", "2022-02-09", "2022-04-24"),
        # a past that is its base form, unless an auxiliary or "to" stands before it
        ("The storm hit on Friday.", "2022-02-09", "2022-02-04"),
        ("The storm is expected to hit on Friday.", "2022-02-09", "2022-02-11"),
        # a timetable in the plural, and rules that apply from a month, look ahead; "the end" is no verb
        ("The new rules apply from April.", "2022-02-09", "2022-04"),
        ("At the end of Friday, talks collapsed.", "2022-02-09", "2022-02-04"),
        # a journey, a fixture or a law's start told in the present is a plan; the same words as nouns are not
        ("The minister flies to Paris on Monday.", "2022-11-02", "2022-11-07"),
        ("The ban takes effect in January.", "2022-11-02", "2023-01"),
        ("The new rules come into force in April.", "2022-11-02", "2023-04"),
        ("The ban took effect in January.", "2022-11-02", "2022-01"),
        ("The heads of state met on Monday.", "2022-11-02", "2022-10-31"),
        ("His visits in March angered Beijing.", "2022-11-02", "2022-03"),
        ("The strike enters its third week on Monday.", "2022-11-02", "2022-11-07"),
        # ... and in the plural, but not after an auxiliary or as a noun
        ("The two sides meet again in January.", "2023-11-05", "2024-01"),
        ("Voters head to the polls on Sunday.", "2023-11-08", "2023-11-12"),
        ("Voters go to the polls on Sunday.", "2023-11-08", "2023-11-12"),
        # a timetable word in "-s" after an article and a noun is that noun's verb
        ("The council meets on Sunday to discuss the plan.", "2023-11-08", "2023-11-12"),
        ("The president visits Paris on Sunday.", "2023-11-08", "2023-11-12"),
        ("Their foreign visits on Sunday were brief.", "2023-11-08", "2023-11-05"),
        ("The vote takes place on Sunday.", "2023-11-08", "2023-11-12"),
        ("The suspect appears in court on Sunday.", "2023-11-08", "2023-11-12"),
        ("The vote took place on Sunday.", "2023-11-08", "2023-11-05"),
        ("They did not go to the polls on Sunday.", "2023-11-08", "2023-11-05"),
        ("They did not meet in January.", "2023-11-05", "2023-01"),
        ("The party's vote in January was a surprise.", "2023-11-05", "2023-01"),
        # a day a past verb governs has come, however near the same day ahead is
        ("Parliament was dissolved on 6 November and elections are due on 12 December.", "2022-11-02", "2022-12-12"),
        ("Parliament was dissolved on 6 November.", "2022-11-02", "2021-11-06"),
        # an irregular participle tells the past as a regular one does, unless an auxiliary stands before it
        ("Its headset, shown in June, would ship early next year.", "2023-09-13", "2024"),
        ("The headset, shown in June, would ship soon.", "2023-09-13", "2023-06"),
        ("The film will be shown in June.", "2023-09-13", "2024-06"),
        # a future verb group governing a date puts it ahead, even just after the new year
        ("The company will report results in December.", "2013-01-10", "2013-12"),
        ("He is scheduled to be sentenced on Dec. 20.", "2013-01-10", "2013-12-20"),
        ("The bank expects rates to stay low until December.", "2013-01-10", "2013-12"),
        ("The company reported a loss in December.", "2013-01-10", "2012-12"),
        # results are reported for a quarter gone by; "should" looks ahead, "should have" back
        ("The company will report results for the fourth quarter.", "2013-01-10", "2012-Q4"),
        ("The company expects a profit in the fourth quarter.", "2013-01-10", "2013-Q4"),
        ("Sales should recover in the second half.", "2013-01-10", "2013-H2"),
        ("He should have disclosed the loss in December.", "2013-01-10", "2012-12"),
        # a passive of the present is no past ("the case is heard in January")
        ("The appeal is heard in November.", "2021-10-25", "2021-11"),
        # what a present perfect did lasts on to a span's end, still ahead
        ("The airline has cut its flights by 10% until March.", "2025-01-27", "2025-03"),
        ("The plant remained closed until March.", "2025-01-27", "2024-03"),
        # "due to" a verb plans what comes, whatever the verb before; "due to" a noun gives a cause
        ("Meta announced its headset last week, priced at $499 and due to ship in October.", "2023-06-06", "2023-10"),
        ("Flights were cancelled due to the storm in March.", "2023-06-06", "2023-03"),
        # a figure for a month told in the past is out, so the month is over
        ("Exports in November fell sharply.", "2025-10-15", "2024-11"),
        ("The summit in November was cancelled.", "2025-10-15", "2025-11"),
        # an "-ed" word after a plan's verb describes its object
        ("The prime minister is expected to visit affected areas on Monday, Downing Street said.", "2024-01-06",
         "2024-01-08"),
        # a day a thing is listed for is ahead
        ("The CPS said a hearing was provisionally listed for 7 July.", "2025-01-14", "2025-07-07"),
        # a noun "forecast" after its owner and two words is no future
        ("Harlow cut its full-year profit forecast in June.", "2025-11-06", "2025-06"),
        # "its plan to" is a noun; "the government plans to", "has plans to" tell an intent
        ("The company unveiled its plan to investors on Monday.", "2026-03-04", "2026-03-02"),
        ("The government plans to hold a vote on Monday.", "2026-03-04", "2026-03-09"),
        ("The firm has plans to open a store on Monday.", "2026-03-04", "2026-03-09"),
        # a count within a span is no point ahead
        ("Veltrix will cut 2,400 jobs, its third round of layoffs in 18 months.", "2026-03-04", "P18M"),
        # what has lasted since a year is not the year under discussion
        ("Penrose, who has led Harlow since 2019, will stay until the end of the year.", "2025-11-06", "2025"),
        # a participle after a comma has the main clause's tense, not a past of its own
        ("The next decision is due on 30 April, followed by meetings on 18 June and 6 August.", "2026-03-19",
         "2026-08-06"),
        ("The plant opened in 2015, followed by a second in March.", "2023-06-06", "2023-03"),
        # "expected the cut to come": what is expected is ahead, whoever said so
        ("Economists said they expected the next cut to come in May.", "2026-03-19", "2026-05"),
        ("Analysts said they expected Orrin to sell 400,000 units in the fourth quarter.", "2024-09-10", "2024-Q4"),
        ("Analysts had expected sales to have risen in March.", "2023-06-06", "2023-03"),
    ],
)
def test_tense_clues_around_a_date(text: str, dct: str, value: str) -> None:
    assert [v for _, v in values(text, pendulum.parse(dct).date())][-1] == value


def test_durations_are_not_dates() -> None:
    found = tag("The ceasefire held for a month, then for 90 days, then for the past two weeks.", DCT)
    assert [(t.time.type, t.time.value) for t in found] == [
        (TimeType.DURATION, "P1M"),
        (TimeType.DURATION, "P90D"),
        (TimeType.DURATION, "P2W"),
    ]


def test_vague_references_have_ranges() -> None:
    found = {
        t.text: t for t in tag("Rates are high now, rose in recent months and may fall in the future.", DCT)
    }
    assert found["now"].time.value == "PRESENT_REF"
    assert found["recent months"].time.value == "PAST_REF"
    assert interval(found["recent months"].time)[1] == DCT
    assert found["the future"].time.value == "FUTURE_REF"
    assert interval(found["the future"].time)[0] == DCT


def test_early_december_is_narrowed() -> None:
    t = tag("The strike began in early December.", DCT)[0]
    assert (t.time.value, t.time.mod) == ("2021-12", "EARLY")
    assert interval(t.time) == (pendulum.date(2021, 12, 1), pendulum.date(2021, 12, 10), "month")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The deal should close by the end of the first quarter.", ("the end of the first quarter", "2022-Q1", "END")),
        ("The plant reopens at the start of the third quarter.", ("the start of the third quarter", "2022-Q3", "START")),
        ("The merger closed late in the fourth quarter.", ("late in the fourth quarter", "2021-Q4", "LATE")),
        ("Sales picked up toward the end of the quarter.", ("the end of the quarter", "2021-Q4", "END")),
        ("The deal closed at the end of the second half.", ("the end of the second half", "2021-H2", "END")),
        ("The firm was sold at the end of the 1990s.", ("the end of the 1990s", "199", "END")),
        ("The record was set early in the 1990s.", ("early in the 1990s", "199", "EARLY")),
        ("The war began in the early 20th century.", ("the early 20th century", "19", "EARLY")),
        ("The mill closed at the end of the 19th century.", ("the end of the 19th century", "18", "END")),
        ("He will decide by the end of the summer.", ("the end of the summer", "2022-SU", "END")),
        ("Crops failed in the middle of the winter.", ("the middle of the winter", "2021-WI", "MID")),
        # the words' own part wins over the one told before them
        ("It closed at the end of the early 1990s.", ("the end of the early 1990s", "199", "EARLY")),
        # an adjective quarter is not the period "the end of" is about
        ("At the end of the third-quarter slump, shares rose.", ("third-quarter", "2021-Q3", None)),
    ],
)
def test_a_part_told_before_a_period_is_its_modifier(text: str, expected: tuple[str, str, str | None]) -> None:
    t = tag(text, DCT)[0]
    assert (t.text, t.time.value, t.time.mod) == expected


def test_the_end_of_a_quarter_is_its_last_third() -> None:
    t = tag("The deal should close by the end of the first quarter.", DCT)[0]
    assert interval(t.time)[1] == pendulum.date(2022, 3, 31)
    assert interval(t.time)[0] > pendulum.date(2022, 2, 1)


def test_weekend_and_weeks() -> None:
    assert values("Protests spread over the weekend.") == [("the weekend", "2022-W05-WE")]
    assert values("Talks continue this week and next week.") == [
        ("this week", "2022-W06"),
        ("next week", "2022-W07"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He chaired the board 1955-2011.", [("1955", "1955"), ("2011", "2011")]),
        ("The survey ran 1995\u20131998.", [("1995", "1995"), ("1998", "1998")]),
        ("It ran from 2004 to 2006.", [("2004", "2004"), ("2006", "2006")]),
        (
            "Audits in 1994, 1995 and 1997 found nothing.",
            [("1994", "1994"), ("1995", "1995"), ("1997", "1997")],
        ),
        ("Prices rose after the post-1959 reforms.", [("post-1959", "1959")]),
        ("It sold 1,995 units; the score was 3-2010.", []),
        # a split year (a season, a financial year) is written with a slash as well as a hyphen
        ("Exports doubled in 2019/20 as prices rose.", [("2019", "2019"), ("20", "2020")]),
        ("Budgets for the 2024/25 financial year were cut.", [("2024", "2024"), ("25", "2025")]),
        ("Revenue grew in fiscal 2020/21 despite the war.", [("fiscal 2020", "2020"), ("21", "2021")]),
        ("The 2018/2019 season ended early.", [("2018", "2018"), ("2019", "2019")]),
        # ... but not a number after a slash that no split year ends with
        ("The store is open 24/7 and won the award 3-1.", []),
        ("Rule 2011/2034 was amended.", [("2011", "2011")]),
    ],
)
def test_year_ranges_and_lists_tag_every_year(text: str, expected: list[tuple[str, str]]) -> None:
    found = tag(text, DCT)
    assert [(t.text, t.time.value) for t in found] == expected
    assert all(t.time.type is TimeType.DATE for t in found)


@pytest.mark.parametrize(
    "text",
    [
        "The 52-year-old minister resigned.",
        "Iraq imports about three-quarters of its food.",
        "They marched in the March for Life rally.",
        "Czech minister Jan Kavan spoke.",
        "Shares rose 1.5% to 2082.1 points.",
        # a market's level that reads like a year
        "The index fell 2.5 points to 2050.",
        "The Nikkei index closed at 1985 points.",
        # a score or a verse written like a 24-hour time
        "Chelsea won 3:15.",
        "He read John 3:16.",
        "Sat next to him, the reporter smiled.",
        "The airline runs four flights a week to Lima.",
        "The plant costs $3 million a year to run.",
        "Exports make up a quarter of the economy.",
        "The quarter-to-quarter change was small.",
        # a discourse "Now", the present age in general, the titles of shows
        "Now, the minister said, the plan has failed.",
        "Now for the sports results.",
        "The case matters for today's youth, he said.",
        "Costs are higher in today's dollars.",
        'He spoke on the ABC show "This Week" about the war.',
        "He said on CBS's ``60 Minutes'' that he was innocent.",
        # a holiday's name inside another name
        "Children hunted for Easter eggs in the park.",
        "Historians wrote about the Easter Rising.",
        # a newspaper called a daily or a weekly
        "The Communist Party daily Granma printed the letter.",
        "The French daily Le Monde ran the story.",
        "The daily said the minister had resigned.",
        "A business weekly reported the merger.",
        # a quotation opening on a number, lower-case "q" codes, a film's title
        "Fans of ''60 Minutes'' wrote in.",
        "He met '50 Cent' backstage.",
        "Apple released iLife '11 and Office '08 shipped.",
        "The Audi q3 was recalled.",
        "The film High Noon was shown again.",
        # "the day" as a period of time, not the day before something
        "She will visit Lima later in the day before flying home.",
    ],
)
def test_more_negatives(text: str) -> None:
    assert tag(text, DCT) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Now officials are investigating the blast.", [("Now", "PRESENT_REF")]),
        ("The daily briefing is held daily.", [("daily", "P1D"), ("daily", "P1D")]),
        ("Granma, the party paper, appears daily. Readers queue.", [("daily", "P1D")]),
        ("Today's vote was delayed.", [("Today", "2022-02-08")]),
        ("It rained the day before yesterday.", [("the day before yesterday", "2022-02-06")]),
        ("The club meets three times a week.", [("a week", "P1W")]),
        ("Talks resume at noon.", [("noon", "2022-02-08T12:00")]),
        ("Q4 2021 sales rose; Q1 will be weak.", [("Q4 2021", "2021-Q4"), ("Q1", "2022-Q1")]),
        (
            "In 1985 the band formed; by the end of the decade it had split.",
            [("1985", "1985"), ("the end of the decade", "198")],
        ),
        ('He said "this week" would be decisive.', [("this week", "2022-W06")]),
        ("He said ``Two Weeks'' is his best film.", []),
        # the second day of a range takes the month and year of the first
        ("Talks were held on Dec. 30 and 31.", [("Dec. 30", "2021-12-30"), ("31", "2021-12-31")]),
        ("The fair runs March 3\u20135.", [("March 3", "2022-03-03"), ("5", "2022-03-05")]),
        ("The vote on Feb. 10 and 3 other polls.", [("Feb. 10", "2022-02-10")]),
        ("Turnout was between 3 and 5 percent.", []),
        # "the previous Friday" counts from the day under discussion; without one, the weekday alone is taken
        (
            "Markets fell on Wednesday, Feb. 2, from the previous Friday.",
            [("Wednesday, Feb. 2", "2022-02-02"), ("the previous Friday", "2022-01-28")],
        ),
        ("Shares rose 4% from the previous Friday.", [("Friday", "2022-02-04")]),
        ("He quit the day after next Monday's vote.", [("the day after next Monday", "2022-02-15")]),
        # a date and "the day before <event>" side by side name one day
        (
            "He was last seen on Jan. 12, the day before the police searched his flat.",
            [("Jan. 12", "2022-01-12"), ("the day before", "2022-01-12")],
        ),
        (
            "He was seen on Jan. 12. The day before the raid, he left.",
            [("Jan. 12", "2022-01-12"), ("The day before", "2022-01-11")],
        ),
        ("Polls open in early March next year.", [("early March next year", "2023-03")]),
        # "in three years" counted back over a span is a length, not a point ahead
        ("It was the first rate rise in three years.", [("three years", "P3Y")]),
        ("United reached the final for the third time in four years.", [("four years", "P4Y")]),
        # a clock time takes the day told before only where the tense allows: not the final ahead
        (
            "United will face Chelsea on 25 May. The semi-final kicked off at 5:30pm.",
            [("25 May", "2022-05-25"), ("5:30pm", "2022-02-08T17:30")],
        ),
        # ... however many sentences about other things lie between
        (
            ("A jury on Monday found the former mayor guilty of taking bribes. He was arrested in March 2019 after a "
            "two-year investigation by the FBI into building permits. Prosecutors said he accepted more than $400,000 "
            "from developers between 2012 and 2016 in exchange for approving their projects and for steering city "
            "contracts to their firms. His lawyers argued that the payments were campaign gifts, declared in full, and that "
            "the permits would have been granted anyway. The jury deliberated for three days before reaching its verdict at 2 p.m."),
            [("Monday", "2022-02-07"), ("March 2019", "2019-03"), ("two-year", "P2Y"), ("2012", "2012"),
             ("2016", "2016"), ("three days", "P3D"), ("2 p.m.", "2022-02-07T14:00")],
        ),
        # "that evening" in a past-tense sentence is not of a day ahead told before it
        (
            ("The novelist died on Thursday. A funeral will be held on Monday. The president said that evening "
             "that the nation had lost a great voice."),
            [("Thursday", "2022-02-03"), ("Monday", "2022-02-14"), ("that evening", "2022-02-03TEV")],
        ),
        # ... nor of a saying's own day
        (
            "A dam burst on Sunday night, officials said on Monday. It gave way at 11 p.m. after two days of rain.",
            [("Sunday night", "2022-02-06TNI"), ("Monday", "2022-02-07"), ("11 p.m.", "2022-02-06T23:00"),
             ("two days", "P2D")],
        ),
        # what was to come when it was said comes after the saying's date
        ("The minister said in October that the plant would close in December.",
         [("October", "2021-10"), ("December", "2021-12")]),
        # ... from the month it was said in
        ("He said last month that the review would be finished by the end of January.",
         [("last month", "2022-01"), ("the end of January", "2022-01")]),
        # ... and a part of a day told before is a day told
        (
            "A fire broke out late on Monday night. Firefighters were called at 11:40 p.m.",
            [("Monday night", "2022-02-07TNI"), ("11:40 p.m.", "2022-02-07T23:40")],
        ),
        # a year next to a market's numbers is still a year where it names one
        ("Prices fell 10 points to 1990 levels.", [("1990", "1990")]),
        ("Exports grew 5% to 2019.", [("2019", "2019")]),
        ("Sales rose 5 points from 2019 to 2021.", [("2019", "2019"), ("2021", "2021")]),
        ("He read John 3:16 on Sunday.", [("Sunday", "2022-02-06")]),
    ],
)
def test_filters_keep_real_times_and_ranges_take_the_first_date(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text) == expected


def test_output_is_in_text_order_and_spans_do_not_overlap() -> None:
    text = "On Monday, Jan. 3, 2022, and again last week, officials met; next year they meet daily."
    found = tag(text, DCT)
    assert [t.span.start for t in found] == sorted(t.span.start for t in found)
    for a, b in itertools.pairwise(found):
        assert a.span.end <= b.span.start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floods hit the valley from March to May 2010.", [("March", "2010-03"), ("May 2010", "2010-05")]),
        # a range over the new year starts the year before
        ("The works ran from December to March 2010.", [("December", "2009-12"), ("March 2010", "2010-03")]),
        (
            "The fair ran from June 3 to June 5, 2019.",
            [("June 3", "2019-06-03"), ("June 5, 2019", "2019-06-05")],
        ),
    ],
)
def test_a_range_gives_its_year_to_both_ends(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a range of months is one span: its first month is never after its second, both in one year
        (
            "Outbreaks were recorded between January and September.",
            "2023-12-14",
            [("January", "2023-01"), ("September", "2023-09")],
        ),
        (
            "Between January and June this year, exports were down.",
            "2023-12-14",
            [("January", "2023-01"), ("June this year", "2023-06")],
        ),
        (
            "Fares were frozen from January to November, the ministry said.",
            "2023-12-14",
            [("January", "2023-01"), ("November", "2023-11")],
        ),
        ("Output rose 3% in January\u2013March.", "2023-12-14", [("January", "2023-01"), ("March", "2023-03")]),
        ("Output rose 3% in January-March.", "2023-12-14", [("January", "2023-01"), ("March", "2023-03")]),
        # ... unless the first month comes later in the calendar: then it is in the year before
        (
            "Ice closed the port between November and February.",
            "2024-03-20",
            [("November", "2023-11"), ("February", "2024-02")],
        ),
        (
            "The museum was shut from December to February.",
            "2023-12-14",
            [("December", "2022-12"), ("February", "2023-02")],
        ),
        # a present range under way is this year's
        (
            "The exhibition runs from March to September.",
            "2023-05-22",
            [("March", "2023-03"), ("September", "2023-09")],
        ),
        (
            "The climbing season, which runs from April to early June, has been deadly.",
            "2023-05-22",
            [("April", "2023-04"), ("early June", "2023-06")],
        ),
        # a range still to come begins after publication
        (
            "The exhibition will run from March to September.",
            "2023-05-22",
            [("March", "2024-03"), ("September", "2024-09")],
        ),
        (
            "The works will run from January to October.",
            "2023-12-14",
            [("January", "2024-01"), ("October", "2024-10")],
        ),
        ("Between early January and late March, prices rose.", "2023-12-14",
         [("early January", "2023-01"), ("late March", "2023-03")]),
        # ... and so is a range of days
        (
            "Shelters took in 900 dogs between Jan. 5 and Oct. 3.",
            "2023-12-14",
            [("Jan. 5", "2023-01-05"), ("Oct. 3", "2023-10-03")],
        ),
        (
            "Floods were recorded between 9 January and 2 April.",
            "2023-12-14",
            [("9 January", "2023-01-09"), ("2 April", "2023-04-02")],
        ),
    ],
)
def test_a_range_of_months_keeps_its_ends_in_order(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, pendulum.parse(dct).date()) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a day's name that holds a weekday is not that weekday; a day of history has no date to count
        ("Bloody Sunday is remembered each year in Derry.", "2022-02-08", [("each year", "P1Y")]),
        ("Markets crashed on Black Monday in 1987.", "2022-02-08", [("1987", "1987")]),
        ("Candidates campaigned hard before Super Tuesday.", "2024-02-08", []),
        ("Voters head to the polls on Super Tuesday, March 5.", "2024-02-08", [("March 5", "2024-03-05")]),
        ("The Easter Saturday fixtures were postponed.", "2022-02-08", []),
        ("Black Fridays draw crowds to the malls.", "2022-02-08", []),
        # ... while an adjective before a weekday is no name
        ("It was a good Friday for the Dow.", "2022-02-08", [("Friday", "2022-02-04")]),
        # ... and a day counted from Thanksgiving or Easter is its own day, not the nearest weekday
        ("Shoppers queued outside stores on Black Friday.", "2023-12-14", [("Black Friday", "2023-11-24")]),
        ("Cyber Monday deals will return next week.", "2023-11-20", [("Cyber Monday", "2023-11-27"), ("next week", "2023-W48")]),
    ],
)
def test_a_day_named_with_a_weekday_is_not_that_weekday(
    text: str, dct: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, pendulum.parse(dct).date()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the British "a week on Saturday" / "Saturday week": the Saturday after the coming one (DCT: a Tuesday)
        ("The bill returns to the Commons a week on Wednesday.", [("a week on Wednesday", "2022-02-16")]),
        ("Tickets for Sunday week's derby sold out.", [("Sunday week", "2022-02-20")]),
        ("Nominations close a fortnight on Monday.", [("a fortnight on Monday", "2022-02-28")]),
        ("The fire at the depot started a week last Sunday.", [("a week last Sunday", "2022-01-30")]),
        ("The jury will return a week tomorrow.", [("a week tomorrow", "2022-02-16")]),
        # ... but "a week on" alone is a week later, and a week spent on something is how long
        ("A week on, the town is still without power.", [("A week", "P1W")]),
        ("The crew spent a week on Mars.", [("a week", "P1W")]),
        ("It is a week today since the bridge fell.", [("a week", "P1W"), ("today", "2022-02-08")]),
        ("The ferry sails twice a week on Fridays.", [("a week", "P1W"), ("Fridays", "XXXX-WXX-5")]),
        # a week numbered after a weekday, the week of a named day
        ("Witnesses are heard on Monday week 2 of the trial.", [("Monday", "2022-02-07")]),
        ("The Super Tuesday week was hectic.", []),
    ],
)
def test_a_week_on_a_weekday_is_one_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He criticised Monday\u2019s vote.", [("Monday", "2022-02-07")]),
        ("Prices soared in the \u201990s.", [("the \u201990s", "199")]),
        ("Florists will sell out before Mother\u2019s Day.", [("Mother\u2019s Day", "2022-05-08")]),
        ("\u2018Next week\u2019 will be decisive, he said.", [("Next week", "2022-W07")]),
    ],
)
def test_typeset_apostrophes_read_as_plain_ones(text: str, expected: list[tuple[str, str]]) -> None:
    found = tag(text, DCT)
    assert [(t.text, t.time.value) for t in found] == expected
    assert all(text[t.span.start : t.span.end] == t.text for t in found)  # offsets into the text as given


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # bounded from above: any day since
        ("The bridge opened less than two weeks ago.", pendulum.date(2022, 1, 25), DCT),
        ("The bridge opened less than a month ago.", pendulum.date(2022, 1, 8), DCT),
        # close to the distance: its unit
        (
            "The bridge opened nearly three months ago.",
            pendulum.date(2021, 11, 1),
            pendulum.date(2021, 11, 30),
        ),
    ],
)
def test_a_distance_bounded_from_above_covers_every_day_since(
    text: str, start: pendulum.Date, end: pendulum.Date
) -> None:
    (t,) = tag(text, DCT)
    assert interval(t.time)[:2] == (start, end)


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("He moved here a few years ago.", "PAST_REF", ((2017, 2, 8), (2020, 2, 8))),
        ("The plant closed several months ago.", "PAST_REF", ((2021, 7, 8), (2021, 12, 8))),
        ("The bridge will open a few weeks from now.", "FUTURE_REF", ((2022, 2, 22), (2022, 3, 15))),
        # a vague count with nothing to count from keeps no span
        ("It happened some time ago.", None, None),
    ],
)
def test_a_vague_count_of_units_ago_spans_what_a_reader_takes_it_for(
    text: str, value: str | None, approx: tuple[tuple[int, int, int], ...] | None
) -> None:
    found = tag(text, DCT)
    if value is None:
        assert all(t.time.approx is None for t in found)
        return
    (t,) = found
    assert t.time.value == value
    assert t.time.approx == tuple(pendulum.date(*d) for d in approx)


@pytest.mark.parametrize(
    ("text", "dct", "value"),
    [
        ("Sales fell 3% in the quarter ended Sept. 30.", "2024-04-25", "2023-Q3"),
        ("Sales will rise in the quarter ending Dec. 31.", "2024-04-25", "2024-Q4"),
        # a fiscal quarter ends on the last Saturday of its month: the calendar quarter it ends all the same
        ("Net sales rose 8% in the quarter ended Sept. 27, the company said.", "2025-10-29", "2025-Q3"),
        # the text has named the fiscal quarter under discussion: the company's count
        ("Sun reported its fiscal first quarter. Sales for the quarter ended Sept. 29 rose.", "1989-10-26", "1989-Q1"),
        # ... but a calendar quarter named before is another one: the guidance is for the next
        ("Acme forecast higher revenue for the fourth quarter. Sales in the quarter ended Sept. 30 rose 8%.",
         "2025-10-29", "2025-Q3"),
    ],
)
def test_the_quarter_a_named_day_ends(text: str, dct: str, value: str) -> None:
    found = [v for t, v in values(text, pendulum.parse(dct).date()) if t.startswith("the quarter")]
    assert found == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day something has just been called for is still ahead, as is the end of a span extended "at least"
        ("Unions have called a new day of protests for Saturday.", [("Saturday", "2022-02-12")]),
        ("Rail workers voted to extend their strike until at least Monday.", [("Monday", "2022-02-14")]),
        # a plan told as a past thing may be past
        ("A memorial service planned at the university for Saturday was cancelled.", [("Saturday", "2022-02-05")]),
        ("He was held until Monday.", [("Monday", "2022-02-07")]),
    ],
)
def test_a_day_called_for_or_a_span_extended_until_is_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a night goes on past midnight: the small hours told after a late evening are the next day's
        ("Polls closed at 10pm on Friday. The first result came at 11.15pm. By 4am, the count was over.",
         [("10pm on Friday", "2022-02-04T22:00"), ("11.15pm", "2022-02-04T23:15"), ("4am", "2022-02-05T04:00")]),
        # ... but not after a day's hours
        ("The meeting began at 9am on Monday and ended at 3pm.",
         [("9am on Monday", "2022-02-07T09:00"), ("3pm", "2022-02-07T15:00")]),
    ],
)  # fmt: skip
def test_the_small_hours_after_a_late_evening_are_the_next_day(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # what a call is made ahead of is still to come
        ("It called for urgent action ahead of the spring travel season.", "2023-12-14", [("the spring", "2024-SP")]),
        ("Shops will stock up in the run-up to the summer holidays.", "2023-12-14", [("the summer", "2024-SU")]),
        ("The town is preparing for the summer.", "2023-12-14", [("the summer", "2024-SU")]),
        # a past act ahead of a season may be of the last one
        ("Shops stocked up in the run-up to the summer holidays.", "2023-12-14", [("the summer", "2023-SU")]),
        ("The town prepared for the summer.", "2023-12-14", [("the summer", "2023-SU")]),
    ],
)
def test_a_season_something_is_called_for_ahead_of_is_to_come(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, pendulum.parse(dct).date()) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # a verb joined on by "and" after the date is of its own clause, however near
        ("Liverpool came from behind to beat Chelsea 2-1 at Anfield on Sunday afternoon and go three points clear.",
         "2022-02-08", [("Sunday afternoon", "2022-02-06TAF")]),
        # "scheduled" after an owner is an adjective, no verb that looks ahead
        ("The deal came after talks that ran a day past the summit's scheduled close on Tuesday.",
         "2022-02-09", [("a day", "P1D"), ("Tuesday", "2022-02-08")]),
        ("The talks are scheduled to close on Tuesday.", "2022-02-09", [("Tuesday", "2022-02-15")]),
    ],
)  # fmt: skip
def test_verbs_of_another_clause_or_adjectives_do_not_turn_a_day(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, pendulum.parse(dct).date()) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the weekdays listed after "every" are a set, each of them
        ("The route will run every Tuesday and Saturday from 19 May.", "2026-01-14",
         [("every Tuesday", "XXXX-WXX-2"), ("Saturday", "XXXX-WXX-6"), ("19 May", "2026-05-19")]),
        ("Flights run every Monday, Wednesday and Friday.", "2026-01-14",
         [("every Monday", "XXXX-WXX-1"), ("Wednesday", "XXXX-WXX-3"), ("Friday", "XXXX-WXX-5")]),
        ("He trains every Monday and on Friday he rests.", "2026-01-14",
         [("every Monday", "XXXX-WXX-1"), ("Friday", "2026-01-16")]),
        # an end told after another end is no time of that one's day
        ("Ice warnings run until 10am on Monday; and a wind warning until midnight.", "2025-01-04",
         [("10am on Monday", "2025-01-06T10:00"), ("midnight", "2025-01-04T24:00")]),
        # an hour of every such day has no one date
        ("Surgeries will offer appointments after 6pm on weekdays.", "2026-01-14", [("6pm", "XXXX-XX-XXT18:00")]),
        ("The museum opens at 9am daily.", "2026-01-14", [("9am", "XXXX-XX-XXT09:00"), ("daily", "P1D")]),
        # a month in a habit is of any year
        ("Corals spawn only a few nights each year, usually after the full moon in August.", "2026-01-14",
         [("each year", "P1Y"), ("August", "XXXX-08")]),
        ("Sales rose in December.", "2026-01-14", [("December", "2025-12")]),
        # the weeks around Christmas are its month, not its day
        ("Revenue rose on demand over the Christmas and new year period.", "2026-01-14", [("Christmas", "2025-12")]),
        ("Shops were busy during the Christmas rush.", "2026-01-14", [("Christmas", "2025-12")]),
        ("Shops will close on Christmas Day.", "2026-01-14", [("Christmas Day", "2026-12-25")]),
        # a season booked or forecast for is the nearer one, even told in the past
        ("Demand for the spring was very encouraging.", "2026-01-14", [("the spring", "2026-SP")]),
        ("Bookings for the summer were weak.", "2025-10-14", [("the summer", "2025-SU")]),
        ("Sales for the spring rose.", "2026-01-14", [("the spring", "2025-SP")]),
    ],
)  # fmt: skip
def test_sets_stretches_and_seasons_booked_for(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, pendulum.parse(dct).date()) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forecast, a likelihood or an expectation, also denied, looks ahead
        ("The agency warned that more flooding was likely in the city on Wednesday.", [("Wednesday", "2022-02-09")]),
        ("The rain is forecast to continue through the weekend.", [("the weekend", "2022-W06-WE")]),
        ("A report is not expected before Christmas.", [("Christmas", "2022-12-25")]),
        ("More snow was unlikely on Thursday.", [("Thursday", "2022-02-10")]),
        # ... but not a past that "likely" qualifies
        ("He likely died on Friday.", [("Friday", "2022-02-04")]),
    ],
)
def test_a_forecast_looks_ahead(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # the start told with a span is the nearer day, whatever the tense of the verb that set it
        ("The governor declared three days of mourning beginning Wednesday.", "2019-06-11",
         [("three days", "P3D"), ("Wednesday", "2019-06-12")]),
        ("The governor declared three days of mourning beginning Monday.", "2019-06-11",
         [("three days", "P3D"), ("Monday", "2019-06-10")]),
        # what someone is called on to do before a season is done before the next one
        ("The college called on the government to publish its strategy before the summer.", "2026-02-19",
         [("the summer", "2026-SU")]),
        ("The roof was repaired before the summer.", "2026-02-19", [("the summer", "2025-SU")]),
    ],
)  # fmt: skip
def test_starts_and_calls_look_to_the_nearer_or_the_next(text: str, dct: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, pendulum.parse(dct).date()) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the quarter of a plan is the one under way; of a figure told in the past, the last one ended
        ("The airline hoped to reach an agreement by the end of the quarter.", "2026-Q1"),
        ("Sales had fallen 5 percent by the end of the quarter.", "2025-Q4"),
        ("Profit rose 4 percent in the quarter.", "2025-Q4"),
        ("The company will report results for the quarter on Friday.", "2025-Q4"),
    ],
)
def test_the_quarter_of_a_plan_is_the_one_under_way(text: str, value: str) -> None:
    assert values(text, pendulum.date(2026, 1, 14))[0][1] == value
