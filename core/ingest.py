"""Reading articles: files, folders, standard input; seed format, JSON and JSONL, plain text.

Nothing here raises past `load`: an input that cannot be read becomes a `Problem` with a
one-line reason, and the other inputs still load. Inputs are only ever opened for reading.
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson
import pendulum

from core.model import Article, Paragraph, Problem, Span

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_LINE_CHARS = 200_000
"""A paragraph longer than this is not prose a reader wrote; it is a dump, and we say so."""
ARTICLE_SUFFIXES = frozenset({".txt", ".json", ".jsonl", ".ndjson", ".md", ""})

_DATE_LINE = re.compile(r"\s*(\d{8})\s*")
_LOOSE_DATE = re.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?\s*")


class ArticleError(ValueError):
    """Why one input is not an article; turned into a `Problem` by `load`."""


def load(
    paths: Iterable[str], published: pendulum.Date | None = None, stdin: bytes | None = None
) -> tuple[list[Article], list[Problem]]:
    """Read every article under `paths` (files, folders read recursively, `-` for standard input)."""
    articles: list[Article] = []
    problems: list[Problem] = []
    for given in paths:
        for path, data in _inputs(given, stdin, problems):
            try:
                articles.extend(parse(data, path, published))
            except ArticleError as err:
                problems.append(Problem(path, str(err)))
    return articles, problems


def _inputs(given: str, stdin: bytes | None, problems: list[Problem]) -> Iterator[tuple[str, bytes]]:
    if given == "-":
        yield "-", stdin if stdin is not None else sys.stdin.buffer.read()
        return
    root = Path(given)
    if root.is_dir():
        files = sorted(
            p
            for p in root.rglob("*")
            if p.is_file()
            and p.suffix.lower() in ARTICLE_SUFFIXES
            and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )
        if not files:
            problems.append(Problem(given, "folder holds no article files (.txt, .json, .jsonl)"))
        for p in files:
            data = _read(p, problems)
            if data is not None:
                yield str(p), data
        return
    if not root.exists():
        problems.append(Problem(given, "no such file or folder"))
        return
    data = _read(root, problems)
    if data is not None:
        yield given, data


def _read(path: Path, problems: list[Problem]) -> bytes | None:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            problems.append(Problem(str(path), f"file is {size / 2**20:.0f} MB; articles are at most 64 MB"))
            return None
        return path.read_bytes()
    except OSError as err:
        problems.append(Problem(str(path), f"cannot read: {err.strerror or err}"))
        return None


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM); otherwise Windows-1252, which maps almost every byte; never fails."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse(data: bytes, path: str, published: pendulum.Date | None = None) -> list[Article]:
    """Turn one input's bytes into articles; raise `ArticleError` with the reason when it is none."""
    if not data.strip():
        raise ArticleError("empty file")
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file (contains NUL bytes), not an article")
    text = decode(data).replace("\r\n", "\n").replace("\r", "\n")
    first = text.lstrip()[:1]
    if first in "{[" and path.lower().endswith((".json", ".jsonl", ".ndjson", "-")):
        return _parse_json(text, path, published)
    _check_line_lengths(text)
    return [_parse_seed(text, path, published)]


def _check_line_lengths(text: str) -> None:
    for number, line in enumerate(text.split("\n"), 1):
        if len(line) > MAX_LINE_CHARS:
            msg = f"line {number} is {len(line):,} characters long; not an article (one paragraph a line)"
            raise ArticleError(msg)


def _parse_seed(text: str, path: str, published: pendulum.Date | None) -> Article:
    lines = text.split("\n")
    date_line = lines[1] if len(lines) > 1 else ""
    match = _DATE_LINE.fullmatch(date_line)
    if match:
        date = _date(match.group(1), "line 2")
        url = lines[2].strip() if len(lines) > 2 else ""
        body_from = 3
    elif published is not None:
        date, url, body_from = published, "", 1
    else:
        shown = date_line.strip()[:40]
        msg = (
            f"line 2 should be the publication date as YYYYMMDD, found {shown!r}; "
            "for plain text pass --published YYYY-MM-DD"
            if shown
            else "no publication date on line 2 (YYYYMMDD); for plain text pass --published YYYY-MM-DD"
        )
        raise ArticleError(msg)
    title = lines[0].strip()
    paragraphs = [_paragraph(lines, 0, is_title=True)] if title else []
    paragraphs += [_paragraph(lines, i) for i in range(body_from, len(lines)) if lines[i].strip()]
    if not title and len(paragraphs) == 0:
        raise ArticleError("no title and no text")
    return Article(
        id=_article_id(text),
        path=path,
        title=title or "(untitled)",
        published=date,
        url=url,
        text=text,
        paragraphs=tuple(p for p in paragraphs if p is not None),
    )


def _paragraph(lines: list[str], index: int, *, is_title: bool = False) -> Paragraph:
    start = sum(len(line) + 1 for line in lines[:index])
    line = lines[index]
    lead = len(line) - len(line.lstrip())
    end = start + len(line.rstrip())
    return Paragraph(Span(start + lead, end), index + 1, is_title=is_title)


def _parse_json(text: str, path: str, published: pendulum.Date | None) -> list[Article]:
    records: list[tuple[int, object]] = []
    try:
        records = [(1, orjson.loads(text))]
    except orjson.JSONDecodeError:
        for number, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                records.append((number, orjson.loads(line)))
            except orjson.JSONDecodeError as err:
                msg = f"line {number}: invalid JSON ({err.msg})"
                raise ArticleError(msg) from None
    flat: list[tuple[int, object]] = []
    for number, record in records:
        if isinstance(record, list):
            flat.extend((number, item) for item in record)
        else:
            flat.append((number, record))
    articles: list[Article] = []
    skipped: list[str] = []
    for number, record in flat:
        try:
            articles.append(_json_article(record, path, number, published))
        except ArticleError as err:
            skipped.append(f"record at line {number}: {err}")
    if not articles:
        more = f" (and {len(skipped) - 1} more like it)" if len(skipped) > 1 else ""
        raise ArticleError(f"{skipped[0]}{more}" if skipped else "no article records")
    return articles


def _json_article(record: object, path: str, line: int, published: pendulum.Date | None) -> Article:
    if not isinstance(record, dict):
        raise ArticleError("not an object with title, published, url, text")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        raise ArticleError("no 'text' field")
    raw_date = record.get("published") or record.get("date") or record.get("dct")
    if raw_date is None:
        if published is None:
            raise ArticleError("no 'published' field; pass --published YYYY-MM-DD")
        date = published
    else:
        date = _date(str(raw_date), "'published'")
    title = str(record.get("title") or "").strip().replace("\n", " ")
    url = str(record.get("url") or "").strip()
    text = f"{title}\n{body}" if title else body
    offset = len(title) + 1 if title else 0
    paragraphs: list[Paragraph] = [Paragraph(Span(0, len(title)), line, is_title=True)] if title else []
    cursor = offset
    for part in body.split("\n"):
        stripped = part.strip()
        if stripped:
            lead = len(part) - len(part.lstrip())
            if len(stripped) > MAX_LINE_CHARS:
                msg = f"a paragraph is {len(stripped):,} characters long; not an article"
                raise ArticleError(msg)
            paragraphs.append(Paragraph(Span(cursor + lead, cursor + lead + len(stripped)), line))
        cursor += len(part) + 1
    return Article(
        id=_article_id(text + date.isoformat()),
        path=path,
        title=title or "(untitled)",
        published=date,
        url=url,
        text=text,
        paragraphs=tuple(paragraphs),
    )


def _date(raw: str, where: str) -> pendulum.Date:
    match = _LOOSE_DATE.fullmatch(raw)
    if not match:
        msg = f"{where}: {raw.strip()[:40]!r} is not a date (expected YYYYMMDD or YYYY-MM-DD)"
        raise ArticleError(msg)
    year, month, day = (int(g) for g in match.groups())
    try:
        return pendulum.date(year, month, day)
    except ValueError:
        msg = f"{where}: {raw.strip()[:40]!r} is not a real date ({_impossible(year, month, day)})"
        raise ArticleError(msg) from None


def _impossible(year: int, month: int, day: int) -> str:
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    if year < 1:
        return f"there is no year {year}"
    return f"month {month} of {year} has no day {day}"


def parse_date_option(raw: str) -> pendulum.Date:
    """Parse --published; raise ArticleError with a readable reason."""
    return _date(raw, "--published")


def _article_id(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "replace"), digest_size=6).hexdigest()
