"""Template lint and rendering: every shipped template parses, renders with its examples in every
language it ships, has the required metadata, and passes the copy gate; the sandbox holds."""

from __future__ import annotations

from pathlib import Path

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


# -- issue 15: hostile templates and metadata ------------------------------------------------
def _user_layer(tmp_path, body: str | None = None, meta: str | None = None):
    import shutil

    user = tmp_path / "user"
    shutil.copytree(shipped_dir("templates") / "general-thanks", user / "general-thanks")
    if body is not None:
        (user / "general-thanks" / "general-thanks.en.j2").write_text(body, encoding="utf-8")
    if meta is not None:
        (user / "general-thanks" / "general-thanks.toml").write_text(meta, encoding="utf-8")
    return user


HOSTILE_BODIES = {
    "{{ 9**999999999 }}": "blocked by the sandbox",
    "{{ 'a'*10**9 }}": "longer than 100 KB",
    "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}": "range",
    "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}": "stopped",
    "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}": "calls itself",
    "{% include 'general-thanks/general-thanks.en.j2' %}": "calls itself",
    "line one\n{{ 1/0 }}": ":2: ZeroDivisionError",
    "{% for i in range(10000) %}{{ 'x' * 99 }}\n{% endfor %}": "longer than 100 KB",
    "{% set ns = namespace(s='a') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}"
    "{% endfor %}{{ ns.s }}": "longer than 100 KB",
    "{{ '%1000000000d' % 1 }}": "format width",
    "{{ '{:>1000000000}'.format(1) }}": "format width",
    "{{ 'a'|center(1000000000) }}": "too large",
    "{% set s = 'a' * 90000 %}{{ s|replace('a', s) }}": "longer than 100 KB",
    "{% include 'nowhere.j2' %}": "no template 'nowhere.j2'",
}


@pytest.mark.parametrize("body", list(HOSTILE_BODIES))
def test_hostile_template_is_a_readable_error_quickly(tmp_path, body):
    """Issue 15 fault 2: no hang, no gigabytes, no traceback; the message names the file.
    (The 1 s limit itself is measured in the message and in BENCHMARKS, not asserted tightly.)"""
    import resource
    import time

    renderer = Renderer(TemplateLibrary([shipped_dir("templates"), _user_layer(tmp_path, body)]))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(RenderError) as info:
        renderer.render("general-thanks", "en", {})
    assert time.monotonic() - started < 15  # a loose bound: the limit is 1 s of rendering
    message = str(info.value)
    assert "general-thanks.en.j2" in message and HOSTILE_BODIES[body] in message, message
    assert "\n" not in message and "Traceback" not in message
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before < 200_000  # KB
    # The renderer still works afterwards (the trace function was removed).
    assert "thank you" in RENDERER.render("general-thanks", "en", {}).text


def test_render_deadline_stops_a_loop_near_one_second():
    import time

    from desktop.core.templates.sandbox import Deadline

    renderer = Renderer(TemplateLibrary([shipped_dir("templates")]))
    renderer.max_seconds = 0.3
    source = "{% for i in range(10000) %}{% for j in range(10000) %}{% endfor %}{% endfor %}"
    started = time.monotonic()
    with pytest.raises(RenderError, match="stopped after 0.3 s"):
        from desktop.core.templates.render import _run_limited

        _run_limited(lambda: renderer.env.from_string(source).generate({}), "<t>", 0.3)
    elapsed = time.monotonic() - started
    assert 0.3 <= elapsed < 5, elapsed
    import sys

    assert sys.gettrace() is None or not isinstance(getattr(sys.gettrace(), "__self__", None),
                                                    Deadline)  # fmt: skip


def test_one_bad_metadata_file_hides_only_itself(tmp_path):
    """Issue 15 fault 3: `title = "x"` or `locked = 5` in one file; the rest still load and
    the problem names the file and the key."""
    import shutil

    user = tmp_path / "user"
    for tid, meta in (("title-text", 'id = "title-text"\ncategory = "general-thanks"\n'
                                     'title = "x"\n'),
                      ("locked-int", 'id = "locked-int"\ncategory = "general-thanks"\n'
                                     'locked = 5\n[title]\nen = "a"\nzh-Hans = "b"\n'),
                      ("bad-vars", 'id = "bad-vars"\ncategory = "general-thanks"\nkeywords = 3\n'
                                   'variables = [{name = "x", required = "yes"}, 7]\n'
                                   '[title]\nen = "a"\nzh-Hans = "b"\n'),
                      ("bad-id", 'id = "../../x"\ncategory = "general-thanks"\n'
                                 '[title]\nen = "a"\n'),
                      ("deep", "id = " + "[" * 600 + "]" * 600 + "\n")):  # fmt: skip
        (user / tid).mkdir(parents=True)
        (user / tid / f"{tid}.toml").write_text(meta, encoding="utf-8")
        for lang in ("en", "zh-Hans"):
            (user / tid / f"{tid}.{lang}.j2").write_text("Hi\n", encoding="utf-8")
    shutil.copytree(shipped_dir("templates") / "general-thanks", user / "general-thanks")
    library = TemplateLibrary([shipped_dir("templates"), user])
    assert len(library.templates) == len(LIBRARY.templates) + 1  # bad-vars loads, others don't
    by_file = {}
    for p in library.problems:
        by_file.setdefault(p.file.split("/")[-1], []).append(p.message)
    assert "'title'" in by_file["title-text.toml"][0]
    assert "'locked'" in by_file["locked-int.toml"][0]
    assert any("'keywords'" in m for m in by_file["bad-vars.toml"])
    assert any("'variables.x.required'" in m for m in by_file["bad-vars.toml"])
    assert any("'variables'" in m for m in by_file["bad-vars.toml"])
    assert "'id'" in by_file["bad-id.toml"][0]
    assert "nested" in by_file["deep.toml"][0]
    assert library.get("general-thanks").layer == user
    Renderer(library).render("bad-vars", "en", {})


def test_cli_lists_and_renders_with_a_bad_metadata_file(tmp_path):
    """Issue 15 fault 3: `templates list`, `render`, `suggest` used to end in a traceback."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    user = _user_layer(tmp_path, meta='id = "general-thanks"\ncategory = "x"\ntitle = "x"\n')
    data = tmp_path / "data"
    (data / "templates").mkdir(parents=True)
    os.replace(user / "general-thanks", data / "templates" / "general-thanks")
    env = dict(os.environ, REPLYBRIDGE_DATA_DIR=str(data),
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))  # fmt: skip
    for args in (["templates", "list"], ["render", "general-thanks", "--lang", "en"],
                 ["suggest", "thank you so much"]):  # fmt: skip
        done = subprocess.run([sys.executable, "-m", "desktop", *args], env=env,
                              capture_output=True, text=True, timeout=120)  # fmt: skip
        assert done.returncode == 0 and "Traceback" not in done.stderr, (args, done.stderr[-500:])
        out = json.loads(done.stdout)
        if args[0] == "templates":
            assert len(out["templates"]) == len(LIBRARY.templates)
            assert any("'title'" in p for p in out["problems"])


def test_a_template_folder_of_root_home_or_a_huge_tree_is_refused_cheaply(tmp_path, monkeypatch):
    """Issue 15 fault 5: `/` or the home folder is never walked; a folder with more than
    MAX_FILES entries is read no further; each says why."""
    import shutil
    import time

    from desktop.core.templates import library as library_module

    home = tmp_path / "home"
    (home / "x").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    started = time.monotonic()
    lib = TemplateLibrary([shipped_dir("templates"), Path("/"), home])
    assert [(p.file, p.code) for p in lib.problems] == [("/", "bad-folder"),
                                                         (str(home), "bad-folder")]  # fmt: skip
    assert not lib.reload_if_changed()
    assert time.monotonic() - started < 10
    monkeypatch.setattr(library_module, "MAX_FILES", 50)
    big = tmp_path / "big"
    for i in range(60):
        (big / f"d{i}").mkdir(parents=True)
        (big / f"d{i}" / "f.txt").write_text("x")
    shutil.copytree(shipped_dir("templates") / "general-thanks", tmp_path / "small" / "g")
    lib = TemplateLibrary([tmp_path / "small", big])
    assert [(p.file, p.code) for p in lib.problems] == [(str(big), "too-many-files")]
    assert list(lib.templates) == ["general-thanks"]


def test_odd_files_are_problems_not_tracebacks(tmp_path):
    """Issue 15 fault 14: a body or metadata path that is a folder, bad UTF-8, and an
    expression nested 10 000 deep are listed problems or one RenderError."""
    user = _user_layer(tmp_path)
    folder = user / "general-thanks"
    (folder / "general-thanks.es.j2").unlink()
    (folder / "general-thanks.es.j2").mkdir()  # a folder where a body file belongs
    (folder / "general-thanks.de.j2").write_bytes(b"Hallo \xff\xfe\n")
    (folder / "general-thanks.fr.j2").write_text("{{ " + "(" * 10_000 + "1" + ")" * 10_000 + " }}")
    (user / "odd" / "odd.toml").mkdir(parents=True)  # metadata path that is a folder
    with open(folder / "general-thanks.it.j2", "wb") as handle:
        handle.truncate(300_000_000)  # sparse: a huge body is never read
    library = TemplateLibrary([shipped_dir("templates"), user])
    assert any(p.file.endswith("odd.toml") and p.code == "toml-error" for p in library.problems)
    assert any(p.file.endswith("general-thanks.it.j2") and "256 KB" in p.message
               for p in library.problems)  # fmt: skip
    assert "it" not in library.get("general-thanks").bodies
    renderer = Renderer(library)
    problems = {Path(p.file).name: p.message for p in renderer.check()}
    assert "unreadable" in problems["general-thanks.de.j2"]
    assert "nested too deeply" in problems["general-thanks.fr.j2"]
    assert "general-thanks.es.j2" not in problems
    assert renderer.render("general-thanks", "es", {}).lang == "en"  # the folder is no body
    for lang, expected in (("de", "UnicodeDecodeError"), ("fr", "calls itself|nested")):
        with pytest.raises(RenderError, match=expected):
            renderer.render("general-thanks", lang, {})


def test_limits_leave_real_templates_alone(tmp_path):
    """Big amounts as filter subjects, macros, loops over a few items: no false positives."""
    body = ("{% macro row(n) %}- {{ n|amount('USDT') }}{% endmacro %}"
            "Daily limit: {{ 1000000|amount('USDT') }}\n"
            "{% for n in [250000, 5000000] %}{{ row(n) }}\n{% endfor %}"
            "{{ '%-10s|' % 'ok' }} {{ '{:>8}'.format('x') }} {{ 'ab'|center(6) }}\n")  # fmt: skip
    renderer = Renderer(TemplateLibrary([shipped_dir("templates"), _user_layer(tmp_path, body)]))
    text = renderer.render("general-thanks", "en", {}).text
    assert "Daily limit: 1,000,000 USDT" in text and "- 5,000,000 USDT" in text
    assert "ok        | " in text and "       x" in text
