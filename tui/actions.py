"""What the keys do: the reader's commands, as actions of the app.

`TimelineApp` mixes this in; the actions change the reader's choices (filters, order, zoom, marks,
search) and ask the app to redraw through `refresh_view`, `select_position` and `_repaint`.
Dialogs and the view-model are imported when a command first runs, not before the first frame.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.model import Event
    from tui.screens.export import ExportRequest
    from tui.viewmodel import Filters


class ReaderActions:
    """The `action_*` methods bound in `tui.keys` (mixed into `TimelineApp`)."""

    # Provided by the app (declared for readers and type checkers).
    filters: Filters
    zoom: str
    order: str
    marks: set[str]
    search: str
    hits: int | None
    store: Any
    timeline: Any
    articles: Any
    shown: Any
    position_of: Any
    _known: dict[str, int]

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

        if self.store is not None and not self.store.has_report_axis:
            self.notify("This store was written by an older timeline: write it again to order by report date.")
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

        if self.store is not None and not self.store.has_report_axis:
            self.notify("This store was written by an older timeline: write it again to replay it.")
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
        from core.model import Span
        from tui.detail import speaker, timex_spans

        source = speaker(event)
        article = self.articles.get(source.article) if source is not None else None
        if article is None:
            return

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

        # A pick list of a hundred thousand titles would take seconds to build: the first 1,000 by date.
        articles = sorted(self.timeline.articles, key=lambda a: (a.published, a.title)) if self.timeline else []
        titles = [(a.id, a.title) for a in articles[:1000]]
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
        if self.reading:
            self.stop_reading()
        elif self.search:
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
