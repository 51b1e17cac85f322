"""Pure view code for version diffs (API versions, asset versions): unified diff text as tagged lines."""

from __future__ import annotations


def diff_lines(text: str) -> list[dict[str, str]]:
    """Unified diff text as lines tagged add / del / hunk / meta / ctx (for colouring)."""
    lines = []
    for line in text.splitlines():
        if line.startswith(("+++", "---")):
            kind = "meta"
        elif line.startswith("@@"):
            kind = "hunk"
        elif line.startswith("+"):
            kind = "add"
        elif line.startswith("-"):
            kind = "del"
        else:
            kind = "ctx"
        lines.append({"text": line, "kind": kind})
    return lines
