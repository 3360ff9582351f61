"""Matching a typed name against the stored speakers' names and aliases (the speaker dialog's list)."""

from __future__ import annotations

from dataclasses import dataclass

from quotetool.detect import fold, name_key
from quotetool.tui.sanitize import one_line

MAX_MATCHES = 50  # known names shown under the speaker field; typing narrows them


def starts_a_word(folded: str, typed: str) -> bool:
    """Whether folded text ``typed`` begins ``folded`` or one of its words (a completion of it)."""
    return bool(typed) and (folded.startswith(typed) or any(part.startswith(typed) for part in folded.split()))


@dataclass(frozen=True, slots=True)
class SpeakerMatch:
    shown: str  # a stored name or alias
    canonical: str  # the speaker it names
    same_person: bool = False  # another spelling of what was typed: the same folded key (name_key)

    @property
    def label(self) -> str:
        label = (
            one_line(self.shown)
            if self.shown == self.canonical
            else (f"{one_line(self.shown)}  → {one_line(self.canonical)}")
        )
        return f"{label}  (same person?)" if self.same_person else label


@dataclass(frozen=True, slots=True)
class _Entry:
    shown: str
    canonical: str
    folded: str
    parts: tuple[str, ...]  # the folded words
    key: str


class SpeakerIndex:
    """The known names and aliases with their folded forms and keys, computed once per dialog."""

    def __init__(self, names: list[tuple[str, str]]) -> None:
        self.entries = [
            _Entry(shown, canonical, f, tuple(f.split()), name_key(shown))
            for shown, canonical in names
            for f in (fold(shown),)
        ]
        self.by_key: dict[str, list[_Entry]] = {}
        for entry in self.entries:
            if entry.key:
                self.by_key.setdefault(entry.key, []).append(entry)
        for kin in self.by_key.values():
            kin.sort(key=lambda e: e.shown != e.canonical)  # a speaker's own name before its aliases


def speaker_matches(index: SpeakerIndex, typed: str, limit: int = MAX_MATCHES) -> list[SpeakerMatch]:
    """Known names matching ``typed``: other spellings of the same person first (same ``name_key``,
    e.g. "No Kwang-chol" for "No Kwang Chol"), then prefix matches, then other substrings.

    Nothing is merged here: the editor picks a match, or Enter keeps the typed name as a new speaker.
    """
    typed = " ".join(typed.split())
    folded = fold(typed)
    if not folded:
        return [SpeakerMatch(e.shown, e.canonical) for e in index.entries[:limit]]
    key = name_key(typed)
    kin = index.by_key.get(key, [])
    seen = {e.canonical for e in kin if e.folded == folded}  # the speaker stored as typed is no "other spelling"
    same: list[SpeakerMatch] = []
    for e in kin:  # (a speaker's own name before its aliases: sorted once, in the index)
        if e.canonical not in seen:
            seen.add(e.canonical)
            same.append(SpeakerMatch(e.shown, e.canonical, same_person=True))
    listed = {(m.shown, m.canonical) for m in same}
    prefix: list[SpeakerMatch] = []
    inner: list[SpeakerMatch] = []
    spelled: list[SpeakerMatch] = []  # the key starts alike (while typing "No Kwang C" for "No Kwang-chol")
    for e in index.entries:
        if (e.shown, e.canonical) in listed:
            continue
        if e.folded.startswith(folded) or any(part.startswith(folded) for part in e.parts):
            prefix.append(SpeakerMatch(e.shown, e.canonical))
        elif folded in e.folded:
            inner.append(SpeakerMatch(e.shown, e.canonical))
        elif key and e.key.startswith(key):
            spelled.append(SpeakerMatch(e.shown, e.canonical))
        if len(prefix) >= limit:
            break
    found = {m.canonical for m in same + prefix + inner}
    spelled = [m for m in spelled if m.canonical not in found]  # a speaker already listed by another spelling
    return (same + prefix + spelled + inner)[:limit]
