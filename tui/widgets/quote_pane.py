"""The quote pane: the selected event's evidence and the reason for its date."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Static

if TYPE_CHECKING:
    from core.model import Article, Event


class QuotePane(VerticalScroll, can_focus=True):
    """Scrollable evidence for the selected event."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Down", show=False),
        Binding("k", "scroll_up", "Up", show=False),
        Binding("space", "page_down", "Page down", show=False),
        Binding("b", "page_up", "Page up", show=False),
        Binding("g", "scroll_home", "Top", show=False),
        Binding("G", "scroll_end", "Bottom", show=False),
    ]

    def compose(self):  # noqa: ANN201 - Textual's compose signature
        yield Static("", id="quote-body")

    def show_event(
        self,
        event: Event | None,
        articles: Mapping[str, Article],
        query: str = "",
    ) -> None:
        body = self.query_one("#quote-body", Static)
        if event is None:
            body.update(Text("No event selected.", "dim"))
        else:
            from tui.evidence import describe

            body.update(describe(event, articles, query))
        self.scroll_home(animate=False)
