"""Writing verified quotes as CSV (RFC 4180, UTF-8) or JSONL, streamed row by row."""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from quotetool.errors import QuotetoolError
from quotetool.ingest import CSV_SUFFIXES, JSONL_SUFFIXES

PART_SEPARATOR = " […] "  # as quotetool.store.queries writes `quote` (export does not load the store)

# the formats import reads, written back under the same names
_SUFFIX_FORMATS = {s: "csv" for s in CSV_SUFFIXES} | {s: "jsonl" for s in JSONL_SUFFIXES}

# OWASP "CSV injection": a spreadsheet runs cells that begin with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would evaluate with an apostrophe (shown, not stored, by Excel)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def format_for(path: str, fmt: str | None = None) -> str:
    """The export format: ``fmt`` if given, else from the file name; stdout ('-') is CSV.

    A name we do not recognise is refused rather than filled with CSV under a misleading extension.
    """
    if fmt:
        return fmt
    if path == "-":
        return "csv"
    found = _SUFFIX_FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise QuotetoolError(
            f"Cannot tell the export format from the file name {path}: name it .csv, .jsonl or .ndjson, "
            "or give --format csv or --format jsonl."
        )
    return found


def write_rows(out: TextIO, columns: Sequence[str], rows: Iterable[Sequence[object]], *, fmt: str,
               excel: bool = False) -> int:
    """Write rows to an open text stream; returns how many were written."""
    count = 0
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False) + "\n")
            count += 1
        return count
    writer = csv.writer(out, delimiter=";" if excel else ",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        cells = [_csv_cell(v) for v in row]
        writer.writerow([neutralise(v) for v in cells] if excel else cells)
        count += 1
    return count


def _csv_cell(value: object) -> object:
    """A value as one CSV cell: booleans as true/false (as in JSONL), a quote's parts as their text joined by
    ' […] ' (JSONL keeps the list of {start, end, text})."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return PART_SEPARATOR.join(str(p["text"]) if isinstance(p, dict) else str(p) for p in value)
    return value


def summary(count: int, statuses: Sequence[str], path: str) -> str:
    """What an export wrote, in the words the CLI and the UI both report."""
    return f"{count} {'quote' if count == 1 else 'quotes'} ({', '.join(statuses)}) written to {path}"


def export_to(path: str, columns: Sequence[str], rows: Iterable[Sequence[object]], *, fmt: str,
              excel: bool = False) -> int:
    """Write to ``path`` ('-' for stdout) through a temporary file, so a failed export leaves no half file."""
    encoding = "utf-8-sig" if excel else "utf-8"  # the BOM tells German Excel that this is UTF-8
    if path == "-":
        sys.stdout.reconfigure(encoding=encoding, newline="")  # type: ignore[union-attr]
        return write_rows(sys.stdout, columns, rows, fmt=fmt, excel=excel)
    target = Path(path)
    if target.is_dir():
        raise QuotetoolError(f"{target} is a folder; give a file name for the export.")
    if not target.parent.is_dir():
        raise QuotetoolError(f"Cannot write {target}: the folder {target.parent} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise QuotetoolError(f"Cannot write to the folder {target.parent}: {exc.strerror or exc}.") from exc
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            count = write_rows(out, columns, rows, fmt=fmt, excel=excel)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; an export is an ordinary file
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
