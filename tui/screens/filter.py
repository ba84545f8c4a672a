"""The `f` dialog: narrow the timeline by text, source article, kind and date range."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import ClassVar

import attrs
import pendulum
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select

from core.model import Kind
from tui.viewmodel import Filters, shorten

DateParser = Callable[[str], tuple[pendulum.Date, pendulum.Date] | None]


class FilterScreen(ModalScreen[Filters | None]):
    """Returns the new filters (actor and replay date kept as they were), or None on Esc."""

    AUTO_FOCUS = "#filter-text"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, current: Filters, articles: Sequence[tuple[str, str]], parse_date: DateParser) -> None:
        super().__init__()
        self.current = current
        self.articles = articles
        self.parse_date = parse_date

    def compose(self) -> ComposeResult:
        c = self.current
        with Vertical(id="filter-box"):
            yield Label("Filter — only matching events stay (Enter applies, Esc cancels)", id="filter-title")
            yield Label("Text in headline or quote")
            yield Input(c.text, placeholder="e.g. Kremlin", id="filter-text", compact=True)
            yield Label("Source article")
            yield Select(
                [(shorten(title, 60), aid) for aid, title in self.articles],
                value=c.article or Select.NULL,
                prompt="any article",
                id="filter-article",
                compact=True,
            )
            yield Label("Kind")
            yield Select(
                [(k.value, k.value) for k in Kind],
                value=c.kind or Select.NULL,
                prompt="any kind",
                id="filter-kind",
                compact=True,
            )
            yield Label("From / to (any date form: 2022-02-07, 7 feb, …)")
            with Horizontal(id="filter-dates"):
                yield Input(_iso(c.start), placeholder="from", id="filter-start", compact=True)
                yield Input(_iso(c.end), placeholder="to", id="filter-end", compact=True)
            yield Label("", id="filter-error")
            with Horizontal(id="filter-buttons"):
                yield Button("Apply", variant="primary", id="filter-apply", compact=True)
                yield Button("Clear", id="filter-clear", compact=True)

    def on_input_submitted(self) -> None:
        self._apply()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "filter-clear":
            self.dismiss(Filters(actor=self.current.actor, as_of=self.current.as_of))
        else:
            self._apply()

    def _apply(self) -> None:
        ok_start, start = self._date("#filter-start", first=True)
        ok_end, end = self._date("#filter-end", first=False)
        if not (ok_start and ok_end):
            return
        article = self.query_one("#filter-article", Select).value
        kind = self.query_one("#filter-kind", Select).value
        self.dismiss(
            attrs.evolve(
                self.current,
                text=self.query_one("#filter-text", Input).value.strip(),
                article=article if isinstance(article, str) else "",
                kind=kind if isinstance(kind, str) else "",
                start=start,
                end=end,
            )
        )

    def _date(self, selector: str, first: bool) -> tuple[bool, pendulum.Date | None]:
        """(False, None) when the field holds something that is not a date (and says so)."""
        raw = self.query_one(selector, Input).value.strip()
        if not raw:
            return True, None
        found = self.parse_date(raw)
        if found is None:
            self.query_one("#filter-error", Label).update(f"Not a date: “{raw}”")
            return False, None
        return True, found[0] if first else found[1]

    def action_cancel(self) -> None:
        self.dismiss(None)


def _iso(d: date | None) -> str:
    return d.isoformat() if d else ""
