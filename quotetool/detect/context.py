"""One sentence as the rules see it: tokens, cues, and helpers to find a cue's speaker and to trim spans."""

from __future__ import annotations

from typing import Final, NamedTuple

from quotetool.detect import lexicon
from quotetool.detect.cues import (
    VIEW_WORDS,
    Cue,
    clause_end,
    genitive_opens,
    repeatedly,
    sentence_part_end,
    von_attribute,
)
from quotetool.detect.speakers import (
    Mention,
    cannot_speak,
    clause_start,
    finite_first,
    has_verb,
    holder_of_view,
    is_adjective,
    is_nominal,
    is_nounlike,
    oblique,
    oblique_der,
    opens_subordinate,
    parse_np,
    subject_after,
    subject_before,
)
from quotetool.detect.tokens import (
    AUXILIARIES,
    DASS_OB,
    DASS_WONACH,
    DETERMINERS,
    FUNCTION_WORDS,
    HEISST,
    PREPOSITIONS,
    RELATIVES,
    SUBORDINATORS,
    WAEHREND,
    Tok,
    both_spellings,
    tokenize,
)

_TRIM: Final = " \t\n,;:–—-"
_TRIM_END: Final = _TRIM + ".!?…"


class SentenceView(NamedTuple):
    text: str
    start: int
    end: int
    index: int  # type: ignore[assignment]  # (shadows tuple.index, which no caller uses)
    toks: list[Tok]
    cues: list[Cue]

    def cue_at(self, i: int) -> Cue | None:
        for c in self.cues:
            if c.index == i:
                return c
        return None

    def cue_tuple(self, c: Cue) -> tuple[int, int, str]:
        t = self.toks[c.index]
        return (t.start, t.end, t.text)


def trim(text: str, start: int, end: int, *, keep_end_punct: bool = False) -> tuple[int, int]:
    """The span without surrounding spaces, commas, colons and dashes (and final punctuation)."""
    chars = _TRIM if keep_end_punct else _TRIM_END
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def is_plural_verb(word: str) -> bool:
    """sagten, erklärten, betonen: a plural finite verb ending (approximate, enough for "sie")."""
    return word.endswith("en") and not word.startswith("ge")


# who can hold a statement noun's view ("die Forderung des Ministers", "nach der Auswertung der Polizei")
STATEMENT_HOLDERS: Final = frozenset({"name", "role", "org", "group", "source", "pronoun"})


def speaker_of_cue(view: SentenceView, cue: Cue) -> Mention | None:
    """The subject of the clause a cue stands in, before the verb (V2), after it (inverted) or, in a
    verb-final clause (wie die Polizei mitteilte), between the conjunction and the verb; for a passive
    cue the agent (von Experten als … bezeichnet)."""
    toks = view.toks
    v = cue.index
    if cue.lemma in VIEW_WORDS:
        return holder_of_view(view.text, toks, 0, v + 1)  # "Für Lenz ist klar: …": the one after "für"
    if cue.attitude and toks[v].text[0].isupper():
        settled, holder = _statement_noun_holder(view, cue)
        if settled:
            return _noun_with_holder(view, cue, holder) if holder is not None else None
    if cue.attitude:
        finite = _finite_before(toks, cue.index)
        if finite is None:
            return None
        v = finite
    if _verb_final(toks, cue):
        document = _passive_in_document(view, cue, v)
        if document is not None:
            return document
        m = _subordinate_subject(view, v, cue.lemma)
        if m is not None:
            return m
    return _subject_of_clause(view, cue, clause_start(toks, v, 0), v)


def _statement_noun_holder(view: SentenceView, cue: Cue) -> tuple[bool, Mention | None]:
    """Whether a statement noun's cue settles its speaker by itself, and the speaker: the holder it names ("die
    Forderung des Ministers, …" is the minister's), none where it rejects someone else's ("gegen die
    Behauptung, …"), or the one it comes from ("Von der Polizei kam die Information, …"); else (False, None),
    and the clause around the noun tells."""
    holder = _holder_in_noun_cue(view, cue)
    if holder is not None:
        return True, holder
    if others_stance(view.toks, cue) or rejected_claim(view, cue):
        return True, None
    origin = _coming_from(view, cue)
    if origin is not None:
        return True, origin
    return False, None


def _holder_in_noun_cue(view: SentenceView, cue: Cue) -> Mention | None:
    """The holder a statement noun's cue names after the noun: "die Forderung des Ministers, …", "die Kritik von
    Experten, …"; None when it names none."""
    toks = view.toks
    v = cue.index
    if cue.last <= v:
        return _holder_in_attribute(view, v)
    k = v + 2 if toks[v + 1].low in ("von", "vom") else v + 1
    if k == v + 1 and not genitive_opens(toks[k]):
        return None  # "gab der Hoffnung Ausdruck, …": no genitive after the noun, no holder
    holder, _ = parse_np(view.text, toks, k, cue.last + 1)
    if holder is not None and (holder.kind in STATEMENT_HOLDERS or initials(holder) or _medium(holder)):
        return holder
    return None


def _medium(m: Mention) -> bool:
    """A medium named by its kind and name or by its title: "der Zeitung Kurier", "der „Bild“" (a holder of the
    report it publishes)."""
    return m.kind == "other" and _medium_by_name(m)


def _medium_by_name(m: Mention) -> bool:
    """The phrase is a title in quotation marks or opens with a medium's kind ("Zeitung", "Sender"), whatever
    kind of speaker it was read as."""
    phrase = m.phrase
    return phrase[:1] in _TITLE_OPENERS or lexicon.media_of(phrase.split(" ", 1)[0]) is not None


_TITLE_OPENERS: Final = '„"»«‚'


def initials(m: Mention) -> bool:
    """A phrase headed by an organisation's initials ("der CDU", "der NATO"), which the lexicon does not know as
    one: it holds a statement ("der Vorwurf der CDU, …"). (Not a roman numeral.)"""
    word = m.text.rsplit(" ", 1)[-1]
    return (
        m.kind == "other"
        and 2 <= len(word) <= 5
        and word.isalpha()
        and word.isupper()
        and not all(c in "IVXLCDM" for c in word)
    )


def _noun_with_holder(view: SentenceView, cue: Cue, holder: Mention) -> Mention:
    """ "die Forderung des Ministers, …": the phrase that names the source here is the statement noun with its
    holder inside it, a frame as "Angaben der Polizei" is (the holder speaks); the holder alone when it stands
    before the noun ("die von der Opposition erhobene Forderung")."""
    toks = view.toks
    v = cue.index
    k = v + 2 if v + 2 < len(toks) and toks[v + 1].low in ("von", "vom") else v + 1
    if k >= len(toks) or holder.start != toks[k].start:
        return holder  # (a holder before the noun, or the one it comes from: "Von der Polizei kam die Information")
    lo = v - 1 if v > 0 and toks[v - 1].low in DETERMINERS else v
    start = toks[lo].start
    det = toks[lo].low if lo < v else ""
    text = view.text[start : holder.end]
    return Mention(start=start, end=holder.end, text=text, kind="frame", head=toks[v].low, det=det, inner=holder)


def _holder_in_attribute(view: SentenceView, v: int) -> Mention | None:
    """The holder a participle attribute names before a statement noun at ``v``: "die von der Opposition
    erhobene Forderung, …"; None when there is none."""
    k = von_attribute(view.toks, v)
    if k < 0:
        return None
    holder, _ = parse_np(view.text, view.toks, k + 1, v - 1)
    return holder if holder is not None and holder.kind in STATEMENT_HOLDERS else None


def _subject_of_clause(view: SentenceView, cue: Cue, lo: int, v: int) -> Mention | None:
    """speaker_of_cue in the clause starting at ``lo`` whose verb is at ``v``: whoever acts in a purpose clause,
    the one quoted, a place cue's source, the subject of a verb-final clause, the antecedent of a relative
    clause, else the subject of a main clause."""
    toks = view.toks
    if toks[lo].low in _PURPOSE and lo >= 2 and toks[lo - 1].text == "," and _zu_form(toks, cue.index):
        return _purpose_subject(view, lo - 1)  # "…, um die Regierung aufzufordern, …": whoever acts so
    if cue.lemma == "zitieren":
        quoted = _quoted_from(view, cue)
        if quoted is not None:
            return quoted
    if cue.lemma in PLACE_CUES:
        return _place_cue_source(view, cue, lo, v)
    if lo < v and opens_subordinate(toks, lo) and _verb_final(toks, cue):
        return _verb_final_subject(view, lo, v)
    if _relative_pronoun_subject(toks, lo, v):
        return antecedent(view, lo - 1)  # relative clause "X, der sagte": X speaks
    return _main_clause_subject(view, cue, lo, v)


def _place_cue_source(view: SentenceView, cue: Cue, lo: int, v: int) -> Mention | None:
    """The source of a place cue ("heißt es", "hervorgehen", "verlauten") in the clause from ``lo``: the
    document a relative clause refers to ("eine Erklärung der Behörde, in der es heißt, …"), else the source in
    a prepositional phrase ("wie aus dem Bericht hervorgeht", "in der Mitteilung heißt es")."""
    toks = view.toks
    if lo >= 2 and toks[lo - 1].text == "," and lo + 1 < v and toks[lo + 1].low in _RELATIVE_AFTER_PREPOSITION:
        return antecedent(view, lo - 1)  # "eine Erklärung der Behörde, in der es heißt, …": the document
    # "wie aus dem Bericht hervorgeht", "in der Mitteilung heißt es", "aus Kreisen verlautete": a source
    hi = clause_end(toks, cue.last + 1)
    return source_pp(view, lo, hi) or source_pp(view, 0, lo) or document_pointed_at(view, lo, hi)


def _passive_in_document(view: SentenceView, cue: Cue, v: int) -> Mention | None:
    """ "ein Brief der Behörde, in dem sie informiert wird, dass …": in a relative clause after "in" the
    subject of a passive cue is who is told; what tells is the document the clause refers to (None if the cue
    stands in no such clause)."""
    toks = view.toks
    k = cue.last + 1
    if k >= len(toks) or toks[k].low not in _PASSIVE_AUX:
        return None  # (nearly every cue)
    lo = clause_start(toks, v, 0)
    if (
        lo >= 2
        and toks[lo - 1].text == ","
        and toks[lo].low in ("in", "im")
        and lo + 1 < v
        and toks[lo + 1].low in _RELATIVE_AFTER_PREPOSITION
    ):
        document = antecedent(view, lo - 1)
        # (not "die Sitzung, in der beschlossen wurde, …": an occasion tells nothing)
        return document if document is not None and document.kind == "source" else None
    return None


def _verb_final_subject(view: SentenceView, lo: int, v: int) -> Mention | None:
    """ "wie die Polizei mitteilte", "als er sagte": the subject between the conjunction at ``lo`` and the verb
    at ``v`` (past "es", "auch", "bereits" …), or the agent of a passive ("wie von Experten betont wurde")."""
    toks = view.toks
    j = lo + 1
    while j < v and toks[j].low in ("es", "auch", "bereits", "schon", "zuvor", "dazu"):
        j += 1
    m, _ = parse_np(view.text, toks, j, v)
    if m is None and toks[lo + 1 : v] and any(t.low == "von" for t in toks[lo + 1 : v]):
        m = _agent(view, lo + 1, v)
    return m


def _relative_pronoun_subject(toks: list[Tok], lo: int, v: int) -> bool:
    """The clause from ``lo`` (verb at ``v``) is a relative clause after a comma whose pronoun is its subject:
    "X, der sagte" (not "…, die Lage sei ernst", where a noun follows the article)."""
    return (
        lo < v
        and toks[lo].low in ("der", "die", "das", "welche", "welcher")
        and lo > 0
        and toks[lo - 1].text == ","
        and not (lo + 1 < v and (is_nounlike(toks[lo + 1]) or is_adjective(toks[lo + 1])))
    )


def _zu_form(toks: list[Tok], i: int) -> bool:
    """The verb at ``i`` is a zu-infinitive: "aufzufordern", or "zu erklären" written apart."""
    return "zu" in toks[i].low[2:] or (i > 0 and toks[i - 1].low == "zu")


def _main_clause_subject(view: SentenceView, cue: Cue, lo: int, v: int) -> Mention | None:
    """speaker_of_cue in a main clause starting at ``lo`` whose finite verb (or the cue) is at ``v``: a subject
    shared with a verb before "und", the agent of a passive, the subject before or after the finite verb."""
    toks = view.toks
    shared = _shared_after_und(view, v)
    if shared is not None:
        return shared
    joined = _subject_of_joined_clause(view, lo, v)
    if joined is not None:
        return joined  # "Dies war nicht der erste Streit und die Anwohner befürchten, …"
    aux = _finite_aux(toks, cue, lo, v)
    if aux is not None and _passive(toks, aux, v, cue):
        return _passive_speaker(view, lo, aux, v if v == cue.index else clause_end(toks, cue.last + 1))
    fin = aux if aux is not None else v
    if fin > 0 and toks[fin - 1].low == "und":
        first = _first_cues_speaker(view, fin)
        if first is not None:
            return first
    before = _fronted_subject(view, fin)
    if before is not None:
        return before
    if toks[v].low in HEISST:
        return None
    after = _subject_after_verb(view, cue, lo, fin)
    if after is None and fin > 0 and toks[fin - 1].quote is not None:
        return _first_cues_speaker(view, fin)  # "X nannte es „…“ stellte aber fest, dass …" (a comma left out)
    return after


def _subject_of_joined_clause(view: SentenceView, lo: int, v: int) -> Mention | None:
    """A main clause joined by "und" (without a comma) to a clause with a verb of its own: the phrase between the
    "und" and the verb at ``v`` is the subject ("Dies war nicht der erste Streit und die Anwohner befürchten, …"),
    not a phrase of the clause before; None when no such "und" stands before the verb."""
    toks = view.toks
    k = v - 2
    while k > lo and toks[k].low not in _CLAUSE_JOINERS:
        if toks[k].text in _JOINED_STOPS:
            return None
        k -= 1
    if k <= lo or not has_verb(toks, lo, k) or _open_bracket(toks, lo, k):
        return None
    m = subject_before(view.text, toks, v, k + 1)
    return m if m is not None and m.kind in ("name", "role", "org", "group", "other") else None


def _open_bracket(toks: list[Tok], lo: int, k: int) -> bool:
    """The clause in lo..k has an auxiliary or modal whose verb has not come yet ("Stoiber hatte die Rolle der
    Fraktions- und Parteivorsitzenden betont"): the verb after "und" closes it, no new clause starts."""
    for i in range(lo, k):
        if toks[i].low in _BRACKET_AUX:
            return not any(_closing_verb(t) for t in toks[i + 1 : k])
    return False


def _closing_verb(t: Tok) -> bool:
    return (
        t.quote is None
        and t.text[0].islower()
        and t.low not in FUNCTION_WORDS
        and t.low.endswith(_VERB_ENDS)
        and not is_adjective(t)
    )


_VERB_ENDS: Final = ("t", "en", "n")
# finite forms that open a verb bracket a participle or infinitive closes (not "sein", also a copula)
_BRACKET_AUX: Final = both_spellings(
    {
        "hat",
        "haben",
        "hatte",
        "hatten",
        "wird",
        "werden",
        "wurde",
        "wurden",
        "will",
        "wollen",
        "wollte",
        "kann",
        "können",
        "konnte",
        "soll",
        "sollen",
        "sollte",
        "muss",
        "müssen",
        "musste",
    }
)
_CLAUSE_JOINERS: Final = frozenset({"und"})
_JOINED_STOPS: Final = frozenset({",", ";", ":", "(", ")"})


def _finite_aux(toks: list[Tok], cue: Cue, lo: int, v: int) -> int | None:
    """The auxiliary that is the clause's finite verb, if there is one: before the verb at ``v``, or ``v``
    itself where it is an auxiliary and not the cue (a statement noun's clause: "wurde … mit der Begründung
    abgelehnt")."""
    aux = _aux_before(toks, lo, v)
    if aux is None and v != cue.index and toks[v].low in AUXILIARIES:
        aux = v  # the finite verb of a statement noun's clause: "wurde … mit der Begründung abgelehnt"
    return aux


def _first_cues_speaker(view: SentenceView, fin: int) -> Mention | None:
    """The speaker of the sentence's first cue, which a finite verb after "und" at ``fin`` shares ("X
    erklärte, Y sei schuld, und kündigte an"); None where no cue comes before the "und"."""
    first = next((c for c in view.cues if c.index < fin - 1), None)
    if first is None:
        return None
    return speaker_of_cue(view, first)


def _fronted_subject(view: SentenceView, fin: int) -> Mention | None:
    """The subject before the finite verb at ``fin``, unless it is a fronted object or an oblique case ("Ihren
    Widersacher forderte sie auf")."""
    before = subject_before(view.text, view.toks, fin, 0)
    if before is not None and _quoted_statement(view, before, fin):
        return None  # "„…“, sagte Kolbe und fügte hinzu, …": the quotation is what was said, not who said it
    if before is not None and _object_before_singular(before, view.toks[fin]):
        after = _person_after_verb(view, fin)
        if after is not None:
            return after  # "Die Pläne der Stadt nannte der Verband „…“": the phrase before the verb is its object
    if before is not None and before.det not in _OBLIQUE_ONLY and not oblique_der(before):
        if _medium_in_dative(view, before, fin):
            return None  # "Der „Leipziger Volkszeitung“ sagte Frau Rieger: …": the paper was told
        return before  # (not "Ihren Widersacher forderte sie auf": a fronted object)
    return None


def _object_before_singular(before: Mention, verb: Tok) -> bool:
    """A phrase before a singular finite verb that cannot be its subject: a thing nobody speaks for ("Die
    Forderungen der Gewerkschaft nannte …") or people in the plural ("Die Kritiker, die …, nannte …")."""
    low = verb.low
    if verb.quote is not None or not verb.text[0].islower() or low.endswith("n") or low in _PLURAL_FINITE:
        return False
    return cannot_speak(before) or plural_people(before)


_PLURAL_FINITE: Final = frozenset({"sind", "seid"})


def plural_people(m: Mention) -> bool:
    """ "die Kritiker", "die Anwohner", "die Demonstranten": a role noun after "die" in a form that is no feminine
    singular ("die Sprecherin", "die Vorsitzende" are)."""
    if m.kind != "role" or m.det not in ("die", "diese") or m.name:
        return False
    word = next((w for w in m.phrase.split() if w[:1].isupper() and lexicon.role_of(w) == m.head), "")
    low = word.lower()
    if not low or low.endswith(("in", "innen", "frau")):
        return low.endswith("innen")
    return low != m.head or not m.head.endswith("e")


def _person_after_verb(view: SentenceView, fin: int) -> Mention | None:
    """The subject right after the finite verb at ``fin`` when it is a person by name or role or a body named in
    the nominative ("nannte der Verband", "bezeichnete Ministerin Anja Lenz"); else None."""
    toks = view.toks
    after, _ = subject_after(view.text, toks, fin, clause_end(toks, fin + 1))
    if after is None or after.kind not in ("name", "role", "org") or oblique(after) or oblique_der(after):
        return None
    if after.det == "der" and (after.kind == "org" or after.phrase.lower().endswith(("in", "frau"))):
        return None  # ("nannte der Zeitung …", "der Ministerin": a dative)
    return after


def _quoted_statement(view: SentenceView, before: Mention, fin: int) -> bool:
    """The phrase before the verb at ``fin`` is only a quotation, with a comma or dash between it and the verb."""
    toks = view.toks
    return (
        fin >= 2
        and toks[fin - 1].text in (",", "–", "—")
        and toks[fin - 2].quote is not None
        and not before.det
        and view.text[before.start : before.start + 1] in _TITLE_OPENERS
        and before.end == toks[fin - 2].end
    )


def _medium_in_dative(view: SentenceView, before: Mention, fin: int) -> bool:
    """ "Der „Bild“ sagte Thomas Roth", "Der Zeitung sagte der Minister": a newspaper after "der" before the
    verb, and a person right after it, is the dative of the one who was told, not the speaker ("Der „Spiegel“
    berichtete, …" still is)."""
    if before.det != "der" or not (_quoted_title(view.text, before) or before.head.endswith("zeitung")):
        return False
    toks = view.toks
    after, _ = subject_after(view.text, toks, fin, clause_end(toks, fin + 1))
    return after is not None and after.kind in ("name", "role")


def _quoted_title(text: str, m: Mention) -> bool:
    """The phrase writes a title in quotation marks ("der „Leipziger Volkszeitung“")."""
    return any(c in text[m.start : m.end] for c in '„“"»«')


def _subject_after_verb(view: SentenceView, cue: Cue, lo: int, fin: int) -> Mention | None:
    """The subject after the finite verb at ``fin`` (running on into an apposition: "sagte der Koordinator für
    die Region, Anna Roth, gegenüber …"), unless it cannot speak; where there is none, the subject of an
    earlier verb the clause shares."""
    toks = view.toks
    limit = clause_end(toks, fin + 1)
    after, _ = subject_after(view.text, toks, fin, max(limit, sentence_part_end(toks, fin + 1)))
    if after is not None and _not_the_holder(toks, cue, after):
        return None
    if after is None:
        after = _shared_subject(view, lo, fin)
    return after


def _not_the_holder(toks: list[Tok], cue: Cue, after: Mention) -> bool:
    """Whether the phrase after the verb cannot be the cue's speaker: an indefinite phrase of no kind ("ein
    Umdenken"), or the opinion noun of an attitude cue ("vertreten die Auffassung, …"), which is not its own
    holder."""
    if after.det in ("ein", "eine") and after.kind == "other":
        return True
    return cue.attitude and after.start <= toks[cue.index].start < after.end


def _shared_subject(view: SentenceView, lo: int, fin: int) -> Mention | None:
    """The subject a clause without its own shares with the verb before it: the first subject where the
    clause opens with its verb after a comma or "und" ("Beobachter monieren Mängel, sprechen aber davon,
    dass …"), else the subject of a coordinated verb."""
    toks = view.toks
    after: Mention | None = None
    if lo > 0 and toks[lo - 1].text in (",", "und") and fin == lo:
        # "Beobachter monieren Mängel, sprechen aber davon, dass …": the verb shares the first subject
        after = _first_subject(view, lo)
    if after is None:
        after = _coordinated_subject(view, fin)
    return after


_PASSIVE_AUX: Final = frozenset({"wird", "werden", "wurde", "wurden"})


def _passive(toks: list[Tok], aux: int, v: int, cue: Cue) -> bool:
    """A passive clause: "wird/wurde … gesagt", or "ist/war … worden" ("war mit dem Hinweis abgelehnt worden");
    not "X wird von der Zeitung mit den Worten zitiert, …", whose subject is the one quoted."""
    low = toks[aux].low
    plain = low in _PASSIVE_AUX
    if not plain and low not in _WORDEN_AUX:
        return False  # (hat, hatte, kann …: no passive; the common case, no look at the clause)
    if plain and _infinitive_cue(toks, cue):
        return False  # "Die Partei wird darauf bestehen, …": "wird" and an infinitive, the future
    worden = False
    for k in range(aux + 1, clause_end(toks, max(v, cue.last) + 1)):
        w = toks[k].low
        if w == "zitiert":
            return False
        if w == "worden":
            worden = True
    return plain or worden


_WORDEN_AUX: Final = both_spellings({"ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären"})


def _infinitive_cue(toks: list[Tok], cue: Cue) -> bool:
    """The cue's verb is its infinitive ("betonen", "hinweisen", "bekannt geben"), not a participle ("betont")."""
    if cue.attitude:
        return False
    word = toks[cue.index].low if cue.last == cue.index else toks[cue.index].low + toks[cue.last].low
    return word == cue.lemma


def _passive_speaker(view: SentenceView, lo: int, aux: int, hi: int) -> Mention | None:
    """The agent of a passive ("von Experten", after the finite verb unless it opens the clause: "Vom Ministerium
    wurde mitgeteilt"; not the attribute of a subject: "Die Speicherung von Daten wurde begründet"), else the
    document it stands in ("In einem Bericht der Zeitung wurde vermutet, dass …"); None for a passive without an
    agent ("Die Zahl wurde mit 214 angegeben")."""
    m = _agent(view, lo if view.toks[lo].low in ("von", "vom") else aux + 1, hi)
    if m is None:
        src = source_pp(view, lo, hi)
        if src is not None and (src.kind in ("source", "frame") or _medium_by_name(src)):
            m = src  # (a medium as well: "wurde im „Tagblatt“ als „…“ bezeichnet"; not "im Kino „Capitol“")
    return m


_PURPOSE: Final = frozenset({"um"})


def _purpose_subject(view: SentenceView, comma: int) -> Mention | None:
    """The subject of the clause before the comma that an "um … zu" clause depends on ("Der Kommissar reiste an,
    um die Regierung aufzufordern, …"; "X, der sich in Y aufhält, um … aufzufordern": the relative's antecedent)."""
    toks = view.toks
    start = clause_start(toks, comma, 0)
    if toks[start].low in RELATIVES and start > 0 and toks[start - 1].text == ",":
        return antecedent(view, start - 1)
    for v in range(start + 1, comma):
        t = toks[v]
        if t.quote is None and t.text[0].islower() and t.low not in FUNCTION_WORDS:  # the verb (or an adjective)
            m = subject_before(view.text, toks, v, start) or subject_after(view.text, toks, v, comma)[0]
            if m is not None:
                return m
    return None


def _quoted_from(view: SentenceView, cue: Cue) -> Mention | None:
    """ "Der Sender zitiert aus einem Bericht der Zeitung, wonach …": who quotes is not who said it; the source
    after "aus" is (None when the clause names none)."""
    toks = view.toks
    hi = clause_end(toks, cue.last + 1)
    for j in range(cue.last + 1, hi - 1):
        if toks[j].low == "aus":
            m, _ = parse_np(view.text, toks, j + 1, hi)
            return m if m is not None and m.kind != "pronoun" else None
    return quoted_object(view, cue.index, hi)


def quoted_object(view: SentenceView, v: int, hi: int) -> Mention | None:
    """ "Die Zeitung zitiert einen Sprecher des Ministeriums", "„…“, zitierte die Agentur Reuters einen Diplomaten",
    "zitierte Halvorsen mit den Worten": whom "zitieren" at ``v`` quotes, its object (who said it); None when the
    clause up to ``hi`` names none."""
    toks = view.toks
    after = _phrases_after(view, v, hi)
    for a in after:
        if a.det in _ACCUSATIVE_DETERMINERS:
            return a if a.kind in _QUOTED_KINDS else None
    subject_first = subject_before(view.text, toks, v, clause_start(toks, v, 0)) is not None
    m = after[0] if subject_first and after else after[1] if len(after) == 2 else None
    return m if m is not None and m.kind in _QUOTED_KINDS else None


def _phrases_after(view: SentenceView, v: int, hi: int) -> list[Mention]:
    """The first two noun phrases after the verb at ``v`` (past prepositional phrases), up to ``hi``."""
    toks = view.toks
    out: list[Mention] = []
    j = v + 1
    while j < hi and len(out) < 2:
        if toks[j].low in PREPOSITIONS or toks[j].quote is not None:
            break  # ("mit den Worten", a quotation: the objects are behind)
        m, j2 = parse_np(view.text, toks, j, hi)
        if m is None or j2 <= j:
            j += 1
            continue
        out.append(m)
        j = j2
    return out


_ACCUSATIVE_DETERMINERS: Final = frozenset({"den", "einen", "diesen", "seinen", "ihren", "keinen"})
_QUOTED_KINDS: Final = frozenset({"name", "role", "org", "group", "source", "frame"})


# "…, in der es heißt", "…, in dem steht", "…, aus denen hervorgeht": a relative pronoun after the preposition
_RELATIVE_AFTER_PREPOSITION: Final = frozenset({"der", "dem", "denen", "welcher", "welchem", "welchen"})
# "Von der Polizei kam die Information, …", "Vom Minister liegt die Äußerung vor, …": where a statement comes from
_COMING: Final = both_spellings(
    {"kam", "kommt", "kamen", "kommen", "stammt", "stammte", "stammen", "liegt", "lag", "liegen", "lagen"}
)


def _coming_from(view: SentenceView, cue: Cue) -> Mention | None:
    """The "von" phrase of a statement noun's clause whose verb says where it comes from ("Von der Polizei kam die
    Information, …"), or None."""
    toks = view.toks
    lo = clause_start(toks, cue.index, 0)
    hi = clause_end(toks, cue.last + 1)
    if not any(toks[k].low in _COMING for k in range(lo, hi)):
        return None
    m = _agent(view, lo, hi)
    return m if m is not None and m.kind in STATEMENT_HOLDERS else None


def _shared_after_und(view: SentenceView, v: int) -> Mention | None:
    """ "X erklärte, Y sei „…“ und kündigte an": a verb right after "und" shares the first cue's subject (an
    auxiliary of the reported clause in between is not its own)."""
    toks = view.toks
    if v < 2 or toks[v - 1].low != "und" or toks[v - 2].text == ",":
        return None
    first = next((c for c in view.cues if c.index < v - 1), None)
    return speaker_of_cue(view, first) if first is not None else None


# determiners that never open a subject: the phrase before the verb is a fronted object
_OBLIQUE_ONLY: Final = frozenset(
    {
        "den",
        "dem",
        "einen",
        "einem",
        "seinen",
        "seinem",
        "ihren",
        "ihrem",
        "diesen",
        "diesem",
        "jenen",
        "jenem",
        "keinen",
        "keinem",
    }
)


# prepositions before a statement noun that make it someone else's: "wandte sich gegen die Behauptung, …"
_OTHERS_STANCE: Final = both_spellings({"gegen", "auf", "über", "trotz", "wegen", "angesichts"})


def others_stance(toks: list[Tok], cue: Cue) -> bool:
    """A statement noun after "gegen", "auf", "über" …: the statement belongs to someone else."""
    v = cue.index
    return cue.attitude and toks[v].text[0].isupper() and v >= 2 and toks[v - 2].low in _OTHERS_STANCE


def rejected_claim(view: SentenceView, cue: Cue) -> bool:
    """A statement noun that a verb before it in its clause rejects ("wies Berichte zurück, wonach …",
    "widersprach der Darstellung, …"): the claim belongs to someone else, not to the verb's subject."""
    if not cue.attitude:
        return False
    toks = view.toks
    v = cue.index
    if negated_wonach(toks, cue):
        return True
    for c in view.cues:
        if c.attitude or c.lemma not in lexicon.REJECTING_VERBS:
            continue
        if c.index < v:
            return all(t.text not in _CLAUSE_MARKS for t in toks[c.index + 1 : v])
        return rejecting_participle(toks, v, c) or _rejected_after_content(toks, v, c)
    return False


# words that negate a clause's verb ("konnte Berichte nicht bestätigen, wonach …", "Das bestätigte X nicht")
NEGATIONS: Final = frozenset({"nicht", "nie", "niemals", "keineswegs"})


def negated_after(toks: list[Tok], v: int) -> bool:
    """A negation in the clause after the word at ``v`` ("…, sagte er nicht", "Das bestätigte X nie")."""
    return any(t.low in NEGATIONS for t in toks[v + 1 : clause_end(toks, v + 1)])


def negated_wonach(toks: list[Tok], cue: Cue) -> bool:
    """ "konnte Berichte nicht bestätigen, wonach …", "wollte Gerüchte nicht kommentieren, wonach …": a report noun
    whose clause negates the verb around it, and a "wonach" clause after its comma; the reports still claim what the
    clause says, the verb's subject does not."""
    v = cue.index
    if not cue.attitude or not toks[v].text[0].isupper():
        return False
    e = clause_end(toks, cue.last + 1)
    return (
        e + 1 < len(toks)
        and toks[e].text == ","
        and toks[e + 1].low == "wonach"
        and any(t.low in NEGATIONS for t in toks[v + 1 : e])
    )


def _rejected_after_content(toks: list[Tok], v: int, c: Cue) -> bool:
    """ "Den Vorwurf, die Stadt habe getäuscht, wies die Bürgermeisterin zurück", "hat den Vorwurf, …, zurückgewiesen":
    the content in commas right after the statement noun at ``v``, and the rejecting verb ``c`` right after it (or
    after an adverb or two: "…, entschieden zurückgewiesen")."""
    k = c.index - 1
    while k > c.index - 3 and toks[k].text[0].islower():
        k -= 1
    return (
        v + 2 < k
        and toks[v + 1].text == ","
        and toks[k].text == ","
        and all(t.text not in _SENTENCE_MARKS for t in toks[v + 1 : k])
    )


_SENTENCE_MARKS: Final = frozenset({";", ":", ".", "!", "?"})


def rejecting_participle(toks: list[Tok], v: int, c: Cue) -> bool:
    """ "hat Berichte zurückgewiesen, wonach …", "hatte den Vorwurf dementiert, dass …": the rejecting verb
    ``c`` closes the clause of the statement noun at ``v`` after it, before a comma and a dass/wonach clause."""
    k = c.last + 1
    return (
        v < c.index
        and k + 1 < len(toks)
        and toks[k].text == ","
        and toks[k + 1].low in DASS_WONACH
        and all(t.text not in _CLAUSE_MARKS for t in toks[v + 1 : c.index])
    )


_CLAUSE_MARKS: Final = frozenset({",", ";", ":", ".", "(", ")", "–", "—"})


# how far the first clause's verb may stand from the sentence start: a subject with a long apposition ("Anna
# Roth, eine langjährige, dem linken Flügel zugehörige Abgeordnete aus dem Norden, wollte …")
_FIRST_VERB_WINDOW: Final = 28


def _first_subject(view: SentenceView, hi: int) -> Mention | None:
    """The subject of the first clause, shared by a verb coordinated with it ("…, sprechen aber …")."""
    toks = view.toks
    for v in range(1, min(hi, _FIRST_VERB_WINDOW)):
        t = toks[v]
        if (
            t.quote is None
            and t.text[0].islower()
            and (t.low in AUXILIARIES or t.low in lexicon.VERBS or t.low in lexicon.PARTICLE_VERBS)
        ):
            return subject_before(view.text, toks, v, 0)
    return None


def _coordinated_subject(view: SentenceView, v: int) -> Mention | None:
    """'trat der Betrunkene den Schaffner und rief': the verb after "und" shares the subject of the
    first conjunct (verb first after a fronted clause, or subject first)."""
    toks = view.toks
    if v < 2 or toks[v - 1].low not in ("und", "sowie"):
        return None
    cs = _first_conjunct_start(toks, v)
    first = toks[cs]
    if first.text[0].islower() and first.low not in FUNCTION_WORDS:
        return _verb_first_conjunct_subject(view, cs, v)
    return _subject_first_conjunct_subject(view, cs, v)


def _first_conjunct_start(toks: list[Tok], v: int) -> int:
    """Where the conjunct before "und" at ``v - 1`` starts: back to the last clause mark or untitled
    quotation, at most 15 words before the verb at ``v``."""
    cs = v - 2
    while (
        cs > 0
        and v - cs < 16
        and toks[cs - 1].text not in (",", ".", ";", ":")
        and (toks[cs - 1].quote is None or toks[cs - 1].title)
    ):
        cs -= 1
    return cs


def _verb_first_conjunct_subject(view: SentenceView, cs: int, v: int) -> Mention | None:
    """The subject of a first conjunct that opens with its verb at ``cs``: a subject before an apposition
    that ends at the comma before it ("Einer der Sprecher, Jan Roth, dankte … und ergänzte"), else the
    subject after the verb ("biss der Randalierer … und rief")."""
    toks = view.toks
    if cs > 0 and toks[cs - 1].text == ",":
        # "Einer der Sprecher, Jan Roth, dankte … und ergänzte": the subject stands before the apposition
        before = subject_before(view.text, toks, cs, 0)
        if before is not None and before.kind != "pronoun":
            return before
    after, _ = subject_after(view.text, toks, cs, v - 1)  # "biss der Randalierer …"
    return after


def _subject_first_conjunct_subject(view: SentenceView, cs: int, v: int) -> Mention | None:
    """The subject of a first conjunct that opens with it at ``cs``: the phrase before the conjunct's verb,
    the first lower-case word that is no function word, adjective or noun ("Der Student schlief ein und
    fragte")."""
    toks = view.toks
    for w in range(cs + 1, v - 1):
        if (
            toks[w].text[0].islower()
            and toks[w].low not in FUNCTION_WORDS
            and not is_adjective(toks[w])
            and not is_nounlike(toks[w])  # (not a name written in lower case: "(dpa)")
        ):
            return subject_before(view.text, toks, w, cs)  # "Der Student schlief ein und fragte"
    return None


# cues whose source is a place or document rather than a subject ("heißt es in", "geht aus … hervor")
PLACE_CUES: Final = both_spellings({"heißen", "hervorgehen", "verlauten", "stehen", "hörensein"})
_SOURCE_PREPOSITIONS: Final = frozenset({"in", "im", "aus", "auf", "von", "vom", "bei", "beim", "seitens", "vonseiten"})


def source_pp(view: SentenceView, lo: int, hi: int) -> Mention | None:
    """The phrase after "in/aus/auf …" in a clause: the document or place a statement comes from."""
    toks = view.toks
    j = lo
    while j < hi:
        if toks[j].low in _SOURCE_PREPOSITIONS and j + 1 < hi:
            k = j + 2 if toks[j + 1].low in _SIDES and j + 2 < hi else j + 1  # "von Seiten der Polizei"
            m, end = parse_np(view.text, toks, k, hi)
            if m is not None and m.kind != "pronoun":
                if not _occasion(m):
                    return m
                owner = _occasion_owner(view, k, end)
                if owner is not None:
                    return owner  # "auf dem Parteitag der SPD hieß es": its owner speaks
                j = max(end, j + 1)  # "auf einer Pressekonferenz in Kiel": where, not who (nor the place in it)
                continue
        j += 1
    return None


_POINTING: Final = frozenset({"darin", "dort"})
_DOCUMENT_WINDOW: Final = 300  # how far back the sentence before may start that names the document


def document_pointed_at(view: SentenceView, lo: int, hi: int) -> Mention | None:
    """ "„…“, heißt es darin": a place cue whose place is "darin" or "dort" points at the document the sentence
    before names ("In einem Schreiben warnen die Rektoren …"): that document; None for anything else."""
    toks = view.toks
    if not any(toks[j].low in _POINTING for j in range(lo, min(hi, lo + 3))):
        return None
    text = view.text
    floor = max(0, view.start - _DOCUMENT_WINDOW)
    cut = max(text.rfind(". ", floor, max(floor, view.start - 2)), text.rfind("\n", floor, max(floor, view.start - 1)))
    before = tokenize(text, cut + 1 if cut >= 0 else floor, view.start, [])
    last = -1
    for i in range(1, len(before)):
        hit = lexicon.head_of(before[i].text) if before[i].text[:1].isupper() else None
        if hit is not None and hit[0] == "source":
            last = i
    if last < 0:
        return None
    m, _ = parse_np(text, before, last, last + 1)  # (the noun alone: "Schreiben", not "gemeinsamen Schreiben")
    return m if m is not None and m.kind == "source" else None


def _occasion(m: Mention) -> bool:
    """A phrase for the occasion where words were said: "einer Pressekonferenz in Kiel", "dem Parteitag"."""
    return m.kind == "other" and lexicon.event_of(m.head) is not None


def _occasion_owner(view: SentenceView, k: int, end: int) -> Mention | None:
    """Whose occasion the phrase in tokens k..end names, by its genitive: "dem Parteitag der SPD"; or None."""
    toks = view.toks
    for i in range(k, end - 1):
        if lexicon.event_of(toks[i].low) is not None and toks[i + 1].low in ("der", "des"):
            m, _ = parse_np(view.text, toks, i + 1, end)
            if m is None:
                return None
            acronym = m.kind == "other" and m.text.rsplit(" ", 1)[-1].isupper()  # "der SPD"
            return m if m.kind in ("org", "role", "name", "group") or acronym else None
    return None


_SIDES: Final = frozenset({"seiten", "seite"})


_ANTECEDENT_WINDOW: Final = 14
_SUBORDINATE_WINDOW: Final = 22
_SKIP_AFTER_CONJUNCTION: Final = frozenset(
    {
        "es",
        "auch",
        "bereits",
        "schon",
        "zuvor",
        "dazu",
        "jetzt",
        "nun",
        "gestern",
        "heute",
        "am",
        "zudem",
        "ebenfalls",
        "sich",
    }
)


def _verb_final(toks: list[Tok], cue: Cue) -> bool:
    """The cue closes its clause (… mitteilte, / … gesagt hat.): it may be a subordinate clause."""
    nxt = cue.last + 1
    if nxt >= len(toks):
        return True
    t = toks[nxt]
    return t.text in (",", ".", ";", ":", "!", "?") or (
        t.low in AUXILIARIES and (nxt + 1 >= len(toks) or toks[nxt + 1].text in (",", ".", ";", ":"))
    )


# verbs that take a predicate with "als" (bezeichnete die Lage als „ernst“): that "als" opens no clause
_PREDICATIVE: Final = both_spellings(
    {
        "bezeichnen",
        "sehen",
        "werten",
        "bewerten",
        "nennen",
        "kritisieren",
        "loben",
        "verurteilen",
        "beschreiben",
        "beurteilen",
        "feiern",
        "würdigen",
        "einstufen",
        "betrachten",
        "ansehen",
    }
)


def _subordinate_subject(view: SentenceView, v: int, lemma: str) -> Mention | None:
    """'Wie die Regierungschefin von Tasmanien, Ruth Calder, erklärte': the phrase between the
    conjunction and the verb (appositions included)."""
    toks = view.toks
    for j in range(v - 1, max(-1, v - _SUBORDINATE_WINDOW), -1):
        t = toks[j]
        if t.quote is None and t.low not in _SUBORDINATE_MARKS:
            continue  # (most words: none of the tests below applies; a mark's ``low`` is the mark)
        if t.text in (".", ";", ":") or (t.quote is not None and not t.title):
            return None
        if _predicative_als_wie(toks, j, v, lemma):
            continue  # "… von Kennern als „Meilenstein“ bezeichnet": a predicate, not a clause
        opens, subject = _clause_opened_at(view, j, v)
        if opens:
            return subject
    return None


def _predicative_als_wie(toks: list[Tok], j: int, v: int, lemma: str) -> bool:
    """Whether "als"/"wie" at ``j`` introduces a predicate, not a clause: after a verb of naming (``lemma``) or
    before a quotation ("… von Kennern als „Meilenstein“ bezeichnet")."""
    return toks[j].low in ("als", "wie") and (lemma in _PREDICATIVE or (j + 1 < v and toks[j + 1].quote is not None))


def _clause_opened_at(view: SentenceView, j: int, v: int) -> tuple[bool, Mention | None]:
    """Whether the word at ``j`` opens the verb-final clause of the verb at ``v`` (a relative pronoun, one
    after a preposition, a subordinating conjunction), and the clause's subject: the phrase after it, or a
    name in a relative clause whose pronoun is the object ("die Marke, die Anna Roth zum Ziel erklärt
    hatte")."""
    toks = view.toks
    t = toks[j]
    relative = _relative_pronoun_opens(toks, j, v)
    if _preposition_before_relative(toks, j, v):
        # "eine Pressekonferenz, auf der die Ministerin erklärte", "in dessen Folge das Gericht festgestellt hatte":
        # the relative pronoun is governed by the preposition; the subject follows it
        return True, _subject_after_relative(view, j, v)
    if not relative and t.low in RELATIVES and j > 0 and toks[j - 1].text == ",":
        named = _named_in_relative(view, j + 1, v)
        if named is not None:
            return True, named  # "die Marke, die Anna Roth zum Ziel erklärt hatte": the name is the subject
    if _conjunction_opens(toks, j) or relative:
        return True, _subject_after_conjunction(view, j, v, relative)
    return False, None


def _conjunction_opens(toks: list[Tok], j: int) -> bool:
    """Whether a subordinating conjunction at ``j`` opens a clause whose subject may speak ("wie", "als",
    "nachdem"; not "dass"/"ob", whose clause is what is said), or "während" (a conjunction or a preposition:
    _subject_after_conjunction tells)."""
    low = toks[j].low
    return (low in SUBORDINATORS and low not in DASS_OB and opens_subordinate(toks, j)) or (low in WAEHREND)


def _relative_pronoun_opens(toks: list[Tok], j: int, v: int) -> bool:
    """A relative pronoun after a comma at ``j`` opens the clause of the verb at ``v``: "…, die Schröder erklärt
    hatte" (not the article of an apposition: "X, der Sprecher der Y, teilte mit")."""
    return (
        toks[j].low in RELATIVES
        and j > 0
        and toks[j - 1].text == ","
        and not (j + 1 < v and (is_nounlike(toks[j + 1]) or is_adjective(toks[j + 1])))
    )


def _preposition_before_relative(toks: list[Tok], j: int, v: int) -> bool:
    """The relative pronoun at ``j`` is governed by a preposition after a comma: "eine Pressekonferenz, auf der die
    Ministerin erklärte", "in dessen Folge das Gericht festgestellt hatte"."""
    return (
        toks[j].low in RELATIVES
        and j > 1
        and toks[j - 1].low in PREPOSITIONS
        and toks[j - 2].text == ","
        and (
            toks[j].low in ("dessen", "deren")
            or not (j + 1 < v and (is_nounlike(toks[j + 1]) or is_adjective(toks[j + 1])))
        )
    )


def _subject_after_conjunction(view: SentenceView, j: int, v: int, relative: bool) -> Mention | None:
    """The subject of a verb-final clause that the conjunction or (``relative``) relative pronoun at ``j`` opens:
    the phrase after it up to the verb at ``v`` (or a nominative one before a comma); the antecedent when the
    pronoun is the subject ("Stimmen, die dem Kardinal vorwerfen"); None for "während" as a preposition."""
    toks = view.toks
    m, e = parse_np(view.text, toks, _past_words_before_subject(toks, j + 1, v), v)
    if relative and m is not None and oblique(m):
        return antecedent(view, j - 1)  # "Stimmen, die dem Kardinal vorwerfen": the relative pronoun speaks
    if toks[j].low in WAEHREND and (m is None or not _nominative_like(m)):
        return None  # "während seines Besuchs verkündet": a preposition, not a clause
    if m is not None and (_stands_as_subject(toks, m, e, v, not relative) or _unclosed_apposition(toks, m, e, v)):
        return m
    return None


_APPOSITION_ARTICLES: Final = frozenset({"ein", "eine", "der", "die"})
_LIST_WORDS: Final = frozenset({"und", "sowie", "oder"})


def _unclosed_apposition(toks: list[Tok], m: Mention, e: int, v: int) -> bool:
    """ "Wie Jan Roth, ein Sprecher der Nordarmee (NA) der Presse mitteilte": a name whose apposition after the
    comma at ``e`` runs to the singular verb at ``v`` without the comma that should close it (not a list: "Wie Roth,
    die Polizei und die Feuerwehr mitteilten")."""
    return (
        m.kind == "name"
        and e + 2 < v
        and toks[e].text == ","
        and toks[e + 1].low in _APPOSITION_ARTICLES
        and not is_plural_verb(toks[v].text)
        and all(
            t.text != "," and t.low not in _LIST_WORDS and t.quote is None and is_nominal(t) for t in toks[e + 1 : v]
        )
    )


def _past_words_before_subject(toks: list[Tok], k: int, v: int) -> int:
    """The index of the first word from ``k`` (before the verb at ``v``) that is none of the words that may
    stand between a conjunction and the subject (_SKIP_AFTER_CONJUNCTION: adverbs, "es", "sich": "wie bereits
    gestern die Ministerin sagte")."""
    while k < v and toks[k].low in _SKIP_AFTER_CONJUNCTION:
        k += 1
    return k


def _stands_as_subject(toks: list[Tok], m: Mention, e: int, v: int, loose: bool) -> bool:
    """Whether the phrase ``m`` (ending at ``e``) is the subject of the verb-final clause whose verb is at
    ``v``: it reaches the verb, or (``loose``) it reads as a nominative and no comma stands between it and
    the verb."""
    return e == v or (loose and _nominative_like(m) and all(tk.text != "," for tk in toks[e:v]))


def _subject_after_relative(view: SentenceView, j: int, v: int) -> Mention | None:
    """The subject of a relative clause whose pronoun at ``j`` follows a preposition: the phrase up to the verb
    at ``v`` after it (and after the noun "dessen"/"deren" determine: "in dessen Folge das Gericht …")."""
    toks = view.toks
    k = _past_possessed_noun(toks, j + 1, v) if toks[j].low in ("dessen", "deren") else j + 1
    m, e = parse_np(view.text, toks, _past_words_before_subject(toks, k, v), v)
    if m is None or oblique(m) or not _stands_as_subject(toks, m, e, v, True):
        return None
    return m


def _past_possessed_noun(toks: list[Tok], k: int, v: int) -> int:
    """After "dessen"/"deren", the index past the noun it determines (and its adjectives), where the clause's
    subject may follow: "in dessen Folge das Gericht …", "auf deren neuer Website die Firma …"."""
    while k < v and is_adjective(toks[k]):
        k += 1
    return k + 1 if k < v and is_nounlike(toks[k]) else k


def _named_in_relative(view: SentenceView, k: int, v: int) -> Mention | None:
    """A personal name right after a relative pronoun, in a clause whose verb ends it: the relative pronoun is
    the object, the name the subject ("die Marke, die Anna Roth im Mai zum Ziel erklärt hatte"). Not an
    apposition's article ("X, die Partei der Mitte, …"): there no verb closes the clause before a comma."""
    toks = view.toks
    if k >= v or toks[k].text.split("-")[0] not in lexicon.FIRST_NAMES:
        return None
    m, e = parse_np(view.text, toks, k, v)
    if m is None or m.kind != "name" or " " not in m.name:
        return None
    return m if all(tk.text not in (",", ";", ":") for tk in toks[e:v]) else None


_SUBORDINATE_MARKS: Final = frozenset({".", ";", ":", "als", "wie"}) | WAEHREND | RELATIVES | SUBORDINATORS


def _nominative_like(m: Mention) -> bool:
    """A phrase that can be a subject: a name, a pronoun er/sie/man, or der/die/das/ein/eine + noun."""
    if m.kind == "pronoun":
        return m.head in ("er", "sie", "man", "dieser", "diese")
    return m.kind in ("name", "role", "org", "group", "source") and m.det in ("", "der", "die", "das", "ein", "eine")


def antecedent(view: SentenceView, comma: int) -> Mention | None:
    """The phrase that ends at ``comma`` (the antecedent of a relative clause), the longest one found."""
    toks = view.toks
    for s in range(max(0, comma - _ANTECEDENT_WINDOW), comma):
        if not _antecedent_may_start(toks, s, comma):
            continue  # (a phrase starts at its article: not "Sitzung …" of "der Sitzung …")
        m, j = parse_np(view.text, toks, s, comma, sentence_start=s)
        if m is not None and _speechless_antecedent(toks, s, m):
            continue  # (not "eine Darstellung in Umlauf, die …": an abstract noun, a bare noun after a preposition)
        if m is not None and j == comma and m.kind in ("name", "role", "org", "group", "source", "other"):
            return m
    return _antecedent_before_verbs(view, comma)


def _antecedent_may_start(toks: list[Tok], s: int, comma: int) -> bool:
    """Whether the antecedent of a relative clause after ``comma`` may start at ``s``: not at a clause mark
    (except right before the comma) and not after an article (a phrase starts at its article: not
    "Sitzung …" of "der Sitzung …")."""
    return not ((toks[s].text in (",", ";", ":") and s < comma - 1) or (s > 0 and toks[s - 1].low in DETERMINERS))


def _speechless_antecedent(toks: list[Tok], s: int, m: Mention) -> bool:
    """Whether the phrase ``m`` (from ``s``) cannot be a speaking antecedent: an abstract noun ("eine
    Darstellung in Umlauf, die …") or a bare one-word name after a preposition."""
    return cannot_speak(m) or (s > 0 and toks[s - 1].low in PREPOSITIONS and m.kind == "name" and " " not in m.name)


def _antecedent_before_verbs(view: SentenceView, comma: int) -> Mention | None:
    """ "… dem Beispiel der Abgeordneten Anna Roth folgen, die erklärt hat, …": a relative clause after the verbs
    that end its clause; the antecedent is a person or body named right before them (not the phrase that holds
    it: a phrase opening inside another one is skipped)."""
    toks = view.toks
    end = _verbs_before_comma(toks, comma)
    if end == comma:
        return None
    for s in range(max(1, end - _ANTECEDENT_WINDOW), end):
        if _inside_phrase(toks, s):
            continue  # (a genitive after a noun may be the person: "dem Beispiel des Abgeordneten Roth")
        m, j = parse_np(view.text, toks, s, end, sentence_start=s)
        if m is not None and j == end and m.kind in ("name", "role", "org", "group"):
            return m
    return None


GENITIVE_ARTICLES: Final = frozenset({"des", "der", "eines", "einer"})


def _verbs_before_comma(toks: list[Tok], comma: int) -> int:
    """Where the verbs that end a clause before ``comma`` begin (one or two: "… folgen, die …", "… folgen
    wollen, die …"); ``comma`` itself where no verb stands before it."""
    end = comma
    while end > 1 and comma - end < 2 and _verb_like(toks[end - 1]):
        end -= 1
    return end


def _inside_phrase(toks: list[Tok], s: int) -> bool:
    """Whether a phrase starting at ``s`` would open inside another one: after an article or an adjective, or
    after a noun unless a genitive article opens it ("dem Beispiel des Abgeordneten Roth")."""
    before = toks[s - 1]
    return (
        before.low in DETERMINERS
        or is_adjective(before)
        or (is_nounlike(before) and toks[s].low not in GENITIVE_ARTICLES)
    )


def _verb_like(t: Tok) -> bool:
    """A lower-case word that is no function word: at the end of a clause, its verb."""
    return t.quote is None and t.text[0].islower() and t.low not in FUNCTION_WORDS


def _aux_before(toks: list[Tok], lo: int, v: int) -> int | None:
    """The finite auxiliary of a clause whose cue is a participle (hat … erklärt, wurde … mitgeteilt)."""
    for j in range(v - 1, lo - 1, -1):
        if toks[j].low in AUXILIARIES and toks[j].text[0].islower():
            return j
    return None


def _agent(view: SentenceView, lo: int, hi: int) -> Mention | None:
    """The agent of a passive: "von Experten", "vom Ministerium"."""
    toks = view.toks
    for j in range(lo, hi):
        if toks[j].low in ("von", "vom") and j + 1 < hi:
            m, _ = parse_np(view.text, toks, j + 2 if toks[j + 1].low in _SIDES and j + 2 < hi else j + 1, hi)
            if m is not None and m.kind != "pronoun":
                return m
    return None


# verbs that carry an attitude word or statement noun ("zeigte sich besorgt", "äußerte die Hoffnung", "kamen zu dem
# Schluss")
_ATTITUDE_VERBS: Final = both_spellings(
    {
        "zeigte",
        "zeigt",
        "zeigten",
        "zeigen",
        "gab",
        "gibt",
        "äußerte",
        "äußert",
        "gaben",
        "kam",
        "kamen",
        "kommt",
        "kommen",
        "gelangte",
        "gelangten",
        "gelangt",
        # the verbs a statement noun goes with ("fasste am Montag den Beschluss", "erhob erneut den Vorwurf")
        "äußerten",
        "fasste",
        "fassten",
        "fasst",
        "traf",
        "trafen",
        "trifft",
        "erhob",
        "erhoben",
        "erhebt",
        "stellte",
        "stellten",
        "stellt",
        "sprach",
        "sprachen",
        "spricht",
        "bekräftigte",
        "bekräftigten",
        "bekräftigt",
    }
)


def _finite_before(toks: list[Tok], i: int) -> int | None:
    """The finite verb of the clause of an attitude word (zeigte sich zuversichtlich, ist überzeugt,
    endet mit der Hoffnung)."""
    j = i - 1
    lo = max(0, i - _FINITE_WINDOW)
    fallback = loose = None
    while j >= lo:
        t = toks[j]
        if t.text in (",", ";", ":") or (t.quote is not None and not t.title):
            break
        if lo > 0 and (t.low == "sich" or repeatedly(toks, j)):
            lo -= 1  # (words that fill no place of the clause: "meldete sich wiederholt bei … mit der Bitte")
        if t.low in AUXILIARIES or t.low in _ATTITUDE_VERBS:
            return j
        if fallback is None and _weak_past_verb(toks, j):
            fallback = j  # (an article or "sich" after it: a verb, not an adjective: "fasste den Beschluss", a
            # strong plural: "erhoben die Forderung")
        if loose is None and len(t.low) > 2 and finite_first(t):
            loose = j  # a strong past form: "erhob den Vorwurf", "sprach die Hoffnung aus"
        j -= 1
    return fallback if fallback is not None else loose


_FINITE_WINDOW: Final = 10


def _weak_past_verb(toks: list[Tok], j: int) -> bool:
    """Whether the word at ``j`` reads as a finite verb in the past: lower case, longer than three letters, ending
    in -t/-te/-en (weak forms, and strong plurals: "erhoben"), and no adjective unless an article or "sich" follows
    it ("fasste den Beschluss", "zeigte sich")."""
    t = toks[j]
    return (
        t.quote is None
        and t.text[0].islower()
        and t.low.endswith(("t", "te", "en"))
        and (not is_adjective(t) or toks[j + 1].low in DETERMINERS or toks[j + 1].low == "sich")
        and len(t.low) > 3
        and t.low not in FUNCTION_WORDS
        and not repeatedly(toks, j)  # ("meldete sich zuletzt wiederholt bei …": adverbs)
    )
