"""The JSON codec leaves the interpreter as it found it."""

from __future__ import annotations

import gc

import pytest

from core.jsonio import dumps_timeline
from core.model import Timeline


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_dumping_restores_the_cycle_collector(fmt: str) -> None:
    assert gc.isenabled()
    dumps_timeline(Timeline((), ()), fmt)
    assert gc.isenabled()
    gc.disable()
    try:
        dumps_timeline(Timeline((), ()), fmt)
        assert not gc.isenabled()
    finally:
        gc.enable()
