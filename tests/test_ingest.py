"""Reading articles: formats, folders, and every kind of bad input."""

from __future__ import annotations

import hashlib
from pathlib import Path

import orjson
import pendulum
import pytest

from core.ingest import ArticleError, load, parse

SEED = "A title line\n20220208\nhttps://example.org/a\nFirst paragraph said things on Monday.\n\nSecond one.\n"


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_seed_format_fields_and_offsets(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", SEED)
    articles, problems = load([str(path)])
    assert problems == []
    (article,) = articles
    assert article.title == "A title line"
    assert article.published == pendulum.date(2022, 2, 8)
    assert article.url == "https://example.org/a"
    assert article.path == str(path)
    lines = [p.line for p in article.paragraphs]
    assert lines == [1, 4, 6]
    assert article.paragraphs[0].is_title
    for para in article.paragraphs:
        text = article.text[para.span.start : para.span.end]
        assert text == SEED.split("\n")[para.line - 1].strip()


def test_json_and_jsonl_articles(tmp_path: Path) -> None:
    record = {"title": "T", "published": "2021-03-04", "url": "u", "text": "It rained on Friday.\nMore."}
    one = write(tmp_path, "one.json", orjson.dumps(record))
    many = write(tmp_path, "many.jsonl", b"\n".join(orjson.dumps({**record, "title": f"T{i}"}) for i in range(3)))
    articles, problems = load([str(one), str(many)])
    assert problems == []
    assert [a.title for a in articles] == ["T", "T0", "T1", "T2"]
    article = articles[0]
    assert article.published == pendulum.date(2021, 3, 4)
    body = [article.text[p.span.start : p.span.end] for p in article.paragraphs]
    assert body == ["T", "It rained on Friday.", "More."]


def test_plain_text_needs_published(tmp_path: Path) -> None:
    path = write(tmp_path, "plain.txt", "Just prose here.\nThe council met on Monday.\n")
    _, problems = load([str(path)])
    assert len(problems) == 1
    assert "--published" in problems[0].reason
    articles, problems = load([str(path)], published=pendulum.date(2020, 1, 8))
    assert problems == []
    assert articles[0].published == pendulum.date(2020, 1, 8)
    assert articles[0].title == "Just prose here."


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"\n \n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("month13.txt", b"Title\n20221345\nurl\nText.\n", "no month 13"),
        ("feb30.txt", b"Title\n20220230\nurl\nText.\n", "has no day 30"),
        ("nodate.txt", b"Title\nnot a date\nurl\nText.\n", "line 2 should be the publication date"),
        ("bad.json", b'{"title": "x", "text": ', "invalid JSON"),
        ("nofield.json", b'{"title": "x"}', "no 'text' field"),
    ],
)
def test_bad_input_gives_one_line_reason(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path, name, data)
    articles, problems = load([str(path)])
    assert articles == []
    assert len(problems) == 1
    assert problems[0].path == str(path)
    assert reason in problems[0].reason
    assert "\n" not in problems[0].reason


def test_huge_single_line_is_refused_quickly(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.txt", b"x" * (50 * 1024 * 1024))
    articles, problems = load([str(path)])
    assert articles == []
    assert "characters long" in problems[0].reason


def test_undecodable_bytes_fall_back_without_crashing(tmp_path: Path) -> None:
    path = write(tmp_path, "latin.txt", "Caf\xe9 talks\n20200101\nurl\nThe caf\xe9 opened on Monday.\n".encode("latin-1"))
    articles, problems = load([str(path)])
    assert problems == []
    assert articles[0].title == "Café talks"


def test_one_bad_file_never_stops_the_others_and_inputs_are_untouched(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", SEED)
    bad = write(tmp_path, "bad.txt", b"Title\n20221345\nurl\nx\n")
    (tmp_path / "sub").mkdir()
    nested = write(tmp_path / "sub", "nested.txt", SEED.replace("A title", "Another title"))
    before = {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in (good, bad, nested)}
    articles, problems = load([str(tmp_path), str(tmp_path / "missing.txt")])
    assert sorted(a.title for a in articles) == ["A title line", "Another title line"]
    assert {p.path for p in problems} == {str(bad), str(tmp_path / "missing.txt")}
    assert {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in before} == before


def test_stdin_reads_seed_format() -> None:
    articles, problems = load(["-"], stdin=SEED.encode())
    assert problems == []
    assert articles[0].path == "-"


def test_parse_raises_article_error_for_callers_that_want_it() -> None:
    with pytest.raises(ArticleError):
        parse(b"", "x.txt")
