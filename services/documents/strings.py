"""DOCS UI strings, Korean and English."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "nav.documents": {"ko": "문서", "en": "Documents"},
    "nav.search": {"ko": "문서 검색", "en": "Search"},
    "dash.documents": {"ko": "문서", "en": "Documents"},
    "errors.docs_empty": {"ko": "'{name}' 파일이 비어 있습니다 (0바이트)", "en": "'{name}' is empty (0 bytes)"},
    "errors.docs_unsupported": {
        "ko": "'{name}'은(는) 지원하지 않는 형식입니다 ({detected}). PDF, DOCX, XLSX, PPTX, TXT, MD, PNG, JPEG를 올리세요",
        "en": "'{name}' is not a supported document ({detected}); upload PDF, DOCX, XLSX, PPTX, TXT, MD, PNG or JPEG",
    },
    "errors.docs_not_found": {"ko": "문서를 찾을 수 없습니다", "en": "Document not found"},
    "errors.docs_owner_only": {"ko": "문서 소유자만 변경할 수 있습니다", "en": "Only the document's owner may change it"},
}
