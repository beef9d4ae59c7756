"""Is a key-shaped string (64 hex, 64-byte base58) a private key or a transaction hash? By the
words around it, in the 16 team languages: a key label before or after, a TX label closer.

Labels may be written with any separator ("private_key=", "priv-key:", quotes, newlines) and
stand up to about a sentence away; a bare 64-hex string with no key label is a TXID.
"""

from __future__ import annotations

import re

_S = r"[\s_\-.]*"  # between the words of a label: "private key", "private_key", "priv-key"
# Labels that name a private key whatever else is near (en es pt fr de it nl tr vi id ru ar
# zh ja ko th; non-ASCII letters as escapes).
KEY_LABELS = (
    rf"private{_S}keys?", rf"priv{_S}keys?", "privkey", rf"secret{_S}keys?", "secretkey",
    rf"(?:clave|llave){_S}privada", rf"chave{_S}privada", rf"cl[\u00e9e]{_S}priv[\u00e9e]e",
    rf"privater?n?{_S}schl[\u00fcu]ssel", r"privatschl[\u00fcu]ssel",
    rf"geheimer?{_S}schl[\u00fcu]ssel", rf"chiave{_S}privata", rf"priv[\u00e9e]{_S}sleutel",
    rf"private{_S}sleutel", rf"geheime{_S}sleutel", rf"[\u00f6o]zel{_S}anahtar\w*",
    rf"gizli{_S}anahtar\w*", rf"kh[\u00f3o]a{_S}(?:ri[\u00eae]ng|b[\u00edi]{_S}m[\u1eada]t)",
    rf"kunci{_S}(?:pribadi|privat|rahasia)",
    rf"(?:\u043f\u0440\u0438\u0432\u0430\u0442\u043d|\u0437\u0430\u043a\u0440\u044b\u0442|"
    rf"\u0441\u0435\u043a\u0440\u0435\u0442\u043d|\u043b\u0438\u0447\u043d)\w*{_S}"
    r"\u043a\u043b\u044e\u0447\w*",
    rf"\u0627\u0644\u0645\u0641\u062a\u0627\u062d{_S}\u0627\u0644\u062e\u0627\u0635",
    rf"\u0645\u0641\u062a\u0627\u062d{_S}\u062e\u0627\u0635",
    rf"\u0645\u0641\u062a\u0627\u062d\u064a?{_S}\u0627\u0644\u062e\u0627\u0635",
    r"\u79c1\u94a5", r"\u79c1\u9470", r"\u79c1\u4eba\u5bc6\u94a5", r"\u79d8\u5bc6\u9375",
    r"\u79d8\u5bc6\u30ad\u30fc", r"\u30d7\u30e9\u30a4\u30d9\u30fc\u30c8\u30ad\u30fc",
    rf"\uac1c\uc778{_S}\ud0a4", rf"\ud504\ub77c\uc774\ube57{_S}\ud0a4", rf"\ube44\ubc00{_S}\ud0a4",
    rf"\u0e04\u0e35\u0e22\u0e4c{_S}\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e31\u0e27",
    rf"\u0e01\u0e38\u0e0d\u0e41\u0e08{_S}\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e31\u0e27",
    r"\u0e1e\u0e23\u0e34\u0e27\u0e32\u0e17\u0e04\u0e35\u0e22\u0e4c",
)  # fmt: skip
# A bare "key" counts only right next to the value ("my key: ...", "key=...").
GENERIC_KEY = (
    "keys?", "secret", "clave", "llave", "chave", "cl[\u00e9e]", "schl[\u00fcu]ssel", "chiave",
    "sleutel", "anahtar\\w*", "kh[\u00f3o]a", "kunci", "\u043a\u043b\u044e\u0447\\w*",
    "\u0645\u0641\u062a\u0627\u062d\\w*", "\u5bc6\u94a5", "\u5bc6\u9470", "\u30ad\u30fc", "\u9375",
    "\ud0a4", "\u0e04\u0e35\u0e22\u0e4c",
)  # fmt: skip
# Words that make a 64-hex string a transaction hash when they are the nearer label.
TX_LABELS = (
    "txid", rf"tx{_S}(?:id|hash)", "tx", "txn", "hash", "transactions?", "transacci[o\u00f3]n",
    "transa[c\u00e7][a\u00e3]o", "transaktion", "transazione", "transactie", "i[s\u015f]lem",
    rf"giao{_S}d[i\u1ecb]ch", "transaksi", "\u0442\u0440\u0430\u043d\u0437\u0430\u043a\u0446\\w*",
    "\u0445[\u044d\u0435]\u0448\\w*", "\u0645\u0639\u0627\u0645\u0644\u0629", "\u0627\u0644\u0645"
    "\u0639\u0627\u0645\u0644\u0629", "\u4ea4\u6613", "\u54c8\u5e0c", "\u30c8\u30e9\u30f3\u30b6"
    "\u30af\u30b7\u30e7\u30f3", "\u30cf\u30c3\u30b7\u30e5", "\uac70\ub798", "\ud2b8\ub79c\uc7ad"
    "\uc158", "\ud574\uc2dc", "\u0e18\u0e38\u0e23\u0e01\u0e23\u0e23\u0e21", "signature", "sig",
    "firma", "assinatura", "signatur", "block", "bloque",
)  # fmt: skip


_LETTERS = r"A-Za-z\u00c0-\u024f\u0400-\u04ff"


def _alternation(words: tuple[str, ...]) -> str:
    """Word edges for alphabetic scripts only (CJK and Thai labels sit inside unspaced text)."""
    return rf"(?<![{_LETTERS}])(?:" + "|".join(words) + rf")(?![{_LETTERS}])"


KEY_CONTEXT = re.compile(_alternation(KEY_LABELS), re.IGNORECASE)
_GENERIC = re.compile(_alternation(GENERIC_KEY), re.IGNORECASE)
_TX = re.compile(_alternation(TX_LABELS), re.IGNORECASE)
BEFORE, AFTER = 200, 60  # about a sentence before the value, a clause after it
GENERIC_BEFORE, GENERIC_AFTER = 24, 16


# "I never shared my private key": a negated label introduces nothing.
_NEGATION = re.compile(
    r"(?i)(?:\bnever\b|\bnot\b|n't\b|\bno\b|\bnobody\b|\bnunca\b|\bjam[a\u00e1]s\b|"
    r"\bnadie\b|\bjamais\b|\bpas\b|\bniemals\b|\bnie\b|\bkein\w*|\bmai\b|\bnooit\b|"
    r"\bgeen\b|\basla\b|\bhi\u00e7\b|\bkh\u00f4ng\b|\bch\u01b0a\b|\btidak\b|\bbelum\b|"
    r"\u043d\u0438\u043a\u043e\u0433\u0434\u0430|\b\u043d\u0435\b|\b\u043d\u0438\b|"
    r"\u0644\u0645|\u0644\u0627|\u6ca1|\u6c92|\u4ece\u672a|\u5f9e\u672a|\u4e0d|"
    r"\u6c7a\u3057\u3066|\uc808\ub300|\u0e44\u0e21\u0e48)"
)
_SHARE = re.compile(
    r"(?i)(shar|gave|give|sen[dt]|t[eo]ld|tell|reveal|leak|disclos|expos|compart|di\b|dad|"
    r"envi|partag|donn|geteilt|gegeben|verraten|condivis|gedeeld|gegeven|payla|chia\s+s|"
    r"bagi|beri|\u0434\u0435\u043b\u0438\u043b|\u043f\u0435\u0440\u0435\u0434\u0430|"
    r"\u0441\u043e\u043e\u0431\u0449|\u0434\u0430\u0432\u0430\u043b|\u0433\u043e\u0432"
    r"\u043e\u0440\u0438\u043b|\u0623\u0639\u0637|\u0634\u0627\u0631\u0643|\u0623\u0631"
    r"\u0633\u0644|\u6cc4\u9732|\u6cc4\u6f0f|\u7ed9|\u7d66|\u544a\u8bc9|\u544a\u8a34|"
    r"\u5206\u4eab|\u53d1|\u767c|\u6559\u3048|\u5171\u6709|\u6e21|\uc54c\ub824|\uacf5"
    r"\uc720|\uc918|\u0e41\u0e0a\u0e23\u0e4c|\u0e43\u0e2b\u0e49|\u0e1a\u0e2d\u0e01)"
)
NEGATION_REACH = 40
_CLAUSE_END = re.compile(r"[,.;:!?\n\uff0c\u3002\uff1b\uff1a\uff01\uff1f\u3001]")


def _negated(text: str, label_start: int) -> bool:
    """ "Never shared / gave / leaked my private key": a negation and a verb of giving in the
    same clause shortly before the label (a bare "no" or "not sure" negates nothing)."""
    lo = max(0, label_start - NEGATION_REACH)
    for m in _NEGATION.finditer(text, lo, label_start):
        if not _CLAUSE_END.search(text, m.end(), label_start) and _SHARE.search(
            text, m.end(), label_start
        ):
            return True
    return False


def _last(rx: re.Pattern[str], text: str, start: int, end: int) -> int:
    """End of the last match in text[start:end], or -1 (a negated key label does not count)."""
    for m in reversed(list(rx.finditer(text, start, end))):
        if rx is _TX or not _negated(text, m.start()):
            return m.end()
    return -1


def is_private_key_context(text: str, start: int, end: int | None = None) -> bool:
    """Whether a key-shaped string at text[start:end] is introduced as a private key."""
    lo = max(0, start - BEFORE)
    key_before = max(_last(KEY_CONTEXT, text, lo, start),
                     _last(_GENERIC, text, max(0, start - GENERIC_BEFORE), start))  # fmt: skip
    tx_before = _last(_TX, text, lo, start)
    if key_before >= 0 and key_before > tx_before:
        return True
    if tx_before >= 0 and start - tx_before <= 40:
        return False  # "txid: ...", ".../tx/...": a hash, whatever follows
    if end is None:
        return False
    hi = min(len(text), end + AFTER)
    after_key = KEY_CONTEXT.search(text, end, hi) or _GENERIC.search(
        text, end, min(len(text), end + GENERIC_AFTER)
    )
    if after_key is None:
        return False
    after_tx = _TX.search(text, end, after_key.start())
    return after_tx is None
