"""Indirect speech: dass/ob-clauses and subjunctive clauses after a speech verb, clauses before a
"…, sagte X" cue, statements framed by a phrase (frames.py), and subjunctive sentences that continue
an attributed statement. A clause that carries a quotation is ``mixed``."""

from __future__ import annotations

from typing import Final

import regex

from quotetool.detect import lexicon
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import (
    GENITIVE_ARTICLES,
    PLACE_CUES,
    SentenceView,
    document_pointed_at,
    initials,
    is_plural_verb,
    negated_after,
    negated_wonach,
    others_stance,
    quoted_object,
    rejected_claim,
    rejecting_participle,
    source_pp,
    speaker_of_cue,
    trim,
)
from quotetool.detect.cues import (
    CLAIMS_WITHOUT_ARTICLE,
    Cue,
    after_time,
    clause_end,
    holder_end,
    participle_shape,
    sentence_part_end,
)
from quotetool.detect.direct import BRACKET_NOTE_REACH, main_subject
from quotetool.detect.frames import FRAME_PREPOSITIONS, frame_candidates
from quotetool.detect.memo import remember
from quotetool.detect.mood import has_listed_subjunctive, has_subjunctive, may_be_verb_in_e
from quotetool.detect.proposal import Kind
from quotetool.detect.rules import (
    COLON_CLAUSE,
    COLON_INTRO,
    CONDITIONAL_CONTINUATION,
    CUE_AFTER,
    DASS_CLAUSE,
    DEMAND_PHRASE,
    DEMNACH_FRAME,
    DEMONSTRATIVE_CUE,
    HEARSAY_CONTINUATION,
    IMPERSONAL_CLAUSE,
    INFINITIVE_CLAUSE,
    KONJUNKTIV_DASS,
    PRIORITY_FRAME,
    SUBJUNCTIVE_CLAUSE,
    SUBJUNCTIVE_CONTINUATION,
    SUBJUNCTIVE_SUBORDINATE,
    V2_CLAUSE,
    Rule,
)
from quotetool.detect.spans import (
    LEADING,
    MIN_WORDS,
    PAST_AUX,
    STOP,
    clause_end_plain,
    joined,
    make,
    narrated_clause_end,
    only_quotes_before,
    opens_relative,
    part,
    sentence_tail,
    word_count,
)
from quotetool.detect.speakers import (
    Mention,
    clause_start,
    finite_first,
    has_verb,
    is_adjective,
    is_nominal,
    is_nounlike,
    np_spans,
    opens_subordinate,
    parse_np,
    pronoun_mention,
    role_apposition_before,
    subject_after,
)
from quotetool.detect.tokens import (
    AUXILIARIES,
    CLAUSE_PUNCT,
    DASS,
    DASS_WONACH,
    DETERMINERS,
    FUNCTION_WORDS,
    HEISSEN,
    HEISST,
    PREPOSITIONS,
    PRONOUNS_NOM,
    RELATIVES,
    SENTENCE_ADVERBS,
    SUBORDINATORS,
    WAEHREND,
    Tok,
    both_spelled,
    both_spellings,
    wordset,
)


def indirect_candidates(view: SentenceView) -> list[Candidate]:
    out: list[Candidate] = []
    for cue in view.cues:
        if _asks_addressee(view.toks, cue):
            continue  # "Erwarten Sie, dass die Preise steigen?": the interviewer asks, nobody states anything
        # a cue can close one statement and open another: "Er sei geschockt, sagte sie, ihre „Gedanken …“"
        before = _cue_after(view, cue) or _demonstrative_after(view, cue)
        after = _complement(view, cue)
        out.extend(c for c in (before, after) if c is not None)
    out.extend(frame_candidates(view))
    if view.toks and view.toks[0].low in _POSSESSIVE_LABELS:  # (most sentences open otherwise)
        labelled = _possessive_label(view)
        if labelled is not None:
            out.append(labelled)
    if view.text.find("nach", view.start, view.end) >= 0:  # (most sentences have no "nach")
        demand = _demand_phrase(view)
        if demand is not None:
            out.append(demand)
    if any(t.low in DASS for t in view.toks):  # (most sentences have no dass)
        out.extend(_konjunktiv_dass(view))
        fronted = _fronted_dass(view)
        if fronted is not None:
            out.append(fronted)
        known = _became_known(view)
        if known is not None:
            out.append(known)
        if not out:
            shared = _shared_view(view)
            if shared is not None:
                out.append(shared)
    return out


_POSSESSIVE_LABELS: Final = frozenset({"sein", "seine", "ihr", "ihre"})


def _fronted_dass(view: SentenceView) -> Candidate | None:
    """ "Dass die Mieten weiter steigen, befürchtet der Mieterbund.": a dass clause that opens the sentence, right
    before the finite cue whose subject follows it, is that subject's statement (not when the verb rejects it or is
    negated: "Dass …, bestritt er", "…, sagte er nicht")."""
    toks = view.toks
    if len(toks) < 6 or toks[0].low not in DASS:
        return None
    e = clause_end_plain(toks, 1)
    cue = view.cue_at(e + 1) if e + 2 < len(toks) and toks[e].text == "," else None
    if cue is None or cue.lemma in lexicon.REJECTING_VERBS or not toks[cue.index].text[0].islower():
        return None
    if negated_after(toks, cue.last):
        return None
    mention = speaker_of_cue(view, cue)
    if mention is None or mention.start < toks[cue.index].end or (mention.kind == "pronoun" and mention.head == "es"):
        return None  # (only the subject after the verb: "Dass …, wird vermutet" names nobody)
    return make(view, 1, e, DASS_CLAUSE, mention, cue)


def _possessive_label(view: SentenceView) -> Candidate | None:
    """ "Sein Fazit: Die Lage wird sich nicht entspannen.", "Ihre Prognose: Die Preise sinken.": a possessive and a
    statement noun before a colon label the main clause after it as the owner's statement (colon-intro; the owner
    is resolved as "er"/"sie" would be)."""
    toks = view.toks
    n = len(toks)
    if n < 6 or toks[1].quote is not None or toks[3].quote is not None:
        return None
    if toks[2].text != ":":
        return _possessive_copula(view)
    noun = toks[1].text
    if not noun[0].isupper() or not (noun.lower() in lexicon.STATEMENT_NOUNS or lexicon.source_of(noun)):
        return None
    if not toks[3].text[0].isupper() or not _opens_main_clause(toks, 3, n, view):
        return None
    return make(view, 3, n, COLON_INTRO, _owned_noun(view, 1), None)


def _owned_noun(view: SentenceView, i: int) -> Mention:
    """The phrase from the sentence's opening possessive to the noun at ``i`` ("Sein Fazit", "Ihre zentrale
    Forderung"), its owner resolved as "er"/"sie" would be."""
    toks = view.toks
    owner = pronoun_mention(toks[0], "er", "m") if toks[0].low.startswith("s") else pronoun_mention(toks[0], "sie", "f")
    phrase = view.text[toks[0].start : toks[i].end]
    return Mention(
        start=toks[0].start, end=toks[i].end, text=phrase, kind="source", head=toks[i].low, det=toks[0].low, inner=owner
    )


_COPULAS: Final = frozenset({"ist", "war", "sei"})


def _possessive_copula(view: SentenceView) -> Candidate | None:
    """ "Ihre wichtigste These ist, dass …", "Seine Forderung war, dass …": a possessive statement noun (after
    adjectives) as the subject of "ist"/"war" before a dass clause names the owner's statement, the clause."""
    toks = view.toks
    i = 1
    while i < 4 and is_adjective(toks[i]):
        i += 1
    if i + 4 >= len(toks) or toks[i].low not in lexicon.STATEMENT_NOUNS or not toks[i].text[0].isupper():
        return None
    if toks[i + 1].low not in _COPULAS or toks[i + 2].text != "," or toks[i + 3].low not in DASS:
        return None
    return make(view, i + 4, len(toks), DASS_CLAUSE, _owned_noun(view, i), None)


def _asks_addressee(toks: list[Tok], cue: Cue) -> bool:
    """In a question, the cue asks its addressee ("Glauben Sie, dass …?", "Warum sagen Sie, dass …?", "Hältst du
    es für möglich, dass …?"): the polite "Sie" (capitalised inside the sentence) or "du" right after the verb,
    and a question mark after it."""
    k = cue.index + 1
    if k >= len(toks) or not (toks[k].text == "Sie" or toks[k].low == "du"):
        return False
    return any(t.text == "?" for t in toks[k:])


_DEMAND_NOUNS: Final = both_spellings({"forderung", "forderungen", "ruf", "rufe"})


def _demand_phrase(view: SentenceView) -> Candidate | None:
    """ "Eine Forderung Belgiens nach der Einberufung des Ausschusses blieb unbeantwortet": what a demand with
    its holder (a genitive) asks for, the noun phrase after "nach", as the holder's statement."""
    toks = view.toks
    for i, t in enumerate(toks):
        if t.low not in _DEMAND_NOUNS or not t.text[0].isupper() or t.quote is not None:
            continue
        h = _demand_holder_end(toks, i + 1)
        if h < 0:
            continue
        holder, hj = parse_np(view.text, toks, i + 1, h, nested=True)
        if holder is None or hj != h or not (holder.kind in _SPEAKING_KINDS or initials(holder)):
            continue
        j = _demanded_end(toks, h + 1, clause_end(toks, h + 1))
        if j - h - 1 < 2:
            continue
        return make(view, h + 1, j, DEMAND_PHRASE, holder, None, cue_tuple=(t.start, t.end, t.text))
    return None


_DEMANDED_WINDOW: Final = 16
_BEFORE_NOUN: Final = frozenset({"und", "oder", "sowie", "mehr", "weniger", "keine", "keinen"})


def _demanded_end(toks: list[Tok], k: int, e: int) -> int:
    """Where the noun phrase a demand asks for ends, from ``k`` (before ``e``): determiners and adjectives (also
    joined: "einer raschen und dauerhaften Lösung"), nouns and quotations, genitives and prepositional
    attributes after its noun; ``k`` when no noun is reached."""
    j = k
    last_noun = k
    while j < e and j - k < _DEMANDED_WINDOW:
        t = toks[j]
        if t.quote is not None or t.text[0].isupper() or t.text[0].isdigit():
            j += 1
            last_noun = j
        elif t.low in DETERMINERS:
            j += 1
        elif last_noun == k and (is_adjective(t) or t.low in _BEFORE_NOUN):
            j += 1  # (before the noun)
        elif last_noun > k and t.low in PREPOSITIONS and j + 1 < e and toks[j + 1].low in DETERMINERS:
            j += 1  # "nach einem Ende der Gewalt in der Region"
        else:
            break
    return last_noun


# mentions that can hold words: a demand's holder, the origin of a saying ("stammt von X")
_SPEAKING_KINDS: Final = frozenset({"name", "role", "org", "group"})


def _demand_holder_end(toks: list[Tok], k: int) -> int:
    """The index of "nach" after the holder that follows a demand noun: a genitive ("der Opposition") or a name in
    the s-genitive ("Frankreichs"); -1 when no holder and "nach" follow."""
    n = len(toks)
    h = holder_end(toks, k)
    if h == k and k + 1 < n and toks[k].quote is None and toks[k].text[0].isupper() and toks[k].low.endswith("s"):
        h = k + 1  # "die Forderung Frankreichs nach …"
    return h if k < h < n - 2 and toks[h].low == "nach" else -1


# between a view's noun and the comma before its dass-clause: a correlate or the verb's particle
# (or the verb that says the view exists: "Einigkeit besteht darüber, …")
_VIEW_FILLERS: Final = both_spellings(
    {
        "darüber",
        "daran",
        "davon",
        "dahingehend",
        "vor",
        "aus",
        "besteht",
        "bestand",
        "herrscht",
        "herrschte",
    }
)
_VIEW_NEGATIONS: Final = frozenset({"kein", "keine", "keinen", "keiner", "nicht", "ohne"})


def _shared_view(view: SentenceView) -> Candidate | None:
    """ "Einigkeit besteht darüber, dass …", "Es herrschte die Meinung vor, dass …": a view in the air whose
    holder the sentence does not name (as "Es wird vermutet, dass …"); not "Es gibt keinen Zweifel, dass …"."""
    toks = view.toks
    n = len(toks)
    for i, t in enumerate(toks):
        if t.low not in lexicon.SHARED_VIEWS or not t.text[0].isupper() or t.quote is not None:
            continue
        k = i + 1
        while k < n and k - i <= 3 and toks[k].low in _VIEW_FILLERS:
            k += 1
        if k + 1 >= n or toks[k].text != "," or toks[k + 1].low not in DASS:
            continue
        lo = clause_start(toks, i, 0)
        if (
            any(u.low in _VIEW_NEGATIONS for u in toks[lo:i])
            or (i + 1 < n and toks[i + 1].low in DETERMINERS)
            or any(lo <= c.index < i for c in view.cues)
        ):
            return None  # no such view, one with its holder ("die Meinung der Experten, dass …"), or a verb's
            # ("Damit bestätigt sich die Befürchtung, dass …": the cue rules decide)
        hi = sentence_tail(view, k + 2, subordinate=lo > 0 and opens_subordinate(toks, lo), complement=True)
        hi = narrated_clause_end(view, k + 2, hi, reported_mood=False)  # "…, allerdings schrieb die Zeitung …"
        return make(view, k + 2, hi, IMPERSONAL_CLAUSE, None, None, cue_tuple=(t.start, t.end, t.text))
    return None


# "wurde bekannt", "ist bekannt geworden": made public ("ist dafür bekannt, dass …" is a reputation)
_BECOMING: Final = frozenset({"wurde", "wird", "geworden", "wurden", "werden"})
_KNOWN_WINDOW: Final = 6
# "dafür bekannt" (a reputation), "als bekannt", "so bekannt": no news made public
_BEFORE_BEKANNT: Final = both_spellings({"dafür", "als", "so"})


def _became_known(view: SentenceView) -> Candidate | None:
    """ "Im Mai wurde bekannt, dass …", "nachdem bekannt geworden war, dass …": a claim made public without a
    source (impersonal-clause), worth checking like "Es wird vermutet, dass …"."""
    toks = view.toks
    n = len(toks)
    for i, t in enumerate(toks):
        if (
            t.low != "bekannt"
            or t.quote is not None
            or view.cue_at(i) is not None
            or (i > 0 and toks[i - 1].low in _BEFORE_BEKANNT)
        ):
            continue
        e = clause_end(toks, i + 1)
        lo = clause_start(toks, i, 0)
        if (
            e + 1 >= n
            or toks[e].text != ","
            or toks[e + 1].low not in _COMPLEMENTIZERS
            or e - i > _KNOWN_WINDOW
            or not any(toks[j].low in _BECOMING for j in range(lo, e))
        ):
            continue
        hi = sentence_tail(view, e + 2, subordinate=lo > 0 or opens_subordinate(toks, lo), complement=True)
        return make(view, e + 2, hi, IMPERSONAL_CLAUSE, None, None, cue_tuple=(t.start, t.end, t.text))
    return None


# before "dass" (or "…, so, dass"): a consequence, a manner or a condition, not what someone said
_NOT_REPORTING_DASS: Final = both_spellings(
    {
        "so",
        "sodass",
        "ohne",
        "statt",
        "anstatt",
        "außer",
        "als",
        "bis",
        "nur",
        "zumal",
        "angenommen",
        "vorausgesetzt",
        "gesetzt",
        "dadurch",
    }
)
_DEGREE_BEFORE_DASS: Final = both_spellings(
    {"so", "derart", "dermaßen", "solch", "solche", "solchen", "solcher", "solches"}
)


def _konjunktiv_dass(view: SentenceView) -> list[Candidate]:
    """A dass-clause in Konjunktiv I after a verb that is no cue ("Die Experten berufen sich darauf, dass die
    Brücke nicht sicher sei", "Die Firma beruft sich darauf, dass …"): the mood marks it as reported, and the
    main clause's subject holds it. Cue rules that find the same clause win (higher priority)."""
    toks = view.toks
    out: list[Candidate] = []
    for i, tok in enumerate(toks):
        if tok.low not in DASS:
            continue
        if (
            i < 2
            or toks[i - 1].text != ","
            or toks[i - 2].low in _NOT_REPORTING_DASS
            or any(t.low in _DEGREE_BEFORE_DASS for t in toks[max(0, i - 5) : i - 1])
        ):
            continue  # "Dass …, ist klar", "ohne dass": no comma before; "so lange, dass …": a consequence
        e = clause_end(toks, i + 1)
        if not has_subjunctive(toks, i + 1, e, strong_only=True):
            continue
        lo = clause_start(toks, i - 1, 0)
        if has_subjunctive(toks, lo, i - 1):
            continue  # "Neu sei, dass …": the whole sentence is reported, a continuation of its own
        if _negated(toks, lo, i - 1):
            continue  # "wollte nicht ausschließen, dass …": nobody asserts it
        if any(view.cue_at(j) is not None for j in range(lo, i - 1)):
            continue  # a cue of its own: the cue rules took or refused the clause
        mention = main_subject(view, lo, i - 1)
        if mention is not None and mention.kind == "pronoun" and mention.head in ("es", "man"):
            mention = None
        hi = sentence_tail(view, i + 1, complement=True)
        c = make(view, i + 1, hi, KONJUNKTIV_DASS, mention, None)
        if c is not None:
            out.append(c)
    return out


def _complement(view: SentenceView, cue: Cue) -> Candidate | None:
    """sagte X, dass …  /  sagte X, die Lage sei ernst  /  sagte: Die Lage sei ernst  /  kündigte an, … zu …"""
    if cue.lemma in lexicon.REJECTING_VERBS and _claim_takes_complement(view, cue):
        return None  # "wies Berichte zurück, wonach …": the rejected claim, the noun's cue proposes it
    if view.text.find("nders als", view.start, view.end) >= 0 and _contrasted(view.toks, cue):
        return None  # "Das Auto sei, anders als die Polizei behauptet, langsam gefahren": not the police's claim
    c = _complement_clause(view, cue)
    # the negation test only for a clause found (most cues have none): "wollte nicht bestätigen, dass …",
    # "damit bestätigt sich, dass …": nobody asserts it
    if (
        c is None
        or (
            _negated_or_reflexive(view, cue, clause_end(view.toks, cue.last + 1)) and not negated_wonach(view.toks, cue)
        )
        or _narrators_hedge(view.toks, cue)
        or _modal_infinitive(view.toks, cue)
        or _subject_infinitive(view.toks, cue)
        or _noticing(view.toks, cue)
    ):
        return None
    return _inside_relative(view, cue, c)


def _inside_relative(view: SentenceView, cue: Cue, c: Candidate) -> Candidate:
    """The complement ``c`` of a cue in a relative clause ends where the main clause goes on after it: "Der
    Zeuge, der angab, er habe nichts gesehen, widerrief später" (not "…, widerrief später" as the statement)."""
    toks = view.toks
    if not _in_relative_clause(toks, cue):
        return c
    lo = cue.last + 1
    while lo < len(toks) and toks[lo].start < c.start:
        lo += 1
    comma = _main_clause_rest(toks, lo, c.end)
    if comma < 0:
        return c
    return c._replace(end=toks[comma - 1].end)


def _in_relative_clause(toks: list[Tok], cue: Cue) -> bool:
    """The cue's clause is a relative clause after a comma: ", der angab, …", ", bei dem sie erklärte, …"."""
    r = clause_start(toks, cue.index, 0)
    if r < 2 or toks[r - 1].text != ",":
        return False
    return toks[r].low in RELATIVES or (
        toks[r].low in PREPOSITIONS and r + 1 < cue.index and toks[r + 1].low in RELATIVES
    )


def _main_clause_rest(toks: list[Tok], lo: int, end: int) -> int:
    """The comma after which the last part of tokens lo.. (up to the character offset ``end``) is the rest of the
    main clause around the relative clause: a finite verb that opens it ("…, widerrief später seine Aussage") or
    a noun phrase with a determiner and no verb ("…, seine Meinung"), without a Konjunktiv I; -1 when none."""
    hi = lo
    while hi < len(toks) and toks[hi].end <= end:
        hi += 1
    comma = -1
    for j in range(lo + 2, hi - 1):
        if toks[j].text == ",":
            comma = j
    if comma < 0 or has_subjunctive(toks, comma + 1, hi, strong_only=True):
        return -1
    first = toks[comma + 1]
    if first.quote is not None or first.low in SUBORDINATORS or first.low in RELATIVES or first.low in _JOINS:
        return -1
    verb_first = first.low not in DETERMINERS and finite_first(first)
    # (not an indefinite article: "…, der Täter sei ein Nachbar, ein junger Mann" is an apposition)
    noun_phrase = first.low in DETERMINERS and not first.low.startswith("ein") and not has_verb(toks, comma + 2, hi)
    return comma if verb_first or noun_phrase else -1


_JOINS: Final = frozenset({"und", "oder", "aber", "sondern", "denn", "doch", "sowie"})


def _contrasted(toks: list[Tok], cue: Cue) -> bool:
    """The cue stands in a clause of contrast ("anders als die Polizei behauptet", "anders als von der Firma
    angegeben"): what follows is said against its subject's account, not in it."""
    for k in range(cue.index - 1, max(0, cue.index - _CONTRAST_WINDOW), -1):
        t = toks[k]
        if t.low == "als":
            return k > 0 and toks[k - 1].low == "anders"
        if t.quote is not None or t.text in _CONTRAST_STOPS:
            return False
    return False


_CONTRAST_WINDOW: Final = 10
_CONTRAST_STOPS: Final = frozenset({",", ";", ":", ".", "(", ")"})


def _claim_takes_complement(view: SentenceView, cue: Cue) -> bool:
    """The statement noun that a rejecting verb's clause names before its comma takes the complement after it:
    any complement when the noun closes the clause ("widersprach der Darstellung, die Polizei sei …"), a dass-
    or wonach-clause also after the verb's particle ("wies den Vorwurf zurück, dass …"; but "wies den Vorwurf
    zurück, man habe …" may be the rebuttal)."""
    toks = view.toks
    comma = clause_end(toks, cue.index + 1)
    if comma + 1 >= len(toks) or toks[comma].text != ",":
        return False
    opener = toks[comma + 1].low in DASS_WONACH
    return any(
        n.attitude
        and (
            (cue.index < n.index < comma and (opener or cue.last < n.index))
            or rejecting_participle(toks, n.index, cue)  # "hat Berichte zurückgewiesen, wonach …"
        )
        for n in view.cues
    )


_MODALS: Final = both_spellings(
    {"kann", "könnte", "muss", "müsste", "darf", "dürfte", "sollte", "soll", "möchte", "würde"}
)
_PERCEIVING: Final = both_spellings({"bemerken", "merken", "erfahren", "hören", "entdecken"})
_TEMPORAL: Final = both_spellings({"als", "nachdem", "sobald", "bevor", "während", "wenn", "bis"})


def _narrators_hedge(toks: list[Tok], cue: Cue) -> bool:
    """ "Unterm Strich kann man sagen, dass …": "man" with a modal verb is the narrator's own judgement; so is
    the agentless passive with one ("Als Ergebnis darf festgehalten werden, dass …", "Es kann gesagt werden, …")."""
    lo = clause_start(toks, cue.index, 0)
    words = {t.low for t in toks[lo : cue.index]}
    if words.isdisjoint(_MODALS):
        return False
    if "man" in words:
        return True
    k = cue.last + 1
    return k < len(toks) and toks[k].low == "werden" and "von" not in words and "vom" not in words


def _modal_infinitive(toks: list[Tok], cue: Cue) -> bool:
    """ "Es ist zu erwarten, dass …", "ist davon auszugehen, dass …", "war als Sensation zu bewerten, dass …": "sein"
    with the zu-infinitive of a verb of thinking or judging is the narrator's own assessment (not "war es ihr
    wichtig zu betonen, dass …": a verb of speech)."""
    if not _cue_as_zu_infinitive(toks, cue) or not (cue.cognition or cue.lemma in _JUDGING_VERBS):
        return False
    i = cue.index
    lo = clause_start(toks, i, 0)
    return any(toks[k].low in _SEIN for k in range(lo, i))


def _subject_infinitive(toks: list[Tok], cue: Cue) -> bool:
    """ "Einen Streik anzudrohen ist ein starkes Mittel, …": the zu-infinitive of the cue is the subject of "sein"
    right after it; nobody speaks, and the clause after the comma is no complement of the cue."""
    return _cue_as_zu_infinitive(toks, cue) and cue.last + 1 < len(toks) and toks[cue.last + 1].low in _SEIN


def _cue_as_zu_infinitive(toks: list[Tok], cue: Cue) -> bool:
    """The cue's verb is a zu-infinitive: "zu erwarten" written apart, or "auszugehen", "anzudrohen"."""
    i = cue.index
    low = toks[i].low
    return (i > 0 and toks[i - 1].low == "zu") or ("zu" in low[2:-2] and low.endswith("en"))


_JUDGING_VERBS: Final = frozenset({"bewerten", "werten", "beurteilen", "festhalten", "feststellen"})
_SEIN: Final = both_spellings({"ist", "war", "sind", "waren", "wäre", "wären"})


def _noticing(toks: list[Tok], cue: Cue) -> bool:
    """ "Als die Frau bemerkte, dass …": a verb of noticing in a temporal clause is a perception, no statement."""
    if cue.lemma not in _PERCEIVING:
        return False
    lo = clause_start(toks, cue.index, 0)
    return lo < cue.index and toks[lo].low in _TEMPORAL and opens_subordinate(toks, lo)


_COMPLEMENTIZERS: Final = both_spellings({"dass", "ob", "wonach"})
_APPOSITION_WORDS: Final = 8


def _complement_clause(view: SentenceView, cue: Cue) -> Candidate | None:
    """The complement of a cue, negated or not."""
    toks = view.toks
    opened = _complement_start(toks, cue)
    if opened is None:
        return None
    e, k = opened
    sep = toks[e]
    first = toks[k]
    if cue.index >= 2 and toks[cue.index - 1].low == "so" and toks[cue.index - 2].text in (",", "–", "—"):
        return None  # "…, so schätzen Forscher, …": a parenthesis around one statement (the so-frame)
    if (first.low in _COMPLEMENTIZERS or _asked(cue, first)) and (sep.text == "," or k == e):
        return _complementizer_clause(view, cue, k)
    if sep.text not in (",", ":"):
        return _unmarked_infinitive(view, cue, e)
    if first.quote is not None and not _quote_opens_clause(toks, k):
        return None  # a quotation right after the cue: the direct rules handle it
    if sep.text == "," and _coordinated_predicate(first) and not _verb_first_condition(toks, k):
        return None  # "bestätigte die Berichte, wollte aber nichts sagen": the subject's next verb, no complement
    return _unmarked_complement(view, cue, e, k)


def _asked(cue: Cue, first: Tok) -> bool:
    """An indirect question after a verb of asking: "fragte, wann …", "fragte nach, warum …" (as "fragte, ob …")."""
    return first.low in _ASKED_WORDS and cue.lemma in _ASKING


_ASKING: Final = frozenset({"fragen", "nachfragen"})
_ASKED_WORDS: Final = both_spellings(
    {
        "wann",
        "warum",
        "weshalb",
        "wieso",
        "weswegen",
        "wie",
        "wo",
        "wohin",
        "woher",
        "wer",
        "wen",
        "wem",
        "was",
        "welche",
    }
    | {"welcher", "welches", "welchen", "inwiefern", "inwieweit", "wozu", "womit", "wofür"}
)


def _complement_start(toks: list[Tok], cue: Cue) -> tuple[int, int] | None:
    """Where the complement of a cue may start: (the end of the cue's clause, the first token after it and its
    comma or colon), past an apposition to the subject before a complementizer; None when no token follows."""
    n = len(toks)
    e = clause_end(toks, cue.last + 1)
    if e >= n:
        return None
    k = e + 1 if toks[e].text in (",", ":") else e
    if k >= n:
        return None
    if toks[e].text == "," and toks[k].low not in _COMPLEMENTIZERS:
        e2 = clause_end(toks, k)
        if _apposition_before_complementizer(toks, k, e2) or (e > cue.last + 1 and _role_apposition(toks, e2)):
            return e2, e2 + 1
    return e, k


def _apposition_before_complementizer(toks: list[Tok], k: int, e: int) -> bool:
    """Tokens k..e are a short apposition to the subject, and a complementizer follows its comma: "erklärte der
    Eigentümer, ein Verlag aus Essen, dass …" (an adverb in its attribute, too: "das auch die „Post“ verlegende
    Medienhaus")."""
    return (
        e + 1 < len(toks)
        and e - k <= _APPOSITION_WORDS
        and toks[e].text == ","
        and toks[e + 1].low in _COMPLEMENTIZERS
        and all(is_nominal(t) or t.low in SENTENCE_ADVERBS for t in toks[k:e])
    )


def _role_apposition(toks: list[Tok], e: int) -> bool:
    """The clause before the comma at ``e`` is a role apposition to the subject before it ("sagte Karl Roth,
    Geschäftsführer des Verbands, die Lage sei ernst"; the caller sees to it that a subject stands between the cue
    and the apposition, unlike "meldet, der Kapitän, der …"), and more follows its comma."""
    return e + 2 < len(toks) and toks[e].text == "," and role_apposition_before(toks, e + 1) < e + 1


def _complementizer_clause(view: SentenceView, cue: Cue, k: int) -> Candidate | None:
    """The clause a complementizer at ``k`` opens after a cue: "sagte X, dass …", "fragte, ob …" (not "entscheidet,
    ob …", no report of speech)."""
    first = view.toks[k]
    if first.low == "ob" and (cue.cognition or cue.lemma in _DECIDING):
        return None  # "entscheidet, ob …" is no report of speech
    if _explained_fact(view.toks, k):
        return None  # "nannte zwei Gründe dafür, dass …": the fact the reasons explain, nobody's statement
    mention = _past_correlate(view, speaker_of_cue(view, cue), k)
    justified = _justification(view.toks, cue)
    if justified >= 0 and mention is None:
        mention = _justifier(view, justified)
    rule = _complementizer_rule(view, cue, first, mention) if justified < 0 else _justified_rule(mention)
    if rule is None:
        return None
    if rule is IMPERSONAL_CLAUSE and _holderless_claim(view, cue, mention):
        mention = _claim_mention(view, cue)  # "Vorwürfe wurden laut, dass …"
    hi = sentence_tail(view, k + 1, subordinate=_in_subordinate(view, cue), complement=True)
    hi = narrated_clause_end(view, k + 1, hi, reported_mood=False)
    lo = k if first.low in _ASKED_WORDS else k + 1  # (the question word belongs to what was asked)
    return make(view, lo, _noun_complement_end(view, cue, lo, hi), rule, mention, cue)


# nouns of a justification given with an act: "lehnte ab, mit der Begründung, dass …", "mit dem Hinweis, dass …"
_JUSTIFICATIONS: Final = both_spellings({"begründung", "hinweis", "argument", "verweis"})


def _justification(toks: list[Tok], cue: Cue) -> int:
    """The index of "mit" before "der/dem" and a justification noun that is the cue ("mit der Begründung, dass
    …"), or -1."""
    i = cue.index
    if cue.lemma not in _JUSTIFICATIONS or i < 2 or toks[i - 2].low != "mit" or toks[i - 1].low not in ("der", "dem"):
        return -1
    return i - 2


def _justifier(view: SentenceView, mit: int) -> Mention | None:
    """Who gives the justification that "mit" at ``mit`` opens after the comma closing a main clause ("Das Gericht
    lehnte die Klage ab, mit der Begründung, …"): that clause's subject, a person, body or group; else None."""
    if mit < 3 or view.toks[mit - 1].text != ",":
        return None
    m = main_subject(view, 0, mit - 1)
    return m if m is not None and m.kind in _HOLDER_KINDS and m.kind != "pronoun" else None


def _justified_rule(mention: Mention | None) -> Rule:
    """A justification is its giver's statement (dass-clause); one the sentence gives nobody ("Mit der Begründung,
    dass …, wurde der Antrag abgelehnt") a claim without a source (impersonal-clause)."""
    return DASS_CLAUSE if mention is not None else IMPERSONAL_CLAUSE


def _past_correlate(view: SentenceView, mention: Mention | None, k: int) -> Mention | None:
    """ "sah es das Gericht als erwiesen an, dass …", "hält es der Verband für möglich, dass …": the "es" after the
    verb is the correlate of the clause, the subject the phrase right after it (before the complementizer at
    ``k``); else ``mention``."""
    if mention is None or mention.kind != "pronoun" or mention.head != "es":
        return mention
    toks = view.toks
    j = next((x for x in range(len(toks)) if toks[x].start == mention.start), -1) + 1
    if j <= 0 or j >= k or toks[j].low not in _NOMINATIVE_OPENERS:
        return mention
    subject, _ = parse_np(view.text, toks, j, k)
    if subject is None or subject.kind == "pronoun" or (subject.kind not in _HOLDER_KINDS and subject.age is None):
        return mention  # (a phrase with an age is a person's: "der 53-jährige Uribe")
    return subject


# finite verbs in the indicative that open a second predicate of the same subject after a comma ("lobte den Plan,
# wollte aber …"); no Konjunktiv ("sollte", "wäre", "hätte" open a condition: "sagte, wäre das so, …")
_INDICATIVE_OPENERS: Final = wordset(
    """
    war waren wurde wurden hatte hatten konnte konnten musste mussten wollte wollten durfte durften ist sind
    wird hat kann muss will darf
    """
)


def _coordinated_predicate(first: Tok) -> bool:
    """The clause after the cue's comma opens with a finite verb in the indicative past or present, no
    complement but the subject's next predicate: "bestätigte die Berichte, wollte aber keine Details nennen",
    "lobte den Plan, sagte aber, …", "verließ den Saal, ließ sich aber …"."""
    if first.quote is not None or not first.text[:1].islower():
        return False
    low = first.low
    if low in _INDICATIVE_OPENERS or low in lexicon.PAST_FORMS:
        return True
    return low.endswith(("te", "ten")) and _weak_past(low)


def _weak_past(low: str) -> bool:
    """A speech verb's form in "-te"/"-ten" that is its past ("lobte", "bestätigten"), not the infinitive,
    zu-infinitive or participle that end alike ("berichten", "abzustreiten", "gehalten"), which open a
    complement: "bat darum, antworten zu dürfen", "betonte, gehalten habe man sich an alles"."""
    info = lexicon.VERBS.get(low)
    return (
        info is not None
        and low != info.lemma
        and low.replace("zu", "", 1) != info.lemma
        and low not in lexicon.PARTICIPLES
    )


def _verb_first_condition(toks: list[Tok], k: int) -> bool:
    """The clause at ``k`` that opens with a finite verb is a condition, the main clause after its comma opening
    with a verb of its own: "warnte, wird das Werk geschlossen, verlieren 200 Menschen ihre Arbeit"."""
    for j in range(k + 1, len(toks) - 1):
        if toks[j].low in _CONTRASTING:
            return False  # "…, wollte aber keine Details nennen, ließ …": a second predicate, set against the first
        if toks[j].text in CLAUSE_PUNCT:
            nxt = toks[j + 1]
            return (
                toks[j].text == ","
                and nxt.quote is None
                and nxt.text[0].islower()
                and nxt.low not in FUNCTION_WORDS
                and nxt.low not in _QUESTION_WORDS
            )
    return False


# the words that set a second predicate against the first ("…, wollte aber …", "…, ließ doch …")
_CONTRAST: Final = frozenset({"aber", "jedoch", "allerdings"})
_CONTRASTING: Final = _CONTRAST | {"doch"}


# determiners that may open a subject (not "den", "dem", "des": "damit sei es den Behörden möglich")
_NOMINATIVE_OPENERS: Final = frozenset({"der", "die", "das", "ein", "eine"})


def _unmarked_complement(view: SentenceView, cue: Cue, e: int, k: int) -> Candidate | None:
    """The complement without complementizer after the comma or colon at ``e`` (``k`` = e + 1): a clause in the
    Konjunktiv ("sagte X, die Lage sei ernst"), a main clause after a report verb or a colon ("Das Gericht hat
    entschieden: Die Stadt muss zahlen."), or a zu-infinitive ("kündigte an, die Steuern zu senken")."""
    toks = view.toks
    sep = toks[e]
    first = toks[k]
    hi = sentence_tail(view, k, subordinate=_in_subordinate(view, cue), complement=True)
    seg_end = clause_end(toks, k)
    if first.low in _INFINITIVE_OPENERS and _purpose_clause(toks, k, hi):
        return None  # "…, um zu prüfen unter welchen Umständen sie handeln könnten": the narrator's purpose
    subjunctive = _complement_subjunctive(view, k, seg_end, hi)
    past_condition = _infinitive_past_condition(toks, k, seg_end)  # "…, sollte/falls X …, die Hilfe einzustellen"
    if (
        past_condition == seg_end
        and not _reported_after_condition(toks, k, seg_end)
        and _other_clause_after_cue(toks, cue, k, seg_end, hi, sep.text, subjunctive)
    ):
        return None
    if subjunctive:
        return _subjunctive_complement(view, cue, k, hi)
    if (
        (cue.lemma in lexicon.REPORT_VERBS or (_impersonal_report(toks, cue) and first.low not in _QUESTION_WORDS))
        and sep.text == ","
        and _finite_main(view, cue)
        and _opens_main_clause(toks, k, seg_end, view)
    ):
        return make(view, k, hi, V2_CLAUSE, speaker_of_cue(view, cue), cue)
    if sep.text == ":":
        colon = _colon_clause(view, cue, k, seg_end, hi)
        if colon is not None:
            return colon
    return _zu_infinitive_after_cue(view, cue, k, e, past_condition)


def _zu_infinitive_after_cue(view: SentenceView, cue: Cue, k: int, e: int, seg_end: int) -> Candidate | None:
    """A zu-infinitive from ``k`` (its first segment ends at ``seg_end``): "kündigte an, die Steuern zu senken",
    "warf ihm vor, gelogen zu haben", "hofft, … zu können", "bat ihn, ihre „Grüße … zu übermitteln“" (not "…, um
    … zu …": a purpose clause of the narrator)."""
    toks = view.toks
    seg_end = _infinitive_past_insertion(toks, k, _infinitive_past_quotation(toks, k, seg_end))
    quoted = _quoted_zu_infinitive(view.text, toks, k, seg_end)
    seg_end = quoted if quoted > 0 else seg_end
    if (
        seg_end - k >= 2
        and toks[k].low not in _INFINITIVE_OPENERS
        and (quoted > 0 or _is_zu_infinitive(toks, k, seg_end) or _infinitive_before_tail(toks, k, seg_end))
        and not _declared_as(toks, cue)
    ):
        return _infinitive_complement(view, cue, k, e, seg_end)
    return None


# a zu-infinitive that ends a clause inside a quotation: "„… den Familien zu übermitteln, die …“"
_QUOTED_ZU: Final = regex.compile(r"\bzu \p{Ll}+(?:en|ln|rn)(?=\s*(?:[,;.!?]|$))")


def _quoted_zu_infinitive(text: str, toks: list[Tok], k: int, seg_end: int) -> int:
    """The end of a segment from ``k`` whose few words before ``seg_end`` open a quotation there that holds its
    zu-infinitive and ends the clause: "bat ihn, ihre „Anteilnahme den Familien zu übermitteln, die …“"; else -1."""
    j = seg_end - 1 if seg_end > k and toks[seg_end - 1].quote is not None else seg_end  # (the clause may end past it)
    if j >= len(toks) or j == k or j - k > _QUOTED_ZU_LEAD:
        return -1
    q = toks[j].quote
    if q is None or (j + 1 < len(toks) and toks[j + 1].text not in _CLAUSE_CLOSERS):
        return -1
    return j + 1 if _QUOTED_ZU.search(text, q.inner_start, q.inner_end) is not None else -1


_QUOTED_ZU_LEAD: Final = 3  # words before the quotation that holds the zu-infinitive ("ihre „…“", "die Stadt „…“")
_CLAUSE_CLOSERS: Final = frozenset({".", "!", "?", ",", ";"})


def _declared_as(toks: list[Tok], cue: Cue) -> bool:
    """ "erklären" with "zum"/"zur" in its clause declares a status ("die zum Notstandsgebiet erklärt wurde"): a
    zu-infinitive after it is no content of the declaration but belongs to the clause around."""
    if cue.lemma not in _ERKLAEREN:
        return False
    lo = clause_start(toks, cue.index, 0)
    return any(t.low in ("zum", "zur") for t in toks[lo : cue.index])


_ERKLAEREN: Final = both_spellings({"erklären"})  # (the lemma as the text spells it: erklaeren)


def _purpose_clause(toks: list[Tok], k: int, hi: int) -> bool:
    """Tokens k..hi after "um", "ohne" or "statt" are a zu-infinitive and no Konjunktiv I: the narrator's purpose
    or manner, no one's statement (not "sagte, ohne neue Schulden sei die Krise nicht zu lösen")."""
    return any(t.low == "zu" for t in toks[k + 1 : hi]) and not has_subjunctive(toks, k, hi, strong_only=True)


def _impersonal_report(toks: list[Tok], cue: Cue) -> bool:
    """ "hieß es", "heißt es", "verlautete": the impersonal cues of a source; a main clause after their comma is
    what was said, in any mood ("Aus Unternehmenskreisen hieß es, zehn Maschinen sollten stillgelegt werden")."""
    if cue.lemma == "verlauten":
        return True
    return cue.lemma in HEISSEN and any(toks[j].low == "es" for j in (cue.index - 1, cue.index + 1))


def _complement_subjunctive(view: SentenceView, k: int, seg_end: int, hi: int) -> bool:
    """The clause from ``k`` (its first segment ends at ``seg_end``, the statement could run to ``hi``) has a
    Konjunktiv within reach, as written or in a quotation; a zu-infinitive segment without a strong one ends it:
    "…, das Angebot ablehnen zu wollen, dürfte es teuer werden" (but "…, es sei viel zu tun")."""
    toks = view.toks
    if (
        seg_end - k >= 2
        and _is_zu_infinitive(toks, k, seg_end)
        and not has_subjunctive(toks, k, seg_end, strong_only=True)
    ):
        return False
    reach = max(_after_subject_relative(toks, seg_end, hi), min(hi, k + 14))
    return has_subjunctive(toks, k, reach) or _quoted_subjunctive(view, k, reach)


def _other_clause_after_cue(
    toks: list[Tok], cue: Cue, k: int, seg_end: int, hi: int, sep: str, subjunctive: bool
) -> bool:
    """The clause at ``k`` after the cue's ``sep`` is no complement of it: the consequence of a condition, a
    relative clause, or an adverbial clause ("…, weil …")."""
    first = toks[k]
    if subjunctive and _in_condition(toks, cue) and not has_subjunctive(toks, k, hi, strong_only=True):
        return True  # "Sollte der Antrag angenommen werden, könnte …": a condition and its consequence
    if subjunctive and sep == "," and _adversative_conjunct(toks, k):
        return True  # "X habe zwar Hilfe zugesagt, aber Zusagen seien ausgeblieben": a clause of its own
    if (
        first.low in RELATIVES
        and sep == ","
        and (not subjunctive or (seg_end - k >= 3 and toks[seg_end - 1].low in _WISH_MODALS))
        and _relative_clause(toks, k, seg_end)
    ):
        # ", der sagte", ", die nicht genannt werden möchte" (a relative clause; its closing "möchte" is a wish, no
        # report) vs ", die Lage sei ernst", ", der Klage … stattzugeben"
        return True
    # "…, weil …" (but "…, damit solle ein Machtvakuum …" is a main clause)
    return (
        first.low in SUBORDINATORS
        and first.low not in ("wie",)
        and not (k + 1 < len(toks) and (toks[k + 1].low in AUXILIARIES or toks[k + 1].low in lexicon.SUBJUNCTIVE_I))
    )


def _adversative_conjunct(toks: list[Tok], k: int) -> bool:
    """The clause at ``k`` after the cue's comma opens with "aber"/"sondern"/"und"/"oder", or with "doch"/"jedoch"
    before its subject ("…, doch passiert sei nichts"): coordinated with the cue's clause, no complement of the cue
    ("…, jedoch sei die Lage ernst" puts the adverb before the finite verb: a complement)."""
    low = toks[k].low
    if low in ("aber", "sondern"):
        return True
    if low in ("und", "oder"):
        # "…, und einige Fotografen hätten …": a clause joined to the cue's, no complement of it (not "und zwar")
        return k + 1 < len(toks) and toks[k + 1].low != "zwar"
    if low not in ("doch", "jedoch") or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1].low
    return nxt not in AUXILIARIES and nxt not in lexicon.SUBJUNCTIVE


def _subjunctive_complement(view: SentenceView, cue: Cue, k: int, hi: int) -> Candidate | None:
    """ "sagte X, die Lage sei ernst": the clause in the Konjunktiv from ``k``, with the cue's speaker, or an
    impersonal claim without one (not a claim with no named holder: "wandte sich gegen die Behauptung, …")."""
    mention = speaker_of_cue(view, cue)
    if mention is None and others_stance(view.toks, cue):
        return None  # "wandte sich gegen die Behauptung, …": a claim with no named holder
    rule = SUBJUNCTIVE_CLAUSE
    if _holderless_claim(view, cue, mention):
        rule, mention = IMPERSONAL_CLAUSE, _claim_mention(view, cue)
    elif mention is not None and mention.end > view.toks[k].start:
        k = _past_apposition(view.toks, mention, k, hi)  # "erklärte der Direktor, Jan Roth, die Lage sei …"
    k = _past_narrated_relative(view.toks, k, hi)  # "Nach Einschätzung eines Experten, der … befragt wurde, würde …"
    hi = narrated_clause_end(view, k, hi, reported_mood=True)
    return make(view, k, _noun_complement_end(view, cue, k, hi), rule, mention, cue)


def _past_apposition(toks: list[Tok], mention: Mention, k: int, hi: int) -> int:
    """Where the complement starts when the speaker phrase after the cue runs past the comma at ``k`` with its
    apposition ("erklärte der Direktor der Behörde, Jan Roth, die Lage sei ernst"): after it, and past a short
    phrase before a complementizer ("sagte der Sprecher, Jan Roth, gegenüber der Presse, dass …"); ``k`` when
    nothing of the phrase would be left."""
    j = k
    while j < hi and toks[j].start < mention.end:
        j += 1
    if j < hi and toks[j].text == ",":
        j += 1
    e = clause_end(toks, j, hi)
    if (
        e + 1 < hi
        and toks[e].text == ","
        and toks[e + 1].low in _COMPLEMENTIZERS
        and _apposition_before_complementizer(toks, j, e)
    ):
        j = e + 2
    return j if j < hi else k


def _past_narrated_relative(toks: list[Tok], k: int, hi: int) -> int:
    """Past a relative clause at ``k`` that tells of the speaker in the indicative before the Konjunktiv
    complement ("schrieb in einer Erklärung, die im Netz erschien, sie wolle …"); ``k`` itself where the relative
    clause is the report ("Mängel, für die der Staat verantwortlich sei")."""
    if not opens_relative(toks, k):
        return k
    r = clause_end_plain(toks, k)
    if r + 1 >= hi or toks[r].text != "," or has_subjunctive(toks, k, r) or not has_subjunctive(toks, r + 1, hi):
        return k
    return r + 1


def _colon_clause(view: SentenceView, cue: Cue, k: int, seg_end: int, hi: int) -> Candidate | None:
    """ "Das Gericht hat entschieden: Die Stadt muss zahlen.": a main clause after the cue's colon, the statement
    without quotation marks, when a holder says it (not "Auch Positives ist zu berichten: …", nor narration
    with a cue of its own after the colon)."""
    toks = view.toks
    infinitive = cue.index > 0 and toks[cue.index - 1].low == "zu"
    if (
        (cue.cognition and not _attitude_before_colon(toks, cue))
        or infinitive
        or not toks[k].text[0].isupper()
        or _news_item_label(toks, cue)
        or not _opens_main_clause(toks, k, seg_end, view)
        or any(view.cue_at(j) for j in range(k, seg_end))
    ):
        return None
    mention = speaker_of_cue(view, cue)
    if (
        mention is not None
        and _holder_kind(mention) in _HOLDER_KINDS | {"source"}
        and (mention.kind != "pronoun" or mention.head in ("er", "sie"))
    ):
        return make(view, k, hi, COLON_CLAUSE, mention, cue)
    return None


def _news_item_label(toks: list[Tok], cue: Cue) -> bool:
    """ "Kurz gemeldet: Die Bäckerei schließt …", "Soeben bekannt gegeben: …": a bare participle without a finite verb
    in the first words before the colon labels a news item, nobody says it (not "Die Polizei hat gemeldet: …")."""
    i = cue.index
    return (
        i <= 2
        and i + 1 < len(toks)
        and toks[i + 1].text == ":"
        and toks[i].low in lexicon.PARTICIPLES
        and not any(toks[j].low in AUXILIARIES for j in range(i))
    )


def _attitude_before_colon(toks: list[Tok], cue: Cue) -> bool:
    """ "Lenz ist überzeugt: Die Straße wird kommen.": an attitude adjective right before the colon holds what its
    subject is sure of, as "überzeugt, dass …" does (not a noun: "Die Sorge: …")."""
    i = cue.index
    return cue.attitude and toks[i].text[0].islower() and i + 1 < len(toks) and toks[i + 1].text == ":"


def _infinitive_complement(view: SentenceView, cue: Cue, k: int, e: int, seg_end: int) -> Candidate | None:
    """The zu-infinitive in tokens k..seg_end after a cue (its clause ends at ``e``): infinitive-clause with the
    cue's speaker, impersonal-clause for a claim or an act of speech without one, or None."""
    toks = view.toks
    mention = _past_correlate(view, speaker_of_cue(view, cue), e)  # "sieht es X als Aufgabe an, … zu …"
    if mention is None and _public_appeal(toks, cue, k, seg_end):
        return None  # "Zeugen werden gebeten, sich bei der Polizei zu melden": the report's own call
    if _holderless_claim(view, cue, mention):
        end = _dependent_clauses_end(toks, seg_end)
        return make(view, k, end, IMPERSONAL_CLAUSE, _claim_mention(view, cue), cue)
    if mention is None and cue.attitude:
        # "den Plan, … zu …" whose holder is no one the sentence names: an act of speech without its speaker
        return _holderless_act(view, cue, k, _dependent_clauses_end(toks, seg_end))
    hoping = cue.attitude or cue.lemma in _HOPING or (cue.lemma in _JUDGING and _correlate_es(toks, cue, e))
    if cue.cognition and (
        not hoping or mention is None or (mention.kind == "pronoun" and mention.head not in ("er", "sie"))
    ):
        return None  # "es wird erwartet, … zu …": nobody's hope; "ist … zu sehen": no thought at all
    if (
        cue.attitude
        and toks[cue.index].text[0].isupper()
        and (mention is None or (_holder_kind(mention) not in _HOLDER_KINDS and not initials(_holder_of(mention))))
    ):
        return None  # "den Plan, … zu …" whose holder the sentence names as no one who can hold it
    return make(view, k, _dependent_clauses_end(toks, seg_end), INFINITIVE_CLAUSE, mention, cue)


_APPEALS: Final = frozenset({"bitten", "auffordern", "aufrufen"})
_COME_FORWARD: Final = frozenset({"melden", "wenden"})


def _public_appeal(toks: list[Tok], cue: Cue, k: int, hi: int) -> bool:
    """A call in the passive without an agent to come forward ("Zeugen werden gebeten, sich … zu melden", "Wer
    etwas gesehen hat, wird aufgefordert, sich an die Polizei zu wenden"): the report's own appeal to its
    readers, nobody's statement to verify."""
    if cue.lemma not in _APPEALS or not _indicative_passive(toks, cue):
        return False
    last = hi - 1
    while last > k and not toks[last].text[0].isalnum():
        last -= 1
    verb = toks[last].low
    stem = verb[2:] if verb.startswith("zu") and verb[2:] in _COME_FORWARD else verb
    return stem in _COME_FORWARD and toks[k].low == "sich"


def _holderless_act(view: SentenceView, cue: Cue, k: int, hi: int) -> Candidate | None:
    """ "Ursprüngliche Pläne, den Wolf zu betäuben, …", "erging die Aufforderung, … einzustellen": what was asked
    or planned, whose speaker the sentence does not name; its noun phrase is the mention."""
    toks = view.toks
    noun = toks[cue.index]
    if (
        not noun.text[0].isupper()
        or noun.low not in lexicon.ACT_NOUNS
        or (cue.last != cue.index and toks[cue.index + 1].low not in _ADDRESSEE_PREPOSITIONS)
    ):
        return None  # (a holder after the noun names its speaker: "die Bitte des Anwalts, …")
    j = _noun_phrase_start(toks, cue.index)
    if j > 0 and toks[j - 1].low in PREPOSITIONS and toks[j - 1].low not in ("an", "auf"):
        return None  # "nach dem Plan, …", "mit dem Ziel, …": the circumstance of something else (not "auf die
        # Bitte, …, reagierte niemand": the act answered)
    start = toks[j].start
    m = Mention(start=start, end=noun.end, text=view.text[start : noun.end], kind="source", head=noun.low)
    return make(view, k, hi, IMPERSONAL_CLAUSE, m, cue)


# after an act noun, the one it is addressed to, not its holder: "Anfragen an den Provider, … zu sperren"
_ADDRESSEE_PREPOSITIONS: Final = both_spellings({"an", "gegenüber"})


def _noun_phrase_start(toks: list[Tok], v: int) -> int:
    """The first token of the phrase the noun at ``v`` heads: its determiner and up to two adjectives (not past a
    preposition)."""
    j = v
    while j > 0 and v - j < 3 and toks[j - 1].low not in PREPOSITIONS and _before_noun(toks[j - 1], opening=j == 1):
        j -= 1
    return j


def _claim_mention(view: SentenceView, cue: Cue) -> Mention:
    """ "Erneut wurden Vorwürfe laut, …", "die wachsenden Ängste, …": a claim that names no holder is named by
    its noun phrase, the phrase that tells where it comes from (its speaker stays unknown)."""
    toks = view.toks
    v = cue.index
    noun = toks[v]
    j = v
    while j > 0 and v - j < 2 and is_adjective(toks[j - 1]):
        j -= 1
    # a determiner before the adjectives, else the bare noun ("stehen Vorwürfe im Raum": not the verb)
    j = j - 1 if j > 0 and toks[j - 1].low in DETERMINERS else v
    start = toks[j].start
    return Mention(start=start, end=noun.end, text=view.text[start : noun.end], kind="source", head=noun.low)


def _before_noun(t: Tok, *, opening: bool) -> bool:
    """A determiner or an adjective before a noun (capitalised when it opens the sentence: "Ursprüngliche Pläne")."""
    if t.quote is not None:
        return False
    if t.low in DETERMINERS:
        return True
    return t.low.endswith(_ADJECTIVE_ENDINGS) if opening else is_adjective(t)


_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es")


def _infinitive_past_quotation(toks: list[Tok], k: int, q: int) -> int:
    """Where the segment k..q ends: past a quotation at ``q`` when a zu-infinitive quotes a phrase inside ("…, bis
    Mai „alle fremden Truppen“ abzuziehen"), else at ``q``."""
    if q + 1 >= len(toks) or toks[q].quote is None:
        return q
    e = clause_end(toks, q + 1)
    return e if e - q >= 2 and _is_zu_infinitive(toks, k, e) else q


def _reported_after_condition(toks: list[Tok], k: int, q: int) -> bool:
    """A condition k..q opens the complement, whose main clause follows it with a Konjunktiv I form first ("kündigte
    an, wenn das Gesetz komme, werde er klagen")."""
    return (
        toks[k].low in _CONDITION_OPENERS
        and q + 2 < len(toks)
        and toks[q].text == ","
        and toks[q + 1].low in lexicon.SUBJUNCTIVE_I
    )


def _infinitive_before_tail(toks: list[Tok], k: int, q: int) -> bool:
    """The segment k..q is a zu-infinitive with a short phrase put after it: "zurückzutreten als Chefin der
    Partei", "gekürzt zu haben und zwar ausgerechnet hier" (no verb in the phrase)."""
    for j in range(q - 1, max(k + 1, q - _TAIL_WORDS - 1), -1):
        t = toks[j]
        if t.quote is not None or t.low in AUXILIARIES or t.low == "zu":
            return False
        opens = t.low == "als" or (t.low == "und" and j + 1 < q and toks[j + 1].low == "zwar")
        if opens:
            return j - k >= 2 and _is_zu_infinitive(toks, k, j)
    return False


_TAIL_WORDS: Final = 6


def _infinitive_past_condition(toks: list[Tok], k: int, q: int) -> int:
    """Where the segment k..q ends: past the zu-infinitive after a condition that opens it ("kündigte an, sollte
    der Putschist die Macht übernehmen, die Hilfe einzustellen"; the condition is part of what was said), else
    at ``q``."""
    if toks[k].low not in _CONDITION_OPENERS or q + 2 >= len(toks) or toks[q].text != ",":
        return q
    e = clause_end(toks, q + 1)
    return e if e - q >= 3 and _is_zu_infinitive(toks, q + 1, e) else q


def _infinitive_past_insertion(toks: list[Tok], k: int, q: int) -> int:
    """Where the segment k..q ends: past a relative clause or an apposition between commas when the zu-infinitive
    after it completes the segment ("…, die Firma, die er gegründet hatte, zu verkaufen", "…, über den Turm, das
    größte der Gebäude, nicht mehr zu bestimmen"), else at ``q``."""
    if q + 3 >= len(toks):
        return q
    c = q + 1 if toks[q].quote is not None else q  # "über den „Turm“, das größte …"
    if c - k < 1 or c + 2 >= len(toks) or toks[c].text != "," or not _noun_or_quote(toks, c - 1):
        return q
    if _is_zu_infinitive(toks, k, c):
        return q
    ins_end = clause_end(toks, c + 1)
    if ins_end - c > _INSERTION_WORDS or ins_end + 2 >= len(toks) or toks[ins_end].text != ",":
        return q
    first = toks[c + 1]
    relative = first.low in RELATIVES or (
        first.low in PREPOSITIONS and c + 2 < ins_end and toks[c + 2].low in RELATIVES
    )
    if not relative and not all(is_nominal(t) or t.low in _FOCUS_WORDS for t in toks[c + 1 : ins_end]):
        return q
    e = clause_end(toks, ins_end + 1)
    return e if e - ins_end >= 2 and _is_zu_infinitive(toks, ins_end + 1, e) else q


_INSERTION_WORDS: Final = 12  # a relative clause or an apposition inside a zu-infinitive is short
# words that may open an apposition besides its noun phrase ("mit allen Parteien, auch der Linken, zu verhandeln")
_FOCUS_WORDS: Final = frozenset(
    {"auch", "etwa", "insbesondere", "besonders", "darunter", "allem", "also", "nur", "sogar", "selbst", "als"}
)


def _noun_or_quote(toks: list[Tok], j: int) -> bool:
    """Token ``j`` ends a noun phrase: a noun, a quotation, or a number after a noun ("auf der A 7", "nach
    Artikel 12")."""
    t = toks[j]
    if t.quote is not None or is_nounlike(t):
        return True
    return t.text.isdigit() and j > 0 and is_nounlike(toks[j - 1])


def _relative_clause(toks: list[Tok], k: int, seg_end: int) -> bool:
    """The segment after a comma that opens with a relative pronoun is a relative clause: not when a noun or an
    adjective follows the pronoun (an article: ", die Lage sei ernst"), nor when it is a zu-infinitive."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and (is_nounlike(nxt) or is_adjective(nxt)):
        return False
    return not (seg_end - k >= 3 and _is_zu_infinitive(toks, k, seg_end))


def _explained_fact(toks: list[Tok], k: int) -> bool:
    """The dass-clause at ``k`` follows a noun of reason, condition or example and its pronominal adverb
    ("Gründe dafür, dass …", "Bedingungen dafür, dass …"): it depends on the noun, not on the cue."""
    return (
        k >= 3
        and toks[k].low in DASS
        and toks[k - 1].text == ","
        and toks[k - 2].low in _PRONOMINAL_ADVERBS
        and toks[k - 3].text[0].isupper()
        and toks[k - 3].low in lexicon.EXPLAINED_NOUNS
    )


_WISH_MODALS: Final = both_spellings({"möchte", "möchten"})
_PRONOMINAL_ADVERBS: Final = both_spellings(
    {"dafür", "dagegen", "darauf", "darüber", "daran", "davon", "dazu", "damit"}
)


def _complementizer_rule(view: SentenceView, cue: Cue, first: Tok, mention: Mention | None) -> Rule | None:
    """The rule of a dass/ob/wonach clause after a cue: dass-clause, or impersonal-clause for a claim whose
    holder the sentence does not name; None when the clause is nobody's claim."""
    toks = view.toks
    if cue.cognition and (mention is None or (mention.kind == "pronoun" and mention.head not in ("er", "sie"))):
        unsourced = (first.low == "wonach" and cue.attitude and cue.last == cue.index) or _holderless_claim(
            view, cue, mention
        )  # "Gerüchte, wonach …", "Vorwürfe wurden laut, dass …"
        if not unsourced and (
            first.low == "ob" or cue.lemma not in _UNSOURCED_STANCES or not _impersonal(view, cue, mention)
        ):
            return None  # "man weiß, dass …", "es zeigt sich, dass …": nobody's claim
        return IMPERSONAL_CLAUSE  # "Es wird vermutet, dass …": a claim without a source, worth checking
    if mention is None and _indicative_passive(toks, cue):
        return IMPERSONAL_CLAUSE  # "Kritisiert wird, dass …": nobody named, and nobody to inherit from
    return DASS_CLAUSE


def _holderless_claim(view: SentenceView, cue: Cue, mention: Mention | None) -> bool:
    """Claims in the plural that the sentence gives nobody ("Erneut wurden Vorwürfe laut, …", "Aus den Parteien
    kommen Aufrufe, … zu …"), or a claim rejected by a verb without naming its holder ("wies Berichte zurück,
    wonach …"): their content is proposed as a claim without a source (impersonal-clause)."""
    if mention is not None or not cue.attitude:
        return False
    toks = view.toks
    if toks[cue.index].low in CLAIMS_WITHOUT_ARTICLE and not others_stance(toks, cue):
        return True
    return toks[cue.index].text[0].isupper() and rejected_claim(view, cue)


def _quoted_subjunctive(view: SentenceView, lo: int, hi: int) -> bool:
    """A quotation in lo..hi that opens with a Konjunktiv I form: the reported clause goes on in the speaker's
    words ("das Gespräch „sei in freundlicher Atmosphäre verlaufen“")."""
    for t in view.toks[lo:hi]:
        q = t.quote
        if q is not None:
            first = view.text[q.inner_start : q.inner_end].split(" ", 1)[0]
            if first in lexicon.SUBJUNCTIVE_I:
                return True
    return False


def _quote_opens_clause(toks: list[Tok], k: int) -> bool:
    """The quotation at ``k`` is the first phrase of a clause that goes on with its verb: "sagte, „Sperrzonen“
    dürfe es nicht geben" (a mixed statement), not "sagte: „…“ und ging"."""
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    return nxt.quote is None and nxt.text[0].islower() and nxt.low not in FUNCTION_WORDS


# Stances that news reports without a holder ("Es wird befürchtet, dass …", "Man geht davon aus, dass …"):
# unsourced claims a fact-checker wants to see; knowing and seeing verbs (wissen, zeigen) are not among them.
_UNSOURCED_STANCES: Final = both_spellings(
    {
        "vermuten",
        "annehmen",
        "ausgehen",
        "befürchten",
        "fürchten",
        "erwarten",
        "schätzen",
        "glauben",
        "bezweifeln",
        "hoffen",
    }
)
_PASSIVE_AUX: Final = frozenset({"wird", "werden", "wurde", "wurden", "worden"})


def _impersonal(view: SentenceView, cue: Cue, mention: Mention | None) -> bool:
    """The cue's clause has an impersonal subject ("man", "es") or is a passive without an agent."""
    if mention is not None:
        return mention.kind == "pronoun" and mention.head in ("man", "es")
    toks = view.toks
    lo = clause_start(toks, cue.index, 0)
    hi = min(len(toks), cue.last + 3)
    return any(toks[j].low in _PASSIVE_AUX and toks[j].text[0].islower() for j in range(lo, hi))


def _indicative_passive(toks: list[Tok], cue: Cue) -> bool:
    """The cue is a participle with an indicative passive auxiliary next to it ("Kritisiert wird, …", "wurde
    bestätigt"; not "Es werde geschätzt, …", which goes on with the speaker before)."""
    return any(
        0 <= j < len(toks) and toks[j].low in _PASSIVE_AUX and toks[j].text[0].islower() and toks[j].low != "worden"
        for j in (cue.index - 1, cue.last + 1, cue.index - 2)
    ) or _passive_aux_before_subject(toks, cue.index)


_MAX_PASSIVE_SUBJECT: Final = 6  # tokens of the subject between the auxiliary and the participle


def _passive_aux_before_subject(toks: list[Tok], v: int) -> bool:
    """ "In der Pause wurde Verteidiger Jan Ott gefragt, ob …": the passive auxiliary, then the subject (the one
    asked, not who asks), then the cue at ``v`` as a participle."""
    cue = toks[v].low
    if cue not in lexicon.PARTICIPLES and not participle_shape(cue):
        return False
    for j in range(v - 1, max(-1, v - 2 - _MAX_PASSIVE_SUBJECT), -1):
        t = toks[j]
        if t.low in _PASSIVE_AUX and t.low != "worden" and t.text[0].islower():
            return True
        if t.quote is not None or not (t.text[0].isupper() or t.low in DETERMINERS):
            return False  # (only the subject's words stand between: "wurde die Ministerin von … gefragt" has an agent)
    return False


_INFINITIVE_OPENERS: Final = frozenset({"um", "ohne", "statt", "anstatt"})  # "…, um … zu …" belongs to the infinitive
_HOLDER_KINDS: Final = frozenset({"name", "role", "org", "group", "pronoun"})


def _holder_kind(m: Mention) -> str:
    """The kind of who holds a statement: of the holder inside a statement noun's phrase ("die Forderung des
    Ministers"), else of the phrase."""
    return _holder_of(m).kind


def _holder_of(m: Mention) -> Mention:
    """Who holds a statement: the holder inside a statement noun's phrase, else the phrase."""
    return m.inner if m.kind == "frame" and m.inner is not None else m


_HOPING: Final = both_spellings(
    {"hoffen", "fürchten", "befürchten", "erwarten", "glauben", "erwägen", "überlegen", "nachdenken", "denken"}
)
# "hält es für richtig, … zu …", "sieht es als Aufgabe an, … zu …"
_JUDGING: Final = frozenset({"halten", "sehen", "finden"})


def _correlate_es(toks: list[Tok], cue: Cue, e: int) -> bool:
    """ "es" in the cue's clause stands for the infinitive that follows ("hielten es für sinnvoll, … zu …")."""
    lo = clause_start(toks, cue.index, 0)
    return any(toks[j].low == "es" for j in range(lo, e))


# clauses the narrator adds about the whole report ("…, wobei diese Aufgabe … angesiedelt wurde")
_COMMENTING: Final = frozenset({"wobei", "wodurch", "womit", "weshalb", "weswegen", "woraufhin", "wie", "als"})


def _noun_complement_end(view: SentenceView, cue: Cue, k: int, hi: int) -> int:
    """The complement of a statement noun inside a main clause ends at the comma after which that clause goes
    on ("Der Vorwurf, er habe gelogen, wiegt schwer", "trat dem Vorwurf, …, mit Zahlen entgegen"): a clause
    without any Konjunktiv that opens with neither an article, a relative nor a conjunction."""
    toks = view.toks
    if not (cue.attitude and toks[cue.index].text[0].isupper()):
        return hi
    for j in range(k + 1, hi - 1):
        if toks[j].text != ",":
            continue
        nxt = toks[j + 1]
        if nxt.quote is not None or not nxt.text[0].islower() or nxt.low in _CLAUSE_OPENERS:
            continue
        f = min(clause_end_plain(toks, j + 1), hi)
        if not has_subjunctive(toks, j + 1, f) and not _hearsay_in(toks, j + 1, f):
            return j
    return hi


def _hearsay_in(toks: list[Tok], lo: int, hi: int) -> bool:
    """Hearsay in lo..hi, which reports as a Konjunktiv does: "…, hierbei soll ihm ein Mitarbeiter geholfen haben"."""
    return any(toks[i].low in _HEARSAY and _perfect_infinitive(toks, i + 1, hi) for i in range(lo, hi))


# words that open a clause which may still belong to the statement: articles (a new reported main clause),
# relatives, subordinators, coordinators
_CLAUSE_OPENERS: Final = DETERMINERS | RELATIVES | SUBORDINATORS | frozenset({"und", "oder", "aber", "sondern", "doch"})


def _dependent_clauses_end(toks: list[Tok], e: int) -> int:
    """The end of a clause with the relative and subordinate clauses that hang on it ("…, an Gesetzen
    mitzuwirken, die … verhindern"); a new main clause or "und"/"aber" ends it."""
    n = len(toks)
    while e + 1 < n and toks[e].text == ",":
        w = toks[e + 1].low
        f = clause_end_plain(toks, e + 1)
        if not (
            w in RELATIVES
            or (w in SUBORDINATORS and w not in _COMMENTING and not _narrated_event(toks, e + 1, f))
            or (w == "als" and _perfect_zu_infinitive(toks, e))
            or w in _INFINITIVE_OPENERS
            or (f - e > 2 and _is_zu_infinitive(toks, e + 1, f))
        ):  # "…, mehr Geräte dort zu lassen"
            break
        e = f
    return e


def _perfect_zu_infinitive(toks: list[Tok], e: int) -> bool:
    """The clause before the comma at ``e`` ends in a perfect zu-infinitive ("…, die Pläne verschwiegen zu haben"):
    an "als" clause after it dates the deed reported ("…, als der Rat beriet"), not the act of speech."""
    return e >= 3 and toks[e - 2].low == "zu" and toks[e - 1].low in _PERFECT_AUX and toks[e - 3].text[0].islower()


def _narrated_event(toks: list[Tok], k: int, f: int) -> bool:
    """The subordinate clause k..f after an infinitive is the narrator's: a temporal clause in the indicative ("…,
    ihn zurückzuholen, nachdem bekannt geworden war, …"), not part of what was said."""
    return toks[k].low in _NARRATED_TIME and not has_subjunctive(toks, k, f)


_NARRATED_TIME: Final = both_spellings({"nachdem", "seit", "seitdem", "bevor", "ehe", "während"})
_MOOD_AFTER_RELATIVE: Final = 6  # words after a subject's relative clause in which its verb is looked for


def _after_subject_relative(toks: list[Tok], seg_end: int, hi: int) -> int:
    """How far the Konjunktiv of a complement is looked for when its subject has a relative clause ("…,
    Anna Roth, die sich lange in Haft befunden hatte, habe …"): past the clause, a few words on; else
    ``seg_end``."""
    if not (seg_end + 1 < hi and toks[seg_end].text == "," and toks[seg_end + 1].low in RELATIVES):
        return seg_end
    r = clause_end_plain(toks, seg_end + 2)
    if r >= hi or toks[r].text != ",":
        return seg_end
    return min(hi, r + 1 + _MOOD_AFTER_RELATIVE)


def _unmarked_infinitive(view: SentenceView, cue: Cue, e: int) -> Candidate | None:
    """ "Die Firma hat angekündigt die Preise zu erhöhen.", "Der Minister versprach die Steuern zu senken.": a
    zu-infinitive after the participle, or after the finite verb and its subject, comma left out (the comma
    before an infinitive group is optional)."""
    toks = view.toks
    if cue.cognition or e - cue.last < 4 or not _is_zu_infinitive(toks, cue.last + 1, e):
        return None  # (the cheap tests first: most cues at a sentence's end have no infinitive after them)
    if toks[cue.index].low in lexicon.PARTICIPLES:
        return make(view, cue.last + 1, e, INFINITIVE_CLAUSE, speaker_of_cue(view, cue), cue)
    if cue.attitude or cue.lemma in _HALF_MODALS:
        return None
    mention = speaker_of_cue(view, cue)
    k = _after_finite_and_subject(view, cue, mention)
    if k < 0 or e - k < 3 or not _bare_infinitive_group(toks, k, e):
        return None
    return make(view, k, e, INFINITIVE_CLAUSE, mention, cue)


# Finite verbs whose comma-less zu-infinitive is mostly the half-modal reading, not a statement: "Die Mannschaft
# drohte abzusteigen" (was about to), where "Die Gewerkschaft drohte, … abzubrechen" (threatened) has its comma.
_HALF_MODALS: Final = both_spellings({"drohen"})


def _bare_infinitive_group(toks: list[Tok], k: int, e: int) -> bool:
    """Tokens k..e are one infinitive group and nothing else: no auxiliary or quotation (a clause of its own), no
    "um"/"ohne"/"statt" (the narrator's purpose: "sagte das Treffen ab, um … zu …"), no verb particle after a
    noun (the particle closes the main clause, its object before it: "forderte die Gemeinden auf, …")."""
    for j in range(k, e):
        t = toks[j]
        if t.low in AUXILIARIES or t.quote is not None or t.low in _INFINITIVE_OPENERS:
            return False
        if j > k and t.low in _VERB_PARTICLES and t.low != "zu" and is_nounlike(toks[j - 1]):
            return False
    return True


def _after_finite_and_subject(view: SentenceView, cue: Cue, mention: Mention | None) -> int:
    """Where a comma-less infinitive group after a finite cue of a main clause starts: right after the verb when
    its subject opens the clause ("Der Minister versprach …"), after the subject when it follows the verb ("Am
    Montag versprach der Minister …"); -1 when the subject is not one of these or the cue is no finite verb of
    a main clause."""
    toks = view.toks
    v = cue.index
    if mention is None or mention.kind not in _HOLDER_KINDS or (mention.kind == "pronoun" and mention.head == "es"):
        return -1  # (not "Der Frachter droht auseinanderzubrechen", "Das Spiel verspricht spannend zu werden")
    if not _finite_main(view, cue):
        return -1
    if cue.last != v:
        return -1  # (a particle: "forderte … auf", where the object stands before it)
    if mention.end <= toks[v].start:
        return v + 1 if clause_start(toks, v, 0) == 0 and toks[0].start == mention.start else -1
    j = v + 1
    while j < len(toks) and toks[j].start < mention.end:
        j += 1
    return j if toks[j - 1].end == mention.end else -1


def _finite_main(view: SentenceView, cue: Cue) -> bool:
    """The cue is the finite verb of a main clause: no subordinator opens its clause, no auxiliary
    stands before it (hat … gesagt) or after it (gesagt hatte)."""
    toks = view.toks
    lo = clause_start(toks, cue.index, 0)
    if lo < cue.index and (
        opens_subordinate(toks, lo) or (toks[lo].low in RELATIVES and lo > 0) or toks[lo].low in _FREE_RELATIVES
    ):
        return False  # (a free relative clause: "Was die Zeugin beschreibt, passt …")
    nxt = cue.last + 1
    aux = [toks[j].low for j in range(lo, cue.index) if toks[j].low in AUXILIARIES]
    if aux:  # "hatte gestern berichtet, …": the perfect tense of a main clause (not a passive "wurde berichtet")
        return aux[0] in _PERFECT and nxt < len(toks) and toks[nxt].text == ","
    return not (nxt < len(toks) and toks[nxt].low in AUXILIARIES)


_FREE_RELATIVES: Final = frozenset({"was", "wer"})
_PERFECT: Final = both_spellings({"hat", "haben", "hatte", "hatten", "habe", "hätte", "hätten"})
_NEGATIONS: Final = frozenset({"nicht", "niemand", "nie", "niemals", "kaum", "keiner", "keine", "weder"})
_DECIDING: Final = both_spellings({"entscheiden", "urteilen", "beschließen", "befinden", "prüfen"})
_REFLEXIVE_NOT_SPEECH: Final = both_spellings(
    {"bestätigen", "herausstellen", "zeigen", "erweisen", "ergeben", "finden", "befinden"}
)


def _negated(toks: list[Tok], lo: int, e: int) -> bool:
    """A negation in tokens lo..e that negates the clause (not "ein nicht genannter Sprecher", nor one inside a
    reported clause set in commas: "trat dem Vorwurf, das Gericht sei nicht legitim, entgegen")."""
    j = lo
    while j < e:
        t = toks[j]
        if t.text == ",":
            c = clause_end_plain(toks, j + 1)
            if c < e and toks[c].text == "," and has_subjunctive(toks, j + 1, c, strong_only=True):
                j = c  # an embedded reported clause: its negation is the reported speaker's
                continue
        elif t.low in _NEGATIONS and not (
            t.low == "nicht" and (_in_attribute(toks, j, e) or (j + 1 < e and toks[j + 1].low in _NOT_NEGATING))
        ):
            return True
        j += 1
    return False


# after "nicht", a word that makes it negate a phrase, not the clause ("nicht nur", "nicht als offizielle Antwort")
_NOT_NEGATING: Final = frozenset({"nur", "als", "zuletzt"})


# cues whose negation is a stance of its own: "Die Polizei schließt nicht aus, dass …" holds it possible
_STANCE_WHEN_NEGATED: Final = both_spellings({"ausschließen"})


def _negated_or_reflexive(view: SentenceView, cue: Cue, e: int) -> bool:
    """The cue's clause negates it ("wollte nicht bestätigen") or uses it reflexively ("bestätigt sich")."""
    toks = view.toks
    if (
        cue.lemma not in _STANCE_WHEN_NEGATED
        and any(t.low in _NEGATIONS for t in toks[:e])
        and _negated(toks, _conjunct_start(toks, cue), e)
    ):
        return True  # (most clauses have no negation: no need for their start)
    nxt = cue.index + 1
    return (nxt < len(toks) and toks[nxt].low == "sich" and cue.lemma in _REFLEXIVE_NOT_SPEECH) or (
        cue.index > 0 and toks[cue.index - 1].low == "sich" and cue.lemma in _REFLEXIVE_NOT_SPEECH
    )


def _conjunct_start(toks: list[Tok], cue: Cue) -> int:
    """Where the cue's clause starts; after "und" when the cue is in a second conjunct ("wollte das nicht hinnehmen
    und gab an, …", "Das war nicht alles, und die Anwohner befürchten, …": the first one's negation is not the
    cue's)."""
    lo = clause_start(toks, cue.index, 0)
    for j in range(cue.index - 1, lo, -1):
        if toks[j].low in _COORDINATION:
            return j + 1
    return lo


_COORDINATION: Final = frozenset({"und", "sowie", "aber"})


def _in_attribute(toks: list[Tok], j: int, e: int) -> bool:
    """ "ein nicht genannter Sprecher", "nicht näher bezeichnete Kreise": the negation belongs to an adjective
    before its noun, not to the cue."""
    k = j + 1
    while k < e and (is_adjective(toks[k]) or _participle_form(toks[k])):
        k += 1
    return k > j + 1 and k < e and is_nounlike(toks[k])


def _participle_form(t: Tok) -> bool:
    """A lower-case form in -te/-ten that may be a participle before a noun ("bezeichnete", "erwähnten")."""
    return t.quote is None and t.text[0].islower() and t.low.endswith(("te", "ten"))


def _in_subordinate(view: SentenceView, cue: Cue) -> bool:
    lo = clause_start(view.toks, cue.index, 0)
    return lo < cue.index and opens_subordinate(view.toks, lo)


def _clause_like(view: SentenceView, t: Tok) -> bool:
    """A quotation that reads as (part of) a clause: three words or more, some of them lower-case."""
    q = t.quote
    assert q is not None
    words = view.text[q.inner_start : q.inner_end].split()
    return not t.title or (len(words) >= 3 and any(w[:1].islower() for w in words))


_FINITE_WINDOW: Final = 8  # tokens from a clause's start to its verb ("40 neue und 60 alte Stellen sollen …")


def _opens_main_clause(toks: list[Tok], k: int, seg_end: int, view: SentenceView | None = None) -> bool:
    """ "sagte er, die USA seien bereit" / "gab an, vermutlich halten sich …": a subject or adverb, then a
    finite verb early in the clause (not a relative clause, which ends in its verb)."""
    if _opens_dependent_clause(toks, k, seg_end):
        return False
    if _verb_after_fronted_adverb(toks, k, seg_end):
        return True
    return _finite_verb_early(toks, k, seg_end, view)


def _opens_dependent_clause(toks: list[Tok], k: int, seg_end: int) -> bool:
    """Whether the clause at ``k`` is no main clause by how it opens: a relative pronoun ("…, die sagte", not
    the article of "…, die Eltern wollten helfen"), a subordinator or coordinator, a relative clause on the whole
    sentence (", was … zur Folge hat") or an infinitive ("…, jemanden gewarnt zu haben")."""
    first = toks[k]
    if first.low in RELATIVES and not (k + 1 < seg_end and (is_nounlike(toks[k + 1]) or is_adjective(toks[k + 1]))):
        return True
    if (
        first.low in SUBORDINATORS
        or first.low in ("und", "oder", "aber", "sowie")
        or first.low in _FREE_RELATIVES
        or first.low in _COMMENTING
        or (first.low == "so" and k + 1 < seg_end and toks[k + 1].low in _EXAMPLE_OPENERS)
    ):
        return True  # (", so etwa der Mieterbund und der Städtetag": examples, not a clause)
    return _is_zu_infinitive(toks, k, seg_end)


# after "so", words that open examples rather than a clause: "…, so etwa der Mieterbund", "…, so der Minister, …"
_EXAMPLE_OPENERS: Final = DETERMINERS | frozenset({"etwa", "zum", "unter", "beispielsweise", "vor", "insbesondere"})


def _verb_after_fronted_adverb(toks: list[Tok], k: int, seg_end: int) -> bool:
    """ "…, vermutlich reichen die Plätze nicht": the verb right after a fronted sentence adverb."""
    if not (toks[k].low in SENTENCE_ADVERBS and k + 2 < seg_end and seg_end - k >= 4):
        return False
    v = toks[k + 1]
    return v.quote is None and v.text[0].islower() and v.low not in FUNCTION_WORDS and not is_nounlike(toks[k + 2])


def _finite_verb_early(toks: list[Tok], k: int, seg_end: int, view: SentenceView | None) -> bool:
    """Whether a finite verb (or a quotation that carries one) stands early in the clause at ``k``, and the
    clause is long enough to be a statement; a verb that closes a relative clause does not count."""
    for j in range(k + 1, min(seg_end + 1, k + _FINITE_WINDOW)):
        if j >= len(toks):
            break
        t = toks[j]
        if t.quote is not None and (not t.title or (view is not None and _clause_like(view, t))):
            return True  # "sagte sie, ihre „Gedanken sind bei den Opfern“": the quotation carries the verb
        if _may_be_finite(toks, j):
            if toks[k].low in RELATIVES and _verb_closes_clause(toks, j, seg_end):
                return False  # "…, das Mieter besser schützt": the verb closes it, a relative clause
            return seg_end - k >= 4
    return False


def _may_be_finite(toks: list[Tok], j: int) -> bool:
    """Token ``j`` may be a finite verb: an auxiliary, or a lower-case word in -t, -te, -ten or -en that reads as
    no adjective and no function word."""
    t = toks[j]
    return t.low in AUXILIARIES or (
        t.text[0].islower()
        and t.low.endswith(("t", "te", "ten", "en"))
        and not _attributive(toks, j)
        and t.low not in FUNCTION_WORDS
    )


def _verb_closes_clause(toks: list[Tok], j: int, seg_end: int) -> bool:
    """The verb at ``j`` ends the clause, alone or with an auxiliary after it ("…, das Mieter schützt",
    "…, das Mieter geschützt hat")."""
    return j == seg_end - 1 or (j + 1 < seg_end and toks[j + 1].low in AUXILIARIES and j + 2 == seg_end)


def _attributive(toks: list[Tok], j: int) -> bool:
    """Token ``j`` reads as an adjective here: it looks like one and does not follow a noun with no noun after
    it ("die Organisatoren verfolgten andere Ziele": a verb after its subject, not "die verfolgten Ziele")."""
    if not is_adjective(toks[j]):
        return False
    after_noun = j > 0 and toks[j - 1].quote is None and is_nounlike(toks[j - 1])
    return not after_noun or (j + 1 < len(toks) and is_nounlike(toks[j + 1]))


_INFINITIVE_AUX: Final = both_spellings({"haben", "sein", "werden", "können", "wollen"})


_CONDITION_OPENERS: Final = both_spellings(
    {
        "wenn",
        "falls",
        "sofern",
        "sollte",
        "sollten",
        "würde",
        "würden",
        "hätte",
        "hätten",
        "wäre",
        "wären",
    }
)


def _in_condition(toks: list[Tok], cue: Cue) -> bool:
    """The cue ends a conditional clause that opens the sentence ("Wenn/Falls …", "Sollte …")."""
    return cue.index > 1 and toks[0].low in _CONDITION_OPENERS and clause_start(toks, cue.index, 0) == 0


def _is_zu_infinitive(toks: list[Tok], lo: int, hi: int) -> bool:
    last = toks[hi - 1].low
    if hi - 2 >= lo and toks[hi - 2].low == "zu":
        nxt = toks[hi - 1]  # (not "wegen Verabredung zu Mord": "zu" and a noun; a quoted verb may follow it)
        return nxt.quote is not None or (nxt.text[0].islower() and _infinitive_form(nxt.low))
    if hi - 3 >= lo and toks[hi - 3].low == "zu" and toks[hi - 1].low in _INFINITIVE_AUX:
        return True
    return "zu" in last[2:-3] and last.endswith("en") and len(last) > 7 and toks[hi - 1].text[0].islower()


def _infinitive_form(low: str) -> bool:
    """A word that can be an infinitive after "zu": in -en, -eln, -ern, or "sein", "tun" (not "zu spät", "zu
    teuer", "zu viel": "zu" of degree before an adjective or adverb)."""
    return low.endswith(("en", "ln", "rn")) or low in ("sein", "tun")


# finite forms of "lassen" that open a clause with a speech verb's infinitive: "ließ … mitteilen", "lässt … ausrichten"
_LASSEN: Final = both_spellings({"ließ", "ließen", "lässt", "lassen"})


def _lets_say(toks: list[Tok], a: int, i: int, cue: Cue) -> bool:
    """ "ließ der Minister ausrichten": a form of "lassen" at ``a`` with the cue's infinitive at ``i`` (not the
    reflexive "lässt sich … halten", which says what can be done)."""
    return toks[a].low in _LASSEN and toks[i].low == cue.lemma and toks[a + 1].low != "sich"


def _cue_after(view: SentenceView, cue: Cue) -> Candidate | None:
    """Die Lage sei ernst, sagte der Minister.  (the verb right after a comma, then its subject)"""
    toks = view.toks
    i = _cue_clause_start(toks, cue)
    if i < 2 or toks[i - 1].text != "," or cue.attitude or cue.lemma in ("nennen", "bezeichnen"):
        return None  # (", genannt „BD-Video“,": a name given, no statement)
    q = _before_bracket_note(toks, i - 2)
    if (
        toks[q].quote is not None
        and _clause_like(view, toks[q])
        and (only_quotes_before(toks, q + 1) or (q >= 1 and toks[q - 1].text == ":"))
    ):
        return None  # „…“, sagte X (also after an introduction with a colon): a direct quote (a short one, too:
        # "…: „Wir sind in großer Sorge“, sagte er" is no title)
    found, mention = _speaker_after_cue(view, cue, i)
    if not found or _object_after_contrast(toks, cue, mention):
        return None
    lo = _statement_start(view, i - 1)
    if lo is None:
        return None
    base = make(view, lo, i - 1, CUE_AFTER, mention, cue)
    return _interrupted(view, base, lo, i, cue) or base


def _before_bracket_note(toks: list[Tok], k: int) -> int:
    """The token before a short note in brackets that ends at ``k`` („We love it“ (Wir lieben es), sagte X): a
    translation or "(lacht)" after a quotation; ``k`` itself where none ends there."""
    if toks[k].text != ")":
        return k
    for j in range(k - 1, max(0, k - BRACKET_NOTE_REACH), -1):
        if toks[j].text == "(":
            return j - 1 if j >= 1 and toks[j - 1].quote is not None else k
        if toks[j].text in (")", "."):
            return k
    return k


def _interrupted(view: SentenceView, base: Candidate | None, lo: int, i: int, cue: Cue) -> Candidate | None:
    """ "Die Lage sei, sagte der Minister, sehr ernst": a statement that stops at its finite verb before the cue's
    clause (from ``i``) goes on after the comma that closes it; one statement of two parts, without the cue."""
    toks = view.toks
    last, before = toks[i - 2], toks[i - 3]
    if base is None or last.quote is not None or not (last.low in AUXILIARIES or last.low in lexicon.SUBJUNCTIVE):
        return None
    if not (before.text[0].isupper() or before.low in PRONOUNS_NOM) or before.quote is not None:
        return None  # (the verb right after its subject; not "… geprüft werden, heißt es im Papier, das …")
    e = clause_end(toks, cue.last + 1)
    if e + 2 >= len(toks) or toks[e].text != "," or not _goes_on(toks, e + 1):
        return None
    tail = sentence_tail(view, e + 1)
    p1, p2 = part(view, lo, i - 1), part(view, e + 1, tail)
    if p1 is None or p2 is None:
        return None
    return joined(base, p1, p2)


def _goes_on(toks: list[Tok], k: int) -> bool:
    """The word at ``k`` after an inserted cue's clause goes on with the statement it interrupted: not a relative
    pronoun (an article before its noun is), a conjunction or a quotation ("…, sagte X, der …", "…, und …")."""
    t = toks[k]
    if t.quote is not None or not t.text[0].islower() or t.low in SUBORDINATORS or t.low in _COORDINATORS:
        return False
    return t.low not in RELATIVES or is_nounlike(toks[k + 1]) or is_adjective(toks[k + 1])


_COORDINATORS: Final = frozenset({"und", "oder", "aber", "sondern", "doch"})


def _cue_clause_start(toks: list[Tok], cue: Cue) -> int:
    """Where the cue's clause after the statement starts: the verb, or the auxiliary that opens the clause when
    the participle ends it ("…, hatte Holm damals gesagt"), as does "lassen" the infinitive ("…, ließ der
    Angeklagte über seinen Anwalt erklären")."""
    i = cue.index
    if i < 3 or cue.attitude:
        return i
    if toks[i - 1].text == ",":
        return _aux_before_apposition(toks, cue)
    a = clause_start(toks, i, 0)
    if (
        a >= 2
        and toks[a - 1].text == ","
        and (toks[a].low in PAST_AUX or _passive_present(toks, a, i, cue) or _lets_say(toks, a, i, cue))
        and a < i
        and (cue.last + 1 >= len(toks) or toks[cue.last + 1].text in STOP)
    ):
        return a
    return i


# the present passive's auxiliary: "…, wird die Ministerin zitiert", "…, werden die Forscher zitiert"
_PRESENT_PASSIVE: Final = frozenset({"wird", "werden"})
# the verbs whose present passive after a statement names its speaker as the subject ("…, wird X zitiert"; not
# "…, werden ihm aber geringe Chancen eingeräumt")
_QUOTING_PASSIVES: Final = frozenset({"zitieren"})


def _aux_before_apposition(toks: list[Tok], cue: Cue) -> int:
    """ "…, hatte Karl Roth, Sprecher des Vereins, gesagt", "…, wird Anna Kolb, Bürgermeisterin der Stadt, zitiert":
    the auxiliary that opens the cue's clause before the subject's role apposition, when the participle closes
    the sentence part right after that apposition; else the cue's own index."""
    i = cue.index
    if cue.last + 1 < len(toks) and toks[cue.last + 1].text not in STOP:
        return i  # (the cheap test first: "…, sagte der Minister", the verb before its subject, is most cues here)
    a = role_apposition_before(toks, i)
    if a >= i or a < 2 or toks[a - 1].text != ",":
        return i
    return a if toks[a].low in PAST_AUX or _passive_present(toks, a, i, cue) else i


def _passive_present(toks: list[Tok], a: int, i: int, cue: Cue) -> bool:
    """ "…, wird die Ministerin in der Zeitung zitiert": "wird"/"werden" at ``a`` opens the clause of "zitieren",
    its participle at ``i`` (not the infinitive of a future: "…, wird sie morgen zitieren")."""
    return toks[a].low in _PRESENT_PASSIVE and cue.lemma in _QUOTING_PASSIVES and toks[i].low != cue.lemma


def _speaker_after_cue(view: SentenceView, cue: Cue, i: int) -> tuple[bool, Mention | None]:
    """Who speaks in the cue's clause that starts at ``i``: (False, None) when no one does; (True, None) for the
    impersonal "hieß es"; "…, hieß es vom Sprecher Mark Roth" names the source after the place cue."""
    toks = view.toks
    limit = max(clause_end(toks, cue.last + 1), sentence_part_end(toks, cue.last + 1))
    if cue.lemma in PLACE_CUES:
        mention = source_pp(view, i + 1, limit) or document_pointed_at(view, i + 1, limit)
    elif cue.lemma == "zitieren" and cue.index == i:
        # "…, zitiert die Zeitung einen Manager des Konzerns": the one quoted said it, not the paper
        mention = quoted_object(view, i, limit) or subject_after(view.text, toks, after_time(toks, i), limit)[0]
    else:
        mention, _ = subject_after(view.text, toks, after_time(toks, i), limit)
    if mention is not None:
        return True, mention
    impersonal = toks[i].low in HEISST and i + 1 < len(toks) and toks[i + 1].low == "es"
    return impersonal, None


def _object_after_contrast(toks: list[Tok], cue: Cue, mention: Mention | None) -> bool:
    """ "Die Polizei nennt 40 Tote, befürchtet aber weitere Opfer": after "aber"/"jedoch" the verb goes on with the
    subject of the clause before, and the phrase after it is its object, not a speaker."""
    i = cue.last + 1
    if i >= len(toks) or toks[i].low not in _CONTRAST:
        return False
    if mention is None or mention.kind == "name":
        # ("weitere Tote": no name after a modifier; "der Minister Kurt Ahl", "Kurt Ahl": names)
        return mention is None or not (mention.det or mention.text[:1].isupper())
    return mention.kind not in ("role", "org", "pronoun", "group")


_HEDGES: Final = frozenset({"zumindest", "jedenfalls", "wenigstens", "auch", "so", "ebenfalls"})


def _demonstrative_after(view: SentenceView, cue: Cue) -> Candidate | None:
    """ "Die Fähre bleibt länger im Hafen, das entschied die Reederei." / "… – das zumindest meint X.": the
    demonstrative after a comma or dash points back at the statement before it."""
    toks = view.toks
    i = cue.index
    d = i - 1
    while d > 0 and toks[d].low in _HEDGES:
        d -= 1
    if d < 2 or toks[d].low not in ("das", "dies") or toks[d - 1].text not in (",", "–", "—", "-") or cue.attitude:
        return None
    mention, _ = subject_after(
        view.text, toks, i, max(clause_end(toks, cue.last + 1), sentence_part_end(toks, cue.last + 1))
    )
    if mention is None or (mention.kind == "pronoun" and mention.head not in ("er", "sie")):
        return None
    return make(view, 0, d - 1, DEMONSTRATIVE_CUE, mention, cue)


def _statement_start(view: SentenceView, comma: int) -> int | None:
    """Where the reported clause before ``comma`` starts (the sentence start), or None when what precedes
    is no statement: a subordinate or relative clause, or a subject with an apposition (X, Y, sagte)."""
    toks = view.toks
    lo = _clause_opening(toks, comma)
    if lo is None:
        return None
    first_end = next((j for j in range(lo, comma) if toks[j].text == ","), comma)
    if _someone_elses_claim(toks, lo, first_end, comma):
        return None  # "Auf den Vorwurf der Grünen, es gehe nur um …, entgegnete X": someone else's claim
    if _subject_with_apposition(view, lo, first_end, comma):
        return None  # "Die Politikerin, Anna Roth, kritisierte", "Der Minister, der …, sagte": a subject
    if has_subjunctive(toks, lo, comma):
        return lo
    # an indicative statement needs a main clause of its own before any relative clause:
    # "Die Zahl stieg auf 40, berichtet Reuters" (not "Im Brief, den er schrieb, heißt es")
    return lo if _main_clause_before(view, lo, comma) else None


def _clause_opening(toks: list[Tok], comma: int) -> int | None:
    """The first word of the sentence before ``comma`` (past punctuation and "Selbst", "Auch" …), or None when
    it opens no statement: a subordinate clause, a question word, an infinitive or "während" ("Warum die
    Maschine abbrach, erklärte …", "Um … zu sparen, haben …")."""
    lo = 0
    while lo < comma and not toks[lo].text[0].isalnum() and toks[lo].quote is None:
        lo += 1
    if lo >= comma:
        return None
    if (opens_subordinate(toks, lo) or toks[lo].low in _QUESTION_WORDS) and _main_clause_after_fronted(toks, lo, comma):
        return lo  # "Wer etwas gesehen habe, solle sich melden, sagte …": the fronted clause is the statement's
    if opens_subordinate(toks, lo):
        return None
    while lo < comma and toks[lo].low in ("selbst", "auch", "sogar", "gerade", "erst"):
        lo += 1  # "Selbst wenn …"
    if (
        toks[lo].low in _QUESTION_WORDS
        or toks[lo].low in _INFINITIVE_OPENERS
        or toks[lo].low in WAEHREND
        or opens_subordinate(toks, lo)
    ):
        return None  # "Warum die Maschine abbrach, erklärte …", "Um … zu sparen, haben …": no statement
    return lo


def _main_clause_after_fronted(toks: list[Tok], lo: int, comma: int) -> bool:
    """After a fronted subordinate clause at ``lo`` ("Wenn das Wetter mitspiele", "Ob es einen Zusammenhang
    gebe", "Wer etwas gesehen habe"), a comma and the statement's finite verb in the subjunctive before
    ``comma`` ("…, werde das Fest stattfinden, sagte …"): the whole is the reported statement."""
    for k in range(lo + 2, comma - 1):
        if toks[k].text != ",":
            continue
        if toks[k + 1].low in _RESUMPTIVE and k + 2 < comma:
            k += 1  # "Wer Helfer angreife, der greife uns alle an": a pronoun takes up the fronted clause
        t = toks[k + 1]
        return t.quote is None and t.text[0].islower() and t.low in lexicon.SUBJUNCTIVE
    return False


_RESUMPTIVE: Final = frozenset({"der", "die", "das", "dem", "den"})


def _someone_elses_claim(toks: list[Tok], lo: int, first_end: int, comma: int) -> bool:
    """A prepositional phrase without verb up to the first comma (``first_end``), then a clause that is neither
    relative nor verb-first: "Auf den Vorwurf der Grünen, es gehe nur um …, entgegnete X" reports someone
    else's claim."""
    if not (toks[lo].low in PREPOSITIONS and first_end + 1 < comma and not has_verb(toks, lo, first_end)):
        return False
    nxt = toks[first_end + 1]
    relative = nxt.low in RELATIVES or (
        nxt.low in PREPOSITIONS and first_end + 2 < comma and toks[first_end + 2].low in RELATIVES
    )
    return not relative and not finite_first(nxt)


def _subject_with_apposition(view: SentenceView, lo: int, first_end: int, comma: int) -> bool:
    """What precedes ``comma`` is a subject: one noun phrase ("Die Politikerin, Anna Roth, kritisierte"), or a
    phrase up to the first comma (``first_end``) with no clause of its own after it ("Der Minister, der …,
    sagte")."""
    toks = view.toks
    s = lo
    while s < first_end and toks[s].low in _COORDINATING:
        s += 1
    return np_spans(view.text, toks, s, comma) or (
        first_end != comma
        and np_spans(view.text, toks, s, first_end)
        and not _clause_after_phrase(view, first_end + 1, comma)
    )


def _main_clause_before(view: SentenceView, lo: int, comma: int) -> bool:
    """Some comma-separated segment from ``lo`` to ``comma`` that is no relative or subordinate clause has a
    finite verb: "Die Zahl stieg auf 40, berichtet Reuters" (not "Im Brief, den er schrieb, heißt es")."""
    toks = view.toks
    a = lo
    while a < comma:
        b = next((j for j in range(a, comma) if toks[j].text == ","), comma)
        dependent = a > lo and (
            toks[a].low in RELATIVES
            or toks[a].low in SUBORDINATORS
            or (toks[a].low in PREPOSITIONS and a + 1 < b and toks[a + 1].low in RELATIVES)
        )
        if not dependent and (
            _has_finite(toks, a, b) or (b - a >= 4 and has_verb(toks, a, b)) or _verb_second(view, a, b)
        ):
            return True
        a = b + 1
    return False


def _verb_second(view: SentenceView, a: int, b: int) -> bool:
    """A phrase, then a lower-case word that no noun follows: the finite verb in second position, also a plural
    in -en that looks like an adjective ("Drei Viertel der Fälle entfallen auf den Süden")."""
    toks = view.toks
    m, j = parse_np(view.text, toks, a, b, sentence_start=a)
    if m is None or m.kind == "pronoun" or j >= b:
        return False
    t = toks[j]
    if t.quote is not None or not t.text[0].islower() or t.low in FUNCTION_WORDS or not t.low.endswith(("en", "t")):
        return _weak_past_second(toks, j, b)
    # (a subject with an article or adjectives: "Die Preise", "Steigende Kosten"; not a bare name or noun)
    subject = bool(m.det) or bool(m.modifiers)
    if j == b - 1:
        return subject and t.low.endswith("en")  # "Die Preise steigen, sagte X": the verb ends the clause
    nxt = toks[j + 1]
    if is_adjective(nxt):
        return False
    # "Die Preise gefährden Jobs, sagte X": after the subject, a lower-case word before a noun is the verb
    return not is_nounlike(nxt) or (subject and t.low.endswith(("en", "ten")))


def _weak_past_second(toks: list[Tok], j: int, b: int) -> bool:
    """ "Die Kosten gefährdete Arbeitsplätze": a weak past or Konjunktiv II in -te right after the subject."""
    t = toks[j]
    return (
        t.quote is None
        and t.text[0].islower()
        and t.low.endswith("te")
        and len(t.low) > 4
        and t.low not in FUNCTION_WORDS
        and j + 1 < b
        and is_nounlike(toks[j + 1])
    )


def _clause_after_phrase(view: SentenceView, lo: int, hi: int) -> bool:
    """After "Ein Tief, das … gestanden hatte," a finite verb goes on with the clause ("habe nun … erreicht"):
    the phrase before it is the statement's subject, not the cue's (as in "Die Politikerin, Anna Roth, sagte")."""
    toks = view.toks
    k = lo
    while k < hi:
        if toks[k].low in RELATIVES or toks[k].low in SUBORDINATORS:
            e = clause_end_plain(toks, k)
            if e >= hi:
                return False
            k = e + 1  # past the relative clause and its comma
            continue
        t = toks[k]
        return t.quote is None and t.text[0].islower() and (t.low in AUXILIARIES or t.low in lexicon.SUBJUNCTIVE_I)
    return False


_QUESTION_WORDS: Final = frozenset(
    {
        "warum",
        "wieso",
        "weshalb",
        "weswegen",
        "wer",
        "was",
        "wann",
        "wo",
        "wohin",
        "woher",
        "wie",
        "ob",
        "inwieweit",
        "inwiefern",
    }
)
_COORDINATING: Final = frozenset({"und", "aber", "doch", "auch", "so", "denn", "sogar", "selbst"})


def _has_finite(toks: list[Tok], lo: int, hi: int) -> bool:
    """A finite verb between lo and hi: an auxiliary or modal, or a speech verb form."""
    for j in range(lo, hi):
        t = toks[j]
        if t.quote is None and t.text[0].islower() and (t.low in AUXILIARIES or t.low in lexicon.VERBS):
            return True
        if (
            t.quote is None
            and t.text[0].islower()
            and t.low.endswith(("t", "te", "ten"))
            and t.low not in FUNCTION_WORDS
            and len(t.low) > 3
            and not t.low.endswith(("st", "ist"))
            and not (j + 1 < hi and is_nounlike(toks[j + 1]))
        ):  # "im letzten Satz": an adjective
            return True
    return False


def continuation_candidate(view: SentenceView, *, allow_weak: bool) -> Candidate | None:
    """A sentence in the subjunctive without a cue of its own: it goes on with the last statement."""
    toks = view.toks
    n = len(toks)
    if (
        n < 3
        or (opens_subordinate(toks, 0) and not _reported_after_fronted(toks))
        or (not any(_may_be_mood(t.low) for t in toks) and not (allow_weak and any(t.low in _HEARSAY for t in toks)))
    ):
        return None  # no word of the sentence can be a Konjunktiv form (or hearsay): spare the clause analysis
    lo, hi, holes = _main_clause(toks)
    parts = _without(lo, hi, holes)
    strong = any(has_subjunctive(toks, a, b, strong_only=True) for a, b in parts)
    if strong:
        return make(view, _reported_conjunct(toks, lo, hi), n, SUBJUNCTIVE_CONTINUATION, None, None, inherit=True)
    weak = _weakly_reported(toks, parts) if allow_weak else None
    if weak is None or _narrated_conditional(toks):
        return None
    rule, at = weak
    # hearsay in a later main clause: that clause ("Es gab drei Unfälle, zwölf Autos sollen beschädigt worden sein")
    start = clause_start(toks, at, 0) if rule is HEARSAY_CONTINUATION else 0
    return make(view, start, n, rule, None, None, inherit=True)


def reported_before_colon(view: SentenceView, chosen: list[Candidate]) -> Candidate | None:
    """ "Die Pflichten seien im Vertrag klar festgelegt: „…“": a main clause in the Konjunktiv I before a colon and
    the quotation it introduces goes on with the statement before, as the quotation does; the clause as a
    continuation when no statement chosen in the sentence covers it and it has no cue of its own."""
    toks = view.toks
    k = _colon_before_quote(toks, chosen)
    if k < 3 or any(c.index < k for c in view.cues) or any(c.start < toks[k].start for c in chosen):
        return None
    if opens_subordinate(toks, 0) or any(t.quote is not None or t.low in ("ich", "wir") for t in toks[:k]):
        return None
    head = toks[:k]
    lo, hi, holes = _main_clause(head)
    if not any(has_subjunctive(head, a, b, strong_only=True) for a, b in _without(lo, hi, holes)):
        return None
    return make(view, 0, k, SUBJUNCTIVE_CONTINUATION, None, None, inherit=True)


def _colon_before_quote(toks: list[Tok], chosen: list[Candidate]) -> int:
    """The index of the colon right before the quotation of a chosen direct statement, or -1."""
    first = next((c for c in chosen if c.kind is Kind.DIRECT), None)
    if first is None:
        return -1
    for k in range(1, len(toks) - 1):
        if toks[k].text == ":" and toks[k + 1].quote is not None and toks[k + 1].start <= first.start:
            nxt = toks[k + 1]
            return k if nxt.end >= first.start else -1
    return -1


def _reported_after_fronted(toks: list[Tok]) -> bool:
    """ "Da das Tief nach Osten ziehe, werde es kälter": after a fronted subordinate clause the main clause opens
    with a Konjunktiv I form, so the whole sentence goes on reporting."""
    c = next((k for k in range(1, len(toks) - 1) if toks[k].text == ","), 0)
    return c > 0 and toks[c + 1].low in lexicon.SUBJUNCTIVE_I


def _verb_in(toks: list[Tok], lo: int, hi: int) -> bool:
    """A word in lo..hi that can be a finite verb: an auxiliary, or a lower-case content word (not in -e/-en)."""
    return any(finite_first(t) for t in toks[lo:hi])


def _opens_subject(t: Tok) -> bool:
    """A word that can open a clause's subject: an article, a pronoun, a capitalised word (not a verb)."""
    return (
        t.quote is None
        and (t.low in DETERMINERS or t.low in PRONOUNS_NOM or t.text[0].isupper())
        and t.low not in SUBORDINATORS
    )


def reported_main_clause(toks: list[Tok]) -> bool:
    """The main clause itself holds a listed Konjunktiv I form (holes left out): a report by its grammar."""
    lo, hi, holes = _main_clause(toks)
    if toks[-1].text == "?" or any(t.low in ("ich", "wir") for t in toks[lo:hi]):
        return False  # a question (an interviewer's), or someone speaking of themselves: no report
    return any(has_listed_subjunctive(toks, a, b) for a, b in _without(lo, hi, holes))


def _without(lo: int, hi: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges of lo..hi outside the holes (sorted, not overlapping)."""
    out = []
    for a, b in holes:
        if a > lo:
            out.append((lo, a))
        lo = max(lo, b)
    if lo < hi:
        out.append((lo, hi))
    return out


_INDICATIVE_FINITE: Final = both_spellings(
    {
        "ist",
        "sind",
        "war",
        "waren",
        "hat",
        "hatte",
        "hatten",
        "wurde",
        "wurden",
        "wird",
        # the modals' indicative ("Die Firma will 100 Autos ausliefern, auch eine Ausweitung sei denkbar")
        "will",
        "wollen",
        "wollte",
        "wollten",
        "kann",
        "können",
        "konnte",
        "konnten",
        "muss",
        "müssen",
        "musste",
        "mussten",
    }
)
_CONJUNCTS: Final = frozenset({"und", "aber", "doch", "jedoch"})


def _reported_conjunct(toks: list[Tok], lo: int, hi: int) -> int:
    """Where the reported part of a sentence starts: "Sein Sohn ist krank geworden, und er wolle ihn pflegen"
    narrates its first clause (an indicative verb, no Konjunktiv) and reports the second, as does a clause
    before a semicolon without a Konjunktiv ("…, um sich zu verteidigen; er habe …"); 0 for the whole."""
    for c in range(lo + 2, hi - 2):
        mark = toks[c].text
        if mark == ";" or (mark == "," and (toks[c + 1].low in _CONJUNCTS or _asyndetic_report(toks, c))):
            if not has_subjunctive(toks, lo, c, strong_only=True) and (
                mark == ";"  # (a main clause of its own before it, not in the Konjunktiv: narrated)
                or any(toks[x].low in _INDICATIVE_FINITE for x in range(lo, c))
                or _closed_by_particle(toks, lo, c)
            ):
                return c + 1
            return 0
    return 0


def _closed_by_particle(toks: list[Tok], lo: int, c: int) -> bool:
    """The clause lo..c ends with the particle of its finite verb ("Der Kreis lehnt einen Verkauf ab, …"): a main
    clause in the indicative (the Konjunktiv would be "lehne … ab")."""
    return c - lo >= 4 and toks[c - 1].low in _VERB_PARTICLES and any(t.low.endswith("t") for t in toks[lo + 1 : c - 1])


_VERB_PARTICLES: Final = both_spellings({"ab", "an", "auf", "aus", "fest", "hin", "vor", "zurück", "zu"})


def _asyndetic_report(toks: list[Tok], c: int) -> bool:
    """After the comma at ``c`` a main clause of its own in the Konjunktiv I: its subject (an article or a
    pronoun first, perhaps after an adverb) and right after it the Konjunktiv form ("Der Landrat lehnt das ab, ein
    Verkauf sei unnötig", "…, auch eine spätere Ausweitung sei denkbar")."""
    k = c + 2 if toks[c + 1].low in _CLAUSE_ADVERBS and c + 2 < len(toks) else c + 1
    if toks[k].low not in _CLAUSE_SUBJECT_OPENERS:
        return False
    return any(toks[j].low in lexicon.SUBJUNCTIVE_I for j in range(k + 1, min(len(toks), k + 5)))


_CLAUSE_ADVERBS: Final = both_spellings({"auch", "zudem", "außerdem", "allerdings", "zugleich", "dabei", "dann"})


_CLAUSE_SUBJECT_OPENERS: Final = frozenset({"der", "die", "das", "ein", "eine", "er", "sie", "es", "man", "dies"})


def _main_clause(toks: list[Tok]) -> tuple[int, int, list[tuple[int, int]]]:
    """Tokens of the main clause, roughly: from the start (or after a fronted subordinate clause) to the first
    subordinate clause, and the clauses embedded in it (relative clauses, a statement after a noun) as holes.
    A sentence continues reported speech when *this* clause is subjunctive, not when only a clause inside it
    is ("Er plädierte dafür, dass er unschuldig sei"; "Er trat dem Vorwurf, das Gericht sei befangen, entgegen")."""
    n = len(toks)
    lo = 0
    holes: list[tuple[int, int]] = []
    while lo < n and toks[lo].low in LEADING | {"auch", "selbst", "gerade"}:
        lo += 1
    if lo < n and toks[lo].low in DASS:
        return 0, n, holes  # "Und dass …": the report of the sentence before goes on
    j = lo + 1
    if lo < n and opens_subordinate(toks, lo):
        j = next((k + 1 for k in range(lo + 1, n) if toks[k].text == ","), n)  # "Wenn …, sei …": both clauses
    while j < n:
        t = toks[j]
        if _relative_in_clause(toks, j) or _w_clause_at(toks, j):
            # a relative clause inside the main clause: "Personen, die … hätten, seien …"; at the end: "Die Familie
            # kann nicht fassen, was geschehen sei" (the main clause narrates: no continuation)
            e = clause_end_plain(toks, j)
            if e >= n or toks[e].text != ",":
                return lo, j, holes
            holes.append((j, e))
            j = e + 1
            continue
        e = _noun_statement_end(toks, lo, j)
        if e >= 0:
            holes.append((j + 1, e))  # (also at the sentence's end: "… gegen die Behauptung, X sei …")
            j = e + 1
            continue
        if t.low in SUBORDINATORS and t.low not in ("als", "wie"):
            return lo, j, holes
        j += 1
    return lo, n, holes


def _w_clause_at(toks: list[Tok], j: int) -> bool:
    """A clause opened by a w-word at ``j`` after a comma or an infinitive: "…, was geschehen sei", "… nicht
    begreifen was geschehen sei", "…, warum er gehe"."""
    if toks[j].low not in _W_OPENERS or toks[j].quote is not None:
        return False
    prev = toks[j - 1]
    return prev.text == "," or (prev.quote is None and prev.text[0].islower() and prev.low.endswith("en"))


_W_OPENERS: Final = frozenset({"was", "wer", "wen", "wem", "warum", "wieso", "wann", "inwiefern", "inwieweit"})


def _prepositional_relative(toks: list[Tok], j: int) -> bool:
    """The preposition at ``j`` and the relative pronoun after it open a relative clause that holds no report of
    its own: not a frame ("…, laut denen jeder … haben solle"), nor a clause that "und" goes on from (a
    comma left out: "…, von dem sich Teile gelöst hatten und eine Reparatur seien ursächlich")."""
    if toks[j].low in FRAME_PREPOSITIONS:
        return False
    e = clause_end_plain(toks, j)
    if any(t.low in ("und", "oder") for t in toks[j + 2 : e]):
        return False
    return toks[j + 1].low in ("dessen", "deren") or not (is_nounlike(toks[j + 2]) or is_adjective(toks[j + 2]))


def _relative_in_clause(toks: list[Tok], j: int) -> bool:
    """A relative pronoun after a comma at ``j``, no noun or adjective after it: a relative clause opens there
    ("Personen, die … hätten, seien …"); so does a preposition before one ("…, mit dem er gesprochen habe", "…,
    in deren Büro …")."""
    if toks[j - 1].text != "," or j + 1 >= len(toks):
        return False
    if toks[j].low in PREPOSITIONS and j + 2 < len(toks) and toks[j + 1].low in RELATIVES:
        return _prepositional_relative(toks, j)
    return toks[j].low in RELATIVES and not (is_nounlike(toks[j + 1]) or is_adjective(toks[j + 1]))


def _noun_statement_end(toks: list[Tok], lo: int, j: int) -> int:
    """A statement in the Konjunktiv after a noun and the comma at ``j``, closed by a comma or the sentence's end,
    in a main clause (from ``lo``) that has its verb already: "Er trat dem Vorwurf der Opposition, die Regierung
    sei untätig, mit … entgegen" (what the noun says, not the sentence's own mood); its end, else -1."""
    n = len(toks)
    if not (
        toks[j].text == ","
        and j + 2 < n
        and toks[j - 1].text[0].isupper()
        and toks[j - 1].quote is None
        and _opens_subject(toks[j + 1])
    ):
        return -1
    e = clause_end_plain(toks, j + 1)
    if (
        (e >= n - 1 or toks[e].text == ",")
        and has_subjunctive(toks, j + 1, e, strong_only=True)
        and _verb_in(toks, lo, j)
    ):
        return e
    return -1


def _narrated_conditional(toks: list[Tok]) -> bool:
    """A Konjunktiv II sentence of the narrator's own: a conditional clause first ("Hätte er nur …", "Wenn …"),
    or a comment on what was just said ("Das wäre der Anfang …", "Dies wären 80 Prozent", "Damit wäre X der
    dritte Staat …")."""
    first = toks[0].low
    return (
        first in lexicon.SUBJUNCTIVE_II
        or first in _COMMENT_OPENERS
        or first in ("wenn", "falls")
        or any(t.low in ("wenn", "falls") for t in toks[:3])
        or _indicative_sequel(toks)
    )


# past indicatives that open a main clause of the same subject after a comma ("…, war aber krank")
_PAST_INDICATIVE: Final = frozenset({"hatte", "hatten", "war", "waren", "wurde", "wurden"})


def _indicative_sequel(toks: list[Tok]) -> bool:
    """The subject goes on after a comma with a past indicative ("Die Ministerin wäre gern zum Gipfel gereist, war
    aber krank"): the narrator states what happened, the Konjunktiv II before is what did not."""
    return any(
        toks[j].text == "," and toks[j + 1].quote is None and toks[j + 1].low in _PAST_INDICATIVE
        for j in range(1, len(toks) - 1)
    )


_DEMONSTRATIVES: Final = frozenset({"das", "dies", "dieses"})
_COMMENT_OPENERS: Final = _DEMONSTRATIVES | {"damit"}  # a Konjunktiv II after them: the narrator's comment
# Konjunktiv II forms that continue reported speech (not könnte/dürfte/möchte/müsste, which narrate as well)
REPORTING_II: Final = both_spellings(
    {
        "wäre",
        "wären",
        "hätte",
        "hätten",
        "würde",
        "würden",
        "gäbe",
        "käme",
        # Konjunktiv II forms that no indicative shares (umlaut or -e where the preterite has none)
        "gäben",
        "kämen",
        "ginge",
        "stünde",
        "stünden",
        "stände",
        "läge",
        "lägen",
        "bliebe",
        "ließe",
        "sähe",
        "hielte",
        "bräuchte",
        "bräuchten",
        "wüsste",
        "wüssten",
        "täte",
        "fände",
        "fänden",
        "befände",
        "befänden",
        "bestünde",
        "entstünde",
        "hinge",
        "brächte",
        "brächten",
        "dächte",
    }
)


# the plural modals' Konjunktiv II, which stands in for the Konjunktiv I where that is the indicative ("sie
# können" → "sie könnten", "sie sollen" → "sie sollten"): reported right after a statement ("Die Hubschrauber
# könnten nur wenig tragen", "Ältere Menschen sollten niemanden hereinlassen"), unlike the singular "könnte",
# "müsste", "dürfte", for which "könne", "müsse", "dürfe" exist
PLURAL_MODALS_II: Final = both_spellings({"könnten", "müssten", "dürften", "sollten"})
# words that make "sollten" a past plan the narrator tells ("Die Arbeiten sollten ursprünglich im Mai beginnen")
_PAST_PLAN: Final = both_spellings({"ursprünglich", "eigentlich", "damals", "einst", "zunächst"})
_HEARSAY: Final = frozenset({"soll", "sollen"})  # "soll … gesagt haben", "sollen … gewesen sein": hearsay
_PERFECT_AUX: Final = frozenset({"haben", "sein"})
# the words a sentence needs to be read as a weak continuation (detector.py skips a sentence without any)
WEAK_CONTINUING: Final = REPORTING_II | PLURAL_MODALS_II | _HEARSAY
_MOOD_WORDS: Final = lexicon.SUBJUNCTIVE_I | REPORTING_II | PLURAL_MODALS_II


def _weakly_reported(toks: list[Tok], parts: list[tuple[int, int]]) -> tuple[Rule, int] | None:
    """The rule of a main clause that goes on with the statement before without a Konjunktiv I, and the index of
    its mark: a Konjunktiv II (conditional-continuation) or hearsay (hearsay-continuation). (Not the modals'
    könnte, müsste: after a statement they narrate as often as they report.)"""
    for a, b in parts:
        for i in range(a, b):
            t = toks[i]
            if t.quote is not None:
                continue
            if t.low in REPORTING_II or (t.low in PLURAL_MODALS_II and not _past_plan(toks, t, a, b)):
                return CONDITIONAL_CONTINUATION, i
            if t.low in _HEARSAY and _perfect_infinitive(toks, i + 1, b):
                return HEARSAY_CONTINUATION, i
    return None


def _past_plan(toks: list[Tok], modal: Tok, lo: int, hi: int) -> bool:
    """ "sollten" in a clause lo..hi that tells a past plan ("sollten ursprünglich im Mai beginnen"): narration."""
    return modal.low == "sollten" and any(toks[j].low in _PAST_PLAN for j in range(lo, hi))


def _perfect_infinitive(toks: list[Tok], lo: int, hi: int) -> bool:
    """A perfect infinitive closes a clause in lo..hi: "… verlassen haben", "… beteiligt gewesen sein" (not
    "… schlecht sein", "… zu überwachen sein")."""
    for j in range(lo + 1, hi):
        aux = toks[j].low
        if aux not in _PERFECT_AUX or (j + 1 < hi and toks[j + 1].text[0].isalnum()):
            continue
        prev = toks[j - 1]
        if prev.quote is not None or not prev.text[0].islower():
            continue
        low = prev.low
        if (
            low in ("worden", "gewesen")
            or (aux == "haben" and low.endswith(("t", "en")))
            or (low.endswith("en") and "ge" in low[:-2] and toks[j - 2].low != "zu")
        ):
            return True
    return False


_MOOD_SEEN: Final[dict[str, bool]] = {}


def _may_be_mood(low: str) -> bool:
    """A word that could make a sentence a continuation: a Konjunktiv form, listed or in -e."""
    seen = _MOOD_SEEN.get(low)
    if seen is None:
        seen = remember(_MOOD_SEEN, low, low in _MOOD_WORDS or (low[-1:] == "e" and may_be_verb_in_e(low)))
    return seen


_REASON_OPENERS: Final = frozenset({"weil", "da", "zumal", "wonach"})  # the subject's own reasons (not "obwohl")
# a condition in the Konjunktiv I is the subject's as well ("warnte vor Engpässen, falls die Hilfe ausbleibe"); in
# the Konjunktiv II ("wenn er Zeit hätte") it is the narrator's own
CONDITIONS: Final = frozenset({"wenn", "falls", "sofern"})


def reported_reason_candidate(view: SentenceView) -> Candidate | None:
    """ "Die Nachbarn erhoben Einspruch, weil der Ort einen Sonderstatus habe": a Konjunktiv I in a subordinate
    or relative clause of a narrated sentence marks the reason or claim of the main clause's subject (the
    narrator would write the indicative)."""
    toks = view.toks
    n = len(toks)
    for j in range(2, n - 2):
        if toks[j - 1].text != ",":
            continue
        w = toks[j].low
        relative = w in RELATIVES and not (is_nounlike(toks[j + 1]) or is_adjective(toks[j + 1]))
        if not (w in _REASON_OPENERS or w in CONDITIONS or relative):
            continue
        e = clause_end_plain(toks, j + 1)
        if e - j < 3 or not _reported_in_clause(toks, j, e):
            continue  # (a reason in "hätten"/"wären": "…, weil die Abgeordneten keinen Antrag gestellt hätten")
        if has_subjunctive(toks, 0, j - 1, strong_only=True):
            return None  # the whole sentence is reported: the continuation rules decide
        m = main_subject(view, 0, j - 1)
        if m is None or m.kind not in _HOLDER_KINDS or (m.kind == "pronoun" and m.head not in ("er", "sie")):
            return None
        return make(view, j, e, SUBJUNCTIVE_SUBORDINATE, m, None)
    return None


def _reported_in_clause(toks: list[Tok], j: int, e: int) -> bool:
    """The clause opened at ``j`` (ending at ``e``) is in the Konjunktiv: a Konjunktiv I form, its final verb in -e
    ("…, die im Süden häufig vorkomme", where the indicative ends in -t), or, in a reason, a plain Konjunktiv II. A
    relative clause ends in its verb ("…, die Sorte werde nicht … gelangen" is a main clause after an article)."""
    if _final_verb_in_e(toks, j + 1, e):
        return True
    if toks[j].low not in _REASON_OPENERS and toks[j].low not in CONDITIONS:
        return has_subjunctive(toks, e - 1, e, strong_only=True)
    if has_subjunctive(toks, j + 1, e, strong_only=True):
        return True
    return toks[j].low in _REASON_OPENERS and any(t.low in _PLAIN_II for t in toks[j + 1 : e])


def _final_verb_in_e(toks: list[Tok], lo: int, hi: int) -> bool:
    """The verb that closes a subordinate clause lo..hi ends in -e (not after an article), not in the first
    person ("…, die dort häufig vorkomme", "…, den sie immer wieder betone"; not "…, die ich kenne")."""
    if hi - lo < 3 or hi >= len(toks) or toks[hi].text not in (",", ".", ";"):
        return False
    last, before = toks[hi - 1], toks[hi - 2]
    if last.quote is not None or not last.text[0].islower() or not may_be_verb_in_e(last.low):
        return False
    if before.quote is not None or before.low in _ARTICLE_WORDS:
        return False  # ("die eine große": an adjective after its article)
    return not any(t.low in ("ich", "wir", "du") for t in toks[lo:hi])


_ARTICLE_WORDS: Final = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer"})


# Konjunktiv II forms no indicative shares, which in a reason clause mark the subject's claim
_PLAIN_II: Final = both_spellings({"hätte", "hätten", "wäre", "wären"})


def backward_candidate(view: SentenceView, prev_start: int, prev_end: int, floor: int = -1) -> Candidate | None:
    """ "Das bestätigte die Polizei." / "Dies teilte der Verein mit." / "So äußerte sich X.": the sentence
    attributes the one before; the whole paragraph before it when that has two sentences and nothing
    proposed in it (``floor``: where the last proposal ended), as in a lead ("A. B. Das berichtete X.")."""
    named = names_previous(view, extended=False)
    if named is None:
        return None
    mention, v = named
    if floor >= 0:
        prev_start = _paragraph_start(view.text, prev_start, floor)
    start, end = trim(view.text, prev_start, prev_end)
    if word_count(view, start, end) < MIN_WORDS:
        return None
    t = view.toks[v]
    return Candidate(
        start,
        end,
        Kind.INDIRECT,
        DEMONSTRATIVE_CUE,
        mention,
        False,
        (t.start, t.end, t.text),
        (),
        is_plural_verb(t.low),
        PRIORITY_FRAME,
    )  # (the statement before: weaker than a clause after)


_EARLIER_SENTENCES: Final = 1  # at most this many sentences before the previous one make its paragraph
_EARLIER_CHARS: Final = 400
_SENTENCE_ENDS: Final = (". ", "! ", "? ")


def _paragraph_start(text: str, start: int, floor: int) -> int:
    """Where the paragraph of the sentence at ``start`` begins, when one sentence comes before it there and
    nothing after ``floor`` was proposed; else ``start``."""
    para = text.rfind("\n", max(0, start - _EARLIER_CHARS), start) + 1
    if para == 0 and start > _EARLIER_CHARS:
        return start  # (no paragraph start near)
    if para >= start or floor > para:
        return start
    before = text[para:start]
    if sum(before.count(e) for e in _SENTENCE_ENDS) > _EARLIER_SENTENCES:
        return start
    return para


# openers that point back at the statement before: "So äußerte sich X", "Darauf wies X hin"
_BACK_ADVERBS: Final = frozenset({"so", "darauf", "dazu", "damit", "davon", "hiervon"})
# "Mit diesen Worten …", "Diese Ansicht vertritt …": a phrase that names the statement before as someone's
_BACK_DETERMINERS: Final = both_spellings({"diesen", "diese", "dieser", "diesem", "seinen", "ihren", "solchen"})
_BACK_NOUNS: Final = both_spellings(
    {
        "worten",
        "worte",
        "ansicht",
        "einschätzung",
        "auffassung",
        "meinung",
        "angaben",
        "aussage",
        "aussagen",
        "darstellung",
        "äußerung",
        "äußerungen",
        "sätzen",
        "satz",
        "zitat",
        "spruch",
        "ausspruch",
        "weisheit",
        "appell",
        "aufruf",
        "bemerkung",
        "forderung",
        "warnung",
        "kritik",
        "position",
        "sicht",
    }
)


def names_previous(view: SentenceView, *, extended: bool = True) -> tuple[Mention, int] | None:
    """The speaker of the statement before, and the index of the verb, named by a sentence that points back
    at it: "Das sagte X am Montag", "So äußerte sich X", "Darauf wies X hin", "Mit diesen Worten eröffnete X
    die Sitzung", "Diese Einschätzung teilt X"; None when the sentence is no such pointer. Not
    ``extended``: only "Das/Dies" + cue counts (after a sentence that proposed nothing, "So …" and "Damit …"
    more often narrate). A pointer that denies ("Das bestätigte X nicht", "Dies dementierte X") names nobody."""
    named = _pointer(view, extended=extended)
    if named is None or _denied(view.toks, named[1]):
        return None
    return named


def _denied(toks: list[Tok], v: int) -> bool:
    """The verb at ``v`` denies what it points at: negated in its clause, or "dementieren"."""
    if toks[v].low.startswith("dementier"):
        return True
    return negated_after(toks, v)


def _pointer(view: SentenceView, *, extended: bool) -> tuple[Mention, int] | None:
    toks = view.toks
    n = len(toks)
    if n < 3 or (n < 4 and toks[0].low not in _DEMONSTRATIVES):
        return None
    first = toks[0].low
    if first in _DEMONSTRATIVES and toks[1].low in POINTING_COPULAS:
        return _copula_pointer(view)
    if first in _DEMONSTRATIVES or (extended and first in _BACK_ADVERBS):
        return _cue_pointer(view)
    if toks[2].low in _HAPPENED:
        return _announcement_pointer(view)
    subject_first = _subject_pointer(view)
    if subject_first is not None or not extended:
        return subject_first
    v = _verb_after_back_noun(toks)
    if v < 0:
        return _ascribed_pointer(view)
    if toks[v].low in _ORIGIN_VERBS:
        return _origin_pointer(view, v)
    return _pointed_speaker(view, v, _past_comma(toks, clause_end(toks, v + 1)))


# "Dieser Satz stammt von X": the words before are X's
_ORIGIN_VERBS: Final = frozenset({"stammt", "stammen", "stammte", "stammten"})


def _origin_pointer(view: SentenceView, v: int) -> tuple[Mention, int] | None:
    """ "Dieser Satz stammt von X", "Diese Worte stammen vom Dichter X": the one after "von" (a person, body or
    group) said the words before; with the verb's index."""
    toks = view.toks
    k = v + 1
    while k < len(toks) and toks[k].low in _ORIGIN_HEDGES:
        k += 1  # "stammt angeblich von X"
    if k + 1 >= len(toks) or toks[k].low not in ("von", "vom"):
        return None
    # (after "vom" the phrase lacks the article the preposition holds: "vom Bergsteiger X")
    m, _ = parse_np(view.text, toks, k + 1, clause_end(toks, k + 1))
    if m is None or m.kind not in _SPEAKING_KINDS:
        return None
    return m, v


_ORIGIN_HEDGES: Final = both_spellings({"angeblich", "ursprünglich", "vermutlich", "wohl", "eigentlich"})


def _ascribed_pointer(view: SentenceView) -> tuple[Mention, int] | None:
    """ "Diese oft dem Dichter X zugeschriebene Weisheit …": the one a phrase ascribes the words before to, between
    the dative article and the participle "zugeschrieben"; with the participle's index."""
    toks = view.toks
    if toks[0].low not in _BACK_DETERMINERS:
        return None
    for k in range(2, min(len(toks) - 1, _ASCRIBED_WINDOW)):
        t = toks[k]
        if t.quote is not None or t.text in CLAUSE_PUNCT:
            return None
        if t.low.startswith("zugeschrieben") and is_nounlike(toks[k + 1]):
            return _ascribed_to(view, k)
    return None


_ASCRIBED_WINDOW: Final = 14


def _ascribed_to(view: SentenceView, k: int) -> tuple[Mention, int] | None:
    """The phrase in the dative that ends right before the participle at ``k``."""
    toks = view.toks
    for j in range(1, k):
        if toks[j].low in ("dem", "der"):
            m, e = parse_np(view.text, toks, j, k)
            if m is not None and e == k and m.kind in _SPEAKING_KINDS:
                return m, k
    return None


def _copula_pointer(view: SentenceView) -> tuple[Mention, int] | None:
    """ "Das ist das Fazit einer Studie der Universität Kiel", "Das sind die Kernforderungen der Gewerkschaft": the
    sentence before is what the noun of a statement names, and its holder (the genitive after it) the speaker; with
    the copula's index."""
    toks = view.toks
    j = 2
    while j < len(toks) - 2 and j < _COPULA_WINDOW and (toks[j].low in DETERMINERS or is_adjective(toks[j])):
        j += 1
    noun = toks[j]
    if noun.quote is not None or not noun.text[0].isupper() or not noun.low.endswith(_POINTED_NOUNS):
        return None
    k = j + 2 if toks[j + 1].low in ("von", "vom") else j + 1
    if k == j + 1 and toks[k].low not in GENITIVE_ARTICLES:
        return None
    m, _ = parse_np(view.text, toks, k, _past_comma(toks, clause_end(toks, k)))
    if m is None or m.kind == "pronoun":
        return None
    return m, 1


POINTING_COPULAS: Final = frozenset({"ist", "sind", "war", "waren"})
_COPULA_WINDOW: Final = 6
# nouns (or the ends of compounds: "Kernaussagen") that name the statement before after "Das ist/sind …"
_POINTED_NOUNS: Final = both_spelled(
    (
        "aussage",
        "aussagen",
        "forderung",
        "forderungen",
        "fazit",
        "einschätzung",
        "botschaft",
        "schlussfolgerung",
        "befund",
        "befunde",
        "warnung",
        "prognose",
    )
)


def _announcement_pointer(view: SentenceView) -> tuple[Mention, int] | None:
    """ "Die Ankündigung erfolgte durch X": an announcement named as the subject, and who made it after "durch"
    (a person, body or group), with the verb's index; the news it announces is the sentence before."""
    toks = view.toks
    if len(toks) < 5 or toks[0].low not in ("die", "diese") or toks[1].low not in _ANNOUNCEMENTS:
        return None
    if toks[3].low != "durch":
        return None
    m, _ = parse_np(view.text, toks, 4, _past_comma(toks, clause_end(toks, 4)))
    if m is None or m.kind not in ("name", "role", "org", "group"):
        return None
    return m, 2


_HAPPENED: Final = frozenset({"erfolgte", "erfolgt"})
_ANNOUNCEMENTS: Final = both_spellings({"ankündigung", "bekanntgabe", "mitteilung", "bestätigung", "nachricht"})


def _cue_pointer(view: SentenceView) -> tuple[Mention, int] | None:
    """After "Das", "Dies" or "So": the speaker of a cue right after it ("Das sagte X", "So äußerte sich X"),
    the source of a place cue ("Dies geht aus einer Mitteilung der Stadt hervor") or the agent of a passive
    ("Das wurde vom Presseamt bekannt gegeben")."""
    toks = view.toks
    cue = view.cue_at(1)
    if cue is None and toks[0].low in _DEMONSTRATIVES and toks[1].low in _PASSIVE_AUX:
        return _passive_pointer(view)
    if cue is None or cue.cognition:
        return None
    limit = clause_end(toks, cue.last + 1)
    if cue.lemma in PLACE_CUES:
        m = source_pp(view, 2, limit)
        return (m, 1) if m is not None else None
    return _pointed_speaker(view, 1, _past_comma(toks, limit))


def _subject_pointer(view: SentenceView) -> tuple[Mention, int] | None:
    """ "Ein Sprecher der Polizei bestätigte dies am Montag", "Der Verein teilte das mit": the subject before a
    speech verb whose object is "dies" or "das" alone (not the article of "das Ergebnis"), with the verb's index."""
    toks = view.toks
    cue = _pointing_cue(view)
    if cue is None:
        return None
    m, j = parse_np(view.text, toks, 0, cue.index, sentence_start=0)
    if m is None or j != cue.index or (m.kind == "pronoun" and m.head not in ("er", "sie")):
        return None
    return m, cue.index


def _pointing_cue(view: SentenceView) -> Cue | None:
    """The verb that makes public (``_ANNOUNCING``) after the subject, with "dies"/"das" as its whole object right
    after it."""
    toks = view.toks
    n = len(toks)
    for cue in view.cues:
        v = cue.index
        if v < 1 or v + 1 >= n or cue.lemma not in _ANNOUNCING or toks[v].text[0].isupper():
            continue  # ("Die Fans kritisierten das": what they criticised, not what they said)
        if not _pointing_object(toks, v + 1):
            continue
        if any(t.text in CLAUSE_PUNCT or t.quote is not None for t in toks[:v]):
            return None  # the verb of a later clause, or a quotation before it
        return cue
    return None


def _pointing_object(toks: list[Tok], k: int) -> bool:
    """The object at ``k`` points back at the sentence before: "dies"/"das" alone (not the article of "das
    Ergebnis"), or the definite name of an announcement ("gab die Entscheidung am Freitag bekannt", "bestätigte
    diese Pläne"), with no attribute of its own after it."""
    n = len(toks)
    if toks[k].low in _DEMONSTRATIVES:
        return not (k + 1 < n and is_nounlike(toks[k + 1]))
    if toks[k].low not in _POINTING_DETERMINERS or k + 1 >= n or toks[k + 1].low not in _ANNOUNCED:
        return False
    return not (k + 2 < n and (toks[k + 2].low in _ATTRIBUTE_OPENERS or toks[k + 2].text in (",", ":")))


_POINTING_DETERMINERS: Final = frozenset({"die", "diese", "den", "diesen"})
_ATTRIBUTE_OPENERS: Final = both_spellings({"der", "des", "von", "vom", "eines", "einer", "über", "zum", "zur", "mit"})
# what an announcement names when it points back at the news before ("Der Verein gab die Trennung bekannt")
_ANNOUNCED: Final = both_spellings(
    {"entscheidung", "nachricht", "neuigkeit", "trennung", "einigung", "pläne", "personalie"}
)


def _verb_after_back_noun(toks: list[Tok]) -> int:
    """The index of the verb after a noun that points back at a statement ("Diese Einschätzung teilt X",
    "Mit diesen Worten eröffnete X"), or -1."""
    k = 1 if toks[0].low == "mit" else 0
    if toks[k].low not in _BACK_DETERMINERS or k + 2 >= len(toks) or toks[k + 1].low not in _BACK_NOUNS:
        return -1
    verb = toks[k + 2]
    if verb.quote is not None or not verb.text[0].islower() or verb.low in FUNCTION_WORDS:
        return -1
    return k + 2


def _past_comma(toks: list[Tok], limit: int) -> int:
    """The end of the clause after the comma at ``limit``, where an apposition may close the subject ("Das sagte
    der Kapitän der Fähre, Jan Holm, am Abend"); ``limit`` itself when no comma stands there."""
    if limit + 1 < len(toks) and toks[limit].text == ",":
        return clause_end(toks, limit + 1)
    return limit


def _pointed_speaker(view: SentenceView, v: int, limit: int) -> tuple[Mention, int] | None:
    """The subject after the verb at ``v`` as the speaker pointed back to, with ``v``; no pronoun but "er" and
    "sie"."""
    mention, _ = subject_after(view.text, view.toks, v, limit)
    if mention is None or (mention.kind == "pronoun" and mention.head not in ("er", "sie")):
        return None
    return mention, v


# verbs whose passive makes public what the sentence before says: "Das wurde vom Ministerium bekannt gegeben"
_ANNOUNCING: Final = both_spellings(
    {
        "mitteilen",
        "bekanntgeben",
        "bekanntmachen",
        "bestätigen",
        "berichten",
        "melden",
        "vermelden",
        "verkünden",
        "ankündigen",
        "erklären",
        "angeben",
        "sagen",
        "verlautbaren",
        "veröffentlichen",
        "betonen",
        "dementieren",
    }
)


def _passive_pointer(view: SentenceView) -> tuple[Mention, int] | None:
    """ "Das wurde von der Stadt bekannt gegeben": the agent of the passive speech verb that closes the clause
    of a demonstrative subject, and the index of that verb."""
    toks = view.toks
    e = clause_end(toks, 2)
    cue = next((c for c in view.cues if 1 < c.index < e and not c.cognition), None)
    if cue is None or cue.lemma not in _ANNOUNCING:
        return None  # ("Dies wurde von vielen kritisiert": what was criticised, not said)
    m = speaker_of_cue(view, cue)
    if m is None or m.kind == "pronoun":
        return None
    return m, cue.index


def demnach_candidate(view: SentenceView) -> Candidate | None:
    """Demnach … / Dem Bericht nach …: the statement of the source named just before."""
    toks = view.toks
    if len(toks) < 3:
        return None
    if toks[0].low not in ("demnach", "danach", "darin"):
        text = view.text  # (a substring test first: most sentences have neither word)
        if text.find("demnach", view.start, view.end) < 0 and text.find("danach", view.start, view.end) < 0:
            return None
        return _demnach_inside(view)
    if (
        toks[0].low in ("danach", "darin")
        and not has_subjunctive(toks, 1, len(toks), strong_only=True)
        and not (toks[0].low == "danach" and _document_before(view))
    ):
        return None  # ("Danach ging er heim": a time; "Die Bank legte ihre Zahlen vor. Danach …": their content)
    cue_t = (toks[0].start, toks[0].end, toks[0].text)
    return make(view, 1, len(toks), DEMNACH_FRAME, None, None, inherit=True, cue_tuple=cue_t)


_AFTER_VERB_WINDOW: Final = 16  # "demnach" this far into the sentence still follows its finite verb
_NOT_VERBS: Final = PREPOSITIONS | {"und", "oder", "als", "wie", "nicht"}
_PLANNED: Final = frozenset({"soll", "sollen", "wird", "werden"})  # a plan, forecast or hearsay the source reports


def _demnach_inside(view: SentenceView) -> Candidate | None:
    """ "Die Steuer soll demnach sinken", "Sie wird sich demnach bewerben": "demnach" right after the finite verb of
    the sentence's first clause reports a plan, forecast or claim like "Demnach …" at its start ("danach" only
    after a document)."""
    toks = view.toks
    for i in range(2, min(len(toks) - 1, _AFTER_VERB_WINDOW)):
        t = toks[i]
        if t.text in (",", ";", ":", "–") or t.quote is not None:
            return None  # past the first clause (", demnach …" concludes; a quotation is the direct rules')
        if t.low != "demnach" and not (t.low == "danach" and _document_before(view)):
            continue
        prev = toks[i - 1]
        if (
            not prev.text[0].islower()
            or prev.low in _NOT_VERBS
            or opens_subordinate(toks, 0)
            or not any(u.low in _PLANNED for u in toks[1:i])
        ):
            return None  # (a narrated fact: "Die Behörden haben demnach ermittelt" is as often a conclusion; a
            # Konjunktiv I sentence goes on with the statement before, as a continuation with its speaker)
        return make(view, 0, len(toks), DEMNACH_FRAME, None, None, inherit=True, cue_tuple=(t.start, t.end, t.text))
    return None


_BEFORE_WINDOW: Final = 300
_QUOTE_MARKS: Final = ("„", "“", "”", '"', "»", "«")
# published figures, which report like a document but speak for nobody ("legte ihre Quartalszahlen vor")
_FIGURES: Final = ("zahlen", "bilanz", "ergebnisse")


def _document_before(view: SentenceView) -> bool:
    """The sentence before names a document, a survey or figures ("Die Bank legte neue Quartalszahlen vor."), which
    a following "Danach …" reports (not a time: "Er aß zu Abend. Danach …")."""
    text = view.text
    lo = max(0, view.start - _BEFORE_WINDOW)
    before = text[lo : view.start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n"))
    sentence = before[cut + 1 :]
    if any(mark in sentence for mark in _QUOTE_MARKS):
        return False  # a quotation before: "Danach" goes on with what its speakers did
    words = sentence.split()
    for w in words[1:]:
        if w[:1].isupper():
            word = w.strip('.,:;()„“"')
            hit = lexicon.head_of(word)
            if (hit is not None and hit[0] == "source") or word.lower().endswith(_FIGURES):
                return True
    return False


# agreeing is a statement only with its content ("einigten sich darauf, … zu …"), not alone
_AGREEING: Final = both_spellings({"einigen", "verständigen"})


def subject_of_speech_sentence(view: SentenceView) -> tuple[Mention | None, Cue | None]:
    """The speaker of a sentence with a speech verb that proposes nothing itself (Er lobte die Pläne.),
    so that following subjunctive sentences can be attributed to them."""
    for cue in view.cues:
        if cue.cognition or cue.attitude or "zu" in view.toks[cue.index].low[2:-2] or cue.lemma in _AGREEING:
            continue  # "um … aufzufordern" is no statement of the clause's subject; "haben sich … geeinigt" a deal
        if _negated_or_reflexive(view, cue, clause_end(view.toks, cue.last + 1)):
            continue  # "konnte der Minister nicht bestätigen"
        m = speaker_of_cue(view, cue)
        if m is not None:
            return m, cue
    return None, None
