"""Many rows in one statement: the rows as one JSON parameter, read back with `json_to_recordset`.

A multi-row VALUES is compiled and parsed again for every row count, and psycopg quotes the elements of
text arrays (`unnest`) with a regular expression each: at hundreds of rows per inbox batch either costs
more CPU than the rows' own work. One document from the C JSON encoder costs little on both sides.
Values that are not JSON types (timestamps) are written with `str`, which PostgreSQL parses back.
"""

from __future__ import annotations

import json
from typing import Any


def rows_json(rows: list[dict[str, Any]]) -> str:
    """`rows` as the JSON array `json_to_recordset(CAST(:rows AS json))` reads."""
    return json.dumps(rows, default=str, separators=(",", ":"))
