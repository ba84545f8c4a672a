"""Test-wide isolation: no test reads or writes the user's real cache or state directories."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    root = tmp_path_factory.mktemp("home")
    saved = {k: os.environ.get(k) for k in ("TIMELINE_CACHE_DIR", "XDG_STATE_HOME", "XDG_CACHE_HOME")}
    os.environ["TIMELINE_CACHE_DIR"] = str(root / "cache")
    os.environ["XDG_STATE_HOME"] = str(root / "state")
    os.environ["XDG_CACHE_HOME"] = str(root / "xdg-cache")
    Path(root / "state").mkdir()
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value
