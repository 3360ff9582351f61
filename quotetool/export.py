"""Writing verified quotes as CSV (RFC 4180, UTF-8) or JSONL, streamed row by row.

An export never replaces what its path points to: a regular file (or the file a symlink points to)
gets its new content through a temporary file that is renamed over it, so a failed export leaves the
old file as it was; anything else (a FIFO, /dev/stdout, a terminal) is opened and written directly.
"""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import stat
import sys
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any, TextIO

import regex

from quotetool.errors import QuotetoolError
from quotetool.ingest import CSV_SUFFIXES, JSONL_SUFFIXES
from quotetool.processes import start_pool

ALIAS_SEPARATOR = " | "  # between a speaker's aliases in a CSV cell (JSONL keeps the list)
PART_SEPARATOR = " […] "  # as quotetool.store.queries writes `quote` (export does not load the store)

# the formats import reads, written back under the same names
_SUFFIX_FORMATS = {s: "csv" for s in CSV_SUFFIXES} | {s: "jsonl" for s in JSONL_SUFFIXES}

# OWASP "CSV injection": a spreadsheet runs a cell as a formula when it begins with = + - or @, also after
# blanks that "Trim spaces" (LibreOffice) removes on import; a cell that begins with a tab or CR is suspect too.
_FORMULA_START = regex.compile(r"[\t\r]|[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@]")


def neutralise(value: object) -> object:
    """Prefix a text cell that a spreadsheet would evaluate with an apostrophe (shown, not stored, by Excel)."""
    if isinstance(value, str) and _FORMULA_START.match(value):
        return "'" + value
    return value


def excel_cell(value: object) -> str:
    """One cell of the ``--excel`` CSV: text neutralised and always quoted, numbers bare, with a decimal comma.

    Quoting every text cell keeps a cell that begins with blanks in one piece; a float is written without
    an exponent and with the comma a German spreadsheet reads as the decimal separator.
    """
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format(Decimal(repr(value)), "f").replace(".", ",")
    text = str(neutralise(str(value)))
    return '"' + text.replace('"', '""') + '"'


def format_for(path: str, fmt: str | None = None) -> str:
    """The export format: ``fmt`` if given, else from the file name; stdout ('-') is CSV.

    A FIFO or a device (``/dev/stdout``) has no name to tell by and gets CSV, as stdout does. Any other
    name we do not recognise is refused rather than filled with CSV under a misleading extension.
    """
    if fmt:
        return fmt
    if path == "-" or _is_stream(Path(path)) or _names_a_descriptor(path):
        return "csv"
    found = _SUFFIX_FORMATS.get(Path(path).suffix.lower())
    if found is None:
        raise QuotetoolError(
            f"Cannot tell the export format from the file name {path}: name it .csv, .jsonl or .ndjson, "
            "or give --format csv or --format jsonl."
        )
    return found


def write_rows(
    out: TextIO,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]] | ParallelRows,
    *,
    fmt: str,
    excel: bool = False,
) -> int:
    """Write rows to an open text stream; returns how many were written. ``rows`` may be a ParallelRows, whose
    rows are built and formatted in worker processes: the same text, written in the same order."""
    if fmt == "csv" and excel:
        out.write(";".join(columns) + "\r\n")
    elif fmt == "csv":
        csv.writer(out, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n").writerow(columns)
    if isinstance(rows, ParallelRows):
        return rows.write(out, columns, fmt=fmt, excel=excel)
    return _write_body(out, columns, rows, fmt=fmt, excel=excel)


def format_rows(columns: Sequence[str], rows: Sequence[Sequence[object]], *, fmt: str, excel: bool = False) -> str:
    """The text ``write_rows`` writes for these rows, after the header."""
    out = io.StringIO(newline="")
    _write_body(out, columns, rows, fmt=fmt, excel=excel)
    return out.getvalue()


def _write_body(out: TextIO, columns: Sequence[str], rows: Iterable[Sequence[object]], *, fmt: str, excel: bool) -> int:
    count = 0
    if fmt == "jsonl":
        encode = _JSON.encode  # (json.dumps would build an encoder for every row)
        for chunk in _chunks(rows):
            out.write("".join([encode(dict(zip(columns, row, strict=True))) + "\n" for row in chunk]))
            count += len(chunk)
        return count
    convert = _converter(columns)
    if excel:
        for chunk in _chunks(rows):
            out.write("".join([_excel_line(convert(row)) for row in chunk]))
            count += len(chunk)
        return count
    writer = csv.writer(out, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    for chunk in _chunks(rows):
        writer.writerows(map(convert, chunk))
        count += len(chunk)
    return count


PARALLEL_ROWS_ENV = "QUOTETOOL_PARALLEL_EXPORT_ROWS"  # an export of this many rows or more uses worker processes
PARALLEL_ROWS = 50_000


PARALLEL_JOB_ROWS_ENV = "QUOTETOOL_PARALLEL_EXPORT_JOB_ROWS"  # rows a worker gets at a time (for tests)
PARALLEL_JOB_ROWS = 2000


def parallel_job_rows() -> int:
    """How many rows a worker builds and formats at a time (PARALLEL_JOB_ROWS, or the number in the variable)."""
    return _number(PARALLEL_JOB_ROWS_ENV, PARALLEL_JOB_ROWS)


def _number(name: str, default: int) -> int:
    try:
        return max(1, int(os.environ.get(name) or default))
    except ValueError:
        return default


def parallel_workers(total: int) -> int:
    """How many worker processes an export of ``total`` rows uses: none below PARALLEL_ROWS rows (or the number
    in $QUOTETOOL_PARALLEL_EXPORT_ROWS) or with one core; else one per core."""
    threshold = _number(PARALLEL_ROWS_ENV, PARALLEL_ROWS)
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return cores if cores > 1 and total >= threshold else 0


class ParallelRows:
    """Rows built and formatted by worker processes, written by this one in the order the jobs come.

    ``jobs`` gives (job, rows in it); ``build(job)`` (a module-level function, so that a worker can import it)
    turns a job into export rows. At most WINDOW jobs per worker wait at a time, so memory stays bounded;
    ``done(n)`` is told after each job's text is written. Ctrl-C stops the workers after their current job;
    a worker's failure ends the export in one sentence.
    """

    WINDOW = 3

    def __init__(
        self,
        jobs: Iterable[tuple[Any, int]],
        build: Callable[[Any], list[tuple]],
        workers: int,
        done: Callable[[int], object] | None = None,
    ) -> None:
        self._jobs, self._build, self._workers, self._done = jobs, build, workers, done

    def write(self, out: TextIO, columns: Sequence[str], *, fmt: str, excel: bool) -> int:
        count = 0
        pending: deque[Future[tuple[str, int, int]]] = deque()
        pool = _start_pool(self._workers)
        try:
            for job, _size in self._jobs:
                pending.append(pool.submit(format_job, self._build, job, tuple(columns), fmt, excel))
                if len(pending) >= self.WINDOW * self._workers:
                    count += self._write_next(out, pending)
            while pending:
                count += self._write_next(out, pending)
        finally:
            pool.shutdown(wait=True, cancel_futures=True)
        return count

    def _write_next(self, out: TextIO, pending: deque) -> int:
        text, rows, raw = _result(pending.popleft())
        out.write(text)
        if self._done is not None:
            self._done(raw)
        return rows


def format_job(
    build: Callable[[Any], list[tuple]], job: Any, columns: tuple[str, ...], fmt: str, excel: bool
) -> tuple[str, int, int]:
    """In a worker: a job's text, how many rows it holds, and how many raw rows it came from."""
    rows = build(job)
    return format_rows(columns, rows, fmt=fmt, excel=excel), len(rows), len(job[0])  # type: ignore[index]


def _result(future: Future) -> tuple[str, int, int]:
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise QuotetoolError(f"A worker process of the export ended unexpectedly ({exc}); the export stopped.") from exc
    except QuotetoolError:
        raise
    except Exception as exc:
        raise QuotetoolError(
            f"A worker process of the export failed ({type(exc).__name__}: {exc}); the export stopped."
        ) from exc


def _start_pool(workers: int) -> ProcessPoolExecutor:
    """Workers that have loaded the export (quotetool.processes; not quotetool.pipeline's, which loads the
    detector)."""
    return start_pool(workers, ["quotetool.export", "quotetool.store.queries"], _ignore_interrupts)


def _ignore_interrupts() -> None:
    """Workers leave Ctrl-C to the export process, which stops them."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


# The columns of an export row that may hold a bool or a list (quotetool.store's EXPORT_COLUMNS); every other
# column holds text, a number or None, which the csv module writes as they are.
CONVERTED_COLUMNS = frozenset({"parts", "corrected", "reviewed", "speaker_aliases"})
_CHUNK = 1000  # rows handed to writerows at a time


def _converter(columns: Sequence[str]) -> Callable[[Sequence[object]], Sequence[object]]:
    """A function that turns a row into CSV cells: _csv_cell on the CONVERTED_COLUMNS, the rest as it is."""
    where = [i for i, name in enumerate(columns) if name in CONVERTED_COLUMNS]
    if not where:
        return lambda row: row

    def convert(row: Sequence[object]) -> list[object]:
        cells = list(row)
        for i in where:
            cells[i] = _csv_cell(cells[i])
        return cells

    return convert


def _chunks(rows: Iterable[Sequence[object]]) -> Iterator[list[Sequence[object]]]:
    it = iter(rows)
    while chunk := list(islice(it, _CHUNK)):
        yield chunk


def _excel_line(cells: Sequence[object]) -> str:
    """``excel_cell`` of each cell, joined by ';': the same text, with the common cases (None, a text that
    begins with a letter or a digit and so cannot be a formula) decided here, without a call per cell."""
    out = []
    for v in cells:
        if v is None:
            out.append("")
        elif type(v) is str and v[:1].isalnum():
            out.append('"' + v.replace('"', '""') + '"')
        else:
            out.append(excel_cell(v))
    return ";".join(out) + "\r\n"


# what json.dumps(..., ensure_ascii=False) writes; no container of an export row holds itself, so the encoder
# need not keep track of the containers it is in
_JSON = json.JSONEncoder(ensure_ascii=False, check_circular=False)


def _csv_cell(value: object) -> object:
    """A value as one CSV cell: booleans as true/false (as in JSONL), a quote's parts as their text joined by
    ' […] ' (JSONL keeps the list of {start, end, text})."""
    if value is True:  # (the only two booleans)
        return "true"
    if value is False:
        return "false"
    if type(value) is list or isinstance(value, list):
        if len(value) < 2:  # most quotes are in one part; most speakers have no other name, or one
            if not value:
                return ""
            only = value[0]
            return str(only["text"]) if type(only) is dict or isinstance(only, dict) else str(only)
        if value and not isinstance(value[0], dict):  # a speaker's aliases
            return ALIAS_SEPARATOR.join(str(p) for p in value)
        return PART_SEPARATOR.join(str(p["text"]) if isinstance(p, dict) else str(p) for p in value)
    return value


def summary(count: int, statuses: Sequence[str], path: str) -> str:
    """What an export wrote, in the words the CLI and the UI both report."""
    return f"{count} {'quote' if count == 1 else 'quotes'} ({', '.join(statuses)}) written to {path}"


def export_to(
    path: str, columns: Sequence[str], rows: Iterable[Sequence[object]] | ParallelRows, *, fmt: str, excel: bool = False
) -> int:
    """Write to ``path`` ('-' for stdout); a write error (full disk, closed FIFO…) is one sentence.

    A regular file is written through a temporary file and renamed, so a failed export leaves no half
    file; a symlink is followed, so the link stays a link and its target gets the new content. A FIFO or
    a device is written directly: renaming over it would replace it with a regular file.
    """
    encoding = "utf-8-sig" if excel else "utf-8"  # the BOM tells German Excel that this is UTF-8
    if path == "-":
        return _to_stdout(columns, rows, fmt=fmt, excel=excel, encoding=encoding)
    given = Path(path)
    if given.is_dir():
        raise QuotetoolError(f"{path} is a folder; give a file name for the export.")
    if _is_stream(given) or _names_a_descriptor(path):
        with (
            _write_errors(path, "what was written there may be incomplete"),
            given.open("w", encoding=encoding, newline="") as out,
        ):
            return write_rows(out, columns, rows, fmt=fmt, excel=excel)
    target = Path(os.path.realpath(path))  # a symlink stays; the file it points to gets the new content
    return _through_temporary_file(path, target, columns, rows, fmt=fmt, excel=excel, encoding=encoding)


def _through_temporary_file(
    path: str,
    target: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]] | ParallelRows,
    *,
    fmt: str,
    excel: bool,
    encoding: str,
) -> int:
    if not target.parent.is_dir():
        raise QuotetoolError(f"Cannot write {path}: the folder {target.parent} does not exist.")
    if target.exists() and not os.access(target, os.W_OK):
        raise QuotetoolError(f"Cannot write {path}: the file is read-only; it was left as it was.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as exc:
        raise QuotetoolError(f"Cannot write to the folder {target.parent}: {exc.strerror or exc}.") from exc
    try:
        left = "it was left as it was" if target.exists() else "no file was made"
        with _write_errors(path, left):
            with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
                count = write_rows(out, columns, rows, fmt=fmt, excel=excel)
                out.flush()
                os.fsync(out.fileno())  # the content is on disk before the name points to it
            os.chmod(tmp, _mode_for(target))
            os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return count


def _to_stdout(
    columns: Sequence[str], rows: Iterable[Sequence[object]] | ParallelRows, *, fmt: str, excel: bool, encoding: str
) -> int:
    """Write to stdout. A reader who left (EPIPE) is no failure and is left to the CLI; any other write
    error is a sentence, and stdout is pointed at /dev/null so that the unwritten rest cannot fail again
    at exit."""
    sys.stdout.reconfigure(encoding=encoding, newline="")  # type: ignore[union-attr]
    try:
        count = write_rows(sys.stdout, columns, rows, fmt=fmt, excel=excel)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _discard_stdout()
        raise QuotetoolError(f"Cannot write the export to standard output: {exc.strerror or exc}.") from exc
    return count


def _discard_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout: nothing is left to flush into it
        pass


@contextmanager
def _write_errors(path: str, left: str) -> Iterator[None]:
    """A write error of the export file (ENOSPC, EFBIG, EPIPE, EIO…) in one sentence naming the path."""
    try:
        yield
    except OSError as exc:
        raise QuotetoolError(f"Cannot write the export to {path}: {exc.strerror or exc}; {left}.") from exc


def _is_stream(path: Path) -> bool:
    """True for what exists and is neither a regular file nor a folder: a FIFO, a device, a socket."""
    try:
        mode = path.stat().st_mode  # (follows symlinks)
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


def _names_a_descriptor(path: str) -> bool:
    """True when the path or a link on its way is one of this process's open files (/dev/stdout,
    /dev/fd/N, /proc/self/fd/N): that is written where it is, as the shell's `>` would, never renamed over."""
    current = os.path.abspath(path)
    for _ in range(40):  # (a loop of links ends here as well)
        if current.startswith(("/proc/", "/dev/fd/")):
            return True
        if not os.path.islink(current):
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current), os.readlink(current)))
    return False


def _mode_for(target: Path) -> int:
    """An existing file keeps its permissions; a new one gets an ordinary file's (mkstemp makes 0600)."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        return 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
