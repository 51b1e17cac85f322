"""Reflex configuration. Runtime settings live in services.core.settings (SPA_* variables)."""

import os

import reflex as rx

_port = int(os.environ.get("SPA_PORT", "3000"))
_origins = os.environ.get("SPA_CORS_ORIGINS", f"http://localhost:{_port},http://127.0.0.1:{_port}")

config = rx.Config(
    app_name="spa_ai",
    telemetry_enabled=False,
    show_built_with_reflex=False,
    frontend_port=_port,
    backend_port=_port,
    cors_allowed_origins=[origin.strip() for origin in _origins.split(",") if origin.strip()],
    plugins=[rx.plugins.RadixThemesPlugin(theme=rx.theme(accent_color="indigo", radius="medium"))],
    disable_plugins=[rx.plugins.SitemapPlugin],
)
