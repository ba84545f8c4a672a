"""Tag a TimeML corpus (JSONL lines {"doc_id", "dct", "text", ...}) and score it with the shared scorer.

    python benchmarks/score_corpora.py [CORPUS.jsonl ...] [--out DIR] [--errors N] [--json]

Without corpora it scores ../shared/corpora/timebank.jsonl and aquaint.jsonl. Predictions are written to
DIR/<corpus>.pred.jsonl (default: a temporary directory) and scored by ../shared/tools/score_timex.py.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import orjson

from core.timex import tag_record

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_timex.py"
DEFAULT = [SHARED / "corpora" / "timebank.jsonl", SHARED / "corpora" / "aquaint.jsonl"]


def predict(corpus: Path, out: Path) -> Path:
    pred = out / (corpus.stem + ".pred.jsonl")
    with corpus.open("rb") as src, pred.open("wb") as dst:
        for line in src:
            if line.strip():
                dst.write(orjson.dumps(tag_record(orjson.loads(line))) + b"\n")
    return pred


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="timex-"))
    out.mkdir(parents=True, exist_ok=True)
    for corpus in args.corpora or DEFAULT:
        pred = predict(corpus, out)
        cmd = [sys.executable, str(SCORER), str(corpus), str(pred)]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        if args.json:
            cmd.append("--json")
        print(f"== {corpus.name} (predictions: {pred})", flush=True)
        subprocess.run(cmd, check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
