"""`spa-ai docs`: ingest files and search them (ARCHITECTURE §4), from the shell or a JSONL batch."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Any

import typer

from spa_ai.cli.common import DataDirOption, configure_and_migrate, fail

app = typer.Typer(help="Documents (DOCS): ingest and search", no_args_is_help=True)


def _actor(owner: str | None) -> Any:
    from services.admin.service import get_user, principal_for
    from services.core.db import session_scope
    from services.core.security import SYSTEM

    if not owner:
        return SYSTEM
    with session_scope() as session:
        user = get_user(session, owner)
        if user is None or not user.is_active:
            raise fail(f"no active user '{owner}'")
        return principal_for(user, via="cli")


def _files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            out.append(path)
        else:
            raise fail(f"no such file or directory: {path}")
    return out


@app.command("ingest")
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files or directories (read recursively)"),
    wait: bool = typer.Option(
        False, "--wait", help="Process here and wait until every file is done or failed"
    ),
    owner: str | None = typer.Option(None, "--owner", help="Upload as this user (default: system)"),
    strategy: str | None = typer.Option(None, "--strategy", help="fixed | structure | table | image"),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Queue files for processing (a running app's worker takes them), or process them now with --wait."""
    configure_and_migrate(data_dir)
    from services.core.db import session_scope
    from services.core.errors import DomainError
    from services.documents import service

    actor = _actor(owner)
    queued: dict[str, str] = {}
    failed = 0
    for path in _files(paths):
        try:
            with session_scope() as session, path.open("rb") as handle:
                answer = service.upload(
                    session, actor=actor, source=handle, filename=path.name, strategy=strategy
                )
        except DomainError as exc:
            typer.echo(f"{path}: rejected: {exc.message}", err=True)
            failed += 1
            continue
        note = " (same bytes already uploaded)" if answer.get("duplicate") else ""
        typer.echo(f"{path}: {answer['id']} {answer['status']}{note}")
        if not answer.get("duplicate"):
            queued[answer["id"]] = str(path)
    if wait and queued:
        failed += _wait(queued)
    if failed:
        raise typer.Exit(1)


def _wait(queued: dict[str, str]) -> int:
    from services.core import jobs
    from services.core.db import session_scope
    from services.documents.models import Document

    worker = jobs.worker_name()
    pending = dict(queued)
    failures = 0
    while pending:
        ran = jobs.run_one(worker)
        with session_scope() as session:
            for doc_id in list(pending):
                doc = session.get(Document, doc_id)
                if doc is None or doc.status in ("done", "failed"):
                    path = pending.pop(doc_id)
                    if doc is not None and doc.status == "failed":
                        failures += 1
                        typer.echo(f"{path}: failed at {doc.failed_stage}: {doc.error}", err=True)
                    elif doc is not None:
                        typer.echo(f"{path}: done, {doc.chunk_count} chunks")
        if not ran and pending:
            time.sleep(0.5)  # another worker holds the job
    return failures


def _hits(result: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        {
            "document_id": h["document_id"],
            "filename": h["filename"],
            "chunk_id": h["chunk_id"],
            "score": h["score"],
            "ranks": h["ranks"],
        }
        for h in result["hits"]
    ]


@app.command("search")
def search(
    query: str = typer.Argument(None, help="The query (omit with --batch)"),
    mode: str = typer.Option("hybrid", "--mode", help="text | vector | hybrid"),
    top_k: int = typer.Option(10, "--top-k", min=1, max=100),
    as_json: bool = typer.Option(False, "--json", help="Print the hits as JSON"),
    batch: Path | None = typer.Option(None, "--batch", help='JSONL of {"id","query","mode"?,"top_k"?}'),
    owner: str | None = typer.Option(None, "--as", help="Search as this user (default: system, sees all)"),
    data_dir: Path | None = DataDirOption,
) -> None:
    """Search documents; --batch prints one `{"id","hits":[...]}` line per input line."""
    configure_and_migrate(data_dir)
    from services.core.db import session_scope
    from services.documents.search import search as run_search

    if mode not in ("text", "vector", "hybrid"):
        raise fail("--mode must be text, vector or hybrid")
    actor = _actor(owner)
    if batch is not None:
        for number, line in enumerate(batch.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
                item_mode = str(item.get("mode") or mode)
                if item_mode not in ("text", "vector", "hybrid"):
                    raise ValueError(f"mode must be text, vector or hybrid, not {item_mode!r}")
                with session_scope() as session:
                    result = run_search(
                        session,
                        actor=actor,
                        query=str(item["query"]),
                        search_type=item_mode,
                        top_k=max(1, min(int(item.get("top_k") or top_k), 100)),
                    )
            except (ValueError, KeyError, TypeError) as exc:
                raise fail(f"line {number}: {exc}") from exc
            sys.stdout.write(
                json.dumps({"id": item.get("id"), "hits": _hits(result)}, ensure_ascii=False) + "\n"
            )
        return
    if not query:
        raise typer.BadParameter("give a QUERY or --batch FILE")
    with session_scope() as session:
        result = run_search(session, actor=actor, query=query, search_type=mode, top_k=top_k)
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False, default=str) + "\n")
        return
    for number, hit in enumerate(result["hits"], start=1):
        ranks = " ".join(f"{arm}={rank if rank is not None else '-'}" for arm, rank in hit["ranks"].items())
        typer.echo(f"{number:>2}. {hit['score']:.4f}  {hit['filename']}  (chunk {hit['chunk_id']}; {ranks})")
        typer.echo(f"    {hit['snippet'][:200]}")
    typer.echo(f"[{result['search_type']} · {len(result['hits'])} hits · {result['took_ms']} ms]")
