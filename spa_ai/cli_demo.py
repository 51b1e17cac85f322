"""`spa-ai demo …`: generate and load the built-in demo infrastructure."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import typer

demo_app = typer.Typer(help="Built-in demo infrastructure", no_args_is_help=True)

_DataDir = typer.Option(None, "--data-dir", help="Data directory (default: $SPA_DATA_DIR or ./data)")
_End = typer.Option(None, "--end", help="Last sample time, ISO-8601 (default: now)")
_Days = typer.Option(7, "--days", min=1, max=31, help="Days of 5-minute metrics")
_Seed = typer.Option(42, "--seed", help="Random seed (same seed, same data)")


def _parse_end(end: str | None) -> datetime | None:
    if end is None:
        return None
    moment = datetime.fromisoformat(end.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise typer.BadParameter("--end needs a timezone, e.g. 2026-03-08T06:00:00Z")
    return moment


@demo_app.command("load")
def demo_load(
    data_dir: Path | None = _DataDir, end: str | None = _End, days: int = _Days, seed: int = _Seed
) -> None:
    """Generate the demo estate (~100 CIs, metrics, events, one incident) and import it."""
    from spa_ai.cli import configure_and_migrate

    configure_and_migrate(data_dir)
    from services.admin.service import SYSTEM
    from services.core.db import session_scope
    from services.infra.demo import load_demo

    typer.echo("Generating and importing the demo infrastructure…")
    with session_scope() as session:
        report = load_demo(session, actor=SYSTEM, end=_parse_end(end), days=days, seed=seed)
    summary = report.to_dict()
    for entry in summary["files"]:
        typer.echo(f"  {entry['file']}: {entry['accepted']} accepted, {entry['rejected']} rejected")
    if not report.ok:
        typer.echo(f"error: demo import had problems: {summary['errors'] or 'rejected rows'}", err=True)
        raise typer.Exit(1)
    typer.echo("demo infrastructure loaded")


@demo_app.command("generate")
def demo_generate(out_dir: Path, end: str | None = _End, days: int = _Days, seed: int = _Seed) -> None:
    """Only write the demo as interchange CSV files into OUT_DIR (for `spa-ai infra import`)."""
    from services.core.clock import utcnow
    from services.infra.demo import generate_demo

    manifest = generate_demo(out_dir, end=_parse_end(end) or utcnow(), days=days, seed=seed)
    counts = ", ".join(f"{k}={v}" for k, v in manifest.counts.items())
    typer.echo(
        f"wrote {out_dir} ({counts}); incident on {manifest.incident.root} at "
        f"{manifest.incident.start.isoformat()}"
    )
