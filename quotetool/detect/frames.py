"""Indirect speech framed by a phrase: "laut X", "X zufolge", "nach Angaben von X", "seiner Meinung nach",
"wie X mitteilte", "…, so X"; the statement is the rest of the sentence, what precedes, or both parts."""

from __future__ import annotations

from typing import Final

import regex

from quotetool.detect import lexicon
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import STATEMENT_HOLDERS, SentenceView, source_pp, speaker_of_cue
from quotetool.detect.cues import Cue, clause_end
from quotetool.detect.learned import learned_noun
from quotetool.detect.mood import has_subjunctive
from quotetool.detect.names import genitive_of_named
from quotetool.detect.rules import (
    AUS_SICHT_FRAME,
    FRAME_INSIDE_CLAUSE,
    GEMAESS_FRAME,
    IMPERSONAL_CLAUSE,
    LAUT_FRAME,
    NACH_FRAME,
    POSSESSIVE_FRAME,
    SO_FRAME,
    WIE_FRAME,
    ZUFOLGE_FRAME,
    Rule,
)
from quotetool.detect.spans import (
    CONTRASTING,
    LEADING,
    STOP,
    clause_end_plain,
    joined,
    make,
    only_quotes_before,
    opens_relative,
    part,
    sentence_tail,
)
from quotetool.detect.speakers import (
    Mention,
    clause_start,
    finite_first,
    group_of,
    is_adjective,
    is_nominal,
    is_nounlike,
    np_spans,
    opens_subordinate,
    parse_np,
    pronoun_mention,
    skip_pp,
    subject_after,
)
from quotetool.detect.tokens import (
    AUXILIARIES,
    DASS,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    PRONOUNS_NOM,
    RELATIVES,
    SUBORDINATORS,
    Tok,
    both_spellings,
    spellings,
)

_POSSESSIVE_PRONOUN: Final = {
    "seiner": "er",
    "seinen": "er",
    "seinem": "er",
    "ihrer": "sie",
    "ihren": "sie",
    "ihrem": "sie",
}
FRAME_TRIGGERS: Final = both_spellings(
    {
        "laut",
        "zufolge",
        "nach",
        "wie",
        "so",
        "seiner",
        "seinen",
        "seinem",
        "ihrer",
        "ihren",
        "ihrem",
        "gemäß",
        "sicht",
        "perspektive",
    }
)


def frame_candidates(view: SentenceView) -> list[Candidate]:
    """Statements framed by a phrase rather than a speech verb's complement: laut, zufolge, nach, wie, so."""
    toks = view.toks
    out: list[Candidate] = []
    if not _may_hold_frame(toks):
        return []
    for i, t in enumerate(toks):
        if t.quote is not None or t.low not in FRAME_TRIGGERS:
            continue
        c = _frame_at(view, i)
        if c is not None:
            out.append(c)
    return out


def _may_hold_frame(toks: list[Tok]) -> bool:
    """Whether the sentence has a frame word and is no question: a question reports nobody's statement
    ("Welche Teile sind Ihrer Meinung nach …?")."""
    return any(t.low in FRAME_TRIGGERS for t in toks) and not any(t.text == "?" for t in toks[-3:])


def _frame_at(view: SentenceView, i: int) -> Candidate | None:
    """The statement framed by the frame word at token ``i`` (outside quotation marks), if it frames one: a
    relative clause after a reporting noun first, then the phrase the word opens."""
    toks = view.toks
    if _opens_relative_frame(toks, i):
        return _relative_frame(view, i)  # "Umfragen, nach denen …", "ein Gutachten, laut dem …"
    low = toks[i].low
    if low in FRAME_PREPOSITIONS:
        return _prepositional_frame(view, i, low)
    if low == "wie" or low == "so":
        return _clause_frame(view, i, low)
    return _perspective_frame(view, i, low)


# the prepositions and the postposition of a frame ("laut Polizei", "der Polizei zufolge")
FRAME_PREPOSITIONS: Final = both_spellings({"laut", "gemäß", "zufolge", "nach"})
_GEMAESS: Final = both_spellings({"gemäß"})


def _opens_relative_frame(toks: list[Tok], i: int) -> bool:
    """Whether the preposition at ``i`` opens a relative clause after a comma ("…, nach denen …", "…, laut
    dem …"), which may give what the noun before the comma reports."""
    return (
        i > 1
        and toks[i - 1].text == ","
        and i + 2 < len(toks)
        and toks[i + 1].low in _FRAME_RELATIVES
        and toks[i].low in _RELATIVE_FRAME_RULES
        and not _article_and_main_clause(toks, i + 2)
    )


def _article_and_main_clause(toks: list[Tok], k: int) -> bool:
    """A noun at ``k`` right after the word taken for a relative pronoun, and a finite verb after it: the word is
    an article and a main clause goes on ("…, laut der Polizei waren es 3.000"), no relative clause ("…, laut dem
    die Brücke marode ist")."""
    return k + 1 < len(toks) and toks[k].text[0].isupper() and toks[k].quote is None and finite_first(toks[k + 1])


def _prepositional_frame(view: SentenceView, i: int, low: str) -> Candidate | None:
    """A source framed by a preposition before it (laut, gemäß, nach: "laut Polizei", "nach Angaben des
    Vereins") or a postposition after it ("dem Bericht zufolge"); a preposition needs a word after it, a
    postposition one before it."""
    n = len(view.toks)
    if low != "zufolge" and _inside_noun_phrase(view.toks, i):
        return None  # "120 der nach Polizeiangaben 160 Insassen": the source of a figure, not of the sentence
    if low == "laut" and i + 1 < n:
        return _laut(view, i)
    if low in _GEMAESS and i + 1 < n:
        return _laut(view, i, sources_only=True)
    if low == "zufolge" and i > 0:
        return _zufolge(view, i)
    if low == "nach" and i + 1 < n:
        return _nach_frame(view, i)
    return None


# articles that open a noun phrase; "der", "die", "das", "dem", "den" open a relative clause after a comma too
_ARTICLES: Final = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem"})
_CLAUSE_JOINS: Final = frozenset({",", "(", "und", "oder", "aber"})


def _inside_noun_phrase(toks: list[Tok], i: int) -> bool:
    """The frame word at ``i`` follows an article (a dash between them or not) that is no relative pronoun: the
    frame sits inside a noun phrase and gives the source of its figure or attribute only ("die nach Angaben der
    Polizei 40 Fahrgäste", "des – laut Zeitung – verschuldeten Vereins"), not of the sentence; a relative pronoun
    after a comma, a conjunction or a preposition after a comma opens a clause (", die laut Polizei …", ", in der
    nach Angaben …")."""
    j = i - 1
    if j >= 0 and toks[j].text in ("-", "–", "—"):
        j -= 1
    article = toks[j].low.rstrip("-") if j >= 0 else ""  # ("des- nach Angaben …-": a dash without its space)
    if article not in _ARTICLES or toks[j].quote is not None:
        return False
    if j == 0 or article.startswith("ein") or article == "des":
        return True
    if toks[j - 1].text in _CLAUSE_JOINS:
        return False
    return not (j >= 2 and toks[j - 2].text in _CLAUSE_JOINS and toks[j - 1].text.islower())


def _clause_frame(view: SentenceView, i: int, low: str) -> Candidate | None:
    """A source named in a clause of its own: "wie X mitteilte" where "wie" opens the sentence or a clause
    after a comma (or after a leading word, or capitalised in a heading run into the sentence: "Wahlbeteiligung
    Wie …"); "…, so X" after a comma or dash."""
    toks = view.toks
    if low == "wie":
        if i == 0 or toks[i - 1].text == "," or (i == 1 and toks[0].low in LEADING) or toks[i].text == "Wie":
            return _wie(view, i)
        return None
    if i > 1 and toks[i - 1].text in (",", "–", "—"):
        return _so(view, i)
    return None


def _perspective_frame(view: SentenceView, i: int, low: str) -> Candidate | None:
    """A view attributed by a phrase of perspective: a possessive before a frame noun and "nach" ("seiner
    Meinung nach"), or "aus Sicht"/"aus Perspektive" and the one whose view it is."""
    toks = view.toks
    n = len(toks)
    if low in _POSSESSIVE_PRONOUN:
        if i + 2 < n and lexicon.frame_of(toks[i + 1].text) and toks[i + 2].low == "nach":
            return _possessive_frame(view, i)
        return None
    if (low == "sicht" or low == "perspektive") and i > 0 and toks[i - 1].low == "aus" and i + 2 < n:
        return _aus_sicht(view, i - 1)
    return None


_SPEAKING_KINDS: Final = frozenset({"name", "role", "org", "source", "frame", "group"})


def _laut(view: SentenceView, i: int, *, sources_only: bool = False) -> Candidate | None:
    """Laut Polizei …, laut dem Bericht der Kommission …, … laut Angaben des Vereins; gemäß der Zeitung …
    (gemäß only with someone who can speak: "gemäß dem Vertrag" is no one's statement)."""
    toks = view.toks
    m, j = parse_np(view.text, toks, i + 1, len(toks))
    if m is None:
        m, j = _web_source(view, i + 1)  # "Laut spiegel.de …", "laut „tagesschau.de“"
    if m is None or (m.kind == "pronoun" and not sources_only):
        return None
    if sources_only and not _can_speak(m):
        return None
    return _frame_candidate(view, i, j, m, LAUT_FRAME if not sources_only else GEMAESS_FRAME, toks[i])


def _can_speak(m: Mention) -> bool:
    """Whether the phrase after "gemäß" names someone who can speak: a person, a body, a source, a frame
    noun, "er"/"sie", or a body given with its name ("gemäß der Agentur Nordpress"; not "gemäß dem
    Vertrag")."""
    return m.kind in _SPEAKING_KINDS or (m.kind == "pronoun" and m.head in ("er", "sie")) or _named_body(m)


def _named_body(m: Mention) -> bool:
    """A body given with its name ("der Organisation NetAsia", "der Agentur Nordpress"), which the chunker may leave
    without a kind: it speaks."""
    if m.kind != "other" or " " not in m.name:
        return False
    hit = lexicon.head_of(m.name.split(" ", 1)[0])
    return hit is not None and hit[0] in ("org", "source")


# a web address as a source: a name, dots, a top-level domain ("spiegel.de", "ndr.de", "news.orf.at")
_WEB_SOURCE: Final = regex.compile(
    r"[a-zäöü0-9][a-zäöü0-9-]*(?:\.[a-zäöü0-9-]+)*\.(?:de|at|ch|com|org|net|eu|info|fr|"
    r"uk|it|es|nl|online|tv)",
    regex.IGNORECASE,
)


def _web_source(view: SentenceView, k: int) -> tuple[Mention | None, int]:
    """A web address at token ``k``, bare or in quotation marks: a source the chunker does not read as a name
    (it is written in lower case). The mention and the index after it."""
    toks = view.toks
    if k >= len(toks):
        return None, k
    t = toks[k]
    start, end = (t.quote.inner_start, t.quote.inner_end) if t.quote is not None else (t.start, t.end)
    word = view.text[start:end]
    if _WEB_SOURCE.fullmatch(word) is None:
        return None, k
    return Mention(start=start, end=end, text=word, kind="source", head=word.lower(), name=word), k + 1


# "…, nach denen …", "…, laut dem …", "…, gemäß der …": a relative clause that gives the content of the noun
# before it (a rumour, a survey, a report), framed by the preposition that opens it
_FRAME_RELATIVES: Final = frozenset({"denen", "dem", "der", "welchem", "welcher", "welchen"})
_RELATIVE_FRAME_RULES: Final = {
    "nach": NACH_FRAME,
    "laut": LAUT_FRAME,
    **dict.fromkeys(spellings("gemäß"), GEMAESS_FRAME),
}
_PARTICLE_WINDOW: Final = 2  # separable particles between the noun and the comma: "liegt ein Gutachten vor, laut dem"


def _relative_frame(view: SentenceView, i: int) -> Candidate | None:
    """ "Es gibt Gerüchte, nach denen der Sänger krank war": the relative clause after a reporting noun is what
    the noun reports. A document or survey is the source (the frame rule of the preposition); a claim noun
    ("Gerüchte", "Version") names nobody, and its clause is proposed as a claim without a source."""
    toks = view.toks
    if _preposition_and_its_noun(toks, i):
        return None  # "…, nach der Wahl …": a preposition and its noun, no relative clause
    j = _reporting_noun_before(toks, i)
    if j < 0:
        return None
    if _after_genitive(toks, j, toks[i + 1].low):
        return None  # "eine Änderung der Statistik, nach der …": the clause may hang on the noun before the genitive
    noun = toks[j]
    if (
        not _reports_something(noun)
        and j >= 2
        and toks[j - 1].low in ("der", "des")
        and _reports_something(toks[j - 2])
    ):
        return _held_report(view, i, j - 1, toks[j - 2])  # "die Pläne der Regierung, nach denen …"
    claim = noun.low in lexicon.STATEMENT_NOUNS
    if not claim and not _frame_or_source(noun.text):
        return None
    return _what_the_noun_reports(view, i, noun, claim)


def _held_report(view: SentenceView, i: int, g: int, noun: Tok) -> Candidate | None:
    """The relative clause at ``i`` after a reporting ``noun`` and its genitive attribute at ``g`` ("die Pläne der
    Regierung, nach denen …", "Berichte der Polizei, laut denen …"): what the noun reports, the genitive's holder
    as the source (a holder the lexicon does not know: what the noun reports, as for the noun alone)."""
    toks = view.toks
    m, _ = parse_np(view.text, toks, g, i - 1)
    if m is None or m.kind not in STATEMENT_HOLDERS or m.kind == "pronoun":
        return _what_the_noun_reports(view, i, noun, noun.low in lexicon.STATEMENT_NOUNS)
    return _source_of_relative(view, i, m)


def _reports_something(noun: Tok) -> bool:
    return noun.quote is None and (noun.low in lexicon.STATEMENT_NOUNS or _frame_or_source(noun.text))


def _preposition_and_its_noun(toks: list[Tok], i: int) -> bool:
    """Whether "der"/"dem" after the preposition at ``i`` is an article before a capitalised noun ("…, nach der
    Wahl …") rather than a relative pronoun; "denen" is always a relative pronoun."""
    nxt = toks[i + 2]
    return toks[i + 1].low != "denen" and nxt.text[0].isupper() and nxt.low not in DETERMINERS and nxt.quote is None


def _reporting_noun_before(toks: list[Tok], i: int) -> int:
    """The index of the capitalised noun the relative clause opened at ``i`` hangs on, or -1: before the comma,
    past a separable particle or two ("liegt ein Gutachten vor, laut dem …") and past a place or time after
    a noun that is no frame or source ("Umfragen im Land, nach denen …")."""
    j = _past_particles(toks, i - 2)
    if j < 0 or toks[j].quote is not None or not toks[j].text[0].isupper():
        return -1
    if j >= 3 and toks[j - 1].low in PREPOSITIONS and not _frame_or_source(toks[j].text):
        j -= 2  # a place or time after the noun: "Umfragen im Land, nach denen …"
    noun = toks[j]
    if noun.quote is not None or not noun.text[0].isupper():
        return -1
    return j


def _past_particles(toks: list[Tok], j: int) -> int:
    """Back from token ``j`` past up to _PARTICLE_WINDOW lower-case words (separable particles: "liegt ein
    Gutachten vor, laut dem …"); the index of the first word that is none (-1 at the sentence's start)."""
    stop = j - _PARTICLE_WINDOW
    while j > stop and j >= 0 and toks[j].quote is None and toks[j].text[0].islower() and toks[j].text not in STOP:
        j -= 1
    return j


def _after_genitive(toks: list[Tok], j: int, rel: str) -> bool:
    """Whether the noun at ``j`` is a genitive attribute ("eine Änderung der Statistik, nach der …"), so that a
    relative clause opened by "der"/"dem" (``rel``) may hang on the noun before it."""
    return (
        rel != "denen"
        and j >= 2
        and (toks[j - 1].low == "des" or (toks[j - 1].low == "der" and toks[j - 2].text[0].isupper()))
    )


def _what_the_noun_reports(view: SentenceView, i: int, noun: Tok, claim: bool) -> Candidate | None:
    """The relative clause after the preposition at ``i`` as what ``noun`` reports: a claim without a source
    when the noun is a claim noun ("Gerüchte, nach denen …"), else the noun as the source under the frame
    rule of the preposition ("ein Gutachten, laut dem …")."""
    if claim:
        hi = clause_end_plain(view.toks, i + 2)
        return make(view, i + 2, hi, IMPERSONAL_CLAUSE, None, None, cue_tuple=(noun.start, noun.end, noun.text))
    m = Mention(start=noun.start, end=noun.end, text=noun.text, kind="source", head=noun.low)
    return _source_of_relative(view, i, m)


def _source_of_relative(view: SentenceView, i: int, m: Mention) -> Candidate | None:
    """The relative clause after the preposition at ``i`` as the statement of ``m``, under the preposition's frame
    rule and with the preposition as the cue."""
    toks = view.toks
    hi = clause_end_plain(toks, i + 2)
    return make(
        view,
        i + 2,
        hi,
        _RELATIVE_FRAME_RULES[toks[i].low],
        m,
        None,
        cue_tuple=(toks[i].start, toks[i].end, toks[i].text),
    )


def _zufolge(view: SentenceView, z: int) -> Candidate | None:
    """Dem Bericht zufolge … / Angaben der Polizei zufolge …"""
    toks = view.toks
    prev = toks[z - 1]
    if prev.low in ("ihm", "ihr", "ihnen"):
        # "Ihnen zufolge …": the people just named (resolved like er/sie)
        return _frame_candidate(view, z - 1, z + 1, _dative_pronoun(prev), ZUFOLGE_FRAME, toks[z])
    found = _source_before_zufolge(view, z)
    if found is None:
        return None
    lo, m = found
    return _frame_candidate(view, lo, z + 1, _outlet_over_anonymous(view, z, m), ZUFOLGE_FRAME, toks[z])


# sources that stay unnamed ("informierten Kreisen zufolge", "Insidern zufolge", "nicht genannten Quellen zufolge")
_ANONYMOUS: Final = ("kreisen", "kreise", "quellen", "quelle", "insidern", "insider", "informanten")


def _outlet_over_anonymous(view: SentenceView, z: int, m: Mention) -> Mention:
    """ "Informierten Kreisen zufolge will der Konzern laut „Nordkurier“ …": an unnamed source before "zufolge" (at
    ``z``) that a named one after "laut" in the same clause reports from: that one speaks; else ``m``."""
    if not m.text.rsplit(" ", 1)[-1].lower().endswith(_ANONYMOUS):
        return m
    toks = view.toks
    for k in range(z + 1, clause_end(toks, z + 1)):
        if toks[k].low == "laut":
            outlet = _laut(view, k)
            named = outlet.mention if outlet is not None else None
            return named if named is not None and named.kind in _OUTLET_KINDS else m
    return m


_OUTLET_KINDS: Final = frozenset({"name", "org", "source", "other"})


def _dative_pronoun(prev: Tok) -> Mention:
    """A dative pronoun before "zufolge" ("ihm", "ihr", "ihnen") as the mention of the people just named,
    resolved like "er"/"sie"."""
    head = "er" if prev.low == "ihm" else "sie"
    return pronoun_mention(prev, head, "m" if head == "er" else "pl" if prev.low == "ihnen" else "?")


def _source_before_zufolge(view: SentenceView, z: int) -> tuple[int, Mention] | None:
    """The longest noun phrase that ends right before "zufolge" at ``z`` (at most ten words back), a place
    after it included ("Den Behörden in Mombasa zufolge"): its first index and its mention."""
    toks = view.toks
    for lo in range(max(0, z - 10), z):
        if not _may_open_phrase(toks[lo]) or _finite_verb_in(toks, lo, z):
            continue
        m, j = parse_np(view.text, toks, lo, z, sentence_start=lo)
        if m is not None and j < z and toks[j].low in PREPOSITIONS and skip_pp(toks, j + 1, z) == z:
            # "Den Behörden in Mombasa zufolge": the place belongs to the source
            m = _running_to(view, m, z)
            j = z
        if m is not None and j == z:
            return _joined_before(view, lo, m)
    return None


def _joined_before(view: SentenceView, lo: int, m: Mention) -> tuple[int, Mention]:
    """ "Dem Bürgermeister und seiner Stellvertreterin zufolge": a phrase joined by "und"/"sowie" before the source
    at ``lo`` is a source with it (the dative articles keep the parser from joining them); both as a group, from
    where the first starts."""
    toks = view.toks
    if lo < 3 or toks[lo - 1].low not in _AND or m.kind not in _JOINABLE:
        return lo, m
    for k in range(max(0, lo - 7), lo - 2):
        if not _may_open_phrase(toks[k]):
            continue
        first, j = parse_np(view.text, toks, k, lo - 1, sentence_start=k)
        if first is not None and j == lo - 1 and first.kind in _JOINABLE:
            return k, group_of(view.text, first, m)
    return lo, m


_JOINABLE: Final = frozenset({"name", "role", "org", "source", "frame", "group", "other"})


def _finite_verb_in(toks: list[Tok], lo: int, z: int) -> bool:
    """Whether the phrase from ``lo`` before "zufolge" at ``z`` opens with the verb after its clause's subject:
    a bare lower-case word right after a pronoun or noun ("Sie entstammen Zeitungsberichten zufolge", "Die
    Rebellen kontrollieren eigenen Angaben zufolge", "Schmuggler-Banden wachsen Medienberichten zufolge"); not
    a participle, a quantifier or a genitive's adjective ("nahestehenden Kreisen", "einigen Teilnehmern",
    "Berichten verschiedener Medien")."""
    for k in range(max(lo, 1), min(lo + 2, z)):
        t = toks[k]
        if (
            t.quote is None
            and t.text[0].islower()
            and t.low not in FUNCTION_WORDS
            and not t.low.endswith(("nden", "er", "es"))
            and not t.low.startswith(_QUANTIFIER_STEMS)
            and _subject_like(toks[k - 1])
        ):
            return True
    return False


_QUANTIFIER_STEMS: Final = ("einig", "mehrer", "viel", "zahlreich", "manch", "beid", "etlich", "all", "wenig")


def _subject_like(t: Tok) -> bool:
    """A pronoun in the nominative or a word with a capital that is no function word (a noun or name)."""
    if t.quote is not None:
        return False
    if t.low in PRONOUNS_NOM:
        return True
    return t.low not in FUNCTION_WORDS and t.text[0].isalpha() and any(c.isupper() for c in t.text)


def _may_open_phrase(t: Tok) -> bool:
    """Whether a noun phrase may start at ``t``: a determiner, a noun or an adjective outside quotation marks
    (no punctuation)."""
    if t.quote is not None or t.text in STOP:
        return False
    return t.low in DETERMINERS or is_nounlike(t) or is_adjective(t)


def _running_to(view: SentenceView, m: Mention, z: int) -> Mention:
    """The mention ``m`` run on to the token before ``z``: a place or prepositional phrase after the noun
    belongs to the source ("Den Behörden in Mombasa zufolge")."""
    end = view.toks[z - 1].end
    return Mention(
        start=m.start,
        end=end,
        text=view.text[m.start : end],
        kind=m.kind,
        head=m.head,
        name=m.name,
        det=m.det,
        gender=m.gender,
        modifiers=m.modifiers,
        age=m.age,
        role=m.role,
        inner=m.inner,
    )


def _postposed_nach(view: SentenceView, i: int) -> Candidate | None:
    """A frame noun before "nach": "Dem Vernehmen nach soll …", "Ersten Schätzungen nach …"."""
    toks = view.toks
    if not any(t.quote is not None or _postposed_head(t.text) for t in toks[max(0, i - 6) : i]):
        return None  # no phrase before "nach" can be headed by such a frame noun (parse_np would agree)
    for lo in range(max(0, i - 6), i):
        if toks[lo].quote is not None or toks[lo].text in STOP:
            continue
        m, j = parse_np(view.text, toks, lo, i, sentence_start=lo)
        if m is not None and j == i:
            if not _someones_account_before(toks, lo, m):
                return None
            return _frame_candidate(view, lo, i + 1, m, NACH_FRAME, toks[i])
    return None


def _someones_account_before(toks: list[Tok], lo: int, m: Mention) -> bool:
    """Whether the phrase ``m`` (from ``lo``) before "nach" is a frame noun that reports someone's account
    ("Dem Vernehmen nach", "Ersten Schätzungen nach"): not "die Sicht nach oben" or "aller Voraussicht nach"
    (no one's account), not "meiner"/"unserer" (a first person's own view), not "… Ihrer Meinung nach …" inside a
    sentence (the formal "you" of an interview question)."""
    return not (
        m.kind != "frame"
        or m.head not in _POSTPOSED_FRAMES
        or m.det in ("meiner", "unserer")
        or (lo > 0 and toks[lo].text in _FORMAL_POSSESSIVES)
    )


_FORMAL_POSSESSIVES: Final = frozenset({"Ihrer", "Ihren", "Ihrem", "Ihre"})
# frame nouns that take "nach" after them ("Dem Vernehmen nach", "ersten Schätzungen nach")
_POSTPOSED_FRAMES: Final = both_spellings(
    {
        "vernehmen",
        "meinung",
        "ansicht",
        "auffassung",
        "einschätzung",
        "einschätzungen",
        "angaben",
        "berichten",
        "informationen",
        "erkenntnissen",
        "schätzung",
        "schätzungen",
        "darstellung",
        "aussage",
        "aussagen",
        "worten",
        "überzeugung",
    }
)


def _postposed_head(word: str) -> bool:
    hit = lexicon.head_of(word)
    return hit is not None and hit[0] == "frame" and hit[1] in _POSTPOSED_FRAMES


def _frame_or_source(word: str) -> bool:
    hit = lexicon.head_of(word)
    if hit is None:
        hit = learned_noun(word)  # (only where the built-in lists say no)
    return hit is not None and hit[0] in ("frame", "source")


# words that make "nach" temporal: "erst nach langen Ermittlungen", "kurz nach der Analyse"
_TEMPORAL_BEFORE_NACH: Final = frozenset(
    {
        "erst",
        "kurz",
        "schon",
        "bereits",
        "gleich",
        "unmittelbar",
        "direkt",
        "lange",
        "bald",
        "wenige",
        "wenigen",
        "einige",
        "noch",
        "auch",
        "tag",
        "tage",
        "tagen",
        "woche",
        "wochen",
        "monat",
        "monate",
        "monaten",
        "jahr",
        "jahre",
        "jahren",
        "stunde",
        "stunden",
        "minuten",
        "sekunden",
        "zeit",
    }
)


# intentions frame a statement only with their holder: "nach dem Wunsch der UN", "nach Schäubles Idee"
_LABEL_NOUNS: Final = both_spellings({"motto", "slogan", "spitzname", "untertitel", "devise"})
_HELD_FRAMES: Final = both_spellings({"wunsch", "idee", "plan", "ankündigung", "überlegungen", "willen", "vorstellung"})
# a process or a piece of news after "nach der/dem" is usually a point in time ("Nach der Nachricht vom Rücktritt
# stiegen die Kurse"), an account only when a speaker's genitive follows ("nach der Auswertung der Polizei")
_PROCESS_FRAMES: Final = both_spellings(
    {
        "auswertung",
        "auswertungen",
        "nachricht",
        "nachrichten",
        "untersuchung",
        "untersuchungen",
        "analyse",
        "prüfung",
        "überprüfung",
        "auszählung",
        "auszählungen",
        "veröffentlichung",
    }
)
# "nach dem Bericht", "nach dieser Analyse", "nach einer Studie": a document's account frames the statement
_DOCUMENT_DETERMINERS: Final = both_spellings(
    {"dem", "einem", "einer", "den", "der", "dieser", "diesem", "jüngsten", ""}
)


def _nach_frame(view: SentenceView, i: int) -> Candidate | None:
    """Nach Angaben der Polizei … / nach Ansicht von Experten … / nach eigenen Angaben …"""
    toks = view.toks
    if i > 0 and toks[i - 1].low in _TEMPORAL_BEFORE_NACH:
        return None
    if not _frame_noun_ahead(toks, i):
        # a phrase is a frame or a source only by such a head noun: spare the parse ("nach Hause", "nach Berlin")
        return _postposed_nach(view, i) if i > 0 else None
    m, j = parse_np(view.text, toks, i + 1, len(toks))
    if (m is None or m.kind not in ("frame", "source")) and i > 0:
        return _postposed_nach(view, i)  # "Dem Vernehmen nach …", "Ersten Berichten nach …"
    if m is not None:
        m = _document_as_frame(toks, m, j)
    if m is None or m.kind != "frame":
        return None
    return _account_after_nach(view, i, j, m)


def _frame_noun_ahead(toks: list[Tok], i: int) -> bool:
    """Whether a frame or source noun (or a quotation) follows "nach" at ``i``: only such a head makes the
    phrase after it a frame ("nach Angaben der Polizei"; not "nach Hause", "nach Berlin")."""
    return any(t.quote is not None or _frame_or_source(t.text) for t in toks[i + 1 :])


def _account_after_nach(view: SentenceView, i: int, j: int, m: Mention) -> Candidate | None:
    """The statement framed by "nach" at ``i`` and the frame ``m`` (ending at ``j``), unless the frame is no
    one's account or a time ("nach Plan", "nach der Ankündigung stiegen die Kurse"); where the frame names no
    holder, its owner is found ("nach eigenen Angaben": the subject's)."""
    own = any(mod.startswith("eige") for mod in m.modifiers)
    if _no_ones_account(m, own) or _alternative_figure(view.toks, i, j, m):
        return None
    if m.inner is None:
        m = _frame_owner(view, m, j, own)
    return _frame_candidate(view, i, j, m, NACH_FRAME, view.toks[i])


_ALTERNATIVE_WORDS: Final = 4


def _alternative_figure(toks: list[Tok], i: int, j: int, m: Mention) -> bool:
    """ "ein Gewicht von 40, nach anderen Angaben 45 Tonnen": "nach anderen Angaben" after a comma, with
    no holder and only a short phrase after it, gives another figure, not anyone's statement."""
    if m.inner is not None or i == 0 or toks[i - 1].text != "," or not any(d.startswith("ande") for d in m.modifiers):
        return False
    k = j
    while k < len(toks) and toks[k].text not in (",", ".", ";", ":", "!", "?"):
        k += 1
    return k - j <= _ALTERNATIVE_WORDS


def _document_as_frame(toks: list[Tok], m: Mention, j: int) -> Mention | None:
    """The phrase after "nach" (ending at ``j``) as a frame: a document frames the statement ("Nach einem
    Dokument der EU …", "Nach dem Bericht"); None for a rule cited in passing ("nach Artikel 68 des
    Grundgesetzes"); else ``m`` as it is."""
    if m.kind == "source" and not m.det and j < len(toks) and toks[j].text[:1].isdigit():
        return None  # "nach Artikel 68 des Grundgesetzes hat der Präsident …": a rule cited in passing
    if m.kind == "source" and m.head in _ORDERS:
        return None  # "Nach einer Anweisung des Ministeriums hatte die Bank …": an order followed, not cited
    if m.kind == "source" and m.det in _DOCUMENT_DETERMINERS:
        # "Nach einem Dokument der EU …", "Nach dem Bericht": a document frames the statement
        return Mention(
            start=m.start,
            end=m.end,
            text=m.text,
            kind="frame",
            head=m.head,
            name=m.name,
            det=m.det,
            modifiers=m.modifiers,
            inner=m.inner,
        )
    return m


# documents that give orders: after "nach" they are followed ("nach einer Anweisung"), not an account
_ORDERS: Final = frozenset({"anweisung"})


def _no_ones_account(m: Mention, own: bool) -> bool:
    """The frame ``m`` after "nach" is nobody's account or a time: "nach Plan", "nach der Ankündigung stiegen die
    Kurse", "nach der Auswertung des Flugschreibers sollen …" (unless someone's: ``own``, "nach eigenen
    Angaben", or a holder inside; the process noun as written: the lexicon's head of "Auszählung" is "zählung")."""
    if m.head in _HELD_FRAMES and m.inner is None and not own and not (m.name and " " in m.name):
        return True  # "nach Plan", "nach der Ankündigung stiegen die Kurse": nobody's account, or a time
    return (
        (m.head in _PROCESS_FRAMES or any(w in _PROCESS_FRAMES for w in m.text.lower().split()))
        and m.det in ("der", "dem", "den")
        and (
            m.inner is None
            or m.inner.kind not in STATEMENT_HOLDERS
            or (m.inner.kind == "name" and " " not in m.inner.name)
        )
    )  # "nach der Auswertung des Flugschreibers sollen …": a time, unless someone's evaluation


def _frame_owner(view: SentenceView, m: Mention, j: int, own: bool) -> Mention:
    """A frame with no source inside, ending at ``j``: "nach eigenen Angaben" (``own``) is the subject's account;
    "Nach Grupps Meinung" the genitive name's before the frame noun; else the frame itself."""
    if own:
        return _own_subject(view, j) or m
    if m.name and " " in m.name:
        # "Nach Grupps Meinung": the genitive name before the frame noun
        gen = m.name.split()[0]
        gen = gen[:-1] if gen.endswith("s") and len(gen) > 3 else gen
        return Mention(start=m.start, end=m.end, text=m.text, kind="name", head=gen, name=gen)
    return m


# who can hold a view: whoever holds a statement, and a group the lexicon does not know ("der Verbände")
_VIEW_HOLDERS: Final = STATEMENT_HOLDERS | {"other"}


def _aus_sicht(view: SentenceView, i: int) -> Candidate | None:
    """ "Aus Sicht der Verbände hat die Klage keine Wirkung", "… aus Perspektive des Ministeriums …": the
    holder of the view is the source (a genitive or "von" phrase must name one)."""
    toks = view.toks
    m, j = parse_np(view.text, toks, i + 1, len(toks))
    if m is None or m.kind != "frame" or m.inner is None or m.inner.kind not in _VIEW_HOLDERS:
        return None
    return _frame_candidate(view, i, j, m, AUS_SICHT_FRAME, toks[i])


def _possessive_frame(view: SentenceView, i: int) -> Candidate | None:
    """Seiner Meinung nach … / Ihrer Ansicht nach … (not inside a sentence "Ihrer Meinung nach": the formal "you"
    of an interview question)"""
    toks = view.toks
    t = toks[i]
    if i > 0 and t.text[0].isupper():
        return None
    return _frame_candidate(view, i, i + 3, _possessive_view(view, i), POSSESSIVE_FRAME, toks[i + 2])


def _possessive_view(view: SentenceView, i: int) -> Mention:
    """ "seiner Meinung": the phrase that names the source here, the frame noun with its owner inside it (as
    "seiner Darstellung", "ihren Angaben" are), else the possessive alone."""
    toks = view.toks
    m, _ = parse_np(view.text, toks, i, i + 2)
    if m is not None and m.kind == "frame" and m.inner is not None and m.inner.kind == "pronoun":
        return m
    head = _POSSESSIVE_PRONOUN[toks[i].low]
    return pronoun_mention(toks[i], head, "m" if head == "er" else "f")


def _own_subject(view: SentenceView, after: int) -> Mention | None:
    """'nach eigenen Angaben': the speaker is the clause's subject (first phrase of the sentence)."""
    toks = view.toks
    m, _ = parse_np(view.text, toks, 0, len(toks), sentence_start=0)
    if m is not None and m.kind in ("name", "org", "role", "other"):
        return m
    return None


def _frame_candidate(view: SentenceView, lo: int, hi: int, m: Mention, rule: Rule, cue_tok: Tok) -> Candidate | None:
    """The statement a frame phrase (tokens lo..hi) attributes: the rest of the sentence, or what precedes."""
    toks = view.toks
    n = len(toks)
    cue_t = (cue_tok.start, cue_tok.end, cue_tok.text)
    m = _saxon_owner(view.text, m)
    if hi + 1 < n and toks[hi].low in _AND:
        m, hi = _coordinated_source(view, m, hi)
    if _frame_opens_clause(toks, lo, hi):
        return _statement_after_frame(view, hi, m, rule, cue_t)
    if lo >= 1 and toks[lo - 1].text == "(":
        return _bracketed_statement(view, hi, m, rule, cue_t)
    if lo >= 1 and toks[lo - 1].text == "," and (hi >= n or toks[hi].text in (".", "!", "?", ",", ";")):
        # "…, laut Polizei." at the end: attribute what comes before
        return make(view, 0, lo - 1, rule, m, None, cue_tuple=cue_t)
    return _statement_around_frame(view, lo, hi, m, rule, cue_t)


def _saxon_owner(text: str, m: Mention) -> Mention:
    """A frame after a name in the genitive ("Merkels Worten zufolge", "Laut Klopps Angaben", "Roths Ansicht
    nach"), where the text names the owner without the -s too: the owner is the source, as in "Nach Grupps
    Meinung"; else ``m``."""
    if m.kind != "frame" or m.inner is not None or m.name.count(" ") != 1:
        return m
    first = m.name.split(" ", 1)[0]
    if not first[0].isupper() or not genitive_of_named(text, first):
        return m
    owner = first[:-1]
    return Mention(start=m.start, end=m.end, text=m.text, kind="name", head=owner, name=owner)


def _bracketed_statement(
    view: SentenceView, hi: int, m: Mention, rule: Rule, cue_t: tuple[int, int, str]
) -> Candidate | None:
    """A frame that opens a bracket: the rest of the bracket after the frame (ending at ``hi``) is the
    statement ("(nach anderen Angaben wiegt das Schiff 12 Tonnen mehr)")."""
    toks = view.toks
    r = hi
    while r < len(toks) and toks[r].text != ")":
        r += 1
    return make(view, hi, r, rule, m, None, cue_tuple=cue_t)


def _statement_around_frame(
    view: SentenceView, lo: int, hi: int, m: Mention, rule: Rule, cue_t: tuple[int, int, str]
) -> Candidate | None:
    """A frame inside a clause (tokens lo..hi): the clause around it where a clause of its own holds it, else
    the whole sentence in two parts around the frame ("Die Ursache ist nach Angaben der Polizei unklar"),
    unless the sentence makes something public ("Dies gab – nach langen Prüfungen – der Professor bekannt")."""
    toks = view.toks
    lo_clause = clause_start(toks, lo, 0)
    if 0 < lo_clause < lo:
        if _frame_of_a_quotes_report(view, lo_clause):
            return None  # "„…“, sagte X laut Spiegel Online": the frame names where a report was found
        end = _end_of_clause_around(view, lo_clause, hi)
        if end >= 0:
            return _around(view, lo_clause, lo, hi, end, rule, m, cue_t)
    # in the middle of the main clause (also where it resumes after an inserted clause)
    if any(c.lemma in _PUBLISHING and not lo <= c.index < hi for c in view.cues):
        return None
    # (in a fronted subordinate clause: that clause, not the main clause after it: "Nachdem man laut X …, suchen …")
    tail = sentence_tail(view, hi, subordinate=opens_subordinate(toks, 0))
    return _around(view, 0, lo, hi, tail, rule, m, cue_t)


def _frame_of_a_quotes_report(view: SentenceView, lo_clause: int) -> bool:
    """Whether the clause at ``lo_clause`` that holds the frame is the speech verb after a quotation ("„…“,
    sagte X laut Spiegel Online"): the frame names where a report was found, not who made a statement."""
    return lo_clause >= 2 and view.toks[lo_clause - 2].quote is not None and view.cue_at(lo_clause) is not None


_AND: Final = frozenset({"und", "sowie"})
_SOURCE_KINDS: Final = frozenset({"name", "org", "role", "other", "source", "group"})


def _coordinated_source(view: SentenceView, m: Mention, hi: int) -> tuple[Mention, int]:
    """ "Nach Angaben von Polizei und Feuerwehr wurden …", "laut den Agenturen dpa und AFP": a second source
    joined by "und" at ``hi`` belongs to the frame (whose phrase stopped before it) when no noun follows it; the
    frame and its end with both sources, else ``m`` and ``hi`` unchanged."""
    toks = view.toks
    n = len(toks)
    src = m.inner if m.inner is not None else m
    if src.kind not in _SOURCE_KINDS:
        return m, hi
    other, oj = parse_np(view.text, toks, hi + 1, n, nested=True)
    if other is None or other.kind not in _SOURCE_KINDS or other.kind == "group":
        return m, hi
    if oj < n and (is_nounlike(toks[oj]) or toks[oj].quote is not None):
        return m, hi  # (the phrase after "und" is no whole source: "laut Polizei und Feuerwehr Einsatzleiter Roth")
    text = view.text
    group = group_of(text, src, other)
    if m.inner is None:
        return group, oj
    return m._replace(end=other.end, text=text[m.start : other.end], inner=group), oj


def _frame_opens_clause(toks: list[Tok], lo: int, hi: int) -> bool:
    """The frame phrase (tokens lo..hi) opens the sentence, or a main clause after a comma, colon or dash with
    the finite verb right after it ("Die Lage ist ernst, laut Polizei gibt es …")."""
    clause_initial = lo >= 2 and toks[lo - 1].text in (",", ":", ";", "–") and hi < len(toks) and finite_first(toks[hi])
    return lo == 0 or (lo == 1 and not toks[0].text[0].isalnum()) or clause_initial or _second_main_clause(toks, lo, hi)


def _second_main_clause(toks: list[Tok], lo: int, hi: int) -> bool:
    """The frame (tokens lo..hi) opens a main clause joined by "und" to a whole clause before it, the finite verb
    right after the frame: "Der Zug hatte Verspätung und laut Bahn fiel die Klimaanlage aus" (the statement is
    the second clause only; not "aber" or "doch", adverbs inside a clause as often: "seien aber laut X …")."""
    if lo < 3 or toks[lo - 1].low != "und" or hi >= len(toks) or not _finite_verb(toks[hi]):
        return False
    if opens_subordinate(toks, 0) or any(t.low in FRAME_TRIGGERS for t in toks[: lo - 1]):
        return False  # ("Laut Bahn und laut Polizei …": one frame of two sources; "Weil …": no main clause before)
    if any(t.quote is None and t.low in AUXILIARIES for t in toks[: lo - 1]):
        return True
    # the first lower-case content word after a noun: the finite verb in second place ("Die Preise steigen und …")
    for f in range(1, lo - 1):
        t = toks[f]
        if t.quote is None and t.text[0].islower() and t.low not in FUNCTION_WORDS:
            return toks[f - 1].quote is None and toks[f - 1].text[0].isupper()
    return False


def _finite_verb(t: Tok) -> bool:
    """A finite verb by its form: an auxiliary or modal, a strong past ("fiel", "gab"), or a weak ending
    ("meldete", "steigt"; not a function word)."""
    if t.quote is not None or not t.text[0].islower() or t.low in FUNCTION_WORDS:
        return False
    low = t.low
    return low in AUXILIARIES or low in lexicon.PAST_FORMS or (len(low) > 3 and low.endswith(("te", "ten", "t")))


def _statement_after_frame(
    view: SentenceView, hi: int, m: Mention, rule: Rule, cue_t: tuple[int, int, str]
) -> Candidate | None:
    """The frame opens the (main) clause: the statement is what follows it (ending at ``hi``), from the finite
    verb on, past the frame's attributes and appositions (not the time of a report: "Nach den ersten
    Auszählungen gab die Kommission … bekannt")."""
    toks = view.toks
    hi = _past_frame_attributes(toks, hi)
    k = _past_leftover_genitive(view, _past_appositions(toks, hi))
    cue = view.cue_at(k)
    if cue is not None and cue.lemma in _PUBLISHING:
        return None  # "Nach den ersten Auszählungen gab die Kommission … bekannt": the time of a report
    tail = sentence_tail(view, k)
    return make(view, k, tail, rule, m, None, cue_tuple=cue_t)


def _past_leftover_genitive(view: SentenceView, k: int) -> int:
    """Past a genitive that the frame's phrase left behind at ``k`` ("Nach Angaben des Fonds (MIF) der
    Entwicklungsbank (IADB) sandten …", "Nach Angaben der in Essen ansässigen Firma soll …") when the clause's
    verb follows it; ``k`` otherwise."""
    toks = view.toks
    if k >= len(toks) or toks[k].low not in ("der", "des"):
        return k
    m, j = parse_np(view.text, toks, k, len(toks), nested=True)
    while j < len(toks) and toks[j].text == "(":
        j = _after_bracket(toks, j)
    if m is None or j >= len(toks) or not _verb_after_phrase(toks[j]):
        return k
    return j


def _verb_after_phrase(t: Tok) -> bool:
    """A lower-case word right after a whole noun phrase: the finite verb (an adjective would stand before its
    noun; "sandten" looks like one)."""
    return t.quote is None and t.text[0].islower() and (t.low in AUXILIARIES or t.low not in FUNCTION_WORDS)


def _after_bracket(toks: list[Tok], j: int) -> int:
    k = j + 1
    while k < len(toks) and k - j <= _BRACKET_WORDS and toks[k].text != ")":
        k += 1
    return k + 1 if k < len(toks) and toks[k].text == ")" else len(toks)


_BRACKET_WORDS: Final = 6


def _past_frame_attributes(toks: list[Tok], hi: int) -> int:
    """The frame takes its attributes along: "Nach dem Entwurf der Koalition aus SPD und Grünen sollen …"; the
    index after the prepositional phrases that follow it at ``hi``."""
    n = len(toks)
    while hi < n and toks[hi].low in PREPOSITIONS and toks[hi].low not in FRAME_TRIGGERS:
        k = skip_pp(toks, hi + 1, n)
        if k == hi + 1:
            break
        hi = k
    return hi


def _past_appositions(toks: list[Tok], hi: int) -> int:
    """Where the statement after a frame ending at ``hi`` starts: past its comma and up to three appositions and
    relative clauses ("Nach Angaben von X, dem Sprecher der Y, der …, waren …")."""
    n = len(toks)
    k = hi + 1 if hi < n and toks[hi].text == "," else hi
    for _ in range(3):
        # "Nach Angaben von X, dem Sprecher der Y, der …, waren …": appositions and relative clauses first
        if k == hi or k >= n or finite_first(toks[k]):
            break
        r = clause_end_plain(toks, k)
        if r >= n or toks[r].text != ",":
            break
        k = r + 1
    return k


def _end_of_clause_around(view: SentenceView, lo_clause: int, hi: int) -> int:
    """Where the statement ends when a frame ending at ``hi`` stands inside a clause that starts at ``lo_clause``
    after a comma: at the end of a relative or subordinate clause ("…, unter denen sich nach Angaben der
    Polizei …", "…, zumal …"), at the sentence's end for a main clause of its own ("…, lediglich der Hafen
    wurde laut X geöffnet"); -1 for neither."""
    toks = view.toks
    if _opens_dependent(toks, lo_clause):
        return clause_end_plain(toks, hi)
    if not finite_first(toks[lo_clause]) and not opens_subordinate(toks, 0):
        return sentence_tail(view, hi)
    return -1


_DEPENDENT_OPENERS: Final = (
    RELATIVES
    | SUBORDINATORS
    | frozenset(
        {
            "was",
            "wo",
            "worauf",
            "womit",
            "wobei",
            "wodurch",
            "zumal",
            "sodass",
        }
    )
)


def _opens_dependent(toks: list[Tok], k: int) -> bool:
    """Token ``k`` opens a relative or subordinate clause ("die …", "zumal …", "unter denen …", "was …")."""
    if toks[k].low in _DEPENDENT_OPENERS:
        return True
    return toks[k].low in PREPOSITIONS and k + 1 < len(toks) and toks[k + 1].low in RELATIVES


def _around(
    view: SentenceView, a: int, lo: int, hi: int, b: int, rule: Rule, m: Mention, cue_t: tuple[int, int, str]
) -> Candidate | None:
    """The statement in tokens a..b around a frame phrase in lo..hi: two parts, without the frame."""
    base = make(view, a, b, rule, m, None, FRAME_INSIDE_CLAUSE, cue_tuple=cue_t)
    p1, p2 = part(view, a, lo), part(view, hi, b)
    if base is None or p1 is None or p2 is None or hi >= b:
        return base
    return joined(base, p1, p2)


def _wie(view: SentenceView, i: int) -> Candidate | None:
    """Wie die Polizei mitteilte, … / …, wie der Sprecher sagte. / Wie X, Sprecher von Y, in Z mitteilte, …"""
    toks = view.toks
    if i + 1 < len(toks) and toks[i + 1].low in _NOT_AFTER_WIE:
        return None  # "wie sehr sie …", "wie zum Beispiel …": a degree or an example, no source
    cue = _verb_final_cue(view, i)
    if (i <= 1 or toks[i - 1].text == ":") and (cue is None or 0 < _finding_comma(toks, i) < cue.index):
        # "Wie eine Studie ergab, …", "Wie gestern bekannt wurde, …" (also after a colon; a cue after the comma
        # belongs to a later clause)
        finding = _wie_finding(view, i)
        if finding is not None or cue is None:
            return finding
    if cue is None or cue.lemma in ("nennen", "bezeichnen"):
        return None  # "Kid Lumen, wie er sich nannte": a name, no statement
    if _object_of_cue_before(view, i):
        return None  # "Die Zeugin schilderte, wie der Täter das Geld gefordert habe": what she told, no source
    e = _wie_clause_end(toks, cue)
    mention = _wie_source(view, i, cue, e)
    if mention is not None and mention.head.lower() in _NAMING_NOUNS:
        return None  # "Wie der Name schon sagt, …", "Wie der Titel verrät, …": an idiom, nobody's statement
    if i <= 1 or toks[i].text == "Wie":
        return _after_wie_clause(view, e, mention, cue)
    return _around_wie_clause(view, i, e, mention, cue)


_NAMING_NOUNS: Final = frozenset({"name", "titel", "begriff", "bezeichnung", "wort"})


def _object_of_cue_before(view: SentenceView, i: int) -> bool:
    """The wie-clause at ``i`` right after a comma that closes the clause of a speech verb ("schilderte, wie …",
    "Die Zeugin berichtete vor Gericht, wie …"; the verb ends the clause, opens it or follows its subject): an
    indirect question, the verb's object, and no parenthesis naming a source."""
    toks = view.toks
    if i < 2 or toks[i - 1].text != ",":
        return False
    lo = i - 2
    while lo > 0 and toks[lo - 1].text not in _CLAUSE_MARKS and toks[lo - 1].quote is None:
        lo -= 1
    return any(
        lo <= c.index < i - 1
        and c.last < i - 1
        and not c.attitude
        and (c.last == i - 2 or c.index == lo or _fills_front_field(view, lo, c.index))
        for c in view.cues
    )


_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "–", "—", "(", ")"})


def _fills_front_field(view: SentenceView, lo: int, v: int) -> bool:
    """The words from ``lo`` to the verb at ``v`` are one phrase before it: a noun phrase ("Die Zeugin
    schilderte") or a prepositional phrase ("Vor Gericht schilderte die Zeugin")."""
    toks = view.toks
    if toks[lo].low in PREPOSITIONS:
        return skip_pp(toks, lo + 1, v) == v
    return np_spans(view.text, toks, lo, v)


def _wie_clause_end(toks: list[Tok], cue: Cue) -> int:
    """The index after the verb-final wie-clause whose speech verb is ``cue``, past an auxiliary that closes it
    ("wie die FIFA bekanntgegeben hat")."""
    n = len(toks)
    e = cue.last + 1
    if e < n and toks[e].low in AUXILIARIES and (e + 1 >= n or toks[e + 1].text in STOP):
        e += 1  # "wie die FIFA bekanntgegeben hat"
    return e


def _wie_source(view: SentenceView, i: int, cue: Cue, e: int) -> Mention | None:
    """Who speaks in the wie-clause from ``i`` to ``e``: its subject, the speaker of its verb, or else a source
    in a prepositional phrase ("wie aus Kreisen der Partei verlautete")."""
    mention = _wie_subject(view, i, cue) or speaker_of_cue(view, cue)
    if mention is None:
        mention = source_pp(view, i + 1, e)
    return mention


def _after_wie_clause(view: SentenceView, e: int, mention: Mention | None, cue: Cue) -> Candidate | None:
    """A wie-clause that opens the sentence ("Wie die Polizei mitteilte, …"): the statement is the main
    clause after it, from ``e`` (past its comma) to the sentence's end."""
    toks = view.toks
    k = e + 1 if e < len(toks) and toks[e].text == "," else e
    return make(view, k, sentence_tail(view, k), WIE_FRAME, mention, cue)


def _around_wie_clause(view: SentenceView, i: int, e: int, mention: Mention | None, cue: Cue) -> Candidate | None:
    """A wie-clause inside the sentence (from ``i`` to ``e``): the statement is the clause before it (from a
    dass that opens it: "…, dass, wie X sagte, …"), joined with the rest after it where the statement goes
    on ("Die Kürzung verstoße, wie das Gericht entschied, gegen das Grundgesetz")."""
    toks = view.toks
    # the statement around the parenthesis starts after a dass that opens it ("…, dass, wie X sagte, …")
    lo = i - 1 if i >= 2 and toks[i - 2].low in DASS else 0
    mention = _statement_subject(view, lo, i, mention, cue)
    first = make(view, lo, i - 1, WIE_FRAME, mention, cue) if i - 1 > lo else None
    if not _statement_goes_on(view, e):
        return first
    if first is None:
        return make(view, e + 1, sentence_tail(view, e + 1), WIE_FRAME, mention, cue) if lo > 0 else None
    # "Die Kürzung verstoße, wie das Gericht entschied, gegen das Grundgesetz": the statement goes on
    second = part(view, e + 1, sentence_tail(view, e + 1))
    return joined(first, first, second) if second is not None else first


def _statement_goes_on(view: SentenceView, e: int) -> bool:
    """Whether the statement goes on after a wie-clause that ends at ``e``: a comma closes the clause, and no
    conjunction ("und", "aber", "doch", "oder", "sowie") or a speech verb of another clause follows it."""
    toks = view.toks
    return not (
        e + 1 >= len(toks)
        or toks[e].text != ","
        or toks[e + 1].low in CONTRASTING
        or toks[e + 1].low in ("oder", "sowie")
        or view.cue_at(e + 1) is not None
    )


# what a study or an investigation found, in a verb-final clause after "Wie"
_FINDINGS: Final = both_spellings(
    {"ergab", "ergaben", "ergibt", "zeigte", "zeigten", "zeigt", "belegt", "belegte", "belegen", "ergeben", "gezeigt"}
)
_FINDING_WINDOW: Final = 12


def _wie_finding(view: SentenceView, i: int) -> Candidate | None:
    """ "Wie eine Studie ergab, trinken …" (the study is the source), "Wie gestern bekannt wurde, ist …" (no
    source: a claim made public): the main clause after the comma."""
    toks = view.toks
    e = _finding_comma(toks, i)
    if e < 0:
        return None
    v = e - 2 if toks[e - 1].low in AUXILIARIES and toks[e - 2].text[0].islower() else e - 1
    verb = toks[v]
    known = verb.low in ("bekannt", "geworden") and any(t.low == "bekannt" for t in toks[i + 1 : e])
    if not (known or verb.low in _FINDINGS):
        return None
    mention: Mention | None = None
    if not known:
        mention = _finder(view, i, v)
        if mention is None:
            return None
    tail = sentence_tail(view, e + 1)
    return make(view, e + 1, tail, WIE_FRAME, mention, None, cue_tuple=(verb.start, verb.end, verb.text))


def _finding_comma(toks: list[Tok], i: int) -> int:
    """The comma that closes a short clause opened by "Wie" at ``i`` (three words at least, within
    _FINDING_WINDOW, a main clause of two words after it), or -1."""
    e = next((j for j in range(i + 1, min(len(toks), i + _FINDING_WINDOW)) if toks[j].text in STOP), -1)
    if e < i + 3 or toks[e].text != "," or e + 2 >= len(toks):
        return -1
    return e


def _finder(view: SentenceView, i: int, v: int) -> Mention | None:
    """The phrase between "Wie" at ``i`` and the verb of finding at ``v`` as the source of what was found, if
    it can be one: a study, a document, a body or a person ("Wie eine Studie ergab"), or the source a reflexive
    verb names with "aus" ("Wie sich aus den Daten der Wetterstation ergab")."""
    toks = view.toks
    j = i + 1
    if j + 2 < v and toks[j].low == "sich" and toks[j + 1].low == "aus":
        j += 2
    mention, _ = parse_np(view.text, toks, j, v)
    if mention is None or mention.kind not in ("source", "frame", "org", "role", "name", "group"):
        return None
    return mention


# verbs that make something public: a frame before one dates or places the report, it frames no statement
_PUBLISHING: Final = both_spellings(
    {
        "bekanntgeben",
        "bekanntmachen",
        "mitteilen",
        "verkünden",
        "melden",
        "vermelden",
        "veröffentlichen",
    }
)
_NOT_AFTER_WIE: Final = both_spellings(
    {
        "sehr",
        "viel",
        "viele",
        "lange",
        "oft",
        "weit",
        "groß",
        "hoch",
        "schnell",
        "zum",
        "etwa",
        "beispielsweise",
    }
)
_WIE_WINDOW: Final = 35
_SKIP_AFTER_WIE: Final = both_spellings(
    {
        "auch",
        "bereits",
        "schon",
        "zuvor",
        "dazu",
        "jetzt",
        "nun",
        "gestern",
        "heute",
        "zudem",
        "ebenfalls",
        "inzwischen",
        "mittlerweile",
        "später",
    }
)


def _statement_subject(view: SentenceView, lo: int, i: int, mention: Mention | None, cue: Cue) -> Mention | None:
    """ "Die Polizei nahm zwei Männer fest, wie sie mitteilte": the pronoun of a wie-clause after the statement is
    the statement's own subject, a body, role or person that opens it and agrees with the pronoun; else
    ``mention``."""
    if mention is None or mention.kind != "pronoun" or mention.head not in _WIE_PRONOUN_DETS:
        return mention
    toks = view.toks
    subject, j = parse_np(view.text, toks, lo, i - 1)
    if subject is None or j >= i - 1 or subject.kind not in _OWN_SUBJECT_KINDS or not toks[j].text[0].islower():
        return mention
    plural = toks[cue.index].low.endswith("en")
    if mention.head == "sie" and plural != toks[j].low.endswith("en"):
        return mention  # (the verbs disagree in number: someone else)
    gender = subject.gender if subject.gender != "?" else _GENDER_OF_DET.get(subject.det, "?")
    fits = (mention.head == "sie" and plural and gender in ("f", "pl")) or gender in _WIE_PRONOUN_DETS[mention.head]
    return subject if fits else mention


_OWN_SUBJECT_KINDS: Final = frozenset({"org", "role", "name", "group"})
_WIE_PRONOUN_DETS: Final = {"er": ("m",), "sie": ("f",), "es": ("n",)}
_GENDER_OF_DET: Final = {"der": "m", "die": "f", "das": "n", "ein": "m", "eine": "f"}


def _wie_subject(view: SentenceView, i: int, cue: Cue) -> Mention | None:
    """The phrase right after "wie" is the subject of its verb-final clause ("Wie Steve Marshall, Sprecher
    der UN, in Bangkok mitteilte"), whatever places and times follow it."""
    toks = view.toks
    k = i + 1
    while k < cue.index and toks[k].low in _SKIP_AFTER_WIE:
        k += 1
    m, _ = parse_np(view.text, toks, k, cue.index)
    if m is None or (m.kind == "pronoun" and m.head not in ("er", "sie")) or m.det in _OBLIQUE:
        return None
    return m


_OBLIQUE: Final = frozenset({"dem", "den", "des", "einem", "einen", "eines"})


def _verb_final_cue(view: SentenceView, i: int) -> Cue | None:
    """The speech verb that closes the clause opened by "wie" at ``i`` (past appositions and titles):
    it ends the clause, so a comma, the sentence end or the next clause's finite verb follows it."""
    toks = view.toks
    for c in view.cues:
        if c.index <= i or c.cognition:
            continue
        if c.index - i > _WIE_WINDOW or _clause_broken(toks, i + 1, c.index):
            return None  # (a dot inside a sentence ends an abbreviation or a date, not the clause)
        if _after_verb_final_clause(toks, _wie_clause_end(toks, c)):
            return c
    return None


def _clause_broken(toks: list[Tok], lo: int, hi: int) -> bool:
    """Whether a mark that ends a clause (";", ":", "!", "?") or an untitled quotation stands between ``lo``
    and ``hi``: a clause opened before cannot reach past it."""
    return any(t.text in (";", ":", "!", "?") or (t.quote is not None and not t.title) for t in toks[lo:hi])


def _after_verb_final_clause(toks: list[Tok], e: int) -> bool:
    """Whether a verb-final clause may end before ``e``: the sentence ends, a mark follows, or the finite
    verb of the next clause (an auxiliary in lower case: "Wie der Sprecher mitteilte, ist …")."""
    return e >= len(toks) or toks[e].text in STOP or (toks[e].low in AUXILIARIES and toks[e].text[0].islower())


def _so(view: SentenceView, i: int) -> Candidate | None:
    """…, so der Minister.  /  …, so X weiter: „…“  /  Der Plan sei, so X, gescheitert.  /  …, so schätzen
    Forscher, …  (a statement around a parenthetical "so" and its speaker)"""
    toks = view.toks
    n = len(toks)
    cue = view.cue_at(i + 1)
    m, j = _speaker_after_so(view, i, cue)
    if m is None:
        return None
    j = _past_role_apposition(toks, _past_speaker_phrase(toks, j, n), n)
    if not _so_parenthesis(toks, i, j):
        return None
    cue_t = view.cue_tuple(cue) if cue is not None else (toks[i].start, toks[i].end, toks[i].text)
    if j >= n or toks[j].text not in (",", "–", "—") or j + 1 >= n:
        return make(view, 0, i - 1, SO_FRAME, m, cue, cue_tuple=cue_t)
    return _statement_around_so(view, i, j, m, cue, cue_t)


def _speaker_after_so(view: SentenceView, i: int, cue: Cue | None) -> tuple[Mention | None, int]:
    """The speaker after "so" at ``i`` and the index after it: the subject after a speech verb ("so schätzen
    Forscher"), else the phrase right after "so" ("so der Minister"); None where the phrase cannot speak."""
    toks = view.toks
    if cue is not None:
        m, j = subject_after(view.text, toks, i + 1, clause_end(toks, cue.last + 1))
        j = max(j, cue.last + 1)
    else:
        m, j = parse_np(view.text, toks, i + 1, len(toks))
    if m is None or m.kind not in ("name", "role", "org", "source", "pronoun", "other", "group", "frame"):
        return None, j
    if m.kind == "frame" and m.head in _HELD_FRAMES and m.inner is None:
        return None, j  # "…, so der Plan", "– so der eigene Wunsch –": an intention whose holder is not named
    if m.head in _NAMING_NOUNS or m.head in _LABEL_NOUNS:
        return None, j  # "Dr. Eva Roth, so ihr Name, leitet …", "…, so der Titel": what something is called
    return m, j


def _so_parenthesis(toks: list[Tok], i: int, j: int) -> bool:
    """Whether "so" at ``i`` and its speaker up to ``j`` stand as a parenthesis: closed by the sentence's end
    or a closing mark, and after a statement that is more than quotations alone."""
    if j < len(toks) and toks[j].text not in _SO_CLOSERS:
        return False
    return not (toks[i - 2].quote is not None and only_quotes_before(toks, i - 1))


def _statement_around_so(
    view: SentenceView, i: int, j: int, m: Mention, cue: Cue | None, cue_t: tuple[int, int, str]
) -> Candidate | None:
    """The statement around a parenthesis "so X" (from ``i`` to the comma or dash at ``j``) that goes on after
    it: one event of two parts ("Der Plan sei, so X, gescheitert"), or only the part before it where what
    follows is an enumeration, not a report ("gratulierten ihm, so der Präsident, der Kanzler …")."""
    toks = view.toks
    first = make(view, 0, i - 1, SO_FRAME, m, cue, cue_tuple=cue_t)
    if opens_relative(toks, j + 1):
        # "…, so der Minister, der am Montag sprach.": a clause about the speaker; the statement goes on after it
        # only where a comma closes it ("Im Juni, so der Richter, der den Fall prüfte, seien …")
        j = clause_end_plain(toks, j + 1)
        if j + 1 >= len(toks) or toks[j].text != ",":
            return first
    tail = sentence_tail(view, j + 1)
    if not has_subjunctive(toks, 0, tail) and not _clause_goes_on(toks, j + 1):
        return first  # "gratulierten ihm, so der Präsident, der Kanzler …": an enumeration, not a report
    base = first or make(view, j + 1, tail, SO_FRAME, m, cue, cue_tuple=cue_t)
    p1, p2 = part(view, 0, i - 1), part(view, j + 1, tail)  # "Der Plan sei, so X, gescheitert": any length
    if base is None or p1 is None or p2 is None:
        return base
    return joined(base, p1, p2)


def _past_speaker_phrase(toks: list[Tok], j: int, n: int) -> int:
    """Past what follows the speaker of "so" that ends at ``j``: adverbs, places and times; where the phrase took
    its apposition's closing comma along ("so Jan Roth, Sprecher der Stadt, gescheitert"), that comma, unless
    only places and times follow it to the sentence's end ("…, so Jan Roth, Sprecher der Stadt, am Montag.")."""
    if toks[j - 1].text != ",":
        return _skip_after_speaker(toks, j, n)
    after = _skip_after_speaker(toks, j, n)
    return after if after >= n or toks[after].text in (".", "!", "?") else j - 1


def _past_role_apposition(toks: list[Tok], j: int, n: int) -> int:
    """Past the speaker's role after its comma at ``j`` ("so Jan Roth, Leiter der Abteilung bei der Stiftung, …",
    "so Jan Roth, der Sprecher der Stadt."): the index of the mark that closes the role; ``j`` when no role
    phrase follows (not "Der Plan sei, so Jan Roth, gescheitert")."""
    if j + 1 >= n or toks[j].text != ",":
        return j
    first = j + 2 if toks[j + 1].low in DETERMINERS else j + 1
    if first >= n or not toks[first].text[0].isupper():
        return j
    head = lexicon.head_of(toks[first].text)
    if head is None or head[0] != "role":
        return j
    e = clause_end(toks, first + 1)
    return e if all(is_nominal(t) for t in toks[first + 1 : e]) else j


def _clause_goes_on(toks: list[Tok], k: int) -> bool:
    """The word after a parenthesis goes on with the clause it interrupted: its finite verb ("In zehn Jahren, so
    schätzen Forscher, soll …") or a preposition ("Das Risiko liegt, so zeigen Studien, bei …"; not one that opens
    a relative clause: "…, so eine Studie der Stiftung, in der …")."""
    t = toks[k]
    if t.quote is not None:
        return False
    if t.low in PREPOSITIONS:
        return k + 1 < len(toks) and toks[k + 1].low not in RELATIVES
    return t.low in AUXILIARIES or (finite_first(t) and not t.low.endswith("en"))


_SO_CLOSERS: Final = frozenset({".", "!", "?", ",", ";", "(", "–", "—", ":"})
_AFTER_SPEAKER_ADVERBS: Final = both_spellings(
    {
        "weiter",
        "abschließend",
        "ebenfalls",
        "auch",
        "zudem",
        "außerdem",
        "damals",
        "heute",
        "gestern",
        "später",
        "wörtlich",
        "sinngemäß",
        "jedoch",
        "aber",
        "selbst",
    }
)


def _skip_after_speaker(toks: list[Tok], j: int, n: int) -> int:
    """Past what may follow the speaker of a "so" parenthesis: adverbs (weiter) and places, sources and
    times ("so Ilse Marten vom Kieler Stadtanzeiger", "so der Minister am Montag in Berlin")."""
    steps = 0
    while j < n and steps < 4:
        steps += 1
        low = toks[j].low
        if low in _AFTER_SPEAKER_ADVERBS:
            j += 1
        elif low in PREPOSITIONS:
            k = skip_pp(toks, j + 1, n)
            if k == j + 1:
                return j
            j = k
        else:
            return j
    return j
