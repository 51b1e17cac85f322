"""Answer blocks of CI lookups: one CI's fields (saying which asked attribute is not recorded, with what
is), a CI list, a count."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from services.ops.compose import FIELD_LABEL, _cell, described_filters, fmt, josa
from services.ops.compose_checks import checked
from services.ops.planner.key_words import korean_key

RECORD_FIELDS = ("type", "environment", "location", "owner", "status")
# attribute keys that name a place: where a CI lacks one, its location answers
PLACE_KEYS = {
    "site",
    "dc",
    "datacenter",
    "data_center",
    "idc",
    "region",
    "zone",
    "campus",
    "center",
    "building",
}

if TYPE_CHECKING:
    from services.ops.compose import Composer


def _recorded(value: object) -> str:
    """A CMDB value as the record holds it: 0.987 is no 0.99, a whole number no 12,450,000.00."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return _cell(value)


NAMED_COUNT = 10  # a count of at most this many CIs names them


def _is_share(value: str) -> bool:
    """Whether a recorded value reads as a percentage (or a bare number that may be one)."""
    return "%" in value or value.replace(".", "", 1).isdigit()


def _no_share(c: Composer, ci: str, read: dict[str, Any]) -> dict[str, Any]:
    """ "FRA 몇%" read a record that is no percentage ("+FRA 2TB"): unclear, asking the percentage
    metrics instead."""
    shares = [m for m, unit in sorted(c.index.metric_units.items()) if unit == "%"][:3]
    c.asks_instead = [
        c.pick(f"{ci} 지금 {c.metric_label(m)}", f"{ci} {c.metric_label(m)} now") for m in shares
    ]
    return c.say(
        f"{read['text']} 물은 비율(%)은 기록에 없습니다. 측정값의 비율이라면 다시 물어보세요.",
        f"{read['text']} No percentage of it is recorded; if a measured share was meant, ask for the metric.",
    )


def _fields_total(c: Composer, ci: dict[str, Any], data: dict[str, Any]) -> tuple[str, str] | None:
    """ "합계 52,600" when the question asked the numeric fields added up (all of them numbers)."""
    if not data.get("total"):
        return None
    values = [ci["attributes"].get(f.removeprefix("attributes.")) for f in data["fields"]]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
        return None
    total = fmt(sum(values))
    return f"합계는 {total}입니다.", f"In total: {total}."


def ci_lookup_blocks(c: Composer, data: dict[str, Any]) -> list[dict[str, Any]]:
    """The blocks of a `ci_lookup` result: one CI's fields (and the checks of what the question assumed), a
    count, or a list."""
    if data["op"] == "get":
        ci = data["ci"]
        rows: list[list[Any]] = []
        parts_ko: list[str] = []
        parts_en: list[str] = []
        unrecorded: list[dict[str, str]] = []  # labels of asked attributes the CI has no value for
        for field in data["fields"]:
            if field == "attributes":
                for key, value in sorted(ci["attributes"].items()):
                    rows.append([ci["name"], key, _recorded(value)])
                continue
            key = field.removeprefix("attributes.")
            value = ci["attributes"].get(key) if field.startswith("attributes.") else ci.get(field)
            label = FIELD_LABEL.get(key, {"ko": korean_key(key), "en": key.replace("_", " ")})
            on_hosts = [h for h in data.get("hosts", []) if h["key"] == key]
            if value is None and on_hosts:  # recorded on the hosts it runs on: theirs, said as such
                rows += [[h["host"], key, _recorded(h["value"])] for h in on_hosts]
                said = ", ".join(f"{h['host']} {_recorded(h['value'])}" for h in on_hosts)
                parts_ko.append(f"실행 호스트 기준 {josa(label['ko'], '은는')} {said}")
                parts_en.append(f"{label['en']} (of the hosts it runs on) is {said}")
                continue
            if value is None and field.startswith("attributes."):  # not recorded: show what is
                if not unrecorded:
                    rows += [
                        [ci["name"], k, _recorded(ci[k])] for k in RECORD_FIELDS if ci.get(k) is not None
                    ]
                    rows += [[ci["name"], k, _recorded(v)] for k, v in sorted(ci["attributes"].items())]
                if key in PLACE_KEYS and ci.get("location"):  # "which site": the CI's own location
                    parts_ko.append(f"위치(location)는 {ci['location']}")
                    parts_en.append(f"location is {ci['location']}")
                unrecorded.append(label)
                continue
            rows.append([ci["name"], key, _recorded(value)])
            parts_ko.append(f"{josa(label['ko'], '은는')} {_recorded(value)}")
            parts_en.append(f"{label['en']} is {_recorded(value)}")
        text = c.say(
            f"{ci['name']}의 " + ", ".join(parts_ko) + "입니다."
            if parts_ko
            else f"{ci['name']}의 구성 정보입니다.",
            f"For {ci['name']}, the " + "; the ".join(parts_en) + "."
            if parts_en
            else f"Configuration of {ci['name']}.",
        )
        if unrecorded:
            text = c.say(
                f"{ci['name']}에는 {', '.join(u['ko'] for u in unrecorded)} 값이 기록되어 있지 않습니다"
                + (f"({', '.join(parts_ko)})" if parts_ko else "")
                + ". 기록된 속성은 표와 같습니다.",
                f"{ci['name']} has no {', '.join(u['en'] for u in unrecorded)} recorded"
                + (f" ({'; '.join(parts_en)})" if parts_en else "")
                + "; its recorded attributes are in the table.",
            )
        if total := _fields_total(c, ci, data):
            text = c.say(f"{text['text']} {total[0]}", f"{text['text']} {total[1]}")
        table = {"type": "table", "columns": ["ci", "field", "value"], "rows": rows}
        if c.plan.asks_share and parts_ko and not any(_is_share(row[2]) for row in rows):
            return [_no_share(c, ci["name"], text), table]
        checks = checked(c, ci, data)
        checked_only = [check["field"] for check in data["checks"]]
        if checks and data["fields"] == checked_only:  # only the check was asked for
            return [*checks, table]
        return [*checks, text, table]
    found, total = data["rows"], data["total"]
    described = described_filters(data["filters"])
    if data["op"] == "sum":
        return _sum_blocks(c, data, described)
    if data["op"] == "count":
        # a few are named too ("그중에 배수지만": how many, and which)
        named = (
            f": {', '.join(r['name'] for r in found)}"
            if 0 < total <= NAMED_COUNT and len(found) == total
            else ""
        )
        none_ko, none_en = _none_of(data)
        return [
            c.say(
                f"조건({described})에 맞는 CI는 {total}개입니다{named}.{none_ko}",
                (
                    f"There is 1 CI matching {described}{named}."
                    if total == 1
                    else f"There are {total} CIs matching {described}{named}."
                )
                + none_en,
            ),
            {"type": "table", "columns": ["filter", "count"], "rows": [[described, total]]},
        ]
    table = {
        "type": "table",
        "columns": ["name", "type", "environment", "status", "owner", "location"],
        "rows": [
            [r["name"], r["type"], r["environment"], r["status"], r["owner"], r["location"]] for r in found
        ],
    }
    none_ko, none_en = _none_of(data)
    return [
        c.say(
            f"조건({described})에 맞는 CI {total}개입니다.{none_ko}",
            (f"1 CI matches {described}." if total == 1 else f"{total} CIs match {described}.") + none_en,
        ),
        table,
    ]


def _none_of(data: dict[str, Any]) -> tuple[str, str]:
    """(ko, en) " engine=oracle인 CI는 없습니다." for the values of a list filter no CI holds (both "" when
    every value is held)."""
    said = [f"{key}={value}" for key, value in data.get("values_unmatched") or []]
    if not said:
        return "", ""
    return f" {', '.join(said)}인 CI는 없습니다.", f" None has {' or '.join(said)}."


def _sum_blocks(c: Composer, data: dict[str, Any], described: str) -> list[dict[str, Any]]:
    """The sum of one attribute over the CIs found, saying how many of them hold no number there."""
    key, total, counted = data["key"], data["total"], data["counted"]
    label_ko = korean_key(key)
    if data["sum"] is None:
        return [
            c.say(
                f"조건({described})에 맞는 CI {total}개 중 {label_ko} 값이 숫자로 기록된 CI가 없어 합계를 낼 수 없습니다.",
                f"None of the {total} CIs matching {described} has a number recorded for {key}; there is no sum.",
            )
        ]
    figure = _cell(data["sum"])
    if data["filters"]:
        lacking, (none_ko, none_en) = total - counted, _none_of(data)
        text = c.say(
            f"조건({described})에 맞는 CI {counted}개의 {label_ko} 합계는 {figure}입니다"
            + (f" (값이 없는 CI {lacking}개는 빼고)." if lacking else ".")
            + none_ko,
            f"The {key} of the {counted} CIs matching {described} add up to {figure}"
            + (f" ({lacking} without a value left out)." if lacking else ".")
            + none_en,
        )
    else:  # over the estate: the CIs that record it
        text = c.say(
            f"{label_ko} 값이 기록된 CI {counted}개의 합계는 {figure}입니다.",
            f"The {key} of the {counted} CIs that record it add up to {figure}.",
        )
    values = [(r["name"], (r.get("attributes") or {}).get(key)) for r in data["rows"]]
    rows = [[name, _cell(value)] for name, value in values if data["filters"] or value is not None]
    return [
        text,
        {"type": "table", "columns": ["name", key], "rows": [*rows, [c.pick("합계", "total"), figure]]},
    ]
