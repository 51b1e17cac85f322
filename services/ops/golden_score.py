"""Scoring of OPS answers against golden cases, as tests/fixtures' README describes the rules:
route acceptable; numbers within tolerance in text or table cells (dates, times, IPs, versions and
CI-like names are not numbers); CI names as a set / in order / contained; table row counts;
refusals; direct answers; root cause among the top-k hypotheses.
"""

from __future__ import annotations

import json
import re
from typing import Any

NOT_NUMBERS = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}:\d{2}(?::\d{2})?"
    r"|\d+(?:\.\d+){2,}|[A-Za-z][A-Za-z0-9]*(?:[-_][A-Za-z0-9]+)+|[A-Za-z]+\d[A-Za-z0-9]*"
)
NUMBER = re.compile(r"(?<![A-Za-z0-9_.])[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")
NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def numbers(text: str) -> list[float]:
    return [float(m.group().replace(",", "")) for m in NUMBER.finditer(NOT_NUMBERS.sub(" ", text))]


def _blocks(answer: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [b for b in answer["blocks"] if b["type"] == kind]


def _columns(answer: dict[str, Any]) -> list[list[str]]:
    columns = []
    for table in _blocks(answer, "table"):
        width = max((len(r) for r in table["rows"]), default=0)
        columns += [[_cell(r[i]) for r in table["rows"] if i < len(r)] for i in range(width)]
    return columns


def _cell(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def score(case: dict[str, Any], answer: dict[str, Any], universe: set[str]) -> tuple[bool, str]:
    """Whether `answer` meets the case's expectation, and why not."""
    expect = case["expect"]
    if "reject" in expect:
        return answer["status"] == "rejected" or answer["route"] == "REJECT", answer["status"]
    if answer["route"] not in case["routes"]:
        return False, f"route {answer['route']} not in {case['routes']}"
    if answer["status"] != "ok":
        return False, f"status {answer['status']}"
    texts = [b["text"] for b in _blocks(answer, "text")]
    if "direct" in expect:
        return any(t.strip() for t in texts), "direct"
    if "number" in expect:
        want, tol = float(expect["number"]), float(expect.get("tol_rel", 0))
        slack = max(tol * abs(want), 0.005) if tol > 0 else 1e-9
        got = [n for t in texts for n in numbers(t)]
        for column in _columns(answer):
            for cell in column:
                got += numbers(cell) if not re.fullmatch(r"-?\d+(?:\.\d+)?", cell) else [float(cell)]
        return any(abs(x - want) <= slack for x in got), f"{want} not in {sorted(set(got))[:10]}"
    if "rows" in expect:
        counts = [len(t["rows"]) for t in _blocks(answer, "table")]
        return expect["rows"] in counts, f"rows {counts}"
    if "root_cause" in expect:
        ranked = [
            h["ci"]
            for b in _blocks(answer, "rca")
            for h in sorted(b["hypotheses"], key=lambda h: -h["score"])
        ]
        return expect["root_cause"] in ranked[: expect.get("k", 3)], f"top {ranked[:3]}"
    wanted = [n.lower() for n in expect["names"]]
    strings = texts + [c for col in _columns(answer) for c in col]
    strings += [n["id"] for g in _blocks(answer, "graph") for n in g["nodes"]]
    if expect.get("match") == "contains":
        missing = [n for n in wanted if not any(n in s.lower() for s in strings)]
        return not missing, f"missing {missing}"
    ignore = {t for t in NAME.findall(case["question"].lower()) if t in universe} - set(wanted)
    known = universe | set(wanted)
    sequences = [
        [t for c in col for t in NAME.findall(c.lower()) if t in known and t not in ignore]
        for col in _columns(answer)
    ]
    sequences += [[n["id"] for n in g["nodes"] if n["id"] not in ignore] for g in _blocks(answer, "graph")]
    sequences.append([t for s in texts for t in NAME.findall(s.lower()) if t in known and t not in ignore])
    if expect.get("match") == "ordered":
        ok = any(s[i : i + len(wanted)] == wanted for s in sequences for i in range(len(s) - len(wanted) + 1))
    else:
        ok = any(set(s) == set(wanted) for s in sequences if s)
    return ok, f"{wanted} vs {sequences[:3]}"
