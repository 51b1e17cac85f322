"""Filters on CI attribute values (`{"os": "ubuntu-22.04", "memory_gb": "128 GB"}`) as SQL conditions.

Match rules, per attribute key:
- a quantity (a number, or a string such as "128 GB", "128GB", "1.5 TB", or with a comparison first:
  "> 64 GB", "<= 8") matches stored numbers and
  strings with a unit ("128GB") after unit normalisation; a stored number takes its key's unit suffix
  (`memory_gb` holds GB), so "1 TB" matches `memory_gb = 1024`; a number without a unit matches the
  stored number whatever its unit;
- "*" matches any value recorded under the key (a VM's `hypervisor`, whatever it is);
- any other string matches case-insensitively, "-", "_" and spaces alike, and also every version of it
  ("ubuntu" matches "ubuntu-22.04", "tibero" matches "tibero-7"): a value followed by a separator and a digit;
- a string after "!=" ("!= mysql") matches every CI the string does not (those without the key too);
- a list of strings (["altibase", "cubrid"]) matches any of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MAX_ATTRIBUTE_FILTERS = 5
# size units → factor to GB (binary); a key ending in one of them stores numbers in that unit
SIZE_UNITS: dict[str, float] = {
    "kb": 1 / 1024**2,
    "kib": 1 / 1024**2,
    "mb": 1 / 1024,
    "mib": 1 / 1024,
    "m": 1 / 1024,
    "gb": 1.0,
    "gib": 1.0,
    "g": 1.0,
    "tb": 1024.0,
    "tib": 1024.0,
    "t": 1024.0,
    "pb": 1024.0**2,
    "pib": 1024.0**2,
}
QUANTITY = re.compile(r"^\s*(>=|<=|>|<)?\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$", re.I)
SEPARATORS = "[-_ ]+"
ANY_VALUE = "*"
NOT_VALUE = "!="  # "!= mysql": any value but this one


@dataclass(frozen=True)
class Quantity:
    """A number, its size unit ('' when it has none) and how stored values compare with it."""

    number: float
    unit: str = ""
    cmp: str = "="

    def __str__(self) -> str:
        number = int(self.number) if self.number.is_integer() else self.number
        text = f"{number} {self.unit.upper()}" if self.unit else str(number)
        return text if self.cmp == "=" else f"{self.cmp} {text}"


def quantity_of(value: Any) -> Quantity | None:
    """`value` read as a quantity: a number, or a number with a size unit ("128 GB"), either perhaps after
    a comparison ("> 64 GB"); else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return Quantity(float(value))
    m = QUANTITY.match(str(value))
    if m is None or (m.group(3) and m.group(3).lower() not in SIZE_UNITS):
        return None
    return Quantity(float(m.group(2)), m.group(3).lower(), m.group(1) or "=")


def key_unit(key: str) -> str:
    """The size unit a key's name ends with (`memory_gb` → "gb"), or ''."""
    last = key.lower().rsplit("_", 1)[-1]
    return last if "_" in key and last in SIZE_UNITS else ""


def normalised(value: str) -> str:
    """A string value as compared: lower case, each run of "-", "_" or spaces as one "-"."""
    return re.sub(SEPARATORS, "-", value.strip().lower())


def _unit_factor_sql(unit_sql: str, default_sql: str) -> str:
    cases = " ".join(f"WHEN '{unit}' THEN {factor!r}" for unit, factor in SIZE_UNITS.items())
    return f"(CASE {unit_sql} WHEN '' THEN {default_sql} {cases} END)"


def _string_match(stored: str, value: str, suffix: str, params: dict[str, Any]) -> str:
    """SQL matching the stored value to `value`, its versions ("redis" → redis-7.0), or it as a part of a
    longer name ("redis" → elasticache-redis-7.1, "windows" → windows-server-2019)."""
    text = normalised(value)
    params[f"a_val_{suffix}"], params[f"a_ver_{suffix}"] = text, f"(^|-){re.escape(text)}(-|[0-9]|$)"
    same = f"regexp_replace(lower({stored}), '{SEPARATORS}', '-', 'g')"
    return f"({same} = :a_val_{suffix} OR {same} ~ :a_ver_{suffix})"


def attribute_filter_sql(attributes: dict[str, Any], params: dict[str, Any]) -> str:
    """`AND …` conditions on alias `c` (cis) for `attributes` (key → value), parameters added to `params`."""
    if len(attributes) > MAX_ATTRIBUTE_FILTERS:
        raise ValueError(f"at most {MAX_ATTRIBUTE_FILTERS} attribute filters")
    clauses = []
    for i, (key, value) in enumerate(attributes.items()):
        k = f"a_key_{i}"
        params[k] = str(key)
        stored = f"(c.attributes->>:{k})"
        quantity = quantity_of(value)
        if value == ANY_VALUE:
            clauses.append(f" AND jsonb_exists(c.attributes, :{k})")
            continue
        if isinstance(value, list):  # "altibase or cubrid": any of the values
            either = " OR ".join(
                _string_match(stored, str(v), f"{i}_{j}", params) for j, v in enumerate(value)
            )
            clauses.append(f" AND ({either})")
            continue
        if quantity is None:
            negated = str(value).startswith(NOT_VALUE)
            matched = _string_match(stored, str(value).removeprefix(NOT_VALUE), str(i), params)
            clauses.append(f" AND NOT coalesce({matched}, false)" if negated else f" AND {matched}")
            continue
        # compare in GB when the asked value has a size unit, else as plain numbers
        asked_factor = SIZE_UNITS.get(quantity.unit, 1.0)
        params[f"a_num_{i}"] = quantity.number * asked_factor
        own = repr(SIZE_UNITS[key_unit(key)]) if quantity.unit and key_unit(key) else repr(asked_factor)
        parsed = f"regexp_match(lower({stored}), '^\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-z]*)\\s*$')"
        string_value = (
            f"(({parsed})[1]::numeric * {_unit_factor_sql(f'({parsed})[2]', own)})"
            if quantity.unit
            else f"({parsed})[1]::numeric"
        )
        number = (
            f"CASE jsonb_typeof(c.attributes->:{k}) WHEN 'number' THEN {stored}::numeric * {own} "
            f"WHEN 'string' THEN {string_value} END"
        )
        if quantity.cmp == "=":
            clauses.append(f" AND abs(({number}) - :a_num_{i}) < 0.001")
        else:  # cmp is one of QUANTITY's operators
            clauses.append(f" AND ({number}) {quantity.cmp} :a_num_{i}")
    return "".join(clauses)
