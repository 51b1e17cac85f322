"""Window semantics as words: how the rules planner reads "how high did it get" and "ever above N".

- REACHED: the highest sample of one CI in the window ("몇 %까지 갔어", "how high did it get") = max.
- EVER: "ever / at any point / 한 번이라도 above N" = any sample beyond N, i.e. the window's max (or min
  for "below") compared with N, never the average. With a window named, a bound is read the same way
  ("DBs above 20 ms on Monday", "어제 1초 넘은 서비스") unless an aggregation is named ("averaged above").
"""

from __future__ import annotations

import re

REACHED = re.compile(
    r"까지\s*(?:갔|올라갔|올라|치솟|찍었|튀었|찼)|최고\s*(?:몇|얼마)|how high|highest (?:value|point|level)|peaked"
    r"|(?:제일|가장)\s*(?:높았|심했|많았|컸|느렸|바빴|길었)을\s*때|at (?:its|the) (?:highest|peak|worst)|how bad did"
    r"|\bhigh[- ](?:point|water mark)\b"
    r"|how (?:full|hot|slow|busy|loaded|heavy) did|얼마나\s*찼",
    re.I,
)
EVER = re.compile(
    r"한\s*번이라도|한\s*번도|순간이라도|잠깐이라도|적(?:이)?\s*있|\bever\b|at any (?:point|time|moment)|at some point",
    re.I,
)
# "16% 넘었던 서비스", "80 넘겨본 호스트", "went above 2%": ever, unless an aggregation is named ("평균이 넘었던")
EVER_PAST = re.compile(
    r"(?:넘었|넘어갔|올라갔|찍었|쳤)던|(?:넘겨|넘어|찍어)본|\bwent (?:above|over|past|beyond)\b|\b(?:spiked|peaked) (?:above|over)\b",
    re.I,
)
