"""A light German normaliser for comparing wordings of one statement across outlets.

Two reports of one statement differ in ways that do not change what was said: case, umlaut spelling,
punctuation, elisions (``[…]``, ``...``), word order, function words, inflection, the Konjunktiv of
indirect speech (``stehe`` for ``steht``) and the person of pronouns (``wir`` → ``sie``). The normaliser
removes those differences: it folds case and umlauts, drops punctuation and stopwords (pronouns and
auxiliaries included), strips common inflectional suffixes and maps a few irregular Konjunktiv forms and
negation synonyms onto one form. What is left are the content words of a sentence, each weighted:
nouns (capitalised inside a sentence) and numbers weigh more, because translations keep them while they
vary verbs and adjectives.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

# Function words, already folded (ä -> a, ß -> ss). Negations are NOT here: they change what was said.
_STOPWORD_TEXT: Final = """
der die das den dem des ein eine einer eines einem einen
ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen ihrer ihres ihren ihrem ihre
mein meine meinen meinem meiner meines dein deine sein seine seinen seinem seiner seines
unser unsere unseren unserem unserer unseres euer eure
dies diese dieser dieses diesen diesem jener jene jenes man jemand etwas alles alle allen aller
welche welcher welches welchen wer was wen wem wessen
und oder aber denn sondern doch sowie sowohl als auch wie wenn ob dass weil da damit obwohl
in im ins an am ans auf aus bei beim mit nach von vom vor zu zum zur uber unter um durch fur
gegen ohne bis seit wahrend zwischen hinter neben trotz wegen per pro
bin bist ist sind seid war waren warst wart gewesen sei seien seiest seiet ware waren wares
habe hast hat haben habt hatte hatten hattest gehabt habest habet hatte hatten
werde wirst wird werden werdet wurde wurden wurdest geworden worden werdest werdet
kann kannst konnen konnt konnte konnten konne konnest
muss musst mussen musste mussten musse
will willst wollen wollt wollte wollten wolle
soll sollst sollen sollt sollte sollten
darf darfst durfen durft durfte durften durfe
mag magst mogen mochte mochten moge
so sehr nur noch schon ja nein dann hier dort dabei dazu daran darauf davon dafur
mehr weiter immer wieder eben etwa bereits sogar zudem ebenfalls also
"""
_STOPWORDS: Final = frozenset(_STOPWORD_TEXT.split())

# Negations carry the statement's polarity: kept, and their synonyms mapped onto one form.
_NEGATIONS: Final = {
    "nicht": "nicht",
    "nie": "nie",
    "niemals": "nie",
    "nimmer": "nie",
    "kein": "kein",
    "keine": "kein",
    "keinen": "kein",
    "keinem": "kein",
    "keiner": "kein",
    "keines": "kein",
    "nichts": "nichts",
}

# Irregular present forms whose Konjunktiv I (indirect speech) has a different stem: gibt / gebe.
_IRREGULAR: Final = {
    "gibt": "geb",
    "nimmt": "nehm",
    "sieht": "seh",
    "spricht": "sprech",
    "hilft": "helf",
    "trifft": "treff",
    "weiss": "wiss",
    "lasst": "lass",
    "halt": "halt",
    "tritt": "tret",
    "liest": "les",
    "wirft": "werf",
    "bricht": "brech",
    "gilt": "gelt",
    "fallt": "fall",
}

_SUFFIXES: Final = ("ern", "em", "en", "er", "es", "et", "st", "e", "n", "s", "t")
_NOUN_SUFFIXES: Final = ("ern", "en", "er", "es", "e", "n", "s")  # Stadt, Arbeit keep their t
_MIN_STEM: Final = 4

_WORD: Final = regex.compile(r"\p{L}+|\d+(?:[.,]\d+)*")
# A sentence ends at . ! ? (not an ellipsis) followed by space and a capital or an opening quotation mark.
_SENTENCE_END: Final = regex.compile(r"(?<=[^.\s][.!?][\"“”»«‚‘’']?)\s+(?=[\"„“»«‚‘'(]?\p{Lu})")


def fold_text(text: str) -> str:
    """Case-, accent-, umlaut- and ß-folded: Bürger, BÜRGER, Burger -> burger."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.casefold().replace("ß", "ss")


@lru_cache(maxsize=1 << 18)  # the vocabulary of news is small next to the number of words read
def stem(word: str) -> str:
    """A folded word's stem: one common inflectional suffix removed (steht, stehe, stehen -> steh);
    a capitalised word (a noun) keeps a final t (Stadt, Arbeit)."""
    w = fold_text(word)
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= _MIN_STEM:
        return w[:-1] if len(w) == _MIN_STEM and w[-1] == "e" else w  # gebe -> geb
    for suffix in _NOUN_SUFFIXES if word[:1].isupper() else _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= _MIN_STEM:
            w = w[: -len(suffix)]
            break
    if len(w) > _MIN_STEM + 1 and w[-2] == "e" and w[-1] in "lr" and w[-3] not in "aeiou":
        w = w[:-2] + w[-1]  # entwickeln / entwickle, verbessern / verbessre
    return w


@dataclass(frozen=True, slots=True)
class Wording:
    """The content of one sentence (or a whole quote) as compared across outlets.

    ``weights`` maps each content stem to its weight (noun or number 2, other words 1); ``nouns`` and
    ``numbers`` are the stems that are nouns or numbers; ``negations`` the polarity words present.
    """

    weights: dict[str, int]
    nouns: frozenset[str]
    numbers: frozenset[str]
    negations: frozenset[str]
    total: int  # the sum of the weights

    def signature(self) -> tuple[str, ...]:
        """Equal for wordings that differ only in what the normaliser removes."""
        return tuple(sorted(self.weights))


def sentences(text: str) -> list[str]:
    """The sentences of a quote (an ellipsis or ``[…]`` inside a sentence does not end it)."""
    return [s for s in _SENTENCE_END.split(text.strip()) if s]


def wording(text: str) -> Wording:
    """The weighted content words of ``text``."""
    weights: dict[str, int] = {}
    nouns: set[str] = set()
    numbers: set[str] = set()
    negations: set[str] = set()
    for raw, key, initial in _words(text):
        if raw[0].isdigit():
            numbers.add(key)
            weights[key] = 2
        elif key in _NEGATION_FORMS:
            negations.add(key)
            weights.setdefault(key, 1)
        elif raw[0].isupper() and not initial:
            nouns.add(key)
            weights[key] = 2
        else:
            weights.setdefault(key, 1)
    return Wording(weights, frozenset(nouns), frozenset(numbers), frozenset(negations), sum(weights.values()))


_NEGATION_FORMS: Final = frozenset(_NEGATIONS.values())
_OPENERS: Final = " \t\n„\"“”»«‚‘’'([–-"


def _words(text: str) -> Iterator[tuple[str, str, bool]]:
    """(word as written, its key, whether it opens a sentence) for each content word."""
    for m in _WORD.finditer(text):
        raw = m.group()
        key = _word_key(raw)
        if key is not None:
            initial = False
            if raw[0].isupper():
                before = text[: m.start()].rstrip(_OPENERS)
                initial = not before or before[-1] in ".!?:"
            yield raw, key, initial


@lru_cache(maxsize=1 << 18)
def _word_key(raw: str) -> str | None:
    """A word's key (its stem, a number's digits, a negation's one form), None for a stopword."""
    if raw[0].isdigit():
        return raw.replace(".", "").replace(",", "")
    folded = fold_text(raw)
    if folded in _NEGATIONS:
        return _NEGATIONS[folded]
    if folded in _STOPWORDS or len(folded) < 2:
        return None
    return stem(raw)
