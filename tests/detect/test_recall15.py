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


# -- the subject first, then a verb that makes public "dies"/"das": the sentence before is the subject's --------


def test_a_subject_that_confirms_this_names_the_sentence_before() -> None:
    text = (
        "Der Verein Rot-Weiß Oberhain trennt sich von Trainer Ole Berg. Ein Sprecher des Vereins bestätigte das "
        "am Montag."
    )
    p = find(text, "trennt sich von Trainer")
    assert p.speaker == "Sprecher des Vereins"
    text = "Die Fähre nach Lindholm fällt bis Ostern aus. Reederin Ella Brandt gab dies am Montag bekannt."
    assert find(text, "Die Fähre nach Lindholm").speaker_mention == "Reederin Ella Brandt"
    text = "Die Fähre nach Lindholm fällt bis Ostern aus. Die Reederei teilte dies am Montag mit."
    assert find(text, "Die Fähre nach Lindholm").speaker == "Reederei"


def test_a_subject_before_an_object_das_with_its_noun_points_nowhere() -> None:
    text = "Die Fähre nach Lindholm fällt bis Ostern aus. Die Reederei bestätigte das Ergebnis der Prüfung."
    assert quotes(text) == []


def test_what_a_subject_criticises_is_not_their_statement() -> None:
    text = "Die Fähre nach Lindholm fällt bis Ostern aus. Die Inselbewohner kritisierten das scharf."
    assert quotes(text) == []


def test_a_pointer_that_denies_names_nobody() -> None:
    assert quotes("Die Fähre nach Lindholm fällt bis Ostern aus. Das bestätigte die Reederei nicht.") == []
    assert quotes("Die Fähre nach Lindholm fällt bis Ostern aus. Das dementierte ein Sprecher der Reederei.") == []
    assert quotes("Die Fähre nach Lindholm fällt bis Ostern aus. Die Reederei bestätigte dies nicht.") == []


# -- the subject after the verb with a role apposition: "nannte X, Chef des Verbands, die Pläne „…“" -------------


def test_a_quoted_phrase_after_the_subjects_apposition_has_the_verbs_cue() -> None:
    text = "Am Montag nannte Karl Runge, Geschäftsführer des Bauernverbandes, die Verordnung „völlig überflüssig“."
    p = find(text, "völlig überflüssig")
    assert p.speaker == "Karl Runge"
    text = "Am Montag sprach Karl Runge, der Geschäftsführer des Bauernverbandes, von einem „schwarzen Tag“."
    assert find(text, "schwarzen Tag").speaker == "Karl Runge"


def test_a_role_apposition_after_the_verbs_subject_is_not_part_of_the_statement() -> None:
    text = "Am Montag sagte Karl Runge, Geschäftsführer des Bauernverbandes, die Lage sei ernst."
    p = find(text, "die Lage sei ernst")
    assert p.quote == "die Lage sei ernst"
    assert p.speaker == "Karl Runge"
    text = "Dazu erklärte Mia Sand, die Sprecherin der Stadtwerke, man werde die Preise nicht erhöhen."
    assert find(text, "man werde die Preise").quote == "man werde die Preise nicht erhöhen"


def test_an_enumeration_after_the_verb_is_no_apposition() -> None:
    text = "Am Montag sagte der Minister, Kinder, Frauen und Alte seien betroffen."
    p = find(text, "Alte seien betroffen")
    assert p.quote == "Kinder, Frauen und Alte seien betroffen"
    assert p.speaker_mention == "der Minister"  # the list's first word is no name in apposition


# -- after the verb, a place or time phrase and then the speaker's role and name without an article --------------


def test_a_bare_role_and_name_after_a_prepositional_phrase_is_the_subject() -> None:
    text = "„Die Fähre fällt bis Ostern aus“, sagte in Kiel Verkehrsminister Peter Lanz."
    assert find(text, "Die Fähre fällt").speaker == "Peter Lanz"
    text = "„Die Fähre fällt bis Ostern aus“, sagte nach der Sitzung Verkehrsministerin Eva Roth."
    assert find(text, "Die Fähre fällt").speaker == "Eva Roth"
    text = "Die Fähre falle bis Ostern aus, sagte am Montag in Kiel Peter Lanz."
    assert find(text, "Die Fähre falle").speaker == "Peter Lanz"
    text = "Die Fähre fällt bis Ostern aus. Das sagte am Montag in Kiel der Verkehrsminister Peter Lanz."
    assert find(text, "Die Fähre fällt").speaker == "Peter Lanz"


def test_a_name_inside_the_prepositional_phrase_stays_there() -> None:
    text = "„Die Fähre fällt bis Ostern aus“, sagte nach einem Treffen mit Kanzlerin Eva Roth der Minister Jan Kolbe."
    assert find(text, "Die Fähre fällt").speaker == "Jan Kolbe"
    text = "„Die Fähre fällt bis Ostern aus“, sagte nach Angaben der Zeitung ein Sprecher der Reederei."
    assert find(text, "Die Fähre fällt").speaker == "Sprecher der Reederei"


def test_a_bare_role_and_name_after_the_dative_addressee_is_the_subject() -> None:
    text = "„Die Fähre fällt bis Ostern aus“, sagte dem Sender Nordfunk Verkehrsminister Peter Lanz."
    assert find(text, "Die Fähre fällt").speaker == "Peter Lanz"
    text = "„Die Fähre fällt bis Ostern aus“, sagte dem Minister Peter Lanz ein Sprecher der Reederei."
    assert find(text, "Die Fähre fällt").speaker == "Sprecher der Reederei"


def test_a_bare_role_and_surname_after_a_prepositional_phrase_is_the_subject() -> None:
    text = "„Die Fähre fällt bis Ostern aus“, sagte nach dem Spiel Kiel-Trainer Lanz am Montag."
    assert find(text, "Die Fähre fällt").speaker == "Lanz"


# -- a quotation right before ", sagte …" is quoted speech even when its subject is not parsed ----------------------


def test_a_quotation_before_a_speech_verb_is_kept_without_a_parsed_subject() -> None:
    text = "„Die Fähre fällt bis Ostern aus“, sagte nach einem Treffen mit Kanzlerin Eva Roth der Minister."
    p = find(text, "Die Fähre fällt")
    assert p.rule == "direct-cue-after"
    assert p.speaker != "Eva Roth"


# -- reported speech interrupted by its cue: "Die Lage sei, sagte X, sehr ernst" ----------------------------------


def test_reported_speech_goes_on_after_an_inserted_cue() -> None:
    text = "Die Lage an der Küste sei, sagte der Bürgermeister, nach wie vor sehr ernst."
    p = find(text, "nach wie vor sehr ernst")
    assert p.speaker == "Bürgermeister"
    assert [text[a:b] for a, b in p.parts] == ["Die Lage an der Küste sei", "nach wie vor sehr ernst"]
    text = "Die Stadt werde, kündigte Bürgermeister Jan Kolbe an, die Brücke bis Freitag sperren."
    p = find(text, "die Brücke bis Freitag sperren")
    assert p.speaker == "Jan Kolbe"
    assert p.quote.startswith("Die Stadt werde")


def test_a_relative_clause_or_apposition_after_the_cue_does_not_go_on_with_the_statement() -> None:
    text = "Die Lage sei ernst, sagte der Bürgermeister, der seit 2019 im Amt ist."
    assert find(text, "Die Lage sei ernst").quote == "Die Lage sei ernst"
    text = "Die Lage sei, sagte der Bürgermeister, der seit 2019 im Amt ist, sehr ernst."
    assert "im Amt" not in find(text, "Die Lage sei").quote


# -- an adjective without an ending before the adjective of a speaker phrase: "die staatlich kontrollierten Medien" -


def test_a_speaker_phrase_with_an_adverbial_adjective_is_parsed() -> None:
    text = "Die staatlich kontrollierten Zeitungen hatten am Sonntag von einem „entschlossenen Vorgehen“ gesprochen."
    p = find(text, "entschlossenen Vorgehen")
    assert p.speaker is not None and "Zeitungen" in p.speaker
    text = "„Die Fähre fällt bis Ostern aus“, sagte der politisch verantwortliche Minister Jan Kolbe."
    assert find(text, "Die Fähre fällt").speaker == "Jan Kolbe"
    text = "„Die Fähre fällt bis Ostern aus“, sagte ein gut informierter Beamter."
    assert "Beamter" in (find(text, "Die Fähre fällt").speaker or "")


# -- "…, wie sie mitteilte": the pronoun of the wie-clause is the statement's own subject ---------------------------


def test_the_pronoun_of_a_wie_clause_is_the_subject_of_the_statement_before_it() -> None:
    text = "Die Polizei nahm am Hafen zwei Männer fest, wie sie am Montag mitteilte."
    assert find(text, "zwei Männer fest").speaker == "Polizei"
    text = "Der Konzern will in Kassel 500 Stellen abbauen, wie er am Montag mitteilte."
    assert find(text, "500 Stellen abbauen").speaker == "Konzern"
    text = "Die Stadtwerke erhöhen im Mai die Preise, wie sie am Montag mitteilten."
    assert find(text, "erhöhen im Mai").speaker == "Stadtwerke"


def test_a_wie_pronoun_that_does_not_agree_with_the_subject_is_not_it() -> None:
    text = "Der Bürgermeister Jan Kolbe traf am Montag die Ministerin, wie sie später mitteilte."
    assert find(text, "traf am Montag").speaker != "Jan Kolbe"


def test_an_apposition_with_an_adverb_in_its_attribute_before_dass() -> None:
    text = (
        "Schriftlich versicherte der Betreiber, die ebenfalls das „Waldbad“ führende Gesellschaft Kramer, "
        "dass die Halle im Herbst wieder „für alle“ öffne."
    )
    assert find(text, "im Herbst").quote.startswith("die Halle")


# -- a passive speech verb with the medium it appeared in: "wurde im „Tagblatt“ als „…“ bezeichnet" ---------------


def test_a_passive_quote_takes_the_medium_it_appeared_in_as_its_source() -> None:
    text = "Der Verkehrsbetrieb wurde am Montag im „Tagblatt“ als „ein Staat im Staate“ bezeichnet."
    assert find(text, "ein Staat im Staate").speaker == "Tagblatt"
    text = "In der „Morgenpost“ wurde berichtet, die Brücke bleibe bis Freitag gesperrt."
    assert find(text, "die Brücke bleibe").speaker == "Morgenpost"


def test_a_place_with_a_quoted_name_is_no_medium() -> None:
    assert quotes("Der Film wurde im Kino „Capitol“ als „Meisterwerk“ gefeiert.") == []


# -- a narrated main clause before the reported one: after a semicolon, or with a modal in the indicative ----------


def test_a_continuation_starts_after_a_narrated_clause_and_a_semicolon() -> None:
    text = (
        "Der Minister sagte, er rechne mit einer Einigung. Die Trainerin trat am Dienstag vor die Kameras, um "
        "sich gegen die Kritik zu wehren; sie habe ihr Team nie im Stich gelassen."
    )
    assert find(text, "Stich gelassen").quote == "sie habe ihr Team nie im Stich gelassen"
    text = "Der Minister sagte, er rechne mit einer Einigung. Die Lage sei ernst; man habe keine Wahl."
    assert find(text, "keine Wahl").quote == "Die Lage sei ernst; man habe keine Wahl"


def test_a_continuation_starts_after_a_clause_with_a_modal_in_the_indicative() -> None:
    text = (
        "Der Minister sagte, er rechne mit einer Einigung. Die Firma will im Mai 100 Autos ausliefern, auch eine "
        "spätere Ausweitung sei denkbar."
    )
    assert find(text, "Ausweitung sei denkbar").quote == "auch eine spätere Ausweitung sei denkbar"


def test_a_report_ends_before_a_narrated_verb_with_aber() -> None:
    text = "Der Angeklagte erklärte, dass er unschuldig sei, verweigerte aber jede weitere Aussage."
    assert find(text, "unschuldig").quote == "er unschuldig sei"
    text = "Der Angeklagte erklärte, er sei unschuldig, verweigerte jedoch jede weitere Aussage."
    assert find(text, "unschuldig").quote == "er sei unschuldig"


# -- a statement noun with its holder before a colon and a quotation: "Die Warnung des Bürgermeisters: „…“" -------


def test_the_holder_of_a_statement_noun_before_a_colon_speaks_the_quotation() -> None:
    text = "Die Warnung des Bürgermeisters: „Die Lage an der Küste ist ernst.“"
    assert find(text, "Die Lage an der Küste").speaker == "Bürgermeister"
    text = "Die Reaktion von Ministerin Eva Roth: „Das ist völlig inakzeptabel.“"
    assert find(text, "völlig inakzeptabel").speaker == "Eva Roth"
    text = "Die Kritik der Opposition: „Das ist völlig inakzeptabel.“"
    assert find(text, "völlig inakzeptabel").speaker == "Opposition"


def test_a_noun_that_is_no_statement_before_a_colon_names_no_speaker() -> None:
    assert quotes("Die Lage der Stadt: „Das ist völlig inakzeptabel.“") == []


# -- an indirect question with a question word after "fragen": "fragte, wann …" ------------------------------------


def test_an_indirect_question_after_fragen_is_reported_with_its_question_word() -> None:
    text = "Die Abgeordnete Eva Roth fragte, wann die Brücke wieder öffnet."
    p = find(text, "die Brücke wieder")
    assert p.quote == "wann die Brücke wieder öffnet"
    assert p.speaker == "Eva Roth"
    text = "Die Abgeordnete Eva Roth fragte den Minister, wer die Kosten der Sanierung trage."
    assert find(text, "die Kosten").quote == "wer die Kosten der Sanierung trage"


def test_ob_stays_outside_the_question() -> None:
    text = "Die Abgeordnete Eva Roth fragte, ob die Brücke gesperrt bleibe."
    assert find(text, "die Brücke").quote == "die Brücke gesperrt bleibe"


def test_a_quotation_before_the_verb_is_not_the_subject_a_later_verb_shares() -> None:
    text = "„Die Lage ist ernst“, sagte Bürgermeister Jan Kolbe am Montag und fügte hinzu, man tue alles."
    assert find(text, "man tue alles").speaker == "Jan Kolbe"
