"""Word-level difference of two wordings, for the "also reported by" panel."""

from __future__ import annotations

from difflib import SequenceMatcher
from typing import Final, Literal

import regex

from quotetool.crossref.normalize import fold_text

Op = Literal["equal", "delete", "insert"]

_TOKEN: Final = regex.compile(r"\S+")
_EDGE_PUNCT: Final = regex.compile(r"^[\p{P}\p{S}]+|[\p{P}\p{S}]+$")


def _key(word: str) -> str:
    """What two words are compared by: case, umlauts and surrounding punctuation do not count."""
    return fold_text(_EDGE_PUNCT.sub("", word)) or word


def word_diff(a: str, b: str) -> list[tuple[Op, str]]:
    """How wording ``b`` differs from ``a``, as (op, text) segments in reading order.

    "equal" text is shown as ``a`` has it, "delete" is only in ``a``, "insert" only in ``b``; a
    replaced stretch is a delete followed by an insert. Words are separated by single spaces inside a
    segment; joining the "equal" and "delete" texts with spaces gives ``a``'s words, "equal" and
    "insert" ``b``'s.
    """
    wa, wb = _TOKEN.findall(a), _TOKEN.findall(b)
    matcher = SequenceMatcher(None, [_key(w) for w in wa], [_key(w) for w in wb], autojunk=False)
    out: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            out.append(("equal", " ".join(wa[i1:i2])))
            continue
        if i2 > i1:
            out.append(("delete", " ".join(wa[i1:i2])))
        if j2 > j1:
            out.append(("insert", " ".join(wb[j1:j2])))
    return out
