"""The small steps the detector's long functions were split into, each called alone on a phrase or sentence of
our own making."""

from __future__ import annotations

from quotetool.detect import speakers as sp
from quotetool.detect.tokens import Tok


def _caps(text: str) -> list[Tok]:
    """One token per space-separated word of ``text``, with its offsets."""
    toks: list[Tok] = []
    at = 0
    for word in text.split(" "):
        toks.append(Tok(at, at + len(word), word, word.lower()))
        at += len(word) + 1
    return toks


# --- speakers._classify ---------------------------------------------------------------------------------


def test_leading_titles_take_titles_and_roles_and_pass_over_a_genitive_before_a_role() -> None:
    mods: list[str] = []
    assert sp._leading_titles(_caps("Frau Professorin Petra Lindner"), mods) == ("f", ["Frau", "Professorin"], 2)
    assert mods == []
    gender, roles, idx = sp._leading_titles(_caps("Bayerns Innenminister Jonas Kramer"), mods)
    assert (gender, roles, idx) == ("m", ["Innenminister"], 2)
    assert mods == [sp._stem("Bayerns")]
    # a role noun as the last word is the head, not a title
    assert sp._leading_titles(_caps("Innenminister"), []) == ("?", [], 0)


def test_modifies_role_ahead_needs_a_role_noun_within_two_words() -> None:
    caps = _caps("Bayerns Innenminister")
    assert sp._modifies_role_ahead(caps, 0, "Bayerns")
    assert not sp._modifies_role_ahead(_caps("Bayerns Wälder"), 0, "Bayerns")
    assert not sp._modifies_role_ahead(_caps("Jonas Innenminister"), 0, "Jonas")  # a first name
    assert not sp._modifies_role_ahead(caps, 1, "Innenminister")  # nothing ahead


def test_from_first_name_starts_the_name_at_an_inner_first_name() -> None:
    caps = _caps("Hamburgs Erster Bürgermeister Stefan Hartmann")
    assert [t.text for t in sp._from_first_name(caps)] == ["Stefan", "Hartmann"]
    caps = _caps("Stefan Hartmann")
    assert sp._from_first_name(caps) == caps
    caps = _caps("Deutsche Stefan")  # only between the first and the last word
    assert sp._from_first_name(caps) == caps


def test_classify_last_reads_an_age_a_name_or_a_noun() -> None:
    text = "die 47-Jährige"
    m = sp._classify_last(text, 0, len(text), "die", "47-Jährige", [], "?", [], None)
    assert (m.kind, m.head, m.age, m.gender) == ("role", "jährige", 47, "f")
    text = "Ministerin Vogel"
    m = sp._classify_last(text, 0, len(text), "", "Vogel", ["Ministerin"], "f", [], None)
    assert (m.kind, m.name, m.role, m.gender) == ("name", "Vogel", "Ministerin", "f")
    text = "der Sprecher"
    m = sp._classify_last(text, 0, len(text), "der", "Sprecher", [], "?", [], None)
    assert (m.kind, m.head, m.gender, m.name) == ("role", "sprecher", "m", "")


def test_classify_several_tells_a_persons_name_from_an_organisations() -> None:
    text = "Kanzlerin Petra Lindner"
    caps = _caps(text)
    m = sp._classify_several(text, 0, len(text), "", caps[1:], ["Kanzlerin"], "f", [], None)
    assert (m.kind, m.name, m.head, m.role, m.gender) == ("name", "Petra Lindner", "Lindner", "Kanzlerin", "f")
    text = "die Grüne Jugend"
    m = sp._classify_several(text, 0, len(text), "die", _caps("Grüne Jugend"), [], "?", [], None)
    assert (m.kind, m.name, m.head) == ("other", "Grüne Jugend", "jugend")


def test_phrase_builders_fill_the_mention_fields() -> None:
    text = "der 61-jährige"
    m = sp._age_phrase(text, 0, len(text), "der", "61-jährige", ["x"], 61)
    assert m == sp.Mention(0, len(text), text, "role", "jährige", det="der", gender="m", modifiers=("x",), age=61)
    text = "Dr. Ute Brandt"
    m = sp._name_phrase(text, 0, len(text), "", "Ute Brandt", "Brandt", "f", [], None, ["Dr"])
    assert m == sp.Mention(0, len(text), text, "name", "Brandt", name="Ute Brandt", gender="f", role="Dr")
    text = "die Lage"
    m = sp._noun_phrase(text, 0, len(text), "die", "Lage", "other", "lage", [], None)
    assert (m.kind, m.head, m.gender) == ("other", "lage", "f")
