"""Every key of the app, as data: the bindings, the help screen and the command palette read it."""

from __future__ import annotations

from typing import NamedTuple

from textual.binding import Binding


class Key(NamedTuple):
    keys: str
    """Textual key names, comma-separated."""
    display: str
    """How the help screen writes them."""
    action: str
    description: str
    group: str
    footer: bool = False
    app: bool = True
    """False when the key belongs to a widget (the timeline pane), listed here for the help screen."""


KEYS: tuple[Key, ...] = (
    Key("j,down", "j ↓", "move(1)", "Next event", "Move", app=False),
    Key("k,up", "k ↑", "move(-1)", "Previous event", "Move", app=False),
    Key("space,pagedown", "space PgDn", "page(1)", "Page down", "Move", app=False),
    Key("b,pageup", "b PgUp", "page(-1)", "Page up", "Move", app=False),
    Key("g,home", "g Home", "first", "First event", "Move", app=False),
    Key("G,end", "G End", "last", "Last event", "Move", app=False),
    Key("left_square_bracket", "[", "day(-1)", "Previous day (week, month when zoomed)", "Move"),
    Key("right_square_bracket", "]", "day(1)", "Next day (week, month when zoomed)", "Move"),
    Key("t", "t", "jump", "Jump to a date (2022-02-20, 20 feb, yesterday)", "Move"),
    Key("tab", "Tab", "app.focus_next", "Next pane", "Move", app=False),
    Key("shift+tab", "Shift-Tab", "app.focus_previous", "Previous pane", "Move", app=False),
    Key("enter", "Enter", "open_article", "Open the article at this event", "View", footer=True),
    Key("z", "z", "zoom", "Zoom: group by day, week, month", "View"),
    Key("s", "s", "order", "Order by when it happened / when it was reported", "View"),
    Key("r", "r", "replay", "Replay: the story as known on a date", "View"),
    Key("slash", "/", "search", "Search headlines and quotes", "Find", footer=True),
    Key("n", "n", "search_next(1)", "Next match", "Find"),
    Key("N", "N", "search_next(-1)", "Previous match", "Find"),
    Key("f", "f", "filter", "Filter: text, source, kind, dates", "Find", footer=True),
    Key("a", "a", "actor", "Filter by actor", "Find"),
    Key("F", "F", "clear_filters", "Clear all filters", "Find"),
    Key("m", "m", "mark", "Mark / unmark the event", "Marks"),
    Key("u", "u", "next_mark(1)", "Next mark", "Marks"),
    Key("U", "U", "next_mark(-1)", "Previous mark", "Marks"),
    Key("M", "M", "export_marks", "Write the marked events as a Markdown chronology", "Marks"),
    Key("e", "e", "export", "Export the view or the marks (Markdown, JSON, TimelineJS, ics)", "Marks"),
    Key("y", "y", "copy_quote", "Copy the quote and its source (OSC 52)", "Copy"),
    Key("o", "o", "copy_url", "Show and copy the article URL", "Copy"),
    Key("p", "p", "problems", "Files that could not be read", "Screens"),
    Key("question_mark,f1", "? F1", "help", "This help", "Screens", footer=True),
    Key("escape", "Esc", "back", "Back / clear search / stop reading articles", "Screens"),
    Key("q", "q", "back_or_quit", "Back, then quit", "Screens", footer=True),
    Key("ctrl+q", "ctrl+q", "quit", "Quit", "Screens"),
    Key(
        "ctrl+p", "ctrl+p", "command_palette", "Command palette: every command by name", "Screens", app=False
    ),
)


SHORT = {
    "open_article": "Article",
    "search": "Search",
    "filter": "Filter",
    "help": "Help",
    "back_or_quit": "Quit",
}
"""Footer labels (the footer has room for about five at 80 columns)."""


def bindings() -> list[Binding]:
    """The app-level bindings (widget keys are bound on the widgets themselves)."""
    return [
        Binding(k.keys, k.action, SHORT.get(k.action, k.description), show=k.footer, id=k.action)
        for k in KEYS
        if k.app and k.action != "quit"
    ]
