"""The rule table: which words are a time expression, as data.

Each rule has a name (reported with every result), a pattern (a regex over the text, where `{NAME}`
stands for a word list from `lexicon` and a space matches any run of whitespace), the TIMEX3 type it
usually yields, the name of the normaliser in `resolve` that computes the value, the words it can start
with (the scanner only tries a rule where one of those words stands), and examples that the test-suite
checks: (sentence, expected value), resolved against a publication date of Tuesday 8 February 2022
unless a third element gives another.

Spans follow TimeML: leading prepositions stay out ("on Monday" -> "Monday"), determiners and
modifiers stay in ("the third quarter", "early December", "nearly two weeks ago").

Patterns are matched against lower-cased text first (fast), then the winning rule again, ignoring case,
against the text itself to read its groups: so literals in patterns are written in lower case.
"""

from __future__ import annotations

import attrs

Example = tuple[str, str] | tuple[str, str, str]

_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR_TOLD = (
    r"(?:(?:,(?= (?:this|last|next) year(?:[.,;:!?)\"\u201d]|$)))? (?:of )?"
    r"(?P<ty>that|the same|the following|the next|the previous|this|last|next) year(?!['\u2019]s))?"
)
"""A year told after a day: by the date before it ("on 23 March that year", "Dec. 3 the following year") or
by publication ("on 5 March last year", "March 1, next year"); not "March 5 this year's ..." (a year's thing)."""
_YEAR = r"(?:1[6-9]\d\d|20\d\d)(?!\d|[,.]\d)"
_NUM = r"(?:\d+(?:\.\d+)?|{NUMWORD})"
# Hedges the corpora keep inside the expression; "about", "over", "at least" mostly stay out.
_APPROX = r"(?:(?P<approx>almost|nearly|more than|less than|roughly|approximately|around) )?"
_QUANT = rf"(?P<q>{_NUM}|an?|several|a few|few|some|many|a couple of|couple of|a number of)(?P<half> 1/2)?"
# A period's part told before it ("the end of the first quarter", "early in the 1990s"): TimeML keeps it
# in the expression, as the modifier of the period; its normaliser reads it (`dates.with_lead`).
# A time zone after a clock time stays in the expression ("5 p.m. EST", "9:40 local time").
_TZ = (
    r"(?:(?:gmt|utc|bst|ist|cet|cest|eet|eest|msk|jst|kst|hkt|sgt|wib|sast|awst|acst|acdt|aest|aedt|nzst|nzdt"
    r"|[ecmp][sd]t|ak[sd]t|hst|et|ct|pt|mt)\b|(?:local|eastern|central|mountain|pacific|atlantic|moscow|beijing)"
    r"(?: standard| daylight)? time)"
)
"""Named zones one by one: any four letters ending in "t" would take "10 p.m. last night" for a zone."""
_PART_OF_DAY = r"(?:morning|afternoon|evening|night)"
_CLOCK_DAY = (
    r"(?:,? (?:on )?(?P<when>{WEEKDAY}|today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening)|"
    r"(?P<month>{MONTH}) (?P<day>" + _DAYNUM + r")|(?P<day2>" + _DAYNUM + r") (?:of )?(?P<month2>{MONTH}))"
    r"(?:(?<=day|row) " + _PART_OF_DAY + r"\b)?)?"
)
"""The day told after a clock time ("at 5pm on Friday", "at 19:00 BST on 1 September", "10 p.m. last night")."""
_LEAD = r"(?:(?P<lead>the (?:end|beginning|start|middle) of|early in|late in) (?=the ))?"


@attrs.frozen
class Rule:
    name: str
    pattern: str
    type: str
    norm: str
    starts: str
    """Space-separated words (lower case) or {LEXICON} names that the expression can begin with; # = a
    number, #N = a number of N digits only (a year's rules are not tried at "15" or "1.5", nor a day's at
    "1998": tests/test_timex_digit_starts.py reads each pattern to check that none can start otherwise)."""
    examples: tuple[Example, ...]


def _r(name: str, pattern: str, type_: str, norm: str, starts: str, *examples: Example) -> Rule:
    return Rule(name, pattern, type_, norm, starts, examples)


RULES: tuple[Rule, ...] = (
    # ---- explicit calendar dates ----------------------------------------------------------------
    _r(
        "iso_date",
        r"(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?!\d)",
        "DATE",
        "ymd",
        "#4",
        ("Jump to 2022-02-20 please.", "2022-02-20"),
    ),
    _r(
        "slash_date",
        r"(?P<month>1[0-2]|0?[1-9])/(?P<day>[12]\d|3[01]|0?[1-9])/(?P<year>\d{4}|\d\d)(?![\d/])",
        "DATE",
        "ymd",
        "#1 #2",
        ("The form was signed on 2/14/2021.", "2021-02-14"),
    ),
    # Dots are the European day.month.year ("08.02.2022"); American dates are written with slashes.
    _r(
        "dotted_date",
        r"(?<![\d.])(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\.(?P<year>(?:1[6-9]|20)\d\d)(?![\d.]\d|\d)",
        "DATE",
        "ymd",
        "#1 #2",
        ("The bill passed on 08.02.2022.", "2022-02-08"),
    ),
    # A day above 12 first can only be day/month/year ("20/02/2022").
    _r(
        "slash_date_dmy",
        r"(?P<day>1[3-9]|2\d|3[01])/(?P<month>1[0-2]|0?[1-9])/(?P<year>\d{4})(?![\d/])",
        "DATE",
        "ymd",
        "#2",
        ("Filed on 20/02/2022 in Paris.", "2022-02-20"),
    ),
    _r(
        "iso_month",
        r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])(?![\d-])",
        "DATE",
        "ym",
        "#4",
        ("Figures for 2021-11 are due.", "2021-11"),
    ),
    _r(
        "iso_week",
        r"(?P<year>\d{4})-w(?P<week>0[1-9]|[1-4]\d|5[0-3])(?:-(?P<we>we))?(?![\d-])",
        "DATE",
        "iso_week",
        "#4",
        ("The plan covers 2022-W06.", "2022-W06"),
        ("Rallies on 2022-W05-WE.", "2022-W05-WE"),
    ),
    _r(
        "month_day_year",
        rf"(?:(?P<wd>{{WEEKDAY}}),? )?(?P<month>{{MONTH}}) (?P<day>{_DAYNUM}),? (?P<year>{_YEAR})",
        "DATE",
        "ymd",
        "{WEEKDAY} {MONTH}",
        ("The plant opened on March 5, 1999.", "1999-03-05"),
        ("It closed Monday, Oct. 4, 2021, for repairs.", "2021-10-04"),
    ),
    _r(
        "day_month_year",
        rf"(?:(?P<wd>{{WEEKDAY}}),? )?(?P<day>{_DAYNUM}) (?:of )?(?P<month>{{MONTH}}),? (?P<year>{_YEAR})",
        "DATE",
        "ymd",
        "{WEEKDAY} #1 #2",
        ("She was born on 3 June 1975.", "1975-06-03"),
    ),
    _r(
        "month_day",
        rf"(?:(?P<wd>{{WEEKDAY}}),? )?(?P<month>{{MONTH}}) (?P<day>{_DAYNUM})(?![\d:.,]\d){_YEAR_TOLD}",
        "DATE",
        "month_day",
        "{WEEKDAY} {MONTH}",
        ("The vote was held on Feb. 3.", "2022-02-03"),
        ("The talks will resume on March 14.", "2022-03-14"),
        ("Payment is due Dec. 15.", "2022-12-15", "2022-11-02"),
        ("The plant opened in 2015 and closed on Dec. 3 the following year.", "2016-12-03"),
        ("The plant closed Dec. 15.", "2021-12-15", "2022-02-08"),
        ("The deal closed on Friday, March 5, last year.", "2021-03-05"),
    ),
    # "on the 8th": a day of a month the sentence names or of the one around publication.
    _r(
        "ordinal_day",
        r"(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?! (?:of )?{MONTH}\b)"
        r"(?=\s*(?:[.,;:!?)\"'\u201d]|$|and\b|or\b|to\b|through\b|if\b|unless\b|when\b|but\b|after\b|before\b))",
        "DATE",
        "ordinal_day",
        "#1 #2",
        ("She was appointed on the 8th.", "2022-02-08"),
        ("The fund will close on the 20th.", "2022-02-20"),
        ("In March 2019 he fell ill and died on the 9th.", "2019-03-09"),
        ("Workers walk out on March 9, and again on the 16th if no deal is reached.", "2022-03-16"),
    ),
    # The second day of "April 24 and 25" or "March 3-5": the month and year of the date just before;
    # the first of "12-15 July": those of the date just after.
    _r(
        "range_day",
        rf"(?P<day>{_DAYNUM})(?![\d:.,]\d)",
        "DATE",
        "range_day",
        "#1 #2",
        ("The summit is on April 24 and 25.", "2022-04-25"),
        ("Talks ran March 3-5 in Geneva.", "2022-03-05", "2022-03-20"),
        ("The festival ran 12-15 July.", "2021-07-12"),
        ("Talks were held on 12 and 13 March 2021.", "2021-03-12"),
    ),
    # The second year of "1995-98" or "the 2021/22 season": a year of the century of the one just before.
    _r(
        "range_year_end",
        r"(?P<end>\d\d)(?![\d:.,%]\d|\d|%|-)",
        "DATE",
        "range_year_end",
        "#2",
        ("He was mayor in 1995-98.", "1998"),
        ("The 2021-22 season ended in May.", "2022"),
        ("Exports doubled in 2019/20 as prices rose.", "2020"),
        ("The FY2023/24 budget was cut.", "2024"),
        ("Sales rose in FY23/24.", "2024"),
    ),
    _r(
        "day_month",
        rf"(?:(?P<wd>{{WEEKDAY}}),? )?(?P<day>{_DAYNUM}) (?:of )?(?P<month>{{MONTH}})(?! \d){_YEAR_TOLD}",
        "DATE",
        "month_day",
        "{WEEKDAY} #1 #2",
        ("The drills will be over on 20 February.", "2022-02-20"),
        ("20 feb", "2022-02-20"),
        ("He arrived on the 2nd of February.", "2022-02-02"),
        ("Restrictions began in March 2020 and a lockdown followed on 23 March that year.", "2020-03-23"),
        ("The referendum was held on 5 March last year.", "2021-03-05"),
        ("The line will open on 1 June next year.", "2023-06-01"),
    ),
    _r(
        "month_year",
        rf"(?P<month>{{MONTH}}),? (?:of )?(?P<year>{_YEAR})",
        "DATE",
        "ym",
        "{MONTH}",
        ("Prices peaked in August 1998.", "1998-08"),
        ("feb 2022", "2022-02"),
    ),
    _r(
        "month_rel_year",
        r"(?P<month>{MONTH}) (?:of )?(?P<rel>this|last|next|that|the same|the following|the previous) year",
        "DATE",
        "month_rel_year",
        "{MONTH}",
        ("He resigned in January this year.", "2022-01"),
        # counted from the year told before
        ("The war began in 1939. Rationing started in January the following year.", "1940-01"),
    ),
    _r(
        "mod_month",
        # "end-December", "end-2030": the British business writing of "the end of"
        rf"(?P<mod>early|mid|late|end(?=-)|the beginning of|the start of|the end of|the middle of)(?:-| )"
        rf"(?P<month>{{MONTH}})(?:,? (?P<year>{_YEAR})| (?:of )?(?P<ryear>this|last|next) year)?",
        "DATE",
        "month",
        "early mid late end the",
        ("The strike began in early December.", "2021-12"),
        ("Debt stood at $5bn at end-December.", "2021-12"),
        ("Parliament voted in early October this year.", "2022-10", "2022-12-03"),
        ("Results are expected in mid-March.", "2022-03"),
        ("Output fell in late November 1998.", "1998-11"),
    ),
    _r(
        "rel_month",
        r"(?P<rel>last|this|next|this past|past) (?P<month>{MONTH})(?!\.? \d)",
        "DATE",
        "month",
        "last this next past",
        ("The company was sold last April.", "2021-04"),
        ("The election is due this September.", "2022-09"),
    ),
    _r(
        "month",
        # "January-March": a range's first month before a hyphen
        r"(?P<month>{MONTH})(?!-(?!{MONTH}\b)|\.? \d)",
        "DATE",
        "month",
        "{MONTH}",
        ("Sales rose in January.", "2022-01"),
        ("Sales rose sharply in October.", "2021-10"),
        ("The plan will take effect in April.", "2022-04"),
        # a range's first month, in the year of its second
        ("Exports rose 4% in January-March.", "2022-01", "2022-05-10"),
    ),
    # ---- years, decades, centuries ---------------------------------------------------------------
    _r(
        "fiscal_year",
        rf"(?:(?:the )?fiscal(?: year)? |fy\s*)(?P<year>{_YEAR})",
        "DATE",
        "year",
        "fiscal the fy",
        ("Profit grew in fiscal 1989.", "1989"),
        ("The FY2021 results were weak.", "2021"),
    ),
    _r(
        "fiscal_year_short",
        r"fy\s*(?P<yy>\d\d)(?![\w-])",
        "DATE",
        "fiscal_year_short",
        "fy",
        ("Revenue fell in FY22.", "2022"),
        ("The FY99 budget was cut.", "1999"),
    ),
    _r(
        "mod_year",
        rf"(?P<mod>early|mid|late|end(?=-)|the beginning of|the start of|the end of|the middle of)(?:-| )"
        rf"(?P<year>{_YEAR})",
        "DATE",
        "year",
        "early mid late end the",
        ("The firm aims to be carbon neutral by end-2030.", "2030"),
        ("The group split up in mid-1996.", "1996"),
        ("The merger closes by the end of 1990.", "1990"),
    ),
    # "post-1959 politics", "pre-1990 levels": the year, hyphenated to a prefix.
    _r(
        "prefixed_year",
        rf"(?:pre|post)-(?P<year>{_YEAR})",
        "DATE",
        "year",
        "pre post",
        ("Exiles recalled the post-1959 exodus.", "1959"),
        ("Output is back at pre-1990 levels.", "1990"),
    ),
    _r(
        "year",
        rf"(?P<year>{_YEAR})(?!\s*(?:%|percent|per cent))",
        "DATE",
        "year",
        "#4",
        ("The bridge was built in 1998.", "1998"),
        ("In 2019 the firm expanded.", "2019"),
        # both ends of a range or list are years
        ("He led the party 1955-2011.", "2011"),
        ("The survey ran 1995\u20131998.", "1998"),
        # a year opening a sentence after a full stop and a line break
        ("Sales fell.\n2009 was a hard year for the mills.", "2009"),
        ("Audits in 1994, 1995 and 1997 found nothing.", "1995"),
    ),
    # "in '99", "the class of '68": a year by its last two digits.
    _r(
        "short_year",
        r"'(?P<short>\d\d)(?![\w%'-])",
        "DATE",
        "short_year",
        "'",
        ("The firm was founded in '99.", "1999"),
        ("Sales peaked in '08.", "2008"),
    ),
    _r(
        "decade",
        _LEAD
        + r"(?:the )?(?P<mod>early |mid-?|late )?(?:(?P<dec>1[5-9]\d0|20\d0)'?s|'(?P<short>\d0)s)(?!\w)",
        "DATE",
        "decade",
        "the early mid late #4 '",
        ("Hate crimes dropped through the 1990s.", "199"),
        ("It was built in the '80s.", "198"),
        ("The firm was sold at the end of the 1990s.", "199"),
    ),
    # "the second half of the '80s": one expression, the decade's later years.
    _r(
        "decade_half",
        r"(?:the )?(?P<ord>first|second|last|latter|early|later)[- ]half of the "
        r"(?:(?P<dec>1[5-9]\d0|20\d0)'?s|'(?P<short>\d0)s)(?!\w)",
        "DATE",
        "decade",
        "the first second last latter early later",
        ("Prices soared in the last half of the '80s.", "198"),
    ),
    _r(
        "decade_word",
        _LEAD + r"(?:the )?(?P<mod>early |mid-?|late )?(?:nineteen[- ])?(?P<word>{DECADEWORD})",
        "DATE",
        "decade",
        "the early mid late nineteen {DECADEWORD}",
        ("Crime fell during the nineties.", "199"),
    ),
    _r(
        "century",
        _LEAD + r"(?:the )?(?:(?P<mod>early|mid|late)[- ])?(?P<ord>{ORD}|\d{1,2}(?:st|nd|rd|th))[- ]century",
        "DATE",
        "century",
        "the early mid late {ORD} #1 #2",
        ("Finance changed in the 20th century.", "19"),
        ("It dates from the eighteenth century.", "17"),
        ("The war began in the early 20th century.", "19"),
        ("The mill closed at the end of the 19th century.", "18"),
    ),
    _r(
        "spelled_year",
        r"(?:the year )?(?P<cent>nineteen) (?P<rest>{NUMWORD})",
        "DATE",
        "spelled_year",
        "the nineteen",
        ("That happened in nineteen ninety-six.", "1996"),
    ),
    _r(
        "year_two_thousand",
        r"(?:the year two thousand|two thousand(?! \w+s\b))(?: and (?P<rest>{NUMWORD}))?",
        "DATE",
        "spelled_year",
        "the two",
        ("Jobs will be created by the year two thousand.", "2000"),
    ),
    # ---- quarters, halves, reporting periods -----------------------------------------------------
    _r(
        "quarter",
        # The adjective form ("a third-quarter loss") is marked without its determiner.
        _LEAD
        + r"(?:(?P<the>the|a|this year's|last year's|next year's|the year's) (?!(?:(?:fiscal|financial)[- ])?[a-z0-9]+-quarter))?"
        r"(?:(?P<rel>latest|current|last|past|previous|same|comparable|year-earlier|year-ago|year earlier|"
        r"year ago|flat|strong|weak) )?"
        rf"(?:(?P<pyear>{_YEAR}) )?(?:(?:fiscal|financial)[- ])?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
        rf"[- ](?:(?:fiscal|financial)[- ])?quarter(?:s)?(?:,? of (?P<year>{_YEAR}|this year|last year|next year|fiscal "
        rf"{_YEAR}|the (?:(?:fiscal|financial) )?year))?",
        "DATE",
        "quarter",
        "the a this last next latest current past previous same comparable year flat "
        "strong weak fiscal financial #1 #4 first second third fourth early late",
        ("Profit rose in the third quarter.", "2021-Q3", "2022-02-08"),
        ("Third-quarter profit rose 5%.", "2021-Q3", "2022-02-08"),
        ("Sales fell in the year-earlier third quarter.", "1988-Q3", "1989-11-02"),
        ("Net income rose in the second quarter.", "1989-Q2", "1989-11-02"),
        # the British "financial" for "fiscal"
        ("Sales rose in the first financial quarter.", "2022-Q1", "2022-02-08"),
        ("During the first quarter of the financial year the firm sold 21 million players.", "2022-Q1", "2022-02-08"),
        ("The deal should close by the end of the first quarter.", "2022-Q1"),
        ("The merger closed late in the fourth quarter.", "2021-Q4"),
    ),
    # "the December quarter", "record September-quarter revenue": the quarter named by the month it ends in
    _r(
        "month_quarter",
        r"(?:(?:the|a) )?(?P<month>march|mar\.|june|jun\.|september|sept\.?|sep\.|december|dec\.?)[- ]quarter(?![\w-])",
        "DATE",
        "month_quarter",
        "the a {MONTH}",
        ("Apple expects revenue for the December quarter to grow.", "2022-Q4", "2022-10-28"),
        ("Apple reported record September-quarter revenue.", "2021-Q3"),
    ),
    # "Q2", "Q3 2009", "2009 Q3": the business shorthand, capital Q only ("q2" is not a quarter).
    _r(
        "quarter_short",
        rf"(?:(?P<pyear>{_YEAR}) )?(?P<ord>q[1-4])(?:,? (?:of )?(?P<year>{_YEAR}))?(?![\w-])",
        "DATE",
        "quarter",
        "q #4",
        ("Q3 profit rose 5%.", "2021-Q3", "2022-02-08"),
        ("Sales rose in Q2 2019.", "2019-Q2"),
    ),
    _r(
        "quarter_ref",
        _LEAD
        + r"(?:(?:the|this|that) |(?=(?:last|next) quarter))(?:(?P<rel>latest|current|most recent|last|past|previous|same|"
        r"comparable|year-earlier|year-ago|preceding|prior|fiscal|recent|just-ended|just-completed|next) )?(?:(?P<pyear>"
        + _YEAR
        + r") )?(?:(?:fiscal|financial) )?"
        r"(?P<unit>quarter|period)(?!-)(?P<back> a year (?:ago|earlier|before))?",
        "DATE",
        "quarter_ref",
        "the this that last next early late",
        ("Profit rose in the latest quarter.", "1989-Q3", "1989-10-26"),
        ("The company said last quarter's profit doubled.", "2021-Q4"),
        ("Sales will recover next quarter.", "2022-Q2"),
        ("Sales fell in the year-ago period.", "1988-Q3", "1989-10-26"),
        ("Sales rose 22 percent in the last financial quarter.", "2010-Q3", "2010-10-23"),
        ("Net rose in the third quarter from $5 in the 1988 quarter.", "1988-Q3", "1989-10-26"),
        # the period under discussion, a year back
        ("Net rose in the third quarter from $5 in the quarter a year ago.", "1988-Q3", "1989-10-26"),
        ("Sales picked up toward the end of the quarter.", "2021-Q4"),
    ),
    _r(
        "year_ago_adj",
        r"(?P<rel>year-earlier|year-ago|year earlier|year-before)(?= \w)",
        "DATE",
        "year_ago_adj",
        "year",
        ("The gain compares with year-earlier profit of $5 million.", "1988", "1989-10-26"),
    ),
    _r(
        "half",
        _LEAD
        + rf"(?:the )?(?P<ord>first|second|last|latter)[- ]half(?: of (?P<year>{_YEAR}|this year|"
        r"last year|next year|the (?:fiscal |financial )?year))?",
        "DATE",
        "half",
        "the first second last latter early late",
        ("Growth slowed in the second half.", "2021-H2", "2022-02-08"),
        ("Earnings will improve in the second half of 2022.", "2022-H2"),
        ("Prices rose in the first half of the year.", "2022-H1", "2022-08-08"),
        ("The plant will reopen at the start of the second half.", "2022-H2"),
    ),
    _r(
        "half_short",
        rf"(?:(?P<pyear>{_YEAR}) )?(?P<ord>h[12])(?:,? (?:of )?(?P<year>{_YEAR}))?(?![\w-])",
        "DATE",
        "half",
        "h #4",
        ("Profits rose in H1 2021.", "2021-H1"),
        ("H2 sales will be weaker.", "2022-H2"),
    ),
    _r(
        "year_end",
        r"(?:(?:around|the) )?(?P<unit>year)(?:-| |'s )end",
        "DATE",
        "year_end",
        "year around the",
        ("The deal should close by year-end.", "2022"),
    ),
    # "in the new year": the year that starts next, but the one just begun in its first months or after "since"
    _r(
        "new_year",
        r"the new year(?![-\w'\u2019])",
        "DATE",
        "new_year",
        "the",
        ("Talks will resume in the new year.", "2023", "2022-11-02"),
        ("Prices have risen since the new year.", "2022", "2022-11-02"),
        ("The talks broke down in the new year.", "2022", "2022-01-20"),
    ),
    # ---- days relative to publication ------------------------------------------------------------
    _r(
        "deictic_day",
        r"(?:the day (?P<twice>before|after) |(?P<podmod>mid-|early |late )?(?P<pod0>morning|afternoon|evening) )?"
        r"(?P<mod>early |late |earlier |later )?(?P<word>today|yesterday|tomorrow|tonight)"
        r"(?:(?:'s)? (?P<pod>morning|afternoon|evening|night))?",
        "DATE",
        "deictic_day",
        "the mid early late earlier later morning afternoon evening today yesterday tomorrow tonight",
        ("The minister spoke yesterday.", "2022-02-07"),
        ("It rained the day before yesterday.", "2022-02-06"),
        ("The vote is the day after tomorrow.", "2022-02-10"),
        ("The vote is today.", "2022-02-08"),
        ("He will leave tomorrow.", "2022-02-09"),
        ("He spoke yesterday morning.", "2022-02-07TMO"),
        ("Police arrived late yesterday.", "2022-02-07"),
        # the part of day first
        ("Shares fell in mid-afternoon yesterday.", "2022-02-07TAF"),
    ),
    _r(
        "this_pod",
        r"(?:(?:early|late|earlier|later) )?(?P<rel>this|last|this past) (?P<pod>morning|afternoon|evening|night)",
        "TIME",
        "this_pod",
        "this last early late earlier later",
        ("Fighting broke out last night.", "2022-02-07TNI"),
        ("The envoy meets the minister later this afternoon.", "2022-02-08TAF"),
        ("Talks resume this afternoon.", "2022-02-08TAF"),
    ),
    # "arrived on Tuesday and left in the afternoon": a part of the day just told about.
    _r(
        "pod_of_day",
        r"(?:the |(?P<mid>mid-|mid ))(?P<pod>morning|afternoon|evening)(?! of)",
        "TIME",
        "pod_of_day",
        "the mid",
        ("The minister arrived on Tuesday morning and left in the afternoon.", "2022-02-08TAF"),
        ("Prices fell on Friday. Dealers placed buy orders in the morning.", "2022-02-04TMO"),
        # "mid-afternoon" names a time of day even with no day told before: publication's
        ("By mid afternoon, officials said the town had fallen.", "2022-02-08TAF"),
    ),
    _r(
        "weekday",
        r"(?:(?P<rel>last|next|this|early|late|earlier|later|this past|this coming|past|coming) )?"
        r"(?P<wd>{WEEKDAY})(?:,? (?P<pod>morning|afternoon|evening|night|overnight))?"
        # "Thursday next week", "on Friday of last week" (but not "said Friday last week's vote ...")
        r"(?:,? (?:of )?(?P<week>next|last|this) week(?!['\u2019]s))?",
        "DATE",
        "weekday",
        "last next this early late earlier later past coming {WEEKDAY}",
        ("The talks took place on Monday.", "2022-02-07"),
        ("The leaders will meet on Friday.", "2022-02-11"),
        ("The talks ended on Monday evening.", "2022-02-07TEV"),
        ("He flew home last Friday.", "2022-02-04"),
        ("The Kremlin said on Tuesday that it had no plans.", "2022-02-08"),
        ("He said the team will travel next Monday.", "2022-02-14"),
        # a timetable's present: "opens", "runs", "ends" with a date are what is to come
        ("The exhibition opens on Friday.", "2022-02-11"),
        # the weekday of the week named after it
        ("The vote is on Thursday next week.", "2022-02-17"),
        ("He returned on Friday of last week.", "2022-02-04"),
        ("The envoy arrives on Monday this week.", "2022-02-07"),
    ),
    # British: "a week on Saturday", "Saturday week" (the Saturday after the coming one), "a week tomorrow",
    # "a fortnight on Friday", "a week last Saturday" (not "a week on, the city ...", "a week on Mars").
    _r(
        "week_on",
        r"(?:a (?P<unit>week|fortnight) (?:on (?P<wd>{WEEKDAY})|(?P<deic>today|tomorrow|yesterday)|last (?P<wdl>{WEEKDAY}))"
        r"(?!['\u2019]s|\w)|(?P<wd2>{WEEKDAY}) (?P<unit2>week|fortnight)(?![\w-]| \d))",
        "DATE",
        "week_on",
        "a {WEEKDAY}",
        ("He will be sworn in a week on Saturday.", "2022-02-19"),
        ("The final is on Saturday week.", "2022-02-19"),
        ("The vote is a week tomorrow.", "2022-02-16"),
        ("The inquiry reports a week today.", "2022-02-15"),
        ("The ferry resumes a fortnight on Friday.", "2022-02-25"),
        ("The fire broke out a week last Saturday.", "2022-01-29"),
        ("She was sacked a week yesterday.", "2022-01-31"),
    ),
    # "the previous Friday": the one before the day the text is telling about, not before publication.
    _r(
        "weekday_of_previous",
        r"the (?:(?P<rel>previous|preceding|following|next) (?P<wd>{WEEKDAY})|(?P<wd2>{WEEKDAY}) (?P<rel2>before|after)"
        r"(?: that| this)?(?=[,.;:)]|$| and\b| but\b))",
        "DATE",
        "weekday_of_previous",
        "the",
        ("Shares closed on Monday, Feb. 28, 4% above the previous Friday.", "2022-02-25", "2022-03-02"),
        ("They lost on Saturday, 15 January, and drew the Saturday before that.", "2022-01-08", "2022-02-08"),
    ),
    # "the day before last Tuesday's hearing": one day off the weekday.
    _r(
        "day_by_weekday",
        r"(?:the )?day (?P<dir>before|after) (?:(?P<rel>last|next|this|this past|this coming|past|coming) )?"
        r"(?P<wd>{WEEKDAY})",
        "DATE",
        "day_by_weekday",
        "the day",
        ("The day before last Friday's vote, he resigned.", "2022-02-03"),
    ),
    _r(
        "week_of",
        rf"the week of (?P<month>{{MONTH}}) (?P<day>{_DAYNUM})",
        "DATE",
        "week_of",
        "the",
        ("The hearing is set for the week of March 7.", "2022-W10"),
    ),
    _r(
        "week_of_day_month",
        rf"the week of (?P<day>{_DAYNUM}) (?:of )?(?P<month>{{MONTH}})(?! \d)",
        "DATE",
        "week_of",
        "the",
        ("Closing speeches are scheduled for the week of 2 December.", "2022-W48"),
    ),
    # ---- units relative to publication or to the date under discussion ---------------------------
    _r(
        "rel_unit",
        r"(?:(?P<mod>early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of)(?:-| )"
        r"(?:in )?)?(?:the )?(?P<rel>last|next|this|past|coming|current|previous|following|same|"
        r"this past|this coming|the|upcoming|full|the full|entire|the entire) (?P<fiscal>fiscal )?(?P<unit>week|month|year|weekend|century|"
        r"decade)(?!-)",
        "DATE",
        "rel_unit",
        "early earlier late later mid the last next this past coming current previous following same "
        "upcoming",
        ("Sales rose last month.", "2022-01"),
        ("Talks are set for next week.", "2022-W07"),
        ("The deal closed earlier this year.", "2022"),
        ("Unemployment fell last year.", "2021"),
        ("The bill will pass early next year.", "2023"),
        ("It happened this week.", "2022-W06"),
        ("Growth returned in the past year.", "2021"),
        ("Fans rallied over the weekend.", "2022-W05-WE"),
        ("It was his third leave in the past decade.", "P10Y"),
        ("Prices were flat last decade.", "201"),
        ("Oil will run short by the end of the decade.", "202"),
        ("Founded in 1984, the band split up by the end of the decade.", "198"),
    ),
    _r(
        "ago",
        _APPROX + r"(?:" + _QUANT + r"(?: more)? |(?=(?:days|weeks|months|years|decades|centuries) ago))"
        # "a day earlier than expected" measures a gap, it does not date anything: its duration is tagged
        r"(?P<unit>{UNIT})(?: or so)? (?P<dir>ago|(?:earlier|from now|hence)(?! \w+ed\b| than\b))"
        # "Ten years ago today": the anniversary, a day
        r"(?: (?P<onday>today|yesterday)\b)?",
        "DATE",
        "offset",
        "{APPROX} # {NUMWORD} a an several few some many days weeks months years decades centuries",
        ("The plant opened two years ago.", "2020"),
        ("The firm was founded more than a century ago.", "19"),
        ("He left five months ago.", "2021-09"),
        ("It was signed two weeks ago.", "2022-W04"),
        ("Prices were higher a year earlier.", "2021"),
        ("The store opened almost four years ago.", "2018"),
        ("A decade ago the town was empty.", "201"),
        ("Rebels who seized power 42 years ago gathered on Sunday.", "1980"),
        # counted from publication, not from a period still ahead
        ("The merger should close in the second half of 2022. A year ago, both banks lost money.", "2021"),
        # a count left unsaid is a few of them
        ("The firm was losing money just months ago.", "PAST_REF"),
        ("A week or so ago, the general flew home.", "2022-W05"),
        ("Ten years ago today, the factory collapsed.", "2012-02-08"),
        ("A year ago yesterday, the strike began.", "2021-02-07"),
    ),
    _r(
        "relative_day",
        r"the (?:(?P<rel>next|following|previous|preceding|same) (?P<unit>day|morning|afternoon|evening|night|"
        r"week|month|year)|(?P<unit2>day|week|month|year) (?P<dir>after|before)"
        r"(?P<last> last(?! (?:{WEEKDAY}|{MONTH}|{SEASON}|week|month|year|night|weekend|time)\b))?)",
        "DATE",
        "relative_day",
        "the",
        ("Talks ended on Monday. He left the next day.", "2022-02-08"),
        ("He visited the week before last.", "2022-W04"),
        ("Prices peaked the year before last.", "2020"),
        ("The talks were on Monday. The president reached Kyiv the day after the talks.", "2022-02-08"),
    ),
    _r(
        "that_unit",
        r"(?:(?P<mod>earlier|later|early|late) )?(?:in )?that (?P<unit>day|week|month|year|morning|"
        r"afternoon|evening|night)",
        "DATE",
        "that_unit",
        "earlier later early late that",
        ("He visited Rome in March 2019. Later that year he retired.", "2019"),
    ),
    # ---- durations -------------------------------------------------------------------------------
    _r(
        "duration",
        # "a two-year contract", "a four year term": the number, not the article, starts the expression.
        _APPROX
        + r"(?:(?:(?P<the>the|each of the)|(?P<art>an?)(?! (?:\d|{NUMWORD}\b))) (?![\w.]+-\w))?(?:(?P<rel>past|last|next|first|coming|"
        r"previous|following|final|latest|preceding|remaining|initial|year-earlier|same|full|entire|whole) )?"
        + _QUANT
        + r"(?: (?:more|additional|full|straight|consecutive|long|whole))?(?: (?:trading|business|working))?"
        r"[- ](?P<unit>{UNIT})"
        r"(?:(?P<longer> and a half)|(?P<old>[- ]old|[- ]long))?(?! ago| earlier(?! than\b)| from now| hence)(?!-\w)",
        "DURATION",
        "duration",
        "{APPROX} the a an each all for past last next first coming previous following final latest "
        "preceding remaining initial year same full entire whole # {NUMWORD} several few some many",
        ("The ban lasts 90 days.", "P90D"),
        ("Three days later the talks resumed.", "P3D"),
        ("He quit 90 days after the merger.", "P90D"),
        # "last" after "to" or a modal is the verb
        ("The trial is expected to last three weeks.", "P3W"),
        # a gap, not a day counted back ("a day earlier" alone is the ago rule's)
        ("The firm reported a day earlier than expected.", "P1D"),
        ("The notes will be redeemed in five years.", "2027"),
        ("He waited a month for news.", "P1M"),
        ("Net rose in the nine months.", "P9M"),
        ("Talks went on for the past two weeks.", "P2W"),
        ("He signed a two-year contract.", "P2Y"),
        ("The strike lasted 10 hours.", "PT10H"),
        ("It took several years to finish.", "PXY"),
        ("The 52-week high was set in May.", "P52W"),
        ("He spent a decade abroad.", "P10Y"),
        ("The president, 75, spoke for an hour.", "PT1H"),
        ("Shares fell for eight trading days.", "P8D"),
        ("Over the next couple of years sales will grow.", "P2Y"),
    ),
    _r(
        "plural_units",
        r"(?P<unit>days|weeks|months|years|decades|centuries|hours|minutes)(?! ago| of\b)",
        "DURATION",
        "plural_units",
        "days weeks months years decades centuries hours minutes",
        ("The fighting went on for years.", "PXY"),
        ("Help arrived within hours.", "PTXH"),
    ),
    # ---- vague references ------------------------------------------------------------------------
    _r(
        "present_ref",
        r"(?P<word>right now|just now|for now|currently|at present|nowadays|these days|the present|"
        r"now|current|the time being)(?!-)",
        "DATE",
        "present_ref",
        "right just for currently at nowadays these the now current",
        ("Prices are high now.", "PRESENT_REF"),
        ("It has no plans for now.", "PRESENT_REF"),
        ("The mine is currently closed.", "PRESENT_REF"),
    ),
    _r(
        "past_ref",
        r"(?P<word>recently|lately|the past|the old days)"
        r"(?!-)",
        "DATE",
        "past_ref",
        "recently lately the",
        ("The company recently cut jobs.", "PAST_REF"),
        ("Crime was higher in the past.", "PAST_REF"),
    ),
    _r(
        "recent_units",
        r"(?P<rel>recent|the past few|the last few|the past several|the last several) (?P<unit>days|weeks|"
        r"months|years|decades|quarters)(?: and (?:days|weeks|months|years))?",
        "DATE",
        "recent_units",
        "recent the",
        ("Western leaders in recent weeks have held talks.", "PAST_REF"),
    ),
    _r(
        "future_ref",
        r"(?P<word>the upcoming (?:days|weeks|months|years)|the coming (?:days|weeks|months|years)|"
        r"the (?:days|weeks|months|years) ahead|the near future|the future|future|"
        r"(?:the )?(?:coming|future|upcoming) (?:days|weeks|months|quarters|years)|"
        r"the short term|the long term|a later date|the near term|one day|someday)(?!-)",
        "DATE",
        "future_ref",
        "the future coming upcoming a one someday",
        ("The upcoming days will be crucial.", "FUTURE_REF"),
        ("Rates will rise in coming months.", "FUTURE_REF"),
        ("Nobody knows the future.", "FUTURE_REF"),
    ),
    # ---- sets ------------------------------------------------------------------------------------
    _r(
        "set_adverb",
        r"(?P<word>daily|weekly|monthly|yearly|hourly|nightly|biweekly)",
        "SET",
        "set_adverb",
        "daily weekly monthly yearly hourly nightly biweekly",
        ("The paper is published daily.", "P1D"),
        ("Fees are paid monthly.", "P1M"),
    ),
    _r(
        "set_every",
        r"(?P<every>every|each|per|a) (?:(?P<other>other )|"
        r"(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|few|couple of) )?"
        r"(?P<unit>second|minute|hour|day|week|month|quarter|year|decade|morning|evening|night|weekend|summer|"
        r"winter|spring|fall)(?P<plural>s)?(?!-)",
        "SET",
        "set_every",
        "every each per a",
        ("The board meets every week.", "P1W"),
        ("Dividends are paid each quarter.", "P1Q"),
        ("He swims every morning.", "XXXX-XX-XXTMO"),
        ("The committee meets twice a year.", "P1Y"),
        ("Elections are held every four years.", "P4Y"),
        ("Buses run every 15 minutes.", "PT15M"),
        ("The data is updated every few weeks.", "PXW"),
    ),
    _r(
        "set_weekday",
        r"(?:(?P<every>every|each) (?:(?P<other>other|second) )?(?P<wd>{WEEKDAY})(?:,? (?P<pod>morning|afternoon|"
        r"evening|night)s?)?|"
        r"(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s(?: and (?:monday|tuesday|"
        r"wednesday|thursday|friday|saturday|sunday)s)?)(?!\w)",
        "SET",
        "set_weekday",
        "every each {WEEKDAY}",
        ("The market is closed on Sundays.", "XXXX-WXX-7"),
        ("Flights leave each Thursday.", "XXXX-WXX-4"),
        ("The market is held every other Saturday.", "XXXX-WXX-6"),
    ),
    _r(
        "set_month",
        r"(?P<every>every|each) (?P<month>{MONTH})",
        "SET",
        "set_month",
        "every each",
        ("The parade is held each July.", "XXXX-07"),
    ),
    # ---- clock times -----------------------------------------------------------------------------
    _r(
        "clock",
        r"(?:(?P<approx>about|around|approximately) )?(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<min>[0-5]\d))? ?(?P<ampm>a\.m\.?|p\.m\.?|am|pm)"
        r"(?=\W|$)(?: (?P<tz>" + _TZ + r"))?(?: \((?:\d{4}|[01]?\d[:.][0-5]\d) (?:gmt|utc)\))?" + _CLOCK_DAY,
        "TIME",
        "clock",
        "about around at approximately shortly just #1 #2",
        ("The blast came at 10:35 a.m.", "2022-02-08T10:35"),
        ("Polls close at 9 p.m. Thursday.", "2022-02-10T21:00"),
        ("Polls closed at 9 p.m. Thursday.", "2022-02-03T21:00"),
        ("The body was found at 6 a.m. on 3 December.", "2021-12-03T06:00"),
        ("The deadline passed at 5pm GMT on Wednesday.", "2022-02-02T17:00"),
        ("Polls closed at 10.30pm.", "2022-02-08T22:30"),
        ("Polls close at 10pm.", "2022-02-08T22:00"),
        ("Polls open at 7am on 5 May.", "2022-05-05T07:00"),
        ("The plane landed at 2am local time on Saturday.", "2022-02-05T02:00"),
        ("The offer expires at 5 p.m. Eastern time on Friday.", "2022-02-11T17:00"),
        ("The offer expires at 5 p.m. ET Friday.", "2022-02-11T17:00"),
    ),
    _r(
        "clock_24",
        r"(?P<hour>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?: (?P<tz>" + _TZ + r")\b)?"
        r"(?: \((?:\d{4}|[01]?\d:[0-5]\d) (?:gmt|utc)\))?"
        + _CLOCK_DAY,
        "TIME",
        "clock_24",
        "#1 #2",
        ("The plane landed at 07:35 GMT.", "2022-02-08T07:35"),
        ("The quake struck at 9:40 local time.", "2022-02-08T09:40"),
        ("The quake struck at 9:40 local time on Sunday.", "2022-02-06T09:40"),
        ("The transfer window closes at 19:00 GMT on 1 September.", "2022-09-01T19:00"),
        ("The strike began at 00:01 on Monday.", "2022-02-07T00:01"),
        ("The quake hit at 04:17 local time (01:17 GMT) on Monday.", "2022-02-07T04:17"),
    ),
    # wire style: "by 0945 GMT", "at 1430 local time" (only with its zone: a bare "1945" is a year)
    _r(
        "clock_hhmm",
        r"(?P<hour>[01]\d|2[0-3])(?P<min>[0-5]\d) (?P<tz>gmt|utc|local time)\b"
        + _CLOCK_DAY,
        "TIME",
        "clock_24",
        "#4",
        ("Brent rose $5 to $84.93 a barrel by 0945 GMT.", "2022-02-08T09:45"),
        ("The ceasefire took effect at 1900 GMT on Sunday.", "2022-02-06T19:00"),
    ),
    _r(
        "oclock",
        r"(?P<hour>1[0-2]|0?[1-9]|{NUMWORD}) (?:o'clock|in the (?P<pod>morning|afternoon|evening))",
        "TIME",
        "clock",
        "#1 #2 {NUMWORD}",
        ("He woke at four in the morning.", "2022-02-08T04:00"),
    ),
    _r(
        "noon",
        r"(?P<word>midnight|midday|noon)(?:,? (?:on )?(?P<when>{WEEKDAY}|today|yesterday|tomorrow|"
        r"(?P<month>{MONTH}) (?P<day>" + _DAYNUM + r")|(?P<day2>" + _DAYNUM + r") (?:of )?(?P<month2>{MONTH})))?",
        "TIME",
        "noon",
        "midnight midday noon",
        ("The offer will expire at midnight Friday.", "2022-02-11T24:00"),
        ("The ceasefire begins at noon.", "2022-02-08T12:00"),
        ("The ceasefire took effect at midnight on Thursday.", "2022-02-03T24:00"),
        ("The ceasefire took effect at midnight.", "2022-02-07T24:00"),
        ("The ban will take effect from midnight on 1 April.", "2022-04-01T24:00"),
    ),
    # ---- seasons and holidays --------------------------------------------------------------------
    _r(
        "season",
        _LEAD
        + rf"(?:(?P<rel>this|last|next|this past|early|late|the|mid|the early|the late) )?(?P<season>{{SEASON}})"
        rf"(?:(?: of)? (?P<year>{_YEAR}|nineteen {{NUMWORD}})|(?: of)? (?P<ryear>this|last|next) year(?!['\u2019]s))?",
        "DATE",
        "season",
        "this last next early late the mid {SEASON}",
        ("The plant opened last fall.", "2021-FA"),
        ("A deal is likely this summer.", "2022-SU"),
        ("The summit was postponed until the autumn.", "2022-FA"),
        ("Prices fell in the winter of 1994.", "1994-WI"),
        ("He will decide by the end of the summer.", "2022-SU"),
        ("Sales fell in the spring of last year.", "2021-SP"),
        ("Sales fell in spring last year.", "2021-SP"),
        ("The works are due to finish in the autumn of next year.", "2023-FA"),
    ),
    _r(
        "weekday_of_month",
        rf"the (?P<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th) (?P<wd>{{WEEKDAY}}) (?:of|in) "
        rf"(?P<month>{{MONTH}})(?:,? (?P<year>{_YEAR}))?",
        "DATE",
        "weekday_of_month",
        "the",
        ("Voters will go to the polls on the first Sunday of May.", "2022-05-01"),
        ("The race was held on the last Friday in January 2021.", "2021-01-29"),
        ("Talks are set for the second Tuesday in March.", "2022-03-08"),
    ),
    _r(
        "holiday",
        r"(?:(?P<rel>last|this|next) )?(?P<word>{HOLIDAY})(?: (?P<year>(?:1[6-9]|20)\d\d)|, (?P<year2>(?:1[6-9]|20)\d\d)(?! [a-z]))?(?![\d,.]\d)",
        "DATE",
        "holiday",
        "last this next {HOLIDAY}",
        ("He was born on Valentine's Day 1990.", "1990-02-14"),
        ("The tsunami struck on Boxing Day, 2004.", "2004-12-26"),
        ("Voters will go to the polls on Election Day.", "2022-11-08"),
        ("Shops will close on Christmas Day.", "2022-12-25"),
        ("The shooting happened on the Fourth of July.", "2021-07-04"),
        ("He came home last Thanksgiving.", "2021-11-25"),
        # the nth or last weekday of a month
        ("The parade will march on Memorial Day.", "2022-05-30"),
        ("Crowds gathered on Labor Day.", "2021-09-06"),
        # days counted from Easter (dateutil's Western Easter)
        ("The shops will shut on Good Friday.", "2022-04-15"),
        ("Pilgrims filled the city as Holy Week began.", "2022-W15", "2022-05-02"),
        ("Pilgrims will arrive for Easter Sunday.", "2022-04-17"),
        ("Churches held vigils on Holy Saturday.", "2021-04-03"),
        # days counted from US Thanksgiving
        ("Retailers slashed prices on Black Friday.", "2021-11-26"),
        ("Online sales peak on Cyber Monday.", "2021-11-29"),
        ("Charities appealed for gifts on Giving Tuesday.", "2021-11-30"),
        # the year in which it falls on the date told after it
        ("Doorbusters returned for Black Friday on Nov. 24.", "2023-11-24", "2024-02-08"),
        ("Marchers will fill the square on May Day.", "2022-05-01"),
        # a typeset apostrophe
        ("Florists will sell out before Mother\u2019s Day.", "2022-05-08"),
        # British days
        ("The service was held on Remembrance Sunday.", "2021-11-14"),
        ("Florists expect a rush before Mothering Sunday.", "2022-03-27"),
        ("Crowds will gather in Edinburgh for Hogmanay.", "2022-12-31"),
    ),
)
