"""HTTP logic: a JSON request spec with `{{params.x}}` templates, sent with httpx behind the SSRF guard.

Body (JSON): `{"method", "url", "headers"?, "json"? | "body"?, "result_path"?}`. Templates may appear
in the URL's path and query (percent-encoded), header values (no line breaks) and the body (JSON
structure, never text concatenation); scheme, host and port are fixed when saving. Each hop, the
first and every redirect, is resolved, checked (`netguard`) and connected to by address, with the
name kept for Host and TLS. Responses are read up to `MAX_RESPONSE_BYTES`; JSON becomes a table
(`result_path` picks a nested list), other text one `body` cell.
"""

from __future__ import annotations

import json
import ssl
import time
from functools import lru_cache
from typing import Any
from urllib.parse import urljoin

import httpx

from services.api_manager import settings as keys
from services.api_manager import templates
from services.api_manager.executors import ExecutionResult, RunRequest, table_from_json
from services.api_manager.netguard import Allowlist, BlockedAddress, checked_address
from services.api_manager.sql_findings import Finding
from services.core import settings_registry

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")
MAX_REDIRECTS = 5
MAX_RESPONSE_BYTES = 5_000_000
SPEC_KEYS = {"method", "url", "headers", "json", "body", "result_path"}


def parse_spec(body: str) -> tuple[dict[str, Any] | None, list[Finding]]:
    """The request spec, or findings (JSON errors carry their line and column)."""
    try:
        spec = json.loads(body)
    except json.JSONDecodeError as exc:
        return None, [Finding("invalid_json", exc.msg, exc.lineno, exc.colno, exc.pos, exc.pos + 1)]
    if not isinstance(spec, dict):
        return None, [Finding("invalid_spec", "the HTTP spec must be a JSON object")]
    problems = []
    unknown = sorted(set(spec) - SPEC_KEYS)
    if unknown:
        problems.append(Finding("invalid_spec", f"unknown keys: {', '.join(unknown)}"))
    if str(spec.get("method", "GET")).upper() not in METHODS:
        problems.append(Finding("invalid_spec", f"method must be one of {', '.join(METHODS)}"))
    url = spec.get("url")
    if not isinstance(url, str) or not url:
        problems.append(Finding("invalid_spec", "'url' is required"))
    else:
        problems += _url_problems(url)
    if not isinstance(spec.get("headers", {}), dict):
        problems.append(Finding("invalid_spec", "'headers' must be an object"))
    if "json" in spec and "body" in spec:
        problems.append(Finding("invalid_spec", "give either 'json' or 'body', not both"))
    return (None if problems else spec), problems


def _url_problems(url: str) -> list[Finding]:
    scheme, _, rest = url.partition("://")
    authority = rest.split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    if scheme.lower() not in ("http", "https"):
        return [Finding("invalid_url", "the URL must start with http:// or https://")]
    if "{{" in scheme or "{{" in authority:
        return [Finding("invalid_url", "the scheme, host and port may not use templates")]
    if "@" in authority:
        return [Finding("invalid_url", "credentials in the URL are not allowed; use a header")]
    try:
        httpx.URL(templates.TEMPLATE.sub("x", url))
    except httpx.InvalidURL as exc:
        return [Finding("invalid_url", str(exc))]
    return []


def _render(spec: dict[str, Any], context: dict[str, Any]) -> tuple[str, str, dict[str, str], Any, bool]:
    method = str(spec.get("method", "GET")).upper()
    url = templates.render_text(spec["url"], context, templates.url_component)
    headers = {
        str(name): templates.header_value(templates.render_text(str(value), context))
        for name, value in (spec.get("headers") or {}).items()
    }
    if "json" in spec:
        return method, url, headers, templates.render_value(spec["json"], context), True
    if "body" in spec:
        return method, url, headers, templates.render_text(str(spec["body"]), context), False
    return method, url, headers, None, False


@lru_cache(maxsize=1)
def _tls_context() -> ssl.SSLContext:
    """The system's trust store, built once (building it per request costs more than the request)."""
    return ssl.create_default_context()


def _pick(data: Any, path: str | None) -> Any:
    for part in (path or "").split("."):
        if part:
            data = data[int(part)] if isinstance(data, list) and part.isdigit() else data[part]
    return data


class HttpExecutor:
    """HTTP logic type."""

    logic_type = "http"

    def check(self, body: str) -> list[Finding]:
        return parse_spec(body)[1]

    def run(self, request: RunRequest) -> ExecutionResult:
        spec, problems = parse_spec(request.body)
        if spec is None:
            return ExecutionResult.failed("rejected", "; ".join(p.message for p in problems))
        context = {"params": request.params, "secrets": request.secrets}
        try:
            method, url, headers, payload, is_json = _render(spec, context)
        except templates.TemplateError as exc:
            return ExecutionResult.failed("rejected", str(exc))
        allowlist = Allowlist.parse(str(settings_registry.get(keys.HTTP_ALLOWED_NETWORKS) or ""))
        deadline = time.monotonic() + request.timeout_ms / 1000
        try:
            response, content, hops = self._send(method, url, headers, payload, is_json, allowlist, deadline)
        except BlockedAddress as exc:
            return ExecutionResult.failed("rejected", f"blocked: {exc}")
        except httpx.TimeoutException:
            return ExecutionResult.failed("timeout", f"no answer within {request.timeout_ms} ms")
        except httpx.HTTPError as exc:
            return ExecutionResult.failed("error", f"request failed: {exc}")
        details = {"http_status": response.status_code, "redirects": hops}
        if response.status_code >= 400:
            text = content.decode(response.encoding or "utf-8", "replace")[:500]
            return ExecutionResult.failed("error", f"HTTP {response.status_code}: {text}", **details)
        return self._table(response, content, spec.get("result_path"), request.row_limit, details)

    def _send(
        self,
        method: str,
        url: str,
        headers: dict[str, str],
        payload: Any,
        is_json: bool,
        allowlist: Allowlist,
        deadline: float,
    ) -> tuple[httpx.Response, bytes, int]:
        # One client per run (no connection reuse across host names sharing an address), one TLS context.
        with httpx.Client(trust_env=False, follow_redirects=False, verify=_tls_context()) as client:
            for hop in range(MAX_REDIRECTS + 1):
                target = httpx.URL(url)
                if target.scheme not in ("http", "https"):
                    raise BlockedAddress(f"redirect to a {target.scheme or 'relative'} URL")
                port = target.port or (443 if target.scheme == "https" else 80)
                address = checked_address(target.host, port, allowlist)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise httpx.ReadTimeout("deadline passed")
                host_header = target.host if target.port is None else f"{target.host}:{target.port}"
                kwargs: dict[str, Any] = {"json": payload} if is_json else {"content": payload}
                request = client.build_request(
                    method,
                    target.copy_with(host=str(address)),
                    headers={**headers, "Host": host_header},
                    timeout=remaining,
                    extensions={"sni_hostname": target.host} if target.scheme == "https" else {},
                    **({} if payload is None else kwargs),
                )
                response = client.send(request, stream=True)
                try:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(str(target), response.headers["location"])
                        if response.status_code in (301, 302, 303) and method != "HEAD":
                            method, payload = "GET", None
                        continue
                    content = self._read(response)
                    return response, content, hop
                finally:
                    response.close()
        raise BlockedAddress(f"more than {MAX_REDIRECTS} redirects")

    @staticmethod
    def _read(response: httpx.Response) -> bytes:
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > MAX_RESPONSE_BYTES:
                raise httpx.DecodingError(f"the response is larger than {MAX_RESPONSE_BYTES} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _table(
        response: httpx.Response, content: bytes, path: str | None, row_limit: int, details: dict[str, Any]
    ) -> ExecutionResult:
        text = content.decode(response.encoding or "utf-8", "replace")
        kind = response.headers.get("content-type", "")
        try:
            data = json.loads(text) if "json" in kind or text.lstrip()[:1] in ("{", "[") else None
        except json.JSONDecodeError:
            data = None
        if data is None:
            return ExecutionResult(columns=["body"], rows=[[text[:100_000]]], details=details)
        try:
            data = _pick(data, path)
        except (KeyError, IndexError, TypeError, ValueError):
            return ExecutionResult.failed("error", f"result_path '{path}' is not in the response", **details)
        columns, rows, truncated = table_from_json(data, row_limit)
        return ExecutionResult(columns=columns, rows=rows, truncated=truncated, details=details)
