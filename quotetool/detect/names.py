"""Folding speaker names into keys, so that spellings of one person across outlets group together."""

from __future__ import annotations

import unicodedata

import regex

# Transliterations of Russian/Ukrainian names differ by outlet: Belousow, Beloussow, Belousov, Belousoff.
_REWRITES: tuple[tuple[regex.Pattern[str], str], ...] = (
    (regex.compile(r"(?<=\p{L})(?:ow|ov|off|ow)\b"), "ov"),
    (regex.compile(r"(?<=\p{L})(?:ewa|eva)\b"), "eva"),
    (regex.compile(r"(?<=\p{L})(?:owa|ova)\b"), "ova"),
    (regex.compile(r"(?<=\p{L})(?:ij|iy|yj|yi|y)\b"), "i"),  # Andrij, Andriy; Sergej/Sergei via ej below
    (regex.compile(r"(?<=\p{L})(?:ej|ey)\b"), "ei"),  # Andrej, Andrey -> Andrei
    (regex.compile(r"(?<=\p{L})ss(?=\p{L})"), "s"),  # Beloussow -> Belousow
    (regex.compile(r"sch"), "sh"),  # Schoigu / Shoigu
    (regex.compile(r"tsch"), "ch"),  # Tschernyschow / Chernyshov (after sch->sh: tsh)
    (regex.compile(r"tsh"), "ch"),
    (regex.compile(r"j(?=[aeiou])"), "y"),  # Jurij / Yuri, Jelena / Yelena
    (regex.compile(r"w"), "v"),
    (regex.compile(r"ph"), "f"),
)


def fold(name: str) -> str:
    """Case-, accent- and ß-folded form: what scorers and search compare."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace("ß", "ss")


def name_key(name: str) -> str:
    """A matching key for a person's name: folded, punctuation dropped, transliteration variants merged.

    Two names with the same key are probably spellings of one person; the key is for grouping
    and search, never shown as the name.
    """
    s = fold(name)
    s = regex.sub(r"[\p{P}\p{S}]+", " ", s)
    s = regex.sub(r"\s+", " ", s).strip()
    for pattern, repl in _REWRITES:
        s = pattern.sub(repl, s)
    return s
