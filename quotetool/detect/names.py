"""Folding speaker names into keys, so that spellings of one person across outlets group together."""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Final

import regex

# Transliterations of Russian/Ukrainian names differ by outlet: Belousow, Beloussow, Belousov, Belousoff.
# Word endings first (one pass), then letters inside words.
_ENDINGS: Final = {
    "ow": "ov",
    "ov": "ov",
    "off": "ov",
    "ewa": "eva",
    "eva": "eva",
    "owa": "ova",
    "ova": "ova",
    "ij": "i",
    "iy": "i",
    "yj": "i",
    "yi": "i",
    "y": "i",  # Andrij, Andriy
    "ej": "ei",
    "ey": "ei",  # Andrej, Andrey -> Andrei; Sergej/Sergei
}
_ENDING: Final = regex.compile(r"(?<=\p{L})(off|owa|ova|ewa|eva|ow|ov|ij|iy|yj|yi|ej|ey|y)\b")
_INNER_SS: Final = regex.compile(r"(?<=\p{L})ss(?=\p{L})")  # Beloussow -> Belousow
_J_VOWEL: Final = regex.compile(r"j(?=[aeiou])")  # Jurij / Yuri, Jelena / Yelena
_PLAIN: Final = (("sch", "sh"), ("tsh", "ch"), ("w", "v"), ("ph", "f"))  # Schoigu / Shoigu, Tschernyschow / Chernyshov


def fold(name: str) -> str:
    """Case-, accent- and ß-folded form: what scorers and search compare."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace("ß", "ss")


_PUNCT: Final = regex.compile(r"[\p{P}\p{S}]+")
_SPACES: Final = regex.compile(r"\s+")


@lru_cache(maxsize=1 << 16)  # names repeat within and across documents
def name_key(name: str) -> str:
    """A matching key for a person's name: folded, punctuation dropped, transliteration variants merged.

    Two names with the same key are probably spellings of one person; the key is for grouping
    and search, never shown as the name.
    """
    s = fold(name)
    s = _PUNCT.sub(" ", s)
    s = _SPACES.sub(" ", s).strip()
    s = _ENDING.sub(lambda m: _ENDINGS[m.group(1)], s)
    if "ss" in s:
        s = _INNER_SS.sub("s", s)
    for a, b in _PLAIN:
        if a in s:
            s = s.replace(a, b)
    if "j" in s:
        s = _J_VOWEL.sub("y", s)
    return s


def genitive_of_named(text: str, name: str) -> bool:
    """A name in the genitive: it ends in -s, and the text names the same person without it ("Ali Samani" …
    "die Anwältin Samanis"). A role noun before such a name is its owner's, not held by it."""
    if len(name) < 4 or not name.endswith("s") or name.endswith(("ss", "'s", "’s")):
        return False
    bare = name[:-1]
    n = len(text)
    i = text.find(bare)
    while i >= 0:
        e = i + len(bare)
        if (i == 0 or not text[i - 1].isalnum()) and (e >= n or not text[e].isalnum()):
            return True
        i = text.find(bare, e)
    return False
