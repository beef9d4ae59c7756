"""Content lint: the shipped templates have no finding, and each of the 17 safety faults of the
support lead's review (issue 14) is caught again when its old wording comes back."""

from __future__ import annotations

import shutil

import pytest

from desktop.cli import run
from desktop.core.glossary import load_layers
from desktop.core.glossary.model import Concept, Glossary
from desktop.core.paths import shipped_dir
from desktop.core.templates.content_lint import (
    lint_glossary,
    lint_library,
    locked_issues,
    number_issues,
    shape_issues,
    template_issues,
    text_issues,
)
from desktop.core.templates.content_rules import required_locked
from desktop.core.templates.library import TemplateLibrary
from desktop.core.templates.render import Renderer

SHIPPED = shipped_dir("templates")


def codes(issues):
    return {i.code for i in issues}


def test_shipped_templates_have_no_finding():
    glossary, _matcher = load_layers([shipped_dir("glossary")])
    issues = lint_library(TemplateLibrary([SHIPPED]), glossary)
    assert [i.line() for i in issues] == []


def overridden(tmp_path, template_id, files):
    """The shipped template with some files replaced in a user layer (the real layering)."""
    user = tmp_path / "user"
    shutil.copytree(SHIPPED / template_id, user / template_id)
    for name, text in files.items():
        (user / template_id / name).write_text(text, encoding="utf-8")
    library = TemplateLibrary([SHIPPED, user])
    return Renderer(library), library.get(template_id)


def body(text):
    return "{{ greeting() }}\n\n" + text.strip() + "\n\n{{ signoff() }}\n"


def locked_override(tmp_path, key, texts):
    shared = tmp_path / "user" / "_shared"
    shared.mkdir(parents=True)
    lines = [f"[{key}]"] + [f'{lang} = "{text}"' for lang, text in texts.items()]
    (shared / "locked.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    issues = locked_issues(Renderer(TemplateLibrary([SHIPPED, tmp_path / "user"])))
    return {(i.lang, i.code) for i in issues if i.detail.startswith(key)}


# 1-3: the locked sentences name every secret, every channel, the memo -------------------------
def test_fault_01_never_share_names_every_secret(tmp_path):
    found = locked_override(tmp_path, "never-share-secrets", {
        "en": "We will never ask for your recovery phrase, private key, password or 2FA code.",
        "zh-Hans": "我们绝不会向您索要助记词、私钥、密码或二次验证码。",
        "ru": "Мы никогда не попросим вашу сид-фразу, приватный ключ, пароль или код 2FA.",
    })  # fmt: skip
    assert {("en", "locked-incomplete"), ("zh-Hans", "locked-incomplete"),
            ("ru", "locked-incomplete")} <= found  # fmt: skip


def test_fault_02_official_channels_covers_phone_sms_social(tmp_path):
    found = locked_override(tmp_path, "official-channels-only", {
        "en": "Only contact us through the official website or app; our staff never message "
              "you first on Telegram or WhatsApp.",
        "ja": "当社スタッフからTelegramやWhatsAppで先にご連絡することはありません。",
    })  # fmt: skip
    assert {("en", "locked-incomplete"), ("ja", "locked-incomplete")} <= found


def test_fault_03_verify_address_names_the_memo(tmp_path):
    found = locked_override(tmp_path, "verify-address", {
        "en": "Before sending, check the full address and the network carefully.",
        "zh-Hans": "转账前，请仔细核对完整地址和所选网络。",
    })  # fmt: skip
    assert {("en", "locked-incomplete"), ("zh-Hans", "locked-incomplete")} <= found


# 4-16: bodies -------------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text"), [
    ("en", "We have checked transaction X. You do not need to do anything else."),
    ("zh-Hans", "我们已查询交易 X。您无需进行其他操作，我们会持续跟进。"),
    ("ru", "Вам ничего больше делать не нужно. Мы продолжим следить."),
    ("ja", "お客様による追加のお手続きは不要です。"),
])  # fmt: skip
def test_fault_04_deposit_not_credited_claims_no_action_needed(lang, text):
    assert "no-action-claim" in codes(text_issues(text, lang, "deposit-not-credited"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The amount has been returned to your account balance. You can submit it again."),
    ("zh-Hans", "该金额已退回您的账户余额。"), ("ru", "Сумма уже вернулась на ваш баланс."),
    ("ko", "금액은 잔액으로 반환되었습니다."),
])  # fmt: skip
def test_fault_05_withdrawal_failed_asserts_the_refund(lang, text):
    assert "unconditional-refund" in codes(text_issues(text, lang, "withdrawal-failed"))


def test_fault_05_glossary_failed_definition():
    glossary = Glossary(
        concepts={
            "failed": Concept(
                "failed", definitions={"en": "Did not complete; funds return to the balance."}
            )
        }
    )
    assert "unconditional-refund" in codes(lint_glossary(glossary))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Our team will review it and will credit the funds after verification."),
    ("zh-Hans", "团队审核通过后会为您入账，可能需要几个工作日。"),
    ("ja", "担当チームが確認し、確認後に反映いたします。"),
    ("ko", "담당 팀이 확인한 후 반영해 드리며, 며칠이 걸릴 수 있습니다."),
])  # fmt: skip
def test_fault_06_missing_memo_promises_the_credit(lang, text):
    assert "unconditional-promise" in codes(text_issues(text, lang, "deposit-missing-memo"))


def test_fault_06_conditional_wording_passes():
    text = "If the deposit can be matched to your account, we will credit it after verification."
    assert "unconditional-promise" not in codes(text_issues(text, "en", "deposit-missing-memo"))


def test_fault_07_account_compromised_asserts_a_lock_and_lacks_steps():
    old = (
        "Thank you for telling us right away. We have placed a temporary lock on the account "
        "to protect your funds. Please change your email password and check your devices."
    )
    found = text_issues(old, "en", "account-compromised")
    assert "unverified-action" in codes(found)
    assert {i.detail for i in found if i.code == "missing-topic"} == {"2fa", "api", "whitelist"}
    assert "recovery-scam-warning" in required_locked("account-compromised")


def test_fault_08_scam_report_without_police_or_account_steps():
    old = (
        "It sounds like a scam. Please stop all contact with this person. Transfers on the "
        "blockchain cannot be reversed, but an early report helps us act quickly."
    )
    found = {i.detail for i in text_issues(old, "en", "scam-report") if i.code == "missing-topic"}
    assert found == {"password", "2fa", "api", "police"}
    assert "recovery-scam-warning" in required_locked("scam-report")


def test_fault_09_wallet_backup_must_move_funds_not_invite_sharing(tmp_path):
    toml = (SHIPPED / "wallet-backup" / "wallet-backup.toml").read_text(encoding="utf-8")
    old_toml = toml.replace('locked = ["move-funds-new-wallet", ', "locked = [")
    old_body = body("""If anyone else has ever seen these words, the wallet is no longer safe. Please tell
us right away and we will guide you.
{{ locked("never-share-secrets") }}
{{ locked("official-channels-only") }}""")
    renderer, template = overridden(tmp_path, "wallet-backup", {
        "wallet-backup.toml": old_toml, "wallet-backup.en.j2": old_body})  # fmt: skip
    found = {(i.code, i.lang, i.detail) for i in template_issues(renderer, template)}
    assert ("missing-locked", "*", "move-funds-new-wallet") in found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "If it still does not show, please send us a screenshot of the page."),
    ("ru", "Если токен всё равно не отображается, пришлите нам скриншот страницы."),
    ("zh-Hans", "如果仍然不显示，请把该页面的截图发给我们。"),
])  # fmt: skip
def test_fault_10_screenshot_without_hiding_secrets(lang, text):
    assert "screenshot-without-warning" in codes(text_issues(text, lang, "token-not-showing"))
    warned = text + " QR"
    assert "screenshot-without-warning" not in codes(text_issues(warned, lang, "x"))


def test_fault_11_p2p_dispute_without_third_party_warning():
    old = (
        "Please upload your proof of payment, such as the bank receipt. If you are the seller, "
        "release the crypto only after you see the money. A screenshot is not proof of payment."
    )
    found = text_issues(old, "en", "p2p-dispute")
    assert ("missing-topic", "third-party") in {(i.code, i.detail) for i in found}


def test_fault_12_deadline_without_time_zone(tmp_path):
    toml = (SHIPPED / "delisting-question" / "delisting-question.toml").read_text(encoding="utf-8")
    old_toml = toml.replace('type = "text"\nrequired = false\nexample = "31 March 2026, 10:00 (UTC)"',
                            'type = "date"\nrequired = false\nexample = "2026-03-31"')  # fmt: skip
    assert old_toml != toml
    old_body = body("""{% if deadline %}You can still withdraw the token until {{ deadline|date }}.
{% endif %}{% if token %}{{ token }}{% endif %}
{{ locked("verify-address") }}""")
    renderer, template = overridden(tmp_path, "delisting-question", {
        "delisting-question.toml": old_toml, "delisting-question.en.j2": old_body})  # fmt: skip
    found = [i for i in template_issues(renderer, template) if i.code == "deadline-without-zone"]
    assert {i.lang for i in found} == {"*", "en"}


@pytest.mark.parametrize(("lang", "source"), [
    ("en", "For your safety, withdrawals are paused for 24 hours after the reset."),
    ("zh-Hans", "为保障资产安全，重置后24小时内将暂停提现。"), ("ru", "выводы приостанавливаются на 24 часа"),
    ("ja", "リセット後24時間は出金が停止されます。"), ("ko", "재설정 후 24시간 동안 출금이 제한됩니다."),
    ("tr", "çekimler 24 saat duraklatılır."), ("vi", "sẽ tạm dừng 24 giờ sau khi đặt lại."),
    ("es", "los retiros se pausan durante 24 horas"), ("en", "A fee of 10 USDT applies."),
    ("en", "Trading costs 0.1% per trade."),
])  # fmt: skip
def test_fault_13_fixed_policy_numbers(lang, source):
    assert "fixed-number" in codes(number_issues(source, lang))
    variable = "paused for {{ security_hold_hours }} hours; see {{ fee_page }}"
    assert number_issues(variable, lang) == []


def test_fault_13_glossary_note_with_fixed_hours():
    glossary = Glossary(
        concepts={
            "password-reset": Concept(
                "password-reset", note="Withdrawals pause for 24 hours after a reset."
            )
        }
    )
    assert "fixed-number" in codes(lint_glossary(glossary))


def test_fault_14_maintenance_promises_a_short_scheduled_pause():
    old = "Deposits of XRP are paused for a short time while we carry out scheduled maintenance."
    assert {"vague-duration", "assumes-scheduled"} <= codes(
        text_issues(old, "en", "maintenance-notice")
    )
    ru = "Депозиты временно приостановлены на время плановых технических работ."
    assert "assumes-scheduled" in codes(text_issues(ru, "ru", "maintenance-notice"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Deposits: we usually do not charge a fee."), ("zh-Hans", "充值：我们通常不收取费用。"),
    ("es", "Depósitos: normalmente no cobramos comisión."),
    ("ru", "Депозит: обычно мы не берём комиссию."),
])  # fmt: skip
def test_fault_15_deposits_claimed_free(lang, text):
    assert "no-fee-claim" in codes(text_issues(text, lang, "fees-question"))


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "A limit order stays open until the market reaches your price."),
    ("zh-Hans", "限价单只有在市场价格达到您设定的价格时才会成交。"),
    ("ru", "лимитный ордер остаётся открытым, пока рынок не достигнет вашей цены"),
    ("es", "una orden límite permanece abierta hasta que el mercado alcanza su precio"),
])  # fmt: skip
def test_fault_16_limit_order_fill_promise(lang, text):
    assert "fill-promise" in codes(text_issues(text, lang, "order-issue"))


def test_fault_17_glossary_confirmation_definition():
    glossary = Glossary(
        concepts={
            "confirmation": Concept(
                "confirmation",
                definitions={
                    "en": "A block added after the transaction; deposits need a set number of them."
                },
            )
        }
    )
    assert "wrong-definition" in codes(lint_glossary(glossary))


# wording rules ---------------------------------------------------------------------------------
def test_japanese_double_thanks_after_the_greeting():
    text = (
        "いつもご利用いただき、誠にありがとうございます。\n\nご連絡ありがとうございます。"
        "安全のため、ご注意ください。\n\n今後ともよろしくお願いいたします。\nサポート"
    )
    assert "double-thanks" in codes(shape_issues(text, "ja"))
    assert shape_issues(text.replace("ご連絡ありがとうございます。", ""), "ja") == []


def test_double_greeting_and_leftover_placeholder():
    text = "Hello,\n\nHello, we checked {{ txid }}.\n\nKind regards,\nSupport"
    assert {"double-greeting", "leftover-placeholder"} <= codes(shape_issues(text, "en"))


def test_cheerful_zh_signoff_never_closes_a_scam_reply():
    text = "这很可能是诈骗。\n\n祝您生活愉快！\n客服团队"
    assert "cheerful-signoff" in codes(text_issues(text, "zh-Hans", "scam-report"))
    assert "cheerful-signoff" not in codes(text_issues(text, "zh-Hans", "general-thanks"))
    rendered = Renderer(TemplateLibrary([SHIPPED])).render("scam-report", "zh-Hans", {}).text
    assert "祝您生活愉快" not in rendered


@pytest.mark.parametrize(("lang", "text", "flagged"), [
    ("en", "Please send us your API secret so we can check the key.", True),
    ("en", "Please send us your recovery phrase.", True),
    ("en", "Never share your API secret with anyone, including our staff.", False),
    ("zh-Hans", "请把您的助记词发给我们。", True),
    ("ru", "Пришлите, пожалуйста, ваш секретный ключ API.", True),
])  # fmt: skip
def test_secret_requests(lang, text, flagged):
    assert ("asks-for-secret" in codes(text_issues(text, lang, "api-key-issue"))) is flagged


@pytest.mark.parametrize(("lang", "text", "flagged"), [
    ("en", "We guarantee that you will get your funds back.", True),
    ("en", "We cannot guarantee that the funds can be recovered.", False),
    ("zh-Hans", "我们保证一定能找回。", True), ("zh-Hans", "无法保证一定能找回。", False),
    ("zh-Hans", "保证金降至维持保证金水平时会被强平。", False),
    ("es", "Garantizamos la devolución.", True), ("ru", "Мы гарантируем возврат.", True),
    ("tr", "Paranızı kesinlikle geri alacaksınız.", True),
    ("tr", "Kurtarma ifadenizi kesinlikle paylaşmayın.", False),
    ("vi", "Chúng tôi chắc chắn sẽ hoàn tiền.", True), ("pt", "Garantimos o reembolso.", True),
    ("ja", "必ず返金いたします。", True), ("ja", "送金前に必ずご確認ください。", False),
    ("ko", "반드시 환불됩니다.", True), ("ko", "보내기 전에 반드시 확인해 주세요.", False),
])  # fmt: skip
def test_absolute_promises_per_language(lang, text, flagged):
    assert ("absolute-promise" in codes(text_issues(text, lang, "refund-request"))) is flagged


def test_same_variables_in_every_language(tmp_path):
    renderer, template = overridden(tmp_path, "withdrawal-pending", {
        "withdrawal-pending.ru.j2": body('Вывод {{ amount }} в обработке.\n'
                                         '{{ locked("never-share-secrets") }}')})  # fmt: skip
    found = {(i.code, i.lang) for i in template_issues(renderer, template)}
    assert ("variables-differ", "ru") in found


def test_cli_lint_exits_nonzero_with_one_line_per_finding(tmp_path, monkeypatch, capsys):
    assert run(["templates", "lint"]) == 0
    assert capsys.readouterr().out == ""
    team = tmp_path / "team"
    shutil.copytree(SHIPPED / "fees-question", team / "fees-question")
    (team / "fees-question" / "fees-question.en.j2").write_text(
        body("Deposits: we usually do not charge a fee. Trading costs 0.1% per trade."),
        encoding="utf-8")  # fmt: skip
    profile = tmp_path / "team.toml"
    profile.write_text(f'shared_templates = "{team.as_posix()}"\n', encoding="utf-8")
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(profile))
    assert run(["templates", "lint"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert any("no-fee-claim" in line for line in lines)
    assert any("fixed-number" in line for line in lines)
    assert all(line.startswith("fees-question [") for line in lines)


def test_zh_hant_bodies_are_the_reviewed_conversion():
    opencc = pytest.importorskip("opencc")
    from desktop.core.templates.zh_hant import derive

    derived = derive(SHIPPED, opencc.OpenCC("s2twp"))
    stale = [str(p) for p, text in derived.items() if p.read_text(encoding="utf-8") != text]
    assert derived and stale == [], "run python -m desktop.core.templates.zh_hant"
    library = TemplateLibrary([SHIPPED])
    assert all("zh-Hant" in t.bodies and "zh-Hant" in t.titles for t in library.templates.values())


@pytest.mark.parametrize(("hans", "hant"), [
    ("申请注销账户", "申請註銷帳戶"), ("您的发卡银行", "您的發卡銀行"), ("审核通过后", "審核通過後"),
    ("通过官方App", "透過官方App"), ("限价单只会成交", "限價單只會成交"), ("API权限", "API權限"),
    ("请检查垃圾邮件箱", "請檢查垃圾郵件匣"), ("银行卡支付失败", "刷卡付款失敗"),
    ("感谢您提供的信息", "感謝您提供的訊息"), ("交易哈希", "交易哈希"),
])  # fmt: skip
def test_zh_hant_corrections(hans, hant):
    opencc = pytest.importorskip("opencc")
    from desktop.core.templates.zh_hant import convert

    assert convert(hans, opencc.OpenCC("s2twp")) == hant


# Faults 5, 13 and 17 in the shipped glossary: fixed by the glossary-content branch. Empty this
# set once it is merged; until then no other glossary note or definition may add a finding.
GLOSSARY_PENDING = {
    "glossary:confirmation [en] wrong-definition",
    "glossary:failed [en] unconditional-refund",
    "glossary:password-reset [*] fixed-number",
    "glossary:withdrawal-lock [*] fixed-number",
}


def test_shipped_glossary_notes_add_no_new_finding():
    glossary, _matcher = load_layers([shipped_dir("glossary")])
    found = {f"{i.template_id} [{i.lang}] {i.code}" for i in lint_glossary(glossary)}
    assert found <= GLOSSARY_PENDING
