"""A question written out before it is read: whitespace runs as one space, spoken forms of the planner's
words ("젤", "머", "noon", "자정 넘어서") in their written form, glued words apart ("뭐돌아", "쓰는애들")."""

from __future__ import annotations

import re

# spoken forms of the planner's words ("젤 느린 DB"), and the clock times said as words
COLLOQUIAL_WORDS = {
    "젤": "제일",
    "noon": "12:00",
    "midnight": "00:00",
    "정오": "12시",
    "자정": "0시",
    "머": "뭐",
}
COLLOQUIAL = re.compile(
    r"(?<![가-힣])젤(?= )|\b(?:noon|midnight)\b|정오|자정|(?<![가-힣])머(?=머|가|야|임|냐|지\b)|(?<=머)머",
    re.I,
)


# "화요일 자정 넘어서", "Tuesday after midnight": that day's small hours
AFTER_MIDNIGHT = re.compile(
    r"자정\s*+(?:넘어서|지나서|넘어|지나|넘고|이후|후)|\b(?:just )?(?:after|past) midnight\b", re.I
)


# "just before midnight on March 7", "자정 직전": that day's last half hour, not its first minute
BEFORE_MIDNIGHT = re.compile(
    r"\b(?:just |right |shortly )?before midnight\b|자정\s*+(?:직전|바로 ?전|전에|전)", re.I
)


# "2시반", "오후 2시 반부터": half past the hour (not "반납", "반영", "반복" …)
HALF_PAST = re.compile(r"(\d{1,2})\s*+시\s*+반(?!영|복|응|도|환|납|품|송|출|입|려|대|기|짝|값|년|월|경|드)")


# "쓰는애들", "의존하는놈들": the noun for "the ones" glued to the verb before it
GLUED_ONES = re.compile(r"(?<=[는은던된한])(?=(?:애들|놈들|것들|거들)(?![가-힣]))")
# "위에 뭐돌아", "뭐떠있어": the question word glued to the verb after it
GLUED_WHAT = re.compile(r"(?<![가-힣])(뭐|뭘)(?=돌아|돌고|떠\s*있|올라|깔려|붙어|연결)")


def normalize(question: str) -> str:
    """The question with every run of whitespace (tabs, newlines, wide spaces) as one space, trimmed, and
    spoken forms of the planner's words written out."""
    spaced = GLUED_WHAT.sub(r"\1 ", GLUED_ONES.sub(" ", " ".join(question.split())))
    spaced = BEFORE_MIDNIGHT.sub(
        lambda m: "23시 30분쯤" if m.group().startswith("자정") else "around 23:30", spaced
    )
    spaced = AFTER_MIDNIGHT.sub(lambda m: "새벽" if m.group().startswith("자정") else "dawn", spaced)
    spaced = HALF_PAST.sub(r"\1시 30분", spaced)
    return COLLOQUIAL.sub(lambda m: COLLOQUIAL_WORDS[m.group().lower()], spaced)
