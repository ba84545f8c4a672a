"""Remembering the reader's place per collection of articles.

A collection is keyed by the content of its articles (their ids are content hashes), so the
same files opened from another folder restore the same cursor, filters and marks. The state
lives in `$XDG_STATE_HOME/timeline` (default `~/.local/state/timeline`), one small JSON file
per collection, written atomically.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import orjson


def state_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_STATE_HOME") or str(Path(env.get("HOME", str(Path.home()))) / ".local" / "state")
    return Path(base) / "timeline"


def collection_key(article_ids: Iterable[str]) -> str:
    """A short stable name for a set of articles, independent of their order and paths."""
    digest = hashlib.sha256("\n".join(sorted(set(article_ids))).encode()).hexdigest()
    return digest[:24]


def load(key: str, root: Path | None = None) -> dict[str, Any]:
    """The saved state of a collection, or {} when there is none or it cannot be read."""
    path = (root or state_dir()) / f"{key}.json"
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def save(key: str, data: Mapping[str, Any], root: Path | None = None) -> bool:
    """Write the state atomically; False (never an exception) when the disk says no."""
    folder = root or state_dir()
    path = folder / f"{key}.json"
    tmp = folder / f".{key}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(orjson.dumps(dict(data), option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS))
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True
