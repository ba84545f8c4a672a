"""Events from articles: dates from time expressions, from context, or from publication; kinds; quotes."""

from __future__ import annotations

import pendulum
import pytest

from core.events import extract, headline, tense
from core.ingest import parse
from core.model import Article, Event, Kind, Span

PUBLISHED = "20220208"  # a Tuesday


def article(*paragraphs: str, title: str = "A report on the council") -> Article:
    text = "\n".join([title, PUBLISHED, "https://example.org/x", *paragraphs]) + "\n"
    (art,) = parse(text.encode(), "x.txt")
    return art


def one(art: Article, words: str) -> Event:
    hits = [e for e in extract(art) if words in e.quote]
    assert len(hits) == 1, [e.quote for e in extract(art)]
    return hits[0]


D = pendulum.date


def headlines_by_value(sentence: str) -> dict[str, str]:
    """The headline of each event the one-sentence article's body gives, by its date's value."""
    return {e.when.value: e.headline for e in extract(article(sentence)) if e.sources[0].line == 4}


@pytest.mark.parametrize(
    ("sentence", "day", "kind"),
    [
        ("The council met on Monday to discuss the budget.", D(2022, 2, 7), Kind.OCCURRED),
        ("The minister will visit Paris on Friday, officials said.", D(2022, 2, 11), Kind.PLANNED),
        ("Workers walked out yesterday over unpaid wages.", D(2022, 2, 7), Kind.OCCURRED),
        ("The vote is scheduled for 20 February in the capital.", D(2022, 2, 20), Kind.PLANNED),
        ("Talks continued today in Geneva between the delegations.", D(2022, 2, 8), Kind.OCCURRED),
    ],
)
def test_dated_sentences(sentence: str, day: pendulum.Date, kind: Kind) -> None:
    event = one(article(sentence), sentence[:20])
    assert (event.when.start, event.when.end) == (day, day), event.explanation
    assert event.kind == kind
    assert event.timex is not None
    assert event.timex.text in event.quote
    assert event.confidence >= 0.8


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The mayor has been on medical leave since January and rarely appears.", Kind.ONGOING),
        ("The mayor has been fighting the illness since 2019 with quiet courage.", Kind.ONGOING),
        ("The mayor went on medical leave in January and rarely appeared.", Kind.OCCURRED),
        ("Prices rose 4% since January, the agency said in a note.", Kind.OCCURRED),
    ],
)
def test_what_has_lasted_since_a_date_is_ongoing(sentence: str, kind: Kind) -> None:
    event = one(article(sentence), sentence[:20])
    assert event.kind == kind, event.explanation


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Western leaders in recent weeks have engaged in talks with Moscow.", Kind.ONGOING),
        ("The phone was introduced by the company less than two weeks ago.", Kind.OCCURRED),
        ("The firm recently cut its dividend in half.", Kind.OCCURRED),
    ],
)
def test_a_vague_span_up_to_publication_is_done_when_told_in_the_past(sentence: str, kind: Kind) -> None:
    event = one(article(sentence), sentence[:12])
    assert event.when.vague
    assert event.kind == kind, event.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        # the base of a change, in British and other words
        "Sales rose 8% on last year, the retailer said.",
        "Profits were up 12% on the same period last year.",
        "The figure was a 3% rise over 2020.",
        "Exports were up 4% on 2020.",
        "The budget is a 26% increase on the current year.",
        # a thing dated by its participle, over a range too
        "The recall covers certain models built between March 2019 and November 2020.",
        "The fund holds 5,000 shares, including 2,000 bought from Sept. 14 to Oct. 26.",
        # the period a thing is for
        "The cabinet approved a record budget for the fiscal year starting in April.",
        "The council approved its budget for 2023.",
        "The phone starts at $999, the same price as last year's model.",
        "Oil prices came down from the record highs of 2021.",
        "Emissions must fall by 43% from 2019 levels, scientists say.",
    ],
)
def test_the_base_of_a_change_or_the_period_of_a_plan_dates_nothing(sentence: str) -> None:
    assert [e.timex.text for e in extract(article(sentence)) if e.timex is not None] == []


@pytest.mark.parametrize(
    ("sentence", "clause", "value"),
    [
        ("It was the deadliest tornado in the state since 1966, when 58 people died in one town.",
         "58 people died in one town", "1966"),
        ("Profit was $4 million, compared with $9 million a year earlier, when the industry enjoyed strong demand.",
         "The industry enjoyed strong demand", "2021"),
        ("The event was the firm's first since its conference in June, where it showed off a new headset.",
         "It showed off a new headset", "2021-06"),
    ],
)  # fmt: skip
def test_what_happened_at_the_date_a_record_is_measured_against_is_dated(sentence: str, clause: str, value: str) -> None:
    events = extract(article(sentence))
    assert [(e.headline, e.when.value) for e in events if e.timex is not None] == [(clause, value)]


def test_the_month_a_figure_changed_from_dates_nothing() -> None:
    art = article("Inflation fell to 7.9% in June from 8.7% in May, but remains far above target.")
    assert [(e.timex.text, e.headline) for e in extract(art) if e.timex is not None] == [
        ("June", "Inflation fell to 7.9% from 8.7% in May, but remains far above target")
    ]


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        # the word that opens a date goes with it, before a comma or fronted
        ("Owners will be notified by mail starting on 1 March, and dealers will replace the part.",
         "Owners will be notified by mail, and dealers will replace the part"),
        ("Starting on Monday, the shops will open late.", "The shops will open late"),
        ("From Monday, the shops will open late.", "The shops will open late"),
    ],
)  # fmt: skip
def test_the_word_that_opens_a_date_leaves_the_headline_with_it(sentence: str, headline: str) -> None:
    assert [e.headline for e in extract(article(sentence)) if e.timex is not None] == [headline]


def test_a_participle_phrase_between_a_date_and_an_after_clause_does_not_join_them() -> None:
    sentence = "The firm on Tuesday unveiled its phone, switching to a new port after the EU passed a law last year."
    assert headlines_by_value(sentence) == {
        "2022-02-08": "The firm unveiled its phone, switching to a new port",
        "2021": "The EU passed a law last year",
    }


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # a present perfect takes no past date: the date is that of the thing after "after"
        ("A man has been charged with murder after a stabbing outside a bar on Saturday night.",
         {"2022-02-05TNI": "A stabbing outside a bar", "2022-02-08": "A man has been charged with murder"}),
        ("The minister has resigned following a row over his expenses in January.",
         {"2022-01": "A row over his expenses", "2022-02-08": "The minister has resigned"}),
        # a past main clause keeps the date; so does the start of a span
        ("He was arrested after a stabbing on Saturday night.", {"2022-02-05TNI": "He was arrested after a stabbing"}),
        ("Police have been searching for him since shortly after the shooting on 23 January.",
         {"2022-01-23": "Police have been searching for him since shortly after the shooting"}),
    ],
)  # fmt: skip
def test_a_thing_dated_after_a_present_perfect_is_its_own_event(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines


@pytest.mark.parametrize(
    ("sentence", "value", "headline"),
    [
        # the passive verb "forecast" is no forecast noun: its date is when the storms come
        ("More storms are forecast for Sunday afternoon and evening across the state.", "2022-02-13TAF",
         "More storms are forecast across the state"),
        # what is expected or due on the day of publication is still to come
        ("Heavy rain is expected on Tuesday.", "2022-02-08", "Heavy rain is expected"),
        ("The former minister is due in court on Tuesday.", "2022-02-08", "The former minister is due in court"),
    ],
)  # fmt: skip
def test_what_is_forecast_or_due_for_a_date_is_planned(sentence: str, value: str, headline: str) -> None:
    event = one(article(sentence), sentence[:12])
    assert (event.when.value, event.headline, event.kind) == (value, headline, Kind.PLANNED)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # an act a present perfect reports is done
        ("Arsenal have completed the signing of the midfielder.", Kind.OCCURRED),
        ("A 24-year-old man has been charged with attempted murder.", Kind.OCCURRED),
        ("The board has agreed to sell the business to its rival.", Kind.OCCURRED),
        ("Researchers have identified the oldest known fossil of a land animal.", Kind.OCCURRED),
        # ... an irregular participle too
        ("Labour has won the general election by a landslide.", Kind.OCCURRED),
        ("The currency has lost a quarter of its value.", Kind.OCCURRED),
        # a state it tells goes on, as do an act denied, guessed at or lasting a while
        ("Moscow has massed over 100,000 troops near the border.", Kind.ONGOING),
        ("The boy has been the focus of a custody battle.", Kind.ONGOING),
        ("Prices have been rising across the region.", Kind.ONGOING),
        ("It has long been rumoured that the firm would sell the unit.", Kind.ONGOING),
        ("No group has claimed responsibility for the attack.", Kind.ONGOING),
        ("He has denied all the charges against him.", Kind.ONGOING),
        ("Talks have been halted for nearly two years.", Kind.ONGOING),
    ],
)
def test_an_undated_present_perfect_is_done_when_it_reports_an_act(sentence: str, kind: Kind) -> None:
    event = one(article(sentence), sentence[:15])
    assert event.timex is None
    assert event.kind == kind, event.explanation


def test_same_paragraph_inherits_the_earlier_date() -> None:
    art = article("The council met on Monday. Members argued for hours about the road.")
    event = one(art, "Members argued")
    assert event.when.start == D(2022, 2, 7)
    assert event.rule == "inherit.same-paragraph"
    assert event.timex is None
    assert "Monday" in event.explanation


def test_past_sentence_continues_the_recent_story() -> None:
    art = article(
        "Officials announced the deal yesterday in Rome.",
        "The agreement was signed by both sides in the old palace.",
    )
    event = one(art, "The agreement was signed")
    assert event.when.start == D(2022, 2, 7)
    assert event.rule == "inherit.narrative"


def test_old_background_dates_are_not_carried_forward() -> None:
    art = article(
        "The company was founded in 1998 in a garage.", "Its founders quarrelled over money and control."
    )
    event = one(art, "Its founders quarrelled")
    assert event.rule == "fallback.publication"
    assert event.when.start == D(2022, 2, 8)


def test_present_state_falls_back_to_publication_with_low_confidence() -> None:
    event = one(article("The company employs 500 people across the region."), "employs")
    assert event.when.start == D(2022, 2, 8)
    assert event.kind == Kind.ONGOING
    assert event.rule == "fallback.publication"
    assert event.confidence < 0.5
    assert "publication" in event.explanation


def test_a_sentence_with_two_dates_makes_two_events_quoted_by_clause() -> None:
    art = article("The firm was founded in 1998, and it went public on 3 March 2005 after a long wait.")
    events = [e for e in extract(art) if e.sources[0].line != 1]
    assert sorted(e.when.start.year for e in events) == [1998, 2005]
    went = next(e for e in events if e.when.start.year == 2005)
    assert (went.when.start, went.when.granularity) == (D(2005, 3, 3), "day")
    assert "went public" in went.quote and "founded" not in went.quote


def test_a_sentence_telling_one_thing_a_year_quotes_each_from_its_date() -> None:
    art = article(
        "In 1994 the club built a stadium, in 1999 a training ground and the following year a museum "
        "was opened. 2003 was the year of the cup, then the league title in 2006."
    )
    got = {e.when.value: (e.headline, e.quote) for e in extract(art) if e.sources[0].line != 1}
    assert got["1994"] == ("The club built a stadium", "In 1994 the club built a stadium")
    assert got["1999"] == ("A training ground", "in 1999 a training ground")
    assert got["2000"][0] == "The following year a museum was opened"
    assert got["2006"] == ("The league title", "then the league title in 2006.")
    assert got["2003"][0] == "2003 was the year of the cup"


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("Butler resigned.", "Butler resigned"),
        ("Andrew quit the band.", "Andrew quit the band"),
        ("Then-President Bush spoke.", "Then-President Bush spoke"),
        ("But the plan failed.", "The plan failed"),
        ("Then he left.", "He left"),
    ],
)
def test_headline_drops_a_leading_connective_only_as_a_whole_word(quote: str, expected: str) -> None:
    assert headline(quote) == expected


def test_title_is_an_event_and_sources_point_at_the_file_line() -> None:
    art = article("The council met on Monday to discuss the budget.", title="Council rejects the budget")
    events = extract(art)
    title = next(e for e in events if e.sources[0].line == 1)
    assert title.quote == "Council rejects the budget"
    body = next(e for e in events if e.sources[0].line == 4)
    assert art.text[body.sources[0].start : body.sources[0].end] == body.quote


def test_ids_are_stable() -> None:
    art = article("The council met on Monday to discuss the budget.")
    assert [e.id for e in extract(art)] == [e.id for e in extract(art)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He will go.", "future"),
        ("The plant has closed and workers are leaving.", "present"),
        ("It rained and the match was abandoned.", "past"),
        ("The firm employs 500 people.", "present"),
        ("When Jobs first introduced it, he praised the antenna.", "past"),
        # a plural present, but not the same words after "to", a modal, a determiner, or a speaker's "we"
        ("Insurers estimate the damage at $2 billion.", "present"),
        ("Residents fear more floods.", "present"),
        ("The firm declined to estimate the damage.", "past"),
        ("The fear of floods grew.", "past"),
        ("We didn't expect the storm to be so strong.", "past"),
        ("We expect more storms, the forecaster said.", "past"),
        # the verb of a "which" or "who" aside is not the clause's
        ("Consumer spending, which accounts for most of the economy, rose 2.4 percent.", "past"),
        ("The chairman, who has led the firm since 2001, will retire.", "future"),
        ("He visited the plant, which employs 500 people.", "past"),
        ("The plant, which employs 500 people", "present"),  # an aside that does not close is the clause
        # a participle with its agent is a reduced passive about a noun; a verb by an amount is the clause's
        ("Swells generated by the storm will reach the coast.", "future"),
        ("A manhunt conducted by the police continues in the hills.", "present"),
        ("Sales dropped by 5 percent and will fall again.", "past"),
        ("She walked by the river and will swim later.", "past"),
        ("The jury, led by the director, will announce the winners.", "future"),
        ("The seat was by the window and will stay there.", "past"),
        # a participle right after "if" or "when" has no subject of its own
        ("If approved, the law will come into force within a year.", "future"),
        ("When asked about the plan, the minister says little.", "present"),
    ],
)
def test_tense(text: str, expected: str) -> None:
    assert tense(text) == expected


def test_headline_drops_connectives_date_phrase_and_attribution() -> None:
    quote = "Meanwhile, the council rejected the budget on Monday, a spokesman said."
    art = article(quote)
    event = one(art, "the council rejected")
    assert event.headline == "The council rejected the budget"
    # a description of four words after its article
    assert headlines_by_value("Hospital admissions rose sharply on Monday, the UK Health Security Agency said.") == {
        "2022-02-07": "Hospital admissions rose sharply"
    }
    long = headline("word " * 40)
    assert len(long) <= 90 and long.endswith("…")


def test_a_hedged_clock_time_goes_with_its_preposition() -> None:
    assert headlines_by_value("Officers were called to the station at about 11.40pm following reports of a fight.") == {
        "2022-02-08T23:40": "Officers were called to the station following reports of a fight"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier on Monday, the win was celebrated in the capital.",
        "Also on Monday, the win was celebrated in the capital.",
        "But on Monday, the win was celebrated in the capital.",
    ],
)
def test_words_that_lead_into_a_fronted_date_go_with_it(sentence: str) -> None:
    assert headlines_by_value(sentence) == {"2022-02-07": "The win was celebrated in the capital"}


def test_event_ids_are_unique_even_when_two_dates_share_a_clause() -> None:
    art = article(
        "Sales rose in 1998 and 1999 in every region.",
        "The firm was founded in 1998, and it went public on 3 March 2005.",
    )
    ids = [e.id for e in extract(art)]
    assert len(ids) == len(set(ids))


def _report(*paragraphs: str, title: str) -> list[Event]:
    return list(extract(article(*paragraphs, title=title)))


@pytest.mark.parametrize(
    ("title", "lead", "expected", "rule"),
    [
        # a headline in the headline present tells the lead's news
        (
            "Harbour crane collapses in storm",
            "The harbour crane collapsed on Sunday night in high winds.",
            "2022-02-06",
            "inherit.lead",
        ),
        # headline grammar for the future stays with the report's day
        (
            "Council to vote on new budget",
            "The council met on Monday to prepare the budget vote.",
            "2022-02-08",
            "fallback.publication",
        ),
        # a headline verb before "to" tells what happened, and why
        (
            "Liverpool come from behind to beat Chelsea",
            "Liverpool came from behind to beat Chelsea 2-1 at Anfield on Sunday afternoon.",
            "2022-02-06",
            "inherit.lead",
        ),
        (
            "Hurricane strengthens to Category 3, takes aim at the coast",
            "The hurricane strengthened into a Category 3 storm on Monday and is expected to make landfall on Friday.",
            "2022-02-07",
            "inherit.lead",
        ),
        # a year before a noun names which one
        (
            "Probe adjusts course for 2027 asteroid encounter",
            "The probe fired its engine on Monday to adjust its course.",
            "2022-02-07",
            "inherit.lead",
        ),
        # ... or takes the plan its report opens with
        (
            "Council to vote on new budget",
            "The council will vote on the budget on Friday, officials said on Monday.",
            "2022-02-11",
            "inherit.lead",
        ),
        # a lead with no date of its own: no lead date to give
        (
            "Harbour crane collapses in storm",
            "The harbour crane collapsed in high winds, officials said.",
            "2022-02-08",
            "fallback.publication",
        ),
    ],
)
def test_headline_takes_the_leads_day(title: str, lead: str, expected: str, rule: str) -> None:
    events = _report("February 8, 2022", lead, "Engineers inspected the crane on Monday.", title=title)
    (headline_event,) = [e for e in events if e.sources[0].line == 1]
    assert (headline_event.when.start.isoformat(), headline_event.rule) == (expected, rule)


def test_past_tense_after_background_returns_to_the_story_day() -> None:
    events = _report(
        "The founder of the bakery chain died on Sunday at the age of 80.",
        "She was born in Lyon on 3 March 1941.",
        "She opened her first shop in 1968.",
        "The mayor paid tribute to her in a short statement.",
        title="Bakery founder dies",
    )
    tribute = next(e for e in events if "tribute" in e.quote)
    assert (tribute.when.start.isoformat(), tribute.rule) == ("2022-02-06", "inherit.story")
    assert next(e for e in events if e.sources[0].line == 1).rule == "inherit.lead"


def test_a_background_date_first_is_no_lead() -> None:
    events = _report(
        "In 1968 she opened her first shop in the old town.",
        "The shop closed on Sunday after a fire.",
        "The mayor paid tribute to the staff.",
        title="Bakery closes after fire",
    )
    assert next(e for e in events if e.sources[0].line == 1).rule == "fallback.publication"


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        (
            "A bomb exploded outside the embassy on 7 August 1998, killing 213 people.",
            "The blast destroyed three buildings.",
        ),
        ("A strong quake shook the coast on 3 March 2011.", "Dozens of homes collapsed in the earthquake."),
        ("Gunmen opened fire on a crowd on 12 June 2016.", "Police praised the nurses after the shooting."),
        ("Troops stormed the embassy on 3 May 2021, freeing all 14 hostages.",
         "Within hours of the rescue, the president thanked the troops."),
    ],
)
def test_a_happening_named_again_in_other_words_keeps_its_date(earlier: str, later: str) -> None:
    art = article(earlier, "The city council later met to discuss the budget.", later)
    event = one(art, later[:20])
    assert event.rule == "inherit.mention"
    assert event.when.start == one(art, earlier[:20]).when.start


@pytest.mark.parametrize(
    "plan",
    [
        "The bill now goes to the upper house, which is expected to vote on it in September.",
        "A second vote is planned for 3 October.",
    ],
)
def test_a_past_sentence_names_no_plan_again(plan: str) -> None:
    # "called the vote historic" speaks of the vote held, not of the one still ahead
    art = article(
        "The lower house passed the bill by 72 votes to 58 on Monday.",
        plan,
        "The health minister called the vote historic.",
        title="Parliament passes bill",
    )
    event = one(art, "The health minister")
    assert event.when.start == one(art, "The lower house").when.start
    assert event.kind == "occurred"


@pytest.mark.parametrize(
    ("later", "value", "kind"),
    [
        # the next one to come, the latest gone by, the one an ordinal counts
        ("The board will publish an update on the anniversary of the crash.", "2022-12-29", Kind.PLANNED),
        ("Families gathered at the airport on the anniversary of the crash.", "2021-12-29", Kind.OCCURRED),
        ("Families will mark the fifth anniversary of the crash.", "2025-12-29", Kind.PLANNED),
    ],
)
def test_an_anniversary_of_a_happening_dated_earlier_is_its_day_come_round(later: str, value: str, kind: Kind) -> None:
    art = article("The jet crashed on 29 December 2020.", later)
    event = one(art, later[:20])
    assert (event.when.value, event.kind, event.rule) == (value, kind, "inherit.anniversary")


def test_an_anniversary_of_a_happening_dated_to_a_year_has_no_day() -> None:
    art = article("The jet crashed in 2020.", "Families will mark the anniversary of the crash.")
    assert one(art, "Families").when.value == "2022-02-08"


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a month before a noun, after its determiner, names the thing beside the sentence's own day
        ("The agency approved the flight on 22 January, two days after closing its inquiry into the March failure.",
         ["2022-01-22"]),
        # what a first is measured since, after "a" as after "the"
        ("The rocket flew on Monday, its first launch since a March explosion grounded it.", ["2022-02-07"]),
    ],
)  # fmt: skip
def test_a_month_that_names_a_thing_or_a_record_dates_nothing(sentence: str, values: list[str]) -> None:
    assert sorted(headlines_by_value(sentence)) == values


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        ("A nurse was found guilty on Friday of the manslaughter of three patients between 2019 and 2021.",
         {"2022-02-04": "A nurse was found guilty of the manslaughter of three patients between 2019 and 2021",
          "2019/2021": "The manslaughter of three patients"}),
        ("She was charged on Tuesday with the murder of a man in January.",
         {"2022-02-08": "She was charged with the murder of a man in January", "2022-01": "The murder of a man"}),
        # a verb of its own makes a clause, not a thing
        ("He was praised on Monday for the way he acted in 2019.",
         {"2022-02-07": "He was praised for the way he acted in 2019", "2019": "He was praised on Monday for the way he acted"}),
    ],
)  # fmt: skip
def test_a_later_date_after_a_preposition_dates_its_thing(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines
    # the quote of each is the sentence
    assert {e.quote for e in extract(article(sentence)) if e.sources[0].line == 4} == {sentence}


@pytest.mark.parametrize(
    "quotation",
    ['"This is a great injustice," he told MPs.', '"We will win," said the coach.', '"It is over," she said.'],
)
def test_a_quotation_is_its_saying_of_the_storys_day(quotation: str) -> None:
    # what is quoted may be present or to come; the saying is what happened, and it goes on with the story
    art = article("The prime minister announced a new law on Monday.", quotation)
    event = one(art, quotation[:8])
    assert (event.when.value, event.kind) == ("2022-02-07", Kind.OCCURRED)


def test_since_then_spans_from_the_date_told_before_to_publication() -> None:
    art = article("The war began on 24 February 2021.", "Since then, millions have fled the country.")
    event = one(art, "Since then")
    assert (event.when.start, event.when.end, event.rule, event.kind) == (
        D(2021, 2, 24),
        D(2022, 2, 8),
        "inherit.since-then",
        Kind.ONGOING,
    )
    # a "then" of publication day reaches nothing
    art = article("Shares rose on Tuesday.", "Since then, analysts have raised their targets.")
    assert one(art, "Since then").rule != "inherit.since-then"


def test_a_side_beaten_in_a_match_is_no_record_surpassed() -> None:
    sentence = "City reached the final after beating Arsenal 2-1 at Wembley on Saturday evening."
    assert list(headlines_by_value(sentence)) == ["2022-02-05TEV"]
    # a record surpassed still dates nothing
    assert list(headlines_by_value("It was the largest recall, surpassing one of 363,000 cars in February 2021.")) != [
        "2021-02"
    ]


def test_a_live_reports_entries_take_the_times_they_open_with() -> None:
    art = article(
        "14:05 Residents have been told to leave their homes. Rest centres are open.",
        "11:55 The minister will chair a meeting this afternoon.",
        "13:40 Police say a woman died on Thursday evening.",
        title="Live: floods",
    )
    events = {e.headline: e for e in extract(art)}
    residents = events["Residents have been told to leave their homes"]
    assert (residents.when.value, residents.rule) == ("2022-02-08T14:05", "inherit.entry-time")
    assert residents.quote == "Residents have been told to leave their homes."
    # the entry's later sentences go on at its time
    assert events["Rest centres are open"].when.value == "2022-02-08T14:05"
    # an entry's own date is its own; a saying with none takes the entry's time
    assert events["The minister will chair a meeting this afternoon"].when.value == "2022-02-08TAF"
    assert events["Police say a woman died on Thursday evening"].when.value == "2022-02-08T13:40"
    assert events["Police say a woman died"].when.value == "2022-02-03TEV"
    # a zone and a dash may part the time from the entry, and a short entry still tells its news
    art = article("09:30 BST - Trains are cancelled.", "23:10 GMT: Police close the road.", title="Live: floods")
    events = {e.headline: e.when.value for e in extract(art)}
    assert events["Trains are cancelled"] == "2022-02-08T09:30"
    assert events["Police close the road"] == "2022-02-08T23:10"


def test_a_live_reports_entries_may_open_with_a_12_hour_time_after_update() -> None:
    art = article(
        "The fire broke out on Saturday near the town.",
        "Update, 3.15pm: Crews held the western edge of the fire.",
        "4.30pm: Residents were allowed back.",
        "Another update is expected at 7pm.",
        title="Live: wildfire",
    )
    events = {e.headline: (e.when.value, e.kind) for e in extract(art)}
    assert events["Crews held the western edge of the fire"] == ("2022-02-08T15:15", Kind.OCCURRED)
    assert events["Residents were allowed back"] == ("2022-02-08T16:30", Kind.OCCURRED)
    assert events["Another update is expected"] == ("2022-02-08T19:00", Kind.PLANNED)


def test_a_mention_in_an_aside_dates_no_main_clause() -> None:
    art = article(
        "The takeover was first announced in December 2020.",
        "Shares rose 5% on Monday.",
        "The union, which opposed the takeover from the start, said it would monitor the deal.",
    )
    event = one(art, "The union")
    assert (event.when.value, event.rule) == ("2022-02-07", "inherit.narrative")


def test_a_name_is_no_mention_of_a_happening() -> None:
    art = article(
        "Troops stormed the embassy on 3 May 2021, freeing all 14 hostages.",
        "The city council later met to discuss the budget.",
        "A founder of Brothers to the Rescue praised the troops.",
    )
    assert one(art, "A founder").rule != "inherit.mention"


@pytest.mark.parametrize(
    "later",
    [
        "The board said investigators would return to the crash site to survey the debris.",
        "Officials said the crash victims had been identified.",
        "Officials said the crash investigation would take a year.",
    ],
)
def test_a_mention_that_qualifies_another_noun_names_no_happening(later: str) -> None:
    art = article(
        "A bus crashed into a lorry on the bypass on 3 May 2021, killing six people.",
        "The council approved a new budget on 9 June 2021.",
        later,
    )
    assert one(art, later[:20]).rule != "inherit.mention"


def test_what_has_lasted_since_a_date_after_the_sentences_own_is_no_happening_of_it() -> None:
    sentence = "Troops stormed the embassy before dawn on Monday, freeing 14 hostages held there since Saturday."
    assert list(headlines_by_value(sentence)) == ["2022-02-07"]
    # ... but a verb phrase of its own after "and" tells its own thing
    sentence = "Shares fell 1.7% on Monday and have lost about 6% since the start of the month."
    assert sorted(headlines_by_value(sentence)) == ["2022-02", "2022-02-07"]


def test_a_saying_of_what_was_done_comes_after_it() -> None:
    art = article(
        "The storm reached the coast on Saturday evening.",
        "The company said it had restored power to 4,000 homes by Monday morning.",
        "Engineers worked through the night in heavy rain.",
    )
    said = [e for e in extract(art) if e.headline.startswith("The company said")]
    assert [(e.when.start, e.rule) for e in said] == [(D(2022, 2, 8), "fallback.publication")]
    assert "'Monday morning'" in said[0].explanation
    assert [e.when.value for e in extract(art) if e.headline.startswith("It had restored")] == ["2022-02-07TMO"]
    # the story goes on from Saturday evening, not from the guessed day of the saying
    assert one(art, "Engineers worked").when.start == D(2022, 2, 5)
    # a saying of what is still to come may come before it: it keeps the story's day
    art = article(
        "The storm reached the coast on Saturday evening.",
        "The company said it would restore power to 4,000 homes by Monday morning.",
    )
    said = [e for e in extract(art) if e.headline.startswith("The company said")]
    assert [e.when.start for e in said] == [D(2022, 2, 5)]


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # a thing reported, announced or confirmed is no clause: the day is the report's, told whole
        ("Health officials reported 14 new measles cases on Monday, bringing the total to 87.",
         {"2022-02-07": "Health officials reported 14 new measles cases, bringing the total to 87"}),
        ("Acme reported a 47% decline in fourth-quarter earnings.",
         {"2021-Q4": "Acme reported a 47% decline in fourth-quarter earnings"}),
        ("The central bank added 38 billion dollars to the money markets on Friday.",
         {"2022-02-04": "The central bank added 38 billion dollars to the money markets"}),
        # ... but what follows "that" or "to" is what was told, with its own date
        ("Acme announced plans to cut 500 jobs by the end of next year.",
         {"2023": "Plans to cut 500 jobs", "2022-02-08": "Acme announced plans to cut 500 jobs by the end of next year"}),
    ],
)  # fmt: skip
def test_a_thing_reported_is_no_clause(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # the day between a telling and its "that" is the telling's; what was told has no day of its own
        ("Berg, 52, told supporters in the capital late on Sunday that she would start coalition talks.",
         {"2022-02-06": "Berg, 52, told supporters in the capital that she would start coalition talks"}),
        # ... and a later date is what was told's, without the telling
        ("The minister told reporters on Friday that talks would resume next week.",
         {"2022-02-04": "The minister told reporters that talks would resume next week",
          "2022-W07": "Talks would resume next week"}),
        # ... as is a date of a month or a year right before "that", after words that are no clause
        ("Engineers warned in a report last year that the dam needed urgent repairs.",
         {"2021": "Engineers warned in a report last year that the dam needed urgent repairs"}),
        ("The minister said in January that the plant would close in June.",
         {"2022-01": "The minister said that the plant would close in June", "2022-06": "The plant would close"}),
        ("The chief executive said in an interview on Monday morning that demand had picked up in recent weeks.",
         {"2022-02-07TMO": "The chief executive said in an interview that demand had picked up in recent weeks",
          "PAST_REF": "Demand had picked up"}),
        # where it was said stands between the saying and its "that" too
        ("The chief executive said on a conference call that she expected demand to recover in the second half of next year.",
         {"2023-H2": "She expected demand to recover",
          "2022-02-08": "The chief executive said on a conference call that she expected demand to recover in the…"}),
        ("The chief executive said last month that a review would be finished by the end of March.",
         {"2022-01": "The chief executive said last month that a review would be finished by the end of March",
          "2022-03": "A review would be finished"}),
    ],
)  # fmt: skip
def test_a_day_before_what_was_told_is_the_tellings(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines


def test_a_dateline_is_not_a_happening_to_carry_on() -> None:
    art = article("February 7, 2022", "The council approved the budget after a long debate.")
    assert one(art, "approved").rule == "fallback.publication"
    # a short dated sentence with words of its own still is ("Then, on Monday, talks.")
    art = article("Talks resumed on Monday.", "The council approved the budget after a long debate.")
    assert one(art, "approved").rule == "inherit.narrative"


@pytest.mark.parametrize(
    "dateline",
    ["KYIV, Feb 8 (Reuters) - ", "NEW YORK, Feb. 8, 2022 (Reuters) - ", "BEIJING, February 8 (Xinhua) -- ",
     "NAIROBI, Kenya (AP) -- "],
)
def test_a_wire_dateline_is_the_reports_day_and_no_happening(dateline: str) -> None:
    events = [e for e in extract(article(f"{dateline}Two aid workers were freed on Monday, officials said."))
              if e.sources[0].line == 4]
    assert [(e.when.value, e.headline) for e in events] == [("2022-02-07", "Two aid workers were freed")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Pell denies fraud over council funds that prosecutors say he diverted between 2016 and 2021.",
         ("2016/2021", "Prosecutors say he diverted")),
        ("The indictment says Smith wired the money on Monday.", ("2022-02-07", "The indictment says Smith wired the money")),
        # what a company says is its news, without the attribution
        ("Acme said sales rose 5% on Monday.", ("2022-02-07", "Sales rose 5%")),
    ],
)
def test_an_allegation_keeps_who_makes_it(sentence: str, expected: tuple[str, str]) -> None:
    dated = [(e.when.value, e.headline) for e in extract(article(sentence)) if e.sources[0].line == 4 and e.when.text]
    assert dated == [expected]


@pytest.mark.parametrize(
    ("sentence", "aside"),
    [
        # the aside's verb agrees with the name after "of", not with the plural before it
        ("Residents of Dutch Flat, which was evacuated on Sunday evening, were told on Monday to stay away.",
         "Dutch Flat was evacuated"),
        ("Shares of Acme, which has lost 20% since January, rose on Monday.", "Acme has lost 20% since January"),
        # ... and stays whole where both agree
        ("The sale of the unit, which was announced in January, was completed on Monday.",
         "The sale of the unit was announced"),
    ],
)
def test_an_asides_headline_names_what_its_verb_agrees_with(sentence: str, aside: str) -> None:
    assert aside in headlines_by_value(sentence).values()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a speaker of several words between the quotation and the verb
        ('"We want him," Harlow manager Simon Achterberg said at a news conference on Monday morning.',
         {"2022-02-07TMO": '"We want him," Harlow manager Simon Achterberg said at a news conference'}),
        # an attribution after what was said, with where and when it was said
        ("The committee voted 6-3 to hold, the Bank said in a statement released at noon.",
         {"2022-02-08T12:00": "The committee voted 6-3 to hold, the Bank said in a statement released"}),
    ],
)
def test_the_words_after_an_attribution_tell_where_and_when_it_was_said(sentence: str, expected: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == expected


def test_the_period_results_cover_dates_nothing_beside_the_day_they_come_out() -> None:
    assert headlines_by_value("Orrin reports its fiscal fourth-quarter results on Feb. 24.") == {
        "2022-02-24": "Orrin reports its fiscal fourth-quarter results"}
    # ... but results that are the sentence's subject are the quarter's
    assert "2021-Q4" in headlines_by_value("Fourth-quarter results included a gain of $48 million.")


def test_a_distance_after_a_thing_counts_from_the_sentence_that_told_it() -> None:
    art = article(
        "A walkout on Friday halted trains.",
        "The union said on Monday that it would strike again.",
        "Two days after the last walkout, a ballot of guards returned a majority for action.",
    )
    ballot = one(art, "ballot")
    assert (ballot.when.value, ballot.rule) == ("2022-02-06", "offset.later")
    assert "the sentence that told the walkout" in ballot.explanation
    # ... not after a clause ("after his team was blocked"), nor beside the sentence's own date
    art = article("The team was blocked on Friday.", "Work resumed two days after his team was blocked.")
    assert one(art, "resumed").rule != "offset.later"


def test_an_undated_sentence_takes_the_day_of_a_time_told_before_not_the_minute() -> None:
    art = article("The count ended at 1.30am on Monday. Turnout was 71.4 percent.")
    turnout = one(art, "Turnout")
    assert (turnout.when.value, turnout.when.granularity) == ("2022-02-07", "day")


def test_an_undated_first_sentence_of_news_takes_the_day_the_next_gives_it() -> None:
    events = extract(article(
        "Margaret Ellery, the glaciologist, has died aged 91.",
        "She died peacefully at her home in Cambridge on Saturday, her family said.",
        title="Glaciologist Margaret Ellery dies aged 91",
    ))
    by_line = {e.sources[0].line: (e.when.value, e.rule) for e in events if e.sources[0].line in (1, 4)}
    assert by_line == {1: ("2022-02-05", "inherit.lead"), 4: ("2022-02-05", "inherit.told-after")}
    # ... not when the next sentence tells another happening
    events = extract(article("The minister has resigned.", "Her deputy was appointed on Saturday."))
    assert [e.rule for e in events if e.sources[0].line == 4] == ["fallback.publication"]


def test_a_saying_after_a_happening_of_another_day_is_of_the_storys_day() -> None:
    art = article(
        "Orrin unveiled its first folding phone at an event on Monday.",
        "Shares of its supplier rose 4% on Friday.",
        "Analysts said they expected strong sales.",
    )
    assert one(art, "Analysts").when.value == "2022-02-07"
    # ... but one after a saying goes on with it
    art = article(
        "Orrin unveiled its first folding phone at an event on Monday.",
        "Its rival said on Friday that it would not make one.",
        "Its chief executive added that demand was weak.",
    )
    assert one(art, "chief executive").when.value == "2022-02-04"


def test_a_quotation_said_somewhere_is_a_saying_that_happened() -> None:
    art = article('"This is a once-in-a-generation opportunity," Pike said on a call with analysts.')
    assert one(art, "once-in-a-generation").kind == Kind.OCCURRED


def test_a_day_named_inside_a_quotation_is_none_of_the_storys() -> None:
    art = article(
        "Harbourside beat Millbrook 2-1 on Monday.",
        '"We have had a horrible few weeks," the manager said. "Last Thursday we sat down as a group."',
        "The defeat left Millbrook ninth in the table.",
    )
    assert one(art, "The defeat").when.value == "2022-02-07"


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Guards will stage three more walkouts over the next month.", ("2022-02-08", "2022-03-08")),
        ("Prices rose sharply in the past week.", ("2022-02-01", "2022-02-08")),
    ],
)
def test_the_next_month_after_over_is_the_stretch_from_publication(sentence: str, span: tuple[str, str]) -> None:
    (event,) = [e for e in extract(article(sentence)) if e.sources[0].line == 4]
    assert (event.when.start.isoformat(), event.when.end.isoformat()) == span
    # ... while "next month" is the calendar month after it
    (event,) = [e for e in extract(article("The plan will be presented next month.")) if e.sources[0].line == 4]
    assert event.when.value == "2022-03"


def test_a_date_given_up_dates_nothing_beside_the_one_now() -> None:
    assert headlines_by_value("A similar ban, originally set for 2030, was pushed back to 2035.") == {
        "2035": "A similar ban, originally set for 2030, was pushed back to 2035"}
    # ... alone, it is still the plan's
    assert "2019" in headlines_by_value("The line was originally due to open in 2019.")


def test_a_quotation_takes_the_day_its_speaker_gave_it() -> None:
    art = article("\u201cWe only get one shot at this,\u201d said Dr Priya Anand, the mission\u2019s deputy "
                  "scientist, at a briefing on Monday afternoon.")
    events = [e for e in extract(art) if e.sources[0].line == 4]
    assert [(e.when.value, e.headline) for e in events] == [
        ("2022-02-07TAF", "We only get one shot at this")
    ]
    # ... with the speaker described between commas, and a place the quotation was told
    art = article('"The crew was dealing with a very dynamic situation," Yvette Lamarre, the board\'s lead investigator, '
                  "told a news conference in Gatineau on Monday afternoon.")
    assert [(e.when.value, e.headline) for e in extract(art) if e.sources[0].line == 4] == [
        ("2022-02-07TAF", "The crew was dealing with a very dynamic situation")
    ]
    # ... but a date in the speaker's description is the description's
    art = article('"We will not give up," said Jane Smith, who joined the board in May.')
    assert headlines_of(art, 4) == {"2022-02-08": "We will not give up", "2021-05": "Jane Smith joined the board"}


def test_the_day_a_thing_came_out_is_background_to_what_follows() -> None:
    art = article(
        "The Bank of England held interest rates at 3.75% on Monday.",
        "Figures published on Friday showed inflation rose to 3.2% in January.",
        "Sterling fell by half a cent within minutes of the announcement.",
    )
    assert one(art, "Sterling").when.value == "2022-02-07"
    # ... but a subject's own verb with its day is the story's
    art = article(
        "The Bank of England held interest rates at 3.75% on Monday.",
        "The governor announced on Friday that he would step down.",
        "Sterling fell by half a cent within minutes of the announcement.",
    )
    assert one(art, "Sterling").when.value == "2022-02-04"


def test_a_state_at_publication_inherits_no_past_date() -> None:
    art = article("Her husband, the geologist Alan Ellery, died in 2017. She is survived by two daughters.")
    survived = one(art, "survived")
    assert (survived.when.value, survived.kind, survived.rule) == ("2022-02-08", Kind.ONGOING, "fallback.publication")
    # ... while a past-tense sentence of the paragraph still does
    art = article("Her husband died in 2017. He was buried in Cambridge.")
    assert one(art, "buried").when.value == "2017"


def test_a_passive_reporting_verb_tells_the_happening_not_a_saying() -> None:
    art = article(
        "The new tram line was announced at a council meeting several months ago and will replace "
        "the bus route, which opened in 1998."
    )
    events = extract(art)
    vague = next(e for e in events if e.when.value == "PAST_REF")
    # The announcement is the clause that says so, dated two to seven months back; no undated leftover.
    assert vague.quote.startswith("The new tram line was announced")
    assert (vague.when.start, vague.when.end) == (D(2021, 7, 8), D(2021, 12, 8))
    assert all(e.rule != "fallback.publication" for e in events if not e.quote.startswith("A report"))


def test_a_headline_keeps_a_possessive_date_and_a_name_s_own_capitals() -> None:
    art = article(
        "At this year's fair, the mayor opened the new hall.",
        "eBay will close its office in the city on 20 February.",
    )
    fair = one(art, "this year's fair")
    assert fair.headline.startswith("At this year's fair")
    assert one(art, "eBay will close").headline.startswith("eBay will close its office")


def test_a_vague_past_does_not_date_a_sentence_about_the_future() -> None:
    art = article("The update will also reach older phones, as the company has done in the past.")
    (event,) = [e for e in extract(art) if "update" in e.quote]
    assert event.rule == "fallback.publication"
    assert event.kind is Kind.PLANNED


def test_a_past_aside_at_the_end_counted_on_from_the_story_is_its_own_happening() -> None:
    art = article(
        "Three men broke into the store at about 3 a.m. on Jan. 25.",
        "The guard raised the alarm, but the thieves had fled in a stolen car, which was found burnt out the "
        "following morning.",
    )
    by_start = {e.when.start: e.headline for e in extract(art) if e.sources[0].line == 5}
    assert by_start == {
        D(2022, 1, 25): "The guard raised the alarm, but the thieves had fled in a stolen car",
        D(2022, 1, 26): "A stolen car was found burnt out the following morning",
    }


def test_what_holds_now_is_not_of_the_day_the_paragraph_told() -> None:
    art = article("The fund lost 9% on Friday, Jan. 28. It now holds about 15% of its assets in cash.")
    event = one(art, "It now holds")
    assert (event.when.value, event.kind) == ("PRESENT_REF", Kind.ONGOING)
    # ... but a past-tense "now" goes on with the story
    art = article("The fund lost 9% on Friday, Jan. 28. Its managers now sold most of their shares.")
    assert one(art, "Its managers").when.value == "2022-01-28"


def test_a_reporting_verb_as_an_adjective_is_no_saying() -> None:
    art = article("Sales of the recently announced tablet began on Tuesday, overwhelming the shops.")
    (event,) = extract(art)[1:]
    assert event.quote.startswith("Sales of the recently announced tablet began")
    assert event.when.start == D(2022, 2, 8)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        (
            "``Today, I'm here to tell you we have our suspect,'' said Bernard Tolbert.",
            "Today, I'm here to tell you we have our suspect",
        ),
        (
            "The plant will stay open for now, the company said Monday.",
            "The plant will stay open for now",
        ),
        ("He said Paris would host the next round.", "He said Paris would host the next round"),
        # a headline's "X says Y" without a comma is its whole news
        ("Putin made no promise to Macron says Russia", "Putin made no promise to Macron says Russia"),
    ],
)
def test_headline_drops_an_attribution_put_after_its_verb(quote: str, expected: str) -> None:
    assert headline(quote) == expected


def test_headline_keeps_a_date_that_qualifies_a_noun() -> None:
    art = article("Profits fell: a 77% drop in third-quarter net income was the worst in a decade.")
    (drop,) = [e for e in extract(art) if e.rule == "quarter"]
    assert drop.headline.startswith("Profits fell: a 77% drop in third-quarter net income was")


def test_a_consequence_clause_with_its_own_date_is_quoted_apart() -> None:
    art = article("In the late 1990s the firm cut prices, prompting rivals to sue in 2001.")
    (suit,) = [e for e in extract(art) if e.when.value == "2001"]
    assert suit.quote == "prompting rivals to sue in 2001."


def test_headline_keeps_a_date_that_is_all_an_aside_says() -> None:
    quote = "The latest suit, filed in September 2003, claims a breach of the deal."
    start = quote.index("September")
    assert headline(quote, Span(start, start + len("September 2003"))) == quote.rstrip(".")


def test_a_reporting_aside_leaves_the_whole_sentence_as_what_was_said() -> None:
    art = article("The switch, he said, would happen beginning next year.")
    (planned,) = [e for e in extract(art) if e.when.value == "2023"]
    assert planned.quote == "The switch, he said, would happen beginning next year."


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        # a year naming a thing gives way to the sentence's own date
        ("On Monday the firm released the 2022 version of its software.", ["2022-02-07"]),
        # (the aside's date is the filing's; the claim is the story's, here the day of publication)
        ("The suit, filed in September 2021, claims the firm broke the 1991 agreement.", ["2021-09", "2022-02-08"]),
        ("Police on Monday played down the Jan. 23 shooting.", ["2022-02-07"]),
        # alone, it is still the best date there is; a year of its own stays
        ("The firm broke the 1991 agreement.", ["1991"]),
        ("The firm was founded in 1991 and listed on Monday.", ["1991", "2022-02-07"]),
        # a date owning a thing the sentence's happening is told against
        ("The toll from Monday's quake rose above 5,000 on Tuesday.", ["2022-02-08"]),
        # but not the thing the sentence tells, or its setting
        ("Monday's announcement marked the third change this year.", ["2022", "2022-02-07"]),
        ("In Sunday's debate on the budget, the mayor attacked him.", ["2022-02-06"]),
    ],
)
def test_a_year_that_names_a_thing_does_not_date_the_sentence(sentence: str, values: list[str]) -> None:
    got = sorted(e.when.value for e in extract(article(sentence)) if e.quote != "A report on the council")
    assert got == sorted(values)



def test_headline_keeps_a_date_that_completes_a_noun() -> None:
    quote = "Developers will spend the rest of the week in workshops."
    start = quote.index("the week")
    assert headline(quote, Span(start, start + len("the week"))) == quote.rstrip(".")


@pytest.mark.parametrize(
    ("quote", "phrase", "expected"),
    [
        ("Police said the attack happened shortly after 10pm on Saturday.", "10pm on Saturday",
         "Police said the attack happened"),
        ("The storm will make landfall late on Wednesday.", "Wednesday", "The storm will make landfall"),
        ("The plant will open later in 2023.", "2023", "The plant will open"),
        ("The quake struck in the early hours of Monday, killing 12.", "Monday", "The quake struck, killing 12"),
        ("Rebels attacked the base during the small hours of Sunday.", "Sunday", "Rebels attacked the base"),
        # a quotation before its attribution keeps its marks; a dateline goes
        ('"The French want action," Attal said in his first speech on Tuesday evening.', "Tuesday evening",
         "The French want action"),
        ("PARIS (Reuters) - Macron on Tuesday named Gabriel Attal as prime minister.", "Tuesday",
         "Macron named Gabriel Attal as prime minister"),
        # a present verb before the name an aside is about tells a clause, which stays
        ("Attal replaces Elisabeth Borne, who resigned on Monday after 20 months in the job.", "Monday",
         "Attal replaces Elisabeth Borne, who resigned after 20 months in the job"),
        # a chronology's date label
        ("10 March 2019: Flight 302 crashes shortly after take-off.", "10 March 2019", "Flight 302 crashes shortly after take-off"),
        ("13 March 2019 - The US grounds the plane.", "13 March 2019", "The US grounds the plane"),
        # an attribution with its own day goes too
        ("Rebels seized the town on Sunday, the army said on Monday.", "Sunday", "Rebels seized the town"),
        # the saying's own day holds the saying
        ("Rebels seized the town on Sunday, the army said on Monday.", "Monday",
         "The army said: Rebels seized the town on Sunday"),
        ("The novelist died at her home on Thursday evening, her publisher said on Friday.", "Friday",
         "Her publisher said: The novelist died at her home on Thursday evening"),
        ("The novelist died at her home on Thursday evening, her publisher said on Friday.", "Thursday evening",
         "The novelist died at her home"),
        # ... but what was said with no date of its own is the day's news, told without the attribution
        ("But talks have been renewed, a Justice official said Thursday.", "Thursday", "Talks have been renewed"),
        ("More than 5,000 people were evacuated overnight, officials said on Saturday.", "Saturday",
         "More than 5,000 people were evacuated overnight"),
        ("The economy grew 3% in the third quarter, the Commerce Department said on Friday.", "Friday",
         "The Commerce Department said: The economy grew 3% in the third quarter"),
        ("The party won Sunday's vote, official results showed on Monday, but fell short of a majority.", "Monday",
         "Official results showed: The party won Sunday's vote"),
        # a wire story's place line is no part of the headline
        ("WASHINGTON _ The economy added jobs in January, the government reported.", "January",
         "The economy added jobs"),
        ("Talks on the budget resumed on Monday, officials said Thursday.", "Monday",
         "Talks on the budget resumed"),
        ("Little of the anger of those years remains, residents said.", "years", "Little of the anger of those years remains"),
    ],
)  # fmt: skip
def test_headline_drops_what_goes_with_its_date(quote: str, phrase: str, expected: str) -> None:
    start = quote.index(phrase)
    assert headline(quote, Span(start, start + len(phrase))) == expected


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ('She promised to form a government "in the coming weeks.', 'She promised to form a government "in the coming weeks"'),
        # a quotation that opens the sentence is its news; who said it, and where, is not
        ('"So far, the offensive is going well," said the general.', "So far, the offensive is going well"),
        ('"The crew had very little time," Yvette Lamarre, the lead investigator, told a news conference in Gatineau.',
         "The crew had very little time"),
        ('He had a substantial, deep" discussion with the minister.', 'He had a substantial, deep" discussion with the minister'),
    ],
)  # fmt: skip
def test_headline_keeps_its_quotation_marks_paired(quote: str, expected: str) -> None:
    assert headline(quote) == expected


def test_a_quotation_with_more_than_its_speaker_after_it_keeps_what_follows() -> None:
    # another quotation after the speaker, or words of the story after a quotation that is part of a clause
    assert "he said" in headline('"The talks are over," he said, "and we will leave."')
    assert "and more will be" in headline('"Hundreds of people have been interviewed" and more will be, Freeh said.')


def test_a_participle_aside_that_ends_the_sentence_is_background() -> None:
    art = article("The nano is the second model to use flash memory, after the shuffle, released in 2005.")
    events = {e.headline: e for e in extract(art) if e.sources[0].line == 4}
    assert events["The shuffle was released"].when.start.year == 2005
    main = events["The nano is the second model to use flash memory, after the shuffle"]
    assert (main.when.start, main.kind) == (D(2022, 2, 8), Kind.ONGOING)


def test_in_addition_to_opens_a_phrase_not_a_connective() -> None:
    quote = "In addition to the new phone, Apple also showed its software."
    assert headline(quote) == quote.rstrip(".")
    assert headline("In addition, Apple showed its software.") == "Apple showed its software"


def test_a_participle_that_qualifies_a_noun_is_no_aside() -> None:
    quote = "In Miami-Dade County, elected officials went as far as to say it."
    assert headline(quote) == quote.rstrip(".")


def test_a_clause_joined_by_and_with_its_own_verb_and_date_is_an_event_of_its_own() -> None:
    art = article("Parliament was dissolved on 6 November and elections are due on 12 December.")
    events = {e.when.start: e for e in extract(art) if e.timex is not None}
    assert events[D(2021, 11, 6)].headline == "Parliament was dissolved"
    assert events[D(2022, 12, 12)].headline == "Elections are due"
    assert events[D(2022, 12, 12)].kind == Kind.PLANNED


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # what was to come is still to come while its span lasts
        ("The airline told reporters that it would review its order this month.", Kind.PLANNED),
        # ... but not when another verb tells the clause's time
        ("Shares fell this week on fears that the company would miss its targets.", Kind.OCCURRED),
    ],
)
def test_would_with_no_other_verb_tells_what_is_to_come(sentence: str, kind: Kind) -> None:
    dated = [e for e in extract(article(sentence)) if e.timex is not None]
    assert [e.kind for e in dated] == [kind]


@pytest.mark.parametrize(
    ("sentence", "start", "end", "kind"),
    [
        # "within" a span, looking ahead: the stretch from publication
        ("Companies must comply within 90 days or face fines.", D(2022, 2, 8), D(2022, 5, 9), Kind.PLANNED),
        ("The government will decide within two weeks.", D(2022, 2, 8), D(2022, 2, 22), Kind.PLANNED),
    ],
)
def test_within_a_span_looking_ahead_runs_from_publication(
    sentence: str, start: pendulum.Date, end: pendulum.Date, kind: Kind
) -> None:
    event = one(article(sentence), sentence[:12])
    assert (event.when.start, event.when.end, event.kind, event.rule) == (start, end, kind, "span.from_publication")


def test_within_a_span_of_the_past_is_no_span_from_publication() -> None:
    assert one(article("The company collapsed within 90 days."), "The company").rule != "span.from_publication"


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        # what is to come lies in the part of its span from publication on
        ("The minister will visit Paris this week.", D(2022, 2, 8), D(2022, 2, 13)),
        ("The first results are expected later this month.", D(2022, 2, 8), D(2022, 2, 28)),
    ],
)
def test_a_plan_in_a_span_that_began_before_publication_starts_at_publication(
    sentence: str, start: pendulum.Date, end: pendulum.Date
) -> None:
    event = one(article(sentence), sentence[:12])
    assert (event.kind, event.when.start, event.when.end) == (Kind.PLANNED, start, end)


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # a subordinate clause with a verb and a date of its own tells its own thing
        ("A rail strike will go ahead next Thursday after talks broke down late on Monday.",
         {"2022-02-10": "A rail strike will go ahead next Thursday", "2022-02-07": "Talks broke down"}),
        ("The firm collapsed in 2009 after its bank withdrew a loan in December 2008.",
         {"2009": "The firm collapsed", "2008-12": "Its bank withdrew a loan"}),
        # ... not a noun phrase, nor a clause whose date is a relative clause's
        ("They met on Monday after the talks on Friday.",
         {"2022-02-07": "They met after the talks on Friday", "2022-02-04": "They met on Monday after the talks"}),
    ],
)  # fmt: skip
def test_a_subordinate_clause_with_its_own_date(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines


@pytest.mark.parametrize(
    ("sentence", "main", "clause", "value"),
    [
        ("It was the 15th strike since the dispute began in the summer of 2020.",
         "It was the 15th strike", "The dispute began", "2020-SU"),
        ("He has spoken to his son three times since he arrived in Miami on 6 January, and he wants to stay.",
         "He has spoken to his son three times", "He arrived in Miami", "2022-01-06"),
    ],
)  # fmt: skip
def test_a_clause_after_since_with_a_verb_tells_its_own_happening(
    sentence: str, main: str, clause: str, value: str
) -> None:
    assert headlines_by_value(sentence)[value] == clause
    mine = [e for e in extract(article(sentence)) if e.sources[0].line == 4]
    assert [e.headline for e in mine if e.timex is None] == [main]


def test_a_later_mention_of_the_main_clause_does_not_take_the_since_clauses_date() -> None:
    art = article(
        "Drivers walked out on Monday.",
        "It was the 15th strike since the dispute began in the summer of 2020.",
        "The minister called the strike deeply disappointing.",
    )
    assert one(art, "The minister").when.start == D(2022, 2, 7)


@pytest.mark.parametrize(
    ("sentence", "main", "clause", "value"),
    [
        ("The rail strike will go ahead after talks broke down on Monday.",
         "The rail strike will go ahead", "Talks broke down", "2022-02-07"),
        ("Prices are rising after the central bank cut rates in January.",
         "Prices are rising", "The central bank cut rates", "2022-01"),
    ],
)  # fmt: skip
def test_an_after_clause_with_the_only_date_beside_a_main_clause_ahead_or_going_on(
    sentence: str, main: str, clause: str, value: str
) -> None:
    assert headlines_by_value(sentence)[value] == clause
    mine = [e for e in extract(article(sentence)) if e.sources[0].line == 4]
    assert [e.headline for e in mine if e.timex is None] == [main]


@pytest.mark.parametrize(
    "sentence",
    [
        "He resigned after the scandal broke on Monday.",  # about then
        "The countries have finished the formalities after parliament ratified the treaty on Monday.",
        "\"It is under review,\" the minister said when asked on Monday about the plan.",  # no clause
    ],
)
def test_an_after_clause_beside_a_past_main_clause_leaves_the_sentence_whole(sentence: str) -> None:
    assert len([e for e in extract(article(sentence)) if e.sources[0].line == 4]) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "It was the hottest day since records began in 1884.",  # a record measured, no happening
        "The firm has grown since its founding in 1901.",  # no verb after "since"
        "Trade has grown since World War II, the minister said on 3 January.",  # the saying's date
    ],
)
def test_since_without_a_clause_of_its_own_leaves_the_sentence_whole(sentence: str) -> None:
    assert len([e for e in extract(article(sentence)) if e.sources[0].line == 4]) == 1


def test_this_years_thing_beside_a_date_of_its_own_names_which_one() -> None:
    # "this year's festival" tells which edition; the sentence's dates are the aside's and the context's
    sentence = "This year's festival, which runs until 27 May, will show 21 films in the main competition."
    assert headlines_by_value(sentence) == {
        "2022-05-27": "This year's festival runs until 27 May",
        "2022-02-08": "This year's festival will show 21 films in the main competition",
    }
    # alone, the period still dates the sentence
    assert headlines_by_value("Last year's top prize went to a film about a cruise ship.") == {
        "2021": "Last year's top prize went to a film about a cruise ship"
    }


def test_a_thing_denied_then_a_joined_verb_is_no_reported_clause() -> None:
    assert headlines_by_value("He denies the charges and was released on bail after his arrest in November 2021.") == {
        "2021-11": "He denies the charges and was released on bail after his arrest"
    }


def test_a_closed_which_aside_before_the_date_stays_with_its_main_clause() -> None:
    sentence = "The stock split, which needs holders' approval, would be paid on 3 March, the company said on Monday."
    headlines = headlines_by_value(sentence)
    assert not any(h.startswith("Which") for h in headlines.values()), headlines
    assert headlines["2022-03-03"].startswith("The stock split")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Results are expected early Friday morning.", {"2022-02-11TMO": "Results are expected early Friday morning"}),
        ("He died on Saturday.", {"2022-02-05": "He died on Saturday"}),
        # a timetable's present, a journey's or a fixture's
        ("Talks resume on Friday.", {"2022-02-11": "Talks resume on Friday"}),
        ("Schools reopen on Monday.", {"2022-02-14": "Schools reopen on Monday"}),
        ("The ferry resumes a fortnight on Friday.", {"2022-02-25": "The ferry resumes a fortnight on Friday"}),
        # a byline's or a broadcast's date tells nothing
        ("Updated 5 February 2022.", {}),
        ("This is VOA Today.", {}),
    ],
)
def test_a_short_sentence_with_a_subject_and_a_verb_is_an_event(sentence: str, expected: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == expected


def test_an_ed_reporting_word_before_a_place_describes_a_noun() -> None:
    sentence = "Officials said turnout was high all day, with long queues reported in Leeds before polls opened at 7 a.m."
    headline = headlines_by_value(sentence)["2022-02-08T07:00"]
    assert headline.startswith("Turnout was high all day"), headline


def test_the_word_that_opens_a_closing_date_goes_with_it() -> None:
    assert headlines_by_value("The firm will send a software update to the cars, starting on Friday.") == {
        "2022-02-11": "The firm will send a software update to the cars"
    }


def test_a_saying_dated_after_what_it_reports_is_done() -> None:
    # (announced on the day of publication, when a span's tense would decide)
    events = extract(article("Train drivers will walk out on Friday, the union announced on Tuesday."))
    by_value = {e.when.value: e for e in events if e.sources[0].line == 4}
    assert by_value["2022-02-08"].headline == "The union announced: Train drivers will walk out on Friday"
    assert by_value["2022-02-08"].kind == Kind.OCCURRED
    assert by_value["2022-02-11"].kind == Kind.PLANNED


def test_words_after_a_quotations_attribution_are_no_reported_clause() -> None:
    sentence = '"We want action," the new prime minister said in his first speech on Monday evening.'
    assert headlines_by_value(sentence) == {
        "2022-02-07TEV": '"We want action," the new prime minister said in his first speech'
    }


def test_a_second_that_opens_what_was_said() -> None:
    sentence = "He said that the store will open within 90 days, and that orders can be placed starting next month."
    assert headlines_by_value(sentence)["2022-03"] == "Orders can be placed starting next month"


def test_a_saying_in_an_aside_is_no_saying_of_the_sentence() -> None:
    assert headlines_by_value("The governor, who had said the dam was safe, resigned on Monday.") == {
        "2022-02-07": "The governor, who had said the dam was safe, resigned",
    }


def test_a_clause_joined_by_and_after_a_past_verb_is_an_event_of_its_own() -> None:
    assert headlines_by_value("Chrysler filed for bankruptcy on Jan. 30 and its sale is expected to close this week.") == {
        "2022-01-30": "Chrysler filed for bankruptcy",
        "2022-W06": "Its sale is expected to close this week",
    }
    # ... and after a comma, whatever the first clause's verb
    assert headlines_by_value("Pre-orders open today, and the phone will ship on March 11 in the United States.") == {
        "2022-02-08": "Pre-orders open today",
        "2022-03-11": "The phone will ship in the United States",
    }
    art = article("The plant opened in 1990 and the workers were hired in 1991.")
    assert [e.headline for e in extract(art) if e.timex is not None] == ["The plant opened", "The workers were hired"]
    # ... and with a past verb after the noun a determiner opens, but not one right after the determiner
    assert headlines_by_value("Sales fell 3% in May 2021 and the price index rose in June 2021.") == {
        "2021-05": "Sales fell 3%",
        "2021-06": "The price index rose",
    }
    art = article("Sales fell in May 2021 and the revised figures in June 2021.")
    assert {e.quote for e in extract(art) if e.timex is not None} == {"Sales fell in May 2021 and the revised figures in June 2021."}


@pytest.mark.parametrize(
    "sentence",
    [
        "Prices rose 5% on Monday and fell 2% on Tuesday.",  # one subject, two verbs
        "He met the mayor on Monday and the governor on Tuesday.",  # no verb of its own
    ],
)
def test_and_without_a_clause_of_its_own_keeps_the_sentence_whole(sentence: str) -> None:
    quotes = {e.quote for e in extract(article(sentence)) if e.timex is not None}
    assert quotes == {sentence}


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The agency issued a red warning on Friday, covering Monday and Tuesday.", ["2022-02-04"]),
        ("The report, covering 2015 to 2020, was published on Monday.", ["2022-02-07"]),
    ],
)
def test_what_a_thing_covers_dates_no_happening(sentence: str, values: list[str]) -> None:
    assert sorted(headlines_by_value(sentence)) == values


def test_a_period_a_record_is_set_within_dates_nothing_beside_a_day() -> None:
    assert headlines_by_value("Saturday was the hottest day of the year so far, with 33.2C at Heathrow.") == {
        "2022-02-05": "Saturday was the hottest day of the year so far, with 33.2C at Heathrow"
    }
    assert list(headlines_by_value("The hottest day of 2021 was 19 July.")) == ["2021-07-19"]
    # alone, the period still dates the sentence; "the first nine months of" is a part of it, not a record
    assert list(headlines_by_value("It was the busiest weekend of the year for the airport.")) == ["2022"]


def test_a_date_a_record_is_measured_against_dates_nothing() -> None:
    art = article("Inflation hit 7.5% in January, the highest since February 1982, the office said.")
    dated = [e for e in extract(art) if e.timex is not None]
    assert [e.timex.text for e in dated] == ["January"]
    alone = article("It was the worst flood since 1953 for the farmers of the valley.")
    assert all(e.when.start.year == 2022 for e in extract(alone)), [e.explanation for e in extract(alone)]
    # ... or the date of the thing it is measured against
    for sentence in (
        "Ciara is the worst storm to hit the region since Storm Desmond in December 2015, which flooded homes.",
        "It was the first title for the club since its founding in 1901.",
        # further from its superlative, after a comma, or a superlative in "-iest"
        "Turnout was 72%, the lowest in a presidential run-off since 1969.",
        "He is the first president to win a second term in 20 years, since Jacques Chirac in 2002.",
        "It was the deadliest tornado in the state since 1966.",
        # what has not happened since
        "England have not won a major tournament since 1966.",
        "The river has never flooded since 1953.",
        # a change from a figure of a date
        "Turnout was 68%, up from 61% at the last election in 2019.",
        "Sales rose to $5 billion, compared with $4.2 billion in 2019.",
        "Listings raised $19 billion, a fraction of the $142 billion raised in 2021.",
        "The time each engine spends in the shop will rise to 300 days from 250 days in 2021.",
        "The city's growth, from about 5 million people in the 1990s to 20 million now, has outpaced its planners.",
        # ... a hedged one too
        "Turnout was 68%, up from roughly 61% in 2019.",
        "Foldables made up 5% of phone sales, up from about 1.5% last year.",
        "Turnout was 79.4%, slightly higher than four years ago.",
        "Net income was $1.2 billion, or 84 cents a share, compared with $1.36 billion, or 95 cents a share, a year earlier.",
        # a period forecast for dates no forecasting
        "The company cut its forecast for the fourth quarter and said it expects lower revenue.",
        # ... and what a thing is for
        "Registration for next year closed on 30 January.",
        "Plans for next year were announced on Monday.",
        "The budget for 2023 was approved on Monday.",
        "The budget for the fiscal year starting in April 2023 was approved on Monday.",
        "Tickets for the 2023 final went on sale on Monday.",
    ):
        assert all(e.when.start.year == 2022 for e in extract(article(sentence))), sentence
    # the day of the record is not a thing's date
    pound = article("The pound hit its weakest level against the dollar since March on Tuesday.")
    assert [e.when.value for e in extract(pound) if e.timex] == ["2022-02-08"]
    # a date after "since" that no record is measured against still dates
    assert [e.when.value for e in extract(article("She has lived in Paris since her marriage in 1990.")) if e.timex] == ["1990"]


@pytest.mark.parametrize(
    ("sentence", "aside_headline", "main_quote"),
    [
        ("The minister, who took office in 2019, resigned on Monday.", "The minister took office",
         "The minister, who took office in 2019, resigned on Monday."),
        ("Apple, which was founded in 1976, unveiled a new phone on Monday.", "Apple was founded",
         "Apple, which was founded in 1976, unveiled a new phone on Monday."),
        # the phrase the aside is about goes back past "of" to its head; "states" is no saying here
        ("He praised the treaty of the two states, which was signed in 2019, on Monday in Rome.",
         "The treaty of the two states was signed",
         "He praised the treaty of the two states, which was signed in 2019, on Monday in Rome."),
    ],
)  # fmt: skip
def test_a_date_in_an_aside_dates_the_aside(sentence: str, aside_headline: str, main_quote: str) -> None:
    events = [e for e in extract(article(sentence)) if e.timex is not None]
    aside = next(e for e in events if e.when.start.year in (1976, 2019))
    assert aside.headline == aside_headline
    main = next(e for e in events if e.when.start == D(2022, 2, 7))
    assert main.quote == main_quote


@pytest.mark.parametrize(
    ("sentence", "aside", "value", "main"),
    [
        ("Police arrested Smith, who fled in 2019.", "Smith fled", "2019", "Police arrested Smith"),
        ("Sales rose 5%, helped by the iPhone 13, which went on sale on 24 September.", "The iPhone 13 went on sale",
         "2021-09-24", "Sales rose 5%, helped by the iPhone 13"),
    ],
)  # fmt: skip
def test_a_closing_past_aside_dated_before_the_story_dates_only_itself(
    sentence: str, aside: str, value: str, main: str
) -> None:
    events = {e.headline: e for e in extract(article(sentence)) if e.sources[0].line == 4}
    assert events[aside].when.value == value
    assert events[main].timex is None


def test_a_closing_past_aside_of_the_storys_days_dates_its_main_clause() -> None:
    assert headlines_by_value("He echoed the view of the accord, which was announced Friday.") == {
        "2022-02-04": "He echoed the view of the accord, which was announced Friday"
    }


def test_an_apposition_with_a_dated_participle_is_an_aside() -> None:
    sentence = "He said Apple Intelligence, a set of AI features released on Monday in the US, would reach Europe in April."
    headlines = headlines_by_value(sentence)
    assert headlines["2022-02-07"] == "Apple Intelligence, a set of AI features released in the US"
    assert headlines["2022-04"] == "Apple Intelligence would reach Europe"


def test_the_words_a_superlative_is_measured_over_are_no_thing_an_aside_is_about() -> None:
    assert headlines_by_value("It comes after the warmest winter on record, which ended on 31 January.")[
        "2022-01-31"
    ] == "The warmest winter on record ended"


@pytest.mark.parametrize(
    ("sentences", "aside_headline", "aside_year", "main_headline"),
    [
        (["The party, which had led in polls until the summer, came second with 27%."],
         "The party had led in polls until the summer", 2021, "The party came second with 27%"),
        (["Smith, who joined the firm in 2015, said the plan would fail."],
         "Smith joined the firm", 2015, "Smith said the plan would fail"),
        # a name ending in "-ed" is no verb
        (["United, who last won the trophy in 2016, lost to Chelsea."],
         "United last won the trophy", 2016, "United lost to Chelsea"),
        (["Jobs, born in San Francisco in 1955, founded the company."],
         "Jobs was born in San Francisco", 1955, "Jobs founded the company"),
        (["The rules, passed in 2019, were dropped."], "The rules were passed", 2019, "The rules were dropped"),
        # an adverb before the participle
        (["The deal, first announced in 2019, was cleared."], "The deal was first announced", 2019, "The deal was cleared"),
        # the main clause's own verb tells its kind, not the aside's
        (["The company, which will hold its annual meeting next month, raised its outlook."],
         "The company will hold its annual meeting next month", 2022, "The company raised its outlook"),
        # no main clause goes on after the aside: the whole sentence keeps the date
        (["Holders will receive $3,500 a share at closing, which is expected in 2023, the firm said."],
         None, None, None),
    ],
)  # fmt: skip
def test_a_sentence_dated_only_in_an_aside_leaves_its_main_clause_to_context(
    sentences: list[str], aside_headline: str | None, aside_year: int | None, main_headline: str | None
) -> None:
    events = extract(article("The council met on Monday to vote on the budget.", *sentences))
    mine = [e for e in events if e.sources[0].line == 5]
    if aside_headline is None:
        assert len(mine) == 1
        return
    aside = next(e for e in mine if e.timex is not None)
    assert (aside.headline, aside.when.start.year) == (aside_headline, aside_year)
    main = next(e for e in mine if e.timex is None)
    assert main.headline == main_headline
    assert main.when.start == D(2022, 2, 7)  # the story's Monday, not the aside's date
    assert main.rule.startswith("inherit.")
    assert main.kind == Kind.OCCURRED


def test_an_adverb_of_the_main_verb_after_an_aside_leaves_the_main_clause_its_own() -> None:
    events = extract(article("The striker, who joined from Leeds in August 2021, now has 30 goals this season."))
    mine = {e.headline: e for e in events if e.sources[0].line == 4}
    assert set(mine) == {"The striker joined from Leeds", "The striker now has 30 goals this season"}
    assert mine["The striker joined from Leeds"].when.value == "2021-08"
    assert mine["The striker now has 30 goals this season"].kind == Kind.ONGOING


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Revenue grew 12% from a year earlier to $15.3 billion.", 2022),
        ("Sales fell to $85.7 million, from $93.3 million a year earlier.", 2022),
        ("Costs were higher than a year ago.", 2022),
        ("Sales grew 28% compared to the previous year.", 2022),
        # a quantity's "more than" is no comparison
        ("Visitors rose to more than 300,000 last year.", 2021),
    ],
)
def test_the_period_a_change_is_measured_from_dates_nothing(sentence: str, year: int) -> None:
    art = article(f"The company reported its results on Monday. {sentence}")
    event = one(art, sentence[:12])
    assert event.when.start.year == year, event.explanation


@pytest.mark.parametrize(
    "background",
    [
        "The country has been independent since 1901.",  # what has lasted since then
        "The bonds are due in 2030.",  # a maturity ahead, for a sentence telling the past
    ],
)
def test_a_past_sentence_does_not_inherit_a_background_date_of_its_paragraph(background: str) -> None:
    art = article("The council met on Monday to vote on the budget.", f"{background} The vote was close.")
    close = one(art, "The vote was close")
    assert close.when.start == D(2022, 2, 7), close.explanation


def test_the_words_an_aside_is_about_start_after_a_comma_between_words_not_in_a_number() -> None:
    art = article("The payout of $3,500 a share, which was set in 2021, rose on Monday.")
    aside = next(e for e in extract(art) if e.when.start.year == 2021)
    assert aside.headline == "The payout of $3,500 a share was set"


def test_a_headline_with_a_verb_before_to_tells_the_leads_news() -> None:
    art = article("Manchester United beat City 2-1 on Saturday to reach the final.", title="United beat City 2-1 to reach the final")
    title = next(e for e in extract(art) if e.sources[0].line == 1)
    assert title.when.start == D(2022, 2, 5)
    assert title.rule == "inherit.lead"
    # a headline that looks ahead tells no past news: it takes the plan the report opens with, if any
    plan = article("The firm cut its costs on Monday.", title="Apple to lower UK iTunes prices")
    assert next(e for e in extract(plan) if e.sources[0].line == 1).rule == "fallback.publication"
    plan = article("The firm will cut prices on Friday.", title="Apple to lower UK iTunes prices")
    assert next(e for e in extract(plan) if e.sources[0].line == 1).when.start == D(2022, 2, 11)
    # a verb that takes an object and "to" tells the act ("orders app stores to open up")
    act = article(
        "The regulator on Monday ordered app stores to allow rival payments, starting next month.",
        title="Regulator orders app stores to open up payments",
    )
    assert next(e for e in extract(act) if e.sources[0].line == 1).when.start == D(2022, 2, 7)


def test_a_headline_folds_an_aside_only_into_a_thing_not_a_clause() -> None:
    quote = "The dollar soared against the pound, which was at $1.5765 on Wednesday"
    start = quote.index("Wednesday")
    assert headline(quote, Span(start, start + len("Wednesday"))).startswith("The dollar soared against the pound, which")
    aside = "The minister, who took office in 2019"
    start = aside.index("2019")
    assert headline(aside, Span(start, start + 4)) == "The minister took office"


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # an aside dated on its own is an event of its own; the main clause's headline goes without it
        ("The bridge, which opened in 1932, was closed on Friday after cracks were found.",
         {"1932": "The bridge opened", "2022-02-04": "The bridge was closed after cracks were found"}),
        ("On Monday, the bridge, which opened in 1932, was closed.",
         {"1932": "The bridge opened", "2022-02-07": "The bridge was closed"}),
        # an object relative's thing comes after its verb
        ("The accord, which the two presidents signed in 2019, was broken on Friday.",
         {"2019": "The two presidents signed the accord", "2022-02-04": "The accord was broken"}),
        # what a "whose" aside tells is its owner's
        ("The minister, whose resignation was announced on Monday, will leave office in March.",
         {"2022-02-07": "The minister's resignation was announced", "2022-03": "The minister will leave office"}),
        ("The Smiths, whose house burned down in May 2021, were rehoused on Friday.",
         {"2021-05": "The Smiths' house burned down", "2022-02-04": "The Smiths were rehoused"}),
        # a participle that describes its noun keeps its date: without it, it would dangle
        ("A report published on Tuesday found that emissions rose.",
         {"2022-02-08": "A report published on Tuesday found that emissions rose"}),
        ("The report was published on Tuesday.", {"2022-02-08": "The report was published"}),
        # the main clause's date may be in the words the aside is about
        ("Net bookings for the third quarter, which ended on December 31, were about 720 million euros.",
         {"2021-Q3": "Net bookings were about 720 million euros", "2021-12-31": "The third quarter ended"}),
        # an aside about the object of "by", closed before the main clause goes on with its date
        ("The budget must be passed by parliament, which convenes in March, before the end of June.",
         {"2022-03": "Parliament convenes", "2022-06": "The budget must be passed by parliament"}),
        ("The bill was approved by the Senate, which voted on Monday, after a debate in January.",
         {"2022-02-07": "The Senate voted", "2022-01": "The bill was approved by the Senate after a debate"}),
        # a date with its year after a comma closes no aside
        ("Sales rose 5% in the quarter, which ended December 31, 2021.",
         {"2021-Q4": "Sales rose 5%", "2021-12-31": "The quarter ended December 31, 2021"}),
    ],
)  # fmt: skip
def test_headlines_of_a_sentence_with_an_aside(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines


@pytest.mark.parametrize(
    ("sentence", "aside_headline", "aside_value", "main_words"),
    [
        ("Analysts cut their forecasts for the company, which reports results on Thursday.",
         "The company reports results", "2022-02-10", "Analysts cut their forecasts"),
        ("Police arrested a man, who appears in court on Friday.", "A man appears in court", "2022-02-11",
         "Police arrested a man"),
        ("He praised the accord, which has lasted since 1998.", "The accord has lasted since 1998", "1998", "He praised"),
        # in what was said, too: the saying tells the main clause
        ("He said shoppers were spending carefully ahead of the holiday season, which starts on 25 February.",
         "The holiday season starts", "2022-02-25", "He said shoppers were spending"),
    ],
)  # fmt: skip
def test_a_present_aside_after_a_done_main_clause_dates_only_itself(
    sentence: str, aside_headline: str, aside_value: str, main_words: str
) -> None:
    events = [e for e in extract(article(sentence)) if e.sources[0].line == 4]
    assert [(e.headline, e.when.value) for e in events if e.timex is not None] == [(aside_headline, aside_value)]
    (main,) = (e for e in events if e.timex is None)
    assert main.headline.startswith(main_words)
    assert main.kind == Kind.OCCURRED


@pytest.mark.parametrize(
    ("sentence", "aside_headline", "aside_value", "main_headline"),
    [
        (("The announcement comes as Congress debates a $52bn package of aid for chip makers, which the Senate "
          "passed in June."), "The Senate passed a $52bn package of aid for chip makers", "2021-06",
         "The announcement comes as Congress debates a $52bn package of aid for chip makers"),
        ("The company is selling the unit, which it bought in 2019.", "It bought the unit", "2019",
         "The company is selling the unit"),
        # a possessive opens the noun phrase another does a thing to
        ("The phone uses a new port instead of Apple's own connector, which it introduced in 2012.",
         "It introduced Apple's own connector", "2012", "The phone uses a new port instead of Apple's own connector"),
    ],
)  # fmt: skip
def test_a_past_aside_after_a_present_main_clause_dates_only_itself(
    sentence: str, aside_headline: str, aside_value: str, main_headline: str
) -> None:
    events = [e for e in extract(article(sentence)) if e.sources[0].line == 4]
    assert [(e.headline, e.when.value) for e in events if e.timex is not None] == [(aside_headline, aside_value)]
    assert [e.headline for e in events if e.timex is None] == [main_headline]


@pytest.mark.parametrize(
    ("sentence", "relative", "value"),
    [
        (("A jury on Thursday found a former officer guilty over the death of a man who was restrained during an "
          "arrest in 2021."), "A man who was restrained during an arrest", "2021"),
        ("On Monday police arrested a woman who had fled the country in 2019.", "A woman who had fled the country",
         "2019"),
    ],
)  # fmt: skip
def test_a_relative_clause_with_a_date_of_its_own_dates_itself(sentence: str, relative: str, value: str) -> None:
    events = {e.headline: e.when.value for e in extract(article(sentence)) if e.timex is not None}
    assert events[relative] == value
    assert len(events) == 2 and value not in [v for h, v in events.items() if h != relative]


@pytest.mark.parametrize(
    ("sentence", "relative", "value", "main"),
    [
        # the main clause has just happened, goes on or is to come: the sentence's only date is the relative's
        ("The man who was arrested on Friday has been charged.", "The man who was arrested", "2022-02-04",
         "The man has been charged"),
        ("The jet that crashed last month near the airport is being examined.", "The jet that crashed last month near the airport",
         "2022-01", "The jet is being examined"),
        ("Police have charged a woman who fled the country in 2019.", "A woman who fled the country", "2019",
         "Police have charged a woman"),
        # ... or the relative clause is in the past perfect
        ("Police arrested a woman who had fled the country in 2019.", "A woman who had fled the country", "2019",
         "Police arrested a woman"),
    ],
)  # fmt: skip
def test_the_only_date_of_a_relative_clause_is_its_own(sentence: str, relative: str, value: str, main: str) -> None:
    events = {e.headline: e for e in extract(article(sentence)) if e.sources[0].line == 4}
    assert events[relative].when.value == value
    assert events[main].timex is None and events[main].when.value != value


def test_a_relative_clauses_date_stays_with_a_past_main_clause() -> None:
    # "killed" is of about the day the storm hit; an aside with commas is read as one
    assert headlines_by_value("The storm that hit on Friday killed 12 people.") == {
        "2022-02-04": "The storm that hit killed 12 people"
    }


def test_a_past_sentence_does_not_take_the_hour_of_a_plan_told_before_it() -> None:
    art = article(
        "Polls closed at 10pm on Monday.",
        "The new prime minister is expected to make a speech at about 1pm on Tuesday.",
        "Turnout was about 60%.",
    )
    assert one(art, "Turnout").when.value == "2022-02-07"  # the day of the polls closing, not its hour


def test_a_sports_season_named_by_its_place_takes_no_day_of_the_story() -> None:
    art = article(
        "The midfielder signed a five-year contract on Friday.",
        "The club finished second in the league last season, five points behind the champions.",
    )
    event = one(art, "last season")
    assert (event.when.start, event.rule) == (D(2022, 2, 8), "fallback.publication")


def test_the_story_goes_on_from_a_past_aside_that_ends_a_present_sentence() -> None:
    art = article("The government is pressing for the return of the boy, who was rescued on 25 November. His mother died at sea.")
    assert one(art, "His mother").when.value == "2021-11-25"


@pytest.mark.parametrize(
    ("sentence", "dated_words"),
    [
        # a plan's aside may say when it comes about; a past aside after a past clause dates it
        ("Apple said the phone will support the service, which goes live on 1 July.", "The phone will support"),
        ("The rebels seized the town, which was recaptured on Monday.", "The rebels seized the town"),
        # a "could" is no past, for want of any other verb
        ("The two players could meet again at the Open, which starts on 28 August.", "The two players could meet"),
    ],
)
def test_an_aside_at_the_end_may_date_its_main_clause(sentence: str, dated_words: str) -> None:
    events = [e for e in extract(article(sentence)) if e.sources[0].line == 4 and e.timex is not None]
    assert [e.headline[: len(dated_words)] for e in events] == [dated_words]


@pytest.mark.parametrize(
    ("sentence", "start", "end", "kind"),
    [
        ("Gas prices fell two cents a gallon over the last two weeks.", D(2022, 1, 25), D(2022, 2, 8), Kind.OCCURRED),
        ("We have changed the rules over the past 18 months.", D(2020, 8, 8), D(2022, 2, 8), Kind.ONGOING),
        ("The firm will hire 500 people over the next two years.", D(2022, 2, 8), D(2024, 2, 8), Kind.PLANNED),
    ],
)  # fmt: skip
def test_a_span_counted_from_publication_dates_its_clause(
    sentence: str, start: pendulum.Date, end: pendulum.Date, kind: Kind
) -> None:
    event = one(article(sentence), sentence[:12])
    assert (event.when.start, event.when.end, event.when.granularity) == (start, end, "range")
    assert event.kind == kind
    assert event.rule.startswith("span.")


@pytest.mark.parametrize(
    "sentence",
    [
        "He led the army in the last two years of the war.",  # another thing's years
        "It was the largest conference in the past 10 years.",  # a record is measured over them
        "It marked the third time that he has taken leave in the past 10 years.",
    ],
)
def test_a_span_that_is_not_the_clauses_time_dates_nothing(sentence: str) -> None:
    assert not one(article(sentence), sentence[:12]).rule.startswith("span.")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Analysts noted that over the past 20 years, Mr. Fournier has built his company.",
         "Analysts noted that Mr. Fournier has built his company"),
        ("In the past 20 months alone, the firm sold 300 units.", "The firm sold 300 units"),
        ("He would not be surprised if, over the next two years or so, the share rose to 30%.",
         "He would not be surprised if the share rose to 30%"),
        # a distance goes with its direction word; a subordinate clause follows its verb with no comma
        ("The war began on April 9. Two days later, the army launched an offensive.", "The army launched an offensive"),
        ("The case began in November 2020, when a developer went to the police.",
         "The case began when a developer went to the police"),
        # a bound is the news: "until" and "since" keep their date
        ("Fighting continued until shortly before midnight, when the truce took effect.",
         "Fighting continued until shortly before midnight, when the truce took effect"),
        ("He has been in custody since Aug. 3.", "He has been in custody since Aug. 3"),
        ("The city did not issue its advisory until late on Nov. 12.",
         "The city did not issue its advisory until late on Nov. 12"),
        ("A report is not expected before Christmas.", "A report is not expected before Christmas"),
        ("A third of the mains were laid before 1950.", "A third of the mains were laid before 1950"),
        # an apposition that names the date's day again goes with it
        ("Schools will stay closed on Monday, the first day of the new term.", "Schools will stay closed"),
        ("In January, a week after the anniversary of the court's decision, a bomb killed a guard.",
         "A week after the anniversary of the court's decision, a bomb killed a guard"),
        # a participle aside ("reached late on Thursday") dates itself; the main clause reads without it
        ("The deal, reached late on Thursday after three days of talks, calls for a halt to attacks.",
         "The deal was reached after three days of talks"),
        # a clause that is only a preposition's object reads as the object
        ("It was the second fire this month, after a blaze at a factory on Feb. 3.", "A blaze at a factory"),
        ("After retiring in 2019, she campaigned for donors.", "After retiring, she campaigned for donors"),
        # a saying with its own day before what was said goes from the headline of what was said
        ("The army said on Monday that rebels seized the town in December 2021.", "Rebels seized the town"),
        ("The army said on Monday that rebels seized the town in December 2021.",
         "The army said that rebels seized the town in December 2021"),
        # what a hearer was told starts after "that" ...
        ("The treasurer told the board that the club accepted $250,000 in 2019.", "The club accepted $250,000"),
        # ... but an allegation keeps who makes it
        ("Prosecutors told the jury that Miller accepted $250,000 in 2019.",
         "Prosecutors told the jury that Miller accepted $250,000"),
        ("The prosecutor, Jane Lloyd, told the jury that Miller accepted $250,000 in 2019.",
         "The prosecutor, Jane Lloyd, told the jury that Miller accepted $250,000"),
        # a clause cut after "and that" goes without the conjunction, but "that" of a noun stays
        ("A spokesman said the plan would be published in the spring and that £5m had been spent since November.",
         "£5m had been spent since November"),
        ("But that option grew less likely in the summer.", "That option grew less likely"),
        ("Prosecutors told the jury that Miller accepted $250,000 in 2019 and that he hid it.",
         "Prosecutors told the jury that Miller accepted $250,000 and that he hid it"),
        # a date alone in an aside between subject and verb takes both its commas along
        ("The last major outbreak in the state, in 2019, infected 120 people.",
         "The last major outbreak in the state infected 120 people"),
        # ... but not the comma that closed another aside
        ("It had a loss of $158,000, or 10 cents a share, in the third quarter, compared with a profit.",
         "It had a loss of $158,000, or 10 cents a share, compared with a profit"),
    ],
)  # fmt: skip
def test_headline_without_a_span_phrase(sentence: str, expected: str) -> None:
    assert expected in [e.headline for e in extract(article(sentence)) if e.sources[0].line == 4]


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # two dated verb phrases sharing a subject tell two things, each with the subject
        ("Costa was awarded the Order of Santiago in 1985 and received a doctorate from Oxford in 2001.",
         {"1985": "Costa was awarded the Order of Santiago", "2001": "Costa received a doctorate from Oxford"}),
        ("Shares rose 5% in March 2021 and fell 3% in April 2021.",
         {"2021-03": "Shares rose 5%", "2021-04": "Shares fell 3%"}),
        # a verb group of an auxiliary shares the subject too
        ("Coalition talks are expected to begin next week and could last until Christmas.",
         {"2022-W07": "Coalition talks are expected to begin next week",
          "2022-12-25": "Coalition talks could last until Christmas"}),
        # not a frame's subject, nor a phrase before the verb that is none
        ("It should be noted that sales tripled in 2004 and doubled in 2005.",
         {"2004": "It should be noted that sales tripled and doubled in 2005",
          "2005": "It should be noted that sales tripled in 2004 and doubled"}),
        # an adverb before the first verb is that verb's
        ("Samsung first showed a folding screen in 2013 but did not sell a folding phone until 2019.",
         {"2013": "Samsung first showed a folding screen", "2019": "Samsung did not sell a folding phone until 2019"}),
        # a long subject with an "of" phrase shares its head noun
        (("The trial of a former French interior minister accused of fraud opened on Monday and is expected to last "
          "until 31 March."),
         {"2022-02-07": "The trial of a former French interior minister accused of fraud opened",
          "2022-03-31": "The trial is expected to last until 31 March"}),
        # a subject with an apposition lends its noun; "uncrewed" after "an" is no verb
        ("Artemis I, an uncrewed test flight, launched on 16 November 2021 and splashed down in the Pacific in December.",
         {"2021-11-16": "Artemis I, an uncrewed test flight, launched",
          "2021-12": "Artemis I splashed down in the Pacific"}),
        ("Smith, a former banker, joined the board in 2019 and left it in 2021.",
         {"2019": "Smith, a former banker, joined the board", "2021": "Smith left it"}),
        # a passive first verb group lends its "was" to a participle that takes no object
        ("The festival was cancelled in 2020 and held in July the following year.",
         {"2020": "The festival was cancelled", "2021-07": "The festival was held"}),
        ("Shares were suspended on Monday and resumed trading on Tuesday.",
         {"2022-02-07": "Shares were suspended", "2022-02-08": "Shares resumed trading"}),
        ("He was arrested in 2019 and charged with fraud in 2020.",
         {"2019": "He was arrested", "2020": "He was charged with fraud"}),
        # a timetable's present shares its subject as a past does
        ("The race reaches the Alps on Sunday and concludes in Paris on July 24.",
         {"2022-02-13": "The race reaches the Alps", "2022-07-24": "The race concludes in Paris"}),
        # the subject shared after a saying is the one of its "that" clause
        ("His team said on Monday evening that he would start Wednesday's stage but would be assessed the following morning.",
         {"2022-02-07TEV": "His team said that he would start Wednesday's stage", "2022-02-09": "He would start Wednesday's stage",
          "2022-02-10": "He would be assessed the following morning"}),
        # a saying joined on has the sentence's subject, whatever clause came between
        ("It repeated its hope that most homes would be reconnected by tonight but warned that some might wait until Friday.",
         {"2022-02-08TNI": "It repeated its hope that most homes would be reconnected",
          "2022-02-11": "It warned that some might wait until Friday"}),
        # ... but not to a verb group with an auxiliary of its own
        ("The disease was first reported in 2014 and has since spread 300 miles, reaching the keys in 2019.",
         {"2014": "The disease was first reported", "2019": "The disease has since spread 300 miles, reaching the keys"}),
        # a verb in an aside of the subject is not the first verb group's
        ("The embankment, which housed a navigation aid, was built in 1999 and reinforced with concrete in 2020.",
         {"1999": "The embankment, which housed a navigation aid, was built",
          "2020": "The embankment, which housed a navigation aid, was reinforced with concrete"}),
        ("According to sources quoted by the paper, he fled in June 1998 and returned later that year.",
         {"1998-06": "He fled and returned later that year", "1998": "He fled in June 1998 and returned later that year"}),
    ],
)  # fmt: skip
def test_verb_phrases_sharing_a_subject(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # the words after "and" stand for as many before the first date, after the same head
        ("She won gold in 2012 and silver in 2016.", {"2012": "She won gold", "2016": "She won silver"}),
        ("The firm opened plants in Ohio in 2018 and in Texas in 2021.",
         {"2018": "The firm opened plants in Ohio", "2021": "The firm opened plants in Texas"}),
        # another preposition, and a second date with none
        ("The musical opened in London in April 2018 and on Broadway the next year.",
         {"2018-04": "The musical opened in London", "2019": "The musical opened on Broadway the next year"}),
        ("The storm was the third this season, after Storm Agnes in September 2021 and Storm Babet in October 2021.",
         {"2021-09": "Storm Agnes", "2021-10": "Storm Babet"}),
        # "again" stands for all of it
        ("The bank cut rates in March 2021 and again in June 2021.",
         {"2021-03": "The bank cut rates", "2021-06": "The bank cut rates again"}),
        # one thing done twice; and a clause of its own after the second date
        ("The party won elections in 2015 and in 2019.", {"2015": "The party won elections", "2019": "The party won elections"}),
        ("He started the firm in 1976, and in 1984 its first computer was released.",
         {"1976": "He started the firm", "1984": "Its first computer was released"}),
        # a first date with no preposition: the second's stands for nothing
        ("The bank raised rates last year and again in March.",
         {"2021": "The bank raised rates last year", "2022-03": "The bank raised rates again"}),
        ("The firm lost $3.1 billion last year and $600 million in the first three months of 2022.",
         {"2021": "The firm lost $3.1 billion last year", "P3M/2022": "The firm lost $600 million"}),
        # a noun phrase stands for the one its determiner opens, however many words each has
        ("Swells will reach the Lesser Antilles on Friday and the Bahamas by Sunday.",
         {"2022-02-11": "Swells will reach the Lesser Antilles", "2022-02-13": "Swells will reach the Bahamas"}),
        ("He visited the new Paris plant in May 2021 and the site in June 2021.",
         {"2021-05": "He visited the new Paris plant", "2021-06": "He visited the site"}),
    ],
)  # fmt: skip
def test_words_after_and_that_stand_for_those_before_the_first_date(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines


def test_a_headline_whose_only_date_is_the_year_of_its_lead_tells_the_lead() -> None:
    art = article("Spain beat England 2-1 in the final in Berlin on Sunday.", title="Spain beat England to win Euro 2022 final")
    title = next(e for e in extract(art) if e.sources[0].line == 1)
    assert (title.when.start, title.rule) == (D(2022, 2, 6), "inherit.lead")
    # a year that does not hold the lead's day is the headline's own
    art = article("Spain beat England 2-1 in the final in Berlin on Sunday.", title="Spain last won a final in 2012")
    title = next(e for e in extract(art) if e.sources[0].line == 1)
    assert (title.when.value, title.rule) == ("2012", "year")
    # ... but one before a noun names which thing, and the news is the lead's
    art = article("Spain beat England 2-1 in the final in Berlin on Sunday.", title="Spain avenge their 2012 defeat")
    title = next(e for e in extract(art) if e.sources[0].line == 1)
    assert (title.when.start, title.rule) == (D(2022, 2, 6), "inherit.lead")
    # ... unless it names an edition of an event: which one, not when
    art = article("Tickets sold out in 35 minutes on Sunday morning.", title="Glastonbury 2023 sells out in 35 minutes")
    title = next(e for e in extract(art) if e.sources[0].line == 1)
    assert (title.when.value, title.rule) == ("2022-02-06TMO", "inherit.lead")
    # a title's capitals on a preposition are no name
    art = article("The shares fell on Monday.", title="Acme Sales Slump In 2021")
    title = next(e for e in extract(art) if e.sources[0].line == 1)
    assert (title.when.value, title.rule) == ("2021", "year")


def test_the_lead_is_the_main_clauses_day_not_its_asides() -> None:
    art = article(
        "Maria Costa, who performed the first heart transplant in 1971, died on Saturday. She was 91.",
        title="Surgeon Maria Costa dies at 91",
    )
    title = next(e for e in extract(art) if e.sources[0].line == 1)
    assert (title.when.start, title.rule) == (D(2022, 2, 5), "inherit.lead")


@pytest.mark.parametrize(
    ("sentence", "headlines"),
    [
        # a participle phrase opening the sentence is told of the main clause's subject
        ("Born in Porto in 1927, she studied medicine in Coimbra and trained in London in the 1950s.",
         {"1927": "She was born in Porto", "195": "She studied medicine in Coimbra and trained in London"}),
        ("Elected in 2019, the president has promised reforms.",
         {"2019": "The president was elected", "2022-02-08": "The president has promised reforms"}),
        ("Signed in 1992, the treaties created the union.",
         {"1992": "The treaties were signed", "2022-02-08": "The treaties created the union"}),
        # a name after the participle, a place with its state
        ("Born Mary Jones on 3 May 1941 in Dayton, Ohio, she began singing in the 1960s.",
         {"1941-05-03": "She was born Mary Jones in Dayton, Ohio", "196": "She began singing"}),
    ],
)  # fmt: skip
def test_a_participle_phrase_opening_a_sentence(sentence: str, headlines: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == headlines


def test_an_aside_closed_before_a_short_tail_of_its_main_clause() -> None:
    events = extract(article("City won their fifth game and lead Arsenal, who drew 0-0 on Saturday, by two points."))
    mine = {e.headline: e.when.value for e in events if e.sources[0].line == 4}
    assert mine["Arsenal drew 0-0"] == "2022-02-05"
    assert "City won their fifth game and lead Arsenal by two points" in mine


@pytest.mark.parametrize(
    ("sentence", "value", "start", "end", "headline"),
    [
        ("Net profit rose 40% to $2.1 billion in the three months to Jan. 31.", "P3M/2022-01-31",
         D(2021, 11, 1), D(2022, 1, 31), "Net profit rose 40% to $2.1 billion"),
        ("For the year ended Sept. 30, 2021, the company earned $422 million.", "P1Y/2021-09-30",
         D(2020, 10, 1), D(2021, 9, 30), "The company earned $422 million"),
        ("It expects net income in the year ending June 30, 2022, to fall below estimates.", "P1Y/2022-06-30",
         D(2021, 7, 1), D(2022, 6, 30), "It expects net income to fall below estimates"),
        # a period named by its unit alone
        ("Covid cases across the country rose 3.5% in the week to Sunday.", "P1W/2022-02-06",
         D(2022, 1, 31), D(2022, 2, 6), "Covid cases across the country rose 3.5%"),
    ],
)  # fmt: skip
def test_a_period_ending_on_a_named_day(
    sentence: str, value: str, start: pendulum.Date, end: pendulum.Date, headline: str
) -> None:
    event = one(article(sentence), sentence[:12])
    assert (event.when.value, event.when.start, event.when.end, event.rule) == (value, start, end, "span.ending")
    assert event.headline == headline


def test_a_period_with_its_end_told_is_the_period() -> None:
    sentence = "Net income in the quarter ended Dec. 31 was $1.2 billion, up 8%."
    assert headlines_by_value(sentence) == {"2021-Q4": "Net income was $1.2 billion, up 8%"}


@pytest.mark.parametrize(
    ("sentence", "value", "start", "end"),
    [
        ("In the first nine months of 2021, net income rose 10 percent to $4 million.", "P9M/2021",
         D(2021, 1, 1), D(2021, 9, 30)),
        ("Exports fell sharply in the last three months of last year.", "P3M/2021", D(2021, 10, 1), D(2021, 12, 31)),
        ("In the final two weeks of January, sales of heaters doubled.", "P2W/2022-01", D(2022, 1, 18), D(2022, 1, 31)),
    ],
)  # fmt: skip
def test_the_first_or_last_part_of_a_named_period(
    sentence: str, value: str, start: pendulum.Date, end: pendulum.Date
) -> None:
    event = one(article(sentence), sentence[:12])
    assert (event.when.value, event.when.start, event.when.end, event.rule) == (value, start, end, "span.part")


def test_a_part_longer_than_its_period_is_no_part_of_it() -> None:
    event = one(article("The firm earned $5 million in the first 18 months of 2021."), "The firm")
    assert (event.when.value, event.rule) == ("2021", "year")


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("If convicted, Miller faces up to 20 years in prison.", Kind.PLANNED),
        ("If the appeal fails, the boy would be sent home.", Kind.PLANNED),
        # a condition with a standing truth after it
        ("If you take away the outside influences, the market looks cheap.", Kind.ONGOING),
    ],
)
def test_what_a_condition_leads_to_is_yet_to_come(sentence: str, kind: Kind) -> None:
    assert one(article(sentence), sentence[:12]).kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank raised its rate on Monday, its fifth increase since March.",
        "Rates rose for the fifth time this year on Monday.",
        "The province declared a state of emergency on Monday, its second this winter.",
        # a figure forecast for a date
        "On Monday, analysts raised their forecast for Brent to $95 a barrel by December.",
        "The bank on Monday cut its target for the index to 4,000 by the end of the year.",
        # a record measured against a thing of a date
        "The recall on Monday was the largest yet, surpassing one of 363,000 cars in December.",
        # a thing after a preposition, dated by its participle
        "On Monday the group cut output again, including a 2% cut agreed in October.",
    ],
)
def test_a_count_since_or_within_a_span_dates_nothing(sentence: str) -> None:
    assert one(article(sentence), sentence[:12]).when.value == "2022-02-07"


def test_a_plain_past_verb_starts_a_shared_verb_group() -> None:
    events = extract(article("Inflation hit 10% in January and is forecast to peak at 11% by the end of the year."))
    assert "Inflation is forecast to peak at 11%" in [e.headline for e in events]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year or a decade that describes a thing, after an adjective or "a"
        ("A judge on Monday blocked the demolition of the Regal, a shuttered 1928 movie palace.",
         {"2022-02-07": "A judge blocked the demolition of the Regal, a shuttered 1928 movie palace"}),
        ('The engineer told local radio on Friday: "This is a complex fire in a 1960s building."',
         {"2022-02-04": 'The engineer told local radio: "This is a complex fire in a 1960s building"'}),
        # a day owning a thing the sentence tells another happening against
        ("The station was briefly closed on Sunday evening because of a fault unrelated to today's outage.",
         {"2022-02-06TEV": "The station was briefly closed because of a fault unrelated to today's outage"}),
    ],
)  # fmt: skip
def test_a_date_that_describes_a_thing_makes_no_event_of_its_own(sentence: str, expected: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plan told of the subject between commas is the aside's; the main clause takes its day from context
        ("The festival's final day, due to take place on Sunday, has been cancelled.",
         {"2022-02-13": "The festival's final day was due to take place", "2022-02-08": "The festival's final day has been cancelled"}),
        ("The vote, scheduled to take place on Thursday, was postponed.",
         {"2022-02-10": "The vote was scheduled to take place", "2022-02-08": "The vote was postponed"}),
        # ... as is a rank the subject held
        ("Jonas Vingegaard, second overall last year, had to change bikes twice.",
         {"2021": "Jonas Vingegaard was second overall last year", "2022-02-08": "Jonas Vingegaard had to change bikes twice"}),
    ],
)  # fmt: skip
def test_an_apposition_with_its_own_date_does_not_date_the_main_clause(sentence: str, expected: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == expected


@pytest.mark.parametrize(
    "credit",
    [
        "(Reporting by Jim Carver in Hartwell; Editing by Leslie Adler)",
        "Reporting by Jim Carver; additional reporting by Ann Lee in Paris; Editing by Leslie Adler",
    ],
)
def test_a_wire_reports_credit_line_is_no_event(credit: str) -> None:
    art = article("The council met on Monday to discuss the budget.", credit)
    assert [e.sources[0].line for e in extract(art) if e.sources[0].line >= 4] == [4]
    # ... but a sentence that starts as one does is news
    art = article("Research by scientists in Oslo showed the ice retreated in 2019.")
    assert [e.when.value for e in extract(art) if e.sources[0].line == 4] == ["2019"]


@pytest.mark.parametrize("now", ["Pogacar now sits fourth overall.", "For now, the young corals sit under blue lights."])
def test_what_is_so_now_is_ongoing_at_publication_after_a_dated_saying(now: str) -> None:
    art = article("His team said on Monday evening that he was fine.", now)
    event = one(art, now[:12])
    assert (event.kind, event.when.start) == (Kind.ONGOING, D(2022, 2, 8))


def test_a_written_finding_is_a_saying_of_the_story_and_what_it_says_has_its_own_date() -> None:
    art = article(
        "A judge on Monday blocked the demolition of the theatre.",
        "In a 14-page ruling, the judge wrote that the commission erred when it voted on Sept. 8 to allow it.",
    )
    assert headlines_of(art, 5) == {
        "2022-02-07": "In a 14-page ruling, the judge wrote that the commission erred when it voted on Sept. 8…",
        # (a finding keeps who found it, lest the timeline state an opinion as done)
        "2021-09-08": "The judge wrote that the commission erred when it voted to allow it",
    }
    # ... but a verb that takes an object says nothing without "that"
    art = article("She wrote a letter to the board in March.", "He admitted the charge in court on Friday.")
    assert headlines_of(art, 4) == {"2021-03": "She wrote a letter to the board"}
    assert headlines_of(art, 5) == {"2022-02-04": "He admitted the charge in court"}


def headlines_of(art: Article, line: int) -> dict[str, str]:
    return {e.when.value: e.headline for e in extract(art) if e.sources[0].line == line}


def test_an_aside_after_an_age_is_about_the_person_named_before_it() -> None:
    art = article('"We will be back here the day after the hearing," said Elena Ruiz, 58, who saw her first movie at the '
                  "Regal in 1974.")
    assert headlines_of(art, 4)["1974"] == "Elena Ruiz saw her first movie at the Regal"
    # ... and alone, the date of the speaker's description is not the saying's, but the description's own event
    art = article('"We will keep coming back here," said Elena Ruiz, 58, who saw her first movie at the Regal in 1974.')
    assert headlines_of(art, 4) == {"2022-02-08": "We will keep coming back here", "1974": "Elena Ruiz saw her first movie at the Regal"}
    art = article('"Costs are running away from them," said analyst Alex Paterson, who cut his target price on Monday.')
    assert headlines_of(art, 4) == {"2022-02-08": "Costs are running away from them", "2022-02-07": "Alex Paterson cut his target price"}
    art = article("Police arrested John Smith, 34, who moved to the town in 2019.")
    assert headlines_of(art, 4)["2019"] == "John Smith moved to the town"


@pytest.mark.parametrize("who", ["O'Neil", "O\u2019Neil", "Smith-Jones", "Jean D'Arcy"])
def test_a_name_with_an_apostrophe_or_a_hyphen_is_all_the_attribution(who: str) -> None:
    assert headline(f"The first corals could be planted on the reef in 2021, {who} said.") == (
        "The first corals could be planted on the reef in 2021"
    )


def test_a_second_thing_said_after_and_that_has_the_date_and_the_first_is_said_of_the_saying() -> None:
    art = article("The minister said the talks had failed and that new elections would be held in March.")
    assert sorted((e.when.value, e.headline) for e in extract(art) if e.sources[0].line == 4) == [
        ("2022-02-08", "The minister said the talks had failed and that new elections would be held in March"),
        ("2022-02-08", "The talks had failed"),
        ("2022-03", "New elections would be held"),
    ]
    # ... and a second thing said after the date is said as of the saying
    art = article("Officials said a letter would go to parents on Friday, and that surgeries would open late on weekdays.")
    assert sorted((e.when.value, e.headline) for e in extract(art) if e.sources[0].line == 4) == [
        ("2022-02-08", "Officials said a letter would go to parents on Friday, and that surgeries would open…"),
        ("2022-02-08", "Surgeries would open late on weekdays"),
        ("2022-02-11", "A letter would go to parents"),
    ]
    events = {e.headline: e for e in extract(article("A spokesman says 41,000 homes are still without power and that "
                                                     "most should be reconnected by midnight."))}
    assert events["41,000 homes are still without power"].kind == Kind.ONGOING
    reconnected = events["Most should be reconnected"]
    assert (reconnected.when.value, reconnected.kind) == ("2022-02-08T24:00", Kind.PLANNED)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The firm plans to open a plant in 2024 and hire 500 workers in 2025.",
         {"2024": "The firm plans to open a plant", "2025": "The firm plans to hire 500 workers"}),
        ("The developer expected to break ground in 2024 and finish the tower in 2025.",
         {"2024": "The developer expected to break ground", "2025": "The developer expected to finish the tower"}),
    ],
)  # fmt: skip
def test_two_infinitives_after_one_verb_each_keep_the_to(sentence: str, expected: dict[str, str]) -> None:
    assert headlines_by_value(sentence) == expected


def test_what_came_before_a_plan_is_not_of_the_plans_day() -> None:
    art = article(
        "A judge on Monday blocked the demolition of the theatre.",
        "The judge granted the order hours before crews were scheduled to begin work on Wednesday morning.",
    )
    assert sorted(headlines_of(art, 5).items()) == [
        ("2022-02-07", "The judge granted the order"),
        ("2022-02-09TMO", "Crews were scheduled to begin work"),
    ]
    # ... and the distance goes with its clause when the main clause is to come
    assert headlines_by_value("The strike will go ahead days after talks broke down on Friday.") == {
        "2022-02-08": "The strike will go ahead", "2022-02-04": "Talks broke down"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # the clause a sentence's only date is in tells its kind, when "and" gives it a subject of its own
        ("Engineers have been working since dawn and it hopes to restore supplies to most homes by 8pm.", Kind.PLANNED),
        ("The plant has been shut for a month and it will reopen on Monday.", Kind.PLANNED),
        # ... after a saying with its own day, the words after its "that"; a past form after a modal is a base form
        ("Lindqvist said on Monday that she would not seek a pay rise this year.", Kind.PLANNED),
        ("The firm said on Monday that it would cut 500 jobs this year.", Kind.PLANNED),
        # ... and "would be" with a participle looks ahead
        ("The takeover would be followed by a restructuring of the unit.", Kind.PLANNED),
    ],
)
def test_the_kind_of_a_date_is_its_clauses(sentence: str, kind: Kind) -> None:
    (event,) = [e for e in extract(article(sentence)) if e.sources[0].line == 4 and e.when.value != "2022-02-07"]
    assert event.kind == kind


def test_an_instruction_to_a_hearer_is_one_event_of_its_day() -> None:
    assert headlines_by_value("The rail operator has told passengers not to travel north of York today.") == {
        "2022-02-08": "The rail operator has told passengers not to travel north of York today"}


def test_who_is_about_the_person_a_noun_phrase_names_not_its_prepositions_object() -> None:
    art = article("The adviser on ministers' interests, who is expected to decide by Friday, declined to comment.")
    assert headlines_of(art, 4) == {
        "2022-02-11": "The adviser on ministers' interests is expected to decide",
        "2022-02-08": "The adviser on ministers' interests declined to comment",
    }


def test_a_part_of_which_is_a_part_of_them_and_no_rank() -> None:
    art = article("It placed an order for 60 jets in 2019, the first of which arrived on Monday.")
    assert headlines_of(art, 4)["2022-02-07"].startswith("The first of them arrived")


def test_what_happens_as_a_rule_is_so_at_publication_and_no_distance_from_a_date() -> None:
    art = article(
        "Officials said £5m had been made available to councils since November.",
        "Symptoms usually appear 10 to 12 days after infection, followed three or four days later by a rash.",
    )
    event = one(art, "Symptoms")
    assert (event.when.value, event.kind) == ("2022-02-08", Kind.ONGOING)
