"""`spa-ai sql check`: the API Manager's SQL validator verdict, for one statement or a JSONL batch."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from spa_ai.cli.common import DataDirOption, configure, fail

app = typer.Typer(help="SQL API validator", no_args_is_help=True)


def _readable(data_dir: Path | None) -> Any:
    """The readable-tables setting (database, environment or default); the default when no database answers."""
    from services.api_manager.settings import DEFAULT_READABLE, READABLE_TABLES, SPECS
    from services.api_manager.sql_readable import Readable
    from services.core import settings_registry

    configure(data_dir)
    settings_registry.declare(*SPECS)
    try:
        return Readable.parse(str(settings_registry.get(READABLE_TABLES) or ""))
    except Exception as exc:  # no database: judge against the environment or the built-in default
        typer.echo(
            f"note: settings unavailable ({type(exc).__name__}); using the default readable tables", err=True
        )
        spec = settings_registry.spec(READABLE_TABLES)
        import os

        return Readable.parse(os.environ.get(spec.env_var, DEFAULT_READABLE))


def _print_human(verdict: dict[str, Any]) -> None:
    typer.echo("SAFE" if verdict["is_safe"] else "REJECTED")
    for kind in ("errors", "warnings"):
        for item in verdict[kind]:
            typer.echo(f"  {kind[:-1]} {item['line']}:{item['col']} [{item['code']}] {item['message']}")


@app.command("check")
def check_command(
    sql: str = typer.Argument(None, help="The SQL text (omit with --batch)"),
    as_json: bool = typer.Option(False, "--json", help="Print the verdict as JSON"),
    batch: Path | None = typer.Option(None, "--batch", help='JSONL of {"id","sql"}; one verdict per line'),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Judge SQL as a SQL API would (exit 1 when a single statement is not safe)."""
    from services.api_manager.sql_validator import validate

    readable = _readable(data_dir)
    if batch is not None:
        for number, line in enumerate(batch.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                text = str(item["sql"])
            except (ValueError, KeyError, TypeError) as exc:
                raise fail(f"line {number}: {exc}") from exc
            verdict = validate(text, readable=readable).to_dict()
            sys.stdout.write(json.dumps({"id": item.get("id"), **verdict}, ensure_ascii=False) + "\n")
        return
    if sql is None:
        raise typer.BadParameter("give SQL or --batch FILE")
    verdict = validate(sql, readable=readable).to_dict()
    if as_json:
        sys.stdout.write(json.dumps(verdict, ensure_ascii=False) + "\n")
    else:
        _print_human(verdict)
    if not verdict["is_safe"]:
        raise typer.Exit(1)
