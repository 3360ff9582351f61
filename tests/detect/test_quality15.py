"""Wrong or empty speakers found in the quality round 15 (read on SpkAtt train, fixed as classes): each class
with sentences of our own."""

from __future__ import annotations

from .detect_helpers import find

# -- "Die Alliierten hatten Widerspruch eingelegt, weil …": a capitalised noun after the verb is no subject -----


def test_a_nominalised_group_before_its_verb_stays_the_subject() -> None:
    text = "Die Alliierten hatten Widerspruch eingelegt, weil die Grenze nicht gesichert sei."
    p = find(text, "nicht gesichert")
    assert (p.speaker, p.speaker_mention) == ("Alliierten", "Die Alliierten")
    text = "Die Verbündeten hatten Protest eingelegt, weil der Vertrag gebrochen worden sei."
    assert find(text, "Vertrag gebrochen").speaker == "Verbündeten"
