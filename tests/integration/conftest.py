"""Integration tests: real PostgreSQL, Neo4j, HTTP and SMTP servers."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session", autouse=True)
def _domains(installed_domains: None) -> None:
    """Tests here run against the installed platform."""
