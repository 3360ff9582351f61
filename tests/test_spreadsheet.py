"""The ``--excel`` export in a real spreadsheet: LibreOffice Calc, German locale, "Trim spaces" on.

Calc reads the CSV as a German user's Calc would (';', '"', UTF-8, language de-DE, formulas evaluated)
and also trims the blanks around each cell, which turns ` =Leerzeichen davor` into a live formula unless
the export neutralised it. The sheet is written as flat ODF XML (.fods), whose cells say what they are:
``office:value-type="float"`` for a number, ``table:formula`` for a formula.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import run_cli

from quotetool.export import excel_cell, neutralise
from quotetool.ingest import read_articles
from quotetool.store import EXPORT_COLUMNS, Database, add_quote, document_quotes, import_article

# Blanks that a spreadsheet may trim before it looks for "=": space, tab, line breaks, no-break and
# ideographic spaces, and a zero-width space (a format character, invisible in the cell).
HOSTILE = (
    " =Leerzeichen davor",
    '\t=HYPERLINK("http://example.org";"Tab davor")',
    "\u00a0+49 30 123456 mit Leerzeichen",
    "\u3000-Minus nach breitem Leerzeichen",
    "  @Erwähnung mit zwei Leerzeichen",
    "\u200b=SUMME(1;2) nach unsichtbarem Zeichen",
    "=1+1 ganz vorn",
)
ARTICLE = "„Wir bleiben dabei“, sagte Anna Schmidt.\n" + "\n".join(f"Zitat {h} Ende." for h in HOSTILE) + "\n"

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
# Tokens of LibreOffice's CSV filter, in order: field separator ';' (59), text delimiter '"' (34), UTF-8 (76),
# from line 1, no column types, language German (1031), quoted field as text no, detect special numbers yes,
# save as shown / export formulas (export only), trim spaces yes, sheet 0, evaluate formulas yes.
CSV_FILTER = "Text - txt - csv (StarCalc):59,34,76,1,,1031,false,true,false,false,true,0,true"


def _database_with_hostile_quotes(folder: Path) -> Path:
    """One article: a quote the detector proposes (with a confidence) and a manual quote per hostile start."""
    db_path = folder / "q.db"
    src = folder / "artikel.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    db = Database.open(str(db_path))
    (article,) = list(read_articles([src]))
    doc = import_article(db, article).document_id
    text = article.text
    assert any(q.confidence for q in document_quotes(db, doc)), "the detector should propose the first quote"
    for hostile in HOSTILE:
        start = text.index(hostile)
        add_quote(db, doc, start, start + len(hostile), kind="direct", speaker="Anna Schmidt", annotator="anna")
    db.close()
    return db_path


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        pytest.skip("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
    return found


def _open_in_calc(csv_file: Path, folder: Path) -> list[list[tuple[str | None, str | None, str | None, str]]]:
    """Every row's cells as (value type, value, formula, shown text), read from the sheet Calc saved."""
    profile = folder / "lo-profile"  # a profile of its own: parallel runs do not share LibreOffice's lock
    out = folder / "calc"
    result = subprocess.run(
        [
            _soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            f"--infilter={CSV_FILTER}",
            "--convert-to",
            "fods",
            "--outdir",
            str(out),
            str(csv_file),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    sheet = out / (csv_file.stem + ".fods")
    assert sheet.exists(), f"LibreOffice did not convert the file: {result.stdout} {result.stderr}"
    rows = []
    for row in ET.parse(sheet).iter(TABLE + "table-row"):
        cells = []
        for cell in row.iter(TABLE + "table-cell"):
            shown = "\n".join("".join(p.itertext()) for p in cell.iter(TEXT + "p"))
            repeated = int(cell.get(TABLE + "number-columns-repeated", "1"))
            cells += [
                (cell.get(OFFICE + "value-type"), cell.get(OFFICE + "value"), cell.get(TABLE + "formula"), shown)
            ] * min(repeated, len(EXPORT_COLUMNS))
        rows.append(cells[: len(EXPORT_COLUMNS)])
    return [r for r in rows if any(c[0] for c in r)]


def test_excel_export_in_german_calc_with_trim_spaces_has_no_formula_and_real_numbers(tmp_path: Path) -> None:
    _soffice()
    db_path = _database_with_hostile_quotes(tmp_path)
    out = tmp_path / "excel.csv"
    result = run_cli("--db", str(db_path), "export", "--out", str(out), "--excel", "--status", "all", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    header, *rows = _open_in_calc(out, tmp_path)
    assert [c[3] for c in header] == list(EXPORT_COLUMNS)
    assert len(rows) == len(HOSTILE) + 1
    formulas = [(c[2], c[3]) for row in rows for c in row if c[2] is not None]
    assert not formulas, formulas
    col = {name: i for i, name in enumerate(EXPORT_COLUMNS)}
    with out.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.DictReader(f, delimiter=";"))
    for row, line in zip(rows, written, strict=True):
        for name in ("quote_id", "document_id", "start", "end"):
            kind, value, _, _ = row[col[name]]
            assert kind == "float" and value == line[name], (name, row[col[name]], line[name])
        assert row[col["quote"]][0] == "string"
    confidences = [row[col["confidence"]] for row in rows if row[col["confidence"]][0] is not None]
    assert confidences, "the detector's proposal has a confidence"
    for kind, value, _, _ in confidences:
        assert kind == "float" and 0 < float(value or "nan") <= 1, (kind, value)
    quotes = {_visible(row[col["quote"]][3]) for row in rows}
    for hostile in HOSTILE:  # as text, behind the apostrophe (ODF writes blanks as elements: compare the rest)
        assert "'" + _visible(hostile) in quotes, hostile


def _visible(text: str) -> str:
    return "".join(ch for ch in text if not ch.isspace() and ch != "\u200b")


@pytest.mark.parametrize("text", HOSTILE)
def test_a_cell_whose_first_non_blank_character_starts_a_formula_is_neutralised_and_quoted(text: str) -> None:
    assert neutralise(text) == "'" + text
    cell = excel_cell(text)
    assert cell.startswith("\"'") and cell.endswith('"')
    (row,) = csv.reader(io.StringIO(cell, newline=""), delimiter=";")
    assert row == ["'" + text]


def test_harmless_text_is_kept_and_numbers_use_a_decimal_comma() -> None:
    for text in ("Ein ganz normaler Satz.", " Leerzeichen, dann Text", "E-Mail: a@b.de", "3 = drei"):
        assert neutralise(text) == text
    assert excel_cell('Er sagte „ja“; dann "nein"') == '"Er sagte „ja“; dann ""nein"""'
    assert excel_cell(0.95) == "0,95"
    assert excel_cell(1e-05) == "0,00001"  # no exponent: German spreadsheets read the plain form
    assert excel_cell(1.0) == "1,0"
    assert excel_cell(245) == "245" and excel_cell(-3) == "-3"  # integers stay plain
    assert excel_cell(None) == ""


def test_plain_csv_keeps_hostile_text_exact(tmp_path: Path) -> None:
    db_path = _database_with_hostile_quotes(tmp_path)
    out = tmp_path / "plain.csv"
    assert run_cli("--db", str(db_path), "export", "--out", str(out), cwd=tmp_path).returncode == 0
    with out.open(encoding="utf-8", newline="") as f:
        assert [r["quote"] for r in csv.DictReader(f)] == list(HOSTILE)
