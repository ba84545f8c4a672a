"""A content-addressed cache of extracted events, one file per article, so reopening a folder is instant.

The key is a hash of what extraction depends on: the article's content id, the path it was read
from (events quote that path back), its publication date and a code version (the hash of `core`'s
own source, so any change to the engine invalidates old entries without anyone bumping a number).
Entries are written to a temporary file and renamed into place, so a crash or a concurrent writer
never leaves half a file; a corrupt entry is treated as a miss and rewritten.

`TIMELINE_CACHE_DIR` chooses the directory; `TIMELINE_NO_CACHE=1` turns the cache off.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from core.jsonio import event_from_dict, event_to_dict
from core.model import Article, Event

FORMAT = 1
"""Bumped when the layout of a cache entry changes."""


def cache_dir(env: Mapping[str, str] | None = None) -> Path | None:
    """Where entries live, or None when caching is off."""
    env = os.environ if env is None else env
    if env.get("TIMELINE_NO_CACHE", "").strip() not in ("", "0"):
        return None
    if env.get("TIMELINE_CACHE_DIR"):
        return Path(env["TIMELINE_CACHE_DIR"])
    base = env.get("XDG_CACHE_HOME") or str(Path(env.get("HOME") or Path.home()) / ".cache")
    return Path(base) / "timeline"


@functools.cache
def code_version() -> str:
    """A short hash of every file of `core` (modules and rule tables): the events depend on all of them."""
    root = Path(__file__).resolve().parent
    digest = hashlib.blake2b(f"format {FORMAT}".encode(), digest_size=8)
    for path in sorted(root.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def key(article: Article, version: str) -> str:
    """The entry name for one article under one code version."""
    parts = (article.id, article.path, article.published.isoformat(), str(len(article.text)), version)
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8", "replace"), digest_size=16).hexdigest()


def entry_path(root: Path, name: str) -> Path:
    # Two-character fan-out keeps directories small at 100k+ articles.
    return root / name[:2] / f"{name}.json"


def get(root: Path | None, article: Article, version: str) -> tuple[Event, ...] | None:
    """The cached events of `article`, or None on a miss (absent, unreadable or corrupt entry)."""
    if root is None:
        return None
    name = key(article, version)
    try:
        data = entry_path(root, name).read_bytes()
        record = orjson.loads(data)
        if record.get("key") != name:
            return None
        return tuple(event_from_dict(e) for e in record["events"])
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError):
        return None


def put(root: Path | None, article: Article, version: str, events: Sequence[Event]) -> bool:
    """Store the events of `article`; True when written. Failure to write is never an error."""
    if root is None:
        return False
    name = key(article, version)
    record: dict[str, Any] = {
        "key": name,
        "article": article.id,
        "events": [event_to_dict(e) for e in events],
    }
    target = entry_path(root, name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(orjson.dumps(record))
            Path(tmp).replace(target)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(tmp).unlink()
            raise
    except OSError:
        return False
    return True
