"""System monitor on a real database and the real host: psutil readings stored as the replica's host CI
(created through the CMDB, audited), readable like any CI's metrics; the REST overview with database,
job-queue and scheduler figures (threshold alerts: test_admin_platform_alerts)."""

from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta

import reflex as rx
from sqlmodel import Session, select

from services.admin import auth, host_sampler
from services.core import settings_registry
from services.core.clock import utcnow
from services.core.models import AuditLog
from services.core.security import SYSTEM
from services.infra import metric_queries, queries
from services.ops.service import ask
from spa_ai.state.admin_monitor import MonitorState
from spa_ai.state.auth import AuthState
from tests.integration.helpers import PASSWORD, api_client, auth_headers, make_user


def test_sampler_records_the_host_as_a_ci(session: Session, tmp_path) -> None:
    host_sampler.ensure_catalog(session)
    session.commit()
    sampler = host_sampler.HostSampler(tmp_path)
    name = host_sampler.replica_name("Build Box_01")
    assert name == "spa-ai-build-box-01"
    now = utcnow()
    assert host_sampler.sample_once(sampler, name, at=now - timedelta(seconds=5)) == 3  # no network rate yet
    assert host_sampler.sample_once(sampler, name, at=now) == 5
    ci = queries.get_ci(session, name)
    assert ci is not None and ci["type"] == "host" and ci["attributes"]["label"] == "spa-ai"
    for metric in host_sampler.HOST_METRICS:
        latest = metric_queries.latest(session, name, metric, at=now + timedelta(seconds=1))
        assert latest is not None and latest["value"] >= 0
    assert (
        0
        < metric_queries.latest(session, name, "memory_usage", at=now + timedelta(seconds=1))["value"]
        <= 100
    )
    created = session.exec(
        select(AuditLog).where(AuditLog.action == "ci.create", AuditLog.entity_id == name)
    ).all()
    assert len(created) == 1 and created[0].actor == "system"
    assert host_sampler.platform_hosts(session) == [name]


def test_monitor_rest_overview(session: Session, tmp_path) -> None:
    make_user(session, "root", "admin")
    make_user(session, "view", "viewer")
    host_sampler.ensure_catalog(session)
    session.commit()
    host_sampler.sample_once(host_sampler.HostSampler(tmp_path), "spa-ai-rest")
    with api_client() as client:
        response = client.get("/api/admin/monitor", headers=auth_headers(client, "root"))
        assert response.status_code == 200, response.text
        body = response.json()
        assert [h["name"] for h in body["hosts"]] == ["spa-ai-rest"]
        assert set(body["hosts"][0]["values"]) >= {"cpu_usage", "memory_usage", "disk_usage"}
        assert body["db_size_mb"] > 1 and body["db_connections"] >= 1 and body["jobs_queued"] == 0
        assert body["scheduler"]["leader"] is None and body["scheduler"]["outbox_depth"] == 0
        assert client.get("/api/admin/monitor", headers=auth_headers(client, "view")).status_code == 403


async def test_monitor_page_shows_hosts_alerts_and_chart(session: Session, tmp_path) -> None:

    make_user(session, "root", "admin")
    host_sampler.ensure_catalog(session)
    host_sampler.record(
        session, ci_name="spa-ai-page", values={"cpu_usage": 99.0, "memory_usage": 40.0}, at=utcnow()
    )
    token, _ = auth.login(session, username="root", password=PASSWORD)
    session.commit()
    root = rx.State()
    root.substates[AuthState.get_name()].auth_token = token  # type: ignore[attr-defined]
    state: MonitorState = root.substates[MonitorState.get_name()]  # type: ignore[assignment]
    await state.load()
    assert not state.loading and state.error == ""
    assert [h["name"] for h in state.hosts] == ["spa-ai-page"] and state.host == "spa-ai-page"
    assert state.hosts[0]["values"][0] == {"metric": "cpu_usage", "value": "99.0"}
    assert state.problems == []  # 99 % is an alert once the CEP rule fires (test_admin_platform_alerts)
    assert state.stats["leader"] == "" and state.stats["outbox_depth"] == "0"
    assert state.has_chart and int(state.stats["db_connections"]) >= 1
    await state.set_range("1h")
    assert state.range_key == "1h" and state.has_chart


def test_ops_answers_about_the_platform_host(session: Session) -> None:

    host_sampler.ensure_catalog(session)
    name = host_sampler.replica_name("ops-box")
    host_sampler.record(session, ci_name=name, values={"memory_usage": 63.25, "cpu_usage": 12.0}, at=utcnow())
    session.commit()
    answer = ask(session, question="SPA AI 서버 메모리 얼마나 써?", actor=SYSTEM)
    text = str(answer["blocks"])
    assert answer["status"] == "ok", answer
    assert name in text and "63.2" in text


def test_readiness_reports_disk_and_jobs(session: Session) -> None:
    with api_client() as client:
        ready = client.get("/api/health/ready")
        body = ready.json()
        assert ready.status_code == 200 and body["ready"], body
        assert body["disk"]["free_mb"] > 0 and body["disk"]["ok"]
        assert body["jobs"] == {"queued": 0, "running": 0, "stale": 0}
        settings_registry.update(session, actor=SYSTEM, values={"health_min_free_disk_mb": 10_000_000})
        session.commit()
        full = client.get("/api/health/ready")
        assert full.status_code == 503 and full.json()["disk"]["ok"] is False


async def test_the_lifespan_sampler_records_this_host_until_cancelled(session: Session) -> None:
    host_sampler.ensure_catalog(session)
    session.commit()
    task = asyncio.create_task(host_sampler.run_sampler())
    try:
        for _ in range(100):
            await asyncio.sleep(0.1)
            session.expire_all()
            if host_sampler.platform_hosts(session):
                break
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
    assert host_sampler.platform_hosts(session) == [host_sampler.replica_name()]
    latest = metric_queries.latest(
        session, host_sampler.replica_name(), "cpu_usage", at=utcnow() + timedelta(seconds=1)
    )
    assert latest is not None
