"""IME safety: while an input method is composing (Pinyin, Kana, Hangul) no shortcut fires."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


class ImeGuard(QObject):
    """Tracks composition and swallows shortcuts/Enter during it.

    Pressing Enter to pick a Pinyin candidate must not copy the reply or pick a template.
    Only the focused widget composes and receives the shortcut override, so the filter sits
    on that widget alone (it follows the focus): an application-wide Python filter would run
    for every event of every widget, paints included.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._composing: set[int] = set()
        self._watched: QWidget | None = None
        app.focusChanged.connect(self._follow_focus)
        self._follow_focus(None, app.focusWidget())

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._watched is not None:
            try:
                self._watched.removeEventFilter(self)
            except RuntimeError:
                pass  # the widget is already gone
            self._composing.discard(id(self._watched))
        self._watched = new
        if new is not None:
            new.installEventFilter(self)

    @property
    def composing(self) -> bool:
        return bool(self._composing)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            key = id(watched)
            if event.preeditString():
                self._composing.add(key)
            else:
                self._composing.discard(key)
            return False
        if kind == QEvent.Type.FocusOut:
            self._composing.discard(id(watched))
            return False
        if self._composing and kind == QEvent.Type.ShortcutOverride:
            # Accepting the override tells Qt the focused widget wants the key: no shortcut.
            event.accept()
            return True
        if self._composing and kind == QEvent.Type.Shortcut:
            return True
        if (
            self._composing
            and kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (0x01000004, 0x01000005)  # Key_Return, Key_Enter
        ):
            return True
        return False


def guard() -> ImeGuard:
    """The application's guard, created on first use."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    existing = app.findChild(ImeGuard)
    return existing if existing is not None else ImeGuard(app)
