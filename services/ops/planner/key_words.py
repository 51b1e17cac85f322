"""Attribute keys in words: the Korean for the parts of keys (`kernel_version` is also "커널 버전"), the
units a key may end with, the ways a key may be written in a question, and other spellings of key parts
(Korean words, transliterations, English long and short forms: "급여" for `pay`, "쿼터" for `quota`)."""

from __future__ import annotations

import re
from itertools import islice, product

from services.ops.planner.key_spellings import KEY_PART_SPELLINGS, UNIT_PARTS

# Korean words for parts of attribute keys, so `kernel_version` is also found as "커널 버전".
KEY_PART_WORDS_KO = {
    "kernel": "커널",
    "version": "버전",
    "cores": "코어",
    "core": "코어",
    "memory": "메모리",
    "disk": "디스크",
    "size": "크기",
    "count": "수",
    "name": "이름",
    "model": "모델",
    "vendor": "제조사",
    "serial": "시리얼",
    "region": "리전",
    "zone": "존",
    "engine": "엔진",
    "port": "포트",
    "rack": "랙",
    "host": "호스트",
    "language": "언어",
    "replicas": "레플리카",
    "replication": "복제",
    "capacity": "용량",
    "type": "유형",
    "owner": "담당",
    "cluster": "클러스터",
    "node": "노드",
    "nodes": "노드",
    "image": "이미지",
    "tier": "티어",
    "team": "팀",
    "instance": "인스턴스",
    "instances": "인스턴스",
    "address": "주소",
    "hostname": "호스트명",
    "namespace": "네임스페이스",
    "criticality": "중요도",
    "cost": "비용",
    "datacenter": "데이터센터",
    "site": "사이트",
    "floor": "층",
    "contact": "연락처",
    "email": "이메일",
    "runtime": "런타임",
    "framework": "프레임워크",
    "protocol": "프로토콜",
    "endpoint": "엔드포인트",
    "storage": "스토리지",
    "shards": "샤드",
    "partitions": "파티션",
    "role": "역할",
    "kind": "종류",
    "product": "제품",
    "environment": "환경",
    "cpu": "CPU",
    "ram": "램",
    "os": "OS",
    "ip": "IP",
    "gb": "GB",
    "tb": "TB",
    "gib": "GiB",
    "az": "AZ",
    "line": "라인",
    "max": "최대",
    "clients": "클라이언트",
    "connections": "커넥션",
    "share": "공유",
    "queue": "큐",
    "manager": "매니저",
}
METRIC_NOUNS = frozenset({"memory", "disk", "cpu", "ram", "storage", "network"})


def korean_key(key: str) -> str:
    """An attribute key in Korean words where every part is known (`size_gb` → "크기 GB"), else the key."""
    parts = key.lower().split("_")
    if all(part in KEY_PART_WORDS_KO for part in parts):
        return " ".join(KEY_PART_WORDS_KO[part] for part in parts)
    return key


# Korean words of rarer key parts: known words only where the estate has such a key (unknown_words)
KEY_PART_WORDS_KO_OWN = {
    "sessions": "세션",  # "세션 수" is a live count unless the estate records a sessions key
    "session": "세션",
    "cert": "인증서",
    "expiry": "만료일",
    "expires": "만료",
    "schedule": "스케줄",
    "build": "빌드",
    "brokers": "브로커",
    "ladder": "래더",
    "profile": "프로파일",
    "bitrate": "비트레이트",
    "provider": "업체",
    "interval": "주기",
    "poll": "폴링",
    "scan": "스캔",
    "limit": "제한",
    "ttl": "TTL",
    "token": "토큰",
    "target": "목표값",
    "calibrated": "교정일",
    "nic": "랜카드",
    "group": "그룹",
    "firmware": "펌웨어",
    "retention": "보존",
    "timeout": "타임아웃",
}


def key_terms(key: str) -> set[str]:
    """Ways to write an attribute key: `kernel_version`, "kernel version", "kernelversion", "커널 버전", "커널버전".

    A trailing unit may be left out (`disk_size_gb` → "disk size", `size_gb` → "size") unless what is
    left is a metric's noun (`memory_gb` → "memory" would shadow the memory metric).
    """
    parts = key.lower().split("_")
    variants = [parts]
    if len(parts) > 1 and parts[-1] in UNIT_PARTS and not (len(parts) == 2 and parts[0] in METRIC_NOUNS):
        variants.append(parts[:-1])
    terms = {key.lower()}
    for words in variants:
        terms.add(" ".join(words))
        if len(words) > 1 and len("".join(words)) >= 6:
            terms.add("".join(words))  # `max_depth` written "maxdepth"
        part_words = KEY_PART_WORDS_KO | KEY_PART_WORDS_KO_OWN
        if all(w in part_words or (w.isascii() and len(w) <= 4) for w in words) and any(
            w in part_words for w in words
        ):
            for korean in islice(
                product(*(_korean_spellings(w, part_words, len(words) > 1) for w in words)), MAX_SPELT
            ):
                terms |= {" ".join(korean), "".join(korean)}
        if len(words) > 1:  # `cert_expiry` is also "certificate expiry", `db_name` "database name"
            terms |= {
                " ".join(english) for english in islice(product(*map(_english_spellings, words)), MAX_SPELT)
            }
    return terms


def _english_spellings(part: str) -> list[str]:
    """A key part and its English long or short forms ("cert": "certificate")."""
    return [
        part,
        *[w for w in KEY_PART_SPELLINGS.get(part, ()) if w.isascii() and w.isalpha() and w != part][:3],
    ]


KO_NOUN = re.compile(r"[가-힣]+(?<![다아어는은던된한리려])")  # no verb ending
MAX_SPELT = 12  # Korean spellings of one key ("인스턴스 유형", "인스턴스 타입")


def _korean_spellings(part: str, part_words: dict[str, str], several: bool) -> list[str]:
    """A key part in Korean: its word, then, in a key of several parts, the other Hangul nouns for it
    ("인스턴스 타입" beside "인스턴스 유형"); verbs ("돌아" for `schedule`) only help own_keys read one CI's keys."""
    first = part_words.get(part, part)
    if not several:
        return [first]
    others = [w for w in KEY_PART_SPELLINGS.get(part, ()) if KO_NOUN.fullmatch(w) and w != first]
    return [first, *others[:2]]
