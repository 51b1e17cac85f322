"""View state in the address bar: filters, paging and ranges read from and written to the query string.

A page reads its view from `router.url.query_parameters` in `on_load` (so a shared link or a reload shows
the same view) and, after each change, puts it back in the address (`PageState.show_in_url`). Defaults
are left out of the URL, so the plain route stays the plain view. Pure functions; unit-tested.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from urllib.parse import quote, urlencode

MAX_PARAM_LENGTH = 200


def query_string(values: Mapping[str, str | int], defaults: Mapping[str, str | int] | None = None) -> str:
    """`?a=1&b=x` of the values that differ from their defaults (in the given order); '' when none do."""
    defaults = defaults or {}
    kept = [(k, str(v)) for k, v in values.items() if str(v) != "" and str(v) != str(defaults.get(k, ""))]
    return f"?{urlencode(kept, quote_via=quote)}" if kept else ""


def choice(params: Mapping[str, str], key: str, allowed: Collection[str] | None, default: str) -> str:
    """`params[key]` when it is one of `allowed` (any bounded text when `allowed` is None), else `default`."""
    value = str(params.get(key, "")).strip()
    if not value or len(value) > MAX_PARAM_LENGTH:
        return default
    if allowed is not None and value not in allowed:
        return default
    return value


def number(params: Mapping[str, str], key: str, default: int, low: int, high: int) -> int:
    """`params[key]` as an int clamped to [low, high]; `default` when absent or not a number."""
    raw = str(params.get(key, "")).strip()
    if not raw.isdigit() or len(raw) > 9:
        return default
    return min(max(int(raw), low), high)


def path_tail(path: str, segments: int) -> str:
    """The last segment of a dynamic route's path (`/infra/orders-db` → `orders-db`, URL-decoded) when the
    path has `segments` parts; '' otherwise."""
    from urllib.parse import unquote

    parts = [p for p in str(path).split("/") if p]
    return unquote(parts[-1]) if len(parts) == segments else ""
