"""Bad input: every broken or hostile file fails alone, with a reason a user can act on, and the
documents queued after it are still processed."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from services.core.errors import DomainError
from services.core.files import TooLarge
from services.core.security import SYSTEM
from services.documents import reads, service
from services.documents.models import Document
from tests.integration.docs_helpers import run_jobs, upload_bytes


def _encrypted_pdf() -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="secret", owner_password="owner")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _zip_bomb(kind: str) -> bytes:
    prefix = {"docx": "word/", "xlsx": "xl/", "pptx": "ppt/"}[kind]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr(f"{prefix}document.xml", b"\0" * (400 * 1024**2))
    return out.getvalue()


def _huge_png() -> bytes:
    out = io.BytesIO()
    Image.new("1", (10000, 5000)).save(out, format="PNG")  # 50 Mpx, a few KB compressed
    return out.getvalue()


def _status(session, doc_id: str) -> Document:
    session.expire_all()
    doc = session.get(Document, doc_id)
    assert doc is not None
    return doc


def test_broken_files_fail_alone_and_the_rest_are_processed(session):
    bad = {
        "encrypted.pdf": (_encrypted_pdf(), "password"),
        "corrupt.pdf": (b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage" * 10, "damaged"),
        "bomb.docx": (_zip_bomb("docx"), "zip bomb"),
        "bomb.xlsx": (_zip_bomb("xlsx"), "zip bomb"),
        "bomb.pptx": (_zip_bomb("pptx"), "zip bomb"),
        "huge.png": (_huge_png(), "pixels"),
        "blank.txt": (b"   \n\n  ", "no text"),
    }
    good = "# 정상 문서\n\n디스크 사용률이 90%를 넘으면 로그를 정리합니다.\n"
    ids = {name: upload_bytes(session, SYSTEM, name, data)["id"] for name, (data, _) in bad.items()}
    ok = upload_bytes(session, SYSTEM, "good.md", good.encode())["id"]
    run_jobs()
    for name, (_, reason) in bad.items():
        doc = _status(session, ids[name])
        assert doc.status == "failed", name
        assert reason in (doc.error or "").lower(), (name, doc.error)
        assert doc.failed_stage in ("extracting", "chunking"), (name, doc.failed_stage)
        assert doc.chunk_count == 0
    assert _status(session, ok).status == "done"


def test_failure_reasons_are_kept_as_keys_and_shown_in_the_users_language(session):
    corrupt = upload_bytes(session, SYSTEM, "corrupt.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\nx" * 10)
    empty = upload_bytes(session, SYSTEM, "empty.md", b" \n\n \n")
    run_jobs()
    expected = {
        corrupt["id"]: ("docs_pdf_damaged", "PDF가 손상되어 읽을 수 없습니다", "the PDF is damaged"),
        empty["id"]: ("docs_text_empty", "파일에 텍스트가 없습니다", "the file contains no text"),
    }
    for doc_id, (key, korean, english) in expected.items():
        item = reads.summary(_status(session, doc_id))
        assert item["status"] == "failed" and item["error_key"] == key
        assert reads.failure_reason(item, "ko").startswith(korean)
        assert reads.failure_reason(item, "en").startswith(english) and item["error"].startswith(english)
    assert "PDFium" in reads.summary(_status(session, corrupt["id"]))["error_params"]["detail"]
    retried = service.retry(session, actor=SYSTEM, document_id=corrupt["id"])
    session.commit()
    item = reads.summary(_status(session, retried["id"]))
    assert (item["error"], item["error_key"], item["error_params"]) == (None, None, {})


@pytest.mark.parametrize(
    ("name", "data", "code"),
    [
        ("empty.pdf", b"", "validation_failed"),
        ("archive.docx", b"PK\x03\x04" + b"\0" * 100, "unsupported_type"),
        ("photo.gif", b"GIF89a" + b"\0" * 100, "unsupported_type"),
        ("data.gz", b"\x1f\x8b\x08" + b"\0" * 100, "unsupported_type"),
        ("program.txt", b"\x7fELF\x02\x01\x01\0\0\0\0\0" * 100, "unsupported_type"),
    ],
)
def test_refused_at_upload_with_the_reason(session, name, data, code):
    with pytest.raises(DomainError) as refused:
        upload_bytes(session, SYSTEM, name, data)
    assert refused.value.code == code
    assert name in refused.value.message
    session.rollback()
    assert session.query(Document).count() == 0


def test_wrong_extension_is_read_by_content(session):
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format="PNG")
    answer = upload_bytes(session, SYSTEM, "really-a-png.pdf", out.getvalue())
    assert _status(session, answer["id"]).kind == "png"
    text = upload_bytes(session, SYSTEM, "notes.pdf", b"plain words, not a PDF")
    assert _status(session, text["id"]).kind == "txt"


def test_large_text_file_fails_with_the_limit(session, monkeypatch):
    line = "서버 점검 로그 server maintenance log line with enough words to be chunked\n"
    data = (line * (50 * 1024**2 // len(line.encode()))).encode()
    assert len(data) > 49 * 1024**2
    doc_id = upload_bytes(session, SYSTEM, "huge.txt", data)["id"]
    small = upload_bytes(session, SYSTEM, "small.txt", "디스크 정리 절차".encode())["id"]
    run_jobs()
    doc = _status(session, doc_id)
    assert doc.status == "failed" and "limit" in (doc.error or "")
    assert _status(session, small).status == "done"
    monkeypatch.setenv("SPA_DOCS_MAX_UPLOAD_MB", "1")
    with pytest.raises(TooLarge):
        upload_bytes(session, SYSTEM, "huge-again.txt", data + b"x")
