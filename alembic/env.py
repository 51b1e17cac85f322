"""Alembic environment: migrates the configured SPA AI database."""

from __future__ import annotations

from sqlalchemy import create_engine, pool
from sqlmodel import SQLModel

import services.models_registry  # noqa: F401 - registers every table on SQLModel.metadata
from alembic import context
from services.core.db import database_url

target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    """Run migrations on a dedicated connection."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _migrate(connection)
        return
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as conn:
        _migrate(conn)
    engine.dispose()


def _migrate(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
