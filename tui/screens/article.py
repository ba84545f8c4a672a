"""The article view (Enter): the whole report, every time expression highlighted.

j/k (and n/N) move from one event's quote to the next; the timeline's cursor follows, so Esc
returns to the main view at the event last read here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from core.model import Article, Span
from tui.evidence import shown_path
from tui.viewmodel import day_label

TIMEX = "bold reverse"
CURRENT = "underline"


def paragraph_text(article: Article, index: int, timexes: Sequence[Span], current: Span | None) -> Text:
    """One paragraph with its time expressions reversed and the current quote underlined."""
    span = article.paragraphs[index].span
    text = Text(article.text[span.start : span.end], "bold" if article.paragraphs[index].is_title else "")
    for t in timexes:
        if span.start <= t.start and t.end <= span.end:
            text.stylize(TIMEX, t.start - span.start, t.end - span.start)
    if current is not None and span.start <= current.start < span.end:
        text.stylize(CURRENT, current.start - span.start, min(current.end, span.end) - span.start)
    return text


class ArticleScreen(Screen[None]):
    """Reads one article; `items` are (timeline position, quote span) of its events, in text order."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Back"),
        Binding("j,down,n", "step(1)", "Next event"),
        Binding("k,up,N", "step(-1)", "Previous event"),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "edge(0)", "Top", show=False),
        Binding("G,end", "edge(1)", "Bottom", show=False),
    ]

    def __init__(
        self,
        article: Article,
        timexes: Sequence[Span],
        items: Sequence[tuple[int, Span]],
        current: int,
        on_select: Callable[[int], None],
    ) -> None:
        super().__init__(id="article-screen")
        self.article = article
        self.timexes = timexes
        self.items = items
        self.index = current
        self.on_select = on_select

    def compose(self) -> ComposeResult:
        a = self.article
        head = Text()
        head.append(a.title, "bold")
        head.append(f"\nPublished {day_label(a.published.toordinal())}", "dim")
        if a.url:
            head.append(f"\n{a.url}", "underline")
        head.append(f"\n{shown_path(a.path)}", "dim")
        yield Static(head, id="article-head")
        with VerticalScroll(id="article-body"):
            for i, para in enumerate(a.paragraphs):
                if not para.is_title:
                    yield Static(self._text(i), id=f"para-{i}", classes="paragraph")
        yield Footer()

    @property
    def current(self) -> Span | None:
        return self.items[self.index][1] if 0 <= self.index < len(self.items) else None

    def _para_of(self, span: Span | None) -> int | None:
        if span is None:
            return None
        for i, para in enumerate(self.article.paragraphs):
            if para.span.start <= span.start < para.span.end:
                return i
        return None

    def _text(self, i: int) -> Text:
        return paragraph_text(self.article, i, self.timexes, self.current)

    def on_mount(self) -> None:
        self.call_after_refresh(self._reveal)

    def _reveal(self) -> None:
        i = self._para_of(self.current)
        if i is not None and not self.article.paragraphs[i].is_title:
            self.query_one(f"#para-{i}", Static).scroll_visible(animate=False)

    def action_step(self, step: int) -> None:
        if not self.items:
            return
        before = self._para_of(self.current)
        self.index = min(max(self.index + step, 0), len(self.items) - 1)
        after = self._para_of(self.current)
        for i in {before, after}:
            if i is not None and not self.article.paragraphs[i].is_title:
                self.query_one(f"#para-{i}", Static).update(self._text(i))
        self._reveal()
        self.on_select(self.items[self.index][0])

    def action_page(self, direction: int) -> None:
        body = self.query_one("#article-body", VerticalScroll)
        if direction > 0:
            body.scroll_page_down(animate=False)
        else:
            body.scroll_page_up(animate=False)

    def action_edge(self, end: int) -> None:
        body = self.query_one("#article-body", VerticalScroll)
        if end:
            body.scroll_end(animate=False)
        else:
            body.scroll_home(animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
