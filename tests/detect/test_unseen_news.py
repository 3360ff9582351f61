"""Classes of errors found by reading the detector's output on news articles written for the purpose (not from
any gold file): one test (at least) per class, each with sentences of our own."""

from __future__ import annotations

from quotetool.detect import lexicon

from .detect_helpers import find

# -- a general role noun refers back to an office with an umlaut ------------------------------------------------


def test_general_role_noun_refers_back_to_an_office_written_with_an_umlaut() -> None:
    text = (
        "Ministerpräsidentin Ute Kallweit besuchte am Morgen die überflutete Altstadt. "
        '"Das Land lässt niemanden allein", sagte die SPD-Politikerin.'
    )
    assert find(text, "niemanden allein").speaker == "Ute Kallweit"
    text = (
        "Oberbürgermeister Jens Albrecht eröffnete die neue Brücke. "
        "Sie sei zwei Jahre früher fertig geworden als geplant, sagte der Politiker."
    )
    assert find(text, "zwei Jahre").speaker == "Jens Albrecht"


def test_general_role_nouns_keep_their_specific_roles_in_both_spellings() -> None:
    """The umlaut-free copy of a line of role_hypernyms.txt adds to the line, it does not replace it."""
    for general in ("politiker", "manager"):
        specific = lexicon.ROLE_HYPERNYMS[general]
        umlauted = {w for w in specific if any(c in w for c in "äöüß")}
        assert umlauted, general
        assert {lexicon.umlaut_free(w) for w in umlauted} <= specific
