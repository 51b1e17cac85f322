"""Runtime settings: a typed registry of what may change while the app runs, read through one function.

Domains declare their settings in `install` (`declare(SettingSpec(...))`). The effective value of a
setting is, first match wins: a value stored by an admin (`app_settings`, audited), the environment
variable `SPA_<KEY>` read at boot, the declared default. `get(key)` is what modules call; values are
cached per process for `CACHE_TTL_S` seconds, so a change applies here at once and on other replicas
within that time. Settings marked `restart_required` are stored but take effect after a restart.
Secret values are encrypted at rest and never returned in clear by `describe`. A module that keeps a
setting's value elsewhere (the monitor's thresholds in CEP rules) `watch`es it to follow every change.
"""

from __future__ import annotations

import os
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from services.core import audit, crypto, on_commit
from services.core.clock import utcnow
from services.core.errors import NotFound, ValidationFailed
from services.core.models import AppSetting
from services.core.security import Principal, require

CACHE_TTL_S = 5.0
SOURCES = ("default", "environment", "database")


@dataclass(frozen=True)
class SettingSpec:
    """One setting: its key, type, default, limits and what it means (Korean and English)."""

    key: str
    type: type  # int | float | bool | str
    default: Any
    category: str
    description_ko: str
    description_en: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[Any, ...] | None = None
    pattern: str | None = None
    secret: bool = False
    restart_required: bool = False
    nullable: bool = False
    check: Callable[[Any], str | None] | None = None  # a parsed value's problem ("must be …"), or None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def env_var(self) -> str:
        return f"SPA_{self.key.upper()}"

    def parse(self, raw: Any) -> Any:
        """`raw` (JSON value or environment string) as this setting's type; ValidationFailed naming the key."""
        if raw is None or (isinstance(raw, str) and raw == "" and self.nullable):
            if self.nullable:
                return None
            raise self._invalid("a value is required")
        value = self._coerce(raw)
        if self.type in (int, float):
            if self.minimum is not None and value < self.minimum:
                raise self._invalid(f"must be at least {self.minimum:g}")
            if self.maximum is not None and value > self.maximum:
                raise self._invalid(f"must be at most {self.maximum:g}")
        if self.choices is not None and value not in self.choices:
            raise self._invalid(f"must be one of {', '.join(map(str, self.choices))}")
        if self.pattern and not re.fullmatch(self.pattern, str(value)):
            raise self._invalid("has an invalid format")
        if self.check is not None and (problem := self.check(value)):
            raise self._invalid(problem)
        return value

    def _coerce(self, raw: Any) -> Any:
        if self.type is bool:
            if isinstance(raw, bool):
                return raw
            if isinstance(raw, str) and raw.strip().lower() in (
                "1",
                "true",
                "yes",
                "on",
                "0",
                "false",
                "no",
                "off",
            ):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            raise self._invalid("must be true or false")
        if self.type is int:
            if isinstance(raw, float) and raw.is_integer():
                raw = int(raw)
            if isinstance(raw, bool) or not isinstance(raw, int | str):
                raise self._invalid("must be a whole number")
            try:
                return int(raw)
            except ValueError as exc:
                raise self._invalid("must be a whole number") from exc
        if self.type is float:
            if isinstance(raw, bool):
                raise self._invalid("must be a number")
            try:
                return float(raw)
            except (TypeError, ValueError) as exc:
                raise self._invalid("must be a number") from exc
        if not isinstance(raw, str):
            raise self._invalid("must be text")
        if len(raw) > 4000:
            raise self._invalid("is longer than 4000 characters")
        return raw

    def _invalid(self, problem: str) -> ValidationFailed:
        return ValidationFailed(
            f"setting '{self.key}' {problem}",
            details={"field": self.key},
            key="setting_invalid",
            params={"key": self.key, "problem": problem},
        )


SettingsWatcher = Callable[[Session, Principal], object]

_specs: dict[str, SettingSpec] = {}
_watchers: list[tuple[frozenset[str], SettingsWatcher]] = []
_cache: dict[str, tuple[float, dict[str, Any]]] = {}
_lock = threading.Lock()


def declare(*specs: SettingSpec) -> None:
    """Register settings (from a domain's `install`); the same declaration twice is harmless."""
    for spec in specs:
        known = _specs.get(spec.key)
        if known is not None and known != spec:
            raise ValueError(f"setting {spec.key!r} declared twice differently")
        if spec.default is not None or not spec.nullable:
            spec.parse(spec.default)  # a declaration whose default is invalid is a bug
        _specs[spec.key] = spec


def watch(keys: tuple[str, ...], watcher: SettingsWatcher) -> None:
    """Call `watcher(session, actor)` in the changing transaction whenever one of `keys` is updated or
    reset (it reads the new values with `get(key, session)`; raising refuses the whole change)."""
    entry = (frozenset(keys), watcher)
    if entry not in _watchers:
        _watchers.append(entry)


def _changed(session: Session, actor: Principal, keys: set[str]) -> None:
    session.flush()
    for watched, watcher in _watchers:
        if watched & keys:
            watcher(session, actor)


def specs() -> list[SettingSpec]:
    """Every declared setting, by category and key."""
    return sorted(_specs.values(), key=lambda s: (s.category, s.key))


def spec(key: str) -> SettingSpec:
    """The declaration of `key`; NotFound naming it when unknown."""
    try:
        return _specs[key]
    except KeyError:
        raise NotFound(
            f"unknown setting '{key}'", details={"field": key}, key="setting_unknown", params={"key": key}
        ) from None


def _stored(session: Session | None = None) -> dict[str, Any]:
    """Stored values: through `session` when given (it sees its own uncommitted changes), else the
    process cache (refreshed after `CACHE_TTL_S`)."""
    from services.core import db

    if session is not None:
        return {row.key: row.value for row in session.exec(select(AppSetting)).all()}
    url = db.database_url()
    now = time.monotonic()
    with _lock:
        hit = _cache.get(url)
        if hit and now - hit[0] < CACHE_TTL_S:
            return hit[1]
    with db.session_scope() as own:
        values = {row.key: row.value for row in own.exec(select(AppSetting)).all()}
    with _lock:
        _cache[url] = (now, values)
    return values


def invalidate() -> None:
    """Forget cached values (after a change, or when tests switch databases)."""
    with _lock:
        _cache.clear()


def effective(key: str, session: Session | None = None) -> tuple[Any, str]:
    """(value, source) of a setting: database, environment or default."""
    declared = spec(key)
    stored = _stored(session)
    if key in stored:
        raw = stored[key]
        return (crypto.decrypt(raw) if declared.secret and crypto.is_encrypted(raw) else raw), "database"
    env = os.environ.get(declared.env_var)
    if env is not None:
        try:
            return declared.parse(env), "environment"
        except ValidationFailed:
            pass  # an unusable environment value falls back to the default (the boot check reports it)
    return declared.default, "default"


def get(key: str, session: Session | None = None) -> Any:
    """The effective value of a setting (what modules call)."""
    return effective(key, session)[0]


def describe_one(key: str, session: Session) -> dict[str, Any]:
    """One setting with its effective value (secrets masked), source, default and metadata."""
    item = spec(key)
    value, source = effective(key, session)
    return {
        "key": item.key,
        "category": item.category,
        "type": item.type.__name__,
        "value": audit.REDACTED if item.secret and value else value,
        "default": audit.REDACTED if item.secret and item.default else item.default,
        "source": source,
        "description": {"ko": item.description_ko, "en": item.description_en},
        "minimum": item.minimum,
        "maximum": item.maximum,
        "choices": list(item.choices) if item.choices else None,
        "nullable": item.nullable,
        "secret": item.secret,
        "restart_required": item.restart_required,
        "env_var": item.env_var,
    }


def describe(session: Session) -> list[dict[str, Any]]:
    """Every setting (see `describe_one`), by category and key."""
    return [describe_one(item.key, session) for item in specs()]


def update(session: Session, *, actor: Principal, values: dict[str, Any]) -> list[str]:
    """Set several settings, all or nothing (every value is validated first); audited per key."""
    require(actor, "admin:settings")
    parsed = {key: spec(key).parse(raw) for key, raw in values.items()}
    query = select(AppSetting).where(col(AppSetting.key).in_(list(parsed)))
    stored = {row.key: row for row in session.exec(query).all()}
    for key, value in parsed.items():
        declared = _specs[key]
        before, _ = effective(key, session)
        row = stored.get(key) or AppSetting(key=key, value=None, updated_by=actor.username)
        row.value = crypto.encrypt(value) if declared.secret and value else value
        row.updated_by = actor.username
        row.updated_at = utcnow()
        session.add(row)
        audit.record(
            session,
            actor=actor.username,
            action="settings.update",
            entity_type="setting",
            entity_id=key,
            before={"value": audit.REDACTED if declared.secret else before},
            after={"value": audit.REDACTED if declared.secret else value},
        )
    _changed(session, actor, set(parsed))
    on_commit.on_commit(session, invalidate)
    return sorted(parsed)


def reset(session: Session, *, actor: Principal, key: str) -> None:
    """Drop an admin's value so the environment or the default applies again; audited."""
    require(actor, "admin:settings")
    declared = spec(key)
    row = session.get(AppSetting, key)
    if row is None:
        return
    before, _ = effective(key, session)
    session.delete(row)
    audit.record(
        session,
        actor=actor.username,
        action="settings.reset",
        entity_type="setting",
        entity_id=key,
        before={"value": audit.REDACTED if declared.secret else before},
    )
    _changed(session, actor, {key})
    on_commit.on_commit(session, invalidate)
