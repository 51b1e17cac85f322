"""Typed application settings read from `SPA_*` environment variables."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from functools import lru_cache
from pathlib import Path

from pydantic import Field, PrivateAttr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

VERSION = "0.1.0"
MIN_SECRET_KEY_LENGTH = 32
MAX_IMPORT_EXPANDED_MB = 10 * 1024  # the default decompressed-import budget never exceeds 10 GiB


class InvalidSettings(ValueError):
    """A `SPA_*` variable (or the generated key file) is unusable; the message names it and says why."""


class Settings(BaseSettings):
    """Every setting of the platform; the README lists them with their defaults."""

    model_config = SettingsConfigDict(env_prefix="SPA_", extra="ignore")

    data_dir: Path = Field(default=Path("./data"), description="Embedded database, files and the secret key")
    port: int = Field(default=3000, description="HTTP port of the single-port app (UI + REST)")
    host: str = Field(default="0.0.0.0", description="Address the app listens on")
    database_url: str | None = Field(
        default=None, description="PostgreSQL URL; unset starts embedded PostgreSQL in $SPA_DATA_DIR/pg"
    )
    log_level: str = Field(default="INFO", description="Python log level")
    timezone: str = Field(default="Asia/Seoul", description="Timezone used to show times")
    secret_key: str | None = Field(
        default=None,
        description=f"JWT signing key (at least {MIN_SECRET_KEY_LENGTH} characters); "
        "generated into $SPA_DATA_DIR/secret_key when unset",
    )
    jwt_lifetime_minutes: int = Field(default=720, description="Lifetime of access tokens and UI sessions")
    cors_origins: str = Field(
        default="http://localhost:3000,http://127.0.0.1:3000",
        description="Comma-separated origins allowed to call the API from a browser",
    )
    initial_admin: str = Field(default="admin", description="Name of the first admin created on an empty DB")
    neo4j_uri: str | None = Field(default=None, description="bolt:// URI; when set, the graph store is Neo4j")
    neo4j_user: str = Field(default="neo4j", description="Neo4j user")
    neo4j_password: str = Field(default="", description="Neo4j password")
    llm_model: str | None = Field(
        default=None, description="LiteLLM model id for the OPS planner; unset uses the rules planner"
    )
    llm_timeout_s: float = Field(default=20.0, description="Timeout of one LLM planner call")
    demo_data: bool | None = Field(
        default=None, description="Load demo infrastructure on first start (default: only on embedded DB)"
    )
    demo_simulator: bool | None = Field(
        default=None,
        description="Append live demo metric samples every 30 s (default: on when demo data loaded)",
    )
    max_upload_mb: int = Field(
        default=512, ge=1, description="Largest upload (REST import, UI upload), checked while it streams"
    )
    max_request_mb: float = Field(
        default=2.0, gt=0, description="Largest request body that is not an upload (JSON, forms)"
    )
    max_import_expanded_mb: int | None = Field(
        default=None,
        ge=1,
        description="Decompressed size one import may reach (default: 20 × SPA_MAX_UPLOAD_MB, at most 10 GiB)",
    )

    _signing_key: str | None = PrivateAttr(default=None)

    @field_validator("secret_key")
    @classmethod
    def _long_enough(cls, value: str | None) -> str | None:
        if value is not None and value != "" and len(value) < MIN_SECRET_KEY_LENGTH:
            raise ValueError(
                f"must be at least {MIN_SECRET_KEY_LENGTH} characters long (it has "
                f"{len(value)}); generate one with: python -c 'import secrets; print(secrets.token_urlsafe(48))'"
            )
        return value or None

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024**2

    @property
    def max_request_bytes(self) -> int:
        return int(self.max_request_mb * 1024**2)

    @property
    def max_import_expanded_bytes(self) -> int:
        megabytes = self.max_import_expanded_mb or min(20 * self.max_upload_mb, MAX_IMPORT_EXPANDED_MB)
        return megabytes * 1024**2

    @property
    def resolved_data_dir(self) -> Path:
        """The data dir as an absolute path, created on first use."""
        path = self.data_dir.expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
        return path

    def signing_key(self) -> str:
        """The JWT signing key: the setting, or a random key persisted in the data dir.

        Never empty: the generated key is written to a private temp file and linked into place in one
        step (a reader sees no file or the whole key, and a key another process created first wins);
        a key file that is empty or too short is refused with `InvalidSettings`.
        """
        if self.secret_key:
            return self.secret_key
        if self._signing_key is None:
            self._signing_key = _load_or_create_key(self.resolved_data_dir / "secret_key")
        return self._signing_key


def _load_or_create_key(key_file: Path) -> str:
    if not key_file.exists():
        fd, tmp_name = tempfile.mkstemp(dir=key_file.parent, prefix=".secret_key-")  # mode 0600
        try:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
                handle.flush()
                os.fsync(handle.fileno())
            with contextlib.suppress(FileExistsError):
                os.link(tmp_name, key_file)  # atomic and never replaces an existing key
        finally:
            os.unlink(tmp_name)
    key = key_file.read_text().strip()
    if len(key) < MIN_SECRET_KEY_LENGTH:
        raise InvalidSettings(
            f"{key_file} holds no usable signing key ({len(key)} characters, at least "
            f"{MIN_SECRET_KEY_LENGTH} needed): delete the file to generate a new key, or set SPA_SECRET_KEY"
        )
    return key


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once); `InvalidSettings` names every unusable variable."""
    try:
        return Settings()
    except ValidationError as exc:
        problems = "; ".join(
            f"SPA_{'_'.join(map(str, err['loc'])).upper()}: {err['msg'].removeprefix('Value error, ')}"
            for err in exc.errors()
        )
        raise InvalidSettings(f"invalid settings: {problems}") from None


def reset_settings() -> None:
    """Forget cached settings so the next call re-reads the environment (tests, CLI options)."""
    get_settings.cache_clear()
