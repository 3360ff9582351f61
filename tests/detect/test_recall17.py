"""Missed quotes found in recall round 17 (read on SpkAtt train, fixed as classes): each class with sentences of
our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find, quotes

BEFORE = "Die Gemeinde baut im Sommer eine neue Sporthalle für die Schulen. "

# -- "Dies wurde von X mitgeteilt": a speech verb's participle after a pointer is read, not skipped as weak --------


def test_a_passive_pointer_with_a_one_word_participle_names_the_sentence_before() -> None:
    for closing, speaker in (
        ("Dies wurde von einem Sprecher der Gemeinde mitgeteilt.", "Sprecher der Gemeinde"),
        ("Das wurde von der Bürgermeisterin Lea Wendt am Abend bekanntgegeben.", "Lea Wendt"),
        ("Dieses wurde vom Bauamt angekündigt.", "Bauamt"),
    ):
        p = find(BEFORE + closing, "neue Sporthalle")
        assert (p.rule, p.speaker) == ("demonstrative-cue", speaker)


def test_a_passive_pointer_that_names_no_speech_stays_narration() -> None:
    assert detect(BEFORE + "Dies wurde von vielen Eltern begrüßt.") == []
    assert detect(BEFORE + "Das wurde vom Land bezahlt.") == []


# -- "nach Art. 5 der Satzung": the abbreviation before a number ends no sentence --------------------------------


def test_art_before_a_number_is_an_abbreviation() -> None:
    text = (
        "Der Vorstand äußerte „große Sorge“ und verwies auf eine Klausel nach Art. 12 der Satzung. "
        "Die Mitglieder könnten den Beschluss nicht mehr anfechten."
    )
    p = find(text, "Mitglieder könnten")
    assert (p.rule, p.speaker) == ("conditional-continuation", "Vorstand")
    assert p.quote.startswith("Die Mitglieder")


def test_art_at_the_end_of_a_sentence_still_ends_it() -> None:
    text = "Er löste den Streit auf seine Art. Später sagte der Trainer Jonas Wilke, die Sache sei erledigt."
    p = find(text, "Sache sei erledigt")
    assert p.speaker == "Jonas Wilke"
    assert "Art" not in p.quote


# -- a relative or conditional clause in the Konjunktiv I is the main clause subject's claim ---------------------


def test_a_relative_clause_whose_final_verb_is_in_e_is_reported() -> None:
    text = "Der Trainer Jonas Wilke lobte den Stürmer, den er seit seiner Jugend kenne."
    p = find(text, "seit seiner Jugend kenne")
    assert (p.quote, p.speaker) == ("den er seit seiner Jugend kenne", "Jonas Wilke")
    text = "Die Ärztin Mara Quast erhob Einspruch gegen das Gesetz, das im Norden kaum vorkomme."
    assert find(text, "kaum vorkomme").speaker == "Mara Quast"


def test_a_condition_in_the_konjunktiv_i_is_reported() -> None:
    text = "Die Helferin Mara Quast warnte vor einer Hungersnot, falls die Hilfe nicht fortgesetzt werde."
    p = find(text, "nicht fortgesetzt werde")
    assert (p.rule, p.speaker) == ("subjunctive-subordinate", "Mara Quast")
    assert p.quote.startswith("falls")


def test_first_person_clauses_and_narrated_conditions_stay_narration() -> None:
    assert quotes("Die Lehrerin lobte das Lied, das ich gerne singe.") == []
    assert quotes("Der Minister besuchte die Schule, wenn er Zeit hatte.") == []
    assert quotes("Der Minister besuchte die Schule, wenn er Zeit hätte.") == []
    assert quotes("Der Bürgermeister lobte die Feuerwehr, die schnell vor Ort war.") == []


# -- "Ihre wichtigste These ist, dass …": a possessive statement noun before "ist"/"war" and a dass clause -------


def test_a_possessive_statement_noun_with_a_copula_names_its_owners_claim() -> None:
    text = (
        "Die Historikerin Nora Falk hat ein Buch über die Stadt geschrieben. Ihre zentrale These ist, dass der Hafen "
        "älter sei, als die Chronik behaupte."
    )
    p = find(text, "der Hafen älter sei")
    assert (p.rule, p.speaker, p.speaker_mention) == ("dass-clause", "Nora Falk", "Ihre zentrale These")
    assert p.quote.endswith("als die Chronik behaupte")
    text = "Der Trainer Jonas Wilke sprach vor dem Spiel. Seine Forderung war, dass die Fans ruhig bleiben."
    assert find(text, "Fans ruhig bleiben").speaker == "Jonas Wilke"


def test_a_possessive_noun_before_a_consecutive_clause_stays_narration() -> None:
    text = "Der Trainer Jonas Wilke zog nach Kiel. Seine Wohnung ist so klein, dass er umziehen will."
    assert quotes(text) == []
    text = "Der Trainer Jonas Wilke zog nach Kiel. Seine Sorge war so groß, dass er nicht schlafen konnte."
    assert quotes(text) == []


# -- "In dem Schreiben war von einem „…“ die Rede": the quoted phrase that was spoken of ----------------------------


def test_a_quoted_phrase_spoken_of_is_a_quote_of_the_document_or_body_named() -> None:
    text = "In einem Rundbrief an die Eltern war von einem „schwierigen Schuljahr“ die Rede."
    p = find(text, "schwierigen Schuljahr")
    assert (p.rule, p.quote, p.speaker_mention) == ("direct-in-clause", "schwierigen Schuljahr", "einem Rundbrief")
    text = "Beim Verband der Bäcker ist von einer „echten Notlage“ die Rede."
    assert find(text, "echten Notlage").quote == "echten Notlage"


def test_a_quoted_name_or_a_phrase_without_die_rede_is_not_spoken_of() -> None:
    assert quotes("Von „Frieden“ war in dem Brief keine Spur.") == []
    assert quotes("Die Rede des Bürgermeisters trug den Titel „Unsere Stadt“.") == []


# -- "…, mit der Begründung, dass …": a justification is its giver's statement, or a claim without a source --------


def test_a_justification_after_the_main_clause_is_its_subjects() -> None:
    text = "Das Landgericht wies die Klage ab, mit der Begründung, dass jede Frist verstrichen war."
    p = find(text, "Frist verstrichen")
    assert (p.rule, p.speaker, p.quote) == ("dass-clause", "Landgericht", "jede Frist verstrichen war")
    text = "Die Feuerwehr sperrte die Brücke, mit dem Hinweis, dass Eisgang drohe."
    assert find(text, "Eisgang drohe").speaker == "Feuerwehr"


def test_a_justification_the_sentence_gives_nobody_is_a_claim_without_a_source() -> None:
    text = "Mit der Begründung, dass unsere Halle saniert werden müsse, wurden alle Spiele abgesagt."
    p = find(text, "Halle saniert")
    assert (p.rule, p.speaker, p.quote) == ("impersonal-clause", None, "unsere Halle saniert werden müsse")
    text = "Der Antrag wurde mit der Begründung abgelehnt, dass die Unterlagen fehlten."
    assert find(text, "Unterlagen fehlten").rule == "impersonal-clause"


# -- "kündigte einen „harten Kurs“ an": a quoted object before the particle of a separable cue ------------------------


def test_a_quoted_object_before_the_particle_keeps_the_separable_cue() -> None:
    text = "Die Ministerin Ute Brand kündigte einen „harten Kurs“ gegen Schulschwänzer an."
    p = find(text, "harten Kurs")
    assert (p.rule, p.quote, p.speaker) == ("direct-in-clause", "harten Kurs", "Ute Brand")
    text = "Der Bürgermeister Udo Sand wies „jede Verantwortung“ zurück."
    assert find(text, "jede Verantwortung").speaker == "Udo Sand"


def test_a_quotation_after_the_cue_still_stops_the_particle_search() -> None:
    text = "Die Ministerin Ute Brand kündigte an: „Wir bauen neue Schulen.“"
    p = find(text, "neue Schulen")
    assert (p.rule, p.speaker) == ("direct-cue-before", "Ute Brand")


# -- a reported condition before the colon of a quotation is proposed beside it ------------------------------------


def test_a_condition_before_a_colon_and_a_quotation_is_reported_too() -> None:
    text = "Die Helferin Mara Quast warnte vor einer Hungersnot, falls die Hilfe ausbleibe: „Die Lager sind leer.“"
    p = find(text, "falls die Hilfe ausbleibe")
    assert (p.rule, p.speaker) == ("subjunctive-subordinate", "Mara Quast")
    assert find(text, "Lager sind leer").rule == "direct-cue-before"


def test_an_article_after_the_comma_opens_no_relative_clause() -> None:
    text = (
        "Der Biologe Jan Roth widersprach der Darstellung, die gentechnisch veränderte Sorte bleibe auf den "
        "Feldern: „Das ist naiv.“"
    )
    assert not any(p.speaker == "Jan Roth" and "Sorte bleibe" in p.quote for p in detect(text))


# -- "Dass …, befürchtet der Verband": a dass clause that opens the sentence before its cue --------------------------


def test_a_fronted_dass_clause_is_the_statement_of_the_subject_after_the_cue() -> None:
    text = "Dass die Mieten im Herbst weiter steigen, befürchtet der Verband der Mieter."
    p = find(text, "Mieten im Herbst")
    assert (p.rule, p.speaker, p.quote) == ("dass-clause", "Verband der Mieter", "die Mieten im Herbst weiter steigen")
    text = "Dass es im Winter zu Verspätungen komme, bestätigte ein Sprecher der Bahn am Montag."
    assert find(text, "zu Verspätungen komme").speaker == "Sprecher der Bahn"


def test_a_fronted_dass_clause_that_is_denied_rejected_or_known_is_no_statement() -> None:
    assert quotes("Dass die Preise sinken, sagte der Sprecher Jan Roth nicht.") == []
    assert quotes("Dass der Zug pünktlich war, bestritt der Fahrgastverband.") == []
    assert quotes("Dass die Bahn oft zu spät kommt, weiß jeder Pendler.") == []
    assert quotes("Dass es regnet, ist klar.") == []


# -- "zogen daraus den Schluss, dass …", "Ergebnis der Umfrage war, dass …": conclusions drawn or stated -----------


def test_a_conclusion_drawn_or_stated_with_a_copula_is_reported() -> None:
    text = "Die Forscherinnen zogen daraus den Schluss, dass die Kröte im Tal bedroht ist."
    p = find(text, "Kröte im Tal")
    assert (p.rule, p.speaker) == ("dass-clause", "Forscherinnen")
    text = "Das Ergebnis der Umfrage ist, dass viele Eltern mit den Kitas unzufrieden sind."
    p = find(text, "viele Eltern")
    assert (p.rule, p.speaker) == ("dass-clause", "Umfrage")


def test_an_ending_or_a_conclusion_drawn_in_the_passive_is_not_read_as_a_statement() -> None:
    assert quotes("Der Schluss des Romans ist, dass der Held am Ende stirbt.") == []
    assert quotes("Am Schluss war klar, dass der Held am Ende stirbt.") == []


# -- "zeigte sich besorgt darüber, dass …": an attitude adjective with its correlate ---------------------------------


def test_an_attitude_adjective_with_a_correlate_opens_its_dass_clause() -> None:
    text = "Die Bürgermeisterin Lea Wendt zeigte sich besorgt darüber, dass immer mehr Läden schließen."
    p = find(text, "mehr Läden schließen")
    assert (p.rule, p.speaker) == ("dass-clause", "Lea Wendt")
    text = "Der Trainer Jonas Wilke ist überzeugt davon, dass seine Mannschaft den Aufstieg schafft."
    assert find(text, "den Aufstieg schafft").speaker == "Jonas Wilke"


def test_a_degree_word_before_the_adjective_makes_a_consequence() -> None:
    text = "Der Trainer Jonas Wilke war so froh darüber, dass er den ganzen Abend sang."
    assert quotes(text) == []


# -- "Der Vorstand gab die Entscheidung am Freitag bekannt": an announcement named by its noun points back -----------


def test_a_definite_announcement_noun_as_object_points_back() -> None:
    text = (
        "Der Stürmer Ole Berg wechselt im Sommer nach Bremen. Trainer Udo Sand gab die Entscheidung am Freitag bekannt."
    )
    p = find(text, "wechselt im Sommer")
    assert (p.rule, p.speaker) == ("demonstrative-cue", "Udo Sand")
    text = "Der Verein trennt sich von Trainer Ole Berg. Der Vorstand bestätigte die Trennung am Montag."
    assert find(text, "trennt sich").speaker == "Vorstand"


def test_an_announcement_noun_with_an_attribute_or_denied_points_nowhere() -> None:
    text = "Der Verein trennt sich von Trainer Ole Berg. Der Vorstand gab die Entscheidung des Gerichts bekannt."
    assert detect(text) == []
    text = "Der Verein trennt sich von Trainer Ole Berg. Der Vorstand bestätigte die Trennung nicht."
    assert detect(text) == []


# -- "Die Ankündigung erfolgte durch X": an announcement as subject, its maker after "durch" ------------------------


def test_an_announcement_made_through_someone_points_back() -> None:
    text = BEFORE + "Die Ankündigung erfolgte durch Lea Wendt, die Sprecherin der Gemeinde, in Kiel."
    p = find(text, "neue Sporthalle")
    assert (p.rule, p.speaker) == ("demonstrative-cue", "Lea Wendt")
    assert find(BEFORE + "Die Mitteilung erfolgte durch die Polizei.", "neue Sporthalle").speaker == "Polizei"


def test_a_payment_made_through_a_bank_points_nowhere() -> None:
    assert detect(BEFORE + "Die Zahlung erfolgte durch die Bank.") == []


# -- "Das ist das Fazit einer Studie der Universität": a copula, a statement noun and its holder point back -----------


def test_a_statement_noun_after_das_ist_names_the_holder_of_the_sentence_before() -> None:
    text = "Im Winter gab es zehn Prozent mehr Unfälle. Das ist das Fazit einer Studie der Hochschule Kiel."
    p = find(text, "zehn Prozent mehr Unfälle")
    assert (p.rule, p.speaker_mention) == ("demonstrative-cue", "einer Studie der Hochschule Kiel")
    text = "Mehr Lehrer, kleinere Klassen und sanierte Schulen. Das sind die Kernforderungen der Gewerkschaft."
    assert find(text, "kleinere Klassen").speaker == "Gewerkschaft"


def test_das_ist_with_a_noun_of_no_statement_points_nowhere() -> None:
    assert detect("Im Winter gab es mehr Unfälle. Das ist ein Problem für die Stadt.") == []
    assert detect("Im Winter gab es mehr Unfälle. Das ist die Aufgabe der Polizei.") == []


def test_a_quoted_phrase_spoken_of_in_the_passive_is_a_quote() -> None:
    text = "Im Bericht der Kommission wird von „schweren Versäumnissen“ gesprochen."
    p = find(text, "schweren Versäumnissen")
    assert (p.rule, p.speaker_mention) == ("direct-in-clause", "Bericht der Kommission")
