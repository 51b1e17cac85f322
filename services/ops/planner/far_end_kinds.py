"""Kinds of CI the estate does not type, asked for at a relation's far end, read from the records instead:

- lines ("bank-fep 밖으로 나가는 회선", "kpx-bid가 의존하는 네트워크 회선", "which network links does X rely
  on"): the CIs whose records hold a circuit (a key such as `circuit`, `circuit_id`, `line_no`). An estate
  that records no circuit cannot tell a line from any other CI, so the question is `unclear` there rather
  than answered with every dependency;
- batch jobs where the CMDB types them as services ("md1-bat01 위에 도는 배치들"): the CIs named as jobs
  (`job-graphbuild`, `BAT_CLOSE`) or whose records say they are batches."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner import relations as rel
from services.ops.planner.described import holds_word

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

# a line asked for as a kind of CI (not its number: "회선번호", "회선 id" is a key of one line)
LINE_WORDS = re.compile(
    r"(?:네트워크\s*+|(?<![가-힣])|(?<=전용)|(?<=백업)|(?<=van )|(?<=pg ))회선(?!\s*+(?:번호|넘버|id|아이디|수|몇))"
    # English: the kind said with its medium ("network links", "leased lines"), not "X links to Y"
    r"|전용선|트렁크|\b(?:network|wan|mpls|carrier|leased)\s++(?:links?|lines?|circuits?)\b|\b(?:circuits|trunks)\b",
    re.I,
)
# "밖으로 나가는 회선": the lines its traffic leaves by, however far down
OUTBOUND = re.compile(r"밖으로\s*+(?:나가는|나간|물린|연결된|붙은|빠지는)|\boutbound\b|\bgoing out\b", re.I)
CIRCUIT_KEY = re.compile(r"(?:circuit|line)(?:_?(?:id|no|number))?|회선(?:번호|id)?", re.I)


def circuit_key(index: EntityIndex) -> str | None:
    """The key this estate records a line's circuit by, if any."""
    keys = sorted({key for keys in index.ci_keys.values() for key in keys if CIRCUIT_KEY.fullmatch(key)})
    return keys[0] if keys else None


# a batch job said as a kind ("배치들", "batch jobs"), where no CI is typed `batch`
BATCH_WORDS = re.compile(r"(?<![가-힣])배치(?:잡|\s?작업|들)?|\bbatch(?:es| jobs?)?\b|\bjobs\b", re.I)
# "bat"/"batch" in a host's name, after a short site prefix and before its number (`djbat02`, `pcbatv01`)
GLUED_BATCH = re.compile(r"(?:^|[^a-z])[a-z]{0,3}bat(?:ch)?(?=[a-z]?\d|[^a-z]|$)")
JOB_NAME_PARTS = frozenset({"job", "jobs", "batch", "bat", "btch", "cron", "jb"})


def batch_like(name: str, index: EntityIndex) -> bool:
    """Whether a CI is a batch job or a batch server by its name or record (`job-graphbuild`, `djbat02`)."""
    parts = set(re.split(r"[^a-z]+", name.lower()))
    glued = GLUED_BATCH.search(name.lower())  # `pgbat01`, `pcbatv01`, `hv-cc-bat01`
    text = index.ci_texts.get(name.lower(), "")
    return bool(JOB_NAME_PARTS & parts or glued or holds_word(text, "배치") or holds_word(text, "batch"))


def batch_jobs(index: EntityIndex) -> list[str]:
    """The software CIs that are batch jobs by their names or records, as written."""
    return sorted(
        index.ci_names.get(name, name)
        for name, ci_type in index.ci_types.items()
        if ci_type in ("service", "batch") and batch_like(name, index)
    )


def read_far_end_kind(parsed: Parsed, index: EntityIndex) -> None:
    """The lines or batch jobs a relation question about one CI asks for at its far end, read (their words
    blanked) for topology to narrow the far end by."""
    cis = [m for m in parsed.mentions if m.kind == "ci"]
    if len({m.value for m in cis}) != 1:
        return
    reading = rel.read_relation(parsed.structure, cis[0].start, cis[0].end)
    if reading is None and not OUTBOUND.search(parsed.structure):
        return
    untyped_jobs = "batch" not in index.ci_types.values() and not parsed.types
    if said := LINE_WORDS.search(parsed.residual):
        parsed.far_end = ("line", said.group())
    elif (
        untyped_jobs
        and reading
        and reading.relation == "hosted"
        and (said := BATCH_WORDS.search(parsed.residual))
    ):
        parsed.far_end = ("batch", said.group())
    else:
        return
    parsed.blank([said.span()])
    parsed.read_words.append(said.span())
