"""OPS runtime settings (declared in `install`, read with `settings_registry.get`)."""

from __future__ import annotations

from services.core.settings_registry import SettingSpec

LLM_MODEL = "llm_model"
WATCH_INTERVAL_MINUTES = "ops_watch_interval_minutes"

SPECS: tuple[SettingSpec, ...] = (
    SettingSpec(
        LLM_MODEL,
        str,
        None,
        "ops",
        "OPS 계획기에 쓸 LiteLLM 모델 ID (예: openai/gpt-4o-mini). 비우면 규칙 기반 계획기를 씁니다.",
        "LiteLLM model id of the OPS planner (e.g. openai/gpt-4o-mini); empty uses the rules planner.",
        nullable=True,
        pattern=r"[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,199}",
    ),
    SettingSpec(
        WATCH_INTERVAL_MINUTES,
        int,
        60,
        "ops",
        "Regression Watch 골든 질의를 CEP 리더에서 다시 실행하는 간격(분). 0이면 예약 실행을 끕니다.",
        "How often the CEP leader re-runs the Regression Watch golden queries (minutes); 0 turns scheduled runs off.",
        minimum=0,
        maximum=10_080,
    ),
)
