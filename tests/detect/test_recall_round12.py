"""Classes of missed quotes and false positives found in recall round 12 (detector version 12): one test (at
least) per class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- a passive call to come forward is the report's own appeal, nobody's statement ------------------------------


def test_passive_call_for_witnesses_is_no_statement() -> None:
    assert detect("Zeugen werden gebeten, sich unter der Telefonnummer 0341 966-0 bei der Kripo zu melden.") == []
    assert detect("Wer etwas beobachtet hat, wird aufgefordert, sich an die nächste Polizeiwache zu wenden.") == []


def test_appeal_with_a_speaker_or_other_content_stays() -> None:
    p = find("Die Polizei bittet Zeugen, sich unter der Nummer 110 zu melden.", "110")
    assert p.speaker == "Polizei"
    p = find("Die Pendler wurden von der Bahn gebeten, sich auf Verspätungen einzustellen.", "Verspätungen")
    assert p.speaker == "Bahn"
    assert [p.quote for p in detect("Die Anwohner wurden aufgefordert, ihre Fenster geschlossen zu halten.")] == [
        "ihre Fenster geschlossen zu halten"
    ]


# -- regular Konjunktiv I forms in -ige of verbs in -igen mark reported speech ----------------------------------


def test_konjunktiv_in_ige_marks_reported_speech() -> None:
    text = "Der Sprecher Lars Ohm sagte, die Werft beschäftige derzeit 400 Leute. Man verteidige den Standort."
    assert find(text, "400 Leute").speaker == "Lars Ohm"
    assert find(text, "verteidige").quote == "Man verteidige den Standort"
    text = "Die Klinik genehmige keine Besuche mehr, hieß es aus dem Landratsamt."
    assert find(text, "genehmige").quote == "Die Klinik genehmige keine Besuche mehr"


def test_adjectives_in_ige_are_no_konjunktiv() -> None:
    text = "Die Ärztin Eva Stoll sagte, die Lage sei ruhig. Die Station hat ständige, wichtige Aufgaben."
    assert [p.quote for p in detect(text)] == ["die Lage sei ruhig"]


# -- the verb a statement noun goes with names its holder, with an adverbial in between -------------------------


def test_support_verb_of_a_statement_noun_names_the_holder_past_an_adverbial() -> None:
    p = find("Der Gemeinderat fasste am Dienstag den Beschluss, das Hallenbad zu schließen.", "Hallenbad")
    assert (p.rule, p.speaker) == ("infinitive-clause", "Gemeinderat")
    p = find("Der Betriebsrat fasste einstimmig den Beschluss, gegen die Kündigungen zu klagen.", "Kündigungen")
    assert p.speaker == "Betriebsrat"
    p = find("Die Anwältin Jana Pohl erhob am Freitag erneut den Vorwurf, die Polizei habe gelogen.", "gelogen")
    assert p.speaker == "Jana Pohl"


# -- a speech speaks in the name of whoever gave it ----------------------------------------------------------


def test_statement_from_a_speech_is_its_givers() -> None:
    first = "Die Bischöfin Marta Lind hielt am Sonntag eine Predigt im Dom. "
    assert find(first + "Der Frieden sei kein Besitz, hieß es in der Predigt.", "Frieden").speaker == "Marta Lind"
    assert find(first + "In der Predigt hieß es, der Frieden sei kein Besitz.", "Frieden").speaker == "Marta Lind"
    text = "Der Kanzler Ivo Brandt besuchte am Montag Kiel. Die Lage sei ernst, hieß es in seiner Ansprache."
    assert find(text, "Lage").speaker == "Ivo Brandt"


def test_a_document_keeps_speaking_in_its_own_name() -> None:
    text = "Das Amt verschickte eine Erklärung. In der Erklärung hieß es, die Frist laufe ab."
    assert find(text, "Frist").speaker == "Erklärung"


# -- regular Konjunktiv I forms in -ide, -ede, -lde, -rde (verbs in -den) ---------------------------------------


def test_konjunktiv_of_verbs_in_den_marks_reported_speech() -> None:
    text = "Die Richterin Ilse Vogt erklärte, das Gericht entscheide erst im Mai. Man vermeide jede Eile."
    assert find(text, "Mai").speaker == "Ilse Vogt"
    assert find(text, "vermeide").quote == "Man vermeide jede Eile"
    text = "Der Sprecher Tom Wirth sagte, die Reederei melde Insolvenz an. Sie bilde keine Rücklagen."
    assert find(text, "Rücklagen").speaker == "Tom Wirth"


def test_adjectives_in_de_are_no_konjunktiv() -> None:
    text = "Der Förster Udo Graf sagte, der Wald sei gesund. Der Winter bleibt milde und feucht."
    assert [p.quote for p in detect(text)] == ["der Wald sei gesund"]


# -- "bestehen darauf, …" insists; other uses of "bestehen" say nothing ------------------------------------------


def test_insisting_with_bestehen_darauf_is_a_cue() -> None:
    p = find("Die Gewerkschaft Verdi besteht darauf, dass die Zulagen bleiben.", "Zulagen")
    assert (p.rule, p.speaker) == ("dass-clause", "Gewerkschaft Verdi")
    p = find("Der Mieterbund bestand aber weiter darauf, die Verträge offenzulegen.", "Verträge")
    assert p.speaker == "Mieterbund"
    p = find("Die Anwältin Rita Sommer hatte darauf bestanden, ihr Mandant sei unschuldig.", "Mandant")
    assert p.speaker == "Rita Sommer"


def test_other_uses_of_bestehen_are_no_cue() -> None:
    assert detect("Die Aufgabe besteht darin, die Kosten zu senken.") == []
    assert detect("Es besteht die Gefahr, dass der Deich bricht.") == []
    assert detect("Der Beirat besteht aus zwölf Mitgliedern, die gewählt werden.") == []


# -- "wird" with an infinitive is the future, not a passive without an agent ------------------------------------


def test_future_tense_keeps_its_subject_as_speaker() -> None:
    p = find("Die Fraktion wird darauf bestehen, dass ihr Antrag zuerst beraten wird.", "Antrag")
    assert (p.rule, p.speaker) == ("dass-clause", "Fraktion")
    p = find("Die Ministerin Lea Kurz wird morgen bekannt geben, dass das Werk schließt.", "Werk")
    assert p.speaker == "Lea Kurz"


def test_passive_without_agent_stays_impersonal() -> None:
    p = find("Es wird betont, dass der Antrag zuerst beraten wird.", "Antrag")
    assert (p.rule, p.speaker) == ("impersonal-clause", None)


# -- "Wert darauf legen, …" and "pochen darauf, …" insist ------------------------------------------------------


def test_wert_darauf_legen_and_pochen_are_cues() -> None:
    p = find("Der Trainer Max Eder legte großen Wert darauf, die Spieler zu schonen.", "Spieler")
    assert (p.rule, p.speaker) == ("infinitive-clause", "Max Eder")
    p = find("Der Elternbeirat hatte stets Wert darauf gelegt, dass die Schüler mitreden.", "Schüler")
    assert p.speaker == "Elternbeirat"
    p = find("Die Bürgermeisterin Nora Wendt pochte darauf, dass der Vertrag gilt.", "Vertrag")
    assert p.speaker == "Nora Wendt"


def test_other_uses_of_legen_keep_their_reading() -> None:
    p = find("Der Minister Paul Haas legte am Montag den Bericht vor, wonach die Zahl sinke.", "Zahl")
    assert p.speaker == "Paul Haas"
    assert detect("Die Gärtnerin legte die Samen in die Erde, damit sie keimen.") == []


# -- "zu" of degree before an adjective is no zu-infinitive -----------------------------------------------------


def test_zu_before_an_adjective_is_no_infinitive() -> None:
    text = "Die Warnung des Wetterdienstes, dass Sturmböen drohen, kam zu spät."
    assert [(p.rule, p.quote) for p in detect(text)] == [("dass-clause", "Sturmböen drohen")]
    p = find("Die Trainerin Ina Roth kündigte an, im Sommer zu gehen.", "Sommer")
    assert p.quote == "im Sommer zu gehen"


# -- "schließt (nicht) aus, dass …" rules a possibility in or out -------------------------------------------------


def test_ausschliessen_before_dass_is_a_stance_also_negated() -> None:
    p = find("Die Feuerwehr schließt nicht aus, dass das Feuer gelegt wurde.", "Feuer gelegt")
    assert (p.rule, p.speaker) == ("dass-clause", "Feuerwehr")
    p = find("Der Kämmerer Jan Roos wollte nicht ausschließen, dass die Gebühren steigen.", "Gebühren")
    assert p.speaker == "Jan Roos"


def test_ausschliessen_without_dass_is_no_cue() -> None:
    text = "Die Klägerin Eva Horn sagte, der Bund habe die Länder bei der Entscheidung ausgeschlossen."
    assert find(text, "Länder").quote == "der Bund habe die Länder bei der Entscheidung ausgeschlossen"
    assert detect("Der Verein schloss den Spieler aus, weil er gelogen hatte.") == []


# -- an apposition opened by a focus word inside a zu-infinitive ("…, auch der Linken, zu verhandeln") ---------


def test_zu_infinitive_runs_past_an_apposition_with_a_focus_word() -> None:
    text = "Der Landesverband hat angekündigt, mit allen Fraktionen, auch der Opposition, zu verhandeln."
    p = find(text, "Opposition")
    assert p.quote == "mit allen Fraktionen, auch der Opposition, zu verhandeln"
    assert p.speaker == "Landesverband"
    text = "Die Wahl bleibt offen, da die Liste angekündigt hatte, mit allen Listen, etwa den Grünen, reden zu wollen."
    assert find(text, "Grünen").quote == "mit allen Listen, etwa den Grünen, reden zu wollen"


# -- a narrated main clause before a Konjunktiv main clause of its own is no part of the report ----------------


def test_narrated_clause_before_an_asyndetic_report_is_left_out() -> None:
    first = "Der Landrat Jens Ohl sagte, die Klinik bleibe offen. "
    p = find(first + "Der Kreis lehnt einen Verkauf ab, ein Verkauf sei nicht sinnvoll.", "Verkauf sei")
    assert (p.quote, p.speaker) == ("ein Verkauf sei nicht sinnvoll", "Jens Ohl")
    p = find(first + "Zwei Stationen wurden geschlossen, die Patienten seien verlegt worden.", "Patienten")
    assert p.quote == "die Patienten seien verlegt worden"


def test_reported_clause_before_another_keeps_the_whole_sentence() -> None:
    text = "Der Landrat Jens Ohl sagte, die Klinik bleibe offen. Der Kreis sei dagegen, er habe kein Geld."
    assert find(text, "kein Geld").quote == "Der Kreis sei dagegen, er habe kein Geld"
