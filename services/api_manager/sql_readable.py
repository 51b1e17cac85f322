"""Which tables a SQL API may read: the allowlist parsed from its setting, never system catalogs or the
platform's credential tables."""

from __future__ import annotations

from dataclasses import dataclass

SYSTEM_SCHEMAS = frozenset({"pg_catalog", "information_schema", "pg_toast"})
# Platform tables holding credentials or sessions: never readable, whatever the allowlist says.
NEVER_READABLE = frozenset(
    {"users", "user_sessions", "api_keys", "login_attempts", "lockouts", "app_settings", "apis", "audit_log"}
)


@dataclass(frozen=True)
class Readable:
    """Which relations a SQL API may read: exact (schema, table) pairs and whole schemas."""

    tables: frozenset[tuple[str, str]] = frozenset()
    schemas: frozenset[str] = frozenset()

    @classmethod
    def parse(cls, spec: str) -> Readable:
        """From the setting's text: comma/space-separated `schema.table`, `schema.*` or `table` (public)."""
        tables, schemas = set(), set()
        for raw in spec.replace("\n", ",").replace(" ", ",").split(","):
            entry = raw.strip().lower()
            if not entry:
                continue
            schema, _, name = entry.rpartition(".")
            schema = schema or "public"
            if schema in SYSTEM_SCHEMAS:
                continue
            if name == "*":
                schemas.add(schema)
            else:
                tables.add((schema, name))
        return cls(frozenset(tables), frozenset(schemas))

    def allows(self, schema: str, name: str) -> bool:
        if schema in SYSTEM_SCHEMAS or (schema == "public" and name in NEVER_READABLE):
            return False
        return schema in self.schemas or (schema, name) in self.tables
