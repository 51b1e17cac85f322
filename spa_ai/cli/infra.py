"""`spa-ai infra …`: import the infrastructure interchange format."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from spa_ai.cli.common import DataDirOption, configure_and_migrate

app = typer.Typer(help="Infrastructure data (CMDB, metrics, events)", no_args_is_help=True)


@app.command("import")
def infra_import(
    path: Path = typer.Argument(..., help="Directory or zip of cis/relations/metrics/events .csv[.gz]"),
    data_dir: Path | None = DataDirOption,
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON"),
) -> None:
    """Import PATH (idempotent upsert by name); exits 1 when anything was rejected."""
    configure_and_migrate(data_dir)
    from services.core.db import session_scope
    from services.core.errors import DomainError
    from services.core.security import SYSTEM
    from services.infra.importer import import_path

    try:
        with session_scope() as session:
            report = import_path(session, path, actor=SYSTEM)
    except DomainError as exc:
        typer.echo(f"error: {exc.message}", err=True)
        raise typer.Exit(2) from exc
    summary = report.to_dict()
    if as_json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        for problem in summary["errors"]:
            typer.echo(f"error: {problem}", err=True)
        for entry in summary["files"]:
            state = "applied" if entry["applied"] else "NOT applied"
            typer.echo(
                f"{entry['file']:<18} {entry['accepted']:>10} accepted {entry['rejected']:>8} rejected "
                f"{entry['written']:>10} written  {state}"
            )
            for error in entry["errors"]:
                typer.echo(f"    row {error['row']}: {error['reason']}")
            if entry["rejected"] > len(entry["errors"]):
                typer.echo(f"    … and {entry['rejected'] - len(entry['errors'])} more rejected row(s)")
    if not report.ok:
        raise typer.Exit(1)
