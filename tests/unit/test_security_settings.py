"""The JWT signing key: a configured key must be long enough, a generated one is never empty."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from services.core import settings as settings_module
from services.core.settings import (
    MIN_SECRET_KEY_LENGTH,
    InvalidSettings,
    Settings,
    get_settings,
    reset_settings,
)


@pytest.fixture(autouse=True)
def _fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("SPA_SECRET_KEY", raising=False)
    monkeypatch.setenv("SPA_DATA_DIR", str(tmp_path / "data"))
    reset_settings()


def test_a_short_secret_key_is_a_clear_start_up_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPA_SECRET_KEY", "too-short-key")
    reset_settings()
    with pytest.raises(InvalidSettings, match=rf"SPA_SECRET_KEY: must be at least {MIN_SECRET_KEY_LENGTH}"):
        get_settings()
    monkeypatch.setenv("SPA_SECRET_KEY", "k" * MIN_SECRET_KEY_LENGTH)
    reset_settings()
    assert get_settings().signing_key() == "k" * MIN_SECRET_KEY_LENGTH


def test_an_empty_or_truncated_key_file_never_signs(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "secret_key").write_text("")  # what a racing reader saw while another process wrote it
    with pytest.raises(InvalidSettings, match="secret_key"):
        Settings().signing_key()
    (data / "secret_key").write_text("abc")
    with pytest.raises(InvalidSettings):
        Settings().signing_key()


def _first_uses(data_dir: Path, count: int) -> tuple[list[str], list[BaseException]]:
    """`count` threads asking a fresh data dir for its key at the same moment."""
    barrier = threading.Barrier(count)
    keys: list[str] = []
    errors: list[BaseException] = []

    def first_use() -> None:
        barrier.wait()
        try:
            keys.append(Settings(data_dir=data_dir).signing_key())
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=first_use) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return keys, errors


def test_racing_first_uses_all_get_the_same_whole_key(tmp_path: Path) -> None:
    for attempt in range(10):
        data = tmp_path / f"data-{attempt}"
        data.mkdir()
        keys, errors = _first_uses(data, 12)
        assert errors == [] and len(keys) == 12
        assert len(set(keys)) == 1 and len(keys[0]) >= MIN_SECRET_KEY_LENGTH
        assert stat.S_IMODE(os.stat(data / "secret_key").st_mode) == 0o600
        assert [p.name for p in data.iterdir()] == ["secret_key"]  # no temp files left behind


def test_the_key_file_is_read_once_per_settings_object() -> None:
    settings = get_settings()
    key = settings.signing_key()
    (settings.resolved_data_dir / "secret_key").unlink()
    assert settings.signing_key() == key  # no file access (and no window) on every token
    assert settings_module.get_settings() is settings
