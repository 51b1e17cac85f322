"""Attribute keys in words: the Korean for the parts of keys (`kernel_version` is also "커널 버전"), the
units a key may end with, the ways a key may be written in a question, and other spellings of key parts
(Korean words, transliterations, English long and short forms: "급여" for `pay`, "쿼터" for `quota`)."""

from __future__ import annotations

import re
from itertools import islice, product

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
UNIT_PARTS = frozenset(
    {
        "gb",
        "gib",
        "mb",
        "mib",
        "tb",
        "tib",
        "ms",
        "pct",
        "percent",
        "count",
        "s",
        "sec",
        "min",
        "rpm",
        "rps",
        "kw",
    }
)


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


# other spellings of key parts: Korean words and transliterations, English long and short forms
KEY_PART_SPELLINGS: dict[str, tuple[str, ...]] = {
    "sender": ("발신", "발신자", "발송", "보내는"),  # `sender_no`: "발신번호"
    "no": ("번호", "number"),
    "decommissioned": ("폐기", "폐기일", "퇴역", "decommission", "decom", "retired", "retirement"),
    "issuer": ("issued", "issues", "issuing", "발급", "발급자", "발급기관", "발행"),  # `cert_issuer`
    "cutoff": ("마감", "컷오프", "cut-off", "deadline"),  # `order_cutoff`: "주문마감"
    "order": ("주문",),
    "setpoint": ("설정온도", "설정 온도", "설정값", "셋포인트", "set point", "target temperature"),
    "archive": ("아카이브",),
    "analyzer": ("분석기", "형태소분석기", "형태소 분석기", "analyser", "analyzers"),
    "recognition": ("인식", "인식률"),
    "registered": ("등록", "등록대수", "등록수", "등록건수", "registrations"),
    "dest": ("경로", "destination", "path"),
    "path": ("경로",),
    "label": ("라벨", "레이블"),
    "key": ("키",),
    "cycle": ("사이클", "주기"),
    "interval": ("주기", "간격"),
    "firmware": ("펌웨어", "fw"),
    "vendor": ("벤더", "업체", "제조사", "제조업체", "provider", "supplier", "maker", "manufacturer"),
    "provider": ("벤더", "업체", "vendor", "supplier", "제공사", "제공자", "공급자"),
    "seats": ("좌석", "접수석", "석"),
    "agencies": ("기관", "agency"),
    "expires": ("만료", "만료일", "expire", "expiry", "expiration", "retention", "보관", "보존"),
    "expiry": ("만료", "만료일", "expire", "expires", "expiration"),
    "expire": ("만료", "retention", "보관", "보존", "expires", "expiry"),
    "retention": ("보관", "보존", "보관기간"),
    "cert": ("인증서", "certificate", "certificates", "증명서"),
    "bucket": ("버킷",),
    "throughput": ("처리능력", "처리량"),
    "sessions": ("세션",),
    "max": ("최대", "maximum", "맥스", "limit", "리밋", "상한"),  # `max_conn_rate`: "커넥션 레이트 리밋"
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
    "limit": ("한도", "제한", "기준", "기준치", "임계", "임계치"),  # `freezer_limit_c`: "냉동 기준온도"
    "freezer": ("냉동", "냉동고"),
    "chiller": ("칠러", "냉각기"),
    "night": ("밤", "하룻밤", "야간"),  # `waves_per_night`: "하룻밤에 웨이브 몇개"
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
    # "몇시에 돌아", "매일 몇시에 돌아", "when does it kick off": when it is set to run
    "schedule": ("스케줄", "일정", "돌아", "도는", "돌리는", "매일", "kick off", "kicks off", "kick-off"),
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
    "maxmemory": ("eviction", "이빅션", "퇴출", "메모리", "맥스메모리"),  # `maxmemory_policy`: "메모리 정책"
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
    "open": ("오픈", "개시", "개장", "opening", "opens"),
    "close": ("마감", "클로즈", "closing", "closes"),
    "auction": ("경매", "옥션"),
    "crop": ("작물", "품목", "crops"),
    "budget": ("예산", "시간예산", "버짓"),
    "rev": ("수익", "매출", "revenue"),
    "share": ("쉐어", "셰어", "배분"),  # `rev_share_pct`: "수익쉐어"
    "type": ("방식", "타입"),  # `auction_type`: "경매방식"
    "times": ("시각", "시간"),
    "size": ("크기", "용량", "사이즈", "big", "large"),
    "pay": ("급여", "월급", "지급"),
    "day": ("하루", "일자", "날짜", "daily", "per day", "a day"),
    "concurrency": ("동시", "동시성", "병렬", "parallelism", "concurrent"),
    "concurrent": ("동시", "동시에", "at once", "simultaneous"),
    "parallel": ("동시", "병렬", "at once", "concurrent"),
    "calls": ("콜", "통화", "호"),
    "licensed": ("라이선스", "라이센스", "license", "licence", "licenses"),
    "extensions": ("내선", "내선번호"),
    "callback": ("회신", "발신", "회신번호", "발신번호"),
    "number": ("번호",),
    "units": ("호기", "대수", "대"),
    "detect": ("감지", "detection"),
    "answer": ("응답", "answering"),
    "abandon": ("포기", "포기율", "abandonment", "abandoned"),
    "geofence": ("지오펜스", "반경", "radius"),
    "m": ("metres", "meters", "미터"),
    "zoom": ("줌레벨", "줌 레벨"),
    "bank": ("은행", "banks"),
    "signature": ("서명", "전자서명"),
    "brokers": ("중개사", "중개업소", "broker"),
    "complexes": ("단지", "complex"),
    "depth": ("깊이", "뎁스"),
    "draw": ("추첨",),
    "time": ("시각", "시간"),
    "round": ("회차",),
    "shops": ("판매점", "매장", "점포", "가맹점"),
    "deadline": ("마감", "마감시각", "마감시간"),
    "late": ("지각",),
    "sibling": ("형제",),
    "discount": ("할인",),
    "pct": ("퍼센트", "프로", "percent"),
    "per": ("당",),
    "ws": ("웹소켓", "websocket", "websockets"),
    "pod": ("파드",),
    "hospitals": ("병원", "연계병원", "hospital"),
    "report": ("보고",),
    "talkgroups": ("토크그룹", "talk groups", "talkgroup"),
    "carriers": ("통신사", "이통사", "carrier"),
    "welders": ("용접사", "welder"),
    "recovery": ("복구",),
    # business nouns a count key names (`stores`: "점포수", `rooms`: "객실수")
    "stores": ("점포", "매장", "점포수", "매장수", "store"),
    "rooms": ("객실", "객실수", "room"),
    "outlets": ("업장", "영업장", "매장", "outlet"),
    "franchisees": ("가맹점", "가맹점수", "점주", "franchisee"),
    "billers": ("수납기관", "기관", "biller"),
    "reefer": ("냉장", "냉동", "냉장차"),
    "trucks": ("차량", "트럭", "truck"),
    "vehicles": ("차량", "vehicle"),
    "tables": ("테이블", "table"),
    "beds": ("병상", "침상", "bed"),
    "branches": ("지점", "영업점", "branch"),
    "windows": ("창구", "window"),
    "lifts": ("리프트", "lift"),
    "antenna": ("안테나", "구경"),
}
