"""The `?` screen: every key, grouped, from `tui.keys`."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.keys import KEYS


def help_table() -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    group = None
    for key in KEYS:
        if key.group != group:
            if group is not None:
                table.add_row("", "")
            table.add_row(Text(key.group, "bold underline"), "")
            group = key.group
        table.add_row(key.display, key.description)
    return table


NOTES = (
    "Markers: ● marked · ! disputed date · ~ vague span · ? low confidence · planned / ongoing after the headline.\n"
    "Cursor, filters and marks are saved per collection of articles and restored next time.\n"
    "Over SSH: y and o copy through OSC 52 (your terminal must allow it); run with --no-mouse to keep\n"
    "your terminal's own text selection."
)


class HelpScreen(ModalScreen[None]):
    """Keys and markers; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark,f1", "dismiss", "Close"),
        Binding("j,down", "scroll(1)", "Down", show=False),
        Binding("k,up", "scroll(-1)", "Up", show=False),
        Binding("space,pagedown", "scroll(10)", "Page down", show=False),
        Binding("b,pageup", "scroll(-10)", "Page up", show=False),
    ]

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box"):
            yield Static(Text("timeline — keys", "bold"), id="help-title")
            yield Static(help_table(), id="help-keys")
            yield Static(Text(NOTES, "dim"), id="help-notes")

    def action_scroll(self, lines: int) -> None:
        box = self.query_one("#help-box", VerticalScroll)
        box.scroll_to(y=box.scroll_y + lines, animate=False)

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
