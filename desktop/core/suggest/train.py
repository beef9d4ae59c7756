"""`make train-suggest`: fit the suggestion model on the labelled corpus (never the test set)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.core.suggest.features import NGRAM_BITS, Features, extract
from desktop.core.suggest.model import (
    MODEL_FILE,
    FeatureWeights,
    Model,
    softmax,
    vectorize,
    vocabulary_key,
)

DATA = Path(__file__).resolve().parents[3] / "tests" / "data"
CATEGORIES = DATA / "suggest" / "categories.tsv"
SEED = 13


@dataclass(frozen=True)
class Params:
    """Training hyper-parameters (chosen by cross-validation on the training corpus)."""

    epochs: int = 8
    batch: int = 128
    rate: float = 0.05
    l2: float = 3e-5  # stronger than the best CV value: better on messages of other authors
    feature_weights: FeatureWeights = FeatureWeights()


@dataclass(frozen=True)
class Example:
    text: str
    category: str
    lang: str  # the corpus file's language, or "labelled" for suggest_labelled.jsonl


def load_categories(path: Path = CATEGORIES) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [line.split("\t", 1)[0].strip() for line in lines if line.strip()]


def training_files(data: Path = DATA) -> list[Path]:
    """Every training file: tests/data/suggest/train/*.jsonl and the older labelled set.

    tests/data/suggest/test/ is the held-out test set: it is never read here.
    """
    files = sorted((data / "suggest" / "train").glob("*.jsonl"))
    labelled = data / "suggest_labelled.jsonl"
    return files + ([labelled] if labelled.is_file() else [])


def load_corpus(files: Sequence[Path], categories: Sequence[str]) -> list[Example]:
    """Rows of known categories, each text once (the first label wins)."""
    known = set(categories)
    seen: set[str] = set()
    out = []
    for path in files:
        lang = "labelled" if path.name == "suggest_labelled.jsonl" else path.stem
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                text, category = str(row["text"]), str(row["category"])
            except (ValueError, KeyError, TypeError):
                print(f"{path.name}:{number}: not a {{text, category}} object", file=sys.stderr)
                continue
            if category not in known:
                print(f"{path.name}:{number}: unknown category {category!r}", file=sys.stderr)
                continue
            if text in seen:
                continue
            seen.add(text)
            out.append(Example(text, category, str(row.get("lang") or lang)))
    return out


def shipped_matcher() -> Any:
    from desktop.core.glossary import load_layers
    from desktop.core.paths import shipped_dir

    return load_layers([shipped_dir("glossary")])[1]


def featurize(examples: Sequence[Example], matcher: Any) -> list[Features]:
    return [extract(matcher, e.text) for e in examples]


def build_vocab(features: Sequence[Features]) -> dict[str, int]:
    keys = {vocabulary_key("c", c) for f in features for c in f.concepts}
    keys |= {vocabulary_key("e", k) for f in features for k in f.kinds}
    return {key: (1 << NGRAM_BITS) + i for i, key in enumerate(sorted(keys))}


def fit(rows: Sequence[tuple[Any, Any]], labels: Any, classes: int, columns: int,
        params: Params, seed: int = SEED) -> tuple[Any, Any]:  # fmt: skip
    """Softmax regression by mini-batch Adam (lazy on the columns of each batch), L2-regularised."""
    import numpy as np

    rng = np.random.default_rng(seed)
    keep = [i for i, row in enumerate(rows) if len(row[0])]  # a message without any feature
    rows, labels = [rows[i] for i in keep], labels[keep]
    weights = np.zeros((columns, classes), dtype=np.float32)
    bias = np.zeros(classes, dtype=np.float32)
    m_w, v_w = np.zeros_like(weights), np.zeros_like(weights)
    m_b, v_b = np.zeros_like(bias), np.zeros_like(bias)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    step = 0
    total = params.epochs * ((len(rows) + params.batch - 1) // params.batch)
    for _epoch in range(params.epochs):
        order = rng.permutation(len(rows))
        for start in range(0, len(rows), params.batch):
            batch = order[start : start + params.batch]
            cols = np.concatenate([rows[i][0] for i in batch])
            vals = np.concatenate([rows[i][1] for i in batch])
            lengths = np.array([len(rows[i][0]) for i in batch])
            where = np.repeat(np.arange(len(batch)), lengths)
            # Sparse products by segment sums: a batch touches ~1 % of the columns.
            row_starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
            logits = np.add.reduceat(weights[cols] * vals[:, None], row_starts, axis=0)
            grad = softmax(logits + bias).astype(np.float32)
            grad[np.arange(len(batch)), labels[batch]] -= 1.0
            grad /= len(batch)
            by_col = np.argsort(cols, kind="stable")
            sorted_cols = cols[by_col]
            firsts = np.flatnonzero(np.r_[True, sorted_cols[1:] != sorted_cols[:-1]])
            used = sorted_cols[firsts]
            contrib = (grad[where] * vals[:, None])[by_col]
            w_used = weights[used]
            g_w = np.add.reduceat(contrib, firsts, axis=0) + params.l2 * w_used
            g_b = grad.sum(axis=0)
            step += 1
            rate = params.rate * (1.0 - 0.9 * step / total)  # linear decay to a tenth
            m_used = beta1 * m_w[used] + (1 - beta1) * g_w
            v_used = beta2 * v_w[used] + (1 - beta2) * g_w * g_w
            m_w[used] = m_used
            v_w[used] = v_used
            m_b[:] = beta1 * m_b + (1 - beta1) * g_b
            v_b[:] = beta2 * v_b + (1 - beta2) * g_b * g_b
            fix1, fix2 = 1 - beta1**step, 1 - beta2**step
            weights[used] = w_used - rate * (m_used / fix1) / (np.sqrt(v_used / fix2) + eps)
            bias -= rate * (m_b / fix1) / (np.sqrt(v_b / fix2) + eps)
    return weights, bias


def fit_temperature(logits: Any, labels: Any) -> float:
    """The softmax temperature that minimises the held-back slice's negative log-likelihood."""
    import numpy as np

    best, best_nll = 1.0, float("inf")
    for t in np.exp(np.linspace(np.log(0.05), np.log(20.0), 121)):
        p = softmax(logits, float(t))[np.arange(len(labels)), labels]
        nll = float(-np.log(np.maximum(p, 1e-12)).mean())
        if nll < best_nll:
            best, best_nll = float(t), nll
    return best


def held_back(labels: Any, every: int = 10, seed: int = SEED) -> Any:
    """A stratified, deterministic slice: every `every`-th message of each category (shuffled)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    mask = np.zeros(len(labels), dtype=bool)
    for c in np.unique(labels):
        idx = rng.permutation(np.flatnonzero(labels == c))
        mask[idx[::every]] = len(idx) >= 3  # a category with 1-2 examples keeps them for training
    return mask


def train_model(examples: Sequence[Example], features: Sequence[Features],
                categories: list[str], params: Params = Params(),
                calibrate: bool = True) -> Model:  # fmt: skip
    """Calibrate the temperature on a held-back slice, then refit on every example."""
    import numpy as np

    vocab = build_vocab(features)
    columns = (1 << NGRAM_BITS) + len(vocab)
    index = {c: i for i, c in enumerate(categories)}
    labels = np.array([index[e.category] for e in examples], dtype=np.int64)
    rows = [vectorize(f, vocab, params.feature_weights) for f in features]
    mask = held_back(labels) if calibrate else np.zeros(len(labels), dtype=bool)
    temperature = 1.0
    if mask.any():
        keep = np.flatnonzero(~mask)
        w, b = fit([rows[i] for i in keep], labels[keep], len(categories), columns, params)
        probe = Model(categories, vocab, w, np.ones(len(categories), np.float32), b, 1.0,
                      params.feature_weights)  # fmt: skip
        logits = np.array([probe.logits(features[int(i)]) for i in np.flatnonzero(mask)])
        temperature = fit_temperature(logits, labels[mask])
    w, b = fit(rows, labels, len(categories), columns, params)
    return Model(categories, vocab, w, np.ones(len(categories), np.float32), b, temperature,
                 params.feature_weights)  # fmt: skip


def cross_validate(examples: Sequence[Example], features: Sequence[Features],
                   categories: list[str], folds: int = 5,
                   params: Params = Params()) -> list[list[str]]:  # fmt: skip
    """Each example's categories, best first, from a model that never saw it (k folds)."""
    import numpy as np

    rng = np.random.default_rng(SEED)
    fold_of = rng.permutation(len(examples)) % folds
    ranked: list[list[str]] = [[] for _ in examples]
    for k in range(folds):
        train = [i for i in range(len(examples)) if fold_of[i] != k]
        model = train_model(
            [examples[i] for i in train],
            [features[i] for i in train],
            categories,
            params,
            calibrate=False,
        )  # the ranking ignores it
        for i in np.flatnonzero(fold_of == k):
            order = np.argsort(-model.logits(features[int(i)]), kind="stable")
            ranked[int(i)] = [categories[j] for j in order]
    return ranked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.core.suggest.train")
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help="where to write the model")
    parser.add_argument(
        "--cv", type=int, default=0, metavar="K", help="also print a K-fold cross-validation"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    categories = load_categories()
    examples = load_corpus(training_files(), categories)
    features = featurize(examples, shipped_matcher())
    print(f"{len(examples)} messages, {len({e.category for e in examples})}/{len(categories)} "
          f"categories, features in {time.perf_counter() - started:.1f} s")  # fmt: skip
    if args.cv:
        ranked = cross_validate(examples, features, categories, args.cv)
        top1 = sum(r[:1] == [e.category] for r, e in zip(ranked, examples, strict=True)) / len(
            examples
        )
        top3 = sum(e.category in r[:3] for r, e in zip(ranked, examples, strict=True)) / len(
            examples
        )
        print(f"{args.cv}-fold: {top1:.1%} first, {top3:.1%} top 3")
    model = train_model(examples, features, categories)
    model.save(args.out)
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 1e6:.2f} MB, temperature {model.temperature:.2f}) "
          f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
