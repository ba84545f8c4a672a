"""Where the bundled example articles live: inside the wheel, or next to the packages in a checkout."""

from __future__ import annotations

from pathlib import Path


def seeds_dir() -> Path:
    """`tui/bundled_seeds` in an installed wheel, else the repository's `seeds/` folder."""
    bundled = Path(__file__).with_name("bundled_seeds")
    if bundled.is_dir():
        return bundled
    return Path(__file__).resolve().parent.parent / "seeds"
