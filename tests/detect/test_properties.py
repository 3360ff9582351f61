"""Property tests: on any text the detector returns well-formed, non-overlapping proposals."""

from __future__ import annotations

from dataclasses import fields

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotetool.detect import Proposal, detect

from .detect_helpers import PIECES

german_like = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)
# the pieces with arbitrary characters between them: marks and letters in combinations no piece list foresees
german_and_noise = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=3)), max_size=60).map("".join)
# terminal escape codes and other control characters inside names and cues
CONTROLS = ["\x1b]52;c;aGFsbG8=\x07", "\x1b[31m", "\x07", "\x00", "\x9b", "\x7f", "\x1b"]
german_with_controls = st.lists(st.sampled_from(PIECES + CONTROLS), max_size=60).map("".join)
any_text = st.text(max_size=400)


def check(text: str, props: list[Proposal]) -> None:
    last_end = -1
    for p in props:
        assert 0 <= p.start < p.end <= len(text)
        assert p.quote == text[p.start : p.end]
        assert p.start >= last_end, "proposals overlap or are out of order"
        last_end = p.end
        assert 0.0 <= p.confidence <= 1.0
        for s, e in p.parts:
            assert p.start <= s < e <= p.end
        for name in (p.speaker or "", p.speaker_mention or ""):
            assert not any(ord(c) < 32 or 127 <= ord(c) < 160 for c in name), f"control character in {name!r}"
        if p.mention_start is not None:
            assert 0 <= p.mention_start < p.mention_end <= len(text)
            assert p.speaker_mention == text[p.mention_start : p.mention_end]
        if p.cue_start is not None:
            assert 0 <= p.cue_start < p.cue_end <= len(text)
            assert p.cue == text[p.cue_start : p.cue_end]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_text)
def test_arbitrary_text(text: str) -> None:
    check(text, detect(text))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(german_like)
def test_german_like_text(text: str) -> None:
    check(text, detect(text))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(german_and_noise)
def test_german_text_with_noise(text: str) -> None:
    check(text, detect(text))


def test_a_mention_never_takes_in_a_control_character() -> None:
    # found by fuzzing: a quoted source after "laut" took the control character before its closing mark
    text = "sagte laut„Demnach\x1f“"
    check(text, detect(text))
    assert [p.speaker_mention for p in detect(text)] == ["„Demnach"]


def test_a_quotation_of_letters_and_marks_only() -> None:
    # found by fuzzing: a phrase of nothing but dots and a quotation left the name parser with no words
    text = ':„e")A'
    check(text, detect(text))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join))
def test_detect_is_deterministic_and_pure(text: str) -> None:
    assert detect(text) == detect(text)


def test_proposal_fields_keep_the_order_the_detector_builds_them_in() -> None:
    # detector._proposal passes the fields positionally (faster compiled); several neighbours share a type,
    # so a reordered field would shift values silently: reorder both together
    assert [f.name for f in fields(Proposal)] == [
        "start",
        "end",
        "quote",
        "kind",
        "rule",
        "confidence",
        "speaker",
        "speaker_mention",
        "mention_start",
        "mention_end",
        "cue",
        "cue_start",
        "cue_end",
        "parts",
        "learned",
    ]
    (p,) = detect("Die Ministerin Anna Roth sagte: „Wir handeln jetzt.“")
    assert (p.quote, p.kind, p.rule, p.speaker, p.speaker_mention, p.cue) == (
        "Wir handeln jetzt.",
        "direct",
        "direct-cue-before",
        "Anna Roth",
        "Die Ministerin Anna Roth",
        "sagte",
    )


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(german_with_controls)
def test_german_text_with_control_characters(text: str) -> None:
    check(text, detect(text))


def test_a_name_joined_to_its_neighbours_by_a_control_character_gives_no_speaker() -> None:
    """ "der\x1fal-Said": the words a control character joins are no name; the mention stops before it."""
    text = "Nach Angaben der\x1fal-Saidzu kam es zu dem Schluss, die Lage sei ernst."
    props = detect(text)
    check(text, props)
    assert props and all(p.speaker is None or "\x1f" not in p.speaker for p in props)
