"""The verdicts an RCA answer adds when the question blamed something: a change ("배포 탓이야?") or a CI
("X 튀었던데 그게 원인이야?"), each said to be the likely cause or not."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from services.ops.compose import josa, local

if TYPE_CHECKING:
    from services.ops.compose import Composer
    from services.ops.tools.contracts import RcaArgs


def suspect_verdict(c: Composer, args: RcaArgs, hypotheses: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """ "X 튀었던데 그게 원인이야?": where the CI the question blamed ranks among the causes found."""
    if not args.suspect:
        return []
    suspect, top = args.suspect, hypotheses[0]["ci"]
    rank = next((n for n, h in enumerate(hypotheses, 1) if h["ci"].lower() == suspect.lower()), None)
    if rank == 1:
        return [
            c.say(
                f"네, {josa(suspect, '이가')} 가장 유력한 원인입니다.",
                f"Yes: {suspect} is the likeliest cause.",
            )
        ]
    if rank:
        return [
            c.say(
                f"{josa(suspect, '은는')} 원인 후보 {rank}위입니다: {top}에서 먼저 시작됐습니다.",
                f"{suspect} ranks {rank} among the causes: the trouble began in {top} first.",
            )
        ]
    return [
        c.say(
            f"{josa(suspect, '은는')} 원인으로 보이지 않습니다: 그때 문제의 원인 후보에 없습니다.",
            f"{suspect} does not look like the cause: it is not among the causes of the problem then.",
        )
    ]


def change_verdict(c: Composer, ci: str, top: dict[str, Any], data: dict[str, Any]) -> list[dict[str, Any]]:
    """ "배포 탓이야?": whether the change the question blamed is the likely cause (the root is the changed CI
    itself) or not (the trouble began elsewhere first)."""
    if not data.get("changed_at"):
        return []
    ci = data.get("changed_ci") or ci  # the changed CI, when a CI using it was analysed
    when = local(data["changed_at"], c.tz)
    onset = data.get("onset")
    if onset and datetime.fromisoformat(onset) < datetime.fromisoformat(data["changed_at"]):
        return [
            c.say(
                f"문제는 {ci} 변경({when}) 전인 {local(onset, c.tz)}에 이미 시작됐습니다: 그 변경이 원인은 아닙니다.",
                f"The trouble began at {local(onset, c.tz)}, before the {ci} change ({when}): that change is not "
                "the cause.",
            )
        ]
    if top["ci"].lower() == ci.lower():
        return [
            c.say(
                f"문제는 {ci} 변경({when}) 뒤에 {ci} 자신에서 시작됐습니다: 그 변경이 원인일 수 있습니다.",
                f"The trouble began in {ci} itself after its change ({when}): that change may be the cause.",
            )
        ]
    return [
        c.say(
            f"{ci} 변경({when})은 근본 원인으로 보이지 않습니다: 문제는 {top['ci']}에서 먼저 시작됐습니다.",
            f"The {ci} change ({when}) does not look like the root cause: the trouble began in {top['ci']} first.",
        )
    ]
