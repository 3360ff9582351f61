"""`quotetool speakers` and `quotetool statements`: the speaker registry and statement clusters on the command line.

Registered on the `quotetool` group by quotetool/cli.py. Tables show text inertly (control characters as
visible stand-ins); JSONL keeps it exact.
"""

from __future__ import annotations

import json
from typing import Any

import click

from quotetool.cli import _db_option, _inert, _open, default_annotator

_FORMAT = click.Choice(["table", "jsonl"])


def _annotator_option(func: Any) -> Any:
    return click.option(
        "--annotator",
        default=None,
        metavar="NAME",
        help="Who decides [default: $QUOTETOOL_ANNOTATOR, else the login name].",
    )(func)


def _echo_jsonl(record: dict[str, Any]) -> None:
    click.echo(json.dumps(record, ensure_ascii=False))


@click.group("speakers", invoke_without_command=True)
@click.option("--format", "fmt", type=_FORMAT, default="table", show_default=True)
@click.option("--propose", is_flag=True, help="Recompute the proposed merges first.")
@click.option("--all", "with_unused", is_flag=True, help="Also speakers no proposed or accepted quote uses.")
@_db_option
@click.pass_context
def speakers_cmd(ctx: click.Context, fmt: str, propose: bool, with_unused: bool, db_target: str | None) -> None:
    """The speaker registry: id, name, aliases, external id, quote counts, outlets, and the proposed merges.
    Subcommands merge, keep apart, rename, split off an alias, delete and set the external id."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {**(ctx.obj or {}), "db": db_target or (ctx.obj or {}).get("db")}
        return
    from quotetool.store.registry import list_merges, list_speakers
    from quotetool.store.registry import propose as propose_merges

    db = _open(db_target, readonly=not propose)
    if propose:
        click.echo(f"{propose_merges(db)} merges proposed.", err=True)
    entries, merges = list_speakers(db, with_unused=with_unused), list_merges(db)
    if fmt == "jsonl":
        for e in entries:
            _echo_jsonl(
                {
                    "type": "speaker",
                    "id": e.id,
                    "name": e.name,
                    "aliases": list(e.aliases),
                    "external_id": e.external_id,
                    "kind": e.kind,
                    "quotes": e.quotes,
                    "accepted": e.accepted,
                    "outlets": list(e.outlets),
                }
            )
        for m in merges:
            _echo_jsonl(
                {
                    "type": "merge",
                    "id": m.id,
                    "keep_id": m.keep_id,
                    "keep": m.keep_name,
                    "merge_id": m.merge_id,
                    "merge": m.merge_name,
                    "rule": m.rule,
                    "score": m.score,
                }
            )
        return
    click.echo(f"{'id':>5}  {'quotes':>6}  {'acc':>4}  {'ext id':<10}  name / aliases / outlets")
    for e in entries:
        click.echo(f"{e.id:>5}  {e.quotes:>6}  {e.accepted:>4}  {_inert(e.external_id or '-'):<10}  {_inert(e.name)}")
        if e.aliases:
            click.echo(f"{'':>33}also: {_inert('; '.join(e.aliases))}")
        if e.outlets:
            click.echo(f"{'':>33}in: {_inert(', '.join(e.outlets))}")
    click.echo(f"{len(merges)} proposed merges" + (":" if merges else "."))
    for m in merges:
        click.echo(
            f"{m.id:>5}  {m.score:.2f}  {m.rule:<15}  {_inert(m.merge_name)} ({m.merge_id}) -> "
            f"{_inert(m.keep_name)} ({m.keep_id})"
        )


def _db(ctx: click.Context) -> Any:
    return _open((ctx.obj or {}).get("db"))


@speakers_cmd.command("merge")
@click.argument("keep_id", type=int)
@click.argument("merge_id", type=int, required=False)
@_annotator_option
@click.pass_context
def merge_cmd(ctx: click.Context, keep_id: int, merge_id: int | None, annotator: str | None) -> None:
    """Accept merge proposal KEEP_ID (one number), or merge speaker MERGE_ID into speaker KEEP_ID."""
    from quotetool.store.registry import accept_merge, merge_speakers

    who = annotator or default_annotator()
    if merge_id is None:
        m = accept_merge(_db(ctx), keep_id, annotator=who)
    else:
        m = merge_speakers(_db(ctx), keep_id, merge_id, annotator=who)
    click.echo(f"Merged {_inert(m.merge_name)} ({m.merge_id}) into {_inert(m.keep_name)} ({m.keep_id}).")


@speakers_cmd.command("keep-apart")
@click.argument("proposal_id", type=int)
@_annotator_option
@click.pass_context
def keep_apart_cmd(ctx: click.Context, proposal_id: int, annotator: str | None) -> None:
    """Reject merge proposal PROPOSAL_ID: the two speakers stay apart and are not proposed again."""
    from quotetool.store.registry import reject_merge

    m = reject_merge(_db(ctx), proposal_id, annotator=annotator or default_annotator())
    click.echo(f"Kept {_inert(m.merge_name)} ({m.merge_id}) and {_inert(m.keep_name)} ({m.keep_id}) apart.")


@speakers_cmd.command("rename")
@click.argument("speaker_id", type=int)
@click.argument("name")
@_annotator_option
@click.pass_context
def rename_cmd(ctx: click.Context, speaker_id: int, name: str, annotator: str | None) -> None:
    """Rename speaker SPEAKER_ID to NAME (the old name stays an alias)."""
    from quotetool.store.registry import rename_speaker

    e = rename_speaker(_db(ctx), speaker_id, name, annotator=annotator or default_annotator())
    click.echo(f"Speaker {e.id} is now {_inert(e.name)}.")


@speakers_cmd.command("split")
@click.argument("speaker_id", type=int)
@click.argument("alias")
@_annotator_option
@click.pass_context
def split_cmd(ctx: click.Context, speaker_id: int, alias: str, annotator: str | None) -> None:
    """Split ALIAS off speaker SPEAKER_ID, with the quotes that name it so."""
    from quotetool.store.registry import split_alias

    e = split_alias(_db(ctx), speaker_id, alias, annotator=annotator or default_annotator())
    click.echo(f"{_inert(e.name)} is speaker {e.id} now, with {e.quotes} quotes.")


@speakers_cmd.command("delete")
@click.argument("speaker_id", type=int)
@_annotator_option
@click.pass_context
def delete_cmd(ctx: click.Context, speaker_id: int, annotator: str | None) -> None:
    """Delete speaker SPEAKER_ID, which no proposed or accepted quote may use."""
    from quotetool.store.registry import delete_speaker

    delete_speaker(_db(ctx), speaker_id, annotator=annotator or default_annotator())
    click.echo(f"Deleted speaker {speaker_id}.")


@speakers_cmd.command("set-id")
@click.argument("speaker_id", type=int)
@click.argument("external_id", required=False, default="")
@_annotator_option
@click.pass_context
def set_id_cmd(ctx: click.Context, speaker_id: int, external_id: str, annotator: str | None) -> None:
    """Set the external id (a Wikidata QID such as Q42) of SPEAKER_ID; without one, remove it."""
    from quotetool.store.registry import set_external_id

    e = set_external_id(_db(ctx), speaker_id, external_id, annotator=annotator or default_annotator())
    click.echo(f"Speaker {e.id} ({_inert(e.name)}): external id {_inert(e.external_id or 'none')}.")


@click.group("statements", invoke_without_command=True)
@click.option("--format", "fmt", type=_FORMAT, default="table", show_default=True)
@click.option("--link", is_flag=True, help="Propose the links between quotes of one statement first.")
@_db_option
@click.pass_context
def statements_cmd(ctx: click.Context, fmt: str, link: bool, db_target: str | None) -> None:
    """Statements reported by several articles: their quotes with outlet, date and wording.
    Subcommands confirm and split."""
    if ctx.invoked_subcommand is not None:
        ctx.obj = {**(ctx.obj or {}), "db": db_target or (ctx.obj or {}).get("db")}
        return
    from quotetool.store.statements import link_all, list_statements

    db = _open(db_target, readonly=not link)
    if link:
        r = link_all(db)
        click.echo(f"{r.proposed} links proposed ({r.added} new, {r.removed} no longer found).", err=True)
    entries = list_statements(db)
    for s in entries:
        if fmt == "jsonl":
            _echo_jsonl(
                {
                    "statement_id": s.id,
                    "size": len(s.members),
                    "confirmed_links": s.confirmed,
                    "proposed_links": s.proposed,
                    "quotes": [
                        {
                            "quote_id": m.quote_id,
                            "document_id": m.document_id,
                            "outlet": m.outlet,
                            "title": m.title,
                            "published": m.published,
                            "speaker": m.speaker,
                            "kind": m.kind,
                            "status": m.status,
                            "text": m.text,
                        }
                        for m in s.members
                    ],
                }
            )
            continue
        speaker = next((m.speaker for m in s.members if m.speaker), "?")
        click.echo(
            f"statement {s.id}: {_inert(speaker)}, {len(s.members)} quotes, "
            f"{s.confirmed} links confirmed, {s.proposed} proposed"
        )
        for m in s.members:
            click.echo(
                f"  {m.quote_id:>6}  {_inert(m.source):<24.24}  {_inert(m.published or '-'):<10}  {_inert(m.text)}"
            )
    if fmt == "table" and not entries:
        click.echo("No statement is linked across articles yet (quotetool statements --link proposes links).")


@statements_cmd.command("confirm")
@click.argument("quote_id", type=int)
@_annotator_option
@click.pass_context
def confirm_cmd(ctx: click.Context, quote_id: int, annotator: str | None) -> None:
    """Confirm the proposed links of QUOTE_ID's statement."""
    from quotetool.store.statements import confirm_statement

    n = confirm_statement(_db(ctx), quote_id, annotator=annotator or default_annotator())
    click.echo(f"Confirmed {n} links of the statement of quote {quote_id}.")


@statements_cmd.command("split")
@click.argument("quote_id", type=int)
@_annotator_option
@click.pass_context
def split_statement_cmd(ctx: click.Context, quote_id: int, annotator: str | None) -> None:
    """Split QUOTE_ID off its statement (its links are rejected)."""
    from quotetool.store.statements import split_statement

    n = split_statement(_db(ctx), quote_id, annotator=annotator or default_annotator())
    click.echo(f"Quote {quote_id} is a statement of its own now ({n} links rejected).")
