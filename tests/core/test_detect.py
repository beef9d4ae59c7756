"""Language detection on short chat messages: stripping, scripts, restriction, calibration, context."""

from __future__ import annotations

import pytest

from desktop.core.detect import Detector
from desktop.core.detect_strip import strip_non_language


@pytest.fixture(scope="module")
def detector() -> Detector:
    d = Detector()
    d.load()
    return d


def test_strip_removes_addresses_hashes_numbers_tickers_links_emoji():
    text = (
        "Envié 250 USDT por TRC20 a TJYeasTPa6gpEEfYqX5BXQamnpkASJAuPi 😡 tx "
        "0x5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060 "
        "ver https://tronscan.org/#/tx/abc o escribe a soporte@example.com @binance"
    )
    assert strip_non_language(text) == "Envié por a tx ver o escribe a"


CHAT = {
    "en": "my withdrawal is still pending since yesterday",
    "es": "hola, todavía no me llega el retiro",
    "pt": "olá, meu saque ainda não caiu na conta",
    "fr": "bonjour, mon retrait est toujours en attente",
    "de": "hallo, meine Auszahlung ist noch nicht angekommen",
    "it": "ciao, il mio prelievo non è ancora arrivato",
    "nl": "hallo, mijn opname is nog steeds niet binnen",
    "tr": "merhaba, çekim işlemim hâlâ beklemede",
    "vi": "chào bạn, tôi rút tiền mà chưa nhận được",
    "id": "halo, penarikan saya belum masuk sampai sekarang",
    "ru": "здравствуйте, вывод до сих пор не пришёл",
    "ar": "مرحبا، لم يصل السحب إلى محفظتي بعد",
    "zh": "你好，我的提现还没到账",
    "ja": "出金がまだ届いていません",
    "ko": "출금이 아직 안 들어왔어요",
    "th": "สวัสดีครับ ยังไม่ได้รับเงินที่ถอน",
}


@pytest.mark.parametrize("lang", sorted(CHAT))
def test_short_chat_messages_in_all_16_languages(detector, lang):
    result = detector.detect(CHAT[lang])
    assert result.lang == lang, result


def test_scripts_are_decided_by_rule(detector):
    assert detector.detect("出金がまだです").reason == "script"  # kana with Han -> ja
    assert detector.detect("我的充值没到账").lang == "zh"  # short Chinese is not Korean
    assert detector.detect("입금 확인 부탁드립니다 USDT 100").lang == "ko"


def test_only_entities_gives_no_language_and_asks(detector):
    result = detector.detect("0x52908400098527886E0F7030069857D2E4169EE7 250 USDT 🙏")
    assert result.lang is None and result.ask


def test_restricted_to_team_languages():
    d = Detector(languages=("en", "es", "zh"))
    result = d.detect("obrigado pela ajuda com o saque")  # Portuguese, not configured
    assert result.lang in ("en", "es")
    assert {lang for lang, _ in result.candidates} <= {"en", "es"}
    assert Detector(languages=("en", "es")).detect("你好").lang is None


def test_confidence_is_calibrated_enough_to_ask_when_unsure(detector):
    sure = detector.detect("Hola, ¿me pueden ayudar con mi depósito, por favor?")
    assert sure.confidence > 0.9 and not sure.ask
    unsure = detector.detect("ok")
    assert unsure.ask
    total = sum(p for _, p in sure.candidates)
    assert 0.99 <= total <= 1.0001


def test_context_helps_short_messages(detector):
    alone = detector.detect("Bonito")
    with_context = detector.detect(
        "Bonito", context=["Hola, mi retiro de ayer no ha llegado", "¿Pueden revisarlo por favor?"]
    )
    assert with_context.lang == "es"
    assert with_context.confidence >= alone.confidence or alone.lang != "es"
    assert with_context.reason == "context"


def test_long_message_in_a_new_language_is_not_overridden_by_context(detector):
    result = detector.detect(
        "Hello, I am writing in English now because my colleague will read this thread",
        context=["Hola, mi retiro no ha llegado", "¿Pueden revisarlo?"],
    )
    assert result.lang == "en"


def test_deterministic(detector):
    text = "retiro pendiente"
    assert len({detector.detect(text) for _ in range(20)}) == 1


def test_huge_and_hostile_input_is_fast_and_sane(detector):
    import time

    text = "Bonjour, mon retrait est bloqué depuis hier. " * 120_000  # ~5 MB
    started = time.perf_counter()
    result = detector.detect(text)
    assert time.perf_counter() - started < 2.0
    assert result.lang == "fr"
    assert detector.detect("\x00\x01\u202e\u200b").lang is None
    assert detector.detect("").ask


def test_construction_is_cheap_and_load_is_lazy():
    d = Detector()
    assert not d.loaded
    assert d.detect("hola, ¿cómo puedo retirar?").lang == "es"
    assert d.loaded
