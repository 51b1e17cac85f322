"""Planners turn a question into a Plan: `rules` (deterministic, default) and `llm` (LiteLLM)."""
