"""Parameter schemas: a JSON Schema subset, checked when saved and enforced on every call.

The subset: an object of named properties with `type` (string, integer, number, boolean, array of
scalars), `required`, `default`, `enum`, `minimum`/`maximum`, `minLength`/`maxLength`, `pattern`,
`description`/`title`, and `x-secret` (the value is redacted in logs). Unknown parameters are refused.
Query-string calls (`GET /api/x/{slug}?n=5`) arrive as text and are coerced to the declared types
first. Validation is `jsonschema` (Draft 2020-12), compiled once per schema; a quick check compiled
beside it passes the values that are certainly valid (most calls) without it, and anything else goes
to jsonschema, which has the last word and writes the message.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from jsonschema import Draft202012Validator

from services.core.audit import REDACTED, SECRET_MARKERS
from services.core.errors import ValidationFailed

TYPES = ("string", "integer", "number", "boolean", "array")
SCHEMA_KEYWORDS = frozenset({"type", "properties", "required", "title", "description"})
PROPERTY_KEYWORDS = frozenset(
    {"type", "description", "title", "default", "enum", "minimum", "maximum", "minLength", "maxLength"}
    | {"pattern", "items", "x-secret", "format", "examples"}
)
MAX_PROPERTIES = 50
MAX_PATTERN = 200
MAX_TEXT = 10_000
MAX_COMPILED = 256


def _invalid(message: str, field: str) -> ValidationFailed:
    return ValidationFailed(
        message,
        details={"field": field},
        key="api_param_invalid",
        params={"field": field, "problem": message},
    )


def check_schema(schema: Any) -> list[str]:
    """Problems with a parameter schema (empty when usable)."""
    if not isinstance(schema, dict) or schema.get("type", "object") != "object":
        return ["the parameter schema must be an object schema"]
    unknown = sorted(set(schema) - SCHEMA_KEYWORDS)
    problems = [f"unsupported schema keywords: {', '.join(unknown)}"] if unknown else []
    properties = schema.get("properties", {})
    if not isinstance(properties, dict):
        return [*problems, "'properties' must be an object"]
    if len(properties) > MAX_PROPERTIES:
        problems.append(f"at most {MAX_PROPERTIES} parameters")
    for name, prop in properties.items():
        problems += _property_problems(name, prop)
    required = schema.get("required", [])
    if not isinstance(required, list) or any(item not in properties for item in required):
        problems.append("'required' must list declared parameters")
    if not problems:
        try:
            Draft202012Validator.check_schema(schema)
        except Exception as exc:  # jsonschema.SchemaError
            problems.append(str(getattr(exc, "message", exc)))
    return problems


def _property_problems(name: str, prop: Any) -> list[str]:
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,62}", name):
        return [f"parameter name '{name}' must be letters, digits and _"]
    if not isinstance(prop, dict):
        return [f"'{name}': must be an object"]
    problems = []
    unknown = sorted(set(prop) - PROPERTY_KEYWORDS)
    if unknown:
        problems.append(f"'{name}': unsupported keywords {', '.join(unknown)}")
    if prop.get("type") not in TYPES:
        problems.append(f"'{name}': type must be one of {', '.join(TYPES)}")
    if prop.get("type") == "array":
        items = prop.get("items", {})
        if not isinstance(items, dict) or items.get("type", "string") not in TYPES[:4]:
            problems.append(f"'{name}': array items must be a scalar type")
    pattern = prop.get("pattern")
    if pattern is not None:
        if not isinstance(pattern, str) or len(pattern) > MAX_PATTERN:
            problems.append(f"'{name}': pattern must be text of at most {MAX_PATTERN} characters")
        else:
            try:
                re.compile(pattern)
            except re.error as exc:
                problems.append(f"'{name}': invalid pattern: {exc}")
    return problems


def _coerce_scalar(value: Any, kind: str, field: str) -> Any:
    if not isinstance(value, str):
        return value
    try:
        if kind == "integer":
            return int(value)
        if kind == "number":
            return float(value)
    except ValueError:
        raise _invalid(f"'{field}' must be a {kind}", field) from None
    if kind == "boolean":
        lowered = value.strip().lower()
        if lowered in ("true", "1", "yes", "on"):
            return True
        if lowered in ("false", "0", "no", "off"):
            return False
        raise _invalid(f"'{field}' must be true or false", field)
    return value


def coerce_strings(raw: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Query-string values (text, or lists for repeated keys) as the schema's types."""
    properties = schema.get("properties", {})
    coerced: dict[str, Any] = {}
    for name, value in raw.items():
        prop = properties.get(name, {})
        kind = prop.get("type", "string")
        if kind == "array":
            items = (
                value if isinstance(value, list) else [part for part in str(value).split(",") if part != ""]
            )
            item_kind = prop.get("items", {}).get("type", "string")
            coerced[name] = [_coerce_scalar(item, item_kind, name) for item in items]
        else:
            single = value[-1] if isinstance(value, list) and value else value
            coerced[name] = _coerce_scalar(single, kind, name)
    return coerced


EXACT_TYPES: dict[Any, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
}
Check = Callable[[Any], bool]


def _accept_any(value: Any) -> bool:
    return True


def _quick_property(prop: Any) -> Check | None:
    """A check of one value that passes only values jsonschema accepts too (it may refuse more, e.g. 1.0
    for an integer: jsonschema then decides); None when the property uses more than the subset."""
    if not isinstance(prop, dict) or set(prop) - PROPERTY_KEYWORDS:
        return None
    if prop.get("type") == "array":
        items = prop.get("items")
        each = _accept_any if items is None else _quick_property(items)
        if each is None or "enum" in prop:
            return None
        return lambda value: type(value) is list and all(each(item) for item in value)
    kinds = EXACT_TYPES.get(prop.get("type"))
    enum, pattern = prop.get("enum"), prop.get("pattern")
    bounds = [prop.get(key) for key in ("minimum", "maximum", "minLength", "maxLength")]
    scalars = (str, int, float, bool)
    if (
        kinds is None
        or (enum is not None and not (isinstance(enum, list) and all(type(e) in scalars for e in enum)))
        or any(bound is not None and type(bound) not in (int, float) for bound in bounds)
        or (pattern is not None and not isinstance(pattern, str))
    ):
        return None
    minimum, maximum, min_length, max_length = bounds
    try:
        regex = re.compile(pattern) if pattern is not None else None
    except re.error:
        return None

    def check(value: Any) -> bool:
        kind = type(value)
        if kind not in kinds or (enum is not None and not any(kind is type(e) and value == e for e in enum)):
            return False
        if kind is str:  # the comparisons as jsonschema writes them
            return (
                not (min_length is not None and len(value) < min_length)
                and not (max_length is not None and len(value) > max_length)
                and (regex is None or regex.search(value) is not None)
            )
        return kind is bool or (
            not (minimum is not None and value < minimum) and not (maximum is not None and value > maximum)
        )

    return check


def _quick_check(schema: dict[str, Any]) -> Check | None:
    """`_quick_property` for a whole parameter object (required names, no others); None when any
    part of the schema is outside the subset."""
    properties, required = schema.get("properties", {}), schema.get("required", [])
    if set(schema) - SCHEMA_KEYWORDS or not isinstance(properties, dict) or not isinstance(required, list):
        return None
    checks = {name: _quick_property(prop) for name, prop in properties.items()}
    if schema.get("type", "object") != "object" or any(check is None for check in checks.values()):
        return None

    def valid(params: dict[str, Any]) -> bool:
        return all(name in params for name in required) and all(
            (check := checks.get(name)) is not None and check(value) for name, value in params.items()
        )

    return valid


@dataclass(frozen=True)
class CompiledSchema:
    """What every call needs from a parameter schema, built once: the validator, defaults, secret names."""

    properties: dict[str, Any]
    defaults: dict[str, Any]
    secrets: frozenset[str]
    validator: Draft202012Validator  # has the last word, and the error messages
    quick: Check | None  # passes what is certainly valid (most calls) at a tenth of the validator's cost


# id → (the schema itself, kept so its id is not reused; a copy as compiled; what was compiled)
_compiled_by_id: dict[int, tuple[dict[str, Any], dict[str, Any], CompiledSchema]] = {}


def compiled(schema: dict[str, Any]) -> CompiledSchema:
    """The schema compiled: found by the dict's identity (the published-API cache hands every call the
    same one) when it still equals the copy taken at compile time (an edit in place compiles anew);
    any other dict compiles once per schema text."""
    hit = _compiled_by_id.get(id(schema))
    if hit is not None and hit[0] is schema and hit[1] == schema:
        return hit[2]
    found = _compiled_text(json.dumps(schema, sort_keys=True))
    if len(_compiled_by_id) >= MAX_COMPILED:
        _compiled_by_id.clear()
    _compiled_by_id[id(schema)] = (schema, copy.deepcopy(schema), found)
    return found


@lru_cache(maxsize=MAX_COMPILED)
def _compiled_text(schema_json: str) -> CompiledSchema:
    schema = json.loads(schema_json)
    properties = schema.get("properties", {})
    return CompiledSchema(
        properties=properties,
        defaults={name: prop["default"] for name, prop in properties.items() if "default" in prop},
        secrets=frozenset(secret_names(schema)),
        validator=Draft202012Validator({**schema, "additionalProperties": False}),
        quick=_quick_check(schema),
    )


def validated(params: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """`params` with defaults applied, checked against the schema; ValidationFailed naming the field."""
    checker = compiled(schema)
    properties = checker.properties
    unknown = sorted(set(params) - set(properties))
    if unknown:
        raise _invalid(f"unknown parameter '{unknown[0]}'", unknown[0])
    for name, value in params.items():
        if isinstance(value, str) and len(value) > MAX_TEXT:
            raise _invalid(f"'{name}' is longer than {MAX_TEXT} characters", name)
    complete = dict(checker.defaults)
    complete.update(params)
    if checker.quick is None or not checker.quick(complete):
        _raise_first_error(checker.validator, complete)
    for name in properties:
        complete.setdefault(name, None)
    return complete


def _raise_first_error(validator: Draft202012Validator, complete: dict[str, Any]) -> None:
    """ValidationFailed naming the field of jsonschema's first error, if it finds one."""
    errors = sorted(validator.iter_errors(complete), key=lambda e: list(e.path))
    if errors:
        first = errors[0]
        field = (
            str(first.path[0])
            if first.path
            else (
                first.validator_value[0]
                if first.validator == "required" and first.validator_value
                else "params"
            )
        )
        if first.validator == "required":
            missing = [name for name in first.validator_value if name not in complete]
            field = missing[0] if missing else field
            raise _invalid(f"'{field}' is required", field)
        raise _invalid(f"'{field}': {first.message}", field)


def secret_names(schema: dict[str, Any]) -> set[str]:
    """Parameters whose values never reach logs: `x-secret`, `format: password`, or secret-looking names."""
    names = set()
    for name, prop in schema.get("properties", {}).items():
        flagged = isinstance(prop, dict) and (prop.get("x-secret") or prop.get("format") == "password")
        if flagged or any(marker in name.lower() for marker in SECRET_MARKERS):
            names.add(name)
    return names


def redacted(params: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """`params` with secret values replaced by `***` (what the execution log stores)."""
    hidden = compiled(schema).secrets | {
        name for name in params if any(m in name.lower() for m in SECRET_MARKERS)
    }
    return {
        name: REDACTED if name in hidden and value is not None else value for name, value in params.items()
    }
