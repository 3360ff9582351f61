"""Storage: SQLModel tables in SQLite, and the only code that opens sessions.

Imports without textual; the UI and the CLI use the functions re-exported here.
"""

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
from quotetool.store.models import Action, Origin, Status
from quotetool.store.queries import EXPORT_COLUMNS, document_quotes, get_quote, iter_export_rows, stats
from quotetool.store.review import (
    accept,
    add_quote,
    delete_quote,
    history,
    reject,
    set_kind,
    set_span,
    set_speaker,
    undo,
    undo_and_look_back,
)
from quotetool.store.speakers import speaker_names
from quotetool.store.views import DocumentView, ImportResult, QuoteView, Stats

__all__ = [
    "EXPORT_COLUMNS",
    "Action",
    "Database",
    "DocumentView",
    "ImportResult",
    "Limits",
    "Origin",
    "Prepared",
    "QuoteView",
    "Stats",
    "Status",
    "accept",
    "add_quote",
    "delete_quote",
    "document_quotes",
    "get_document",
    "get_quote",
    "history",
    "import_article",
    "iter_export_rows",
    "redetect",
    "reject",
    "resolve_target",
    "set_kind",
    "set_span",
    "set_speaker",
    "speaker_names",
    "stats",
    "store_articles",
    "stored_hashes",
    "undo",
    "undo_and_look_back",
]
