"""Classes of errors found by reading the detector's output on a second set of news articles written for the
purpose (not from any gold file): one test (at least) per class, each with sentences of our own."""

from __future__ import annotations

from .detect_helpers import find

# -- "er"/"sie" after a statement whose speaker the text names by a role only -------------------------------------


def test_pronoun_refers_to_the_role_that_spoke_in_the_sentence_before() -> None:
    text = (
        "Der Kreistag verschob die Abstimmung über den Neubau, wie eine Sprecherin des Landratsamts mitteilte. "
        "Man wolle erst die Kosten prüfen, sagte sie."
    )
    assert find(text, "Kosten prüfen").speaker == "Sprecherin des Landratsamts"
    text = "„Die Brücke bleibt gesperrt“, so der Baudezernent. Er fügte hinzu: „Wir prüfen jede Schraube.“"
    assert find(text, "jede Schraube").speaker == "Baudezernent"


# -- an age written without its umlaut ("die 61-Jaehrige"), as agency feeds write it -------------------------------


def test_age_noun_without_umlaut_refers_back_to_the_person_of_that_age() -> None:
    text = 'Landraetin Ines Wagner (CDU) besuchte die Unterkunft. "Wir brauchen mehr Platz", sagte die 61-Jaehrige. '
    assert find(text, "mehr Platz").speaker == "Ines Wagner"
    text = "Der Angeklagte Erwin Basler, 58, schwieg lange. Er bereue nichts, sagte der 58-Jaehrige dann."
    assert find(text, "bereue nichts").speaker == "Erwin Basler"


# -- a nationality is an epithet for the person named before ("sagte der Belgier") --------------------------------


def test_nationality_noun_refers_back_to_the_person_named_last() -> None:
    text = (
        'Trainer Vincent Kompany zeigte sich nach dem Spiel selbstkritisch. "Wir waren zu langsam", sagte der Belgier.'
    )
    assert find(text, "zu langsam").speaker == "Vincent Kompany"
    text = "Die Sängerin Rosa Ortega gab ihr erstes Konzert in Köln. Sie sei nervös gewesen, sagte die Spanierin."
    assert find(text, "nervös gewesen").speaker == "Rosa Ortega"


def test_nationality_before_a_name_is_its_apposition_not_part_of_the_name() -> None:
    text = "Der Italiener Marco Ferri sagte, das Rennen sei fair gewesen."
    assert find(text, "Rennen sei fair").speaker == "Marco Ferri"


# -- a newspaper after "der" behind the speech verb is the one spoken to ("sagte die Ökonomin der „Post“") ----------


def test_newspaper_after_the_speaker_is_the_addressee_not_a_genitive() -> None:
    assert find("Die Mieten stiegen weiter, sagte die Ökonomin der „Kieler Rundschau“.", "Mieten").speaker == "Ökonomin"
    text = "Die Mieten stiegen weiter, sagte ein Sprecher des Mieterbunds der „Kieler Rundschau“."
    assert find(text, "Mieten").speaker == "Sprecher des Mieterbunds"
    text = "Die Mieten stiegen weiter, sagte Karin Voigt der Allgemeinen Zeitung."
    assert find(text, "Mieten").speaker_mention == "Karin Voigt"


def test_a_role_of_the_newspaper_keeps_it_as_its_genitive() -> None:
    text = "Die Auflage sei stabil, sagte der Chefredakteur der „Kieler Rundschau“."
    assert find(text, "Auflage").speaker == "Chefredakteur der „Kieler Rundschau“"
    text = "Die Proteste gingen weiter, sagte die Aktivistin der „Grünen Jugend“."
    assert find(text, "Proteste").speaker == "Aktivistin der „Grünen Jugend“"
