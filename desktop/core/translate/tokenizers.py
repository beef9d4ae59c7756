"""A pack's tokenizer: `sentencepiece.model`, or `bpe.model` + Moses (the two layouts Argos loads).

argostranslate 1.12 picks SentencePiece when `sentencepiece.model` exists, else BPE codes in
`bpe.model` applied to Moses-tokenized text (its BPETokenizer); we load both the same way.
"""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

from desktop.core.errors import BadInputError

MAX_BPE_BYTES = 50_000_000
_CONTROL = frozenset({"<unk>", "<s>", "</s>", "<pad>", "<blank>"})
_BYTE = re.compile(r"<0x([0-9A-Fa-f]{2})>")


class Tokenizer(Protocol):
    def encode(self, text: str) -> list[str]: ...

    def decode(self, pieces: Sequence[str], prefix: str = "") -> str: ...


def _sp_decode(pieces: Sequence[str], prefix: str = "") -> str:
    """Our own decode: SentencePiece's would turn every "_" into a space.

    Byte-fallback pieces ("<0xE4>") are joined back into UTF-8; a target prefix token
    (multilingual packs, metadata "target_prefix") is dropped.
    """
    out: list[str] = []
    pending = bytearray()
    for piece in pieces:
        byte = _BYTE.fullmatch(piece) if piece.startswith("<0x") else None
        if byte:
            pending.append(int(byte.group(1), 16))
            continue
        if pending:
            out.append(pending.decode("utf-8", "replace"))
            pending.clear()
        if piece in _CONTROL or (prefix and piece == prefix):
            continue
        out.append(piece)
    if pending:
        out.append(pending.decode("utf-8", "replace"))
    return "".join(out).replace("\u2581", " ").strip()


class SentencePieceTokenizer:
    def __init__(self, model_file: Path) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=str(model_file))

    def encode(self, text: str) -> list[str]:
        return list(self._sp.encode(text, out_type=str))

    def decode(self, pieces: Sequence[str], prefix: str = "") -> str:
        return _sp_decode(pieces, prefix)


def _bpe_codes(model_file: Path) -> str:
    """The codes text, checked first: upstream's BPE() calls sys.exit on a malformed line."""
    if model_file.stat().st_size > MAX_BPE_BYTES:
        raise BadInputError("the pack's bpe.model is too large")
    text = model_file.read_text(encoding="utf-8")
    lines = text.splitlines()
    start = 1 if lines and lines[0].startswith("#version:") else 0
    if start and not re.fullmatch(r"#version:\s*\d+(\.\d+)*", lines[0].strip()):
        raise BadInputError("the pack's bpe.model has a bad version line")
    for number, line in enumerate(lines[start:], start=start + 1):
        if len(line.strip("\r\n ").split(" ")) != 2:
            raise BadInputError(f"the pack's bpe.model line {number} is not two symbols")
    return text


class BPETokenizer:
    """Moses punctuation normalisation + tokenization, then subword-nmt BPE ("@@" joins)."""

    def __init__(self, model_file: Path, from_code: str, to_code: str) -> None:
        from argostranslate.apply_bpe import BPE  # a pure module: no settings, no network
        from sacremoses.normalize import MosesPunctNormalizer
        from sacremoses.tokenize import MosesDetokenizer, MosesTokenizer

        codes = _bpe_codes(model_file)
        try:
            self._bpe: Any = BPE(io.StringIO(codes))
        except SystemExit:  # belt and braces: never let a pack file end the app
            raise BadInputError("the pack's bpe.model cannot be loaded") from None
        self._normalizer = MosesPunctNormalizer(from_code)
        self._tokenizer = MosesTokenizer(from_code)
        self._detokenizer = MosesDetokenizer(to_code)

    def encode(self, text: str) -> list[str]:
        normalized = self._normalizer.normalize(text)
        tokens = " ".join(self._tokenizer.tokenize(normalized)).strip("\r\n ").split(" ")
        return list(self._bpe.segment_tokens(tokens))

    def decode(self, pieces: Sequence[str], prefix: str = "") -> str:
        kept = [p for p in pieces if p not in _CONTROL and not (prefix and p == prefix)]
        joined = " ".join(kept).replace("@@ ", "")
        if joined.endswith("@@"):
            joined = joined[:-2]
        words = joined.split(" ") if joined else []
        return str(self._detokenizer.detokenize(words)).strip()


def load_tokenizer(folder: Path, from_code: str, to_code: str) -> Tokenizer:
    """The pack's tokenizer, in Argos's order of preference; BadInputError when it has none
    or the file cannot be loaded (OSError, RuntimeError and ValueError are turned into it)."""
    sp_model, bpe_model = folder / "sentencepiece.model", folder / "bpe.model"
    try:
        if sp_model.is_file():
            return SentencePieceTokenizer(sp_model)
        if bpe_model.is_file():
            return BPETokenizer(bpe_model, from_code, to_code)
    except BadInputError:
        raise
    except (OSError, RuntimeError, ValueError) as exc:
        name = "sentencepiece.model" if sp_model.is_file() else "bpe.model"
        reason = str(exc).split(":")[0]  # the rest names our staging folder
        raise BadInputError(f"the pack's {name} cannot be loaded ({reason})") from None
    raise BadInputError("the pack has no sentencepiece.model or bpe.model")
