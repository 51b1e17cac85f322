"""The last third of the estates of test_ops_generalisation.py, asked the same way (a file of its own so
that another test worker takes it)."""

from tests.integration.test_ops_generalisation import (  # noqa: F401 (fixtures and the test itself)
    estates_part,
    session,
    test_the_estate_questions_generalise,
)

golden = estates_part(2)
