"""Display-safe text: every character that could act on the terminal becomes a visible stand-in.

Used by the review UI (through quotetool.tui.sanitize) and by everything the command line prints for
a person; it needs neither textual nor Rich.

The stand-in is always ONE character for ONE character, so offsets into the stored text stay true
and highlighting lands on the right characters. Only what is shown changes; nothing stored does.
Markup is never an issue here because the UI only builds ``rich.text.Text``/``Content`` objects.
"""

from __future__ import annotations

import unicodedata

import regex

# C0 controls (bar newline and tab), DEL, C1 controls, format characters (bidi overrides and
# isolates, zero-width space/joiners, BOM, soft hyphen, tags), line/paragraph separators, surrogates.
_UNSAFE = regex.compile(r"[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}\p{Co}\p{Cn}]")

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"  # for C1 controls, format characters and the rest
ZERO_WIDTH_MARK = "\N{MIDDLE DOT}"  # zero-width characters take a cell so the editor sees they exist
BIDI_MARK = "\N{DOUBLE VERTICAL LINE}"  # U+2016: a bidi control, shown where it sits

_BIDI = set(range(0x202A, 0x202F)) | set(range(0x2066, 0x206A)) | {0x200E, 0x200F, 0x061C}
_ZERO_WIDTH = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E}


def stand_in(char: str) -> str:
    """The one visible character shown instead of an unsafe ``char``."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ESC is shown as ␛, NUL as ␀
    if code == 0x7F:
        return "\N{SYMBOL FOR DELETE}"
    if code in _BIDI:
        return BIDI_MARK
    if code in _ZERO_WIDTH:
        return ZERO_WIDTH_MARK
    return REPLACEMENT


def _sub(match: regex.Match[str]) -> str:
    char = match.group()
    if char == "\t":
        return " "
    if char == "\n":
        return "\n"
    return stand_in(char)


def display(text: str) -> str:
    """``text`` with every unsafe character replaced one for one; newlines kept, tabs become spaces."""
    return _UNSAFE.sub(_sub, text)


def one_line(text: str, width: int | None = None) -> str:
    """For one-line fields (queue, detail panel): newlines and tabs become spaces, then as ``display``.

    With ``width``, cut to at most that many characters, ending in an ellipsis when cut.
    """
    flat = _UNSAFE.sub(lambda m: " " if m.group() in "\n\t" else stand_in(m.group()), text)
    if width is not None and len(flat) > width:
        return flat[: max(0, width - 1)] + "…"
    return flat


def inert(text: str) -> str:
    """For a message line: ``one_line``, so a file name or a speaker cannot act on the terminal or break the line."""
    return one_line(text)


def clean_name(name: str) -> str:
    """A name fit to store: no control or format character left, whitespace runs as one space.

    Control characters (ESC, BEL, …) become their visible stand-ins (``␛``), so that a name that
    carried an escape sequence still shows that it did; format characters (soft hyphens, zero-width
    and bidi controls, common in names copied from web pages) are dropped; line breaks and tabs are
    spaces. A speaker name then never holds a character that could act on a terminal.
    """
    flat = _UNSAFE.sub(_name_char, name)
    return " ".join(flat.split())


def _name_char(match: regex.Match[str]) -> str:
    char = match.group()
    if char in "\t\n\r\x0b\x0c\u2028\u2029":
        return " "
    return stand_in(char) if unicodedata.category(char) == "Cc" else ""


def is_unsafe(char: str) -> bool:
    """True for a character that ``display`` replaces (other than newline and tab)."""
    return char not in "\n\t" and _UNSAFE.fullmatch(char) is not None


__all__ = ["clean_name", "display", "inert", "is_unsafe", "one_line", "stand_in"]
