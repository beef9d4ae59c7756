"""Does a reply ASK the customer for a secret? Per-language nouns, request verbs and negations.

"We will never ask for your recovery phrase" must pass; "please send your recovery phrase"
must fail. A sentence fails when it names a secret, has a request verb, and no negation.
"""

from __future__ import annotations

import re

SECRET_NOUNS = re.compile(
    r"(?i)(recovery\s+phrase|seed\s+phrase|seed\s+words|mnemonic|secret\s+phrase|private\s+key|"
    r"password|passcode|\b2fa\b|two[- ]factor|authenticator\s+code|verification\s+code|otp|sms\s+code|"
    r"frase\s+(?:de\s+)?(?:recuperaci[o\u00f3]n|semilla|secreta|de\s+recupera\u00e7\u00e3o)|"
    r"clave\s+privada|contrase\u00f1a|c[o\u00f3]digo\s+(?:2fa|de\s+verificaci[o\u00f3]n|de\s+verifica\u00e7\u00e3o)|"
    r"chave\s+privada|senha|phrase\s+de\s+r[e\u00e9]cup[e\u00e9]ration|cl[e\u00e9]\s+priv[e\u00e9]e|mot\s+de\s+passe|"
    r"wiederherstellungsphrase|seed-phrase|privat\w*\s+schl[u\u00fc]ssel|passwort|kennwort|"
    r"frase\s+di\s+recupero|chiave\s+privata|herstelzin|priv[e\u00e9]sleutel|wachtwoord|"
    r"kurtarma\s+(?:ifadesi|kelimeleri)|gizli\s+anahtar|[o\u00f6]zel\s+anahtar|\u015fifre|parola|"
    r"c\u1ee5m\s+t\u1eeb\s+kh\u00f4i\s+ph\u1ee5c|kh\u00f3a\s+ri\u00eang|m\u1eadt\s+kh\u1ea9u|m\u00e3\s+2fa|"
    r"frasa\s+pemulihan|kunci\s+pribadi|kata\s+sandi|"
    r"\u0441\u0438\u0434[- ]?\u0444\u0440\u0430\u0437|\u0444\u0440\u0430\u0437\w*\s+\u0432\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u043b\u0435\u043d\u0438\u044f|"
    r"\u043f\u0440\u0438\u0432\u0430\u0442\u043d\w*\s+\u043a\u043b\u044e\u0447|\u043f\u0430\u0440\u043e\u043b|\u043a\u043e\u0434\w*\s+2fa|"
    r"\u0639\u0628\u0627\u0631\u0629\s+\u0627\u0644\u0627\u0633\u062a\u0631\u062f\u0627\u062f|\u0627\u0644\u0645\u0641\u062a\u0627\u062d\s+\u0627\u0644\u062e\u0627\u0635|\u0643\u0644\u0645\u0629\s+\u0627\u0644\u0645\u0631\u0648\u0631|"
    r"\u52a9\u8bb0\u8bcd|\u52a9\u8a18\u8a5e|\u79c1\u94a5|\u79c1\u9470|\u5bc6\u7801|\u5bc6\u78bc|\u9a8c\u8bc1\u7801|\u9a57\u8b49\u78bc|\u8c37\u6b4c\u9a8c\u8bc1|"
    r"\u30ea\u30ab\u30d0\u30ea\u30fc\u30d5\u30ec\u30fc\u30ba|\u79d8\u5bc6\u9375|\u30d1\u30b9\u30ef\u30fc\u30c9|\u8a8d\u8a3c\u30b3\u30fc\u30c9|"
    r"\ubcf5\uad6c\s?\uad6c\ubb38|\uc2dc\ub4dc\s?\ubb38\uad6c|\uac1c\uc778\s?\ud0a4|\ube44\ubc00\ubc88\ud638|\uc778\uc99d\s?\ucf54\ub4dc|"
    r"\u0e27\u0e25\u0e35\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19|\u0e04\u0e35\u0e22\u0e4c\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e31\u0e27|\u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19)"
)
REQUEST_VERBS = re.compile(
    r"(?i)(send|share|provide|give|tell|enter|type|submit|reply\s+with|confirm\s+your|need\s+your|"
    r"env[i\u00ed]e|env[i\u00ed]a|comparta|comparte|proporcione|ind[i\u00ed]que|facilite|escriba|"
    r"envie|compartilhe|informe|forne[c\u00e7]a|digite|envoyer|envoyez|partagez|partager|indiquez|communiquez|communiquer|transmettre|"
    r"senden|schicken|teilen\s+sie|geben\s+sie|mitteilen|inviate|invia|condividete|fornite|"
    r"stuur|deel|geef|g[o\u00f6]nderin|g[o\u00f6]nder|payla\u015f|iletin|yaz\u0131n|"
    r"g\u1eedi|cung\s+c\u1ea5p|chia\s+s\u1ebb|cho\s+bi\u1ebft|kirim|berikan|bagikan|"
    r"\u043e\u0442\u043f\u0440\u0430\u0432\u044c|\u043f\u0440\u0438\u0448\u043b\u0438\u0442\u0435|\u0441\u043e\u043e\u0431\u0449\u0438\u0442\u0435|\u043f\u0440\u0435\u0434\u043e\u0441\u0442\u0430\u0432\u044c\u0442\u0435|\u0443\u043a\u0430\u0436\u0438\u0442\u0435|\u043d\u0430\u043f\u0438\u0448\u0438\u0442\u0435|"
    r"\u0623\u0631\u0633\u0644|\u0634\u0627\u0631\u0643|\u0632\u0648\u062f\u0646\u0627|\u0623\u0639\u0637\u0646\u0627|"
    r"\u53d1\u9001|\u63d0\u4f9b|\u544a\u8bc9|\u8f93\u5165|\u53d1\u7ed9|\u767c\u9001|\u544a\u8a34|"
    r"\u9001\u3063\u3066|\u9001\u4fe1\u3057\u3066|\u6559\u3048\u3066|\u5165\u529b\u3057\u3066|\u304a\u77e5\u3089\u305b|"
    r"\ubcf4\ub0b4|\uc54c\ub824|\uc785\ub825\ud574|\uacf5\uc720\ud574|"
    r"\u0e2a\u0e48\u0e07|\u0e41\u0e08\u0e49\u0e07|\u0e1a\u0e2d\u0e01)"
)
NEGATIONS = re.compile(
    r"(?i)(\bnever\b|\bdo\s+not\b|\bdon't\b|\bnot\b|\bno\s+one\b|\bnobody\b|\bnunca\b|\bjam[a\u00e1]s\b|"
    r"\bno\b|\bn[a\u00e3]o\b|\bne\b|\bpas\b|\bnie\b|\bniemals\b|\bkeine?\b|\bmai\b|\bnooit\b|\bniet\b|"
    r"\basla\b|\bhi\u00e7bir\b|\bpayla\u015fmay\u0131n|\bg\u00f6ndermeyin|\bkh\u00f4ng\b|\bkh\u00f4ng\s+bao\s+gi\u1edd\b|\b\u0111\u1eebng\b|\bch\u1edb\b|"
    r"\bjangan\b|\btidak\b|\btidak\s+pernah\b|\u043d\u0438\u043a\u043e\u0433\u0434\u0430|\b\u043d\u0435\b|"
    r"\u0644\u0627|\u0623\u0628\u062f\u0627|\u0644\u0646|"
    r"\u7edd\u4e0d|\u7d55\u4e0d|\u4e0d\u4f1a|\u4e0d\u6703|\u4e0d\u8981|\u5207\u52ff|\u8bf7\u52ff|\u8acb\u52ff|\u6c38\u8fdc\u4e0d|\u4e0d\u5f97|"
    r"\u7d76\u5bfe\u306b|\u3057\u306a\u3044|\u3057\u307e\u305b\u3093|\u306a\u3044\u3067|\u6c7a\u3057\u3066|"
    r"\uc808\ub300|\uc54a\uc2b5\ub2c8\ub2e4|\ub9c8\uc138\uc694|\ub9d0\uc544|"
    r"\u0e2b\u0e49\u0e32\u0e21|\u0e44\u0e21\u0e48)"
)
_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\n]+[.!?\u3002\uff01\uff1f]*")


def secret_requests(text: str) -> list[tuple[int, int]]:
    """Spans of sentences that ask for a secret (and do not negate it)."""
    out = []
    for m in _SENTENCE.finditer(text):
        sentence = m.group(0)
        if SECRET_NOUNS.search(sentence) and REQUEST_VERBS.search(sentence):
            if not NEGATIONS.search(sentence):
                out.append((m.start(), m.end()))
    return out
