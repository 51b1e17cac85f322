"""The fixed texts of OPS answers: direct answers (help, greeting, how far to trust an analysis) and
refusals by reason, in Korean and English."""

DIRECT_TEXT = {
    "trust": {
        "ko": "원인 분석은 가설의 순위입니다. 증상이 시작된 시각보다 먼저, 의존 경로를 따라 이상이 시작된 CI일수록, "
        "같은 시간대의 평소 수준(지난 며칠의 중앙값)보다 크게 벗어날수록, 장애 이벤트가 있을수록, 다른 CI들이 그 CI를 "
        "기다린 흔적(타임아웃, 호출 오류)이 있을수록 위에 둡니다. 각 가설에는 근거(메트릭, 이벤트, 시각)가 붙어 있으니 "
        "확인하고 판단해 주세요. 메트릭이나 관계가 기록되지 않은 곳의 원인은 찾지 못하며, 그럴 때는 그렇다고 답합니다.",
        "en": "Root-cause analysis ranks hypotheses: a CI ranks higher when its trouble began before the symptom "
        "and along the dependency path, when it departs further from its usual level at that time of day (the "
        "median of recent days), when it has fault events, and when others show they waited on it (timeouts, "
        "call errors). Every hypothesis carries its evidence (metrics, events, times): check it before acting. "
        "A cause in something with no recorded metrics or relations cannot be found, and the answer then says so.",
    },
    "help": {
        "ko": "인프라에 대해 한국어나 영어로 질문할 수 있습니다. 예: 'web-01의 현재 CPU 사용률은?', "
        "'지난 1시간 평균 응답시간 상위 5개 서비스', 'orders-db에 의존하는 서비스는?', "
        "'최근 24시간 critical 이벤트는 몇 건?'. 메트릭 값·집계, 상위 N개와 임계값, 구성 정보, "
        "의존 관계와 장애 영향, 이벤트, 장애 원인 분석을 답합니다.",
        "en": "Ask about your infrastructure in English or Korean, e.g. 'What is the current CPU of web-01?', "
        "'Top 5 services by average response time in the last hour', 'What depends on orders-db?', "
        "'How many critical events in the last 24 hours?'. I answer metric values and aggregates, "
        "top-N and thresholds, CI details, dependencies and impact, events and root-cause analysis.",
    },
    "hello": {
        "ko": "안녕하세요! 저는 SPA AI 운영 도우미입니다. 인프라의 메트릭, 구성, 의존 관계, 이벤트에 대해 물어보세요.",
        "en": "Hello! I am the SPA AI operations assistant. Ask me about metrics, configuration, "
        "dependencies and events of your infrastructure.",
    },
}
REJECT_TEXT = {
    "out_of_scope": {
        "ko": "인프라 운영과 관련된 질문에만 답할 수 있습니다.",
        "en": "I can only answer questions about your infrastructure and its operations.",
    },
    "unknown_ci": {
        "ko": "'{detail}'라는 구성 항목(CI)을 찾을 수 없습니다. 이름을 확인해 주세요.",
        "en": "There is no CI named '{detail}'. Please check the name.",
    },
    "two_questions": {
        "ko": "두 가지를 한 번에 물으셨습니다. 한 번에 한 질문씩 답합니다: 아래 질문을 하나씩 물어보세요.",
        "en": "This asks two things at once; I answer one question at a time. Ask them one by one:",
    },
    "no_context": {
        "ko": "앞선 질문이 없어 무엇을 가리키는지 알 수 없습니다. CI 이름을 넣어 다시 물어보세요.",
        "en": "There is no earlier question here to refer to, so I can't tell what you mean. "
        "Ask again naming the CI.",
    },
    "unclear": {
        "ko": "질문을 이해하지 못했습니다. CI 이름, 메트릭, 기간을 포함해 다시 질문해 주세요.",
        "en": "I couldn't understand the question. Please name a CI, a metric or a time range.",
    },
}
