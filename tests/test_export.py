"""Exporting verified quotes: CSV that round-trips, JSONL, and the German-Excel variant."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from conftest import FIRST_SEED, assert_one_sentence_error, run_cli
from hypothesis import given, settings
from hypothesis import strategies as st

from quotetool.export import _excel_line, excel_cell
from quotetool.ingest import read_articles
from quotetool.store import EXPORT_COLUMNS, Database, add_quote, document_quotes, import_article, reject, set_speaker

REQUIRED = (
    "quote_id",
    "document_id",
    "document_title",
    "source_url",
    "quote",
    "kind",
    "speaker",
    "speaker_mention",
    "cue",
    "start",
    "end",
    "annotator",
    "verified_at",
)
TRICKY = '=HYPERLINK("http://evil") sagte er; dann "Zitat", Zeilen\numbruch'


def _prepared(target: str) -> tuple[Database, list[int]]:
    db = Database.open(target)
    (article,) = list(read_articles([FIRST_SEED]))
    doc = import_article(db, article).document_id
    text = article.text
    ids = []
    for needle, speaker in (
        ("Wir freuen uns auf eine enge", "Andrej Belousow"),
        ("Die Einzelheiten der Gespräche", "-Redaktion"),
    ):
        start = text.index(needle)
        ids.append(add_quote(db, doc, start, start + len(needle), kind="direct", speaker=speaker, annotator="anna").id)
    return db, ids


def test_csv_round_trips_every_column(db_target: str, tmp_path: Path) -> None:
    _, ids = _prepared(db_target)
    out = tmp_path / "verified.csv"
    result = run_cli("--db", db_target, "export", "--out", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in raw  # RFC 4180 line ends
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert set(REQUIRED) <= set(rows[0])
    assert [int(r["quote_id"]) for r in rows] == ids
    first = rows[0]
    text = FIRST_SEED.read_text(encoding="utf-8")
    assert first["quote"] == text[int(first["start"]) : int(first["end"])]
    assert first["speaker"] == "Andrej Belousow" and first["kind"] == "direct" and first["annotator"] == "anna"
    assert first["source_url"].startswith("https://dantri.com.vn/")
    assert first["verified_at"].startswith("20")
    assert rows[1]["speaker"] == "-Redaktion"  # the plain CSV keeps text exact


def test_csv_keeps_awkward_text_exact(db_target: str, tmp_path: Path) -> None:
    db = Database.open(db_target)
    src = tmp_path / "tricky.txt"
    src.write_text(TRICKY + "\n", encoding="utf-8")
    (article,) = list(read_articles([src]))
    doc = import_article(db, article).document_id
    add_quote(db, doc, 0, len(TRICKY), kind="direct", speaker="@jemand", annotator="anna")
    out = tmp_path / "x.csv"
    assert run_cli("--db", db_target, "export", "--out", str(out), cwd=tmp_path).returncode == 0
    with out.open(encoding="utf-8", newline="") as f:
        (row,) = list(csv.DictReader(f))
    assert row["quote"] == TRICKY and row["speaker"] == "@jemand"


def test_excel_variant_has_bom_semicolons_and_neutralised_formulas(db_target: str, tmp_path: Path) -> None:
    _prepared(db_target)
    out = tmp_path / "excel.csv"
    result = run_cli("--db", db_target, "export", "--out", str(out), "--excel", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\r\n", 1)[0].decode("utf-8")
    assert header.split(";") == list(EXPORT_COLUMNS)
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[1]["speaker"] == "'-Redaktion"


def test_jsonl_and_status_selection(db_target: str, tmp_path: Path) -> None:
    _prepared(db_target)
    out = tmp_path / "all.jsonl"
    result = run_cli("--db", db_target, "export", "--out", str(out), "--status", "all", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["status"] for r in rows} >= {"accepted"}
    assert all(set(REQUIRED) <= set(r) for r in rows)
    proposed = tmp_path / "proposed.csv"
    assert (
        run_cli("--db", db_target, "export", "--out", str(proposed), "--status", "proposed", cwd=tmp_path).returncode
        == 0
    )
    with proposed.open(encoding="utf-8", newline="") as f:
        assert all(r["status"] == "proposed" for r in csv.DictReader(f))


def test_export_to_a_missing_folder_is_one_sentence(db_target: str, tmp_path: Path) -> None:
    _prepared(db_target)
    result = run_cli("--db", db_target, "export", "--out", str(tmp_path / "nope" / "x.csv"), cwd=tmp_path)
    assert result.returncode != 0 and "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_export_format_comes_from_a_known_file_name_or_is_refused(db_target: str, tmp_path: Path) -> None:
    _prepared(db_target)
    db = db_target
    for name in ("verified.xlsx", "verified", "verified.txt"):
        line = assert_one_sentence_error(run_cli("--db", db, "export", "--out", str(tmp_path / name), cwd=tmp_path))
        assert ".csv, .jsonl or .ndjson" in line and "--format" in line, line
        assert not (tmp_path / name).exists()
    assert (
        run_cli("--db", db, "export", "--out", str(tmp_path / "x.dat"), "--format", "jsonl", cwd=tmp_path).returncode
        == 0
    )
    assert json.loads((tmp_path / "x.dat").read_text(encoding="utf-8").splitlines()[0])["quote"]
    assert run_cli("--db", db, "export", "--out", str(tmp_path / "UPPER.JSONL"), cwd=tmp_path).returncode == 0
    assert (tmp_path / "UPPER.JSONL").read_text(encoding="utf-8").startswith("{")
    assert run_cli("--db", db, "export", "--out", str(tmp_path / "x.ndjson"), cwd=tmp_path).returncode == 0
    assert (tmp_path / "x.ndjson").read_text(encoding="utf-8").startswith("{")
    to_stdout = run_cli("--db", db, "export", "--out", "-", cwd=tmp_path)
    assert to_stdout.returncode == 0 and to_stdout.stdout.startswith("quote_id,document_id,")


def test_a_proposal_nobody_accepted_has_no_verified_at_but_keeps_its_editor(db_target: str, tmp_path: Path) -> None:
    """Changing a proposal's speaker is a decision (annotator, logged) but no verification: the quote stays
    proposed, so verified_at stays empty until someone accepts or rejects it."""
    db, _ = _prepared(db_target)
    proposals = [q for q in document_quotes(db, 1) if q.status == "proposed"]
    edited, rejected = proposals[0], proposals[1]
    set_speaker(db, edited.id, "Jemand Anderes", annotator="bert")
    reject(db, rejected.id, annotator="carla")
    out = tmp_path / "all.jsonl"
    assert run_cli("--db", db_target, "export", "--out", str(out), "--status", "all", cwd=tmp_path).returncode == 0
    rows = {r["quote_id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert rows[edited.id]["status"] == "proposed" and rows[edited.id]["speaker"] == "Jemand Anderes"
    assert rows[edited.id]["verified_at"] is None and rows[edited.id]["annotator"] == "bert"
    assert rows[rejected.id]["verified_at"].startswith("20") and rows[rejected.id]["annotator"] == "carla"
    assert all(r["verified_at"] is None for r in rows.values() if r["status"] == "proposed")
    assert all(r["verified_at"] for r in rows.values() if r["status"] != "proposed")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.none() | st.text() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)))
def test_an_excel_line_is_the_excel_cells_joined(cells: list[object]) -> None:
    """The --excel writer decides the common cells inline: the line is still excel_cell of each, joined by ';'."""
    assert _excel_line(cells) == ";".join(excel_cell(v) for v in cells) + "\r\n"
