"""The detector's output on the project's own articles, as checked in for the golden test.

    python -m tests.detect.regen_golden          # rewrite tests/detect/golden/expected.jsonl
    python -m tests.detect.regen_golden --check  # exit 1 and name the articles whose output differs

Regenerate after an intended change of the detector's output (a new rule, a lexicon entry, a fixed
error), then read ``git diff tests/detect/golden/expected.jsonl``: every changed line is a proposal
that changed, and the diff is part of the commit that changed it.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from quotetool.detect import detect

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent / "golden"
EXPECTED = GOLDEN / "expected.jsonl"


def articles() -> list[Path]:
    """The seed articles and the golden articles (benchmark samples and our own), in a fixed order."""
    return sorted((ROOT / "seeds").glob("*.txt")) + sorted((GOLDEN / "articles").glob("*.txt"))


def lines_for(path: Path) -> list[str]:
    """One JSON line per proposal, with the article's name (paths differ between checkouts)."""
    text = path.read_text(encoding="utf-8")
    name = f"{path.parent.name}/{path.name}"
    return [json.dumps({"document": name, **p.to_dict()}, ensure_ascii=False, sort_keys=True) for p in detect(text)]


def current() -> list[str]:
    return [line for path in articles() for line in lines_for(path)]


def main(argv: list[str]) -> int:
    out = current()
    if "--check" in argv:
        expected = EXPECTED.read_text(encoding="utf-8").splitlines()
        if out == expected:
            return 0
        changed = sorted({json.loads(line)["document"] for line in set(out) ^ set(expected)})
        print("golden output differs for: " + ", ".join(changed), file=sys.stderr)
        return 1
    EXPECTED.write_text("".join(line + "\n" for line in out), encoding="utf-8")
    print(f"wrote {len(out)} proposals of {len(articles())} articles to {EXPECTED.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
