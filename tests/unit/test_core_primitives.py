"""Core primitives without a database: cursors, in-memory pages, uploads, sniffing, the thread stream."""

from __future__ import annotations

import asyncio
import io
import stat
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from services.core import files
from services.core.errors import ValidationFailed
from services.core.pagination import decode_cursor, encode_cursor, page_from_list, page_of
from services.core.settings import reset_settings
from services.core.streaming import Finished, stream_in_thread


def test_cursor_round_trips_keys_and_refuses_forgeries() -> None:
    moment = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    assert decode_cursor(encode_cursor([moment, 42, "db-01"]), 3) == [moment, 42, "db-01"]
    for forged in ("nonsense", encode_cursor([1, 2]), "%%%"):
        with pytest.raises(ValidationFailed) as err:
            decode_cursor(forged, 3)
        assert err.value.details == {"field": "cursor"}


def test_pages_walk_a_list_without_gaps_or_repeats() -> None:
    rows = [{"kind": k, "name": f"{k}-{i}"} for k in ("a", "b") for i in range(7)]
    seen, cursor = [], None
    while True:
        page = page_from_list(rows, 3, cursor, key_of=lambda r: (r["kind"], r["name"]))
        seen += page.items
        assert page.total == len(rows)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert seen == rows
    last = page_of(rows[:3], 3, key_of=lambda r: (r["name"],))
    assert last.next_cursor is None and len(last.items) == 3  # exactly `limit` rows: no further page


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SPA_DATA_DIR", str(tmp_path))
    reset_settings()
    yield tmp_path
    reset_settings()


def test_uploads_are_stored_by_content_privately_and_sniffed(data_dir: Path) -> None:
    stored = files.store_upload(
        io.BytesIO(b"%PDF-1.7\n..."), area="docs", filename="../../etc/report.pdf", max_bytes=100
    )
    assert stored.kind == "pdf" and stored.filename == "report.pdf" and stored.size == 12
    assert stored.path.parent == data_dir / "files" / "docs" and stored.path.name == stored.sha256
    assert stat.S_IMODE(stored.path.stat().st_mode) == 0o600
    again = files.store_upload(io.BytesIO(b"%PDF-1.7\n..."), area="docs", filename="copy.pdf", max_bytes=100)
    assert again.path == stored.path  # the same bytes are one file
    assert files.open_stored("docs", stored.sha256) == stored.path
    with pytest.raises(ValidationFailed):
        files.open_stored("docs", "../secret_key")


def test_an_upload_over_the_limit_leaves_nothing_behind(data_dir: Path) -> None:
    with pytest.raises(files.TooLarge) as err:
        files.store_upload(io.BytesIO(b"x" * 5000), area="imports", filename="big.csv", max_bytes=4096)
    assert err.value.status == 413 and err.value.params["name"] == "big.csv"
    assert list((data_dir / "files" / "imports").iterdir()) == []


def test_office_files_are_told_apart_by_their_members(tmp_path: Path) -> None:
    def office(member: str) -> Path:
        path = tmp_path / f"{member.strip('/')}.bin"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("[Content_Types].xml", "<Types/>")
            archive.writestr(f"{member}document.xml", "<x/>")
        return path

    kinds = {m: files.sniff(office(m).read_bytes()[:8], office(m)) for m in ("word/", "xl/", "ppt/")}
    assert kinds == {"word/": "docx", "xl/": "xlsx", "ppt/": "pptx"}
    assert files.sniff(b"") == "empty" and files.sniff("운영 문서".encode()) == "text"
    assert files.sniff(b"\x89PNG\r\n\x1a\nrest") == "png" and files.sniff(b"\x00\x01\x02") == "binary"


def test_thread_stream_delivers_every_event_then_the_result() -> None:
    def work(emit):
        for i in range(50):
            emit(i)
        return "done"

    async def collect():
        events, finished = [], None
        async for item in stream_in_thread(work):
            if isinstance(item, Finished):
                finished = item.result
            else:
                events += item
        return events, finished

    assert asyncio.run(collect()) == (list(range(50)), "done")


def test_thread_stream_raises_the_work_error_after_its_events() -> None:
    def work(emit):
        emit("started")
        raise RuntimeError("boom")

    async def collect():
        seen = []
        with pytest.raises(RuntimeError, match="boom"):
            async for item in stream_in_thread(work):
                seen.append(item)
        return seen

    assert asyncio.run(collect()) == [["started"]]
