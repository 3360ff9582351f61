"""Speaker matching: which speaker records are probably one person, and why.

``propose_merges`` applies rules from strict to loose; each proposal names its rule and a score:

- ``same_key``: a name or full-name alias folds to the same ``name_key`` (Andrej Belousow / Andrei
  Beloussow; No Kwang Chol / No Kwang-chol);
- ``spacing``: the same once spaces and hyphens are dropped (No Kwang-chol / No Kwangchol);
- ``transliteration``: the same phonetic key (w/v, ss/s, j/y/i, ch/kh/k, z/s, Umlaut spellings, doubled
  letters: Selenskyj / Zelenskyy, Baerbock / Bärbock);
- ``edit_distance``: a surname within one edit (two for long names) with the same first name, or for
  names without a first name a shared role or organisation;
- ``surname``: a surname alone (``Merz`` from ``CDU-Chef Merz``) joins the one full name it matches;
  with several, the one sharing a role or organisation, else none.

Different first names keep people apart (Wolodymyr Selenskyj, Olena Selenska; Friedrich and Gabriele
Merz). Blocking keeps it sub-quadratic: exact rules group by key (each group proposes its members to one
keeper), the edit-distance rule compares only names sharing a first-name key and a deletion variant of
the surname key, the surname rule looks names up by their family key.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum

from quotetool.crossref.names import (
    PersonName,
    compact_key,
    deletions,
    edit_distance,
    person_name,
    phonetic_key,
)
from quotetool.crossref.normalize import fold_text
from quotetool.crossref.unionfind import UnionFind
from quotetool.detect import lexicon, name_key


class MergeReason(StrEnum):
    SAME_KEY = "same_key"
    SPACING = "spacing"
    TRANSLITERATION = "transliteration"
    EDIT_DISTANCE = "edit_distance"
    SURNAME = "surname"


@dataclass(frozen=True, slots=True)
class SpeakerRecord:
    """A speaker as the matcher sees it. ``aliases``: other spellings and the mentions seen
    (``Herr Belousov``, ``CDU-Chef Merz``); ``roles``/``organisations``: folded role nouns
    (``verteidigungsminister``) and organisations (``cdu``), see ``speaker_record``."""

    id: int
    name: str
    aliases: tuple[str, ...] = ()
    roles: frozenset[str] = frozenset()
    organisations: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class MergeProposal:
    """``merge`` is probably the same speaker as ``keep`` (the record with the fuller name)."""

    keep: int
    merge: int
    reason: MergeReason
    score: float  # 0..1: how sure the rule is
    names: tuple[str, str]  # the two spellings that matched, for the editor


def speaker_record(id: int, name: str, mentions: Iterable[str] = (), outlets: Iterable[str] = ()) -> SpeakerRecord:
    """A record with its roles and organisations read from the mentions: ``CDU-Chef Merz`` gives the
    role ``chef`` and the organisation ``cdu``; ``der russische Verteidigungsminister`` the role
    ``verteidigungsminister``."""
    roles: set[str] = set()
    orgs: set[str] = set()
    aliases = []
    for mention in mentions:
        mention = " ".join(mention.split())
        if mention and mention != name and mention not in aliases:
            aliases.append(mention)
        for word in mention.split():
            _read_context(word.strip(".,;:()"), roles, orgs)
    return SpeakerRecord(id, name, tuple(aliases), frozenset(roles), frozenset(orgs), frozenset(outlets))


def _read_context(word: str, roles: set[str], orgs: set[str]) -> None:
    if not word[:1].isupper():
        return
    role = lexicon.role_key(word)
    if role:
        roles.add(fold_text(role.split("-")[-1]))
    elif lexicon.org_of(word):
        orgs.add(fold_text(word))
    parts = word.split("-")
    for part in parts[:-1] if len(parts) > 1 else parts:
        if len(part) >= 2 and part.isupper():  # CDU, SPD, DVRK, CDU-Chef
            orgs.add(fold_text(part))


def propose_merges(
    records: Iterable[SpeakerRecord], *, rejected: Collection[tuple[int, int]] = ()
) -> list[MergeProposal]:
    """Proposed merges among ``records``; pairs in ``rejected`` (in either order) are never proposed.
    The proposals form a forest: each joins two records not yet joined by a stronger proposal."""
    merger = _Merger([_Speaker.of(r) for r in records], rejected)
    merger.by_key(_exact_forms, name_key, MergeReason.SAME_KEY, 1.0)
    merger.by_key(_exact_forms, compact_key, MergeReason.SPACING, 0.95)
    merger.by_key(_full_names, phonetic_key, MergeReason.TRANSLITERATION, 0.9)
    merger.by_edit_distance()
    merger.by_surname()
    return merger.proposals


def merge_groups(proposals: Iterable[MergeProposal]) -> list[tuple[int, ...]]:
    """The speakers the proposals join, each group as (keeper, others ascending)."""
    sets: UnionFind[int] = UnionFind()
    merged: set[int] = set()
    for p in proposals:
        sets.union(p.keep, p.merge)
        merged.add(p.merge)
    out = []
    for group in sets.groups():
        keepers = sorted(i for i in group if i not in merged) or sorted(group)
        out.append((keepers[0], *sorted(i for i in group if i != keepers[0])))
    out.sort()
    return out


# -- the rules ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Speaker:
    record: SpeakerRecord
    persons: tuple[PersonName, ...]  # person names in the name and aliases, the name's first
    rank: tuple[int, int, int] = field(default=(0, 0, 0))  # lower keeps: more name words, more aliases

    @classmethod
    def of(cls, r: SpeakerRecord) -> _Speaker:
        persons: list[PersonName] = []
        for text in (r.name, *r.aliases):
            p = person_name(text)
            if p and p not in persons:
                persons.append(p)
        return cls(r, tuple(persons), (-len(r.name.split()), -len(r.aliases), r.id))

    @property
    def full(self) -> tuple[PersonName, ...]:
        return tuple(p for p in self.persons if p.full)


def _exact_forms(s: _Speaker) -> Iterator[str]:
    """The name itself and the full names among the aliases (a surname alias could be anyone's)."""
    yield s.record.name
    for p in s.full:
        yield p.text()


def _full_names(s: _Speaker) -> Iterator[str]:
    for p in s.full:
        yield p.text()


def _shared_context(a: SpeakerRecord, b: SpeakerRecord) -> bool:
    if a.organisations & b.organisations:
        return True
    return any(x == y or x.endswith(y) or y.endswith(x) for x in a.roles for y in b.roles)


def _surname_depth(key: str) -> int:
    """Edits allowed in a surname key: none below five letters, two from nine."""
    return 0 if len(key) < 5 else 1 if len(key) < 9 else 2


class _Merger:
    def __init__(self, speakers: list[_Speaker], rejected: Collection[tuple[int, int]]) -> None:
        self.speakers = speakers
        self.rejected = {(min(a, b), max(a, b)) for a, b in rejected}
        self.sets: UnionFind[int] = UnionFind(range(len(speakers)))
        self.proposals: list[MergeProposal] = []

    def propose(self, i: int, j: int, reason: MergeReason, score: float, names: tuple[str, str]) -> bool:
        a, b = self.speakers[i], self.speakers[j]
        if a.rank > b.rank:
            a, b, names = b, a, (names[1], names[0])
        pair = (min(a.record.id, b.record.id), max(a.record.id, b.record.id))
        if pair in self.rejected or self.sets.find(i) == self.sets.find(j):
            return False
        self.sets.union(i, j)
        self.proposals.append(MergeProposal(a.record.id, b.record.id, reason, round(score, 3), names))
        return True

    def by_key(
        self, forms: Callable[[_Speaker], Iterator[str]], key: Callable[[str], str], reason: MergeReason, score: float
    ) -> None:
        groups: dict[str, dict[int, str]] = {}
        for i, s in enumerate(self.speakers):
            for form in forms(s):
                k = key(form)
                if k:
                    groups.setdefault(k, {}).setdefault(i, form)
        for members in groups.values():
            if len(members) > 1:
                keeper = min(members, key=lambda i: self.speakers[i].rank)
                for i, form in members.items():
                    if i != keeper:
                        self.propose(keeper, i, reason, score, (members[keeper], form))

    def by_edit_distance(self) -> None:
        # one entry per distinct (surname key, first-name key): equal names were joined by the exact rules
        entries: dict[tuple[str, str], tuple[int, PersonName]] = {}
        for i, s in enumerate(self.speakers):
            for p in s.full or s.persons:  # a surname alias of a full name is left to the surname rule
                key = (phonetic_key(p.surname), phonetic_key(p.given[0]) if p.given else "")
                entries.setdefault(key, (i, p))
        buckets: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for surname, first in entries:
            for variant in deletions(surname, _surname_depth(surname)):
                buckets.setdefault((variant, first), []).append((surname, first))
        checked: set[tuple[str, str, str]] = set()
        for members in buckets.values():
            if 1 < len(members) <= 64:  # more would be a very common name: no evidence either way
                for x, a in enumerate(members):
                    for b in members[x + 1 :]:
                        if (a[0], b[0], a[1]) not in checked:
                            checked.add((a[0], b[0], a[1]))
                            self._edit_pair(entries[a], entries[b], a[0], b[0], bool(a[1]))

    def _edit_pair(
        self, a: tuple[int, PersonName], b: tuple[int, PersonName], sa: str, sb: str, same_first: bool
    ) -> None:
        (i, pi), (j, pj) = a, b
        if self.sets.find(i) == self.sets.find(j):
            return
        limit = min(_surname_depth(sa), _surname_depth(sb))
        d = edit_distance(sa, sb, limit)
        if d > limit:
            return
        context = _shared_context(self.speakers[i].record, self.speakers[j].record)
        if same_first or context:
            score = 0.8 - 0.1 * (d - 1) + (0.1 if same_first and context else 0.0)
            self.propose(i, j, MergeReason.EDIT_DISTANCE, score, (pi.text(), pj.text()))

    def by_surname(self) -> None:
        index: dict[str, set[int]] = {}
        for i, s in enumerate(self.speakers):
            for p in s.full:
                for k in p.family_keys():
                    index.setdefault(k, set()).add(i)
        for i, s in enumerate(self.speakers):
            if s.full or not s.persons:
                continue
            candidates = {j for p in s.persons for j in index.get(phonetic_key(p.surname), ())}
            self._join_surname(i, candidates)

    def _join_surname(self, i: int, candidates: set[int]) -> None:
        me = self.speakers[i]
        by_set: dict[int, list[int]] = {}
        for j in candidates:
            by_set.setdefault(self.sets.find(j), []).append(j)
        by_set.pop(self.sets.find(i), None)
        score = 0.8
        if len(by_set) > 1:  # several people of that name: only a shared role or organisation decides
            by_set = {
                k: js
                for k, js in by_set.items()
                if any(_shared_context(me.record, self.speakers[j].record) for j in js)
            }
            score = 0.7
        if len(by_set) == 1:
            js = next(iter(by_set.values()))
            j = min(js, key=lambda j: self.speakers[j].rank)
            if _shared_context(me.record, self.speakers[j].record):
                score += 0.1
            self.propose(j, i, MergeReason.SURNAME, score, (self.speakers[j].full[0].text(), me.persons[0].text()))
