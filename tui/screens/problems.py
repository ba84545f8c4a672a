"""The `p` screen: each input that could not be read, with its reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from core.model import Problem


def problems_table(problems: Sequence[Problem]) -> Table | Text:
    if not problems:
        return Text("Every file was read.", "dim")
    table = Table(box=None, padding=(0, 2, 0, 0), expand=True)
    table.add_column("File", style="bold", overflow="fold")
    table.add_column("Why it was not read", overflow="fold", ratio=2)
    for problem in problems:
        table.add_row(problem.path, problem.reason)
    return table


class ProblemsScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,p", "dismiss", "Close")]

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="problems-box"):
            n = len(self.problems)
            yield Static(Text(f"Problems: {n} input{'s' if n != 1 else ''} not read", "bold"))
            yield Static(problems_table(self.problems), id="problems-table")

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
