"""Shipped glossary content: every language, the reviewer's corrections (issue 14), the new
concepts, forbidden wording, the do-not-translate list, and DNT names that are ordinary words."""

from __future__ import annotations

import csv
import re
from collections import Counter

import pytest

from desktop.core.glossary import load_layers
from desktop.core.glossary.csvfmt import load_folder
from desktop.core.glossary.match import Matcher
from desktop.core.glossary.model import LANGS, Glossary
from desktop.core.glossary.protect import forbidden_in, mt_spans
from desktop.core.paths import shipped_dir

SHIPPED, MATCHER = load_layers([shipped_dir("glossary")])
ALL_17 = {"en", "zh-Hans", "zh-Hant", "ja", "ko", "vi", "th", "id", "ru", "tr", "es", "pt", "fr",
          "de", "ar", "it", "nl"}  # fmt: skip


def terms(cid: str, lang: str, status: str | None = None) -> list[str]:
    found = SHIPPED.concepts[cid].terms.get(lang, ())
    return [t.text for t in found if status is None or t.status == status]


def preferred(cid: str, lang: str) -> str | None:
    return SHIPPED.concepts[cid].preferred(lang)


def test_every_concept_has_a_preferred_term_in_all_17_languages():
    assert set(LANGS) == ALL_17 and SHIPPED.problems == []
    for concept in SHIPPED.concepts.values():
        missing = sorted(ALL_17 - set(concept.terms))
        assert not missing, (concept.id, missing)
        if concept.id != "estimated-return":  # only forbidden wording besides its preferred terms
            assert all(concept.preferred(lang) for lang in ALL_17), concept.id


def test_dnt_list_has_no_duplicates_and_the_renamed_and_missing_tokens():
    texts = [d.text for d in SHIPPED.dnt]
    assert [t for t, n in Counter(texts).items() if n > 1] == []
    for token in ("POL", "RENDER", "BSC", "BNB Chain", "Arbitrum One", "OP Mainnet", "UID", "TXID",
                  "KYC", "MATIC", "RNDR"):  # fmt: skip
        assert token in texts, token
    assert "Bitcoin" not in texts and "Ethereum" not in texts  # concepts with local scripts now
    text = (shipped_dir("glossary") / "dnt.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines()))
    assert "POL" in {r["note"] for r in rows if r["term"] == "MATIC"}.pop()
    assert "RENDER" in {r["note"] for r in rows if r["term"] == "RNDR"}.pop()


# The 20 corrections from issue 14's "Wrong terms" section, one assertion each.
def test_fix_account_transfer_ja_is_not_direct_debit():
    assert preferred("account-transfer", "ja") == "振替" and terms(
        "account-transfer", "ja", "forbidden") == ["口座振替"]  # fmt: skip


def test_fix_apr_es_is_not_tae():
    assert preferred("apr", "es") == "APR" and "TIN" in terms("apr", "es")
    assert "TAE" not in terms("apr", "es") and "TAE" in terms("apy", "es")


def test_fix_fund_password_is_not_an_investment_fund():
    assert (preferred("fund-password", "th"), preferred("fund-password", "de"),
            preferred("fund-password", "tr"), preferred("fund-password", "ru")) == (
        "รหัสผ่านธุรกรรม", "Transaktionspasswort", "işlem şifresi", "пароль для транзакций")  # fmt: skip


def test_fix_listing_ja_keeps_the_old_term_admitted():
    assert terms("listing", "ja") == ["取扱開始", "上場"]


def test_fix_delisting_ja_keeps_the_old_term_admitted():
    assert terms("delisting", "ja") == ["取扱廃止", "上場廃止"]


def test_fix_kyc_ko_is_identity_not_phone_verification():
    assert preferred("kyc", "ko") == "신원 인증" and "본인 인증" not in terms("kyc", "ko")


def test_fix_redemption_vi_is_not_ransom():
    assert preferred("redemption", "vi") == "rút về"
    assert terms("redemption", "vi", "forbidden") == ["chuộc lại"]


def test_fix_redemption_es_is_canje():
    assert terms("redemption", "es") == ["canje"]


def test_fix_limit_order_es_pt():
    assert (preferred("limit-order", "es"), preferred("limit-order", "pt")) == (
        "orden límite", "ordem limite")  # fmt: skip


def test_fix_appeal_vi_is_not_a_prosecutors_term():
    assert preferred("appeal", "vi") == "khiếu nại" and "khiếu nại" not in terms("complaint", "vi")


def test_fix_investigation_is_not_criminal_in_tr_ru():
    assert (terms("investigation", "tr"), terms("investigation", "ru")) == (
        ["inceleme"],
        ["проверка"],
    )


def test_fix_margin_trading_ja_is_not_the_stock_term():
    assert preferred("margin-trading", "ja") == "レバレッジ取引"
    assert "信用取引" not in terms("margin-trading", "ja")


def test_fix_contract_address_tr():
    assert preferred("contract-address", "tr") == "kontrat adresi"


def test_fix_maker_ar_is_not_market_maker():
    assert preferred("maker", "ar") == "صانع" and preferred("taker", "ar") == "آخذ"


def test_fix_travel_rule_ru_th_is_kept_as_a_name():
    assert preferred("travel-rule", "ru") == preferred("travel-rule", "th") == "Travel Rule"
    assert "правило путешествия" in terms("travel-rule", "ru", "forbidden")


def test_fix_order_id_fr_is_not_a_purchase_order():
    assert preferred("order-id", "fr") == "numéro d'ordre"


def test_fix_impersonation_de_ru():
    assert preferred("impersonation", "de") != "Identitätsbetrug"
    assert preferred("impersonation", "ru").startswith("выдача себя за")


def test_fix_deposit_recovery_ru_is_not_a_refund():
    assert preferred("deposit-recovery", "ru") == "восстановление депозита"
    assert terms("deposit-recovery", "ru", "forbidden") == ["возврат депозита"]


def test_fix_card_payment_zh_hant_uses_taiwan_terms():
    assert "信用卡" in preferred("card-payment", "zh-Hant") and not any(
        "銀行卡" in t for t in terms("card-payment", "zh-Hant"))  # fmt: skip


def test_fix_withdrawal_reference_is_not_an_order_word():
    assert [preferred("withdrawal-id", lang) for lang in ("es", "pt", "tr", "ja", "ko")] == [
        "ID de solicitud de retiro", "ID da solicitação de saque", "çekim talebi numarası",
        "出金ID", "출금 신청 번호"]  # fmt: skip


NEW = ("transaction-fee", "account-frozen", "crypto-asset", "fiat-currency", "apy", "margin",
       "mark-price", "perpetual-contract", "position", "lock-up-period", "principal",
       "address-poisoning", "wallet-drainer", "recovery-scam", "sim-swap", "2fa-backup-key",
       "account-closure", "judicial-freeze", "payment-window", "mark-as-paid",
       "third-party-payment", "frozen-card", "token-migration", "snapshot", "mempool", "gas-price",
       "help-center", "bitcoin", "ethereum", "withdrawal-id", "estimated-return")  # fmt: skip


@pytest.mark.parametrize("cid", NEW)
def test_new_concept_exists_with_a_definition(cid):
    concept = SHIPPED.concepts[cid]
    assert concept.definitions.get("en") and set(concept.terms) == ALL_17


def test_crypto_asset_ja_ko_and_deprecated_kasou_tsuuka():
    assert (
        preferred("crypto-asset", "ja") == "暗号資産"
        and preferred("crypto-asset", "ko") == "가상자산"
    )
    assert terms("crypto-asset", "ja", "forbidden") == ["仮想通貨"]
    assert [m.term for m in forbidden_in(MATCHER, "仮想通貨の入金について", "ja")] == ["仮想通貨"]


@pytest.mark.parametrize(("lang", "text", "term"), [
    ("en", "Staking is a guaranteed return.", "guaranteed return"),
    ("en", "It is risk-free.", "risk-free"),
    ("en", "The interest rate is 5 %.", "interest rate"),
    ("zh-Hans", "本产品保本稳赚", "保本"),
    ("ko", "원금 보장 상품입니다", "원금 보장"),
    ("tr", "Faiz oranı yüzde 5", "Faiz oranı"),
    ("id", "suku bunga 5 %", "suku bunga"),
])  # fmt: skip
def test_forbidden_promises_and_interest_wording_are_flagged(lang, text, term):
    assert term in [text[m.start : m.end] for m in forbidden_in(MATCHER, text, lang)]


def test_forbidden_terms_say_what_to_use_instead():
    for concept in SHIPPED.concepts.values():
        if any(t.status == "forbidden" for ts in concept.terms.values() for t in ts):
            assert concept.note, concept.id


def test_no_fixed_hours_and_the_safety_definitions():
    for concept in SHIPPED.concepts.values():
        text = " ".join([concept.note, *concept.definitions.values()])
        assert not re.search(r"\d+\s*(hours?|h\b|小时|時間|시간)", text), concept.id
    assert "first confirmation" in SHIPPED.concepts["confirmation"].definitions["en"]
    assert "return" not in SHIPPED.concepts["failed"].definitions["en"]
    assert "never ask" in SHIPPED.concepts["verification-code"].note.casefold()
    note = SHIPPED.concepts["screenshot"].note
    assert all(w in note for w in ("recovery phrase", "private key", "QR code", "never ask"))


def dnt_found(text: str) -> list[str]:
    return [text[m.start : m.end] for m in MATCHER.find(text) if m.status == "dnt"]


def test_ordinary_word_dnt_names_are_kept_only_mid_sentence():
    assert dnt_found("Base fees are low today.") == []
    assert dnt_found("Please send it on Base. Stellar service!") == ["Base"]
    assert dnt_found("- Phantom wallet") == []
    assert dnt_found("Open Phantom, then Linea.") == ["Phantom", "Linea"]
    assert dnt_found("USDT on OP Mainnet") == ["USDT", "OP Mainnet"]


def test_sentence_start_flag_is_read_from_the_csv(tmp_path):
    (tmp_path / "dnt.csv").write_text(
        "term,kind,case_sensitive,note,sentence_start\nBase,network,yes,,no\nTRON,network,yes,,\n",
        encoding="utf-8")  # fmt: skip
    glossary = load_folder(tmp_path, Glossary())
    assert [(d.text, d.sentence_start) for d in glossary.dnt] == [("Base", False), ("TRON", True)]
    matcher = Matcher(glossary)
    found = [m.term for m in matcher.find("Base is fine. TRON and Base work.")]
    assert found == ["TRON", "Base"]


def test_bitcoin_and_ethereum_use_the_local_script_in_translation():
    spans = mt_spans(SHIPPED, MATCHER, "Send Bitcoin or Ethereum", "en", "zh-Hans")
    assert [s.replacement for s in spans] == ["比特币", "以太坊"]
    spans = mt_spans(SHIPPED, MATCHER, "Bitcoin", "en", "ru")
    assert [s.replacement for s in spans] == ["биткоин"]


def test_a_term_shared_by_several_languages_is_enforced_from_the_source_language():
    spans = mt_spans(SHIPPED, MATCHER, "Tôi gửi Ethereum", "vi", "zh-Hans")
    assert [(s.kind, s.replacement) for s in spans] == [("glossary", "以太坊")]
    spans = mt_spans(SHIPPED, MATCHER, "Mi staking de Bitcoin", "es", "ja")
    assert [s.replacement for s in spans] == ["ステーキング", "ビットコイン"]
    assert [m.lang for m in MATCHER.find("staking", "nl")] == ["nl"]


def test_everyday_english_words_are_not_glossary_terms():
    """Forced into MT, 'in case', 'we support', 'how long' would become 工单, 客服, 多单."""
    everyday = {"case", "support", "long", "short", "release", "position", "earn", "interest"}
    for concept in SHIPPED.concepts.values():
        assert not everyday & {t.text.casefold() for t in concept.terms["en"]}, concept.id
    assert mt_spans(SHIPPED, MATCHER, "How long? In case we support it", "en", "zh-Hans") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("Vui lòng nhấn nút xác nhận", "vi"),  # nút = button, not node
    ("定期的にご確認ください", "ja"),  # 定期 = regular, not locked staking
    ("币安的代理商", "zh-Hans"),  # 币安 = Binance; 代理 = agent
    ("请您确认一下", "zh-Hans"),  # 确认 = confirm
])  # fmt: skip
def test_everyday_words_in_other_languages_are_not_forced_terms(text, lang):
    assert [s.ref for s in mt_spans(SHIPPED, MATCHER, text, lang, "en")] == [], text


def test_a_dnt_token_beats_another_languages_term_even_glued_to_cjk():
    spans = mt_spans(SHIPPED, MATCHER, "请提供KYC和UID", "zh-Hans", "en")
    assert [(s.kind, s.replacement) for s in spans] == [("dnt", "KYC"), ("glossary", "UID")]
    spans = mt_spans(SHIPPED, MATCHER, "我的USDT没到账", "zh-Hans", "en")
    assert [(s.kind, s.replacement) for s in spans] == [("dnt", "USDT")]
