"""speaker_ids, which import uses for a whole batch of detector names at once, ends with the same speakers,
aliases and ids as speaker_for_name(merge_by_key=True) called for each name one after the other."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, col, select

from quotetool.store import Database
from quotetool.store.models import Speaker, SpeakerAlias
from quotetool.store.speakers import named_ids, speaker_for_name, speaker_ids

# The stored speakers before the batch: (name, status, merged into (a name), aliases).
STORED = [
    ("Andrej Belousow", "active", None, ["A. Belousow"]),
    ("Karin Schmidt", "active", None, []),
    ("K. Schmidt", "merged", "Karin Schmidt", ["Frau K. Schmidt"]),
    ("Jürgen Weiß", "deleted", None, []),
    ("Petra Lang", "deleted", None, ["P. Lang"]),
    ("Olga Rybakowa", "merged", "Karin Schmidt", []),
]

NAMES = [
    "Karin Schmidt",  # an active speaker's name
    "A. Belousow",  # an active speaker's alias
    "Andrei Beloussow",  # a new spelling of an active speaker: joins by key
    "K. Schmidt",  # a merged speaker's name: the kept speaker
    "Frau K. Schmidt",  # a merged speaker's alias
    "Olga Rybakova",  # a new spelling of a merged speaker: the kept speaker
    "Jürgen Weiß",  # a deleted speaker's name: back in use
    "P. Lang",  # only a deleted speaker's alias: a new speaker
    "Jens Strauß",  # new
    "Jens Strauss",  # new, same key as the name before: its alias
    "Ministerium",  # new
    "  Ministerium ",  # the same after clean_name
    "\u200b",  # nothing visible: left out
    "Jürgen Weiss",  # key of the deleted Weiß, taken back in use above
]


def _setup(db: Database) -> None:
    with db.write() as session:
        ids: dict[str, int] = {}
        for name, status, _, aliases in STORED:
            from quotetool.detect import name_key

            speaker = Speaker(name=name, name_key=name_key(name), created_at="2026-01-01", status=status)
            session.add(speaker)
            session.flush()
            assert speaker.id is not None
            ids[name] = speaker.id
            for alias in aliases:
                session.add(SpeakerAlias(speaker_id=speaker.id, alias=alias, alias_key=name_key(alias)))
        for name, _, merged_into, _ in STORED:
            if merged_into:
                merged = session.get(Speaker, ids[name])
                assert merged is not None
                merged.merged_into = ids[merged_into]
                session.add(merged)


def _state(session: Session) -> tuple[list[tuple], list[tuple]]:
    speakers = [
        (s.id, s.name, s.name_key, s.status, s.merged_into)
        for s in session.exec(select(Speaker).order_by(col(Speaker.id)))
    ]
    aliases = sorted((a.speaker_id, a.alias, a.alias_key) for a in session.exec(select(SpeakerAlias)))
    return speakers, aliases


def test_a_batch_of_names_resolves_as_one_name_after_the_other(tmp_path: Path) -> None:
    one_by_one, batch = Database.open(str(tmp_path / "a.db")), Database.open(str(tmp_path / "b.db"))
    try:
        _setup(one_by_one)
        _setup(batch)
        from quotetool.safe_text import clean_name

        with one_by_one.write() as session:
            expected = {n: speaker_for_name(session, n, merge_by_key=True).id for n in NAMES if clean_name(n)}
        with batch.write() as session:
            got = speaker_ids(session, NAMES)
        assert got == expected
        with one_by_one.read() as a, batch.read() as b:
            assert _state(b) == _state(a)
            names = dict(b.exec(select(Speaker.id, Speaker.name)).all())
        assert names[got["Andrei Beloussow"]] == "Andrej Belousow"
        assert names[got["Olga Rybakova"]] == names[got["Frau K. Schmidt"]] == "Karin Schmidt"
        assert got["Jens Strauss"] == got["Jens Strauß"]
        assert names[got["P. Lang"]] == "P. Lang"
    finally:
        one_by_one.close()
        batch.close()


def test_a_large_batch_of_new_names_takes_a_few_queries(tmp_path: Path) -> None:
    db = Database.open(str(tmp_path / "q.db"))
    try:
        names = [f"Anna Weiß {i}" for i in range(1200)] + [f"Anna Weiss {i}" for i in range(0, 1200, 2)]
        statements: list[str] = []
        with db.write() as session:
            raw = session.connection().connection.driver_connection
            assert raw is not None
            raw.set_trace_callback(statements.append)
            got = speaker_ids(session, names)
            raw.set_trace_callback(None)
        assert len(set(got.values())) == 1200  # "Weiss 0" is a spelling of "Weiß 0"
        queries = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
        assert len(queries) < 30, len(queries)  # a few per 500 names, never one per name
        with db.read() as session:
            assert len(session.exec(select(SpeakerAlias)).all()) == 600
    finally:
        db.close()


def test_named_ids_gives_each_name_its_speaker_and_the_name_it_is_stored_under(tmp_path: Path) -> None:
    """What an imported quote keeps as its detector speaker: the name of the speaker it was given (a merged
    spelling's kept speaker, a new spelling's speaker found by key), not the detector's spelling."""
    db = Database.open(str(tmp_path / "q.db"))
    try:
        _setup(db)
        with db.write() as session:
            ids = speaker_ids(session, NAMES)
        with db.write() as session:
            got = named_ids(session, NAMES)
            names = dict(session.exec(select(Speaker.id, Speaker.name)).all())
        assert {raw: speaker_id for raw, (speaker_id, _) in got.items()} == ids
        assert all(name == names[speaker_id] for speaker_id, name in got.values())
        assert got["Olga Rybakova"][1] == got["Frau K. Schmidt"][1] == "Karin Schmidt"
        assert got["Andrei Beloussow"][1] == "Andrej Belousow"
        assert got["  Ministerium "][1] == "Ministerium"
    finally:
        db.close()
