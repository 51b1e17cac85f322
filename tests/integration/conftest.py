"""Integration tests: real PostgreSQL, Neo4j, HTTP and SMTP servers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import drop_database


@pytest.fixture(scope="session", autouse=True)
def _domains(installed_domains: None) -> None:
    """Tests here run against the installed platform."""


@pytest.fixture(scope="session")
def estate_template(pg_admin_url: str, template_url: str) -> Iterator[dict[str, str]]:
    """The last estate imported by this worker (dataset → template database), kept for the next test on
    the same estate (a module's tests ask one estate; an import takes seconds, a copy a fraction)."""
    kept: dict[str, str] = {}
    yield kept
    for template in kept.values():
        drop_database(pg_admin_url, template)
