"""False positives and span boundaries found in the precision round 17 (read on SpkAtt train, fixed as classes):
each class with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- a frame inside a noun phrase ("die nach Angaben der Polizei 40 Fahrgäste") sources a figure, not a sentence --


def test_a_frame_between_an_article_and_its_noun_attributes_no_statement() -> None:
    for text in (
        "Nach dem Kentern eines Bootes vor der Küste wurden am Freitag 120 der nach Polizeiangaben 160 Insassen "
        "gerettet.",
        "Er übernimmt die Leitung des – nach Angaben der Lokalzeitung – mit 40 Millionen Euro verschuldeten Vereins.",
        "Er übernimmt die Leitung des- nach Angaben der Lokalzeitung- mit 40 Millionen Euro verschuldeten Vereins.",
        "Die Zahl stammt aus einem laut Angaben der Stadtwerke vorläufigen Bericht.",
    ):
        assert detect(text) == [], text


def test_a_relative_pronoun_before_the_frame_still_opens_a_statement() -> None:
    text = "Die Polizei fand eine Tasche, die nach Angaben des Fahrers Werkzeug enthielt."
    assert find(text, "Werkzeug").quote == "die nach Angaben des Fahrers Werkzeug enthielt"
    text = "Das Unglück, bei dem laut Feuerwehr zwei Menschen starben, ereignete sich nachts."
    p = find(text, "zwei Menschen")
    assert (p.quote, p.speaker) == ("bei dem laut Feuerwehr zwei Menschen starben", "Feuerwehr")
    text = "Der Bus war nach Angaben der Polizei mit 40 Fahrgästen besetzt."
    assert find(text, "40 Fahrgästen").speaker == "Polizei"


# -- "nannte zwei Gründe dafür, dass …": the dass-clause depends on the noun of reason, not on the cue -------------


def test_a_dass_clause_after_a_reason_and_its_pronominal_adverb_is_no_statement() -> None:
    for text in (
        "Der Minister nannte am Montag drei Gründe dafür, dass die Preise steigen.",
        "Die Ministerin nannte zwei Bedingungen dafür, dass sich die Bundeswehr an dem Einsatz beteiligt.",
        "Der Verband lieferte Beispiele dafür, dass kleine Betriebe aufgeben.",
    ):
        assert detect(text) == [], text


def test_a_pointer_to_what_is_said_keeps_its_dass_clause() -> None:
    text = "Der Sprecher verwies darauf, dass die Straße gesperrt sei."
    assert find(text, "Straße").quote == "die Straße gesperrt sei"
    text = "Die Ministerin begründete ihre Forderung damit, dass die Mieten stiegen."
    assert find(text, "Mieten").quote == "die Mieten stiegen"
