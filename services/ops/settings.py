"""OPS runtime settings (declared in `install`, read with `settings_registry.get`)."""

from __future__ import annotations

from services.core.settings_registry import SettingSpec

LLM_MODEL = "llm_model"

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
)
