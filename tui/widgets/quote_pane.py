"""The quote pane: the selected event's evidence and the reason for its date.

It renders the evidence (from `tui.evidence`) to lines once per event and shows them through the
Line API, so a cursor move changes what the pane draws without a layout pass over the screen
(a `Static` here made every `j` cost three times as much).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

if TYPE_CHECKING:
    from rich.console import RenderableType

    from core.model import Article, Event


class QuotePane(ScrollView, can_focus=True):
    """Scrollable evidence for the selected event (j/k, space/b, g/G when focused)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Down", show=False),
        Binding("k,up", "scroll_up", "Up", show=False),
        Binding("space,pagedown", "page_down", "Page down", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._renderable: RenderableType = Text("")
        self._lines: list[Strip] = []
        self._width = -1

    def show_event(self, event: Event | None, articles: Mapping[str, Article], query: str = "") -> None:
        if event is None:
            self._renderable = Text("No event selected.", "dim")
        else:
            from tui.evidence import describe

            self._renderable = describe(event, articles, query)
        self._width = -1
        self._render_lines()
        self.scroll_to(y=0, animate=False)
        self.refresh()

    def _render_lines(self) -> None:
        width = self.scrollable_content_region.width
        if width == self._width:
            return
        self._width = width
        if width <= 0:
            self._lines = []
        else:
            console = self.app.console
            options = console.options.update_width(width)
            lines = console.render_lines(self._renderable, options, pad=False)
            self._lines = [Strip(Segment.simplify(line)) for line in lines]
        self.virtual_size = Size(0, len(self._lines))

    def on_resize(self) -> None:
        self._render_lines()

    def render_line(self, y: int) -> Strip:
        self._render_lines()
        width = self.scrollable_content_region.width
        row = self.scroll_offset.y + y
        base = self.rich_style
        if row >= len(self._lines):
            return Strip.blank(width, base)
        return self._lines[row].apply_style(base).adjust_cell_length(width, base)
