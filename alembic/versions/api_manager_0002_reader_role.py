"""api manager: the low-privilege role SQL APIs run as

Creates `spa_api_reader` (cluster-wide, so only when missing): no superuser, no inheritance, no
login until the app sets its password at start, read-only and time-limited by role defaults. It
gets USAGE on schema public and SELECT on the infrastructure tables (the default readable set; the
app re-syncs grants from the `api_sql_readable_tables` setting). When the migrating user is a
superuser, EXECUTE on side-effect functions (sleep, advisory locks, notify, set_config, large
objects, dblink, *_to_xml, backend signals) is revoked from PUBLIC; otherwise the README lists the
statements for the DBA.

Revision ID: api_manager_0002
Revises: api_manager_0001
Create Date: 2026-12-03 09:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "api_manager_0002"
down_revision: str | None = "api_manager_0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLE = "spa_api_reader"
DEFAULT_TABLES = ("cis", "ci_relations", "metric_catalog", "metric_samples", "events")
REVOKED_FUNCTIONS = (
    "pg_sleep", "pg_sleep_for", "pg_sleep_until", "set_config", "pg_notify",
    "pg_advisory_lock", "pg_advisory_lock_shared", "pg_advisory_xact_lock", "pg_advisory_xact_lock_shared",
    "pg_try_advisory_lock", "pg_try_advisory_lock_shared", "pg_try_advisory_xact_lock",
    "pg_try_advisory_xact_lock_shared", "pg_advisory_unlock", "pg_advisory_unlock_shared",
    "pg_advisory_unlock_all", "pg_cancel_backend", "pg_terminate_backend",
    "lo_create", "lo_creat", "lo_open", "lo_put", "lo_get", "lo_from_bytea", "lo_unlink", "lo_truncate",
    "lo_truncate64", "loread", "lowrite", "lo_import", "lo_export",
    "query_to_xml", "query_to_xmlschema", "query_to_xml_and_xmlschema", "table_to_xml",
    "table_to_xmlschema", "table_to_xml_and_xmlschema", "cursor_to_xml", "cursor_to_xmlschema",
    "schema_to_xml", "schema_to_xmlschema", "schema_to_xml_and_xmlschema", "database_to_xml",
    "database_to_xmlschema", "database_to_xml_and_xmlschema",
    "dblink", "dblink_exec", "dblink_connect", "dblink_connect_u", "dblink_send_query", "dblink_open",
    "dblink_fetch", "dblink_get_result",
    "current_setting", "pg_current_xact_id", "txid_current", "pg_logical_emit_message",
)


def upgrade() -> None:
    names = ", ".join(f"'{name}'" for name in REVOKED_FUNCTIONS)
    tables = ", ".join(DEFAULT_TABLES)
    op.execute(
        f"""
        DO $$
        DECLARE
            fn regprocedure;
            can_create boolean;
            is_super boolean;
        BEGIN
            SELECT rolsuper, rolsuper OR rolcreaterole INTO is_super, can_create
              FROM pg_roles WHERE rolname = current_user;
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}') THEN
                IF NOT can_create THEN
                    RAISE NOTICE 'cannot create role {ROLE}: run the GRANTs from the README as a DBA';
                    RETURN;
                END IF;
                CREATE ROLE {ROLE} NOLOGIN NOSUPERUSER NOINHERIT NOCREATEDB NOCREATEROLE
                    NOREPLICATION NOBYPASSRLS CONNECTION LIMIT 32;
            END IF;
            IF can_create THEN
                ALTER ROLE {ROLE} SET default_transaction_read_only = on;
                ALTER ROLE {ROLE} SET statement_timeout = '30s';
                ALTER ROLE {ROLE} SET idle_in_transaction_session_timeout = '30s';
                ALTER ROLE {ROLE} SET search_path = public;
            END IF;
            EXECUTE 'GRANT USAGE ON SCHEMA public TO {ROLE}';
            EXECUTE 'GRANT SELECT ON {tables} TO {ROLE}';
            IF is_super THEN
                FOR fn IN
                    SELECT p.oid::regprocedure FROM pg_proc p
                     WHERE p.proname IN ({names})
                LOOP
                    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', fn);
                END LOOP;
            END IF;
        END $$;
        """
    )


def downgrade() -> None:
    op.execute(
        f"""
        DO $$
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{ROLE}') THEN
                EXECUTE 'DROP OWNED BY {ROLE}';
            END IF;
        END $$;
        """
    )
