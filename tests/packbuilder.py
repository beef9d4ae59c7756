"""Builds tiny REAL Argos language packs for tests: a CTranslate2 model + SentencePiece, zipped.

`build_word_pack` makes a deterministic word-for-word translator (one-hot token and position
sub-spaces; cross-attention query = decoder position, key = encoder position, value = source
token; the output projection maps each source word to its dictionary translation), so tests can
assert exact output. `build_random_pack` makes a working model with random weights (nonsense
output), like a real pack the tests cannot predict.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import tempfile
import zipfile
from pathlib import Path

import numpy as np

MAX_POSITIONS = 420  # > the engine's longest decoding (2 * 200 tokens + 10)
FILLER_WORDS = (
    "the a is my of to and in it you that was for on are with as at be this have from or one "
    "had by word but not what all were we when your can said there use an each which she do how "
    "their if will up other about out many then them these so some her would make like him into "
    "time has look two more write go see number no way could people than first water been call "
    "who oil its now find long down day did get come made may part"
).split()


def _train_sentencepiece(workdir: Path, words: list[str]) -> Path:
    import sentencepiece as spm

    lines = []
    rng = np.random.default_rng(0)
    for i in range(600):
        lines.append(" ".join(rng.choice(words, size=8)) + ".!?,:;"[i % 6])
    lines.extend(words * 20)
    corpus = workdir / "corpus.txt"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    prefix = workdir / "sp"
    spm.SentencePieceTrainer.train(
        input=str(corpus), model_prefix=str(prefix), model_type="bpe",
        vocab_size=len(set(words)) + 3 * len(set("".join(words))) + 40,
        character_coverage=1.0, hard_vocab_limit=False,
        user_defined_symbols=["\u2581" + w for w in sorted(set(words))],
        bos_id=1, eos_id=2, unk_id=0, pad_id=-1, minloglevel=2,
        normalization_rule_name="identity", split_digits=False,
    )  # fmt: skip
    return prefix.with_suffix(".model")


def _vocab(sp_model: Path) -> list[str]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(sp_model))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    pieces[0], pieces[1], pieces[2] = "<unk>", "<s>", "</s>"
    return pieces


def _word_model(out_dir: Path, vocab: list[str], mapping: dict[int, int]) -> None:
    import ctranslate2
    from ctranslate2.specs import TransformerSpec

    v, p = len(vocab), MAX_POSITIONS
    d = v + p
    spec = TransformerSpec.from_config(num_layers=1, num_heads=1)
    enc, dec = spec.encoder, spec.decoder
    f32 = np.float32

    def one_hot_tokens() -> np.ndarray:
        emb = np.zeros((v, d), f32)
        emb[np.arange(v), np.arange(v)] = 1.0
        return emb

    positions = np.zeros((p, d), f32)
    positions[np.arange(p), v + np.arange(p)] = 1.0
    for side in (enc, dec):
        side.scale_embeddings = False
        side.position_encodings.encodings = positions
        side.layer_norm.gamma = np.ones(d, f32)
        side.layer_norm.beta = np.zeros(d, f32)
    enc.embeddings[0].weight = one_hot_tokens()
    dec.embeddings.weight = np.zeros((v, d), f32)  # the decoder only knows its position

    def zero_layer(layer: object, names: tuple[str, ...]) -> None:
        for name in names:
            block = getattr(layer, name)
            block.layer_norm.gamma = np.ones(d, f32)
            block.layer_norm.beta = np.zeros(d, f32)

    e0, d0 = enc.layer[0], dec.layer[0]
    zero_layer(e0, ("self_attention", "ffn"))
    zero_layer(d0, ("self_attention", "attention", "ffn"))
    for layer in (e0, d0):
        layer.self_attention.linear[0].weight = np.zeros((3 * d, d), f32)
        layer.self_attention.linear[1].weight = np.zeros((d, d), f32)
        layer.ffn.linear_0.weight = np.zeros((4, d), f32)
        layer.ffn.linear_1.weight = np.zeros((d, 4), f32)
    # Cross-attention: query = decoder position, key = encoder position, value = source token.
    wq = np.zeros((d, d), f32)
    wq[v + np.arange(p), v + np.arange(p)] = 8.0
    wkv = np.zeros((2 * d, d), f32)
    wkv[v + np.arange(p), v + np.arange(p)] = 8.0
    wkv[d + np.arange(v), np.arange(v)] = 1.0
    wo = np.zeros((d, d), f32)
    wo[np.arange(v), np.arange(v)] = 1.0
    d0.attention.linear[0].weight = wq
    d0.attention.linear[1].weight = wkv
    d0.attention.linear[2].weight = wo
    proj = np.zeros((v, d), f32)
    for src, tgt in mapping.items():
        proj[tgt, src] = 10.0
    dec.projection.weight = proj
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.config.add_source_eos = True
    spec.validate()
    spec.optimize(quantization="float32")
    spec.save(str(out_dir))
    assert ctranslate2.contains_model(str(out_dir))


def _random_model(out_dir: Path, vocab: list[str], seed: int) -> None:
    from ctranslate2.specs import TransformerSpec

    rng = np.random.default_rng(seed)
    d = 32
    spec = TransformerSpec.from_config(num_layers=1, num_heads=2)
    for name, value in list(spec.variables().items()):
        del name, value
    # Fill every required variable with small random numbers of the right shape.
    v = len(vocab)
    enc, dec = spec.encoder, spec.decoder
    r = lambda *shape: rng.normal(0, 0.3, shape).astype(np.float32)  # noqa: E731
    enc.embeddings[0].weight = r(v, d)
    dec.embeddings.weight = r(v, d)
    for side in (enc, dec):
        side.layer_norm.gamma = np.ones(d, np.float32)
        side.layer_norm.beta = np.zeros(d, np.float32)
    for layer, blocks in ((enc.layer[0], ("self_attention", "ffn")),
                          (dec.layer[0], ("self_attention", "attention", "ffn"))):  # fmt: skip
        for name in blocks:
            block = getattr(layer, name)
            block.layer_norm.gamma = np.ones(d, np.float32)
            block.layer_norm.beta = np.zeros(d, np.float32)
        layer.self_attention.linear[0].weight = r(3 * d, d)
        layer.self_attention.linear[1].weight = r(d, d)
        layer.ffn.linear_0.weight = r(64, d)
        layer.ffn.linear_1.weight = r(d, 64)
    dec.layer[0].attention.linear[0].weight = r(d, d)
    dec.layer[0].attention.linear[1].weight = r(2 * d, d)
    dec.layer[0].attention.linear[2].weight = r(d, d)
    dec.projection.weight = r(v, d)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.config.add_source_eos = True
    spec.validate()
    spec.optimize(quantization="int8")
    spec.save(str(out_dir))


def sbd_onnx_bytes(lang: str) -> bytes:
    """A tiny MiniSBD sentence-splitter model (what upstream Argos downloads on first use).

    It predicts "no boundary" everywhere, so a paragraph is one sentence; enough for a real
    LibreTranslate server to run offline on the test packs.
    """
    import onnx
    from onnx import TensorProto, helper

    units = helper.make_tensor_value_info("units", TensorProto.INT64, ["b", "l"])
    features = helper.make_tensor_value_info("features", TensorProto.FLOAT, ["b", "l", "f"])
    logits = helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["b", "l", 5])
    five = helper.make_tensor("five", TensorProto.INT64, [1], [5])
    nodes = [
        helper.make_node("Shape", ["units"], ["shape2"]),
        helper.make_node("Concat", ["shape2", "five"], ["shape3"], axis=0),
        helper.make_node("ConstantOfShape", ["shape3"], ["logits"],
                         value=helper.make_tensor("zero", TensorProto.FLOAT, [1], [0.0])),
    ]  # fmt: skip
    graph = helper.make_graph(nodes, "sbd", [units, features], [logits], initializer=[five])
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    model.ir_version = 8
    chars = sorted(set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,!?"))
    vocab = {"lang": lang, "idx": 0, "cutoff": 0, "lower": False,
             "_id2unit": ["<PAD>", "<UNK>", *chars]}  # fmt: skip
    vocab["_unit2id"] = {u: i for i, u in enumerate(vocab["_id2unit"])}
    config = {"feat_funcs": ["space_before", "capitalized", "numeric", "end_of_para",
                             "start_of_para"], "max_seqlen": 300}  # fmt: skip
    for key, value in (("lang_code", lang), ("config", json.dumps(config)),
                       ("vocab", json.dumps(vocab))):  # fmt: skip
        entry = model.metadata_props.add()
        entry.key, entry.value = key, value
    onnx.checker.check_model(model)
    return model.SerializeToString()


def _zip_pack(dest: Path, top: str, folder: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            zf.write(path, f"{top}/{path.relative_to(folder).as_posix()}")
    return dest


def _metadata(from_code: str, to_code: str, version: str) -> dict[str, object]:
    return {
        "package_version": version, "argos_version": "1.9.0", "type": "translate",
        "from_code": from_code, "from_name": from_code, "to_code": to_code, "to_name": to_code,
        "description": "test pack", "languages": [],
    }  # fmt: skip


_CACHE: dict[str, Path] = {}
MASK_WORDS = [f"XQ{i}" for i in range(10)] + [f"XQ{i:02d}" for i in range(30)]


def build_word_pack(
    dest_dir: Path,
    from_code: str,
    to_code: str,
    dictionary: dict[str, str],
    version: str = "1.0",
    with_masks: bool = True,
    with_sbd: bool = False,
) -> Path:
    """A deterministic word-for-word pack: `dictionary` maps source words to target words;
    other known words pass through unchanged. Returns the .argosmodel path in `dest_dir`.

    with_masks: the engine's mask tokens (XQ0..XQ9, XQ00..XQ29) are known words copied
    through, like a real model copying a code; with False the model turns each of them into
    "the", like a model that mangles codes (tests the verified fallback).
    """
    key = hashlib.sha256(
        json.dumps([from_code, to_code, dictionary, version, with_masks, with_sbd]).encode()
    ).hexdigest()
    dest = Path(dest_dir) / f"translate-{from_code}_{to_code}-{version}.argosmodel"
    if key in _CACHE and _CACHE[key].exists():
        dest.parent.mkdir(parents=True, exist_ok=True)
        if _CACHE[key] != dest:
            shutil.copy(_CACHE[key], dest)
        return dest
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        words = sorted({*FILLER_WORDS, *dictionary, *dictionary.values(), *MASK_WORDS})
        sp_model = _train_sentencepiece(work, words)
        vocab = _vocab(sp_model)
        index = {piece: i for i, piece in enumerate(vocab)}
        mapping = {i: i for i in range(len(vocab))}
        mapping[1] = 2
        if not with_masks:
            for word in MASK_WORDS:
                mapping[index["\u2581" + word]] = index["\u2581the"]
        for src, tgt in dictionary.items():
            if "\u2581" + src in index and "\u2581" + tgt in index:
                mapping[index["\u2581" + src]] = index["\u2581" + tgt]
        pack = work / "pack"
        (pack / "model").mkdir(parents=True)
        _word_model(pack / "model", vocab, mapping)
        shutil.copy(sp_model, pack / "sentencepiece.model")
        (pack / "metadata.json").write_text(json.dumps(_metadata(from_code, to_code, version)))
        (pack / "README.md").write_text("Test pack built by tests/packbuilder.py\n")
        if with_sbd:
            (pack / "minisbd").mkdir()
            (pack / "minisbd" / f"{from_code}.onnx").write_bytes(sbd_onnx_bytes(from_code))
        _zip_pack(dest, f"translate-{from_code}_{to_code}-{version}", pack)
    _CACHE[key] = dest
    return dest


_BPE_CHARS = sorted(set(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,!?:;'\"-_()&#@$%/*+=<>"
    "\u00e1\u00e9\u00ed\u00f3\u00fa\u00f1\u00fc\u00e7\u00e0\u00e8"
))  # fmt: skip


def bpe_codes(words: list[str]) -> tuple[str, list[str]]:
    """subword-nmt codes (version 0.2) under which every word in `words` is ONE symbol, and
    every piece the codes can produce (for the vocabulary). Merges are added word by word,
    left to right, after the words before them; earlier words keep their segmentation since
    a lower-ranked merge always applies first."""
    import io as _io

    from argostranslate.apply_bpe import BPE

    merges: list[tuple[str, str]] = []
    pieces: set[str] = set()
    for word in dict.fromkeys(words):
        codes = "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges)
        current = BPE(_io.StringIO(codes)).segment_tokens([word])
        symbols = [p[:-2] if p.endswith("@@") else p for p in current]
        symbols[-1] += "</w>"
        while len(symbols) > 1:
            merges.append((symbols[0], symbols[1]))
            symbols = [symbols[0] + symbols[1], *symbols[2:]]
            pieces.add(symbols[0].removesuffix("</w>"))
    text = "#version: 0.2\n" + "".join(f"{a} {b}\n" for a, b in merges)
    check = BPE(_io.StringIO(text))
    for word in words:
        assert check.segment_tokens([word]) == [word], word
    return text, sorted(pieces)


def build_bpe_pack(dest_dir: Path, from_code: str, to_code: str, dictionary: dict[str, str],
                   version: str = "1.0") -> Path:  # fmt: skip
    """A deterministic word-for-word pack in argostranslate's OTHER layout: `bpe.model`
    (subword-nmt codes over Moses tokens, "@@" joins) and no sentencepiece.model."""
    dest = Path(dest_dir) / f"translate-{from_code}_{to_code}-{version}-bpe.argosmodel"
    words = sorted({*dictionary, *dictionary.values(), *MASK_WORDS})
    codes, pieces = bpe_codes(words)
    # A merged piece only ends a word when it is a whole word ("hel" is always "hel@@").
    forms = [f for c in _BPE_CHARS for f in (c, c + "@@")] + [p + "@@" for p in pieces] + words
    vocab = ["<unk>", "<s>", "</s>", *dict.fromkeys(forms)]
    index = {piece: i for i, piece in enumerate(vocab)}
    mapping = {i: i for i in range(len(vocab))}
    mapping[1] = 2
    for src, tgt in dictionary.items():
        mapping[index[src]] = index[tgt]
    with tempfile.TemporaryDirectory() as tmp:
        pack = Path(tmp) / "pack"
        (pack / "model").mkdir(parents=True)
        _word_model(pack / "model", vocab, mapping)
        (pack / "bpe.model").write_text(codes, encoding="utf-8")
        (pack / "metadata.json").write_text(json.dumps(_metadata(from_code, to_code, version)))
        _zip_pack(dest, f"translate-{from_code}_{to_code}-{version}", pack)
    return dest


def build_random_pack(dest_dir: Path, from_code: str, to_code: str, version: str = "1.0",
                      seed: int = 0) -> Path:  # fmt: skip
    """A working pack whose output is unpredictable nonsense (random weights)."""
    dest = Path(dest_dir) / f"translate-{from_code}_{to_code}-{version}.argosmodel"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sp_model = _train_sentencepiece(work, list(FILLER_WORDS))
        pack = work / "pack"
        (pack / "model").mkdir(parents=True)
        _random_model(pack / "model", _vocab(sp_model), seed)
        shutil.copy(sp_model, pack / "sentencepiece.model")
        (pack / "metadata.json").write_text(json.dumps(_metadata(from_code, to_code, version)))
        _zip_pack(dest, f"translate-{from_code}_{to_code}-{version}", pack)
    return dest


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    """A zip archive in memory (for hostile packs)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in entries.items():
            zf.writestr(name, data)
    return buffer.getvalue()


def _zip_bomb(path: Path, meta: bytes) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("p/metadata.json", meta)
        with zf.open("p/model/model.bin", "w", force_zip64=True) as handle:
            chunk = b"\0" * (1 << 20)
            for _ in range(60):  # 60 MB of zeros: compresses ~1000x
                handle.write(chunk)


def _symlink_zip(meta: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("p/metadata.json", meta)
        link = zipfile.ZipInfo("p/model")
        link.external_attr = (0o120777 << 16) | 0x20
        zf.writestr(link, "/etc")
    return buffer.getvalue()


def _replace_member(good: Path, suffix: str, data: bytes) -> bytes:
    """A copy of a real pack with one file replaced (e.g. an empty vocabulary)."""
    out = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, data if info.filename.endswith(suffix) else src.read(info))
    return out.getvalue()


def build_hostile_packs(dest_dir: Path, good_pack: Path) -> dict[str, Path]:
    """One file per way a pack can be bad; each must be rejected with nothing changed.

    `good_pack` (a working .argosmodel) is the base for truncated and damaged variants.
    """
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    meta = _metadata("en", "fr", "1.0")
    ok = json.dumps(meta).encode()
    entries: dict[str, bytes] = {
        "not-a-zip": b"definitely not a zip file",
        "html-error-page": b"<html><body>502 Bad Gateway</body></html>",
        "zip-slip": zip_bytes({"p/metadata.json": ok, "../../evil.txt": b"x"}),
        "zip-slip-nested": zip_bytes({"p/metadata.json": ok, "p/../../evil.txt": b"x"}),
        "absolute-path": zip_bytes({"/etc/evil": b"x"}),
        "windows-path": zip_bytes({"p/metadata.json": ok, "C:/evil.txt": b"x"}),
        "symlink": _symlink_zip(ok),
        "no-metadata": zip_bytes({"p/model/model.bin": b"x", "p/sentencepiece.model": b"x"}),
        "bad-json": zip_bytes({"p/metadata.json": b"{not json", "p/model/model.bin": b"x"}),
        "metadata-not-object": zip_bytes({"p/metadata.json": b"[1, 2]"}),
        "metadata-latin1": zip_bytes({"p/metadata.json": b'{"from_code": "\xe9"}'}),
        "wrong-type": zip_bytes({"p/metadata.json": json.dumps({**meta, "type": "sbd"}).encode()}),
        "bad-code": zip_bytes(
            {"p/metadata.json": json.dumps({**meta, "to_code": "../x"}).encode()}
        ),
        # Issue 15 fault 7: "es\n" matched a `$`-anchored pattern and installed a ghost pack.
        "code-newline": zip_bytes(
            {"p/metadata.json": json.dumps({**meta, "to_code": "es\n"}).encode()}
        ),
        "code-underscore": zip_bytes(
            {"p/metadata.json": json.dumps({**meta, "from_code": "en_x"}).encode()}
        ),
        # Issue 15 fault 14: deep nesting and a path that is a folder where a file belongs.
        "deep-metadata": zip_bytes({"p/metadata.json": b"[" * 100_000 + b"]" * 100_000}),
        "metadata-is-a-folder": zip_bytes({"p/metadata.json/x": ok, "p/model/model.bin": b"x"}),
        "same-language": zip_bytes(
            {"p/metadata.json": json.dumps({**meta, "to_code": "en"}).encode()}
        ),
        "no-model": zip_bytes({"p/metadata.json": ok, "p/sentencepiece.model": b"x"}),
        "no-sentencepiece": zip_bytes({"p/metadata.json": ok, "p/model/model.bin": b"x"}),
        "garbage-model": zip_bytes(
            {
                "p/metadata.json": ok,
                "p/model/model.bin": b"garbage",
                "p/sentencepiece.model": b"garbage",
            }
        ),  # fmt: skip
        "two-top-folders": zip_bytes({"a/metadata.json": ok, "b/metadata.json": ok}),
        "top-is-a-file": zip_bytes({"metadata.json": ok}),
        "empty-zip": zip_bytes({}),
        "too-many-files": zip_bytes({f"p/f{i}": b"" for i in range(5_001)}),
        "truncated": good_pack.read_bytes()[: good_pack.stat().st_size // 2],
        "broken-vocabulary": _replace_member(good_pack, "shared_vocabulary.json", b"[]"),
        "garbage-model-bin": _replace_member(good_pack, "model.bin", b"\x00garbage" * 100),
        "garbage-tokenizer": _replace_member(good_pack, "sentencepiece.model", b"garbage"),
    }
    out: dict[str, Path] = {}
    for name, data in entries.items():
        out[name] = dest_dir / f"{name}.argosmodel"
        out[name].write_bytes(data)
    out["zip-bomb"] = dest_dir / "zip-bomb.argosmodel"
    _zip_bomb(out["zip-bomb"], ok)
    return out
