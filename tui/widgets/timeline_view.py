"""The timeline pane: a Line-API list that renders only the rows on screen.

It draws a `Layout` (from `tui.viewmodel`) and moves a cursor over its event rows; everything
else (which events, what order, what a row says) is decided elsewhere. A cursor move repaints
the two rows involved; a million events cost nothing until they scroll into view.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Region, Size, Spacing
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

if TYPE_CHECKING:
    from core.model import Event
    from tui.viewmodel import Layout

_STYLE_CLASSES = {
    "mark": "timeline--mark",
    "when": "timeline--when",
    "marker": "timeline--marker",
    "headline": "timeline--headline",
    "match": "timeline--match",
    "planned": "timeline--planned",
    "ongoing": "timeline--ongoing",
    "count": "timeline--count",
    "lag": "timeline--lag",
    "pad": "timeline--headline",
}


@dataclass
class Shown:
    """What the pane displays: the events, which of them in which order, and the reader's marks."""

    events: Sequence[Event]
    shown: Sequence[int]
    layout: Layout | None
    """None only before anything was loaded (keeps `tui.viewmodel` out of the first frame)."""
    marks: frozenset[str] = frozenset()
    query: str = ""
    lag: bool = False
    when_width: int = 0

    @classmethod
    def empty(cls) -> Shown:
        return cls((), (), None)

    def event_at(self, position: int) -> Event:
        return self.events[self.shown[position]]


class TimelineView(ScrollView, can_focus=True):
    """Events in time order under day headers; j/k, space/b, g/G move the cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "move(1)", "Down", show=False),
        Binding("k,up", "move(-1)", "Up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "first", "First", show=False),
        Binding("G,end", "last", "Last", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline--header",
        "timeline--gap",
        "timeline--cursor",
        "timeline--cursor-blurred",
        "timeline--mark",
        "timeline--when",
        "timeline--marker",
        "timeline--headline",
        "timeline--match",
        "timeline--planned",
        "timeline--ongoing",
        "timeline--count",
        "timeline--lag",
        "timeline--empty",
    }

    cursor: reactive[int] = reactive(0, always_update=True, repaint=False)

    @dataclass
    class Moved(Message):
        """The cursor is on another event (or on none: position -1)."""

        position: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, TimelineView.Moved)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.data = Shown.empty()
        self._styles: dict[str, Style] = {}
        self._cache: OrderedDict[tuple[int, int, bool, bool], Strip] = OrderedDict()
        self.empty_text = "Loading…"

    # --- what the app calls -------------------------------------------------------------
    def show(self, data: Shown, position: int | None = None) -> None:
        """Display new content; put the cursor on `position` (clamped)."""
        self.data = data
        self._cache.clear()
        self.virtual_size = Size(0, len(data.layout) if data.layout is not None else 0)
        count = len(data.shown)
        target = min(max(position if position is not None else self.cursor, 0), max(count - 1, 0))
        self.refresh()
        self._set_cursor(target, force=True)

    def repaint(self) -> None:
        """Redraw visible rows after marks or the search query changed."""
        self._cache.clear()
        self.refresh()

    @property
    def position(self) -> int | None:
        """The cursor's position among the shown events, or None when nothing is shown."""
        return self.cursor if self.data.shown else None

    def go(self, position: int) -> None:
        self._set_cursor(position)

    # --- actions ------------------------------------------------------------------------
    def action_move(self, step: int) -> None:
        self._set_cursor(self.cursor + step)

    def action_page(self, direction: int) -> None:
        layout = self.data.layout
        if layout is None or not layout.row_of:
            return
        height = max(self.scrollable_content_region.height - 1, 1)
        row = layout.row_of[self.cursor] + direction * height
        target = layout.position_at_row(row, forward=direction > 0)
        if target is not None:
            self._set_cursor(target)

    def action_first(self) -> None:
        self._set_cursor(0)
        self.scroll_to(y=0, animate=False)

    def action_last(self) -> None:
        self._set_cursor(len(self.data.shown) - 1)

    # --- internals ----------------------------------------------------------------------
    def _set_cursor(self, position: int, force: bool = False) -> None:
        count = len(self.data.shown)
        if count == 0:
            self.cursor = 0
            self.post_message(self.Moved(-1))
            return
        position = min(max(position, 0), count - 1)
        previous = self.cursor
        if position == previous and not force:
            return
        layout = self.data.layout
        assert layout is not None  # there are events, so there is a layout
        if previous < len(layout.row_of):
            self.refresh_line(layout.row_of[previous])
        self.cursor = position
        row = layout.row_of[position]
        self.refresh_line(row)
        # Keep the group header in view when the cursor reaches the first event under it.
        top = row - 1 if row > 0 and layout.rows[row - 1] < 0 else row
        # One row of room above: the top line may be the sticky header of the day above.
        self.scroll_to_region(
            Region(0, top, 1, row - top + 1),
            spacing=Spacing(1, 0, 0, 0),
            animate=False,
            force=True,
            x_axis=False,
        )
        self.post_message(self.Moved(position))

    def on_click(self, event: events.Click) -> None:
        """The mouse is never needed, but a click on a row selects it."""
        layout = self.data.layout
        row = self.scroll_offset.y + event.y
        if layout is not None and 0 <= row < len(layout.rows):
            value = layout.rows[row]
            target = value if value >= 0 else layout.position_at_row(row)
            if target is not None:
                self._set_cursor(target)

    def on_resize(self) -> None:
        self._cache.clear()
        if self.data.shown and self.data.layout is not None:
            row = self.data.layout.row_of[self.cursor]
            self.scroll_to_region(Region(0, row, 1, 1), animate=False, force=True, x_axis=False)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def _style(self, name: str) -> Style:
        """A component's full style (theme colours resolved, "auto" included), cached per theme."""
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(name)
        return style

    def on_focus(self) -> None:
        self.repaint()

    def on_blur(self) -> None:
        self.repaint()

    def sticky_header(self) -> int | None:
        """Row of the group header to pin on the top line, when the real one has scrolled away."""
        layout = self.data.layout
        top = self.scroll_offset.y
        if layout is None or top <= 0 or top >= len(layout.rows) or layout.rows[top] < 0:
            return None
        group = layout.group_of(layout.rows[top])
        header = layout.row_of[layout.group_first[group]] - 1
        return header if 0 <= header < top else None

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        row = self.scroll_offset.y + y
        if y == 0:
            pinned = self.sticky_header()
            if pinned is not None:
                return self._render_row(pinned, width, False)
        layout = self.data.layout
        if layout is None or not layout.rows:
            if y == 0:
                style = self.get_component_rich_style("timeline--empty")
                return Strip([Segment(f" {self.empty_text}", style)]).adjust_cell_length(width, style)
            return Strip.blank(width, self.rich_style)
        if row >= len(layout.rows):
            return Strip.blank(width, self.rich_style)
        selected = layout.rows[row] >= 0 and layout.rows[row] == self.cursor
        key = (row, width, selected, self.has_focus)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(row, width, selected)
            self._cache[key] = strip
            if len(self._cache) > 512:
                self._cache.popitem(last=False)
        return strip

    def _render_row(self, row: int, width: int, selected: bool) -> Strip:
        from tui.viewmodel import row_cells

        layout = self.data.layout
        assert layout is not None
        value = layout.rows[row]
        if value < 0:
            header = layout.headers[-value - 1]
            cls = "timeline--header" if header.kind == "group" else "timeline--gap"
            style = self.get_component_rich_style(cls)
            text = f" {header.label}" if header.kind == "group" else f"   {header.label}"
            return Strip([Segment(text[:width], style)]).adjust_cell_length(width, style)
        event = self.data.event_at(value)
        cells = row_cells(
            event,
            width,
            marked=event.id in self.data.marks,
            query=self.data.query,
            lag=self.data.lag,
            when_width=self.data.when_width,
        )
        base = self.rich_style
        overlay: Style | None = None
        if selected:
            overlay = self.get_component_rich_style(
                "timeline--cursor" if self.has_focus else "timeline--cursor-blurred"
            )
        segments = []
        for text, name in cells:
            style = self._style(_STYLE_CLASSES[name])
            if overlay is not None and name != "match":
                style = style + overlay
            segments.append(Segment(text, style))
        return Strip(segments).adjust_cell_length(width, base)
