"""Importing articles: the seeds, bad files, encodings, .jsonl and .csv, idempotence."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIRST_SEED, SEEDS, raw_rows, run_cli

from quotetool.ingest import Article, Problem, decode, normalise, read_articles

SEED_URL = (
    "https://dantri.com.vn/the-gioi/nga-hop-tac-quan-su-voi-trieu-tien-phat-trien-than-toc-tich-cuc-"
    "20241129154226900.htm"
)


def documents(target: Path | str) -> list[tuple]:
    """The stored articles of an SQLite file or a PostgreSQL database, read outside quotetool."""
    return raw_rows(str(target), "SELECT origin, title, source_url, text FROM document ORDER BY id")


def test_seeds_twice_then_stats(db_target: str, tmp_path: Path) -> None:
    # SQLite: the default file under the current directory; PostgreSQL: named by $QUOTETOOL_DB
    env = {"QUOTETOOL_DB": db_target} if "://" in db_target else None
    first = run_cli("import", str(SEEDS), cwd=tmp_path, env=env)
    assert first.returncode == 0, first.stderr
    again = run_cli("import", str(SEEDS), cwd=tmp_path, env=env)
    assert again.returncode == 0, again.stderr
    assert "0 imported" in again.stderr and "2 already stored" in again.stderr

    stats = run_cli("stats", cwd=tmp_path, env=env)
    assert stats.returncode == 0, stats.stderr
    assert "documents  2" in stats.stdout

    db_file = db_target if env else tmp_path / "db" / "quotes.db"  # the default location, under the current directory
    assert (tmp_path / "db").exists() is (env is None)
    rows = documents(db_file)
    assert len(rows) == 2
    by_origin = {Path(r[0]).name: r for r in rows}
    assert by_origin[FIRST_SEED.name][2] == SEED_URL
    assert by_origin[FIRST_SEED.name][3] == FIRST_SEED.read_text(encoding="utf-8")  # stored as imported


def test_bad_files_are_named_and_the_rest_imported(db_target: str, tmp_path: Path) -> None:
    db_file = db_target
    earlier = tmp_path / "earlier.txt"
    earlier.write_text("Ein Artikel, der schon vorher gespeichert wurde.\n", encoding="utf-8")
    assert run_cli("--db", db_file, "import", str(earlier), cwd=tmp_path).returncode == 0

    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "good.txt").write_text("„Das ist gut“, sagte die Bürgermeisterin.\n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "windows.txt").write_bytes("Die Straße ist für Fußgänger gesperrt, hieß es.\n".encode("cp1252"))
    (folder / "empty.txt").write_bytes(b"")

    result = run_cli("--db", db_file, "import", str(folder), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 2
    assert any("binary.txt" in line and "binary" in line for line in skipped)
    assert any("empty.txt" in line and "empty" in line for line in skipped)
    assert any(
        line.startswith("warning:") and "windows.txt" in line and "Windows-1252" in line
        for line in result.stderr.splitlines()
    )

    texts = [r[3] for r in documents(db_file)]
    assert len(texts) == 3  # nothing lost: the earlier article is still there
    assert "Ein Artikel, der schon vorher gespeichert wurde.\n" in texts
    assert "Die Straße ist für Fußgänger gesperrt, hieß es.\n" in texts


def test_jsonl_and_csv_records(db_target: str, tmp_path: Path) -> None:
    jsonl = tmp_path / "feed.jsonl"
    jsonl.write_text(
        json.dumps({"id": "a1", "title": "Erster", "url": "https://example.org/1", "text": "Der erste Text."})
        + "\n"
        + "{kaputt\n"
        + json.dumps({"title": "ohne Text"})
        + "\n"
        + json.dumps({"text": "Der zweite Text."}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    csv_file = tmp_path / "feed.csv"
    csv_file.write_text('id;title;text\nb1;Dritter;"Der dritte Text; mit Semikolon."\nb2;Vierter\n', encoding="utf-8")
    result = run_cli("--db", db_target, "import", str(jsonl), str(csv_file), cwd=tmp_path)
    assert result.returncode == 1
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert [s.split(":")[2] for s in skipped] == ["2", "3", "3"]  # two bad .jsonl lines, one short .csv row

    rows = raw_rows(db_target, "SELECT external_id, title, source_url, text FROM document ORDER BY id")
    assert rows[0] == ("a1", "Erster", "https://example.org/1", "Der erste Text.")
    assert rows[1][3] == "Der zweite Text."
    assert rows[2] == ("b1", "Dritter", None, "Der dritte Text; mit Semikolon.")
    assert len(rows) == 3


def test_decode_tolerates_bom_and_falls_back_to_cp1252() -> None:
    assert decode("„Zitat“".encode("utf-8-sig")) == ("„Zitat“", None)
    text, warning = decode("Grüße".encode("cp1252"))
    assert text == "Grüße" and warning and "Windows-1252" in warning
    assert decode("Grüße".encode("utf-16")) == ("Grüße", None)


def test_normalise_only_line_endings_and_nfc() -> None:
    decomposed = "Bu\u0308rger\r\nzweite Zeile\rdritte"
    assert normalise(decomposed) == "Bürger\nzweite Zeile\ndritte"
    assert normalise("  Leerzeichen  bleiben \n") == "  Leerzeichen  bleiben \n"


def test_folder_walk_skips_hidden_and_names_unsupported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("Ein Text.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("nicht importieren", encoding="utf-8")
    (tmp_path / "bild.png").write_bytes(b"\x89PNG\r\n")
    items = list(read_articles([tmp_path]))
    articles = [i for i in items if isinstance(i, Article)]
    problems = [i for i in items if isinstance(i, Problem)]
    assert [Path(a.origin).name for a in articles] == ["a.txt"]
    assert len(problems) == 1 and "bild.png" in problems[0].origin and "not a supported" in problems[0].message


def test_missing_path_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    result = run_cli("--db", str(tmp_path / "q.db"), "import", str(tmp_path / "fehlt.txt"), cwd=tmp_path)
    assert result.returncode == 1
    assert "fehlt.txt: does not exist" in result.stderr
