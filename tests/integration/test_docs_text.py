"""The Korean-aware tokenizer (real kiwipiepy) and the highlighted snippets built on it."""

from __future__ import annotations

from services.documents.snippets import highlight
from services.documents.tokenize import language, query_terms, term_counts, tokens


def test_korean_keeps_content_morphemes_and_drops_particles() -> None:
    terms = set(tokens("CI 작업이 죽은 뒤로 테라폼 상태 잠금이 안 풀림"))
    assert {"ci", "작업", "테라폼", "상태", "풀리"} <= terms
    assert not {"이", "은", "로", "안"} & terms


def test_a_nominalised_verb_matches_the_noun_however_kiwi_reads_it() -> None:
    # in this sentence Kiwi reads 잠금이 as 잠그+ㅁ+이 and 멈춤 as 멈추+ㅁ; the nouns must still match
    in_sentence = set(tokens("테라폼 상태 잠금이 풀리지 않고 발행이 멈춤"))
    assert {"잠금", "멈춤"} <= in_sentence
    assert set(query_terms("잠금")) <= in_sentence and "멈춤" in query_terms("발행 멈춤")


def test_compounds_give_the_whole_word_and_its_pieces() -> None:
    terms = set(tokens("슬랩 재배치가 필요합니다"))
    assert {"재배치", "배치", "슬랩"} <= terms


def test_latin_identifiers_give_the_whole_term_and_its_parts_lower_cased() -> None:
    terms = tokens("Check vm_memory_high_watermark and connection.blocked on NotWritablePrimary")
    assert {"vm_memory_high_watermark", "memory", "watermark", "connection.blocked", "blocked"} <= set(terms)
    assert {"notwritableprimary", "writable", "primary"} <= set(terms)
    assert "and" not in terms and "on" not in terms


def test_index_and_query_share_one_tokenizer() -> None:
    document = "RabbitMQ 큐 적체: 메시지가 큐에 계속 쌓이고 안 빠짐"
    assert {"메시지", "큐", "쌓이"} <= set(query_terms("메시지가 큐에 쌓임")) & set(term_counts(document))
    assert term_counts("큐 큐 큐에")["큐"] == 3


def test_language_of_mixed_text_follows_its_hangul() -> None:
    assert language("vault sealed after a reboot") == "en"
    assert language("CI 작업이 죽은 뒤로 테라폼 상태 잠금이 안 풀림") == "ko"


def test_snippets_mark_korean_morphemes_inside_inflected_words() -> None:
    text = "서문. " + "무관한 문장입니다. " * 40 + "테라폼 상태 잠금이 풀리지 않으면 force-unlock 을 씁니다."
    snippet, marks = highlight(text, "상태 잠금 해제")
    assert snippet.startswith("…") and "잠금이" in snippet
    assert {snippet[s:e] for s, e in marks} == {"상태", "잠금"}


def test_snippets_mark_latin_terms_regardless_of_case() -> None:
    snippet, marks = highlight("Vault needs 3 Unseal keys; run vault operator unseal", "unseal KEYS")
    assert [snippet[s:e] for s, e in marks] == ["Unseal", "keys", "unseal"]
