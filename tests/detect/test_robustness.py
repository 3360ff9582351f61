"""Long and hostile inputs: the detector stays linear and bounded."""

from __future__ import annotations

import time

from quotetool.detect import detect
from quotetool.detect.marks import MAX_QUOTE_CHARS


def _sentences(n: int) -> str:
    parts = []
    for i in range(n):
        parts.append(
            f"Der Rat tagte am Montag zum {i}. Mal. „Wir sind weiter“, sagte Ida Brenner. "
            f"Die Lage sei ruhig, teilte die Polizei mit. "
        )
    return "".join(parts)


def test_long_document_without_paragraph_breaks_finishes() -> None:
    text = _sentences(1500)  # about 200 KB in one paragraph
    t0 = time.perf_counter()
    props = detect(text)
    assert time.perf_counter() - t0 < 30
    assert len(props) >= 2 * 1500
    assert all(p.quote == text[p.start : p.end] for p in props)


def test_no_sentence_punctuation_at_all() -> None:
    text = "die Lage sei ernst und der Minister betonte dass alles gut werde und laut Polizei sei nichts " * 2000
    props = detect(text)
    assert all(p.end - p.start <= 1500 for p in props)


def test_a_quote_never_runs_longer_than_the_cap() -> None:
    text = "Sie sagte: „" + "Das ist ein langer Satz ohne Ende. " * 400 + "“ Danach ging sie."
    assert all(p.end - p.start <= MAX_QUOTE_CHARS for p in detect(text))


def test_empty_and_blank_texts() -> None:
    assert detect("") == []
    assert detect("   \n\n\t ") == []
    assert detect("„“") == []


def test_terminal_escape_codes_never_end_up_in_a_speaker() -> None:
    # issue 15: "Peter Müller\x1b]52;c;…" was the speaker's name
    for text in (
        "„Die Lage ist ernst“, sagte Peter Müller\x1b]52;c;aGFsbG8=\x07 am Montag.",
        "Die Lage sei ernst, sagte Peter Müller\x1b[31m.",
        "„Wir warten ab“, sagte Anna\x07 Roth.",
    ):
        (p,) = detect(text)
        assert p.speaker is not None and p.speaker_mention is not None
        assert p.speaker.isprintable() and p.speaker_mention.isprintable(), (p.speaker, p.speaker_mention)
        assert p.speaker_mention == text[p.mention_start : p.mention_end]
