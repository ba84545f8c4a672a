"""One line of events per day/week/month over what is shown, with the cursor's place on it."""

from __future__ import annotations

from typing import Any, ClassVar

from rich.segment import Segment
from textual.strip import Strip
from textual.widget import Widget

CURSOR = "◆"
"""The cursor's bucket: a glyph of its own, so it shows without colour (NO_COLOR) too."""


class DensityStrip(Widget):
    """lnav's histogram in one row."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"density--bar", "density--cursor", "density--label"}

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._keys: list[int] | object = []
        self._density: Any = None
        self._cursor_key: int | None = None

    def show(self, keys: object, cursor_key: int | None) -> None:
        """`keys`: sorted day ordinals of the shown events (any sequence)."""
        self._keys = keys
        self._cursor_key = cursor_key
        self._rebucket()

    def move(self, cursor_key: int | None) -> None:
        if cursor_key != self._cursor_key:
            self._cursor_key = cursor_key
            self.refresh()

    def _rebucket(self) -> None:
        from tui.viewmodel import density

        width = max(self.size.width - 8, 1)
        self._density = density(self._keys, width)  # type: ignore[arg-type]
        self.refresh()

    def on_resize(self) -> None:
        self._rebucket()

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y != 0 or self._density is None or not self._density.counts:
            return Strip.blank(width, base)
        bar = self.get_component_rich_style("density--bar")
        cursor = self.get_component_rich_style("density--cursor")
        label = self.get_component_rich_style("density--label")
        bars = self._density.bars()
        # Few buckets on a wide line: give each bucket several cells, so the strip spans the pane.
        cell = min(max(1, (width - 8) // len(bars)), 4)
        at = self._density.bucket(self._cursor_key) if self._cursor_key is not None else -1
        segments = [Segment(f"{self._density.unit:>6}: ", label)]
        if 0 <= at < len(bars):
            segments += [
                Segment("".join(c * cell for c in bars[:at]), bar),
                Segment(CURSOR * cell, cursor),
                Segment("".join(c * cell for c in bars[at + 1 :]), bar),
            ]
        else:
            segments.append(Segment("".join(c * cell for c in bars), bar))
        return Strip(segments).adjust_cell_length(width, base)
