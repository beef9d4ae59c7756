"""Qt fixtures: a ready main window, and a check that no test leaves background work running."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture(autouse=True)
def no_leftover_threads(qapp: object) -> Iterator[None]:
    yield
    pool = QThreadPool.globalInstance()
    drained = pool.waitForDone(20_000)
    assert drained, "a test left background operations running"


@pytest.fixture
def window(qtbot: object) -> Iterator[object]:
    from desktop.ui.app import application, create_window

    app = application([])
    win = create_window(app, ["--lang", "en"])
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.services.detector.load()  # type: ignore[attr-defined]
    from desktop.ui.services import warm_up

    warm_up()  # what the app does in the background at start-up
    win.services.detector_ready = True  # type: ignore[attr-defined]
    win.show()  # type: ignore[attr-defined]
    win.compose.start()  # type: ignore[attr-defined]  # as run_gui does once shown
    yield win
    QThreadPool.globalInstance().waitForDone(20_000)


@pytest.fixture(scope="session")
def ui_pack_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    from tests.packbuilder import build_word_pack

    root = tmp_path_factory.mktemp("ui-packs")
    es_en = {"hola": "hello", "retiro": "withdrawal", "mi": "my", "no": "not", "ha": "has",
             "llegado": "arrived", "gracias": "thanks"}  # fmt: skip
    en_zh = {"hello": "\u4f60\u597d", "withdrawal": "\u63d0\u73b0", "my": "\u6211\u7684",
             "not": "\u6ca1\u6709", "has": "\u5df2", "arrived": "\u5230\u8d26",
             "thanks": "\u8c22\u8c22"}  # fmt: skip
    return {
        "es-en": build_word_pack(root, "es", "en", es_en),
        "en-es": build_word_pack(root, "en", "es", {v: k for k, v in es_en.items()}),
        "en-zh": build_word_pack(root, "en", "zh", en_zh),
        "zh-en": build_word_pack(root, "zh", "en", {v: k for k, v in en_zh.items()}),
    }


@pytest.fixture
def installed_packs(ui_pack_files: dict[str, object]) -> object:
    from desktop.core import paths
    from desktop.core.translate.packs import install_from_file

    for path in ui_pack_files.values():
        install_from_file(paths.packs_dir(), path)  # type: ignore[arg-type]
    return paths.packs_dir()
