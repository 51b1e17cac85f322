"""Fixed vocabulary of the rules planner: words for types, environments, statuses, aggregations,
graph intents, direct answers and refusals, in Korean and English (the on-call words — why, what
happened, what is wrong now, health — are in lexicon_oncall.py). Names of CIs, owners, locations, metrics
and attribute keys come from the database (see entities.py), not from here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from services.ops.planner.type_words import COMMON_TYPE_WORDS, TYPE_WORDS

CI_WORDS = (
    "ci",
    "cis",
    "구성 항목",
    "구성항목",
    "자산",
    "assets",
    "configuration items",
    "components",
    "리소스",
    "resources",
    "items",
    "장비",
    "장비들",
    "equipment",
)
# "운영 Cloud SQL 인스턴스", "운영 valkey": 운영 before a product or type said in Latin letters is production,
# and so is where a release goes ("운영에 배포된", "운영 반영"); alone it is also "operations" (운영팀, 운영 정책)
PROD_SAID = re.compile(
    r"(?<![가-힣])운영\s++(?=[a-z])|(?<![가-힣])운영(?:에|으로|계에)?\s*+(?=배포|반영|릴리[즈스])"
    r"|(?<![가-힣])운영(?:계|환경|꺼|거|것)?\s*+만|(?<![가-힣])운영(?:계|꺼|거|것)(?![가-힣])",  # "그중 운영만", "운영꺼는?"
    re.I,
)
# "(폐기된것도 포함)", "retired included": a status said as well as the others, not as the only one
STATUS_ALSO = re.compile(
    r"(?<!\s)(?:(?:된|인|중인|한)?\s*+(?:것|거|애들|ci)?\s*+(?:도|까지)\s*+포함|\s*+included\b)", re.I
)
STATUS_ALSO_BEFORE = re.compile(r"\b(?:including|incl\.?|even)\s++(?:the\s++)?$", re.I)
ENV_WORDS: dict[str, tuple[str, ...]] = {
    "prod": (
        *("운영 환경", "운영계", "프로덕션", "production", "prod", "prd", "라이브", "상용", "live env"),
        *("운영 db", "운영 디비", "운영 서버", "운영 호스트", "운영 서비스", "운영 장비"),  # "운영 DB 몇 개"
        *("운영 데이터베이스", "운영 노드", "운영 인스턴스", "운영 vm", "운영 클러스터"),
        *("운영꺼", "운영 꺼", "운영거", "운영 거", "운영것"),  # "그중 운영꺼만"
    ),
    "staging": (
        "스테이징",
        "staging",
        "stg",
        "qa",
        "uat",
        "스테이지",
        "검수",
        "검증계",
        "검증 환경",
        "preprod",
        "pre-prod",
        "tst",
        "테스트 환경",
        "테스트계",
        "test env",
        "test environment",
    ),
    "dev": ("개발 환경", "개발계", "development", "dev", "개발꺼", "개발 꺼", "개발거", "개발 거", "개발것"),
}
ENV_NOUN = re.compile(r"\s*+(?:환경|env\b|environment)", re.I)  # "QA 환경": a team-named word as the env
STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "active": ("활성", "가동 중", "active", "running", "in service"),
    "standby": ("스탠바이", "대기 상태", "대기중", "대기 중", "standby"),
    "maintenance": ("점검 중", "점검", "유지보수", "정비", "메인터넌스", "maintenance"),
    "retired": ("폐기", "퇴역", "은퇴", "retired", "decommissioned"),
}
# "the RADIUS server ianua", "DB 서버": any CI is a server to someone, so the word names no host type
SERVER_WORD = re.compile(r"\bservers?\b|서버", re.I)
# a status said with a type word ("still in service"): the type word names no type
STATUS_PHRASE = re.compile(r"\b(?:in|out of) service\b", re.I)
# "how many rooms can X host", "X hosts up to 200 sessions": a capacity, no type word
HOST_VERB = re.compile(
    r"\b(?:can|could|will|would)\s++(?:\S++\s++){0,2}?host\b|\bhosts?\s++(?:up to|at most|a maximum)\b", re.I
)
# days and sales seasons that explain a load ("black friday traffic"), never part of a CI name
OCCASION_WORDS = (
    *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "holiday"),
    *("black friday", "cyber monday", "christmas", "sale", "sales", "promotion", "campaign", "peak"),
    *(
        "블프",
        "블랙프라이데이",
        "블랙 프라이데이",
        "주말",
        "연휴",
        "명절",
        "세일",
        "할인",
        "프로모션",
        "이벤트 기간",
    ),
    *("피크", "성수기"),
)
# severity words that mean nothing else ("정보", "주요", "info" also mean information, main)
GRADE_WORDS = re.compile(r"(?<![a-z])(?:critical|major|minor)(?![a-z])|크리티컬|메이저|마이너|치명", re.I)
_ENGLISH_TYPES = "|".join(w for w in COMMON_TYPE_WORDS if w.isascii())
# "running" as a verb ("running on X", "running slowly", "running hot"), not the status ("running hosts")
RUNNING_VERB = re.compile(rf"\brunning(?=\s+(?!(?:{_ENGLISH_TYPES})\b)[a-z])", re.I)
SEVERITY_WORDS: dict[str, tuple[str, ...]] = {
    "critical": ("critical", "크리티컬", "심각", "치명"),
    "major": ("major", "메이저", "주요"),
    "minor": ("minor", "마이너"),
    "warning": ("warning", "warnings", "경고"),
    "info": ("info", "informational", "정보"),
}
AGG_WORDS: dict[str, tuple[str, ...]] = {
    "p95": ("p95", "95퍼센타일", "95 퍼센타일", "95th percentile", "95 percentile", "95%ile"),
    "avg": ("평균", "average", "averaged", "averaging", "avg", "mean"),
    "max": (
        "최대",
        "최고치",
        "최고",
        "피크",
        "maximum",
        "max",
        "peak",
        "spike",  # "any latency spike today?": the window's highest sample
        "spikes",
        *("튄", "튀었", "튀던"),  # "cpu 젤 높게 튄 db": the one whose samples spiked highest
        *("높았을 때", "높을 때"),  # "처리량 젤 높을때": the window's highest sample
        *("hit the highest", "hit the most", "reached the highest", "peaked highest", "peaked the highest"),
    ),  # "highest" ranks CIs (TOP_WORDS), not samples
    "min": (
        "최소",
        "최저치",
        "최저",
        "낮았을 때",
        "낮을 때",
        "minimum",
        "min",
        "how low",
        "얼마나 낮",
        "lowest point",
    ),
    "sum": ("합계", "총합", "합산", "sum", "total"),
}
COUNT_WORDS = (
    "몇 개",
    "몇개",
    "몇 대",
    "몇대",
    "몇 건",
    "몇건",
    "몇 번",
    "몇번",
    "개수",
    "갯수",
    "수는",
    "건수",
    "횟수",
    "이벤트 수",
    "알림 수",
    "how many",
    "count",
    "number of",
)
# Linear-time patterns (a question is at most 2000 characters, but regexes must not backtrack on it):
# a number starts only where a digit run starts (`(?<![\d.])`), digit and whitespace runs are
# possessive (`\d++`, `\s*+`) since what follows them never starts with a digit or a space.
_NUMBER = r"(-?(?<![\d.])\d++(?:\.\d++)?)"
# one figure over the CIs compared ("across the four nodes", "세 대 전체 평균", "합쳐서 평균")
ACROSS = re.compile(
    r"\bacross\b|\b(?:overall|combined|group|fleet)\s++average\b|전체\s*+평균|합쳐서\s*+평균|평균\s*+내면",
    re.I,
)
TOP_WORDS = re.compile(
    r"상위\s*+(\d+)|top\s*+(\d+)|(?<!\d)(\d++)\s*+(?:개|대)?\s*+상위"
    r"|highest|most|busiest|largest|biggest|worst|slowest|fullest|hottest|heaviest|strongest|\btop\b(?!\s*+\d)"
    r"|(?:가장|제일)\s*+(?:높은|많은|큰|느린|느려|느렸던|높았던|많았던|컸던|바쁜|바빴던|많이|높게|크게|꽉 ?찬|찬"
    r"|심한|심했던|심하게|나쁜|나빴던)"
    r"|최고(?:였던|이었던|였던\s*+거|인|로\s*+(?:높|많|컸))",  # "에러율 피크 최고였던 서비스": the one highest
    re.I,
)
BOTTOM_WORDS = re.compile(
    r"하위\s*+(\d+)|bottom\s*+(\d+)|(?:가장|제일)\s*+(?:낮은|낮았던|적은|적었던|빠른|빨랐던|낮게|적게)"
    r"|lowest|least|fastest",
    re.I,
)
# "응답 느린 DB 3개", "3 busy hosts": a ranking adjective without 가장/most, and a counted number of CIs
COUNTED_RANKING = re.compile(r"느린|높은|많은|큰|바쁜|무거운|\bslow|\bhigh|\bbusy|\bheavy", re.I)
COUNTED_RANKING_LOW = re.compile(r"빠른|낮은|적은|작은|한가한|\bfast|\blow|\bquiet", re.I)
COUNTED_CIS = re.compile(r"(?<![\d.])(\d{1,3})\s*+(?:개|대|곳|군데)(?!\s*+(?:월|시간|분|일|주))")
# Superlatives that name their measure ("the slowest service" ranks by response time); used only when the
# question names no metric and the catalog has the measure.
# How full something is ("몇 % 찼어", "how full is X", "the fullest disk"): its disk usage, never a capacity
FULLNESS = re.compile(
    r"몇 ?(?:%|퍼센트|프로)\s*(?:나\s*)?(?:찼|차\s*있)|얼마나 (?:찼|차\s*있)|how full|\bfullest\b|most full"
    r"|(?:가장|제일) (?:꽉 )?찬|(?:얼마|몇 ?(?:%|퍼센트|프로))\s*+까지\s*+(?:찼|차\s*+올)",
    re.I,
)
# Free space ("디스크 여유 공간", "how much free disk", "CPU 여유"): 100 − a usage percentage; the phrase
# implies disk when no metric is named, and its words are read (FREE_WORDS) once a usage metric is there
FREE_SPACE = re.compile(
    r"여유|남은\s*+(?:공간|용량)|(?:공간|용량)\S{0,2} ?얼마나 남|free (?:disk|space|memory)|headroom"
    r"|(?:disk )?space (?:is )?left|how much (?:disk )?space",
    re.I,
)
# a share of use said without saying of what ("사용률", "usage"): of a storage system its fullness, else unclear
USAGE_WORDS = r"사용률|사용량|점유율|\b(?:usage|utili[sz]ation|utili[sz]ed)\b"
FREE_WORDS = re.compile(r"여유\S*|남은|남았\S*|남아\S*|공간|용량|\b(?:free|space|left|headroom)\b", re.I)
# HTTP error statuses ("5xx", "503 왜 나", "502s"): the error rate
HTTP_ERRORS = re.compile(
    r"(?<![\w.])(?:[45]xx|[45]0\d)s?(?![\w.%])(?!\s*+(?:ms|gb|mb|tb|개|대|건|초|분|시간)(?![가-힣]))", re.I
)
# errors as a measure that peaks ("the worst error peak", "에러 피크"), not error events
ERROR_PEAK = re.compile(
    r"\berror (?:peaks?|spikes?)\b|\b(?:peak|worst|highest) errors?\b(?! (?:events?|logs?|messages?))"
    r"|(?:에러|오류) ?(?:피크|폭증|최고)",
    re.I,
)
IMPLIED_METRICS: tuple[tuple[re.Pattern[str], str], ...] = (
    (HTTP_ERRORS, "error_rate"),
    (ERROR_PEAK, "error_rate"),
    (FULLNESS, "disk_usage"),
    (FREE_SPACE, "disk_usage"),
    (
        re.compile(
            r"slowest|fastest|(?:가장|제일|더) (?:느린|느려|느렸|빠른|빨랐)|\b(?:slower|faster)\b|평소보다 느"
            r"|\bhow slow\b|얼마나 ?느",  # "how slow is it now": its response time
            re.I,
        ),
        "response_time_ms",
    ),
    (
        re.compile(
            r"busiest|(?:가장|제일) 바쁜|(?:요청|트래픽)\S* ?(?:가장|제일) 많|most (?:requests|traffic)"
            r"|how busy|얼마나 바빴|얼마나 바쁜",
            re.I,
        ),
        "request_rate",
    ),
)
# "which services are slow?": with no CI named, slowness ranks CIs by response time (of one named CI it is
# the symptom an RCA or health question reads for itself)
SLOW_WORDS = re.compile(r"\bslow(?:ly)?\b|느리게|느린|느려", re.I)
_KO_UNIT = r"(%|퍼센트|프로|ms|밀리초|req/s|초|s|secs?|seconds?)?\s*+(?:를|을|이|가)?\s*+"
_EN_UNIT = r"(?:(%|ms|s|secs?|seconds?)(?![a-z]))?"
_KO_ONCE = (
    r"(?:(?:한\s*번이라도|잠깐이라도|순간이라도|잠깐|한\s*번)\s*+)?"  # "90% 한번이라도 넘은": ever above
)
ABOVE = re.compile(
    rf"{_NUMBER}\s*+{_KO_UNIT}{_KO_ONCE}(?:넘(?:겨|긴)?|초과|이상|보다 높|보다 큰|over|찍)"  # "95% 찍은 적", "80 넘겨본"
    r"|(?:\b(?:above|over|exceed(?:ed|ing|s)?|greater than|more than|higher than|slower than|longer than)"
    r"|\bat least|>=?|\bcross(?:ed|es|ing)?"
    r"|topp(?:ed|ing)|surpass(?:ed|es|ing)?|broke|break(?:s|ing)?|went over|go(?:es)? over|pass(?:ed|es)?"
    r"|(?:gone|went|go(?:es|ing)?|got|get(?:s|ting)?) past"  # "has it ever gone past 5%"
    r"|hit|hits|hitting|reached|reach(?:es|ing)?)\s*+"
    rf"(-?\d++(?:\.\d++)?)\s*+{_EN_UNIT}",
    re.I,
)
BELOW = re.compile(
    rf"{_NUMBER}\s*+{_KO_UNIT}{_KO_ONCE}(?:미만|이하|보다 낮|보다 작|밑)"
    rf"|(?:\b(?:below|under|less than|lower than|faster than|shorter than|at most)|<=?)\s*+(-?\d++(?:\.\d++)?)\s*+{_EN_UNIT}",
    re.I,
)
SECONDS = frozenset({"초", "s", "sec", "secs", "second", "seconds"})  # a bound in seconds, of a ms metric
INCLUSIVE_BOUND = re.compile(
    r"이상|이하|찍|at least|at most|or more|or less|or above|or below|>=|<=|\bhit|\breach", re.I
)
FLEET = re.compile(r"\bacross\b|\boverall\b|\ball\b|\bfleet\b|\bentire\b|전체|모든|전반", re.I)
# alert nouns in Korean, loanwords included ("알럿 올라온 거")
KO_ALERTS = "알림(?!톡)|경보|경고|알람|알럿|얼럿|알러트|얼러트"  # "알림톡" is a messaging product
EVENTS = re.compile(
    rf"events?|alerts?|alarms?|warnings?|incidents?|이벤트|{KO_ALERTS}|장애 기록|로그(?!인|아웃)|\bchanged?\b|\bchanges\b|변경 (?:사항|이력|내역)|무엇이 바뀌|뭐가 바뀌|deployments?|deployed|배포 (?:이력|내역)|restarts|재시작 (?:이력|내역)"
    r"|\blogs\b|\bwhat did\b[^?]{0,40}?\blog\b"  # "what did X log on the 16th?" ("logged in" is no event)
    r"|뭐\s*+(?:바꾼|변경한)\s*+(?:거|게|것|적)",  # "이번주 X 뭐 바꾼거 있어?"
    re.I,
)
EVENT_NOUNS = re.compile(  # words naming events themselves (not verbs like "deployed" that events record)
    rf"events?|alerts?|alarms?|incidents?|history|이벤트|{KO_ALERTS}|이력|내역|기록", re.I
)
SHOW = re.compile(r"show|list|display|보여|알려|나열|목록", re.I)
WHICH = re.compile(r"\bwhich\b|\bwhat\b.*\b(?:are|is)\b|\blist\b|어떤|어느|무엇|뭐|누구|찾아|목록|보여", re.I)
SERIES = re.compile(r"trend|over time|chart|graph of|plot|추이|추세|그래프|차트|변화", re.I)

OR_WORSE = re.compile(r"이상|or (?:above|worse|higher)|and (?:above|worse|higher)|at least", re.I)
# a moment said approximately ("around 11", "11시쯤", "9시 반경"): the symptom's onset is looked for near it
APPROXIMATE = re.compile(
    r"\b(?:around|about|approximately|roughly|circa)\b|쯤|(?<=[시분])\s?경|즈음|무렵|전후", re.I
)
# a grade qualifying an incident noun is a floor ("major incidents", "critical outages", "메이저 장애")
GRADED_INCIDENT = re.compile(
    r"(?:critical|major|minor|크리티컬|메이저|마이너|심각한?)\s*+(?:incidents?|outages?|장애)", re.I
)
# a time asked for: "몇시에 끝났어", "언제 폐기됐어", "when did X start"
WHEN_ASKED = re.compile(r"몇 ?시|언제|\bwhat time\b|\bwhen\b", re.I)
# the newest event of a kind: "when was X last deployed?", "X 마지막 배포 언제야"
LAST_TIME = re.compile(
    r"\bwhen (?:was|were|did) .{0,60}?\blast\b(?!\s++(?:night|evening|morning|week|month|year|\w+day\b|\d))"  # not "last night"
    r"|\blast time\b|\bmost recent(?:ly)?\b|마지막(?:으로)?|제일 최근|가장 최근",
    re.I,
)
LAST_N_EVENTS = re.compile(
    r"(?:last|latest|recent|최근)\s*+(\d{1,3})\s*+(?:events?|alerts?|alarms?|건|개의? (?:이벤트|알림|알람|경보))"
    r"|(\d{1,3})\s++(?:most\s++)?(?:recent|latest|last|newest)\s++(?:events?|alerts?|alarms?)"
    r"|(\d{1,3})\s*+(?:건|개)의?\s*+(?:최근\s*+)?(?:이벤트|알림|알람|경보)"
    r"|(?:이벤트|알림|알람|경보)\s*+(\d{1,3})\s*+(?:건|개)",
    re.I,
)
# Words that already mean a status, environment or CI type; event types never claim them.
RESERVED_WORDS: set[str] = {
    w.lower() for table in (STATUS_WORDS, ENV_WORDS, TYPE_WORDS) for ws in table.values() for w in ws
}

# the type words of two words ("load balancers", "virtual machine", "로드 밸런서"): never a metric or key in them
TYPE_PHRASE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted((re.escape(w) for w in COMMON_TYPE_WORDS if " " in w), key=len, reverse=True))
    + r")(?![\w-])",
    re.I,
)
# words naming a whole type (hosts), never a narrower kind of it that an attribute value spells the same
GENERIC_TYPE_WORD = re.compile(r"servers?|서버|hosts?|호스트|machines?|장비|nodes?|노드", re.I)
SHARE_ASKED = re.compile(r"몇\s*+(?:%|퍼)|\bwhat\s++percent|\bhow many percent|\bpercentage\b", re.I)
VERSION = re.compile(r"(?<![\w.])(?:v(?=\d))?\d+\.\d+(?:\.\d+)*(?![\w.])", re.I)  # "2.11.0", "v3.2.0"
RECENTLY = re.compile(r"최근|요즘|\b(?:recently|lately)\b", re.I)  # "X 최근에 OOM 났었어?": its recent days
ALERT_NOUNS = re.compile(rf"alerts?|alarms?|{KO_ALERTS}|경고", re.I)  # with "now": what is firing
# ... unless a pronoun says it is about something said before ("is it still broken?")
PRONOUNS = re.compile(r"\b(?:it|its|that|this|them|they|those)\b|그거|그게|그것|이거|이게|저거|저게", re.I)
# "today vs yesterday", "지난주 대비": one CI's metric over a period against the same period earlier.
PERIOD_COMPARE = re.compile(
    r"\bvs\.?(?![a-z])|\bversus\b|compared? (?:to|with)|against|대비|비교|보다 (?:높|낮|많|적|커|작|늘|줄|느|빠)"
    r"|와 달리|랑 달리|\b(?:slower|faster|higher|lower|busier|worse|better) than\b",
    re.I,
)
PERIOD_SHIFT = re.compile(
    r"(?P<week>last week|previous week|the week before|a week ago|same time last week|지난 ?주|저번 ?주|일주일 ?전)"
    r"|(?P<day>yesterday|the day before|a day ago|same time yesterday|어제|전날|하루 ?전)"
    r"|(?P<usual>평소|than usual|than normal|normal|usual|typical)",  # the same hours the day before
    re.I,
)

# words leaving something out ("MySQL 아닌 DB", "prod 빼고"), read by left_out.py: the planner's vocabulary
NOT_WORDS = (
    "아닌",
    "아니",
    "말고",
    "빼고",
    "제외",
    "not",
    "non",
    "other than",
    "except",
    "excluding",
    "outside",
    "besides",
)

# a count said in words: "서비스 두 개", "top three hosts"
NUMBER_WORDS = {
    **{"한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10},
    **{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10},
}
COUNT_IN_WORDS = re.compile(
    r"(?<![가-힣])(한|두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*+(?:개|대|곳|군데|가지)"
    r"|\b(?:top|the|first|highest|lowest|busiest|slowest|which|what)\s++(two|three|four|five|six|seven|eight|nine|ten)\b",
    re.I,
)

NUMBER_WORDS_EN = tuple(w for w in NUMBER_WORDS if w.isascii())  # words of the vocabulary, never values
# a question whether any CI is in a state ("느린 서비스 있어?", "any disks filling up?"), not a listing
EXISTENCE = re.compile(
    r"있(?:었)?(?:어|음|나|니|냐|는지|을까|습니까|나요|어요)\s*+[?？]?\s*+$|\b(?:any|are there|is there|were there|was there)\b",
    re.I,
)


# Korean words that hold a shorter term of the vocabulary and mean something else ("라이브러리" and "드라이브"
# are no "라이브" environment, "큐시트" is a cue sheet, no "큐")
LONGER_WORDS = (
    *("라이브러리", "드라이브", "큐시트"),
    # weekdays, and common words that begin with a one-syllable term ("수" of a `count` key): no such term
    *("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
    *("수요", "수정", "수집", "수동", "수신", "수준", "수행", "수리", "수납"),
)


def outside_longer_words(term: str, pattern: str) -> str:
    """`pattern` (matching the Korean `term`) kept from matching inside the LONGER_WORDS that hold it."""
    for word in (w for w in LONGER_WORDS if term in w and w != term):
        before, after = (re.escape(part) for part in word.split(term, 1))
        pattern = (
            f"(?<!{before}){pattern}"
            if not after
            else f"{pattern}(?!{after})"
            if not before
            else (f"(?:(?<!{before}){pattern}|{pattern}(?!{after}))")
        )
    return pattern


@lru_cache(maxsize=8192)
def word_pattern(term: str) -> re.Pattern[str]:
    """An English term as a whole word; Korean terms match as substrings (particles attach), their spaces
    optional ("낮았을 때" in "낮았을때": chat drops them), but not as the start of a longer word."""
    if re.search(r"[\uac00-\ud7a3]", term):
        return re.compile(outside_longer_words(term, re.escape(term).replace(r"\ ", r"\s*+")))
    return re.compile(rf"(?<![a-z0-9_-]){re.escape(term)}(?![a-z0-9_])", re.I)
