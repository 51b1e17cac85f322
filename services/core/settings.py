"""Typed application settings read from `SPA_*` environment variables."""

from __future__ import annotations

import os
import secrets
from functools import lru_cache
from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

VERSION = "0.1.0"


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
        default=None, description="JWT signing key; generated into $SPA_DATA_DIR/secret_key when unset"
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

    @property
    def resolved_data_dir(self) -> Path:
        """The data dir as an absolute path, created on first use."""
        path = self.data_dir.expanduser().resolve()
        path.mkdir(parents=True, exist_ok=True)
        return path

    def signing_key(self) -> str:
        """The JWT signing key: the setting, or a random key persisted in the data dir."""
        if self.secret_key:
            return self.secret_key
        key_file = self.resolved_data_dir / "secret_key"
        try:
            fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return key_file.read_text().strip()
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(48))
        return key_file.read_text().strip()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (read once)."""
    return Settings()


def reset_settings() -> None:
    """Forget cached settings so the next call re-reads the environment (tests, CLI options)."""
    get_settings.cache_clear()
