"""The detector's whole output on the project's own articles, compared line by line with a checked-in file.

A failure shows which proposals changed. If the change is intended, regenerate the file with
``python -m tests.detect.regen_golden`` and commit the diff with the change that caused it.
"""

from __future__ import annotations

import difflib
import json

from tests.detect.regen_golden import EXPECTED, articles, current, lines_for


def test_golden_output_unchanged() -> None:
    expected = EXPECTED.read_text(encoding="utf-8").splitlines()
    got = current()
    if got != expected:
        diff = "\n".join(difflib.unified_diff(expected, got, "expected.jsonl", "detector now", lineterm="", n=0))
        raise AssertionError(
            "the detector's output on the golden articles changed; if intended, run "
            "`python -m tests.detect.regen_golden` and commit the diff:\n" + diff[:6000]
        )


def test_golden_file_covers_every_article() -> None:
    """Each article has proposals in the file, and each line's quote is the article's text at its offsets."""
    expected = [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines()]
    named = {row["document"] for row in expected}
    for path in articles():
        name = f"{path.parent.name}/{path.name}"
        assert name in named, name
        text = path.read_text(encoding="utf-8")
        for row in expected:
            if row["document"] == name:
                assert text[row["start"] : row["end"]] == row["quote"]
    assert lines_for(articles()[0])  # the seeds are read, not skipped
