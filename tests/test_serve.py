"""`timeline serve`: the page loads in headless Chromium and the timeline renders in its terminal.

xterm.js draws on a canvas, so the rendered text is not in the DOM. The test drives Chromium over
the DevTools protocol instead and reads what the page's terminal is sent over its websocket (the
frames the browser receives), which is exactly what xterm.js paints.
"""

from __future__ import annotations

import asyncio
import base64
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.serve import command

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
_ANSI = re.compile(r"\x1b\[[0-9;?$]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _browser() -> str | None:
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for_port(port: int, proc: subprocess.Popen[bytes], seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"server exited early: {proc.stderr.read().decode() if proc.stderr else ''}")
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    pytest.fail(f"server did not listen on {port} within {seconds}s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], f"{sys.executable} -m tui.cli"),
        (["my dir", "a;b"], f"{sys.executable} -m tui.cli 'my dir' 'a;b'"),
    ],
)
def test_command_quotes_arguments(argv, expected):
    if " " in sys.executable:
        pytest.skip("interpreter path has spaces; quoting differs")
    assert command(argv) == expected


def _start_chromium(browser: str, profile: Path) -> tuple[subprocess.Popen[bytes], str]:
    chrome = subprocess.Popen(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--remote-debugging-port=0",
            "--window-size=1400,900",
            "about:blank",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    active = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 20
    while not (active.exists() and active.read_text().strip()):
        if time.monotonic() > deadline or chrome.poll() is not None:
            _stop(chrome)
            pytest.fail("Chromium did not open its DevTools port")
        time.sleep(0.1)
    return chrome, active.read_text().split()[0]


async def _rendered_text(devtools_port: str, url: str, needles: tuple[str, ...], seconds: float) -> str:
    """Navigate the page to `url` and collect what its terminal is sent until every needle shows."""
    import aiohttp

    screen = ""
    async with aiohttp.ClientSession() as http:
        targets = await (await http.get(f"http://127.0.0.1:{devtools_port}/json/list")).json()
        page = next(t for t in targets if t["type"] == "page")
        async with http.ws_connect(page["webSocketDebuggerUrl"], max_msg_size=0) as ws:
            await ws.send_json({"id": 1, "method": "Network.enable", "params": {}})
            await ws.send_json({"id": 2, "method": "Page.navigate", "params": {"url": url}})
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline:
                try:
                    message = await ws.receive_json(timeout=1)
                except TimeoutError:
                    continue
                if message.get("method") != "Network.webSocketFrameReceived":
                    continue
                frame = message["params"]["response"]
                payload = frame["payloadData"]
                if frame.get("opcode") == 2:
                    payload = base64.b64decode(payload).decode("utf-8", "replace")
                screen += payload
                if all(n in _ANSI.sub("", screen) for n in needles):
                    break
    return _ANSI.sub("", screen)


def test_timeline_renders_in_headless_chromium(tmp_path):
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium found (Debian: apt-get install -y chromium); serve is untested here")
    pytest.importorskip("textual_serve", reason="textual-serve is not installed (pip install -e '.[serve]')")
    pytest.importorskip("aiohttp", reason="aiohttp (a textual-serve dependency) is not installed")
    port = _free_port()
    env = {
        **os.environ,
        "TIMELINE_CACHE_DIR": str(tmp_path / "cache"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "xdg-cache"),
    }
    server = subprocess.Popen(
        [sys.executable, "-c", f"from tui.serve import serve; serve([{str(SEEDS)!r}], port={port})"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    # The seed's events are in Feb 2022 and name Macron: both show once the timeline pane renders.
    needles = ("Feb 2022", "Macron")
    try:
        _wait_for_port(port, server)
        chrome, devtools_port = _start_chromium(browser, tmp_path / "profile")
        try:
            screen = asyncio.run(
                _rendered_text(devtools_port, f"http://127.0.0.1:{port}/", needles, seconds=40)
            )
        finally:
            _stop(chrome)
    finally:
        _stop(server)
    assert screen, "the page's terminal received nothing"
    for needle in needles:
        assert needle in screen, f"{needle!r} not rendered; the terminal showed: {screen[-3000:]!r}"
