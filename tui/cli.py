"""The `timeline` command.

`timeline [PATHS...]` opens the viewer; `extract`, `tag` and `serve` are subcommands. The
subcommands that print run through `core` alone, so they start without importing Textual.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO

import pendulum

SUBCOMMANDS = ("extract", "tag", "serve")
FORMATS = ("json", "jsonl", "timelinejs", "ics", "markdown")


class UsageError(Exception):
    """A command-line mistake: reported in one line, exit status 2."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        if args and args[0] in SUBCOMMANDS:
            command = {"extract": extract_command, "tag": tag_command, "serve": serve_command}[args[0]]
            return command(args[1:])
        return view_command(args)
    except UsageError as err:
        print(f"timeline: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `timeline extract ... | head` closes the pipe early; that is not an error.
        _silence_stdout()
        return 0
    except KeyboardInterrupt:
        return 130


def _published(raw: str | None) -> pendulum.Date | None:
    if raw is None:
        return None
    from core.ingest import ArticleError, parse_date_option

    try:
        return parse_date_option(raw)
    except ArticleError as err:
        raise UsageError(str(err)) from None


def _jobs(raw: int | None) -> int | None:
    if raw is not None and raw < 1:
        msg = "--jobs must be 1 or more"
        raise UsageError(msg)
    return raw


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(
            f"{message} (see timeline {self.prog.split()[-1]} --help)".replace(
                "timeline timeline", "timeline"
            )
        )


def view_command(argv: Sequence[str]) -> int:
    parser = _Parser(
        prog="timeline",
        description="Open the timeline viewer on articles (default: the bundled example). "
        "Subcommands: extract (print the timeline), tag (time expressions), serve (viewer in a browser).",
    )
    parser.add_argument(
        "paths", nargs="*", help="article files or folders (read recursively), or one store written by extract --store"
    )
    parser.add_argument(
        "--published", metavar="DATE", help="publication date for plain-text articles (YYYY-MM-DD)"
    )
    parser.add_argument(
        "--jobs", type=int, metavar="N", help="worker processes for extraction (default: all cores)"
    )
    parser.add_argument(
        "--no-mouse", action="store_true", help="leave the mouse to the terminal (text selection over SSH)"
    )
    parser.add_argument("--theme", metavar="NAME", help="a Textual theme, e.g. textual-light, ansi-dark")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    args = parser.parse_args(argv)
    if args.version:
        from importlib.metadata import version

        print(f"timeline {version('timeline-news')}")
        return 0
    published, jobs = _published(args.published), _jobs(args.jobs)
    if "-" in args.paths:
        msg = "the viewer reads its keys from the terminal, so it cannot read articles from stdin; use timeline extract -"
        raise UsageError(msg)
    from tui.app import TimelineApp

    app = TimelineApp(args.paths, published=published, jobs=jobs, theme=args.theme)
    app.run(mouse=not args.no_mouse)
    return int(app.return_code or 0)


def _load(paths: Sequence[str], published: pendulum.Date | None, jobs: int | None) -> object:
    from core.pipeline import extract

    stdin = sys.stdin.buffer.read() if "-" in paths else None
    return extract(paths, published=published, jobs=jobs, progress=_progress_bar(), stdin=stdin)


def _progress_bar() -> Callable[[int, int], None] | None:
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> None:
        if total < 2:
            return
        width = 30
        filled = width * done // total
        end = "\n" if done == total else ""
        sys.stderr.write(
            f"\r  extracting [{'#' * filled}{'.' * (width - filled)}] {done}/{total} articles{end}"
        )
        sys.stderr.flush()

    return show


def extract_command(argv: Sequence[str]) -> int:
    parser = _Parser(prog="timeline extract", description="Print the ordered timeline of the given articles.")
    parser.add_argument("paths", nargs="+", help="article files or folders (read recursively); - for stdin")
    parser.add_argument("--format", choices=FORMATS, help="output format (default json)")
    parser.add_argument(
        "--published", metavar="DATE", help="publication date for plain-text articles (YYYY-MM-DD)"
    )
    parser.add_argument("--jobs", type=int, metavar="N", help="worker processes (default: all cores)")
    parser.add_argument("--entity", metavar="NAME", help="keep only events that mention this actor")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    target.add_argument(
        "--store", metavar="FILE", help="write an SQLite store (open it with `timeline FILE`) instead of printing"
    )
    args = parser.parse_args(argv)
    published, jobs = _published(args.published), _jobs(args.jobs)
    if args.store and args.format:
        raise UsageError("--store writes a database; --format is for printed output, leave it out")
    if args.output:
        _check_output("--output", args.output, args.paths)
    if args.store:
        _check_output("--store", args.store, args.paths)
    if args.store:
        _refuse_foreign_file(args.store)
    from core.model import Timeline

    timeline = _load(args.paths, published, jobs)
    assert isinstance(timeline, Timeline)
    if args.entity:
        timeline = _only_entity(timeline, args.entity)
    if args.store:
        _write_store(timeline, args.store)
    else:
        _write(_render(timeline, args.format or "json"), args.output)
    return _report(timeline.problems, loaded=len(timeline.articles))


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"


def _refuse_foreign_file(path: str) -> None:
    """A store replaces the file at its path: only allow that for an earlier store, never another file."""
    from core.store import is_store

    existing = Path(path)
    if existing.exists() and (not existing.is_file() or not is_store(existing)):
        msg = f"--store {path}: exists and is not a timeline store; choose a new file name"
        raise UsageError(msg)


def _write_store(timeline: object, path: str) -> None:
    import sqlite3

    from core.model import Timeline
    from core.store import write

    assert isinstance(timeline, Timeline)
    if not timeline.articles:
        return  # nothing was read: leave any earlier store as it was
    try:
        write(path, timeline)
    except (OSError, sqlite3.Error) as err:
        raise UsageError(f"--store {path}: cannot write the store ({err})") from None
    print(
        f"timeline: wrote {_count(len(timeline.events), 'event')} from {_count(len(timeline.articles), 'article')} to {path}",
        file=sys.stderr,
    )


def _only_entity(timeline: object, name: str) -> object:
    import attrs

    from core.model import Timeline

    assert isinstance(timeline, Timeline)
    wanted = name.casefold()
    kept = tuple(e for e in timeline.events if any(wanted in a.casefold() for a in e.actors))
    return attrs.evolve(timeline, events=kept)


def _render(timeline: object, fmt: str) -> bytes:
    from core.model import Timeline

    assert isinstance(timeline, Timeline)
    if fmt in ("json", "jsonl"):
        from core.jsonio import dumps_timeline

        return dumps_timeline(timeline, fmt)
    from core.export import render

    return render(timeline, fmt)


def _report(problems: Sequence[object], loaded: int) -> int:
    for problem in problems:
        print(f"timeline: {problem}", file=sys.stderr)
    if loaded == 0:
        if not problems:
            print("timeline: no article could be read", file=sys.stderr)
        return 2
    return 1 if problems else 0


def _check_output(flag: str, output: str, paths: Sequence[str]) -> None:
    """Before any work: the output must go to an existing folder and never over or inside an input."""
    target = Path(output).resolve()
    if not target.parent.is_dir():
        raise UsageError(f"{flag} {output}: the folder {target.parent} does not exist")
    for given in paths:
        if given == "-":
            continue
        root = Path(given).resolve()
        if target == root or root in target.parents:
            msg = f"{flag} {output} would write over or inside an input ({given}); choose another file"
            raise UsageError(msg)


def _write(data: bytes, output: str | None) -> None:
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    target = Path(output)
    tmp = target.with_name(f".{target.name}.tmp{os.getpid()}")
    try:
        tmp.write_bytes(data)
        tmp.replace(target)
    except OSError as err:
        tmp.unlink(missing_ok=True)
        raise UsageError(f"--output {output}: cannot write ({err.strerror or err})") from None


def tag_command(argv: Sequence[str]) -> int:
    parser = _Parser(
        prog="timeline tag",
        description="Find time expressions. With --jsonl, read lines {doc_id, dct, text} and write "
        "{doc_id, timexes: [{start, end, text, type, value}]} (offsets into text as given). "
        "With paths, print each expression of each article with its value and the rule that decided it.",
    )
    parser.add_argument("paths", nargs="*", help="article files or folders")
    parser.add_argument(
        "--jsonl", metavar="IN", help="a JSONL file of {doc_id, dct, text} lines; - for stdin"
    )
    parser.add_argument(
        "--published", metavar="DATE", help="publication date for plain-text articles (YYYY-MM-DD)"
    )
    args = parser.parse_args(argv)
    if bool(args.jsonl) == bool(args.paths):
        msg = "give either --jsonl IN or article paths (see timeline tag --help)"
        raise UsageError(msg)
    if args.jsonl:
        return _tag_jsonl(args.jsonl)
    return _tag_articles(args.paths, _published(args.published))


def _tag_jsonl(source: str) -> int:
    import orjson

    from core.timex import tag_record

    errors = 0
    with _open_input(source) as stream:
        out = sys.stdout.buffer
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            try:
                record = orjson.loads(raw)
                if not isinstance(record, dict):
                    _raise_value("not a JSON object")
                result = tag_record(record)
            except (orjson.JSONDecodeError, ValueError, KeyError, TypeError) as err:
                errors += 1
                print(f"timeline: {source}: line {number}: {_reason(err)}", file=sys.stderr)
                continue
            out.write(orjson.dumps(result) + b"\n")
        out.flush()
    return 1 if errors else 0


def _raise_value(message: str) -> None:
    raise ValueError(message)


def _reason(err: Exception) -> str:
    if isinstance(err, KeyError):
        return f"missing field {err}"
    return str(err) or type(err).__name__


class _open_input:
    def __init__(self, source: str) -> None:
        self.source = source
        self.stream: IO[bytes] | None = None

    def __enter__(self) -> Iterator[bytes]:
        if self.source == "-":
            return iter(sys.stdin.buffer)
        try:
            self.stream = Path(self.source).open("rb")
        except OSError as err:
            msg = f"{self.source}: cannot read ({err.strerror or err})"
            raise UsageError(msg) from None
        return iter(self.stream)

    def __exit__(self, *exc: object) -> None:
        if self.stream is not None:
            self.stream.close()


def _tag_articles(paths: Sequence[str], published: pendulum.Date | None) -> int:
    from core.ingest import load
    from core.sentences import sentences
    from core.timex import tag

    stdin = sys.stdin.buffer.read() if "-" in paths else None
    articles, problems = load(paths, published, stdin)
    out = sys.stdout
    for article in articles:
        spans = [s.span for s in sentences(article)]
        for t in tag(article.text, article.published, spans):
            line = article.text.count("\n", 0, t.span.start) + 1
            mod = f" {t.time.mod}" if t.time.mod else ""
            out.write(
                f"{article.path}:{line}: {t.text!r} {t.time.type} {t.time.value}{mod}  [{t.rule}] {t.why}\n"
            )
    out.flush()
    return _report(problems, loaded=len(articles))


def serve_command(argv: Sequence[str]) -> int:
    parser = _Parser(
        prog="timeline serve", description="Serve the viewer to a browser (localhost by default)."
    )
    parser.add_argument("paths", nargs="*", help="article files or folders (default: the bundled example)")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--published", metavar="DATE", help="publication date for plain-text articles")
    args = parser.parse_args(argv)
    _published(args.published)
    try:
        from tui.serve import serve
    except ImportError as err:
        msg = f"serving needs textual-serve: pip install 'timeline-news[serve]' ({err})"
        raise UsageError(msg) from None
    forwarded = [*args.paths, *(["--published", args.published] if args.published else [])]
    serve(forwarded, host=args.host, port=args.port)
    return 0


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


if __name__ == "__main__":
    sys.exit(main())
