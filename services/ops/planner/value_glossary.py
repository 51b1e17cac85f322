"""Korean for the English words CMDB attribute values describe functions with.

An estate's attribute values are mostly English ("check-in", "mobile booking", "payment gateway"); an
on-call engineer says 체크인, 모바일 예약, 결제 게이트웨이. `korean_surfaces` writes a value the Korean way
when its words are in the glossary below (each word's Korean spellings; a word not in it stays as written,
so "mileage api" is also "마일리지 api"). Product names have their own aliases in attribute_values.py.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import product

from services.ops.planner.lexicon import TYPE_WORDS

# English word or phrase → how Korean engineers write it (loanwords and the common native word)
GLOSSARY: dict[str, tuple[str, ...]] = {
    "kubernetes": ("k8s", "쿠버네티스"),
    # vendors and products as they are said in Korean ("슈퍼마이크로 서버": the hosts whose model says Supermicro)
    "supermicro": ("슈퍼마이크로",),
    "cisco": ("시스코",),
    "juniper": ("주니퍼",),
    "arista": ("아리스타",),
    "lenovo": ("레노버",),
    "huawei": ("화웨이",),
    "fortinet": ("포티넷",),
    "hitachi": ("히타치",),
    "nvidia": ("엔비디아",),
    "vmware": ("브이엠웨어",),
    "piolink": ("파이오링크",),
    "akamai": ("아카마이",),
    "cloudfront": ("클라우드프론트", "클라우드프런트"),
    "apartment": ("아파트",),
    "packaging": ("포장",),
    "logger": ("로거",),
    "temperature": ("온도",),
    "controller": ("컨트롤러", "제어기"),
    "protection relay": ("보호계전기", "보호 계전기"),
    "relay": ("계전기", "릴레이"),
    "lidar": ("라이다",),
    "turbine": ("터빈", "풍력발전기"),
    "lane": ("차로", "차선"),
    "projector": ("영사기", "영사"),
    "printer": ("프린터",),
    "pump": ("펌프",),
    "reservoir": ("배수지", "저수지"),
    "rest area": ("휴게소",),
    "highway": ("고속도로",),
    "receipt": ("영수증",),
    "telemetry": ("텔레메트리", "원격 측정"),
    "rider": ("라이더",),
    "courier": ("라이더", "배송기사"),
    "merchant": ("가맹점", "사장님"),
    "menu": ("메뉴",),
    "location": ("위치",),
    "position": ("위치",),
    "routing": ("경로",),
    "refund": ("환불",),
    "eta": ("도착 예정", "eta"),
    "pickup": ("픽업",),
    "restaurant": ("가게", "음식점", "매장"),
    "review": ("리뷰",),
    "account": ("계정", "계좌"),
    "check-in": ("체크인",),
    "check in": ("체크인",),
    "checkin": ("체크인",),
    "kiosk": ("키오스크",),
    "mobile": ("모바일",),
    "web": ("웹",),
    "app": ("앱",),
    "booking": ("예약", "부킹"),
    "reservation": ("예약",),
    "appointment": ("예약",),
    "payment": ("결제", "납부", "수납", "지급"),  # paid in, or paid out ("지급 이체": a payment transfer)
    "payments": ("결제", "납부", "수납", "지급"),
    "tuition": ("등록금",),
    "registration": ("신청", "등록"),
    "e-class": ("이클래스",),
    "e-learning": ("이러닝",),
    "course registration": ("수강신청",),
    "enrolment": ("수강신청", "등록"),
    "enrollment": ("수강신청", "등록"),
    "course": ("수강", "강의", "과목"),
    "lecture": ("강의",),
    "class": ("수업", "강의"),
    "attendance": ("출결", "출석"),
    "library": ("도서관",),
    "seat": ("좌석",),
    "seats": ("좌석",),
    "dormitory": ("기숙사", "생활관"),
    "dorm": ("기숙사", "생활관"),
    "student": ("학생",),
    "student id": ("학생증",),
    "grade": ("성적",),
    "grades": ("성적",),
    "scholarship": ("장학",),
    "wifi": ("와이파이", "무선"),
    "wi-fi": ("와이파이", "무선"),
    "waiting room": ("대기열",),
    "queue": ("대기열", "큐"),
    "checkout": ("결제", "체크아웃"),
    "gateway": ("게이트웨이",),
    "gw": ("게이트웨이",),  # `lpr-gw-jamsil`: a gateway by its name
    "mileage": ("마일리지",),
    "loyalty": ("로열티",),
    "point": ("포인트",),
    "points": ("포인트",),
    "coupon": ("쿠폰",),
    "boarding": ("탑승",),
    "boarding pass": ("탑승권",),
    "ticketing": ("발권",),
    "ticket": ("티켓", "발권"),
    "issuance": ("발급", "발행"),
    "dispatch": ("디스패치", "운항관리", "배차"),
    "flight": ("운항", "항공편"),
    "weather": ("기상", "날씨"),
    "crew": ("승무원",),
    "baggage": ("수하물",),
    "login": ("로그인",),
    "authentication": ("인증",),
    "auth": ("인증",),
    "identity": ("본인 확인", "신원"),
    "verification": ("인증", "확인"),
    "search": ("검색",),
    "order": ("주문",),
    "orders": ("주문",),
    "cart": ("장바구니", "카트"),
    "inventory": ("재고",),
    "delivery": ("배송", "배달"),
    "shipping": ("배송",),
    "parcel": ("택배", "소포"),
    "tracking": ("추적",),
    "sorting": ("분류",),
    "warehouse": ("창고",),
    "settlement": ("정산",),
    "billing": ("과금", "빌링"),
    "invoice": ("청구서",),
    "transfer": ("이체",),
    "loan": ("대출",),
    "card": ("카드",),
    "exchange": ("환전", "거래소"),
    "trading": ("거래", "트레이딩"),
    "notification": ("알림",),
    "notifications": ("알림",),
    "message": ("메시지",),
    "messaging": ("메시징", "메시지"),
    "email": ("이메일", "메일"),
    "mail": ("메일",),
    "push": ("푸시",),
    "member": ("회원",),
    "members": ("회원",),
    "online": ("온라인",),
    "room": ("객실", "룸"),
    "rooms": ("객실", "룸"),
    "door": ("도어", "출입문"),
    "doors": ("도어", "출입문"),
    "door lock": ("도어락",),
    "key encoding": ("키 발급", "키발급"),
    "homepage": ("홈페이지",),
    "website": ("홈페이지", "웹사이트"),
    "terminal": ("단말", "단말기"),
    "terminals": ("단말", "단말기"),
    "guest": ("고객", "투숙객"),
    "agent": ("상담원", "설계사"),
    "agents": ("상담원", "설계사"),
    "screen": ("화면",),
    "screens": ("화면",),
    "callbot": ("콜봇",),
    "withdrawal": ("출금",),
    "withdrawals": ("출금",),
    "deposit": ("입금",),
    "deposits": ("입금",),
    "signing": ("서명",),
    "chatbot": ("챗봇",),
    "verify": ("인증", "본인인증", "본인확인"),
    "membership": ("회원", "멤버십"),
    "customer": ("고객",),
    "user": ("사용자",),
    "portal": ("포털",),
    "report": ("리포트", "보고서"),
    "reporting": ("리포팅", "보고서"),
    "recommendation": ("추천",),
    "streaming": ("스트리밍",),
    "video": ("동영상", "영상"),
    "live": ("라이브",),
    "encoding": ("인코딩",),
    "transcoding": ("트랜스코딩",),
    "subscription": ("구독",),
    "chat": ("채팅",),
    "call center": ("콜센터",),
    "call centre": ("콜센터",),
    "call": ("콜",),
    "center": ("센터",),
    "centre": ("센터",),
    "kakaotalk": ("카카오", "알림톡"),
    "sms": ("문자",),
    "map": ("지도",),
    "address": ("주소",),
    "document": ("문서",),
    "wallet": ("지갑",),
    "charging": ("충전",),
    "charger": ("충전기",),
    "chargers": ("충전기",),
    "meter": ("계량기", "검침"),
    "meters": ("계량기", "검침"),
    "meter reading": ("검침",),
    "outage": ("정전",),
    "certificate": ("증명서", "인증서"),
    "civil petition": ("민원",),
    "complaint": ("민원",),
    "tax": ("세금",),
    "fee": ("수수료",),
    "patient": ("환자",),
    "prescription": ("처방",),
    "lab": ("검사",),
    "medical record": ("의무기록",),
    "game": ("게임",),
    "lobby": ("로비",),
    "matchmaking": ("매칭",),
    "ranking": ("랭킹",),
    "shop": ("상점", "샵"),
    "store": ("스토어", "매장"),
    "production": ("생산",),
    "quality": ("품질",),
    "equipment": ("설비",),
    "sensor": ("센서",),
    "accrual": ("적립",),
    "plan": ("계획",),
    "planning": ("계획",),
    "upload": ("업로드",),
    "download": ("다운로드",),
    "station": ("역",),
    "server": ("서버",),
    "windows": ("윈도우", "윈도"),
    "firewall": ("방화벽",),
    "switch": ("스위치",),
    "router": ("라우터",),
    "generator": ("발전기",),
    "chiller": ("칠러", "냉동기"),
    "cooling tower": ("냉각탑",),
}
# keys whose values say what a CI does: a value's distinctive word alone names it ("dispatch")
# keys whose value names what a CI does for its users ("system": "수강신청", "function": "check-in")
FUNCTION_KEYS = frozenset(
    {"system", "function", "service", "application", "app", "business", "업무", "시스템"}
)
DESCRIPTIVE_KEYS = frozenset(
    {"function", "role", "purpose", "usage", "business", "app", "application", "용도", "기능", "업무", "역할"}
)
# words that name no function of their own ("mileage api" is named by "mileage")
GENERIC_WORDS = frozenset(
    {"api", "service", "server", "system", "app", "application", "batch", "module", "platform", "backend"}
    | {"frontend", "engine", "worker", "job", "daemon", "node", "cluster", "the", "and", "of", "for"}
)
TYPE_NAMES = frozenset(word for words in TYPE_WORDS.values() for word in words) | {
    name.replace("_", " ") for name in TYPE_WORDS
}  # "navigation database" is no answer to "database 타입"
MIN_HEAD = 4
MAX_SPELLINGS = 8
_WORD = re.compile(r"[a-z0-9]+")


def _segments(words: list[str]) -> list[tuple[str, ...]]:
    """Each word or glossary phrase of `words` (longest phrase first) as its Korean spellings, or as
    written when the glossary has no entry."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        for size in (3, 2, 1):
            phrase = " ".join(words[i : i + size])
            korean = GLOSSARY.get(phrase) or GLOSSARY.get(phrase.replace(" ", "-"))
            if size <= len(words) - i and korean:
                out.append(korean)
                i += size
                break
        else:
            out.append((words[i],))
            i += 1
    return out


def korean_surfaces(value: str) -> set[str]:
    """How `value` (lower-cased) is written in Korean: its glossary words in Korean, spaced and unspaced;
    empty when none of its words is in the glossary."""
    words = _WORD.findall(value)
    segments = _segments(words)
    if len(words) > 5 or all(len(s) == 1 and s[0] in words for s in segments):
        return set()
    surfaces: set[str] = set()
    for spelling in product(*segments):
        surfaces |= {s for s in (" ".join(spelling), "".join(spelling)) if len(s) >= 2}
        if len(surfaces) >= MAX_SPELLINGS:
            break
    return surfaces


def head_terms(keys: dict[str, dict[str, set[str]]]) -> list[tuple[str, str]]:
    """(word, value) for the multi-word values of descriptive keys named by their last distinctive word
    alone, in English and Korean ("dispatch"/"디스패치" → "flight dispatch", "마일리지" → "mileage api"),
    when no other value has that word last and it is no value itself. `keys`: value → key → CI types."""
    by_head: dict[str, set[str]] = defaultdict(set)
    for value, on in keys.items():
        words = _WORD.findall(value)
        distinctive = [w for w in words if w not in GENERIC_WORDS]
        if on.keys() & DESCRIPTIVE_KEYS and 2 <= len(words) <= 4 and distinctive:
            by_head[distinctive[-1]].add(value)
    found = []
    for head, values in by_head.items():
        if len(values) == 1 and head not in keys and head not in TYPE_NAMES and len(head) >= MIN_HEAD:
            value = values.pop()
            found += [(term, value) for term in (head, *korean_surfaces(head))]
    return found


# words written with a hyphen that name no CI ("call-centre agents", "e-mail", "real-time")
HYPHENATED_WORDS = frozenset(
    {"e-mail", "log-in", "sign-in", "sign-on", "real-time", "set-up", "on-call", "follow-up", "self-service"}
    | {
        "back-end",
        "front-end",
        "add-on",
        "roll-out",
        "pop-up",
        "check-out",
        "log-out",
        "opt-in",
        "day-to-day",
    }
    | {"end-to-end", "near-real-time", "one-time", "two-factor", "multi-factor", "third-party", "walk-in"}
    | {
        "on-sale",
        "pre-sale",
        "pre-order",
        "sold-out",
        "sell-out",
        "in-app",
        "on-prem",
        "on-premise",
        "on-premises",
    }
    | {"fail-over", "hot-fix", "read-only", "write-through", "write-back", "time-out", "built-in", "opt-out"}
    | {
        "month-end",
        "year-end",
        "quarter-end",
        "rush-hour",
        "long-running",
        "up-to-date",
        "go-live",
        "cut-over",
        "cut-off",
        "drop-off",
        "hand-off",
        "check-in",
        "start-up",
        "shut-down",
        "lock-up",
        "slow-down",
        "break-down",
        "wake-up",
    }
)


# an English prefix before a word: "e-tickets", "e-invoice", "re-run", "pre-sale", "cross-border", "mid-news"
PREFIXED_WORD = re.compile(
    r"(?:e|re|pre|post|co|multi|cross|sub|anti|non|no|self|over|under|mid|half|all|late|early|mis)-[a-z]{3,}",
    re.I,
)


def plain_compound(token: str) -> bool:
    """Whether a hyphenated token is an ordinary word ("check-in", "call-centre"), not a CI's name."""
    token = token.lower()
    return (
        token in HYPHENATED_WORDS
        or token.removesuffix("s") in HYPHENATED_WORDS  # "top-ups", "check-ins"
        or bool(PREFIXED_WORD.fullmatch(token))
        or any(form in GLOSSARY for form in (token, token.replace("-", " "), token.replace("-", "")))
    )


# Korean words of event-type parts (here, not in entities: its tables are the planner's vocabulary): a type whose every part has one is also said in Korean ("cert_expiry":
# "인증서 만료", "batch_job": "배치 작업")
EVENT_PART_KO = {
    **dict.fromkeys(("cert", "certificate", "tls", "ssl"), "인증서"),
    **dict.fromkeys(("expiry", "expire", "expires", "expiring", "expiration"), "만료"),
    **dict.fromkeys(("failed", "failure", "fail"), "실패"),
    **{
        "batch": "배치",
        "job": "작업",
        "disk": "디스크",
        "memory": "메모리",
        "warning": "경고",
        "alert": "알림",
    },
    **{"security": "보안", "replication": "복제", "lag": "지연", "login": "로그인", "network": "네트워크"},
    **{"maintenance": "점검", "schedule": "일정", "change": "변경", "notice": "공지", "capacity": "용량"},
}
