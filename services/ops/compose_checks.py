"""Answer blocks that check what the question assumed: whether a looked-up CI is where the question put
it, and why an attribute value could not be used (no CI has it, or several attributes hold it)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from services.ops.compose import josa

if TYPE_CHECKING:
    from services.ops.compose import Composer


def checked(c: Composer, ci: dict[str, Any], data: dict[str, Any]) -> list[dict[str, Any]]:
    """Whether a looked-up CI is where (or what) the question said: "orders-db is not in busan-1: it is
    in seoul-1"."""
    blocks = []
    name = ci["name"]
    for check in data.get("checks", []):
        key, asked, actual = check["field"], str(check["asked"]), str(check["actual"] or "-")
        if key == "location":
            ko, en = (
                (
                    f"{josa(name, '은는')} 질문한 대로 {actual}에 있습니다.",
                    f"{name} is in {actual}, as asked.",
                )
                if check["matches"]
                else (
                    f"{josa(name, '은는')} {josa(asked, '이가')} 아니라 {actual}에 있습니다.",
                    f"{name} is not in {asked}: it is in {actual}.",
                )
            )
        elif check["matches"]:
            ko, en = (
                f"{name}의 {key}은(는) 질문한 대로 {actual}입니다.",
                f"The {key} of {name} is {actual}, as asked.",
            )
        else:
            ko = f"{name}의 {key}은(는) {josa(asked, '이가')} 아니라 {actual}입니다."
            en = f"The {key} of {name} is not {asked} but {actual}."
        blocks.append(c.say(ko, en))
    return blocks


def value_rejection(c: Composer) -> dict[str, Any]:
    """An attribute value no CI has (with the values it resembles), or one found under several keys."""
    word, options = c.plan.detail, " / ".join(c.plan.suggestions)
    if c.plan.reason == "ambiguous_value":
        word, keys = word.split("|", 1)
        return c.say(
            f"'{word}'은(는) 여러 속성의 값입니다 ({keys}). 어느 속성인지 정해 다시 물어보세요.",
            f"'{word}' is a value of several attributes ({keys}). Ask again naming one of them.",
        )
    if options:
        return c.say(
            f"속성 값이 '{word}'인 CI가 없습니다. 혹시 {options} 중 하나인가요?",
            f"No CI has an attribute value '{word}' — did you mean {options}?",
        )
    return c.say(f"속성 값이 '{word}'인 CI가 없습니다.", f"No CI has an attribute value '{word}'.")
