"""Small builders shared by integration tests (real database, real services)."""

from __future__ import annotations

from sqlmodel import Session

from services.admin.models import User
from services.admin.service import create_user
from services.core.security import SYSTEM

PASSWORD = "s3cure-passw0rd"


def make_user(session: Session, username: str, role: str, password: str = PASSWORD) -> User:
    """Create and commit a user."""
    user = create_user(session, actor=SYSTEM, username=username, password=password, role=role)
    session.commit()
    return user
