"""Sentences an editor may want to add by hand: pure functions for the review UI's "next likely miss".

A likely miss is a sentence that no stored quote touches and that carries a sign of speech: a
Konjunktiv I form (sei, habe, werde …), a quotation of more than one word, or a speech verb
(sagte, erklärte, teilte … mit). The signs are the detector's own word lists and helpers, so the
UI needs no rules of its own; the scan covers only the stretch of text it is given.
"""

from __future__ import annotations

from typing import Final

from quotetool.detect import lexicon
from quotetool.detect.marks import pair_quotes, paragraphs
from quotetool.detect.mood import has_listed_subjunctive
from quotetool.detect.sentences import split_sentences
from quotetool.detect.tokens import QUOTE, tokenize

_MAX_SCAN: Final = 2_000_000  # characters looked at per call: a bound for pathological input


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` as (start, end) offsets into ``text``; a quotation is never split,
    and no sentence crosses a line break (a paragraph)."""
    stop = len(text) if end is None else min(len(text), end)
    lo = max(0, min(start, stop))
    part = text[lo : min(stop, lo + _MAX_SCAN)]
    paras = paragraphs(part)
    found = split_sentences(part, paras, pair_quotes(part, paras))
    return [(lo + s.start, lo + s.end) for s in found]


def _speech_verb(low: str, words: set[str]) -> bool:
    """A speech verb (not a verb of thinking); a bare form of a particle verb ("teilte") only with its
    particle in the sentence ("mit")."""
    infos = lexicon.PARTICLE_VERBS.get(low)
    if infos is not None and any(not info.cognition and info.particle in words for info in infos):
        return True
    info = lexicon.VERBS.get(low)
    return (info is not None and not info.cognition) or low in lexicon.PARTICIPLES


def speech_signs(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (one sentence) has a Konjunktiv I form, a quotation of more than one word
    or a speech verb."""
    part = text[start:end]
    paras = paragraphs(part)
    quotes = pair_quotes(part, paras)
    for q in quotes:
        if " " in part[q.inner_start : q.inner_end].strip():
            return True
    toks = tokenize(part, 0, len(part), quotes)
    if has_listed_subjunctive(toks, 0, len(toks)):
        return True
    words = {t.low for t in toks}
    return any(t.text != QUOTE and _speech_verb(t.low, words) for t in toks)


def likely_misses(
    text: str, covered: list[tuple[int, int]], start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """Sentences of ``text[start:end]`` with a sign of speech that no span in ``covered`` overlaps, in order."""
    spans = sorted(covered)
    out: list[tuple[int, int]] = []
    k = 0
    for s, e in sentence_spans(text, start, end):
        while k < len(spans) and spans[k][1] <= s:
            k += 1
        touched = False
        j = k
        while j < len(spans) and spans[j][0] < e:
            if spans[j][1] > s:
                touched = True
                break
            j += 1
        if not touched and speech_signs(text, s, e):
            out.append((s, e))
    return out
