"""The copy gate: changed or broken values, placeholders, secret requests in 16 languages (both
directions), links, echoed secrets; our own approved sentences and templates pass."""

from __future__ import annotations

import tomllib

import pytest
from mnemonic import Mnemonic

from desktop.core.lint import blocking, lint_reply
from desktop.core.paths import shipped_dir
from desktop.core.sensitive import find_sensitive
from tests.core import vectors as v


@pytest.fixture(autouse=True)
def _same_vectors_every_run(request: pytest.FixtureRequest) -> None:
    v.reseed(request.node.nodeid)


ADDR = v.eip55_mixed()
TRON = v.tron()
TX = v.txid()
MESSAGE = f"Envié 1.234,56 USDT a {ADDR}, orden 7731982045, txid {TX}, memo: 556677"


def codes(reply: str, **kw: object) -> list[str]:
    return [i.code for i in lint_reply(reply, message=MESSAGE, **kw)]  # type: ignore[arg-type]


def test_unchanged_values_pass():
    reply = f"Recibimos 1.234,56 USDT en {ADDR} (orden 7731982045, txid {TX}, memo 556677)."
    assert codes(reply) == []


def test_amount_in_another_format_or_with_a_multiplier_passes():
    assert codes("We received 1,234.56 USDT.") == []
    assert codes("We received USDT 1234.56.") == []
    assert [i.code for i in lint_reply("已收到 15,000 USDT", message="充值了1.5万USDT")] == []


@pytest.mark.parametrize("reply", [
    "Recibimos 1.234,57 USDT.",
    "Recibimos 1.234,56 USDC.",
    f"Enviado a {ADDR[:-1]}{'0' if ADDR[-1] != '0' else '1'}.",
    f"Enviado a {ADDR.lower()}.",
    "Su orden 7731982046 está en revisión.",
    f"txid {TX[:-1]}{'a' if TX[-1] != 'a' else 'b'}",
    "memo: 556678",
    f"Dirección {TRON}",
])  # fmt: skip
def test_a_changed_or_foreign_value_is_an_error(reply):
    issues = lint_reply(reply, message=MESSAGE)
    assert "value-changed" in [i.code for i in issues] and blocking(issues), issues


def test_a_value_split_by_machine_translation_is_an_error():
    broken = f"Enviado a {ADDR[:20]} {ADDR[20:]}."
    assert "value-broken" in codes(broken)


def test_variables_and_given_entities_count_as_known_values():
    tx = "0x" + v.txid()
    assert codes(f"TXID: {tx}", variables={"txid": tx}) == []
    assert codes("Recibimos 250 USDT.", variables={"amount": "250"}) == []
    from desktop.core.entities import find_entities

    ents = find_entities(f"addr {TRON}")
    assert [i.code for i in lint_reply(f"to {TRON}", message_entities=ents)] == []


def test_unknown_long_number_is_a_warning():
    issues = lint_reply("Call 88005553535 for help.", message=MESSAGE)
    assert [(i.code, i.severity) for i in issues] == [("unknown-number", "warning")]


def test_unresolved_placeholders_and_required_empty():
    assert codes("Hola {{ customer_name }}, su {txid} XQ2 ${x} %(name)s") == [
        "unresolved-placeholder"] * 5  # fmt: skip
    assert codes("Hola", required_missing=["txid"]) == ["required-empty"]


# One request per secret kind, and one sentence that is safe, in every team language.
ASKS = {
    "en": ["Please send us your recovery phrase so we can check.",
           "Can you share your private key with us?", "What is your password?",
           "To verify, reply with the 2FA code from your authenticator app.",
           "We need your seed phrase to restore the account.",
           "Please send us, for verification, your recovery phrase.",
           "Enter your recovery phrase on this page."],
    "es": ["Por favor, envíe su frase de recuperación para verificar.",
           "Compártanos su clave privada.", "¿Cuál es su contraseña?",
           "Necesitamos su código 2FA para continuar."],
    "pt": ["Por favor, envie sua frase de recuperação.", "Informe sua senha para continuarmos.",
           "Qual é a sua chave privada?", "Precisamos do seu código 2FA."],
    "fr": ["Merci de nous envoyer votre phrase de récupération.",
           "Veuillez nous communiquer votre mot de passe.", "Quel est votre code 2FA ?",
           "Envoyez-nous votre clé privée."],
    "de": ["Bitte senden Sie uns Ihren privaten Schlüssel.", "Teilen Sie uns Ihr Passwort mit.",
           "Wie lautet Ihr 2FA-Code?", "Wir benötigen Ihre Wiederherstellungsphrase."],
    "it": ["Per favore inviate la vostra frase di recupero.", "Inviaci la tua password.",
           "Qual è la tua chiave privata?", "Comunicateci il codice 2FA."],
    "nl": ["Stuur ons uw wachtwoord.", "Deel uw herstelzin met ons.", "Wat is uw 2FA-code?",
           "Geef ons uw privésleutel."],
    "tr": ["Lütfen kurtarma ifadenizi gönderin.", "Şifrenizi bizimle paylaşın.",
           "2FA kodunuzu iletin.", "Özel anahtarınızı bize verin."],
    "vi": ["Vui lòng gửi cụm từ khôi phục của quý khách.", "Quý khách hãy cung cấp mật khẩu.",
           "Vui lòng cho chúng tôi biết mã 2FA.", "Hãy gửi khóa riêng cho chúng tôi."],
    "id": ["Silakan kirim frasa pemulihan Anda.", "Berikan kata sandi Anda kepada kami.",
           "Mohon bagikan kode 2FA Anda.", "Kami memerlukan kunci pribadi Anda."],
    "ru": ["Пожалуйста, пришлите вашу сид-фразу.", "Сообщите нам ваш пароль.",
           "Какой у вас код 2FA?", "Нам нужен ваш приватный ключ."],
    "ar": ["يرجى إرسال عبارة الاسترداد الخاصة بك.", "أرسل كلمة المرور الخاصة بك.",
           "زودنا بالمفتاح الخاص.", "نحتاج إلى رمز التحقق الخاص بك."],
    "zh": ["请提供您的助记词以便核实。", "请把私钥发给我们。", "麻烦告诉我您的密码。",
           "请发送您的验证码。"],
    "ja": ["確認のため、パスワードを教えてください。", "秘密鍵を送ってください。",
           "リカバリーフレーズをお知らせください。", "認証コードを共有してください。"],
    "ko": ["비밀번호를 알려주세요.", "복구 구문을 보내 주세요.", "인증 코드를 공유해 주세요.",
           "개인 키를 제공해 주세요."],
    "th": ["กรุณาส่งรหัสผ่านของคุณ", "โปรดแจ้งวลีกู้คืนของคุณ", "ช่วยบอกรหัส OTP หน่อย",
           "ส่งคีย์ส่วนตัวมาให้เรา"],
}  # fmt: skip
SAFE = {
    "en": ["Never, under any circumstances, share your seed phrase.",
           "Anyone asking you to send your recovery phrase is a scammer.",
           "We will send you a verification code by SMS.",
           "Please enter the 2FA code in the app to confirm the withdrawal.",
           "Do not share your password with us or anyone else.",
           "Don't worry, your funds are safe; never send your private key to anyone."],
    "es": ["No comparta su contraseña con nadie.",
           "Si alguien le pide su frase semilla, es una estafa.",
           "Le enviaremos un código de verificación por SMS.",
           "Ingrese el código 2FA en la aplicación."],
    "pt": ["Não compartilhe sua senha com ninguém.",
           "Se alguém pedir sua frase de recuperação, é golpe.",
           "Enviaremos um código de verificação por SMS."],
    "fr": ["Ne partagez jamais votre clé privée.",
           "Si quelqu'un vous demande votre mot de passe, c'est une arnaque.",
           "Nous allons vous envoyer un code de vérification par SMS."],
    "de": ["Geben Sie Ihre Seed-Phrase niemals weiter.",
           "Wenn jemand Sie nach Ihrem Passwort fragt, ist das Betrug.",
           "Wir senden Ihnen einen Bestätigungscode per SMS."],
    "it": ["Non condividete mai la vostra chiave privata.",
           "Se qualcuno vi chiede la password, è una truffa.",
           "Vi invieremo un codice di verifica via SMS."],
    "nl": ["Deel nooit uw privésleutel.", "Als iemand om uw herstelzin vraagt, is het oplichting.",
           "Wij sturen u een verificatiecode per sms."],
    "tr": ["Şifrenizi kimseyle paylaşmayın.",
           "Biri sizden kurtarma ifadenizi isterse bu bir dolandırıcılıktır.",
           "Size SMS ile bir doğrulama kodu göndereceğiz."],
    "vi": ["Đừng gửi mật khẩu cho chúng tôi.",
           "Nếu ai đó yêu cầu cụm từ khôi phục, đó là lừa đảo.",
           "Chúng tôi sẽ gửi mã xác minh qua SMS."],
    "id": ["Jangan pernah membagikan kunci pribadi Anda.",
           "Jika seseorang meminta kata sandi Anda, itu penipuan.",
           "Kami akan mengirimkan kode verifikasi melalui SMS."],
    "ru": ["Не пересылайте никому свою сид-фразу.",
           "Если кто-то просит вашу сид-фразу, это мошенники.",
           "Мы отправим вам код подтверждения по SMS."],
    "ar": ["يرجى عدم مشاركة عبارة الاسترداد.",
           "إذا طلب منك أي شخص كلمة المرور فهذا احتيال.",
           "سنرسل لك رمزًا عبر الرسائل القصيرة."],
    "zh": ["请勿将助记词告诉任何人。", "如果有人向您索要私钥，那是骗子。", "我们已向您发送验证码。",
           "请在App中输入谷歌验证码完成提现。"],
    "ja": ["リカバリーフレーズは誰にも教えないでください。", "誰かがパスワードを求めてきたら詐欺です。",
           "認証コードをSMSでお送りしました。"],
    "ko": ["복구 구문을 알려주지 마세요.", "누군가 개인 키를 요구하면 사기입니다.",
           "인증 코드를 보내드렸습니다."],
    "th": ["อย่าส่งวลีกู้คืนให้ใคร", "ใครก็ตามที่ขอรหัสผ่านคือมิจฉาชีพ",
           "เราได้ส่งรหัสยืนยันไปยังอีเมลของคุณแล้ว"],
}  # fmt: skip
# The approved "never-share-secrets" sentence with its negation dropped, as MT might.
NEGATION_DROPPED = {
    "en": "We will ask for your recovery phrase, private key, password or 2FA code.",
    "es": "Le pediremos su frase de recuperación, clave privada, contraseña y código 2FA.",
    "pt": "Pediremos sua frase de recuperação, chave privada, senha ou código 2FA.",
    "fr": "Nous vous demanderons votre phrase de récupération et votre mot de passe.",
    "de": "Wir werden Sie nach Ihrer Wiederherstellungsphrase oder Ihrem Passwort fragen.",
    "it": "Vi chiederemo la frase di recupero, la chiave privata, la password o il codice 2FA.",
    "nl": "Wij vragen om uw herstelzin, privésleutel, wachtwoord of 2FA-code.",
    "tr": "Kurtarma ifadenizi, özel anahtarınızı, şifrenizi veya 2FA kodunuzu isteyeceğiz.",
    "vi": "Chúng tôi yêu cầu cụm từ khôi phục, khóa riêng, mật khẩu hoặc mã 2FA của quý khách.",
    "id": "Kami akan meminta frasa pemulihan, kunci pribadi, kata sandi, atau kode 2FA Anda.",
    "ru": "Мы попросим вашу сид-фразу, приватный ключ, пароль или код 2FA.",
    "ar": "سنطلب منك عبارة الاسترداد أو المفتاح الخاص أو كلمة المرور أو رمز التحقق الثنائي.",
    "zh": "我们会向您索要助记词、私钥、密码或二次验证码。",
    "ja": "リカバリーフレーズ、秘密鍵、パスワード、2FAコードをお尋ねします。",
    "ko": "저희는 복구 문구, 개인 키, 비밀번호 또는 2FA 코드를 요청합니다.",
    "th": "เราจะขอวลีกู้คืน คีย์ส่วนตัว รหัสผ่าน หรือรหัส 2FA ของคุณ",
}
LOCKED = tomllib.loads((shipped_dir("templates") / "_shared" / "locked.toml").read_text("utf-8"))


def test_every_team_language_is_covered():
    langs = {"en", "es", "pt", "fr", "de", "it", "nl", "tr", "vi", "id", "ru", "ar", "zh", "ja",
             "ko", "th"}  # fmt: skip
    assert set(ASKS) == set(SAFE) == set(NEGATION_DROPPED) == langs


@pytest.mark.parametrize(("lang", "text"), [(k, t) for k, ts in ASKS.items() for t in ts])
def test_asking_for_a_secret_is_blocked(lang, text):
    issues = lint_reply(text)
    assert [i.code for i in issues] == ["asks-for-secret"] and blocking(issues), (lang, text)


@pytest.mark.parametrize(("lang", "text"), [(k, t) for k, ts in SAFE.items() for t in ts])
def test_warning_about_secrets_passes(lang, text):
    assert [i.code for i in lint_reply(text)] == [], (lang, text)


@pytest.mark.parametrize("lang", sorted(NEGATION_DROPPED))
def test_machine_translation_dropping_the_never_is_caught(lang):
    assert "asks-for-secret" in [i.code for i in lint_reply(NEGATION_DROPPED[lang])]


@pytest.mark.parametrize(("key", "lang"), [(k, lang) for k, t in LOCKED.items() for lang in t])
def test_our_approved_safety_sentences_pass(key, lang):
    assert lint_reply(LOCKED[key][lang]) == []


def test_links_only_to_allowed_domains():
    allowed = ["binance.com"]
    assert codes("See https://www.binance.com/en/support", official_domains=allowed) == []
    assert codes("See https://example.org/x", official_domains=allowed) == ["link-not-allowed"]
    assert codes("See https://binance-support.com/x", official_domains=allowed) == [
        "lookalike-link"
    ]
    assert codes("Visit binance-help.com now", official_domains=allowed) == ["lookalike-link"]
    assert codes("Visit example.net now", official_domains=allowed) == ["link-not-allowed"]
    assert codes("See https://binance.com@evil.io/x", official_domains=allowed) == [
        "lookalike-link"
    ]
    # No allow-list: a link that is not from the message or the form needs a second look.
    assert codes("See https://example.org/x") == ["link-not-allowed"]


def test_customer_secret_echoed_back_is_an_error():
    phrase = Mnemonic("english").generate(128)
    message = f"my words: {phrase}"
    assert "echoes-secret" in [i.code for i in lint_reply(f"You wrote: {phrase}.", message=message)]
    four = " ".join(phrase.split()[3:7])
    issues = lint_reply(
        f"Is '{four}' right?", message=message, message_sensitive=find_sensitive(message)
    )
    assert [i.code for i in issues] == ["echoes-secret"]
    key = v.wif()
    assert [i.code for i in lint_reply(f"key {key[5:20]}", message=f"my key {key}")] == [
        "echoes-secret"
    ]


def test_redaction_marker_in_a_reply_is_a_warning():
    issues = lint_reply("You sent [REDACTED recovery phrase], move funds now.")
    assert [(i.code, i.severity) for i in issues] == [("redaction-marker", "warning")]
