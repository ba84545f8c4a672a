"""The `timeline` viewer: a timeline pane, a quote pane, and the keys to walk them.

The app owns the reader's choices (filters, order, zoom, marks, search) and turns them into
what the widgets display through the pure functions of `tui.viewmodel`. Extraction runs in a
worker thread, so the first frame appears before any article is read.
"""

from __future__ import annotations

import functools
import threading
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

from tui.actions import ReaderActions
from tui.bundled import seeds_dir
from tui.keys import KEYS, bindings
from tui.widgets.density import DensityStrip
from tui.widgets.quote_pane import QuotePane
from tui.widgets.status import StatusLine, status_text
from tui.widgets.timeline_view import Shown, TimelineView

if TYPE_CHECKING:
    import pendulum

    from core.model import Event, Timeline
    from tui.viewmodel import Filters

# Everything else (core, pendulum, attrs, the view-model, the dialogs) is imported where it is
# first needed: the first frame must not wait for it (see benchmarks/bench_tui.py).

THEMES = {"dark": "textual-dark", "light": "textual-light"}
"""Short names accepted by `--theme`; any installed Textual theme name works too."""


class TimelineApp(ReaderActions, App[None]):
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
        stdin: bytes | None = None,
    ) -> None:
        """`timeline` skips reading `paths` (tests, benchmarks); `remember=False` keeps no state;
        `stdin` is what the path `-` stands for (read it before the app takes the terminal)."""
        super().__init__()
        self.paths = list(paths) or [str(seeds_dir())]
        self.published = published
        self.jobs = jobs
        self.remember = remember
        self.stdin = stdin
        self.loaded: Timeline | None = None
        """Everything read."""
        self.timeline: Timeline | None = None
        """What is walked: `loaded`, or the story as known on the replay day."""
        self._replayed: pendulum.Date | None = None
        self._given = timeline
        self._streaming = False
        """Articles are still being read and what is read so far is shown (`_partial`)."""
        self._cancel = threading.Event()
        """Set by Esc while articles are read: stop, and show those read by then."""
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
        self._generation = 0
        """Counts view requests, so a worker's late answer to an older one is dropped."""
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
                from tui.storeview import day_keys as store_day_keys

                self.store = Store(self.paths[0])
                timeline = Timeline((), self.store, ())  # type: ignore[arg-type] # a Sequence of events
                self.call_from_thread(self._loaded, timeline, store_day_keys(self.store))
                return
            from tui.processes import start_helpers

            start_helpers()  # the process pool's helpers cannot start from inside Textual otherwise
            timeline = extract(
                self.paths,
                published=self.published,
                jobs=self.jobs,
                progress=progress,
                stdin=self.stdin,
                partial=self._so_far,
                cancel=self._cancel,
            )
        except Exception as err:  # noqa: BLE001 - show it, never crash the viewer
            from core.model import Problem, Timeline

            timeline = Timeline((), (), (Problem(", ".join(self.paths), f"could not read: {err}"),))
        from tui.viewmodel import day_keys

        # The day of every event, here in the worker: a million of them take a second.
        self.call_from_thread(self._loaded, timeline, day_keys(timeline.events))

    def _so_far(self, timeline: Timeline) -> None:
        """In the worker: what is read so far, with its day keys, for the reader to walk meanwhile."""
        from tui.viewmodel import day_keys

        self.call_from_thread(self._partial, timeline, day_keys(timeline.events))

    def _partial(self, timeline: Timeline, keys: array[int]) -> None:
        """Show the articles read so far (unmerged, in time order) while the rest are read."""
        from tui.viewmodel import Filters

        if self.loaded is not None and not self._streaming:
            return  # the whole timeline is already shown
        if self.loaded is None:
            self.filters = Filters()
        keep = self._swap(timeline, keys)
        self._streaming = True
        self.refresh_view(keep=keep)
        self.refresh_bindings()

    def _swap(self, timeline: Timeline, keys: array[int] | None) -> str | None:
        """Put a newer timeline of the same collection in place; the id of the event to keep the cursor on:
        the one it was on, or else the first on or after its day (a merged entry has a new id)."""
        import bisect

        current = self.current_event() if self.loaded is not None else None
        day = self._keys.get("happened", array("q"))[self.shown[self.view.position]] if current else None  # type: ignore[index]
        self.loaded = self.timeline = timeline
        self.articles = {a.id: a for a in timeline.articles}
        self._keys = {"happened": keys} if keys is not None else {}
        self._known = {}
        self._replayed = None
        if current is None or not timeline.events:
            return None
        # The same entry, or the one its report was merged into, or else whatever stands on its day.
        quoted = {(s.article, s.start) for s in current.sources}
        for event in timeline.events:
            if event.id == current.id or any((s.article, s.start) in quoted for s in event.sources):
                return event.id
        at = bisect.bisect_left(keys, day) if keys is not None and day is not None else 0
        return timeline.events[min(at, len(timeline.events) - 1)].id

    @property
    def reading(self) -> bool:
        """Articles are being read in the worker (the viewer may already show some)."""
        return self._given is None and self.store is None and (self.loaded is None or self._streaming)

    def stop_reading(self) -> None:
        if self.reading and not self._cancel.is_set():
            self._cancel.set()
            self.query_one("#loading-label", Label).update("Stopping: keeping the articles read so far… ")

    def _progress(self, done: int, total: int) -> None:
        from textual.widgets import ProgressBar

        bars = self.query("#loading-bar").results(ProgressBar)
        bar = next(bars, None)
        if bar is None:
            bar = ProgressBar(id="loading-bar", show_eta=False)
            self.query_one("#loading").mount(bar)
        bar.update(total=total, progress=done)
        if self._cancel.is_set():
            return  # "Stopping…" stays until the timeline read so far is shown
        so_far = " (showing those read so far; Esc stops)" if self._streaming else " (Esc stops)"
        text = f"Reading articles {done}/{total}{so_far} "
        if done == total and total > 1:
            text = f"Read {total} articles; merging reports of the same happenings… "
        self.query_one("#loading-label", Label).update(text)

    def _loaded(self, timeline: Timeline, keys: array[int] | None = None) -> None:
        """The collection is read: show it. `keys` are its events' days (happened axis), if known."""
        from tui.viewmodel import Filters

        if self._streaming:
            # The reader has been walking the partial timeline: keep their filters and place.
            self._streaming = False
            keep = self._swap(timeline, keys)
            self._restore(apply=False)
            self.refresh_view(keep=keep)
            self.query_one("#loading").display = False
            self.refresh_bindings()
            self._tell_problems(timeline)
            return
        self.filters = Filters()
        self.loaded = self.timeline = timeline
        if self.store is not None:
            from tui.storeview import StoreArticles

            self.articles = StoreArticles(self.store)  # type: ignore[assignment]
        else:
            self.articles = {a.id: a for a in timeline.articles}
        self._keys = {"happened": keys} if keys is not None else {}
        self.query_one("#loading").display = False
        cursor_id = self._restore()
        self.refresh_view(keep=cursor_id)
        self.refresh_bindings()  # the footer shows what loading had disabled
        self._tell_problems(timeline)

    def _tell_problems(self, timeline: Timeline) -> None:
        if timeline.problems:
            n = len(timeline.problems)
            self.notify(f"{n} input{'s' if n != 1 else ''} could not be read: press p", severity="warning")

    # --- persistence -------------------------------------------------------------------------
    def _restore(self, apply: bool = True) -> str | None:
        """Name the collection for saving the reader's place; with `apply`, take up the saved one."""
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
        if not apply:
            return None
        saved = state.load(self.state_key)
        filters = saved.get("filters")
        if isinstance(filters, dict):
            self.filters = Filters.from_dict(filters)
        if saved.get("zoom") in ZOOMS:
            self.zoom = saved["zoom"]
        if saved.get("order") in ORDERS and (self.store is None or self.store.has_report_axis):
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

    BIG = 200_000
    """Above this many events, regrouping and filtering run in a worker thread (the keys stay live)."""

    def refresh_view(self, keep: str | None = None) -> None:
        """Recompute what is shown after a change of filters, order or zoom; keep the cursor's event."""
        before = self.timeline
        keep_index: int | None = None
        if keep is None and self.shown and self.view.position is not None:
            keep_index = self.shown[self.view.position]
            keep = self.events[keep_index].id
        self._replay()
        if self.timeline is not before or keep_index is None:
            keep_index = self.find_ids({keep}).get(keep) if keep is not None else None  # type: ignore[arg-type]
        self._generation += 1
        request = (self.events, self.filters, self.order, self.zoom, self._keys.get(self.order), keep_index)
        if len(self.events) > self.BIG:
            self.query_one("#status", StatusLine).update("Working…")
            # Not @work with arguments: Textual describes a worker by the repr of its arguments,
            # and the repr of a million events takes longer than the work itself.
            self.run_worker(
                functools.partial(self._compute_in_worker, request),
                thread=True,
                exclusive=True,
                group="view",
                description="recompute the view",
            )
        else:
            self._show(self._compute(*request))

    def _compute_in_worker(self, request: tuple[Any, ...]) -> None:
        generation = self._generation
        computed = self._compute(*request)
        if generation == self._generation:  # else the reader asked for something newer meanwhile
            self.call_from_thread(self._show, computed)

    def _compute(
        self,
        events: Sequence[Event],
        filters: Filters,
        order: str,
        zoom: str,
        keys: array[int] | None,
        keep_index: int | None,
    ) -> dict[str, Any]:
        """Everything the view needs, from immutable inputs only (safe in a worker thread)."""
        from tui.viewmodel import build_layout, day_keys, select, when_width

        note = ""
        if keys is None:
            if self.store is not None:
                from tui import storeview

                keys = storeview.day_keys(self.store, order)
            else:
                keys = day_keys(events, order)
        if self.store is not None:
            from tui import storeview

            shown, note = storeview.select(self.store, filters, order, events)
        else:
            shown = select(events, filters, order)
        if len(shown) == len(events) and order == "happened":
            position_of = array("q", range(len(events)))
        else:
            position_of = array("q", [-1]) * len(events)
            for position, index in enumerate(shown):
                position_of[index] = position
        layout = build_layout(events, shown, zoom, order, keys, unit_headers=self.store is None)
        position = 0
        if keep_index is not None:
            found = position_of[keep_index]
            position = found if found >= 0 else (layout.position_on_or_after(keys[keep_index]) or 0)
        return {
            "events": events,
            "order": order,
            "keys": keys,
            "shown": shown,
            "position_of": position_of,
            "layout": layout,
            "position": position,
            "when_width": when_width(events, shown, reported=order == "reported"),
            "note": note,
        }

    def _show(self, c: dict[str, Any]) -> None:
        if c["events"] is not self.events:  # the collection changed meanwhile (replay): a newer run follows
            return
        self._keys[c["order"]] = c["keys"]
        self.shown, self.position_of = c["shown"], c["position_of"]
        if c["note"]:
            self.notify(c["note"], severity="warning", timeout=6)
        self.hits = self._count_hits() if self.search else None
        layout = c["layout"]
        assert self.timeline is not None
        if not self.timeline.articles and self.timeline.problems and self.store is None:
            self.view.empty_text = "Nothing could be read: press p to see why."
        else:
            self.view.empty_text = (
                "No event matches: F clears the filters."
                if self.timeline.events
                else ("No dated events in these articles.")
            )

        data = Shown(
            self.events,
            self.shown,
            layout,
            frozenset(self.marks),
            self.search,
            self.order == "reported",
            c["when_width"],
        )
        self.view.show(data, c["position"])
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
        elif self.store is not None:
            import attrs

            from tui.storeview import KnownOn

            # Same positions, each entry cut to what was known: the store's indexes and day keys hold.
            self.timeline = attrs.evolve(self.loaded, events=KnownOn(self.store, self._replayed))
            return
        else:
            from core.axes import as_known_on

            self.timeline = as_known_on(self.loaded, self._replayed)
        self._keys = {}
        self._known = {}

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
