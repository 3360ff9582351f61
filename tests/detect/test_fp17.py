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


# -- a cue in a relative clause: its complement ends where the main clause goes on -------------------------------


def test_the_complement_of_a_cue_in_a_relative_clause_ends_before_the_main_clause() -> None:
    text = "Der Zeuge, der angab, er habe nichts gesehen, widerrief später seine Aussage."
    assert find(text, "nichts gesehen").quote == "er habe nichts gesehen"
    text = "Der Zeuge, der angab, dass er nichts gesehen habe, widerrief später seine Aussage."
    assert find(text, "nichts gesehen").quote == "er nichts gesehen habe"
    text = "Später korrigierte Maria Berg, die lange der Ansicht war, ihr Mann sei unschuldig, ihre Meinung."
    assert find(text, "unschuldig").quote == "ihr Mann sei unschuldig"


def test_a_reported_clause_in_a_relative_clause_keeps_what_belongs_to_it() -> None:
    text = "Es meldeten sich Anwohner, die sagten, der Fahrer sei geflüchtet, habe aber später angerufen."
    assert find(text, "geflüchtet").quote == "der Fahrer sei geflüchtet, habe aber später angerufen"
    text = "Es gibt Zeugen, die sagen, der Täter sei ein Nachbar, ein junger Mann."
    assert find(text, "Nachbar").quote == "der Täter sei ein Nachbar, ein junger Mann"
    text = "Es gibt Zeugen, die sagen, der Täter sei geflohen, weil er Angst gehabt habe."
    assert find(text, "geflohen").quote == "der Täter sei geflohen, weil er Angst gehabt habe"


# -- a narrated main clause with a w-clause in the Konjunktiv ("kann nicht fassen, was geschehen sei") ------------


def test_a_w_clause_in_the_subjunctive_does_not_make_its_narrated_sentence_a_continuation() -> None:
    for second in (
        "Die Familie kann nicht fassen, was geschehen sei.",
        "Die Nachbarin kann nicht begreifen was da geschehen sei.",
    ):
        text = "Der Anwalt sagte am Dienstag, sein Mandant sei unschuldig. " + second
        assert [p.quote for p in detect(text)] == ["sein Mandant sei unschuldig"], second


def test_a_reported_main_clause_with_a_w_clause_still_continues_the_statement() -> None:
    text = "Der Anwalt sagte am Dienstag, sein Mandant sei unschuldig. Man wisse nicht, was passiert sei."
    assert find(text, "Man wisse").quote == "Man wisse nicht, was passiert sei"
    text = (
        "Der Anwalt sagte am Dienstag, sein Mandant sei unschuldig. Es sei etwas passiert, was niemand erwartet habe."
    )
    assert find(text, "etwas passiert").speaker == "Anwalt"


# -- a relative clause after a preposition holds the Konjunktiv, not the narrated main clause --------------------


def test_a_prepositional_relative_clause_does_not_make_its_sentence_a_continuation() -> None:
    text = (
        "Der Bürgermeister sagte am Montag, die Stadt habe kein Geld. "
        "Die Zeitung beruft sich auf den Kämmerer, mit dem er gesprochen habe."
    )
    assert [p.quote for p in detect(text)] == ["die Stadt habe kein Geld"]


def test_a_reporting_noun_before_its_genitive_frames_the_relative_clause() -> None:
    text = "Es gibt Berichte der Polizei, laut denen der Fahrer geflohen sei."
    p = find(text, "Fahrer")
    assert (p.quote, p.speaker) == ("der Fahrer geflohen sei", "Polizei")
    text = (
        "Die Reform geht auf Pläne der Regierung zurück, nach denen jeder Haushalt bald ans Glasfasernetz kommen "
        "sollte, über das er schneller surfen könne."
    )
    assert find(text, "jeder Haushalt").speaker == "Regierung"


# -- a disposition or a method ("Bereitschaft", "Strategie") with a zu-infinitive reports nobody's words ---------


def test_a_disposition_or_a_method_with_an_infinitive_is_no_statement() -> None:
    for text in (
        "Huber hatte seine Bereitschaft, für das Amt zur Verfügung zu stehen, überraschend zurückgezogen.",
        "Die Partei verfolgt die Strategie, neue Wähler auf dem Land zu gewinnen.",
    ):
        assert detect(text) == [], text


def test_a_speech_verb_before_the_disposition_still_reports_it() -> None:
    text = "Huber erklärte am Freitag seine Bereitschaft, für das Amt zu kandidieren."
    p = find(text, "kandidieren")
    assert (p.quote, p.speaker) == ("für das Amt zu kandidieren", "Huber")
    text = "Der Minister signalisierte Bereitschaft, über die Forderungen zu verhandeln."
    assert find(text, "verhandeln").speaker == "Minister"


# -- "…, so der Plan": an intention without its holder frames nobody's statement ----------------------------------


def test_so_and_an_intention_without_its_holder_is_no_frame() -> None:
    for text in (
        "Die Bauarbeiten an der Brücke sollen im Mai beginnen, so der Plan.",
        "Das Magazin erscheint künftig monatlich und soll – so der eigene Wunsch – lokaler werden.",
    ):
        assert detect(text) == [], text


def test_so_and_an_intention_with_its_holder_still_frames_the_statement() -> None:
    text = "Die Bauarbeiten an der Brücke sollen im Mai beginnen, so der Plan des Ministers."
    assert find(text, "Bauarbeiten").speaker == "Minister"


# -- "ich" in the clause: a verb in -e or "habe" is its first person, no Konjunktiv ------------------------------


def test_a_verb_after_ich_in_its_clause_is_no_subjunctive() -> None:
    for text in (
        "Die Stadt hat ein neues Museum, das ich gestern besucht habe.",
        "Die Raketen können Städte im Süden erreichen, die ich als mögliche Ziele ansehe.",
    ):
        assert detect(text) == [], text


def test_a_reported_clause_around_a_first_person_relative_clause_stays_reported() -> None:
    text = "Die Kritikerin sagte, der Film, den ich gestern gesehen habe, sei zu lang."
    assert find(text, "zu lang").quote == "der Film, den ich gestern gesehen habe, sei zu lang"


# -- "… und laut Bahn fiel …": a frame that opens a second main clause frames that clause only --------------------


def test_a_frame_after_und_frames_only_the_second_main_clause() -> None:
    text = "Der Zug hatte am Morgen zwei Stunden Verspätung und laut Bahn fiel auch die Klimaanlage aus."
    p = find(text, "Klimaanlage")
    assert (p.quote, p.speaker) == ("fiel auch die Klimaanlage aus", "Bahn")
    text = "Die Feuerwehr löschte den Brand rasch und nach Angaben der Polizei wurde niemand verletzt."
    assert find(text, "niemand").quote == "wurde niemand verletzt"


def test_a_frame_after_und_inside_one_clause_keeps_the_clause() -> None:
    text = "Die Vorwürfe seien aber laut der Anwältin längst verjährt."
    assert find(text, "verjährt").quote == text[:-1]
    text = "Der Fahrer kam spät und laut Zeugen betrunken nach Hause."
    assert find(text, "betrunken").quote == text[:-1]


# -- "zum Notstandsgebiet erklärt": a declared status has no content; an infinitive after it is the narrator's ----


def test_an_infinitive_after_a_declared_status_is_no_statement() -> None:
    text = (
        "Das Rote Kreuz begann, den Menschen im Landkreis, den die Regierung zum Notstandsgebiet erklärt hatte, "
        "Decken zu bringen."
    )
    assert detect(text) == []


def test_erklaeren_keeps_its_infinitive_and_its_reported_clause() -> None:
    text = "Der Minister erklärte am Montag, die Steuern senken zu wollen."
    assert find(text, "Steuern").quote == "die Steuern senken zu wollen"
    text = "Die Regierung erklärte die Region am Montag zum Katastrophengebiet, die Lage sei dramatisch."
    assert find(text, "dramatisch").quote == "die Lage sei dramatisch"


# -- "Einen Streik anzudrohen ist …": a speech verb's zu-infinitive as the subject of "sein" is no cue ------------


def test_a_speech_verb_as_the_subject_infinitive_takes_no_complement() -> None:
    text = "Einen Streik anzudrohen ist ein starkes Mittel, mit dem man sich viele Gegner machen würde."
    assert detect(text) == []


def test_a_speech_verb_infinitive_after_its_adjective_keeps_its_complement() -> None:
    text = "Der Trainerin ist es ein Anliegen zu betonen, dass die Mannschaft fit sei."
    assert find(text, "Mannschaft").quote == "die Mannschaft fit sei"


# -- a cue in a fronted subordinate clause: its Konjunktiv complement ends before the main clause -----------------


def test_the_complement_in_a_fronted_subordinate_clause_ends_before_the_main_clause() -> None:
    text = "Nachdem der Minister erklärt hatte, die Lage sei ernst, verließ er den Saal."
    assert find(text, "Lage").quote == "die Lage sei ernst"
    text = "Weil die Ärztin gesagt hatte, das Kind sei gesund, fuhr die Familie nach Hause."
    assert find(text, "Kind").quote == "das Kind sei gesund"


def test_a_dass_clause_after_the_complement_is_no_main_clause() -> None:
    text = (
        "Wie ein Sprecher der Küstenwache mitteilte, habe man die Segler vorher per Funk gewarnt, dass sie sich "
        "in einem Sperrgebiet befänden."
    )
    assert find(text, "Segler").quote == text[text.index("habe") : -1]


# -- "…, was die Staatsanwaltschaft bestreitet": another party's word on the statement is not part of it ----------


def test_a_sentential_relative_clause_with_a_speech_verb_ends_the_statement() -> None:
    text = "Der Angeklagte erklärte, er sei unschuldig, was die Staatsanwaltschaft bestreitet."
    assert find(text, "unschuldig").quote == "er sei unschuldig"
    text = "Die Kassiererin sagte, das Geld sei verschwunden, was ihr Chef später bestätigte."
    assert find(text, "Geld").quote == "das Geld sei verschwunden"


def test_a_w_clause_in_the_konjunktiv_stays_in_the_statement() -> None:
    text = "Der Abgeordnete sagte, er wisse nicht, was die Partei dazu gesagt habe."
    assert find(text, "wisse").quote == "er wisse nicht, was die Partei dazu gesagt habe"


# -- "… wäre gern zum Gipfel gereist, war aber krank": the indicative sequel makes the Konjunktiv II counterfactual


def test_a_konjunktiv_ii_with_an_indicative_sequel_is_no_continuation() -> None:
    text = "Die Ministerin sagte, das Treffen sei wichtig. Sie wäre gern selbst zum Gipfel gereist, war aber erkrankt."
    assert [p.quote for p in detect(text)] == ["das Treffen sei wichtig"]


def test_a_konjunktiv_ii_continuation_with_an_indicative_subordinate_clause_goes_on() -> None:
    text = "Der Minister sagte, die Lage sei ernst. Die Techniker hätten den Fehler bemerkt, als es zu spät war."
    assert find(text, "Techniker").speaker == "Minister"
