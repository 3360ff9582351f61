"""Speakers named only in the following sentence (issue 14 item 6): a statement without a speaker takes the one
a sentence pointing back at it names ("Das sagte X", "So äußerte sich X", "Mit diesen Worten …")."""

from __future__ import annotations

import pytest

from quotetool.detect import detect

_STATEMENT = "Die Brücke sei seit Jahren marode."
_QUOTE = "„Wir bauen die Brücke neu.“"


@pytest.mark.parametrize(
    "pointer",
    [
        "Das erklärte die Bürgermeisterin Anna Weber am Montag.",
        "So äußerte sich die Bürgermeisterin Anna Weber am Montag.",
        "Darauf wies die Bürgermeisterin Anna Weber am Montag hin.",
        "Diese Ansicht vertritt die Bürgermeisterin Anna Weber.",
        "Mit diesen Worten wandte sich die Bürgermeisterin Anna Weber an die Presse.",
    ],
)
def test_reported_statement_takes_the_speaker_named_after_it(pointer: str) -> None:
    (p,) = detect(_STATEMENT + " " + pointer)
    assert (p.quote, p.speaker, p.rule) == ("Die Brücke sei seit Jahren marode", "Anna Weber", "named-after")
    assert p.speaker_mention is not None and p.speaker_mention.endswith("Bürgermeisterin Anna Weber")


def test_quotation_takes_the_speaker_named_after_it_and_continuations_follow() -> None:
    text = _QUOTE + " Mit diesen Worten eröffnete Bürgermeisterin Anna Weber die Sitzung. Der Bau koste viel Geld."
    first, second = detect(text)
    assert (first.quote, first.speaker, first.rule) == ("Wir bauen die Brücke neu.", "Anna Weber", "direct-named-after")
    assert (second.speaker, second.rule) == ("Anna Weber", "subjunctive-continuation")


def test_a_claim_the_text_gives_nobody_stays_unsourced() -> None:
    (p,) = detect("Es wird befürchtet, dass die Brücke einstürzt. Das sagte Anna Weber.")
    assert p.rule == "impersonal-clause" and p.speaker is None


def test_a_statement_with_a_speaker_keeps_it() -> None:
    text = "Der Kämmerer Jens Hollmann sagte, die Brücke sei marode. Das bestätigte auch Anna Weber."
    (p,) = detect(text)
    assert p.speaker == "Jens Hollmann"


def test_narration_after_a_statement_names_nobody() -> None:
    (p,) = detect(_STATEMENT + " So kam es, dass die Stadt lange wartete.")
    assert p.speaker is None
