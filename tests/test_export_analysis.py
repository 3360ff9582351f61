"""The analysis columns of the export, --reviewed-only, stats per rule and annotator, and the upgrade to them."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

from click.testing import CliRunner
from test_review_marks import TEXT, _proposal

from quotetool.cli import cli
from quotetool.detect import Kind
from quotetool.export import CONVERTED_COLUMNS, _csv_cell, write_rows
from quotetool.ingest import Article
from quotetool.store import (
    EXPORT_COLUMNS,
    Database,
    accept,
    get_quote,
    import_article,
    iter_export_rows,
    mark_reviewed,
    reject,
    set_comment,
    set_flag,
    set_span,
    set_speaker,
    undo,
)
from quotetool.store.migrations import upgrade
from quotetool.store.registry import list_speakers, rename_speaker

SPLIT_FIRST, SPLIT_SECOND = "Wir bleiben dabei", "Das reicht nicht"


def _prepared(target: str) -> tuple[Database, int, int]:
    """Two articles: one with a split quote, a corrected and a plain proposal (reviewed); one not reviewed."""
    db = Database.open(target)
    a, b = TEXT.index(SPLIT_FIRST), TEXT.index(SPLIT_SECOND)
    parts = ((a, a + len(SPLIT_FIRST)), (b, b + len(SPLIT_SECOND)))
    split = replace(_proposal(SPLIT_FIRST, "Christian Dürr", "FDP-Chef", "sagte", parts=parts), end=parts[1][1])
    roth = _proposal("Die Lage sei ernst", "Anna Roth", "Roth", "sagte", Kind.INDIRECT, rule="other-rule")
    doc = import_article(
        db,
        Article(TEXT, "t.txt", url="https://www.ndr.de/a", outlet="ndr.de", published="2024-03-05"),
        detector=lambda _t: [split, roth],
    )
    other = import_article(db, Article("Er sagte: „Nein.“\n", "u.txt"), detector=lambda _t: [])
    first, second = 1, 2
    accept(db, first, annotator="anna")
    set_comment(db, first, "Teil zwei am Abend", annotator="anna")
    set_flag(db, first, "second-opinion", annotator="anna")
    start = TEXT.index("Die Lage")
    set_span(db, second, start, start + len("Die Lage sei"), annotator="bob")  # a correction
    accept(db, second, annotator="bob")
    mark_reviewed(db, doc.document_id, annotator="anna")
    return db, doc.document_id, other.document_id


def test_jsonl_export_has_context_parts_corrections_and_the_articles_metadata(db_target: str, tmp_path: Path) -> None:
    _prepared(db_target)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["--db", db_target, "export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    split, roth = rows
    assert split["quote"] == f"{SPLIT_FIRST} […] {SPLIT_SECOND}"  # no inner cue or text between the parts
    assert [p["text"] for p in split["parts"]] == [SPLIT_FIRST, SPLIT_SECOND]
    assert all(TEXT[p["start"] : p["end"]] == p["text"] for p in split["parts"])
    assert split["context"].startswith("„Wir bleiben dabei“") and split["context"].endswith("am Abend.")
    assert split["corrected"] is False and split["detector_speaker"] == "Christian Dürr"
    assert (split["comment"], split["flag"], split["reviewed"]) == ("Teil zwei am Abend", "second-opinion", True)
    assert (split["outlet"], split["published"]) == ("ndr.de", "2024-03-05")
    assert roth["corrected"] is True and roth["quote"] == "Die Lage sei"
    assert (roth["detector_start"], roth["detector_end"], roth["detector_kind"]) == (
        TEXT.index("Die Lage"),
        TEXT.index("Die Lage") + len("Die Lage sei ernst"),
        "indirect",
    )
    assert roth["context"] == "Die Lage sei ernst, sagte Roth."
    assert roth["parts"] == [{"start": roth["start"], "end": roth["end"], "text": roth["quote"]}]


def test_csv_joins_the_parts_writes_booleans_as_words_and_reviewed_only_leaves_other_articles_out(
    db_target: str,
    tmp_path: Path,
) -> None:
    db, _, other = _prepared(db_target)
    text = "Er sagte: „Nein.“\n"
    from quotetool.store import add_quote

    add_quote(db, other, text.index("Nein"), text.index("Nein") + 5, kind="direct", speaker="Er", annotator="anna")
    runner = CliRunner()
    out = tmp_path / "all.csv"
    assert runner.invoke(cli, ["--db", db_target, "export", "--out", str(out)]).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert len(rows) == 3
    assert rows[0]["parts"] == f"{SPLIT_FIRST} […] {SPLIT_SECOND}" and rows[0]["reviewed"] == "true"
    assert (rows[1]["corrected"], rows[2]["corrected"], rows[2]["reviewed"]) == ("true", "", "false")  # manual: empty
    reviewed = tmp_path / "reviewed.csv"
    result = runner.invoke(cli, ["--db", db_target, "export", "--out", str(reviewed), "--reviewed-only"])
    assert result.exit_code == 0
    assert len(list(csv.DictReader(io.StringIO(reviewed.read_text(encoding="utf-8"), newline="")))) == 2


def test_booleans_and_lists_come_only_in_the_columns_the_csv_converts(db_target: str) -> None:
    """The CSV writer converts only CONVERTED_COLUMNS (a cell test on every cell cost a fifth of the export):
    every bool or list of the store's rows is in one of them, and the CSV is what converting every cell gives."""
    db, _, _ = _prepared(db_target)
    roth = next(e.id for e in list_speakers(db) if e.name == "Anna Roth")
    rename_speaker(db, roth, "Anna Roth (Ministerin)", annotator="anna")  # the old name becomes an alias
    rows = list(iter_export_rows(db, ["accepted", "proposed", "rejected"]))
    found = {name for row in rows for name, v in zip(EXPORT_COLUMNS, row, strict=True) if type(v) in (bool, list)}
    assert found == CONVERTED_COLUMNS
    written = io.StringIO()
    write_rows(written, EXPORT_COLUMNS, rows, fmt="csv")
    expected = io.StringIO()
    generic = csv.writer(expected, lineterminator="\r\n")
    generic.writerow(EXPORT_COLUMNS)
    generic.writerows([_csv_cell(v) for v in row] for row in rows)
    assert written.getvalue() == expected.getvalue()
    assert f"{SPLIT_FIRST} […] {SPLIT_SECOND}" in written.getvalue() and ",Anna Roth," in written.getvalue()


def test_stats_count_per_rule_and_annotator_accepted_unchanged_corrected_and_rejected(
    db_target: str, tmp_path: Path
) -> None:
    db, _, _ = _prepared(db_target)
    result = CliRunner().invoke(cli, ["--db", db_target, "stats"])
    assert result.exit_code == 0, result.output
    lines = [" ".join(line.split()) for line in result.output.splitlines()]
    rules = lines[lines.index("by rule (proposals: accepted unchanged, accepted corrected, rejected)") + 1 :]
    assert rules[:2] == ["other-rule 0 1 0", "test-rule 1 0 0"]
    people = lines[lines.index("by annotator (proposals: accepted unchanged, accepted corrected, rejected)") + 1 :]
    assert people[:2] == ["anna 1 0 0", "bob 0 1 0"]
    reject(db, 2, annotator="anna")  # the last decision counts, and names its annotator
    again = CliRunner().invoke(cli, ["--db", db_target, "stats"])
    after = [" ".join(line.split()) for line in again.output.splitlines()]
    assert "anna 1 0 1" in after and not any(line.startswith("bob ") for line in after)


def _v2_database(path: Path) -> None:
    """A database at schema version 2: a detector proposal whose span and speaker an editor changed, and its log."""
    conn = sqlite3.connect(path, isolation_level=None)
    upgrade(conn, target=2)
    conn.executescript("""
        INSERT INTO document (id, origin, content_hash, text, imported_at)
            VALUES (1, 'alt.txt', 'h', 'Er sagte: „Alles bleibt.“ Dann ging er.', '2025-01-01');
        INSERT INTO speaker (id, name, name_key, created_at) VALUES (1, 'Falsch', 'falsch', '2025-01-01'),
            (2, 'Richtig', 'richtig', '2025-01-01');
        INSERT INTO quote (id, document_id, start, "end", text, kind, status, origin, rule, speaker_id, created_at,
                           version)
            VALUES (1, 1, 11, 23, 'Alles bleibt', 'direct', 'accepted', 'detector', 'r1', 2, '2025-01-01', 4),
                   (2, 1, 26, 39, 'Dann ging er.', 'indirect', 'proposed', 'detector', 'r2', NULL, '2025-01-01', 1);
        INSERT INTO decision (id, quote_id, action, annotator, at, before, after) VALUES
            (1, 1, 'span', 'anna', '2025-01-02', '{"start": 10, "end": 24, "text": "„Alles bleibt.“"}',
             '{"start": 11, "end": 24, "text": "Alles bleibt.“"}'),
            (2, 1, 'span', 'anna', '2025-01-02', '{"start": 11, "end": 24}', '{"start": 11, "end": 23}'),
            (3, 1, 'speaker', 'anna', '2025-01-02', '{"speaker_id": 1}', '{"speaker_id": 2}');
    """)
    conn.close()


def test_an_older_database_keeps_its_log_and_gets_the_detectors_originals(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _v2_database(path)
    db = Database.open(str(path))
    assert db.upgrade is not None
    first, second = get_quote(db, 1), get_quote(db, 2)
    assert first is not None and second is not None
    assert (first.detector_start, first.detector_end, first.detector_speaker, first.detector_kind) == (
        10,
        24,
        "Falsch",
        "direct",
    )  # from the log's earliest `before` of each column
    assert first.corrected is True
    assert (second.detector_start, second.detector_end, second.detector_speaker, second.corrected) == (
        26,
        39,
        None,
        False,
    )  # never changed: the current values
    with db.raw() as conn:
        assert [r[0] for r in conn.execute("SELECT id FROM decision ORDER BY id")] == [1, 2, 3]
        assert conn.execute("SELECT count(*) FROM decision WHERE quote_id = 1").fetchone()[0] == 3
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert undo(db, annotator="anna").speaker == "Falsch"  # the old log still undoes
    with db.raw() as conn:
        assert conn.execute("SELECT undoes FROM decision WHERE id = 4").fetchone()[0] == 3
    set_speaker(db, 1, "Richtig", annotator="anna")
    assert get_quote(db, 1).detector_speaker == "Falsch"  # the original stays what the detector said
