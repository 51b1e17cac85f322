"""documents: versions, shares, chunks with pgvector embeddings (HNSW per dimension), BM25 index

Revision ID: documents_0001
Revises: 0006
Create Date: 2026-12-02 08:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from pgvector.sqlalchemy import Vector
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "documents_0001"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# One partial HNSW index per embedding width in use: the local models (384, 512) and common hosted ones.
HNSW_DIMS = (384, 512, 768, 1024, 1536)


def upgrade() -> None:
    op.execute("CREATE EXTENSION IF NOT EXISTS vector")
    op.create_table(
        "documents",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("family_id", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("is_latest", sa.Boolean(), nullable=False),
        sa.Column("owner", sa.String(120), nullable=False),
        sa.Column("filename", sa.String(200), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("strategy", sa.String(16), nullable=False),
        sa.Column("tags", postgresql.ARRAY(sa.String(60)), nullable=False, server_default="{}"),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("stage_done", sa.Integer(), nullable=False),
        sa.Column("stage_total", sa.Integer(), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("failed_stage", sa.String(16), nullable=True),
        sa.Column("job_id", sa.String(32), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("chunk_count", sa.Integer(), nullable=False),
        sa.Column("content", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.text("now()"), nullable=False),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_documents_owner_sha", "documents", ["owner", "sha256"])
    op.create_index("ix_documents_family", "documents", ["family_id", "version"])
    op.create_index("ix_documents_created", "documents", ["created_at", "id"])
    op.create_index("ix_documents_tags", "documents", ["tags"], postgresql_using="gin")
    op.create_table(
        "document_shares",
        sa.Column("family_id", sa.String(32), primary_key=True),
        sa.Column("grantee_type", sa.String(8), primary_key=True),
        sa.Column("grantee", sa.String(120), primary_key=True),
        sa.Column("granted_by", sa.String(120), nullable=False),
    )
    op.create_index("ix_document_shares_grantee", "document_shares", ["grantee_type", "grantee"])
    op.create_table(
        "document_chunks",
        sa.Column("id", sa.BigInteger(), primary_key=True, autoincrement=True),
        sa.Column(
            "document_id", sa.String(32), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("ord", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("meta", postgresql.JSONB(), nullable=False),
        sa.Column("token_len", sa.Integer(), nullable=False),
        sa.Column("model_id", sa.String(120), nullable=True),
        sa.Column("dim", sa.Integer(), nullable=True),
        sa.Column("embedding", Vector(), nullable=True),
    )
    op.create_index("ix_document_chunks_document", "document_chunks", ["document_id", "ord"])
    for dim in HNSW_DIMS:
        op.execute(
            f"CREATE INDEX ix_document_chunks_hnsw_{dim} ON document_chunks "
            f"USING hnsw ((embedding::vector({dim})) vector_cosine_ops) WHERE dim = {dim}"
        )
    op.create_table(
        "chunk_terms",
        sa.Column("term", sa.String(64), primary_key=True),
        sa.Column(
            "chunk_id",
            sa.BigInteger(),
            sa.ForeignKey("document_chunks.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("tf", sa.Integer(), nullable=False),
    )
    op.create_index("ix_chunk_terms_chunk", "chunk_terms", ["chunk_id"])
    op.create_table(
        "term_stats",
        sa.Column("term", sa.String(64), primary_key=True),
        sa.Column("df", sa.Integer(), nullable=False),
    )
    op.create_table(
        "corpus_stats",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("chunks", sa.BigInteger(), nullable=False),
        sa.Column("tokens", sa.BigInteger(), nullable=False),
    )
    op.execute("INSERT INTO corpus_stats (id, chunks, tokens) VALUES (1, 0, 0)")


def downgrade() -> None:
    for table in (
        "corpus_stats",
        "term_stats",
        "chunk_terms",
        "document_chunks",
        "document_shares",
        "documents",
    ):
        op.drop_table(table)
