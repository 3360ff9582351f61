"""Classes of errors found by reading the detector's output on German news texts written for the purpose (police,
court, sport, agency copy with and without umlauts, local politics, interviews, science): one test (at least) per
class, each with sentences of our own."""

from __future__ import annotations

from .detect_helpers import find, quotes

# -- ›…‹ as the quotation marks of a text: a sentence ends before ›, as before » or „ --------------------------------


def test_single_guillemets_open_a_sentence_of_their_own() -> None:
    text = (
        "Nach dem Rennen zeigte sich Fahrer Luca Bertolini enttäuscht. ›Das Auto war nicht schnell genug‹, sagte "
        "der Italiener. ›Wir müssen jetzt hart arbeiten.‹"
    )
    first = find(text, "nicht schnell genug")
    assert first.quote == "Das Auto war nicht schnell genug"
    assert first.speaker == "Luca Bertolini"
    assert find(text, "hart arbeiten").speaker == "Luca Bertolini"
    assert "enttäuscht" not in " ".join(quotes(text))


# -- plural "sollten" after a statement: the stand-in for "sollen", like "könnten" (advice in police and consumer news)


def test_plural_sollten_goes_on_with_the_statement_before() -> None:
    text = (
        "Die Polizei warnt vor falschen Handwerkern. Diese gäben sich als Mitarbeiter der Stadtwerke aus, teilte "
        "die Polizeidirektion Ostheim mit. Ältere Menschen sollten niemanden in die Wohnung lassen, den sie nicht "
        "kennen."
    )
    assert find(text, "niemanden in die Wohnung").speaker == "Polizeidirektion Ostheim"
    text = (
        "Einer neuen Studie zufolge schlafen Jugendliche eine Stunde zu wenig. Das Smartphone spiele dabei eine "
        "Rolle, sagte der Schlafforscher Gerhard Immel. Eltern sollten Geräte nachts aus dem Kinderzimmer verbannen."
    )
    assert find(text, "Geräte nachts").speaker == "Gerhard Immel"


def test_sollten_with_a_word_of_a_past_plan_is_narration() -> None:
    text = (
        "„Wir sind im Zeitplan“, sagte Bauleiter Jan Rieck. Die Arbeiten an der Brücke sollten ursprünglich im Mai "
        "beginnen."
    )
    assert not any("ursprünglich" in q for q in quotes(text))


# -- a discipline ("die Ökonomin", "die Internistin") is an epithet for the person named last, whatever her office --


def test_a_discipline_noun_names_the_person_named_last_though_she_holds_an_office() -> None:
    text = (
        "Die Präsidentin der Ärztekammer, Dr. Hannelore Stübing, fordert eine Reform der Notfallversorgung. "
        "„So kann es nicht weitergehen“, sagte die Internistin."
    )
    assert find(text, "nicht weitergehen").speaker == "Hannelore Stübing"
    text = (
        "Professorin Dr. Elif Demirtaş von der Hochschule Bergstedt hält die Pläne für unrealistisch. Für einen "
        "solchen Ausbau fehlten schlicht die Fachkräfte, sagte die Ökonomin."
    )
    assert find(text, "fehlten schlicht").speaker == "Elif Demirtaş"
    text = "Rektor Tim Haas eröffnete die Tagung in Seeberg. Es gebe viel zu tun, sagte der Politologe."
    assert find(text, "viel zu tun").speaker == "Tim Haas"


def test_a_discipline_noun_the_text_used_before_for_someone_unnamed_is_not_the_person_named_last() -> None:
    text = (
        "Der Präsident des Instituts, Karla Benz, lobte den Plan. Eine Ökonomin der Landesbank sah das anders. "
        "Die Kosten seien zu hoch, sagte die Ökonomin."
    )
    assert find(text, "zu hoch").speaker != "Karla Benz"


# -- "Und weiter: „…“": a colon after words that only say the speaker goes on -----------------------------------------


def test_und_weiter_before_a_colon_goes_on_with_the_speaker_before() -> None:
    text = (
        "„Die Lage ist ernst“, sagte Bürgermeister Tobias Fenn. „Wir brauchen Hilfe vom Land.“ Und weiter: "
        "„Allein schaffen wir das nicht.“"
    )
    assert find(text, "Allein schaffen").speaker == "Tobias Fenn"
    text = "Trainer Uwe Rau lobte sein Team. „Das war stark“, sagte Rau. Außerdem: „Wir bleiben demütig.“"
    assert find(text, "demütig").speaker == "Uwe Rau"


def test_weiter_before_a_colon_with_no_quotation_before_is_no_continuation() -> None:
    assert quotes("Weiter: „Sommerregen“") == []


# -- "Wer …, (der) greife … an, sagte X": a fronted free relative clause before the reported main clause -----------


def test_a_fronted_wer_clause_taken_up_by_der_is_part_of_the_statement() -> None:
    text = "Wer jetzt nicht handle, der mache sich mitschuldig, sagte Minister Jan Roth in Feldheim."
    p = find(text, "mitschuldig")
    assert p.quote == "Wer jetzt nicht handle, der mache sich mitschuldig"
    assert p.speaker == "Jan Roth"


def test_the_subjunctive_of_greifen_and_its_particle_verbs_marks_reported_speech() -> None:
    text = (
        "Die Justizministerin Sabine Hartkopf-Ilić will härtere Strafen für Angriffe auf Rettungskräfte. Wer Helfer "
        "angreife, greife die ganze Gesellschaft an, sagte die SPD-Politikerin."
    )
    assert find(text, "ganze Gesellschaft").speaker == "Sabine Hartkopf-Ilić"
    assert find("Die Polizei greife nur im Notfall ein, sagte Jan Roth.", "Notfall").speaker == "Jan Roth"


# -- "…, kritisieren sie": a plural "sie" takes up a subject with "die" whose verb is plural ("Die Eltern sind …") --


def test_plural_sie_takes_up_a_group_whose_verb_before_was_plural() -> None:
    text = (
        "Die Eltern der Grundschule Sonnenhang sind empört. Die Stadt habe sie viel zu spät über die Schließung "
        "informiert, kritisieren sie."
    )
    assert find(text, "viel zu spät").speaker == "Eltern der Grundschule Sonnenhang"
    text = "Die Anwohner der Lindenallee fordern Tempo 30. Der Lärm sei unerträglich, sagen sie."
    assert find(text, "unerträglich").speaker == "Anwohner der Lindenallee"


def test_plural_sie_does_not_take_up_a_singular_subject_with_die() -> None:
    text = "Die Anwohnerin Helga Paschke ist empört. Die Stadt habe zu spät informiert, kritisieren sie."
    assert find(text, "zu spät").speaker != "Helga Paschke"


# -- "Frage: Frau Professorin Engel, …" / "Antwort: …": an address with titles names the interviewee ----------------


def test_an_address_with_a_title_names_who_gives_the_answers() -> None:
    text = (
        "Frage: Frau Professorin Engel, wie gefährlich ist das neue Virus?\n"
        "Antwort: Nach allem, was wir wissen, ist es nicht gefährlicher als die bekannten Varianten.\n"
        "Frage: Müssen wir uns Sorgen machen?\n"
        "Antwort: Sorgen nicht, aber Vorsicht ist angebracht."
    )
    assert find(text, "nicht gefährlicher").speaker == "Engel"
    assert find(text, "Vorsicht ist angebracht").speaker == "Engel"
    text = (
        "Herr Dr. Balzer, Ihr Verein steht auf einem Abstiegsplatz. Wie wollen Sie die Wende schaffen?\n\n"
        "Balzer: Wir müssen an uns glauben. Die Mannschaft hat Qualität.\n\n"
        "Denken Sie an Rücktritt?\n\n"
        "Balzer: Nein. Ich bin kein Typ, der davonläuft."
    )
    assert find(text, "kein Typ").speaker == "Balzer"


# -- verbs of manner after a quotation in sport reports: "haderte", "jammerte", "moserte", "unkte" ----------------


def test_verbs_of_manner_after_a_quotation_are_cues() -> None:
    text = "„Der Schiedsrichter hat uns zwei Elfmeter verweigert“, haderte Coach Dragan Ilić. „Das ist bitter.“"
    assert find(text, "zwei Elfmeter").speaker == "Dragan Ilić"
    assert find(text, "Das ist bitter").speaker == "Dragan Ilić"
    text = "„Der Platz war ein Acker“, moserte Kapitän Timo Brink nach dem 1:1 in Westerfeld."
    assert find(text, "ein Acker").speaker == "Timo Brink"


def test_hadern_with_something_is_no_cue() -> None:
    assert quotes("Der Stürmer haderte lange mit der Entscheidung des Trainers.") == []
