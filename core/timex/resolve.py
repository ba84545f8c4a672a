"""Which time the recognised words mean: the normaliser of each rule, by the name the rule table gives.

A normaliser reads the rule's match groups and the `Context` (publication date, the tense around the
expression, the dates already found earlier in the text) and returns the value with a one-line reason,
or None when the words turn out not to be a time ("may" the modal, "the fall of Rome"). They live in
`dates` (calendar names), `relative` (counted from publication or an earlier date) and `amounts`
(durations, sets, vague references).
"""

from __future__ import annotations

from collections.abc import Callable

from core.timex.amounts import (
    duration,
    future_ref,
    past_ref,
    plural_units,
    present_ref,
    recent_units,
    set_adverb,
    set_every,
    set_month,
    set_weekday,
)
from core.timex.context import Anchor, Context, Match, Resolved
from core.timex.dates import (
    century,
    decade,
    fiscal_year_short,
    half,
    holiday,
    iso_week,
    month,
    month_day,
    month_quarter,
    month_rel_year,
    new_year,
    ordinal_day,
    quarter,
    quarter_ref,
    range_day,
    range_year_end,
    season,
    short_year,
    spelled_year,
    week_of,
    weekday_of_month,
    year,
    year_ago_adj,
    year_end,
    ym,
    ymd,
)
from core.timex.relative import (
    clock,
    clock_24,
    day_by_weekday,
    deictic_day,
    noon,
    offset,
    pod_of_day,
    rel_unit,
    relative_day,
    that_unit,
    this_pod,
    week_on,
    weekday,
    weekday_of_previous,
)

NORMALISERS: dict[str, Callable[[Match, Context], Resolved | None]] = {
    f.__name__: f
    for f in (
        ymd,
        month_day,
        range_day,
        range_year_end,
        ordinal_day,
        ym,
        month_rel_year,
        month,
        year,
        decade,
        century,
        spelled_year,
        short_year,
        quarter,
        month_quarter,
        quarter_ref,
        year_ago_adj,
        half,
        fiscal_year_short,
        year_end,
        new_year,
        deictic_day,
        this_pod,
        weekday,
        weekday_of_previous,
        week_on,
        day_by_weekday,
        rel_unit,
        relative_day,
        that_unit,
        offset,
        duration,
        plural_units,
        present_ref,
        past_ref,
        recent_units,
        future_ref,
        set_adverb,
        set_every,
        set_weekday,
        set_month,
        clock,
        clock_24,
        pod_of_day,
        noon,
        season,
        holiday,
        weekday_of_month,
        week_of,
        iso_week,
    )
}

__all__ = ["NORMALISERS", "Anchor", "Context", "Resolved"]
