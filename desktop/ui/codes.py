"""Agent-readable text for every code the core emits: one table, translated in context "codes".

The core returns codes (entity kinds, secret kinds, reasons, hints, lint and scam codes); the UI
shows `text(code, *args)`. The Chinese lives in translations/replybridge_zh_CN.ts.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "codes"

TEXT: dict[str, str] = {
    # Entity kinds (desktop.core.entities.KINDS)
    "address": QT_TRANSLATE_NOOP("codes", "Address"),
    "txid": QT_TRANSLATE_NOOP("codes", "Transaction hash"),
    "amount": QT_TRANSLATE_NOOP("codes", "Amount"),
    "memo": QT_TRANSLATE_NOOP("codes", "Memo/tag"),
    "order_id": QT_TRANSLATE_NOOP("codes", "Order ID"),
    "email": QT_TRANSLATE_NOOP("codes", "Email address"),
    "url": QT_TRANSLATE_NOOP("codes", "Link"),
    # Secrets (desktop.core.sensitive.SENSITIVE_KINDS)
    "recovery-phrase": QT_TRANSLATE_NOOP("codes", "recovery phrase"),
    "possible-recovery-phrase": QT_TRANSLATE_NOOP("codes", "likely recovery phrase"),
    "private-key": QT_TRANSLATE_NOOP("codes", "private key"),
    "extended-private-key": QT_TRANSLATE_NOOP("codes", "extended private key (xprv)"),
    # Why a look-alike is invalid (desktop.core.addresses.REASONS)
    "eip55-checksum": QT_TRANSLATE_NOOP(
        "codes", "Its capital letters do not match the EIP-55 checksum: a character was changed."
    ),
    "hex-length": QT_TRANSLATE_NOOP(
        "codes", "A digit is missing or extra (an EVM address has 40 hex digits after 0x)."
    ),
    "txid-length": QT_TRANSLATE_NOOP(
        "codes", "A character is missing or extra (a transaction hash has 64 hex digits)."
    ),
    "base58-alphabet": QT_TRANSLATE_NOOP(
        "codes", "It contains a character addresses never use (0, O, I or l)."
    ),
    "base58-checksum": QT_TRANSLATE_NOOP(
        "codes", "Its checksum fails: a character was changed or mistyped."
    ),
    "base58-length": QT_TRANSLATE_NOOP(
        "codes", "It has the wrong length: a character is missing or extra."
    ),
    "solana-length": QT_TRANSLATE_NOOP(
        "codes",
        "It decodes to more than 32 bytes, so it is not a Solana address: a character "
        "was changed or added.",
    ),  # fmt: skip
    "bech32-mixed-case": QT_TRANSLATE_NOOP(
        "codes", "It mixes capital and small letters, which bech32 addresses never do."
    ),
    "bech32-alphabet": QT_TRANSLATE_NOOP(
        "codes", "It contains a character bech32 addresses never use (1, b, i or o)."
    ),
    "bech32-checksum": QT_TRANSLATE_NOOP(
        "codes", "Its bech32 checksum fails: a character was changed."
    ),
    "bech32-program": QT_TRANSLATE_NOOP(
        "codes", "Its checksum holds but its version or length is not a valid address."
    ),
    "ton-checksum": QT_TRANSLATE_NOOP("codes", "Its TON checksum fails: a character was changed."),
    "unknown": QT_TRANSLATE_NOOP("codes", "Its format is not valid."),
    # Network hints (desktop.core.entities.HINT_CODES)
    "trc20-with-evm-address": QT_TRANSLATE_NOOP(
        "codes", "TRC-20 was mentioned with an 0x (EVM) address: check the network."
    ),
    "erc20-with-tron-address": QT_TRANSLATE_NOOP(
        "codes", "%1 was mentioned with a TRON address: check the network."
    ),
    "bep20-erc20-confusion": QT_TRANSLATE_NOOP(
        "codes", "Both BEP-20 and ERC-20 are mentioned: confirm which network was used."
    ),
    "memo-missing": QT_TRANSLATE_NOOP(
        "codes", "%1 deposits need a memo/tag, and none was found in the message."
    ),
    "invalid-address": QT_TRANSLATE_NOOP(
        "codes", "An address in the message fails its checksum: tell the customer it is invalid."
    ),
    "invalid-txid": QT_TRANSLATE_NOOP(
        "codes",
        "A transaction hash in the message has a character missing or extra: ask the "
        "customer to copy it again.",
    ),  # fmt: skip
    # Scam radar (desktop.core.scam.CODES)
    "lookalike-domain": QT_TRANSLATE_NOOP(
        "codes", "Possible scam: %1 imitates an official website."
    ),
    "punycode-domain": QT_TRANSLATE_NOOP("codes", "Possible scam: %1 uses look-alike letters."),
    "fake-support-channel": QT_TRANSLATE_NOOP(
        "codes", "Possible scam: real support never contacts customers on %1."
    ),
    "remote-desktop": QT_TRANSLATE_NOOP(
        "codes", "Possible scam: a remote-desktop tool (%1) is mentioned."
    ),
    "wallet-lure": QT_TRANSLATE_NOOP(
        "codes", "Possible scam: 'validate/sync your wallet' is a known trick."
    ),
    # Copy gate (desktop.core.lint.CODES, SEVERITIES)
    "value-changed": QT_TRANSLATE_NOOP(
        "codes", "%1 %2 is not in the message or the form; a digit may have changed."
    ),
    "value-broken": QT_TRANSLATE_NOOP(
        "codes", "%1 is only part of a value from the message: it was cut or split."
    ),
    "unknown-number": QT_TRANSLATE_NOOP(
        "codes", "The number %1 is not in the message or the form."
    ),
    "unresolved-placeholder": QT_TRANSLATE_NOOP("codes", "Unfilled placeholder %1."),
    "required-empty": QT_TRANSLATE_NOOP("codes", "Required field %1 is empty."),
    "asks-for-secret": QT_TRANSLATE_NOOP(
        "codes", "The reply asks for a secret (recovery phrase, key, password or code): %1"
    ),
    "link-not-allowed": QT_TRANSLATE_NOOP(
        "codes", "Link to a domain that is not on the allow-list: %1"
    ),
    "lookalike-link": QT_TRANSLATE_NOOP("codes", "Link to a look-alike of an official domain: %1"),
    "echoes-secret": QT_TRANSLATE_NOOP(
        "codes", "The reply repeats a secret (%1) the customer shared."
    ),
    "redaction-marker": QT_TRANSLATE_NOOP(
        "codes", "The reply contains the placeholder %1; remove it."
    ),
    "error": QT_TRANSLATE_NOOP("codes", "Error"),
    "warning": QT_TRANSLATE_NOOP("codes", "Warning"),
    # BIP-39 wordlists a phrase was found in (desktop.core.bip39.WORDLISTS)
    "english": QT_TRANSLATE_NOOP("codes", "English wordlist"),
    "chinese_simplified": QT_TRANSLATE_NOOP("codes", "Chinese (simplified) wordlist"),
    "chinese_traditional": QT_TRANSLATE_NOOP("codes", "Chinese (traditional) wordlist"),
    "japanese": QT_TRANSLATE_NOOP("codes", "Japanese wordlist"),
    "korean": QT_TRANSLATE_NOOP("codes", "Korean wordlist"),
    "spanish": QT_TRANSLATE_NOOP("codes", "Spanish wordlist"),
    "french": QT_TRANSLATE_NOOP("codes", "French wordlist"),
    "italian": QT_TRANSLATE_NOOP("codes", "Italian wordlist"),
    "portuguese": QT_TRANSLATE_NOOP("codes", "Portuguese wordlist"),
    "czech": QT_TRANSLATE_NOOP("codes", "Czech wordlist"),
}
UNKNOWN_CODE = QT_TRANSLATE_NOOP("codes", "Unrecognised problem (%1).")


def text(code: str, *args: object) -> str:
    """The code in the UI language, with %1, %2 filled in one pass (args are customer text)."""
    source = TEXT.get(code)
    if source is None:
        return fill(QCoreApplication.translate(CONTEXT, UNKNOWN_CODE), (code,))
    return fill(QCoreApplication.translate(CONTEXT, source), args)


def fill(template: str, args: tuple[object, ...]) -> str:
    """Qt-style %1..%9 substitution in one pass: a value containing "%2" stays as it is."""
    values = [str(a) for a in args]
    return re.sub(r"%([1-9])", lambda m: _arg(values, int(m.group(1))), template)


def _arg(values: list[str], number: int) -> str:
    return values[number - 1] if number <= len(values) else ""
