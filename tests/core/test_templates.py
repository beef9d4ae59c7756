"""Template lint and rendering: every shipped template parses, renders with its examples in every
language it ships, has the required metadata, and passes the copy gate; the sandbox holds."""

from __future__ import annotations

import pytest

from desktop.core.lint import lint_reply
from desktop.core.paths import shipped_dir
from desktop.core.templates.library import CATEGORIES, TemplateLibrary
from desktop.core.templates.render import (
    Renderer,
    RenderError,
    render_text_sandboxed,
    split_locked,
    strip_markers,
)
from desktop.core.templates.suggest import suggest

LIBRARY = TemplateLibrary([shipped_dir("templates")])
RENDERER = Renderer(LIBRARY)
CASES = [(t.id, lang) for t in LIBRARY.templates.values() for lang in sorted(t.bodies)]


def test_library_loads_without_problems_and_covers_every_category():
    assert LIBRARY.problems == []
    assert RENDERER.check() == []
    assert {t.category for t in LIBRARY.templates.values()} >= set(CATEGORIES)


@pytest.mark.parametrize(("template_id", "lang"), CASES)
def test_shipped_template_renders_with_examples_and_passes_the_copy_gate(template_id, lang):
    template = LIBRARY.get(template_id)
    examples = {v.name: v.example for v in template.variables}
    assert all(examples.values()), "every variable needs an example"
    rendered = RENDERER.render(template_id, lang, examples, agent_name="Li", team_name="Support")
    assert rendered.missing == () and rendered.native
    text = strip_markers(rendered.text)
    assert "{{" not in text and "{%" not in text
    for key in template.locked:
        assert RENDERER.locked_text(key, lang) or RENDERER.locked_text(key, "en")
    issues = lint_reply(text, message="", variables=examples)
    assert issues == [], issues


def test_metadata_has_titles_in_en_and_zh_and_keywords():
    for template in LIBRARY.templates.values():
        assert {"en", "zh-Hans"} <= set(template.titles) and template.keywords.get("en")


def test_customer_text_is_data_never_code():
    rendered = RENDERER.render("order-issue", "en", {"order_id": "{{ 7*7 }}"})
    assert "{{ 7*7 }}" in rendered.text and "49" not in rendered.text


@pytest.mark.parametrize("source", ["{{ ''.__class__.__mro__ }}", "{{ cycler.__init__.__globals__ }}",
                                    "{{ ''.__class__.__mro__[1].__subclasses__() }}"])  # fmt: skip
def test_sandbox_blocks_attribute_escapes(source):
    with pytest.raises(RenderError, match="sandbox"):
        render_text_sandboxed(source, {"cycler": object()})


def test_missing_required_value_is_visible_and_reported():
    rendered = RENDERER.render("deposit-not-credited", "en", {})
    assert rendered.missing == ("txid",)
    assert "{{ txid }}" in rendered.text
    assert "unresolved-placeholder" in [i.code for i in lint_reply(strip_markers(rendered.text))]


def test_locked_sentences_are_marked_and_split():
    rendered = RENDERER.render("seed-phrase-exposed", "en", {})
    locked = [s for s in split_locked(rendered.text) if s.locked]
    assert {s.key for s in locked} == {
        "move-funds-new-wallet",
        "never-share-secrets",
        "official-channels-only",
    }


def test_fallback_to_english_body_for_other_languages():
    rendered = RENDERER.render("general-thanks", "fr", {})
    assert rendered.lang == "en" and not rendered.native


def test_layers_override_by_id_and_reload(tmp_path):
    import shutil

    user = tmp_path / "user"
    shutil.copytree(shipped_dir("templates") / "general-thanks", user / "general-thanks")
    body = user / "general-thanks" / "general-thanks.en.j2"
    body.write_text(
        "{{ greeting() }}\n\nThanks from my layer.\n\n{{ signoff() }}\n", encoding="utf-8"
    )
    library = TemplateLibrary([shipped_dir("templates"), user])
    assert library.get("general-thanks").layer == user
    assert "my layer" in Renderer(library).render("general-thanks", "en", {}).text
    (user / "general-thanks" / "general-thanks.toml").write_text("id = [broken", encoding="utf-8")
    assert library.reload_if_changed()
    assert library.problems and library.problems[0].code == "toml-error"
    assert library.get("general-thanks").layer != user  # the shipped one still works


def test_syntax_error_shows_file_and_line(tmp_path):
    import shutil

    user = tmp_path / "user"
    shutil.copytree(shipped_dir("templates") / "general-thanks", user / "general-thanks")
    (user / "general-thanks" / "general-thanks.en.j2").write_text(
        "line one\n{% if %}\n", encoding="utf-8"
    )
    renderer = Renderer(TemplateLibrary([shipped_dir("templates"), user]))
    problems = renderer.check()
    assert problems and problems[0].line == 2 and problems[0].file.endswith("general-thanks.en.j2")
    with pytest.raises(RenderError, match=":2:"):
        renderer.render("general-thanks", "en", {})


@pytest.mark.parametrize(("text", "category"), [
    ("Hola, mi retiro de 250 USDT sigue pendiente", "withdrawal-pending"),
    ("我的充值还没到账", "deposit-not-credited"),
    ("Забыл мемо при депозите XRP", "deposit-missing-memo"),
    ("Someone hacked my account", "account-compromised"),
    ("Şifremi unuttum", "password-reset"),
])  # fmt: skip
def test_suggestions_put_the_right_category_first(text, category):
    assert suggest(LIBRARY, text)[0].category == category


COMMON = ("deposit-not-credited", "deposit-wrong-network", "deposit-missing-memo",
          "withdrawal-pending", "withdrawal-failed", "account-locked", "2fa-reset",
          "account-compromised", "seed-phrase-exposed", "complaint-escalation")  # fmt: skip


def test_the_ten_common_categories_are_native_in_nine_languages():
    for category in COMMON:
        template = LIBRARY.get(category)
        assert {"en", "zh-Hans", "es", "ru", "tr", "vi", "pt", "ja", "ko"} <= set(template.bodies)


def test_suggestions_reach_the_target_on_the_labelled_set():
    from tests.bench.bench_suggest import evaluate

    count, _top1, top3 = evaluate()
    assert count >= 150 and top3 >= 0.85
