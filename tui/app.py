"""The `timeline` viewer: a timeline pane, a quote pane, and the keys to walk them.

The app owns the reader's choices (filters, order, zoom, marks, search) and turns them into
what the widgets display through the pure functions of `tui.viewmodel`. Extraction runs in a
worker thread, so the first frame appears before any article is read.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import BindingType
from textual.containers import Container, Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Label

from tui.bundled import seeds_dir
from tui.keys import KEYS, bindings
from tui.widgets.density import DensityStrip
from tui.widgets.quote_pane import QuotePane
from tui.widgets.status import StatusLine, status_text
from tui.widgets.timeline_view import Shown, TimelineView

if TYPE_CHECKING:
    import pendulum

    from core.model import Event, Timeline
    from tui.screens.export import ExportRequest
    from tui.viewmodel import Filters

# Everything else (core, pendulum, attrs, the view-model, the dialogs) is imported where it is
# first needed: the first frame must not wait for it (see benchmarks/bench_tui.py).

THEMES = {"dark": "textual-dark", "light": "textual-light"}
"""Short names accepted by `--theme`; any installed Textual theme name works too."""


class TimelineApp(App[None]):
    """Open articles as a timeline of dated events, each one keystroke from its quote."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    TITLE = "timeline"
    BINDINGS: ClassVar[list[BindingType]] = bindings()
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (110, "-wide")]

    def __init__(
        self,
        paths: Sequence[str] = (),
        published: pendulum.Date | None = None,
        jobs: int | None = None,
        theme: str | None = None,
        *,
        timeline: Timeline | None = None,
        remember: bool = True,
    ) -> None:
        """`timeline` skips reading `paths` (tests, benchmarks); `remember=False` keeps no state."""
        super().__init__()
        self.paths = list(paths) or [str(seeds_dir())]
        self.published = published
        self.jobs = jobs
        self.remember = remember
        self.loaded: Timeline | None = None
        """Everything read."""
        self.timeline: Timeline | None = None
        """What is walked: `loaded`, or the story as known on the replay day."""
        self._replayed: pendulum.Date | None = None
        self._given = timeline
        self.articles: dict[str, Any] = {}
        self.filters: Filters = None  # type: ignore[assignment] # set once loaded (viewmodel loads late)
        self.zoom = "day"
        self.order = "happened"
        self.marks: set[str] = set()
        self.search = ""
        self.hits: int | None = None
        self.shown: array[int] = array("q")
        self.position_of: array[int] = array("q")
        self._keys: dict[str, array[int]] = {}
        """Day ordinal of every event on each time axis, computed once per timeline."""
        self.store: Any = None
        """A `core.store.Store` when the path given is a store: events are read a page at a time."""
        self._known: dict[str, int] = {}
        """Index of events whose ids the app has met (cursor, marks): no scan needed to find them."""
        """Day ordinal of every event on each time axis, computed once per timeline."""
        self.state_key = ""
        self._save_timer: Any = None
        self._cursor_id: str | None = None
        self._unknown_theme = ""
        if theme:
            name = THEMES.get(theme, theme)
            if name in self.available_themes:
                self.theme = name
            else:
                self._unknown_theme = theme

    # --- layout ----------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        with Horizontal(id="loading"):
            yield Label("Reading articles… ", id="loading-label")
            # The progress bar is mounted with the first progress report: not in the first frame.
        yield DensityStrip(id="density")
        with Container(id="panes"):
            yield TimelineView(id="timeline")
            yield QuotePane(id="quote")
        yield StatusLine("Reading articles…", id="status")
        yield Footer()

    @property
    def view(self) -> TimelineView:
        return self.query_one("#timeline", TimelineView)

    def on_mount(self) -> None:
        if self._unknown_theme:
            names = ", ".join(["dark", "light", *sorted(self.available_themes)])
            self.notify(
                f"No theme “{self._unknown_theme}”; try one of: {names}", severity="warning", timeout=8
            )
        self.view.focus()
        if self._given is not None:
            self._loaded(self._given)

    def on_ready(self) -> None:
        """The first frame is on screen: now read the articles."""
        if self._given is None and self.loaded is None:
            self._extract()

    # --- loading -----------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="extract")
    def _extract(self) -> None:
        from core.pipeline import extract
        from tui.storeview import is_store_path

        def progress(done: int, total: int) -> None:
            self.call_from_thread(self._progress, done, total)

        try:
            if is_store_path(self.paths):
                from core.model import Timeline
                from core.store import Store

                self.store = Store(self.paths[0])
                timeline = Timeline((), self.store, ())  # type: ignore[arg-type] # a Sequence of events
                self.call_from_thread(self._loaded, timeline)
                return
            timeline = extract(self.paths, published=self.published, jobs=self.jobs, progress=progress)
        except Exception as err:  # noqa: BLE001 - show it, never crash the viewer
            from core.model import Problem, Timeline

            timeline = Timeline((), (), (Problem(", ".join(self.paths), f"could not read: {err}"),))
        self.call_from_thread(self._loaded, timeline)

    def _progress(self, done: int, total: int) -> None:
        from textual.widgets import ProgressBar

        bars = self.query("#loading-bar").results(ProgressBar)
        bar = next(bars, None)
        if bar is None:
            bar = ProgressBar(id="loading-bar", show_eta=False)
            self.query_one("#loading").mount(bar)
        bar.update(total=total, progress=done)
        self.query_one("#loading-label", Label).update(f"Reading articles {done}/{total} ")

    def _loaded(self, timeline: Timeline) -> None:
        from tui.viewmodel import Filters

        self.filters = Filters()
        self.loaded = self.timeline = timeline
        if self.store is not None:
            from tui.storeview import StoreArticles

            self.articles = StoreArticles(self.store)  # type: ignore[assignment]
        else:
            self.articles = {a.id: a for a in timeline.articles}
        self._keys = {}
        self.query_one("#loading").display = False
        if not timeline.articles and timeline.problems and self.store is None:
            self.view.empty_text = "Nothing could be read: press p to see why."
        else:
            self.view.empty_text = (
                "No event matches: F clears the filters."
                if timeline.events
                else ("No dated events in these articles.")
            )
        cursor_id = self._restore()
        self.refresh_view(keep=cursor_id)
        self.refresh_bindings()  # the footer shows what loading had disabled
        if timeline.problems:
            n = len(timeline.problems)
            self.notify(f"{n} input{'s' if n != 1 else ''} could not be read: press p", severity="warning")

    # --- persistence -------------------------------------------------------------------------
    def _restore(self) -> str | None:
        from tui import state
        from tui.viewmodel import ORDERS, ZOOMS, Filters

        if not self.remember or self.loaded is None:
            return None
        if self.store is not None:  # a store is immutable: its path, size and length name it
            where = Path(self.paths[0]).resolve()
            self.state_key = state.collection_key([f"store:{where}:{where.stat().st_size}:{len(self.store)}"])
        elif self.loaded.articles:
            self.state_key = state.collection_key(a.id for a in self.loaded.articles)
        else:
            return None
        saved = state.load(self.state_key)
        filters = saved.get("filters")
        if isinstance(filters, dict):
            self.filters = Filters.from_dict(filters)
        if saved.get("zoom") in ZOOMS:
            self.zoom = saved["zoom"]
        if saved.get("order") in ORDERS:
            self.order = saved["order"]
        where = saved.get("where")
        if isinstance(where, dict):
            for event_id, index in where.items():
                if (
                    isinstance(index, int)
                    and 0 <= index < len(self.events)
                    and self.events[index].id == event_id
                ):
                    self._known[event_id] = index
        marks = saved.get("marks")
        if isinstance(marks, list):
            wanted = {m for m in marks if isinstance(m, str)}
            self.marks = set(self.find_ids(wanted))
        cursor = saved.get("cursor")
        return cursor if isinstance(cursor, str) else None

    def snapshot_state(self) -> dict[str, Any]:
        return {
            "cursor": self._cursor_id,
            "filters": self.filters.to_dict(),
            "zoom": self.zoom,
            "order": self.order,
            "marks": sorted(self.marks),
            "where": {i: self._known[i] for i in [*self.marks, self._cursor_id] if i in self._known},
        }

    def save_state(self) -> None:
        from tui import state

        if self.remember and self.state_key:
            state.save(self.state_key, self.snapshot_state())

    def _save_soon(self) -> None:
        if not self.remember or not self.state_key:
            return
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(1.0, self.save_state)

    def on_unmount(self) -> None:
        self.save_state()

    # --- the view ----------------------------------------------------------------------------
    @property
    def events(self) -> Sequence[Event]:
        return self.timeline.events if self.timeline else ()

    def current_event(self) -> Event | None:
        position = self.view.position
        if position is None or not self.shown:
            return None
        return self.events[self.shown[position]]

    def refresh_view(self, keep: str | None = None) -> None:
        """Recompute what is shown after a change of filters, order or zoom; keep the cursor's event."""
        from tui.viewmodel import build_layout, select, when_width

        before = self.timeline
        keep_index: int | None = None
        if keep is None and self.shown and self.view.position is not None:
            keep_index = self.shown[self.view.position]
            keep = self.events[keep_index].id
        self._replay()
        events = self.events
        if self.timeline is not before or keep_index is None:
            keep_index = self.find_ids({keep}).get(keep) if keep is not None else None  # type: ignore[arg-type]
        if self.store is not None:
            from tui import storeview

            self.shown, note = storeview.select(self.store, self.filters)
            if note:
                self.notify(note, severity="warning", timeout=6)
        else:
            self.shown = select(events, self.filters, self.order)
        if len(self.shown) == len(events) and self.order == "happened":
            self.position_of = array("q", range(len(events)))
        else:
            self.position_of = array("q", [-1]) * len(events)
            for position, index in enumerate(self.shown):
                self.position_of[index] = position
        layout = build_layout(events, self.shown, self.zoom, self.order, self.day_keys())
        position = 0
        if keep_index is not None:
            found = self.position_of[keep_index]
            position = (
                found if found >= 0 else (layout.position_on_or_after(self.day_keys()[keep_index]) or 0)
            )
        self.hits = self._count_hits() if self.search else None
        data = Shown(
            events,
            self.shown,
            layout,
            frozenset(self.marks),
            self.search,
            self.order == "reported",
            when_width(events, self.shown),
        )
        self.view.show(data, position)
        self.query_one("#density", DensityStrip).show(layout.keys, self._cursor_key())
        self.update_status()
        self._save_soon()

    def _replay(self) -> None:
        """Swap in the story as known on the replay day when that day changed."""
        if self.loaded is None or self.filters.as_of == self._replayed:
            return
        self._replayed = self.filters.as_of
        if self._replayed is None:
            self.timeline = self.loaded
        else:
            from core.axes import as_known_on

            self.timeline = as_known_on(self.loaded, self._replayed)
        self._keys = {}
        self._known = {}

    def day_keys(self) -> array[int]:
        """Day ordinals of all events on the current axis (cached: a million events take a second)."""
        from tui import storeview
        from tui.viewmodel import day_keys

        keys = self._keys.get(self.order)
        if keys is None:
            if self.store is not None:
                keys = self._keys[self.order] = storeview.day_keys(self.store)
            else:
                keys = self._keys[self.order] = day_keys(self.events, self.order)
        return keys

    def _count_hits(self) -> int:
        from tui.viewmodel import count_hits

        if self.store is not None:
            return sum(1 for p in self._store_hits() if self.position_of[p] >= 0)
        return count_hits(self.events, self.shown, self.search)

    def _store_hits(self) -> list[int]:
        """Event indices the store's full-text index finds for the search (cached per query)."""
        cached = getattr(self, "_hits_cache", None)
        if cached is None or cached[0] != self.search:
            cached = self._hits_cache = (self.search, self.store.search(self.search))
        return cached[1]

    def find_ids(self, ids: set[str]) -> dict[str, int]:
        """Index of each of these event ids in the current timeline (one pass; no global id table)."""
        events = self.events
        found = {
            i: self._known[i]
            for i in ids
            if i in self._known and self._known[i] < len(events) and events[self._known[i]].id == i
        }
        rest = set(ids) - found.keys()
        if rest and self.store is None:
            found.update((e.id, i) for i, e in enumerate(self.events) if e.id in rest)
        return found

    def _cursor_key(self) -> int | None:
        position = self.view.position
        keys = self.view.data.layout.keys
        return keys[position] if position is not None and position < len(keys) else None

    def update_status(self) -> None:
        titles = {a.id: a.title for a in self.articles.values()}
        timeline = self.timeline
        text = status_text(
            len(self.articles) if self.store is not None else len(timeline.articles) if timeline else 0,
            len(self.events),
            len(self.shown),
            self.filters.describe(titles),
            len(timeline.problems) if timeline else 0,
            zoom=self.zoom,
            order=self.order,
            marks=len(self.marks),
            search=self.search,
            hits=self.hits,
            loading=timeline is None,
        )
        self.query_one("#status", StatusLine).update(text)

    @on(TimelineView.Moved)
    def _moved(self, message: TimelineView.Moved) -> None:
        event = self.current_event() if message.position >= 0 else None
        if event is not None:
            self._cursor_id = event.id
            self._known[event.id] = self.shown[message.position]
        self.query_one("#quote", QuotePane).show_event(event, self.articles, self.search)
        self.query_one("#density", DensityStrip).move(self._cursor_key())
        self._save_soon()

    def select_position(self, position: int) -> None:
        self.view.go(position)

    # --- actions: moving -----------------------------------------------------------------------
    def action_day(self, step: int) -> None:
        layout = self.view.data.layout
        position = self.view.position
        if position is None or not layout.group_first:
            return
        group = layout.group_of(position)
        if step < 0 and position != layout.group_first[group]:
            target = group  # first back to the start of this day, as [ in an editor
        else:
            target = min(max(group + step, 0), len(layout.group_first) - 1)
        self.select_position(layout.group_first[target])

    def action_jump(self) -> None:
        import pendulum

        from tui import dates
        from tui.screens.prompt import PromptScreen

        def done(text: str | None) -> None:
            if not text:
                return
            event = self.current_event()
            anchor = event.when.start if event else pendulum.Date.today()
            found = dates.parse(text, anchor)
            if found is None:
                self.notify(f"Not a date I know: “{text}”", severity="warning")
                return
            layout = self.view.data.layout
            position = layout.position_on_or_after(found[0].toordinal())
            if position is None:
                return
            self.select_position(position)
            self.notify(f"Jumped to {found[0].isoformat()}", timeout=2)

        self.push_screen(
            PromptScreen("Jump to date", placeholder="2022-02-20 · 20 feb · yesterday · +3d"), done
        )

    # --- actions: view -------------------------------------------------------------------------
    def action_zoom(self) -> None:
        from tui.viewmodel import ZOOMS

        self.zoom = ZOOMS[(ZOOMS.index(self.zoom) + 1) % len(ZOOMS)]
        self.refresh_view()
        self.notify(f"Grouped by {self.zoom}", timeout=2)

    def action_order(self) -> None:
        from tui.viewmodel import ORDERS

        if self.store is not None:
            self.notify("A store is kept in time order only (ordering by report date needs every event).")
            return
        self.order = ORDERS[(ORDERS.index(self.order) + 1) % len(ORDERS)]
        self.refresh_view()
        self.notify(
            "Ordered by when it was reported" if self.order == "reported" else "Ordered by when it happened",
            timeout=2,
        )

    def action_replay(self) -> None:
        import attrs
        import pendulum

        from tui import dates
        from tui.screens.prompt import PromptScreen

        if self.store is not None:
            self.notify("Replay is not available on a store (it rebuilds every entry from its reports).")
            return

        def done(text: str | None) -> None:
            if text is None:
                return
            if not text.strip():
                self.set_filters(attrs.evolve(self.filters, as_of=None))
                return
            anchor = self.current_event().when.start if self.current_event() else pendulum.Date.today()  # type: ignore[union-attr]
            found = dates.parse(text, anchor)
            if found is None:
                self.notify(f"Not a date I know: “{text}”", severity="warning")
                return
            self.set_filters(attrs.evolve(self.filters, as_of=found[1]))

        current = self.filters.as_of.isoformat() if self.filters.as_of else ""
        self.push_screen(
            PromptScreen("Replay: the story as known on a date (empty: everything)", current, "2022-02-07"),
            done,
        )

    def action_open_article(self) -> None:
        from tui.screens.article import ArticleScreen

        event = self.current_event()
        if event is None or not event.sources:
            return
        source = event.sources[0]
        article = self.articles.get(source.article)
        if article is None:
            return
        from core.model import Span
        from tui.detail import timex_spans

        items: list[tuple[int, Span]] = []
        related: list[Event] = []
        here = self.shown[self.view.position or 0]
        # A store may hold a million events: look for this article's near the cursor only.
        window = range(len(self.events)) if self.store is None else range(max(0, here - 3000), here + 3000)
        for index in window:
            if index >= len(self.events):
                break
            position = self.position_of[index]
            if position < 0:
                continue
            other = self.events[index]
            for s in other.sources:
                if s.article == article.id:
                    items.append((position, Span(s.start, s.end)))
                    related.append(other)
        items.sort(key=lambda item: (item[1].start, item[0]))
        current = next((i for i, (p, _) in enumerate(items) if p == self.view.position), 0)
        self.push_screen(
            ArticleScreen(article, timex_spans(article, related), items, current, self.select_position)
        )

    # --- actions: finding ----------------------------------------------------------------------
    def action_search(self) -> None:
        from tui.screens.prompt import PromptScreen

        def done(text: str | None) -> None:
            if text is None:
                return
            self.search = text.strip()
            self.hits = self._count_hits() if self.search else None
            self._repaint()
            if self.search:
                self._search_step(1, include_current=True)

        self.push_screen(PromptScreen("Search headlines and quotes", self.search, "word or phrase"), done)

    def action_search_next(self, step: int) -> None:
        if not self.search:
            self.notify("No search yet: press /", timeout=2)
            return
        self._search_step(step)

    def _search_step(self, step: int, include_current: bool = False) -> None:
        from tui.viewmodel import find

        position = self.view.position
        if position is None:
            return
        start = position - step if include_current else position
        if self.store is not None:
            found = self._store_find(start, step > 0)
        else:
            found = find(self.events, self.shown, self.search, start, forward=step > 0)
        if found is None:
            self.notify(f"No match for “{self.search}”", severity="warning", timeout=3)
            return
        self.select_position(found)

    def _store_find(self, start: int, forward: bool) -> int | None:
        """Next shown position after `start` holding a full-text hit, wrapping (store mode)."""
        import bisect

        positions = sorted(p for p in (self.position_of[i] for i in self._store_hits()) if p >= 0)
        if not positions:
            return None
        if forward:
            return positions[bisect.bisect_right(positions, start) % len(positions)]
        return positions[bisect.bisect_left(positions, start) - 1]

    def action_filter(self) -> None:
        import pendulum

        from tui import dates
        from tui.screens.filter import FilterScreen

        titles = [(a.id, a.title) for a in self.timeline.articles] if self.timeline else []
        event = self.current_event()
        anchor = event.when.start if event else pendulum.Date.today()
        self.push_screen(
            FilterScreen(self.filters, titles, functools.partial(dates.parse, anchor=anchor)),
            lambda f: self.set_filters(f) if f is not None else None,
        )

    def action_actor(self) -> None:
        import attrs

        from tui.screens.actor import ActorScreen
        from tui.viewmodel import actor_counts

        def done(actor: str | None) -> None:
            if actor is not None:
                self.set_filters(attrs.evolve(self.filters, actor=actor))

        actors = self.store.actors(500) if self.store is not None else actor_counts(self.events)
        if not actors:
            self.notify("No named actors found in these events.", timeout=3)
            return
        self.push_screen(ActorScreen(actors, self.filters.actor), done)

    def action_clear_filters(self) -> None:
        from tui.viewmodel import Filters

        self.set_filters(Filters())

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.refresh_view()
        if filters.active and not self.shown:
            self.notify("No event matches these filters (F clears them).", severity="warning")

    # --- actions: marks and exports -------------------------------------------------------------
    def action_mark(self) -> None:
        event = self.current_event()
        if event is None:
            return
        self.marks.symmetric_difference_update({event.id})
        self._known[event.id] = self.shown[self.view.position or 0]
        self._repaint()
        self.update_status()
        self._save_soon()

    def _marked_positions(self) -> list[int]:
        positions = (self.position_of[i] for i in self.find_ids(self.marks).values())
        return sorted(p for p in positions if p >= 0)

    def action_next_mark(self, step: int) -> None:
        from tui.viewmodel import next_mark

        position = self.view.position
        target = next_mark(
            self._marked_positions(), position if position is not None else 0, forward=step > 0
        )
        if target is None:
            self.notify("No marked events in view: press m to mark one.", timeout=3)
            return
        self.select_position(target)

    def _marked_events(self) -> list[Event]:
        return [self.events[i] for i in sorted(self.find_ids(self.marks).values())]

    def action_export_marks(self) -> None:
        from tui.screens.export import ExportRequest

        if not self.marks or self.timeline is None:
            self.notify("No marked events: press m to mark one.", timeout=3)
            return
        self._export(ExportRequest("markdown", True, Path("timeline-marks.md")))

    def action_export(self) -> None:
        from tui.screens.export import ExportScreen

        if self.timeline is None:
            return
        self.push_screen(ExportScreen(len(self.shown), len(self.marks)), self._export)

    def _export(self, request: ExportRequest | None) -> None:
        from tui import exporting

        if request is None or self.timeline is None:
            return
        events = self._marked_events() if request.marked_only else [self.events[i] for i in self.shown]
        try:
            path = exporting.write(self.timeline, events, request.fmt, request.path)
        except Exception as err:  # noqa: BLE001 - report, never crash
            self.notify(f"Export failed: {err}", severity="error")
            return
        self.notify(f"Wrote {len(events)} events as {request.fmt} to {path}", timeout=5)

    def action_copy_quote(self) -> None:
        event = self.current_event()
        if event is None:
            return
        lines = [f"“{event.quote}”"]
        for source in event.sources:
            article = self.articles.get(source.article)
            if article is not None:
                lines.append(f"— {article.title}, {article.published.isoformat()}, {article.url}")
        self.copy_to_clipboard("\n".join(lines))
        self.notify("Copied the quote and its source (OSC 52).", timeout=3)

    def action_copy_url(self) -> None:
        event = self.current_event()
        if event is None or not event.sources:
            return
        urls = [a.url for s in event.sources if (a := self.articles.get(s.article)) is not None and a.url]
        if not urls:
            self.notify("This article has no URL.", timeout=3)
            return
        self.copy_to_clipboard("\n".join(urls))
        self.notify("\n".join(urls) + "\n(copied)", title="URL", timeout=10)

    # --- actions: screens ----------------------------------------------------------------------
    def action_problems(self) -> None:
        from tui.screens.problems import ProblemsScreen

        self.push_screen(ProblemsScreen(self.timeline.problems if self.timeline else ()))

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_back(self) -> None:
        if self.search:
            self.search = ""
            self.hits = None
            self._repaint()
        elif not self.view.has_focus:
            self.view.focus()

    def action_back_or_quit(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()
        elif not self.view.has_focus:
            self.view.focus()
        else:
            self.exit()

    def _repaint(self) -> None:
        data = self.view.data
        data.marks = frozenset(self.marks)
        data.query = self.search
        self.view.repaint()
        self.update_status()
        event = self.current_event()
        if event is not None:
            self.query_one("#quote", QuotePane).show_event(event, self.articles, self.search)

    EVERYWHERE = frozenset(
        {"help", "back_or_quit", "quit", "copy_quote", "copy_url", "mark", "command_palette"}
    )
    """Actions that still make sense over the article view; the rest belong to the main view."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if self.loaded is None:  # still reading: only help and quitting make sense
            return action in ("help", "back_or_quit", "quit", "command_palette", "back")
        if action in self.EVERYWHERE or not self.screen_stack or len(self.screen_stack) == 1:
            return True
        return action not in {k.action.split("(")[0] for k in KEYS}

    # --- command palette -----------------------------------------------------------------------
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        for key in KEYS:
            if key.app and key.action not in ("quit", "back", "back_or_quit"):
                yield SystemCommand(
                    key.description, f"key: {key.display}", functools.partial(self.run_action, key.action)
                )
        yield from super().get_system_commands(screen)
