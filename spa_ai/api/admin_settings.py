"""Admin REST for runtime settings (`/api/admin/settings`) and the audit viewer (`/api/admin/audit`)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from services.admin import audit_view
from services.admin.models import AuditEntryRead
from services.admin.schemas import AuditQuery, SettingRead, SettingsUpdate, SettingValue
from services.core import audit, settings_registry
from services.core.audit import AuditFilter
from services.core.errors import ValidationFailed
from services.core.pagination import Page, page_from_list
from services.core.security import Principal
from spa_ai.api.deps import PageQuery, Requires, SessionDep

router = APIRouter(prefix="/api/admin", tags=["admin"])

SettingsAdmin = Annotated[Principal, Requires("admin:settings")]
Auditor = Annotated[Principal, Requires("admin:audit")]


def _read(key: str, session: SessionDep) -> SettingRead:
    return SettingRead.model_validate(settings_registry.describe_one(key, session))


@router.get("/settings", response_model=Page[SettingRead])
def list_settings(caller: SettingsAdmin, session: SessionDep, page: PageQuery) -> Page[SettingRead]:
    """Every runtime setting by category and key, with its effective value and its source."""
    items = [SettingRead.model_validate(item) for item in settings_registry.describe(session)]
    return page_from_list(items, page.limit, page.cursor, lambda item: (item.category, item.key))


@router.get("/settings/{key}", response_model=SettingRead)
def get_setting(key: str, caller: SettingsAdmin, session: SessionDep) -> SettingRead:
    """One setting; 404 naming an unknown key."""
    return _read(key, session)


@router.put("/settings/{key}", response_model=SettingRead)
def update_setting(key: str, body: SettingValue, caller: SettingsAdmin, session: SessionDep) -> SettingRead:
    """Store a value for one setting (audited with old and new value; secrets redacted)."""
    settings_registry.update(session, actor=caller, values={key: body.value})
    return _read(key, session)


@router.patch("/settings", response_model=list[SettingRead])
def update_settings(body: SettingsUpdate, caller: SettingsAdmin, session: SessionDep) -> list[SettingRead]:
    """Store several values, all or nothing: one invalid value or unknown key (422/404 naming it) stores none."""
    keys = settings_registry.update(session, actor=caller, values=body.values)
    return [_read(key, session) for key in keys]


@router.delete("/settings/{key}", response_model=SettingRead)
def reset_setting(key: str, caller: SettingsAdmin, session: SessionDep) -> SettingRead:
    """Drop the stored value: the environment variable or the default applies again."""
    settings_registry.reset(session, actor=caller, key=key)
    return _read(key, session)


def _filter(query: Annotated[AuditQuery, Depends()]) -> AuditFilter:
    if query.since and query.until and query.since >= query.until:
        raise ValidationFailed(
            "'since' must be before 'until'", details={"field": "since"}, key="audit_range"
        )
    return AuditFilter(**query.model_dump())


AuditFilterDep = Annotated[AuditFilter, Depends(_filter)]


@router.get("/audit", response_model=Page[AuditEntryRead])
def audit_log(
    caller: Auditor, session: SessionDep, page: PageQuery, where: AuditFilterDep
) -> Page[AuditEntryRead]:
    """Audit entries newest first, filtered; pass `next_cursor` back as `cursor` for older ones."""
    rows = audit.entries_page(session, limit=page.limit, cursor=page.cursor, where=where)
    return Page(
        items=[AuditEntryRead.model_validate(row) for row in rows.items],
        next_cursor=rows.next_cursor,
        total=rows.total,
    )


@router.get("/audit.csv", response_class=StreamingResponse, responses={200: {"content": {"text/csv": {}}}})
def audit_csv(caller: Auditor, session: SessionDep, where: AuditFilterDep) -> StreamingResponse:
    """The filtered entries as CSV (newest first, at most 50,000 rows); formula-like cells start with `'`."""
    lines = list(audit_view.export_csv(session, actor=caller, where=where))  # read while the session is open
    return StreamingResponse(
        iter(lines),
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": 'attachment; filename="audit.csv"'},
    )
