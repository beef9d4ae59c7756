"""UI language: pick English or Simplified Chinese and install the compiled Qt translation."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.core.paths import shipped_dir

SUPPORTED = ("en", "zh_CN")


def resolve_ui_language(setting: str, system: QLocale | None = None) -> str:
    """The setting when given, else the system locale: any Chinese locale -> zh_CN, else en."""
    if setting in SUPPORTED:
        return setting
    locale = system or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def install_translator(app: QApplication, ui_lang: str) -> QTranslator | None:
    """Load translations/replybridge_<lang>.qm; English needs none. Returns the translator."""
    for old in app.findChildren(QTranslator, "replybridgeTranslator"):
        app.removeTranslator(old)
        old.deleteLater()
    if ui_lang == "en":
        return None
    translator = QTranslator(app)
    translator.setObjectName("replybridgeTranslator")
    qm = shipped_dir("translations") / f"replybridge_{ui_lang}.qm"
    if not translator.load(str(qm)):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    return translator
