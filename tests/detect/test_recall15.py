"""Missed quotes found in recall round 15 (read on SpkAtt train, fixed as classes): each class with sentences of
our own."""

from __future__ import annotations

from .detect_helpers import find, quotes

# -- "Damit"/"Da" before the finite verb open a main clause, not a subordinate one ---------------------------------


def test_damit_before_a_konjunktiv_i_goes_on_with_the_statement() -> None:
    text = "Bürgermeister Jan Kolbe sagte, er rechne mit einer Einigung. Damit sei das Problem mit der Brücke gelöst."
    p = find(text, "Damit sei das Problem")
    assert p.speaker == "Jan Kolbe"
    text = "Die Ministerin Ella Brandt erklärte, der Hafen bleibe offen. Da habe die Stadt keine andere Wahl gehabt."
    assert find(text, "Da habe die Stadt").speaker == "Ella Brandt"


def test_damit_as_a_conjunction_still_opens_a_subordinate_clause() -> None:
    text = "Damit die Bahn wieder fährt, sei ein neuer Vertrag nötig, sagte Kolbe."
    assert find(text, "sei ein neuer Vertrag").speaker == "Kolbe"


def test_damit_before_a_konjunktiv_ii_is_the_narrators_comment() -> None:
    text = (
        "Laut Direktorin Vera Holm soll der Test im Mai stattfinden. Damit wäre Nordland das dritte Land mit "
        "einer eigenen Rakete."
    )
    assert not any(q.startswith("Damit wäre") for q in quotes(text))
