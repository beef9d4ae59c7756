"""Per-language lexicons and per-category rules of the template content lint (data, no logic).

Each fault the support lead found (issue 14) has an entry here, so a regression of the same
wording in any language the lexicon covers is caught by `content_lint`.
"""

from __future__ import annotations

import re

LANGS = ("en", "zh-Hans", "zh-Hant", "ja", "ko", "vi", "th", "id", "ru", "tr", "es", "pt", "fr",
         "de", "ar", "it", "nl")  # fmt: skip
NATIVE = ("en", "zh-Hans", "es", "ru", "tr", "vi", "pt", "ja", "ko")


def rx(table: dict[str, str]) -> dict[str, re.Pattern[str]]:
    return {lang: re.compile(pattern, re.IGNORECASE) for lang, pattern in table.items()}


# -- which locked sentence a category must carry -------------------------------------------------
SECURITY = ("2fa-reset", "password-reset", "account-compromised", "account-locked",
            "seed-phrase-exposed", "scam-report", "wallet-backup", "api-key-issue",
            "security-setup", "new-device-login", "change-email-phone", "account-closure",
            "account-frozen-compliance")  # fmt: skip
ADDRESS_MISTAKES = ("deposit-wrong-network", "deposit-missing-memo", "deposit-not-credited",
                    "deposit-unsupported-token", "deposit-contract-address",
                    "deposit-below-minimum", "withdrawal-failed", "wrong-address",
                    "delisting-question")  # fmt: skip
EXTRA_LOCKED = {
    "account-compromised": ("recovery-scam-warning", "official-channels-only"),
    "scam-report": ("recovery-scam-warning", "official-channels-only", "move-funds-new-wallet"),
    "wrong-address": ("recovery-scam-warning",),
    "seed-phrase-exposed": ("move-funds-new-wallet",),
    "wallet-backup": ("move-funds-new-wallet",),
}


def required_locked(category: str) -> tuple[str, ...]:
    """Security, deposit and withdrawal replies always carry their approved safety sentences."""
    keys: list[str] = []
    money = category.startswith(("deposit-", "withdrawal-")) or category == "wrong-address"
    if category in SECURITY or money:
        keys.append("never-share-secrets")
    if category in ADDRESS_MISTAKES:
        keys.append("verify-address")
    keys.extend(EXTRA_LOCKED.get(category, ()))
    return tuple(keys)


# -- what each locked sentence must name, per language (faults 1-3) ------------------------------
_SECRETS = {
    "en": "recovery phrase|private key|password|fund password|backup key|API secret|SMS|email",
    "zh-Hans": "助记词|私钥|密码|资金密码|备份密钥|API Secret|短信|邮箱",
    "zh-Hant": "助記詞|私鑰|密碼|資金密碼|備份金鑰|API Secret|簡訊|電子郵件",
    "es": "frase de recuperación|clave privada|contraseña|contraseña de fondos|clave de respaldo|"
    "clave secreta de API|SMS|correo",
    "pt": "frase de recuperação|chave privada|senha|senha de fundos|chave de backup|"
    "chave secreta da API|SMS|e-mail",
    "fr": "phrase de récupération|clé privée|mot de passe|mot de passe des fonds|clé de secours|"
    "clé secrète API|SMS|e-mail",
    "de": "Wiederherstellungsphrase|privaten Schlüssel|Passwort|Transaktionspasswort|"
    "Backup-Schlüssel|API-Secret|SMS|E-Mail",
    "it": "frase di recupero|chiave privata|password|password dei fondi|chiave di backup|"
    "chiave segreta API|SMS|e-mail",
    "nl": "herstelzin|privésleutel|wachtwoord|transactiewachtwoord|back-upsleutel|API-secret|"
    "sms|e-mail",
    "tr": "kurtarma ifade|özel anahtar|şifre|işlem şifre|yedek anahtar|API gizli anahtar|SMS|"
    "e-posta",
    "vi": "cụm từ khôi phục|khóa riêng|mật khẩu|mật khẩu giao dịch|khóa dự phòng|"
    "khóa bí mật API|SMS|email",
    "id": "frasa pemulihan|kunci pribadi|kata sandi|kata sandi dana|kunci cadangan|"
    "kunci rahasia API|SMS|email",
    "ru": "сид-фраз|приватный ключ|пароль|пароль для транзакций|резервный ключ|"
    "секретный ключ API|SMS|письма",
    "ar": "عبارة الاسترداد|المفتاح الخاص|كلمة المرور|كلمة مرور المعاملات|مفتاح النسخ الاحتياطي|"
    "المفتاح السري|الرسائل القصيرة|البريد الإلكتروني",
    "ja": "リカバリーフレーズ|秘密鍵|パスワード|資金パスワード|バックアップキー|APIシークレット|SMS|メール",
    "ko": "복구 문구|개인 키|비밀번호|자금 비밀번호|백업 키|API 시크릿|SMS|이메일",
    "th": "วลีกู้คืน|คีย์ส่วนตัว|รหัสผ่าน|รหัสผ่านสำหรับทำธุรกรรม|คีย์สำรอง|คีย์ลับ API|SMS|อีเมล",
}
_CHANNELS = {
    "en": "phone|SMS|social media", "zh-Hans": "电话|短信|社交媒体", "zh-Hant": "電話|簡訊|社群媒體",
    "es": "teléfono|SMS|redes sociales", "pt": "telefone|SMS|redes sociais",
    "fr": "téléphone|SMS|réseaux sociaux", "de": "Telefon|SMS|soziale Netzwerke",
    "it": "telefono|SMS|social network", "nl": "telefoon|sms|sociale media",
    "tr": "telefon|SMS|sosyal medya", "vi": "điện thoại|SMS|mạng xã hội",
    "id": "telepon|SMS|media sosial", "ru": "телефон|SMS|социальные сети",
    "ar": "الهاتف|الرسائل القصيرة|وسائل التواصل الاجتماعي", "ja": "電話|SMS|SNS",
    "ko": "전화|문자 메시지|SNS", "th": "โทรศัพท์|SMS|โซเชียลมีเดีย",
}  # fmt: skip
_MEMO = {"zh-Hans": "备注", "zh-Hant": "備註", "fr": "mémo", "ru": "мемо", "ar": "المذكرة",
         "ja": "メモ", "ko": "메모", "th": "เมโม"}  # fmt: skip
LOCKED_MENTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "never-share-secrets": {k: tuple(v.split("|")) for k, v in _SECRETS.items()},
    "official-channels-only": {k: tuple(v.split("|")) for k, v in _CHANNELS.items()},
    "verify-address": {lang: (_MEMO.get(lang, "memo"),) for lang in LANGS},
}

# -- secrets the copy gate's nouns do not cover (fund password is a "password" there) -------------
EXTRA_SECRET_NOUNS = re.compile(
    r"API[-\s]?secret|secret key|backup key|setup key|\bCVV\b|card PIN|API Secret|备份密钥|"
    r"備份金鑰|секретн\w+ ключ|резервн\w+ ключ|clave secreta|clave de respaldo|chave secreta|"
    r"chave de backup|gizli anahtar|yedek anahtar|khóa bí mật|khóa dự phòng|シークレット|"
    r"バックアップキー|시크릿|백업 키|CVV安全码|卡密码|银行卡密码",
    re.IGNORECASE,
)

# -- generic wording rules --------------------------------------------------------------------------
THANKS = rx({
    "en": r"\bthank", "zh-Hans": "感谢|谢谢", "zh-Hant": "感謝|謝謝", "ja": "ありがとう|感謝",
    "ko": "감사|고맙", "es": r"\bgracias\b|\bagradec", "pt": r"\bobrigad|\bagradec",
    "ru": "спасибо|благодар", "tr": "teşekkür", "vi": "cảm ơn|cám ơn", "fr": r"\bmerci\b",
    "de": r"\bdanke|vielen dank", "it": r"\bgrazie\b", "nl": r"\bbedankt\b|\bdank u\b",
    "id": "terima kasih", "th": "ขอบคุณ", "ar": "شكر",
})  # fmt: skip
GREETING_START = rx({
    "en": r"^(?:hello|hi|dear|good (?:morning|afternoon|evening))\b", "zh-Hans": "^(?:您好|你好|尊敬的)",
    "zh-Hant": "^(?:您好|你好|親愛的)", "ja": "^(?:こんにちは|お世話になって)", "ko": "^안녕하세요",
    "es": r"^(?:hola|buen[oa]s|estimad)", "pt": r"^(?:olá|prezad|bom dia|boa (?:tarde|noite))",
    "ru": "^(?:здравствуйте|добр(?:ый|ое))", "tr": "^(?:merhaba|sayın|değerli)",
    "vi": "^(?:xin chào|kính chào|chào)", "fr": "^(?:bonjour|bonsoir)", "de": "^(?:hallo|guten)",
    "it": "^(?:buongiorno|gentile)", "nl": "^(?:hallo|beste|goede)", "id": "^(?:halo|selamat)",
    "th": "^(?:สวัสดี|เรียน)", "ar": "^(?:مرحب|صباح|مساء)",
})  # fmt: skip
ABSOLUTE = rx({
    "en": r"\bguarantee[ds]?\b|\b100\s?%|\brisk[- ]free\b|\bdefinitely\b|\bwe promise\b",
    "zh-Hans": r"保证(?!金)|一定(?:会|能|可以)|肯定(?:会|能)|百分之百|100\s?[%％]|稳赚|保本",
    "zh-Hant": r"保證(?!金)|一定(?:會|能|可以)|肯定(?:會|能)|百分之百|100\s?[%％]|穩賺|保本",
    "ja": r"必ず|保証|確実に|100\s?[%％]", "ko": r"반드시|보장|확실히|100\s?%",
    "es": r"\bgarantiza\w*|\bgarantizad\w*|\bgarantía\b|\bsin riesgo\b|\b100\s?%",
    "pt": r"\bgarant\w+|\bsem risco\b|\b100\s?%|\bcom certeza\b",
    "ru": r"гарантир\w*|гаранти[яюи]\b|без риска|100\s?%",
    "tr": r"\bkesinlikle\b|\bgaranti\w*|%\s?100\b|\brisksiz\b",
    "vi": r"chắc chắn|bảo đảm 100|100\s?%", "fr": r"\bgaranti\w*|\bsans risque\b|\b100\s?%",
    "de": r"\bgarantier\w*|\bgarantie\b|\brisikofrei\b|\b100\s?%",
    "it": r"\bgaranti\w*|\bsenza rischi\b|\b100\s?%",
    "nl": r"\bgaranderen\b|\bgegarandeerd\b|\bzonder risico\b|\b100\s?%",
    "id": r"\bpasti\b|\bdijamin\b|\bjaminan\b|\btanpa risiko\b|\b100\s?%",
    "th": r"รับประกัน|แน่นอน|100\s?%", "ar": r"نضمن|مضمون|بدون مخاطر|100\s?%",
})  # fmt: skip
# A promise word in a negated sentence ("we cannot guarantee") or in an instruction ("必ずご確認
# ください": please be sure to check) is not a promise.
NEGATION = rx({
    "en": r"\b(?:not|never|cannot|can't|no)\b", "zh-Hans": "无法|不能|不会|不|没有|并非|切勿",
    "zh-Hant": "無法|不能|不會|不|沒有|並非|切勿", "ja": "ません|ない|限ら|ください|お願い",
    "ko": "없|않|못|주세요|하세요|십시오|바랍니다", "es": r"\b(?:no|nunca|ni)\b",
    "pt": r"\b(?:não|nunca|nem)\b", "ru": r"\b(?:не|ни|нельзя)\b",
    "tr": r"m[ae]y[ıi]n|m[ae]z\b|değil|\basla\b|\byok\b", "vi": r"\b(?:không|chưa|đừng)\b",
    "fr": r"\b(?:ne|pas|jamais)\b|\bn'", "de": r"\b(?:nicht|nie|niemals)\b|\bkein",
    "it": r"\b(?:non|mai)\b", "nl": r"\b(?:niet|geen|nooit)\b", "id": r"\b(?:tidak|bukan|jangan)\b",
    "th": "ไม่", "ar": r"\b(?:لا|لن|لم|ليس)\b",
})  # fmt: skip
SCREENSHOT = rx({
    "en": "screenshot", "zh-Hans": "截图", "zh-Hant": "截圖", "ja": "スクリーンショット",
    "ko": "스크린샷|캡처", "es": r"captura", "pt": r"captura de tela|\bprint\b", "ru": "скриншот",
    "tr": "ekran görüntüsü", "vi": "ảnh chụp màn hình", "fr": "capture d'écran",
    "de": "screenshot|bildschirmfoto", "it": "screenshot|schermata",
    "nl": "screenshot|schermafbeelding", "id": "tangkapan layar", "th": "ภาพหน้าจอ",
    "ar": "لقطة شاشة",
})  # fmt: skip
# Asking for a screenshot (not "a screenshot sent to you can be faked").
SCREENSHOT_REQUEST = rx({
    "en": r"\b(?:send|share|upload|attach|provide)\b", "zh-Hans": "发给|发送|上传|提供|附上",
    "zh-Hant": "發給|發送|上傳|提供|附上", "ja": "送|添付|アップロード", "ko": "보내|첨부|업로드|전송",
    "es": r"\benv[ií](?:e|enos|arnos|ar)\b|\bmánd|\bmand(?:e|ar)\b|\bsuba\b|\badjunte\b",
    "pt": r"\benvi(?:e|ar)\b|\bmand(?:e|ar)\b|\banexe\b|\bcompartilhe\b",
    "ru": r"пришлите|прислать|отправ(?:ьте|ить)|загрузите|приложите", "tr": "gönder|paylaş|yükle|ilet",
    "vi": "gửi|cung cấp|tải lên", "fr": r"envoy|partag|joign", "de": r"send|schick|hochlad",
    "it": r"invi|mand|carica", "nl": r"stuur|deel|upload", "id": r"kirim|unggah|lampirkan",
    "th": "ส่ง|แนบ", "ar": "أرسل|ارفع",
})  # fmt: skip
SCREENSHOT_WARNING = re.compile(r"\bQR\b|QR|二维码|二維碼", re.IGNORECASE)
PLACEHOLDER = re.compile(r"\{\{|\}\}|\{%|%\}|[\ue000-\uf8ff]")
# A number with a unit of time, a percentage or a ticker, outside variables (fault 13).
FIXED_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.\-/])\d+(?:[.,]\d+)?(?:\s?(?:小时|小時|分钟|分鐘|个工作日|個工作日|天|時間|営業日|日間|"
    r"시간|영업일|ชั่วโมง|วัน|%|％)|\s?(?:percent|hours?|hrs?|days?|weeks?|minutes?|"
    r"working days|business days|giờ|ngày|phút|saat|gün|dakika|час\w*|ч|дн\w*|суток|минут\w*|"
    r"horas?|días?|dias?|minutos?|heures?|jours?|Stunden?|Tagen?|Minuten?|ore|giorni|uur|dagen|"
    r"jam|hari|menit|ساعة|ساعات|أيام)(?![A-Za-z\u00c0-\u024f\u0400-\u04ff])|"
    r"\s(?:USDT|USDC|USD|EUR|BTC|ETH|[A-Z]{3,5})\b)"
)
TIME_VARIABLE = re.compile(r"deadline|_end$|expected_fix|_until$")
ZONE_MARK = re.compile(r"UTC|GMT|[+-]\d{1,2}(?::\d{2})?\b|\b[A-Z][a-z]+/[A-Z][a-z_]+")

# -- category topics: what the reply must tell the customer (faults 7, 8, 11) --------------------
TOPICS: dict[str, dict[str, re.Pattern[str]]] = {
    "password": rx({"en": "password", "zh-Hans": "密码", "zh-Hant": "密碼", "ja": "パスワード",
                    "ko": "비밀번호", "es": "contraseña", "pt": "senha", "ru": "парол",
                    "tr": "şifre", "vi": "mật khẩu"}),
    "2fa": rx({lang: "2FA|二次验证|二次驗證" for lang in NATIVE + ("zh-Hant",)}),
    "api": rx({lang: "API" for lang in NATIVE + ("zh-Hant",)}),
    "whitelist": rx({"en": "whitelist", "zh-Hans": "白名单", "zh-Hant": "白名單",
                     "ja": "ホワイトリスト", "ko": "화이트리스트", "es": "lista blanca",
                     "pt": "permitidos|lista de permissões|whitelist",
                     "ru": "белый список|белого списка|белом списке", "tr": "beyaz liste",
                     "vi": "danh sách trắng"}),
    "police": rx({"en": "police", "zh-Hans": "警方|报警|报案", "zh-Hant": "警方|報警|報案",
                  "ja": "警察", "ko": "경찰", "es": "policía", "pt": "polícia", "ru": "полици",
                  "tr": "polis", "vi": "công an|cảnh sát"}),
    "third-party": rx({"en": "third-party|third party", "zh-Hans": "第三方", "zh-Hant": "第三方",
                       "ja": "第三者", "ko": "제3자", "es": "terceros", "pt": "terceiros",
                       "ru": "треть\\w+ лиц", "tr": "üçüncü", "vi": "bên thứ ba"}),
}  # fmt: skip
CATEGORY_TOPICS = {
    "account-compromised": ("password", "2fa", "api", "whitelist"),
    "scam-report": ("password", "2fa", "api", "police"),
    "new-device-login": ("password", "2fa", "api"),
    "p2p-dispute": ("third-party",),
    "p2p-frozen-card": ("third-party",),
}

# -- wording that states what the agent cannot know or promise (faults 4-7, 14-16) --------------
MONEY = ("deposit-", "withdrawal-", "wrong-address", "refund-request")
# (code, categories it applies to (prefixes; () = all), per-language patterns)
CLAIMS: tuple[tuple[str, tuple[str, ...], dict[str, re.Pattern[str]]], ...] = (
    ("no-action-claim", ("deposit-", "withdrawal-"), rx({
        "en": r"(?:do not|don't) need to do anything", "zh-Hans": "无需进行(?:任何|其他)操作",
        "zh-Hant": "無需進行(?:任何|其他)操作", "es": "no necesita hacer nada",
        "pt": "não precisa fazer (?:mais )?nada", "ru": "ничего (?:больше )?делать не нужно",
        "tr": "yapmanıza gerek yok", "vi": "không cần làm gì", "ja": "お手続きは不要",
        "ko": "하실 일은 없습니다"})),
    ("unconditional-refund", ("withdrawal-failed",), rx({
        "en": r"has been returned to your (?:account )?balance", "zh-Hans": "已退回您的账户余额",
        "zh-Hant": "已退回您的帳戶餘額", "es": "ya volvió a su saldo",
        "pt": "já voltou para o seu saldo", "ru": "уже вернулась на ваш баланс",
        "tr": r"bakiyenize iade edildi\.", "vi": "đã được hoàn về số dư",
        "ja": "残高に戻っております", "ko": "잔액으로 반환되었습니다"})),
    ("unverified-action", ("account-compromised", "scam-report", "new-device-login"), rx({
        "en": r"we have (?:placed a (?:temporary )?lock|locked|frozen)", "zh-Hans": "我们已(?:临时)?锁定",
        "zh-Hant": "我們已(?:臨時)?鎖定", "es": "hemos bloqueado", "pt": r"\bbloqueamos\b",
        "ru": "мы (?:временно )?заблокировали", "tr": "kilitledik", "vi": "đã tạm khóa",
        "ja": "ロックいたしました", "ko": "잠갔습니다"})),
    ("vague-duration", (), rx({
        "en": r"a short (?:time|while|period)|\bshortly\b", "zh-Hans": "短时间", "zh-Hant": "短時間",
        "es": r"breve (?:periodo|período|tiempo)|en breve", "pt": r"por pouco tempo|em breve",
        "ru": r"ненадолго|в ближайшее время", "tr": r"kısa (?:bir )?süre",
        "vi": "trong thời gian ngắn", "ja": "短時間|まもなく", "ko": "짧은 시간",
        "fr": r"bientôt|peu de temps", "de": r"in kürze|kurze zeit"})),
    ("assumes-scheduled", ("maintenance-notice", "outage-apology"), rx({
        "en": r"\bscheduled\b", "zh-Hans": "例行维护|计划内", "zh-Hant": "例行維護|計畫內",
        "es": "programad", "pt": "programad", "ru": "планов", "tr": "planlı",
        "vi": "định kỳ|theo kế hoạch", "ja": "定期メンテナンス", "ko": "정기 점검|예정된"})),
    ("no-fee-claim", (), rx({
        "en": r"(?:do not|don't|never) charge (?:a |any )?fees?|free of charge|\bno fees?\b",
        "zh-Hans": "不收取(?:任何)?(?:手续)?费", "zh-Hant": "不收取(?:任何)?(?:手續)?費",
        "es": "no cobramos", "pt": "não cobramos", "ru": r"не (?:берём|берем|взимаем) комисс",
        "tr": r"ücret almıyoruz|\bücretsiz", "vi": "không thu phí|miễn phí",
        "ja": "手数料(?:は)?(?:無料|かかりません)", "ko": "수수료(?:가|는)? 없|무료"})),
    ("fill-promise", (), rx({
        "en": "until the market reaches your price", "zh-Hans": "达到您设定的价格时才会成交",
        "zh-Hant": "達到您設定的價格時才會成交", "es": "hasta que el mercado alcanza",
        "pt": "até que o mercado atinja", "ru": "пока рынок не достигнет вашей цены",
        "tr": "fiyatınıza ulaşana kadar", "vi": "cho đến khi thị trường đạt",
        "ja": "価格に達するまで", "ko": "가격에 도달할 때까지"})),
)  # fmt: skip
# "We will credit / refund" without "if": a promise the review may not keep (fault 6).
COMMITMENT = rx({
    "en": r"\bwill (?:credit|refund|return|recover|unlock|release)\b",
    "zh-Hans": "会为您(?:入账|退款|找回|解锁)|将为您(?:入账|退款)",
    "zh-Hant": "會為您(?:入帳|退款|找回|解鎖)", "es": "acreditará|acreditaremos|reembolsaremos",
    "pt": r"creditar(?:á|emos)\b|reembolsaremos", "ru": r"зачислит\b|зачислим|вернём|вернем",
    "tr": "geçirecek|iade edeceğiz|geçireceğiz", "vi": r"sẽ (?:ghi có|hoàn tiền)",
    "ja": "反映いたします|返金いたします", "ko": "반영해 드리(?:겠|며)|환불해 드리겠",
})  # fmt: skip
CONDITION = rx({
    "en": r"\b(?:if|whether|unless)\b", "zh-Hans": "如果|若|能否|是否", "zh-Hant": "如果|若|能否|是否",
    "es": r"\bsi\b", "pt": r"\bse\b", "ru": r"\bесли\b|\bли\b", "tr": r"\w+(?:ysa|yse|sa|se)\b",
    "vi": r"\bnếu\b", "ja": "場合|かどうか", "ko": "경우|면\\b",
})  # fmt: skip

# -- closings: cheerful wishes never close a scam, hack or seed-exposure reply -------------------
CHEERFUL = rx({"zh-Hans": "祝您生活愉快", "zh-Hant": "祝您生活愉快|祝您順心"})
