"""Parameter schemas (JSON Schema subset), context-escaped templates and the SSRF address rules."""

from __future__ import annotations

import ipaddress

import pytest
from jsonschema import Draft202012Validator

from services.api_manager import params, templates
from services.api_manager.netguard import Allowlist, BlockedAddress, checked_address, is_public
from services.core.errors import ValidationFailed

SCHEMA = {
    "type": "object",
    "properties": {
        "name": {"type": "string", "pattern": "^[a-z0-9-]+$", "maxLength": 20},
        "limit": {"type": "integer", "minimum": 1, "maximum": 100, "default": 10},
        "severity": {"type": "string", "enum": ["critical", "major"]},
        "ids": {"type": "array", "items": {"type": "integer"}},
        "verbose": {"type": "boolean"},
        "token": {"type": "string", "x-secret": True},
    },
    "required": ["name"],
}


def test_schema_subset_is_checked() -> None:
    assert params.check_schema(SCHEMA) == []
    assert params.check_schema({"type": "object", "properties": {"x": {"type": "object"}}})
    assert params.check_schema({"type": "object", "properties": {"x": {"type": "string", "$ref": "#"}}})
    assert params.check_schema({"type": "object", "properties": {"x": {"type": "string", "pattern": "("}}})
    assert params.check_schema({"type": "object", "properties": {}, "required": ["missing"]})


def test_defaults_types_and_limits_are_enforced_naming_the_field() -> None:
    assert params.validated({"name": "web-01"}, SCHEMA)["limit"] == 10
    cases = [
        ({}, "name"),
        ({"name": "Bad Name"}, "name"),
        ({"name": "a", "limit": 0}, "limit"),
        ({"name": "a", "severity": "low"}, "severity"),
        ({"name": "a", "other": 1}, "other"),
    ]
    for given, field in cases:
        with pytest.raises(ValidationFailed) as caught:
            params.validated(given, SCHEMA)
        assert caught.value.details["field"] == field


def test_query_strings_are_coerced_to_declared_types() -> None:
    raw = {"name": "db", "limit": "5", "ids": "1,2,3", "verbose": "true"}
    assert params.coerce_strings(raw, SCHEMA) == {"name": "db", "limit": 5, "ids": [1, 2, 3], "verbose": True}
    with pytest.raises(ValidationFailed):
        params.coerce_strings({"limit": "five"}, SCHEMA)


def test_secret_parameters_are_redacted() -> None:
    assert params.redacted({"name": "a", "token": "s3cret", "password": "x"}, SCHEMA) == {
        "name": "a",
        "token": "***",
        "password": "***",
    }


def test_a_schema_edited_in_place_or_replaced_is_enforced_as_it_now_reads() -> None:
    schema = {"type": "object", "properties": {"code": {"type": "string", "maxLength": 4}}}
    assert params.validated({"code": "abc"}, schema) == {"code": "abc"}
    assert params.compiled(schema) is params.compiled(schema)  # compiled once for this dict
    schema["properties"]["code"]["maxLength"] = 2  # the same dict, changed
    with pytest.raises(ValidationFailed):
        params.validated({"code": "abc"}, schema)
    replaced = {"type": "object", "properties": {"code": {"type": "integer", "x-secret": True}}}
    assert params.validated({"code": 7}, replaced) == {"code": 7}
    assert params.redacted({"code": 7}, replaced) == {"code": "***"}
    with pytest.raises(ValidationFailed):
        params.validated({"code": "abc"}, replaced)


QUICK_VALUES = [None, True, False, 0, 1, 7, -3, 2**60, 1.0, 2.5, float("nan"), "", "a", "web-01", "Bad Name"]
QUICK_VALUES += ["x" * 30, [], [1, 7], ["a"], [1.5], [True], [{}], [[1]], {}, {"a": 1}]
QUICK_PROPERTIES = [
    {"type": "string"},
    {"type": "string", "minLength": 1, "maxLength": 5, "minimum": 3},
    {"type": "string", "pattern": "^[a-z0-9-]+$", "x-secret": True},
    {"type": "string", "enum": ["a", "web-01", 1]},
    {"type": "integer", "default": 3, "description": "d"},
    {"type": "integer", "minimum": 0, "maximum": 10, "maxLength": 0},
    {"type": "integer", "enum": [1, 7, True]},
    {"type": "number", "minimum": 1.5},
    {"type": "number", "maximum": 2},
    {"type": "boolean"},
    {"type": "boolean", "enum": [True]},
    {"type": "array"},
    {"type": "array", "items": {"type": "integer", "minimum": 1}},
    {"type": "array", "items": {"type": "string"}, "maxLength": 1},
]


def test_the_quick_check_passes_only_what_jsonschema_accepts() -> None:
    deferred = []
    for prop in QUICK_PROPERTIES:
        schema = {"type": "object", "properties": {"p": prop}, "required": ["p"]}
        quick = params.compiled(schema).quick
        assert quick is not None, prop
        reference = Draft202012Validator({**schema, "additionalProperties": False})
        for value in QUICK_VALUES:
            valid = reference.is_valid({"p": value})
            assert valid or not quick({"p": value}), (prop, value)
            if valid and not quick({"p": value}):
                deferred.append((prop["type"], repr(value)))
        assert not quick({}) and not quick({"p": 1, "q": 1})
    # jsonschema alone decides only whole floats given for integers; every other valid value is quick
    assert set(deferred) == {("integer", "1.0")}
    assert (
        params.compiled({"type": "object", "properties": {"p": {"type": "string", "$ref": "#"}}}).quick
        is None
    )


def test_templates_render_for_their_context() -> None:
    context = {
        "params": {"q": "a b/c?&d", "n": 5, "h": "x\r\nEvil: 1"},
        "steps": {"s": {"rows": [{"id": 7}]}},
    }
    url = templates.render_text("https://h/p/{{params.q}}?n={{params.n}}", context, templates.url_component)
    assert url == "https://h/p/a%20b%2Fc%3F%26d?n=5"
    assert templates.render_value({"n": "{{ params.n }}", "s": "id={{steps.s.rows[0].id}}"}, context) == {
        "n": 5,
        "s": "id=7",
    }
    with pytest.raises(templates.TemplateError):
        templates.header_value(templates.render_text("{{params.h}}", context))
    with pytest.raises(templates.TemplateError):
        templates.lookup("steps.s.rows[3].id", context)


def test_internal_addresses_are_not_public() -> None:
    internal = (
        "127.0.0.1 10.1.2.3 172.16.0.1 192.168.1.1 169.254.169.254 100.64.0.1 0.0.0.0 ::1 fe80::1 fc00::1"
    )
    mapped = "::ffff:127.0.0.1 ::ffff:10.0.0.1 64:ff9b::a00:1 2002:7f00:1:: 224.0.0.1"
    for text in f"{internal} {mapped}".split():
        assert not is_public(ipaddress.ip_address(text)), text
    assert is_public(ipaddress.ip_address("93.184.216.34"))


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "2130706433",
        "0177.0.0.1",
        "0x7f.0.0.1",
        "localhost",
        "[::1]",
        "::ffff:127.0.0.1",
        "metadata.google.internal",
    ],
)
def test_numeric_and_named_loopback_forms_are_blocked(host: str) -> None:
    with pytest.raises(BlockedAddress):
        checked_address(host, 80, Allowlist())


def test_the_allowlist_opens_named_networks_only() -> None:
    allow = Allowlist.parse("127.0.0.0/8")
    assert str(checked_address("127.0.0.1", 80, allow)) == "127.0.0.1"
    with pytest.raises(BlockedAddress):
        checked_address("10.0.0.1", 80, allow)
