"""The events cache: keys, round trips, corruption, atomic writes, environment switches."""

from __future__ import annotations

from pathlib import Path

import pytest
from story_helpers import article, event

from core import cache


@pytest.fixture
def one_article():
    return article("Ferry strike ends", "2023-05-10", ["Ferry crews returned to work on Tuesday."])


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"TIMELINE_CACHE_DIR": "/tmp/x", "HOME": "/home/u"}, Path("/tmp/x")),
        ({"XDG_CACHE_HOME": "/var/c", "HOME": "/home/u"}, Path("/var/c/timeline")),
        ({"HOME": "/home/u"}, Path("/home/u/.cache/timeline")),
        ({"TIMELINE_NO_CACHE": "1", "TIMELINE_CACHE_DIR": "/tmp/x"}, None),
        ({"TIMELINE_NO_CACHE": "0", "TIMELINE_CACHE_DIR": "/tmp/x"}, Path("/tmp/x")),
    ],
)
def test_cache_dir_follows_environment(env, expected):
    assert cache.cache_dir(env) == expected


def test_round_trip(tmp_path, one_article):
    events = (event("Ferry crews returned to work on Tuesday.", "2023-05-09", actors=("Ferry",)),)
    assert cache.get(tmp_path, one_article, "v1") is None
    assert cache.put(tmp_path, one_article, "v1", events)
    assert cache.get(tmp_path, one_article, "v1") == events


def test_empty_result_is_cached_not_a_miss(tmp_path, one_article):
    cache.put(tmp_path, one_article, "v1", ())
    assert cache.get(tmp_path, one_article, "v1") == ()


@pytest.mark.parametrize("change", ["version", "path", "text"])
def test_key_changes_with_what_extraction_depends_on(one_article, change):
    import attrs

    other = one_article
    version = "v1"
    if change == "version":
        version = "v2"
    elif change == "path":
        other = attrs.evolve(one_article, path="elsewhere/x.txt")
    else:
        other = attrs.evolve(one_article, id="ffffffffffff")
    assert cache.key(one_article, "v1") != cache.key(other, version)


@pytest.mark.parametrize(
    "garbage", [b"", b"{not json", b"[]", b'{"key": "wrong", "events": []}', b'{"events": 3}']
)
def test_corrupt_entry_is_a_miss_and_is_rewritten(tmp_path, one_article, garbage):
    events = (event("Ferry crews returned to work on Tuesday.", "2023-05-09"),)
    target = cache.entry_path(tmp_path, cache.key(one_article, "v1"))
    target.parent.mkdir(parents=True)
    target.write_bytes(garbage)
    assert cache.get(tmp_path, one_article, "v1") is None
    cache.put(tmp_path, one_article, "v1", events)
    assert cache.get(tmp_path, one_article, "v1") == events


def test_write_leaves_no_temporary_files(tmp_path, one_article):
    cache.put(tmp_path, one_article, "v1", ())
    files = [p.name for p in tmp_path.rglob("*") if p.is_file()]
    assert len(files) == 1
    assert files[0].endswith(".json")


def test_disabled_cache_neither_reads_nor_writes(one_article):
    assert cache.put(None, one_article, "v1", ()) is False
    assert cache.get(None, one_article, "v1") is None


def test_unwritable_directory_is_not_an_error(tmp_path, one_article):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    assert cache.put(blocker, one_article, "v1", ()) is False


def test_code_version_is_stable_and_short():
    assert cache.code_version() == cache.code_version()
    assert len(cache.code_version()) == 16
