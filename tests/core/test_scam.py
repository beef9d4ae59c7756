"""Scam radar: look-alike and punycode domains, fake support channels, remote tools, lures."""

from __future__ import annotations

import pytest

from desktop.core.scam import domain_verdict, scan

OFFICIAL = ["binance.com", "okx.com"]


@pytest.mark.parametrize("domain", ["binance-support.com", "binance.com.evil.io", "blnance.com",
                                    "bіnance.com", "binnance.com", "0kx.com", "okx-help.net"])  # fmt: skip
def test_lookalikes(domain):
    assert domain_verdict(domain, OFFICIAL) == "lookalike-domain"


@pytest.mark.parametrize(
    "domain", ["binance.com", "www.binance.com", "academy.binance.com", "okx.com"]
)
def test_official_domains_pass(domain):
    assert domain_verdict(domain, OFFICIAL) is None


def test_unrelated_domain_is_not_a_lookalike():
    assert domain_verdict("google.com", OFFICIAL) is None
    assert domain_verdict("xn--80ak6aa92e.com", OFFICIAL) == "punycode-domain"


def test_messages():
    codes = lambda t: {h.code for h in scan(t, OFFICIAL)}  # noqa: E731
    assert "fake-support-channel" in codes("Binance support on Telegram asked me to pay a fee")
    assert "fake-support-channel" in codes("客服让我加他的微信")
    assert "remote-desktop" in codes("They told me to install AnyDesk")
    assert "wallet-lure" in codes("a site asked me to validate your wallet")
    assert "wallet-lure" in codes("网站让我同步钱包")
    assert codes("Hola, mi retiro no llegó") == set()
