"""Packs whose tokenizer is `bpe.model` (Moses + subword-nmt BPE), the second layout
argostranslate 1.12 loads, install and translate through our engine (issue 15 fault 15)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from desktop.core.errors import BadInputError
from desktop.core.translate.argos import ArgosEngine
from desktop.core.translate.packs import install_from_file, list_installed
from desktop.core.translate.tokenizers import BPETokenizer, load_tokenizer
from tests.packbuilder import build_bpe_pack, zip_bytes

EN_DE = {"hello": "hallo", "world": "welt", "deposit": "einzahlung", "pending": "ausstehend",
         "my": "meine", "is": "ist"}  # fmt: skip


@pytest.fixture(scope="module")
def bpe_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_bpe_pack(tmp_path_factory.mktemp("bpe"), "en", "de", EN_DE)


def test_bpe_pack_installs_and_translates_exactly(bpe_pack, tmp_path):
    packs = tmp_path / "packs"
    pack = install_from_file(packs, bpe_pack)
    assert (pack.code, pack.version) == ("en-de", "1.0")
    assert (pack.path / "bpe.model").is_file() and not (pack.path / "sentencepiece.model").exists()
    engine = ArgosEngine(packs)
    assert engine.translate("hello world", "en", "de").text == "hallo welt"
    # Moses punctuation handling, an unknown capitalised word spelled by subwords, a code kept.
    out = engine.translate("Hello, my deposit TX9F3A2 is pending!", "en", "de").text
    assert out == "Hello, meine einzahlung TX9F3A2 ist ausstehend!"
    assert engine.translate("hello world", "en", "de", n_best=2).text == "hallo welt"


def test_our_bpe_tokens_are_argostranslates(bpe_pack, tmp_path):
    """Same tokens as upstream's BPETokenizer, so real BPE packs see the input they expect."""
    from argostranslate.tokenizer import BPETokenizer as Upstream

    folder = install_from_file(tmp_path / "packs", bpe_pack).path
    ours = load_tokenizer(folder, "en", "de")
    assert isinstance(ours, BPETokenizer)
    upstream = Upstream(folder / "bpe.model", "en", "de")
    for text in ("Hello, world!", "my deposit is pending.", "Don't \u201cquote\u201d me \u2014 ok?",
                 "0xABCdef123 & <tag> 50% off"):  # fmt: skip
        tokens = upstream.encode(text)
        assert ours.encode(text) == tokens, text
        assert ours.decode(tokens) == upstream.decode(tokens), text


def test_a_malformed_bpe_model_is_refused_not_an_exit(tmp_path):
    """Upstream's BPE() calls sys.exit(1) on a bad line: we refuse the pack instead."""
    import json

    meta = json.dumps({"type": "translate", "from_code": "en", "to_code": "de"}).encode()
    for codes, expected in ((b"#version: 0.2\na b c\n", "line 2 is not two symbols"),
                            (b"a b\n\nc d\n", "line 2"), (b"\xff\xfe", "bpe.model cannot be")):  # fmt: skip
        archive = tmp_path / "bad.argosmodel"
        archive.write_bytes(zip_bytes({"p/metadata.json": meta, "p/model/model.bin": b"x",
                                       "p/bpe.model": codes}))  # fmt: skip
        with pytest.raises(BadInputError, match=expected):
            install_from_file(tmp_path / "packs", archive)
    assert list_installed(tmp_path / "packs") == []


def test_a_damaged_bpe_model_after_install_is_a_clear_error(bpe_pack, tmp_path):
    from desktop.core.translate.argos import PackLoadError

    packs = tmp_path / "packs"
    pack = install_from_file(packs, bpe_pack)
    (pack.path / "bpe.model").write_text("#version: 0.2\nx y z\n", encoding="utf-8")
    with pytest.raises(PackLoadError, match="reinstall"):
        ArgosEngine(packs).translate("hello", "en", "de")
    assert zipfile.is_zipfile(bpe_pack)
