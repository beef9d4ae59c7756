"""A fresh safety probe: random valid phrases in every wordlist inside sentences in several
languages, keys behind varied labels, TXIDs in explorer links, and ordinary messages.

Seeded (print the seed to replay a failure); `score` runs the detectors passed in, so the same
probe can measure another version of the code.
"""

from __future__ import annotations

import hashlib
import os
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import base58
from mnemonic import Mnemonic

WORDLISTS = ("english", "chinese_simplified", "chinese_traditional", "japanese", "korean",
             "spanish", "french", "italian", "portuguese", "czech")  # fmt: skip
PHRASE_SENTENCES = [
    "Hi, my wallet was emptied. My recovery phrase is {p} can you help?",
    "Hello support,\nthese are my 12 words:\n{p}\nwhat should I do?",
    "Hola, mi frase semilla es: {p}. \u00bfPueden ayudarme?",
    "Ol\u00e1, minha frase de recupera\u00e7\u00e3o: {p} obrigado",
    "Bonjour, voici ma phrase : {p} merci d'avance",
    "\u4f60\u597d\uff0c\u6211\u7684\u52a9\u8bb0\u8bcd\u662f {p} \u8bf7\u5e2e\u6211\u770b\u770b",
    "\u4f60\u597d\uff0c\u6211\u7684\u52a9\u8bb0\u8bcd\u662f{p}\u8bf7\u5e2e\u6211\u770b\u770b\u8c22\u8c22",
    "\u3053\u3093\u306b\u3061\u306f\u3002\u79c1\u306e\u30ea\u30ab\u30d0\u30ea\u30fc\u30d5\u30ec"
    "\u30fc\u30ba\u306f{p}\u3067\u3059\u3002\u52a9\u3051\u3066\u304f\u3060\u3055\u3044",
    "\uc548\ub155\ud558\uc138\uc694, \ubcf5\uad6c \ubb38\uad6c: {p} \ub3c4\uc640\uc8fc\uc138\uc694",
    "\u0417\u0434\u0440\u0430\u0432\u0441\u0442\u0432\u0443\u0439\u0442\u0435, \u0432\u043e\u0442"
    " \u043c\u043e\u044f \u0441\u0438\u0434-\u0444\u0440\u0430\u0437\u0430: {p}. \u041f\u043e"
    "\u043c\u043e\u0433\u0438\u0442\u0435",
    "Xin ch\u00e0o, c\u1ee5m t\u1eeb kh\u00f4i ph\u1ee5c c\u1ee7a t\u00f4i l\u00e0 {p} c\u1ea3m \u01a1n",
    "{p}",
]  # fmt: skip
SEPARATORS: list[Callable[[list[str]], str]] = [
    lambda ws: " ".join(ws),
    lambda ws: "\u3000".join(ws),
    lambda ws: ", ".join(ws),
    lambda ws: "\u3001".join(ws),
    lambda ws: "\n".join(ws),
    lambda ws: " ".join(f"{i}. {w}" for i, w in enumerate(ws, 1)),
    lambda ws: " ".join(f"{i}) {w}" for i, w in enumerate(ws, 1)),
    lambda ws: " ".join(f"{i}-{w}" for i, w in enumerate(ws, 1)),
]
KEY_LABELS_BEFORE = [
    "private_key={k}", "my key: {k}", "Private Key:\n{k}", '"privkey": "{k}"', "priv key - {k}",
    "llave privada {k}", "clave privada: {k}", "chave privada: {k}", "cl\u00e9 priv\u00e9e : {k}",
    "privater Schl\u00fcssel: {k}", "chiave privata: {k}", "priv\u00e9sleutel {k}",
    "\u00f6zel anahtar: {k}", "kh\u00f3a ri\u00eang: {k}", "kunci pribadi: {k}",
    "\u043f\u0440\u0438\u0432\u0430\u0442\u043d\u044b\u0439 \u043a\u043b\u044e\u0447: {k}",
    "\u0437\u0430\u043a\u0440\u044b\u0442\u044b\u0439 \u043a\u043b\u044e\u0447 {k}",
    "\u0627\u0644\u0645\u0641\u062a\u0627\u062d \u0627\u0644\u062e\u0627\u0635: {k}",
    "\u6211\u7684\u79c1\u94a5\u662f{k}", "\u79c1\u9470\uff1a{k}", "\u79d8\u5bc6\u9375\uff1a{k}",
    "\uac1c\uc778\ud0a4: {k}", "\uac1c\uc778 \ud0a4 {k}",
    "\u0e04\u0e35\u0e22\u0e4c\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e31\u0e27: {k}",
    "This is my private key. I exported it from the wallet app yesterday, please check:\n{k}",
    "{k} is my private key", "{k} (\u79c1\u94a5)",
]  # fmt: skip
EXPLORERS = [
    "https://etherscan.io/tx/0x{h}", "https://bscscan.com/tx/0x{h}",
    "https://tronscan.org/#/transaction/{h}", "https://mempool.space/tx/{h}",
    "https://blockstream.info/tx/{h}", "https://polygonscan.com/tx/0x{h}",
    "https://arbiscan.io/tx/0x{h}", "https://blockchair.com/bitcoin/transaction/{h}",
]  # fmt: skip
LINK_SENTENCES = [
    "My deposit is not credited: {u}", "\u5145\u503c\u8fd8\u6ca1\u5230\u8d26 {u} \u8c22\u8c22",
    "Hola, mi retiro no llega ({u}).", "\u0414\u0435\u043f\u043e\u0437\u0438\u0442 \u043d\u0435"
    " \u043f\u0440\u0438\u0448\u0451\u043b: {u}",
]  # fmt: skip
ORDINARY = [
    "This is absolutely unacceptable, I want to speak with your manager right now, your support "
    "team keeps ignoring every message about my frozen account",
    "Hello again, a polite follow up about my KYC documents: I sent the passport scan, the bank "
    "statement and a utility bill by email last week, please confirm",
    "I lost my seed phrase, can I still recover my wallet with my email and password?",
    "Never share your private key, I know. My txid is {h}",
    "I never shared my private key with anyone, but my funds are gone: {h}",
    "\u6211\u4ece\u6765\u6ca1\u6709\u6cc4\u9732\u8fc7\u79c1\u94a5\uff0c\u53ef\u662f\u94b1"
    "\u6ca1\u4e86 {h}",
    "Deposit of 1,250.50 USDT to {a} still pending, tx hash {h}",
    "\u6211\u7684\u52a9\u8bb0\u8bcd\u662f\u4e0d\u662f\u88ab\u522b\u4eba\u77e5\u9053\u4e86\uff1f"
    "\u6211\u7684\u94b1\u90fd\u6ca1\u4e86\u600e\u4e48\u529e",
    "\u79c1\u306e\u79d8\u5bc6\u9375\u306f\u5b89\u5168\u3067\u3059\u304b\uff1f\u51fa\u91d1\u304c"
    "\u5c4a\u3044\u3066\u3044\u307e\u305b\u3093",
    "Ol\u00e1, fiz um dep\u00f3sito ontem e ainda n\u00e3o chegou, podem verificar? {h}",
    "please check again account balance because deposit never arrived, support agent said wait",
    "Bonjour, j'ai oubli\u00e9 ma phrase de r\u00e9cup\u00e9ration, que faire ?",
]  # fmt: skip


@dataclass(frozen=True)
class Case:
    text: str
    kind: str  # phrase, key, link, ordinary
    secret: str = ""  # the secret text (phrase or key): its words must all be covered
    secret_kind: str = ""  # expected Finding.kind
    txid: str = ""  # expected txid entity value (links)
    tags: tuple[str, ...] = field(default=())


def _b58check(payload: bytes) -> str:
    return base58.b58encode_check(payload).decode()


def _keys(rng: random.Random) -> list[tuple[str, str]]:
    secret = rng.randbytes(32)
    xprv_body = rng.randbytes(41) + b"\x00" + rng.randbytes(32)
    return [
        (secret.hex(), "private-key"),
        ("0x" + rng.randbytes(32).hex(), "private-key"),
        (_b58check(b"\x80" + secret + b"\x01"), "private-key"),
        (_b58check(b"\x80" + rng.randbytes(32)), "private-key"),
        (
            _b58check(
                bytes.fromhex(rng.choice(["0488ade4", "049d7878", "04b2430c", "04358394"]))
                + xprv_body[:74]
            ),
            "extended-private-key",
        ),  # fmt: skip
        (base58.b58encode(rng.randbytes(64)).decode(), "private-key"),
    ]


def make_probe(seed: int, phrases_per_list: int = 3) -> list[Case]:
    rng = random.Random(seed)
    cases: list[Case] = []
    for lang in WORDLISTS:
        m = Mnemonic(lang)
        for _ in range(phrases_per_list):
            phrase = m.to_mnemonic(rng.randbytes(rng.choice((16, 20, 24, 28, 32))))
            words = phrase.split("\u3000" if lang == "japanese" else " ")
            joined = rng.choice(SEPARATORS)(words)
            sentence = rng.choice(PHRASE_SENTENCES)
            cases.append(Case(sentence.format(p=joined), "phrase", joined, "recovery-phrase",
                              tags=(lang,)))  # fmt: skip
    for _ in range(2):
        for value, kind in _keys(rng):
            label = rng.choice(KEY_LABELS_BEFORE)
            cases.append(Case(f"Hello, {label.format(k=value)} thanks", "key", value, kind))
    for explorer in EXPLORERS:
        h = rng.randbytes(32).hex()
        url = explorer.format(h=h)
        txid = "0x" + h if "0x" + h in url else h
        cases.append(Case(rng.choice(LINK_SENTENCES).format(u=url), "link", txid=txid))
    tron = _b58check(b"\x41" + rng.randbytes(20))
    for sentence in ORDINARY:
        text = sentence.format(h=rng.randbytes(32).hex(), a=tron)
        cases.append(Case(text, "ordinary"))
    return cases


@dataclass
class Score:
    secrets: int = 0
    caught: int = 0
    links: int = 0
    links_found: int = 0
    ordinary: int = 0
    alarms: int = 0
    misses: list[str] = field(default_factory=list)


def score(cases: Sequence[Case], find_sensitive: Callable[[str], list],
          find_entities: Callable[[str], list]) -> Score:  # fmt: skip
    """Caught: a finding of the expected kind covers the whole secret. Alarm: any finding on an
    ordinary message or a link, or an extra finding beside a secret."""
    out = Score()
    for case in cases:
        findings = find_sensitive(case.text)
        if case.kind in ("phrase", "key"):
            out.secrets += 1
            start, end = _span(case)
            hit = [f for f in findings if f.kind == case.secret_kind
                   and f.start <= start and end <= f.end]  # fmt: skip
            if hit:
                out.caught += 1
            else:
                out.misses.append(f"{case.kind} {case.tags}: {case.text[:80]!r}")
            out.alarms += len(findings) - len(hit[:1])
        elif case.kind == "link":
            out.links += 1
            out.alarms += len(findings)
            got = [e.value for e in find_entities(case.text) if e.kind == "txid"]
            if got == [case.txid]:
                out.links_found += 1
            else:
                out.misses.append(f"link: {case.text[:80]!r}")
        else:
            out.ordinary += 1
            out.alarms += len(findings)
            if findings:
                out.misses.append(f"alarm: {case.text[:80]!r}")
    return out


def _span(case: Case) -> tuple[int, int]:
    """From the secret's first letter to its last (numbering like "1. " is not secret)."""
    start = case.text.index(case.secret)
    end = start + len(case.secret)
    while not case.text[start].isalnum() or case.text[start].isdigit() and case.kind == "phrase":
        start += 1
    while not case.text[end - 1].isalnum():
        end -= 1
    return start, end


def seed_of(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")


def corpus_dir() -> Path:
    """REPLYBRIDGE_LANGID_DATA, else shared/data/langid-lingua above the checkout."""
    env = os.environ.get("REPLYBRIDGE_LANGID_DATA")
    if env:
        return Path(env)
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data" / "langid-lingua"
        if candidate.is_dir():
            return candidate
    return Path("langid-lingua-not-found")


def corpus_messages() -> list[tuple[str, str]]:
    """(file:line, text) for every line of the corpus, then every three lines as one message."""
    single: list[tuple[str, str]] = []
    grouped: list[tuple[str, str]] = []
    for path in sorted(corpus_dir().glob("*/*.txt")):
        lines = path.read_text(encoding="utf-8").splitlines()
        where = f"{path.parent.name}/{path.name}"
        single += [(f"{where}:{i + 1}", line) for i, line in enumerate(lines)]
        grouped += [(f"{where}:{i + 1}+3", " ".join(lines[i : i + 3]))
                    for i in range(0, len(lines), 3)]  # fmt: skip
    return single + grouped
