"""DOCS tables (documents and their versions, shares, chunks, the BM25 index) and REST schemas.

A document row is one version of a file; versions of one file share `family_id` and the newest finished
one is `is_latest`; `seq` is a compact integer key the postings carry. Chunks carry their text, location
metadata, BM25 length and embedding (model id and dimension per chunk). `chunk_terms` is the inverted
index (each posting with its chunk's length and document key, so BM25 reads postings only);
`term_stats`/`corpus_stats` hold the corpus statistics BM25 needs, kept current on ingest, delete and
restore.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from pgvector.sqlalchemy import Vector
from pydantic import BaseModel
from pydantic import Field as PydanticField
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    ForeignKey,
    Identity,
    Index,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlmodel import Field, SQLModel

STAGES = ("queued", "extracting", "ocr", "chunking", "embedding", "done", "failed")
KINDS = ("txt", "md", "pdf", "docx", "xlsx", "pptx", "png", "jpeg")
STRATEGIES = ("fixed", "structure", "table", "image")


class Document(SQLModel, table=True):
    """One version of an uploaded file and where its processing stands."""

    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_owner_sha", "owner", "sha256"),
        Index("ix_documents_family", "family_id", "version"),
        Index("ix_documents_created", "created_at", "id"),
    )

    id: str = Field(default_factory=lambda: uuid.uuid4().hex, primary_key=True, max_length=32)
    seq: int | None = Field(
        default=None, sa_column=Column(BigInteger, Identity(), unique=True, nullable=False)
    )
    family_id: str = Field(max_length=32)
    version: int = 1
    is_latest: bool = False
    owner: str = Field(max_length=120)
    filename: str = Field(max_length=200)
    title: str = Field(default="", max_length=300)
    kind: str = Field(max_length=10)
    size: int = Field(sa_column=Column(BigInteger, nullable=False))
    sha256: str = Field(max_length=64)
    language: str = Field(default="", max_length=8)
    strategy: str = Field(max_length=16)
    tags: list[str] = Field(default_factory=list, sa_column=Column(ARRAY(String(60)), nullable=False))
    status: str = Field(default="queued", max_length=16)
    stage_done: int = 0
    stage_total: int = 0
    error: str | None = Field(default=None, sa_column=Column(Text))
    error_key: str | None = Field(default=None, max_length=64)  # `errors.<key>` of the reason
    error_params: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column(JSONB, nullable=False, server_default="{}")
    )
    failed_stage: str | None = Field(default=None, max_length=16)
    job_id: str | None = Field(default=None, max_length=32)
    pages: int = 0
    chunk_count: int = 0
    content: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )
    updated_at: datetime | None = Field(
        default=None, sa_column=Column(DateTime(timezone=True), nullable=False, server_default=func.now())
    )
    deleted_at: datetime | None = Field(default=None, sa_column=Column(DateTime(timezone=True)))


class DocumentShare(SQLModel, table=True):
    """A document (all its versions) shared with a user or every holder of a role."""

    __tablename__ = "document_shares"

    family_id: str = Field(primary_key=True, max_length=32)
    grantee_type: str = Field(primary_key=True, max_length=8)  # user | role
    grantee: str = Field(primary_key=True, max_length=120)
    granted_by: str = Field(max_length=120)


class Chunk(SQLModel, table=True):
    """A searchable piece of a document."""

    __tablename__ = "document_chunks"
    __table_args__ = (Index("ix_document_chunks_document", "document_id", "ord"),)

    id: int | None = Field(default=None, sa_column=Column(BigInteger, primary_key=True, autoincrement=True))
    document_id: str = Field(
        sa_column=Column(String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False)
    )
    ord: int
    text: str = Field(sa_column=Column(Text, nullable=False))
    meta: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSONB, nullable=False))
    token_len: int = Field(default=0, sa_column=Column(Integer, nullable=False))
    model_id: str | None = Field(default=None, max_length=120)
    dim: int | None = None
    embedding: Any = Field(default=None, sa_column=Column(Vector()))


class ChunkTerm(SQLModel, table=True):
    """Posting: how often `term` occurs in a chunk, with the chunk's length and its document's `seq`."""

    __tablename__ = "chunk_terms"
    __table_args__ = (Index("ix_chunk_terms_chunk", "chunk_id"),)

    term: str = Field(primary_key=True, max_length=64)
    chunk_id: int = Field(sa_column=Column(BigInteger, primary_key=True))
    tf: int
    token_len: int
    doc_seq: int = Field(sa_column=Column(BigInteger, nullable=False))


class TermStat(SQLModel, table=True):
    """Document frequency of a term over the indexed chunks."""

    __tablename__ = "term_stats"

    term: str = Field(primary_key=True, max_length=64)
    df: int = 0


class CorpusStat(SQLModel, table=True):
    """Chunk count and total token length of the indexed chunks (one row)."""

    __tablename__ = "corpus_stats"

    id: int = Field(default=1, primary_key=True)
    chunks: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))
    tokens: int = Field(default=0, sa_column=Column(BigInteger, nullable=False))


# ---- REST schemas ----

SearchType = Literal["text", "vector", "hybrid"]


class SearchFilters(BaseModel):
    """Narrowing a search; every filter applies inside the query along with the caller's permissions."""

    owner: str | None = PydanticField(default=None, max_length=120)
    shared_with_me: bool = False
    kinds: list[str] = PydanticField(default_factory=list, max_length=10)
    tags: list[str] = PydanticField(default_factory=list, max_length=20)
    date_from: datetime | None = None
    date_to: datetime | None = None
    all_versions: bool = False
    document_ids: list[str] = PydanticField(default_factory=list, max_length=200)


class SearchRequest(BaseModel):
    query: str = PydanticField(min_length=1, max_length=1000)
    search_type: SearchType = "hybrid"
    top_k: int = PydanticField(10, ge=1, le=100)
    filters: SearchFilters = PydanticField(default_factory=lambda: SearchFilters())


class ShareRequest(BaseModel):
    users: list[str] = PydanticField(default_factory=list, max_length=100)
    roles: list[str] = PydanticField(default_factory=list, max_length=10)


class TagsRequest(BaseModel):
    tags: list[str] = PydanticField(default_factory=list, max_length=20)
