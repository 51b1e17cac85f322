"""`spa-ai demo …`: generate and load the built-in demo infrastructure."""

from __future__ import annotations

from pathlib import Path

import typer

from spa_ai.cli.common import DataDirOption, configure_and_migrate, parse_moment

app = typer.Typer(help="Built-in demo infrastructure", no_args_is_help=True)

_End = typer.Option(None, "--end", help="Last sample time, ISO-8601 (default: now)")
_Days = typer.Option(7, "--days", min=1, max=31, help="Days of 5-minute metrics")
_Seed = typer.Option(42, "--seed", help="Random seed (same seed, same data)")


@app.command("load")
def demo_load(
    data_dir: Path | None = DataDirOption, end: str | None = _End, days: int = _Days, seed: int = _Seed
) -> None:
    """Generate the demo estate (~100 CIs, metrics, events, one incident) and import it."""
    configure_and_migrate(data_dir)
    from services.core.db import session_scope
    from services.core.security import SYSTEM
    from services.infra.demo import load_demo

    typer.echo("Generating and importing the demo infrastructure…")
    with session_scope() as session:
        report = load_demo(session, actor=SYSTEM, end=parse_moment(end, "--end"), days=days, seed=seed)
    summary = report.to_dict()
    for entry in summary["files"]:
        typer.echo(f"  {entry['file']}: {entry['accepted']} accepted, {entry['rejected']} rejected")
    if not report.ok:
        typer.echo(f"error: demo import had problems: {summary['errors'] or 'rejected rows'}", err=True)
        raise typer.Exit(1)
    typer.echo("demo infrastructure loaded")


@app.command("generate")
def demo_generate(out_dir: Path, end: str | None = _End, days: int = _Days, seed: int = _Seed) -> None:
    """Only write the demo as interchange CSV files into OUT_DIR (for `spa-ai infra import`)."""
    from services.core.clock import utcnow
    from services.infra.demo import generate_demo

    manifest = generate_demo(out_dir, end=parse_moment(end, "--end") or utcnow(), days=days, seed=seed)
    counts = ", ".join(f"{k}={v}" for k, v in manifest.counts.items())
    typer.echo(
        f"wrote {out_dir} ({counts}); incident on {manifest.incident.root} at "
        f"{manifest.incident.start.isoformat()}"
    )
