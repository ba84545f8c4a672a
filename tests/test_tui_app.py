"""The viewer driven by keys (Pilot), on a hand-made timeline over the real seed article.

These run headless; they assert on the characters the screen shows.
"""

from __future__ import annotations

import attrs
import pendulum
import pytest
from textual.widgets import Label

from core.model import Problem, Timeline, When
from tui import state
from tui.app import TimelineApp
from tui.bundled import seeds_dir
from tui.screens.article import ArticleScreen
from tui.screens.help import HelpScreen
from tui.screens.problems import ProblemsScreen
from tui.synthetic import seed_story
from tui.synthetic import timeline as synthetic_timeline

D = pendulum.date


def screen_text(app: TimelineApp) -> str:
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def timeline_text(app: TimelineApp) -> str:
    """Only the timeline pane's rows (side by side, the quote pane's lines would interleave)."""
    view = app.view
    return "\n".join(view.render_line(y).text for y in range(view.scrollable_content_region.height))


async def started(pilot, app: TimelineApp) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


def make(**kw: object) -> TimelineApp:
    return TimelineApp(
        timeline=kw.pop("timeline", None) or seed_story(), remember=bool(kw.pop("remember", False)), **kw
    )  # type: ignore[arg-type]


async def test_dates_in_order_and_quote_pane() -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        text = screen_text(app)
        order = [
            text.index(day)
            for day in ("Tue 11 Jan 2022", "Mon 7 Feb 2022", "Tue 8 Feb 2022", "Sun 20 Feb 2022")
        ]
        assert order == sorted(order)
        assert "… 12 days …" in text
        assert "11 Jan–8 Feb" in text
        assert "Why this date" in text
        await pilot.press("j")
        text = screen_text(app)
        assert "Monday before the publication date" in text
        assert "Putin had made the pledge" in text
        assert app.current_event().id == "e1"
        await pilot.press("G")
        assert app.current_event().id == "e4"
        assert "planned" in screen_text(app)
        await pilot.press("g")
        assert app.current_event().id == "e0"
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert app.current_event().id == "e2"
        await pilot.press("left_square_bracket")
        assert app.current_event().id == "e1"


async def test_real_pipeline_on_the_bundled_seed() -> None:
    app = TimelineApp([], remember=False)  # no paths: the bundled seeds
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        text = timeline_text(app)
        days = ["Mon 7 Feb 2022", "Tue 8 Feb 2022", "Sun 20 Feb 2022"]
        at = [text.index(day) for day in days]
        assert at == sorted(at)
        # The vague "in recent weeks" comes first, as a range ending on the publication day.
        assert text.index("–8 Feb") < at[0] and "Western leaders" in text[: at[0]]
        assert "pledge" in text[at[0] : at[1]]  # the Moscow talks on Monday evening
        assert "Diplomatic efforts" in text[at[1] : at[2]] and "Kremlin said" in text[at[1] : at[2]]
        assert "planned" in text[at[2] :]
        assert "1 article" in screen_text(app)


async def test_search_highlights_and_moves() -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("slash")
        await pilot.press(*"kremlin", "enter")
        await pilot.pause()
        assert app.current_event().id == "e3"
        assert "/kremlin: 1 hit ·" in screen_text(app)
        await pilot.press("n")
        assert app.current_event().id == "e3"
        await pilot.press("escape")
        assert app.search == ""


async def test_filter_by_text_and_clear() -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        await pilot.press("f")
        await pilot.pause()
        await pilot.press(*"putin", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "2 of 5 events" in text and "text “putin”" in text
        assert "Western leaders" not in text
        await pilot.press("F")
        await pilot.pause()
        assert "5 events" in screen_text(app)
        assert len(app.shown) == 5


async def test_actor_filter() -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        await pilot.press("a")
        await pilot.pause()
        await pilot.press(*"kreml", "enter")
        await pilot.pause()
        assert [app.events[i].id for i in app.shown] == ["e3"]
        assert "actor Kremlin" in screen_text(app)


async def test_help_screen_lists_keys() -> None:
    app = make()
    async with app.run_test(size=(100, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        for words in ("Jump to a date", "Next mark", "Copy the quote", "Filter by actor", "Zoom"):
            assert words in text
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_problems_screen_with_a_bad_file() -> None:
    tl = seed_story()
    app = make(
        timeline=Timeline(tl.articles, tl.events, (Problem("in/bad.txt", "line 2 is not a date (YYYYMMDD)"),))
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        assert "1 problem (p)" in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
        text = screen_text(app)
        assert "bad.txt" in text and "not a date" in text
        await pilot.press("q")
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsScreen)


async def test_problems_from_the_real_reader(tmp_path) -> None:
    (tmp_path / "bad.txt").write_text("only a title\n")
    app = TimelineApp([str(tmp_path)], remember=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        assert "problem" in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        assert "bad.txt" in screen_text(app)


async def test_article_view_moves_the_selection() -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        text = screen_text(app)
        assert "Ukraine crisis Putin did not promise Macron" in text
        assert "livemint.com" in text
        await pilot.press("j")
        await pilot.pause()
        moved = app.current_event().id
        assert moved != "e1"
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, ArticleScreen)
        assert app.current_event().id == moved


async def test_marks_next_previous_and_markdown_export(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("j", "m", "j", "j", "m", "g")
        assert app.marks == {"e1", "e3"}
        assert "2 marked" in screen_text(app)
        assert "●" in screen_text(app)
        await pilot.press("u")
        assert app.current_event().id == "e1"
        await pilot.press("u")
        assert app.current_event().id == "e3"
        await pilot.press("U")
        assert app.current_event().id == "e1"
        await pilot.press("M")
        await pilot.pause()
        written = (tmp_path / "timeline-marks.md").read_text()
        assert "Putin had made the pledge" in written and "Kremlin said" in written
        assert "livemint.com" in written
        assert "Western leaders" not in written


async def test_jump_to_date() -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("t")
        await pilot.press(*"20 feb", "enter")
        await pilot.pause()
        assert app.current_event().id == "e4"
        await pilot.press("t")
        await pilot.press(*"2022-02-08", "enter")
        await pilot.pause()
        assert app.current_event().id == "e2"
        await pilot.press("t")
        await pilot.press(*"yesterday", "enter")
        await pilot.pause()
        assert app.current_event().id == "e1"


async def test_zoom_order_and_replay() -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        await pilot.press("z")
        assert "Week 6 · 7 Feb – 13 Feb 2022" in screen_text(app)
        await pilot.press("z")
        assert "February 2022" in screen_text(app)
        await pilot.press("z", "s")
        text = screen_text(app)
        assert "Reported Tue 8 Feb 2022" in text and "reported" in text
        await pilot.press("s", "r")
        await pilot.press(*"2022-02-07", "enter")
        await pilot.pause()
        # Nothing had been published by the 7th: the seed article is from the 8th.
        assert len(app.shown) == 0
        assert "as known on 2022-02-07" in screen_text(app)
        await pilot.press("F")
        assert len(app.shown) == 5


async def test_copy_quote_and_url() -> None:
    app = make()
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("j", "y", "o")
        assert "Putin had made the pledge" in copied[0] and "livemint.com" in copied[0]
        assert copied[1].startswith("https://www.livemint.com/")


async def test_export_dialog_writes_the_view(tmp_path) -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        await pilot.press("e")
        await pilot.pause()
        target = tmp_path / "out.md"
        app.screen.query_one("#export-path").value = str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert "Troops pulled back" in target.read_text()


async def test_state_is_restored_per_collection() -> None:
    tl = seed_story()
    app = make(timeline=tl, remember=True)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("j", "j", "m", "z")
        await pilot.press("f")
        await pilot.pause()
        await pilot.press(*"tuesday", "enter")
        await pilot.pause()
    key = state.collection_key(a.id for a in tl.articles)
    saved = state.load(key)
    assert saved["marks"] == ["e2"] and saved["zoom"] == "week" and saved["cursor"] == "e2"
    again = make(timeline=tl, remember=True)
    async with again.run_test(size=(80, 24)) as pilot:
        await started(pilot, again)
        assert again.current_event().id == "e2"
        assert again.marks == {"e2"} and again.zoom == "week"
        assert again.filters.text == "tuesday"
        await pilot.press("F", "z", "z", "m")
    state.save(key, {})


@pytest.mark.parametrize("size", [(20, 5), (40, 10), (80, 24), (200, 50)])
async def test_no_crash_at_any_size(size: tuple[int, int]) -> None:
    app = make()
    async with app.run_test(size=size) as pilot:
        await started(pilot, app)
        await pilot.press(
            "j", "G", "space", "b", "z", "question_mark", "escape", "enter", "j", "escape", "p", "q"
        )
        await pilot.pause()
        assert app.is_running or app.return_code is not None


async def test_layout_side_by_side_when_wide_stacked_when_narrow() -> None:
    app = make()
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot, app)
        quote, view = app.query_one("#quote").region, app.query_one("#timeline").region
        assert quote.x > view.x and quote.y == view.y
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        quote, view = app.query_one("#quote").region, app.query_one("#timeline").region
        assert quote.y > view.y


async def test_large_timeline_scrolls_and_searches() -> None:
    app = make(timeline=synthetic_timeline(100_000))
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        await pilot.press("G")
        assert app.view.position == 99_999
        await pilot.press("space", "b", "g")
        assert app.view.position == 0
        await pilot.press("slash", *"(99998)", "enter")
        await pilot.pause()
        assert app.view.position == 99_998


async def test_q_quits_from_main_and_backs_out_of_screens() -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("question_mark", "q")
        await pilot.pause()
        assert app.is_running
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


def _disputed() -> Timeline:
    tl = seed_story()
    article = tl.articles[0]
    event = tl.events[1]
    other = attrs.evolve(
        article,
        id="other",
        path="other.txt",
        title="Another report",
        published=D(2022, 2, 9),
        url="https://example.org/b",
    )
    tuesday = When(D(2022, 2, 8), D(2022, 2, 8), "day", "2022-02-08", "on Tuesday")
    second = attrs.evolve(
        event.sources[0], article="other", path="other.txt", published=D(2022, 2, 9), when=tuesday
    )
    merged = attrs.evolve(event, sources=(event.sources[0], second), disputed=True)
    return Timeline((article, other), (tl.events[0], merged, *tl.events[2:]), ())


async def test_disputed_entry_shows_both_datings_side_by_side() -> None:
    app = make(timeline=_disputed())
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("j")
        text = screen_text(app)
        assert "DISPUTED" in text
        line = next(row for row in text.splitlines() if "Mon 7 Feb 2022" in row and "Tue 8 Feb 2022" in row)
        assert line.index("Mon 7 Feb 2022", line.index("│")) < line.index("Tue 8 Feb 2022", line.index("│"))
        assert "×2" in timeline_text(app) and "!" in timeline_text(app)


async def test_command_palette_offers_every_command() -> None:
    app = make()
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"jump to")
        await pilot.pause(0.5)
        assert "Jump to a date" in screen_text(app)


async def test_progress_bar_while_loading(tmp_path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(
            (seeds_dir() / "000_39d88328765eb911.txt")
            .read_text()
            .replace("Ukraine crisis", f"Report {i}:", 1)
        )
    app = TimelineApp([str(tmp_path)], remember=False)
    seen: list[tuple[int, int]] = []
    original = app._progress

    def spy(done: int, total: int) -> None:
        seen.append((done, total))
        original(done, total)

    app._progress = spy  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        assert seen and seen[-1] == (3, 3)
        assert app.query("#loading-bar") and not app.query_one("#loading").display
        assert "3 articles" in screen_text(app)


async def test_tab_moves_to_the_quote_pane_and_q_comes_back_first() -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("tab")
        assert app.focused is app.query_one("#quote")
        await pilot.press("j", "q")  # j scrolls the quote; q returns to the timeline before quitting
        assert app.is_running and app.focused is app.view
        await pilot.press("shift+tab")
        assert app.focused is not app.view


async def test_random_keys_never_crash(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # M and e write files
    import random

    from tui.keys import KEYS

    keys = [k.split(",")[0] for key in KEYS for k in [key.keys] if key.action not in ("quit", "back_or_quit")]
    keys += ["escape"] * 10 + ["x", "1", "enter", "backspace"]
    rng = random.Random(7)
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        for _ in range(80):
            await pilot.press(rng.choice(keys))
        await pilot.pause()
        for _ in range(5):
            await pilot.press("escape")
        assert app.is_running


async def test_a_store_is_walked_a_page_at_a_time(tmp_path) -> None:
    from core.store import write

    path = write(tmp_path / "story.db", synthetic_timeline(5000, per_day=50))
    app = TimelineApp([str(path)], remember=True)
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        assert app.store is not None and len(app.shown) == 5000
        assert "10 articles · 5000 events" in screen_text(app)
        await pilot.press("G")
        assert app.view.position == 4999 and app.current_event().when.start == app.events[4999].when.start
        await pilot.press("g", "slash", *"4998", "enter")  # the store's full-text index
        await pilot.pause()
        assert app.current_event().headline.endswith("(4998)")
        await pilot.press("m", "a")
        await pilot.pause()
        await pilot.press(*"nato", "enter")
        await pilot.pause()
        assert 0 < len(app.shown) < 5000 and all("NATO" in app.events[i].actors for i in app.shown[:50])
        await pilot.press("enter")
        await pilot.pause()
        assert "Synthetic report" in screen_text(app)
        last = app.current_event().id
    again = TimelineApp([str(path)], remember=True)
    async with again.run_test(size=(100, 30)) as pilot:
        await started(pilot, again)
        assert again.current_event().id == last  # cursor, filter and mark restored from their positions
        assert again.filters.actor == "NATO" and len(again.shown) < 5000
        assert [again.events[i].headline for i in again.find_ids(again.marks).values()] == ["Biden visited (4998)"]
        await pilot.press("F", "m")


async def test_a_store_orders_by_report_date_like_the_same_timeline_in_memory(tmp_path) -> None:
    from core.store import write

    timeline = synthetic_timeline(300, per_day=12)
    path = write(tmp_path / "story.db", timeline)
    in_memory = make(timeline=timeline)
    async with in_memory.run_test(size=(100, 30)) as pilot:
        await started(pilot, in_memory)
        await pilot.press("s")
        await pilot.pause()
        expected = [in_memory.events[i].id for i in in_memory.shown]
        expected_text = screen_text(in_memory)
    app = TimelineApp([str(path)])
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        happened = [app.events[i].id for i in app.shown]
        await pilot.press("s")
        await pilot.pause()
        assert app.order == "reported"
        assert [app.events[i].id for i in app.shown] == expected != happened
        assert screen_text(app).splitlines()[1:12] == expected_text.splitlines()[1:12]


async def test_a_store_replays_like_the_same_timeline_in_memory(tmp_path) -> None:
    from core.pipeline import extract
    from core.store import write

    first = "Summit plans\n20220208\nhttps://example.org/a\n" + (
        "Ministers met on Monday in Paris to prepare the Geneva summit.\n"
        "The summit will open on 20 February in Geneva, officials said.\n"
    )
    later = "Summit opens\n20220222\nhttps://example.org/b\n" + (
        "The Geneva summit opened on 20 February with a speech by the host.\n"
        "Ministers met on 7 February in Paris to prepare the Geneva summit.\n"
    )
    (tmp_path / "a.txt").write_text(first)
    (tmp_path / "b.txt").write_text(later)
    timeline = extract([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], jobs=1)
    path = write(tmp_path / "summit.db", timeline)

    async def replayed(app: TimelineApp) -> list[tuple[str, str, int]]:
        async with app.run_test(size=(100, 30)) as pilot:
            await started(pilot, app)
            await pilot.press("r", *"2022-02-10", "enter")
            await pilot.pause()
            assert "as known on 2022-02-10" in screen_text(app)
            return sorted((app.events[i].id, app.events[i].kind.value, len(app.events[i].sources)) for i in app.shown)

    expected = await replayed(make(timeline=timeline))
    assert ("planned", 1) in {(kind, n) for _, kind, n in expected}  # the summit, not yet held on the 10th
    assert len(expected) < len(timeline.events)
    assert await replayed(TimelineApp([str(path)])) == expected


def slow_folder(tmp_path, monkeypatch, sentences: list[str]) -> str:
    """A folder of one-sentence reports whose reading takes a while (in-process, jobs=1), shown as it goes."""
    import time

    from core import pipeline

    for i, sentence in enumerate(sentences):
        (tmp_path / f"{i}.txt").write_text(f"Report {i}\n2024030{i + 1}\nhttps://example.org/{i}\n{sentence}\n")
    real = pipeline.extract_article

    def slowly(article):
        time.sleep(0.25)
        return real(article)

    monkeypatch.setattr(pipeline, "extract_article", slowly)
    monkeypatch.setattr(pipeline, "PARTIAL_EVERY", 0.0)
    return str(tmp_path)


async def until_streaming(app: TimelineApp, rows: int = 1) -> None:
    import asyncio

    # (up to 20 s: a loaded 2-core machine can take seconds to start the reading thread)
    for _ in range(400):
        await asyncio.sleep(0.05)
        if app._streaming and len(app.shown) >= rows:
            return


async def until_on_screen(app: TimelineApp, words: str) -> None:
    import asyncio

    for _ in range(200):
        if words in screen_text(app):
            return
        await asyncio.sleep(0.05)


async def test_rows_appear_while_articles_are_read(tmp_path, monkeypatch) -> None:
    towns = [f"The council of town {i} met on Monday to vote on the harbour plan." for i in range(5)]
    app = TimelineApp([slow_folder(tmp_path, monkeypatch, towns)], jobs=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await until_streaming(app, rows=2)
        await pilot.pause()
        assert app._streaming and app.query_one("#loading").display
        assert "showing those read so far" in screen_text(app)
        assert "town 0" in screen_text(app)
        await pilot.press("j")  # the reader walks what is there meanwhile
        walked = app.current_event().sources[0]
        await started(pilot, app)
        assert not app._streaming and not app.query_one("#loading").display
        assert len(app.timeline.articles) == 5
        # still on the entry the reader chose, though towns 0-2 met on the same Monday and merged
        assert walked in app.current_event().sources
        assert any(len(e.sources) > 1 for e in app.timeline.events)
        assert "town 4" in screen_text(app)


async def test_esc_stops_reading_and_keeps_what_is_read(tmp_path, monkeypatch) -> None:
    import threading

    from core import pipeline

    towns = [f"The council of town {i} voted on a plan." for i in range(8)]
    folder = slow_folder(tmp_path, monkeypatch, towns)
    # Past the first report, reading waits for the test, so it cannot finish before Esc, however slow the machine.
    gate = threading.Event()
    slowly = pipeline.extract_article

    def gated(article):
        if not article.path.endswith("0.txt"):
            gate.wait(10)
        return slowly(article)

    monkeypatch.setattr(pipeline, "extract_article", gated)
    app = TimelineApp([folder], jobs=1)
    async with app.run_test(size=(100, 30)) as pilot:
        await until_streaming(app)
        await pilot.press("escape")
        # The status line says so until what was read is shown; the reading may stop at once if it had not yet
        # begun the next report (the gate holds only one already begun), and then the timeline is shown at once.
        assert app._cancel.is_set()
        assert not app.reading or "Stopping" in str(app.query_one("#loading-label", Label).render())
        gate.set()
        await started(pilot, app)
        assert not app.reading and not app.query_one("#loading").display
        assert 1 <= len(app.timeline.articles) < 8
        assert any("stopped by the reader" in p.reason for p in app.timeline.problems)
        await pilot.press("j", "escape")  # Esc is back to its usual meaning
        assert app.is_running


async def test_a_click_selects_a_row() -> None:
    app = make()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        row = app.view.data.layout.row_of[3]
        await pilot.click("#timeline", offset=(20, row))
        assert app.current_event().id == "e3"


async def test_the_day_header_sticks_to_the_top_line() -> None:
    app = make(timeline=synthetic_timeline(200, per_day=12))
    async with app.run_test(size=(80, 16)) as pilot:
        await started(pilot, app)
        await pilot.press(*["j"] * 9)
        top = timeline_text(app).splitlines()[0]
        assert app.view.scroll_offset.y > 0 and top.strip() == "Mon 3 Jan 2022"
        assert "(9)" in timeline_text(app)  # the cursor's row is never under the pinned header


def test_nothing_slow_is_imported_before_the_first_frame() -> None:
    import subprocess
    import sys

    code = (
        "import sys, tui.app; "
        "print(','.join(m for m in ('pendulum', 'attrs', 'core.model', 'core.pipeline', 'tui.viewmodel', "
        "'tui.screens.filter', 'tui.evidence') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


async def test_big_collections_regroup_and_filter_in_a_worker() -> None:
    app = make()
    app.BIG = 2  # pretend five events are a lot: the worker path
    async with app.run_test(size=(100, 30)) as pilot:
        await started(pilot, app)
        assert len(app.shown) == 5
        await pilot.press("j", "z")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "Week 6 · 7 Feb – 13 Feb 2022" in screen_text(app) and app.current_event().id == "e1"
        await pilot.press("f", *"kremlin", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [app.events[i].id for i in app.shown] == ["e3"] and "1 of 5 events" in screen_text(app)


async def test_a_folder_big_enough_for_the_process_pool(tmp_path, monkeypatch) -> None:
    from core.parallel import MIN_PARALLEL

    monkeypatch.setenv("TIMELINE_NO_CACHE", "1")  # really extract, in worker processes
    seed = (seeds_dir() / "000_39d88328765eb911.txt").read_text()
    for i in range(MIN_PARALLEL + 2):
        (tmp_path / f"{i:03d}.txt").write_text(seed.replace("Ukraine crisis", f"Report {i}:", 1))
    app = TimelineApp([str(tmp_path)], jobs=2, remember=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        assert not app.loaded.problems, app.loaded.problems  # it failed inside Textual before
        assert len(app.loaded.articles) == MIN_PARALLEL + 2
