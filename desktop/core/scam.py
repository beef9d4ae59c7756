"""Scam radar: look-alike domains of the team's official ones, fake-support channels,
remote-desktop tools and "validate/sync your wallet" lures, in several languages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from desktop.core.text import finditer_chunked

# Characters scammers swap in for Latin letters (Cyrillic, Greek, digits).
_CONFUSABLE = str.maketrans({
    "\u0430": "a", "\u0435": "e", "\u043e": "o", "\u0440": "p", "\u0441": "c", "\u0445": "x",
    "\u0443": "y", "\u0456": "i", "\u0458": "j", "\u04bb": "h", "\u0501": "d", "\u03bf": "o",
    "\u03b1": "a", "\u03bd": "v", "\u0131": "i", "0": "o", "1": "l", "3": "e", "5": "s",
    "\u0261": "g", "\u1d0f": "o",
})  # fmt: skip
_DOMAIN = re.compile(
    r"(?i)\b(?:https?://)?((?:xn--[a-z0-9-]+|[\w-]+)(?:\.(?:xn--[a-z0-9-]+|[\w-]+))*\.(?:xn--[a-z0-9-]+|[a-z]{2,}))\b"
)
_CHANNELS = re.compile(
    r"(?i)(telegram|whats\s?app|wechat|\u5fae\u4fe1|line\s+id|signal|t\.me/|wa\.me/)"
)
_SUPPORT = re.compile(
    r"(?i)(support|help\s*desk|customer\s+service|admin|soporte|suporte|assistance|"
    r"\u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a|destek|h\u1ed7\s*tr\u1ee3|"
    r"\u5ba2\u670d|\u30b5\u30dd\u30fc\u30c8|\uace0\u0020?\uac1d\u0020?\uc13c\ud130|\uc0c1\ub2f4)"
)
_REMOTE = re.compile(r"(?i)\b(any\s?desk|team\s?viewer|rust\s?desk|ultra\s?viewer|quick\s?support|"
                     r"chrome\s+remote\s+desktop|screenconnect|splashtop|aweray|\u5411\u65e5\u8475)\b")  # fmt: skip
_LURES = re.compile(
    r"(?i)(validate|verify|sync|synchroni[sz]e|rectify|activate|unlock|migrate)\s+(?:your\s+)?"
    r"(wallet|seed|phrase|account)|wallet\s*(?:connect|validation|sync)|"
    r"(validar|sincronizar)\s+(?:su\s+|tu\s+)?(billetera|cartera|monedero|carteira)|"
    r"\u540c\u6b65\u94b1\u5305|\u9a8c\u8bc1\u94b1\u5305|\u6fc0\u6d3b\u94b1\u5305|"
    r"\u0441\u0438\u043d\u0445\u0440\u043e\u043d\u0438\u0437\w*\s+\u043a\u043e\u0448\u0435\u043b\u0435\u043a|"
    r"c\u00fczdan\w*\s+(do\u011frula|senkronize)|x\u00e1c\s+minh\s+v\u00ed|\u30a6\u30a9\u30ec\u30c3\u30c8\u3092?\u540c\u671f"
)


@dataclass(frozen=True)
class ScamHint:
    code: (
        str  # lookalike-domain, punycode-domain, fake-support-channel, remote-desktop, wallet-lure
    )
    start: int
    end: int
    args: tuple[str, ...] = ()


def skeleton(domain: str) -> str:
    """A comparable form: IDNA decoded, case/accents folded, confusables mapped."""
    label = domain.lower().strip(".")
    try:
        label = label.encode("ascii").decode("idna") if "xn--" in label else label
    except UnicodeError:
        pass
    label = unicodedata.normalize("NFKD", label)
    label = "".join(ch for ch in label if not unicodedata.combining(ch))
    return label.translate(_CONFUSABLE).replace("rn", "m").replace("vv", "w")


def _distance(a: str, b: str) -> int:
    if abs(len(a) - len(b)) > 2:
        return 3
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def domain_verdict(domain: str, official: Sequence[str]) -> str | None:
    """None when official (or a subdomain of one); a hint code when it imitates one."""
    host = domain.lower().strip(".")
    for good in official:
        good = good.lower().strip(".")
        if host == good or host.endswith("." + good):
            return None
    sk = skeleton(host)
    first_label = sk.split(".")[0]
    for good in official:
        good_sk = skeleton(good)
        good_name = good_sk.split(".")[0]
        if sk == good_sk or first_label == good_name and len(good_name) > 3:
            return "lookalike-domain"
        if good_name in sk.replace("-", "") and len(good_name) > 3:
            return "lookalike-domain"  # binance-support.com, binance.com.evil.io
        if good_name in re.split(r"[-.]", sk)[:-1]:
            return "lookalike-domain"  # okx-help.net
        if len(good_name) > 4 and _distance(first_label, good_name) <= 1:
            return "lookalike-domain"
    if "xn--" in host:
        return "punycode-domain"
    return None


def url_host(url: str) -> str:
    if "://" not in url:
        url = "http://" + url
    return (urlsplit(url).hostname or "").lower()


def scan(text: str, official_domains: Sequence[str] = ()) -> list[ScamHint]:
    hints: list[ScamHint] = []
    for m in finditer_chunked(_DOMAIN, text):
        verdict = (
            domain_verdict(m.group(1), official_domains)
            if official_domains
            else ("punycode-domain" if "xn--" in m.group(1).lower() else None)
        )
        if verdict:
            hints.append(ScamHint(verdict, m.start(1), m.end(1), (m.group(1),)))
    for m in finditer_chunked(_CHANNELS, text):
        window = text[max(0, m.start() - 60) : m.end() + 60]
        if _SUPPORT.search(window):
            hints.append(ScamHint("fake-support-channel", m.start(), m.end(), (m.group(1),)))
    for m in finditer_chunked(_REMOTE, text):
        hints.append(ScamHint("remote-desktop", m.start(), m.end(), (m.group(1),)))
    for m in finditer_chunked(_LURES, text):
        hints.append(ScamHint("wallet-lure", m.start(), m.end()))
    return hints
