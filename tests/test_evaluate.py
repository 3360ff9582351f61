"""Scoring the detector against gold quotes (quotetool.evaluate) and `quotetool eval`.

Every figure asserted here follows from the definitions in quotetool/evaluate.py's docstring, worked
out by hand on small articles of our own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import assert_one_sentence_error, run_cli

from quotetool.cli import cli
from quotetool.evaluate import (
    NO_OUTLET,
    GoldArticle,
    GoldEvent,
    GoldProblem,
    Prediction,
    Report,
    format_table,
    read_gold,
    score,
    speaker_right,
)

TEXT = (
    "Neue Brücke für Talheim\n"
    "Der Bürgermeister Anton Huber verteidigte am Montag den Plan. „Wir bauen die Brücke bis zum Herbst“, "
    "sagte Huber. Die Finanzierung sei gesichert, erklärte Kämmerin Petra Schäfer. "
    "Die Opposition sprach von Wunschdenken."
)


def span(text: str, piece: str) -> tuple[int, int]:
    start = text.index(piece)
    assert text.count(piece) == 1
    return (start, start + len(piece))


BRIDGE = span(TEXT, "Wir bauen die Brücke bis zum Herbst")
MONEY = span(TEXT, "Die Finanzierung sei gesichert")
OPPOSITION = span(TEXT, "von Wunschdenken")
TITLE = span(TEXT, "Neue Brücke für Talheim")

ARTICLE = GoldArticle(
    "talheim",
    TEXT,
    (
        GoldEvent((BRIDGE,), "direct", ("Huber",)),
        GoldEvent((MONEY,), "indirect", ("Schäfer", "Kämmerin")),
        GoldEvent((OPPOSITION,), "reported", ("Opposition",), required=False),
    ),
    negatives=(TITLE,),
    outlet="Tagblatt",
)


def pred(where: tuple[int, int], speaker: str | None, kind: str = "direct", rule: str = "r1", **kw) -> Prediction:
    return Prediction(where[0], where[1], kind, rule, speaker, **kw)


HUBER = pred(BRIDGE, "Anton Huber", rule="direct-cue-after")
SCHAEFER = pred(MONEY, "Petra Schäfer", kind="indirect", rule="cue-after")


def figures(report: Report) -> dict[str, float]:
    return {k: round(v, 4) for k, v in report.overall.figures().items()}


def expect(p: float, r: float, ap: float, ar: float) -> dict[str, float]:
    def f1(a: float, b: float) -> float:
        return round(2 * a * b / (a + b), 4) if a + b else 0.0

    return {
        "quote_precision": round(p, 4),
        "quote_recall": round(r, 4),
        "quote_f1": f1(p, r),
        "attributed_precision": round(ap, 4),
        "attributed_recall": round(ar, 4),
        "attributed_f1": f1(ap, ar),
    }


# --- the metric -------------------------------------------------------------------------------------------


def test_a_perfect_detector_scores_one() -> None:
    report = score([(ARTICLE, [HUBER, SCHAEFER])])
    assert figures(report) == expect(1, 1, 1, 1)
    assert report.overall.predictions == 2 and report.overall.required == 2  # the optional quote is not counted
    assert not report.misses and not report.false_positives and not report.wrong_speakers
    assert report.mean_cover_of_found == 1.0


def test_a_wrong_speaker_costs_attribution_only() -> None:
    wrong = pred(MONEY, "Anton Huber", kind="indirect", rule="cue-after")
    report = score([(ARTICLE, [HUBER, wrong])])
    assert figures(report) == expect(1, 1, 1 / 2, 1 / 2)
    assert [(f.article, f.speaker, f.expected) for f in report.wrong_speakers] == [
        ("talheim", "Anton Huber", ("Schäfer", "Kämmerin"))
    ]


def test_a_missed_quote_costs_recall_only() -> None:
    report = score([(ARTICLE, [HUBER])])
    assert figures(report) == expect(1, 1 / 2, 1, 1 / 2)
    assert [(f.start, f.end) for f in report.misses] == [MONEY]


def test_a_false_positive_costs_precision_only_and_is_counted_on_a_known_non_quote() -> None:
    report = score([(ARTICLE, [HUBER, SCHAEFER, pred(TITLE, "Anton Huber")])])
    assert figures(report) == expect(2 / 3, 1, 2 / 3, 1)
    assert report.negative_hits == 1
    assert [f.text for f in report.false_positives] == ["Neue Brücke für Talheim"]


def test_a_proposal_on_an_optional_quote_is_neither_rewarded_nor_penalised() -> None:
    report = score([(ARTICLE, [HUBER, SCHAEFER, pred(OPPOSITION, None, kind="indirect")])])
    assert figures(report) == expect(1, 1, 1, 1)
    assert report.overall.predictions == 2


def test_half_of_the_letters_is_the_line_for_precise_and_for_found() -> None:
    # "Wir bauen" holds 8 of the quote's 29 letters: precise (all inside), but the quote is not found.
    short = pred(span(TEXT, "Wir bauen"), "Anton Huber")
    report = score([(ARTICLE, [short, SCHAEFER])])
    assert figures(report) == expect(1, 1 / 2, 1, 1 / 2)
    # The quote and its cue: 29 letters inside of 39: precise, and the quote is found.
    wide = pred(span(TEXT, "Wir bauen die Brücke bis zum Herbst“, sagte Huber"), "Anton Huber")
    assert figures(score([(ARTICLE, [wide, SCHAEFER])])) == expect(1, 1, 1, 1)
    # With the next sentence too: at most 29 of its 66 letters lie in one quote: not precise, both missed.
    wider = pred(
        span(TEXT, "Wir bauen die Brücke bis zum Herbst“, sagte Huber. Die Finanzierung sei gesichert"), "Huber"
    )
    assert figures(score([(ARTICLE, [wider])])) == expect(0, 0, 0, 0)


def test_two_proposals_together_can_find_a_quote_and_the_larger_one_names_the_speaker() -> None:
    first, second = span(TEXT, "Wir bauen die"), span(TEXT, "Brücke bis zum Herbst")  # 11 and 18 of 29 letters
    report = score([(ARTICLE, [pred(first, "Anton Huber"), pred(second, "Petra Schäfer"), SCHAEFER])])
    assert report.overall.found == 2
    assert report.overall.found_attributed == 1  # the main proposal (18 letters) names the wrong speaker
    assert report.overall.attributed == 2  # of three precise proposals, two have the right speaker


def test_a_quote_that_names_no_speaker_is_not_judged_for_attribution() -> None:
    article = GoldArticle("x", TEXT, (GoldEvent((BRIDGE,), "direct", ("Huber",)), GoldEvent((MONEY,), "indirect")))
    report = score([(article, [HUBER, pred(MONEY, None, kind="indirect")])])
    assert figures(report) == expect(1, 1, 1, 1)
    assert (report.overall.judged, report.overall.named) == (1, 1)


def test_speakers_match_folded_and_the_mention_only_with_mention_ok() -> None:
    assert speaker_right(Prediction(0, 1, "direct", "r", "PETRA SCHAFER"), ["Schäfer"])
    assert speaker_right(Prediction(0, 1, "direct", "r", "Franz Josef Strauss"), ["Strauß"])
    assert not speaker_right(Prediction(0, 1, "direct", "r", "Schäfer"), ["Petra Schäfer"])  # the key in the name
    by_role = Prediction(0, 1, "direct", "r", "Petra Schäfer", speaker_mention="die Kämmerin")
    assert not speaker_right(by_role, ["Kämmerin"])
    assert speaker_right(by_role, ["Kämmerin"], mention_ok=True)
    nobody = Prediction(0, 1, "direct", "r", None, speaker_mention="")
    assert not speaker_right(nobody, ["Huber"], mention_ok=True)
    article = GoldArticle("x", TEXT, (GoldEvent((BRIDGE,), "direct", ("Bürgermeister",)),))
    role = pred(BRIDGE, "Anton Huber", speaker_mention="Der Bürgermeister")
    assert score([(article, [role])]).overall.found_attributed == 0
    assert score([(article, [role])], mention_ok=True).overall.found_attributed == 1


def test_a_split_quote_counts_by_its_parts_unless_whole_spans() -> None:
    text = "Die Feuerwehr rückte aus. Die Ursache ist nach Angaben der Polizei unklar. Niemand wurde verletzt."
    parts = (span(text, "Die Ursache ist"), span(text, "unklar"))
    article = GoldArticle("brand", text, (GoldEvent(parts, "indirect", ("Polizei",)),))
    whole = span(text, "Die Ursache ist nach Angaben der Polizei unklar")
    frame = Prediction(whole[0], whole[1], "indirect", "nach-frame", "Polizei", parts=parts)
    assert figures(score([(article, [frame])])) == expect(1, 1, 1, 1)
    # 19 of its 40 letters lie in the quote: read as a whole, the proposal is not precise.
    assert figures(score([(article, [frame])], whole_spans=True)) == expect(0, 0, 0, 0)


def test_figures_per_rule_kind_and_outlet() -> None:
    other_text = "Trainerin Lena Vogt sagte, die Mannschaft habe sich das verdient. „Wir sind stolz“, sagte Vogt."
    deserved, proud = span(other_text, "die Mannschaft habe sich das verdient"), span(other_text, "Wir sind stolz")
    other = GoldArticle(
        "verein",
        other_text,
        (GoldEvent((deserved,), "indirect", ("Vogt",)), GoldEvent((proud,), "direct", ("Vogt",))),
        outlet="Kurier",
    )
    report = score(
        [
            (ARTICLE, [HUBER, SCHAEFER, pred(TITLE, None, rule="direct-cue-after")]),
            (other, [pred(deserved, "Lena Vogt", kind="indirect", rule="cue-after")]),
        ]
    )
    assert figures(report) == expect(3 / 4, 3 / 4, 3 / 4, 3 / 4)
    rules = report.to_dict()["by_rule"]
    assert set(rules) == {"cue-after", "direct-cue-after"}
    assert rules["direct-cue-after"] == {  # recall: its share of all four gold quotes; no F1 for a rule
        "predictions": 2,
        "precise": 1,
        "judged": 2,
        "attributed": 1,
        "required": 4,
        "found": 1,
        "named": 4,
        "found_attributed": 1,
        "quote_precision": 0.5,
        "quote_recall": 0.25,
        "attributed_precision": 0.5,
        "attributed_recall": 0.25,
    }
    assert (rules["cue-after"]["quote_precision"], rules["cue-after"]["quote_recall"]) == (1.0, 0.5)
    kinds = {k: (c.predictions, c.precise, c.required, c.found) for k, c in report.by_kind.items()}
    assert kinds == {"direct": (2, 1, 2, 1), "indirect": (2, 2, 2, 2)}
    outlets = {k: round(c.figures()["quote_f1"], 4) for k, c in report.by_outlet.items()}
    assert outlets == {"Tagblatt": round(2 * (2 / 3) / (2 / 3 + 1), 4), "Kurier": round(2 * 0.5 / 1.5, 4)}
    table = format_table(report)
    assert "by rule" in table and "  direct-cue-after" in table and "  Kurier" in table and "  indirect" in table


def test_the_table_shows_names_from_the_data_inertly() -> None:
    article = GoldArticle("x", TEXT, (GoldEvent((BRIDGE,), "direct", ("Huber",)),), outlet="Evil\x1b[31m")
    table = format_table(score([(article, [HUBER])]), inert=lambda s: s.replace("\x1b", "␛"))
    assert "\x1b" not in table and "Evil␛[31m" in table


# --- the gold file --------------------------------------------------------------------------------------------


def gold_line(ident: str, text: str, events: list[dict], **extra) -> str:
    return json.dumps({"id": ident, "text": text, "events": events, **extra}, ensure_ascii=False)


GOOD = gold_line(
    "talheim",
    TEXT,
    [
        {"segments": ["Wir bauen die Brücke bis zum Herbst"], "kind": "direct", "speaker": ["Huber"], "required": True},
        {"spans": [list(MONEY)], "kind": "indirect", "speaker": ["Schäfer"]},
        {"segments": ["von Wunschdenken"], "kind": "reported", "speaker": [], "required": False},
    ],
    neg=["Neue Brücke für Talheim"],
    url="https://www.tagblatt.example/lokal/1",
)


def test_a_gold_line_is_read_into_an_article() -> None:
    [article] = read_gold([GOOD])
    assert article == GoldArticle(
        "talheim",
        TEXT,
        (
            GoldEvent((BRIDGE,), "direct", ("Huber",)),
            GoldEvent((MONEY,), "indirect", ("Schäfer",)),
            GoldEvent((OPPOSITION,), "reported", (), required=False),
        ),
        negatives=(TITLE,),
        outlet="tagblatt.example",
    )
    [named] = read_gold([gold_line(7, "Text.", [], outlet=" Kurier ")])
    assert (named.id, named.outlet, named.events) == ("7", "Kurier", ())
    [plain] = read_gold([gold_line("p", "Text.", [])])
    assert plain.outlet == NO_OUTLET


def test_each_bad_gold_line_is_named_in_one_sentence_and_skipped() -> None:
    text = "Er sagte, es sei spät. Es sei spät."
    seg = lambda *s: [{"segments": list(s), "kind": "indirect", "speaker": ["Er"]}]  # noqa: E731
    lines = [
        GOOD.encode(),
        b"",
        b"{not json",
        b"[1, 2]",
        json.dumps({"id": "t", "events": []}).encode(),
        gold_line("once", text, seg("es sei spät")).encode(),  # segments are case-sensitive: found once
        gold_line("twice", text, seg("sei spät")).encode(),
        gold_line("absent", text, seg("es regnet")).encode(),
        gold_line("span", text, [{"spans": [[5, 500]], "kind": "direct"}]).encode(),
        gold_line("kind", text, [{"segments": ["Er sagte"]}]).encode(),
        gold_line("req", text, [{"segments": ["Er sagte"], "kind": "direct", "required": "ja"}]).encode(),
        gold_line("talheim", TEXT, []).encode(),
        '{"id": "x", "text": "Caf\xe9"}'.encode("latin-1"),
        gold_line("last", "Alles gut, sagte sie.", []).encode(),
    ]
    items = list(read_gold(lines))
    articles = [i.id for i in items if isinstance(i, GoldArticle)]
    problems = [str(i) for i in items if isinstance(i, GoldProblem)]
    assert articles == ["talheim", "once", "last"]
    assert problems == [
        "line 3 is not valid JSON (Expecting property name enclosed in double quotes at column 2).",
        "line 4 is not a JSON object.",
        'line 5 has no "text" (a non-empty string).',
        "line 7 has a segment in event 1 that occurs 2 times in the text: 'sei spät'.",
        "line 8 has a segment in event 1 that does not occur in the text: 'es regnet'.",
        "line 9 has a span in event 1 that is not [start, end] inside the text: [5, 500].",
        'line 10 has an event 1 without a "kind".',
        'line 11 has an event 1 whose "required" is not true or false.',
        "line 12 repeats the id 'talheim' of line 1.",
        "line 13 is not UTF-8 text.",
    ]
    assert all(p.count(". ") == 0 and p.endswith(".") for p in problems)


# --- the command ----------------------------------------------------------------------------------------------

FIRE = "Die Feuerwehr rückte am Abend aus. Die Ursache des Brandes ist nach Angaben der Polizei noch unklar."
FIRE += " „Wir ermitteln in alle Richtungen“, sagte ein Sprecher der Polizei."
TALHEIM = "Der Bürgermeister Anton Huber verteidigte am Montag den Plan. „Wir bauen die Brücke bis zum Herbst“, "
TALHEIM += "sagte Huber. Die Finanzierung sei gesichert, erklärte Kämmerin Petra Schäfer."


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    """Two articles of two outlets, five required quotes: the detector finds four, with the right speakers.

    The fifth (the fire brigade's sentence) is no quote at all, so no detector can find it.
    """
    path = tmp_path / "gold.jsonl"
    lines = [
        gold_line(
            "talheim",
            TALHEIM,
            [
                {"segments": ["Wir bauen die Brücke bis zum Herbst"], "kind": "direct", "speaker": ["Huber"]},
                {"segments": ["Die Finanzierung sei gesichert"], "kind": "indirect", "speaker": ["Schäfer"]},
            ],
            outlet="Tagblatt",
        ),
        gold_line(
            "brand",
            FIRE,
            [
                {
                    "segments": ["Die Ursache des Brandes ist", "noch unklar"],
                    "kind": "indirect",
                    "speaker": ["Polizei"],
                },
                {"segments": ["Wir ermitteln in alle Richtungen"], "kind": "direct", "speaker": ["Sprecher"]},
                {"segments": ["Die Feuerwehr rückte am Abend aus"], "kind": "indirect", "speaker": ["Feuerwehr"]},
            ],
            outlet="Kurier",
        ),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_eval_prints_the_table(gold_file: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(gold_file)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[1].split() == ["props", "found", "gold", "P", "R", "F1", "aP", "aR", "aF1"]
    assert lines[2].split() == ["overall", "4", "4", "5", "1.000", "0.800", "0.889", "1.000", "0.800", "0.889"]
    rows = {line.split()[0]: line.split()[1:] for line in lines if line.startswith("  ")}
    assert rows["Kurier"] == ["2", "2", "3", "1.000", "0.667", "0.800", "1.000", "0.667", "0.800"]
    assert rows["Tagblatt"][:5] == ["2", "2", "2", "1.000", "1.000"]
    assert rows["direct"][:3] == ["2", "2", "2"] and rows["indirect"][:3] == ["2", "2", "3"]
    assert "nach-frame" in rows and "direct-cue-after" in rows
    assert "2 articles, 5 gold quotes (5 name their speaker), 4 proposals." in result.stdout
    assert "1 missed, 0 proposed wrongly (0 on known non-quotes), 0 with a wrong speaker." in result.stdout


def test_eval_json_and_its_options(gold_file: Path) -> None:
    result = CliRunner().invoke(cli, ["eval", str(gold_file), "--format", "json", "--mention-ok", "--whole-spans"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["mention_ok"], data["whole_spans"], data["skipped_lines"], data["articles"]) == (True, True, 0, 2)
    assert data["overall"]["quote_f1"] == 0.889 and data["overall"]["found"] == 4
    assert data["misses"] == [{"article": "brand", "start": 0, "end": 33, "text": "Die Feuerwehr rückte am Abend aus"}]
    assert set(data["by_outlet"]) == {"Kurier", "Tagblatt"} and "quote_f1" not in data["by_rule"]["nach-frame"]


def test_eval_names_a_bad_line_skips_it_and_exits_1(gold_file: Path) -> None:
    with gold_file.open("a", encoding="utf-8") as f:
        f.write(gold_line("leer", "Kein Zitat.", [{"segments": ["Zitat fehlt"], "kind": "direct"}]) + "\n")
    result = CliRunner().invoke(cli, ["eval", str(gold_file)])
    assert result.exit_code == 1
    assert result.stderr == (
        f"skipped: {gold_file} line 3 has a segment in event 1 that does not occur in the text: 'Zitat fehlt'.\n"
    )
    assert "2 articles, 5 gold quotes" in result.stdout


def test_eval_without_a_usable_gold_file_is_one_sentence(tmp_path: Path) -> None:
    # without a gold file, eval scores a database's reviewed articles (tests/test_learning.py); none here
    no_db = assert_one_sentence_error(run_cli("eval", "--db", str(tmp_path / "none.db"), cwd=tmp_path))
    assert "There is no database" in no_db
    line = assert_one_sentence_error(run_cli("eval", str(tmp_path / "missing.jsonl"), cwd=tmp_path))
    assert line.startswith("quotetool: Cannot read the gold file") and "missing.jsonl" in line
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    line = assert_one_sentence_error(run_cli("eval", str(empty), cwd=tmp_path))
    assert line == f"quotetool: The gold file {empty} holds no article that could be read."
