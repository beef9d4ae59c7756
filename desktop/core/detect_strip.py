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
# Combining marks are part of a word: Thai vowels and tones, Arabic harakat, decomposed accents
# (Python's \w leaves them out, which cut "ถอนเงิน" into "ถอนเง น").
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\u3099\u309a"
    "\ufe20-\ufe2f"
)
_LETTERS = rf"(?:[^\W\d_][{_MARKS}]*)+"
# Joined by hyphen or apostrophe, typographic (l’ex, d’un) as well as typewriter.
_WORD = re.compile(rf"{_LETTERS}(?:[-'\u2019]{_LETTERS})*")


def _is_emoji_or_symbol(ch: str) -> bool:
    return unicodedata.category(ch) in ("So", "Sk", "Cs", "Co") or 0x1F000 <= ord(ch) <= 0x1FAFF


def strip_non_language(text: str) -> str:
    """Blank out what carries no language signal; keeps word order and spacing."""
    text = _NOISE.sub(" ", _TICKER_RE.sub(" ", text))
    if not text.isascii():  # ASCII has no emoji, and its symbols never join a word
        text = "".join(" " if _is_emoji_or_symbol(ch) else ch for ch in text)
    return " ".join(match.group(0) for match in _WORD.finditer(text))
