"""The Argos engine on real tiny packs: exact output, masks, fallback, pivot, n-best, cache."""

from __future__ import annotations

import threading

import pytest

from desktop.core.translate.engine import MissingPackError
from desktop.core.translate.protect import Span, TranslationCancelled

ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"
TXID = "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"


def test_word_for_word_translation_is_exact(engine):
    result = engine.translate("hello world. my deposit is pending!", "en", "es")
    assert result.text == "hola mundo. mi dep\u00f3sito es pendiente!"
    assert result.engine == "argos" and result.pivot == () and result.warnings == ()


def test_entities_and_placeholders_survive_unchanged(engine):
    text = f"my deposit {ADDRESS} is pending, txid {TXID}, user_name {{{{ order_id }}}} 250 USDT"
    result = engine.translate(text, "en", "es")
    for value in (ADDRESS, TXID, "user_name", "{{ order_id }}", "250 USDT"):
        assert result.text.count(value) == 1, (value, result.text)
    assert result.text.startswith("mi dep\u00f3sito")


def test_lost_masks_fall_back_to_translating_between_spans(tmp_path):
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.packs import install_from_file
    from tests.packbuilder import build_word_pack

    pack = build_word_pack(tmp_path, "en", "es", {"hello": "hola", "world": "mundo"},
                           with_masks=False)  # fmt: skip
    install_from_file(tmp_path / "p", pack)
    result = ArgosEngine(tmp_path / "p").translate(f"hello {ADDRESS} world", "en", "es")
    assert result.text == f"hola {ADDRESS} mundo"
    assert "mask-fallback" in result.warnings


def test_caller_spans_force_the_approved_term(engine):
    text = "my withdrawal is pending"
    start = text.index("withdrawal")
    span = Span(start, start + len("withdrawal"), "retirada", "glossary", "withdrawal")
    result = engine.translate(text, "en", "es", spans=[span])
    assert result.text == "mi retirada es pendiente"
    assert result.glossary_hits == (span,)


def test_pivot_through_english(engine):
    result = engine.translate("hola mundo", "es", "zh-Hans")
    assert result.text == "\u4f60\u597d \u4e16\u754c"
    assert result.pivot == ("es", "en", "zh-Hans")


def test_back_translation_and_alternatives(engine):
    result = engine.translate("hello world", "en", "es", n_best=3, back=True)
    assert result.text == "hola mundo"
    assert result.back == "hello world"
    assert len(result.alternatives) <= 3
    assert result.text not in result.alternatives


def test_missing_pack_is_a_clear_error(engine):
    with pytest.raises(MissingPackError) as info:
        engine.translate("hola", "es", "ja")
    assert (info.value.source, info.value.target) == ("es", "ja")


def test_detection_code_zh_maps_to_the_zh_pack(engine):
    assert engine.translate("\u4f60\u597d", "zh", "en").text == "hello"


def test_long_input_is_split_not_truncated(engine):
    text = " ".join(["hello world."] * 700)  # > 1024 tokens in one message
    result = engine.translate(text, "en", "es")
    assert result.text.count("hola mundo.") == 700


def test_cache_returns_the_same_object(engine):
    first = engine.translate("hello world", "en", "es")
    assert engine.translate("hello world", "en", "es") is first


def test_cancel_before_work(engine):
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(TranslationCancelled):
        engine.translate("hello world again", "en", "es", cancel=cancel)


def test_concurrent_translations_from_threads(engine):
    results = []

    def work() -> None:
        results.append(engine.translate("my withdrawal is pending", "en", "es").text)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["mi retiro es pendiente"] * 6
