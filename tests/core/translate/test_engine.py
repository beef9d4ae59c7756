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


def test_missing_back_pack_keeps_the_translation_with_a_warning(tmp_path, pack_files):
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.packs import install_from_file

    install_from_file(tmp_path / "p", pack_files["en-es"])
    result = ArgosEngine(tmp_path / "p").translate("hello world", "en", "es", back=True)
    assert (result.text, result.back, result.warnings) == ("hola mundo", None,
                                                           ("back-missing-pack",))  # fmt: skip


def test_pivot_with_back_translation(engine):
    result = engine.translate("hola mundo", "es", "zh-Hans", back=True)
    assert result.text == "\u4f60\u597d \u4e16\u754c"
    assert result.back == "hola mundo"  # zh-Hans -> en -> es
    assert result.pivot == ("es", "en", "zh-Hans")


def test_preload_loads_the_whole_route(engine):
    assert engine.preload("es", "zh") == [("es", "en"), ("en", "zh-Hans")]
    with pytest.raises(MissingPackError):
        engine.preload("es", "ja")


def test_long_sentence_without_punctuation_is_split_by_tokens(engine):
    text = " ".join(["my deposit is pending"] * 150)  # one 600-word "sentence"
    result = engine.translate(text, "en", "es")
    assert result.text == " ".join(["mi dep\u00f3sito es pendiente"] * 150)


def test_oversized_text_is_refused_clearly(engine):
    from desktop.core.errors import BadInputError

    with pytest.raises(BadInputError, match="too long"):
        engine.translate("hello " * 1_000_000, "en", "es")


def test_damaged_installed_pack_is_a_clear_error(tmp_path, pack_files):
    from desktop.core.errors import ReplyBridgeError
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.packs import install_from_file

    pack = install_from_file(tmp_path / "p", pack_files["en-es"])
    (pack.path / "model" / "model.bin").write_bytes(b"damaged by a disk error")
    with pytest.raises(ReplyBridgeError, match="reinstall"):
        ArgosEngine(tmp_path / "p").translate("hello", "en", "es")


def test_traditional_chinese_pack_code_zt_maps_to_zh_hant(tmp_path):
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.packs import install_from_file
    from tests.packbuilder import build_word_pack

    install_from_file(
        tmp_path / "p", build_word_pack(tmp_path, "en", "zt", {"hello": "\u54c8\u56c9"})
    )
    engine = ArgosEngine(tmp_path / "p")
    assert engine.pairs() == {("en", "zh-Hant")}
    assert engine.translate("hello", "en", "zh-Hant").text == "\u54c8\u56c9"


def test_cache_key_includes_the_spans(engine):
    text = "my withdrawal is pending"
    start = text.index("withdrawal")
    plain = engine.translate(text, "en", "es")
    forced = engine.translate(text, "en", "es",
                              spans=[Span(start, start + 10, "retirada", "glossary")])  # fmt: skip
    assert (plain.text, forced.text) == ("mi retiro es pendiente", "mi retirada es pendiente")


def test_own_decoding_keeps_underscores_bytes_and_drops_the_target_prefix():
    from desktop.core.translate.argos import _decode

    assert _decode(["\u2581user_id", "\u2581ok"]) == "user_id ok"
    assert _decode(["\u2581a", "<0xE4>", "<0xBD>", "<0xA0>", "</s>"]) == "a\u4f60"
    assert _decode(["__es__", "\u2581hola"], prefix="__es__") == "hola"


def test_a_nonsense_model_never_corrupts_protected_values(tmp_path):
    """Random weights: the output is unpredictable, the protected values are not."""
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.packs import install_from_file
    from tests.packbuilder import build_random_pack

    install_from_file(tmp_path / "p", build_random_pack(tmp_path, "en", "fr", seed=3))
    text = f"hello {ADDRESS} world, the {{{{ name }}}} is 250 USDT. thanks"
    result = ArgosEngine(tmp_path / "p").translate(text, "en", "fr", n_best=3)
    for value in (ADDRESS, "{{ name }}", "250 USDT"):
        assert result.text.count(value) == 1, result.text
        assert all(alt.count(value) == 1 for alt in result.alternatives)
