"""Reading articles from files: .txt, folders of them, .jsonl and .csv; decoding and normalising text.

Nothing here touches the database. Every file or record either becomes an ``Article`` or a
``Problem`` naming what was skipped and why, so one bad file never stops an import.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

from quotetool import metadata

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

# One article may be large (a 20 MB dump is legitimate), but a field beyond this is a broken file.
MAX_FIELD_CHARS = 64 * 1024 * 1024

_SOURCE_LINE = regex.compile(r"(?m)^[ \t]*Quelle:[ \t]*((?:https?://|www\.)\S+)[ \t]*$")
_TITLE_MAX = 150


@dataclass(frozen=True, slots=True)
class Article:
    text: str  # normalised: "\n" line endings, NFC; otherwise as in the file
    origin: str  # where it came from: a path, or "path:line" for one record of a .jsonl/.csv
    title: str | None = None
    url: str | None = None
    external_id: str | None = None
    warning: str | None = None  # imported, but the user should know (e.g. decoded as cp1252)
    outlet: str | None = None  # see quotetool.metadata
    published: str | None = None  # ISO 8601 date, or a record's date field as given


@dataclass(frozen=True, slots=True)
class Problem:
    origin: str
    message: str  # one sentence, without the origin

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class UnreadableText(ValueError):
    """Bytes that are not text we can decode; the message is one sentence for the user."""


def decode(data: bytes) -> tuple[str, str | None]:
    """Text from bytes: UTF-8 (BOM tolerated), UTF-16 with a BOM, else Windows-1252 with a warning."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), None
        except UnicodeDecodeError as exc:
            raise UnreadableText("starts like UTF-16 text but is not valid UTF-16") from exc
    if b"\x00" in data:
        raise UnreadableText("contains NUL bytes, so it is a binary file, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "is not valid UTF-8; decoded as Windows-1252 (cp1252)"
    except UnicodeDecodeError as exc:
        raise UnreadableText("is neither UTF-8 nor Windows-1252 text") from exc


def normalise(text: str) -> str:
    """The stored form of an article: "\\n" line endings and Unicode NFC, nothing else changed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def source_url(text: str) -> str | None:
    """The URL of a ``Quelle: https://…`` line, as news dumps carry at the end of an article."""
    m = _SOURCE_LINE.search(text)
    return m.group(1) if m else None


def guess_title(text: str) -> str | None:
    """The first line when it reads like a headline (short, no closing sentence punctuation)."""
    first, _, rest = text.strip().partition("\n")
    first = first.strip()
    if first and rest.strip() and len(first) <= _TITLE_MAX and not first.endswith((".", ":", "!", "?", "“", '"')):
        return first
    return None


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Problem]:
    """Articles (or problems) from files and folders, folders walked recursively in name order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _read_folder(path)
        elif path.is_file():
            yield from _read_file(path, explicit=True)
        elif path.exists():
            yield Problem(str(path), "is not a regular file")
        else:
            yield Problem(str(path), "does not exist")


def _read_folder(folder: Path) -> Iterator[Article | Problem]:
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts):
            continue  # hidden files and folders (.git, .DS_Store) are never articles
        if path.is_file():
            yield from _read_file(path, explicit=False)


def _read_file(path: Path, *, explicit: bool) -> Iterator[Article | Problem]:
    origin = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and not explicit:
        yield Problem(origin, f"is not a supported file type ({suffix or 'no extension'}); "
                              "use .txt, .jsonl or .csv")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(origin, f"cannot be read ({exc.strerror or exc})")
        return
    if not data.strip():
        yield Problem(origin, "is empty")
        return
    try:
        text, warning = decode(data)
    except UnreadableText as exc:
        yield Problem(origin, str(exc))
        return
    if suffix in JSONL_SUFFIXES:
        yield from _records_jsonl(text, origin, warning)
    elif suffix in CSV_SUFFIXES:
        yield from _records_csv(text, origin, warning)
    else:
        yield _article(text, origin, title=None, url=None, external_id=None, warning=warning,
                       fallback_title=path.stem)


def _article(text: str, origin: str, *, title: str | None, url: str | None, external_id: str | None,
             warning: str | None, fallback_title: str | None = None, record: dict | None = None) -> Article | Problem:
    text = normalise(text)
    if not text.strip():
        return Problem(origin, "has no text")
    if "\x00" in text:
        return Problem(origin, "contains NUL characters, which no article text has")
    url = (url or "").strip() or source_url(text)
    outlet, published = metadata.describe(text, url=url, record=record)
    return Article(
        text=text,
        origin=origin,
        title=(title or "").strip() or guess_title(text) or fallback_title,
        url=url,
        external_id=external_id,
        warning=warning,
        outlet=outlet,
        published=published,
    )


def _field(record: dict, name: str) -> str | None:
    value = record.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _records_jsonl(text: str, origin: str, warning: str | None) -> Iterator[Article | Problem]:
    found = False
    for lineno, line in enumerate(text.split("\n"), start=1):  # not splitlines: U+2028 is text in JSON
        if not line.strip():
            continue
        where = f"{origin}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Problem(where, f"is not valid JSON ({exc.msg})")
            continue
        found = True
        yield _record(record, where, warning)
    if not found:
        yield Problem(origin, "holds no JSON records")


def _records_csv(text: str, origin: str, warning: str | None) -> Iterator[Article | Problem]:
    header = text.lstrip().partition("\n")[0]
    delimiter = max((",", ";", "\t"), key=header.count)
    previous = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        if not reader.fieldnames or "text" not in [f.strip().lower() for f in reader.fieldnames]:
            yield Problem(origin, "has no 'text' column in its header line")
            return
        reader.fieldnames = [f.strip().lower() for f in reader.fieldnames]
        while True:
            line_before = reader.reader.line_num  # DictReader's own line_num lags behind on errors
            try:
                record = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield Problem(f"{origin}:{line_before + 1}", f"is not a valid CSV row ({exc})")
                if reader.reader.line_num == line_before:
                    break  # the reader cannot move past this point
                continue
            where = f"{origin}:{reader.line_num}"
            if None in record or any(v is None for v in record.values()):
                yield Problem(where, "has a different number of fields than the header (truncated row?)")
                continue
            yield _record(record, where, warning)
    finally:
        csv.field_size_limit(previous)


def _record(record: object, where: str, warning: str | None) -> Article | Problem:
    if not isinstance(record, dict):
        return Problem(where, "is not an object with a 'text' field")
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return Problem(where, "has no 'text' field with text in it")
    return _article(body, where, title=_field(record, "title"), url=_field(record, "url"),
                    external_id=_field(record, "id"), warning=warning, record=record)
