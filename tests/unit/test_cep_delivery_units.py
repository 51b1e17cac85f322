"""CEP delivery without a database: templates (sandbox, strict names, local times), HTTP answer
classes, Retry-After, backoff bounds, the webhook signature a receiver recomputes."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime

import pytest

from services.cep.channels import Message, signature, webhook_body
from services.cep.http_delivery import classify, retry_after_seconds
from services.cep.leases import backoff_seconds
from services.cep.templates import (
    DEFAULT_BODY,
    DEFAULT_TITLE,
    SAMPLE_PAYLOAD,
    TemplateFailed,
    context_of,
    render,
    validate_template,
)
from services.core.settings import reset_settings

PAYLOAD = {
    **SAMPLE_PAYLOAD,
    "state": "firing",
    "started_at": "2026-12-02T01:00:00+00:00",
    "rca": "disk full on db-01",
}


@pytest.fixture(autouse=True)
def _seoul(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SPA_TIMEZONE", "Asia/Seoul")
    monkeypatch.setenv("SPA_SECRET_KEY", "unit-secret-key-" + "x" * 32)
    reset_settings()


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_default_templates_render_every_documented_part(lang: str) -> None:
    title = render(DEFAULT_TITLE[lang], PAYLOAD)
    body = render(DEFAULT_BODY[lang], PAYLOAD)
    assert title == "[FIRING] Test notification · web-01"
    assert "91.5" in body and "90.0" in body and "disk full on db-01" in body
    assert "2026-12-02 10:00:00 (Asia/Seoul)" in body  # UTC 01:00 shown in the configured zone
    assert ("발생했습니다" if lang == "ko" else "is firing") in body


def test_missing_optional_keys_never_break_a_documented_template() -> None:
    minimal = {"rule": {"name": "r"}, "state": "resolved"}
    assert "r" in render(DEFAULT_BODY["en"], minimal) and context_of(minimal)["labels"] == {}


@pytest.mark.parametrize(
    ("template", "named"),
    [
        ("{{ cpu }} and {{ hostname }}", "cpu, hostname"),
        ("{{ rule.nmae }}", "nmae"),
        ("{% if %}", "line 1"),
        ("{{ ''.__class__.__mro__ }}", "__class__"),
    ],
)
def test_validate_template_names_the_problem(template: str, named: str) -> None:
    with pytest.raises(TemplateFailed) as err:
        validate_template(template, field="body_template")
    assert named in err.value.message and err.value.details["field"] == "body_template"


def test_sandbox_refuses_attribute_escapes_and_runaway_work() -> None:
    for template in (
        "{{ rule.__class__.__subclasses__() }}",
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
        "{{ 'x' * 10000000 }}",
        "{{ [1] * 10000000 }}",
        "{{ 9 ** 9 ** 9 }}",
    ):
        with pytest.raises(TemplateFailed):
            render(template, PAYLOAD)
    assert (
        render("{% for i in range(3) %}{{ i }}{% endfor %} {{ '-' * 3 }} {{ 6 * 7 }}", PAYLOAD)
        == "012 --- 42"
    )


def test_http_answers_are_classed_for_retry() -> None:
    assert classify(204, "").ok
    assert [classify(s, "").error_class for s in (401, 403, 404, 408, 429, 500, 503)] == [
        "auth",
        "auth",
        "client",
        "server",
        "rate_limited",
        "server",
        "server",
    ]
    assert classify(429, "", "7").retry_after == 7.0


def test_retry_after_reads_seconds_and_http_dates() -> None:
    now = datetime(2026, 12, 2, 10, 0, 0, tzinfo=UTC)
    assert retry_after_seconds("120", now) == 120.0
    assert retry_after_seconds("Wed, 02 Dec 2026 10:00:30 GMT", now) == 30.0
    assert retry_after_seconds("soon", now) is None and retry_after_seconds(None, now) is None


def test_backoff_grows_with_jitter_within_bounds_and_honours_retry_after() -> None:
    for attempt, high in ((1, 5.0), (2, 10.0), (3, 20.0), (10, 900.0)):
        delays = [backoff_seconds(attempt, None, 5.0, 900.0) for _ in range(200)]
        assert all(high / 2 <= d <= high for d in delays) and len(set(delays)) > 1
    assert backoff_seconds(1, 42.0, 5.0, 900.0) == 42.0
    assert backoff_seconds(1, 5000.0, 5.0, 900.0) == 900.0


def test_a_receiver_can_verify_the_signature_of_the_exact_body() -> None:
    body = webhook_body(Message("t", "x", {"state": "firing"}, "key-1"))
    header = signature("shh", body)
    assert header == "sha256=" + hmac.new(b"shh", body, hashlib.sha256).hexdigest()
    assert json.loads(body)["idempotency_key"] == "key-1"
    assert signature("other", body) != header
