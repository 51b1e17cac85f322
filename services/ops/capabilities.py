"""What the assistant can see, for the asking user: the tools the policy lets their role use and the
data those tools read ("what can you see?", "넌 뭘 볼 수 있어?" are answered, never refused)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlmodel import Session

from services.core.security import Principal
from services.ops.planner.entities import EntityIndex
from services.ops.tools import TOOLS

MAX_LISTED = 8


def _tool_descriptions(session: Session) -> dict[str, str]:
    """Each tool's description as published in its `tool` asset, else as registered."""
    from services.asset_registry.reads import published_content

    described: dict[str, str] = {}
    for name, tool in TOOLS.items():
        try:
            described[name] = str(
                published_content(session, "tool", name).get("description") or tool.description
            )
        except Exception:
            described[name] = tool.description
    return described


def _data(tool: str, index: EntityIndex, lang: str) -> str | None:
    """The data `tool` reads, in words."""
    ko = lang == "ko"
    if tool == "ci_lookup":
        types = Counter(index.ci_types.values()).most_common()
        kinds = ", ".join(f"{t} {n}" for t, n in types)
        return (
            f"구성 항목(CI) {len(index.ci_types)}개 ({kinds})"
            if ko
            else f"{len(index.ci_types)} CIs ({kinds})"
        )
    if tool == "metric_query":
        names = [index.metric_labels.get(m, {}).get(lang, m) for m in sorted(index.metric_units)]
        more = len(names) - MAX_LISTED
        listed = ", ".join(names[:MAX_LISTED]) + (f" …(+{more})" if more > 0 else "")
        return f"메트릭 {len(names)}종 ({listed})" if ko else f"{len(names)} metrics ({listed})"
    words = {
        "event_query": ("이벤트와 알림", "events and alerts"),
        "graph_query": (
            "CI 간 관계 (의존, 실행 위치, 경로)",
            "relations between CIs (dependencies, hosting, paths)",
        ),
        "rca": (
            "장애 원인 분석 (메트릭 이상, 이벤트, 의존 관계)",
            "root-cause analysis (anomalies, events, dependencies)",
        ),
        "document_search": ("업로드된 문서", "uploaded documents"),
    }.get(tool)
    return None if words is None else words[0 if ko else 1]


def capabilities_blocks(
    session: Session, *, principal: Principal, policy: dict[str, Any], index: EntityIndex, lang: str
) -> list[dict[str, Any]]:
    """A text naming the data the caller's role may read and a table of the tools it may use."""
    allowed = [t for t in policy["allowed_tools"].get(principal.role, []) if t in TOOLS]
    described = _tool_descriptions(session)
    data = [d for t in allowed if (d := _data(t, index, lang))]
    if lang == "ko":
        text = (
            f"'{principal.role}' 역할로 볼 수 있는 데이터: {'; '.join(data) or '없음'}. "
            f"사용할 수 있는 도구: {', '.join(allowed) or '없음'}. 조회와 분석만 하며 변경은 하지 않습니다."
        )
    else:
        text = (
            f"With the role '{principal.role}' I can read: {'; '.join(data) or 'nothing'}. "
            f"Tools I may use for you: {', '.join(allowed) or 'none'}. I only read and analyse; I change nothing."
        )
    table = {
        "type": "table",
        "columns": ["도구", "설명"] if lang == "ko" else ["tool", "description"],
        "rows": [[t, described[t]] for t in allowed],
    }
    return [{"type": "text", "text": text}, table]
