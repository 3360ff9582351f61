"""Statement clusters: quotes in different documents that carry the same statement of one speaker.

``link_statements`` proposes links between quotes of one speaker in different documents when a
sentence of one and a sentence (or the whole) of the other have the same content after normalisation
(normalize.py), differ only as translations do (most content words and the nouns shared, the same
numbers and negations), or when one is a fragment of the other (its content contained in the other,
asymmetric). ``cluster_statements`` joins links into clusters, so a longer quote joins the fragments
that other outlets report separately.

It stays sub-quadratic: quotes are compared only within one speaker (blocking by speaker); exact
duplicates are grouped by a hash of their content; every other sentence is compared only with
sentences that share one of its rarest content words (an inverted index per speaker, whose posting
lists are not followed beyond a cap: a word that common says nothing about which statement it is).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from itertools import chain

from quotetool.crossref.normalize import Wording, sentences, wording
from quotetool.crossref.unionfind import UnionFind


class LinkReason(StrEnum):
    SAME_WORDING = "same_wording"  # the same content words after normalisation
    VARIANT = "variant"  # a translation variant: most content words and the nouns shared
    FRAGMENT = "fragment"  # one quote's content is contained in a sentence or the whole of the other
    INDIRECT = "indirect"  # as same wording or variant, but one of the two is reported speech


@dataclass(frozen=True, slots=True)
class QuoteRecord:
    """A quote as the linker sees it; ``speaker_id`` is the speaker after merging."""

    id: int
    speaker_id: int
    document_id: int
    text: str
    kind: str = "direct"  # direct / indirect / mixed, as the detector's Kind


@dataclass(frozen=True, slots=True)
class StatementLink:
    """A proposal: quotes ``a`` < ``b`` carry the same statement."""

    a: int
    b: int
    reason: LinkReason
    score: float  # 0..1: the weighted share of content words in common (containment for fragments)


@dataclass(frozen=True, slots=True)
class StatementCluster:
    id: int  # the smallest quote id in it: stable as long as that quote stays
    quote_ids: tuple[int, ...]  # ascending
    links: tuple[StatementLink, ...]


@dataclass(frozen=True, slots=True)
class Thresholds:
    same: float = 0.9  # weighted Dice of two wordings for "same wording"
    variant: float = 0.6  # weighted Dice for a translation variant ...
    nouns: float = 0.8  # ... when this share of each side's nouns is found in the other
    fragment: float = 0.8  # share of the shorter wording's weight found in the longer one
    fragment_weight: int = 4  # the least content weight a fragment needs ...
    fragment_words: int = 3  # ... and the fewest content words
    min_weight: int = 2  # sentences with less content are not compared
    probes: int = 6  # how many of a sentence's rarest words look up candidates ...
    pair_from: int = 5  # ... of which sentences with this many content words must share two
    posting_cap: int = 2000  # a word in more sentences of one speaker than this is not followed


def link_statements(quotes: Iterable[QuoteRecord], thresholds: Thresholds | None = None) -> list[StatementLink]:
    """Links between quotes of the same speaker in different documents that carry one statement,
    sorted by (a, b). Quotes of one document never link to each other."""
    th = thresholds or Thresholds()
    by_speaker: dict[int, list[QuoteRecord]] = {}
    for q in quotes:
        by_speaker.setdefault(q.speaker_id, []).append(q)
    links: list[StatementLink] = []
    for group in by_speaker.values():
        if len(group) > 1 and len({q.document_id for q in group}) > 1:
            links.extend(_link_speaker(group, th))
    links.sort(key=lambda link: (link.a, link.b))
    return links


def compare(
    a: str, b: str, kind_a: str = "direct", kind_b: str = "direct", thresholds: Thresholds | None = None
) -> tuple[LinkReason, float] | None:
    """Whether two wordings carry the same statement (the test link_statements applies), and why."""
    th = thresholds or Thresholds()
    best: tuple[LinkReason, float] | None = None
    for wa in _wordings(a, th):
        for wb in _wordings(b, th):
            verdict = _compare(wa, wb, th)
            if verdict and (best is None or verdict[1] > best[1]):
                best = verdict
    if best and best[0] is not LinkReason.FRAGMENT and _is_direct(kind_a) != _is_direct(kind_b):
        return LinkReason.INDIRECT, best[1]
    return best


def cluster_statements(
    links: Iterable[StatementLink], *, rejected: Collection[tuple[int, int]] = ()
) -> list[StatementCluster]:
    """Clusters of linked quotes (two or more), by smallest quote id; links whose (a, b) pair an
    editor rejected are left out (to split a quote off, reject every link that touches it)."""
    refused = {(min(a, b), max(a, b)) for a, b in rejected}
    kept = [link for link in links if (link.a, link.b) not in refused]
    sets: UnionFind[int] = UnionFind()
    for link in kept:
        sets.union(link.a, link.b)
    members: dict[int, list[StatementLink]] = {}
    for link in kept:
        members.setdefault(sets.find(link.a), []).append(link)
    clusters = []
    for group in sets.groups():
        ids = tuple(sorted(group))
        clusters.append(StatementCluster(ids[0], ids, tuple(members[sets.find(ids[0])])))
    clusters.sort(key=lambda c: c.id)
    return clusters


def statement_ids(quote_ids: Iterable[int], clusters: Iterable[StatementCluster]) -> dict[int, tuple[int, int]]:
    """quote id -> (statement_id, statement_size) for export; a quote in no cluster is its own
    statement of size 1."""
    out = {q: (q, 1) for q in quote_ids}
    for c in clusters:
        for q in c.quote_ids:
            out[q] = (c.id, len(c.quote_ids))
    return out


# -- one speaker ------------------------------------------------------------------------------------


def _is_direct(kind: str) -> bool:
    return kind == "direct"


def _wordings(text: str, th: Thresholds) -> Iterator[Wording]:
    """Each sentence of a quote, and the whole quote when it has more than one."""
    parts = sentences(text)
    for part in parts:
        w = wording(part)
        if w.total >= th.min_weight:
            yield w
    if len(parts) > 1:
        w = wording(text)
        if w.total >= th.min_weight:
            yield w


class _Linker:
    """The links among one speaker's quotes."""

    def __init__(self, quotes: list[QuoteRecord]) -> None:
        self.quotes = quotes
        self.found: dict[tuple[int, int], StatementLink] = {}

    def add(self, qi: int, qj: int, verdict: tuple[LinkReason, float]) -> None:
        a, b = self.quotes[qi], self.quotes[qj]
        if a.document_id == b.document_id:
            return
        key = (min(a.id, b.id), max(a.id, b.id))
        if key in self.found:
            return
        reason, score = verdict
        if reason is not LinkReason.FRAGMENT and _is_direct(a.kind) != _is_direct(b.kind):
            reason = LinkReason.INDIRECT
        self.found[key] = StatementLink(key[0], key[1], reason, round(score, 3))

    def linkable(self, qi: int, qj: int) -> bool:
        a, b = self.quotes[qi], self.quotes[qj]
        return a.document_id != b.document_id and (min(a.id, b.id), max(a.id, b.id)) not in self.found


def _link_speaker(quotes: list[QuoteRecord], th: Thresholds) -> list[StatementLink]:
    linker = _Linker(quotes)
    units: list[tuple[int, Wording]] = []
    same: dict[tuple[str, ...], list[int]] = {}  # signature -> quotes with a wording of it
    for qi, q in enumerate(quotes):
        for w in _wordings(q.text, th):
            members = same.setdefault(w.signature(), [])
            if not members:
                units.append((qi, w))  # only the first of equal wordings is compared further
            if not members or members[-1] != qi:
                members.append(qi)
    for members in same.values():
        if len(members) > 1:
            _link_same(linker, members)
    index: dict[str, list[int]] = {}
    for ui, (_, w) in enumerate(units):
        for token in w.weights:
            index.setdefault(token, []).append(ui)
    for ui, (qi, w) in enumerate(units):
        for vj in _candidates(ui, w, index, th):
            qj, other = units[vj]
            if linker.linkable(qi, qj):
                verdict = _compare(w, other, th)
                if verdict:
                    linker.add(qi, qj, verdict)
    return list(linker.found.values())


def _link_same(linker: _Linker, members: list[int]) -> None:
    """Quotes with equal wordings: each linked to the first, or when that is in its own document, to
    the first in another document."""
    docs = [linker.quotes[qi].document_id for qi in members]
    first = members[0]
    other = next((qi for qi, d in zip(members, docs, strict=True) if d != docs[0]), None)
    for qi, doc in zip(members[1:], docs[1:], strict=True):
        anchor = first if doc != docs[0] else other
        if anchor is not None:
            linker.add(anchor, qi, (LinkReason.SAME_WORDING, 1.0))


def _candidates(ui: int, w: Wording, index: dict[str, list[int]], th: Thresholds) -> Iterable[int]:
    """Sentences sharing the rarest content words of ``w`` (rarity within this speaker): one of them
    for a short sentence, two for a longer one (a variant or a longer quote holding this one shares
    more than that). Words in more sentences than the cap are not followed."""
    rare = sorted(w.weights, key=lambda t: len(index[t]))[: th.probes]
    postings = [index[t] for t in rare if len(index[t]) <= th.posting_cap]
    if len(w.weights) < th.pair_from or len(postings) < 2:
        out = set().union(*postings)
    else:
        counts = Counter(chain.from_iterable(postings))
        out = {v for v, c in counts.items() if c > 1}
    out.discard(ui)
    return out


# -- comparing two wordings -------------------------------------------------------------------------

_HEAD_MIN = 5  # a compound matches its head (nordkoreanisch ~ koreanisch) when the head has this many letters


def _matched(a: Wording, b: Wording) -> set[str]:
    """The content words of ``a`` found in ``b``: the same stem, one a compound of the other
    (nordkoreanisch ~ koreanisch), or a part of a compound of ``b`` whose other part is in ``a``
    (Bibliothek der Stadt ~ Stadtbibliothek)."""
    other = b.weights
    out = {t for t in a.weights if t in other}
    rest = [t for t in a.weights if t not in other]
    if not rest:
        return out
    heads = tuple(u for u in other if len(u) >= _HEAD_MIN)
    joined = "\0" + "\0".join(other) + "\0"  # substring tests in C: "\0t" starts a word, "t\0" ends one
    for t in rest:
        compound = len(t) >= _HEAD_MIN and (t.endswith(heads) or t + "\0" in joined)
        if compound or (len(t) >= 3 and "\0" + t in joined and _modifier(t, a, other)):
            out.add(t)
    return out


def _modifier(t: str, a: Wording, other: dict[str, int]) -> bool:
    """``t`` is the first part of a compound in ``other`` whose head is also a word of ``a``."""
    for u in other:
        if len(u) > len(t) + 3 and u.startswith(t):
            rest = u[len(t) :]
            if rest in a.weights or (rest[0] == "s" and rest[1:] in a.weights):
                return True
    return False


def _weight(w: Wording, tokens: set[str]) -> int:
    return sum(w.weights[t] for t in tokens)


def _noun_cover(w: Wording, matched: set[str]) -> float:
    return len(w.nouns & matched) / len(w.nouns) if w.nouns else 1.0


def _conflict(small: Wording, large: Wording) -> bool:
    """Different numbers or a different polarity: another statement, however alike the words."""
    if small.negations != large.negations:
        return True
    return bool(small.numbers - large.numbers) or bool(
        small.numbers and large.numbers - small.numbers and small.total * 3 > large.total * 2
    )


def _compare(a: Wording, b: Wording, th: Thresholds) -> tuple[LinkReason, float] | None:
    small, large = (a, b) if a.total <= b.total else (b, a)
    ws, wl = small.total, large.total
    shared = small.weights.keys() & large.weights.keys()
    exact = sum(small.weights[t] for t in shared)
    if exact * 2 < ws:  # compound heads cannot make up more than half: not worth the closer look
        return None
    if _conflict(small, large):
        return None
    ms, ml = _matched(small, large), _matched(large, small)
    dice = (_weight(small, ms) + _weight(large, ml)) / (ws + wl)
    if dice >= th.same:
        return LinkReason.SAME_WORDING, dice
    cover = _noun_cover(small, ms)
    if dice >= th.variant and cover >= th.nouns and _noun_cover(large, ml) >= th.nouns:
        return LinkReason.VARIANT, dice
    contain = _weight(small, ms) / ws
    big_enough = ws >= th.fragment_weight and len(small.weights) >= th.fragment_words
    if contain >= th.fragment and big_enough and cover >= th.nouns and wl * 2 >= ws * 3:
        return LinkReason.FRAGMENT, contain
    return None
