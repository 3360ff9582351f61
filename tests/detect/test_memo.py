"""The detector's word memos stay bounded, and a full memo being emptied never changes what is detected."""

from __future__ import annotations

from quotetool.detect import detect
from quotetool.detect.memo import WORD_MEMO, remember

ARTICLE = (
    "Die Bürgermeisterin Anna Keller sagte am Montag: „Wir bauen die Brücke neu.“ "
    "Die Kosten seien bislang nicht gedeckt, erklärte Keller. Laut dem Landratsamt fehlen zwei Millionen Euro.\n"
    "Man werde die Pläne im Herbst vorlegen. Nach Angaben der Polizei blieb die Straße gesperrt."
)


def test_a_full_memo_is_emptied_before_it_grows_further() -> None:
    memo: dict[str, int] = {}
    for i in range(WORD_MEMO + 10):
        assert remember(memo, f"wort{i}", i) == i
        assert len(memo) <= WORD_MEMO
    assert memo["wort" + str(WORD_MEMO + 9)] == WORD_MEMO + 9


def test_detection_is_the_same_after_every_memo_has_been_emptied() -> None:
    from quotetool.detect import coref, detector, indirect, lexicon, speakers

    before = [p.to_dict() for p in detect(ARTICLE)]
    assert before, "the article itself has quotes"
    # more distinct words than a memo holds, asked of each memoised test: every memo fills and is emptied
    # at least once (the compiled build runs the same code)
    for i in range(WORD_MEMO + 100):
        word = f"bleibe{i}e"
        coref._run_plan(f"Anna Kraus{i}")
        speakers._kind_of_word(f"Wortart{i}")
        lexicon.head_of(f"Sprecherin{i}")
        indirect._may_be_mood(word)
        detector._continuing_word(word)
        detector._may_be_subjunctive_e(word)
    memos = (
        coref._PLANS,
        speakers._KIND_SEEN,
        lexicon._HEADS_SEEN,
        indirect._MOOD_SEEN,
        detector._CONTINUING_SEEN,
        detector._SUBJUNCTIVE_E_SEEN,
    )
    assert all(0 < len(m) <= WORD_MEMO for m in memos)
    assert [p.to_dict() for p in detect(ARTICLE)] == before
