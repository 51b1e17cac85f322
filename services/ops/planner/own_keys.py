"""A named CI's own attribute keys read from the words that spell their parts ("db2_loy max connection",
"NAVDATA airac 사이클", "npdb p 아카이브 경로", "opcua_brk_2 세션 최대", "certificate … expire"): each estate
names its keys its own way, so a key is read from the question's otherwise unread words when they spell
parts of a key that CI has — in English (singular or plural, a common short form) or in Korean.

Only the one named CI's keys are candidates, and only words nothing else read, so a reading never
displaces a name, metric or filter; the lookup answers with the key's name beside its value.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from services.ops.planner.described import holds_word
from services.ops.planner.described_subject import matches_filters
from services.ops.planner.entities import Mention, name_words
from services.ops.planner.key_words import KEY_PART_WORDS_KO, KEY_PART_WORDS_KO_OWN, UNIT_PARTS
from services.ops.planner.loanwords import sounds_like
from services.ops.planner.unknown_words import content_words

if TYPE_CHECKING:
    from services.ops.planner.entities import EntityIndex
    from services.ops.planner.parsing import Parsed

# other spellings of key parts: Korean words and transliterations, English long and short forms
KEY_PART_SPELLINGS: dict[str, tuple[str, ...]] = {
    "archive": ("아카이브",),
    "dest": ("경로", "destination", "path"),
    "path": ("경로",),
    "label": ("라벨", "레이블"),
    "key": ("키",),
    "cycle": ("사이클", "주기"),
    "interval": ("주기", "간격"),
    "firmware": ("펌웨어", "fw"),
    "vendor": ("벤더", "업체", "제조사", "제조업체", "provider", "supplier", "maker", "manufacturer"),
    "provider": ("벤더", "업체", "vendor", "supplier", "제공사", "제공자", "공급자"),
    "seats": ("좌석",),
    "agencies": ("기관", "agency"),
    "expires": ("만료", "만료일", "expire", "expiry", "expiration", "retention", "보관", "보존"),
    "expiry": ("만료", "만료일", "expire", "expires", "expiration"),
    "expire": ("만료", "retention", "보관", "보존", "expires", "expiry"),
    "retention": ("보관", "보존", "보관기간"),
    "cert": ("인증서", "certificate", "certificates", "증명서"),
    "bucket": ("버킷",),
    "throughput": ("처리능력", "처리량"),
    "sessions": ("세션",),
    "max": ("최대", "maximum", "맥스"),
    "min": ("최소", "minimum"),
    "connections": ("커넥션", "연결", "접속"),
    "conn": ("커넥션", "connection", "connections"),
    "bitrate": ("비트레이트",),
    "profile": ("프로파일", "프로필"),
    "days": ("일수",),
    "binlog": ("빈로그",),
    "sms": ("문자",),
    "channel": ("채널",),
    "channels": ("채널",),
    "partners": ("파트너", "거래처", "협력사", "제휴", "제휴사"),
    "license": ("라이선스", "라이센스"),
    "limit": ("한도", "제한"),
    "quota": ("쿼터", "할당량"),
    "threads": ("스레드", "쓰레드"),
    "pool": ("풀",),
    "workers": ("워커",),
    "heap": ("힙",),
    "tick": ("틱",),
    "rate": ("레이트",),
    "world": ("월드",),
    "shard": ("샤드",),
    "lifecycle": ("라이프사이클", "수명주기"),
    "config": ("설정", "configuration"),
    "db": ("디비", "database"),
    "addr": ("주소", "address"),
    "mgmt": ("관리", "management"),
    "vlan": ("브이랜",),
    "schedule": ("스케줄", "일정"),
    "backup": ("백업",),
    "cameras": ("카메라", "캠"),
    "displays": ("디스플레이", "게시기", "전광판", "화면"),
    "screens": ("스크린", "화면"),
    "gates": ("게이트", "개찰구"),
    "admit": ("입장", "입장수", "admission", "admitted", "admits"),
    "block": ("차단", "blocking", "blocked"),
    "threshold": ("임계치", "임계값", "기준값", "문턱"),
    "fee": ("수수료", "fees", "commission"),
    "scanners": ("스캐너", "scanner"),
    "raid": ("레이드",),
    "subscribers": ("구독자", "구독자수", "subscriber"),
    "resolution": ("해상도",),
    "horizon": ("예보기간", "예측기간", "forecast range", "lead time"),
    "stations": ("관측소", "station", "지점"),
    "forecast": ("예보", "예측"),
    "compression": ("압축",),
    "job": ("잡", "작업", "jobs"),
    "grid": ("격자", "해상도", "resolution"),
    "daily": ("일일", "하루", "per day", "a day"),
    "maxmemory": ("eviction", "이빅션", "퇴출"),
    "doors": ("도어", "객실 문"),
    "members": ("회원", "회원수"),
    "agents": ("상담원", "상담사", "설계사"),
    "trunks": ("트렁크", "회선"),
    "policies": ("계약", "보유계약"),
    "sensors": ("센서",),
    "devices": ("장비", "기기", "디바이스"),
    "terminals": ("단말", "단말기", "터미널"),
    "users": ("사용자", "유저"),
    "cranes": ("크레인",),
    "lanes": ("레인", "차로"),
    "readers": ("리더기", "리더"),
    "printers": ("프린터",),
    "end": ("종료", "끝", "끝나", "끝내", "finish", "finishes", "done", "complete", "완료"),
    "policy": ("정책",),
    "level": ("레벨", "수준"),
    "mode": ("모드",),
    "tier": ("등급",),
    "customers": ("고객사", "고객", "customer", "client", "clients"),
    "corp": ("corporate", "법인", "기업"),
    "lines": ("회선", "라인"),
    "line": ("회선", "라인"),
    "circuit": ("회선", "전용회선"),
    "installment": ("할부",),
    "expected": ("supposed", "예정", "보통", "정상", "목표"),
    "after": ("만료", "만료일", "expiry", "expires", "expire"),
    "run": ("실행", "돌아", "도는", "돌려", "돌리"),
    "version": ("release", "릴리즈", "릴리스", "ver"),
    "command": ("명령", "커맨드"),
    "refresh": ("갱신", "새로고침", "리프레시"),
    "wait": ("대기", "기다리면", "웨이트"),
    "default": ("기본", "기본값", "디폴트"),
    "price": ("가격", "단가", "요금", "몇원"),
    "watermark": ("워터마크",),
    "wave": ("웨이브", "차수"),
    "temp": ("temperature", "온도"),
    "oven": ("오븐", "건조로"),
    "suppliers": ("협력사", "공급사", "협력업체", "vendors"),
    "platforms": ("플랫폼", "차종"),
    "providers": ("결제수단", "제공사", "사업자", "carriers"),
    "booths": ("부스",),
    "creators": ("작가", "작가수"),
    "timeout": ("타임아웃", "유지시간", "만료시간"),
    "seq": ("시퀀스", "sequence"),
    "sequence": ("시퀀스",),
    "receipt": ("접수번호", "접수", "영수증"),
    "banks": ("은행", "bank"),
    "payout": ("지급", "payment", "payouts"),
    "types": ("종류", "유형", "kinds"),
    "hold": ("홀드", "보류", "점유"),
    "open": ("오픈", "개시", "opening", "opens"),
    "times": ("시각", "시간"),
    "size": ("크기", "용량", "big", "large"),
}
# words naming the value itself ("펌웨어 버전", "버킷 이름"): read with a key of the CI beside them
VALUE_NOUNS = frozenset(
    {"version", "버전", "name", "이름", "value", "값", "number", "번호", "policy", "정책", "setting", "설정"}
    | {"code", "코드", "controller", "컨트롤러"}  # "QR code", "RAID controller": what the key's thing is
)
# units a key may end with, left unsaid ("처리능력" for `throughput_pph`); not planner words ("TPS" is no key)
KEY_UNITS = UNIT_PARTS | {
    "kbps",
    "mbps",
    "gbps",
    "pph",
    "tps",
    "qps",
    "rps",
    "days",
    "hours",
    "secs",
    "hz",
    "ppb",
    "ppm",
    "h",
    "krw",
    "usd",
    "won",
    "c",
    "kg",
    *("m3", "m3d", "kw", "mw", "kwh", "mwh", "sec", "min", "km", "pb", "pib"),
}
# qualifiers a key may carry, left unsaid ("인증서 만료" for `tls_cert_expiry`)
KEY_QUALIFIERS = frozenset({"tls", "ssl", "x509", "not", "vm", "per"})  # `cert_not_after`: "인증서 만료일"
MAX_KEYS = 3
# a question longer than this is no lookup of a key: its words are not read again (Korean word analysis
# of a pasted page would cost seconds)
MAX_READ = 300  # more keys tied than this: the words say too little about which is meant
HANGUL_WORD = re.compile(r"[가-힣]+")
KEY_PARTS = re.compile(r"[_\s.-]+|(?<=[a-z])(?=[A-Z])")  # snake, kebab and camelCase


def _key_parts(key: str) -> list[str]:
    return [part.lower() for part in KEY_PARTS.split(key) if part]


def _english_forms(word: str) -> set[str]:
    forms = {word}
    if word.endswith("ies") and len(word) > 4:
        forms.add(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        forms.add(word[:-2])
    if word.endswith("s") and len(word) > 3:
        forms.add(word[:-1])
    return forms | {f"{form}s" for form in set(forms)}


def _spellings(part: str) -> set[str]:
    spellings = {part, *KEY_PART_SPELLINGS.get(part, ())}
    for table in (KEY_PART_WORDS_KO, KEY_PART_WORDS_KO_OWN):
        if part in table:
            spellings.add(table[part].lower())
    return spellings


def spells(word: str, part: str) -> bool:
    """Whether a question word spells a key part: the part itself, its plural or singular, one of its
    listed spellings, or the part written in Hangul as it sounds ("툴" for `tools`)."""
    word = word.lower()
    spellings = _spellings(part)
    if word.isascii():
        return bool(_english_forms(word) & {s for s in spellings if s.isascii()})
    glued = any(len(s) >= 2 and not s.isascii() and word.startswith(s) for s in spellings)  # "갱신주기"
    return word in spellings or glued or _heard(word, part)


def _heard(hangul: str, part: str) -> bool:
    """Whether a Hangul word is a key part written as it sounds ("툴" for `tools`); never a two-letter part,
    whose plural sounds like too many words ("배치" is no `ips`)."""
    return len(part) > 2 and any(sounds_like(hangul, form) for form in _english_forms(part))


def _said(part: str, text: str) -> tuple[int, int] | None:
    """Where `text` says a key part in one of its spellings (a planner word such as "최대" or "경로" too),
    or in Hangul as it sounds ("스펙")."""
    for spelling in sorted(_spellings(part), key=len, reverse=True):
        forms = _english_forms(spelling) if spelling.isascii() else {spelling}
        for form in forms:
            bounded = rf"(?<![a-z0-9]){re.escape(form)}(?![a-z0-9])" if form.isascii() else re.escape(form)
            if m := re.search(bounded, text):
                return m.span()
    heard = (m for m in HANGUL_WORD.finditer(text) if _heard(m.group(), part))
    return next((m.span() for m in heard), None)


def _spelled(key: str, words: list[tuple[int, int, str]], text: str) -> list[tuple[int, int]]:
    """The spans spelling `key` when an unread word spells a part of it and the question says every
    other part but its unit ("세션" alone is no `max_sessions`: "세션 수" asks a live count), else []."""
    parts = _key_parts(key)
    spans = [(a, b) for a, b, word in words if any(spells(word, part) for part in parts)]
    if not spans:
        return []
    for part in [part for part in parts if part not in KEY_UNITS | KEY_QUALIFIERS] or parts:
        if any(spells(word, part) for a, b, word in words if (a, b) in spans):
            continue
        said = _said(part, text)
        if said is None:
            return []
        spans.append(said)
    return spans


def read_own_keys(parsed: Parsed, index: EntityIndex) -> None:
    """Add the named CI's keys that the question's unread words spell to `parsed` as attribute mentions
    (and blank those words). The words of an attribute term for a key that CI lacks are read again
    ("문자 발송 벤더": `sms_vendor`, not `vendor`); one beside a key read names its value ("펌웨어 버전")."""
    named = {m.value.lower() for m in parsed.mentions if m.kind == "ci"}
    keys = index.ci_keys.get(next(iter(named)), ()) if len(named) == 1 else ()
    if not keys or len(parsed.question) > MAX_READ:
        return
    foreign = [m for m in parsed.mentions if m.kind == "attribute" and m.value not in keys]
    words = content_words(parsed, index)
    if not words:
        return
    words += [(m.start, m.end, parsed.question[m.start : m.end]) for m in foreign]
    text = parsed.residual.lower()
    spelled = {key: _spelled(key, words, text) for key in keys}
    most = max(len(spans) for spans in spelled.values())
    best = [key for key, spans in spelled.items() if spans and len(spans) == most]
    if not best or len(best) > MAX_KEYS:
        return
    read = sorted({(a, b, key) for key in best for a, b in spelled[key]})
    spans = [(a, b) for a, b, _ in read]
    beside = [w for w in words if w[2].lower() in VALUE_NOUNS and _next_to(w[:2], spans, parsed.residual)]
    ci = next(iter(named))
    beside += [w for w in words if (w[0], w[1]) not in spans and _names_the_ci(w[2], ci, index)]
    replaced = {(m.start, m.end) for m in foreign if _next_to((m.start, m.end), spans, parsed.residual)}
    kept = [m for m in parsed.mentions if (m.start, m.end) not in replaced or m not in foreign]
    parsed.mentions = sorted(
        [*kept, *(Mention("attribute", key, a, b) for a, b, key in read)], key=lambda m: m.start
    )
    chars = list(parsed.residual)
    for a, b, _ in [*read, *beside]:
        chars[a:b] = " " * (b - a)
    parsed.residual = "".join(chars)


def _names_the_ci(word: str, ci: str, index: EntityIndex) -> bool:
    """Whether a word only says which CI: a part of its name, in Hangul as it sounds too ("mongo-trip-prd 몽고
    버전", "gps-ingest gps 핑 주기"), or a word its own record holds ("가맹점포털 MerchantHub url")."""
    parts = [part for part in re.split(r"[-_.\s]+", name_words(index.ci_names.get(ci, ci))) if len(part) >= 2]
    word = word.lower()
    if word in parts or any(sounds_like(word, part) for part in parts):
        return True
    return holds_word(index.ci_texts.get(ci, ""), word)


def _next_to(span: tuple[int, int], spans: list[tuple[int, int]], text: str) -> bool:
    """Whether only spaces lie between `span` and one of `spans`."""
    a, b = span
    return any(text[b:s].strip() == "" if b <= s else e <= a and text[e:a].strip() == "" for s, e in spans)


# a sum over CIs: "다 합치면", "합계", "in total", "combined", "across"
SUM_ASKED = re.compile(
    r"합치|합쳐|합하|더하면|합계|총합|합산|(?<![가-힣])총(?![가-힣])|\b(?:sum|total|combined|altogether|add up|across)\b",
    re.I,
)
TOKEN = re.compile(r"[가-힣]+|[a-z][a-z0-9]*")
KO_TAIL = re.compile(r"(?:들|의|은|는|을|를|이|가|도)$")  # "비히클들", "툴이": a particle on a key word


def read_summed_key(parsed: Parsed, index: EntityIndex) -> None:
    """The numeric key a sum over CIs adds up ("게이트웨이들 툴 수 다 합치면", "total OHT vehicles"): a
    `summed` mention of the one quantity key the words spell, when no CI is named."""
    if parsed.of("ci") or parsed.of("metric") or len(parsed.question) > MAX_READ:
        return
    if not SUM_ASKED.search(parsed.residual):
        return
    quantities = index.values.quantities
    read = [m for m in parsed.mentions if m.kind == "attribute" and m.value in quantities]
    if read:
        keys = {m.value for m in read}
        spans = [(m.start, m.end) for m in read]
    else:
        text = parsed.residual.lower()
        words = [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]
        words += [
            (a, b - len(t.group()), w[: -len(t.group())])
            for a, b, w in words
            if (t := KO_TAIL.search(w)) and len(w) > 1
        ]
        spelled = {key: found for key in quantities if (found := _spelled(key, words, text))}
        if not spelled:
            return
        most = max(len(found) for found in spelled.values())
        keys = {key for key, found in spelled.items() if len(found) == most}
        spans = sorted({span for key in keys for span in spelled[key]})
    if len(keys) != 1:
        return
    key = _held_sibling(next(iter(keys)), parsed, index)
    parsed.mentions = [m for m in parsed.mentions if m not in read]
    parsed.mentions = sorted([*parsed.mentions, Mention("summed", key, *spans[0])], key=lambda m: m.start)
    chars = list(parsed.residual)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    parsed.residual = "".join(chars)


def _held_sibling(key: str, parsed: Parsed, index: EntityIndex) -> str:
    """Of the quantity keys that differ from `key` only in their unit ("용량": `capacity_tb`, `capacity_m3`),
    the one whose unit the question says ("몇 m3"), else the one most of the CIs its filters pick hold;
    `key` on a tie."""

    def stem(k: str) -> list[str]:
        return [part for part in _key_parts(k) if part not in KEY_UNITS]

    siblings = sorted({k for k in index.values.quantities if stem(k) == stem(key)} | {key})
    if len(siblings) == 1:
        return key
    said = {token for token in TOKEN.findall(parsed.residual.lower()) if token in KEY_UNITS}
    picked = [
        name for name in index.ci_keys if parsed.filters and matches_filters(name, parsed.filters, index)
    ]

    def fit(k: str) -> tuple[bool, int, bool]:
        held = sum(k in index.ci_keys[name] for name in picked)
        return bool(said & set(_key_parts(k))), held, k == key

    return max(siblings, key=fit)


def estate_says(word: str, index: EntityIndex) -> bool:
    """Whether the estate's records say `word` (a CI's text, or an attribute key it spells, in Hangul as it
    sounds too): a word of this business ("레시피" in a fab, "주식" at a broker), not a topic out of scope."""
    word = word.lower()
    if any(holds_word(text, word) for text in index.ci_texts.values()):
        return True
    keys = {key for keys in index.ci_keys.values() for key in keys}
    return any(spells(word, part) for key in keys for part in _key_parts(key))
