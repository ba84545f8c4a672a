"""The `a` dialog: pick one named actor; only events that mention it stay."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

ALL = "\x00all"


class ActorScreen(ModalScreen[str | None]):
    """Returns the actor ("" for everyone) or None on Esc. Typing narrows the list."""

    AUTO_FOCUS = "#actor-input"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, actors: Sequence[tuple[str, int]], current: str = "") -> None:
        super().__init__()
        self.actors = actors
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="actor-box"):
            yield Label("Actor — events that name them (type to narrow, Enter picks)")
            yield Input(placeholder="name", id="actor-input", compact=True)
            yield OptionList(*self._options(""), id="actor-list")

    def _options(self, needle: str) -> list[Option]:
        options = [Option("(everyone)", id=ALL)]
        for name, count in self.actors:
            if needle.casefold() in name.casefold():
                options.append(Option(f"{name}  ({count})", id=name))
            if len(options) > 500:
                break
        return options

    def on_input_changed(self, event: Input.Changed) -> None:
        listing = self.query_one(OptionList)
        listing.clear_options()
        listing.add_options(self._options(event.value))
        listing.highlighted = 1 if listing.option_count > 1 and event.value else 0

    def on_input_submitted(self) -> None:
        listing = self.query_one(OptionList)
        if listing.highlighted is not None:
            self._pick(listing.get_option_at_index(listing.highlighted).id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self._pick(event.option.id)

    def _pick(self, option_id: str | None) -> None:
        self.dismiss("" if option_id in (None, ALL) else option_id)

    def action_cancel(self) -> None:
        self.dismiss(None)
