"""Person names as the speaker matcher compares them: parsed from names and mentions, with keys.

A mention (``der russische Verteidigungsminister Andrej Belousow``, ``CDU-Chef Merz``, ``Herr Belousov``)
holds a name after lower-case words, titles and role or organisation nouns; ``person_name`` finds it.
Keys, from strict to loose: ``name_key`` (the detector's: folded, punctuation dropped, common
transliteration endings merged), the compact key (spaces and hyphens dropped: No Kwang Chol / No
Kwangchol), and the phonetic key (transliteration and umlaut spellings merged: w/v, ss/s, j/y/i, ch/kh/k,
z/s, ä/ae, doubled letters).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from quotetool.detect import lexicon, name_key

_ARTICLES: Final = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einem", "einen"})
_NAME_WORD: Final = regex.compile(r"\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*\.?")
# Applied in order to a compact name key (name_key without spaces): spellings of one sound merged.
_PHONETIC: Final = (
    ("ae", "a"),
    ("oe", "o"),
    ("ue", "u"),
    ("kh", "k"),
    ("ch", "k"),
    ("ck", "k"),
    ("c", "k"),
    ("th", "t"),
    ("gh", "g"),
    ("dh", "d"),
    ("x", "ks"),
    ("z", "s"),
    ("y", "i"),
    ("j", "i"),
    ("w", "v"),
)
_DOUBLE: Final = regex.compile(r"(\p{L})\1+")
_SHORT_FAMILY_NAME: Final = 4  # East Asian family names come first and are short: No, Kim, Xi, Park


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into given names and surname (the last word)."""

    words: tuple[str, ...]

    @property
    def surname(self) -> str:
        return self.words[-1]

    @property
    def given(self) -> tuple[str, ...]:
        return self.words[:-1]

    @property
    def full(self) -> bool:
        return len(self.words) > 1

    def text(self) -> str:
        return " ".join(self.words)

    def family_keys(self) -> tuple[str, ...]:
        """Phonetic keys of the words a surname alone may stand for: the last word, and the first when
        it is short and no known first name (No Kwang-chol is "Minister No")."""
        keys = [phonetic_key(self.surname)]
        first = self.words[0]
        if self.full and len(first) <= _SHORT_FAMILY_NAME and first not in lexicon.FIRST_NAMES:
            keys.append(phonetic_key(first))
        return tuple(keys)


def _is_context_word(word: str) -> bool:
    """A title, article, role or organisation noun: the words before a name in a mention."""
    bare = word.rstrip(".")
    if bare in lexicon.TITLES or bare.lower() in _ARTICLES:
        return True
    return lexicon.role_of(bare) is not None or lexicon.org_of(bare) is not None


@lru_cache(maxsize=1 << 14)
def person_name(text: str) -> PersonName | None:
    """The person's name in a name or mention, or None when it names none (``der Minister``,
    ``russische Verteidigungsministerium``). Words before the name that are lower case, titles,
    articles, roles or organisations are dropped; every word of the name must be capitalised."""
    words = text.split()
    i = 0
    while i < len(words) and (not words[i][:1].isupper() or _is_context_word(words[i])):
        i += 1
    rest = words[i:]
    if not rest or not all(_NAME_WORD.fullmatch(w) for w in rest):
        return None
    if any(_is_context_word(w) for w in rest):
        return None
    return PersonName(tuple(w.rstrip(".") for w in rest))


def compact_key(name: str) -> str:
    """``name_key`` without spaces: hyphenation and spacing do not matter (Kwang-chol, Kwang Chol)."""
    return name_key(name).replace(" ", "")


@lru_cache(maxsize=1 << 16)
def phonetic_key(name: str) -> str:
    """A loose key merging transliteration variants: Selenskyj / Zelensky, Baerbock / Bärbock,
    Chodorkowski / Khodorkovsky, Beloussow / Belousov."""
    s = compact_key(name)
    for a, b in _PHONETIC:
        if a in s:
            s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` as soon as it exceeds ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def deletions(key: str, depth: int) -> set[str]:
    """``key`` and every string made by deleting up to ``depth`` letters: two keys within edit
    distance ``depth`` share one (the blocking of the edit-distance rule)."""
    out = {key}
    frontier = {key}
    for _ in range(depth):
        frontier = {s[:i] + s[i + 1 :] for s in frontier for i in range(len(s))}
        out |= frontier
    return out
