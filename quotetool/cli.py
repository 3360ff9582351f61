"""The `quotetool` command line."""

from __future__ import annotations

import json
import sys

import click

from quotetool import __version__
from quotetool.detect import detect as detect_quotes
from quotetool.ingest import Article, Problem, read_articles


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quotetool")
def cli() -> None:
    """Verify who said what in German news."""


@cli.command("detect")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True,
              help="jsonl: one JSON object per proposal; table: columns for a person.")
def detect_cmd(paths: tuple[str, ...], fmt: str) -> None:
    """Detect quotes in PATHS (.txt files or folders) and print the proposals; no database is used."""
    skipped = 0
    out = sys.stdout
    for item in read_articles(paths):
        if isinstance(item, Problem):
            skipped += 1
            click.echo(f"skipped {item}", err=True)
            continue
        assert isinstance(item, Article)
        for p in detect_quotes(item.text):
            row = {"document": item.origin, **p.to_dict()}
            if fmt == "jsonl":
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            else:
                out.write(f"{item.origin}\t{p.start}-{p.end}\t{p.kind}\t{p.speaker or '?'}\t"
                          f"{p.rule}\t{p.confidence:.2f}\t{p.quote[:80]!r}\n")
    if skipped:
        sys.exit(1)


def main() -> None:
    cli()
