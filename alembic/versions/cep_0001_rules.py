"""cep: rules with immutable revisions, alert instances, transitions, silences

Revision ID: cep_0001
Revises: 0007
Create Date: 2026-12-02 10:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "cep_0001"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _ts(name: str, nullable: bool = True, now: bool = False) -> sa.Column:
    return sa.Column(
        name, sa.DateTime(timezone=True), nullable=nullable, server_default=sa.text("now()") if now else None
    )


def _json(name: str, default: str = "{}") -> sa.Column:
    return sa.Column(name, postgresql.JSONB(), nullable=False, server_default=default)


def _rule_fk() -> sa.Column:
    return sa.Column(
        "rule_id", sa.Integer(), sa.ForeignKey("cep_rules.id", ondelete="CASCADE"), nullable=False
    )


def upgrade() -> None:
    op.create_table(
        "cep_rules",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(120), nullable=False, unique=True),
        sa.Column("enabled", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("severity", sa.String(16), nullable=False, server_default="warning"),
        sa.Column("owner", sa.String(120), nullable=False, server_default=""),
        sa.Column("trigger_kind", sa.String(16), nullable=False),
        _json("spec"),
        sa.Column("latest_revision", sa.Integer(), nullable=False, server_default="1"),
        _ts("next_run_at"),
        _ts("last_eval_at"),
        sa.Column("evaluations", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("matches", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("errors", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("last_duration_ms", sa.Float(), nullable=True),
        sa.Column("last_lag_ms", sa.Float(), nullable=True),
        sa.Column("last_error", sa.String(1000), nullable=True),
        _ts("created_at", nullable=False, now=True),
        _ts("updated_at", nullable=False, now=True),
        sa.CheckConstraint("trigger_kind IN ('schedule', 'metric', 'event')", name="ck_cep_rules_trigger"),
    )
    op.create_index("ix_cep_rules_due", "cep_rules", ["enabled", "next_run_at"])
    op.create_table(
        "cep_rule_revisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        _rule_fk(),
        sa.Column("revision", sa.Integer(), nullable=False),
        _json("spec"),
        sa.Column("message", sa.String(500), nullable=False, server_default=""),
        sa.Column("author", sa.String(120), nullable=False),
        _ts("created_at", nullable=False, now=True),
        sa.UniqueConstraint("rule_id", "revision", name="uq_cep_rule_revisions"),
    )
    op.execute(
        """
        CREATE FUNCTION cep_rule_revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'cep_rule_revisions rows are immutable'; END $$;
        CREATE TRIGGER cep_rule_revisions_immutable BEFORE UPDATE ON cep_rule_revisions
            FOR EACH ROW EXECUTE FUNCTION cep_rule_revisions_immutable();
        """
    )
    op.create_table(
        "cep_alerts",
        sa.Column("id", sa.Integer(), primary_key=True),
        _rule_fk(),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        _json("labels"),
        sa.Column("ci", sa.String(200), nullable=True),
        sa.Column("state", sa.String(16), nullable=False, server_default="inactive"),
        sa.Column("severity", sa.String(16), nullable=False, server_default="warning"),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("observed", sa.Boolean(), nullable=True),
        _json("samples", "[]"),
        _ts("active_at"),
        _ts("fired_at"),
        _ts("resolved_at"),
        _ts("keep_firing_since"),
        _ts("last_seen_at"),
        _ts("last_eval_at"),
        sa.Column("rule_revision", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("flapping", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("ack_by", sa.String(120), nullable=True),
        _ts("ack_at"),
        sa.Column("ack_comment", sa.String(1000), nullable=True),
        _ts("updated_at", nullable=False, now=True),
        sa.UniqueConstraint("rule_id", "fingerprint", name="uq_cep_alerts_fingerprint"),
        sa.CheckConstraint(
            "state IN ('inactive', 'pending', 'firing', 'resolved')", name="ck_cep_alerts_state"
        ),
    )
    op.create_index("ix_cep_alerts_state", "cep_alerts", ["state", "severity"])
    op.create_table(
        "cep_transitions",
        sa.Column("id", sa.BigInteger(), primary_key=True),
        sa.Column(
            "alert_id", sa.Integer(), sa.ForeignKey("cep_alerts.id", ondelete="CASCADE"), nullable=False
        ),
        _rule_fk(),
        sa.Column("from_state", sa.String(16), nullable=False),
        sa.Column("to_state", sa.String(16), nullable=False),
        _ts("at", nullable=False, now=True),
        sa.Column("value", sa.Float(), nullable=True),
        sa.Column("rule_revision", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("notification", sa.String(32), nullable=False, server_default="none"),
        _json("outbox_ids", "[]"),
        sa.Column("epoch", sa.Integer(), nullable=True),
    )
    op.create_index("ix_cep_transitions_alert", "cep_transitions", ["alert_id", "at"])
    op.create_table(
        "cep_silences",
        sa.Column("id", sa.Integer(), primary_key=True),
        _json("matchers", "[]"),
        _ts("starts_at", nullable=False),
        _ts("ends_at", nullable=False),
        sa.Column("author", sa.String(120), nullable=False),
        sa.Column("comment", sa.String(1000), nullable=False, server_default=""),
        _ts("created_at", nullable=False, now=True),
        sa.CheckConstraint("ends_at > starts_at", name="ck_cep_silences_window"),
    )


def downgrade() -> None:
    op.drop_table("cep_silences")
    op.drop_table("cep_transitions")
    op.drop_table("cep_alerts")
    op.execute("DROP TRIGGER IF EXISTS cep_rule_revisions_immutable ON cep_rule_revisions")
    op.drop_table("cep_rule_revisions")
    op.execute("DROP FUNCTION IF EXISTS cep_rule_revisions_immutable()")
    op.drop_table("cep_rules")
