"""Shared set-up for API MANAGER integration tests: the reader role ready, pools closed after."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from services.api_manager import sql_reader
from services.core import settings_registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "api_manager"


def load_jsonl(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (FIXTURES / name).read_text().splitlines() if line.strip()]


@pytest.fixture(name="reader")
def reader_fixture(infra_small_url: str) -> Iterator[str]:
    """infra-small loaded, the reader role able to log in with grants synced; pools closed afterwards."""
    settings_registry.invalidate()
    sql_reader.prepare_reader()
    yield infra_small_url
    sql_reader.close_pools()
    settings_registry.invalidate()
