"""Storage: SQLModel tables in SQLite, and the only code that opens sessions.

Imports without textual; the UI and the CLI use the functions re-exported here.
"""

from quotetool.store.articles import document_progress, mark_reviewed, review_mark, unmark_reviewed
from quotetool.store.database import Database, resolve_target
from quotetool.store.documents import (
    Limits,
    Prepared,
    get_document,
    import_article,
    redetect,
    store_articles,
    stored_hashes,
)
from quotetool.store.models import Action, Flag, Origin, Status
from quotetool.store.people import article_people, set_speaker_for_mention
from quotetool.store.queries import EXPORT_COLUMNS, corrections, document_quotes, get_quote, iter_export_rows, stats
from quotetool.store.review import (
    accept,
    add_quote,
    delete_quote,
    history,
    reject,
    set_comment,
    set_flag,
    set_kind,
    set_span,
    set_speaker,
    undo,
    undo_and_look_back,
)
from quotetool.store.speakers import speaker_names
from quotetool.store.views import (
    Corrections,
    DocumentProgress,
    DocumentView,
    ImportResult,
    Mention,
    Person,
    QuoteView,
    ReviewMark,
    Stats,
)

__all__ = [
    "EXPORT_COLUMNS",
    "Action",
    "Corrections",
    "Database",
    "DocumentProgress",
    "DocumentView",
    "Flag",
    "ImportResult",
    "Limits",
    "Mention",
    "Origin",
    "Person",
    "Prepared",
    "QuoteView",
    "ReviewMark",
    "Stats",
    "Status",
    "accept",
    "add_quote",
    "article_people",
    "corrections",
    "delete_quote",
    "document_progress",
    "document_quotes",
    "get_document",
    "get_quote",
    "history",
    "import_article",
    "iter_export_rows",
    "mark_reviewed",
    "redetect",
    "reject",
    "resolve_target",
    "review_mark",
    "set_comment",
    "set_flag",
    "set_kind",
    "set_span",
    "set_speaker",
    "set_speaker_for_mention",
    "speaker_names",
    "stats",
    "store_articles",
    "stored_hashes",
    "undo",
    "undo_and_look_back",
    "unmark_reviewed",
]
