"""The `e` dialog: export the filtered view or the marked events to a file."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import attrs
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from tui.exporting import FORMATS, SUFFIXES


@attrs.frozen
class ExportRequest:
    fmt: str
    marked_only: bool
    path: Path


class ExportScreen(ModalScreen[ExportRequest | None]):
    AUTO_FOCUS = "#export-path"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, shown: int, marked: int) -> None:
        super().__init__()
        self.shown = shown
        self.marked = marked

    def compose(self) -> ComposeResult:
        scope = "marked" if self.marked else "view"
        with Vertical(id="export-box"):
            yield Label("Export (Enter writes, Esc cancels)")
            yield Label("What")
            yield Select(
                [
                    (f"the {self.shown} events in view", "view"),
                    (f"the {self.marked} marked events", "marked"),
                ],
                value=scope,
                allow_blank=False,
                id="export-scope",
                compact=True,
            )
            yield Label("Format")
            yield Select(
                [(f, f) for f in FORMATS],
                value="markdown",
                allow_blank=False,
                id="export-format",
                compact=True,
            )
            yield Label("File")
            yield Input(f"timeline-{scope}.md", id="export-path", compact=True)
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-go", compact=True)

    def on_select_changed(self) -> None:
        fmt = str(self.query_one("#export-format", Select).value)
        scope = str(self.query_one("#export-scope", Select).value)
        self.query_one("#export-path", Input).value = f"timeline-{scope}{SUFFIXES.get(fmt, '.txt')}"

    def on_input_submitted(self) -> None:
        self._go()

    def on_button_pressed(self) -> None:
        self._go()

    def _go(self) -> None:
        fmt = str(self.query_one("#export-format", Select).value)
        scope = str(self.query_one("#export-scope", Select).value)
        raw = self.query_one("#export-path", Input).value.strip() or f"timeline{SUFFIXES[fmt]}"
        self.dismiss(ExportRequest(fmt, scope == "marked", Path(raw).expanduser()))

    def action_cancel(self) -> None:
        self.dismiss(None)
