"""End to end in a real terminal (tmux), one correction session on the seeds: a repeated wrong speaker fixed for
the whole article in one dialog, undone with one `u`, fixed again, a missed sentence added in four keys, the
article marked reviewed, and `quotetool export` run as a subprocess."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from quotetool.store import document_quotes
from quotetool.store.queue import document_ids

from .test_ui_e2e_tmux import TMUX, _annotate, _opened
from .tui_support import SEEDS, import_seeds

pytestmark = pytest.mark.slow
NEW_NAME = "Sergej Schoigu"


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed (CI installs it)")
def test_a_repeated_speaker_fixed_for_the_article_undone_redone_and_exported(tmp_path: Path):
    db_file = tmp_path / "quotes.db"
    with _opened(db_file) as db:
        import_seeds(db, SEEDS)
        quotes = document_quotes(db, document_ids(db)[0])
    first = quotes[0]
    same = [q for q in quotes if q.speaker_mention == first.speaker_mention]
    assert len(same) >= 2 and first.speaker != NEW_NAME, "the seeds name one speaker twice with one mention"
    term = _annotate(tmp_path, db_file)
    try:
        term.wait_for("in queue")
        term.keys("s")
        term.wait_for("Enter saves:")
        term.type(NEW_NAME)
        term.wait_for(f"Enter saves: {NEW_NAME} (as typed, a new speaker)")
        term.keys("C-t")
        term.wait_for("X▌ ctrl+t: every quote")  # the box is ticked
        term.keys("Enter")
        term.wait_for(f"Speaker of {len(same)} quotes of")
        term.keys("u")
        term.wait_for(f"{len(same)} quotes of its article are as before")
        with _opened(db_file) as db:
            assert {q.speaker for q in document_quotes(db, first.document_id) if q.id in {x.id for x in same}} == {
                first.speaker
            }
        term.keys("s")
        term.wait_for("Enter saves:")
        term.type(NEW_NAME)
        term.keys("C-t")
        term.wait_for("X▌ ctrl+t: every quote")  # the box is ticked
        term.keys("Enter")
        term.wait_for(f"Speaker of {len(same)} quotes of")
        for quote in same:  # the first undecided quote first, then on to the next
            term.keys("a")
            term.wait_for(f"Accepted quote {quote.id}.")
        term.keys("M")  # a missed sentence in four keys: the next likely miss, selected,
        term.wait_for("likely miss")
        term.keys("Enter")  # taken as the new quote,
        term.wait_for("Kind of the new quote")
        term.keys("i")  # indirect,
        term.wait_for("Speaker of the new quote")
        term.keys("Enter")  # with the speaker the dialog highlights
        term.wait_for("Added quote")
        term.keys("R")
        term.wait_for("This article is marked reviewed by e2e-editor")
        term.keys("q")
        term.wait_for("QUOTETOOL-EXIT:0")
    finally:
        term.kill()

    out = tmp_path / "verified.jsonl"
    done = subprocess.run(
        [sys.executable, "-m", "quotetool", "export", "--db", str(db_file), "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    rows = {r["quote_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    [added] = [r for r in rows.values() if r["origin"] == "manual"]
    assert (added["kind"], added["reviewed"], added["corrected"]) == ("indirect", True, None)
    assert added["document_id"] == first.document_id and len(added["quote"].split()) >= 4
    assert set(rows) == {q.id for q in same} | {added["quote_id"]}
    for quote in same:
        row = rows[quote.id]
        assert (row["speaker"], row["reviewed"], row["corrected"]) == (NEW_NAME, True, True)
        assert row["detector_speaker"] == quote.speaker
