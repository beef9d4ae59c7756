"""Scam radar: look-alike domains of the team's official ones, fake-support channels,
remote-desktop tools and "validate/sync your wallet" lures, in the team's languages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import urlsplit

from desktop.core.entities import Hint
from desktop.core.text import finditer_chunked

ScamHint = Hint  # code: one of CODES; args: (the domain / channel / tool,)
CODES = (
    "lookalike-domain", "punycode-domain", "fake-support-channel", "remote-desktop", "wallet-lure",
)  # fmt: skip

# Characters scammers swap in for Latin letters (Cyrillic, Greek, IPA, digits).
_CONFUSABLE = str.maketrans({
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0445": "x", "\u0443": "y", "\u0456": "i", "\u0458": "j",
    "\u04bb": "h", "\u0501": "d", "\u051b": "q", "\u051d": "w", "\u0455": "s", "\u043a": "k", "\u043c": "m", "\u0442": "t", "\u0432": "b",
    "\u043d": "h", "\u03bf": "o", "\u03b1": "a", "\u03bd": "v", "\u03b9": "i", "\u03ba": "k", "\u03c1": "p", "\u03c4": "t", "\u03c5": "u",
    "\u0131": "i", "\u0261": "g", "\u1d0f": "o", "\u2113": "l", "0": "o", "1": "l", "3": "e", "5": "s", "|": "l",
})  # fmt: skip
_LABEL = r"(?:xn--[a-z0-9-]+|[a-z0-9\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff-]+)"
DOMAIN = re.compile(
    rf"(?i)(?<![\w@.-])((?:[^\s/@:]{{1,64}}@)?{_LABEL}(?:\.{_LABEL})*\.(?:xn--[a-z0-9-]+|[a-z]{{2,24}}))"
    r"(?![\w-])"
)
_CHANNELS = re.compile(
    r"(?i)(telegram|\btg\b|whats\s?app|wechat|\u5fae\u4fe1|\u98de\u673a|\u7535\u62a5|line\s+id|"
    r"signal|viber|discord|t\.me/\w+|wa\.me/\d+|\u0442\u0435\u043b\u0435\u0433\u0440\u0430\u043c|"
    r"\u30c6\u30ec\u30b0\u30e9\u30e0|\ud154\ub808\uadf8\ub7a8|\u0e44\u0e25\u0e19\u0e4c)"
)
_SUPPORT = re.compile(
    r"(?i)(support|help\s*desk|customer\s+(?:service|care)|agent|admin|manager|soporte|"
    r"atenci[o\u00f3]n|suporte|atendimento|assistance|service\s+client|kundendienst|"
    r"kundenservice|assistenza|klantenservice|destek|m\u00fc\u015fteri\s+hizmet|"
    r"h\u1ed7\s*tr\u1ee3|ch\u0103m\s+s\u00f3c|dukungan|layanan|cs\b|"
    r"\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a|\u0441\u043b\u0443\u0436\u0431|"
    r"\u0627\u0644\u062f\u0639\u0645|\u062e\u062f\u0645\u0629|\u5ba2\u670d|\u5b98\u65b9|"
    r"\u30b5\u30dd\u30fc\u30c8|\u30ab\u30b9\u30bf\u30de\u30fc|\uace0\uac1d\s?\uc13c\ud130|"
    r"\uc0c1\ub2f4|\uc9c0\uc6d0|\u0e1d\u0e48\u0e32\u0e22\u0e1a\u0e23\u0e34\u0e01\u0e32\u0e23|"
    r"\u0e41\u0e2d\u0e14\u0e21\u0e34\u0e19)"
)
_REMOTE = re.compile(
    r"(?i)(?<![a-z])(any\s?desk|team\s?viewer|rust\s?desk|ultra\s?viewer|quick\s?support|"
    r"quick\s?assist|chrome\s+remote\s+desktop|screen\s?connect|splashtop|aweray|supremo|"
    r"ammyy|zoho\s+assist|logmein|\u5411\u65e5\u8475|todesk|\u0442\u0438\u043c\u0432\u044c\u044e\u0435\u0440|"
    r"\u044d\u043d\u0438\u0434\u0435\u0441\u043a)(?![a-z])"
)
_LURES = re.compile(
    r"(?i)((?:validate|verify|sync|synchroni[sz]e|rectify|activate|unlock|migrate|restore|"
    r"re-?activate|whitelist|connect)\s+(?:your\s+|the\s+|my\s+)?(?:wallet|seed|phrase|dapp)|"
    r"wallet\s*(?:connect|validation|verification|sync(?:hroni[sz]ation)?|rectification)|"
    r"(?:validar|sincronizar|verificar|activar|ativar|conectar)\s+(?:su\s+|tu\s+|sua\s+|a\s+|la\s+|mi\s+)?"
    r"(?:billetera|cartera|monedero|carteira|wallet)|"
    r"(?:valider|synchroniser|v[e\u00e9]rifier)\s+(?:votre\s+|le\s+|mon\s+)?portefeuille|"
    r"wallet\s+(?:validieren|synchronisieren|verifizieren)|"
    r"(?:convalidare|sincronizzare)\s+(?:il\s+)?(?:tuo\s+)?portafoglio|"
    r"portemonnee\s+(?:valideren|synchroniseren)|"
    r"c\u00fczdan\w*\s+(?:do\u011frula|senkronize|aktif)|"
    r"(?:x\u00e1c\s+minh|\u0111\u1ed3ng\s+b\u1ed9)\s+v\u00ed|"
    r"(?:validasi|sinkronisasi|verifikasi)\s+dompet|"
    r"(?:\u0441\u0438\u043d\u0445\u0440\u043e\u043d\u0438\u0437\w*|\u0432\u0435\u0440\u0438\u0444\u0438\u0446\u0438\u0440\w*|\u0432\u0430\u043b\u0438\u0434\u0438\u0440\w*)\s+"
    r"(?:\w+\s+)?\u043a\u043e\u0448\u0435\u043b\u0451?\u0435?\w*|"
    r"(?:\u0645\u0632\u0627\u0645\u0646\u0629|\u062a\u0641\u0639\u064a\u0644|\u0627\u0644\u062a\u062d\u0642\u0642\s+\u0645\u0646)\s+(?:\u0627\u0644)?\u0645\u062d\u0641\u0638\u0629|"
    r"(?:\u540c\u6b65|\u9a8c\u8bc1|\u6fc0\u6d3b|\u6821\u9a8c|\u4fee\u590d|\u9a57\u8b49|\u555f\u52d5)\u94b1\u5305|"
    r"(?:\u540c\u6b65|\u9a57\u8b49|\u555f\u7528|\u4fee\u5fa9)\u9322\u5305|"
    r"\u30a6\u30a9\u30ec\u30c3\u30c8(?:\u3092|\u306e)?(?:\u540c\u671f|\u8a8d\u8a3c|\u691c\u8a3c|\u6709\u52b9\u5316)|"
    r"\uc9c0\uac11\s?(?:\uc744\s)?(?:\ub3d9\uae30\ud654|\uc778\uc99d|\ud655\uc778|\ud65c\uc131\ud654)|"
    r"(?:\u0e22\u0e37\u0e19\u0e22\u0e31\u0e19|\u0e0b\u0e34\u0e07\u0e04\u0e4c)\u0e01\u0e23\u0e30\u0e40\u0e1b\u0e4b\u0e32)"
)


def skeleton(domain: str) -> str:
    """A comparable form: IDNA decoded, case/accents folded, confusables mapped."""
    labels = domain.lower().strip(".").split(".")
    for i, part in enumerate(labels):
        if part.startswith("xn--"):
            try:
                labels[i] = part[4:].encode("ascii").decode("punycode")
            except UnicodeError:
                pass
    label = ".".join(labels)
    label = unicodedata.normalize("NFKD", label)
    label = "".join(ch for ch in label if not unicodedata.combining(ch))
    return label.translate(_CONFUSABLE).replace("rn", "m").replace("vv", "w")


def _distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (adjacent swaps count 1), capped early for speed."""
    if abs(len(a) - len(b)) > 2:
        return 3
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


def is_official(host: str, official: Sequence[str]) -> bool:
    host = host.lower().strip(".")
    return any(
        host == g or host.endswith("." + g) for g in (o.lower().strip(".") for o in official)
    )


def domain_verdict(domain: str, official: Sequence[str]) -> str | None:
    """None when official (or a subdomain of one) or unrelated; else the hint code."""
    userinfo, _, host = domain.rpartition("@")
    host = host.lower().strip(".")
    if userinfo and any(skeleton(g) in skeleton(userinfo) for g in official):
        return "lookalike-domain"  # https://binance.com@evil.io goes to evil.io
    if is_official(host, official):
        return None
    sk = skeleton(host)
    labels = re.split(r"[.]", sk)
    for good in official:
        good_sk = skeleton(good)
        good_name = good_sk.split(".")[0]
        if sk == good_sk or (labels[0] == good_name and len(good_name) > 2):
            return "lookalike-domain"  # b\u0456nance.com, binance.co
        if len(good_name) > 3 and good_name in sk.replace("-", ""):
            return "lookalike-domain"  # binance-support.com, binance.com.evil.io
        if good_name in re.split(r"[-.]", sk)[:-1]:
            return "lookalike-domain"  # okx-help.net
        if len(good_name) > 4 and any(_distance(lab, good_name) <= 1 for lab in labels[:-1]):
            return "lookalike-domain"  # blnance.com, binnance.com, bianance.io
    if "xn--" in host or not host.isascii():
        return "punycode-domain"
    return None


def url_host(url: str, with_userinfo: bool = False) -> str:
    """The host a link really opens (optionally with the user-info part scammers abuse)."""
    if "://" not in url:
        url = "http://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return ""
    userinfo = parts.netloc.rpartition("@")[0] if with_userinfo else ""
    return f"{userinfo}@{host}" if userinfo else host


def scan(text: str, official_domains: Sequence[str] = ()) -> list[Hint]:
    """Every scam signal in a message, with its span."""
    hints: list[Hint] = []
    for m in finditer_chunked(DOMAIN, text):
        domain = m.group(1)
        if official_domains:
            verdict = domain_verdict(domain, official_domains)
        else:
            host = domain.rpartition("@")[2]
            verdict = "punycode-domain" if "xn--" in host.lower() else None
        if verdict:
            hints.append(Hint(verdict, (domain,), m.start(1), m.end(1)))
    for m in finditer_chunked(_CHANNELS, text):
        window = text[max(0, m.start() - 80) : m.end() + 80]
        if _SUPPORT.search(window):
            hints.append(Hint("fake-support-channel", (m.group(1),), m.start(), m.end()))
    for m in finditer_chunked(_REMOTE, text):
        hints.append(Hint("remote-desktop", (m.group(1),), m.start(), m.end()))
    for m in finditer_chunked(_LURES, text):
        hints.append(Hint("wallet-lure", (m.group(0),), m.start(), m.end()))
    return sorted(hints, key=lambda h: h.start)
