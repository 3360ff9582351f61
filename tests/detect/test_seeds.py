"""The two seed articles (one visit, three spellings of the minister) give the expected speakers."""

from __future__ import annotations

from pathlib import Path

from quotetool.detect import Kind, detect, name_key

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _by_phrase(text: str, phrase: str):
    i = text.index(phrase)
    hits = [p for p in detect(text) if p.start <= i < p.end]
    assert len(hits) == 1, phrase
    return hits[0]


def test_first_seed_speakers() -> None:
    text = (SEEDS / "000_4df69229d299b9a4.txt").read_text(encoding="utf-8")
    expect = {
        "Heute entwickeln sich die freundschaftlichen": ("Belousov", Kind.DIRECT),
        "Wir freuen uns auf eine enge": ("Belousov", Kind.DIRECT),
        "die heutigen Gespräche die strategische": ("Belousov", Kind.MIXED),
        "Belousow Gespräche mit der militärischen": ("Verteidigungsministerium", Kind.INDIRECT),
        "auch das Szenario einer Soldatensendung": ("Moskau", Kind.INDIRECT),
    }
    for phrase, (key, kind) in expect.items():
        p = _by_phrase(text, phrase)
        assert name_key(key) in name_key(p.speaker), (phrase, p.speaker)
        assert p.kind is kind, phrase
    assert not any("Anzeige" in p.quote or "Quelle" in p.quote for p in detect(text))


def test_second_seed_speakers() -> None:
    text = (SEEDS / "002_e0dc290022d93635.txt").read_text(encoding="utf-8")
    expect = {
        "Im Rahmen des offiziellen Besuchs": "Militärressort",
        "die Zusammenarbeit zwischen Moskau und Pjöngjang im": "Belousov",
        "Heute werden die freundschaftlichen": "Belousov",
        "die heutigen Gespräche dazu dienen": "Belousov",
        "Diese kontinuierlich zu stärken": "No Kwang",
        "der Austausch und die Zusammenarbeit": "No Kwang",
        "Wir wissen das zu schätzen": "No Kwang",
        "ein Schlüsselmoment für den Austausch": "No Kwang",
    }
    for phrase, key in expect.items():
        p = _by_phrase(text, phrase)
        assert name_key(key) in name_key(p.speaker), (phrase, p.speaker)
    assert not any("Mehr zum Thema" in p.quote or "Spitzenbeamten" in p.quote for p in detect(text))


def test_seed_spellings_group_under_one_key() -> None:
    speakers = set()
    for f in sorted(SEEDS.glob("*.txt")):
        for p in detect(f.read_text(encoding="utf-8")):
            if p.speaker and "belou" in p.speaker.lower():
                speakers.add(name_key(p.speaker.split()[-1]))
    assert speakers == {"belousov"}
