"""Issue 14 items 1-3: `eval` on reviewed articles, `import --verified`, `learn`, `lexicon`, learned entries in
import, redetect and `detect --db`. Real SQLite files and real PostgreSQL databases (every test that takes
``db`` runs on each), the real detector, the CLI in-process (CliRunner) and in a subprocess where the process
matters (worker processes, a database the user may only read)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import assert_one_sentence_error, raw_rows, read_only_target, run_cli, target_of

from quotetool.cli import cli
from quotetool.detect import detect
from quotetool.detect.learned import LearnedLexicon
from quotetool.ingest import Article
from quotetool.store import (
    Database,
    accept,
    add_quote,
    document_quotes,
    import_article,
    mark_reviewed,
    redetect,
    reject,
    set_speaker,
)
from quotetool.store.learning import entries, learn, remove_entry, speaker_keys
from quotetool.workers import LearnedDetector

ED = "editor"
# Our own sentences. The detector finds three quotes in WEBER; "polterte" is unknown to it.
WEBER = (
    "Bürgermeisterin Anna Weber sagte, die Stadt werde neue Radwege bauen. „Wir fangen im Frühjahr an“, "
    "sagte Weber. Der Haushalt sei knapp, erklärte Kämmerer Jens Brandt. Das Wetter war gestern schön."
)
POLTER = [
    "Die Brücke bleibt bis Mai gesperrt, polterte Platzwart Kurt Rainer. Der Verein trainiert woanders.",
    "Der Rasen sei ein Acker, polterte Trainerin Eva Lang. Das Spiel fällt aus.",
    "Die Kabinen seien zu klein, polterte Kapitän Tom Berg. Der Umbau beginnt im Juli.",
]


@pytest.fixture
def db(any_db: Database) -> Database:
    return any_db


def piece(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def stored(db: Database, text: str, origin: str = "a.txt") -> tuple[int, list]:
    doc_id = import_article(db, Article(text, origin)).document_id
    return doc_id, document_quotes(db, doc_id)


def imported(db: Database, text: str, path: Path) -> tuple[int, list]:
    """An article written to ``path`` and imported by the CLI (which uses the database's learned entries)."""
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["import", str(path), "--db", target_of(db), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    with db.raw() as conn:
        doc_id = conn.execute("SELECT max(id) FROM document").fetchone()[0]
    return doc_id, document_quotes(db, doc_id)


def accept_all(db: Database, quotes: list) -> None:
    for q in quotes:
        accept(db, q.id, annotator=ED, version=q.version)


def eval_db(db: Database | str, *extra: str) -> dict:
    target = db if isinstance(db, str) else target_of(db)
    result = CliRunner().invoke(cli, ["eval", "--db", target, "--format", "json", *extra])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_eval_on_reviewed_articles_scores_a_perfect_detector_one(db: Database) -> None:
    doc_id, quotes = stored(db, WEBER)
    assert len(quotes) == 3
    accept_all(db, quotes)
    mark_reviewed(db, doc_id, annotator=ED)
    stored(db, "Ein Artikel, den niemand geprüft hat, sagte Anna Weber.", "b.txt")  # not reviewed: not gold
    o = eval_db(db)["overall"]
    assert (o["required"], o["predictions"], o["found"]) == (3, 3, 3)
    assert o["quote_f1"] == o["attributed_f1"] == 1.0


def test_a_wrong_speaker_a_missed_quote_and_a_false_positive_move_the_figures_as_defined(db: Database) -> None:
    doc_id, quotes = stored(db, WEBER)
    first, second, third = quotes
    accept(db, first.id, annotator=ED)
    # the editor says Brandt did not say the second: the detector's speaker is now wrong
    fixed = set_speaker(db, second.id, "Jens Brandt", annotator=ED)
    accept(db, second.id, annotator=ED, version=fixed.version)
    reject(db, third.id, annotator=ED)  # a false positive
    add_quote(db, doc_id, *piece(WEBER, "Das Wetter war gestern schön"), kind="indirect", speaker="Anna Weber",
              annotator=ED)  # a missed quote  # fmt: skip
    mark_reviewed(db, doc_id, annotator=ED)
    report = eval_db(db)
    o = report["overall"]
    # gold: 3 events (first, second, the added one); 3 predictions: 2 precise, 1 on a rejected span
    assert (o["required"], o["found"], o["predictions"], o["precise"]) == (3, 2, 3, 2)
    assert o["quote_precision"] == round(2 / 3, 3) and o["quote_recall"] == round(2 / 3, 3)
    # attributed: only the first has the right speaker
    assert (o["attributed"], o["found_attributed"]) == (1, 1)
    assert o["attributed_precision"] == round(1 / 3, 3) and o["attributed_recall"] == round(1 / 3, 3)
    assert report["predictions_on_negatives"] == 1
    assert [w["expected"] for w in report["wrong_speakers"]] == [["Jens Brandt", "Brandt"]]
    assert report["by_outlet"].keys() == {"(none)"}


def test_a_surname_is_a_right_speaker_for_the_full_name() -> None:
    assert speaker_keys("Anton Huber") == ("Anton Huber", "Huber")
    assert speaker_keys("Polizei") == ("Polizei",)
    assert speaker_keys(None) == ()


def test_eval_without_reviewed_articles_says_so_in_one_sentence(db: Database, tmp_path: Path) -> None:
    stored(db, WEBER)
    result = run_cli("eval", "--db", target_of(db), cwd=tmp_path)
    assert "has no article marked reviewed" in assert_one_sentence_error(result)


def gold_line(ident: str, text: str, *events: tuple[str, str, list[str]]) -> str:
    evs = [{"segments": [seg], "kind": kind, "speaker": spk} for seg, kind, spk in events]
    return json.dumps({"id": ident, "text": text, "outlet": "Tagblatt", "events": evs}, ensure_ascii=False)


def test_import_verified_stores_gold_as_reviewed_decisions_names_bad_lines_and_is_idempotent(
    db_target: str, tmp_path: Path
) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join([
            gold_line("w", WEBER, ("die Stadt werde neue Radwege bauen", "indirect", ["Weber"]),
                      ("Wir fangen im Frühjahr an", "direct", ["Weber"]),
                      ("Der Haushalt sei knapp", "reported", ["Kurt Rainer"])),  # speaker corrected
            "{not json",
            gold_line("p", POLTER[0], ("Die Brücke bleibt bis Mai gesperrt", "indirect", ["Kurt Rainer"])),
        ]) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    first = CliRunner().invoke(cli, ["import", "--verified", str(gold), "--db", db_target, "--jobs", "1"])
    assert first.exit_code == 1
    assert "gold.jsonl line 2 is not valid JSON" in first.stderr
    assert (
        "2 articles marked reviewed (2 proposals accepted as they were, 1 corrected, 0 rejected, 1 quotes added)"
        in (first.stderr)
    )
    db = Database.open(db_target)
    with db.raw() as conn:
        docs = conn.execute("SELECT reviewed_by, outlet FROM document ORDER BY id").fetchall()
        quotes = conn.execute(
            "SELECT q.status, q.origin, q.kind, s.name, q.annotator FROM quote q "
            "LEFT JOIN speaker s ON s.id = q.speaker_id ORDER BY q.document_id, q.start"
        ).fetchall()
        actions = [r[0] for r in conn.execute("SELECT action FROM decision ORDER BY id")]
    assert docs == [("import:gold.jsonl", "Tagblatt")] * 2
    assert quotes == [
        ("accepted", "detector", "indirect", "Anna Weber", "import:gold.jsonl"),
        ("accepted", "detector", "direct", "Anna Weber", "import:gold.jsonl"),
        ("accepted", "detector", "indirect", "Kurt Rainer", "import:gold.jsonl"),
        ("accepted", "manual", "indirect", "Kurt Rainer", "import:gold.jsonl"),
    ]
    assert actions.count("speaker") == 1 and actions.count("reviewed") == 2 and actions.count("add") == 1
    again = CliRunner().invoke(cli, ["import", "--verified", str(gold), "--db", db_target, "--jobs", "1"])
    assert "0 articles marked reviewed" in again.stderr and "2 already reviewed" in again.stderr
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM decision").fetchone()[0] == len(actions)
    # the database's gold agrees with the file's: the detector scores the same on both
    from_db = eval_db(db_target, "--no-learned")["overall"]
    from_file = json.loads(CliRunner().invoke(cli, ["eval", str(gold), "--format", "json"]).stdout)["overall"]
    assert from_db["quote_f1"] == from_file["quote_f1"]


def polter_db(db: Database) -> tuple[Database, list[int]]:
    """Three articles whose "polterte" quotes the detector misses and an editor added by hand."""
    ids = []
    for i, text in enumerate(POLTER[:2]):
        doc_id, wrong = stored(db, text, f"p{i}.txt")
        for q in wrong:  # the whole sentence, as a claim nobody made
            reject(db, q.id, annotator=ED)
        quote_text = text.split(", polterte")[0]
        name = text.split("polterte ")[1].split(".")[0].split(" ", 1)[1]
        mention = piece(text, text.split("polterte ")[1].split(".")[0])
        add_quote(db, doc_id, 0, len(quote_text), kind="indirect", speaker=name, annotator=ED, mention=mention)
        mark_reviewed(db, doc_id, annotator=ED)
        ids.append(doc_id)
    return db, ids


def test_learn_derives_a_speech_verb_from_two_added_quotes_with_evidence_and_uses_it(
    db: Database, tmp_path: Path
) -> None:
    polter_db(db)
    report = learn(db)
    verbs = [e for e in report.entries if e.kind == "speech-verb"]
    assert [(e.value, e.count) for e in verbs] == [("poltern", 2)]
    with db.raw() as conn:
        adds = [r[0] for r in conn.execute("SELECT id FROM decision WHERE action = 'add' ORDER BY id")]
    assert list(verbs[0].evidence) == adds
    assert learn(db).added == 0  # deterministic: the same log gives the same entries
    # a new article: import uses the learned verb, and the quote says so
    _doc_id, quotes = imported(db, POLTER[2], tmp_path / "p2.txt")
    assert [q.text for q in quotes] == ["Die Kabinen seien zu klein"]
    with db.raw() as conn:
        assert conn.execute("SELECT learned FROM quote WHERE id = ?", (quotes[0].id,)).fetchone()[0] == (
            "speech-verb:poltern"
        )


def test_one_added_quote_is_not_enough_to_learn_a_word(db: Database) -> None:
    doc_id, _ = stored(db, POLTER[0])
    add_quote(db, doc_id, 0, 34, kind="indirect", speaker="Kurt Rainer", annotator=ED)
    assert [e.kind for e in learn(db).entries] == []


def test_rule_confidence_is_a_beta_estimate_with_the_shipped_prior(db: Database, tmp_path: Path) -> None:
    from quotetool.detect.rules import RULES

    rejected = 0
    for i in range(3):
        _, quotes = stored(db, WEBER.replace("Radwege", f"Radwege {i}"), f"w{i}.txt")
        for q in quotes:
            if q.rule == "cue-after":
                reject(db, q.id, annotator=ED)
                rejected += 1
    entry = next(e for e in learn(db).entries if e.kind == "confidence" and e.value == "cue-after")
    prior = RULES["cue-after"].precision
    assert entry.confidence == round(prior * 20 / (20 + rejected), 3) and entry.count == rejected == 3
    # new proposals of the rule carry the learned confidence
    assert [e.value for e in entries(db) if e.kind == "rejected-quote"] == ["der haushalt sei knapp"]
    _, quotes = imported(db, WEBER.replace("knapp", "sehr knapp"), tmp_path / "new.txt")
    assert [q.confidence for q in quotes if q.rule == "cue-after"] == [entry.confidence]


def test_a_speaker_correction_of_a_short_name_becomes_an_alias(db: Database, tmp_path: Path) -> None:
    text = "„Der Platz ist nass“, sagte Kurt R. am Montag. Das Training fällt aus."
    _, quotes = stored(db, text)
    assert (quotes[0].speaker, quotes[0].speaker_mention) == ("Kurt R.", "Kurt R.")
    set_speaker(db, quotes[0].id, "Kurt Rainer", annotator=ED)
    aliases = [e for e in learn(db).entries if e.kind == "alias"]
    assert [(e.value, e.target, e.count) for e in aliases] == [("Kurt R.", "Kurt Rainer", 1)]
    _, again = imported(db, text.replace("nass", "trocken"), tmp_path / "again.txt")
    assert [(q.speaker, q.rule) for q in again] == [("Kurt Rainer", "direct-cue-after")]


def test_a_correction_to_another_person_is_no_alias(db: Database) -> None:
    _, quotes = stored(db, WEBER)
    set_speaker(db, quotes[0].id, "Jens Brandt", annotator=ED)
    assert [e for e in learn(db).entries if e.kind == "alias"] == []


def test_lexicon_remove_keeps_the_entry_as_removed_and_learn_never_brings_it_back(db: Database) -> None:
    polter_db(db)
    learn(db)
    verb = next(e for e in entries(db) if e.kind == "speech-verb")
    runner = CliRunner()
    result = runner.invoke(cli, ["lexicon", "remove", str(verb.id), "--db", target_of(db),
                                 "--annotator", "anna"])  # fmt: skip
    assert result.exit_code == 0 and "removed speech-verb 'poltern'" in result.stderr
    learn(db)
    assert all(e.kind != "speech-verb" for e in entries(db))
    kept = [e for e in entries(db, removed=True) if e.id == verb.id]
    assert kept and kept[0].removed_by == "anna"
    listed = runner.invoke(cli, ["lexicon", "list", "--removed", "--format", "jsonl", "--db", target_of(db)])
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {r["value"] for r in rows if r["removed_by"] == "anna"} == {"poltern"}
    assert all(r["evidence"] for r in rows)
    table = runner.invoke(cli, ["lexicon", "list", "--db", target_of(db)])
    assert "poltern" not in table.stdout and "confidence" in table.stdout and "subjunctive-unattributed" in table.stdout
    missing = runner.invoke(cli, ["lexicon", "remove", "999", "--db", target_of(db)])
    assert missing.exit_code != 0


def test_an_entry_whose_decisions_are_undone_is_retired_and_returns_with_them(db: Database) -> None:
    from quotetool.store import undo

    polter_db(db)
    learn(db)
    undo(db, annotator=ED)  # the last article's reviewed mark
    undo(db, annotator=ED)  # its added quote
    report = learn(db)
    assert report.retired >= 1 and all(e.kind != "speech-verb" for e in report.entries)
    assert remove_entry  # (removal by a person is tested above)


def test_redetect_uses_learned_entries(db: Database) -> None:
    polter_db(db)
    doc_id, quotes = stored(db, POLTER[2], "p2.txt")
    assert [q.rule for q in quotes] == ["subjunctive-unattributed"]
    learn(db)
    result = CliRunner().invoke(cli, ["redetect", "--document", str(doc_id), "--db", target_of(db)])
    assert result.exit_code == 0, result.output
    assert [q.text for q in document_quotes(db, doc_id)] == ["Die Kabinen seien zu klein"]
    assert redetect  # (the CLI passes the learned detector to the store's redetect)


def test_the_learned_detector_is_picklable_and_detects_as_detect_does() -> None:
    lex = LearnedLexicon.of(speech_verbs=["poltern"], aliases={"Kurt R.": "Kurt Rainer"})
    tuned = LearnedDetector(lex, (("cue-after", 0.5),))
    again = pickle.loads(pickle.dumps(tuned))
    assert again == tuned
    plain = detect(POLTER[2], learned=lex)
    assert [(p.quote, p.learned, p.rule) for p in again(POLTER[2])] == [(p.quote, p.learned, p.rule) for p in plain]
    assert [p.confidence for p in again(POLTER[2])] == [0.5] != [p.confidence for p in plain]


def test_detect_with_db_reads_the_learned_lexicon_without_writing_it(
    db: Database, db_target: str, tmp_path: Path
) -> None:
    polter_db(db)
    learn(db)
    db.close()
    article = tmp_path / "neu.txt"
    article.write_text(POLTER[2], encoding="utf-8")
    sqlite = "://" not in db_target
    before = (Path(db_target).stat().st_mtime_ns, Path(db_target).read_bytes()) if sqlite else None
    with read_only_target(db_target) as reader:  # a file no one can write, or a user with SELECT rights only
        result = run_cli("detect", str(article), "--db", reader, "--format", "jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["quote"], r.get("learned")) for r in rows] == [("Die Kabinen seien zu klein", "speech-verb:poltern")]
    if sqlite:
        assert (Path(db_target).stat().st_mtime_ns, Path(db_target).read_bytes()) == before
    plain = run_cli("detect", str(article), "--format", "jsonl", cwd=tmp_path)
    assert [(r["rule"], r.get("learned")) for r in map(json.loads, plain.stdout.splitlines())] == [
        ("subjunctive-unattributed", None)
    ]


def test_import_in_worker_processes_uses_the_learned_lexicon(db: Database, tmp_path: Path) -> None:
    polter_db(db)
    learn(db)
    db.close()
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(40):  # enough for the workers to start
        (folder / f"{i:03}.txt").write_text(POLTER[2].replace("Juli", f"Juli {i}"), encoding="utf-8")
    result = run_cli("import", str(folder), "--jobs", "2", "--db", target_of(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert raw_rows(target_of(db), "SELECT count(*) FROM quote WHERE learned = 'speech-verb:poltern'") == [(40,)]


def test_the_detail_panel_says_which_learned_entry_a_proposal_exists_by(db: Database, tmp_path: Path) -> None:
    from quotetool.store import get_quote
    from quotetool.tui.detail_panel import describe

    polter_db(db)
    learn(db)
    _, quotes = imported(db, POLTER[2], tmp_path / "p2.txt")
    shown = describe(get_quote(db, quotes[0].id)).plain
    assert "Learned  speech-verb:poltern" in shown
    _, plain = stored(db, WEBER)
    assert "Learned" not in describe(plain[0]).plain
