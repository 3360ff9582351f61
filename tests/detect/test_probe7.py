"""Classes of errors found by reading the detector's output on German news written for the purpose (sport with
scores, court, business, science, local politics, weather, culture, agency copy, interviews, titles and dashes):
one test (at least) per class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- a score or a clock time before the dot ("mit 27:28.") is no ordinal: the sentence ends there ---------------------


def test_a_number_after_a_colon_and_digits_ends_the_sentence() -> None:
    for text, name in (
        ("Die Gäste verloren in Kerbach mit 27:28. Trainerin Ute Falbe sagte: „Wir haben gekämpft.“", "Ute Falbe"),
        ("Das Derby endete 2:1. Trainer Ole Brandis sagte, der Sieg sei verdient.", "Ole Brandis"),
        ("Der letzte Zug fuhr um 23:40. Ein Sprecher der Bahn sagte, er sei pünktlich gewesen.", "Sprecher der Bahn"),
    ):
        (p,) = detect(text)
        assert p.speaker == name, (text, p.speaker)


def test_an_ordinal_before_a_month_still_continues_the_sentence() -> None:
    text = "Am 3. März sagte Trainer Ole Brandis, der Kader stehe fest."
    assert find(text, "Kader").speaker == "Ole Brandis"


# -- "van" after a given name opens a Dutch surname, also after a given name the lexicon does not know ------------


def test_van_after_an_unknown_given_name_is_part_of_the_name() -> None:
    text = "Das Team verlor erneut. Teamchef Piet van Lommel sagte, man hoffe auf das nächste Rennen."
    assert find(text, "nächste Rennen").speaker == "Piet van Lommel"
    text = "Joost van der Heiden sagte, die Saison sei gelaufen."
    assert find(text, "Saison").speaker == "Joost van der Heiden"


def test_von_after_a_surname_is_still_a_preposition() -> None:
    text = "Trainer Mertens von der Eintracht sagte, der Kader stehe."
    assert find(text, "Kader").speaker != "Mertens von der Eintracht"


# -- "&" joins the words of a firm's name ("Hellmann & Co.") ------------------------------------------------------


def test_an_ampersand_between_capitalised_words_keeps_a_firms_name_whole() -> None:
    text = "Analystin Vera Kolb von der Bank Dressler & Co. sagte, die Prognose sei enttäuschend."
    assert find(text, "Prognose").speaker == "Vera Kolb"
    text = "Das Bankhaus Dressler & Söhne teilte mit, es werde die Filiale schließen."
    assert find(text, "Filiale").speaker == "Bankhaus Dressler & Söhne"
    text = "Anna Kolb von der Wendt GmbH & Co. KG sagte, die Aufträge gingen zurück."
    assert find(text, "Aufträge").speaker == "Anna Kolb"


# -- "a.D.", "i.R." after a role: a part of the title, not the name --------------------------------------------------


def test_a_retirement_marker_after_the_role_is_no_name() -> None:
    for text in (
        "Polizeipräsident a.D. Gerd Amsel sagte, die Reform spare an der falschen Stelle.",
        "Landrat a. D. Gerd Amsel sagte, die Reform spare an der falschen Stelle.",
        "Pfarrer i.R. Gerd Amsel sagte, die Reform spare an der falschen Stelle.",
    ):
        assert find(text, "Reform").speaker == "Gerd Amsel", text


def test_a_retirement_marker_at_the_end_of_a_role_phrase_names_no_one() -> None:
    text = "Der Polizeipräsident a.D. sagte, die Reform spare an der falschen Stelle."
    assert find(text, "Reform").speaker != "a.D"


# -- a finite verb in the indicative after the cue's comma: the subject's next predicate, no complement -------------


def test_a_second_predicate_after_the_cues_comma_is_no_statement() -> None:
    for text in (
        "Ein Sprecher des Konzerns bestätigte die Berichte, wollte aber keine Einzelheiten nennen.",
        "Die Polizei bestätigte den Einsatz, nannte aber keine Zahlen.",
        "Der Vorstand teilte die Zahlen mit, war aber zu keiner Prognose bereit.",
    ):
        assert detect(text) == [], text


def test_a_cue_in_the_second_predicate_keeps_its_own_complement() -> None:
    text = "Die Ministerin lobte den Entwurf, sagte aber, er komme zu spät."
    p = find(text, "zu spät")
    assert (p.quote, p.speaker) == ("er komme zu spät", "Ministerin")


def test_a_clause_in_the_konjunktiv_after_the_comma_is_still_the_statement() -> None:
    text = "Der Sprecher bestätigte, es habe einen zweiten Unfall gegeben."
    assert find(text, "Unfall").quote == "es habe einen zweiten Unfall gegeben"
    text = "Der Kämmerer sagte, wolle die Stadt sparen, müsse sie das Bad schließen."
    assert "müsse sie das Bad schließen" in find(text, "Bad").quote
