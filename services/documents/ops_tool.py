"""The `document_search` OPS tool and the runbook look-up CEP alerts use.

`document_search(ctx, DocumentSearchArgs(query, top_k?, mode?))` runs a hybrid search as the asking user (their
document permissions apply) and returns the hits plus reference blocks linking to each chunk, for
answers such as "how do I fix X / X 조치 방법". `runbook_hits(session, actor=..., ci_type=..., metric=...)`
gives an alert's top runbook hits for its CI type and metric (Korean and English terms for both).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field
from sqlmodel import Session

from services.core.security import Principal
from services.documents import search as search_module

MAX_TOP_K = 10
_CI_TYPE_TERMS = {
    "host": "host server 서버 호스트",
    "service": "service application 서비스 애플리케이션",
    "database": "database DB 데이터베이스",
    "cache": "cache 캐시",
    "queue": "queue message broker 큐 메시지",
    "load_balancer": "load balancer LB 로드밸런서",
    "storage": "storage disk volume 스토리지 디스크",
    "batch": "batch job schedule 배치 작업 스케줄",
    "network": "network switch router firewall link 네트워크 스위치 라우터 방화벽 회선",
}
_METRIC_TERMS = {
    "cpu_usage": "CPU usage high load CPU 사용률",
    "memory_usage": "memory usage OOM 메모리 사용률",
    "disk_usage": "disk usage full 디스크 사용률 용량",
    "response_time_ms": "response time latency slow 응답 시간 지연",
    "error_rate": "error rate 5xx failures 에러율 오류",
    "request_rate": "request rate traffic 요청량 트래픽",
}


def reference_block(hit: dict[str, Any]) -> dict[str, Any]:
    """An answer block citing one chunk (ARCHITECTURE §4 `reference`, kind `document`)."""
    where = " · ".join(
        str(part)
        for part in (
            " › ".join(hit.get("meta", {}).get("heading_path") or []),
            f"p.{hit['meta']['page']}" if hit.get("meta", {}).get("page") else "",
        )
        if part
    )
    return {
        "type": "reference",
        "kind": "document",
        "title": hit["title"] or hit["filename"],
        "text": hit["snippet"],
        "where": where,
        "document_id": hit["document_id"],
        "chunk_id": hit["chunk_id"],
        "link": f"/documents/{hit['document_id']}?chunk={hit['chunk_id']}",
    }


def find(
    session: Session, *, actor: Principal, query: str, top_k: int = 3, mode: str = "hybrid"
) -> dict[str, Any]:
    """Search hits and their reference blocks; no hits (not an error) for callers without `docs:read`."""
    if not actor.can("docs:read") or not query.strip():
        return {"query": query, "hits": [], "references": []}
    mode = mode if mode in ("text", "vector", "hybrid") else "hybrid"
    result = search_module.search(
        session, actor=actor, query=query, search_type=mode, top_k=max(1, min(int(top_k), MAX_TOP_K))
    )
    return {
        "query": query,
        "hits": result["hits"],
        "references": [reference_block(h) for h in result["hits"]],
    }


def runbook_hits(
    session: Session, *, actor: Principal, ci_type: str, metric: str, top_k: int = 3
) -> list[dict[str, Any]]:
    """An alert's top runbook hits: a search built from its CI type and metric (Korean and English)."""
    query = " ".join(
        (
            _CI_TYPE_TERMS.get(ci_type, ci_type.replace("_", " ")),
            _METRIC_TERMS.get(metric, metric.replace("_", " ")),
            "runbook 조치 절차",
        )
    )
    return find(session, actor=actor, query=query, top_k=top_k)["references"]


def register_tool() -> None:
    """Register `document_search` with the OPS tool registry (kept here so DOCS owns it)."""
    from services.ops.tools import ToolContext, ToolResult, register
    from services.ops.tools.contracts import ToolArgs

    class DocumentSearchArgs(ToolArgs):
        """Runbooks, postmortems and documents relevant to a question ('how do I fix X', 'X 조치 방법');
        args: query (text), top_k (1-10), mode (hybrid|text|vector)"""

        query: str = Field(max_length=1000, description="what to look for, in the question's words")
        top_k: int = Field(default=3, ge=1, le=MAX_TOP_K, description="how many passages")
        mode: Literal["hybrid", "text", "vector"] = "hybrid"

    @register("document_search", DocumentSearchArgs)
    def document_search(ctx: ToolContext, args: DocumentSearchArgs) -> ToolResult:
        found = find(ctx.session, actor=ctx.principal, query=args.query, top_k=args.top_k, mode=args.mode)
        return ToolResult(
            {
                "op": "document_search",
                "query": found["query"],
                "hits": found["hits"],
                "blocks": found["references"],
            },
            [{"kind": "document", "text": r["link"]} for r in found["references"]],
        )
