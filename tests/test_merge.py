"""Merging reports of one happening across articles; keeping different happenings apart; disputes."""

from __future__ import annotations

import pytest
from story_helpers import event

from core.merge import merge, stem, terms
from core.model import Kind, Timex


def _timex(text: str = "on Monday"):
    from core.model import Span, TimeType, TimeValue

    return Timex(Span(0, len(text)), text, TimeValue(TimeType.DATE, "2024-01-01"), "test.rule", "for a test")


def report(quote, date, article, *, stated=True, rule="test", **kw):
    import attrs

    e = event(quote, date, article_id=article, path=f"stories/{article}.txt", **kw)
    return attrs.evolve(e, timex=_timex() if stated else None, rule=rule)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("unveiled", "announce"),
        ("unveils", "announce"),
        ("introducing", "announce"),
        ("resigned", "resign"),
        ("stepped", "resign"),
        ("harbours", "harbour"),
        ("Ferry's", "ferry"),
    ],
)
def test_stem_folds_forms_and_verbs_of_one_meaning(word, expected):
    assert stem(word) == expected


def test_terms_drop_stopwords_and_dates():
    assert terms("On Monday the crew opened the new bridge") == {"crew", "open", "bridg"}
    # a title says who, not what happened
    assert terms("On Monday the mayor opened the new bridge") == {"open", "bridg"}


SAME = [
    # same day, same wording
    (
        ("The mayor opened the harbour bridge.", "2024-05-06", "a"),
        ("The mayor opened the harbour bridge on Monday.", "2024-05-06", "b"),
    ),
    # different verbs of one meaning, shared actor
    (
        ("Zephyr unveiled the zPad 3 tablet.", "2024-05-06", "a"),
        ("Zephyr introduced its zPad 3 tablet to reporters.", "2024-05-06", "b"),
    ),
]


@pytest.mark.parametrize(("left", "right"), SAME)
def test_same_happening_in_two_articles_merges(left, right):
    a = report(*left, actors=("Zephyr",) if "Zephyr" in left[0] else ())
    b = report(*right, actors=("Zephyr",) if "Zephyr" in right[0] else (), line=7)
    out = merge([a, b])
    assert len(out) == 1
    entry = out[0]
    assert {s.article for s in entry.sources} == {"a", "b"}
    assert {s.quote for s in entry.sources} == {left[0], right[0]}
    assert not entry.disputed


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # same day, different happenings
        (
            ("The mayor opened the harbour bridge.", "2024-05-06", "a"),
            ("Striking nurses marched to parliament.", "2024-05-06", "b"),
        ),
        # same words, dates far apart: two different openings
        (
            ("The mayor opened the harbour bridge.", "2024-05-06", "a"),
            ("The mayor opened the harbour bridge.", "2023-02-01", "b"),
        ),
        # same article: never merged with itself
        (
            ("The mayor opened the harbour bridge.", "2024-05-06", "a"),
            ("The mayor opened the harbour bridge again.", "2024-05-06", "a"),
        ),
    ],
)
def test_different_happenings_stay_apart(left, right):
    assert len(merge([report(*left), report(*right, line=9)])) == 2


def test_a_month_agrees_with_a_day_inside_it():
    day = report("Voters in Talvia elected a new parliament.", "2024-04-14", "a", actors=("Talvia",))
    month = report(
        "Talvia elected a new parliament.",
        "2024-04-01",
        "b",
        end="2024-04-30",
        granularity="month",
        actors=("Talvia",),
    )
    out = merge([day, month])
    assert len(out) == 1
    assert out[0].when.granularity == "day"
    assert not out[0].disputed


def test_different_stated_days_merge_as_disputed_and_keep_both_dates():
    monday = report(
        "Rebels seized the airport of Dorvik after a night of fighting.",
        "2024-03-04",
        "a",
        actors=("Dorvik",),
    )
    tuesday = report(
        "Rebels seized the airport of Dorvik after fighting overnight.",
        "2024-03-05",
        "b",
        actors=("Dorvik",),
        date_text="on Tuesday",
    )
    out = merge([monday, tuesday])
    assert len(out) == 1
    entry = out[0]
    assert entry.disputed
    assert sorted(str(s.when.start) for s in entry.sources) == ["2024-03-04", "2024-03-05"]


def test_loosely_similar_reports_with_different_days_stay_apart():
    a = report("Rebels seized the airport of Dorvik.", "2024-03-04", "a")
    b = report("Rebels lost a convoy near the airport road.", "2024-03-05", "b")
    assert len(merge([a, b])) == 2


def test_undated_report_joins_the_stated_date_it_came_after():
    stated = report(
        "Nadia Kell resigned as chief of the port authority.", "2024-06-03", "a", actors=("Nadia Kell",)
    )
    assumed = report(
        "Nadia Kell resigned from the port authority.",
        "2024-06-05",
        "b",
        stated=False,
        rule="fallback.publication",
        actors=("Kell",),
        date_text="",
    )
    out = merge([assumed, stated])
    assert len(out) == 1
    assert str(out[0].when.start) == "2024-06-03"
    assert not out[0].disputed
    assert out[0].actors == ("Nadia Kell",)


def test_undated_report_does_not_join_a_later_date():
    later = report("Nadia Kell resigned from the port authority.", "2024-06-10", "a")
    assumed = report(
        "Nadia Kell resigned from the port authority.",
        "2024-06-05",
        "b",
        stated=False,
        rule="fallback.publication",
    )
    assert len(merge([later, assumed])) == 2


def test_plan_and_happening_on_different_days_stay_apart():
    plan = report("The summit of Orla leaders will open in Vannes.", "2024-09-10", "a", kind=Kind.PLANNED)
    done = report("The summit of Orla leaders opened in Vannes.", "2024-09-11", "b")
    assert len(merge([plan, done])) == 2


def test_three_reports_merge_transitively_with_one_source_each():
    quotes = [
        "Floods closed the Ardel rail line.",
        "The Ardel rail line was closed by floods.",
        "Floods have closed the Ardel rail line.",
    ]
    events = [report(q, "2024-02-02", f"art{i}", line=i + 4) for i, q in enumerate(quotes)]
    out = merge(events)
    assert len(out) == 1
    assert len(out[0].sources) == 3


def test_merged_id_is_stable_and_order_independent():
    a = report("The mayor opened the harbour bridge.", "2024-05-06", "a")
    b = report("The mayor opened the harbour bridge on Monday.", "2024-05-06", "b", line=6)
    first, second = merge([a, b]), merge([b, a])
    assert first[0].id == second[0].id
    assert first[0].id not in (a.id, b.id)


def test_unmerged_events_are_unchanged_and_ordered():
    late = report("Striking nurses marched to parliament.", "2024-05-08", "a")
    early = report("The mayor opened the harbour bridge.", "2024-05-06", "b")
    assert merge([late, early]) == [early, late]


def test_entry_takes_the_finest_date_the_texts_give():
    year = report(
        "Kestrel Bay opened its deep-water port in 2019.",
        "2019-01-01",
        "a",
        end="2019-12-31",
        granularity="year",
        actors=("Kestrel Bay",),
    )
    day = report(
        "Kestrel Bay opened its deep-water port to shipping.",
        "2019-04-28",
        "b",
        stated=False,
        rule="inherit.same-paragraph",
        actors=("Kestrel Bay",),
    )
    out = merge([year, day])
    assert len(out) == 1
    assert out[0].when.granularity == "day"
    assert {s.when.granularity for s in out[0].sources} == {"day", "year"}


def test_publication_day_never_dates_an_entry_over_a_stated_date():
    stated = report(
        "The Orla dam inquiry published its findings.",
        "2024-03-01",
        "a",
        end="2024-03-31",
        granularity="month",
    )
    assumed = report(
        "The Orla dam inquiry published its findings.",
        "2024-03-20",
        "b",
        stated=False,
        rule="fallback.publication",
    )
    out = merge([stated, assumed])
    assert len(out) == 1
    assert out[0].when.granularity == "month"


def test_reports_naming_only_different_actors_stay_apart():
    a = report("Rossi opened talks with Talvia over the port.", "2024-05-06", "a", actors=("Rossi", "Talvia"))
    b = report("Globex opened talks with Orla over the port.", "2024-05-06", "b", actors=("Globex", "Orla"))
    assert len(merge([a, b])) == 2


def test_a_shared_actor_alone_is_not_enough():
    a = report("Vera Novak praised the budget.", "2024-05-06", "a", actors=("Vera Novak",))
    b = report("Vera Novak lost her appeal in court.", "2024-05-06", "b", actors=("Vera Novak",))
    assert len(merge([a, b])) == 2


def test_a_shared_title_is_no_shared_happening():
    a = report("Prime Minister Vera Novak called a snap election.", "2024-05-06", "a", actors=("Vera Novak",))
    b = report("Prime Minister Vera Novak conceded defeat late on Sunday.", "2024-05-06", "b", actors=("Vera Novak",))
    assert len(merge([a, b])) == 2


def test_chains_do_not_join_unlike_ends():
    # b reads like a and like c, but a and c have little in common: average link keeps c out.
    a = report("Floods closed the Ardel rail line and the coastal road.", "2024-02-02", "a")
    b = report("Floods closed the Ardel rail line; bus services replaced trains.", "2024-02-02", "b")
    c = report(
        "Bus services replaced trains as engineers inspected tunnels, cliffs and bridges.", "2024-02-02", "c"
    )
    sizes = sorted(len(e.sources) for e in merge([a, b, c]))
    assert sizes == [1, 2]


def test_result_does_not_depend_on_hash_seed(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = tmp_path / "run.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent)!r})\n"
        "from test_merge import report\n"
        "from core.merge import merge\n"
        "quotes = ['Floods closed the Ardel rail line.', 'The Ardel rail line was closed by floods.',\n"
        "          'Floods have closed the Ardel rail line again.', 'Floods shut the Ardel line.']\n"
        "events = [report(q, '2024-02-02', f'art{i}', line=i + 4) for i, q in enumerate(quotes)]\n"
        "print(sorted((e.id, len(e.sources)) for e in merge(events)))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, str(script)],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1


def test_one_shared_word_is_chance():
    title = report(
        "Acme unveils zPhone 2 at Vantar Expo",
        "2024-01-01",
        "a",
        end="2024-12-31",
        granularity="year",
        actors=("Acme", "zPhone 2", "Vantar Expo"),
    )
    other = report("Acme unveiled a new laptop lineup at a media event.", "2024-10-20", "b", actors=("Acme",))
    assert len(merge([title, other])) == 2


def test_shared_actors_do_not_carry_a_coarse_match():
    # Two shared words, but a weak overlap (0.10) lifted over the year's 0.30 only by two shared actors.
    a = report(
        "Vera Novak toured the Orla plant in 2023 with trade officials, bankers, engineers, students and "
        "reporters from three countries.",
        "2023-01-01",
        "a",
        end="2023-12-31",
        granularity="year",
        actors=("Vera Novak", "Orla"),
    )
    b = report(
        "Vera Novak said the Orla plant needs officials, welders, drivers, cooks, nurses, clerks and guards.",
        "2023-06-01",
        "b",
        actors=("Vera Novak", "Orla"),
    )
    assert len(merge([a, b])) == 2


def test_two_articles_through_the_pipeline_give_one_disputed_entry(tmp_path, monkeypatch):
    from core.pipeline import extract

    monkeypatch.setenv("TIMELINE_NO_CACHE", "1")
    (tmp_path / "a.txt").write_text(
        "Rebels take Dorvik airport\n20240306\nhttps://a.example/d\n"
        "Rebels seized the airport of Dorvik on Monday after a night of heavy fighting, officials said.\n"
    )
    (tmp_path / "b.txt").write_text(
        "Dorvik airport falls\n20240307\nhttps://b.example/d\n"
        "Rebels seized the airport of Dorvik on Tuesday after a night of heavy fighting.\n"
    )
    timeline = extract([str(tmp_path)], jobs=1)
    disputed = [e for e in timeline.events if e.disputed]
    assert len(disputed) == 1
    entry = disputed[0]
    assert sorted(s.path.rsplit("/", 1)[-1] for s in entry.sources) == ["a.txt", "b.txt"]
    assert sorted(str(s.when.start) for s in entry.sources) == ["2024-03-04", "2024-03-05"]
    assert "Dorvik" in entry.actors


def test_a_later_report_that_it_happened_makes_the_entry_occurred() -> None:
    plan = report(
        "The Geneva summit will open on 20 February.", "2022-02-20", "a", published="2022-02-08", kind=Kind.PLANNED
    )
    done = report(
        "The Geneva summit opened on 20 February with a speech.", "2022-02-20", "b", published="2022-02-22"
    )
    (entry,) = merge([plan, done])
    assert entry.kind is Kind.OCCURRED
    assert entry.quote == done.quote  # the entry speaks with the report of what happened
    assert [s.article for s in entry.sources] == ["a", "b"]  # both quotes, earliest report first


def test_reprinted_copies_fold_into_the_entries_one_copy_makes():
    # A wire story reprinted by many papers: each of its reports is one entry holding every copy,
    # and the other story's report of the same happening still joins it.
    story = [
        ("The mayor opened the harbour bridge to traffic.", "2024-05-06", {}),
        (
            "Engineers had tested the harbour bridge for a month.",
            "2024-04-01",
            {"end": "2024-04-30", "granularity": "month"},
        ),
    ]
    copies = [report(q, d, f"wire{i}", **kw) for i in range(30) for q, d, kw in story]
    other = report("The mayor opened the new harbour bridge on Monday.", "2024-05-06", "local")
    merged = merge([*copies, other])
    assert sorted(len(e.sources) for e in merged) == [30, 31]
    opened = next(e for e in merged if len(e.sources) == 31)
    assert {s.article for s in opened.sources} == {*(f"wire{i}" for i in range(30)), "local"}


def test_one_article_saying_a_thing_twice_keeps_both():
    twice = [report("The mayor opened the harbour bridge to traffic.", "2024-05-06", "a") for _ in range(2)]
    copy = report("The mayor opened the harbour bridge to traffic.", "2024-05-06", "b")
    merged = merge([*twice, copy])
    assert sorted(len(e.sources) for e in merged) == [1, 2]
