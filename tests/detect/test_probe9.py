"""Classes of errors found by reading the detector's output on German news written for the purpose (obituaries and
anniversaries, science releases, parliamentary debates, sports, court verdicts, consumer news, English quotes,
groups): one test (at least) per class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import detect

from .detect_helpers import find

# -- two full names on one surname with different first words are two people, a listed given name or not ----------


def test_a_relative_with_another_given_name_is_another_person() -> None:
    for text, cue, want in (
        (
            "Zum 100. Geburtstag des Dichters Anselm Brückl-Hahn erinnert seine Enkelin an ihn. "
            "„Großvater hat nie über Geld gesprochen“, sagt Merle Brückl-Hahn.",
            "Geld",
            "Merle Brückl-Hahn",
        ),
        (
            "Der Winzer Arnulf Tressel übergibt den Hof. Sein Sohn Wendelin Tressel sagte, er freue sich darauf.",
            "freue",
            "Wendelin Tressel",
        ),
        (
            "Der Förster Volkmar Gersdorf ist gestorben. Er sei friedlich eingeschlafen, sagte Sabine Gersdorf.",
            "eingeschlafen",
            "Sabine Gersdorf",
        ),
    ):
        p = find(text, cue)
        assert p.speaker == want, (text, p.speaker)


def test_the_same_person_named_again_is_kept() -> None:
    text = "Die Forscherin Maria Venske legt eine Studie vor. „Das überrascht uns“, sagte Venske."
    assert find(text, "überrascht").speaker == "Maria Venske"
    text = "Ministerin Maria Venske sprach zuerst. „Das ist gut“, sagte Maria Venske später."
    assert find(text, "gut").speaker == "Maria Venske"


# -- a relative clause on the speaker that closes with "möchte(n)" is a wish, no report ----------------------------


def test_a_relative_clause_with_moechte_after_the_speaker_is_no_quote() -> None:
    for text in (
        "„Wir können kaum noch schlafen“, sagt eine Mieterin, die ihren Namen nicht nennen möchte.",
        "„Das war ein Schock“, sagte ein Nachbar, der anonym bleiben möchte.",
        "„Hier fährt keiner langsam“, erzählen zwei Schüler, die nicht fotografiert werden möchten.",
    ):
        quotes = [p.quote for p in detect(text)]
        assert len(quotes) == 1, (text, quotes)


def test_a_reported_relative_clause_in_the_konjunktiv_stays() -> None:
    text = "„Wir machen weiter“, sagte die Ministerin, die Reform sei nicht gescheitert."
    assert find(text, "Reform").speaker == "Ministerin"


# -- a short note in brackets between a quotation and its cue (a translation, "(lacht)") ----------------------------


def test_a_translation_in_brackets_between_quote_and_cue() -> None:
    for text, cue, want in (
        (
            "„We will be back“ (Wir kommen zurück), sagte Trainer Gareth Pomfrey nach dem Spiel.",
            "back",
            "Gareth Pomfrey",
        ),
        (
            "„I feel at home here“ (Ich fühle mich hier zu Hause), schrieb die Sängerin Tilly Marsden.",
            "home",
            "Tilly Marsden",
        ),
        ("„Das war knapp“ (lacht), sagte Torhüter Ole Fenske.", "knapp", "Ole Fenske"),
    ):
        p = find(text, cue)
        assert p.speaker == want, (text, p.speaker)
        assert p.kind == "direct" and "(" not in p.quote, p.quote


def test_a_bracket_after_a_title_without_a_cue_is_no_quote() -> None:
    text = "Die App „Fresh Start“ (Neuanfang), die seit Mai erhältlich ist, wird oft geladen."
    assert not [p for p in detect(text) if "Fresh" in p.quote]
