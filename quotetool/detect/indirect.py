"""Indirect speech: dass/ob-clauses and subjunctive clauses after a speech verb, clauses before a
"…, sagte X" cue, "laut X", "X zufolge", "nach Angaben von X", "wie X mitteilte", and subjunctive
sentences that continue an attributed statement. A clause that carries a quotation is ``mixed``."""

from __future__ import annotations

from quotetool.detect import lexicon
from quotetool.detect.candidate import Candidate
from quotetool.detect.context import SentenceView, is_plural_verb, source_pp, speaker_of_cue, trim
from quotetool.detect.cues import Cue, clause_end
from quotetool.detect.proposal import Kind
from quotetool.detect.speakers import (
    Mention,
    clause_start,
    is_adjective,
    is_nounlike,
    np_spans,
    parse_np,
    subject_after,
)
from quotetool.detect.tokens import AUXILIARIES, DETERMINERS, FUNCTION_WORDS, RELATIVES, SUBORDINATORS, Tok

PRIORITY_CUE = 20
PRIORITY_FRAME = 18
PRIORITY_CONTINUATION = 4
_MIN_WORDS = 3
_STOP = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"})
_POSSESSIVE_PRONOUN = {"seiner": "er", "seinen": "er", "seinem": "er", "ihrer": "sie", "ihren": "sie", "ihrem": "sie"}


def has_subjunctive(toks: list[Tok], lo: int, hi: int, *, strong_only: bool = False) -> bool:
    """A Konjunktiv form outside quotations: listed forms (sei, habe, könne, gebe …), Konjunktiv II
    (wäre, hätte, würde; not with ``strong_only``), or a verb in -e right after a singular subject
    ("die Regierung erkenne an", "man begrüße"), where the indicative would end in -t."""
    for i in range(lo, hi):
        t = toks[i]
        if t.quote is not None or not t.text[0].islower():
            continue
        low = t.low
        if low in lexicon.SUBJUNCTIVE_I or (not strong_only and low in lexicon.SUBJUNCTIVE_II):
            if _first_person(toks, i):
                continue  # "ich habe", "habe ich": indicative, an interview answer
            return True
        if i > lo and _generic_subjunctive(toks, i):
            return True
    return False


_FIRST_PERSON = frozenset({"ich", "wir", "du"})


def _first_person(toks: list[Tok], i: int) -> bool:
    return (i > 0 and toks[i - 1].low in _FIRST_PERSON) or (i + 1 < len(toks) and toks[i + 1].low in _FIRST_PERSON)


_SINGULAR_SUBJECT_PRONOUNS = frozenset({"er", "sie", "es", "man"})
_NOT_VERBS_IN_E = frozenset({"heute", "gerne", "bitte", "ohne", "alle", "beide", "keine", "eine", "seine", "ihre",
                             "deine", "meine", "unsere", "diese", "jene", "welche", "solche", "manche", "viele",
                             "einige", "wenige", "andere", "mehrere", "gegebene", "nähe", "ende", "weise", "lage",
                             "gleiche", "selbe", "ganze", "halbe", "erste", "letzte", "nächste", "neue", "große"})


def _generic_subjunctive(toks: list[Tok], i: int) -> bool:
    t = toks[i]
    low = t.low
    if not low.endswith("e") or len(low) < 4 or low in _NOT_VERBS_IN_E or low in FUNCTION_WORDS or \
            low in AUXILIARIES or low in lexicon.SUBJUNCTIVE_II or \
            (low.endswith(("che", "ige", "ische", "ene", "ete", "te", "de", "ste", "ere", "ele", "weise", "inne",
                           "ive", "ange", "ee", "ie", "ße")) and not low.endswith("iere")):
        return False
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and is_nounlike(nxt):
        return False  # an attributive adjective: "die neue Regel"
    if prev.low in _SINGULAR_SUBJECT_PRONOUNS:
        return True
    # after a singular noun phrase ending in a noun (not sentence-initial)
    return is_nounlike(prev) and i - 1 > 0 and not prev.low.endswith(("en", "er")) and prev.quote is None


def _span(view: SentenceView, lo_tok: int, hi_tok: int) -> tuple[int, int]:
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


def _words(view: SentenceView, start: int, end: int) -> int:
    return len(view.text[start:end].split())


def _kind(view: SentenceView, lo_tok: int, hi_tok: int) -> Kind:
    return Kind.MIXED if any(view.toks[i].quote is not None for i in range(lo_tok, hi_tok)) else Kind.INDIRECT


def _make(view: SentenceView, lo: int, hi: int, rule: str, mention: Mention | None, cue: Cue | None,
          priority: int, *, inherit: bool = False, cue_tuple: tuple[int, int, str] | None = None) -> Candidate | None:
    start, end = _span(view, lo, hi)
    if end <= start or _words(view, start, end) < _MIN_WORDS:
        return None
    plural = is_plural_verb(view.toks[cue.index].low) if cue is not None else False
    ct = view.cue_tuple(cue) if cue is not None else cue_tuple
    return Candidate(start, end, _kind(view, lo, hi), rule, mention, inherit, ct, (), plural, priority)


def _sentence_tail(view: SentenceView, i: int, *, subordinate: bool = False) -> int:
    """Index after the last token of the sentence's content from ``i`` on (a later "…, sagte Y" cut off;
    after a cue in a fronted subordinate clause also the main clause: "Als sie merkte, dass …, floh sie")."""
    toks = view.toks
    n = len(toks)
    j = i
    while j < n:
        if subordinate and toks[j].text == "," and j + 2 < n and toks[j + 1].text[0].islower() and \
                toks[j + 2].low in ("er", "sie", "es", "man", "der", "die", "das", "ich", "wir"):
            return j
        if toks[j].text == "," and j + 1 < n and _indicative_verb(toks[j + 1]):
            return j  # "er sei unschuldig, erkannte das Gericht aber nicht an": the report ends here
        if toks[j].text == "," and j + 1 < n and view.cue_at(j + 1) is not None and j + 2 < n and \
                toks[j + 2].low not in ("dass", "daß", "ob"):
            return j
        if toks[j].text == ";":
            return j
        j += 1
    return n


_LEADING = frozenset({"denn", "doch", "und", "aber"})  # "Denn wie die Zeitung berichtete, …"
_FRAME_TRIGGERS = frozenset({"laut", "zufolge", "nach", "wie", "so", "seiner", "seinen", "seinem", "ihrer", "ihren",
                             "ihrem"})


def _indicative_verb(t: Tok) -> bool:
    """A finite verb in the indicative, opening a new main clause after a comma (erkannte, hat, wurde)."""
    low = t.low
    if t.quote is not None or not t.text[0].islower() or low in lexicon.SUBJUNCTIVE_I:
        return False
    if low in ("ist", "sind", "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "wurde", "wurden"):
        return True
    return (low in lexicon.VERBS or low in lexicon.PARTICLE_VERBS) and low.endswith(("te", "ten"))


def indirect_candidates(view: SentenceView) -> list[Candidate]:
    toks = view.toks
    n = len(toks)
    out: list[Candidate] = []
    for cue in view.cues:
        c = _complement(view, cue) or _cue_after(view, cue)
        if c is not None:
            out.append(c)
    if _FRAME_TRIGGERS.isdisjoint([t.low for t in toks]):
        return out
    for i, t in enumerate(toks):
        if t.quote is not None or t.low not in _FRAME_TRIGGERS:
            continue
        low = t.low
        c = None
        if low == "laut" and i + 1 < n:
            c = _laut(view, i)
        elif low == "zufolge" and i > 0:
            c = _zufolge(view, i)
        elif low == "nach" and i + 1 < n:
            c = _nach_frame(view, i)
        elif low in _POSSESSIVE_PRONOUN and i + 2 < n and lexicon.frame_of(toks[i + 1].text) and \
                toks[i + 2].low == "nach":
            c = _possessive_frame(view, i)
        elif low == "wie" and (i == 0 or toks[i - 1].text == "," or (i == 1 and toks[0].low in _LEADING)):
            c = _wie(view, i)
        elif low == "so" and i > 0 and toks[i - 1].text == ",":
            c = _so(view, i)
        if c is not None:
            out.append(c)
    return out


def _complement(view: SentenceView, cue: Cue) -> Candidate | None:
    """sagte X, dass …  /  sagte X, die Lage sei ernst  /  sagte: Die Lage sei ernst  /  kündigte an, … zu …"""
    toks = view.toks
    n = len(toks)
    e = clause_end(toks, cue.last + 1)
    if e >= n:
        return None
    sep = toks[e]
    k = e + 1 if sep.text in (",", ":") else e
    if k >= n:
        return None
    first = toks[k]
    if _negated_or_reflexive(view, cue, e):
        return None  # "wollte nicht bestätigen, dass …", "damit bestätigt sich, dass …": nobody asserts it
    if first.low in ("dass", "daß", "ob", "wonach") and (sep.text == "," or k == e):
        if first.low == "ob" and (cue.cognition or cue.lemma in _DECIDING):
            return None  # "entscheidet, ob …" is no report of speech
        mention = speaker_of_cue(view, cue)
        if cue.cognition and (mention is None or (mention.kind == "pronoun" and mention.head not in ("er", "sie"))):
            return None  # "Es wird erwartet, dass …", "man weiß, dass …": no one holds the view
        hi = _sentence_tail(view, k + 1, subordinate=_in_subordinate(view, cue))
        return _make(view, k + 1, hi, "dass-clause", mention, cue, PRIORITY_CUE)
    if sep.text not in (",", ":"):
        return None
    if first.quote is not None:
        return None  # a quotation right after the cue: the direct rules handle it
    hi0 = _sentence_tail(view, k)
    subjunctive = has_subjunctive(toks, k, max(clause_end(toks, k), min(hi0, k + 14)))
    if first.low in RELATIVES and sep.text == "," and not subjunctive and \
            not (k + 1 < n and (is_nounlike(toks[k + 1]) or is_adjective(toks[k + 1]))):
        return None  # ", der sagte" (a relative clause) vs ", die Lage sei ernst"
    if first.low in SUBORDINATORS and first.low not in ("wie",) and not (
            k + 1 < n and (toks[k + 1].low in AUXILIARIES or toks[k + 1].low in lexicon.SUBJUNCTIVE_I)):
        return None  # "…, weil …" (but "…, damit solle ein Machtvakuum …" is a main clause)
    hi = hi0
    seg_end = clause_end(toks, k)
    if subjunctive:
        return _make(view, k, hi, "subjunctive-clause", speaker_of_cue(view, cue), cue, PRIORITY_CUE)
    if cue.lemma in lexicon.REPORT_VERBS and sep.text == "," and _finite_main(view, cue) and \
            _opens_main_clause(toks, k, seg_end):
        return _make(view, k, hi, "v2-clause", speaker_of_cue(view, cue), cue, PRIORITY_CUE - 3)
    # zu-infinitive: "kündigte an, die Steuern zu senken", "warf ihm vor, gelogen zu haben"
    if not cue.cognition and seg_end - k >= 2 and _is_zu_infinitive(toks, k, seg_end):
        return _make(view, k, seg_end, "infinitive-clause", speaker_of_cue(view, cue), cue, PRIORITY_CUE - 4)
    return None


def _finite_main(view: SentenceView, cue: Cue) -> bool:
    """The cue is the finite verb of a main clause: no subordinator opens its clause, no auxiliary
    stands before it (hat … gesagt) or after it (gesagt hatte)."""
    toks = view.toks
    lo = clause_start(toks, cue.index, 0)
    if lo < cue.index and (toks[lo].low in SUBORDINATORS or (toks[lo].low in RELATIVES and lo > 0)):
        return False
    if any(toks[j].low in AUXILIARIES for j in range(lo, cue.index)):
        return False
    nxt = cue.last + 1
    return not (nxt < len(toks) and toks[nxt].low in AUXILIARIES)


_NEGATIONS = frozenset({"nicht", "niemand", "nie", "niemals", "kaum", "keiner", "keine", "weder"})
_DECIDING = frozenset({"entscheiden", "urteilen", "beschließen", "befinden", "prüfen"})
_REFLEXIVE_NOT_SPEECH = frozenset({"bestätigen", "herausstellen", "zeigen", "erweisen", "ergeben", "finden"})


def _negated_or_reflexive(view: SentenceView, cue: Cue, e: int) -> bool:
    """The cue's clause negates it ("wollte nicht bestätigen") or uses it reflexively ("bestätigt sich")."""
    toks = view.toks
    lo = clause_start(toks, cue.index, 0)
    for j in range(lo, e):
        if toks[j].low in _NEGATIONS:
            return True
    nxt = cue.index + 1
    return (nxt < len(toks) and toks[nxt].low == "sich" and cue.lemma in _REFLEXIVE_NOT_SPEECH) or (
        cue.index > 0 and toks[cue.index - 1].low == "sich" and cue.lemma in _REFLEXIVE_NOT_SPEECH)


def _in_subordinate(view: SentenceView, cue: Cue) -> bool:
    lo = clause_start(view.toks, cue.index, 0)
    return lo < cue.index and view.toks[lo].low in SUBORDINATORS


def _opens_main_clause(toks: list[Tok], k: int, seg_end: int) -> bool:
    """"sagte er, die USA seien bereit" / "gab an, vermutlich halten sich …": a subject or adverb, then a
    finite verb early in the clause (not a relative clause, which ends in its verb)."""
    first = toks[k]
    if first.low in RELATIVES and not (k + 1 < seg_end and (is_nounlike(toks[k + 1]) or is_adjective(toks[k + 1]))):
        return False  # "…, die sagte": a relative clause, not "…, die Eltern wollten helfen"
    if first.low in SUBORDINATORS or first.low in ("und", "oder", "aber", "sowie"):
        return False
    for j in range(k + 1, min(seg_end, k + 6)):
        t = toks[j]
        if t.low in AUXILIARIES or (t.text[0].islower() and t.low.endswith(("t", "te", "ten", "en")) and
                                    not is_adjective(t) and t.low not in FUNCTION_WORDS):
            return seg_end - k >= 4
    return False


_INFINITIVE_AUX = frozenset({"haben", "sein", "werden", "können", "wollen"})


def _is_zu_infinitive(toks: list[Tok], lo: int, hi: int) -> bool:
    last = toks[hi - 1].low
    if hi - 2 >= lo and toks[hi - 2].low == "zu":
        return True
    if hi - 3 >= lo and toks[hi - 3].low == "zu" and toks[hi - 1].low in _INFINITIVE_AUX:
        return True
    return "zu" in last[2:-3] and last.endswith("en") and len(last) > 7 and toks[hi - 1].text[0].islower()


def _cue_after(view: SentenceView, cue: Cue) -> Candidate | None:
    """Die Lage sei ernst, sagte der Minister.  (the verb right after a comma, then its subject)"""
    toks = view.toks
    i = cue.index
    if i < 2 or toks[i - 1].text != "," or cue.attitude:
        return None
    if toks[i - 2].quote is not None and not toks[i - 2].title and (
            _only_quotes_before(toks, i - 1) or (i >= 3 and toks[i - 3].text == ":")):
        return None  # „…“, sagte X (also after an introduction with a colon): a direct quote
    limit = clause_end(toks, cue.last + 1)
    mention, _ = subject_after(view.text, toks, i, limit)
    if mention is None:
        if toks[i].low in ("hieß", "heißt") and i + 1 < len(toks) and toks[i + 1].low == "es":
            mention = None
        else:
            return None
    lo = _statement_start(view, i - 1)
    if lo is None:
        return None
    return _make(view, lo, i - 1, "cue-after", mention, cue, PRIORITY_CUE)


def _only_quotes_before(toks: list[Tok], i: int) -> bool:
    return all(t.quote is not None or not t.text[0].isalnum() for t in toks[:i])


def _statement_start(view: SentenceView, comma: int) -> int | None:
    """Where the reported clause before ``comma`` starts (the sentence start), or None when what precedes
    is no statement: a subordinate or relative clause, or a subject with an apposition (X, Y, sagte)."""
    toks = view.toks
    lo = 0
    while lo < comma and not toks[lo].text[0].isalnum() and toks[lo].quote is None:
        lo += 1
    if lo >= comma or toks[lo].low in SUBORDINATORS:
        return None
    segment_start = lo
    for j in range(comma - 1, lo, -1):
        if toks[j].text == ",":
            segment_start = j + 1
            break
    if segment_start > lo and (toks[segment_start].low in RELATIVES or toks[segment_start].low in SUBORDINATORS):
        return None  # "…, das am Montag stattfand, sagte er": the comma closes a relative clause
    if np_spans(view.text, toks, lo, comma):
        return None  # "Die Politikerin, Anna Roth, kritisierte": apposition, not a statement
    if not (has_subjunctive(toks, lo, comma) or _has_finite(toks, lo, comma)):
        return None
    return lo


def _has_finite(toks: list[Tok], lo: int, hi: int) -> bool:
    """A finite verb between lo and hi: an auxiliary or modal, or a speech verb form."""
    for j in range(lo, hi):
        t = toks[j]
        if t.quote is None and t.text[0].islower() and (t.low in AUXILIARIES or t.low in lexicon.VERBS):
            return True
        if t.quote is None and t.text[0].islower() and t.low.endswith(("t", "te", "ten")) and \
                t.low not in FUNCTION_WORDS and len(t.low) > 3 and not t.low.endswith(("st", "ist")):
            return True
    return False


def _laut(view: SentenceView, i: int) -> Candidate | None:
    """Laut Polizei …, laut dem Bericht der Kommission …, … laut Angaben des Vereins."""
    toks = view.toks
    m, j = parse_np(view.text, toks, i + 1, len(toks))
    if m is None or m.kind == "pronoun":
        return None
    return _frame_candidate(view, i, j, m, "laut", toks[i])


def _zufolge(view: SentenceView, z: int) -> Candidate | None:
    """Dem Bericht zufolge … / Angaben der Polizei zufolge …"""
    toks = view.toks
    prev = toks[z - 1]
    if prev.low in ("ihm", "ihr", "ihnen"):
        # "Ihnen zufolge …": the people just named (resolved like er/sie)
        head = "er" if prev.low == "ihm" else "sie"
        pron = Mention(prev.start, prev.end, prev.text, "pronoun", head, gender="m" if head == "er" else "?")
        return _frame_candidate(view, z - 1, z + 1, pron, "zufolge", toks[z])
    best = None
    for lo in range(max(0, z - 10), z):
        if toks[lo].quote is not None or toks[lo].text in _STOP:
            continue
        if not (toks[lo].low in DETERMINERS or is_nounlike(toks[lo]) or is_adjective(toks[lo])):
            continue
        m, j = parse_np(view.text, toks, lo, z, sentence_start=lo)
        if m is not None and j == z:
            best = (lo, m)
            break
    if best is None:
        return None
    lo, m = best
    return _frame_candidate(view, lo, z + 1, m, "zufolge", toks[z])


def _nach_frame(view: SentenceView, i: int) -> Candidate | None:
    """Nach Angaben der Polizei … / nach Ansicht von Experten … / nach eigenen Angaben …"""
    toks = view.toks
    m, j = parse_np(view.text, toks, i + 1, len(toks))
    if m is not None and m.kind == "source" and m.det in ("dem", "einem", "den", ""):
        # "Nach einem Dokument der EU …", "Nach dem Bericht": a document frames the statement
        m = Mention(m.start, m.end, m.text, "frame", m.head, name=m.name, det=m.det, modifiers=m.modifiers,
                    inner=m.inner)
    if m is None or m.kind != "frame":
        return None
    if m.inner is None:
        own = any(mod.startswith("eige") for mod in m.modifiers)
        if own:
            m = _own_subject(view, j) or m
        elif m.name and " " in m.name:
            # "Nach Grupps Meinung": the genitive name before the frame noun
            gen = m.name.split()[0]
            gen = gen[:-1] if gen.endswith("s") and len(gen) > 3 else gen
            m = Mention(m.start, m.end, m.text, "name", gen, name=gen)
    return _frame_candidate(view, i, j, m, "nach-frame", toks[i])


def _possessive_frame(view: SentenceView, i: int) -> Candidate | None:
    """Seiner Meinung nach … / Ihrer Ansicht nach …"""
    toks = view.toks
    t = toks[i]
    pron = Mention(t.start, t.end, t.text, "pronoun", _POSSESSIVE_PRONOUN[t.low],
                   gender="m" if _POSSESSIVE_PRONOUN[t.low] == "er" else "f")
    return _frame_candidate(view, i, i + 3, pron, "possessive-frame", toks[i + 2])


def _own_subject(view: SentenceView, after: int) -> Mention | None:
    """'nach eigenen Angaben': the speaker is the clause's subject (first phrase of the sentence)."""
    toks = view.toks
    m, _ = parse_np(view.text, toks, 0, len(toks), sentence_start=0)
    if m is not None and m.kind in ("name", "org", "role", "other"):
        return m
    return None


def _frame_candidate(view: SentenceView, lo: int, hi: int, m: Mention, rule: str, cue_tok: Tok) -> Candidate | None:
    """The statement a frame phrase (tokens lo..hi) attributes: the rest of the sentence, or what precedes."""
    toks = view.toks
    n = len(toks)
    cue_t = (cue_tok.start, cue_tok.end, cue_tok.text)
    if lo == 0 or (lo == 1 and not toks[0].text[0].isalnum()):
        k = hi + 1 if hi < n and toks[hi].text == "," else hi
        if k > hi and k < n and toks[k].low in RELATIVES:
            # "Nach offiziellen Angaben, die nicht überprüft werden können, waren …": skip the relative clause
            r = clause_end_plain(toks, k)
            if r < n and toks[r].text == ",":
                k = r + 1
        tail = _sentence_tail(view, k)
        return _make(view, k, tail, rule, m, None, PRIORITY_FRAME, cue_tuple=cue_t)
    if lo >= 1 and toks[lo - 1].text == "(":
        # "(nach anderen Angaben liegt die Stadt 46 Kilometer entfernt)": the bracket is the statement
        r = hi
        while r < n and toks[r].text != ")":
            r += 1
        return _make(view, hi, r, rule, m, None, PRIORITY_FRAME, cue_tuple=cue_t)
    if lo >= 1 and toks[lo - 1].text == "," and (hi >= n or toks[hi].text in (".", "!", "?", ",", ";")):
        # "…, laut Polizei." at the end: attribute what comes before
        return _make(view, 0, lo - 1, rule, m, None, PRIORITY_FRAME, cue_tuple=cue_t)
    # inside a relative or subordinate clause ("…, die nach dessen Angaben …"): only that clause
    lo_clause = clause_start(toks, lo, 0)
    if lo_clause > 0 and (toks[lo_clause].low in RELATIVES or toks[lo_clause].low in SUBORDINATORS):
        return _make(view, lo_clause, clause_end_plain(toks, hi), rule, m, None, PRIORITY_FRAME - 2, cue_tuple=cue_t)
    # in the middle of the main clause: the whole sentence is the statement
    return _make(view, 0, _sentence_tail(view, 0), rule, m, None, PRIORITY_FRAME - 2, cue_tuple=cue_t)


def clause_end_plain(toks: list[Tok], i: int) -> int:
    """Index of the next comma, semicolon or sentence end at or after ``i`` (quotations are words here)."""
    n = len(toks)
    while i < n and toks[i].text not in (",", ";", ".", "!", "?", ":"):
        i += 1
    return i


def _wie(view: SentenceView, i: int) -> Candidate | None:
    """Wie die Polizei mitteilte, … / …, wie der Sprecher sagte."""
    toks = view.toks
    n = len(toks)
    e = i + 1
    while e < n and toks[e].text not in _STOP and toks[e].quote is None:
        e += 1
    cue = next((c for c in view.cues if i < c.index < e and not c.cognition), None)
    closing = e - 2 if e - 2 > i and toks[e - 1].low in AUXILIARIES else e - 1  # "wie gestern bekannt wurde"
    if cue is None or (cue.last != closing and cue.index != closing):
        return None
    mention = speaker_of_cue(view, cue)
    if mention is None:
        mention = source_pp(view, i + 1, e)
    if i <= 1:
        k = e + 1 if e < n and toks[e].text == "," else e
        return _make(view, k, _sentence_tail(view, k), "wie-frame", mention, cue, PRIORITY_FRAME)
    return _make(view, 0, i - 1, "wie-frame", mention, cue, PRIORITY_FRAME)




_AFTER_SO_SPEAKER = frozenset({"in", "im", "bei", "gegenüber", "am", "auf", "zu", "zur", "zum"})


def _so(view: SentenceView, i: int) -> Candidate | None:
    """…, so der Minister.  (a statement closed by 'so' and its speaker)"""
    toks = view.toks
    n = len(toks)
    m, j = parse_np(view.text, toks, i + 1, n)
    if m is None or m.kind not in ("name", "role", "org", "source", "pronoun", "other"):
        return None
    if j < n and toks[j].text not in (".", "!", "?", ",", ";", "(") and toks[j].low not in _AFTER_SO_SPEAKER:
        return None
    if toks[i - 2].quote is not None and _only_quotes_before(toks, i - 1):
        return None
    cue_t = (toks[i].start, toks[i].end, toks[i].text)
    return _make(view, 0, i - 1, "so-frame", m, None, PRIORITY_FRAME, cue_tuple=cue_t)


def continuation_candidate(view: SentenceView, *, allow_weak: bool) -> Candidate | None:
    """A sentence in the subjunctive without a cue of its own: it goes on with the last statement."""
    toks = view.toks
    n = len(toks)
    if n < 3 or toks[0].low in SUBORDINATORS:
        return None
    strong = has_subjunctive(toks, 0, n, strong_only=True)
    if not strong and not (allow_weak and any(t.low in _REPORTING_II and t.quote is None for t in toks)):
        return None
    rule = "subjunctive-continuation" if strong else "conditional-continuation"
    return _make(view, 0, n, rule, None, None, PRIORITY_CONTINUATION, inherit=True)


_DEMONSTRATIVES = frozenset({"das", "dies", "dieses"})
# Konjunktiv II forms that continue reported speech (not könnte/dürfte/möchte, which narrate as well)
_REPORTING_II = frozenset({"wäre", "wären", "hätte", "hätten", "würde", "würden", "gäbe", "käme", "müsste",
                           "müssten"})


def backward_candidate(view: SentenceView, prev_start: int, prev_end: int) -> Candidate | None:
    """"Das bestätigte die Polizei." / "Dies teilte der Verein mit.": the cue attributes the sentence before."""
    toks = view.toks
    if len(toks) < 3 or toks[0].low not in _DEMONSTRATIVES:
        return None
    cue = view.cue_at(1)
    if cue is None or cue.cognition:
        return None
    limit = clause_end(toks, cue.last + 1)
    mention, _ = subject_after(view.text, toks, 1, limit)
    if mention is None or (mention.kind == "pronoun" and mention.head not in ("er", "sie")):
        return None
    start, end = trim(view.text, prev_start, prev_end)
    if _words(view, start, end) < _MIN_WORDS:
        return None
    t = toks[cue.index]
    return Candidate(start, end, Kind.INDIRECT, "demonstrative-cue", mention, False, (t.start, t.end, t.text), (),
                     is_plural_verb(t.low), PRIORITY_FRAME)


def demnach_candidate(view: SentenceView) -> Candidate | None:
    """Demnach … / Dem Bericht nach …: the statement of the source named just before."""
    toks = view.toks
    if len(toks) < 3 or toks[0].low not in ("demnach", "danach", "darin"):
        return None
    if toks[0].low in ("danach", "darin") and not has_subjunctive(toks, 1, len(toks), strong_only=True):
        return None
    cue_t = (toks[0].start, toks[0].end, toks[0].text)
    return _make(view, 1, len(toks), "demnach", None, None, PRIORITY_FRAME, inherit=True, cue_tuple=cue_t)


def subject_of_speech_sentence(view: SentenceView) -> tuple[Mention | None, Cue | None]:
    """The speaker of a sentence with a speech verb that proposes nothing itself (Er lobte die Pläne.),
    so that following subjunctive sentences can be attributed to them."""
    for cue in view.cues:
        if cue.cognition or cue.attitude or "zu" in view.toks[cue.index].low[2:-2]:
            continue  # "um … aufzufordern" is no statement of the clause's subject
        if _negated_or_reflexive(view, cue, clause_end(view.toks, cue.last + 1)):
            continue  # "konnte der Minister nicht bestätigen"
        m = speaker_of_cue(view, cue)
        if m is not None:
            return m, cue
    return None, None
