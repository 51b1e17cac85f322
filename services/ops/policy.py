"""The OPS policy: limits, the tools each role may use and refusals by category — one default, seeded
as the `ops.policy` asset; a published version replaces any of its keys.

A refusal category names what it refuses (ko/en label), the words that trigger it and the words that
excuse them (a question about past restarts is history, not a request to restart; "room keys" are no
credentials, but a password asked beside them still is). English words match
as whole words, Korean words as substrings (particles attach; a one-syllable word must start a word);
a word written `^word` counts only as the request's opening verb ("change the log level …"), `word$` only
as its closing one (Korean imperatives: "… 한도 올려"). Categories
are checked in order; admins add words or categories by publishing a new policy version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from sqlmodel import Session

from services.ops.refusal_words import DEFAULT_REFUSALS

BASE_TOOLS = ["metric_query", "ci_lookup", "event_query", "graph_query", "rca", "document_search"]
DEFAULT_POLICY: dict[str, Any] = {
    "max_rows": 500,
    "max_window_hours": 744,
    "max_graph_depth": 10,
    "timeout_ms": 10_000,
    "max_steps": 6,
    "allowed_tools": {role: list(BASE_TOOLS) for role in ("admin", "operator", "viewer")},
    "refusals": DEFAULT_REFUSALS,
}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
# a one-syllable Korean word stands alone or before a particle: "키 알려줘", "키값", not "키오스크"
_SYLLABLE_END = r"(?=(?:는|가|를|도|값|좀|만|들|랑|와|의|로|에)?(?![\uac00-\ud7a3]))"
_OPENING = r"^\s*+(?:(?:please|pls|can you|could you|would you|go|now)[\s,]++)*"


@cache
def _pattern(word: str) -> re.Pattern[str]:
    if word.startswith("^"):
        return re.compile(_OPENING + re.escape(word[1:].lower()) + r"(?![a-z0-9_])", re.I)
    if word.endswith("$"):
        return re.compile(re.escape(word[:-1].lower()) + r"\s*+[.!?~]*+\s*+$", re.I)
    if HANGUL.search(word):
        if len(word) == 1:
            return re.compile(r"(?<![\uac00-\ud7a3])" + re.escape(word) + _SYLLABLE_END)
        return re.compile(re.escape(word))
    return re.compile(rf"(?<![a-z0-9_-]){re.escape(word.lower())}(?![a-z0-9_-])", re.I)


def _says(text: str, words: list[str]) -> str | None:
    return next((w for w in words if _pattern(w).search(text)), None)


@dataclass(frozen=True)
class Refusal:
    """A question refused: its category, the category's label and message, and the word that decided."""

    category: str
    label: dict[str, str]
    message: dict[str, str]
    word: str

    def text(self, lang: str) -> str:
        lang = lang if lang in ("ko", "en") else "en"
        message = self.message.get(lang) or self.message.get("en", "")
        label = self.label.get(lang) or self.label.get("en") or self.category
        said = f" ('{self.word}')" if self.word else ""
        if lang == "ko":
            return f"요청을 거절했습니다 — 범주: {label}{said}. {message}".strip()
        return f"Refused — category: {label}{said}. {message}".strip()


@lru_cache(maxsize=64)
def _excuses_holding_a_word(words: tuple[str, ...], excuses: tuple[str, ...]) -> list[str]:
    """The excuses that hold a trigger word ("room keys"): such an excuse excuses only itself (a password
    asked beside it is still refused); one holding none ("when did …") excuses the whole question."""
    return [e for e in excuses if _says(e, list(words))]


def refusal_of(question: str, policy: dict[str, Any] | None = None) -> Refusal | None:
    """The first refusal category of `policy` (default: the built-in one) that `question` falls in."""
    categories = (policy or DEFAULT_POLICY).get("refusals") or DEFAULT_REFUSALS
    for category in categories:
        words, excuses = list(category.get("words", [])), list(category.get("except", []))
        holding = _excuses_holding_a_word(tuple(words), tuple(excuses))
        text = question
        for excuse in holding:
            text = _pattern(excuse).sub(lambda m: " " * len(m.group()), text)
        word = _says(text, words)
        if word and not _says(text, [e for e in excuses if e not in holding]):
            label = category.get("label") or {}
            return Refusal(
                category["category"], label, category.get("message") or {}, word.lstrip("^").rstrip("$")
            )
    return None


def refusal_named(category: str, word: str, policy: dict[str, Any]) -> Refusal | None:
    """The refusal of `policy`'s category `category` (None when it is no category of the policy)."""
    for entry in policy.get("refusals") or DEFAULT_REFUSALS:
        if entry["category"] == category:
            return Refusal(category, entry.get("label") or {}, entry.get("message") or {}, word)
    return None


def categories(policy: dict[str, Any]) -> list[str]:
    """The refusal category keys of `policy`, in order."""
    return [c["category"] for c in policy.get("refusals") or DEFAULT_REFUSALS]


def load_policy(session: Session) -> dict[str, Any]:
    """The published OPS policy asset over the built-in default (keys it leaves out keep the default)."""
    try:
        from services.asset_registry.reads import published_content

        content = published_content(session, "policy", "ops.policy")
    except Exception:
        return DEFAULT_POLICY
    return {**DEFAULT_POLICY, **{k: v for k, v in (content or {}).items() if v is not None}}
