"""File storage under the data dir: streamed uploads with a size limit, content sniffing, SHA-256 names.

`store_upload(source, area=..., filename=..., max_bytes=...)` copies a binary stream into
`$SPA_DATA_DIR/files/<area>/` chunk by chunk, stops with a 413-style error the moment the limit is
passed (nothing stays behind), and returns a `StoredFile` with the SHA-256, size, the type sniffed from
the first bytes (never the extension) and the user's file name for messages. Files are written with
mode 0600 and named by content hash, so the same bytes stored twice are one file. `open_stored` reads a
stored file back by area and name, refusing names that could leave the area.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from services.core.errors import DomainError, NotFound, ValidationFailed
from services.core.settings import get_settings

CHUNK = 1024 * 1024
_SAFE_NAME = re.compile(r"^[0-9a-f]{64}(\.[a-z0-9]{1,8})?$")
_AREA = re.compile(r"^[a-z][a-z0-9_-]{0,40}(/[a-z0-9_-]{1,40})?$")


class TooLarge(DomainError):
    """An upload over its size limit."""

    code, status = "too_large", 413


@dataclass(frozen=True)
class StoredFile:
    """A file kept under the data dir."""

    path: Path
    sha256: str
    size: int
    kind: str  # sniffed: pdf, docx, xlsx, pptx, zip, gzip, png, jpeg, gif, webp, text, binary, empty
    filename: str  # the user's name for it (display only, never a path)


def area_dir(area: str) -> Path:
    """`$SPA_DATA_DIR/files/<area>`, created private to this user."""
    if not _AREA.match(area):
        raise ValueError(f"bad storage area {area!r}")
    path = get_settings().resolved_data_dir / "files" / area
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def display_name(filename: str | None, default: str = "upload") -> str:
    """A file name fit to show back to the user: no directories, no control characters, ≤ 200 chars."""
    name = Path((filename or "").replace("\\", "/")).name
    name = "".join(ch for ch in name if ch.isprintable()).strip()
    return name[:200] or default


def sniff(head: bytes, path: Path | None = None) -> str:
    """The type of a file from its first bytes (and, for zip containers, their member names)."""
    if not head:
        return "empty"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return _zip_kind(path) if path is not None else "zip"
    if b"\x00" in head[:4096]:
        return "binary"
    try:
        head[:4096].decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head[:4096]) - 4:  # not just a multi-byte character cut at the edge
            return "binary"
    return "text"


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist()[:2000])
    except (zipfile.BadZipFile, OSError):
        return "binary"
    if "[Content_Types].xml" in names:
        for prefix, kind in (("word/", "docx"), ("xl/", "xlsx"), ("ppt/", "pptx")):
            if any(name.startswith(prefix) for name in names):
                return kind
    return "zip"


def store_upload(
    source: BinaryIO,
    *,
    area: str,
    filename: str | None,
    max_bytes: int,
    suffix: str = "",
) -> StoredFile:
    """Stream `source` into `area`, named by SHA-256 (+ `suffix`); TooLarge past `max_bytes`."""
    target_dir = area_dir(area)
    digest = hashlib.sha256()
    size = 0
    head = b""
    fd, tmp_name = tempfile.mkstemp(dir=target_dir, prefix=".upload-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := source.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise TooLarge(
                        f"'{display_name(filename)}' is larger than {_human(max_bytes)}",
                        details={"limit_bytes": max_bytes},
                        key="file_too_large",
                        params={"name": display_name(filename), "limit": _human(max_bytes)},
                    )
                if len(head) < 8192:
                    head += chunk[: 8192 - len(head)]
                digest.update(chunk)
                out.write(chunk)
        sha = digest.hexdigest()
        final = target_dir / f"{sha}{suffix}"
        os.chmod(tmp, 0o600)
        os.replace(tmp, final)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return StoredFile(final, sha, size, sniff(head, final), display_name(filename))


def open_stored(area: str, name: str) -> Path:
    """The path of a stored file by area and its stored name; NotFound for unknown or unsafe names."""
    if not _SAFE_NAME.match(name):
        raise ValidationFailed("invalid file name", details={"field": "name"})
    path = area_dir(area) / name
    if not path.is_file():
        raise NotFound("no such file")
    return path


def _human(size: int) -> str:
    if size >= 1024**2:
        return f"{size / 1024**2:.0f} MiB"
    return f"{max(1, size // 1024)} KiB"
