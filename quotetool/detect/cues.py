"""Speech cues in a sentence: verbs of saying (with their separable particles), thinking verbs, and
attitude phrases before a dass-clause ("zeigte sich zuversichtlich, dass", "ist der Ansicht, dass")."""

from __future__ import annotations

from operator import attrgetter
from typing import Final, NamedTuple

from quotetool.detect import lexicon
from quotetool.detect.learned import Active
from quotetool.detect.mood import has_subjunctive
from quotetool.detect.speakers import company_name_word
from quotetool.detect.tokens import (
    AUXILIARIES,
    DASS,
    DASS_OB,
    DASS_WONACH,
    DETERMINERS,
    FUER,
    FUNCTION_WORDS,
    HEISSEN,
    PREPOSITIONS,
    RELATIVES,
    Tok,
    both_spellings,
)

_BRACKET_WINDOW: Final = 12
_CLAUSE_STOP: Final = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "–", "—"})
# "so zufrieden, dass": a consequence
_DEGREE: Final = both_spellings({"so", "derart", "dermaßen", "zu", "viel", "genug"})
_NOUN_DETERMINERS: Final = frozenset({"der", "die", "dem", "den", "einer", "eine", "seiner", "ihrer", "seine", "ihre"})
_SUBJ_WINDOW: Final = 10
# "die Straße sei sicher, doch …": after these the comma joins clauses, no complement of the adjective
_COORDINATING: Final = both_spellings({"und", "aber", "doch", "sondern", "jedoch", "denn", "oder", "während"})


def _subjunctive_soon(toks: list[Tok], i: int, *, weak: bool = False) -> bool:
    """A Konjunktiv I form within the next few words: the clause is reported content (with ``weak``, after a
    noun and its predicate, also a Konjunktiv II: "die Sorge geäußert, die Preise könnten steigen")."""
    forms = lexicon.SUBJUNCTIVE if weak else lexicon.SUBJUNCTIVE_I
    for j in range(i, min(len(toks), i + _SUBJ_WINDOW)):
        if toks[j].low in forms and toks[j].text[0].islower():
            return True
        if toks[j].text in (".", ";", ":"):
            return False
    return False


_TIME_PREPOSITIONS: Final = frozenset({"am", "im", "zum"})
_TIME_WORDS: Final = both_spellings(
    {
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonnabend",
        "sonntag",
        "wochenende",
        "abend",
        "morgen",
        "mittag",
        "vormittag",
        "nachmittag",
        "januar",
        "februar",
        "märz",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "dezember",
        "frühjahr",
        "sommer",
        "herbst",
        "winter",
        "anschluss",
        "auftakt",
        "abschluss",
        "rande",
    }
)
_WEEKDAYS: Final = ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag")
_DAYTIMES: Final = ("abend", "morgen", "mittag", "nachmittag", "vormittag", "nacht")
_TIME_ADJECTIVES: Final = 2  # "am gestrigen Montag", "im vergangenen Herbst"


def _time_word(low: str) -> bool:
    """A weekday, month, season or part of a day, also compounded ("Freitagabend", "Montagmorgen")."""
    return low in _TIME_WORDS or (low.endswith(_DAYTIMES) and low.startswith(_WEEKDAYS))


def after_time(toks: list[Tok], v: int) -> int:
    """The index of the last token of a time phrase right after the verb at ``v`` ("sagte am Freitag der
    Minister", "teilte am gestrigen Montag die Polizei mit"), else ``v``: the subject is looked for after it,
    so that it is not read as the genitive of the time noun."""
    j = v + 1
    if j >= len(toks) or toks[j].low not in _TIME_PREPOSITIONS:
        return v
    for k in range(j + 1, min(len(toks), j + 2 + _TIME_ADJECTIVES)):
        t = toks[k]
        if t.quote is not None:
            return v
        if t.text[0].isupper():
            return k if _time_word(t.low) else v
    return v


_PREDICATE_WINDOW: Final = 5
_ENDS_PREDICATE: Final = DASS | {"und", "oder", "aber"}  # (another clause begins)


def _reported_before(toks: list[Tok], i: int) -> bool:
    """A Konjunktiv I in the clause before token ``i``: the noun stands inside a reported sentence ("Der Termin
    sei ihr mit dem Hinweis abgeschlagen worden, …"), which is one statement, not a cue and its complement."""
    j = i - 1
    while j >= 0 and toks[j].text not in _CLAUSE_STOP:
        if toks[j].low in lexicon.SUBJUNCTIVE_I:
            return True
        j -= 1
    return False


def _comma_after_predicate(toks: list[Tok], k: int) -> int:
    """The comma after a statement noun's own predicate, a few words on: a participle, an infinitive with "zu",
    a particle or a short phrase ("den Vorwurf erhoben, …", "die Hoffnung zum Ausdruck gebracht, …");
    ``k`` itself when another clause or a quotation comes first."""
    for j in range(k, min(len(toks), k + _PREDICATE_WINDOW)):
        t = toks[j]
        if t.text == ",":
            return j
        if t.quote is not None or t.text in _CLAUSE_STOP or t.low in _ENDS_PREDICATE:
            return k
    return k


_GENITIVE: Final = frozenset({"des", "der", "von", "vom", "eines", "einer", "seines", "seiner", "ihres", "ihrer"})
_HOLDER_WINDOW: Final = 10


def holder_end(toks: list[Tok], k: int) -> int:
    """Index after the genitive that names a statement's holder ("die Forderung des CSU-Chefs Jan Roth"),
    or ``k`` itself when none follows."""
    if k >= len(toks) or toks[k].low not in _GENITIVE:
        return k
    j = k + 1
    while (
        j < len(toks)
        and j - k < _HOLDER_WINDOW
        and (toks[j].quote is None or toks[j].title)
        and toks[j].text not in _CLAUSE_STOP
    ):
        t = toks[j]
        if t.quote is not None:
            j += 1  # a title in quotation marks: "der Zeitung „Morgenpost“"
            continue
        if t.low in _ATTRIBUTE_PREPOSITIONS and t.low not in _GENITIVE and j > k + 1:
            return j  # a prepositional attribute after the holder: "der Vorwurf der Regierung an den Sender, …"
        if not (t.text[0].isupper() or t.low in _GENITIVE or t.text[0].isdigit() or t.low.endswith(("en", "er", "e"))):
            return k  # a verb or adverb: no genitive phrase after all
        j += 1
    if j > k + 1 and j < len(toks) and toks[j].text == "(":
        return _bracket_after(toks, j)  # "des Abgeordneten Tim Roth (SPD)": the party in brackets is the holder's
    return j


_BRACKET_WORDS: Final = 4


def _bracket_after(toks: list[Tok], j: int) -> int:
    """The index after a short bracket at ``j`` of capitalised words or a number ("(SPD)", "(Die Linke)", "(43)"),
    else ``j``."""
    for b in range(j + 1, min(len(toks), j + 2 + _BRACKET_WORDS)):
        t = toks[b]
        if t.text == ")":
            return b + 1 if b > j + 1 else j
        if t.quote is not None or not (t.text[0].isupper() or t.text[0].isdigit()):
            return j
    return j


_REPORT_DETERMINERS: Final = _NOUN_DETERMINERS | both_spellings({"ein", "einem", "einen", "eines", "des", "jüngsten"})
_WONACH_WINDOW: Final = 10


def _wonach_cues(toks: list[Tok], out: list[Cue]) -> bool:
    """ "ein Bericht der Zeitung „Morgenpost“, wonach …": a document, an account or a statement noun with its
    holder, whose content a "wonach" clause gives; its cue runs to the comma. Whether any was added."""
    added = False
    for w, t in enumerate(toks):
        if t.low != "wonach" or w < 2 or toks[w - 1].text != ",":
            continue
        for j in range(w - 2, max(-1, w - 2 - _WONACH_WINDOW), -1):
            tj = toks[j]
            if tj.quote is not None or not tj.text[0].isupper():
                if tj.text in _CLAUSE_STOP:
                    break
                continue
            if _reporting_noun(tj) and (
                j == 0
                or toks[j - 1].low in _REPORT_DETERMINERS
                or toks[j - 1].text[0].islower()
                or _time_word(toks[j - 1].low)  # "wies am Mittwoch Berichte der Zeitung zurück, wonach …"
            ):
                # with its holder ("ein Bericht der Zeitung, wonach …") or right before the comma ("Es gibt
                # Gerüchte, wonach …": a claim without a source, proposed as such)
                if ((w - 1 > j + 1 and holder_end(toks, j + 1) == w - 1) or j == w - 2) and not _covered(out, j):
                    out.append(Cue(j, w - 2, tj.low, True, attitude=True))
                    added = True
                elif _verb_tail(toks, j + 1, w - 1) and not _covered(out, j):
                    # the verb that closes the clause after the noun: "kehrten zur Version zurück, wonach …",
                    # "konnte Berichte nicht bestätigen, wonach …" (a claim whose source the sentence leaves open)
                    out.append(Cue(j, j, tj.low, True, attitude=True))
                    added = True
                else:
                    added = _rejected_with_holder(toks, out, j, w) or added
                break
    return added


def _rejected_with_holder(toks: list[Tok], out: list[Cue], j: int, w: int) -> bool:
    """ "wies Berichte der Zeitung X zurück, wonach …", "hat einen Bericht der „Bild“ dementiert, wonach …": the
    report noun at ``j`` with its holder up to the rejecting verb (or its particle) that closes the clause before
    the comma at ``w - 1``; its cue is added (the verb's own cue keeps the verb). Whether it was."""
    stop = min(
        (x for c in out if c.lemma in lexicon.REJECTING_VERBS for x in (c.index, c.last) if j + 1 < x < w - 1),
        default=-1,
    )
    if stop < 0 or not _verb_tail(toks, stop, w - 1):
        return False
    if holder_end(toks[:stop], j + 1) != stop and _topic_end(toks[:stop], j + 1) != stop:
        return False
    out[:] = [c for c in out if not c.index <= j <= c.last or c.lemma in lexicon.REJECTING_VERBS]
    out.append(Cue(j, stop - 1, toks[j].low, True, attitude=True))
    return True


def _topic_end(toks: list[Tok], k: int) -> int:
    """Index after the phrase "über/um …" at ``k`` that names what a report is about ("Berichte über einen
    Rücktritt", "Spekulationen um den Verkauf"), or ``k`` when none is there."""
    if k >= len(toks) or toks[k].low not in _TOPIC_PREPOSITIONS:
        return k
    j = k + 1
    while j < len(toks) and j - k < _HOLDER_WINDOW and toks[j].quote is None:
        t = toks[j]
        if not (t.text[0].isupper() or t.low in DETERMINERS or t.low.endswith(("en", "er", "e", "es", "em"))):
            return k if j == k + 1 else j
        j += 1
    return j


_TOPIC_PREPOSITIONS: Final = both_spellings({"über", "um"})


def _covered(out: list[Cue], j: int) -> bool:
    """The token ``j`` lies inside a cue found before, unless that cue rejects the claim the noun at ``j`` names
    ("wies Berichte zurück, wonach …": the report's content, not the rejecter's)."""
    return any(c.index <= j <= c.last and c.lemma not in lexicon.REJECTING_VERBS for c in out)


def _verb_tail(toks: list[Tok], lo: int, hi: int) -> bool:
    """Tokens lo..hi are one or two lower-case words that close a clause ("zurück", "nicht bestätigen")."""
    return 0 < hi - lo <= 2 and all(t.quote is None and t.text[0].islower() and t.text.isalpha() for t in toks[lo:hi])


def _reporting_noun(t: Tok) -> bool:
    """A noun for an account or a document: "Bericht", "Meldung", "Studie", "Gerüchte", "Angaben"."""
    if t.low in lexicon.STATEMENT_NOUNS:
        return True
    head = lexicon.head_of(t.text)
    return head is not None and head[0] in ("source", "frame")


def von_attribute(toks: list[Tok], i: int) -> int:
    """The index of "von"/"vom" in a participle attribute that names who made the statement of the noun at ``i``:
    "die von der Opposition erhobene Forderung", "das vom Präsidenten in einer Rede formulierte Ziel"; else -1."""
    if i < 4:
        return -1
    part = toks[i - 1]
    if part.quote is not None or not part.text[0].islower() or not part.low.endswith(_PARTICIPLE_ENDINGS):
        return -1
    for k in range(i - 2, max(0, i - _VON_ATTRIBUTE_WINDOW) - 1, -1):
        t = toks[k]
        if t.text in (",", ";", ":", "(", ")") or t.quote is not None:
            return -1
        if t.low in ("von", "vom"):
            return k if k >= 1 and toks[k - 1].low in _ATTRIBUTE_DETERMINERS else -1
    return -1


_PARTICIPLE_ENDINGS: Final = ("te", "ten", "tes", "ene", "enen", "enes")  # geäußerte, erhobenen, vorgebrachtes
_VON_ATTRIBUTE_WINDOW: Final = 14  # "das von der Rektorin Brix beim Sommerfest im Juli 2019 formulierte Ziel"
_ATTRIBUTE_DETERMINERS: Final = _NOUN_DETERMINERS | frozenset({"das", "des", "ein", "einem", "einen", "eines"})


def genitive_opens(t: Tok) -> bool:
    """The word right after a statement noun may open its holder in the genitive: an article or pronoun
    ("des Ministers", "seiner Partei"), a name in -s ("Merkels") or a role before one ("Papst Leos"), an
    acronym, an adjective or number in -er ("vieler Experten"), a quotation; not a bare noun ("der Hoffnung
    Ausdruck")."""
    if t.quote is not None or t.low in DETERMINERS:
        return True
    text = t.text
    if text[0].isupper():
        return text.endswith(("s", "’", "'", "x", "z", "ß")) or text.isupper() or bool(lexicon.role_of(text))
    return t.low.endswith("er")


def _noun_opens(toks: list[Tok], i: int) -> bool:
    """A statement noun that heads its phrase: after an article or possessive ("die Forderung"), or without
    one at the sentence start or after an adjective there ("Ursprüngliche Pläne, …", "Neue Gerüchte, …")."""
    if toks[i].low in _CONCLUSIONS:
        return _conclusion_after_zu(toks, i)
    if i == 0 or toks[i - 1].low in _NOUN_DETERMINERS or toks[i - 1].low in _QUANTIFIERS:
        return True
    if toks[i - 1].low in ("zur", "zum"):
        return True  # "kam zur Überzeugung, dass …", "machte zur Bedingung, dass …", "machte ihm zum Vorwurf, …"
    return (
        _bare_claim_after_verb(toks, i)
        or _determiner_before_adjectives(toks, i)
        or von_attribute(toks, i) >= 0  # "die von der Opposition erhobene Forderung, …"
        or _adjective_at_sentence_start(toks, i)
    )


# quantifiers that open a plural statement noun's phrase: "Mehrere Anfragen an den Provider, … zu sperren, …"
_QUANTIFIERS: Final = frozenset({"mehrere", "zahlreiche", "wiederholte", "etliche", "einige", "viele"})


def _conclusion_after_zu(toks: list[Tok], i: int) -> bool:
    """A noun of a conclusion after "zum" or "zu dem/einem" ("kamen zu dem Schluss, dass …"), drawn ("zogen daraus
    den Schluss, …") or stated as the subject of "ist"/"war" right before the comma ("Ergebnis der Studie war,
    dass …")."""
    prev_low = toks[i - 1].low if i >= 1 else ""
    if prev_low == "zum" or (i >= 2 and toks[i - 2].low == "zu" and prev_low in ("dem", "einem")):
        return True
    if toks[i].low in _SCHLUSS and prev_low == "den":
        return any(t.low in _DRAWN for t in toks[max(0, i - _DRAWN_WINDOW) : i + _DRAWN_WINDOW])
    if i > 1 or (i == 1 and prev_low not in ("das", "dem")):
        return False
    k = i + 1
    while k < len(toks) and k - i < _HOLDER_WINDOW and toks[k].text not in _CLAUSE_STOP:
        k += 1
    return k < len(toks) and toks[k].text == "," and toks[k - 1].low in ("ist", "war", "sei")


# forms of "ziehen" that draw a conclusion ("zog den Schluss", "hat den Schluss gezogen")
_DRAWN: Final = frozenset({"zieht", "ziehen", "zog", "zogen", "gezogen", "ziehe"})
_SCHLUSS: Final = both_spellings({"schluss"})  # (Schluß)
_DRAWN_WINDOW: Final = 5


def _bare_claim_after_verb(toks: list[Tok], i: int) -> bool:
    """A bare plural after the verb: "stehen Vorwürfe im Raum, …", "wurden Forderungen erhoben, …"."""
    before = toks[i - 1]
    return (
        toks[i].low in CLAIMS_WITHOUT_ARTICLE
        and before.quote is None
        and before.text[0].islower()
        and before.low not in PREPOSITIONS
    )


def _determiner_before_adjectives(toks: list[Tok], i: int) -> bool:
    """Adjectives between the noun and its determiner: "der gegenteiligen Auffassung, …", "die wachsenden
    Ängste, …"."""
    k = i - 1
    while k >= i - _ADJECTIVES_BEFORE_NOUN and k > 0 and _attributive(toks[k]):
        k -= 1
    return k < i - 1 and toks[k].low in _NOUN_DETERMINERS


def _adjective_at_sentence_start(toks: list[Tok], i: int) -> bool:
    """An adjective before the noun at the sentence's start, alone or after a determiner or opener there
    ("Ursprüngliche Pläne, …", "Auch neue Gerüchte, …")."""
    before = toks[i - 1]
    return (
        i <= 2
        and before.quote is None
        and before.low.endswith(_ADJECTIVE_ENDINGS)
        and before.low not in FUNCTION_WORDS
        and (i == 1 or toks[0].low in _NOUN_DETERMINERS or toks[0].low in _OPENERS)
    )


_ADJECTIVE_ENDINGS: Final = ("e", "en", "er", "es")
_ADJECTIVES_BEFORE_NOUN: Final = 2
# nouns of a conclusion: a statement only after "zu" ("kamen zu dem Schluss, dass …")
_CONCLUSIONS: Final = both_spellings({"schluss", "ergebnis", "fazit"})
# claims that news reports without an article and often without a holder ("Erneut wurden Vorwürfe laut, …")
CLAIMS_WITHOUT_ARTICLE: Final = both_spellings(
    {
        "vorwürfe",
        "forderungen",
        "aufrufe",
        "gerüchte",
        "spekulationen",
        "befürchtungen",
        "warnungen",
        "zweifel",
        "hoffnungen",
        "ängste",
    }
)


def _attributive(t: Tok) -> bool:
    """A lower-case word with an adjective's ending that is no function word: "gegenteiligen", "wachsenden"."""
    return (
        t.quote is None
        and t.text[0].islower()
        and t.low.endswith(_ADJECTIVE_ENDINGS)
        and t.low not in FUNCTION_WORDS
        and t.low not in PREPOSITIONS
    )


_OPENERS: Final = both_spellings({"auch", "doch", "aber", "und", "alle", "diese", "solche", "frühere", "neue"})
_NAME_RUN: Final = 4


def _apposition_end(toks: list[Tok], k: int) -> int:
    """After a statement's holder, its name in commas ("die Ankündigung ihres Trainers, Jan Roth, …"): the
    index of the comma that closes it, else ``k``."""
    n = len(toks)
    if k + 2 >= n or toks[k].text != ",":
        return k
    j = k + 1
    while j < n and j - k <= _NAME_RUN and toks[j].quote is None and toks[j].text[0].isupper():
        j += 1
    if j - k < 3 or j >= n or toks[j].text != ",":
        return k
    if toks[k + 1].text in lexicon.FIRST_NAMES:
        return j
    # two words the lexicon does not know as nouns: a name with an unlisted given name ("ihres Trainers, Greg Poss,")
    return j if j - k == 3 and all(company_name_word(t.text) for t in toks[k + 1 : j]) else k


_ATTRIBUTE_WINDOW: Final = 8
_ATTRIBUTE_PREPOSITIONS: Final = both_spellings(
    {"gegen", "bei", "über", "von", "vom", "aus", "an", "am", "im", "in", "zur", "zum", "für", "nach", "mit", "um"}
)


def _attribute_end(toks: list[Tok], k: int) -> int:
    """A prepositional attribute after a statement noun ("der Verdacht gegen den Wirt aus Kiel, …"): the index
    of the comma after it, when only such phrases stand between; else ``k``."""
    n = len(toks)
    if k >= n or toks[k].low not in _ATTRIBUTE_PREPOSITIONS:
        return k
    j = k
    while j < n and j - k < _ATTRIBUTE_WINDOW:
        t = toks[j]
        if t.text == ",":
            return j
        if t.quote is not None or t.text in _CLAUSE_STOP:
            return k
        if not (
            t.text[0].isupper()
            or t.text[0].isdigit()
            or t.low in _ATTRIBUTE_PREPOSITIONS
            or t.low in _NOUN_DETERMINERS
            or t.low in _GENITIVE
            or t.low in ("das", "des", "einem", "einen")
        ):
            return k  # a verb or an adverb: a clause, not an attribute
        j += 1
    return k


def _zu_infinitive_soon(toks: list[Tok], i: int) -> bool:
    """ "…, die Steuern zu senken": the clause after the comma ends in zu + infinitive (or -zu- inside)."""
    for j in range(i, min(len(toks), i + _INFINITIVE_WINDOW)):
        t = toks[j]
        if t.text in _CLAUSE_STOP or t.quote is not None:
            return j >= i + 2 and (toks[j - 2].low == "zu" or "zu" in toks[j - 1].low[2:-3])
    return False


_INFINITIVE_WINDOW: Final = 30


class Cue(NamedTuple):
    """A cue in token coordinates: ``index`` is the verb (or adjective/noun), ``last`` its clause-final particle."""

    index: int  # type: ignore[assignment]  # (shadows tuple.index, which no caller uses)
    last: int
    lemma: str
    cognition: bool  # needs a dass/ob/subjunctive complement
    attitude: bool = False  # an adjective or opinion noun, not a verb: the subject is the clause's


def clause_end(toks: list[Tok], i: int, limit: int | None = None) -> int:
    """Index of the first clause punctuation (or quotation) at or after ``i``."""
    n = len(toks) if limit is None else limit
    while i < n:
        t = toks[i]
        if t.quote is None and t.low not in _CLAUSE_END_MARKS:
            i += 1  # (most words: none of the tests below applies; a mark's ``low`` is the mark)
            continue
        if t.text == "(":
            # a bracketed insertion ("(CDU)", "(„PLoS Biology“)") does not end the clause
            k = i + 1
            while k < n and k - i < _BRACKET_WINDOW and toks[k].text != ")":
                k += 1
            if k < n and toks[k].text == ")":
                i = k + 1
                continue
        if (
            t.text == "."
            and 0 < i < len(toks) - 1
            and (_abbreviation_dot(toks[i - 1], t) or toks[i + 1].text[0].isalnum())
        ):
            i += 1
            continue  # a dot inside the sentence ends an abbreviation (Prof., St., z.B.), not the clause
        if (t.quote is not None and not t.title) or t.text in _CLAUSE_STOP or t.low in DASS:
            return i
        i += 1
    return n


_CLAUSE_END_MARKS: Final = _CLAUSE_STOP | {"(", "."} | DASS


def sentence_part_end(toks: list[Tok], i: int) -> int:
    """Index of the next colon, semicolon, sentence end or quotation at or after ``i``: how far a subject
    after its verb may run with an apposition ("sagte der Trainer der Gäste, Jan Roth, nach dem Spiel")."""
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.quote is None and t.low not in _PART_END_MARKS:
            i += 1  # (most words)
            continue
        if (
            (t.quote is not None and not t.title)
            or t.text in (";", ":", "!", "?")
            or (
                t.text == "."
                and not (0 < i < n - 1 and (_abbreviation_dot(toks[i - 1], t) or toks[i + 1].text[0].isalnum()))
            )
        ):
            return i
        i += 1
    return n


_PART_END_MARKS: Final = frozenset({";", ":", "!", "?", "."})


def _abbreviation_dot(prev: Tok, dot: Tok) -> bool:
    """The dot of "Prof.", "Dr." or an initial ("George W. Bush") ends no clause."""
    return prev.end == dot.start and (prev.text in lexicon.TITLES or (len(prev.text) == 1 and prev.text.isupper()))


_PARTICLE_WINDOW: Final = 25


def _particle_position(toks: list[Tok], i: int, particles: set[str]) -> int | None:
    """Index of the separable particle that closes the clause of verb ``i`` ("teilte die Polizei, …, mit,"),
    looking past commas of appositions but not past the end of the sentence, a colon or a dass."""
    n = len(toks)
    for j in range(i + 1, min(n, i + _PARTICLE_WINDOW)):
        t = toks[j]
        if t.text == "." and j + 1 < n and toks[j + 1].text[0].isalnum():
            continue  # "Steve St. auf": an abbreviation inside the sentence
        if t.quote is not None and not t.title and _quoted_object(toks, j, particles):
            continue  # "kündigte „bezahlbare Wohnungen“ an": a quoted phrase as the object, the particle after it
        if t.text in (".", "!", "?", ";", ":") or (t.quote is not None and not t.title) or t.low in DASS:
            # the particle may stand right before this stop
            return j - 1 if j - 1 > i and toks[j - 1].low in particles else None
        if t.low in particles and (j + 1 >= n or not toks[j + 1].text[0].isalnum() or toks[j + 1].quote is not None):
            return j
    return None


def _quoted_object(toks: list[Tok], j: int, particles: set[str]) -> bool:
    """The quotation at ``j`` is followed, a few words on, by the verb's particle that ends the clause ("wies „jede
    Schuld“ zurück."): a quoted object inside the clause, not the words said after it."""
    n = len(toks)
    for k in range(j + 1, min(n, j + _OBJECT_TAIL)):
        t = toks[k]
        if t.quote is not None or t.text in _CLAUSE_STOP:
            return False
        if t.low in particles and (k + 1 >= n or toks[k + 1].text in (".", ",", ";")):
            return True
    return False


_OBJECT_TAIL: Final = 8  # words after a quoted object up to the particle ("„harten Kurs“ gegen Schulschwänzer an")


# Every lower-cased word that can be (part of) a cue: one set test per token finds the candidates.
# ("wonach" marks the content of a report noun before it: "ein Bericht der X, wonach …")
# forms of "bestehen", a cue only as "bestehen darauf, …" (to insist), never as "besteht aus", "die Gefahr besteht";
# and of "legen", a cue as "legt Wert darauf, …" (else the bare form of a particle verb: "legte … vor")
# "Für X ist klar: …", "Für X steht fest, dass …": a view whose holder the "für" opening the sentence names
VIEW_WORDS: Final = frozenset({"klar", "fest"})
_VIEW_VERBS: Final = frozenset({"ist", "war", "sei", "steht", "stand", "stehe"})
_BESTEHEN: Final = both_spellings({"besteht", "bestehen", "bestand", "bestanden", "bestehe", "beständen", "bestünde"})
_LEGEN: Final = frozenset({"legt", "legen", "legte", "legten", "gelegt", "lege"})
INSISTING_FORMS: Final = _BESTEHEN | _LEGEN
CUE_WORDS: Final = (
    frozenset(lexicon.VERBS)
    | frozenset(lexicon.PARTICLE_VERBS)
    | lexicon.ATTITUDE_ADJECTIVES
    | lexicon.STATEMENT_NOUNS
    | both_spellings({"wonach", "hören"})
    | VIEW_WORDS
    | lexicon.PLACE_VERB_FORMS
    | INSISTING_FORMS
)


def find_cues(toks: list[Tok], learned: Active | None = None) -> list[Cue]:
    """All cues of a sentence, in order (with ``learned``, also its speech verbs)."""
    hits = _cue_hits(toks, learned)
    if not hits:
        return []
    out: list[Cue] = []
    spans = _word_cues(toks, hits, learned, out)  # whether a cue runs over more than its word
    if _noun_cues(toks, hits, out):
        spans = True
    if any(c.lemma in _ONLY_BEFORE_DASS for c in out):
        out = [c for c in out if c.lemma not in _ONLY_BEFORE_DASS or _dass_next(toks, c)]
    wonach, heard = _rare_hits(toks, hits)
    if wonach:
        spans = _wonach_cues(toks, out) or spans
    if heard:
        spans = _heard_cues(toks, out) or spans
    if not spans:
        return out  # (cues of one word each, found in order: nothing to drop or sort)
    return _without_closing_particles(out)


# hit words that open cues of their own kind ("…, wonach …", "ist zu hören"): looked for once per sentence
_RARE_HITS: Final = both_spellings({"wonach", "hören"})


def _rare_hits(toks: list[Tok], hits: list[int]) -> tuple[bool, bool]:
    """Whether "wonach" and whether "hören" is among the hit words (a set test per hit, no set built)."""
    wonach = heard = False
    for i in hits:
        low = toks[i].low
        if low in _RARE_HITS:
            if low == "wonach":
                wonach = True
            else:
                heard = True
    return wonach, heard


# cues only right before their "dass"/"ob": "schließt nicht aus, dass …" (not "hatte die Lösung ausgeschlossen")
_ONLY_BEFORE_DASS: Final = both_spellings({"ausschließen"})


def _heard_cues(toks: list[Tok], out: list[Cue]) -> bool:
    """ "Aus dem Rathaus ist zu hören, …", "war aus Parteikreisen immer wieder zu hören": what a source lets be
    heard, impersonally (nothing but adverbs between "ist"/"war" and "zu hören"; not "ist der Minister zu hören,
    der sagt …", where someone is heard); its cue runs from the finite verb to "hören". Whether any was added."""
    added = False
    for i, t in enumerate(toks):
        if t.low not in _HOEREN or i < 2 or toks[i - 1].low != "zu":
            continue
        f = i - 2
        while f > 0 and _heard_between(toks[f].low):
            f -= 1
        if toks[f].low not in _HEARD_FINITE:
            f = _finite_before_source(toks, i - 2)  # "war aus dem Rathaus zu hören"
        if f >= 0 and toks[f].low in _HEARD_FINITE:
            out.append(Cue(f, i, HEARD, False))
            added = True
    return added


_HEARD_SOURCE_WINDOW: Final = 7


def _finite_before_source(toks: list[Tok], k: int) -> int:
    """ "„…“, war aus dem Rathaus zu hören", "war am Montag aus Kreisen zu hören": the index of "ist"/"war" before a
    phrase with "aus"/"von" that ends at ``k`` (the source heard from; no subject right after the verb: not "war der
    Minister aus Berlin zu hören"), else -1."""
    for f in range(k - 1, max(-1, k - _HEARD_SOURCE_WINDOW), -1):
        t = toks[f]
        if t.text in _CLAUSE_STOP or t.quote is not None:
            return -1
        if t.low in _HEARD_FINITE:
            between = toks[f + 1 : k]
            if between and between[0].low not in _HEARD_SUBJECT and any(b.low in _HEARD_FROM for b in between):
                return f
            return -1
    return -1


_HEARD_FROM: Final = frozenset({"aus", "von", "vom"})
_HEARD_SUBJECT: Final = frozenset({"der", "die", "das", "ein", "eine", "er", "sie"})


def _heard_between(low: str) -> bool:
    """An adverb between "war" and "zu hören": "auch", "zuletzt", "erstaunlicherweise"."""
    return low in _HEARD_BETWEEN or (low.endswith("weise") and len(low) > 8)


HEARD: Final = "hörensein"  # the lemma of "ist zu hören" (a place cue: its source is the "aus" phrase)
_HEARD_FINITE: Final = both_spellings({"ist", "war", "sei", "wäre"})
_HOEREN: Final = both_spellings({"hören"})
_HEARD_BETWEEN: Final = both_spellings(
    {
        "es",
        "auch",
        "nun",
        "bereits",
        "schon",
        "immer",
        "wieder",
        "dann",
        "zuletzt",
        "oft",
        "häufig",
        "jetzt",
        "inzwischen",
    }
)


def _dass_next(toks: list[Tok], c: Cue) -> bool:
    k = c.last + 1
    return k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low in DASS_OB


def _cue_hits(toks: list[Tok], learned: Active | None) -> list[int]:
    """The indices of the tokens that may be (part of) a cue, in order: words of ``CUE_WORDS`` or learned ones."""
    hits = [i for i, t in enumerate(toks) if t.low in CUE_WORDS]
    if learned is not None and learned.cue_words:
        more = [i for i, t in enumerate(toks) if t.low in learned.cue_words]
        if more:
            hits = sorted(hits + more)
    return hits


def _word_cues(toks: list[Tok], hits: list[int], learned: Active | None, out: list[Cue]) -> bool:
    """The cues of verbs (with their particle: "teilte … mit"), and of attitude adjectives before their
    complement ("zuversichtlich, dass …"), added to ``out``; whether one runs over more than its word."""
    spans = False
    for i in hits:
        t = toks[i]
        if t.quote is not None or (not t.text[0].islower() and not _fronted_participle(toks, i)):
            continue
        low = t.low
        if low in INSISTING_FORMS:
            cue = _insisting(toks, i)
            if cue is not None:
                out.append(cue)
                spans = spans or cue.last != i
                continue
            if low in _BESTEHEN:
                continue
        if low in _PLACE_VERB_FORMS:
            if _document_place(toks, i):
                out.append(Cue(i, i, "stehen", False))  # "In dem Bericht steht, dass …"
            continue
        info = lexicon.VERBS.get(low)
        if info is None and learned is not None:
            info = learned.verbs.get(low)
        if info is not None:
            if _idiom(toks, i, info.lemma):
                continue
            out.append(_new(Cue, (i, i, info.lemma, info.cognition, False)))  # (the most common cue)
            continue
        infos = lexicon.PARTICLE_VERBS.get(low)
        if infos is None and learned is not None:
            infos = learned.particle_verbs.get(low)
        if infos is not None:
            cue = _particle_verb_cue(toks, i, infos)
            if cue is not None:
                out.append(cue)
                spans = True
        elif _attitude_cue(toks, i, low):
            out.append(Cue(i, i, low, True, attitude=True))
        elif _attitude_with_correlate(toks, i, low):
            out.append(Cue(i, i + 1, low, True, attitude=True))  # "besorgt darüber, dass …"
            spans = True
    return spans


def _particle_verb_cue(toks: list[Tok], i: int, infos: tuple[lexicon.VerbInfo, ...]) -> Cue | None:
    """The cue of the particle verb form at ``i`` (``infos``: the verbs it may belong to): from the verb to the
    particle that closes its clause ("teilte die Polizei mit"), or from the particle written just before it in a
    verb-final clause ("wie der Konzern bekannt gab"); None when no particle of its own is found."""
    end = _particle_position(toks, i, {inf.particle for inf in infos})
    closing = toks[end].low if end is not None else ""
    match = next((inf for inf in infos if inf.particle == closing), None)
    if match is None and i > 0 and toks[i - 1].low != "zu":
        # verb-final clause with the particle written apart: "wie der Konzern bekannt gab"
        # (not "Zeit zu geben": that "zu" marks an infinitive)
        match = next((inf for inf in infos if inf.particle == toks[i - 1].low), None)
        if match is not None:
            return Cue(i - 1, i, match.lemma, match.cognition)
    if match is not None and end is not None:  # (a particle verb's cue always ends at its particle)
        if _idiom(toks, i, match.lemma) or (match.particle in _ZU_PARTICLES and not _zu_phrase(toks, i, end)):
            return None  # "stellte sich heraus"; "gab den Ball ab, um das Spiel zu verstehen"
        return Cue(i, end, match.lemma, match.cognition)
    return None


# words after "zu" that "geben" takes like a separable particle ("gab … zu bedenken", "gab … zu Protokoll")
_ZU_PARTICLES: Final = frozenset({"bedenken", "verstehen", "protokoll"})


def _zu_phrase(toks: list[Tok], i: int, end: int) -> bool:
    """ "gab Roth zu bedenken": "zu" right before the particle at ``end`` and no comma after the verb at ``i``."""
    return toks[end - 1].low == "zu" and all(toks[k].text != "," for k in range(i + 1, end))


# attitudes of conviction, whose colon opens what the holder is sure of ("überzeugt: Die Straße kommt"); after
# others a colon goes on narrating ("war bereit: Ab der ersten Minute drückte sie …")
_CONVICTIONS: Final = both_spellings(
    {
        "überzeugt",
        "sicher",
        "gewiss",
        "zuversichtlich",
        "optimistisch",
        "pessimistisch",
        "skeptisch",
        "einig",
    }
)


def _conviction_colon(toks: list[Tok], i: int) -> bool:
    return toks[i].low in _CONVICTIONS and toks[i + 2].text[0].isupper()


def _view_cue(toks: list[Tok], i: int) -> bool:
    """ "Für Lenz ist klar: Die Straße kommt", "Für die Polizei steht fest, dass …": "klar"/"fest" after "ist"/"steht"
    in a sentence that "für" opens, right before a colon and a capital or before ", dass"."""
    n = len(toks)
    if i < 3 or i + 2 >= n or toks[0].low not in FUER or toks[i - 1].low not in _VIEW_VERBS:
        return False
    after = toks[i + 2]
    return (toks[i + 1].text == ":" and after.text[0].isupper()) or (toks[i + 1].text == "," and after.low in DASS)


def _attitude_cue(toks: list[Tok], i: int, low: str) -> bool:
    """The attitude adjective at ``i`` opens a complement: "zuversichtlich, dass …", "besorgt: „…“", "überzeugt:
    Die Straße kommt." (not after a degree word, nor before a coordination)."""
    n = len(toks)
    if low in VIEW_WORDS:
        return _view_cue(toks, i)
    return (
        low in lexicon.ATTITUDE_ADJECTIVES
        and i + 2 < n
        and not (i > 0 and toks[i - 1].low in _DEGREE)
        and (
            (toks[i + 1].text == "," and toks[i + 2].low not in _COORDINATING and not _narrated_feeling(toks, i))
            or (toks[i + 1].text == ":" and (toks[i + 2].quote is not None or _conviction_colon(toks, i)))
        )
    )


def _attitude_with_correlate(toks: list[Tok], i: int, low: str) -> bool:
    """The attitude adjective at ``i`` with its correlate before the comma of a dass clause: "zeigte sich besorgt
    darüber, dass …", "ist überzeugt davon, dass …" (not after a degree word)."""
    return (
        low in lexicon.ATTITUDE_ADJECTIVES
        and i + 3 < len(toks)
        and toks[i + 1].low in _CORRELATES
        and toks[i + 2].text == ","
        and toks[i + 3].low in DASS
        and not (i > 0 and toks[i - 1].low in _DEGREE)
        and not _narrated_feeling(toks, i)
    )


def _narrated_feeling(toks: list[Tok], i: int) -> bool:
    """ "Die Fans waren enttäuscht, dass das Spiel ausfiel", "Sie ist froh darüber, dass …": a feeling about a fact
    (lexicon.FACTIVE_EMOTIONS) with an indicative "sein" before it in its clause, and no subjunctive after it, is
    the narrator's account of how someone felt; not "zeigte sich enttäuscht, dass …", "sei froh, dass …" (already
    reported), nor "…, dass das Spiel abgesagt worden sei" (the reason as someone gave it)."""
    if toks[i].low not in lexicon.FACTIVE_EMOTIONS:
        return False
    for j in range(i - 1, max(-1, i - _FEELING_WINDOW), -1):
        t = toks[j]
        if t.text in _CLAUSE_STOP or t.quote is not None:
            return False
        if t.low in _INDICATIVE_SEIN:
            return not has_subjunctive(toks, i + 1, len(toks))  # (the scan to the sentence's end last)
    return False


_FEELING_WINDOW: Final = 8  # words back from the adjective to its finite verb ("waren nach dem Spiel sichtlich froh")
_INDICATIVE_SEIN: Final = both_spellings({"bin", "bist", "ist", "sind", "seid", "war", "warst", "waren", "wart"})


_CORRELATES: Final = both_spellings({"darüber", "davon", "darauf", "damit", "dafür", "darum"})


def _without_closing_particles(out: list[Cue]) -> list[Cue]:
    """The cues in order, without those that are the separable particle closing a particle verb's clause
    ("gab … bekannt")."""
    particles = {c.last for c in out if c.last != c.index}
    if particles:
        out = [c for c in out if c.index not in particles or c.last != c.index]
    if len(out) > 1:
        out.sort(key=_INDEX)
    return out


_REFLEXIVE_NONSPEECH: Final = lexicon.REFLEXIVE_NONSPEECH
_REFLEXIVE_WINDOW: Final = 8


def _insisting(toks: list[Tok], i: int) -> Cue | None:
    """ "bestehen darauf, dass …" / "… zu …", "hatte darauf bestanden, …", "legt großen Wert darauf, …": the form of
    "bestehen" or "legen" at ``i`` insists when "darauf" and a comma follow it in its clause (up to two words
    between: "besteht aber weiter darauf"; "Wert" among them for "legen") or stand around it; the cue then runs to
    "darauf". None for any other use."""
    n = len(toks)
    legen = toks[i].low in _LEGEN
    if i > 0 and toks[i - 1].low == "darauf" and i + 1 < n and toks[i + 1].text == ",":
        if not legen or (i > 1 and toks[i - 2].low == "wert"):
            return Cue(i, i, "Wert legen" if legen else "bestehen", False)
        return None
    wert = False
    for k in range(i + 1, min(n - 1, i + 5)):
        t = toks[k]
        if t.low == "darauf":
            return (
                Cue(i, k, "Wert legen" if legen else "bestehen", False)
                if toks[k + 1].text == "," and wert == legen
                else None
            )
        wert = wert or t.low == "wert"
        if t.quote is not None or (not t.text[0].islower() and t.low != "wert") or t.low in _CLAUSE_END_MARKS:
            return None
    return None


_PLACE_VERB_FORMS: Final = lexicon.PLACE_VERB_FORMS
_DOCUMENT_PREPOSITIONS: Final = frozenset({"in", "im", "auf"})


def _document_place(toks: list[Tok], i: int) -> bool:
    """ "steht" at ``i`` reports a document: a comma or colon right after it, and before it in its clause "in",
    "im" or "auf" with a document noun ("In einem Jahresbericht des Ministeriums steht, …")."""
    if not (i + 1 < len(toks) and toks[i + 1].text in (",", ":")):
        return False
    seen_document = False
    for k in range(i - 1, max(-1, i - 1 - _REFLEXIVE_WINDOW), -1):
        t = toks[k]
        if t.text in (",", ";", ":") or t.quote is not None:
            return False
        if t.text[:1].isupper() and lexicon.source_of(t.text) is not None:
            seen_document = True
        elif t.low in _DOCUMENT_PREPOSITIONS and seen_document:
            return True
    return False


_PARTICIPLE_ADVERBIALS: Final = lexicon.PARTICIPLE_ADVERBIALS


def _idiom(toks: list[Tok], i: int, lemma: str) -> bool:
    """A speech verb's form at ``i`` in a use that reports nothing: reflexive ("die sich in Haft befunden hatte",
    "stellte sich heraus") or a set adverbial ("Wie erwartet gewann …", "Offen gesagt war …")."""
    if lemma in _REFLEXIVE_NONSPEECH and _reflexive(toks, i):
        return True
    return i > 0 and (
        _adverbial_participle(toks, i)
        or _attributive_participle(toks, i)
        or repeatedly(toks, i)
        or _naming(toks, i, lemma)
        or _originated(toks, i, lemma)
    )


def repeatedly(toks: list[Tok], i: int) -> bool:
    """ "meldete sich wiederholt bei …", "hat wiederholt betont", "warnte wiederholt vor …": "wiederholt" as the adverb
    (repeatedly) after the clause's finite verb, before a preposition or another verb form (not "Er wiederholt
    seine Forderung", "hat die Forderung wiederholt")."""
    if toks[i].low != "wiederholt" or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if nxt.quote is not None or not nxt.text[0].islower():
        return False
    if nxt.low not in PREPOSITIONS and nxt.low not in lexicon.VERBS and not participle_shape(nxt.low):
        return False
    for k in range(i - 1, max(-1, i - _REPEATEDLY_WINDOW), -1):
        low = toks[k].low
        if toks[k].text in _CLAUSE_STOP or toks[k].quote is not None:
            return False
        if low == "sich" or low in AUXILIARIES or low in lexicon.PAST_FORMS or low in lexicon.VERBS:
            return True
    return False


_REPEATEDLY_WINDOW: Final = 8


def participle_shape(low: str) -> bool:
    """The shape of a weak participle ("gesagt", "gefragt"), for one the lexicon does not list; not "geht"."""
    return low.startswith("ge") and low.endswith("t") and len(low) > 4


def _attributive_participle(toks: list[Tok], i: int) -> bool:
    """The verb form at ``i`` is a participle before its noun ("auf nicht näher bezeichnete Kreise", "aus
    erwähnten Gründen"), not a finite verb: a preposition or degree word before, a noun right after (not "Das
    berichteten Medien": a demonstrative before the verb)."""
    if i + 1 >= len(toks) or not toks[i].low.endswith(("te", "ten")):
        return False
    before, after = toks[i - 1], toks[i + 1]
    negated = before.low == "nicht" or (
        before.low in _DEGREE_BEFORE_PARTICIPLE and i >= 2 and toks[i - 2].low == "nicht"
    )
    return (
        (negated or (before.low in PREPOSITIONS and before.low not in _ARTICLE_OR_POSTPOSITION))
        and after.quote is None
        and after.text[0].isupper()
        and after.text.isalpha()
    )


# prepositions that may also close a phrase before the verb: "Der Zeitung gegenüber sagte X", "X zufolge …"
_POSTPOSITIONS: Final = both_spellings({"zufolge", "gegenüber", "entlang", "nach", "zu"})
_ARTICLE_OR_POSTPOSITION: Final = DETERMINERS | _POSTPOSITIONS
# after "nicht", before an attributive participle: "nicht näher bezeichnete Kreise" (not "Weiter sagte X")
_DEGREE_BEFORE_PARTICIPLE: Final = both_spellings({"näher", "weiter", "genauer"})


def _originated(toks: list[Tok], i: int, lemma: str) -> bool:
    """ "hervorgegangen" (emerged, originated: "gestärkt aus der Saison hervorgegangen", "hervorgegangen aus einem
    Werk"): a source's "geht aus … hervor" only as a finite verb, or with its complement ("…, dass")."""
    if lemma != "hervorgehen" or not toks[i].low.startswith("hervorgegangen"):
        return False
    return not (i + 2 < len(toks) and toks[i + 1].text == "," and toks[i + 2].low in DASS_WONACH)


def _naming(toks: list[Tok], i: int, lemma: str) -> bool:
    """ "…, das heißt …" (that is), "das nennt sich …", "das nennt man …": the verb at ``i`` explains or names
    something, nobody speaks (not "so heißt es", "das heißt es im Bericht", "das nannte der Minister …")."""
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    if lemma in HEISSEN:
        return toks[i - 1].low in ("das", "dies") and nxt != "es"
    return lemma == "nennen" and nxt in ("sich", "man")


def _adverbial_participle(toks: list[Tok], i: int) -> bool:
    """The participle at ``i`` and the word right before it make a set adverbial ("wie erwartet", "offen
    gesagt"; also with a time adverb between: "wie bereits gemeldet"; not "wie die Polizei berichtet", where the
    subject stands between)."""
    before = toks[i - 1].low
    if i > 1 and before in _EARLIER and toks[i - 2].low == "wie":
        before = "wie"
    if f"{before} {toks[i].low}" not in _PARTICIPLE_ADVERBIALS:
        return False
    k = i + 1
    # (a complement after it makes it the verb: "hatten sehr offen gesagt, dass …", "offen gesagt: …")
    return not (k + 1 < len(toks) and toks[k].text in (",", ":") and toks[k + 1].low in DASS_OB)


# time adverbs between "wie" and the participle of a set adverbial: "wie bereits berichtet", "wie schon erwartet"
_EARLIER: Final = both_spellings({"bereits", "schon", "zuvor", "mehrfach", "mehrmals", "gestern", "früher", "eingangs"})


def _reflexive(toks: list[Tok], i: int) -> bool:
    """ "sich" in the clause of the verb at ``i``: up to eight words before it (not past a comma) or right
    after it ("befand sich", "stellte sich heraus")."""
    for k in range(i + 1, min(i + 3, len(toks))):
        if toks[k].low == "sich":
            return True
    for k in range(i - 1, max(-1, i - 1 - _REFLEXIVE_WINDOW), -1):
        low = toks[k].low
        if low == "sich":
            return True
        if toks[k].text in (",", ";", ":"):
            return False
    return False


def _fronted_participle(toks: list[Tok], i: int) -> bool:
    """A capitalised verb form that opens the sentence before its auxiliary: "Kritisiert wird vor allem, dass …",
    "Bestätigt wurde, dass …" (a participle put first, as a cue)."""
    return (
        i == 0
        and len(toks) > 1
        and toks[1].low in _PASSIVE_AUX
        and (toks[0].low in lexicon.PARTICIPLES or toks[0].low in lexicon.VERBS)
    )


_PASSIVE_AUX: Final = frozenset({"wird", "wurde", "werden", "wurden"})  # (not "Erklärt ist damit, …": a state)


def _noun_cues(toks: list[Tok], hits: list[int], out: list[Cue]) -> bool:
    """Statement nouns with their complement: "ist der Ansicht, dass …", "mit dem Argument, die Züge seien …",
    "die Forderung des Ministers, … zu …" (verbs before them win), added to ``out``; whether any was."""
    n = len(toks)
    added = False
    for i in hits:
        t = toks[i]
        if t.low in lexicon.STATEMENT_NOUNS and t.text[0].isupper() and _noun_opens(toks, i):
            k = _apposition_end(toks, holder_end(toks, i + 1))  # "die Ankündigung ihres Trainers, Jan Roth, …"
            if k < n and toks[k].text != "," and not _reported_before(toks, i):
                k = _attribute_end(toks, k)  # "der Verdacht gegen den Wirt aus Kiel, …"
            if k < n and toks[k].text != "," and not _reported_before(toks, i):
                k = _comma_after_predicate(toks, k)  # "den Vorwurf erhoben, …", "die Sorge im Raum, …"
            # a verb just before wins ("hatte die Forderung, …"), unless the noun stands inside its clause
            # bracket ("trat dem Vorwurf des X, …, entgegen": the noun's statement is the X's)
            # (but a verb that rejects the noun's claim leaves it the noun's: "wies den Vorwurf zurück, dass …")
            if k + 1 >= n or toks[k].text != "," or any(_verb_wins(c, i, k) for c in out):
                continue
            if any(i < c.index < k and not c.attitude for c in out):
                continue  # "Auf eine Anfrage der Abgeordneten X antwortete Y, …": the verb's statement, not X's
            if _noun_complement_follows(toks, i, k):
                out.append(Cue(i, k - 1, t.low, True, attitude=True))
                added = True
    return added


def _verb_wins(c: Cue, i: int, k: int) -> bool:
    """The cue ``c`` just before the statement noun at ``i`` (its clause running to the comma at ``k``) takes the
    complement: a verb of its own, unless it rejects the noun's claim."""
    return c.index < i and i - 3 <= c.last < k and c.lemma not in lexicon.REJECTING_VERBS


def _noun_complement_follows(toks: list[Tok], i: int, k: int) -> bool:
    """After the comma at ``k`` a complement of the statement noun at ``i`` follows: a dass/wonach clause, a
    Konjunktiv, a zu-infinitive; after a holder ("der Vorwurf der Anwohner, …") also a Konjunktiv I in -e of
    any verb ("die Fabrik verschmutze den Fluss")."""
    weak = k > i + 1 or not _relative_opens(toks, k + 1)  # ("die Sorge, die Preise könnten steigen")
    return (
        toks[k + 1].low in DASS_WONACH
        or _subjunctive_soon(toks, k + 1, weak=weak)
        or _zu_infinitive_soon(toks, k + 1)
        or (
            toks[i + 1].low in _GENITIVE_OPENERS
            and has_subjunctive(toks, k + 1, min(len(toks), k + 1 + _SUBJ_WINDOW), strong_only=True)
        )
    )


_GENITIVE_OPENERS: Final = frozenset({"der", "des", "von", "vom", "eines", "einer"})


def _relative_opens(toks: list[Tok], j: int) -> bool:
    """Token ``j`` may open a relative clause: a relative pronoun not followed by a noun or adjective of its own
    ("der Verdacht, der sich erhärten könnte", not "der Verdacht, die Zahlen könnten falsch sein")."""
    if j >= len(toks) or toks[j].low not in RELATIVES:
        return False
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return nxt is None or not nxt.text[0].isupper()


_INDEX: Final = attrgetter("index")
_new: Final = tuple.__new__  # builds a Cue without the Python-level __new__ of NamedTuple
