"""An article's outlet and publication date, read at import: pure functions, no I/O.

Where they come from, first found wins:
- the outlet: the `outlet` field of a .jsonl/.csv record, else the host of the article's URL
  (`https://www.tagesschau.de/…` → `tagesschau.de`);
- the date: the `date` (or `published`) field of a record, else a `Datum:`/`Date:` line of the text, else a
  line among the first lines of the text that is a date and little more (`Montag, 5. März 2024, 10:15 Uhr`,
  `Stand: 05.03.2024`); a headline that merely mentions a date is not taken for one.
A date that can be read is stored as ISO 8601 (`2024-03-05`); a record's date field that cannot be read is
kept as it was given (trimmed), so nothing the file said is lost.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from urllib.parse import urlsplit

import regex

HEADER_LINES = 5  # the lines of a .txt where a date line may stand
_MAX_WORDS_BESIDE_A_DATE = 3  # "Veröffentlicht am", a weekday, "Uhr": a header line, not a sentence

_MONTHS = {
    "januar": 1,
    "jänner": 1,
    "january": 1,
    "jan": 1,
    "februar": 2,
    "february": 2,
    "feb": 2,
    "märz": 3,
    "maerz": 3,
    "march": 3,
    "mär": 3,
    "mrz": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mai": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "dezember": 12,
    "december": 12,
    "dez": 12,
    "dec": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = regex.compile(
    rf"""(?ix)
    (?<!\d)(?:
        (?P<y>\d{{4}})[-/](?P<m>\d{{1,2}})[-/](?P<d>\d{{1,2}})(?!\d)             # 2024-03-05, 2024/3/5
      | (?P<d2>\d{{1,2}})\.\s?(?P<m2>\d{{1,2}})\.\s?(?P<y2>\d{{4}})(?!\d)          # 05.03.2024, 5. 3. 2024
      | (?P<d3>\d{{1,2}})\.?\s+(?P<mn3>{_MONTH})\.?\s+(?P<y3>\d{{4}})(?!\d)        # 5. März 2024, 5 March 2024
      | (?P<mn4>{_MONTH})\.?\s+(?P<d4>\d{{1,2}}),?\s+(?P<y4>\d{{4}})(?!\d)         # March 5, 2024
    )
    """
)
_TIME = regex.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:Uhr|h|MEZ|MESZ|CET|CEST|UTC))?(?!\d)|T[\d:.+Z-]+")
_DATE_LINE = regex.compile(r"(?mi)^[ \t]*(?:Datum|Date)[ \t]*:[ \t]*(\S.*?)[ \t]*$")
_WORD = regex.compile(r"\p{L}+")
_YEAR = regex.compile(r"\d{4}")


def parse_date(value: str) -> str | None:
    """The first date in ``value`` as ISO 8601 (YYYY-MM-DD), or None when it holds no valid date."""
    for m in _DATE.finditer(value):
        found = _iso(m)
        if found:
            return found
    return None


def _iso(m: regex.Match) -> str | None:
    g = m.groupdict()
    if g["y"]:
        y, mo, d = g["y"], g["m"], g["d"]
    elif g["y2"]:
        y, mo, d = g["y2"], g["m2"], g["d2"]
    elif g["y3"]:
        y, mo, d = g["y3"], _MONTHS[g["mn3"].lower()], g["d3"]
    else:
        y, mo, d = g["y4"], _MONTHS[g["mn4"].lower()], g["d4"]
    try:
        return datetime.date(int(y), int(mo), int(d)).isoformat()
    except ValueError:  # 31.02.2024
        return None


def outlet_from_url(url: str | None) -> str | None:
    """The host of ``url`` without `www.` (`https://www.zeit.de/x` → `zeit.de`), or None."""
    if not url or not url.strip():
        return None
    url = url.strip()
    if "://" not in url:
        url = "//" + url  # `www.zeit.de/x`, as `Quelle:` lines write it
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def text_date(text: str) -> str | None:
    """The date of a `Datum:`/`Date:` line, else of a header line that is a date (see the module's docstring)."""
    if "dat" in text.lower():  # what _DATE_LINE needs: scanning every line for it costs more than this test
        for m in _DATE_LINE.finditer(text):
            found = parse_date(m.group(1))
            if found:
                return found
    for line in text.split("\n", HEADER_LINES)[:HEADER_LINES]:
        if not _YEAR.search(line):  # each of _DATE's forms has a year; _DATE itself is slow on a long line
            continue
        date = _DATE.search(line)
        if date is None or not (found := _iso(date)):
            continue
        rest = _TIME.sub(" ", line[: date.start()] + " " + line[date.end() :])
        if len(_WORD.findall(rest)) <= _MAX_WORDS_BESIDE_A_DATE:
            return found
    return None


def describe(
    text: str, *, url: str | None, record: Mapping[str, object] | None = None
) -> tuple[str | None, str | None]:
    """(outlet, published) of an article: from its record's fields when it came from a .jsonl/.csv, else from
    its text and URL."""
    outlet = _field(record, "outlet") or outlet_from_url(url)
    given = _field(record, "date") or _field(record, "published")
    if given:
        return outlet, parse_date(given) or given
    return outlet, text_date(text)


def _field(record: Mapping[str, object] | None, name: str) -> str | None:
    if not record:
        return None
    value = record.get(name)
    if value is None or isinstance(value, dict | list):
        return None
    return " ".join(str(value).split()) or None
