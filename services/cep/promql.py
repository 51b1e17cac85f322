"""A small, strict parser for the PromQL subset CEP can import: `<selector> <op> <number>` (or the
number first), the selector optionally wrapped in `avg_over_time` / `min_over_time` /
`max_over_time(...[d])`. Anything else raises `Unsupported` naming why (set operators, joins, other
functions and aggregations, arithmetic, modifiers). Nothing is evaluated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OVER_TIME = ("avg_over_time", "min_over_time", "max_over_time")
COMPARISONS = (">=", "<=", "==", "!=", ">", "<")
FLIPPED = {">": "<", "<": ">", ">=": "<=", "<=": ">=", "==": "==", "!=": "!="}
SET_OPERATORS = ("and", "or", "unless")
MODIFIERS = ("offset", "bool", "on", "ignoring", "group_left", "group_right")
AGGREGATIONS = (
    "sum",
    "avg",
    "min",
    "max",
    "count",
    "group",
    "stddev",
    "stdvar",
    "topk",
    "bottomk",
    "quantile",
)
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800, "y": 31536000}
_DURATION = re.compile(r"^(?:\d+(?:ms|s|m|h|d|w|y))+$")
_STRING = re.compile(r"""\"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'""")
_TOKEN = re.compile(
    r"""\s*(?:
    (?P<number>[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|Inf|NaN))(?![A-Za-z_:\d])
  | (?P<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')
  | (?P<duration>\[[^\]]*\])
  | (?P<ident>[A-Za-z_:][A-Za-z0-9_:]*)
  | (?P<op>=~|!~|>=|<=|==|!=|[-+*/%^<>=,(){}])
    )""",
    re.VERBOSE,
)


class Unsupported(Exception):
    """The expression lies outside the importable subset; the message is the reason."""


@dataclass(frozen=True)
class Comparison:
    """`query op threshold`, where `query` is a canonical selector (or `*_over_time(selector[d])`)."""

    query: str
    op: str
    threshold: float


def duration_seconds(text: str, field: str) -> int:
    """Seconds of a Prometheus duration (`90s`, `1h30m`); sub-second parts round up."""
    text = str(text).strip()
    if not _DURATION.fullmatch(text):
        raise Unsupported(f"{field}: '{text[:40]}' is not a Prometheus duration")
    total = sum(int(n) * _UNITS[u] for n, u in re.findall(r"(\d+)(ms|s|m|h|d|w|y)", text))
    return int(-(-total // 1))


def format_duration(seconds: int) -> str:
    """The shortest Prometheus duration for whole `seconds`."""
    if seconds == 0:
        return "0s"
    parts = []
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60), ("s", 1)):
        if seconds >= size:
            parts.append(f"{seconds // size}{unit}")
            seconds %= size
    return "".join(parts)


def _tokens(expr: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(expr):
        if expr[pos:].strip() == "":
            break
        match = _TOKEN.match(expr, pos)
        if match is None or match.end() == pos:
            raise Unsupported(f"unexpected character at '{expr[pos : pos + 20].strip()}'")
        kind = match.lastgroup or ""
        out.append((kind, match.group(kind)))
        pos = match.end()
    return out


class _Parser:
    """Recursive descent over the importable subset; anything else raises `Unsupported` with a reason."""

    def __init__(self, expr: str) -> None:
        bare = _STRING.sub('""', expr)
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", bare):
            if word in SET_OPERATORS:
                raise Unsupported(f"set operator '{word}' combines several expressions")
            if word in MODIFIERS:
                raise Unsupported(f"modifier '{word}' is not supported")
        if "@" in bare:
            raise Unsupported("modifier '@' is not supported")
        self.tokens = _tokens(expr)
        self.pos = 0

    def peek(self, offset: int = 0) -> tuple[str, str]:
        index = self.pos + offset
        return self.tokens[index] if index < len(self.tokens) else ("end", "")

    def take(self, kind: str, value: str | None = None) -> str:
        got_kind, got = self.peek()
        if got_kind != kind or (value is not None and got != value):
            raise Unsupported(f"expected {value or kind}, found '{got or 'end of expression'}'")
        self.pos += 1
        return got

    def parse(self) -> Comparison:
        if self.peek()[0] == "number":
            threshold = self.number()
            op = self.comparison()
            query = self.operand()
            op = FLIPPED[op]
        else:
            query = self.operand()
            op = self.comparison()
            if self.peek()[0] != "number":
                raise Unsupported("comparison between two series (a join) is not supported")
            threshold = self.number()
        if self.peek()[0] != "end":
            raise Unsupported(f"arithmetic or more terms after the comparison ('{self.peek()[1]}')")
        return Comparison(query=query, op=op, threshold=threshold)

    def number(self) -> float:
        text = self.take("number")
        value = float(text)
        if value != value or value in (float("inf"), float("-inf")):
            raise Unsupported("the threshold must be a finite number")
        return value

    def comparison(self) -> str:
        kind, value = self.peek()
        if kind == "op" and value in COMPARISONS:
            self.pos += 1
            return value
        if kind == "end":
            raise Unsupported("no comparison with a number (the expression is not a threshold)")
        raise Unsupported(f"operator '{value}' where a comparison was expected (arithmetic is not supported)")

    def operand(self) -> str:
        kind, value = self.peek()
        if kind == "ident" and value in AGGREGATIONS and self.peek(1)[1] in ("(", "by", "without"):
            raise Unsupported(f"aggregation '{value}' is not supported")
        if kind == "ident" and self.peek(1) == ("op", "("):
            if value not in OVER_TIME:
                raise Unsupported(f"function or aggregation '{value}' is not supported")
            self.pos += 2
            selector = self.selector()
            window = self.take("duration")
            seconds = duration_seconds(window[1:-1], "range")
            self.take("op", ")")
            return f"{value}({selector}[{format_duration(seconds)}])"
        if kind == "op" and value == "(":
            raise Unsupported("parenthesised sub-expressions are not supported")
        selector = self.selector()
        if self.peek()[0] == "duration":
            raise Unsupported("a range vector needs avg/min/max_over_time")
        return selector

    def selector(self) -> str:
        name = ""
        if self.peek()[0] == "ident":
            name = self.take("ident")
        matchers: list[str] = []
        if self.peek() == ("op", "{"):
            self.pos += 1
            while self.peek() != ("op", "}"):
                label = self.take("ident")
                kind, op = self.peek()
                if kind != "op" or op not in ("=", "!=", "=~", "!~"):
                    raise Unsupported(f"label matcher '{label}' needs = != =~ or !~")
                self.pos += 1
                value = self.take("string")
                matchers.append(f'{label}{op}"{_unquote(value)}"')
                if self.peek() == ("op", ","):
                    self.pos += 1
            self.take("op", "}")
        if not name and not matchers:
            raise Unsupported(f"expected a metric selector, found '{self.peek()[1] or 'end of expression'}'")
        inner = ",".join(matchers)
        return f"{name}{{{inner}}}" if matchers else name


def _unquote(literal: str) -> str:
    body = literal[1:-1]
    if literal[0] == "'":
        body = body.replace("\\'", "'").replace('"', '\\"')
    return body


def parse_expr(expr: str) -> Comparison:
    """The comparison in `expr`, or `Unsupported` naming why it cannot be imported."""
    return _Parser(expr).parse()
