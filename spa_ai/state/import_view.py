"""The infrastructure import's outcome in the user's words, from the job view (services/core/jobs.py
`job_view`) whose result is the import report (services/infra/importer.py `ImportReport.to_dict()`).

An import ends in one of four outcomes: every file applied (succeeded), some files applied and some
refused (partial), no file applied because each had rejected rows (nothing), or the archive could not be
imported at all (failed). Texts come in both languages, so a language switch needs no reload; the file
is always named as the user chose it, never by its stored job id. Pure functions; unit-tested.
"""

from __future__ import annotations

import re
from typing import Any

from services.core.i18n import LANGUAGES, translate

SUCCEEDED, PARTIAL, NOTHING, FAILED = "succeeded", "partial", "nothing", "failed"
OUTCOME_COLORS = {SUCCEEDED: "green", PARTIAL: "amber", NOTHING: "red", FAILED: "red"}
MAX_ERRORS_SHOWN = 3
ACCEPTED_SUFFIXES = (".zip",)

_STORED = re.compile(r"[0-9a-f]{32}\.zip")
_CLASS_PREFIX = re.compile(r"^[A-Z][A-Za-z0-9_]*(Error|Exception|Failed|Failure)?: ")
_FOREIGN = re.compile(r"unexpected file '([^']*)' in archive")
# Archive-level problems the importer and the job report (English), mapped to UI strings.
_REASONS: tuple[tuple[str, str], ...] = (
    ("is not a zip archive", "infra.import_err_not_zip"),
    ("no interchange files found", "infra.import_err_empty"),
    ("archive expands beyond", "infra.import_err_too_big"),
    ("upload larger than", "infra.import_err_too_big"),
    (" given for ", "infra.import_err_duplicate"),
    ("is no longer active", "infra.import_err_user"),
    ("uploaded archive is missing", "infra.import_err_missing"),
    ("abandoned:", "infra.import_err_abandoned"),
)


def both(key: str, **params: object) -> dict[str, str]:
    """UI string `key` in every language."""
    return {lang: translate(key, lang, **params) for lang in LANGUAGES}


def outcome(view: dict[str, Any]) -> str:
    """succeeded | partial | nothing | failed for a finished job; '' while it runs."""
    status = view.get("status")
    if status == "failed":
        return FAILED
    if status != "succeeded":
        return ""
    result = view.get("result") or {}
    if result.get("ok", True):
        return SUCCEEDED
    files = result.get("files") or []
    return PARTIAL if any(f.get("applied") and f.get("accepted") for f in files) else NOTHING


def clean_message(text: str, filename: str) -> str:
    """A service message fit to show: no exception class prefix, the user's file name for the stored one."""
    text = _CLASS_PREFIX.sub("", text.strip())
    return _STORED.sub(filename, text) if filename else text


def failure_reasons(view: dict[str, Any], filename: str) -> list[dict[str, str]]:
    """Why a failed import could not run, one entry per problem, in every language."""
    result = view.get("result") or {}
    problems = list(result.get("errors") or []) or [str(view.get("error") or "")]
    foreign = [m.group(1) for p in problems if (m := _FOREIGN.search(p))]
    reasons: list[dict[str, str]] = []
    if foreign:
        reasons.append(both("infra.import_err_foreign", files=", ".join(foreign[:5])))
    for problem in problems:
        if _FOREIGN.search(problem) or not problem.strip():
            continue
        key = next((k for marker, k in _REASONS if marker in problem), None)
        if key:
            entry = both(key, file=filename)
        else:
            entry = both("infra.import_err_other", reason=clean_message(problem, filename))
        if entry not in reasons:
            reasons.append(entry)
    return reasons or [both("infra.import_err_other", reason="?")]


def _file_detail(entry: dict[str, Any], lang: str) -> str:
    errors = entry.get("errors") or []
    parts = [
        translate("infra.import_row_error", lang, row=e.get("row"), reason=e.get("reason"))
        if e.get("row")
        else str(e.get("reason"))
        for e in errors[:MAX_ERRORS_SHOWN]
    ]
    more = int(entry.get("rejected") or 0) - len([e for e in errors[:MAX_ERRORS_SHOWN] if e.get("row")])
    if len(errors) > MAX_ERRORS_SHOWN and more > 0:
        parts.append(translate("infra.import_more_rows", lang, count=more))
    return " · ".join(parts)


def file_rows(view: dict[str, Any]) -> list[dict[str, str]]:
    """The report's files as table rows: counts, applied or not, and why not (both languages)."""
    rows = []
    for entry in (view.get("result") or {}).get("files") or []:
        row = {
            "file": str(entry.get("file", "")),
            "accepted": str(entry.get("accepted", 0)),
            "rejected": str(entry.get("rejected", 0)),
            "applied": "yes" if entry.get("applied") else "no",
        }
        for lang in LANGUAGES:
            row[f"detail_{lang}"] = _file_detail(entry, lang)
        rows.append(row)
    return rows


def summary(view: dict[str, Any], filename: str) -> dict[str, str]:
    """One sentence saying what the import changed, in every language."""
    kind = outcome(view)
    result = view.get("result") or {}
    files = result.get("files") or []
    applied = [f for f in files if f.get("applied")]
    refused = [f for f in files if not f.get("applied")]
    file = filename or str(result.get("source") or "")
    if kind == SUCCEEDED:
        rows = sum(int(f.get("accepted") or 0) for f in applied)
        return both("infra.import_sum_succeeded", file=file, rows=rows, files=len(applied))
    if kind == PARTIAL:
        return both(
            "infra.import_sum_partial",
            applied=", ".join(str(f.get("file")) for f in applied),
            refused=", ".join(str(f.get("file")) for f in refused),
        )
    if kind == NOTHING:
        return both("infra.import_sum_nothing", file=file, rejected=int(result.get("rejected") or 0))
    if kind == FAILED:
        return both("infra.import_sum_failed", file=file)
    return {lang: "" for lang in LANGUAGES}


def refused_selection(rejections: list[dict[str, Any]]) -> dict[str, str]:
    """Why the file picker refused what was dropped or chosen (react-dropzone's rejections)."""
    names, too_many = [], False
    for item in rejections or []:
        file = item.get("file") or {}
        raw = str(file.get("path") or file.get("name") or "")
        names.append(raw.rsplit("/", 1)[-1])
        too_many |= any((e or {}).get("code") == "too-many-files" for e in item.get("errors") or [])
    if too_many:
        return both("infra.import_one_file")
    return both("infra.import_refused_type", file=", ".join(n for n in names if n) or "?")


def accepted_name(filename: str) -> bool:
    """Whether the server takes an upload by this name (the import runs on one zip archive)."""
    return filename.lower().endswith(ACCEPTED_SUFFIXES)
