"""The benchmark corpus generator (benchmarks/corpus_gen.py): deterministic, and its quote templates are
German quote constructions the real detector reads as quotes of the speaker the template put there."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

from quotetool.detect import detect, fold


def _load_generator():
    """benchmarks/ is no package: load the module from its file (registered, as dataclasses need)."""
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus_gen.py"
    spec = importlib.util.spec_from_file_location("corpus_gen", path)
    assert spec is not None and spec.loader is not None
    module = sys.modules.setdefault("corpus_gen", importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)
    return module


corpus_gen = _load_generator()

SAMPLE = 60  # articles, about 200 KB and 900 quotes


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another() -> None:
    first = list(corpus_gen.generate(30, seed=3))
    assert first == list(corpus_gen.generate(30, seed=3))
    assert first[:10] == list(corpus_gen.generate(10, seed=3))  # a smaller corpus is the start of a larger one
    assert first[20:] == list(corpus_gen.generate(10, seed=3, start=20))
    other = list(corpus_gen.generate(30, seed=4))
    assert all(a[1] != b[1] for a, b in zip(first, other, strict=True))
    assert len({text for _, text in first}) == 30  # every article is new to the importer's de-duplication


def test_names_are_unique_files_in_folders_of_a_thousand() -> None:
    assert corpus_gen.name(0) == "0000/a0000000.txt"
    assert corpus_gen.name(1234) == "0001/a0001234.txt"
    names = [name for name, _ in corpus_gen.generate(1500)]
    assert len(set(names)) == 1500


def test_articles_have_realistic_length_and_shape() -> None:
    texts = [text for _, text in corpus_gen.generate(300, seed=5)]
    sizes = [len(t.encode("utf-8")) for t in texts]
    assert 3000 <= sum(sizes) / len(sizes) <= 4000  # 100,000 articles are 300-400 MB
    assert min(sizes) > 1000 and max(sizes) < 8000
    for text in texts:
        headline = text.split("\n", 1)[0]
        assert 10 < len(headline) < 80 and headline[-1] not in ".!?"  # the importer takes it as the title
        assert "\n\n" not in text and "{" not in text and "}" not in text  # no template slot left unfilled


def test_annotated_articles_are_the_same_text() -> None:
    plain = [text for _, text in corpus_gen.generate(20, seed=9)]
    annotated = list(corpus_gen.generate_annotated(20, seed=9))
    assert plain == [text for _, text, _ in annotated]
    for _, text, expected in annotated:
        assert expected, "every article carries quotes"
        for e in expected:
            sentence = text[e.start : e.end]
            assert sentence[0].isupper() or sentence[0] in '„»"', sentence
            assert sentence[-1] in '.“«"', sentence


def _attributed(sample: int, seed: int) -> tuple[Counter[str], Counter[str], Counter[str], list[str]]:
    """Per template: how often it was used, found as a quote, and found with its speaker."""
    used: Counter[str] = Counter()
    found: Counter[str] = Counter()
    right: Counter[str] = Counter()
    misses: list[str] = []
    for _, text, expected in corpus_gen.generate_annotated(sample, seed=seed):
        proposals = detect(text)
        for e in expected:
            used[e.template] += 1
            overlapping = [p for p in proposals if p.start < e.end and e.start < p.end]
            found[e.template] += bool(overlapping)
            if any(p.speaker and fold(e.speaker) in fold(p.speaker) for p in overlapping):
                right[e.template] += 1
            else:
                speakers = [p.speaker for p in overlapping]
                misses.append(f"{e.template}: {text[e.start : e.end]!r} by {e.speaker}, detector: {speakers}")
    return used, found, right, misses


def test_the_detector_finds_the_templates_quotes_with_their_speakers() -> None:
    used, found, right, misses = _attributed(SAMPLE, seed=7)
    gaps = {t[0] for t in corpus_gen.TEMPLATES if t[0].startswith("gap-")}
    assert set(used) == {t[0] for t in corpus_gen.TEMPLATES}, "the sample uses every template"
    for template, n in used.items():
        if template in gaps:
            continue  # constructions the detector does not attribute yet; they are in the corpus all the same
        assert found[template] == n, f"{template}: {n - found[template]} of {n} quotes not found"
        assert right[template] >= 0.8 * n, f"{template}: {right[template]} of {n} attributed\n" + "\n".join(
            m for m in misses if m.startswith(template)
        )
    counted = sum(n for t, n in used.items() if t not in gaps)
    attributed = sum(n for t, n in right.items() if t not in gaps)
    assert attributed >= 0.9 * counted, f"{attributed} of {counted} attributed\n" + "\n".join(misses[:20])


def test_every_kind_of_speech_and_speaker_is_in_the_corpus() -> None:
    kinds: Counter[str] = Counter()
    speakers: set[str] = set()
    for _, _, expected in corpus_gen.generate_annotated(SAMPLE, seed=7):
        kinds.update(e.kind for e in expected)
        speakers.update(e.speaker for e in expected)
    assert kinds["direct"] and kinds["indirect"] and kinds["mixed"]
    assert speakers & {org[3] for org in corpus_gen.ORGS}, "organisations speak"
    assert len(speakers & set(corpus_gen.LAST)) > 40, "many different people speak"
