"""Crypto entities in a customer's message: addresses (checksum-validated), TXIDs, amounts,
memos/tags, order IDs, emails and URLs, with spans into the ORIGINAL text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop.core import addresses as addr
from desktop.core import amounts
from desktop.core.errors import BadInputError
from desktop.core.sensitive import is_private_key_context
from desktop.core.text import finditer_chunked, to_halfwidth_digits

KINDS = ("address", "txid", "amount", "memo", "order_id", "email", "url")
REASONS = addr.REASONS  # why an entity is valid=False (Entity.reason)
HINT_CODES = ("trc20-with-evm-address", "erc20-with-tron-address", "bep20-erc20-confusion",
              "memo-missing", "invalid-address", "invalid-txid")  # fmt: skip
_A = r"(?<![0-9A-Za-z])"  # not glued to a preceding letter or digit
_Z = r"(?![0-9A-Za-z])"
_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"'`\u3000-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]+",
    re.IGNORECASE,
)
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"(?![A-Za-z0-9-])"
)
# 0x + 64 hex (EVM), bare 64 hex (BTC, TRON, XRP...), and near misses one or two digits off.
_HEX_RUN = re.compile(_A + r"(?:0[xX])?[0-9a-fA-F]{36,68}" + _Z)
_BECH32 = re.compile(_A + r"(?:bc|tb|bcrt|ltc|tltc)1[0-9a-z]{8,87}" + _Z, re.IGNORECASE)
_BASE58ISH = re.compile(_A + r"[1-9A-Za-z][0-9A-Za-z]{24,45}" + _Z)
_SOL_SIG = re.compile(_A + r"[1-9A-HJ-NP-Za-km-z]{86,88}" + _Z)
_TON_RAW = re.compile(r"(?<![0-9A-Za-z-])-?[01]:[0-9a-fA-F]{64}" + _Z)
_TON = re.compile(r"(?<![0-9A-Za-z_+/-])[EUk0][QfKf][A-Za-z0-9_+/-]{46}(?![0-9A-Za-z_+/=-])")
_MEMO = re.compile(
    r"(?i)(?<![A-Za-z])(?:destination\s*tag|dest(?:ination)?\.?\s*tag|memo(?:\s*id)?|tag|dt|"
    r"comment|remark|etiqueta|m\u00e9mo|\u5907\u6ce8|\u5099\u8a3b|\u6807\u7b7e|\u6a19\u7c64|"
    r"\u30e1\u30e2|\u30bf\u30b0|\uba54\ubaa8|\ud0dc\uadf8|\u043c\u0435\u043c\u043e|\u0442\u0435\u0433|"
    r"\u043c\u0435\u0442\u043a\u0430|\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0439|"
    r"ghi\s+ch\u00fa)"
    r"(?![A-Za-z])\s*(?:[:=#\uff1a]|\u662f|\u4e3a|\u70ba|\u306f|\ub294)?\s*"
    r"(?P<v>(?=[A-Za-z]*\d)[A-Za-z0-9]{1,40})(?![A-Za-z0-9])"
)
_ORDER = re.compile(
    r"(?i)(?<![A-Za-z])(?:order|orden|pedido|ordem|commande|bestellung|auftrag|ordine|bestelling|"
    r"sipari\u015f|\u0437\u0430\u043a\u0430\u0437|\u8ba2\u5355|\u8a02\u55ae|\u6ce8\u6587|"
    r"\uc8fc\ubb38|\u0111\u01a1n(?:\s*h\u00e0ng)?|pesanan|\u0637\u0644\u0628|"
    r"\u0e04\u0e33\u0e2a\u0e31\u0e48\u0e07\u0e0b\u0e37\u0e49\u0e2d)"
    r"\s*(?:id|no\.?|nr\.?|num(?:ber|ero|\u00e9ro)?|n[\u00ba\u00b0o]\.?|#|\u53f7|\u865f|"
    r"\u756a\u53f7|\ubc88\ud638|\u2116|\u043d\u043e\u043c\u0435\u0440)?"
    r"\s*(?:[:=#\uff1a]|\u662f|\u4e3a|\u306f|\ub294)?\s*(?P<v>(?=[A-Z-]*\d)[A-Z0-9][A-Z0-9-]{5,31})(?![A-Za-z0-9])"
)
MEMO_CHAINS = ("XRP", "XLM", "ATOM", "TON", "EOS")
# Explorer links: the TXID or address after /tx/, /transaction/, /address/, /account/...
# (etherscan, bscscan, polygonscan, arbiscan, tronscan "#/transaction/", mempool.space,
# blockstream, solscan, blockchair "/bitcoin/transaction/", blockchain.com "/explorer/
# transactions/btc/", tonviewer "/<address>"), or in ?tx= / ?hash= / ?address= queries.
_LINK_VALUE = re.compile(
    r"(?i)(?:/(?:tx|txs|txn|transactions?|address(?:es)?|addr|accounts?|wallet|contract)"
    r"/(?:[a-z][a-z-]{1,15}/)?|[?&](?:tx|txid|txhash|hash|address|addr|account)=|"
    r"tonviewer\.com/|tonscan\.org/address/)"
    r"(?P<v>-?[0-9A-Za-z_:+-]{25,100})(?![0-9A-Za-z_+-])"
)
_order_patterns: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class Entity:
    """`value` is exactly text[start:end]; `note` holds a normalised form (e.g. 1234.56 USDT)."""

    kind: str  # address, txid, amount, memo, order_id, email, url
    value: str
    start: int
    end: int
    chain: str | None = None
    valid: bool | None = None  # False: checksum/shape fails; None: well-formed, nothing to check
    note: str | None = None
    reason: str | None = None  # when valid is False: which rule fails (one of REASONS)


@dataclass(frozen=True)
class Hint:
    """A likely mistake or risk; the UI turns the code into words. start/end 0 = whole message."""

    code: str
    args: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


def _compile_orders(patterns: Iterable[str]) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for pattern in patterns:
        try:
            compiled.append(re.compile(pattern))
        except re.error as exc:
            raise BadInputError(
                f"order ID pattern {pattern!r} is not a valid regex: {exc}"
            ) from None
    return tuple(compiled)


def configure_order_patterns(patterns: Iterable[str]) -> None:
    """Team-specific order ID formats for every later call (regexes; group 'id', else the
    whole match, is the ID). Raises BadInputError for a pattern that does not compile."""
    global _order_patterns
    _order_patterns = _compile_orders(patterns)


class _Taken:
    """Non-overlapping spans already claimed, for O(log n) overlap tests."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.starts, start)
        if i and self.ends[i - 1] > start:
            return False
        return not (i < len(self.starts) and self.starts[i] < end)

    def take(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self.starts, start)
        self.starts.insert(i, start)
        self.ends.insert(i, end)


def _hex_run(value: str) -> tuple[str, str | None, bool | None] | None:
    """(kind, chain, valid) of a hex run: 0x+40 address, 64 hex TXID, or a near miss."""
    prefixed = value[:2].lower() == "0x"
    n = len(value) - 2 if prefixed else len(value)
    if prefixed and n == 40:
        chain, valid = addr.evm(value)
        return "address", chain, valid
    if n == 64:
        return "txid", None, None
    if prefixed and 38 <= n <= 42:
        return "address", "evm", False  # a digit dropped or added
    if 62 <= n <= 66:
        return "txid", None, False
    return None


def _base58ish(value: str) -> tuple[str, bool | None] | None:
    if "0x" in value[:2]:
        return None
    return addr.classify_base58(value)


def _entity(text: str, kind: str, start: int, end: int, chain: str | None = None,
            valid: bool | None = None, note: str | None = None) -> Entity:  # fmt: skip
    value = text[start:end]
    reason = addr.invalid_reason(kind, value, chain) if valid is False else None
    return Entity(kind, value, start, end, chain, valid, note, reason)


# The chain an explorer serves, for TXIDs (a hash alone does not say which chain it is on).
_EXPLORER_CHAINS = (
    (re.compile(r"(?i)(ether|bsc|polygon|arbi|optimistic\.ether|base|snowtrace|ftm)scan\."), "evm"),
    (re.compile(r"(?i)tronscan\.|tronscan\.io"), "tron"),
    (re.compile(r"(?i)mempool\.space|blockstream\.info|blockchair\.com/bitcoin/|/btc/"),
     "bitcoin"),
    (re.compile(r"(?i)solscan\.|explorer\.solana\.|solana\.fm"), "solana"),
    (re.compile(r"(?i)tonviewer\.|tonscan\."), "ton"),
    (re.compile(r"(?i)xrpscan\.|bithomp\."), "xrp"),
)  # fmt: skip


def _explorer_chain(url: str) -> str | None:
    return next((chain for rx, chain in _EXPLORER_CHAINS if rx.search(url)), None)


def _classify(value: str, scan: str, start: int) -> tuple[str, str | None, bool | None] | None:
    """(kind, chain, valid) of a value taken from an explorer link, or None."""
    if _TON_RAW.fullmatch(value):
        return "address", "ton", None
    if re.fullmatch(r"(?:0[xX])?[0-9a-fA-F]+", value):
        found = _hex_run(value)
        if found is not None and not (
            found[0] == "txid" and is_private_key_context(scan, start, start + len(value))
        ):
            return found
        return None
    if _SOL_SIG.fullmatch(value) and addr.solana_signature(value):
        return "txid", "solana", None
    if _BECH32.fullmatch(value):
        chain, ok = addr.segwit(value)
        return "address", chain, ok
    if len(value) == 48 and _TON.fullmatch(value):
        ton_ok = addr.ton_friendly(value)
        if ton_ok is not None or value[:2] in ("EQ", "UQ"):
            return "address", "ton", bool(ton_ok)
    if _BASE58ISH.fullmatch(value):
        b58 = _base58ish(value)
        if b58 is not None:
            return "address", b58[0], b58[1]
    return None


def find_entities(text: str, *, order_patterns: Sequence[str] | None = None) -> list[Entity]:
    """Sorted by start; more specific kinds win (URL > email > TXID > address...). Spans do not
    overlap, except a TXID or address taken from an explorer link, which lies inside its URL."""
    scan = to_halfwidth_digits(text)  # same length: spans index the original text
    found: list[Entity] = []
    taken = _Taken()

    def add(kind: str, start: int, end: int, chain: str | None = None,
            valid: bool | None = None, note: str | None = None) -> None:  # fmt: skip
        if end > start and taken.free(start, end):
            taken.take(start, end)
            found.append(_entity(text, kind, start, end, chain, valid, note))

    for m in finditer_chunked(_URL, scan):
        end = m.end()
        while end > m.start() and scan[end - 1] in ".,;:!?)]}>":
            if scan[end - 1] == ")" and scan.count("(", m.start(), end) >= scan.count(
                ")", m.start(), end
            ):
                break  # a balanced parenthesis is part of the URL (wiki-style)
            end -= 1
        add("url", m.start(), end)
    for url in [e for e in found if e.kind == "url"]:
        for m in _LINK_VALUE.finditer(scan, url.start, url.end):
            link_value = _classify(m.group("v"), scan, m.start("v"))
            if link_value is not None:
                kind, chain, valid = link_value
                chain = chain or _explorer_chain(url.value)
                found.append(_entity(text, kind, m.start("v"), m.end("v"), chain, valid))
    for m in finditer_chunked(_EMAIL, scan):
        add("email", m.start(), m.end())
    patterns = _order_patterns if order_patterns is None else _compile_orders(order_patterns)
    for rx in patterns:  # the team's own formats are the most certain
        for m in finditer_chunked(rx, scan):
            group = "id" if "id" in rx.groupindex else 0
            add("order_id", m.start(group), m.end(group))
    for m in finditer_chunked(_TON_RAW, scan):
        add("address", m.start(), m.end(), "ton", None)
    for m in finditer_chunked(_HEX_RUN, scan):
        kind_chain = _hex_run(m.group(0))
        if kind_chain is None:
            continue
        kind, chain, valid = kind_chain
        if kind == "txid" and is_private_key_context(scan, m.start(), m.end()):
            continue  # a private key: sensitive.py reports it, never as an entity
        add(kind, m.start(), m.end(), chain, valid)
    for m in finditer_chunked(_SOL_SIG, scan):
        if not is_private_key_context(scan, m.start(), m.end()) and addr.solana_signature(
            m.group(0)
        ):
            add("txid", m.start(), m.end(), "solana", None)
    for m in finditer_chunked(_BECH32, scan):
        value = m.group(0)
        if value not in (value.lower(), value.upper()) and _base58ish(value) is not None:
            continue  # "TB1Le..." is a TRON address, not testnet bech32
        chain, ok = addr.segwit(value)
        add("address", m.start(), m.end(), chain, ok)
    for m in finditer_chunked(_TON, scan):
        ton_ok = addr.ton_friendly(m.group(0))
        if ton_ok is not None or m.group(0)[:2] in ("EQ", "UQ"):
            add("address", m.start(), m.end(), "ton", bool(ton_ok))
    for m in finditer_chunked(_BASE58ISH, scan):
        b58 = _base58ish(m.group(0))
        if b58 is not None:
            add("address", m.start(), m.end(), b58[0], b58[1])
    for m in finditer_chunked(_MEMO, scan):
        add("memo", m.start("v"), m.end("v"))
    for m in finditer_chunked(_ORDER, scan):
        add("order_id", m.start("v"), m.end("v"))
    style = amounts.decimal_style(scan)
    for m in finditer_chunked(amounts.AMOUNT, scan):
        note = amounts.note(m, style)
        if note is not None:
            add("amount", m.start(), m.end(), note=note)
    return sorted(found, key=lambda e: (e.start, -e.end))


# Network names as customers write them (any case, with or without "-", "_" or a space).
_NETWORK_RX = re.compile(
    r"(?<![A-Za-z0-9])(TRC[-_ ]?20|ERC[-_ ]?20|BEP[-_ ]?20|BSC|POLYGON|ARBITRUM|OPTIMISM|"
    r"AVAX[-_ ]?C|SPL|SOLANA|TRON)(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_DEPOSIT = re.compile(
    r"(?i)(deposit|sent|send|transfer|withdr[ae]w|dep[o\u00f3]sito|deposit[e\u00e9]|envi[e\u00e9]|"
    r"transfer\u00ed|d\u00e9p\u00f4t|einzahl|\u00fcberwies|versato|stort|yat\u0131r|g\u00f6nderd|"
    r"n\u1ea1p|chuy\u1ec3n|g\u1eedi|setor|kirim|\u043f\u043e\u043f\u043e\u043b\u043d|"
    r"\u043e\u0442\u043f\u0440\u0430\u0432|\u043f\u0435\u0440\u0435\u0432\u0435\u043b|"
    r"\u0625\u064a\u062f\u0627\u0639|\u0623\u0631\u0633\u0644\u062a|\u5145\u503c|\u5145\u5e63|"
    r"\u8f6c\u8d26|\u8f49\u5e33|\u5165\u91d1|\u9001\u91d1|\uc785\uae08|\uc1a1\uae08|"
    r"\u0e1d\u0e32\u0e01|\u0e42\u0e2d\u0e19)"
)


def network_hints(text: str, entities: Sequence[Entity] | None = None) -> list[Hint]:
    """Likely network mistakes: a network named with another family's address, BEP-20 vs
    ERC-20 both named, a memo-chain deposit without a memo, an address failing its checksum."""
    entities = find_entities(text) if entities is None else entities
    scan = to_halfwidth_digits(text)
    named = {re.sub(r"[-_ ]", "", m.group(1).upper()) for m in _NETWORK_RX.finditer(scan)}
    chains = {e.chain for e in entities if e.kind == "address" and e.chain}
    hints: list[Hint] = []
    if "TRC20" in named and "evm" in chains and "tron" not in chains:
        hints.append(Hint("trc20-with-evm-address"))
    if named & {"ERC20", "BEP20", "BSC"} and "tron" in chains and "evm" not in chains:
        network = next(n for n in ("ERC20", "BEP20", "BSC") if n in named)
        hints.append(Hint("erc20-with-tron-address", (network,)))
    if "BEP20" in named and "ERC20" in named:
        hints.append(Hint("bep20-erc20-confusion"))
    upper = scan.upper()
    has_memo = any(e.kind == "memo" for e in entities)
    if not has_memo and _DEPOSIT.search(scan):
        for ticker in MEMO_CHAINS:
            if re.search(rf"(?<![A-Z0-9]){ticker}(?![A-Z0-9])", upper):
                hints.append(Hint("memo-missing", (ticker,)))
                break
    for e in entities:
        if e.kind in ("address", "txid") and e.valid is False:
            hints.append(Hint("invalid-address" if e.kind == "address" else "invalid-txid",
                              (e.value, e.reason or "unknown"), e.start, e.end))  # fmt: skip
    return hints
