"""Benchmarks of the viewer: first paint against a bare Textual app, keys and memory at scale.

    python benchmarks/bench_tui.py            # first paint + 100k + 1M events
    python benchmarks/bench_tui.py --quick    # first paint + 100k
    python benchmarks/bench_tui.py --quick --store=big.db   # also the viewer over an SQLite store

First paint: wall time from starting a fresh Python process to Textual's `Ready` event (the
first frame is on screen), for `timeline` on the bundled seed and for a bare app (a Static and a
Footer), alternating runs in the same benchmark run, headless. Import time counts: it is what a
reader waits for.

Keys: CPU milliseconds per keypress in a headless app over N synthetic events (wall time under
Pilot is floored by its idle wait, so CPU time above an unbound key's is the honest number).
Memory: resident set size after building the events and after the app has shown them.
"""

from __future__ import annotations

import asyncio
import gc
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD_PAINT = """
import sys, time
from tui.app import TimelineApp
class Probe(TimelineApp):
    def on_ready(self):
        print("paint", time.time())
        self.exit()
Probe([], remember=False).run(headless=True)
"""

CHILD_ROWS = """
import sys, time
from tui.app import TimelineApp
class Probe(TimelineApp):
    def on_ready(self):
        print("paint", time.time())
        self.set_interval(0.005, self.check)
    def check(self):
        if self.loaded is not None and self.view.data.shown:
            print("rows", time.time())
            self.exit()
Probe([], remember=False).run(headless=True)
"""

CHILD_BARE = """
import sys, time
from textual.app import App
from textual.widgets import Footer, Static
class Bare(App):
    def compose(self):
        yield Static("hello")
        yield Footer()
    def on_ready(self):
        print("paint", time.time())
        self.exit()
Bare().run(headless=True)
"""


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_child(code: str) -> dict[str, float]:
    """Wall seconds from spawn to each mark the child prints, and the child's CPU seconds ("cpu")."""
    start = time.time()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    stdout = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise RuntimeError(f"probe failed ({child.returncode})")
    marks = {"cpu": usage.ru_utime + usage.ru_stime}
    for line in stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in ("paint", "rows"):
            marks[name] = float(stamp) - start
    return marks


def first_paint(rounds: int = 7) -> None:
    run_child(CHILD_BARE)  # warm the file cache and the extraction cache
    run_child(CHILD_ROWS)
    bare, paint, rows = [], [], []
    for _ in range(rounds):  # alternate, so that load on the machine hits both alike
        bare.append(run_child(CHILD_BARE))
        paint.append(run_child(CHILD_PAINT))
        rows.append(run_child(CHILD_ROWS))

    def med(runs: list[dict[str, float]], key: str) -> float:
        return statistics.median(r.get(key, float("nan")) for r in runs) * 1000

    b, p, r = med(bare, "paint"), med(paint, "paint"), med(rows, "rows")
    bc, pc = med(bare, "cpu"), med(paint, "cpu")
    print(
        f"first paint (median of {rounds}, process start → first frame, headless; CPU of the whole process):"
    )
    print(f"  bare Textual app (Static + Footer): {b:7.0f} ms wall  {bc:5.0f} ms cpu")
    print(
        f"  timeline on the seed:              {p:7.0f} ms wall  {pc:5.0f} ms cpu"
        f"  ({p / b:.2f}× wall, {pc / bc:.2f}× cpu; target ≤ 1.3×)"
    )
    print(
        f"  timeline rows of the seed shown:   {r:7.0f} ms wall  (extraction in a worker, after the first frame)"
    )


def bytes_per_key() -> None:
    """What crosses an SSH link: bytes the app writes to a real 80x24 pty per key, and while idle."""
    import fcntl
    import pty
    import select
    import struct
    import termios

    pid, fd = pty.fork()
    if pid == 0:  # the child: the real app on the seed, as over plain SSH (256 colours, no mouse)
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("COLORTERM", None)
        code = "from tui.app import TimelineApp; TimelineApp([], remember=False).run(mouse=False)"
        os.execv(sys.executable, [sys.executable, "-c", code])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))

    def drain(seconds: float) -> int:
        total, end = 0, time.time() + seconds
        while True:
            ready, _, _ = select.select([fd], [], [], max(0.0, end - time.time()))
            if not ready:
                return total
            try:
                total += len(os.read(fd, 65536))
            except OSError:
                return total

    print("bytes written to an 80x24 pty (TERM=xterm-256color, what SSH carries):")
    print(f"  start-up until idle:  {drain(5.0):7,d}")
    print(f"  3 s idle:             {drain(3.0):7,d}")
    for key, name in ((b"j", "j"), (b"k", "k"), (b"\x1b[6~", "PgDn"), (b"G", "G"), (b"g", "g")):
        os.write(fd, key)
        print(f"  {name:<21} {drain(0.8):7,d}")
    os.write(fd, b"q")
    drain(1.0)
    os.waitpid(pid, 0)


async def keys_at(n: int) -> None:
    from tui import synthetic
    from tui.app import TimelineApp

    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    timeline = synthetic.timeline(n)
    built = time.perf_counter() - t0
    events_mb = rss_mb() - before
    app = TimelineApp(timeline=timeline, remember=False)
    t0 = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()  # above 200k events the view is computed in a worker
        await pilot.pause()
        shown = time.perf_counter() - t0
        app_mb = rss_mb() - before - events_mb

        async def cost(*keys: str, repeat: int = 10, setup: tuple[str, ...] = ()) -> tuple[float, float]:
            cpu, wall = [], []
            for _ in range(repeat):
                if setup:  # not timed: puts the cursor where the timed keys have work to do
                    await pilot.press(*setup)
                    await pilot.pause()
                c0, w0 = time.process_time(), time.perf_counter()
                await pilot.press(*keys)
                await app.workers.wait_for_complete()
                await pilot.pause()
                cpu.append(time.process_time() - c0)
                wall.append(time.perf_counter() - w0)
            return statistics.median(cpu) * 1000, statistics.median(wall) * 1000

        idle_cpu, idle_wall = await cost("x")  # an unbound key: the harness's own cost
        results = {
            "j (next event)": await cost("j"),
            "PgDn": await cost("pagedown"),
            "G (last)": await cost("G", repeat=5, setup=("g",)),
            "g (first)": await cost("g", repeat=5, setup=("G",)),
            "z (regroup by week)": await cost("z", repeat=3),
        }
        # Search: the only hit is the second-to-last event, so n scans the whole list.
        app.search = f"({n - 2})"
        await pilot.press("g")
        results[f"n (search, hit {n - 2:,} rows away)"] = await cost("n", repeat=3)
        total_mb = rss_mb() - before
    print(f"{n:,} synthetic events: built in {built:.1f} s; app shows them {shown:.2f} s after start")
    print(f"  memory: events {events_mb:,.0f} MB, viewer on top {app_mb:,.0f} MB, total {total_mb:,.0f} MB")
    print(f"  per key, CPU ms above an unbound key ({idle_cpu:.1f} ms cpu / {idle_wall:.0f} ms wall):")
    for name, (cpu, wall) in results.items():
        print(f"    {name:<34} {max(cpu - idle_cpu, 0):7.1f} ms cpu   ({wall:6.0f} ms wall under Pilot)")
    gc.collect()


async def store_at(path: Path) -> None:
    """The viewer over an SQLite store (`core.store`): events decoded a page at a time."""
    from tui.app import TimelineApp

    gc.collect()
    before = rss_mb()
    app = TimelineApp([str(path)], remember=False)
    t0 = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(3):  # the store is opened in one worker, the view computed in the next
            await app.workers.wait_for_complete()
            await pilot.pause()
        shown = time.perf_counter() - t0
        n = len(app.shown)

        async def cost(*keys: str, setup: tuple[str, ...] = (), repeat: int = 5) -> float:
            cpu = []
            for _ in range(repeat):
                if setup:
                    await pilot.press(*setup)
                    await pilot.pause()
                c0 = time.process_time()
                await pilot.press(*keys)
                await pilot.pause()
                cpu.append(time.process_time() - c0)
            return statistics.median(cpu) * 1000

        idle = await cost("x")
        results = {
            "j": await cost("j"),
            "PgDn": await cost("pagedown"),
            "G (last, cold page)": await cost("G", setup=("g",)),
            "g (first)": await cost("g", setup=("G",)),
        }
        app.search = f"({n - 2})"
        app._hits_cache = None
        results["n (full-text search)"] = await cost("n", setup=("g",), repeat=3)
        total_mb = rss_mb() - before
    print(f"store {path.name}: {n:,} events shown {shown:.2f} s after start; memory {total_mb:,.0f} MB")
    for name, cpu in results.items():
        print(f"    {name:<34} {max(cpu - idle, 0):7.1f} ms cpu")


def main() -> int:
    sys.path.insert(0, str(ROOT))
    quick = "--quick" in sys.argv
    first_paint(7 if quick else 11)
    bytes_per_key()
    asyncio.run(keys_at(100_000))
    if not quick:
        asyncio.run(keys_at(1_000_000))
    for arg in sys.argv[1:]:
        if arg.startswith("--store="):  # a store written beforehand (core.store.write)
            asyncio.run(store_at(Path(arg.split("=", 1)[1])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
