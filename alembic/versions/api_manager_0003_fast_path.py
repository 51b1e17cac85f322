"""api manager: the call fast path — the reader's default timeout is the API default; apis changes NOTIFY

The reader role's `statement_timeout` default becomes 3 s (an API's default timeout), so a call with
the default timeout needs no `SET LOCAL` (the others still set theirs); read-only, idle and
search_path defaults are (re)stated so a role created by a DBA gets them too when we may alter it. A
statement trigger on `apis` sends `NOTIFY spa_api_changed` on every insert, update, delete or
truncate: every process's cache of published APIs (services/api_manager/published.py) clears on it.
NOTIFY is a statement, not the `pg_notify` function (whose EXECUTE migration 0002 revokes).

Revision ID: api_manager_0003
Revises: api_manager_0002
Create Date: 2026-12-02 17:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "api_manager_0003"
down_revision: str | None = "api_manager_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "spa_api_reader"
DEFAULT_TIMEOUT = "3s"  # keep equal to ApiContent.timeout_ms's default


def _role_defaults(timeout: str) -> None:
    op.execute(
        f"""
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}')
               AND (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
                ALTER ROLE {ROLE} SET default_transaction_read_only = on;
                ALTER ROLE {ROLE} SET statement_timeout = '{timeout}';
                ALTER ROLE {ROLE} SET idle_in_transaction_session_timeout = '30s';
                ALTER ROLE {ROLE} SET search_path = public;
            END IF;
        END $$;
        """
    )


def upgrade() -> None:
    _role_defaults(DEFAULT_TIMEOUT)
    op.execute(
        """
        CREATE OR REPLACE FUNCTION spa_api_changed() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NOTIFY spa_api_changed;
            RETURN NULL;
        END $$;
        """
    )
    op.execute(
        "CREATE TRIGGER apis_notify_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON apis "
        "FOR EACH STATEMENT EXECUTE FUNCTION spa_api_changed()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS apis_notify_change ON apis")
    op.execute("DROP FUNCTION IF EXISTS spa_api_changed()")
    _role_defaults("30s")
