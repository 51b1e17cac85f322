"""OPS: questions about the estate → plan → validate → execute tools → compose → present."""
