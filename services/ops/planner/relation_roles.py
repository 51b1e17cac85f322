"""How a Korean question says a CI's role for a relation verb: the particle after the CI (past a type word
that names it), or — with none — what stands between the CI and the verb (adverbs, question words) and the
noun the verb's clause modifies ("X 쓰는 서비스": what uses X; "X 쓰는 큐": what X uses)."""

from __future__ import annotations

import re

from services.ops.planner.lexicon import TYPE_WORDS
from services.ops.planner.relation_verbs import Verb

HANGUL = re.compile(r"[\uac00-\ud7a3]")

# The particle after a CI, past a type word that names it ("db-01 호스트에서", "orders-db 디비를").
_TYPE_NOUN = "|".join(
    sorted({w for ws in TYPE_WORDS.values() for w in ws if HANGUL.search(w)}, key=len, reverse=True)
)
_ANY_TYPE_NOUN = "|".join(
    re.escape(w) for w in sorted({w for ws in TYPE_WORDS.values() for w in ws}, key=len, reverse=True)
)
# A depth phrase and a pronoun may stand between ("X 간접까지 포함해서 얘한테 의존하는 거").
_DEPTH_PHRASE = (
    r"(?:직간접|간접(?:적인 것|적으로)?)(?:까지)?\s*+(?:포함해서|포함해|포함|따지면|치면|쳐서)?\s*+"
)
_PRONOUN = r"(?:얘|걔|쟤|얘네|걔네|이거|그거|요거|이놈|그놈)"
_PARTICLE = re.compile(
    rf"\s*+(?:(?:{_TYPE_NOUN})\s*+)?(?:{_DEPTH_PHRASE})?(?:{_PRONOUN}\s*+)?"
    r"(위에서|위에|에서|에게|한테|에|를|을|가|이|는|은|의|으로|로|도)(?=(?:만|도|는|은)?(?![가-힣]))"  # not "의존"
)


# Between a particle-less CI and its verb: adverbs that leave the CI's role as it was ("A랑 B 둘 다 쓰는")
KO_ADVERBS = re.compile(
    r"둘 ?다|모두|전부|같이|함께|공통으로|직간접적으로|간접적으로|직접|주로|많이|(?<![가-힣])다(?![가-힣])"
    r"|바로(?:\s*+(?:위|아래|앞|뒤)(?:에서|에|로|서))?"  # "X 바로 위에서 쓰는 애들": its direct callers
    rf"|{_DEPTH_PHRASE}"  # "X 간접까지 포함해서 의존하는 거"
    r"|(?:파드|포드|인스턴스|컨테이너)들?(?:은|는|이|가)?"  # "X 파드들 어느 노드에서 돌아?": X's own parts
    r"|(?:스트림|피드|데이터|트래픽|메시지|세그먼트)(?:을|를)?"  # "X 스트림 받아가는 애들": what flows from X
)
# ... or a question word standing as the verb's subject ("X 누가 씀?"): then the CI is the object
KO_WHERE = re.compile(
    r"(?:어디\s*+)?어디(?:서|에서|에)?|어느 ?곳(?:에서|에)?"
)  # "어디어디서": the places, plural
KO_WH_SUBJECT = re.compile(r"누가|누구|뭐가|무엇이|어디(?:가|서)|어떤 ?[가-힣]*(?:가|이)(?![가-힣])")
# ... or as its object: the CI is then the subject
KO_WH_OBJECT = re.compile(r"뭐뭐(?:에|랑|를)?|뭐|뭘|무엇을?|뭐에|무엇에|뭐랑|어디에|어디랑|어떤 거|어떤 것")
# ... or a question word with a type noun as its object ("X 결국 어느 스토리지 타"): the CI is the subject
KO_WH_TYPE_OBJECT = re.compile(
    rf"(?:결국|최종적으로|실제로|주로)?\s*+(?:어떤|어느|무슨)\s*+(?:{_ANY_TYPE_NOUN})(?:를|을|들)?"
    rf"|(?:{_ANY_TYPE_NOUN})(?:들)?\s*+(?:뭐뭐|머머|뭐|머|뭘|어떤 ?거|어떤 ?것|뭐가|뭐를)",  # "X 캐시 뭐 써"
    re.I,
)
# a relative clause: the verb modifies a noun after it ("X 쓰는 서비스" = the services that use X); "것들",
# like "거", leaves the guess ("X 직접 의존하는 것들": what X depends on)
KO_RELATIVE_HEAD = re.compile(
    rf"(?<![가-힣])[가-힣]*(?: ?있)?는\s*+(?:다른\s*+)?(?:{_TYPE_NOUN}|애들|놈들|앱)"
)  # "쓰고 있는 서비스"


# a relative clause headed by a kind a service uses: "X 쓰는 큐", "X 쓰는 디비" are what X uses (X the subject)
_USED_NOUN = "|".join(
    sorted(
        {
            w
            for kind in ("database", "cache", "queue", "storage")
            for w in TYPE_WORDS[kind]
            if HANGUL.search(w)
        },
        key=len,
        reverse=True,
    )
)
KO_USED_HEAD = re.compile(
    rf"(?<![가-힣])[가-힣]*(?: ?있)?는\s*+(?:다른\s*+)?(?:{_USED_NOUN})(?:들)?(?:은|는|이|가|을|를|도|만|좀)?(?![가-힣])"
)


KO_HOST_RELATIVE = re.compile(r"[가-힣]*(?: ?있)?는\s*+(?:서버|호스트|노드|머신|장비)")


def role(text: str, ci_end: int, start: int, verb: Verb, word: str) -> str | None:
    """'subject' or 'object' of the CI for the verb `word` found at `start` (Korean: by the CI's
    particle; without one, by what stands between the CI and the verb; 'guess' when nothing says, read
    as the subject)."""
    if HANGUL.search(word):
        particle = _PARTICLE.match(text, ci_end)
        word = particle.group(1) if particle else ""
        if word in verb.ko_object:
            return "object"
        if word in verb.ko_subject:
            return "subject"
        if word:
            return None
        gap = KO_ADVERBS.sub(" ", text[ci_end:start])
        if verb.subject == "runs_on" and KO_WHERE.fullmatch(gap.strip()):
            return "subject"  # "X 어디서 돌아가?": where X runs, not what runs somewhere
        if KO_WH_SUBJECT.search(gap):
            return "object"
        if KO_WH_OBJECT.fullmatch(gap.strip()) or KO_WH_TYPE_OBJECT.fullmatch(gap.strip()):
            return "subject"  # "X 뭐 물고 있어", "X 결국 어느 DB 써": X does it
        if gap.strip():
            return None
        if verb.subject == "dependencies" and KO_USED_HEAD.match(text[start:]):
            return "subject"  # "X 쓰는 큐": the queue X uses
        if verb.subject == "dependencies" and KO_RELATIVE_HEAD.match(text[start:]):
            return "object"  # a dropped 를: "X 쓰는 서비스", "X 사용하는 앱"
        if verb.subject == "hosted" and KO_HOST_RELATIVE.match(text[start:]):
            return "object"  # "X 돌리는 서버", "X 호스팅하는 노드": the host X runs on
        return "guess"  # "X 호스팅하는", "A랑 B 둘 다 쓰는 거": a subject particle is often left out
    return "subject" if start >= ci_end else "object"
