"""Scam radar: look-alike and punycode domains, fake support channels, remote-desktop tools and
wallet lures in the team's languages, with spans into the message."""

from __future__ import annotations

import pytest

from desktop.core.scam import domain_verdict, scan, skeleton

OFFICIAL = ["binance.com", "okx.com"]


@pytest.mark.parametrize("domain", [
    "binance-support.com", "binance.com.evil.io", "blnance.com", "bіnance.com",  # Cyrillic і
    "binnance.com", "bianance.com", "0kx.com", "okx-help.net", "binance.co", "secure-binance.io",
    "xn--bnance-pvf.com", "binance.com@evil.io", "BINANCE-SUPPORT.COM",
])  # fmt: skip
def test_lookalikes(domain):
    assert domain_verdict(domain, OFFICIAL) == "lookalike-domain", domain


@pytest.mark.parametrize("domain", ["binance.com", "www.binance.com", "academy.binance.com",
                                    "okx.com", "WWW.OKX.COM"])  # fmt: skip
def test_official_domains_pass(domain):
    assert domain_verdict(domain, OFFICIAL) is None


@pytest.mark.parametrize("domain", ["google.com", "tronscan.org", "etherscan.io", "coinbase.com"])
def test_unrelated_domains_are_not_lookalikes(domain):
    assert domain_verdict(domain, OFFICIAL) is None


def test_punycode_of_an_unrelated_name_is_still_flagged():
    assert domain_verdict("xn--80ak6aa92e.com", OFFICIAL) == "punycode-domain"
    assert skeleton("xn--bnance-pvf.com") == "binance.com"


SIGNALS = {
    "fake-support-channel": [
        "Binance support on Telegram asked me to pay a fee",
        "客服让我加他的微信", "El soporte me escribió por WhatsApp",
        "Служба поддержки написала мне в Telegram", "Destek ekibi WhatsApp'tan yazdı",
        "サポートからテレグラムで連絡が来ました", "고객센터라고 텔레그램으로 연락이 왔어요",
        "support contacted me at t.me/binance_help_desk",
    ],
    "remote-desktop": [
        "They told me to install AnyDesk", "instalé TeamViewer para que me ayuden",
        "他们让我下载向日葵远程", "used RustDesk with the agent", "установил AnyDesk",
    ],
    "wallet-lure": [
        "a site asked me to validate your wallet", "网站让我同步钱包", "tuve que sincronizar mi billetera",
        "il fallait valider votre portefeuille", "нужно синхронизировать ваш кошелек",
        "cüzdanınızı doğrulayın dediler", "yêu cầu xác minh ví", "ウォレットを同期してくださいと言われた",
        "지갑 동기화를 하라고 했어요", "please rectify wallet", "Wallet Connect validation page",
    ],
}  # fmt: skip


@pytest.mark.parametrize(("code", "text"), [(c, t) for c, ts in SIGNALS.items() for t in ts])
def test_signals_in_many_languages(code, text):
    hints = [h for h in scan(text, OFFICIAL) if h.code == code]
    assert hints, (code, text)
    assert all(0 <= h.start < h.end <= len(text) for h in hints)


@pytest.mark.parametrize("text", [
    "Hola, mi retiro no llegó", "I sent USDT to my Telegram wallet friend",  # no support word
    "Please check https://www.binance.com/en/support/faq", "我的提现还没到账",
    "I use WhatsApp for my family", "my team viewed the chart",
])  # fmt: skip
def test_ordinary_messages_raise_nothing(text):
    assert scan(text, OFFICIAL) == []


def test_lookalike_span_points_at_the_domain():
    text = "Go to https://binance-support.com/login now"
    hints = scan(text, OFFICIAL)
    assert [(h.code, text[h.start : h.end], h.args) for h in hints] == [
        ("lookalike-domain", "binance-support.com", ("binance-support.com",))
    ]
