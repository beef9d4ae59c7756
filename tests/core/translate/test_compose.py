"""Replies in the customer's language: native bodies, or MT with approved locked sentences."""

from __future__ import annotations

from desktop.core.compose import compose
from desktop.core.lint import lint_reply
from desktop.core.paths import shipped_dir
from desktop.core.templates.library import TemplateLibrary
from desktop.core.templates.render import Renderer

RENDERER = Renderer(TemplateLibrary([shipped_dir("templates")]))


def _without_spanish(tmp_path, *ids):
    """The shipped templates as a team would have them before their Spanish bodies existed."""
    import shutil

    root = tmp_path / "templates"
    shutil.copytree(shipped_dir("templates") / "_shared", root / "_shared")
    for template_id in ids:
        shutil.copytree(shipped_dir("templates") / template_id, root / template_id)
        (root / template_id / f"{template_id}.es.j2").unlink()
    return Renderer(TemplateLibrary([root]))
TXID = "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"


def test_native_spanish_body_is_used(engine):
    reply = compose(RENDERER, engine, "deposit-not-credited", "es", "zh-Hans", {"txid": TXID})
    assert reply.native and reply.lang == "es" and TXID in reply.text


def test_native_body_with_back_translation(engine):
    reply = compose(RENDERER, engine, "deposit-not-credited", "zh", "en", {"txid": TXID})
    assert reply.native and not reply.machine_translated and reply.lang == "zh-Hans"
    assert TXID in reply.text and "\u52a9\u8bb0\u8bcd" in reply.text  # approved 'recovery phrase'
    assert reply.back is not None and TXID in reply.back


def test_machine_translated_parts_keep_approved_locked_sentences(engine, tmp_path):
    # Without a Spanish body, Spanish goes through MT.
    renderer = _without_spanish(tmp_path, "scam-report")
    reply = compose(renderer, engine, "scam-report", "es", "zh-Hans", {"case_id": "C-20481"})
    assert not reply.native and reply.machine_translated and reply.lang == "es"
    for key in ("never-share-secrets", "official-channels-only"):
        assert renderer.locked_text(key, "es") in reply.text
    assert "C-20481" in reply.text
    assert lint_reply(reply.text, variables={"case_id": "C-20481"}) == []
    assert reply.back is not None  # es -> en -> zh-Hans through the pivot


def test_no_pack_falls_back_to_english_with_a_warning(tmp_path):
    from desktop.core.translate.argos import ArgosEngine

    reply = compose(RENDERER, ArgosEngine(tmp_path / "none"), "general-thanks", "fr", "zh-Hans", {})
    assert reply.lang == "en" and "mt-unavailable" in reply.warnings


def test_glossary_terms_are_enforced_in_machine_translated_parts(engine, tmp_path):
    from desktop.core.glossary import load_layers

    renderer = _without_spanish(tmp_path, "wallet-backup")
    glossary = load_layers([shipped_dir("glossary")])
    approved = glossary[0].concepts["recovery-phrase"].preferred("es")
    with_glossary = compose(
        renderer, engine, "wallet-backup", "es", "zh-Hans", {}, glossary=glossary
    )
    without = compose(renderer, engine, "wallet-backup", "es", "zh-Hans", {})
    # The locked sentences carry the term; the body's "recovery phrase" (machine-translated
    # part) becomes the approved Spanish term only when the glossary is applied.
    keys = renderer.library.get("wallet-backup").locked
    in_locked = sum(renderer.locked_text(key, "es").count(approved) for key in keys)
    assert in_locked >= 1 and without.text.count(approved) == in_locked
    assert with_glossary.text.count(approved) > in_locked
