"""The installed domains, in order: each package's `install(registry)` wires it into the platform.

Adding a domain is one line here plus its own folder (see services/core/registry.py for what
`install` may declare).
"""

from __future__ import annotations

import importlib
import threading

from services.core.registry import REGISTRY, Registry

DOMAINS: tuple[str, ...] = (
    "services.core",
    "services.admin",
    "services.asset_registry",
    "services.infra",
    "services.ops",
    "services.api_manager",
    "services.documents",
    "services.cep",
)

_lock = threading.Lock()
_installed = False


def install_domains() -> Registry:
    """Install every domain once per process; returns the filled registry."""
    global _installed
    with _lock:
        if not _installed:
            for name in DOMAINS:
                importlib.import_module(name).install(REGISTRY)
            _installed = True
    return REGISTRY
