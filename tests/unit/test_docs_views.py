"""DOCS pure code: chunking strategies, evidence-weighted fusion, and what the pages show (search
filters from the form, hits with the ranks of the arms that ran, the embedding card, list rows)."""

from __future__ import annotations

from datetime import UTC, datetime
from itertools import pairwise
from typing import Any

import pytest

from services.documents.chunking import chunk, index_text
from services.documents.extract import Block
from services.documents.search import RRF_K, ArmHit, fuse, idf
from spa_ai.state.documents import embedding_view, row_view
from spa_ai.state.search import filters_of, hit_view, segments

# --- chunking -------------------------------------------------------------------------------------------


def test_table_chunks_repeat_the_header_and_never_split_a_row() -> None:
    rows = [["host", "metric", "threshold"]] + [[f"web-{i:03d}", "disk_usage", "9" * 40] for i in range(120)]
    drafts = chunk([Block("table", rows=rows, meta={"sheet": "S1", "table_id": "s1"})], "table")
    assert len(drafts) > 1
    covered = []
    for draft in drafts:
        lines = draft.text.split("\n")
        assert lines[0] == "host | metric | threshold"
        assert all(line.count(" | ") == 2 for line in lines)  # whole rows only
        first, last = draft.meta["rows"]
        covered.extend(range(first, last + 1))
        assert draft.meta["sheet"] == "S1" and draft.meta["table_id"] == "s1"
    assert covered == list(range(1, 121))


def test_structure_chunks_carry_their_heading_path_and_split_at_headings() -> None:
    blocks = [
        Block("heading", "런북", level=1),
        Block("paragraph", "개요 문단"),
        Block("heading", "조치", level=2),
        Block("paragraph", "디스크를 정리합니다", meta={"page": 3}),
        Block("heading", "부록", level=1),
        Block("paragraph", "참고"),
    ]
    drafts = chunk(blocks, "structure")
    assert [d.meta["heading_path"] for d in drafts] == [["런북"], ["런북", "조치"], ["부록"]]
    assert drafts[1].meta["page"] == 3
    assert index_text(drafts[1].text, drafts[1].meta) == "런북 › 조치\n디스크를 정리합니다"


def test_fixed_chunks_overlap_and_cover_the_text() -> None:
    text = " ".join(f"word{i}" for i in range(600))
    drafts = chunk([Block("paragraph", text)], "fixed", size=300, overlap=60)
    assert all(len(d.text) <= 300 for d in drafts)
    for before, after in pairwise(drafts):
        assert before.text.split()[-1] in after.text  # the overlap repeats the end of the previous chunk
    assert drafts[0].text.startswith("word0") and drafts[-1].text.endswith("word599")


def test_image_chunks_are_caption_plus_ocr_text() -> None:
    drafts = chunk([Block("image", "디스크 90%", meta={"caption": "whiteboard.png", "page": 1})], "image")
    assert drafts[0].text == "whiteboard.png\n디스크 90%" and drafts[0].meta["image"] is True


# --- fusion ---------------------------------------------------------------------------------------------


def test_a_weak_keyword_match_does_not_drag_down_a_strong_vector_hit() -> None:
    # "b" is the vector arm's clear winner; "a" is the keyword arm's top hit but matched little of the query.
    text = [ArmHit("a", 1, 3.0, 1, evidence=0.1), ArmHit("b", 2, 2.0, 2, evidence=0.1)]
    vector = [ArmHit("b", 2, 0.8, 1, evidence=1.0), ArmHit("a", 1, 0.5, 2, evidence=0.0)]
    fused = fuse({"text": text, "vector": vector}, {"text": 1.0, "vector": 1.0}, top_k=2)
    assert [f.document_id for f in fused] == ["b", "a"]
    assert fused[0].ranks == {"text": 2, "vector": 1}
    assert fused[0].score == pytest.approx(0.1 / (RRF_K + 2) + 1.0 / (RRF_K + 1))


def test_fusion_keeps_documents_found_by_one_arm_with_the_other_rank_empty() -> None:
    fused = fuse({"text": [ArmHit("a", 1, 1.0, 1)], "vector": []}, {"text": 1.0, "vector": 1.0}, top_k=5)
    assert fused[0].ranks == {"text": 1, "vector": None} and fused[0].arm_scores["vector"] is None


def test_idf_is_never_negative_and_rare_terms_weigh_more() -> None:
    assert idf(1000, 1000) > 0
    assert idf(1000, 1) > idf(1000, 100) > idf(1000, 900)


# --- what the pages show --------------------------------------------------------------------------------


def test_search_filters_from_the_form_take_whole_days_in_the_user_timezone() -> None:
    filters = filters_of(
        kind="pdf",
        owner=" alice ",
        tags_text="runbook, 장애 ,,",
        date_from="2026-03-01",
        date_to="2026-03-31",
        shared_only=True,
        all_versions=False,
        tz_name="Asia/Seoul",
    )
    assert filters.kinds == ["pdf"] and filters.owner == "alice" and filters.tags == ["runbook", "장애"]
    assert filters.date_from == datetime(2026, 2, 28, 15, 0, tzinfo=UTC)  # 00:00 in Seoul
    assert filters.date_to == datetime(2026, 3, 31, 15, 0, tzinfo=UTC)  # the end of 31 March, exclusive
    assert filters.shared_with_me and not filters.all_versions
    unset: dict[str, Any] = {"kind": "all", "owner": "", "tags_text": "", "date_from": "", "date_to": ""}
    unset |= {"shared_only": False, "all_versions": False, "tz_name": "UTC"}
    empty = filters_of(**{**unset, "all_versions": True})
    assert empty.kinds == [] and empty.owner is None and empty.date_from is None and empty.all_versions
    with pytest.raises(ValueError):
        filters_of(**{**unset, "date_from": "03/01/2026"})


HIT = {
    "document_id": "d1",
    "chunk_id": 7,
    "title": "",
    "filename": "runbook.md",
    "kind": "md",
    "version": 2,
    "owner": "alice",
    "meta": {"heading_path": ["런북", "조치"], "page": 4},
    "score": 0.0325,
    "ranks": {"text": None, "vector": 3},
    "snippet": "디스크 사용률이 높으면 로그를 정리",
    "highlights": [[0, 3], [12, 14]],
}


def test_hits_show_the_ranks_of_the_arms_that_ran() -> None:
    hybrid = hit_view(HIT, "hybrid")
    assert (hybrid["text_rank"], hybrid["vector_rank"]) == ("—", "3")
    vector = hit_view(HIT, "vector")
    assert (vector["text_rank"], vector["vector_rank"]) == ("", "3")
    assert hybrid["title"] == "runbook.md" and hybrid["version"] == "v2"
    assert hybrid["where"] == "런북 › 조치 · p.4"
    assert hybrid["link"] == "/documents/d1?chunk=7"


def test_snippet_segments_mark_the_highlights() -> None:
    assert segments("디스크 사용률이 높으면", [[0, 3], [4, 7]]) == [
        {"text": "디스크", "hit": True},
        {"text": " ", "hit": False},
        {"text": "사용률", "hit": True},
        {"text": "이 높으면", "hit": False},
    ]
    assert segments("abc", [[0, 2], [1, 3]]) == [{"text": "ab", "hit": True}, {"text": "c", "hit": False}]


def test_the_embedding_card_shows_coverage_progress_and_the_trigger() -> None:
    running = {"status": "running", "progress": 0.4, "message": "embedding 40/100", "error": None}
    status = {"model_id": "e5-small-q4@0.3.0", "chunks": 1200, "current": 480, "stale": 720, "job": running}
    view = embedding_view(status, can_trigger=True)
    assert view["show"] and view["running"] and view["percent"] == 40 and view["total"] == "1,200"
    assert not view["can_trigger"], "no second job while one runs"
    idle = embedding_view({**status, "job": None}, can_trigger=True)
    assert idle["can_trigger"] and idle["stale"]
    assert not embedding_view({**status, "job": None}, can_trigger=False)["can_trigger"]
    current = {**status, "current": 1200, "stale": 0, "job": {**running, "status": "succeeded"}}
    assert not embedding_view(current, can_trigger=False)["show"]
    failed = embedding_view({**status, "job": {**running, "status": "failed", "error": "x"}}, True)
    assert failed["failed"] and failed["can_trigger"]


def test_list_rows_show_stage_progress_in_the_user_timezone() -> None:
    item = {
        "id": "d1",
        "filename": "scan.pdf",
        "title": "",
        "kind": "pdf",
        "version": 1,
        "owner": "alice",
        "tags": ["a", "b"],
        "status": "ocr",
        "stage_done": 2,
        "stage_total": 5,
        "progress": 0.17,
        "error": None,
        "failed_stage": None,
        "chunk_count": 0,
        "size": 3 * 1024**2,
        "created_at": "2026-03-01T00:30:00+00:00",
    }
    row = row_view(item)
    assert row["stage"] == "2/5" and row["percent"] == 17 and row["active"]
    assert row["size"] == "3.0 MB" and row["tags"] == "a, b" and row["kind"] == "PDF"
    assert row["created"] == "2026-03-01 09:30"  # Asia/Seoul, the default timezone
