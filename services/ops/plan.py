"""The plan model shared by both planners, the validator and the executor."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field


class Route(StrEnum):
    """How a question is answered."""

    LOOKUP = "LOOKUP"  # facts about one thing: a current value, an attribute, events
    AGGREGATE = "AGGREGATE"  # numbers over windows or sets: avg, top-N, thresholds, counts
    GRAPH = "GRAPH"  # topology: dependencies, dependents, paths, what runs where
    RCA = "RCA"  # why something went wrong: ranked root-cause hypotheses
    DIRECT = "DIRECT"  # answered without data tools: time, help, greetings
    REJECT = "REJECT"  # refused by a policy category (secrets, changes, out of scope) or unclear


class Step(BaseModel):
    """One tool call."""

    tool: str
    args: dict[str, Any] = Field(default_factory=dict)


# comparisons asking for their one highest or lowest CI ("그중에 cpu 젤 높은거"): the answer is that CI
ONE_OF_COMPARED = frozenset({"compare_top", "compare_bottom"})


class Plan(BaseModel):
    """What to run for a question, and in which language to answer."""

    route: Route
    steps: list[Step] = Field(default_factory=list)
    planner: Literal["rules", "llm"] = "rules"
    lang: Literal["ko", "en"] = "en"
    intent: str = ""  # what the composer should say, e.g. "metric_latest", "top_n", "dependents"
    reason: str = ""  # for DIRECT/REJECT: the answer or refusal reason key
    detail: str = ""  # what the reason is about, e.g. the unknown CI name
    # for an unknown name: the CIs it most resembles, or (none does) questions to ask instead
    suggestions: list[str] = Field(default_factory=list)
    usage: dict[str, Any] = Field(default_factory=dict)  # LLM tokens and cost, when an LLM planned
    asks_whether: bool = False  # a yes/no question ("X가 HSM까지 타?"): a listing opens with yes or no
    asks_share: bool = False  # "FRA 몇%": a record that is no percentage answers another question

    def names_none(self) -> bool:
        """Whether an unknown name resembles no CI: its suggestions are then questions (CI names hold no
        spaces, questions do)."""
        return self.reason == "unknown_ci" and any(" " in s for s in self.suggestions)

    def summary(self) -> dict[str, Any]:
        """The plan as it appears in the answer object."""
        return {
            "route": self.route.value,
            "steps": [s.model_dump() for s in self.steps],
            "planner": self.planner,
        }
