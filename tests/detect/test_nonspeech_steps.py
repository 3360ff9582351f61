"""The steps of detect.nonspeech.is_nonspeech, each on tokens of a sentence of our own, then the whole test."""

from __future__ import annotations

import pytest

from quotetool.detect import nonspeech as ns
from quotetool.detect.marks import pair_quotes, paragraphs
from quotetool.detect.tokens import Tok, tokenize


def _toks(text: str) -> list[Tok]:
    return tokenize(text, 0, len(text), pair_quotes(text, paragraphs(text)))


def _at_quote(text: str) -> tuple[list[Tok], int]:
    """The tokens of a text and the index of its first quotation token."""
    toks = _toks(text)
    return toks, next(i for i, t in enumerate(toks) if t.quote is not None)


def _open_mark(tok: Tok) -> int:
    assert tok.quote is not None
    return tok.quote.open


def _prev_and_quote(text: str) -> tuple[Tok, Tok]:
    toks, q = _at_quote(text)
    return toks[q - 1], toks[q]


def test_has_letter() -> None:
    assert ns._has_letter("Ja") and ns._has_letter("3 Ä")
    assert not ns._has_letter("") and not ns._has_letter("12 – 3 …")


def test_names_the_subject_a_quoted_name_before_a_verb() -> None:
    assert ns._names_the_subject(_toks("„Tagesschau“ berichtet über den Streik."))
    assert not ns._names_the_subject(_toks("„Tagesschau“ Berichte gab es nicht."))  # no verb after it
    assert not ns._names_the_subject(_toks("„Wir streiken morgen!“ steht auf dem Schild."))  # not name-like
    assert not ns._names_the_subject(_toks("„Tagesschau“"))  # nothing after it


def test_web_address() -> None:
    assert ns._web_address("tagesschau.de") and ns._web_address("example.org")
    assert not ns._web_address("Das ist gut.")  # a sentence with a full stop
    assert not ns._web_address("v2.0")  # no letters after the dot
    assert not ns._web_address(".de")  # nothing before the dot


def test_named_by_word_after_sich_or_a_medium() -> None:
    assert ns._named_by_word(*_prev_and_quote("Das Festival nennt sich „Sommerklang“ seit Jahren."))
    assert ns._named_by_word(*_prev_and_quote("Das sagte er der Zeitung „Morgenpost“ am Telefon."))
    assert ns._named_by_word(*_prev_and_quote("Im Film „Die stille Bucht“ spielt sie eine Lehrerin."))
    assert not ns._named_by_word(*_prev_and_quote("Der Minister sagte „Wir bleiben hart“ und ging."))
    assert not ns._named_by_word(*_prev_and_quote("Sie wehrt sich „mit allen Mitteln“ dagegen."))  # not name-like


@pytest.mark.parametrize(
    ("prev", "inner", "name"),
    [
        ("der", "Rheinischen Post", True),
        ("im", "Tagesspiegel", True),
        ("der", "Freunde des Waldes Und Der Wiesen", True),  # six words in title case
        ("zur", "Stärkung der internationalen Lage", False),  # a wording, not title case
        ("der", "Wir kommen.", False),  # ends like a sentence
        ("der", "klaren Worte", False),  # lower-case start
        ("die", "Neue Rechte", True),
        ("die", "Rechte", False),  # one word after "die": maybe a wording
        ("die", "Neue rechte Mitte", False),
        ("den", "Grünen Punkt", True),
        ("mit", "Neue Rechte", False),  # not after an article
    ],
)
def test_name_after_article(prev: str, inner: str, name: bool) -> None:
    assert ns._name_after_article(prev, inner) is name


def test_name_after_noun_right_before_it_or_a_preposition() -> None:
    toks, q = _at_quote("Die Kartoffelsorte „Amflora“ ist umstritten.")
    assert ns._name_after_noun(toks[q - 1], toks[q], _open_mark(toks[q]))
    toks, q = _at_quote("Das meldet laut „Welt“ die Polizei.")
    assert ns._name_after_noun(toks[q - 1], toks[q], _open_mark(toks[q]))
    toks, q = _at_quote("Die Kartoffelsorte, „Amflora“ genannt, ist umstritten.")
    assert not ns._name_after_noun(toks[q - 1], toks[q], _open_mark(toks[q]))
    toks, q = _at_quote("Die Ministerin „Wir bleiben hart.“ sagte sie.")
    assert not ns._name_after_noun(toks[q - 1], toks[q], _open_mark(toks[q]))


def test_named_term_after_a_naming_colon_or_before_genannt() -> None:
    toks, q = _at_quote("Das Projekt (Codename: „Maelstrom“) startet im Mai.")
    assert ns._named_term(toks, q, "Maelstrom")
    toks, q = _at_quote("Der Punkt (auch „Apogäum“ genannt) liegt weit draußen.")
    assert ns._named_term(toks, q, "Apogäum")
    toks, q = _at_quote("Er hat den Plan als „unsinnig“ bezeichnet.")
    assert not ns._named_term(toks, q, "unsinnig")  # lower case: a wording


@pytest.mark.parametrize(
    ("text", "nonspeech"),
    [
        ("Er verwies auf „123“ und schwieg.", True),  # no letters
        ("Er las die „Bild“-Zeitung im Zug.", True),  # part of a compound
        ("„Tagesschau“ berichtet über den Streik.", True),
        ("„Wir streiken morgen“, sagte die Sprecherin.", False),
        ("Die sogenannte „Verkehrswende“ lässt auf sich warten.", True),
        ("Das Projekt (Codename: „Maelstrom“) startet im Mai.", True),
        ("Mehr dazu auf „tagesschau.de“ im Netz.", True),
        ("Das Festival nennt sich „Sommerklang“ seit Jahren.", True),
        ("Das sagte er der Zeitung „Morgenpost“ am Telefon.", True),
        ("Das sagte er der „Rheinischen Post“ am Telefon.", True),
        ("Sie warnte vor der „Spaltung unseres Landes“ und ging.", False),  # a wording
        ("Er sprach über die „Neue Rechte“ im Osten.", True),
        ("Die Kartoffelsorte „Amflora“ ist umstritten.", True),
        ("Sie sagte: „Wir bleiben hart“, und ging.", False),
    ],
)
def test_is_nonspeech(text: str, nonspeech: bool) -> None:
    toks, q = _at_quote(text)
    assert ns.is_nonspeech(text, toks, q) is nonspeech
