"""Does a reply ASK the customer for a secret? Per-language secret nouns, request verbs,
negations and "someone else asks" markers, in the 16 team languages.

"We will never ask for your recovery phrase" and "anyone asking for your password is a
scammer" pass; "please send your recovery phrase" (or MT dropping the "never") fails. A clause
fails when it names a secret, has a request verb, and is neither negated nor about a third
party. Typing a password into our app is normal: "enter/type" counts for phrases and keys only.
"""

from __future__ import annotations

import re


def _rx(pattern: str) -> re.Pattern[str]:
    """Alternatives written one after another (VERBOSE: layout spaces do not count)."""
    return re.compile(pattern, re.IGNORECASE | re.VERBOSE)


# Each list runs through the languages in the order en es pt fr de it nl tr vi id ru ar zh ja ko
# th; non-ASCII letters are written as escapes (source files stay ASCII).
# Recovery phrases and private keys: never to be typed anywhere on request.
PHRASE_NOUNS = _rx(
    r"""
    (?:recovery|seed|secret|backup|mnemonic)\s+(?:phrase|words?) | mnemonic | private\s+keys? |
    \b(?:12|24)[-\x20]words?\b |
    frase\s+(?:de\s+)?(?:recuperaci[o\u00f3]n|recupera[c\u00e7][a\u00e3]o|
        semilla|semente|secreta|mnem[o\u00f3]nica) | palabras\s+de\s+recuperaci[o\u00f3]n |
    palavras\s+de\s+recupera[c\u00e7][a\u00e3]o | clave\s+privada | chave\s+privada |
    phrase\s+(?:de\s+r[\u00e9e]cup[\u00e9e]ration|secr[\u00e8e]te|mn[\u00e9e]monique) |
    cl[\u00e9e]\s+priv[\u00e9e]e | wiederherstellungs(?:phrase|w[\u00f6o]rter) | seed-?phrase |
    recovery-?phrase | privaten?\s+schl[\u00fcu]ssel | privatschl[\u00fcu]ssel |
    frase\s+(?:di\s+recupero|seed|segreta) | chiave\s+privata | herstel(?:zin|woorden) |
    seed-?zin | priv[\u00e9e]-?\s?sleutel | private\s+sleutel |
    kurtarma\s+(?:ifade|kelime)\w* | gizli\s+(?:ifade|kelime)\w* | [\u00f6o]zel\s+anahtar\w* |
    c[\u1ee5u]m\s+t[\u1eebu]\s+(?:kh[\u00f4o]i\s+ph[\u1ee5u]c|b[\u00edi]\s+m[\u1eada]t) |
    kh[\u00f3o]a\s+(?:ri[\u00eae]ng|b[\u00edi]\s+m[\u1eada]t) |
    fras[ae]\s+(?:pemulihan|rahasia) | kunci\s+(?:pribadi|privat) |
    \u0441\u0438\u0434-?\s?\u0444\u0440\u0430\u0437\w* |
    \u0441\u0435\u043a\u0440\u0435\u0442\u043d\w+\s+\u0444\u0440\u0430\u0437\w* |
    \u0444\u0440\u0430\u0437\w*\s+(?:\u0434\u043b\u044f\s+)?\u0432\u043e\u0441\u0441
        \u0442\u0430\u043d\u043e\u0432\u043b\u0435\u043d\u0438\w* |
         \u043c\u043d\u0435\u043c\u043e\u043d\u0438\u0447\u0435\u0441\u043a\w* |
    (?:\u043f\u0440\u0438\u0432\u0430\u0442\u043d|\u0437\u0430\u043a\u0440\u044b\u0442|
        \u0441\u0435\u043a\u0440\u0435\u0442\u043d)\w*\s+\u043a\u043b\u044e\u0447\w* |
         \u0639\u0628\u0627\u0631\u0629\s+(?:\u0627\u0644\u0627\u0633\u062a\u0631\u062f\u0627
        \u062f|\u0627\u0644\u0627\u0633\u062a\u0631\u062c\u0627\u0639|
        \u0627\u0644\u0627\u0633\u062a\u0639\u0627\u062f\u0629|
        \u0627\u0644\u0623\u0645\u0627\u0646) |
    \u0627\u0644\u0639\u0628\u0627\u0631\u0629\s+\u0627\u0644\u0633\u0631\u064a\u0629 |
    \u0627\u0644\u0645\u0641\u062a\u0627\u062d\s+\u0627\u0644\u062e\u0627\u0635 |
    \u0645\u0641\u062a\u0627\u062d\u0643\s+\u0627\u0644\u062e\u0627\u0635 |
    \u52a9\u8bb0\u8bcd | \u52a9\u8a18\u8a5e | \u79c1\u94a5 | \u79c1\u9470 |
    \u6062\u590d\u77ed\u8bed | \u6062\u5fa9\u77ed\u8a9e | \u79cd\u5b50\u77ed\u8bed |
    \u7a2e\u5b50\u77ed\u8a9e | \u30ea\u30ab\u30d0\u30ea\u30fc\s?\u30d5\u30ec\u30fc\u30ba |
    \u30b7\u30fc\u30c9\s?\u30d5\u30ec\u30fc\u30ba | \u5fa9\u5143\u30d5\u30ec\u30fc\u30ba |
    \u79d8\u5bc6\u9375 | \u30cb\u30fc\u30e2\u30cb\u30c3\u30af |
    \ubcf5\uad6c\s?(?:\ubb38\uad6c|\uad6c\ubb38) |
    \uc2dc\ub4dc\s?(?:\ubb38\uad6c|\uad6c\ubb38) | \ub2c8\ubaa8\ub2c9 | \uac1c\uc778\s?\ud0a4 |
    \ud504\ub77c\uc774\ube57\s?\ud0a4 |
    \u0e27\u0e25\u0e35(?:\u0e01\u0e39\u0e49\u0e04\u0e37\u0e19|
        \u0e2a\u0e33\u0e23\u0e2d\u0e07|\u0e25\u0e31\u0e1a) |
         \u0e04\u0e35\u0e22\u0e4c\u0e2a\u0e48\u0e27\u0e19\u0e15\u0e31\u0e27
"""
)
# Passwords and one-time codes: never to be SENT to us (typing them into the app is fine).
CODE_NOUNS = _rx(
    r"""
    passwords? | passcode | \b2fa\b | two[-\x20]factor | authenticat(?:or|ion)\s+code |
    verification\s+code | \botp\b | sms\s+code | one[-\x20]time\s+(?:code|password) |
    contrase[\u00f1n]a | c[o\u00f3]digo\s+(?:2fa|de\s+verifica(?:ci[o\u00f3]n|
        [c\u00e7][a\u00e3]o)|de\s+autentica\w+|sms) | senha | mot\s+de\s+passe |
    code\s+(?:2fa|de\s+v[\u00e9e]rification|d'authentification) | passwort | kennwort |
    (?:2fa|best[\u00e4a]tigungs|verifizierungs|authentifizierungs)-?code |
    codice\s+(?:2fa|di\s+verifica|otp) | wachtwoord | (?:2fa|verificatie)-?code |
    [\u015fs]ifre\w* | parola\w* | (?:2fa|do[\u011fg]rulama)\s+kod\w* |
    m[\u1eada]t\s+kh[\u1ea9a]u | m[\u00e3a]\s+(?:2fa|x[\u00e1a]c\s+(?:minh|th[\u1ef1u]c)|otp) |
    kata\s+sandi | kode\s+(?:2fa|verifikasi|otp) | \u043f\u0430\u0440\u043e\u043b\w* |
    \u043a\u043e\u0434\w*\s+(?:2fa|\u043f\u043e\u0434\u0442\u0432\u0435\u0440\u0436
        \u0434\u0435\u043d\u0438\w*|\u0430\u0443\u0442\u0435\u043d\u0442\u0438\u0444\u0438
        \u043a\u0430\u0446\w*|\u0438\u0437\s+sms) |
    \u0643\u0644\u0645\u0629\s+(?:\u0627\u0644\u0645\u0631\u0648\u0631|
        \u0627\u0644\u0633\u0631) |
    \u0631\u0645\u0632\s+(?:\u0627\u0644\u062a\u062d\u0642\u0642|
        \u0627\u0644\u0645\u0635\u0627\u062f\u0642\u0629|2fa) |
         \u5bc6\u7801 | \u5bc6\u78bc | \u9a8c\u8bc1\u7801 | \u9a57\u8b49\u78bc |
    \u4e8c\u6b21\u9a8c\u8bc1 | \u4e8c\u6b21\u9a57\u8b49 | 2fa\s?\u7801 |
    \u30d1\u30b9\u30ef\u30fc\u30c9 | \u8a8d\u8a3c\u30b3\u30fc\u30c9 |
    \u78ba\u8a8d\u30b3\u30fc\u30c9 | 2fa\s?\u30b3\u30fc\u30c9 | \ube44\ubc00\ubc88\ud638 |
    (?:\uc778\uc99d|\ubcf4\uc548|2fa)\s?\ucf54\ub4dc |
    \u0e23\u0e2b\u0e31\u0e2a\u0e1c\u0e48\u0e32\u0e19 |
    \u0e23\u0e2b\u0e31\u0e2a\s?(?:2fa|\u0e22\u0e37\u0e19\u0e22\u0e31\u0e19|otp)
"""
)
SEND_VERBS = _rx(
    r"""
    ^\W*(?:(?:please|kindly|just|now|then|also|simply|and)\s+)*(?:send|
        share|provide|give|tell|paste|submit|forward|reply\s+with|
        disclose|reveal|confirm)\b | \b(?:please|kindly)\s+(?:\w+\s+){0,2}(?:send|share|
        provide|give|tell|paste|submit|forward|reply\s+with|
        disclose|reveal|confirm)\b |
    \b(?:can|could|would|will)\s+you\s+(?:please\s+|kindly\s+)?(?:send|
        share|provide|give|tell|paste|submit|forward|reply\s+with|
        disclose|reveal|confirm)\b | \b(?:need|want|require)\s+you\s+to\s+(?:send|share|
        provide|give|tell|paste|submit|forward|reply\s+with|
        disclose|reveal|confirm)\b | \bwe\s+(?:need|require)\s+your\b |
    \b(?:send|share|give|forward|provide|tell)\s+(?:it\s+|them\s+)?(?:to\s+)?(?:us|me)\b |
    \bwhat(?:'s|\s+is)\s+your\b | env[i\u00ed][ea](?:nos|me)?\b |
    comp[a\u00e1]rt[ae](?:nos)?\b | proporci[o\u00f3]n(?:e|enos|anos)\b |
    facil[i\u00ed]t(?:e|enos)\b | ind[i\u00ed]qu(?:e|enos)\b | d[i\u00ed]ganos | \bdinos\b |
    m[a\u00e1]nd(?:e|enos)\b | necesitamos\s+(?:su|tu) | cu[a\u00e1]l\s+es\s+(?:su|tu) |
    por\s+favor,?\s+(?:enviar|compartir|proporcionar|indicar) | envie(?:-nos)?\b |
    compartilh[ea](?:-nos)?\b | partilh[ea]\b | forne[\u00e7c]a | inform[ea](?:-nos)?\b |
    diga(?:-nos)?\b | passe-nos | precisamos\s+d[ao]s?\s+(?:sua|seu)s? |
    qual\s+[\u00e9e]\s+(?:a\s+)?sua | envoyez | partagez | communiquez | fournissez |
    indiquez | donnez | transmettez |
    (?:veuillez|merci\s+de|pri[\u00e8e]re\s+de)\s+(?:nous\s+)?(?:envoyer|
        partager|communiquer|fournir|indiquer|donner|transmettre) |
         \bd'envoyer | quel(?:le)?\s+est\s+votre |
    (?:senden|schicken|teilen|geben|nennen|[\u00fcu]bermitteln)\s+sie(?!\s+niemand) |
    \bbitte\s+(?:\w+\s+){0,4}(?:senden|schicken|mitteilen|
        angeben|nennen|[\u00fcu]bermitteln) | wir\s+(?:ben[\u00f6o]tigen|brauchen)\s+ihr |
    wie\s+lautet\s+ihr | \binviate(?:ci)?\b | \binvia(?:ci|re)?\b | \bmandate(?:ci)?\b |
    condivid(?:ete|i)\b | fornite(?:ci)?\b | fornisci(?:ci)?\b | comunicate(?:ci)?\b |
    \bdite(?:ci)?\b | \bdicci\b | abbiamo\s+bisogno\s+del | qual\s+[\u00e8e]\s+la\s+tua |
    (?<!ik\s)\bstuur\b | (?<!ik\s)\bdeel\b | (?<!ik\s)\bgeef\b | \bverstrek\b | \bvertel\b |
    wat\s+is\s+uw | \bg[\u00f6o]nder(?:in|iniz)?\b |
    \bpayla[\u015fs](?:[\u0131i]n|[\u0131i]n[\u0131i]z)?\b | \biletin(?:iz)?\b |
    \bverin(?:iz)?\b | \bs[\u00f6o]yleyin(?:iz)?\b | \bbildirin(?:iz)?\b |
    (?:vui\s+l[\u00f2o]ng|h[\u00e3a]y|xin|l[\u00e0a]m\s+[\u01a1o]n)\s+(?:\w+\s+){0,2}(?:g[\u1eedu]i|
        chia\s+s[\u1ebbe]|cung\s+c[\u1ea5a]p|cho\s+(?:ch[\u00fau]ng\s+t[\u00f4o]i|
        em|b[\u00eae]n\s+em)\s+bi[\u1ebfe]t|ti[\u1ebfe]t\s+l[\u1ed9o]) |
         g[\u1eedu]i\s+(?:l[\u1ea1a]i\s+)?cho\s+(?:ch[\u00fau]ng\s+t[\u00f4o]i|
        em|b[\u00eae]n\s+em) |
    cho\s+(?:ch[\u00fau]ng\s+t[\u00f4o]i|em|b[\u00eae]n\s+em)\s+bi[\u1ebfe]t |
    \bkirim(?:kan)?\b | \bbagikan\b | \bberikan\b | \bberi\s?tahu | \bsebutkan\b |
    kami\s+(?:memerlukan|membutuhkan|perlu) |
    \u043e\u0442\u043f\u0440\u0430\u0432\u044c\u0442\u0435 |
    \u043f\u0440\u0438\u0448\u043b\u0438\u0442\u0435 |
    \u0432\u044b\u0448\u043b\u0438\u0442\u0435 |
    \u0441\u043e\u043e\u0431\u0449\u0438\u0442\u0435 |
    \u0441\u043a\u0430\u0436\u0438\u0442\u0435 |
    \u043f\u0440\u0435\u0434\u043e\u0441\u0442\u0430\u0432\u044c\u0442\u0435 |
    \u0443\u043a\u0430\u0436\u0438\u0442\u0435 |
    \u043d\u0430\u043f\u0438\u0448\u0438\u0442\u0435 |
    \u043f\u043e\u0434\u0435\u043b\u0438\u0442\u0435\u0441\u044c |
    \u043f\u0440\u043e\u0434\u0438\u043a\u0442\u0443\u0439\u0442\u0435 |
    \u043d\u0430\u043c\s+\u043d\u0443\u0436(?:\u0435\u043d|
        \u043d\u0430|\u043d\u043e|\u043d\u044b) |
    \u043a\u0430\u043a\u043e\u0439\s+\u0443\s+\u0432\u0430\u0441 | \u0623\u0631\u0633\u0644 |
    \u0627\u0631\u0633\u0644 | (?<!\u062a)\u0634\u0627\u0631\u0643 |
    \u0632\u0648\u0651?\u062f\u0646\u0627 | \u0623\u0639\u0637\u0646\u0627 |
    \u0623\u062e\u0628\u0631\u0646\u0627 | \u0642\u062f\u0651?\u0645\s |
    \u0646\u062d\u062a\u0627\u062c |
    \u064a\u0631\u062c\u0649\s+(?:\u0625\u0631\u0633\u0627\u0644|
        \u0627\u0631\u0633\u0627\u0644|\u0645\u0634\u0627\u0631\u0643\u0629|
        \u062a\u0632\u0648\u064a\u062f\u0646\u0627|\u062a\u0642\u062f\u064a\u0645|
        \u0643\u062a\u0627\u0628\u0629) |
    (?:\u8bf7|\u8acb|\u9ebb\u70e6|\u9ebb\u7169|\u70e6\u8bf7|
        \u7169\u8acb)\s?(?:\u60a8\s?)?(?:\u5c06|\u628a)?.{0,12}?(?:\u53d1\u9001|
        \u767c\u9001|\u63d0\u4f9b|\u544a\u8bc9|\u544a\u8a34|
        \u544a\u77e5|\u5206\u4eab|\u53d1\u7ed9|\u767c\u7d66|
        \u79c1\u4fe1|\u53d1\u4e00\u4e0b|\u767c\u4e00\u4e0b|
        \u62a5\u4e00\u4e0b) |
    (?:\u53d1\u7ed9|\u767c\u7d66|\u544a\u8bc9|\u544a\u8a34)(?:\u6211\u4eec|
        \u6211\u5011|\u5ba2\u670d|\u6211) |
    (?:\u63d0\u4f9b|\u53d1\u9001|\u767c\u9001|\u544a\u77e5)(?:\u4e00\u4e0b)?(?:\u60a8|
        \u4f60)\u7684 | \u9001\u3063\u3066 | \u9001\u4fe1\u3057\u3066 | \u6559\u3048\u3066 |
    \u304a\u77e5\u3089\u305b(?:\u304f\u3060\u3055\u3044|\u4e0b\u3055\u3044) |
    \u5171\u6709\u3057\u3066 |
    \u3054\u63d0\u4f9b(?:\u304f\u3060\u3055\u3044|\u4e0b\u3055\u3044) |
    \u63d0\u4f9b\u3057\u3066 | \u4f1d\u3048\u3066 |
    \u304a\u9001\u308a(?:\u304f\u3060\u3055\u3044|\u4e0b\u3055\u3044|
        \u3044\u305f\u3060\u3051) | \ubcf4\ub0b4\s?\uc8fc | \uc54c\ub824\s?\uc8fc |
    \uacf5\uc720\ud574\s?\uc8fc | \uc81c\uacf5\ud574\s?\uc8fc | \ub9d0\uc500\ud574\s?\uc8fc |
    \uc804\ub2ec\ud574\s?\uc8fc | (?:\u0e01\u0e23\u0e38\u0e13\u0e32|\u0e42\u0e1b\u0e23\u0e14|
        \u0e0a\u0e48\u0e27\u0e22)\s?(?:\u0e2a\u0e48\u0e07|\u0e41\u0e08\u0e49\u0e07|
        \u0e1a\u0e2d\u0e01|\u0e41\u0e0a\u0e23\u0e4c) |
    \u0e2a\u0e48\u0e07\S{0,30}\u0e21\u0e32\u0e43\u0e2b\u0e49
"""
)
# "We will ask for / request your ...": harmless only when negated ("we will NEVER ask"), so
# MT dropping the negation is caught.
ASK_VERBS = _rx(
    r"""
    \b(?:we|i)\s+(?:will\s+|would\s+|must\s+|need\s+to\s+|
        have\s+to\s+|may\s+|might\s+)?(?:ask|request)\b | \bwe'll\s+(?:ask|request)\b |
    \b(?:pediremos|pedimos|solicitaremos|solicitamos)\b | \b(?:demanderons|demandons)\b |
    \bwir\b.{0,120}?\b(?:fragen|bitten)\b | \b(?:chiederemo|chiediamo)\b |
    \b(?:wij|we)\s+(?:zullen\s+)?(?:\w+\s+)?vragen\b |
    \b(?:isteriz|istiyoruz|isteyece[\u011fg]iz|talep\s+ediyoruz)\b |
    ch[\u00fau]ng\s+t[\u00f4o]i\s+(?:s[\u1ebde]\s+)?(?:c[\u1ea7a]n\s+)?y[\u00eae]u\s+c[\u1ea7a]u |
         \bkami\s+(?:akan\s+)?meminta\b |
    \b(?:\u043f\u043e\u043f\u0440\u043e\u0441\u0438\u043c|
        \u043f\u0440\u043e\u0441\u0438\u043c|\u0437\u0430\u043f\u0440\u043e\u0441\u0438
        \u043c|\u0437\u0430\u043f\u0440\u0430\u0448\u0438\u0432\u0430\u0435\u043c)\b |
         \u0633\u0646\u0637\u0644\u0628 | \u0646\u0637\u0644\u0628 | \u7d22\u8981 |
    \u7d22\u53d6 | \u8981\u6c42(?:\u60a8|\u4f60)?\u63d0\u4f9b |
    \u304a\u5c0b\u306d(?:\u3057\u307e\u3059|\u3044\u305f\u3057\u307e\u3059) |
    \u304a\u4f3a\u3044(?:\u3057\u307e\u3059|\u3044\u305f\u3057\u307e\u3059) |
    \u3054\u63d0\u793a(?:\u304f\u3060\u3055\u3044|\u4e0b\u3055\u3044|\u3044\u305f\u3060) |
    \uc694\uccad\s?(?:\ub4dc\ub9bd|\ud569\ub2c8\ub2e4|\ud558\uaca0|\ud560\s?\uac83) |
    \uc694\uad6c\s?(?:\ud569\ub2c8\ub2e4|\ub4dc\ub9bd) |
    (?:\u0e40\u0e23\u0e32|\u0e17\u0e32\u0e07\u0e40\u0e23\u0e32)(?:\u0e08\u0e30)?\u0e02\u0e2d
"""
)
TYPE_VERBS = _rx(
    r"""
    \b(?:enter|type|input)\b | ingres[ea]\b | introduzca | digite | saisissez | tapez |
    eingeben | inserisci | inserite | voer\b | girin | nh[\u1eada]p | masukkan |
    \u0432\u0432\u0435\u0434\u0438\u0442\u0435 | \u0623\u062f\u062e\u0644 | \u8f93\u5165 |
    \u8f38\u5165 | \u586b\u5199 | \u5165\u529b\u3057\u3066 | \uc785\ub825\ud574 |
    \u0e01\u0e23\u0e2d\u0e01
"""
)
NEGATIONS = _rx(
    r"""
    \bnever\b | \bnot\b | n't\b | \bno\s+one\b | \bnobody\b | \bnor\b | \bno\b | \bnunca\b |
    \bjam[a\u00e1]s\b | \bni\b | \bn[a\u00e3]o\b | \bnem\b | \bne\b | \bn' | \bpas\b |
    \baucun | \bnicht\b | \bniemals\b | \bnie\b | \bkein\w* | \bkeinesfalls\b | \bnon\b |
    \bmai\b | \bnessun\w* | \bniet\b | \bnooit\b | \bgeen\b | \basla\b | \bhi[\u00e7c]\b |
    \b\w{1,30}m[ae]y[\u0131i]n(?:[\u0131i]z)?\b | \b\w{1,30}m[ae]y[\u0131i]z\b | \b\w{1,30}m[ae]z\b |
    \bkh[\u00f4o]ng\b | \b\u0111\u1eebng\b | \bch\u1edb\b | \bc\u1ea5m\b | \bjangan\b |
    \btidak\b | \btak\b | \bbukan\b | \b\u043d\u0435\b |
    \b\u043d\u0438\u043a\u043e\u0433\u0434\u0430\b | \b\u043d\u0435\u043b\u044c\u0437\u044f\b |
    \b\u043d\u0438\b | \b\u0644\u0627\b | \b\u0644\u0646\b | \b\u0644\u0645\b |
    \b\u0644\u064a\u0633\b | \b\u0639\u062f\u0645\b | \u0623\u0628\u062f[\u0627\u064b\u0627] |
    \u7edd\u4e0d | \u7d55\u4e0d | \u51b3\u4e0d | \u4e0d\u4f1a | \u4e0d\u6703 | \u4e0d\u8981 |
    \u8bf7\u52ff | \u8acb\u52ff | \u5207\u52ff | \u4ece\u4e0d | \u5f9e\u4e0d |
    \u6c38\u8fdc\u4e0d | \u6c38\u9060\u4e0d | \u4e0d\u5f97 | \u7981\u6b62 | \u4e0d\u53ef |
    \u4e0d\u80fd | \u52ff | \u522b(?!\u4eba) | \u5225(?!\u4eba) | \u306a\u3044 |
    \u307e\u305b\u3093 | \u6c7a\u3057\u3066 | \u7d76\u5bfe\u306b | \uc54a |
    \ub9c8\uc138\uc694 | \ub9c8\uc2ed\uc2dc\uc624 | \ub9d0\uc544 | \uc808\ub300 |
    \uae08\uc9c0 | \uc5c6\uc2b5\ub2c8\ub2e4 | \uc548\s?(?:\ub429|\ub3fc) | \u0e44\u0e21\u0e48 |
    \u0e2d\u0e22\u0e48\u0e32 | \u0e2b\u0e49\u0e32\u0e21
"""
)
# "If anyone asks you to send your phrase, it is a scam": a third party's request, a warning.
THIRD_PARTY = _rx(
    r"""
    \b(?:any|some)one\b | \b(?:any|some)body\b | \bwhoever\b | \bscam(?:mer)?s?\b |
    \bfraud\w* | \bimpersonat\w* | \basks?\s+you\s+to\b | \basking\s+you\b | \balguien\b |
    \bcualquier\s+persona\b | \bestaf\w+ | \bquien\b | \balgu[\u00e9e]m\b |
    \bqualquer\s+pessoa\b | \bgolp\w+ | \bquelqu'un\b | \bquiconque\b | \bescroc\w* |
    \barnaque\w* | \bjemand\b | \bbetr[\u00fcu]g\w* | \bqualcuno\b | \bchiunque\b |
    \btruff\w+ | \biemand\b | \boplicht\w* | \bbiri(?:si)?\b | \bdoland[\u0131i]r\w* |
    \bai\s+[\u0111d][\u00f3o]\b | \bb[\u1ea5a]t\s+k[\u1ef3y]\s+ai\b |
    \bl[\u1eebu]a\s+[\u0111d][\u1ea3a]o\b | \bseseorang\b | \bsiapa\s+pun\b | \bpenipu\w* |
    \b\u043a\u0442\u043e-(?:\u0442\u043e|\u043b\u0438\u0431\u043e|
        \u043d\u0438\u0431\u0443\u0434\u044c)\b |
    \b\u043c\u043e\u0448\u0435\u043d\u043d\u0438\w* | \b\u043b\u044e\u0431\u043e\u0439\b |
    \u0623\u064a\s+\u0634\u062e\u0635 | \u0634\u062e\u0635\s+\u0645\u0627 |
    \u0645\u062d\u062a\u0627\u0644 | \u0627\u062d\u062a\u064a\u0627\u0644 |
    \u4efb\u4f55\u4eba | \u6709\u4eba | \u9a97\u5b50 | \u9a19\u5b50 | \u5192\u5145 |
    \u8bc8\u9a97 | \u8a50\u9a19 | \u8ab0\u304b | \u8a50\u6b3a | \ub204\uad70\uac00 |
    \ub204\uad6c\ub4e0 | \uc0ac\uae30 | \u0e43\u0e04\u0e23\u0e01\u0e47\u0e15\u0e32\u0e21 |
    \u0e21\u0e34\u0e08\u0e09\u0e32\u0e0a\u0e35\u0e1e
"""
)
# Reassurance idioms that contain a negation but do not negate the request after them.
REASSURANCE = _rx(
    r"""
    don'?t\s+worry | no\s+(?:te|se)\s+preocupe?s? | n[a\u00e3]o\s+se\s+preocupe |
    ne\s+vous\s+inqui[\u00e9e]tez\s+pas | keine\s+sorge | non\s+preoccupar\w* | geen\s+zorgen |
    endi[\u015fs]elenmeyin | [\u0111d][\u1eebu]ng\s+lo | jangan\s+khawatir |
    \u043d\u0435\s+\u0432\u043e\u043b\u043d\u0443\u0439\u0442\u0435\u0441\u044c |
    \u043d\u0435\s+\u043f\u0435\u0440\u0435\u0436\u0438\u0432\u0430\u0439\u0442\u0435 |
    \u0644\u0627\s+\u062a\u0642\u0644\u0642 | \u522b\u62c5\u5fc3 | \u4e0d\u7528\u62c5\u5fc3 |
    \u5225\u64d4\u5fc3 | \u3054\u5fc3\u914d\u306a\u304f |
    \uac71\uc815\ud558\uc9c0\s?\ub9c8\uc138\uc694 |
    \u0e44\u0e21\u0e48\u0e15\u0e49\u0e2d\u0e07\u0e01\u0e31\u0e07\u0e27\u0e25 | no\s+problem |
    no\s+hay\s+problema | sem\s+problemas? | pas\s+de\s+probl[\u00e8e]me | kein\s+problem |
    nessun\s+problema | geen\s+probleem | sorun\s+(?:yok|de[\u011fg]il) | kh[\u00f4o]ng\s+sao |
    tidak\s+(?:masalah|apa-apa) |
    \u0431\u0435\u0437\s+\u043f\u0440\u043e\u0431\u043b\u0435\u043c |
    \u043d\u0435\s+\u043f\u0440\u043e\u0431\u043b\u0435\u043c\u0430 |
    \u0644\u0627\s+\u0645\u0634\u0643\u0644\u0629 | \u6ca1\u95ee\u9898 | \u6c92\u554f\u984c |
    \u4e0d\u5ba2\u6c14 | \u4e0d\u5ba2\u6c23 | \u554f\u984c\u3042\u308a\u307e\u305b\u3093 |
    \ubb38\uc81c\s?\uc5c6 | \u0e44\u0e21\u0e48\u0e21\u0e35\u0e1b\u0e31\u0e0d\u0e2b\u0e32
"""
)
# Negations strong enough to govern the clauses after them ("Never, under any circumstances,
# share ..."), unlike a bare "no".
STRONG_NEGATIONS = _rx(
    r"""
    \bnever\b | \bdo\s+not\b | \bdon't\b | \bnunca\b | \bjam[a\u00e1]s\b | \bniemals\b |
    \bnie\b | \bmai\b | \bnooit\b | \basla\b | kh[\u00f4o]ng\s+bao\s+gi[\u1eddo] |
    \btidak\s+pernah\b | \bjangan\b | \b\u043d\u0438\u043a\u043e\u0433\u0434\u0430\b |
    \u0623\u0628\u062f[\u0627\u064b\u0627] | \u7edd\u4e0d | \u7d55\u4e0d | \u5207\u52ff |
    \u6c7a\u3057\u3066 | \uc808\ub300 | \u0e44\u0e21\u0e48\u0e40\u0e04\u0e22 |
    \u0e2b\u0e49\u0e32\u0e21
"""
)
_PHRASE, _CODE, _TYPE, _NEG = PHRASE_NOUNS, CODE_NOUNS, TYPE_VERBS, NEGATIONS
_THIRD, _CALM, _STRONG = THIRD_PARTY, REASSURANCE, STRONG_NEGATIONS
_SENTENCE = re.compile(r"[^.!?\u3002\uff01\uff1f\n]+[.!?\u3002\uff01\uff1f]*")
# Clause breaks: commas and semicolons, and "but / instead" in each language.
_CLAUSE = re.compile(
    r"[,;:\uff0c\uff1b\u3001\u060c]|\s(?:but|instead|pero|sino|mas|mais|aber|sondern|ma|maar|"
    r"ama|fakat|nh\u01b0ng|tapi|\u043d\u043e|\u0430|\u0644\u0643\u0646)\s|\u4f46\u662f|\u4f46|"
    r"\u800c\u662f|\u3057\u304b\u3057|\ud558\uc9c0\ub9cc|\u0e41\u0e15\u0e48"
)


def _clauses(sentence: str, offset: int) -> list[tuple[str, int, int]]:
    out, last = [], 0
    for m in _CLAUSE.finditer(sentence):
        out.append((sentence[last : m.start()], offset + last, offset + m.start()))
        last = m.end()
    out.append((sentence[last:], offset + last, offset + len(sentence)))
    return out


_POSSESSIVE = re.compile(
    r"(?i)^(?:your|the|su|tu|sua|seu|a|o|la|le|votre|vos|ihre?n?|il|tuo|tua|uw|de|vostra|"
    r"\u0432\u0430\u0448[\u0430\u0435\u0443]?|\u0441\u0432\u043e\u0439|\u0441\u0432\u043e\u044e|\u60a8\u7684|\u4f60\u7684|anda|c[\u1ee7u]a|qu[\u00fdy]|kh[\u00e1a]ch|b[\u1ea1a]n)$"
)


def _parts(clause: str) -> tuple[bool, bool, bool]:
    """(names a secret, has a request verb, the request verb fits the secret)."""
    phrase = _PHRASE.search(clause)
    noun = bool(phrase or _CODE.search(clause))
    send = bool(SEND_VERBS.search(clause.strip()) or ASK_VERBS.search(clause))
    typed = bool(_TYPE.search(clause))
    return noun, send or typed, send or (typed and bool(phrase))


def _bare_noun(clause: str) -> bool:
    """A clause that is only the secret's name ("your recovery phrase"), nothing else."""
    rest = _CODE.sub(" ", _PHRASE.sub(" ", clause))
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if not _POSSESSIVE.match(w)]
    return not words


def _sentence_asks(clauses: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    info = []
    pending = False  # a strong negation governing later clauses ("Never, in any case, ...")
    for clause, start, end in clauses:
        noun, verb, fits = _parts(clause)
        negated = bool(_NEG.search(clause)) or pending
        if verb or noun:
            pending = False
        if not (verb or noun) and _STRONG.search(clause) and len(clause.split()) <= 5:
            pending = True
        info.append((noun, verb, fits, negated, _bare_noun(clause) if noun else False, start, end))
    for i, (noun, _verb, fits, negated, _bare, start, end) in enumerate(info):
        if noun and fits and not negated:
            return start, end
        # "Please send us, for checking, your recovery phrase": a verb, then a bare noun.
        for j in range(i + 1, len(info)):
            if any(info[k][3] for k in range(i, j + 1)):
                break
            a, b = info[i], info[j]
            if (a[1] and not a[0] and b[4]) or (a[4] and b[1] and not b[0]):
                return a[5], b[6]
    return None


def secret_requests(text: str) -> list[tuple[int, int]]:
    """Spans of clauses that ask for a secret (not negated, not about someone else)."""
    out: list[tuple[int, int]] = []
    for m in _SENTENCE.finditer(text):
        sentence = _CALM.sub(lambda c: " " * len(c.group(0)), m.group(0))
        if _THIRD.search(sentence):
            continue
        span = _sentence_asks(_clauses(sentence, m.start()))
        if span is not None:
            out.append(span)
    return out
