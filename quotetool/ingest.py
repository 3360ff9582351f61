"""Reading articles from files: .txt, folders of them, .jsonl and .csv; decoding and normalising text.

Nothing here touches the database. Every file or record either becomes an ``Article`` or a
``Problem`` naming what was skipped and why, so one bad file never stops an import: any exception
raised while reading or decoding one item becomes that item's ``Problem``.

Reading is streamed: a .jsonl or .csv file is read a line at a time, so memory is bounded by the
largest article, not by the file. Folders are walked in name order; symbolic links to folders are
followed, each folder is read once, and a link to a folder already read (a loop) is named and skipped.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import stat
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import regex

from quotetool import metadata

TEXT_SUFFIXES = {".txt", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES

# One article may be large (a 20 MB dump is legitimate), but a field beyond this is a broken file.
MAX_FIELD_CHARS = 64 * 1024 * 1024
# A .txt file or a .jsonl line beyond this is not one article; reading it would only exhaust memory.
MAX_ARTICLE_BYTES = 256 * 1024 * 1024
_SNIFF_BYTES = 8192

_SOURCE_LINE = regex.compile(r"(?m)^[ \t]*Quelle:[ \t]*((?:https?://|www\.)\S+)[ \t]*$")
_VISIBLE = regex.compile(r"\S")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")
_TITLE_MAX = 150
_FIELDS = ("text", "title", "url", "id")
_META_FIELDS = ("outlet", "date", "published")  # read by quotetool.metadata


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
    size: int = 0  # bytes of input it was read from (for progress)


@dataclass(frozen=True, slots=True)
class Problem:
    origin: str
    message: str  # one sentence, without the origin
    size: int = 0  # bytes of input it stands for (for progress)

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(frozen=True, slots=True)
class Entry:
    """One file to read, found by ``walk``."""

    path: Path
    origin: str  # the path as text that can be stored and printed (undecodable bytes as \\xNN)
    explicit: bool  # named on the command line (read whatever its suffix) rather than found in a folder
    size: int


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
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def source_url(text: str) -> str | None:
    """The URL of a ``Quelle: https://…`` line, as news dumps carry at the end of an article."""
    m = _SOURCE_LINE.search(text)
    return m.group(1) if m else None


def guess_title(text: str) -> str | None:
    """The first line when it reads like a headline (short, no closing sentence punctuation)."""
    begins = _VISIBLE.search(text)
    if begins is None:
        return None
    first, _, rest = text[begins.start() : begins.start() + _TITLE_MAX * 4].partition("\n")
    first = first.strip()
    if first and rest.strip() and len(first) <= _TITLE_MAX and not first.endswith((".", ":", "!", "?", "“", '"')):
        return first
    return None


def path_text(path: str | os.PathLike[str]) -> str:
    """A path as text that can be stored and printed: bytes that are not UTF-8 appear as \\xNN."""
    raw = os.fspath(path)
    try:
        raw.encode("utf-8")
        return raw
    except UnicodeEncodeError:
        return os.fsencode(raw).decode("utf-8", "backslashreplace")


def read_articles(paths: Iterable[str | Path]) -> Iterator[Article | Problem]:
    """Articles (or problems) from files and folders, folders walked recursively in name order."""
    return read_entries(walk(paths))


def read_entries(entries: Iterable[Entry | Problem]) -> Iterator[Article | Problem]:
    """The articles of the files ``walk`` found (its problems passed on in their place)."""
    for entry in entries:
        if isinstance(entry, Problem):
            yield entry
        else:
            yield from read_entry(entry)


def one_article(entry: Entry) -> bool:
    """Whether ``entry`` stands for one item (one article, or one Problem): any file but a .jsonl or .csv."""
    suffix = entry.path.suffix.lower()
    return suffix not in JSONL_SUFFIXES and suffix not in CSV_SUFFIXES


def read_one(entry: Entry) -> Article | Problem:
    """The one item of an entry for which ``one_article`` holds."""
    (item,) = read_entry(entry)
    return item


def walk(paths: Iterable[str | Path]) -> Iterator[Entry | Problem]:
    """The files to read under ``paths``, in order, and a Problem for each path that cannot be read."""
    seen: set[tuple[int, int]] = set()  # folders read (device, inode): each is read once
    for raw in paths:
        path = Path(raw)
        try:
            info = path.stat()
        except OSError as exc:
            missing = isinstance(exc, FileNotFoundError) and not path.is_symlink()
            yield Problem(path_text(path), "does not exist" if missing else _os_reason(exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, info, seen)
        elif stat.S_ISREG(info.st_mode):
            yield Entry(path, path_text(path), True, info.st_size)
        else:
            yield Problem(path_text(path), "is not a regular file", 0)


def _walk_folder(folder: Path, info: os.stat_result, seen: set[tuple[int, int]]) -> Iterator[Entry | Problem]:
    key = (info.st_dev, info.st_ino)
    if key in seen:
        yield Problem(path_text(folder), "is a link to a folder that is already being read (skipped, read once)")
        return
    seen.add(key)
    try:
        with os.scandir(folder) as it:
            children = sorted(it, key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        yield Problem(path_text(folder), f"is a folder that cannot be read ({_os_reason(exc)})")
        return
    for child in children:
        if child.name.startswith("."):
            continue  # hidden files and folders (.git, .DS_Store) are never articles
        path = Path(child.path)
        try:
            child_info = path.stat()  # follows links
        except OSError as exc:
            broken = isinstance(exc, FileNotFoundError) and path.is_symlink()
            yield Problem(path_text(path), "is a link to nothing" if broken else _os_reason(exc))
            continue
        if stat.S_ISDIR(child_info.st_mode):
            yield from _walk_folder(path, child_info, seen)
        elif stat.S_ISREG(child_info.st_mode):
            yield Entry(path, path_text(path), False, child_info.st_size)
        else:
            yield Problem(path_text(path), "is not a regular file")


def _os_reason(exc: OSError) -> str:
    return f"cannot be read ({exc.strerror or exc})"


def read_entry(entry: Entry) -> Iterator[Article | Problem]:
    """The articles of one file; whatever goes wrong names this file (or its line) and ends only it."""
    suffix = entry.path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES and not entry.explicit:
        yield Problem(
            entry.origin,
            f"is not a supported file type ({suffix or 'no extension'}); use .txt, .jsonl or .csv",
            entry.size,
        )
        return
    where = entry.origin
    try:
        if suffix in JSONL_SUFFIXES or suffix in CSV_SUFFIXES:
            for item in _records(entry, csv_file=suffix in CSV_SUFFIXES):
                where = item.origin
                yield item
        else:
            yield _text_file(entry)
    except Exception as exc:  # one file's trouble, whatever it is, ends that file only
        yield Problem(
            where if where == entry.origin else f"{entry.origin} after {where}",
            f"could not be read further ({_exception_text(exc)})",
        )


def _exception_text(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:200]}" if text else type(exc).__name__


def _text_file(entry: Entry) -> Article | Problem:
    if entry.size > MAX_ARTICLE_BYTES:
        return Problem(
            entry.origin, f"is larger than {MAX_ARTICLE_BYTES // 2**20} MB, too large for one article", entry.size
        )
    try:
        data = entry.path.read_bytes()
    except OSError as exc:
        return Problem(entry.origin, _os_reason(exc), entry.size)
    if not data or data.isspace():  # (not strip(): no copy of a large file)
        return Problem(entry.origin, "is empty", entry.size)
    try:
        text, warning = decode(data)
    except UnreadableText as exc:
        return Problem(entry.origin, str(exc), entry.size)
    del data
    return _article(
        text,
        entry.origin,
        title=None,
        url=None,
        external_id=None,
        warning=warning,
        fallback_title=Path(entry.origin).stem,
        size=entry.size,
    )


def _article(
    text: str,
    origin: str,
    *,
    title: str | None,
    url: str | None,
    external_id: str | None,
    warning: str | None,
    fallback_title: str | None = None,
    size: int = 0,
    record: dict | None = None,
) -> Article | Problem:
    text = normalise(text)
    if not text or text.isspace():
        return Problem(origin, "has no text", size)
    if "\x00" in text:
        return Problem(origin, "contains NUL characters, which no article text has", size)
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
        size=size,
    )


# --- .jsonl and .csv: a line at a time --------------------------------------------------------


def _records(entry: Entry, *, csv_file: bool) -> Iterator[Article | Problem]:
    with entry.path.open("rb") as raw:
        head = raw.read(_SNIFF_BYTES)
        raw.seek(0)
        if not head.strip():
            yield Problem(entry.origin, "is empty", entry.size)
            return
        utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if not utf16 and b"\x00" in head:
            yield Problem(entry.origin, "contains NUL bytes, so it is a binary file, not text", entry.size)
            return
        lines = _utf16_lines(raw) if utf16 else _decoded_lines(raw, entry.origin)
        if csv_file:
            yield from _records_csv(lines, entry.origin)
        else:
            yield from _records_jsonl(lines, entry.origin)


@dataclass(frozen=True, slots=True)
class _Line:
    text: str | None  # None: the line could not be decoded (``problem`` says why)
    size: int
    warning: str | None = None
    problem: str | None = None


def _utf16_lines(raw: IO[bytes]) -> Iterator[_Line]:
    stream = io.TextIOWrapper(raw, encoding="utf-16", newline="")
    for line in stream:  # a decoding error ends the file, named by read_entry
        yield _Line(line, len(line) * 2)


def _decoded_lines(raw: IO[bytes], origin: str) -> Iterator[_Line]:
    """Each line (ending kept) decoded on its own: UTF-8, else Windows-1252 with a warning."""
    first = True
    for data in raw:  # binary files split on b"\n" only: U+2028 and a lone "\r" stay inside a line
        size = len(data)
        if first and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        first = False
        if size > MAX_ARTICLE_BYTES:
            yield _Line(None, size, problem=f"is a line larger than {MAX_ARTICLE_BYTES // 2**20} MB")
        elif b"\x00" in data:
            yield _Line(None, size, problem="contains NUL bytes, which no text has")
        else:
            try:
                yield _Line(data.decode("utf-8"), size)
            except UnicodeDecodeError:
                yield _Line(
                    data.decode("cp1252", "replace"),
                    size,
                    warning="is not valid UTF-8; decoded as Windows-1252 (cp1252)",
                )


def _records_jsonl(lines: Iterator[_Line], origin: str) -> Iterator[Article | Problem]:
    found = False
    for lineno, line in enumerate(lines, start=1):
        where = f"{origin}:{lineno}"
        if line.text is None:
            found = True
            yield Problem(where, line.problem or "cannot be read", line.size)
            continue
        if not line.text.strip():
            continue
        found = True
        try:
            record = json.loads(line.text)
        except (ValueError, RecursionError) as exc:
            yield Problem(where, _json_problem(exc), line.size)
            continue
        yield _record(record, where, line.warning, line.size)
    if not found:
        yield Problem(origin, "holds no JSON records")


def _json_problem(exc: ValueError | RecursionError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"is not valid JSON ({exc.msg})"
    if isinstance(exc, RecursionError):
        return "nests JSON arrays or objects too deeply to be read"
    if "integer string conversion" in str(exc):
        return "holds a number with more than 4,300 digits, which cannot be read"
    return f"is not valid JSON ({_exception_text(exc)})"


def _records_csv(lines: Iterator[_Line], origin: str) -> Iterator[Article | Problem]:
    skipped_blank = 0
    header: _Line | None = None
    for line in lines:
        if line.text is None:
            yield Problem(f"{origin}:{skipped_blank + 1}", line.problem or "cannot be read", line.size)
            return
        if line.text.strip():
            header = line
            break
        skipped_blank += 1
    if header is None or header.text is None:
        yield Problem(origin, "is empty")
        return
    delimiter = max((",", ";", "\t"), key=header.text.count)
    fields = [f.strip().lower() for f in next(csv.reader([header.text], delimiter=delimiter), [])]
    twice = [f for f in (*_FIELDS, *_META_FIELDS) if fields.count(f) > 1]
    if twice:
        yield Problem(
            origin, f"has the column '{twice[0]}' twice in its header line; keep one and import again", header.size
        )
        return
    if "text" not in fields:
        yield Problem(origin, "has no 'text' column in its header line", header.size)
        return
    yield from _csv_rows(_texts(lines), fields, delimiter, origin, skipped_blank + 1)


def _texts(lines: Iterator[_Line]) -> Iterator[str]:
    for line in lines:
        yield line.text if line.text is not None else "\x00"  # the csv module names a NUL as an error


def _csv_rows(
    texts: Iterator[str], fields: list[str], delimiter: str, origin: str, offset: int
) -> Iterator[Article | Problem]:
    previous = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        reader = csv.reader(texts, delimiter=delimiter, strict=True)
        while True:
            line_before = reader.line_num
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                yield Problem(f"{origin}:{line_before + offset + 1}", f"is not a valid CSV row ({exc})")
                if reader.line_num == line_before:
                    break  # the reader cannot move past this point
                continue
            where = f"{origin}:{line_before + offset + 1}"  # the line the row begins on
            if not row:
                continue
            if len(row) != len(fields):
                yield Problem(where, "has a different number of fields than the header (truncated row?)")
                continue
            yield _record(dict(zip(fields, row, strict=True)), where, None, sum(len(v) for v in row))
    finally:
        csv.field_size_limit(previous)


def _field(record: dict, name: str) -> str | None:
    """A field as text: strings as they are, other JSON values (numbers, true, lists) as their JSON text."""
    value = record.get(name)
    if value is None:
        return None
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _record(record: object, where: str, warning: str | None, size: int) -> Article | Problem:
    if not isinstance(record, dict):
        return Problem(where, "is not an object with a 'text' field", size)
    body = record.get("text")
    if not isinstance(body, str) or not body.strip():
        return Problem(where, "has no 'text' field with text in it", size)
    values = {name: _field(record, name) for name in _FIELDS[1:]}
    meta = {name: _field(record, name) for name in _META_FIELDS}
    for name, value in (("text", body), *values.items(), *meta.items()):
        lone = _SURROGATE.search(value) if value is not None else None
        if lone is not None:
            return Problem(
                where,
                f"has a lone surrogate (\\u{ord(lone.group()):04x}) in its '{name}' field, which is not text",
                size,
            )
    return _article(
        body,
        where,
        title=values["title"],
        url=values["url"],
        external_id=values["id"],
        warning=warning,
        size=size,
        record=record,
    )
