"""Crypto entities in a customer's message: addresses (checksum-validated), TXIDs, amounts,
memos/tags, order IDs, emails and URLs, with spans into the ORIGINAL text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from desktop.core import addresses as addr
from desktop.core.sensitive import is_private_key_hex
from desktop.core.text import finditer_chunked, to_halfwidth_digits

TICKERS = (
    "USDT|USDC|BTC|ETH|BNB|TRX|SOL|XRP|TON|DOGE|LTC|ADA|DOT|MATIC|POL|AVAX|SHIB|LINK|ATOM|XLM|EOS|"
    "BCH|ETC|FIL|NEAR|APT|ARB|OP|SUI|PEPE|DAI|FDUSD|TUSD|UNI|AAVE|CAKE|OKB|USD|EUR|CNY|RUB|TRY|"
    "VND|IDR|BRL|JPY|KRW|THB"
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\u3000-\u303f\uff01-\uff0f]+", re.IGNORECASE)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_TXID = re.compile(r"(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_EVM = re.compile(r"(?<![0-9A-Za-z])0x[0-9a-fA-F]{40}(?![0-9A-Za-z])")
_BECH32 = re.compile(r"(?<![0-9A-Za-z])(?:bc|tb|ltc|tltc)1[02-9ac-hj-np-z]{8,87}(?![0-9A-Za-z])",
                     re.IGNORECASE)  # fmt: skip
_BASE58 = re.compile(r"(?<![0-9A-Za-z])[1-9A-HJ-NP-Za-km-z]{25,44}(?![0-9A-Za-z])")
_TON_RAW = re.compile(r"(?<![0-9A-Za-z:])-?[01]:[0-9a-fA-F]{64}(?![0-9A-Za-z])")
_TON = re.compile(r"(?<![0-9A-Za-z_-])(?:[EU]Q|k[QK]|0[QK])[A-Za-z0-9_-]{46}(?![0-9A-Za-z_-])")
_NUMBER = r"\d{1,3}(?:[.,\u00a0 '\u2009]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_AMOUNT = re.compile(
    rf"(?:(?P<cur>[$\u20ac\u00a5\u20bd\u20ba\u20ab])\s?(?P<n1>{_NUMBER})(?:\s?(?P<m1>[\u4e07\u5343]))?)"
    rf"|(?:(?P<n2>{_NUMBER})\s?(?P<m2>[\u4e07\u5343kK])?\s?(?P<t2>{TICKERS})\b)"
    rf"|(?:\b(?P<t3>{TICKERS})\s?(?P<n3>{_NUMBER})(?:\s?(?P<m3>[\u4e07\u5343]))?)"
)
_MEMO = re.compile(
    r"(?i)(?<![A-Za-z])(?:memo|tag|destination\s*tag|comment|\u5907\u6ce8|\u6807\u7b7e|\u30e1\u30e2|"
    r"\u30bf\u30b0|\uba54\ubaa8|\ud0dc\uadf8|\u043c\u0435\u043c\u043e|\u0442\u0435\u0433)"
    r"\s*(?:id)?\s*[:=\uff1a#]?\s*(?P<v>(?=[A-Za-z]*\d)[A-Za-z0-9]{1,40})"
)
_ORDER = re.compile(
    r"(?i)(?<![A-Za-z])(?:order|orden|pedido|ordem|commande|bestellung|ordine|sipari\u015f|\u0437\u0430\u043a\u0430\u0437|"
    r"\u8ba2\u5355|\u8a02\u55ae|\u6ce8\u6587|\uc8fc\ubb38|\u0111\u01a1n(?:\s*h\u00e0ng)?|pesanan)"
    r"\s*(?:id|no\.?|number|n[\u00ba\u00b0]|#|\u53f7|\u865f|\u756a\u53f7|\u0431\u0438\u0440|\u2116)?"
    r"\s*[:=\uff1a#]?\s*(?P<v>[A-Z0-9][A-Z0-9-]{5,31})"
)
MEMO_CHAINS = ("XRP", "XLM", "ATOM", "TON", "EOS", "BNB")


@dataclass(frozen=True)
class Entity:
    """`value` is exactly text[start:end]; `note` holds a normalized form (e.g. 1234.56 USDT)."""

    kind: str  # address, txid, amount, memo, order_id, email, url
    value: str
    start: int
    end: int
    chain: str | None = None
    valid: bool | None = None
    note: str | None = None


@dataclass(frozen=True)
class Hint:
    code: str  # network-mismatch-trc20-evm, bep20-erc20, memo-missing, ...
    args: tuple[str, ...] = ()


def _address(value: str) -> tuple[str | None, bool | None]:
    if _EVM.fullmatch(value):
        return addr.evm(value)
    if _BECH32.fullmatch(value):
        return addr.segwit(value)
    if _TON_RAW.fullmatch(value):
        return "ton", True
    if _TON.fullmatch(value):
        return "ton", addr.ton_friendly(value)
    found = addr.base58_address(value)
    if found is not None:
        return found
    if value.startswith("r") and addr.xrp(value):
        return "xrp", True
    if addr.solana(value) and 32 <= len(value) <= 44:
        return "solana", True
    guess = addr.guess_base58_chain(value)
    return (guess, False) if guess else (None, None)


def _decimal(number: str) -> str | None:
    """'1.234,56' -> '1234.56'; '1,234.56' -> '1234.56'; a lone separator with 3 digits after
    it is a thousands separator ('1.500' -> '1500')."""
    n = number.replace("\u00a0", "").replace(" ", "").replace("'", "").replace("\u2009", "")
    seps = [c for c in n if c in ".,"]
    if len(seps) >= 2:
        decimal_sep = seps[-1]
        thousands = "," if decimal_sep == "." else "."
        n = n.replace(thousands, "").replace(decimal_sep, ".")
    elif len(seps) == 1:
        head, tail = n.split(seps[0])
        # "1,500" / "1.500" (es, de, pt, tr, id, vi write thousands with a dot): thousands.
        is_thousands = len(tail) == 3 and head not in ("", "0")
        n = head + tail if is_thousands else head + "." + tail
    try:
        return f"{Decimal(n).normalize():f}"
    except InvalidOperation:
        return None


def _amount_note(m: re.Match[str]) -> str | None:
    number = m.group("n1") or m.group("n2") or m.group("n3")
    unit = m.group("cur") or m.group("t2") or m.group("t3") or ""
    mult = m.group("m1") or m.group("m2") or m.group("m3")
    value = _decimal(number)
    if value is None:
        return None
    factor = {"\u4e07": 10_000, "\u5343": 1_000, "k": 1_000, "K": 1_000}.get(mult or "", 1)
    amount = Decimal(value) * factor
    return f"{amount.normalize():f} {unit}".strip()


def find_entities(text: str) -> list[Entity]:
    """Sorted, non-overlapping; longer and more specific matches win."""
    scan = to_halfwidth_digits(text)  # same length: spans index the original text
    found: list[Entity] = []

    def add(kind: str, start: int, end: int, **kw: object) -> None:
        if any(start < e.end and e.start < end for e in found):
            return
        found.append(Entity(kind, text[start:end], start, end, **kw))  # type: ignore[arg-type]

    for m in finditer_chunked(_URL, scan):
        end = m.end()
        while end > m.start() and scan[end - 1] in ".,;:!?)]}":
            end -= 1
        add("url", m.start(), end)
    for m in finditer_chunked(_EMAIL, scan):
        add("email", m.start(), m.end())
    for m in finditer_chunked(_TXID, scan):
        if is_private_key_hex(scan, m.start()):
            continue  # a private key: sensitive.py reports it, never as an entity
        add("txid", m.start(), m.end(), valid=True)
    for rx in (_EVM, _BECH32, _TON_RAW, _TON, _BASE58):
        for m in finditer_chunked(rx, scan):
            chain, valid = _address(m.group(0))
            if chain is None:
                continue
            add("address", m.start(), m.end(), chain=chain, valid=valid)
    for m in finditer_chunked(_MEMO, scan):
        add("memo", m.start("v"), m.end("v"))
    for m in finditer_chunked(_ORDER, scan):
        add("order_id", m.start("v"), m.end("v"))
    for m in finditer_chunked(_AMOUNT, scan):
        note = _amount_note(m)
        if note is not None:
            add("amount", m.start(), m.end(), note=note)
    return sorted(found, key=lambda e: e.start)


def network_hints(text: str, entities: list[Entity] | None = None) -> list[Hint]:
    """Likely network mistakes: TRC-20 named with an EVM address, BEP-20 vs ERC-20, no memo."""
    entities = find_entities(text) if entities is None else entities
    upper = to_halfwidth_digits(text).upper().replace("-", "").replace(" ", "")
    chains = {e.chain for e in entities if e.kind == "address"}
    hints: list[Hint] = []
    if "TRC20" in upper and "evm" in chains:
        hints.append(Hint("trc20-with-evm-address"))
    if "ERC20" in upper and "tron" in chains:
        hints.append(Hint("erc20-with-tron-address"))
    if "BEP20" in upper and "ERC20" in upper:
        hints.append(Hint("bep20-erc20-confusion"))
    has_memo = any(e.kind == "memo" for e in entities)
    for ticker in MEMO_CHAINS:
        if re.search(rf"\b{ticker}\b", text.upper()) and not has_memo:
            if ticker == "BNB" and "BEP20" in upper:
                continue
            hints.append(Hint("memo-missing", (ticker,)))
            break
    if any(e.kind == "address" and e.valid is False for e in entities):
        hints.append(Hint("invalid-address"))
    return hints
