"""The CEP event inbox: concurrent requests share commits; a consumer that dies mid-batch (its database
connection cut, as a SIGKILL of its process does) leaves every event queued and nothing of their
evaluation written, and the next consumer fires each instance and writes each notification once; a
stale leader's batch writes nothing; events on one instance are evaluated in the order accepted; a
batch joins and flushes groups set-based and sees an inhibitor fired earlier in it; a revoked API key stops working within the verification cache's lifetime."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from services.cep import inbox
from services.cep.events import EventIn
from services.cep.schema import RuleSpec
from services.cep.service import create_rule
from services.core.db import get_engine
from services.core.leader import StaleLeader
from services.core.security import SYSTEM
from spa_ai.api.app import create_api
from spa_ai.api.deps import AUTH_CACHE_TTL_S
from tests.integration.cep_delivery_helpers import Receiver, fast_delivery_fixture, receiver_fixture  # noqa: F401
from tests.integration.helpers import auth_headers, make_user

pytestmark = pytest.mark.usefixtures("fast_delivery")


def _event_rule(session: Session, hook: str) -> int:
    """An event rule: one instance per `seq`, each firing notifies the webhook with its transition."""
    rule = create_rule(
        session,
        actor=SYSTEM,
        spec=RuleSpec.model_validate(
            {
                "name": "inbox events",
                "trigger": {"kind": "event", "match": {"stream": "inbox"}, "group_by": ["seq"]},
                "actions": [{"kind": "webhook", "params": {"url": hook}}],
                "grouping": {"group_by": ["..."], "group_wait_seconds": 0},
            }
        ),
    )
    session.commit()
    assert rule.id is not None
    return rule.id


def _events(n: int, status: str = "firing") -> list[EventIn]:
    return [EventIn(labels={"stream": "inbox", "seq": f"e{i:03d}"}, status=status) for i in range(n)]  # type: ignore[arg-type]


def _count(session: Session, sql: str) -> int:
    session.rollback()
    return int(session.execute(text(sql)).scalar_one())


def test_concurrent_requests_share_commits(session: Session) -> None:
    before = inbox.WRITER.batches

    async def many() -> list[list[int]]:
        return await asyncio.gather(*(inbox.append(_events(2), "rest") for _ in range(40)))

    ids = asyncio.run(many())
    flat = [i for pair in ids for i in pair]
    assert len(set(flat)) == 80 and all(a < b for a, b in ids)
    assert _count(session, "SELECT count(*) FROM cep_event_inbox WHERE evaluated_at IS NULL") == 80
    assert inbox.WRITER.batches - before < 40  # requests waited for one another's commit


def test_a_request_given_up_before_its_commit_is_not_stored_and_the_writer_goes_on(session: Session) -> None:
    writer = inbox.InboxWriter()  # its thread is not started: the test takes and writes the batch itself
    queued = [inbox._Pending(inbox.inbox_rows(_events(1), "rest")) for _ in range(3)]
    for pending in queued:
        writer._queue.put(pending)
    futures = [pending.done for pending in queued]
    futures[1].cancel()  # the client went away while its events were queued
    batch = writer._take()
    assert len(batch) == 2 and not futures[0].cancel() and not futures[2].cancel()  # no longer cancellable
    writer._write(batch)
    assert [len(f.result()) for f in (futures[0], futures[2])] == [1, 1]
    assert _count(session, "SELECT count(*) FROM cep_event_inbox") == 2


def test_a_consumer_killed_mid_batch_loses_and_doubles_nothing(session: Session, receiver: Receiver) -> None:
    _event_rule(session, receiver.url)
    accepted = asyncio.run(inbox.append(_events(30), "rest"))
    assert len(accepted) == 30  # committed: the 202 would have been sent

    victim = Session(get_engine())
    assert inbox.consume_batch(victim, epoch=None, fenced=False) == 30  # evaluated, not yet committed
    pid = victim.execute(text("SELECT pg_backend_pid()")).scalar_one()
    session.execute(text("SELECT pg_terminate_backend(:pid, 5000)"), {"pid": pid})
    session.commit()
    with pytest.raises(DBAPIError):
        victim.commit()
    victim.close()
    assert _count(session, "SELECT count(*) FROM cep_event_inbox WHERE evaluated_at IS NULL") == 30
    assert _count(session, "SELECT count(*) FROM cep_alerts") == 0
    assert _count(session, "SELECT count(*) FROM cep_outbox") == 0

    assert inbox.drain() == 30
    assert inbox.drain() == 0
    assert _count(session, "SELECT count(*) FROM cep_transitions WHERE to_state = 'firing'") == 30
    assert _count(session, "SELECT count(DISTINCT dedup_key) FROM cep_outbox") == 30
    assert _count(session, "SELECT count(*) FROM cep_outbox") == 30
    assert _count(session, "SELECT count(*) FROM cep_event_inbox WHERE transitions = 2") == 30


def test_a_stale_leaders_batch_writes_nothing(session: Session, receiver: Receiver) -> None:
    _event_rule(session, receiver.url)
    asyncio.run(inbox.append(_events(3), "rest"))
    session.execute(
        text(
            "INSERT INTO leader_epochs (name, epoch, holder, acquired_at) VALUES ('cep_scheduler', 2, 'b', now())"
        )
    )
    session.commit()
    with pytest.raises(StaleLeader):
        inbox.drain(epoch=1, fenced=True)
    assert _count(session, "SELECT count(*) FROM cep_alerts") == 0
    assert inbox.drain(epoch=2, fenced=True) == 3
    assert _count(session, "SELECT count(*) FROM cep_alerts WHERE state = 'firing'") == 3


def test_events_on_one_instance_are_evaluated_in_the_order_accepted(
    session: Session, receiver: Receiver
) -> None:
    _event_rule(session, receiver.url)
    one = {"stream": "inbox", "seq": "only"}
    sequence = [
        EventIn(labels=one),
        EventIn(labels=one, status="resolved"),
        EventIn(labels={"stream": "inbox", "seq": "other"}),
        EventIn(labels=one),
    ]
    asyncio.run(inbox.append(sequence, "rest"))
    assert inbox.drain() == 4  # one batch
    hops = session.execute(
        text(
            "SELECT t.from_state, t.to_state FROM cep_transitions t JOIN cep_alerts a ON a.id = t.alert_id "
            "WHERE a.labels->>'seq' = 'only' ORDER BY t.id"
        )
    ).all()
    assert [tuple(h) for h in hops] == [
        ("inactive", "pending"),
        ("pending", "firing"),
        ("firing", "resolved"),
        ("resolved", "pending"),
        ("pending", "firing"),
    ]


def test_one_batch_joins_a_group_once_per_alert_and_sees_an_inhibitor_fired_earlier_in_it(
    session: Session, receiver: Receiver
) -> None:
    """A batch is evaluated set-based: the alerts sharing a group join it together (its `seq` counts
    each) and one message names them all; an inhibiting rule that fires earlier in the same batch mutes
    the alerts evaluated after it (what mutes is read again after its transitions)."""
    outage = {
        "name": "outage",
        "trigger": {"kind": "event", "match": {"stream": "outage"}, "group_by": ["team"]},
        "inhibits": [{"matchers": [{"name": "alertname", "op": "=", "value": "by team"}], "equal": ["team"]}],
    }
    create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(outage))  # lower id: evaluated first
    team_rule = {
        "name": "by team",
        "trigger": {"kind": "event", "match": {"stream": "inbox"}, "group_by": ["team", "seq"]},
        "actions": [{"kind": "webhook", "params": {"url": receiver.url}}],
        "grouping": {"group_by": ["team"], "group_wait_seconds": 0},
    }
    create_rule(session, actor=SYSTEM, spec=RuleSpec.model_validate(team_rule))
    session.commit()
    batch = [EventIn(labels={"stream": "inbox", "team": "b", "seq": f"b{i}"}) for i in range(3)]
    batch += [EventIn(labels={"stream": "inbox", "team": "a", "seq": f"a{i}"}) for i in range(2)]
    batch.insert(2, EventIn(labels={"stream": "outage", "team": "a"}))
    asyncio.run(inbox.append(batch, "rest"))
    assert inbox.drain() == 6  # one batch

    messages = session.execute(text("SELECT payload FROM cep_outbox")).scalars().all()
    assert len(messages) == 1  # team b's group; team a's alerts are inhibited by the outage
    assert messages[0]["group_labels"] == {"team": "b"}
    assert sorted(alert["labels"]["seq"] for alert in messages[0]["alerts"]) == ["b0", "b1", "b2"]
    groups = session.execute(
        text("SELECT labels->>'team', seq, flushed_seq FROM cep_alert_groups ORDER BY 1")
    ).all()
    assert [tuple(g) for g in groups] == [("a", 2, 2), ("b", 3, 3)]
    member_seqs = session.execute(text("SELECT DISTINCT seq FROM cep_alert_group_members")).scalars().all()
    assert sorted(member_seqs) == [2, 3]
    notes = session.execute(
        text(
            "SELECT a.labels->>'team', t.notification FROM cep_transitions t JOIN cep_alerts a "
            "ON a.id = t.alert_id WHERE t.to_state = 'firing' AND a.labels->>'alertname' = 'by team'"
        )
    ).all()
    assert {team: note.split(":")[0] for team, note in notes} == {"a": "inhibited", "b": "grouped"}


@pytest.fixture
def client(session: Session) -> Iterator[TestClient]:
    make_user(session, "root", "admin")
    with TestClient(create_api()) as c:
        yield c


def test_a_revoked_api_key_stops_working_within_seconds(client: TestClient) -> None:
    root = auth_headers(client, "root")
    created = client.post(
        "/api/admin/api-keys", headers=root, json={"name": "sender", "scopes": ["cep:write"]}
    )
    assert created.status_code == 201, created.text
    key = {"X-API-Key": created.json()["secret"]}
    event = {"labels": {"stream": "inbox", "seq": "k"}}
    assert client.post("/api/cep/events", headers=key, json=event).status_code == 202  # verified, cached
    assert client.delete(f"/api/admin/api-keys/{created.json()['id']}", headers=root).status_code == 200
    revoked_at = time.monotonic()
    while client.post("/api/cep/events", headers=key, json=event).status_code == 202:
        assert time.monotonic() - revoked_at < AUTH_CACHE_TTL_S + 2, "the revoked key still works"
        time.sleep(0.2)
    answer = client.post("/api/cep/events", headers=key, json=event)
    assert answer.status_code == 401 and "revoked" in answer.text
