"""Pages declare themselves once: `@page(route, title_key=…, icon=…, permission=…, on_load=…)`.

The declaration registers the route, its sidebar entry (when it has an icon), the server-checked
sign-in guard that runs before the page's own `on_load`, and the shared frame (navigation, header,
forbidden notice). `add_pages(app)` imports every module of `spa_ai.pages` and adds what they declared.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import reflex as rx

from services.core.i18n import translate

Render = Callable[[], rx.Component]


@dataclass(frozen=True)
class PageSpec:
    """One page: where it lives, what it is called, who may open it and what loads it."""

    route: str
    title_key: str
    render: Render
    icon: str | None = None  # pages with an icon appear in the sidebar, labelled by `nav_key`
    nav_key: str | None = None
    permission: str | None = None
    on_load: tuple[Any, ...] = ()
    public: bool = False  # no sign-in needed, no frame (the login page)
    nav_order: int = 100


PAGES: list[PageSpec] = []


def page(
    route: str,
    *,
    title_key: str,
    icon: str | None = None,
    nav_key: str | None = None,
    permission: str | None = None,
    on_load: Any | Sequence[Any] = (),
    public: bool = False,
    nav_order: int = 100,
) -> Callable[[Render], Render]:
    """Declare the decorated function as the body of the page at `route`."""
    handlers = tuple(on_load) if isinstance(on_load, list | tuple) else (on_load,)

    def register(render: Render) -> Render:
        if any(spec.route == route for spec in PAGES):
            raise ValueError(f"page {route!r} is declared twice")
        PAGES.append(
            PageSpec(
                route, title_key, render, icon, nav_key or title_key, permission, handlers, public, nav_order
            )
        )
        return render

    return register


def nav_entries() -> list[PageSpec]:
    """The pages shown in the sidebar, in order."""
    return sorted((spec for spec in PAGES if spec.icon), key=lambda spec: (spec.nav_order, spec.route))


def _import_page_modules() -> None:
    import spa_ai.pages

    for module in pkgutil.iter_modules(spa_ai.pages.__path__):
        importlib.import_module(f"spa_ai.pages.{module.name}")


def add_pages(app: rx.App) -> None:
    """Add every declared page to `app`, each inside the shared frame behind the sign-in guard."""
    from spa_ai.components.layout import not_found_page, page_frame
    from spa_ai.state.auth import AuthState

    _import_page_modules()
    for spec in PAGES:
        title = f"SPA AI · {translate(spec.title_key, 'en')}"
        if spec.public:
            app.add_page(
                spec.render, route=spec.route, title=title, on_load=[AuthState.redirect_if_signed_in]
            )
            continue
        app.add_page(
            _framed(spec, page_frame),
            route=spec.route,
            title=title,
            on_load=[AuthState.check_login, *spec.on_load],
        )
    app.add_page(_framed(PageSpec("404", "common.not_found", not_found_page), page_frame), route="404")


def _framed(spec: PageSpec, frame: Callable[[PageSpec], rx.Component]) -> Render:
    def render() -> rx.Component:
        return frame(spec)

    render.__name__ = (
        f"page_{spec.route.strip('/').replace('/', '_').replace('[', '').replace(']', '') or 'index'}"
    )
    return render
