"""Wrong speakers found in the quality round 13 (read on SpkAtt train, fixed as classes): each class with
sentences of our own."""

from __future__ import annotations

from .detect_helpers import find

# -- "seiner Meinung nach": the phrase that names the source is the frame noun with its owner ---------------------


def test_a_possessive_frame_names_its_noun_as_the_source_phrase() -> None:
    intro = "Stadtrat Jonas Weller kritisierte den Haushaltsplan scharf. "
    p = find(intro + "Seiner Meinung nach fehlt das Geld für die Schulen.", "das Geld")
    assert (p.speaker, p.speaker_mention) == ("Jonas Weller", "Seiner Meinung")
    intro = "Die Ärztin Lena Brandt warnte vor der Grippewelle. "
    p = find(intro + "Ihrer Ansicht nach sind die Kliniken schlecht vorbereitet.", "Kliniken")
    assert (p.speaker, p.speaker_mention) == ("Lena Brandt", "Ihrer Ansicht")
