"""DOCS runtime settings (ADMIN settings page, `SPA_<KEY>` environment variables)."""

from __future__ import annotations

from services.core.settings_registry import SettingSpec

SETTINGS = (
    SettingSpec(
        "embedding_model", str, "use-m3", "documents",
        "문서 임베딩 모델: use-m3(기본, 다국어 USE v3), e5-small(multilingual-e5-small 4bit), litellm/<모델>. 바꾸면 재임베딩 작업이 시작됩니다.",
        "Document embedding model: use-m3 (default, multilingual USE v3), e5-small (multilingual-e5-small "
        "4-bit) or litellm/<model>. Changing it queues a re-embed job.",
        pattern=r"use-m3|e5-small|litellm/[A-Za-z0-9._:/@-]{1,100}",
    ),
    SettingSpec(
        "docs_max_upload_mb", int, 50, "documents", "업로드 파일 최대 크기(MiB)", "Largest upload (MiB)",
        minimum=1, maximum=2048,
    ),
    SettingSpec(
        "docs_max_chunks", int, 5000, "documents", "문서당 최대 청크 수", "Most chunks one document may make",
        minimum=10, maximum=100000,
    ),
    SettingSpec(
        "docs_max_pages", int, 2000, "documents", "PDF 최대 페이지 수", "Most pages of a PDF", minimum=1, maximum=20000
    ),
    SettingSpec(
        "docs_max_image_pixels", int, 40_000_000, "documents", "이미지 최대 픽셀 수", "Largest image (pixels)",
        minimum=10_000, maximum=200_000_000,
    ),
    SettingSpec(
        "docs_max_unzipped_mb", int, 300, "documents", "Office 문서 압축 해제 최대 크기(MiB)",
        "Largest decompressed size of an Office document (MiB)", minimum=1, maximum=4096,
    ),
    SettingSpec("docs_bm25_k1", float, 1.2, "documents", "BM25 k1", "BM25 k1", minimum=0.0, maximum=5.0),
    SettingSpec("docs_bm25_b", float, 0.75, "documents", "BM25 b", "BM25 b", minimum=0.0, maximum=1.0),
    SettingSpec(
        "docs_hybrid_text_weight", float, 1.0, "documents", "하이브리드 검색의 키워드(BM25) 가중치",
        "Hybrid search: weight of the keyword (BM25) arm", minimum=0.0, maximum=10.0,
    ),
    SettingSpec(
        "docs_hybrid_vector_weight", float, 1.0, "documents", "하이브리드 검색의 벡터 가중치",
        "Hybrid search: weight of the vector arm", minimum=0.0, maximum=10.0,
    ),
    SettingSpec(
        "docs_embed_batch", int, 32, "documents", "임베딩 배치 크기", "Chunks embedded per batch",
        minimum=1, maximum=512,
    ),
)
