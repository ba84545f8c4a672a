"""The `timeline` command as a user runs it: subprocesses, real files, exit codes, one-line errors."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tui.cli", *args], input=stdin, capture_output=True, cwd=ROOT, timeout=120, check=False
    )


def test_extract_json_schema_on_the_seed() -> None:
    proc = run("extract", "seeds/", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    doc = orjson.loads(proc.stdout)
    assert doc["version"] == 1
    (article,) = doc["articles"]
    assert set(article) == {"id", "path", "title", "published", "url"}
    assert article["published"] == "2022-02-08"
    assert doc["problems"] == []
    event = doc["events"][0]
    assert {"id", "when", "kind", "headline", "quote", "sources", "rule", "explanation", "confidence"} <= set(event)
    assert set(event["when"]) >= {"start", "end", "granularity", "value", "text"}
    source = event["sources"][0]
    assert source["path"].startswith("seeds/")
    text = (ROOT / source["path"]).read_text()
    assert text.split("\n")[source["line"] - 1].find(event["quote"]) >= 0
    starts = [e["when"]["start"] for e in doc["events"]]
    assert starts[0] < "2022-02-07" <= starts[-1]


def test_extract_jsonl_one_record_a_line() -> None:
    proc = run("extract", "seeds/", "--format", "jsonl")
    assert proc.returncode == 0
    records = [orjson.loads(line) for line in proc.stdout.splitlines()]
    assert records[0]["type"] == "article"
    assert {r["type"] for r in records[1:]} == {"event"}
    assert all(r["version"] == 1 for r in records)


def test_tag_jsonl_keeps_offsets_into_text_as_given(tmp_path: Path) -> None:
    lines = [
        {"doc_id": "a", "dct": "2022-02-08", "text": "  The vote was held on Monday, and results come next week."},
        {"doc_id": "b", "dct": "19980226", "text": "Nothing dated here."},
    ]
    src = tmp_path / "in.jsonl"
    src.write_bytes(b"\n".join(orjson.dumps(x) for x in lines) + b"\n")
    proc = run("tag", "--jsonl", str(src))
    assert proc.returncode == 0, proc.stderr
    out = [orjson.loads(line) for line in proc.stdout.splitlines()]
    assert [o["doc_id"] for o in out] == ["a", "b"]
    monday = next(t for t in out[0]["timexes"] if t["text"] == "Monday")
    assert lines[0]["text"][monday["start"] : monday["end"]] == "Monday"
    assert monday["value"] == "2022-02-07"
    assert out[1]["timexes"] == []
    again = run("tag", "--jsonl", "-", stdin=src.read_bytes())
    assert again.stdout == proc.stdout


def test_tag_jsonl_bad_line_is_reported_and_the_rest_still_tagged(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(b'{"doc_id": "a", "dct": "2022-02-08", "text": "today"}\nnot json\n{"doc_id": "c"}\n')
    proc = run("tag", "--jsonl", str(src))
    assert proc.returncode == 1
    assert len(proc.stdout.splitlines()) == 1
    errors = proc.stderr.decode().strip().splitlines()
    assert len(errors) == 2
    assert "line 2" in errors[0] and "line 3" in errors[1]


def test_bad_files_are_named_and_others_still_load(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes((SEEDS / "000_39d88328765eb911.txt").read_bytes())
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Title\n20221345\nurl\nText.\n")
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    proc = run("extract", str(tmp_path))
    assert proc.returncode == 1
    doc = orjson.loads(proc.stdout)
    assert len(doc["articles"]) == 1
    (line,) = proc.stderr.decode().strip().splitlines()
    assert str(bad) in line and "no month 13" in line
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest


def test_plain_text_from_stdin_with_published() -> None:
    proc = run("extract", "-", "--published", "2022-02-08", stdin=b"Talks ended on Monday evening in Moscow.\n")
    assert proc.returncode == 0, proc.stderr
    doc = orjson.loads(proc.stdout)
    assert doc["events"][0]["when"]["start"] == "2022-02-07"


def test_usage_errors_are_one_line_with_status_2(tmp_path: Path) -> None:
    for args in (("extract",), ("extract", "seeds/", "--published", "2022-13-01"), ("tag",), ("extract", "nowhere")):
        proc = run(*args)
        assert proc.returncode == 2, args
        assert len(proc.stderr.decode().strip().splitlines()) == 1, proc.stderr


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_bytes((SEEDS / "000_39d88328765eb911.txt").read_bytes())
    before = article.read_bytes()
    proc = run("extract", str(article), "-o", str(article))
    assert proc.returncode == 2
    assert article.read_bytes() == before
    out = tmp_path / "out.json"
    assert run("extract", str(article), "-o", str(out)).returncode == 0
    assert orjson.loads(out.read_bytes())["version"] == 1


def test_extract_to_a_store_writes_what_extract_prints(tmp_path: Path) -> None:
    from core.store import Store

    db = tmp_path / "seed.db"
    proc = run("extract", "seeds/", "--store", str(db))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == b""
    printed = orjson.loads(run("extract", "seeds/").stdout)
    with Store(db) as store:
        assert [e.id for e in store] == [e["id"] for e in printed["events"]]
        assert store.article_count() == 1
        assert list(store.days()) == sorted(store.days())
    assert f"wrote {len(printed['events'])} events from 1 article to" in proc.stderr.decode()
    again = run("extract", "seeds/", "--store", str(db), "--entity", "Macron")
    assert again.returncode == 0, again.stderr  # an earlier store may be replaced
    with Store(db) as store:
        assert 0 < len(store) < len(printed["events"])
        assert all(any("macron" in a.casefold() for a in e.actors) for e in store)


def test_extract_store_refuses_what_it_must_not_replace(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes")
    article = tmp_path / "in" / "a.txt"
    article.parent.mkdir()
    article.write_bytes((SEEDS / "000_39d88328765eb911.txt").read_bytes())
    cases = {
        "not a timeline store": ("--store", str(notes)),
        "over or inside an input": ("--store", str(article.parent / "x.db")),
        "does not exist": ("--store", str(tmp_path / "missing" / "x.db")),
        "leave it out": ("--store", str(tmp_path / "x.db"), "--format", "json"),
        "not allowed with": ("--store", str(tmp_path / "x.db"), "-o", str(tmp_path / "x.json")),
    }
    for expected, extra in cases.items():
        proc = run("extract", str(article.parent), *extra)
        err = proc.stderr.decode().strip()
        assert proc.returncode == 2, extra
        assert expected in err and len(err.splitlines()) == 1, err
    assert notes.read_text() == "my notes"
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["a.txt", "in", "notes.txt"]


def test_core_does_not_import_textual() -> None:
    code = "import core.pipeline, core.jsonio, sys; print(','.join(m for m in ('textual', 'rich', 'tui') if m in sys.modules))"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == ""
