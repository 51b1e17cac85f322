"""A group of CIs named by the part of their names they share, said with their number ("rsugw 4개 평균
요청량 많은순", "paylink 3개 어제 평균 요청량"): `tg112-rsugw`, `tg131-rsugw` … are the four rsugw. The part
is read as that group only when the number said is how many CIs carry it; otherwise it stays an unknown
name, answered with the names it may mean.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner.names import NAME_PARTS

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

KO_COUNTS = {"두": 2, "세": 3, "네": 4, "다섯": 5, "둘": 2, "셋": 3, "넷": 4}
# "rsugw 4개", "paylink 세 개", "rsugw 넷"
PART_AND_COUNT = re.compile(
    r"(?<![\w.-])([a-z][a-z0-9]{2,})\s*+(?:(\d{1,2})\s*+(?:개|대)|(두|세|네|다섯)\s*+(?:개|대)|(둘|셋|넷))(?![가-힣])"
)


def read_name_part_group(parsed: Parsed, index: EntityIndex) -> None:
    """Restrict `parsed` to the CIs whose names carry the part it says with their number."""
    if parsed.of("ci"):
        return
    for m in PART_AND_COUNT.finditer(parsed.residual):
        part, said = m.group(1), m.group(2) or m.group(3) or m.group(4)
        count = int(said) if said.isdigit() else KO_COUNTS[said]
        carriers = [name for name in index.ci_names if part in NAME_PARTS.split(name)]
        if len(carriers) != count or count < 2:
            continue
        parsed.filters["names"] = sorted(index.ci_names[n] for n in carriers)
        parsed.filters["described"] = part
        parsed.read_words.append(m.span())
        blank = " " * (m.end() - m.start())
        parsed.residual = f"{parsed.residual[: m.start()]}{blank}{parsed.residual[m.end() :]}"
        parsed.structure = f"{parsed.structure[: m.start()]}{blank}{parsed.structure[m.end() :]}"
        return
