"""Metrics an import brings that the catalog does not hold yet (`consumer_lag`, `gpu_utilization`): each is
registered with a unit and labels read off its name, so a metrics file is never refused for a metric
nobody declared; admins refine the entry in the catalog asset. A name that is no plain identifier, or more
new names than MAX_NEW_METRICS in one file (a column of junk), is still rejected."""

from __future__ import annotations

import re

from psycopg import Connection

MAX_NEW_METRICS = 20
METRIC_NAME = re.compile(r"[a-z][a-z0-9_]{1,63}")
# the unit a name's last part says ("…_ms", "…_utilization"); none when it says none
UNIT_SUFFIXES = {
    "ms": "ms",
    "seconds": "s",
    "sec": "s",
    "bytes": "B",
    "pct": "%",
    "percent": "%",
    "usage": "%",
    "utilization": "%",
    "utilisation": "%",
    "util": "%",
    "celsius": "°C",
    "c": "°C",
    "degc": "°C",
    "rps": "req/s",
    **{"mw": "MW", "kw": "kW", "mwh": "MWh", "kwh": "kWh", "hz": "Hz", "mps": "m/s"},
    **{"kbps": "kbps", "mbps": "Mbps", "gbps": "Gbps"},
}
# last parts that are only a unit, left out of the label ("active_power_mw": "active power", in MW)
UNIT_ONLY = frozenset(UNIT_SUFFIXES) - {"usage", "utilization", "utilisation", "util"}
SPEED_PARTS = frozenset({"speed", "velocity", "wind"})  # "wind_speed_ms": metres, not milliseconds
# Korean words of two parts said as one ("wind speed" is 풍속), and the other words a measure is asked by
PHRASES: dict[tuple[str, ...], tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    ("wind", "speed"): ("풍속", ("바람",), ("wind", "winds")),
    ("active", "power"): ("유효전력", ("출력", "발전량", "발전 출력"), ("power output", "output")),
    ("reactive", "power"): ("무효전력", (), ()),
    ("queue", "depth"): (
        "큐 적체",
        ("적체", "적체 메시지", "대기 메시지", "쌓인 메시지", "큐 깊이", "큐 길이", "깊이"),  # "그 큐 깊이"
        (
            "messages waiting",
            "messages are waiting",
            "waiting messages",
            "queued messages",
            "queue backlog",
            "backlog",
            "queue length",
            "messages in queue",
            "depth",
        ),
    ),
}
# Korean words of common name parts: a name whose every part is here gets a Korean label ("GPU 사용률")
PART_KO = {
    "gpu": "GPU",
    "cpu": "CPU",
    "io": "IO",
    "usage": "사용률",
    "utilization": "사용률",
    "utilisation": "사용률",
    "util": "사용률",
    "consumer": "컨슈머",
    "lag": "랙",
    "queue": "큐",
    "depth": "깊이",
    "memory": "메모리",
    "mem": "메모리",
    "disk": "디스크",
    "network": "네트워크",
    "temperature": "온도",
    "temp": "온도",
    "connections": "연결 수",
    "connection": "연결 수",
    "latency": "지연시간",
    "throughput": "처리량",
    "power": "전력",
    "replication": "복제",
    "error": "에러",
    "errors": "에러 수",
    "requests": "요청 수",
    "count": "수",
    "jobs": "작업 수",
    "pending": "대기",
    "backlog": "적체",
    "active": "활성",
    "sessions": "세션 수",
    "session": "세션",
    "calls": "콜 수",
    "supply": "공급",
    "return": "환수",
    "level": "수위",
    "tank": "탱크",
    "load": "부하",
    "output": "출력",
    "pressure": "압력",
    "flow": "유량",
}
# what a power measure (MW, kW) is also asked as: its output ("발전출력 몇MW", "what's X producing")
POWER_SAID = (
    ("출력", "발전 출력", "발전출력"),
    ("output", "power output", "electrical output", "producing", "generating", "generation"),
)
# short parts also said in full ("supply temp" is the supply temperature)
PART_IN_FULL = {"temp": "temperature", "util": "utilization", "mem": "memory", "conn": "connections"}


def unit_of(name: str) -> str:
    parts = name.split("_")
    if parts[-1] == "ms" and SPEED_PARTS & set(parts):
        return "m/s"
    return UNIT_SUFFIXES.get(parts[-1], "")


def _words(name: str) -> list[str]:
    """The parts of a metric's name that say what it measures (a last part that is only a unit aside)."""
    parts = name.split("_")
    return parts[:-1] if len(parts) > 1 and parts[-1] in UNIT_ONLY else parts


def labels_of(name: str) -> tuple[str, str]:
    """(Korean, English) labels of a new metric: its parts in Korean when every part has a word, else its
    words; English is its words ("gpu utilization")."""
    parts = _words(name)
    english = " ".join(part.upper() if part in ("gpu", "cpu", "io") else part for part in parts)
    if (phrase := PHRASES.get(tuple(parts))) is not None:
        return phrase[0], english
    korean = " ".join(PART_KO[part] for part in parts) if all(part in PART_KO for part in parts) else english
    return korean, english


USE_PARTS = ("usage", "utilization", "utilisation", "util")  # one measure, said each way
# resources whose usage is said by their name alone, as "cpu" is
SAID_ALONE = frozenset({"gpu", "npu", "tpu", "vram", "heap", "swap"})
COUNTED_THINGS = frozenset(
    {"sessions", "connections", "calls", "users", "channels", "streams", "clients", "threads"}
)


def aliases_of(name: str) -> tuple[list[str], list[str]]:
    """(Korean, English) aliases of a new metric: its labels, and the words its measure is also asked by —
    "gpu_usage" also as "GPU utilisation", "active_sessions" also as "concurrent sessions" (동시 세션)."""
    korean, english = labels_of(name)
    _, more_ko, more_en = PHRASES.get(tuple(_words(name)), ("", (), ()))
    parts = _words(name)
    said_en = [
        " ".join([*parts[:-1], use])
        for use in (*USE_PARTS, "use")
        if parts[-1] in USE_PARTS and use != parts[-1]
    ]
    said_ko = [korean] if korean != english else []
    if parts[0] == "active" and parts[-1] in COUNTED_THINGS:  # the ones active at once: concurrent
        rest_ko, rest_en = labels_of("_".join(parts[1:]))
        said_en += [f"concurrent {rest_en}", f"concurrent {rest_en.removesuffix('s')} count"]
        said_en.append(f"{english.removesuffix('s')} count")  # "active session count"
        said_ko += [f"동시 {rest_ko}"] if rest_ko != rest_en else []
    if unit_of(name) in ("MW", "kW") and "reactive" not in parts and not more_ko:
        said_ko += list(POWER_SAID[0])
        said_en += list(POWER_SAID[1])
    said_en.append(" ".join(PART_IN_FULL.get(part, part) for part in parts))
    if len(parts) == 2 and parts[1] in USE_PARTS and parts[0] in SAID_ALONE:  # "gpu 95% 넘은적": its usage
        said_en.append(parts[0])
    english_all = [english, *more_en, *(w.replace("gpu", "GPU").replace("cpu", "CPU") for w in said_en)]
    return list(dict.fromkeys([*said_ko, *more_ko])), list(dict.fromkeys(english_all))


def provisional_id(name: str, new: dict[str, int]) -> int | None:
    """A stand-in id (negative) for new metric `name` while its file is read, kept in `new`; None when the
    name may not be registered (no METRIC_NAME, or past MAX_NEW_METRICS)."""
    if name not in new:
        if not METRIC_NAME.fullmatch(name) or len(new) >= MAX_NEW_METRICS:
            return None
        new[name] = -(len(new) + 1)
    return new[name]


def register(conn: Connection, new: dict[str, int]) -> dict[int, int]:
    """Register the `new` metrics in the catalog: stand-in id → catalog id."""
    ids = {}
    for name, stand_in in new.items():
        korean, english = labels_of(name)
        row = conn.execute(
            "INSERT INTO metric_catalog (name, unit, description_ko, description_en, aliases_ko, aliases_en) "
            "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (name) DO UPDATE SET name = EXCLUDED.name RETURNING id",
            [name, unit_of(name), korean, english, *aliases_of(name)],
        ).fetchone()
        assert row is not None
        ids[stand_in] = int(row[0])
    return ids
