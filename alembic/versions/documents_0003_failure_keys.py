"""documents: a failed document keeps the i18n key and params of its reason

`error` stays the English text (REST, logs); `error_key` + `error_params` name the `errors.<key>`
string the UI shows in the user's language.

Revision ID: documents_0003
Revises: documents_0002
Create Date: 2026-12-02 14:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "documents_0003"
down_revision: str | None = "documents_0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("ALTER TABLE documents ADD COLUMN error_key varchar(64)")
    op.execute("ALTER TABLE documents ADD COLUMN error_params jsonb NOT NULL DEFAULT '{}'::jsonb")


def downgrade() -> None:
    op.execute("ALTER TABLE documents DROP COLUMN error_params")
    op.execute("ALTER TABLE documents DROP COLUMN error_key")
