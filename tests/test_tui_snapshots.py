"""Pictures of the main layouts on the bundled seed (pytest-textual-snapshot).

Regenerate after an intended change of look: `python -m pytest tests/test_tui_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.app import TimelineApp
from tui.synthetic import seed_story

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _repo_root(monkeypatch: pytest.MonkeyPatch) -> None:
    # Relative paths on screen, whatever the checkout's location.
    monkeypatch.chdir(ROOT)


@pytest.fixture(autouse=True)
def _no_blink(monkeypatch: pytest.MonkeyPatch) -> None:
    # A blinking text cursor would make the pictures depend on timing.
    from textual.widgets import Input

    monkeypatch.setattr(Input, "_toggle_cursor", lambda _self: None)


async def _loaded(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _app() -> TimelineApp:
    # A fixed story over the real seed article: the pictures test the viewer, not the extractor's
    # latest wording (tests/test_tui_app.py checks the real pipeline's seed timeline on screen).
    return TimelineApp(timeline=seed_story(), remember=False)


def test_main_80x24(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        await pilot.press("j")

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=run_before)


def test_main_160x48(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        await pilot.press("j", "j", "j", "j")

    assert snap_compare(_app(), terminal_size=(160, 48), run_before=run_before)


def test_help_100x40(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        await pilot.press("question_mark")

    assert snap_compare(_app(), terminal_size=(100, 40), run_before=run_before)


def test_article_view_100x30(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        await pilot.press("j", "enter")

    assert snap_compare(_app(), terminal_size=(100, 30), run_before=run_before)


def test_filter_dialog_80x24(snap_compare) -> None:
    async def run_before(pilot) -> None:
        await _loaded(pilot)
        await pilot.press("f", *"kremlin")

    assert snap_compare(_app(), terminal_size=(80, 24), run_before=run_before)
