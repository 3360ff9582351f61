"""The speaker dialog with the article's people, every quote of a mention at once, the article's reviewed
mark (R), comments (c) and flags (f), and their filter terms: Pilot on real SQLite files."""

from __future__ import annotations

import pytest

from quotetool.detect import Kind, Proposal
from quotetool.ingest import Article
from quotetool.store import Database, ReviewMark, accept, import_article, review_mark, set_comment, speaker_names
from quotetool.store.queue import load_queue
from quotetool.tui.filters import FilterError, describe_filter, parse_filter
from quotetool.tui.modals import CommentModal, FlagModal
from quotetool.tui.model import LoadedDocument, ReviewModel
from quotetool.tui.reads import read_document
from quotetool.tui.speaker_dialog import SpeakerModal

from .tui_support import ANNOTATOR, decisions, fresh, make_app, status_text

SIZE = (100, 30)

# Our own article: the detector took "FDP-Chef" for a wrong speaker twice.
FDP_TEXT = (
    "Berlin. Der FDP-Chef hat die Pläne der Regierung scharf kritisiert.\n\n"
    "„Das ist ein Irrweg“, sagte der FDP-Chef am Montag.\n\n"
    "Die Steuern müssten sinken, forderte der FDP-Chef.\n\n"
    "„Wir bleiben dabei“, sagte Christian Lindner später im Interview."
)


def _proposal(text: str, words: str, kind: str, speaker: str, mention: str, at: int, cue: str) -> Proposal:
    start = text.index(words)
    m_start = text.index(mention, at)
    c_start = text.index(cue, start)
    return Proposal(
        start=start, end=start + len(words), quote=words, kind=Kind(kind), rule="hand", confidence=0.9,
        speaker=speaker, speaker_mention=mention, mention_start=m_start, mention_end=m_start + len(mention),
        cue=cue, cue_start=c_start, cue_end=c_start + len(cue),
    )  # fmt: skip


def _fdp(db: Database) -> None:
    second, third = FDP_TEXT.index("„Das"), FDP_TEXT.index("Die Steuern")
    found = [
        _proposal(FDP_TEXT, "Das ist ein Irrweg", "direct", "Russland", "FDP-Chef", second, "sagte"),
        _proposal(FDP_TEXT, "Die Steuern müssten sinken", "indirect", "Russland", "FDP-Chef", third, "forderte"),
        _proposal(FDP_TEXT, "Wir bleiben dabei", "direct", "Christian Lindner", "Christian Lindner", 0, "sagte"),
    ]
    import_article(db, Article(text=FDP_TEXT, origin="fdp.txt", title="FDP"), detector=lambda _t: found)
    import_article(
        db, Article(text="Ein zweiter Artikel ohne Zitate.", origin="b.txt", title="B"), detector=lambda _t: []
    )


@pytest.fixture
def fdp_db(built_db) -> Database:
    return built_db("fdp", _fdp)


def _ids(db: Database) -> list[int]:
    return [r.id for r in load_queue(db)]


async def _ready(app, pilot) -> None:
    await app.workers.wait_for_complete()
    await pilot.pause()


def _saves(app) -> str:
    return str(app.screen.query_one("#speaker-saves").render())


def _prompts(app) -> list[str]:
    options = app.screen.query_one("#speaker-matches")
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


# --- the speaker dialog --------------------------------------------------------------------------------


async def test_the_dialog_lists_the_articles_people_at_their_mentions(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        first = app.current
        await pilot.press("s")
        assert isinstance(app.screen, SpeakerModal)
        prompts = _prompts(app)
        assert prompts[0] == "Jana Beispiel  „Bürgermeisterin Jana Beispiel“  (this quote)"
        assert "Paul Muster  „Kämmerer Paul Muster“  (¶3)" in prompts and "Eva Fiktiv" in prompts  # another article
        assert _saves(app) == "Enter saves: Jana Beispiel at „Bürgermeisterin Jana Beispiel“"
        await pilot.press("down")  # arrows choose; the highlighted row is what Enter saves
        assert _saves(app) == "Enter saves: Paul Muster at „Kämmerer Paul Muster“"
        await pilot.press("enter")
        await _ready(app, pilot)
        stored = fresh(fixture_db, first)
        text = app.doc.text
        assert (stored.speaker, stored.speaker_mention) == ("Paul Muster", "Kämmerer Paul Muster")
        assert text[stored.mention_start : stored.mention_end] == "Kämmerer Paul Muster"
        assert stored.cue is None  # "sagte" is not in the sentence of the new mention
        assert decisions(fixture_db, first.id) == [("speaker", ANNOTATOR)]
        assert "Paul Muster" in str(app.query_one("#detail").render())


async def test_enter_saves_the_highlighted_completion_and_the_typed_name_only_without_one(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        first = app.current
        await pilot.press("s", *"Pau")
        assert _saves(app) == "Enter saves: Paul Muster at „Kämmerer Paul Muster“"  # completed, and shown
        await pilot.press("up")  # above the first row: what is typed
        assert _saves(app) == "Enter saves: Pau (as typed, a new speaker)"
        await pilot.press("enter")
        await _ready(app, pilot)
        stored = fresh(fixture_db, first)
        assert (stored.speaker, stored.speaker_mention, stored.mention_start) == ("Pau", None, None)
        await pilot.press("s", *"Eva")  # a known name of another article: no mention
        assert _saves(app) == "Enter saves: Eva Fiktiv"
        await pilot.press("enter")
        await _ready(app, pilot)
        stored = fresh(fixture_db, first)
        assert (stored.speaker, stored.speaker_mention) == ("Eva Fiktiv", None)


@pytest.mark.both_backends
async def test_every_quote_of_a_mention_in_one_step_and_one_undo(fdp_db):
    wrong, other, lindner = _ids(fdp_db)
    app = make_app(fdp_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        assert app.current.id == wrong
        await pilot.press("s")
        assert "every quote of „FDP-Chef“ here (2)" in str(app.screen.query_one("#speaker-every").render())
        assert any(p.startswith("Russland") for p in _prompts(app))
        await pilot.press(*"Christian Lindner")
        assert _saves(app).startswith("Enter saves: Christian Lindner")
        await pilot.press("ctrl+t")
        assert _saves(app).endswith("for all 2 quotes")
        await pilot.press("enter")
        await _ready(app, pilot)
        assert [fresh(fdp_db, i).speaker for i in (wrong, other, lindner)] == ["Christian Lindner"] * 3
        assert fresh(fdp_db, other).speaker_mention == "FDP-Chef"  # the mention still names the speaker
        assert "Speaker of 2 quotes of „FDP-Chef“" in status_text(app)
        assert [app.queue.row(i).speaker for i in (wrong, other)] == ["Christian Lindner"] * 2
        assert "Russland" not in {name for _, name in speaker_names(fdp_db)}
        await pilot.press("s")  # the wrong speaker no quote uses any more is no suggestion
        assert not any("Russland" in p for p in _prompts(app))
        await pilot.press("escape", "u")
        await _ready(app, pilot)
        assert [fresh(fdp_db, i).speaker for i in (wrong, other)] == ["Russland"] * 2
        assert [app.queue.row(i).speaker for i in (wrong, other)] == ["Russland"] * 2
        assert {x.id: x.speaker for x in app.review.model.doc_quotes}[other] == "Russland"  # the article's marks
        assert "2 quotes of its article are as before" in status_text(app)


async def test_the_new_quotes_speaker_can_be_a_mention_of_the_article(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        screen = app.review
        text = app.doc.text
        start = text.index("Die Opposition")
        screen.add_missed(app.doc.id, (start, start + len("Die Opposition kritisierte den Entwurf.")), "indirect")
        await pilot.pause()
        await pilot.press("i")
        await pilot.press(*"Tim")
        assert _saves(app) == "Enter saves: Tim Probe at „Fraktionschef Tim Probe“"
        await pilot.press("enter")
        await _ready(app, pilot)
        added = app.current
        assert (added.origin, added.speaker, added.speaker_mention) == (
            "manual",
            "Tim Probe",
            "Fraktionschef Tim Probe",
        )


# --- the article's reviewed mark --------------------------------------------------------------------------


@pytest.mark.both_backends
async def test_r_marks_the_article_reviewed_and_undo_takes_it_back_in_order(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        doc, first = app.doc.id, app.current.id
        topbar = lambda: str(app.query_one("#topbar").render())  # noqa: E731
        assert "0/2 articles reviewed" in topbar()
        await pilot.press("a", "R")
        await _ready(app, pilot)
        assert review_mark(fixture_db, doc).reviewed_by == ANNOTATOR
        assert "✓ reviewed by tester" in topbar() and "1/2 articles reviewed" in topbar()
        await pilot.press("R")  # a toggle
        await _ready(app, pilot)
        assert not review_mark(fixture_db, doc).reviewed and "0/2 articles reviewed" in topbar()
        await pilot.press("u")  # the unmarking undone
        assert review_mark(fixture_db, doc).reviewed and "1/2 articles reviewed" in topbar()
        await pilot.press("u")  # the mark undone
        assert not review_mark(fixture_db, doc).reviewed and "not reviewed" in status_text(app)
        assert fresh(fixture_db, first).status == "accepted"
        await pilot.press("u")  # then the quote decision before it
        assert fresh(fixture_db, first).status == "proposed"


async def test_undoing_the_mark_of_another_article_shows_that_article(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        doc = app.doc.id
        await pilot.press("R")
        await _ready(app, pilot)
        await pilot.press("greater_than_sign")
        assert app.doc.id != doc
        await pilot.press("u")
        await _ready(app, pilot)
        assert app.doc.id == doc and app.doc.reviewed_at is None
        assert "0/2 articles reviewed" in str(app.query_one("#topbar").render())


def test_the_model_takes_a_mark_only_for_the_article_on_screen(fixture_db):
    model = ReviewModel()
    loaded: LoadedDocument = read_document(fixture_db, 1)
    model.show_document(loaded)
    from quotetool.store.queue import Progress

    model.articles = Progress(0, 2)
    assert model.apply_mark(ReviewMark(1, "anna", "2025-01-01T00:00:00"))
    assert model.doc is not None and model.doc.reviewed_by == "anna" and model.articles == Progress(1, 2)
    assert not model.apply_mark(ReviewMark(2, "anna", "2025-01-01T00:00:00"))  # not on screen: recount
    assert model.articles == Progress(1, 2)
    assert model.apply_mark(ReviewMark(1, None, None)) and model.articles == Progress(0, 2)


# --- comments and flags ------------------------------------------------------------------------------------


@pytest.mark.both_backends
async def test_comment_is_stored_shown_marked_and_removed_by_an_empty_line(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        first = app.current.id
        await pilot.press("c")
        assert isinstance(app.screen, CommentModal)
        await pilot.press(*"Zitat im Original prüfen", "enter")
        await _ready(app, pilot)
        assert fresh(fixture_db, first).comment == "Zitat im Original prüfen"
        assert "Zitat im Original prüfen" in str(app.query_one("#detail").render())
        assert app.queue.format_row(app.queue.row(first), 60)[2] == "✎"
        await pilot.press("c", "escape")
        assert "Comment unchanged." in status_text(app)
        await pilot.press("c", "ctrl+a", "ctrl+k", "enter")
        await _ready(app, pilot)
        assert fresh(fixture_db, first).comment is None
        assert app.queue.format_row(app.queue.row(first), 60)[2] == " "
        assert [a for a, _ in decisions(fixture_db, first)] == ["comment", "comment"]


@pytest.mark.both_backends
async def test_flag_is_chosen_with_one_key_and_undone(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        first = app.current.id
        await pilot.press("f")
        assert isinstance(app.screen, FlagModal)
        await pilot.press("s")
        await _ready(app, pilot)
        assert fresh(fixture_db, first).flag == "second-opinion"
        assert "⚑ second-opinion" in str(app.query_one("#detail").render())
        assert app.queue.format_row(app.queue.row(first), 60)[2] == "⚑"
        await pilot.press("f", "c")
        await _ready(app, pilot)
        assert fresh(fixture_db, first).flag == "check-source"
        await pilot.press("u")
        await _ready(app, pilot)
        assert fresh(fixture_db, first).flag == "second-opinion" and app.current.flag == "second-opinion"
        await pilot.press("f", "n")
        await _ready(app, pilot)
        assert fresh(fixture_db, first).flag is None


@pytest.mark.both_backends
async def test_a_comment_on_a_quote_changed_meanwhile_is_refused_and_the_fresh_state_shown(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        first = app.current
        set_comment(fixture_db, first.id, "von Ben", annotator="ben")
        await pilot.press("c", *"meins", "enter")
        await _ready(app, pilot)
        assert fresh(fixture_db, first.id).comment == "von Ben"
        assert "changed by" in status_text(app) or "since you saw it" in status_text(app)
        assert app.current.comment == "von Ben" and "von Ben" in str(app.query_one("#detail").render())


async def test_keys_act_only_on_a_quote_on_screen(fixture_db):
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("slash", *"zqxwvy", "enter")
        await _ready(app, pilot)
        for key in ("c", "f"):
            await pilot.press(key)
            assert "Nothing was stored" in status_text(app) and not isinstance(app.screen, (CommentModal, FlagModal))


# --- the filter -------------------------------------------------------------------------------------------


def test_filter_terms_for_marks_flags_and_comments():
    flt = parse_filter('reviewed:no flag:second-opinion comment:"im Original" Haushalt')
    assert (flt.reviewed, flt.flag, flt.comment, flt.text) == (False, "second-opinion", "im Original", "Haushalt")
    assert flt.active and parse_filter(describe_filter(flt)) == flt
    assert parse_filter("reviewed:ja").reviewed is True
    with pytest.raises(FilterError, match="reviewed:vielleicht means nothing"):
        parse_filter("reviewed:vielleicht")
    with pytest.raises(FilterError, match="flag:wichtig means nothing"):
        parse_filter("flag:wichtig")


@pytest.mark.both_backends
async def test_the_queue_filters_by_reviewed_flag_and_comment(fixture_db):
    first, second, *_ = _ids(fixture_db)
    accept(fixture_db, first, annotator="setup")  # (a decision does not change what the filter means)
    set_comment(fixture_db, second, "Rücklagen im Original prüfen", annotator="setup")
    app = make_app(fixture_db)
    async with app.run_test(size=SIZE) as pilot:
        await _ready(app, pilot)
        await pilot.press("R", "slash", *"reviewed:no", "enter")
        await _ready(app, pilot)
        assert {r.document_id for r in app.queue.rows} == {2}
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"reviewed:yes comment:original", "enter")
        await _ready(app, pilot)
        assert [r.id for r in app.queue.rows] == [second]
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"rücklagen im original", "enter")  # free text: comments too
        await _ready(app, pilot)
        assert second in [r.id for r in app.queue.rows]
        await pilot.press("slash", "ctrl+a", "ctrl+k", *"flag:any", "enter")
        await _ready(app, pilot)
        assert app.queue.rows == [] and "no quote matches the filter flag:any" in str(app.query_one("#detail").render())
