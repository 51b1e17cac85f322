"""The OPS policy: limits, the tools each role may use and refusals by category — one default, seeded
as the `ops.policy` asset; a published version replaces any of its keys.

A refusal category names what it refuses (ko/en label), the words that trigger it and the words that
excuse them (a question about past restarts is history, not a request to restart). English words match
as whole words, Korean words as substrings (particles attach; a one-syllable word must start a word);
a word written `^word` counts only as the request's opening verb ("change the log level …"), `word$` only
as its closing one (Korean imperatives: "… 한도 올려"). Categories
are checked in order; admins add words or categories by publishing a new policy version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlmodel import Session

BASE_TOOLS = ["metric_query", "ci_lookup", "event_query", "graph_query", "rca", "document_search"]
_HISTORY = [  # a question about what happened is not a request to do it
    "when",
    "how many",
    "who",
    "history",
    "happened",
    "last restart",
    "last reboot",
    "last deploy",
    "last deployment",
    "latest deploy",
    "recent deploy",
    "since the",
    "restart events",
    "restart count",
    "deploy events",
    "deployment events",
    "deploy time",
    "update time",
    "were there",
    "was there",
    "did",
    "recent",
    "since",
    "after the",
    "마지막",
    "이후",
    "최근",
    "언제",
    "몇 번",
    "횟수",
    "기록",
    "이력",
    "있었",
    "내역",
]
DEFAULT_REFUSALS: list[dict[str, Any]] = [
    {
        "category": "secrets",
        "label": {"ko": "비밀 정보·자격 증명", "en": "secrets and credentials"},
        "message": {
            "ko": "비밀번호, 토큰, 키, 접속 정보 같은 비밀 정보는 알려 드릴 수 없습니다.",
            "en": "I never reveal passwords, tokens, keys or connection credentials.",
        },
        "words": [
            "password",
            "passwords",
            "passwd",
            "passphrase",
            "credential",
            "credentials",
            "secret",
            "secrets",
            "token",
            "tokens",
            "api key",
            "api keys",
            "access key",
            "secret key",
            "private key",
            "ssh key",
            "key",
            "keys",
            "connection string",
            "login info",
            "login details",
            "login credentials",
            "admin login",
            "root login",
            "login for",
            "logins for",
            "username and password",
            "certificate private",
            "비밀번호",
            "비번",
            "패스워드",
            "암호",
            "토큰",
            "키",
            "인증 정보",
            "인증정보",
            "자격 증명",
            "자격증명",
            "접속 정보",
            "접속정보",
            "계정 정보",
            "로그인 정보",
            "로그인 계정",
            "관리자 계정",
            "접속 계정",
            "계정정보",
            "시크릿",
            "개인 키",
            "개인키",
            "card number",
            "card numbers",
            "credit card",
            "personal data",
            "customer data",
            "pii",
            "카드 번호",
            "카드번호",
            "주민등록번호",
            "주민번호",
            "개인정보",
            "고객 정보",
            "고객정보",
        ],
        "except": ["key metric", "key metrics", "key issue", "key issues", "key indicator", "key figures"],
    },
    {
        "category": "changes",
        "label": {"ko": "변경 작업", "en": "changes"},
        "message": {
            "ko": "설정 변경, 재시작, 스케일 조정, 배포, 삭제 같은 작업은 할 수 없습니다. 저는 조회와 분석만 합니다.",
            "en": "I can't make changes such as configuration edits, restarts, scaling, deploys or deletes; "
            "I only read and analyse.",
        },
        "words": [
            "restart",
            "reboot",
            "shutdown",
            "shut down",
            "power off",
            "kill",
            "terminate",
            "delete",
            "^drop",
            "drop table",
            "drop database",
            "truncate",
            "remove",
            "erase",
            "wipe",
            "destroy",
            "purge",
            "flush",
            "bounce",
            "failover",
            "fail over",
            "drain",
            "cordon",
            "power cycle",
            "turn off",
            "turn on",
            "switch off",
            "shut off",
            "take a backup",
            "take a snapshot",
            "^dump",
            "open a ticket",
            "create a ticket",
            "file a ticket",
            "raise a ticket",
            "page the",
            "^page",
            "^notify",
            "^escalate",
            "send an email",
            "send a message",
            "^reset",
            "^clear",
            "^pause",
            "^resume",
            "^suspend",
            "^rotate",
            "^restore",
            "^throttle",
            "^block",
            "^unblock",
            "^reroute",
            "^redirect",
            "deploy",
            "redeploy",
            "rollback",
            "roll back",
            "scale",
            "scale up",
            "scale out",
            "disable",
            "log level to",
            "set log level",
            "^set",
            "^stop",
            "^update",
            "^change",
            "^increase",
            "^decrease",
            "^resize",
            "^upgrade",
            "^downgrade",
            "^install",
            "^uninstall",
            "^provision",
            "^modify",
            "^move",
            "^migrate",
            "^enable",
            "^patch",
            "^apply",
            "^execute",
            "^start",
            "^grant",
            "^revoke",
            "^insert",
            "^alter",
            "^create",
            "^format",
            "재부팅",
            "재시작",
            "재기동",
            "리부트",
            "삭제",
            "지워",
            "지우",
            "제거",
            "초기화",
            "포맷",
            "종료시",
            "꺼 줘",
            "꺼줘",
            "중지",
            "정지시",
            "드롭",
            "업데이트해",
            "변경해",
            "수정해",
            "배포해",
            "롤백",
            "스케일",
            "비활성화",
            "날려",
            "비워",
            "플러시",
            "페일오버",
            "덤프 떠",
            "백업 떠",
            "올려$",
            "내려$",
            "티켓 만들",
            "티켓 생성",
            "티켓 열",
            "전환해",
            "차단해",
            "늘려",
            "줄여",
            "올려 줘",
            "올려줘",
            "내려 줘",
            "내려줘",
            "설치해",
            "업그레이드해",
            "다운그레이드해",
            "바꿔",
            "추가해",
            "옮겨",
            "실행해",
            "적용해",
            "켜 줘",
            "켜줘",
            "로그 레벨을",
            "로그 레벨 변경",
        ],
        "except": _HISTORY,
    },
    {
        "category": "out_of_scope",
        "label": {"ko": "업무 범위 밖", "en": "out of scope"},
        "message": {
            "ko": "인프라 운영과 관련된 질문에만 답할 수 있습니다.",
            "en": "I can only answer questions about your infrastructure and its operations.",
        },
        "words": [
            "weather",
            "joke",
            "jokes",
            "poem",
            "recipe",
            "stock price",
            "lottery",
            "movie",
            "song",
            "horoscope",
            "football",
            "baseball",
            "날씨",
            "농담",
            "웃긴",
            "레시피",
            "요리",
            "주가",
            "주식",
            "로또",
            "영화",
            "노래",
            "운세",
            "맛집",
            "축구",
            "야구",
        ],
        "except": [],
    },
]
DEFAULT_POLICY: dict[str, Any] = {
    "max_rows": 500,
    "max_window_hours": 744,
    "max_graph_depth": 6,
    "timeout_ms": 10_000,
    "max_steps": 6,
    "allowed_tools": {role: list(BASE_TOOLS) for role in ("admin", "operator", "viewer")},
    "refusals": DEFAULT_REFUSALS,
}
HANGUL = re.compile(r"[\uac00-\ud7a3]")
_OPENING = r"^\s*+(?:(?:please|pls|can you|could you|would you|go|now)[\s,]++)*"


@cache
def _pattern(word: str) -> re.Pattern[str]:
    if word.startswith("^"):
        return re.compile(_OPENING + re.escape(word[1:].lower()) + r"(?![a-z0-9_])", re.I)
    if word.endswith("$"):
        return re.compile(re.escape(word[:-1].lower()) + r"\s*+[.!?~]*+\s*+$", re.I)
    if HANGUL.search(word):
        start = r"(?<![\uac00-\ud7a3])" if len(word) == 1 else ""
        return re.compile(start + re.escape(word))
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


def refusal_of(question: str, policy: dict[str, Any] | None = None) -> Refusal | None:
    """The first refusal category of `policy` (default: the built-in one) that `question` falls in."""
    categories = (policy or DEFAULT_POLICY).get("refusals") or DEFAULT_REFUSALS
    for category in categories:
        word = _says(question, list(category.get("words", [])))
        if word and not _says(question, list(category.get("except", []))):
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
        from services.asset_registry.service import published_content

        content = published_content(session, "policy", "ops.policy")
    except Exception:
        return DEFAULT_POLICY
    return {**DEFAULT_POLICY, **{k: v for k, v in (content or {}).items() if v is not None}}
