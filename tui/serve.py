"""`timeline serve`: the viewer in a browser, through textual-serve.

textual-serve runs a command per browser session in a pseudo-terminal and relays it over a
websocket to xterm.js in the page. The command is this same Python running `tui.cli` with the
viewer's arguments, so the browser sees exactly what `timeline PATHS...` shows in a terminal, and
no second installation (or a different `timeline` on PATH) can answer instead.
"""

from __future__ import annotations

import shlex
import sys
from collections.abc import Sequence


def command(argv: Sequence[str]) -> str:
    """The shell command textual-serve runs for each session (arguments quoted, paths kept as given)."""
    return " ".join(shlex.quote(part) for part in (sys.executable, "-m", "tui.cli", *argv))


def serve(argv: list[str], host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve `timeline ARGV...` at http://HOST:PORT/ until interrupted.

    Localhost by default: whoever reaches the page can read every article given, so exposing it on
    another interface is the caller's explicit choice (`--host 0.0.0.0`).
    """
    from textual_serve.server import Server

    title = "timeline " + " ".join(argv) if argv else "timeline"
    server = Server(command(argv), host=host, port=port, title=title)
    print(f"timeline: serving on http://{host}:{port}/ (Ctrl+C stops)", file=sys.stderr, flush=True)
    server.serve()
