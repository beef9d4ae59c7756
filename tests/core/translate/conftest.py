"""Real tiny packs for translation tests (built once per session, installed per test)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.packbuilder import build_word_pack

EN_ES = {"hello": "hola", "world": "mundo", "my": "mi", "deposit": "dep\u00f3sito", "is": "es",
         "withdrawal": "retiro", "pending": "pendiente", "thanks": "gracias", "wallet": "billetera"}  # fmt: skip
ES_EN = {v: k for k, v in EN_ES.items()}
EN_ZH = {"hello": "\u4f60\u597d", "world": "\u4e16\u754c", "deposit": "\u5145\u503c",
         "withdrawal": "\u63d0\u73b0", "pending": "\u5904\u7406\u4e2d"}  # fmt: skip


@pytest.fixture(scope="session")
def pack_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("packfiles")
    return {
        "en-es": build_word_pack(root, "en", "es", EN_ES),
        "es-en": build_word_pack(root, "es", "en", ES_EN),
        "en-zh": build_word_pack(root, "en", "zh", EN_ZH),
        "zh-en": build_word_pack(root, "zh", "en", {v: k for k, v in EN_ZH.items()}),
    }


@pytest.fixture(scope="session")
def installed_template(
    tmp_path_factory: pytest.TempPathFactory, pack_files: dict[str, Path]
) -> Path:
    """The four packs installed once (install itself is tested in test_packs.py)."""
    from desktop.core.translate.packs import install_from_file

    target = tmp_path_factory.mktemp("installed") / "packs"
    for path in pack_files.values():
        install_from_file(target, path)
    return target


@pytest.fixture
def packs_dir(tmp_path: Path, installed_template: Path) -> Path:
    target = tmp_path / "packs"
    shutil.copytree(installed_template, target)
    return target


@pytest.fixture
def engine(packs_dir: Path):
    from desktop.core.translate.argos import ArgosEngine

    return ArgosEngine(packs_dir)
