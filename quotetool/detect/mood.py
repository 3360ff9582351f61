"""Mood of a clause: whether it is in the Konjunktiv, the grammatical mark of reported speech."""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from quotetool.detect import lexicon
from quotetool.detect.speakers import is_nounlike
from quotetool.detect.tokens import (
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    SENTENCE_ADVERBS,
    Tok,
    both_spelled,
    both_spellings,
    wordset,
)


def has_subjunctive(toks: list[Tok], lo: int, hi: int, *, strong_only: bool = False) -> bool:
    """A Konjunktiv form outside quotations: listed forms (sei, habe, könne, gebe …), Konjunktiv II
    (wäre, hätte, würde; not with ``strong_only``), or a verb in -e right after a singular subject
    ("die Regierung erkenne an", "man begrüße"), where the indicative would end in -t."""
    forms_i = lexicon.SUBJUNCTIVE_I
    forms_ii = lexicon.SUBJUNCTIVE_II
    for i in range(lo, hi):
        t = toks[i]
        low = t.low
        if low[-1:] != "e" and low not in _FORMS:
            continue  # (most words: no listed form, no verb in -e)
        if t.quote is not None or not t.text[0].islower():
            continue
        if low in forms_i or (not strong_only and low in forms_ii):
            if _indicative_or_adjective(toks, i, hi):
                continue
            return True
        if i > lo and low[-1:] == "e" and _generic_subjunctive(toks, i):
            return True
        if i > lo and low in _AMBIGUOUS and _ambiguous_form_is_verb(toks, i):
            return True
    return False


_AMBIGUOUS: Final = lexicon.AMBIGUOUS_SUBJUNCTIVE


def _ambiguous_form_is_verb(toks: list[Tok], i: int) -> bool:
    """A form like "reiche" or "weise" as the verb of its clause: right after a singular subject (a pronoun or a
    noun not in -en/-er, which may be plural), and not before a noun it would qualify as an adjective ("das
    Geld reiche nicht aus", "die Partei weise das zurück"; not "in reiche Länder", "Die Armen reiche Gaben")."""
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if nxt is not None and (is_nounlike(nxt) or nxt.text[0].isupper()):
        return False
    if prev.quote is not None:
        return False
    if prev.low in _SINGULAR_SUBJECT_PRONOUNS:
        return not (prev.text == "Sie" and i - 1 > 0)  # the polite "Sie" inside a sentence: "Beschreiben Sie bitte"
    return i - 1 > 0 and is_nounlike(prev) and not prev.low.endswith(("en", "er"))


_FORMS: Final = lexicon.SUBJUNCTIVE


def _indicative_or_adjective(toks: list[Tok], i: int, hi: int) -> bool:
    """A listed form that is no Konjunktiv here: "ich habe" (indicative), "eine heiße Sache" (an adjective)."""
    return _first_person(toks, i) or (
        i > 0 and toks[i - 1].low in _ARTICLES and i + 1 < hi and is_nounlike(toks[i + 1])
    )


def has_listed_subjunctive(toks: list[Tok], lo: int, hi: int) -> bool:
    """A listed Konjunktiv I form (sei, habe, werde, könne …) outside quotations, not in the first person: the
    surest sign of reported speech, without the guess from verbs in -e."""
    forms = lexicon.SUBJUNCTIVE_I
    for i in range(lo, hi):
        t = toks[i]
        if t.low in forms and t.quote is None and t.text[0].islower() and not _indicative_or_adjective(toks, i, hi):
            return True
    return False


_FIRST_PERSON: Final = frozenset({"ich", "wir", "du"})
_ARTICLES: Final = wordset("der die das den dem des ein eine einen einem einer eines")


def _first_person(toks: list[Tok], i: int) -> bool:
    return (
        (i > 0 and toks[i - 1].low in _FIRST_PERSON)
        or (i + 1 < len(toks) and toks[i + 1].low in _FIRST_PERSON)
        or _ich_in_clause(toks, i)
    )


_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "(", ")", "–", "—", "."})
_ICH_WINDOW: Final = 12


def _ich_in_clause(toks: list[Tok], i: int) -> bool:
    """ "ich" earlier in the clause of the verb at ``i`` ("…, das ich gestern besucht habe", "…, die ich als
    Ziele ansehe"): the verb is its first person, an indicative like any verb in -e after "ich"."""
    for k in range(i - 1, max(-1, i - _ICH_WINDOW), -1):
        t = toks[k]
        if t.text in _CLAUSE_MARKS or t.quote is not None:
            return False
        if t.low == "ich":
            return True
    return False


_SINGULAR_SUBJECT_PRONOUNS: Final = frozenset({"er", "sie", "es", "man"})
_NOT_VERBS_IN_E: Final = both_spellings(
    {
        "heute",
        "gerne",
        "bitte",
        "ohne",
        "alle",
        "beide",
        "keine",
        "eine",
        "seine",
        "ihre",
        "deine",
        "meine",
        "unsere",
        "diese",
        "jene",
        "welche",
        "solche",
        "manche",
        "viele",
        "einige",
        "wenige",
        "andere",
        "mehrere",
        "gegebene",
        "nähe",
        "ende",
        "weise",
        "lage",
        "gleiche",
        "selbe",
        "ganze",
        "halbe",
        "erste",
        "letzte",
        "nächste",
        "neue",
        "große",
        "milde",
        "wilde",
        "solide",
        "absurde",
        "jede",
    }
)


# endings of words in -e that are rarely verbs (adjectives, participles, nouns), each in every spelling; and "-ße"
# (große), read apart: written with "ss" only after the vowels here (gemässe, weisse; not "müsse", "wisse")
_NO_VERB_ENDINGS: Final = both_spelled(
    (
        "che",
        "ische",
        "ene",
        "ete",
        "te",
        "nde",  # (folgende, Ende; verbs in -den are read before "-ide", "-ede", "-lde", "-rde": entscheide)
        "ade",
        "ode",
        "ude",
        "üde",
        "öde",
        "ste",
        "ere",
        "ele",
        "weise",
        "inne",
        "ive",
        "ange",
        "ee",
        "ie",
        "äße",  # (gemäße: gemässe, gemaesse)
        "eiße",  # (weisse)
        "euße",  # (aeusserste)
    )
)


@lru_cache(maxsize=1 << 16)
def may_be_verb_in_e(low: str) -> bool:
    """A lower-cased word that could be a Konjunktiv I in -e (erkenne, begrüße), judged by the word alone."""
    return (
        low.endswith("e")
        and len(low) >= 4
        and low not in _NOT_VERBS_IN_E
        and low not in FUNCTION_WORDS
        and low not in AUXILIARIES
        and low not in lexicon.SUBJUNCTIVE_II
        and not ((low.endswith(_NO_VERB_ENDINGS) or low.endswith("ße")) and not _verb_despite_ending(low))
    )


# endings of verbs among the words the endings above exclude: studiere, ließe; and "-ere" after an umlaut written
# without it ("zerstoere" for "zerstöre", which does not end in "-ere"), not after "eu" ("neuere", "teuere")
_VERB_ENDINGS: Final = ("iere", "ieße", "iesse", "aere", "oere", "uere")


def _verb_despite_ending(low: str) -> bool:
    return low.endswith(_VERB_ENDINGS) and not low.endswith("euere")


# determiners of a singular noun phrase only (not "der", "die", "keine": also plural or another case)
_SINGULAR_DETERMINERS: Final = both_spellings({"ein", "eine", "jede", "jeder", "jedes", "kein", "dieses", "jenes"})


def _singular_subject_before(toks: list[Tok], i: int) -> bool:
    """A singular noun phrase ends right before ``i`` ("eine solche Steuer", "jeder Bürger", "ein neuer Minister"):
    a determiner of the singular only, up to two lower-case words, then the noun."""
    if i < 2 or not toks[i - 1].text[0].isupper() or not is_nounlike(toks[i - 1]) or toks[i - 1].quote is not None:
        return False
    for k in range(i - 2, max(-1, i - 5), -1):
        t = toks[k]
        if t.low in _SINGULAR_DETERMINERS:
            return k == 0 or toks[k - 1].text in (",", ":", ";", "–", "—") or toks[k - 1].low in _SUBJECT_OPENERS
        if not t.text[0].islower() or t.quote is not None:
            return False
    return False


# words before a clause's subject in a reported clause: a conjunction or the "dass" that opens it
_SUBJECT_OPENERS: Final = both_spellings({"dass", "daß", "weil", "und", "aber", "denn", "wenn", "ob", "da"})


def _generic_subjunctive(toks: list[Tok], i: int) -> bool:
    t = toks[i]
    if not may_be_verb_in_e(t.low):
        return False
    prev = toks[i - 1]
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if _singular_subject_before(toks, i):
        return True  # "eine solche Steuer vertreibe Betriebe": no adjective follows a whole singular noun phrase
    if nxt is not None and is_nounlike(nxt):
        return False  # an attributive adjective: "die neue Regel"
    if _ich_in_clause(toks, i):
        return False  # "…, die ich als Ziele ansehe": the first person
    if prev.low in _SINGULAR_SUBJECT_PRONOUNS:
        return True
    if (
        i == 1
        and prev.low in SENTENCE_ADVERBS
        and nxt is not None
        and (nxt.low in DETERMINERS or nxt.low in _SINGULAR_SUBJECT_PRONOUNS or nxt.low == "sich")
    ):
        # the verb second after a fronted adverb, its subject (or reflexive) after it: "Jedoch ruhe die Prüfung",
        # "So vertrage sich der Präsident nicht mit …"
        return True
    # after a singular noun phrase ending in a noun (not sentence-initial)
    return is_nounlike(prev) and i - 1 > 0 and not prev.low.endswith(("en", "er")) and prev.quote is None
