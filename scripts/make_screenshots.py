"""Screenshots of the real app on the bundled seed: SVG from Textual, PNG via rsvg-convert.

    python scripts/make_screenshots.py            # writes screenshots/*.svg and *.png

Needs `rsvg-convert` (Debian: librsvg2-bin) and the Fira Code font (fonts-firacode) for the PNGs.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "screenshots"

SHOTS: list[tuple[str, tuple[int, int], tuple[str, ...], str]] = [
    ("main", (120, 32), ("j", "j"), "textual-dark"),
    ("main-80x24", (80, 24), ("j",), "textual-dark"),
    ("main-light", (120, 32), ("j", "j", "j", "j"), "textual-light"),
    ("article", (100, 30), ("j", "enter"), "textual-dark"),
    ("help", (100, 40), ("question_mark",), "textual-dark"),
    ("search", (120, 32), ("slash", *"kremlin", "enter"), "textual-dark"),
]


async def shoot(name: str, size: tuple[int, int], keys: tuple[str, ...], theme: str) -> Path:
    from tui.app import TimelineApp

    app = TimelineApp(["seeds"], theme=theme, remember=False)
    async with app.run_test(size=size) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press(*keys)
        await pilot.pause()
        await asyncio.sleep(0.2)
        await pilot.pause()
        return Path(app.save_screenshot(f"{name}.svg", str(OUT)))


def to_png(svg: Path) -> Path | None:
    tool = shutil.which("rsvg-convert")
    if tool is None:
        return None
    # Textual writes leading spaces as &#160; in <text> runs; librsvg drops them unless told to preserve.
    fixed = svg.with_suffix(".tmp.svg")
    fixed.write_text(svg.read_text().replace("<svg ", '<svg xml:space="preserve" ', 1))
    png = svg.with_suffix(".png")
    subprocess.run([tool, "-z", "1.5", str(fixed), "-o", str(png)], check=True)
    fixed.unlink()
    return png


def main() -> int:
    os.chdir(ROOT)  # relative paths on screen
    sys.path.insert(0, str(ROOT))
    OUT.mkdir(exist_ok=True)
    for name, size, keys, theme in SHOTS:
        svg = asyncio.run(shoot(name, size, keys, theme))
        png = to_png(svg)
        print(svg.relative_to(ROOT), png.relative_to(ROOT) if png else "(no rsvg-convert: SVG only)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
