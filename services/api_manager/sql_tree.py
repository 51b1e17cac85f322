"""Facts read off a parsed statement's tree: identifiers as PostgreSQL folds them, which table names are
CTEs in scope, how many rows a literal generate_series makes, and recursion that never stops."""

from __future__ import annotations

from sqlglot import exp


def ident(node: exp.Expr | str | None) -> str:
    """An identifier as PostgreSQL resolves it: unquoted names fold to lower case."""
    if node is None:
        return ""
    if isinstance(node, exp.Identifier):
        return node.this if node.quoted else node.this.lower()
    if isinstance(node, str):
        return node.lower()
    return node.name.lower()


def _cte_names(with_: exp.With, upto: exp.Expr | None) -> set[str]:
    """CTE names visible from `upto` (a CTE of `with_`, or None for the statement body)."""
    ctes = list(with_.expressions)
    if upto is not None and not with_.args.get("recursive"):
        index = next((i for i, cte in enumerate(ctes) if cte is upto), len(ctes))
        ctes = ctes[:index]
    return {ident(cte.args["alias"].this) for cte in ctes if cte.args.get("alias")}


def is_cte_reference(table: exp.Table) -> bool:
    """Whether an unqualified table name resolves to a CTE in scope (PostgreSQL's scoping rules)."""
    if table.args.get("db") or table.args.get("catalog"):
        return False
    name = ident(table.this)
    node: exp.Expr = table
    while node.parent is not None:
        parent = node.parent
        if isinstance(parent, exp.With):
            if name in _cte_names(parent, node):
                return True
        else:
            with_ = parent.args.get("with_") or parent.args.get("with")
            if isinstance(with_, exp.With) and with_ is not node and name in _cte_names(with_, None):
                return True
        node = parent
    return False


def _int_literal(node: exp.Expr | None) -> int | None:
    if isinstance(node, exp.Neg):
        inner = _int_literal(node.this)
        return None if inner is None else -inner
    if isinstance(node, exp.Paren):
        return _int_literal(node.this)
    if isinstance(node, exp.Literal) and not node.is_string:
        try:
            return int(node.this)
        except ValueError:
            return None
    return None


def series_rows(node: exp.Expr) -> int | None:
    """Rows an integer generate_series with literal bounds produces (None when not statically known)."""
    if isinstance(node, exp.Anonymous):
        args = list(node.expressions)
    else:
        args = [node.args.get("start"), node.args.get("end"), node.args.get("step")]
    start, stop = _int_literal(args[0] if args else None), _int_literal(args[1] if len(args) > 1 else None)
    step_node = args[2] if len(args) > 2 else None
    step = 1 if step_node is None else _int_literal(step_node)
    if start is None or stop is None or not step:
        return None
    return max(0, (stop - start) // step + 1)


def unbounded_recursion(cte: exp.CTE) -> bool:
    """A recursive term that reads only itself, with no WHERE, JOIN or LIMIT, never stops."""
    if not (cte.parent and cte.parent.args.get("recursive")):
        return False
    name = ident(cte.args["alias"].this) if cte.args.get("alias") else ""
    body = cte.this
    if not isinstance(body, exp.Union):
        return False
    term = body.expression
    if not isinstance(term, exp.Select):
        return False
    if term.args.get("where") or term.args.get("joins") or term.args.get("limit"):
        return False
    from_ = term.args.get("from_") or term.args.get("from")
    sources = list(from_.find_all(exp.Table)) if from_ else []
    return bool(sources) and all(ident(t.this) == name and not t.args.get("db") for t in sources)
