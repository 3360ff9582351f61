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
