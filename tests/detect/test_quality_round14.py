"""Wrong speakers found in the quality round 14 (SpkAtt train and unseen-news probes, fixed as classes): each
class with sentences of our own."""

from __future__ import annotations

from .detect_helpers import find

# -- "hieß es aus dem Haus": the house is the organisation that spoke just before ------------------------------------


def test_the_house_is_the_organisation_that_spoke_before() -> None:
    text = (
        "Die Reederei Nordlicht erklärte, die Fähre sei sicher gewesen. "
        "Man habe alle Vorschriften eingehalten, hieß es aus dem Haus."
    )
    p = find(text, "alle Vorschriften")
    assert (p.speaker, p.speaker_mention) == ("Nordlicht", "dem Haus")
    text = (
        "Die Sparkasse Elbtal wies den Vorwurf zurück, sie habe die Gebühren zu früh erhöht. "
        "Man prüfe die Rechnungen noch einmal, hieß es aus ihrem Haus."
    )
    assert find(text, "die Rechnungen").speaker == "Sparkasse Elbtal"


def test_the_house_of_a_name_is_that_name() -> None:
    text = "Man prüfe den Vorschlag sorgfältig, hieß es am Freitag aus dem Hause Brenner."
    assert find(text, "den Vorschlag").speaker == "Brenner"


def test_a_house_with_its_own_name_stays() -> None:
    text = "Man prüfe den Vorschlag sorgfältig, hieß es aus dem Weißen Haus."
    assert find(text, "den Vorschlag").speaker == "Weißen Haus"


# -- "hat Berichte zurückgewiesen, wonach …": a rejected report's content is the report's, not the rejecter's --------


def test_a_report_rejected_in_the_perfect_is_not_the_rejecters_claim() -> None:
    text = "Die Reederei Nordlicht hat Berichte zurückgewiesen, wonach die Fähre überladen gewesen sei."
    p = find(text, "überladen")
    assert (p.speaker, p.speaker_mention) == (None, "Berichte")
    text = "Der Verein hat Gerüchte dementiert, wonach der Trainer vor dem Abschied stehe."
    assert find(text, "vor dem Abschied").speaker is None


def test_a_rejected_report_with_its_holder_before_the_particle_is_the_holders() -> None:
    text = "Das Ministerium wies Berichte der Zeitung „Elbkurier“ zurück, wonach der Minister zurücktreten wolle."
    p = find(text, "zurücktreten wolle")
    assert (p.speaker, p.speaker_mention) == ("Elbkurier", "Berichte der Zeitung „Elbkurier“")
    text = "Die Reederei hat einen Bericht der „Küstenpost“ zurückgewiesen, wonach die Fähre überladen gewesen sei."
    assert find(text, "überladen").speaker == "Küstenpost"


def test_a_medium_holds_its_report() -> None:
    text = "Ein Bericht des Magazins „Weitblick“, wonach der Minister zurücktreten wolle, sorgte für Aufsehen."
    assert find(text, "zurücktreten wolle").speaker == "Weitblick"


# -- "…“, so der Chef des Vereins, Jan Holm.": an apposition closed by the sentence's last mark -------------------


def test_an_apposition_at_the_end_of_the_sentence_names_the_speaker() -> None:
    text = "„Das ist ein gutes Zeichen“, so der Geschäftsführer des Vereins, Jan Holm."
    p = find(text, "gutes Zeichen")
    assert (p.speaker, p.speaker_mention) == ("Jan Holm", "der Geschäftsführer des Vereins, Jan Holm")
    text = "Die Zahlen seien ermutigend, so die Sprecherin der Stadtwerke, Carla Wendt."
    p = find(text, "ermutigend")
    assert p.speaker == "Carla Wendt"
    assert "so die" not in p.quote


# -- "Ihre Meinung zu den Plänen: „…“": a possessive frame with its topic before a colon names its owner -----------


def test_a_possessive_frame_with_a_topic_before_a_colon_names_its_owner() -> None:
    text = "Die Trainerin Wiebke Sander lobte ihre Mannschaft. Ihre Meinung zum Schiedsrichter: „Er war schwach.“"
    p = find(text, "Er war schwach")
    assert (p.speaker, p.speaker_mention) == ("Wiebke Sander", "Ihre Meinung")


# -- "„…“ Das sagte der Kapitän der Fähre, Jan Holm, am Abend.": the pointer's subject keeps its apposition --------


def test_a_sentence_pointing_back_names_the_apposition() -> None:
    text = "„Wir haben alles versucht.“ Das sagte der Kapitän der Fähre, Ole Brandt, am Abend."
    p = find(text, "alles versucht")
    assert (p.speaker, p.speaker_mention) == ("Ole Brandt", "der Kapitän der Fähre, Ole Brandt")
    text = "Die Fähre sei sicher. Das erklärte die Sprecherin der Reederei, Ines Vogt, am Montag in Kiel."
    assert find(text, "Fähre sei sicher").speaker == "Ines Vogt"
    text = "„Wir haben alles versucht.“ Das sagte der Kapitän, als er an Land kam."
    assert find(text, "alles versucht").speaker == "Kapitän"


# -- "„…“ So der Kapitän.": "So" and a speaker phrase alone name the speaker of the statement before ---------------


def test_so_and_a_speaker_alone_name_the_statement_before() -> None:
    text = "„Die Fähre ist sicher.“ So der Kapitän der Fähre, Ole Brandt."
    p = find(text, "Fähre ist sicher")
    assert (p.speaker, p.speaker_mention) == ("Ole Brandt", "der Kapitän der Fähre, Ole Brandt")
    text = "Die Fähre sei sicher. So die Reederei."
    assert find(text, "Fähre sei sicher").speaker == "Reederei"


def test_so_and_a_phrase_that_cannot_speak_name_no_one() -> None:
    text = "Die Fähre sei sicher. So der Plan."
    assert find(text, "Fähre sei sicher").speaker is None
    text = "„Die Fähre ist sicher.“ So weit, so gut."
    assert find(text, "Fähre ist sicher").speaker is None


# -- common German given names: a role noun the lexicon does not know before one is no part of the name ----------


def test_a_common_north_german_given_name_opens_a_name() -> None:
    text = "Laut Deichgraf Hauke Petersen ist der Deich sicher."
    p = find(text, "Deich sicher")
    assert (p.speaker, p.speaker_mention) == ("Hauke Petersen", "Deichgraf Hauke Petersen")
    text = "Das Wasser sei warm, sagte Bademeisterin Frauke Lüders."
    assert find(text, "Wasser sei warm").speaker == "Frauke Lüders"


# -- "X Online": a medium's name, and the medium spoken to after a speaker ------------------------------------------


def test_an_online_medium_is_named_whole() -> None:
    text = "Zwei Menschen seien verletzt worden, berichtete Zeit Online."
    assert find(text, "verletzt worden").speaker == "Zeit Online"
    text = "Laut Zeit Online wurden zwei Menschen verletzt."
    assert find(text, "zwei Menschen").speaker == "Zeit Online"


def test_an_online_medium_after_the_speaker_is_the_one_spoken_to() -> None:
    text = "Das sei ein Skandal, sagte die Ministerin Spiegel Online."
    assert find(text, "ein Skandal").speaker == "Ministerin"
    text = "Das sei ein Skandal, sagte Ines Vogt Zeit Online."
    p = find(text, "ein Skandal")
    assert (p.speaker, p.speaker_mention) == ("Ines Vogt", "Ines Vogt")
