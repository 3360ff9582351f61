"""Frames around a statement: wie X sagte, so X, laut/gemäß/zufolge/nach X, demonstratives after a comma."""

from __future__ import annotations

from quotetool.detect import Kind, detect

from .detect_helpers import find


def test_wie_clause_with_apposition_and_place() -> None:
    text = "Wie Jonas Keller, Sprecher der Stadtwerke, in Kassel mitteilte, bleibt das Hallenbad bis Mai geschlossen."
    p = find(text, "bleibt das Hallenbad")
    assert p.quote == "bleibt das Hallenbad bis Mai geschlossen"
    assert p.kind is Kind.INDIRECT
    assert p.rule == "wie-frame"
    assert p.speaker == "Jonas Keller"
    assert p.speaker_mention == "Jonas Keller"


def test_wie_clause_inside_the_statement_gives_two_parts() -> None:
    text = "Die Kürzung verstoße, wie das Landgericht entschied, gegen das Grundgesetz."
    p = find(text, "Die Kürzung")
    assert p.quote == "Die Kürzung verstoße, wie das Landgericht entschied, gegen das Grundgesetz"
    assert p.parts == ((0, 20), (53, 74))
    assert text[53:74] == "gegen das Grundgesetz"
    assert p.speaker == "Landgericht"
    assert p.speaker_mention == "das Landgericht"


def test_wie_clause_that_names_something_is_no_frame() -> None:
    assert detect("Der Zauberer Olaf Semmler, wie er sich am liebsten nannte, ist verschwunden.") == []


def test_gemaess_with_a_speaker() -> None:
    text = "Gemäß einer Sprecherin der Feuerwehr brannte die Scheune vollständig nieder."
    p = find(text, "brannte die Scheune")
    assert p.quote == "brannte die Scheune vollständig nieder"
    assert p.rule == "gemäß"
    assert p.speaker == "Sprecherin der Feuerwehr"
    assert p.speaker_mention == "einer Sprecherin der Feuerwehr"


def test_frame_noun_inside_a_compound() -> None:
    text = "Nach Bahnangaben fiel der Zug wegen eines Defekts an der Oberleitung aus."
    p = find(text, "fiel der Zug")
    assert p.quote == "fiel der Zug wegen eines Defekts an der Oberleitung aus"
    assert p.speaker == "Bahnangaben"


def test_nach_with_a_document_noun_and_its_author() -> None:
    text = "Nach einer ersten Analyse der Versicherer entstand der Schaden durch einen Kurzschluss."
    p = find(text, "entstand der Schaden")
    assert p.quote == "entstand der Schaden durch einen Kurzschluss"
    assert p.speaker == "Versicherer"
    assert p.speaker_mention == "einer ersten Analyse der Versicherer"


def test_frame_noun_before_nach() -> None:
    text = "Dem Vernehmen nach soll die Fusion der beiden Kliniken im Herbst abgeschlossen werden."
    p = find(text, "soll die Fusion")
    assert p.quote == "soll die Fusion der beiden Kliniken im Herbst abgeschlossen werden"
    assert p.rule == "nach-frame"
    assert p.speaker_mention == "Dem Vernehmen"


def test_temporal_nach_is_no_frame() -> None:
    assert detect("Zwei Tage nach dem Urteil des Gerichts trat der Bürgermeister überraschend zurück.") == []
    assert detect("Nach der Sitzung gingen alle Abgeordneten nach Hause.") == []


def test_frame_inside_the_clause_gives_two_parts() -> None:
    text = "Die Zahl der Verletzten ist nach Angaben der Bergwacht noch offen."
    p = find(text, "Die Zahl")
    assert p.quote == "Die Zahl der Verletzten ist nach Angaben der Bergwacht noch offen"
    assert p.parts == ((0, 27), (55, 65))
    assert text[55:65] == "noch offen"
    assert p.speaker == "Bergwacht"


def test_fronted_frame_with_apposition() -> None:
    text = "Nach Angaben von Miriam Lorenz, der Sprecherin des Krankenhauses, wurden drei Patienten verlegt."
    p = find(text, "wurden drei")
    assert p.quote == "wurden drei Patienten verlegt"
    assert p.speaker == "Miriam Lorenz"
    assert p.speaker_mention == "Angaben von Miriam Lorenz"


def test_zufolge_with_the_seat_of_the_source() -> None:
    text = "Den Behörden in Bremen zufolge wurden zwei Personen verletzt."
    p = find(text, "wurden zwei")
    assert p.quote == "wurden zwei Personen verletzt"
    assert p.speaker == "Behörden in Bremen"
    assert p.speaker_mention == "Den Behörden in Bremen"


def test_so_parenthesis_inside_the_statement() -> None:
    text = "Der Plan sei, so die Ministerin, bereits gescheitert."
    p = find(text, "Der Plan")
    assert p.quote == "Der Plan sei, so die Ministerin, bereits gescheitert"
    assert p.parts == ((0, 12), (33, 52))
    assert p.rule == "so-frame"
    assert p.speaker_mention == "die Ministerin"


def test_so_with_a_speech_verb() -> None:
    text = "In zwanzig Jahren, so schätzen die Forscher, werde der Gletscher verschwunden sein."
    p = find(text, "werde der Gletscher")
    assert p.rule == "so-frame"
    assert p.parts == ((0, 17), (45, 82))
    assert p.speaker == "Forscher"


def test_so_with_weiter_after_the_speaker() -> None:
    text = (
        "Die Anwohnerin Renate Kraus sagte am Abend, sie sei entsetzt. "
        "Die Kosten seien deutlich gestiegen, so Kraus weiter."
    )
    p = find(text, "Die Kosten")
    assert p.quote == "Die Kosten seien deutlich gestiegen"
    assert p.speaker == "Renate Kraus"
    assert p.speaker_mention == "Kraus"


def test_demonstrative_after_a_comma() -> None:
    text = "Das Freibad bleibt bis Juni geschlossen, das teilte die Stadtverwaltung mit."
    p = find(text, "Das Freibad")
    assert p.quote == "Das Freibad bleibt bis Juni geschlossen"
    assert p.rule == "demonstrative-cue"
    assert p.speaker == "Stadtverwaltung"


def test_indicative_statement_before_the_cue() -> None:
    text = "Der Umsatz stieg im Sommer um zehn Prozent, berichtet die Handelskammer."
    p = find(text, "Der Umsatz")
    assert p.quote == "Der Umsatz stieg im Sommer um zehn Prozent"
    assert p.rule == "cue-after"
    assert p.speaker == "Handelskammer"


def test_no_statement_before_the_cue_after_a_question_or_purpose_clause() -> None:
    assert [p.rule for p in detect("Warum die Maschine umkehrte, erklärte die Fluggesellschaft nicht.")] == []
    assert detect("Um Kosten zu sparen, haben die Stadtwerke die Preise erhöht.") == []


def test_frame_noun_with_a_genitive_name_after_it() -> None:
    text = "Der Bürgermeister Tobias Franke war vor Ort. Nach Angaben Frankes wurden drei Häuser beschädigt."
    p = find(text, "wurden drei Häuser")
    assert p.quote == "wurden drei Häuser beschädigt"
    assert p.kind is Kind.INDIRECT
    assert p.rule == "nach-frame"
    assert p.speaker == "Tobias Franke"
    assert p.speaker_mention == "Angaben Frankes"


def test_frame_noun_with_a_genitive_country() -> None:
    text = "Nach Auffassung Dänemarks soll der Vertrag noch einmal geprüft werden."
    p = find(text, "soll der Vertrag")
    assert p.quote == "soll der Vertrag noch einmal geprüft werden"
    assert p.speaker == "Dänemark"
    assert p.speaker_mention == "Auffassung Dänemarks"


def test_forecast_frames_a_statement_in_mid_clause() -> None:
    text = "Die Preise werden nach der Vorhersage der Bundesbank im Herbst wieder steigen."
    p = find(text, "Die Preise")
    assert p.quote == "Die Preise werden nach der Vorhersage der Bundesbank im Herbst wieder steigen"
    assert p.parts == ((0, 17), (53, 77))
    assert text[53:77] == "im Herbst wieder steigen"
    assert p.kind is Kind.INDIRECT
    assert p.rule == "nach-frame"
    assert p.speaker == "Bundesbank"
    assert p.speaker_mention == "der Vorhersage der Bundesbank"


def test_relative_clause_after_a_survey_is_its_content() -> None:
    text = "Der Rat vertagte die Abstimmung wegen Umfragen, nach denen zwei Drittel der Anwohner den Bau ablehnen."
    p = find(text, "zwei Drittel")
    assert p.quote == "zwei Drittel der Anwohner den Bau ablehnen"
    assert p.rule == "nach-frame"
    assert p.speaker_mention == "Umfragen"


def test_relative_clause_after_a_document_with_its_particle() -> None:
    text = "Der Kammer liegt ein Gutachten vor, laut dem die Brücke seit Jahren marode ist."
    p = find(text, "die Brücke")
    assert p.quote == "die Brücke seit Jahren marode ist"
    assert p.rule == "laut"
    assert p.speaker_mention == "Gutachten"


def test_relative_clause_after_a_rumour_is_a_claim_without_a_source() -> None:
    text = "Im Ort kursieren Gerüchte, nach denen der Bäcker im Herbst schließen will."
    p = find(text, "der Bäcker")
    assert p.quote == "der Bäcker im Herbst schließen will"
    assert p.rule == "impersonal-clause"
    assert p.speaker is None


def test_preposition_after_a_comma_that_opens_no_relative_clause() -> None:
    assert detect("Die Stadt senkte die Gebühren, nach der Wahl stiegen sie wieder.") == []
    # the clause may belong to the noun before the genitive: no reading is proposed
    assert detect("Es gab eine Änderung der Statistik, nach der Kurzarbeiter nicht mehr zählen.") == []


def test_laut_with_a_web_address_as_the_source() -> None:
    text = "Laut spiegel.de soll der Minister noch heute zurücktreten."
    p = find(text, "der Minister")
    assert p.quote == "soll der Minister noch heute zurücktreten"
    assert p.rule == "laut"
    assert p.speaker == "spiegel.de"
    quoted = "Laut „news.orf.at“ bleibt die Grenze bis Montag geschlossen."
    q = find(quoted, "die Grenze")
    assert q.quote == "bleibt die Grenze bis Montag geschlossen"
    assert q.speaker_mention == "news.orf.at"


def test_laut_with_a_lower_case_word_that_is_no_web_address() -> None:
    assert detect("Die Musik war laut und die Nachbarn beschwerten sich.") == []


def test_danach_after_a_document_reports_its_content() -> None:
    text = "Die Sparkasse legte am Montag ihre Quartalszahlen vor. Danach sank der Gewinn um ein Drittel."
    p = find(text, "sank der Gewinn")
    assert p.quote == "sank der Gewinn um ein Drittel"
    assert p.cue == "Danach"
    assert p.speaker == "Sparkasse"


def test_danach_as_a_time_is_no_frame() -> None:
    assert detect("Die Gäste aßen im Hotel zu Abend. Danach gingen sie ins Kino.") == []
    text = "Sie sprühten Parolen wie „Raus hier“ an die Wand. Danach zündeten sie die Bänke an."
    assert all(p.cue != "Danach" for p in detect(text))


def test_a_law_frames_a_statement() -> None:
    text = "Nach dem Grundgesetz ist der Kanzler für die Richtlinien der Politik verantwortlich."
    p = find(text, "der Kanzler")
    assert p.quote == "ist der Kanzler für die Richtlinien der Politik verantwortlich"
    assert p.rule == "nach-frame"


def test_so_parenthesis_inside_a_clause_in_the_indicative_gives_two_parts() -> None:
    text = "Bis zum Herbst, so rechnen die Ingenieure, soll die neue Brücke befahrbar sein."
    p = find(text, "Bis zum Herbst")
    assert p.quote == text[:-1]
    assert p.parts == ((0, 14), (43, 78))
    assert text[43:78] == "soll die neue Brücke befahrbar sein"
    assert p.speaker_mention == "die Ingenieure"
    text = "Das Risiko liegt, so zeigen mehrere Studien, bei Rauchern deutlich höher."
    assert find(text, "bei Rauchern").parts == ((0, 16), (45, 72))


def test_so_parenthesis_before_a_relative_clause_or_an_enumeration_ends_the_statement() -> None:
    text = (
        "Die meisten Diäten sind wirkungslos, so das Fazit einer Untersuchung, in der 40 Programme verglichen wurden."
    )
    assert find(text, "Die meisten Diäten").quote == "Die meisten Diäten sind wirkungslos"
    text = "Auch weitere Staaten gratulierten dem Sieger, so der italienische Premier, der ihn lobte."
    assert find(text, "Auch weitere").quote == "Auch weitere Staaten gratulierten dem Sieger"
