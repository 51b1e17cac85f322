"""`spa-ai ops`: ask questions from the command line, one at a time or as a JSONL batch."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import typer

from spa_ai.cli.common import DataDirOption, configure_and_migrate, parse_moment

app = typer.Typer(help="Operations questions (OPS)", no_args_is_help=True)


def _answer(question: str, now: datetime | None, conversation_id: str | None = None) -> dict[str, Any]:
    from services.core.db import session_scope
    from services.core.security import SYSTEM
    from services.ops.service import ask

    with session_scope() as session:
        return ask(session, question=question, actor=SYSTEM, now=now, conversation_id=conversation_id)


def _print_human(answer: dict[str, Any]) -> None:
    for block in answer["blocks"]:
        if block["type"] == "text":
            typer.echo(block["text"])
        elif block["type"] == "table":
            typer.echo(" | ".join(block["columns"]))
            for row in block["rows"]:
                typer.echo(" | ".join("" if c is None else str(c) for c in row))
        elif block["type"] == "rca":
            for h in block["hypotheses"]:
                typer.echo(f"{h['score']:.2f}  {h['ci']}: {h['cause']}")
    typer.echo(f"[{answer['route']} · {answer['status']} · trace {answer['trace_id']}]")


@app.command("ask")
def ask_command(
    question: str = typer.Argument(None, help="The question (omit with --batch)"),
    now: str | None = typer.Option(None, "--now", help="Pin the clock, ISO-8601 with offset"),
    as_json: bool = typer.Option(False, "--json", help="Print the answer object as JSON"),
    batch: Path | None = typer.Option(
        None, "--batch", help='JSONL of {"id","question","now"?}; one answer per line'
    ),
    conversation: str | None = typer.Option(
        None, "--conversation-id", help="Continue a conversation: follow-ups read against its last question"
    ),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Answer a question (or a batch) exactly as the REST API would.

    In a batch, lines may carry their own "conversation_id"; otherwise --conversation-id applies.
    """
    configure_and_migrate(data_dir)
    if batch is not None:
        for number, line in enumerate(batch.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                answer = _answer(
                    str(item["question"]),
                    parse_moment(item.get("now") or now, "now"),
                    item.get("conversation_id") or conversation,
                )
            except (ValueError, KeyError) as exc:
                typer.echo(f"line {number}: {exc}", err=True)
                raise typer.Exit(2) from exc
            sys.stdout.write(
                json.dumps({"id": item.get("id"), **answer}, ensure_ascii=False, default=str) + "\n"
            )
        return
    if not question:
        raise typer.BadParameter("give a QUESTION or --batch FILE")
    answer = _answer(question, parse_moment(now, "--now"), conversation)
    if as_json:
        sys.stdout.write(json.dumps(answer, ensure_ascii=False, default=str) + "\n")
    else:
        _print_human(answer)


def _regress(tags: list[str], golden_file: Path | None) -> dict[str, Any]:
    from services.core.db import session_scope
    from services.core.security import SYSTEM
    from services.ops import golden, regression

    with session_scope() as session:
        if golden_file is not None:
            payload = json.loads(golden_file.read_text(encoding="utf-8"))
            golden.import_golden(session, actor=SYSTEM, payload=payload)
        run = regression.run_watch(session, tags=tags, actor=SYSTEM, trigger="cli")
        assert run.id is not None
        run, results = regression.run_results(session, actor=SYSTEM, run_id=run.id)
        return {**run.model_dump(mode="json"), "results": results}


@app.command("regress")
def regress_command(
    tags: str = typer.Option(
        "", "--tags", help="Only golden queries with any of these tags (comma-separated)"
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the run and its results as JSON"),
    golden_file: Path | None = typer.Option(
        None, "--import", help="Import (upsert) a golden JSON file before the run"
    ),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Run Regression Watch now; exit code 1 when a golden query regressed (for CI pipelines)."""
    configure_and_migrate(data_dir)
    run = _regress([t.strip() for t in tags.split(",") if t.strip()], golden_file)
    if as_json:
        sys.stdout.write(json.dumps(run, ensure_ascii=False, default=str) + "\n")
    else:
        for result in run["results"]:
            if result["outcome"] in ("regressed", "failed"):
                changed = ", ".join(d["field"] for d in result["diffs"]) or result["expect_why"]
                typer.echo(f"{result['outcome'].upper():9} {result['key']}: {result['question']} — {changed}")
        typer.echo(
            f"run {run['id']}: {run['total']} queries · {run['passed']} pass · {run['new']} new · "
            f"{run['regressed']} regressed · {run['duration_ms'] / 1000:.1f} s"
        )
    if run["status"] == "regressed":
        raise typer.Exit(1)
