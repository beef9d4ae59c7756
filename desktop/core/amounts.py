"""Amounts with a ticker or currency in the customer's number format, normalised to decimals.

'1.234,56 USDT', '1,234.56 USDT', '1 234,56 USDT', '$100', '100 $', '1.5\u4e07 USDT',
'USDT 250': the entity keeps the exact source text; the note carries '1234.56 USDT'.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

# Tickers written in capitals; the common ones are also recognised in lower case.
TICKERS = (
    "USDT", "USDC", "BTC", "ETH", "BNB", "TRX", "SOL", "XRP", "TON", "DOGE", "LTC", "ADA", "DOT",
    "MATIC", "POL", "AVAX", "SHIB", "LINK", "ATOM", "XLM", "EOS", "BCH", "ETC", "FIL", "NEAR",
    "APT", "ARB", "OP", "SUI", "PEPE", "DAI", "FDUSD", "TUSD", "BUSD", "UNI", "AAVE", "CAKE", "OKB",
    "WBTC", "WETH", "USD", "EUR", "CNY", "RMB", "RUB", "TRY", "VND", "IDR", "BRL", "JPY", "KRW",
    "THB", "GBP", "HKD", "TWD", "AED", "SAR", "ARS", "MXN", "NGN", "INR", "PHP",
)  # fmt: skip
LOWERCASE_OK = ("usdt", "usdc", "btc", "eth", "bnb", "trx", "xrp", "doge", "ltc", "usd", "eur",
                "busd", "fdusd", "rub", "cny", "rmb")  # fmt: skip
# Worth so little per unit that "1.500" means one thousand five hundred.
UNIT_LIKE_MONEY = frozenset(
    ["USDT", "USDC", "DAI", "FDUSD", "TUSD", "BUSD", "TRX", "DOGE", "SHIB", "PEPE", "XRP", "ADA",
     "XLM", "USD", "EUR", "CNY", "RUB", "TRY", "VND", "IDR", "BRL", "JPY", "KRW", "THB", "GBP",
     "HKD", "TWD", "AED", "SAR", "ARS", "MXN", "NGN", "INR", "PHP"]
)  # fmt: skip
SYMBOLS = {
    "$": "USD", "US$": "USD", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "CNY", "\uffe5": "CNY",
    "\u20bd": "RUB", "\u20ba": "TRY", "\u20ab": "VND", "\u20a9": "KRW", "\u0e3f": "THB",
    "R$": "BRL", "Rp": "IDR",
}  # fmt: skip
UNIT_WORDS = {
    "\u7f8e\u5143": "USD", "\u7f8e\u91d1": "USD", "\u5143": "CNY", "\u5757": "CNY",
    "\u4eba\u6c11\u5e01": "CNY", "\u5186": "JPY", "\uc6d0": "KRW", "\u0440\u0443\u0431": "RUB",
    "\u0434\u043e\u043b\u043b": "USD", "d\u00f3lares": "USD", "dolares": "USD", "euros": "EUR",
    "lira": "TRY", "\u0111\u1ed3ng": "VND",
}  # fmt: skip
MULTIPLIERS = {
    "\u4e07": 10_000, "\u842c": 10_000, "\u5343": 1_000, "\u4ebf": 100_000_000,
    "\u5104": 100_000_000, "\ub9cc": 10_000, "\ucc9c": 1_000, "k": 1_000, "K": 1_000,
}  # fmt: skip

_SEP_SPACE = "\u00a0\u202f\u2009 '"
_NSTART = r"(?<![0-9A-Za-z.,])"  # a number, not the tail of a word or of another number
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
    rf"|\d{{1,3}}(?:[{_SEP_SPACE}]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?![0-9])"
)
_LOWER = "|".join(LOWERCASE_OK)
_TICKER = rf"(?:{'|'.join(sorted(TICKERS, key=len, reverse=True))}|(?i:{_LOWER}))"
_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True))
# Russian unit words inflect (rubl-ey, dollar-ov): their stems take any ending.
_STEMS = ("\u0440\u0443\u0431", "\u0434\u043e\u043b\u043b")
_WORDS = "|".join(
    w + (r"[^\W\d_]*" if w in _STEMS else "") for w in sorted(UNIT_WORDS, key=len, reverse=True)
)
_CJK_MULT = "\u4e07\u842c\u5343\u4ebf\u5104\ub9cc\ucc9c"
AMOUNT = re.compile(
    # $1,234.56  / US$ 100 / \u00a5500 / 1.5\u4e07
    rf"(?:(?P<s1>{_SYMBOL})\s?(?P<n1>{_NUMBER})(?:\s?(?P<m1>[{_CJK_MULT}]))?)"
    # 100 USDT / 1.5\u4e07 USDT / 2k USDT / 100 $ / 100 \u7f8e\u5143
    rf"|(?:{_NSTART}(?P<n2>{_NUMBER})\s?(?P<m2>[{_CJK_MULT}kK])?\s?"
    rf"(?:(?P<t2>{_TICKER})(?![0-9A-Za-z])|(?P<s2>{_SYMBOL})(?![0-9A-Za-z])"
    rf"|(?P<w2>(?i:{_WORDS}))))"
    # USDT 250 / USDT250
    rf"|(?:(?<![0-9A-Za-z])(?P<t3>{_TICKER})\s?(?P<n3>{_NUMBER})(?:\s?(?P<m3>[{_CJK_MULT}]))?)"
    # 3\u4e07 / 1.5\u4e07 alone (Chinese customers often leave the unit out)
    rf"|(?:{_NSTART}(?P<n4>{_NUMBER})(?P<m4>[{_CJK_MULT}]))"
)
_DOT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])|\d,\d{3}\.\d")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![\d.,])|\d\.\d{3},\d")


def decimal_style(text: str) -> str | None:
    """The decimal separator the writer uses, from its unambiguous numbers ('.' or ',')."""
    dots = len(_DOT_DECIMAL.findall(text))
    commas = len(_COMMA_DECIMAL.findall(text))
    if dots == commas:
        return None
    return "." if dots > commas else ","


def _strip_spaces(number: str) -> str:
    return "".join(ch for ch in number if ch not in _SEP_SPACE)


def interpretations(number: str) -> list[Decimal]:
    """Every reading of a number: '1.500' is 1500 or 1.5; '1.234,56' only 1234.56."""
    n = _strip_spaces(number)
    seps = [c for c in n if c in ".,"]
    readings: list[str] = []
    if not seps:
        readings = [n]
    elif len(set(seps)) == 2:
        dec = seps[-1]
        readings = [n.replace("," if dec == "." else ".", "").replace(dec, ".")]
    elif len(seps) >= 2:
        readings = [n.replace(seps[0], "")]  # 1.234.567 / 1,234,567: thousands only
    else:
        head, tail = n.split(seps[0])
        readings = [f"{head}.{tail}"]
        if len(tail) == 3 and head not in ("", "0"):
            readings.append(head + tail)
    out: list[Decimal] = []
    for reading in readings:
        try:
            out.append(Decimal(reading))
        except InvalidOperation:
            continue
    return out


def to_decimal(number: str, unit: str = "", style: str | None = None) -> Decimal | None:
    """The most likely reading, by the text's decimal style, else by the unit's value."""
    readings = interpretations(number)
    if len(readings) <= 1:
        return readings[0] if readings else None
    decimal_reading, thousands_reading = readings
    sep = "," if "," in number else "."
    if style is not None:
        return decimal_reading if sep == style else thousands_reading
    if sep == ",":
        return thousands_reading  # '1,500' is one thousand five hundred nearly everywhere
    return thousands_reading if unit in UNIT_LIKE_MONEY or not unit else decimal_reading


def unit_of(match: re.Match[str]) -> str:
    for group in ("t2", "t3"):
        if match.group(group):
            return match.group(group).upper()
    for group in ("s1", "s2"):
        if match.group(group):
            return SYMBOLS[match.group(group)]
    word = match.group("w2")
    if word:
        for key, code in UNIT_WORDS.items():
            if word.lower().startswith(key.lower()):
                return code
    return ""


def parts(match: re.Match[str]) -> tuple[str, str, int]:
    """(number text, unit code, multiplier) of an AMOUNT match."""
    number = next(match.group(g) for g in ("n1", "n2", "n3", "n4") if match.group(g))
    mult = next((match.group(g) for g in ("m1", "m2", "m3", "m4") if match.group(g)), "")
    return number, unit_of(match), MULTIPLIERS.get(mult, 1)


def fmt(value: Decimal, unit: str) -> str:
    text = f"{value.normalize():f}"
    return f"{text} {unit}" if unit else text


def note(match: re.Match[str], style: str | None) -> str | None:
    number, unit, factor = parts(match)
    value = to_decimal(number, unit, style)
    return None if value is None else fmt(value * factor, unit)


def candidates(match: re.Match[str]) -> set[str]:
    """Every normalised reading of an amount (the copy gate accepts any shared one)."""
    number, unit, factor = parts(match)
    return {fmt(v * factor, unit) for v in interpretations(number)}


def amount_readings(value: str) -> set[str]:
    """Normalised readings of an amount entity's text ('' set when it is not one amount)."""
    match = AMOUNT.fullmatch(value)
    return candidates(match) if match else set()
