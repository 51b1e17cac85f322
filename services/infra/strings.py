"""The infrastructure pages' and import messages in Korean and English."""

from __future__ import annotations

STRINGS: dict[str, dict[str, str]] = {
    "infra.title": {"ko": "인프라 구성", "en": "Infrastructure"},
    "infra.search_placeholder": {"ko": "CI 이름 검색", "en": "Search CI name"},
    "infra.name": {"ko": "이름", "en": "Name"},
    "infra.type": {"ko": "유형", "en": "Type"},
    "infra.environment": {"ko": "환경", "en": "Environment"},
    "infra.status": {"ko": "상태", "en": "Status"},
    "infra.owner": {"ko": "담당 팀", "en": "Owner"},
    "infra.location": {"ko": "위치", "en": "Location"},
    "infra.all": {"ko": "전체", "en": "All"},
    "infra.reset": {"ko": "초기화", "en": "Reset"},
    "infra.prev": {"ko": "이전", "en": "Previous"},
    "infra.next": {"ko": "다음", "en": "Next"},
    "infra.back": {"ko": "CI 목록", "en": "All CIs"},
    "infra.attributes": {"ko": "속성", "en": "Attributes"},
    "infra.metrics": {"ko": "메트릭", "en": "Metrics"},
    "infra.until": {"ko": "기준 시각", "en": "Until"},
    "infra.no_metrics": {"ko": "이 기간에 메트릭이 없습니다", "en": "No metrics in this period"},
    "infra.events": {"ko": "최근 이벤트", "en": "Recent events"},
    "infra.severity": {"ko": "심각도", "en": "Severity"},
    "infra.event_type": {"ko": "유형", "en": "Type"},
    "infra.message": {"ko": "내용", "en": "Message"},
    "infra.graph": {"ko": "의존성 그래프", "en": "Dependency graph"},
    "infra.both": {"ko": "양방향", "en": "Both directions"},
    "infra.upstream": {"ko": "상위 (이 CI에 의존)", "en": "Upstream (depend on it)"},
    "infra.downstream": {"ko": "하위 (이 CI가 의존)", "en": "Downstream (it depends on)"},
    "infra.depth": {"ko": "깊이", "en": "Depth"},
    "infra.truncated": {"ko": "일부만 표시", "en": "Truncated"},
    "infra.graph_hint": {
        "ko": "노드를 클릭하면 해당 CI로 이동합니다. 휠로 확대, 드래그로 이동합니다.",
        "en": "Click a node to open that CI. Scroll to zoom, drag to pan.",
    },
    "infra.not_found": {"ko": "CI를 찾을 수 없습니다.", "en": "No such CI."},
    "infra.import": {"ko": "가져오기", "en": "Import"},
    "infra.import_title": {"ko": "인프라 데이터 가져오기", "en": "Import infrastructure data"},
    "infra.import_hint": {
        "ko": "cis.csv, relations.csv, metrics.csv, events.csv(.gz 가능)를 담은 zip 파일을 끌어 놓거나 선택하세요.",
        "en": "Drop or choose a zip of cis.csv, relations.csv, metrics.csv, events.csv (.gz ok).",
    },
    "infra.import_start": {"ko": "가져오기 시작", "en": "Start import"},
    "infra.import_no_file": {"ko": "zip 파일을 선택하세요.", "en": "Choose a zip file first."},
    "infra.import_not_zip": {"ko": "zip 파일만 가져올 수 있습니다.", "en": "Only zip files can be imported."},
    "infra.import_busy": {"ko": "이미 가져오는 중입니다.", "en": "An import is already running."},
    "infra.import_queued": {"ko": "대기 중", "en": "Queued"},
    "infra.import_running": {"ko": "가져오는 중", "en": "Importing"},
    "infra.import_succeeded": {"ko": "가져오기 완료", "en": "Import finished"},
    "infra.import_failed": {"ko": "가져오기 실패", "en": "Import failed"},
    "infra.import_rejected": {
        "ko": "일부 행이 거부되었습니다. 거부된 파일은 적용되지 않았습니다.",
        "en": "Some rows were rejected; files with rejected rows were not applied.",
    },
    "infra.import_file": {"ko": "파일", "en": "File"},
    "infra.import_accepted": {"ko": "승인", "en": "Accepted"},
    "infra.import_rejected_rows": {"ko": "거부", "en": "Rejected"},
    "infra.import_applied": {"ko": "적용", "en": "Applied"},
    "infra.import_detail": {"ko": "상세", "en": "Details"},
    "infra.import_yes": {"ko": "예", "en": "yes"},
    "infra.import_no": {"ko": "아니오", "en": "no"},
    "infra.invalid_filter": {
        "ko": "알 수 없는 필터 값입니다: {name}={value}",
        "en": "Unknown filter value: {name}={value}",
    },
    "infra.no_cis": {"ko": "등록된 CI가 없습니다.", "en": "No configuration items yet."},
    "infra.no_match": {
        "ko": "이 조건에 맞는 CI가 없습니다. 필터를 바꾸거나 초기화하세요.",
        "en": "No CIs match these filters. Change or reset them.",
    },
    "infra.no_events": {"ko": "이 CI의 이벤트가 없습니다.", "en": "No events for this CI."},
    "infra.import_accepts": {
        "ko": "zip 파일 하나만 받습니다. CSV 파일은 zip으로 묶어 주세요. 한 번의 가져오기는 압축 파일 하나로, "
        "그 안의 파일이 의존 순서(CI → 관계 → 메트릭 → 이벤트)대로 함께 적용됩니다.",
        "en": "Accepts one .zip file; zip your CSV files first. One import is one archive, so its files "
        "load together in dependency order (CIs → relations → metrics → events).",
    },
    "infra.import_refused_type": {
        "ko": "'{file}' 파일은 가져올 수 없습니다. zip 파일만 받습니다. CSV 파일(cis.csv 등)을 zip으로 묶어서 "
        "선택하세요.",
        "en": "'{file}' cannot be imported: only .zip files are accepted. Put the CSV files (cis.csv, …) "
        "in a zip and choose that.",
    },
    "infra.import_one_file": {
        "ko": "한 번에 zip 파일 하나만 가져올 수 있습니다.",
        "en": "Choose one zip file at a time.",
    },
    "infra.import_partial": {"ko": "일부만 적용됨", "en": "Partly applied"},
    "infra.import_nothing": {"ko": "적용된 내용 없음", "en": "Nothing applied"},
    "infra.import_sum_succeeded": {
        "ko": "'{file}'의 파일 {files}개, {rows}행을 모두 적용했습니다.",
        "en": "Applied all {rows} rows from {files} file(s) of '{file}'.",
    },
    "infra.import_sum_partial": {
        "ko": "적용됨: {applied}. 거부된 행이 있어 적용하지 않음: {refused}. 아래의 행을 고쳐 다시 가져오세요.",
        "en": "Applied: {applied}. Not applied because of rejected rows: {refused}. Fix the rows below "
        "and import again.",
    },
    "infra.import_sum_nothing": {
        "ko": "'{file}'에서 적용된 내용이 없습니다. 모든 파일에 거부된 행이 있었습니다(거부 {rejected}행). "
        "아래의 행을 고쳐 다시 가져오세요.",
        "en": "Nothing from '{file}' was applied: every file had rejected rows ({rejected} in all). Fix "
        "the rows below and import again.",
    },
    "infra.import_sum_failed": {
        "ko": "'{file}'을(를) 가져오지 못했습니다. 아무것도 변경되지 않았습니다.",
        "en": "'{file}' could not be imported; nothing was changed.",
    },
    "infra.import_err_not_zip": {
        "ko": "'{file}' 파일은 zip 압축 파일이 아닙니다(열 수 없습니다).",
        "en": "'{file}' is not a zip archive (it could not be opened).",
    },
    "infra.import_err_foreign": {
        "ko": "압축 파일에 가져올 수 없는 파일이 있습니다: {files}. 허용되는 파일: cis.csv, relations.csv, "
        "metrics.csv, events.csv (.gz 가능).",
        "en": "The archive holds files that are not part of the format: {files}. Allowed: cis.csv, "
        "relations.csv, metrics.csv, events.csv (.gz ok).",
    },
    "infra.import_err_empty": {
        "ko": "'{file}'에 가져올 파일(cis.csv, relations.csv, metrics.csv, events.csv)이 없습니다.",
        "en": "'{file}' contains none of cis.csv, relations.csv, metrics.csv, events.csv.",
    },
    "infra.import_err_too_big": {
        "ko": "'{file}'이(가) 너무 커서 가져올 수 없습니다.",
        "en": "'{file}' is too large to import.",
    },
    "infra.import_err_duplicate": {
        "ko": "같은 종류의 파일이 두 번 들어 있습니다(예: cis.csv와 cis.csv.gz). 하나만 넣으세요.",
        "en": "The archive holds the same file twice (e.g. cis.csv and cis.csv.gz); keep one.",
    },
    "infra.import_err_user": {
        "ko": "가져오기를 시작한 사용자가 더 이상 활성 상태가 아닙니다.",
        "en": "The user who started the import is no longer active.",
    },
    "infra.import_err_missing": {
        "ko": "업로드한 파일을 찾을 수 없습니다. 다시 가져오세요.",
        "en": "The uploaded file is gone; start the import again.",
    },
    "infra.import_err_abandoned": {
        "ko": "가져오기 작업이 여러 번 중단되어 포기했습니다. 다시 시도하세요.",
        "en": "The import was interrupted several times and given up; try again.",
    },
    "infra.import_err_other": {"ko": "가져오기 실패: {reason}", "en": "Import failed: {reason}"},
    "infra.import_row_error": {"ko": "{row}행: {reason}", "en": "row {row}: {reason}"},
    "infra.import_more_rows": {"ko": "외 {count}행", "en": "and {count} more rows"},
}
