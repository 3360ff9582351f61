"""The `quotetool` command line: import, detect, annotate, export, stats, redetect."""

from __future__ import annotations

import codecs
import getpass
import io
import json
import os
import shutil
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial, wraps
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

import click

from quotetool import __version__
from quotetool.errors import DatabaseError, QuotetoolError
from quotetool.queue_order import DEFAULT_ORDER, QUEUE_ORDERS, QueueOrder
from quotetool.safe_text import inert

# Each command imports what only it needs (the detector, the readers, the store, Textual) in its own body:
# `quotetool annotate` must show its first screen fast, and tests/test_startup.py checks that it can.
if TYPE_CHECKING:
    from quotetool.ingest import Article, Entry, Problem
    from quotetool.prepared import Prepared
    from quotetool.store.views import ImportResult

ENV_ANNOTATOR = "QUOTETOOL_ANNOTATOR"
ENV_DEBUG = "QUOTETOOL_DEBUG"
STATUSES = ("accepted", "proposed", "rejected")


# --db, on the group (`quotetool --db X command`) and on every command that uses the database
_DB = click.option(
    "--db",
    "db_target",
    metavar="PATH|URL",
    default=None,
    help="SQLite file or sqlite:/// URL, or postgresql+psycopg://user@host/db "
    "[default: $QUOTETOOL_DB, else db/quotes.db].",
)


def _db_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """--db on every command that uses the database; it wins over `quotetool --db X command`."""

    @_DB
    @click.pass_context
    @wraps(func)
    def wrapper(ctx: click.Context, db_target: str | None, **kwargs: Any) -> Any:
        target = db_target or (ctx.obj or {}).get("db")
        return ctx.invoke(func, db_target=target, **kwargs)

    return wrapper


def _text_stdout() -> TextIO:
    """Standard output for quotes and entries: UTF-8 where the locale would say ASCII, as Click's own stream
    did (``click.get_text_stream`` is deprecated and goes in Click 9)."""
    out = sys.stdout
    if codecs.lookup(out.encoding or "ascii").name == "ascii" and isinstance(out, io.TextIOWrapper):
        out.reconfigure(encoding="utf-8")
    return out


def _open(target: str | None, *, readonly: bool = False):
    from quotetool.store import Database  # the store is only loaded by commands that need it

    db = Database.open(target, readonly=readonly)
    for warning in db.warnings:
        _say(f"warning: {warning}")
    if db.upgrade:
        kept = (
            f"the file as it was is kept as {db.upgrade.backup}"
            if db.upgrade.backup
            else "in one transaction (the server's own backups keep the database as it was)"
        )
        _say(
            f"Upgraded the database {db.name} from schema version {db.upgrade.from_version} to "
            f"{db.upgrade.to_version}; {kept}."
        )
    return db


def _reader_left() -> NoReturn:
    """`quotetool export --out - | head`: the reader has gone. End quietly with status 0, as `head` wanted.

    stdout is pointed at /dev/null, so that flushing what is still buffered at exit cannot fail again.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout: nothing is left to flush into it
        pass
    sys.exit(0)


class _Commands(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        # Click would turn EPIPE into a silent exit status 1 by itself; a closed pipe is no failure.
        try:
            return super().invoke(ctx)
        except BrokenPipeError:
            _reader_left()


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from quotetool.detect import DETECTOR_VERSION, build

    click.echo(f"quotetool {__version__}, detector {DETECTOR_VERSION}, {build()}")
    ctx.exit()


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version, and whether the detector runs compiled, and exit.",
)
@_DB
@click.pass_context
def cli(ctx: click.Context, db_target: str | None) -> None:
    """Verify who said what in German news.

    Import articles, let the detector propose speaker/quote pairs, confirm or correct them in the
    terminal (`quotetool annotate`), and export the verified quotes.
    """
    ctx.obj = {"db": db_target}


def _jobs_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--jobs", "-j", type=click.IntRange(min=1), default=None, metavar="N",
        help="Detector processes [default: all cores].",
    )(func)  # fmt: skip


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--no-detect", is_flag=True, help="Store the articles without running the detector.")
@click.option(
    "--verified",
    is_flag=True,
    help="PATHS are gold files (the format `quotetool eval` reads): store their quotes as accepted and their "
    "articles as reviewed, by annotator import:<file name>.",
)
@_jobs_option
@_db_option
def import_cmd(
    paths: tuple[str, ...], no_detect: bool, verified: bool, jobs: int | None, db_target: str | None
) -> None:
    """Import articles: .txt files, folders (recursively), .jsonl or .csv with a `text` field.

    Re-importing the same text adds nothing, and an interrupted import (Ctrl-C, a crash) continues
    where it stopped when run again. Unreadable files and records are named and skipped; the exit
    status is then 1, and everything else is still imported.
    """
    db = _open(db_target)
    if verified:
        from quotetool.verified_import import import_verified

        sys.exit(1 if import_verified(db, paths, jobs=jobs or None) else 0)
    skipped = _import(db, paths, detect=not no_detect, jobs=jobs)
    sys.exit(1 if skipped else 0)


@dataclass
class _Tally:
    """What an import did so far, for its last line (or the line that says where it stopped)."""

    created: int = 0
    existing: int = 0
    skipped: int = 0
    proposals: int = 0

    def add(self, results: Iterable[ImportResult]) -> None:
        for result in results:
            if result.created:
                self.created += 1
                self.proposals += result.proposals
            else:
                self.existing += 1

    def __str__(self) -> str:
        return (
            f"{self.created} imported ({self.proposals} proposals), {self.existing} already stored, "
            f"{self.skipped} skipped"
        )


def _import(db, paths: Iterable[str], *, detect: bool = True, jobs: int | None = None) -> int:
    """Import and report; returns the number of skipped files or records.

    A database error (a lock wait that timed out, a full disk) or Ctrl-C stops the import; the
    batches written before stay stored, and the message says how many articles that was.
    """
    from quotetool.ingest import Problem, walk
    from quotetool.pipeline import default_jobs
    from quotetool.progress import Progress
    from quotetool.store import store_articles

    entries = list(walk(paths))  # the files first (cheap), so that progress knows the whole
    total = sum(e.size for e in entries if not isinstance(e, Problem))
    with Progress("import", total) as progress:
        run = _ImportRun(db, progress, detect=detect, jobs=jobs or default_jobs())
        try:
            with _CtrlCBetweenBatches(progress) as ctrl_c:
                for results in store_articles(db, run.articles(entries)):
                    run.stored(results)
                    ctrl_c.check()
        except DatabaseError as exc:
            raise type(exc)(_stopped(str(exc), run.tally)) from exc
        except KeyboardInterrupt:
            progress.say(
                f"Interrupted after reading {progress.where()}: {run.tally} so far; every article counted there "
                "is stored. Run the same import again to continue."
            )
            sys.exit(130)
        progress.say(inert(f"{run.tally} — database {db.name}"))
    return run.tally.skipped


class _CtrlCBetweenBatches:
    """Ctrl-C during an import is taken between two batches, so that a batch whose transaction has committed
    is always counted in the message (a KeyboardInterrupt right after a commit would leave it out). A second
    Ctrl-C stops at once; what was committed stays stored either way."""

    def __init__(self, progress) -> None:
        self.progress = progress
        self.pending = False
        self._previous: Any = None

    def __enter__(self) -> _CtrlCBetweenBatches:
        try:
            self._previous = signal.signal(signal.SIGINT, self._note)
        except ValueError:  # not the main thread: Ctrl-C is not ours to take
            self._previous = None
        return self

    def _note(self, _signum: int, _frame: object) -> None:
        if self.pending:
            raise KeyboardInterrupt
        self.pending = True
        self.progress.say("Stopping after the batch under way (Ctrl-C again to stop at once)…")

    def check(self) -> None:
        if self.pending:
            raise KeyboardInterrupt

    def __exit__(self, *_exc: object) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


class _ImportRun:
    """The CLI's side of one import: messages, the tally and progress, as items pass to the store."""

    def __init__(self, db, progress, *, detect: bool, jobs: int) -> None:
        self.db = db
        self.progress = progress
        self.detect = detect
        self.jobs = jobs
        self.tally = _Tally()
        self._sizes: deque[int] = deque()  # input bytes of the articles handed to the store, in order

    def skip(self, problem: Problem) -> None:
        self.tally.skipped += 1
        self.progress.say(inert(f"skipped: {problem}"))
        self.progress.advance(0, problem.size)

    def articles(self, items: Iterable[Article | Problem | Entry]) -> Iterator[Prepared]:
        from quotetool.ingest import Problem
        from quotetool.pipeline import prepared
        from quotetool.prepared import Prepared
        from quotetool.store import stored_hashes

        detector = learned_detector(self.db) if self.detect else _no_proposals
        known = partial(stored_hashes, self.db)
        for item in prepared(items, detector=detector, known=known, on_problem=self.skip, jobs=self.jobs):
            if isinstance(item, Problem):
                self.skip(item)
                continue
            if item.article.warning:
                self.progress.say(inert(f"warning: {item.article.origin} {item.article.warning}"))
            if isinstance(item, Prepared):
                self._sizes.append(item.article.size)
                yield item
            else:
                self.tally.existing += 1
                self.progress.advance(1, item.article.size)

    def stored(self, results: list[ImportResult]) -> None:
        self.tally.add(results)
        self.progress.advance(len(results), sum(self._sizes.popleft() for _ in results))


def _stopped(sentence: str, tally: _Tally) -> str:
    """A store error during an import, said truthfully: what was stored before it stays stored."""
    import regex

    cause = regex.sub(r"; nothing was changed\.", ".", sentence)
    cause = regex.sub(r"\s*Nothing was changed\.?", "", cause).rstrip(" .;")
    return (
        f"{cause}. The import stopped after {tally}; every article counted there is stored, the rest "
        "is not. Run the same import again to continue."
    )


def _say(line: str) -> None:
    """One line for a person on stderr: file names and text in it cannot act on the terminal."""
    click.echo(inert(line), err=True)


def _no_proposals(_text: str) -> list:
    return []


def learned_detector(db) -> Callable[[str], Sequence]:
    from quotetool.tuning import learned_detector as tuned  # the store is only loaded by commands that need it

    return tuned(db)


@cli.command("detect")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "table"]),
    default="table",
    show_default=True,
    help="jsonl: one JSON object per proposal; table: aligned columns for a person, as wide as "
    "the terminal ($COLUMNS).",
)
@_jobs_option
@click.option(
    "--db",
    "db_target",
    metavar="PATH|URL",
    default=None,
    help="Use the entries learned in this database (opened read-only, never changed).",
)
def detect_cmd(paths: tuple[str, ...], fmt: str, jobs: int | None, db_target: str | None) -> None:
    """Detect quotes in PATHS and print the proposals as each article is done (no database is used, unless
    --db names one whose learned entries to use)."""
    from quotetool.detect import detect as detect_quotes
    from quotetool.ingest import Problem, walk
    from quotetool.pipeline import default_jobs, prepared
    from quotetool.prepared import Prepared

    detector = learned_detector(_open(db_target, readonly=True)) if db_target else detect_quotes

    skipped: list[Problem] = []

    def skip(problem: Problem) -> None:
        skipped.append(problem)
        _say(f"skipped: {problem}")

    out = _text_stdout()
    table = _Table(shutil.get_terminal_size(fallback=(120, 24)).columns) if fmt == "table" else None
    for item in prepared(walk(paths), detector=detector, on_problem=skip, jobs=jobs or default_jobs()):
        if isinstance(item, Problem):
            skip(item)
            continue
        assert isinstance(item, Prepared)
        origin = item.article.origin
        for p in item.proposals:
            if table is None:
                out.write(json.dumps({"document": origin, **p.to_dict()}, ensure_ascii=False) + "\n")
            else:
                cells = (origin, f"{p.start:>6}-{p.end:<6}", p.kind, f"{p.confidence:.2f}", p.speaker or "?", p.rule)
                out.write(table.row(*cells, p.quote))
    sys.exit(1 if skipped else 0)


class _Table:
    """Aligned columns for a terminal of ``width`` cells: each cell cut to its column with "…".

    Widths are fixed up front (output streams, article by article), so they cannot follow the data:
    the flexible columns share the terminal between their minimum and preferred widths, and the
    quote, last, takes the rest. Text is shown inertly (control characters as visible stand-ins).
    """

    GAP = "  "
    HEADER = ("document", "span", "kind", "conf", "speaker", "rule", "quote")
    QUOTE = len(HEADER) - 1  # the last column
    FIXED = {1: 13, 2: 8, 3: 4}  # span "123456-123456", kind "indirect", conf "0.95"
    FLEXIBLE = {0: (10, 30), 4: (12, 24), 5: (5, 22), 6: (16, 60)}  # column: (minimum, preferred)
    TEXT = {0, 4, 5, 6}  # from the article or the file system: shown inertly, on one line
    CUT_FROM_LEFT = {0}  # of a long path, the file name at its end says most

    def __init__(self, width: int) -> None:
        free = width - sum(self.FIXED.values()) - len(self.GAP) * (len(self.HEADER) - 1)
        least = sum(lo for lo, _ in self.FLEXIBLE.values())
        most = sum(hi for _, hi in self.FLEXIBLE.values())
        share = min(1.0, max(0.0, (free - least) / (most - least)))
        self.widths = dict(self.FIXED)
        for column, (lo, hi) in self.FLEXIBLE.items():
            self.widths[column] = lo + int((hi - lo) * share)
        self.widths[self.QUOTE] += max(0, free - sum(self.widths[c] for c in self.FLEXIBLE))  # the quote takes the rest
        self._header_done = False

    def row(self, *cells: str) -> str:
        line = self._line(cells)
        if not self._header_done:
            self._header_done = True
            return self._line(self.HEADER) + line
        return line

    def _line(self, cells: Sequence[str]) -> str:
        last = len(cells) - 1
        parts = [
            _fit(
                _inert(cell) if i in self.TEXT else cell,
                self.widths[i],
                from_left=i in self.CUT_FROM_LEFT,
                pad=i != last,
            )
            for i, cell in enumerate(cells)
        ]
        return self.GAP.join(parts) + "\n"


def _inert(text: str) -> str:
    """One line, whitespace runs as one space, every character that could act on a terminal made visible."""
    return " ".join(inert(text).split())


def _fit(text: str, width: int, *, from_left: bool = False, pad: bool = True) -> str:
    """``text`` in exactly ``width`` terminal cells (wide characters count two): cut with "…", padded.
    Cells are measured as the review UI measures them (Rich)."""
    from rich.cells import cell_len, get_character_cell_size

    used = cell_len(text)
    if used > width:
        room = width - 1  # the ellipsis takes one cell
        kept: list[str] = []
        for char in reversed(text) if from_left else text:
            size = get_character_cell_size(char)
            if size > room:
                break
            room -= size
            kept.append(char)
        body = "".join(reversed(kept)) if from_left else "".join(kept)
        text = "…" + body if from_left else body + "…"
        used = width - room
    return text + " " * (width - used) if pad else text


# fmt: off
@cli.command("export")
@click.option("--out", "out_path", required=True, metavar="FILE", help="Where to write; '-' for stdout.")
@click.option("--format", "fmt", type=click.Choice(["csv", "jsonl"]), default=None,
              help="[default: from the file name: .csv, .jsonl or .ndjson; csv for '-']")
@click.option("--status", "statuses", type=click.Choice([*STATUSES, "all"]), multiple=True,
              help="Which quotes (repeatable) [default: accepted].")
@click.option("--excel", is_flag=True,
              help="For German Excel: UTF-8 with BOM, ';' separator, formula-like cells neutralised.")
@click.option("--reviewed-only", is_flag=True, help="Only quotes of articles marked reviewed.")
@_db_option
def export_cmd(out_path: str, fmt: str | None, statuses: tuple[str, ...], excel: bool, reviewed_only: bool,
               db_target: str | None) -> None:
    """Export quotes (accepted ones by default) as CSV or JSONL."""
    from quotetool.export import ParallelRows, export_to, format_for, parallel_job_rows, parallel_workers, summary
    from quotetool.store.queries import EXPORT_COLUMNS, ExportReader, build_export_rows

    fmt = format_for(out_path, fmt)
    if excel and fmt != "csv":
        raise click.UsageError("--excel applies to CSV exports only.")
    wanted = STATUSES if "all" in statuses else (statuses or ("accepted",))
    db = _open(db_target, readonly=True)
    progress = _ExportProgress(out_path)
    with progress, ExportReader(db, wanted, reviewed_only=reviewed_only) as reader:  # one read snapshot
        progress.set_total(reader.total)
        # a large export is built and formatted by one worker process per core, unless it goes to a terminal
        workers = parallel_workers(reader.total) if progress.shown else 0
        jobs = reader.jobs(parallel_job_rows()) if workers else None
        rows = (ParallelRows(jobs, build_export_rows, workers, done=progress.advance) if jobs is not None
                else progress.counted(reader.rows()))  # fmt: skip
        count = export_to(out_path, EXPORT_COLUMNS, rows, fmt=fmt, excel=excel)
    click.echo(summary(count, wanted, out_path), err=True)
# fmt: on


class _ExportProgress:
    """Rows written, on stderr only (the bar or plain lines of quotetool.progress), counted a batch at a time;
    nothing at all when the export itself goes to stdout on a terminal, where the two would mix."""

    BATCH = 1000

    def __init__(self, out_path: str) -> None:
        from quotetool.progress import Progress

        self.shown = not (out_path == "-" and sys.stdout.isatty())
        self._progress = Progress("export", None, unit="rows", by_items=True) if self.shown else None

    def __enter__(self) -> _ExportProgress:
        if self._progress is not None:
            self._progress.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.__exit__(*exc)

    def set_total(self, total: int) -> None:
        if self._progress is not None:
            self._progress.set_total(total)

    def advance(self, rows: int) -> None:
        if self._progress is not None:
            self._progress.advance(rows)

    def counted(self, rows: Iterator[tuple]) -> Iterator[tuple]:
        """The rows, passed on as they come; progress advances after each batch of BATCH rows."""
        if self._progress is None:
            yield from rows
            return
        from itertools import islice

        while batch := list(islice(rows, self.BATCH)):
            yield from batch
            self._progress.advance(len(batch))


@cli.command("stats")
@click.option("--top", default=10, show_default=True, help="How many speakers to list.")
@_db_option
def stats_cmd(top: int, db_target: str | None) -> None:
    """Documents, quotes by status and kind, the speakers with the most accepted quotes, and per rule and per
    annotator how many proposals were accepted unchanged, accepted after a correction, or rejected."""
    from quotetool.store import stats

    db = _open(db_target, readonly=True)
    s = stats(db, top=top)
    total = sum(s.quotes_by_status.values())
    click.echo(f"database   {inert(db.name)}")
    click.echo(f"documents  {s.documents}")
    click.echo(f"quotes     {total}")
    for status in STATUSES:
        click.echo(f"  {status:<10} {s.quotes_by_status.get(status, 0)}")
    click.echo("by kind")
    for kind in ("direct", "indirect", "mixed"):
        click.echo(f"  {kind:<10} {s.quotes_by_kind.get(kind, 0)}")
    click.echo("top speakers (accepted quotes)")
    for name, count in s.top_speakers:
        click.echo(f"  {count:>5}  {inert(name)}")
    if not s.top_speakers:
        click.echo("  (none accepted yet)")
    for title, rows in (("by rule", s.by_rule), ("by annotator", s.by_annotator)):
        click.echo(f"{title} (proposals: accepted unchanged, accepted corrected, rejected)")
        width = max((len(_inert(r.key)) for r in rows), default=0)
        for r in rows:
            click.echo(f"  {_inert(r.key):<{width}}  {r.unchanged:>6} {r.corrected:>6} {r.rejected:>6}")
        if not rows:
            click.echo("  (no proposal decided yet)")


@cli.command("redetect")
@click.option("--document", "documents", type=int, multiple=True, help="Only this document id (repeatable).")
@_db_option
def redetect_cmd(documents: tuple[int, ...], db_target: str | None) -> None:
    """Run the current detector again; every human decision is kept as it is."""
    from quotetool.progress import Progress
    from quotetool.store import redetect

    db = _open(db_target)
    with Progress("redetect", None, unit="documents", by_items=True) as progress:

        def advance(done: int, total: int) -> None:
            progress.total = total
            progress.advance(1)

        added = redetect(db, documents or None, detector=learned_detector(db), progress=advance)
        progress.say(f"{sum(added.values())} proposals from {len(added)} documents; decided quotes kept")


@cli.command("annotate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--annotator",
    default=None,
    metavar="NAME",
    help="Name recorded with every decision [default: $QUOTETOOL_ANNOTATOR, else your login].",
)
@click.option(
    "--order",
    type=click.Choice(QUEUE_ORDERS),
    default=DEFAULT_ORDER,
    show_default=True,
    help="The queue's order: document (by article, then position in the text) or uncertain (the detector's "
    "least confident proposals first); o switches it in the review.",
)
@_db_option
def annotate_cmd(paths: tuple[str, ...], annotator: str | None, order: QueueOrder, db_target: str | None) -> None:
    """Import PATHS (if any, idempotently), then review the proposals in the terminal; afterwards learn
    from the decisions (as `quotetool learn`)."""
    db = _open(db_target)
    if paths:
        _import(db, paths)
    from quotetool.tui import run

    run(db, annotator=annotator or default_annotator(), order=order)
    _learn_after_review(db)


def _learn_after_review(db) -> None:
    """`learn` after a review session; a failure to learn never turns a session's end into an error."""
    from quotetool.store.learning import learn

    try:
        report = learn(db)
    except QuotetoolError as exc:
        _say(f"warning: learning from the decisions did not run ({exc}); run `quotetool learn` later.")
        return
    if report.added or report.updated or report.retired:
        _say(f"learned: {report.added} new, {report.updated} updated, {report.retired} retired entries")


def default_annotator() -> str:
    name = os.environ.get(ENV_ANNOTATOR)
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return "editor"


@cli.command("eval")
@click.argument("gold", required=False, metavar="[GOLD.jsonl]", type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="table: for a person; json: every count and figure, and the errors, for scripts.",
)
@click.option(
    "--mention-ok",
    is_flag=True,
    help="Also count a speaker as right when its mention as written holds the gold key "
    '(for gold that names speakers by role, "der Minister").',
)
@click.option(
    "--whole-spans",
    is_flag=True,
    help="Score a split quote by its whole span, the cue between its parts included "
    "(as the evaluation kit's score_quotes.py does).",
)
@click.option("--no-learned", is_flag=True, help="Score the built-in detector, without the database's learned entries.")
@_db_option
def eval_cmd(
    gold: str | None, fmt: str, mention_ok: bool, whole_spans: bool, no_learned: bool, db_target: str | None
) -> None:
    """Score the detector against a gold file, or without one against the articles marked reviewed in the
    database: quote and attributed precision, recall and F1, per rule, per kind and per outlet (format and
    definitions in the README). The detector uses the database's learned entries (with a gold file: only
    when --db is given), unless --no-learned.

    Bad gold lines are named and skipped; the exit status is then 1.
    """
    from quotetool.detect import DETECTOR_VERSION
    from quotetool.detect import detect as detect_quotes
    from quotetool.evaluate import format_table, score
    from quotetool.tui.sanitize import one_line

    db = _open(db_target, readonly=True) if gold is None or (db_target and not no_learned) else None
    detector = detect_quotes if db is None or no_learned else learned_detector(db)
    source = gold or f"articles marked reviewed in {db.path}"  # type: ignore[union-attr]
    counter = [0]
    pairs = _gold_file_pairs(gold, detector, counter) if gold else _reviewed_pairs(db, detector)
    report = score(pairs, mention_ok=mention_ok, whole_spans=whole_spans)
    if not report.articles:
        what = f"The gold file {one_line(gold)} holds" if gold else f"The database {db.path} has"  # type: ignore[union-attr]
        raise QuotetoolError(f"{what} no article " + ("that could be read." if gold else "marked reviewed."))
    learned = detector is not detect_quotes
    if fmt == "json":
        settings = {
            "gold": gold or "reviewed",
            "database": str(db.path) if db is not None else None,
            "learned": learned,
            "detector": DETECTOR_VERSION,
            "mention_ok": mention_ok,
            "whole_spans": whole_spans,
            "skipped_lines": counter[0],
        }
        click.echo(json.dumps({**settings, **report.to_dict()}, ensure_ascii=False, indent=1))
    else:
        click.echo(
            f"{one_line(source)}, detector {DETECTOR_VERSION}"
            + ", learned entries" * learned
            + ", --mention-ok" * mention_ok
            + ", --whole-spans" * whole_spans
        )
        click.echo(format_table(report, inert=one_line), nl=False)
    sys.exit(1 if counter[0] else 0)


def _gold_file_pairs(gold: str, detector: Callable[[str], Sequence], skipped: list[int]) -> Iterator[tuple]:
    """(article, predictions) for each readable article of a gold file; each bad line named and counted."""
    from quotetool.evaluate import GoldArticle, predict, read_gold
    from quotetool.tui.sanitize import one_line

    try:
        with open(gold, "rb") as lines:
            for item in read_gold(lines):
                if isinstance(item, GoldArticle):
                    yield item, predict(item, detector)
                else:
                    skipped[0] += 1
                    click.echo(f"skipped: {one_line(gold)} {one_line(str(item))}", err=True)
    except OSError as exc:
        raise QuotetoolError(f"Cannot read the gold file {one_line(gold)}: {exc.strerror or exc}.") from None


def _reviewed_pairs(db, detector: Callable[[str], Sequence]) -> Iterator[tuple]:
    """(article, predictions) for each article marked reviewed in the database, each predicted speaker named
    as the database files it (a spelling it knows by its folded key becomes the stored person's name)."""
    from dataclasses import replace

    from quotetool.evaluate import predict
    from quotetool.store.learning import canonical_names, reviewed_gold

    for article in reviewed_gold(db):
        predictions = predict(article, detector)
        filed = canonical_names(db, (p.speaker for p in predictions if p.speaker))  # as the store would file them
        yield article, [replace(p, speaker=filed.get(p.speaker, p.speaker)) if p.speaker else p for p in predictions]


@cli.command("learn")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True,
              help="How to print the entries learned.")  # fmt: skip
@_db_option
def learn_cmd(fmt: str, db_target: str | None) -> None:
    """Learn from the editors' decisions: each rule's confidence, speech verbs, frame words, role nouns,
    quoted phrases never to propose, and speaker aliases, each with the decisions it rests on (README:
    "Learning from decisions"). Import, redetect and detect --db use them."""
    from quotetool.store.learning import learn

    db = _open(db_target)
    report = learn(db)
    _print_entries(report.entries, fmt)
    for c, check in report.declined:
        shown = ",".join(map(str, c.evidence[:8]))
        _say(f"not kept: {c.kind} {c.value} ({c.count} quotes, decisions {shown}): {check}")
    _say(
        f"learned: {report.added} new, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.retired} retired (evidence gone); {len(report.entries)} entries in use"
    )


@cli.group("lexicon")
def lexicon_group() -> None:
    """The entries learned from decisions: list them with their evidence, remove one."""


@lexicon_group.command("list")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table", show_default=True)
@click.option("--removed", is_flag=True, help="Also list removed entries (who removed them and when).")
@_db_option
def lexicon_list(fmt: str, removed: bool, db_target: str | None) -> None:
    """List learned entries: kind, value, what it maps to, confidence, how many decisions and which."""
    from quotetool.store.learning import entries

    _print_entries(entries(_open(db_target, readonly=True), removed=removed), fmt)


@lexicon_group.command("remove")
@click.argument("entry_id", type=int, metavar="ID")
@click.option("--annotator", default=None, metavar="NAME", help="Who removes it [default: as for annotate].")
@_db_option
def lexicon_remove(entry_id: int, annotator: str | None, db_target: str | None) -> None:
    """Remove a learned entry for good: it is kept as removed (who, when) and never learned again."""
    from quotetool.store.learning import remove_entry

    entry = remove_entry(_open(db_target), entry_id, annotator=annotator or default_annotator())
    _say(f"removed {entry.kind} {entry.value!r} (entry {entry.id}) by {entry.removed_by} at {entry.removed_at}")


def _print_entries(rows: Sequence, fmt: str) -> None:
    out = _text_stdout()
    if fmt == "jsonl":
        for e in rows:
            out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
        return
    for e in rows:
        what = f"{e.value} -> {e.target}" if e.target else e.value
        conf = f"{e.confidence:.3f}" if e.confidence is not None else "-"
        shown = ",".join(map(str, e.evidence[:8])) + (f",… ({e.count})" if e.count > 8 else "")
        gone = f"  removed by {e.removed_by}" if e.removed_at else ""
        out.write(_inert(f"{e.id:>5}  {e.kind:<15} {what:<40} {conf:>6}  {e.count:>5} decisions: {shown}{gone}") + "\n")
    if not rows:
        out.write("(no learned entries)\n")


def main(argv: list[str] | None = None) -> None:
    """Entry point: user errors end in one sentence and a non-zero status, never a traceback."""
    try:
        cli.main(args=argv, prog_name="quotetool", standalone_mode=False)
        sys.stdout.flush()  # here, not at exit, so that a reader who left is handled below
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except QuotetoolError as exc:
        _say(f"quotetool: {exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("Interrupted; every decision made so far is saved.", err=True)
        sys.exit(130)
    except BrokenPipeError:
        _reader_left()
    except Exception as exc:
        if os.environ.get(ENV_DEBUG):
            raise
        _say(
            f"quotetool: internal error ({type(exc).__name__}: {exc}). Nothing stored was lost; "
            f"set {ENV_DEBUG}=1 to see the traceback and please report it."
        )
        sys.exit(70)


def _add_registry_commands() -> None:
    """`quotetool speakers` and `quotetool statements` live in cli_registry.py (which imports this module)."""
    from quotetool.cli_registry import speakers_cmd, statements_cmd

    cli.add_command(speakers_cmd)
    cli.add_command(statements_cmd)


_add_registry_commands()
