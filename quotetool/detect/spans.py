"""Shared pieces of the indirect-speech rules: the span of a reported clause, where it ends, and
statements in two parts around an attribution that interrupts them."""

from __future__ import annotations

from typing import Final

from quotetool.detect import lexicon
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import SentenceView, is_plural_verb, trim
from quotetool.detect.cues import Cue
from quotetool.detect.mood import has_subjunctive
from quotetool.detect.proposal import Kind
from quotetool.detect.rules import PART, Rule
from quotetool.detect.speakers import Mention, is_adjective, is_nominal, is_nounlike, parse_np, skip_pp
from quotetool.detect.tokens import (
    CLAUSE_PUNCT,
    DASS_OB,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    PRONOUNS_NOM,
    PRONOUNS_OBL,
    RELATIVES,
    SENTENCE_ADVERBS,
    SUBORDINATORS,
    WAEHREND,
    Tok,
)

MIN_WORDS: Final = 2
STOP: Final = CLAUSE_PUNCT
LEADING: Final = frozenset({"denn", "doch", "und", "aber"})  # "Denn wie die Zeitung berichtete, …"


def span(view: SentenceView, lo_tok: int, hi_tok: int) -> tuple[int, int]:
    toks = view.toks
    if hi_tok <= lo_tok:
        return (0, 0)
    first = toks[lo_tok]
    k = hi_tok - 1
    while k > lo_tok and toks[k].quote is None and not toks[k].text[0].isalnum():
        k -= 1  # trailing punctuation
    last = toks[hi_tok - 1]
    if first.quote is not None and k == lo_tok:
        # the clause is one quotation ("dass „…“"): its words without the marks, like a direct quote
        return trim(view.text, first.quote.inner_start, first.quote.inner_end)
    start = first.start if first.quote is None else first.quote.open
    return trim(view.text, start, last.end)


def word_count(view: SentenceView, start: int, end: int) -> int:
    return len(view.text[start:end].split())


def kind_of(view: SentenceView, lo_tok: int, hi_tok: int) -> Kind:
    return Kind.MIXED if any(t.quote is not None for t in view.toks[lo_tok:hi_tok]) else Kind.INDIRECT


def make(
    view: SentenceView,
    lo: int,
    hi: int,
    rule: Rule,
    mention: Mention | None,
    cue: Cue | None,
    priority: int = -1,
    *,
    inherit: bool = False,
    cue_tuple: tuple[int, int, str] | None = None,
) -> Candidate | None:
    """A candidate over tokens ``lo``..``hi`` (trimmed), None when fewer than two words remain; ``priority``
    only where the reading is weaker than the rule's own."""
    start, end = span(view, lo, hi)
    if end <= start or word_count(view, start, end) < MIN_WORDS:
        return None
    plural = is_plural_verb(view.toks[cue.index].low) if cue is not None else False
    ct = view.cue_tuple(cue) if cue is not None else cue_tuple
    return Candidate(
        start,
        end,
        kind_of(view, lo, hi),
        rule,
        mention,
        inherit,
        ct,
        (),
        plural,
        rule.priority if priority < 0 else priority,
    )


def sentence_tail(view: SentenceView, i: int, *, subordinate: bool = False, complement: bool = False) -> int:
    """Index after the last token of the sentence's content from ``i`` on (a later "…, sagte Y" cut off;
    after a cue in a fronted subordinate clause also the main clause: "Als sie merkte, dass …, floh sie")."""
    toks = view.toks
    n = len(toks)
    j = i
    while j < n:
        if toks[j].text not in _TAIL_MARKS and (not complement or toks[j].low != "und"):
            j += 1  # (most tokens: none of the tests below applies)
            continue
        if _tail_ends_at(view, i, j, subordinate, complement):
            return j
        j += 1
    return n


def _tail_ends_at(view: SentenceView, i: int, j: int, subordinate: bool, complement: bool) -> bool:
    """Whether the content that starts at ``i`` ends before the mark at ``j``: a comma before a clause of its
    own, a semicolon, a colon before a quotation ("…: „…“": a statement of its own), or (in a complement) an
    "und" that joins a further verb of the cue's subject."""
    toks = view.toks
    t = toks[j]
    if t.text == ",":
        return _comma_ends_tail(view, i, j, subordinate)
    if t.text == "(":
        return _closing_attribution(view, j)  # "… saniert werden (wir berichteten).": no part of the statement
    if t.text == ";" or (t.text == ":" and j + 1 < len(toks) and toks[j + 1].quote is not None):
        return True  # "…: „…“": the quotation after the colon is a statement of its own
    # "sie müssten handeln und bemühte dann ein Bild": the cue's subject goes on
    return complement and t.low == "und" and j + 1 < len(toks) and j > i and _coordinated_verb(toks, j + 1)


def _comma_ends_tail(view: SentenceView, i: int, j: int, subordinate: bool) -> bool:
    """Whether the comma at ``j`` ends the content that starts at ``i``: the main clause after a fronted
    subordinate clause follows (``subordinate``), a narrated main clause, a speech verb of another clause, or
    a conjunction before another report."""
    toks = view.toks
    if subordinate and _main_clause_after(toks, j):
        return True
    if _narrated_clause_after(toks, i, j):
        return True  # "er sei unschuldig, erkannte das Gericht aber nicht an": the report ends here
    if _speech_verb_after(view, j) or _speaker_then_speech_verb(view, j) or _frame_after(view, j):
        return True
    if _stance_on_it_after(view, j):
        return True  # "er sei unschuldig, was die Staatsanwaltschaft bestreitet": another party's word on it
    # "…, doch der Sprecher erklärte, …": another report begins
    return j + 2 < len(toks) and toks[j + 1].low in CONTRASTING and _new_speech_clause(view, j + 2)


def _closing_attribution(view: SentenceView, j: int) -> bool:
    """The bracket at ``j`` closes the sentence and holds a speech verb or "laut" ("(wir berichteten)", "(Zitate
    aus der Klageschrift laut Spiegel)"): an attribution or a note of the newsroom, not what was said."""
    toks = view.toks
    n = len(toks)
    k = j + 1
    while k < n and toks[k].text != ")":
        k += 1
    if k >= n or (k + 1 < n and toks[k + 1].text not in (".", "!", "?")):
        return False
    return any(toks[x].low == "laut" or _speech_cue(view, x) for x in range(j + 1, k))


def _frame_after(view: SentenceView, j: int) -> bool:
    """Whether a frame of its own follows the comma at ``j``: "laut" and its source ("…, laut dem Krankenhaus waren
    es 25"), or a wie-clause with a speech verb that ends the sentence ("…, wie die Zeitung schreibt."): the
    statement before it ends there."""
    toks = view.toks
    n = len(toks)
    if j + 2 < n and toks[j + 1].low == "laut" and toks[j + 2].text not in CLAUSE_PUNCT:
        return True
    if j + 2 >= n or toks[j + 1].low != "wie":
        return False
    e = j + 2
    while e < n and toks[e].text not in CLAUSE_PUNCT:
        e += 1
    # (the last clause: "…, wie von der Verteidigung ausgeführt, …" is a parenthesis inside the statement)
    return (e >= n or toks[e].text in (".", "!", "?")) and any(_speech_cue(view, x) for x in range(j + 2, e))


def _stance_on_it_after(view: SentenceView, j: int) -> bool:
    """Whether the comma at ``j`` opens a sentential relative clause with a speech verb in the indicative ("…, was
    die Staatsanwaltschaft bestreitet", "…, was ihr Anwalt später bestätigte"): the narrator adds someone's
    stance on the statement, which ends before it."""
    toks = view.toks
    if j + 3 >= len(toks) or toks[j + 1].low != "was":
        return False
    e = clause_end_plain(toks, j + 2)
    return any(_speech_cue(view, x) for x in range(j + 2, e)) and not has_subjunctive(toks, j + 2, e, strong_only=True)


def _speech_cue(view: SentenceView, x: int) -> bool:
    cue = view.cue_at(x)
    return cue is not None and not cue.cognition and not cue.attitude


def _speaker_then_speech_verb(view: SentenceView, j: int) -> bool:
    """Whether a main clause after the comma at ``j`` opens with a speaker and its speech verb ("…, die Polizei
    sprach von 3.000 Teilnehmern"): another statement, with a speaker of its own, begins."""
    toks = view.toks
    if j + 2 >= len(toks) or toks[j + 1].low not in _SUBJECT_ARTICLES:
        return False
    if not any(j + 2 < c.index <= j + _SPEAKER_WORDS for c in view.cues):
        return False  # (no speech verb near: spare the parse)
    m, k = parse_np(view.text, toks, j + 1, len(toks))
    if m is None or m.kind not in _SPEAKER_KINDS or k >= len(toks):
        return False
    cue = view.cue_at(k)
    return cue is not None and not cue.attitude and not cue.cognition


_SPEAKER_KINDS: Final = frozenset({"name", "role", "org", "group", "source"})
_SPEAKER_WORDS: Final = 8


def _main_clause_after(toks: list[Tok], j: int) -> bool:
    """Whether a main clause opens after the comma at ``j``: a finite verb in lower case, then a pronoun or an
    article as its subject ("Als sie merkte, dass …, floh sie"; not a complementizer or relative pronoun: "…,
    dass sie …", "…, die er …")."""
    return (
        j + 2 < len(toks)
        and toks[j + 1].text[0].islower()
        and toks[j + 1].low not in SUBORDINATORS
        and toks[j + 1].low not in RELATIVES
        and toks[j + 2].low in ("er", "sie", "es", "man", "der", "die", "das", "ich", "wir")
    )


def _narrated_clause_after(toks: list[Tok], i: int, j: int) -> bool:
    """Whether the comma at ``j`` is followed by a verb in the indicative that opens a narrated main clause
    ("er sei unschuldig, erkannte das Gericht aber nicht an"), after content from ``i`` that is more than a
    phrase."""
    n = len(toks)
    return (
        j + 1 < n
        and (_indicative_verb(toks[j + 1]) or (j + 2 < n and _past_verb_first(toks[j + 1], toks[j + 2])))
        and not _phrase_only(toks, i, j)
    )


def _speech_verb_after(view: SentenceView, j: int) -> bool:
    """Whether a speech verb right after the comma at ``j`` ("…, sagte Y") ends the content before it; not
    where "dass" or "ob" follows the verb at once (the verb then opens a complement of its own)."""
    toks = view.toks
    return j + 1 < len(toks) and view.cue_at(j + 1) is not None and j + 2 < len(toks) and toks[j + 2].low not in DASS_OB


_TAIL_MARKS: Final = frozenset({",", ";", ":", "("})

# words that join a narrated main clause to a report after a comma: "…, doch die Richterin ließ sich nicht …"
_NARRATOR_JOINS: Final = frozenset({"doch", "aber", "jedoch", "allerdings", "sondern"})


def narrated_clause_end(view: SentenceView, lo: int, hi: int, *, reported_mood: bool) -> int:
    """Where a reported clause ``lo..hi`` ends because the narrator goes on after "und" or ", doch"/", aber"
    with a main clause of its own in the past indicative ("sie habe zu spät gehandelt und die Opposition
    forderte …", "…, allerdings nannte sie keinen Termin"); with ``reported_mood`` only after a Konjunktiv in
    the report. ``hi`` when no such clause follows."""
    toks = view.toks
    for j in range(lo + 1, hi - 2):
        t = toks[j]
        if t.low == "und":
            c = j
        elif t.text == "," and toks[j + 1].low in _NARRATOR_JOINS:
            c = j + 1
        else:
            continue
        if _narrated_main_clause(view, c + 1, hi) and (not reported_mood or has_subjunctive(toks, lo, j)):
            return j
    return hi


def _narrated_main_clause(view: SentenceView, s: int, hi: int) -> bool:
    """A main clause from ``s`` in the past indicative and without a Konjunktiv: its finite verb first
    ("nannte sie keinen Termin") or after a subject with its article ("die Opposition forderte …")."""
    toks = view.toks
    e = min(clause_end_plain(toks, s), hi)
    if e - s < 2 or has_subjunctive(toks, s, e):
        return False
    if _past_indicative(toks[s]):
        k = s + 1
        while k < e - 1 and k - s <= _ADVERBS_BEFORE_SUBJECT and toks[k].low in _BEFORE_SUBJECT:
            k += 1  # "allerdings schrieb zum Beispiel die Zeitung …", "nannte auch der Minister …"
        return toks[k].low in PRONOUNS_NOM or toks[k].low in DETERMINERS
    return _subject_then_past_verb(view, s, e)


_ADVERBS_BEFORE_SUBJECT: Final = 3
_BEFORE_SUBJECT: Final = SENTENCE_ADVERBS | frozenset(
    {"auch", "zum", "beispiel", "etwa", "jedoch", "aber", "noch", "dann", "nun", "bereits", "schon", "dagegen"}
)


def _subject_then_past_verb(view: SentenceView, s: int, e: int) -> bool:
    """Whether the clause ``s..e`` opens with a subject with its article and goes on with a verb in the past
    indicative, past prepositional phrases after the noun ("die Fraktion im Landtag forderte …")."""
    toks = view.toks
    if toks[s].low not in _SUBJECT_ARTICLES:
        return False
    m, k = parse_np(view.text, toks, s, e)
    if m is None:
        return False
    k = _past_prepositional_phrases(toks, k, e)
    return 0 <= k < e and _past_indicative(toks[k])


def _past_prepositional_phrases(toks: list[Tok], k: int, e: int) -> int:
    """The index after the prepositional phrases from ``k`` (before ``e``): "im Landtag" of "die Fraktion im
    Landtag forderte"; -1 where a preposition opens no phrase that can be passed."""
    while k < e and toks[k].low in PREPOSITIONS:
        k2 = skip_pp(toks, k + 1, e)
        if k2 <= k + 1:
            return -1
        k = k2
    return k


_SUBJECT_ARTICLES: Final = frozenset({"der", "die", "das", "ein", "eine"})


def _past_indicative(t: Tok) -> bool:
    """A finite past form no Konjunktiv shares: a past auxiliary, a strong past (ließ, ging), or a weak
    singular in -te (forderte; its plural in -ten is also Konjunktiv II, "die Bürger zahlten")."""
    low = t.low
    if t.quote is not None or not t.text[0].islower():
        return False
    if low in PAST_AUX or low in lexicon.PAST_FORMS:
        return low not in ("haben", "sind")  # (present, and Konjunktiv-like in the plural)
    return low.endswith("te") and len(low) > 4 and low not in FUNCTION_WORDS and not low.endswith("ste")


def _phrase_only(toks: list[Tok], lo: int, hi: int) -> bool:
    """Tokens lo..hi hold no verb, only a noun phrase with appositions ("Ein Sprengsatz, vermutlich eine
    Bombe,"): the comma after them closes an apposition, and the verb after it is the sentence's own."""
    return all(is_nominal(t) or t.low in SENTENCE_ADVERBS for t in toks[lo:hi])


CONTRASTING: Final = frozenset({"doch", "aber", "und", "jedoch", "sondern"}) | WAEHREND
PAST_AUX: Final = frozenset({"hat", "hatte", "hatten", "haben", "ist", "war", "waren", "sind", "wurde", "wurden"})


def _new_speech_clause(view: SentenceView, k: int) -> bool:
    """A clause from ``k`` to the next comma with a speech verb of its own: a new report, not the old one."""
    toks = view.toks
    e = clause_end_plain(toks, k)
    return any(view.cue_at(j) is not None for j in range(k, e))


def _coordinated_verb(toks: list[Tok], k: int) -> bool:
    """ "und" followed directly by an indicative finite verb: a second predicate of the matrix subject."""
    t = toks[k]
    if t.quote is not None or not t.text[0].islower():
        return False
    if t.low in PAST_AUX:
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    # (not a Konjunktiv II: "sie müssten handeln und dürften nicht warten" goes on with the report)
    return (
        t.low.endswith(("te", "ten"))
        and len(t.low) > 4
        and t.low not in FUNCTION_WORDS
        and t.low not in lexicon.SUBJUNCTIVE_II
        and not is_adjective_before(t, nxt)
    )


def is_adjective_before(t: Tok, nxt: Tok | None) -> bool:
    """ "und letzte Woche": an adjective before its noun, not a verb."""
    return nxt is not None and is_nounlike(nxt) and is_adjective(t)


def _indicative_verb(t: Tok) -> bool:
    """A finite verb in the indicative, opening a new main clause after a comma (erkannte, hat, wurde)."""
    low = t.low
    if t.quote is not None or not t.text[0].islower() or low in lexicon.SUBJUNCTIVE_I:
        return False
    if low in ("ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "wurde", "wurden"):
        return True
    return (low in lexicon.VERBS or low in lexicon.PARTICLE_VERBS) and low.endswith(("te", "ten"))


def _past_verb_first(t: Tok, nxt: Tok) -> bool:
    """A weak past form opening a clause, before an article, preposition or pronoun: "…, sorgte für Empörung",
    "…, erkannte die Autorität nicht an" (not "…, geplante Brücken": an adjective before its noun)."""
    low = t.low
    return (
        len(low) > 5
        and low.endswith(("te", "ten"))
        and t.quote is None
        and t.text[0].islower()
        and nxt.low in _OPENING_AFTER_VERB
        and nxt.text[0].islower()
        and low not in FUNCTION_WORDS
        and low not in lexicon.SUBJUNCTIVE_II
        and low not in lexicon.SUBJUNCTIVE_I
    )


# what follows a finite verb that opens a clause; an adjective is followed by its noun or by "und" (an adverb that
# sets the clause against the report as well: "…, verweigerte aber jede Aussage")
_OPENING_AFTER_VERB: Final = (DETERMINERS | PREPOSITIONS | PRONOUNS_NOM | PRONOUNS_OBL) - {"und", "oder"} | {
    "aber",
    "jedoch",
    "allerdings",
    "zugleich",
    "gleichzeitig",
    "daraufhin",
    "dann",
}


def only_quotes_before(toks: list[Tok], i: int) -> bool:
    return all(t.quote is not None or not t.text[0].isalnum() for t in toks[:i])


def opens_relative(toks: list[Tok], k: int) -> bool:
    """A relative clause opens at ``k``: a relative pronoun (or a preposition and one) before a word that is no
    noun or adjective ("der am Montag sprach", "mit dem er …"; not "die größte Reform", "der Plan")."""
    if k < len(toks) and toks[k].low in PREPOSITIONS:
        k += 1
    if k + 1 >= len(toks) or toks[k].low not in RELATIVES:
        return False
    nxt = toks[k + 1]
    return nxt.quote is None and not nxt.text[0].isupper() and not is_adjective(nxt)


def clause_end_plain(toks: list[Tok], i: int) -> int:
    """Index of the next comma, semicolon or sentence end at or after ``i`` (quotations are words here)."""
    n = len(toks)
    while i < n and toks[i].text not in _PLAIN_STOPS:
        i += 1
    return i


_PLAIN_STOPS: Final = frozenset({",", ";", ".", "!", "?", ":"})


def part(view: SentenceView, lo: int, hi: int) -> Candidate | None:
    """The second part of an interrupted statement, however short."""
    start, end = span(view, lo, hi)
    if end <= start:
        return None
    return Candidate(start, end, kind_of(view, lo, hi), PART, None, False, None, (), False, 0)


def joined(base: Candidate, first: Candidate, second: Candidate) -> Candidate:
    """One statement in two parts around an attribution that interrupts it (rule, speaker and cue of ``base``)."""
    kind = Kind.MIXED if Kind.MIXED in (first.kind, second.kind) else Kind.INDIRECT
    return Candidate(
        first.start,
        second.end,
        kind,
        base.rule,
        base.mention,
        base.inherit,
        base.cue,
        ((first.start, first.end), (second.start, second.end)),
        base.plural_verb,
        base.priority,
    )
