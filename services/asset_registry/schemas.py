"""Content schemas per asset kind; `validate_content` turns pydantic errors into one clear message."""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from services.core.errors import ValidationFailed
from services.core.security import ROLES

_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_SCHEMA_TYPES = ("object", "array", "string", "integer", "number", "boolean", "null")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _unique(values: list[str], what: str) -> list[str]:
    dupes = sorted({v for v in values if values.count(v) > 1})
    if dupes:
        raise ValueError(f"duplicate {what}: {', '.join(dupes)}")
    return values


class LocalText(_Strict):
    """A text in Korean and English."""

    ko: str = Field(default="", max_length=500)
    en: str = Field(default="", max_length=500)


class RefusalCategory(_Strict):
    """Questions the OPS engine refuses: the category it names, trigger words and excusing words."""

    category: str = Field(min_length=1, max_length=64, pattern=r"^[a-z][a-z0-9_]*$")
    label: LocalText
    message: LocalText = Field(default_factory=LocalText)
    words: list[str] = Field(min_length=1, max_length=500)
    except_: list[str] = Field(default_factory=list, max_length=500, alias="except")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    @field_validator("words", "except_")
    @classmethod
    def _words(cls, value: list[str]) -> list[str]:
        if any(not w.strip() or len(w) > 100 for w in value):
            raise ValueError("words must be non-empty and at most 100 characters")
        return value


class PolicyContent(_Strict):
    """Limits the OPS engine enforces on every plan, and the questions it refuses."""

    max_rows: int = Field(ge=1, le=100_000)
    max_window_hours: int = Field(ge=1, le=24 * 366)
    max_graph_depth: int = Field(ge=1, le=20)
    timeout_ms: int = Field(ge=100, le=600_000)
    max_steps: int = Field(ge=1, le=50)
    allowed_tools: dict[str, list[str]]
    refusals: list[RefusalCategory] | None = Field(default=None, max_length=50)

    @field_validator("allowed_tools")
    @classmethod
    def _roles_and_tools(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        unknown = sorted(set(value) - set(ROLES))
        if unknown:
            raise ValueError(f"unknown role(s) {', '.join(unknown)}; expected among {', '.join(ROLES)}")
        for role, tools in value.items():
            bad = [t for t in tools if not _IDENT.match(t)]
            if bad:
                raise ValueError(f"role '{role}': tool names must be identifiers, got {', '.join(bad)}")
            _unique(tools, f"tools for role '{role}'")
        return value


class PromptContent(_Strict):
    """A prompt template; each variable appears in it as `{name}`."""

    template: str = Field(min_length=1)
    variables: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _variables_used(self) -> PromptContent:
        bad = [v for v in self.variables if not _IDENT.match(v)]
        if bad:
            raise ValueError(f"variables must be identifiers, got {', '.join(bad)}")
        _unique(self.variables, "variables")
        missing = [v for v in self.variables if "{" + v + "}" not in self.template]
        if missing:
            raise ValueError(
                f"variables not used in the template: {', '.join('{' + v + '}' for v in missing)}"
            )
        return self


class CatalogMetric(_Strict):
    """One metric the planner may name."""

    name: str = Field(min_length=1, max_length=64)
    unit: str = Field(max_length=16)
    description_ko: str = ""
    description_en: str = ""
    aliases_ko: list[str] = Field(default_factory=list)
    aliases_en: list[str] = Field(default_factory=list)


class CatalogAttribute(_Strict):
    """A common key of `cis.attributes`."""

    name: str = Field(min_length=1, max_length=64)
    description: str = ""


class CatalogContent(_Strict):
    """What the planner may talk about: metrics, CI types and vocabularies, attribute keys."""

    metrics: list[CatalogMetric]
    ci_types: list[str]
    environments: list[str] = Field(default_factory=list)
    statuses: list[str] = Field(default_factory=list)
    relation_types: list[str] = Field(default_factory=list)
    severities: list[str] = Field(default_factory=list)
    attributes: list[CatalogAttribute] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_names(self) -> CatalogContent:
        _unique([m.name for m in self.metrics], "metric names")
        _unique([a.name for a in self.attributes], "attribute names")
        for field in ("ci_types", "environments", "statuses", "relation_types", "severities"):
            _unique(getattr(self, field), field)
        return self


class ToolContent(_Strict):
    """A tool the planner may call: what it does and the JSON schema of its arguments."""

    name: str = Field(min_length=1, max_length=64)
    description: str = Field(min_length=1)
    args_schema: dict[str, Any]

    @field_validator("name")
    @classmethod
    def _identifier(cls, value: str) -> str:
        if not _IDENT.match(value):
            raise ValueError("must be an identifier (letters, digits, '_')")
        return value

    @field_validator("args_schema")
    @classmethod
    def _object_schema(cls, value: dict[str, Any]) -> dict[str, Any]:
        if value.get("type") != "object":
            raise ValueError('must be a JSON schema with "type": "object"')
        props = value.get("properties", {})
        if not isinstance(props, dict):
            raise ValueError('"properties" must be an object')
        for prop, spec in props.items():
            if not isinstance(spec, dict):
                raise ValueError(f"property '{prop}' must be a JSON schema object")
            kind = spec.get("type")
            if kind is not None and kind not in _SCHEMA_TYPES and not isinstance(kind, list):
                raise ValueError(f"property '{prop}' has unknown type '{kind}'")
        required = value.get("required", [])
        if not isinstance(required, list) or any(r not in props for r in required):
            raise ValueError('"required" must list names from "properties"')
        return value


SCHEMAS: dict[str, type[BaseModel]] = {
    "policy": PolicyContent,
    "prompt": PromptContent,
    "catalog": CatalogContent,
    "tool": ToolContent,
}


def _describe(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ())) or "content"
        msg = str(err.get("msg", "")).removeprefix("Value error, ")
        parts.append(f"{loc}: {msg}")
    return "; ".join(parts)


def validate_content(kind: str, content: Any) -> dict[str, Any]:
    """The normalised content of a `kind` asset; ValidationFailed names every problem found."""
    schema = SCHEMAS.get(kind)
    if schema is None:
        raise ValidationFailed(f"unknown asset kind '{kind}'; expected one of {', '.join(SCHEMAS)}")
    if not isinstance(content, dict):
        raise ValidationFailed(f"{kind} content must be a JSON object")
    try:
        model = schema.model_validate(content)
    except ValidationError as exc:
        details = exc.errors(include_url=False, include_context=False, include_input=False)
        raise ValidationFailed(
            f"invalid {kind} content: {_describe(exc)}",
            details=details,
            key="asset_invalid_content",
            params={"problem": _describe(exc)},
        ) from None
    return model.model_dump(mode="json")


def valid_name(name: str) -> bool:
    """Asset names: lowercase letters, digits, '.', '_', '-', starting with a letter or digit."""
    return bool(_NAME.match(name)) and len(name) <= 120
