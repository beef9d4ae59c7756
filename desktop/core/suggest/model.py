"""The trained model: a softmax over categories on hashed n-grams, concepts and entity kinds."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.suggest.features import NGRAM_BITS, Features

MODEL_FILE = Path(__file__).resolve().parent / "model.npz"
MAX_MODEL_BYTES = 5_000_000


@dataclass(frozen=True)
class FeatureWeights:
    """How much each feature group counts in the input vector (saved with the model)."""

    grams: float = 1.0  # the n-gram part has this L2 norm
    concept: float = 0.6  # each glossary concept found
    kind: float = 0.5  # each entity kind found


def vocabulary_key(group: str, name: str) -> str:
    return f"{group}:{name}"


def vectorize(
    features: Features, vocab: dict[str, int], weights: FeatureWeights
) -> tuple[Any, Any]:
    """(column ids, values) of one message; concepts and kinds unknown to the model are dropped."""
    import numpy as np

    grams = features.grams
    cols = [grams]
    vals = [np.full(len(grams), weights.grams / max(1.0, len(grams)) ** 0.5, dtype=np.float32)]
    extra_cols = []
    extra_vals = []
    for group, names, value in (
        ("c", features.concepts, weights.concept),
        ("e", features.kinds, weights.kind),
    ):
        for name in names:
            col = vocab.get(vocabulary_key(group, name))
            if col is not None:
                extra_cols.append(col)
                extra_vals.append(value)
    cols.append(np.asarray(extra_cols, dtype=np.int64))
    vals.append(np.asarray(extra_vals, dtype=np.float32))
    return np.concatenate(cols), np.concatenate(vals)


class Model:
    """Weights quantized to int8 per category; `logits` costs one gather for a 1 KB message."""

    def __init__(
        self,
        categories: list[str],
        vocab: dict[str, int],
        weights: Any,
        scale: Any,
        bias: Any,
        temperature: float,
        feature_weights: FeatureWeights,
    ) -> None:
        self.categories = categories
        self.vocab = vocab
        self.weights = weights  # (buckets + vocabulary, categories) int8 or float32
        self.scale = scale
        self.bias = bias
        self.temperature = temperature
        self.feature_weights = feature_weights
        self.names = {col: key for key, col in vocab.items()}

    @classmethod
    def load(cls, path: Path = MODEL_FILE) -> Model:
        import numpy as np

        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(str(data["meta"]))
            return cls(
                list(meta["categories"]),
                {key: (1 << NGRAM_BITS) + i for i, key in enumerate(meta["vocab"])},
                data["weights"],
                data["scale"],
                data["bias"],
                float(meta["temperature"]),
                FeatureWeights(**meta["feature_weights"]),
            )

    def save(self, path: Path) -> None:
        """Quantize to int8 (per-category scale) and write atomically."""
        import io

        import numpy as np

        from desktop.core.atomic import write_bytes

        weights = np.asarray(self.weights, dtype=np.float32)
        scale = np.maximum(np.abs(weights).max(axis=0), 1e-9) / 127.0
        quantized = np.clip(np.rint(weights / scale), -127, 127).astype(np.int8)
        vocab = [key for key, _ in sorted(self.vocab.items(), key=lambda kv: kv[1])]
        meta = {
            "categories": self.categories,
            "vocab": vocab,
            "temperature": self.temperature,
            "feature_weights": self.feature_weights.__dict__,
        }
        buffer = io.BytesIO()
        np.savez_compressed(buffer, weights=quantized, scale=scale.astype(np.float32),
                            bias=np.asarray(self.bias, dtype=np.float32),
                            meta=np.array(json.dumps(meta)))  # fmt: skip
        write_bytes(path, buffer.getvalue())

    def logits(self, features: Features) -> Any:
        import numpy as np

        cols, vals = vectorize(features, self.vocab, self.feature_weights)
        rows = self.weights[cols].astype(np.float32)
        return (vals @ rows) * self.scale + self.bias

    def contributions(self, features: Features, category: int) -> list[tuple[str, float]]:
        """Concepts and entity kinds pushing towards `category`, strongest first (the tooltip)."""
        out = []
        for group, names, value in (
            ("c", features.concepts, self.feature_weights.concept),
            ("e", features.kinds, self.feature_weights.kind),
        ):
            for name in names:
                col = self.vocab.get(vocabulary_key(group, name))
                if col is not None:
                    weight = float(self.weights[col, category]) * float(self.scale[category])
                    if weight * value > 0:
                        out.append((vocabulary_key(group, name), weight * value))
        return sorted(out, key=lambda kv: (-kv[1], kv[0]))


def softmax(logits: Any, temperature: float = 1.0) -> Any:
    import numpy as np

    z = np.asarray(logits, dtype=np.float64) / temperature
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)
