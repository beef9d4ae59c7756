"""The copy gate: changed values, placeholders, secret requests in 16 languages, links, echoes."""

from __future__ import annotations

import pytest
from mnemonic import Mnemonic

from desktop.core.lint import blocking, lint_reply

ADDR = "0x52908400098527886E0F7030069857D2E4169EE7"
MESSAGE = f"Envié 1.234,56 USDT a {ADDR}, orden 7731982045"


def codes(reply: str, **kw: object) -> list[str]:
    return [i.code for i in lint_reply(reply, message=MESSAGE, **kw)]  # type: ignore[arg-type]


def test_unchanged_values_pass():
    assert codes(f"Recibimos 1.234,56 USDT en {ADDR} (orden 7731982045).") == []


def test_amount_in_another_format_with_the_same_digits_passes():
    assert codes("We received 1,234.56 USDT.") == []


@pytest.mark.parametrize("reply", [
    f"Recibimos 1.234,57 USDT en {ADDR}.",
    f"Recibimos 1.234,56 USDT en {ADDR[:-1]}8.",
    "Su orden 7731982046 está en revisión.",
])  # fmt: skip
def test_a_changed_digit_is_an_error(reply):
    issues = lint_reply(reply, message=MESSAGE)
    assert "value-changed" in [i.code for i in issues] and blocking(issues)


def test_variables_count_as_known_values():
    tx = "0x" + "ab" * 32
    assert codes(f"TXID: {tx}", variables={"txid": tx}) == []


def test_unresolved_placeholders_and_required_empty():
    assert codes("Hola {{ customer_name }}, su {txid} XQ2") == ["unresolved-placeholder"] * 3
    assert codes("Hola", required_missing=["txid"]) == ["required-empty"]


ASKS = {
    "en": "Please send us your recovery phrase so we can check.",
    "es": "Por favor, envíe su frase de recuperación para verificar.",
    "pt": "Por favor, informe sua senha para continuarmos.",
    "fr": "Merci de nous envoyer votre phrase de récupération. Envoyez-la ici.",
    "de": "Bitte senden Sie uns Ihren privaten Schlüssel.",
    "it": "Per favore inviate la vostra frase di recupero.",
    "nl": "Stuur ons uw wachtwoord.",
    "tr": "Lütfen kurtarma ifadesi bilginizi gönderin.",
    "vi": "Vui lòng gửi cụm từ khôi phục của quý khách.",
    "id": "Silakan kirim frasa pemulihan Anda.",
    "ru": "Пожалуйста, пришлите вашу сид-фразу.",
    "ar": "يرجى أرسل كلمة المرور الخاصة بك.",
    "zh": "请提供您的助记词以便核实。",
    "ja": "確認のため、パスワードを教えてください。",
    "ko": "비밀번호를 알려주세요.",
    "th": "กรุณาส่งรหัสผ่านของคุณ",
}
NEVER = {
    "en": "We will never ask for your recovery phrase, private key, password or 2FA code.",
    "es": "Nunca le pediremos su frase de recuperación, clave privada, contraseña ni código 2FA.",
    "pt": "Nunca pediremos sua frase de recuperação, chave privada, senha ou código 2FA.",
    "fr": "Nous ne vous demanderons jamais votre phrase de récupération ni votre mot de passe.",
    "de": "Wir werden Sie niemals nach Ihrem Passwort oder privaten Schlüssel fragen.",
    "it": "Non vi chiederemo mai la frase di recupero o la password.",
    "nl": "Wij vragen nooit om uw wachtwoord of herstelzin.",
    "tr": "Kurtarma ifadenizi veya şifrenizi asla istemeyiz.",
    "vi": "Chúng tôi không bao giờ yêu cầu cụm từ khôi phục hoặc mật khẩu của quý khách.",
    "id": "Kami tidak pernah meminta frasa pemulihan atau kata sandi Anda.",
    "ru": "Мы никогда не попросим вашу сид-фразу или пароль.",
    "ar": "لن نطلب أبدا كلمة المرور الخاصة بك.",
    "zh": "我们绝不会向您索要助记词、私钥、密码或验证码。",
    "ja": "パスワードや秘密鍵をお尋ねすることは絶対にありません。",
    "ko": "저희는 절대 비밀번호를 요청하지 않습니다.",
    "th": "เราจะไม่ขอรหัสผ่านของคุณ",
}


@pytest.mark.parametrize("lang", sorted(ASKS))
def test_asking_for_a_secret_is_blocked_in_every_language(lang):
    assert "asks-for-secret" in codes(ASKS[lang]), ASKS[lang]


@pytest.mark.parametrize("lang", sorted(NEVER))
def test_telling_never_to_share_passes_in_every_language(lang):
    assert codes(NEVER[lang]) == [], NEVER[lang]


def test_links_only_to_allowed_domains():
    allowed = ["binance.com"]
    assert codes("See https://www.binance.com/en/support", official_domains=allowed) == []
    assert codes("See https://example.org/x", official_domains=allowed) == ["link-not-allowed"]
    assert codes("See https://binance-support.com/x", official_domains=allowed) == [
        "lookalike-link"
    ]


def test_customer_secret_echoed_back_is_an_error():
    phrase = Mnemonic("english").generate(128)
    assert "echoes-secret" in codes(f"You wrote: {phrase}. Please move your funds.")
