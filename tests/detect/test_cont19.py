"""Round 19 (cont19): the speakers continuations inherit (sentences in the Konjunktiv I with no cue of their own)."""

from __future__ import annotations

from .detect_helpers import find

# -- speech that is only supposed names no one the next sentences go on quoting ---------------------------------------


def test_a_supposed_speech_between_keeps_the_speaker_before() -> None:
    for between in (
        "Wenn Kronstadt damals geklagt hätte, hätte man wohl keine Einigung erreicht.",
        "Falls die Gewerkschaft protestiert hätte, wäre der Plan gescheitert.",
        "Der Verband hätte früher warnen müssen.",
    ):
        text = (
            "Der frühere Landrat Egon Wiesmeyer wies die Vorwürfe zurück: Der Kreistag habe sich damals gegen eine "
            f"Klage entschieden. {between} Die Entscheidung habe auch die Opposition mitgetragen."
        )
        assert find(text, "auch die Opposition").speaker == "Egon Wiesmeyer", between


def test_a_reported_speech_between_names_the_next_speaker() -> None:
    text = (
        "Der frühere Landrat Egon Wiesmeyer wies die Vorwürfe zurück: Der Kreistag habe sich damals gegen eine Klage "
        "entschieden. Die Gewerkschaft protestierte dagegen heftig. Die Entscheidung sei ein Fehler gewesen."
    )
    assert find(text, "ein Fehler").speaker == "Gewerkschaft"


# -- a resumed statement shows the nearest words for its speaker ------------------------------------------------------

_RESUMED = (
    "Die Verkehrsministerin Berta Kellermayr hat am Montag erklärt, dass die Brücke gesperrt bleibe. Die Reparatur "
    "koste mindestens zwei Millionen Euro. Spekulationen, wonach ein Abriss nötig werde, wies {who} zurück. Der "
    "Schaden werde derzeit von Gutachtern untersucht."
)


def test_a_resumed_statement_shows_the_speaker_named_again_in_between() -> None:
    p = find(_RESUMED.format(who="die Ministerin"), "Gutachtern")
    assert (p.rule, p.speaker, p.speaker_mention) == (
        "subjunctive-continuation-resumed",
        "Berta Kellermayr",
        "die Ministerin",
    )


def test_someone_else_named_in_between_is_not_the_resumed_mention() -> None:
    p = find(_RESUMED.format(who="der Bürgermeister"), "Gutachtern")
    assert p.speaker_mention == "Die Verkehrsministerin Berta Kellermayr"


# -- a narrated clause of the continuation's own sentence names the one who goes on --------------------------------

_BEFORE = "Die Stadträtin Carla Imhof hatte gesagt, das Bad werde saniert. "


def test_a_named_person_whose_act_the_sentence_narrates_speaks_its_konjunktiv() -> None:
    for sentence, phrase in (
        ("Kämmerer Jonas Weyrich lehnt einen Verkauf des Bades ab, eine Sanierung werde geprüft.", "Sanierung"),
        (
            "Am Dienstag hatte Bürgermeister Jonas Weyrich überraschend versichtert, die Schließung komme nicht.",
            "komme",
        ),
        ("Kämmerer Jonas Weyrich lehnt einen Verkauf ab, eine Sanierung ist teuer und werde geprüft.", "teuer"),
    ):
        assert find(_BEFORE + sentence, phrase).speaker == "Jonas Weyrich", sentence


def test_what_was_said_of_or_done_to_a_named_person_is_not_theirs() -> None:
    for sentence, phrase in (
        ("Der Architekt Jonas Weyrich wurde 1960 in Linz geboren, er habe das Bad damals entworfen.", "entworfen"),
        ("Der Bademeister Jonas Weyrich soll gekündigt haben, ein Nachfolger fehle noch.", "Nachfolger"),
    ):
        assert find(_BEFORE + sentence, phrase).speaker == "Carla Imhof", sentence


# -- a question to someone it addresses is the asker's: it inherits no speaker ----------------------------------------

_SAID = "Die Ministerin Karla Brenner sagte, das Bad werde saniert. "


def test_a_question_to_the_addressee_takes_no_speaker_from_before() -> None:
    for question, phrase in (
        ("Wie stehen Sie zu dem Vorschlag, das Bad solle schließen?", "solle schließen"),
        ("Was sagst du zu dem Vorschlag, das Bad solle schließen?", "solle schließen"),
    ):
        assert find(_SAID + question, phrase).speaker is None, question


def test_a_reported_question_without_addressee_goes_on_with_the_speaker() -> None:
    assert find(_SAID + "Wer solle das bezahlen?", "bezahlen").speaker == "Karla Brenner"


def test_a_konjunktiv_about_the_narrated_person_stays_with_the_speaker_before() -> None:
    text = (
        "Die Polizei teilte mit, der Wagen sei von der Straße abgekommen. Der Fahrer Jonas Weyrich verlor die "
        "Kontrolle, und er sei zu schnell gefahren."
    )
    assert find(text, "zu schnell").speaker == "Polizei"
