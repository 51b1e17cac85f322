"""Reflex configuration. Runtime settings live in services.core.settings (SPA_* variables)."""

import os

import reflex as rx

_port = int(os.environ.get("SPA_PORT", "3000"))
# Reflex state holds the session token and, for a moment, a new API key's secret: keep it in memory
# (one worker) unless Redis is configured for several workers. Never pickle it to disk (`.states`).
_state_mode = (
    rx.constants.StateManagerMode.REDIS
    if os.environ.get("REFLEX_REDIS_URL")
    else rx.constants.StateManagerMode.MEMORY
)
_origins = os.environ.get("SPA_CORS_ORIGINS", f"http://localhost:{_port},http://127.0.0.1:{_port}")

config = rx.Config(
    app_name="spa_ai",
    telemetry_enabled=False,
    show_built_with_reflex=False,
    frontend_port=_port,
    backend_port=_port,
    state_manager_mode=_state_mode,
    cors_allowed_origins=[origin.strip() for origin in _origins.split(",") if origin.strip()],
    plugins=[rx.plugins.RadixThemesPlugin(theme=rx.theme(accent_color="indigo", radius="medium"))],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
