"""On-call vocabulary of the rules planner, in Korean and English: why and what-caused questions, what
happened to a CI, what is wrong now, health, and since-when questions."""

from __future__ import annotations

import re

# a health question of a name and one word: "X OK now?", "X healthy?" (the name blanked)
_BARE_HEALTH = (
    r"^\s*(?:ok|okay|fine|healthy|alright|all right)"
    r"(?:\s++(?:now|right now|atm|again|at the moment|currently|today))?\s*\??$"
)
HEALTH = re.compile(
    r"anything wrong|any (?:problems?|issues?)|\bhealthy\b|\bhealth\b|how is .* doing|문제(?:가)? 있|이상(?:이)? 있"
    r"|(?:문제|이상)\s*+(?:이|가|은|는)?\s*+없"  # "X 이상없어?": whether it is fine
    r"|\blook(?:s|ing)?\s++(?:normal|ok|okay|fine|healthy|good|alright)\b"  # "X looking normal now?"
    r"|(?:뭐가|뭔가|무슨|어디가)\s*+문제(?:야|임|인가|냐|지|인데|일까)"  # "X 뭐가 문제야?": what is wrong with X
    r"|what(?:'s| is) (?:wrong|up|going on|the (?:problem|issue)) with"
    r"|^(?:is|are) .{1,80}? (?:ok|okay|fine|alright|all right|up|healthy|working|down|broken|failing)"
    r"(?:\s++(?:now|right now|atm|again|today|at the moment|currently))?\s*\??$"
    rf"|{_BARE_HEALTH}"
    r"|\bin (?:good|bad) shape\b|괜찮|괜춘|정상이(?:야|지|니|냐|죠|에요|예요)|정상임|정상\s*+\??$|정상인(?:가|지|거|거지|거야)|정상 ?맞|정상으로 돌아|정상 ?됐|정상 ?되|돌아왔|복구됐|복구 됐|멀쩡|건강|어때\??$|죽었(?:어|나|니|냐)\??$|살아 ?있",
    re.I,
)
# verbs of a symptom a why may end on ("why did it spike?"): read with the why, no word left over
SYMPTOM_VERBS = ("spike", "spiked", "spiking", "surge", "surged", "jumped", "dipped", "tanked", "crashed")
_SYMPTOMS = (
    r"(?:failures?|errors?|outages?|incidents?|slowness|slowdown|latency|timeouts?|spikes?|problems?|issues?"
    r"|degradation|lag|gaps?|delays?|drops?|hangs?|stalls?|[45]xxs?|[45]\d\ds)"
)
WHY = re.compile(
    r"\bwhy\b|\brca\b|root cause|cause|causing|caused|원인|왜|이유|what(?:'s| is| was) behind (?:it|this|that|these|those)\b"
    # "모델 문제야?", "네트워크 탓임?": a cause guessed by its noun (not "뭐가 문제야?", what is wrong)
    r"|(?<![가-힣a-z0-9])(?!(?:뭐가|뭐|뭔|무슨|어떤|어디가|어디|제일|가장|지금|진짜|정말|별)\s*+(?:문제|탓))"
    r"[가-힣a-z0-9]{1,12}?\s*+(?:문제|탓)\s*+(?:야|임|인가|일까|냐|아님|아냐|아니야|아닌가|아닐까)\s*+[?？]?\s*+$"
    # "X 올린거 때문에 멈춘거 아냐?": a cause guessed, asked to be confirmed
    r"|(?:때문에|땜에|때매|탓에)\s*+[^?？]{0,30}?(?:아냐|아니야|아님|아닌가|아닐까)\s*+[?？]?\s*+$"
    # "what's behind the resend warnings?": a symptom's cause ("what's behind the load balancer?" is topology)
    r"|what(?:'s| is| was| are| were) behind\s++(?:(?:the|these|those|all)\s++)?(?:[\w-]++\s++){0,4}?(?:warnings?|errors?|alerts?"
    r"|alarms?|failures?|outages?|timeouts?|slowness|slowdowns?|latency|spikes?|drops?|delays?|retries|resends?|lag"
    r"|incidents?|problems?|issues?|crash(?:es)?|restarts?)\b"
    r"|what made|\btrigger(?:ed|s)?\b|how come|어째서|뭐 때문|무엇 때문|때문(?:이|임|인|일|\?)|탓(?:이|임|인|일|야|\?)|(?:때문에|땜에|때매|땜시|때메|탓에)\s*+\?"
    r"|\bwhat took\b.{0,60}?\b(?:down|offline|out)\b|\bwhat (?:actually |really |exactly )?(?:broke|killed|stalled|slowed|froze|blocked)\b"
    r"|(?:서|때문에|땜에|때매|땜시|때메|탓에) 그런 ?(?:거|건)(?:야|임|지|냐|가| ?맞|\?|$)"  # "폴링주기 바꿔서 그런거야?": a cause
    # "purge 배치 돌려서 F3 MES 멈춘거임?", "룰 배포해서 RTD 느려진거야?": did that cause this
    r"|(?:서|때문에|땜에|때매|땜시|때메|탓에) [^?]{0,40}?(?:진|난|된|죽은|멈춘|터진|끊긴|밀린|뻗은|튄|막힌) ?(?:거|건)(?:야|임|지|냐|가| ?맞|\?|$)"
    r"|\bwas it (?:the|its|a|that) (?:deploy|deployment|release|restart|config|change|rollback|migration|patch)"
    # "배포 문제 아님?", "패치 때문 아냐?": was the change the cause
    r"|(?:배포|변경|패치|설정|업데이트|업글|릴리스|릴리즈)\s*+(?:문제|탓|때문)\s*+(?:아님|아냐|아닌|아니|인가|일까|같은)"
    r"|(?:배포|변경|패치|설정|업데이트|업글|릴리스|릴리즈)\s*+(?:문제|탓|때문)"  # "배포 문제?", "배포 문제였어?"
    r"(?:야|임|인가|일까|냐|였어|였나|였음|였냐|였던 ?(?:거야|거임|건가))?\s*+\?"
    # "배치 자체 문제야 아님 딴거?", "앱 문제야 아님 딴데야": whether the trouble came from elsewhere
    r"|(?:거|건|게|문제)(?:야|임|인가|냐|였어|였나|였음)?\s*+(?:아님|아니면)\s*+(?:딴|다른)\s*+(?:거|데|곳|애|쪽|놈|이유|원인)"
    r"|자체\s*+(?:문제|이슈|장애|결함)"
    # "모델 바꾼게 문제야?", "설정 건드린 게 원인임?": was that change the cause
    r"|(?:바꾼|바뀐|변경한|변경된|올린|내린|배포한|건드린|적용한)\s*+(?:게|거|것이|건)\s*+(?:문제|원인|탓)"
    # "17:35에 4.0.3 배포했는데 그거 문제였음?": the change told, then asked whether it was the cause
    r"|(?:배포|릴리스|릴리즈|패치|업그레이드|변경|바꿨|바꾼)[^?]{0,20}?(?:그거|그게|그것)\s*+(?:문제|원인|탓|때문|땜)"
    rf"|explain (?:the |why |these |those )?.{{0,40}}?{_SYMPTOMS}"
    rf"|what(?:'s| is) behind (?:the )?[^?]{{0,40}}?\b{_SYMPTOMS}|what (?:was|were) behind\b",  # a cause
    re.I,
)
# What happened to a CI (a timeline of events and metric changes), and what is wrong across the estate now.
HAPPENED = re.compile(
    r"what (?:happened|went on|was going on|is going on|'s going on|is happening|'s happening)"
    r"|what(?:'s| has) been (?:going on|happening)|timeline|"
    r"what(?:'s| has)? changed on|무슨 ?일|어떤 ?일|무슨 일이|뭔 ?일|일어났|있었던 일|타임라인|경과|상황이 어땠"
    r"|anything (?:unusual|odd|strange|happen|notable|noteworthy|interesting|worth (?:noting|knowing))"
    r"|(?:뭐가|뭔가|무슨)\s*+문제(?:였|이었|가 있었)"  # "어제 X 뭐가 문제였어?": what happened to it
    r"|did anything (?:happen|change)|\brecap\b|history of|히스토리(?!안|언)|특이 ?사항|특이한 ?(?:거|게|일|점)"
    r"|\banything (?:on|with|for|about|from) .{1,80}?\b(?:recently|lately|today|yesterday|last night|this morning"
    r"|overnight|tonight|this week|last week|this weekend|over the weekend)\b|\banything (?:logged|recorded|reported|seen) (?:on|for|about|against)\b"
    r"|뭐 ?했(?:어|냐|니|는지|나)|뭐 ?한 ?거|\bwhat did\b.{1,60}?\b(?:do|report)\b"  # "새벽에 X 뭐했어": what X did
    r"|(?:무슨|어떤|뭔)\s*+작업"  # "X 무슨 작업중이야", "오늘 무슨 작업 했어": the work logged on it (WORK_ASKED)
    r"|뭔가 ?있었|뭐 ?있었|별일|별 일|바뀐 ?(?:거|게|것|점)|바뀌었|변경된 ?(?:거|게|것)|변경됐|어떻게 된 ?거|어떻게 됐"
    r"|뭐\s*(?:바꿨|바꼈|바뀌|변경했)|\bwhat (?:was )?changed\b|\bwhat did (?:we|you|they|someone|anyone) change\b",
    re.I,
)
# the work done on a CI ("무슨 작업중이야"): a maintenance may have begun weeks ago
WORK_ASKED = re.compile(r"(?:무슨|어떤|뭔)\s*+작업")
# A problem or health word alone ("블프인데 지금 괜찮냐 전체적으로", "any outage?"): with nothing else named, it
# asks what is wrong now ("이상" only when no number is bounded by it).
PROBLEM_WORDS = re.compile(
    r"괜찮|문제|장애|이슈|터졌|터진|이상(?!\s*+\d)(?<![\d%]\s이상)(?<![\d%]이상)|\b(?:broken|outages?|incidents?|problems?"
    r"|issues?|wrong|healthy|unhealthy|ok|okay|fine|down|hurting|struggling|degraded|failing)\b",
    re.I,
)
# a health question of a name and one word: "X OK now?", "X healthy?" (the name blanked)
BARE_HEALTH = re.compile(_BARE_HEALTH, re.I)
# a yes/no health question asking whether a CI is fine, said by its trouble denied ("X 이상없어?")
NO_TROUBLE = re.compile(
    r"(?:문제|이상|장애|이슈)\s*+(?:이|가|은|는)?\s*+없|\bin good shape\b|\b(?:all|everything) (?:ok|okay|good|fine)\b"
    r"|\blook(?:s|ing)?\s++(?:normal|ok|okay|fine|healthy|good|alright)\b",
    re.I,
)
# a yes/no health question asking whether a CI is in trouble ("X 문제 있어?", "is X down?"), not whether it is fine
HEALTH_TROUBLE = re.compile(
    r"문제|장애|이슈|이상(?!\s*+\d)|터졌|죽었|먹통|다운|느려|\b(?:broken|problems?|issues?|wrong|unhealthy|degraded"
    r"|failing|down|in trouble|slow)\b",
    re.I,
)
# a CI's state of being in trouble, which "how many hosts are down?" counts (the CIs with a problem now)
TROUBLE_STATES = re.compile(
    r"\b(?:down|broken|failing|unhealthy|degraded|in trouble|having (?:problems|issues)|crash(?:ed|ing)?"
    r"|oom(?:ed|-?killed)?|out of memory|in bad shape|not (?:ok|okay|healthy))\b|크래시|크래쉬|(?<![a-z])oom"
    r"|상태(?:가)? (?:안 ?좋|나쁜|별로)|안 ?좋은 ?(?:거|게|애|서비스|서버|DB)"
    r"|다운|죽었|죽은|먹통|장애 (?:난|중인|상태)|문제 (?:있는|있어|생긴)",
    re.I,
)
# A change asked about as past ("X 재시작했어?", "was X restarted?"): what happened to X, not a request
CHANGED_THEN = re.compile(
    r"(?:재시작|재기동|재부팅|리부트|롤백|배포)(?:했|됐|된 ?적|한 ?적)|\b(?:restarted|rebooted|rolled back|redeployed)\b",
    re.I,
)
# a problem said to follow a change of the CI ("배포하고 나서 터졌는데", "after the deploy"): scanned from it
AFTER_CHANGE = re.compile(
    # "배포(8시50분)하고": a time said in brackets between
    r"(?:배포|릴리[스즈]|패치|업그레이드|트랜스포트|반영|적용)\s*+(?:\([^()]{0,20}\)\s*+)?"
    r"(?:하고|한 ?뒤|한 ?후|후|직후|이후|해서|했는데|했었는데|했던데|했잖아|했더니|하자마자)"
    r"|(?:배포|릴리[스즈]|패치|업그레이드)\s*+(?:때문|탓|하면서|되고)"
    r"|(?:배포|릴리[스즈]|패치|업그레이드)(?:가|이)\s*+[^?.!]{0,30}?원인"  # "8.3.0 릴리즈가 타임아웃 원인이야?"
    r"|올린\s*+(?:거|것|게)\s*+(?:때문|탓)"  # "어제 X 3.8.0 올린거 때문에"
    r"|(?<![\d.])\d++(?:\.\d++){1,3}\s*+(?:올리고|올린\s*+(?:뒤|후|다음))"  # "5.1.0 올리고 20분 만에": that version  # "3시50분 배포 때문에 터진거임?", "배포 때문임?"
    r"|(?:배포|릴리스|패치|업그레이드)\s*+\d{1,3}\s*+(?:분|시간)\s*+(?:뒤|후|만)"  # "4.11.0 배포 30분 뒤에 터졌던데"
    # "1시반 배포랑 대기열 설정 바꾼거 중에 뭐가 원인임?": changes weighed against each other
    r"|(?:배포|릴리스|패치|업그레이드)\s*+(?:이랑|랑|하고|와|과)\s(?=[^?.!]{0,40}?중(?:에|에서)?\s*+(?:뭐|어느|어떤))"
    r"|(?:배포|릴리스|패치|업그레이드)\s*+(?:한|된)\s*(?:거|것)\s*(?:때문|탓)"  # "어제밤에 배포한거 때문에"
    r"|(?:배포|릴리스|패치|트랜스포트)[^?.!]{0,15}?올리고|\b(?:after|since|right after|following)\s++(?:the\s++|we\s++|its\s++)?"
    r"(?:deploy\w*|release\w*|rollout|upgrade|patch\w*|config change)"
    # "X was deployed at 01:10 on Thursday and then failed", "we patched it and it broke"
    r"|\b(?:deployed|released|patched|upgraded|rolled out)\b[^?.!]{0,40}?\b(?:and then|then|and (?:it|that)"
    r"|after that|afterwards)\b",
    re.I,
)
# a change told at the moment said, the trouble after it ("17:50에 경보한계 바꾸고 X 느려졌던데")
CHANGE_THEN_TROUBLE = re.compile(
    r"(?:바꾸고|바꾼\s*+(?:뒤|후|다음)|바꿨더니|변경하고|변경한\s*+(?:뒤|후)|올리고|내리고|적용하고|반영하고|재시작하고"
    r"|재부팅하고|(?:바꿨|변경했|올렸|내렸|적용했|반영했|배포했)(?:는데|더니))"  # "3시에 v9로 바꿨는데 …"
    # what broke, looked at only: its words name the symptom
    r"(?=\s*+[^?.!]{0,30}?(?:느려|터졌|터진|죽었|죽은|멈췄|멈춘|끊겼|끊긴|밀렸|밀린|안\s?되|에러|오류|장애))"
)  # ("X failed at 14:10 after we changed …": the moment is the failure's, not the change's)
# a cause asked in so many words ("문제 원인 뭐야", "what caused"), not only a "why" of surprise
CAUSE_ASKED = re.compile(  # a cause asked, not what is wrong: "what took X down", "what broke Y"
    r"원인|\bcaus(?:e|ed|es|ing)\b|\broot\b|\bbehind\b|\bwhat made\b|\bwhat took\b.{0,60}?\b(?:down|offline|out)\b"
    r"|\bwhat (?:actually |really |exactly )?(?:broke|killed|stalled|slowed|froze|blocked)\b",
    re.I,
)
# words pointing back at something said before ("걔 왜그래?", "왜 그랬던거야"): a why naming nothing else
ANAPHORA = re.compile(r"\b(?:it|that|this|they)\b|걔|얘|쟤|그거|그게|그것|이거|저거|그랬|그런 ?거", re.I)
# a cause guessed in the question itself ("트래픽 몰려서 그런거임?"): its "그런 거" points at no earlier answer
CAUSE_GUESSED = re.compile(r"(?:서|때문에|땜에|때매|땜시|때메|탓에|탓)\s*+(?:그런\s*+거|그랬)")
# the words that guess it: a metric said there is the guessed cause, not the symptom ("트래픽 몰려서")
CAUSE_GUESS_SENTENCE = re.compile(
    r"(?<![^?.!])[^?.!]*?(?:서|때문에|땜에|때매|땜시|때메|탓에|탓)\s*+(?:그런\s*+거|그랬)[^?.!]*+"
    # "트래픽 몰려서 터진거야?", "그거때문에 판독 터진거야?": up to the cause word; what broke is the symptom
    r"|(?<![^?.!])[^?.!]*?(?:서|때문에|땜에|때매|땜시|때메|탓에)"
    r"(?=\s*+(?:[가-힣]{1,6}\s++)?[가-힣]{1,4}[진은난된힌린]\s*+거(?:야|임|냐|니)?\s*+\?)"
    # "로그인 터진거 푸시때문이야?": the noun blamed at the end
    r"|(?<![가-힣a-z0-9])[가-힣a-z0-9]{1,12}\s*+(?:때문|탓)(?=\s*+(?:이야|임|인가|이냐|일까|이지|\?))"
    # "여름특가 푸시 나가고 나서 …": the change told before the trouble
    r"|(?<![^\s?.!])(?:[가-힣a-z0-9]{1,12}\s++){0,2}[가-힣a-z0-9]{1,12}\s*+"
    r"(?:(?:나가고|올라가고|뿌리고|보내고|발송하고)(?:\s*+나서)?|(?:하고|되고|돌리고|돌고)\s*+나서)(?![가-힣])",
    re.I,
)
WRONG_NOW = re.compile(
    r"what(?:'s| is) (?:wrong|broken|the (?:biggest |main )?(?:problem|issue))|anything (?:wrong|broken|odd|weird)"
    r"|what went wrong"
    r"|\b(?:any|current|open|biggest|top) (?:problems?|issues?|incidents?)|something(?:'s| is)? (?:wrong|off|odd|weird)"
    r"|needs? attention|on fire|what should i (?:look at|check)|status of (?:the )?(?:estate|system|infra)"
    r"|(?:anything|something|what(?:'s| is)?) (?:down|failing|alerting|firing|red|paging)|any (?:outages?|alerts? firing)"
    r"|\bwho(?:'s| is) (?:being )?paged\b|\bpager (?:going off|ringing)"
    r"|빨간 ?불|빨갛게"
    r"|is (?:everything|all) (?:ok|okay|fine|alright|healthy)"
    r"|(?:다운(?:된|돼 ?있는)?|죽은|죽어 ?있는|먹통인?) ?(?:거|게|곳|데|서버|서비스)|다 (?:괜찮|정상이)|이상 없(?:어|나|니|지)"
    r"|health ?check|status check|sitrep|(?:should i|to) worry about|alerts? (?:going off|firing|ringing)"
    r"|firing alerts?|overall (?:health|status)|needs? (?:my |our |your )?attention|having an? (?:outage|incident)"
    r"|\b(?:any|an) (?:outage|incident)s?\b|(?:need|should|ought) to know|status (?:rundown|update|report|summary)"
    r"|\brundown\b"
    r"|most (?:serious|severe|critical|urgent|important) (?:problems?|issues?|incidents?|alerts?)"
    r"|(?:가장|제일) (?:심각한|큰|급한|중요한) (?:문제|장애|이슈|이상|알림)"
    r"|(?:뭐|무엇|어디)(?:가|이) ?(?:(?:제일|가장) ?)?문제|뭔가 ?이상|이상한 ?(?:거|게|데|곳)"
    r"|이상한데|문제(?: 있는| 되는)? (?:거|곳|데)|(?:지금|현재) ?(?:문제|장애|이상|이슈)|장애 ?(?:있어|났어|난 곳|중인|야)"
    r"|확인 좀|점검 좀|살펴봐|이슈 정리|터진 ?(?:거|게|곳|데)|터졌|뭐 ?터졌"
    r"|(?:critical|크리티컬|심각)한 ?(?:거|게|것|문제|이슈)|울리는 (?:알림|알람)|알람 ?울"
    r"|장애 ?(?:난|중인) ?(?:데|곳|거|게)|급한 ?(?:거|게|것|일|문제)|전[체반]적으로 (?:괜찮|이상|문제)",
    re.I,
)
# "Since when has it been so": the current run of a condition, not its value now.
SINCE = re.compile(
    r"since when|how long (?:has|have|had)\b|for how long|how many (?:hours|days|minutes) (?:has|have)\b"
    r"|언제부터|얼마나 오래|얼마 ?동안|몇 ?(?:시간|분|일)째|며칠째|몇 ?시부터"
    r"|when did\b.{0,60}?\b(?:start|begin)\b|what time did\b.{0,60}?\b(?:start|begin)\b",
    re.I,
)
# Symptoms a since-question names instead of the metric ("how long has it been slow", "언제부터 찼어").
SYMPTOM_METRICS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bslow\b|느려|느렸|느린|지연", re.I), "response_time_ms"),
    (re.compile(r"\bfull\b|찼|꽉|가득", re.I), "disk_usage"),
)

# an error code quoted from a log ("the ORA-00257 on ora-cms", "TNS-12541"): a symptom, never a CI's name
ERROR_CODE = re.compile(r"(?:ora|tns|rman|pls|sp2|imp|exp|err|error|sqlstate)-?\d{3,5}", re.I)
