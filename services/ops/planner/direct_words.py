"""Questions the assistant answers directly, without a tool: the time now and the timezone of answers, what
it can see and do (read only), how far to trust an analysis, help, and greetings."""

from __future__ import annotations

import re

DIRECT_TIME = re.compile(  # the time now ("지금 몇시야"), not when something happened ("몇시에 시작했어")
    r"몇\s*시(?:야|예요|에요|입니까|인가|인지|임|냐|\s*[?？]|\s*$)|what time is it|what(?:'s| is) the time"
    r"|(?:한국|서울|현지) ?시간 ?(?:\((?:KST|UTC)\) ?)?기준|(?:which|what) time ?zone|시간대(?:는| 기준| 뭐)"
    r"|(?<![a-z])\(?(?:KST|UTC|GMT)\)?\s*(?:기준|로|으로)|\b(?:times?|hours?) (?:are |is )?(?:shown |given )?in (?:KST|UTC)\b"
    r"|current time|today'?s date|오늘 (?:며칠|날짜)|what day is (?:it|today)"
    # "시간은 다 한국시간이지?", "are these times in KST?": the zone the answers' times are given in
    r"|(?:한국|서울|현지)\s*+시간(?:이지|이야|이죠|인가|인지|맞|이에요|이냐)|(?<![a-z])(?:kst|utc)\s*+(?:야|이야|예요|인가|맞)"
    r"|\b(?:are|is) (?:the |these |those |all |your )*times? (?:all )?(?:in )?(?:korean|korea|local|kst|utc)\b",
    re.I,
)
DIRECT_SELF = re.compile(  # questions about the assistant itself: what it can see and use
    r"what (?:can|do) you (?:see|access|read|know about)|what (?:data|tools|information) (?:can|do) you"
    r"|what do you have access to|which (?:data|tools) (?:can|do) you|your (?:data|tools|access|permissions)"
    r"|(?:which|what) (?:data ?sources|sources|systems|tools|data) (?:can |do )?you (?:look at|use|read|see|check|query)"
    r"|(?:which|what) (?:data ?sources?|sources|systems|tools|data|information) (?:can|do|does|will) (?:you|the assistant)\b"
    r"|what (?:are|r) you able to|what can you (?:look at|check|query)|how do you (?:go about |)(?:work out|find|figure out"
    r"|finding|working out|figuring out"
    r"|determine|decide|rank|compute|calculate|pick|choose|know|get|answer)"
    r"|(?:넌|너는|니가|네가|당신은) .{0,20}(?:기반|근거|바탕)|(?:무슨|어떤) (?:데이터|정보|근거)(?:를|을|로|으로)? ?(?:기반|바탕)"
    r"|어떻게 (?:분석|판단|찾|계산|답)(?:해|하|아|을)|(?:분석|조회|확인)도 ?(?:해 ?줘|돼|되나|가능)\S*\s*어떻게"
    r"|(?:뭘|무엇을|뭐|(?:어떤|무슨) (?:데이터|정보|도구|것)(?:를|을)?|(?:데이터|정보|도구)(?:를|을)?) ?"
    r"(?:볼|조회할|쓸|사용할|접근할) 수 있"
    r"|볼 수 있는 (?:데이터|정보|것)|(?:쓸|사용할) 수 있는 도구|접근 (?:권한|범위)"
    r"|(?:어떤|무슨) (?:데이터|정보)(?:를|을)? ?(?:보고|갖고|가지고) (?:있|대답|답)|what data (?:do you|are you) (?:see|have|looking)"
    r"|(?:your )?answers? (?:are )?based on|what (?:data|information) (?:are|is) (?:your|the) answers?"
    # "니가 장애 조치도 해줄수 있어?", "can you also fix incidents?": what it does (reads, never changes)
    r"|(?:니가|네가|너는?|넌)\s++[^?？]{0,20}?(?:해\s*+줄\s*+수|할\s*+수)\s*+있"
    r"|\bcan you (?:also |even )?(?:fix|resolve|remediate|repair|take action on) (?:incidents|outages|problems|issues)\b"
    # "can you change anything in our systems?": whether it may change things at all, not a change asked
    r"|\b(?:can|could|are) you (?:able to )?(?:change|modify|alter|edit|touch|write to) (?:anything|things|stuff)\b"
    r"|\b(?:can|could|are|do) you (?:able to )?(?:make|do|apply|perform) (?:any )?(?:changes|writes|modifications)\b"
    r"|\b(?:are you|is it|is this|is the assistant) (?:only |just )?read[- ]only\b|(?:너|넌|니가|이거).{0,10}읽기 ?전용"
    # "can you change anything in prod for me, or only read?", "where do your numbers come from?"
    r"|\bor (?:do you )?(?:only|just) (?:read|look)\b|\bread[- ]only\b.{0,20}\byou\b|\byou\b.{0,30}\bread[- ]only\b"
    r"|where (?:do|does) (?:your|the) (?:numbers|data|figures|answers|metrics) come from"
    r"|(?:답변|응답|시간|시각)\s*+(?:시간\s*+)?기준(?:이)?\s*+(?:KST|UTC|한국 ?시간|몇 ?시|어디)",  # "답변 시간 기준 KST 맞지?"
    re.I,
)
# how far to trust an analysis: "원인분석 결과 얼마나 믿을만해?", "how reliable is your RCA?"
DIRECT_TRUST = re.compile(
    r"(?:얼마나|어느 ?정도) ?(?:믿을 ?만|믿어|정확|신뢰)|믿어도 (?:돼|되|될|됨|됩)|how (?:reliable|accurate|trustworthy)\b"
    r"|can i trust|how (?:much|far) (?:can|should) i (?:trust|rely)",
    re.I,
)
DIRECT_HELP = re.compile(
    r"what can you do|help\b|how do i use|무엇을 할 ?수|뭘 할 ?수|뭐 할 ?수|할 ?수 있는 (?:게|것)|도움말"
    r"|(?:뭐|뭘|무엇을?) 할 ?줄 알|할 ?줄 아는 (?:게|거|것)"
    r"|사용법|what (?:can|should) i ask|what (?:kinds? of |sorts? of |types? of )?questions|(?:뭘|뭐|무엇을|무얼) ?물어|(?:어떤|무슨) 질문"
    r"|(?:어떤 식으로|어떻게) (?:물어|질문)|how (?:do|should) i (?:ask|phrase|word)|how to ask"
    r"|(?:어떤|무슨) ?(?:거|것|걸|얘기) ?물어(?:볼|봐도)"
    # "너 뭐 도와줄수 있어?", "what can you help me with?"
    r"|(?:뭐|뭘|무엇을?|어떤 ?(?:거|것|걸|일))\s*+도와\s*+(?:줄|주실|드릴)\s*+수|what can you help(?: me| us)? with",
    re.I,
)
# a message opening with a greeting: a greeting, unless what follows asks something ("hey, is X down?")
GREETING = re.compile(r"^\s*+(?:hi|hello|hey|yo|안녕|반가워|하이)(?![a-z])", re.I)
DIRECT_HELLO = re.compile(  # a greeting alone ("hey, is something broken?" asks what is wrong)
    r"^\s*(?:hi|hello|hey|yo|안녕(?:하세요|하십니까)?|반가워(?:요)?|하이)(?:\s++there)?[\s!.,~?？]*$|who are you|너는 누구|넌 누구|당신은 누구|your name"
    r"|(?:넌|너는|너) 뭐 ?하는 (?:봇|애|놈|거|앱)|what are you\b|(?:너|넌|너는) 누구"
    r"|이름이 뭐|thank|고마워|감사",
    re.I,
)


def about_the_assistant(structure: str) -> bool:
    """Whether a question is about the assistant itself, help or a greeting — never a follow-up of the
    answer before it ("are you able to make changes, or is it read-only?": "it" is no CI)."""
    return any(
        pattern.search(structure) for pattern in (DIRECT_SELF, DIRECT_TRUST, DIRECT_HELP, DIRECT_HELLO)
    )
