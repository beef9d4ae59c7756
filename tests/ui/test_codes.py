"""Every code the core can emit has agent-readable text in English and Chinese, from the one
table in desktop/ui/codes.py; and the core emits no code it does not declare."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.core import addresses, bip39, entities, lint, scam, sensitive
from desktop.core.paths import REPO_ROOT
from desktop.ui import codes

DECLARED = {
    "entity kinds": entities.KINDS,
    "invalid reasons": addresses.REASONS,
    "network hints": entities.HINT_CODES,
    "secret kinds": sensitive.SENSITIVE_KINDS,
    "wordlists": bip39.WORDLISTS,
    "scam codes": scam.CODES,
    "lint codes": lint.CODES,
    "lint severities": lint.SEVERITIES,
}


def all_codes() -> list[str]:
    return sorted({code for group in DECLARED.values() for code in group})


def _zh_table() -> dict[str, str]:
    root = ET.parse(REPO_ROOT / "translations" / "replybridge_zh_CN.ts").getroot()
    out = {}
    for context in root.iter("context"):
        if context.findtext("name") == codes.CONTEXT:
            for message in context.iter("message"):
                tr = message.find("translation")
                if tr is not None and tr.get("type") != "unfinished":
                    out[message.findtext("source") or ""] = tr.text or ""
    return out


def test_every_declared_code_has_english_and_chinese_text():
    zh = _zh_table()
    missing_en = [c for c in all_codes() if not codes.TEXT.get(c, "").strip()]
    missing_zh = [c for c in all_codes() if not zh.get(codes.TEXT.get(c, ""), "").strip()]
    assert (missing_en, missing_zh) == ([], [])
    assert len(all_codes()) >= 50
    for code in all_codes():
        source, chinese = codes.TEXT[code], zh[codes.TEXT[code]]
        assert sorted(re.findall(r"%\d", source)) == sorted(re.findall(r"%\d", chinese)), code
        assert re.search(r"[\u4e00-\u9fff]", chinese), code


def _emitted_literals(module) -> set[str]:
    """Hyphenated code-like string literals passed to Hint/LintIssue/Finding or returned."""
    tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        values, pattern = [], r"[a-z0-9]+(?:-[a-z0-9]+)+"  # returned: hyphenated codes only
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in (
            "Hint", "LintIssue", "Finding", "_entity", "add"
        ):  # fmt: skip
            values, pattern = node.args[:1], r"[a-z0-9_]+(?:-[a-z0-9]+)*"
        elif isinstance(node, ast.Return) and node.value is not None:
            values = [node.value]
        for value in values:
            for const in ast.walk(value):
                if isinstance(const, ast.Constant) and isinstance(const.value, str):
                    if re.fullmatch(pattern, const.value):
                        found.add(const.value)
    return found


@pytest.mark.parametrize("module", [entities, sensitive, lint, scam])
def test_the_core_emits_only_declared_codes(module):
    known = set(all_codes()) | {"evm", "solana", "ton", "bitcoin", "litecoin", "dogecoin",
                                "tron", "xrp", "high", "warn", "id"}  # fmt: skip  # chains etc.
    assert sorted(_emitted_literals(module) - known) == []


def test_text_fills_arguments_once_and_names_unknown_codes(qapp):
    from desktop.ui.i18n import install_translator

    install_translator(qapp, "en")  # an earlier test may have left the Chinese UI on
    assert (
        codes.text("echoes-secret", "%2") == "The reply repeats a secret (%2) the customer shared."
    )
    assert codes.text("no-such-code") == "Unrecognised problem (no-such-code)."
    assert codes.text("possible-recovery-phrase") == "likely recovery phrase"


def test_the_chinese_ui_shows_chinese_text(qapp, tmp_path):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desktop.ui.i18n import install_translator

    install_translator(qapp, "en")

    tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    qm = tmp_path / "zh.qm"
    ts = REPO_ROOT / "translations" / "replybridge_zh_CN.ts"
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        for code in all_codes():
            assert re.search(r"[\u4e00-\u9fff]", codes.text(code, "X", "Y")), code
        assert codes.text("echoes-secret", codes.text("possible-recovery-phrase")).startswith(
            "\u56de\u590d"
        )
    finally:
        QCoreApplication.removeTranslator(translator)
