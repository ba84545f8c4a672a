"""Letting the extraction's process pool start from inside the running app.

Textual replaces `sys.stderr` with a capture whose `fileno()` is -1. Python's multiprocessing
hands `sys.stderr.fileno()` to the helper processes it starts on first use (the resource
tracker, the fork server), and -1 makes that fail ("bad value(s) in fds_to_keep"), so a
folder big enough to be extracted in parallel could not be read from the viewer. Starting the
helpers once, with `sys.stderr` briefly pointed at /dev/null (so the resource tracker, which
takes that descriptor, prints nowhere), fixes that.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading

_lock = threading.Lock()
_started = False


def start_helpers() -> None:
    """Start multiprocessing's helper processes with a real (silent) stderr; idempotent."""
    global _started
    with _lock:
        if _started:
            return
        saved = sys.stderr
        with open(os.devnull, "w") as quiet:  # noqa: PTH123 - a file object is what sys.stderr takes
            sys.stderr = quiet
            try:
                from multiprocessing import resource_tracker

                resource_tracker.ensure_running()
                if "forkserver" in multiprocessing.get_all_start_methods():
                    from multiprocessing import forkserver

                    forkserver.ensure_running()
            except (OSError, ValueError):
                pass  # the pool will report its own failure as a problem
            finally:
                sys.stderr = saved
        _started = True
