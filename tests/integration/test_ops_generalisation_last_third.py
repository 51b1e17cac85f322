"""The last third of the estates of test_ops_generalisation.py, asked the same way (a file of its own so
that another test worker takes it)."""

import json

import pytest

from tests.integration.test_ops_generalisation import (  # noqa: F401 (fixtures and the test itself)
    FIXTURES,
    estates_part,
    session,
    test_the_estate_questions_generalise,
)


@pytest.fixture(params=estates_part(2))
def golden(request: pytest.FixtureRequest) -> dict:
    return json.loads((FIXTURES / request.param).read_text()) | {"file": request.param}
