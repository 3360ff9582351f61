"""An introduction before a colon is not part of the statement after it, and may name its holder:
"Kritik kommt vom Personalrat: Die Pläne seien nicht abgestimmt." -> the statement after the colon, spoken
by the Personalrat; "Die Polizei hat eine klare Botschaft: Niemand solle …" -> the subject of the intro."""

from __future__ import annotations

from typing import Final

from quotetool.detect import lexicon
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import SentenceView
from quotetool.detect.direct import main_subject
from quotetool.detect.mood import has_subjunctive
from quotetool.detect.proposal import Kind
from quotetool.detect.rules import (
    COLON_INTRO,
    CONDITIONAL_CONTINUATION,
    CUE_AFTER,
    DEMNACH_FRAME,
    SO_FRAME,
    SUBJUNCTIVE_CLAUSE,
    SUBJUNCTIVE_CONTINUATION,
    V2_CLAUSE,
)
from quotetool.detect.speakers import Mention, cannot_speak, parse_np
from quotetool.detect.tokens import Tok, both_spellings

_MAX_INTRO_TOKENS: Final = 10  # longer text (in words) before a colon is a statement of its own, not an introduction
_FROM: Final = frozenset({"von", "vom", "seitens"})
# rules whose span is the whole sentence and whose speaker, if any, comes from the context
_WHOLE_SENTENCE: Final = frozenset(
    r.name for r in (SUBJUNCTIVE_CONTINUATION, CONDITIONAL_CONTINUATION, SUBJUNCTIVE_CLAUSE, V2_CLAUSE, DEMNACH_FRAME)
)
# rules whose statement opens the sentence and whose speaker follows it ("…, so X", "…, sagte X")
_SPEAKER_AFTER: Final = frozenset(r.name for r in (SO_FRAME, CUE_AFTER))
# nouns of a reaction that an introduction says comes from someone ("Widerspruch kommt von den Grünen:")
_REACTIONS: Final = lexicon.STATEMENT_NOUNS | both_spellings(
    {
        "widerspruch",
        "lob",
        "zustimmung",
        "protest",
        "ablehnung",
        "unterstützung",
        "skepsis",
        "beifall",
        "rückendeckung",
        "applaus",
        "gegenwind",
        "einspruch",
        "reaktion",
        "antwort",
        "dank",
    }
)


def after_intro(view: SentenceView, c: Candidate) -> Candidate:
    """The candidate without a short introduction before a colon, with the speaker the introduction names."""
    text = view.text
    direct = c.kind is Kind.DIRECT  # (the quotation follows the colon; the introduction opens the sentence)
    colon = text.find(":", view.start, c.start) if direct else text.find(":", c.start, c.end)
    if colon < 0:
        return c
    lo, k = _intro_span(view.toks, c.start, colon, direct)
    if k < 0:
        return c
    m = _holder(view, lo, k)
    if direct:
        return _holder_for_reaction(c, m)
    return _statement_after_intro(view, c, lo, k, m)


def _intro_span(toks: list[Tok], start: int, colon: int, direct: bool) -> tuple[int, int]:
    """The introduction's tokens: (its first, the colon's index), from the sentence's start for a direct quote,
    else from the statement's ``start``; the colon's index is -1 when no short introduction without quotations
    ends at the colon with something after it."""
    lo = 0
    while not direct and lo < len(toks) and toks[lo].start < start:
        lo += 1
    k = lo
    dots = 0  # (the dots of "Prof. Dr." are no words)
    while k < len(toks) and toks[k].start < colon:
        if toks[k].quote is not None:
            return lo, -1
        if toks[k].text == ".":
            dots += 1
        k += 1
    words = k - lo - dots
    if k >= len(toks) - 1 or k == lo or words > _MAX_INTRO_TOKENS or toks[k].start != colon:
        return lo, -1
    return lo, k


def _holder_for_reaction(c: Candidate, m: Mention | None) -> Candidate:
    """A direct quote after an introduction ("Widerspruch kommt von den Grünen: „…“"): its holder ``m`` in place
    of the statement noun (or other phrase that cannot speak) the rule took for the speaker."""
    own = c.mention
    if m is None or own is None or (own.inner is not None and own.inner.kind == "pronoun"):
        return c  # ("Ihre Bitte an die Bürger: „…“": the owner of the statement speaks, not whom it addresses)
    if own.head.lower() in _REACTIONS or cannot_speak(own):
        return c._replace(mention=m)
    return c


def _statement_after_intro(view: SentenceView, c: Candidate, lo: int, k: int, m: Mention | None) -> Candidate:
    """A reported statement after an introduction ending at the colon ``k``: cut after a narrated introduction
    when the speaker follows, or (rules that take the whole sentence) started after the colon, with the
    introduction's holder ``m`` as its speaker."""
    if c.rule.name in _SPEAKER_AFTER:
        return _narrated_intro_cut(view, c, lo, k)
    if c.rule.name not in _WHOLE_SENTENCE:
        return c
    start = view.toks[k + 1].start
    if m is None:
        return c._replace(start=start)
    return c._replace(start=start, mention=m, inherit=False, rule=COLON_INTRO)


def _narrated_intro_cut(view: SentenceView, c: Candidate, lo: int, k: int) -> Candidate:
    """ "Die Richterin blieb hart: Eine Bewährung sei nicht vermittelbar, so X": the statement whose speaker follows
    it starts after a narrated introduction (no Konjunktiv before the colon, one after it); an impersonal cue
    ("…, hieß es in einer Mitteilung") reports whom the introduction names."""
    toks = view.toks
    end = lo
    while end < len(toks) and toks[end].start < c.end:
        end += 1
    if has_subjunctive(toks, lo, k) or not has_subjunctive(toks, k + 1, end):
        return c
    cut = c._replace(start=toks[k + 1].start)
    if c.mention is None or (c.mention.kind in ("source", "other") and c.mention.inner is None):
        m = _holder(view, lo, k)  # "Das Ministerium reagierte: Man werde …, hieß es in einer Mitteilung"
        if m is not None:
            return cut._replace(mention=m)
    return cut


def _holder(view: SentenceView, lo: int, k: int) -> Mention | None:
    """Who the introduction names: the phrase after "von"/"vom"/"seitens" ("Kritik kommt vom Personalrat"), or
    the subject of its main clause when that can speak ("Die Polizei hat eine klare Botschaft")."""
    toks = view.toks
    m = main_subject(view, lo, k)
    for j in range(lo, k - 1):
        if toks[j].low in _FROM and not (m is not None and m.start < toks[j].start < m.end):
            # (not the "vom" inside the subject: "Anna Roth vom Institut ist besorgt: …")
            f, _ = parse_np(view.text, toks, j + 1, k)
            if f is not None and f.kind != "pronoun" and not cannot_speak(f):
                return f
    if m is None or m.kind in ("pronoun", "frame", "other") or cannot_speak(m):
        return None
    return _statement_holder(m) or m


_HOLDER_KINDS: Final = frozenset({"name", "role", "org", "group", "other"})


def _statement_holder(m: Mention) -> Mention | None:
    """ "Der Appell der Eltern war eindeutig: …": the genitive holder of a statement noun that is the subject."""
    inner = m.inner
    if m.kind == "source" and m.head in lexicon.STATEMENT_NOUNS and inner is not None and inner.kind in _HOLDER_KINDS:
        return inner
    return None
