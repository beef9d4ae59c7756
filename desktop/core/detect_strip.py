"""What is not language in a chat message (addresses, hashes, numbers, tickers, links, emoji)."""

from __future__ import annotations

import re
import unicodedata

TICKERS = frozenset(
    "BTC ETH USDT USDC BNB TRX SOL XRP TON DOGE LTC ADA DOT MATIC POL AVAX SHIB LINK ATOM XLM EOS "
    "BCH ETC FIL NEAR APT ARB OP SUI PEPE WBTC DAI BUSD FDUSD TUSD UNI AAVE CAKE OKB HT KCS "
    "TRC20 TRC-20 ERC20 ERC-20 BEP20 BEP-20 BEP2 SPL KYC 2FA OTP API P2P OTC NFT DEFI CEX DEX "
    "TXID TX ID UID VIP USD EUR CNY RUB TRY VND IDR BRL JPY KRW THB SAR AED".split()
)
_PATTERNS = [
    r"(?:https?://|www\.)\S+",  # URLs
    r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b",  # emails
    r"\b0x[0-9a-fA-F]{6,}\b",  # EVM addresses, tx hashes
    r"\b(?:bc1|tb1|ltc1)[02-9ac-hj-np-z]{8,}\b",  # bech32
    r"\b[0-9a-fA-F]{16,}\b",  # bare hashes
    r"\b(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{20,}\b",  # base58-ish ids/addresses
    r"[@#]\w+",  # mentions, hashtags
    r"[+-]?\d[\d.,:/\s]*\d%?|\d+%?",  # numbers, amounts, dates, times
]
# Tickers in capitals, plus the lowercase forms that are never ordinary words in our languages
# ("ton", "sol", "op" are: French, Spanish, Dutch).
_LOWER_TICKERS = (
    "usdt usdc btc eth bnb trx trc20 trc-20 erc20 erc-20 bep20 bep-20 kyc 2fa txid".split()
)
_TICKER_RE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(re.escape(t) for t in sorted([*TICKERS, *_LOWER_TICKERS], key=len, reverse=True))
    + r")(?![\w-])"
)
_NOISE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS))
_WORD = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*")


def _is_emoji_or_symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") or 0x1F000 <= ord(ch) <= 0x1FAFF


def strip_non_language(text: str) -> str:
    """Blank out what carries no language signal; keeps word order and spacing."""
    text = _NOISE.sub(" ", _TICKER_RE.sub(" ", text))
    text = "".join(" " if _is_emoji_or_symbol(ch) else ch for ch in text)
    return " ".join(match.group(0) for match in _WORD.finditer(text))
