"""Password hashing, tokens, API key format, redaction and translations."""

from datetime import timedelta

import pytest
from pwdlib import PasswordHash
from pwdlib.hashers.argon2 import Argon2Hasher

from services.core import audit, security
from services.core.errors import Unauthorized
from services.core.i18n import LANGUAGES, STRINGS, translate


@pytest.fixture(autouse=True)
def _secret(monkeypatch: pytest.MonkeyPatch) -> None:
    from services.core.settings import reset_settings

    monkeypatch.setenv("SPA_SECRET_KEY", "unit-test-secret-" + "k" * 32)
    reset_settings()


def test_password_roundtrip_and_wrong_password() -> None:
    hashed = security.hash_password("correct horse battery")
    assert hashed.startswith("$argon2id$v=19$m=47104,t=1,p=1$")  # OWASP's configuration
    assert security.verify_password("correct horse battery", hashed) == (True, None)
    assert security.verify_password("wrong horse battery", hashed)[0] is False


def test_verify_rehashes_when_parameters_change() -> None:
    weak = PasswordHash((Argon2Hasher(time_cost=1, memory_cost=8192),)).hash("correct horse battery")
    valid, new_hash = security.verify_password("correct horse battery", weak)
    assert valid and new_hash and new_hash != weak
    assert security.verify_password("correct horse battery", new_hash) == (True, None)


def test_unknown_user_and_garbage_hash_fail_closed() -> None:
    assert security.verify_password("x", None) == (False, None)
    assert security.verify_password("x", "not-a-hash") == (False, None)


def test_jwt_roundtrip_expiry_and_forgery() -> None:
    token, _ = security.issue_jwt(username="kim", session_id="s1")
    assert security.decode_jwt(token)["sub"] == "kim"
    expired, _ = security.issue_jwt(username="kim", session_id="s1", lifetime=timedelta(seconds=-1))
    with pytest.raises(Unauthorized, match="expired"):
        security.decode_jwt(expired)
    with pytest.raises(Unauthorized, match="invalid"):
        security.decode_jwt(token[:-4] + "AAAA")


def test_api_key_format_and_hash() -> None:
    secret, prefix, digest = security.new_api_key()
    assert secret.startswith("spa_") and security.api_key_prefix(secret) == prefix
    assert security.hash_api_key(secret) == digest and len(digest) == 64
    assert security.api_key_prefix("spa_short_x") is None
    assert security.api_key_prefix("Bearer abc") is None


def test_role_permissions_are_nested() -> None:
    roles = security.ROLE_PERMISSIONS
    assert roles["viewer"] < roles["operator"] < roles["admin"]
    assert "admin:users" not in roles["operator"]
    assert set(roles["admin"]) == set(security.PERMISSIONS)


def test_redaction_hides_secrets_at_any_depth() -> None:
    data = {"name": "k", "password": "p", "nested": [{"api_key": "a", "ok": 1}], "secret_hash": "h"}
    assert audit.redact(data) == {
        "name": "k",
        "password": "***",
        "nested": [{"api_key": "***", "ok": 1}],
        "secret_hash": "***",
    }


def test_every_string_has_both_languages() -> None:
    missing = [
        key for key, entry in STRINGS.items() if set(entry) != set(LANGUAGES) or not all(entry.values())
    ]
    assert missing == []
    assert translate("login.title", "en") == "Sign in"
    assert translate("login.title", "ko") == "로그인"
    assert translate("no.such.key", "en") == "no.such.key"
