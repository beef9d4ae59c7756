"""Desk helpers: tray icon, compact always-on-top mode, and the optional clipboard watch."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QPixmap
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QSystemTrayIcon, QWidget

COMPACT_SIZE = (460, 640)


class ClipboardWatch(QObject):
    """Emits new customer text copied elsewhere; ignores what ReplyBridge itself put there."""

    text_copied = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = False
        self._own: set[str] = set()
        self._last = ""
        QGuiApplication.clipboard().dataChanged.connect(self._changed)

    def ignore(self, text: str) -> None:
        """Text we are about to copy ourselves (the reply): never treat it as incoming."""
        self._own.add(text)

    def _changed(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not self.enabled or not text.strip() or text == self._last:
            return
        self._last = text
        if text in self._own:
            self._own.discard(text)
            return
        self.text_copied.emit(text)


class CompactMode:
    """Shows only Incoming (with the chip) and Reply, small, and on top when the setting says."""

    def __init__(self, window: QMainWindow, hide: list[QWidget], split: QSplitter,
                 on_top: bool = True) -> None:  # fmt: skip
        self.window = window
        self.on_top = on_top  # the `compact_on_top` setting: above the helpdesk window
        self.hide = hide
        self.split = split
        self.active = False
        self._geometry = window.saveGeometry()

    def set_active(self, active: bool) -> None:
        if active == self.active:
            return
        self.active = active
        win = self.window
        if active:
            self._geometry = win.saveGeometry()
        for widget in self.hide:
            widget.setVisible(not active)
        # Side by side is too wide beside a helpdesk: stack message over reply.
        self.split.setOrientation(Qt.Orientation.Vertical if active else Qt.Orientation.Horizontal)
        win.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, active and self.on_top)
        central = win.centralWidget()
        if central is not None and central.layout() is not None:
            central.layout().activate()
        win.layout().activate()
        if active:
            win.resize(*COMPACT_SIZE)
        else:
            win.restoreGeometry(self._geometry)
        win.show()


def app_icon() -> QIcon:
    from desktop.core.paths import REPO_ROOT

    for candidate in (REPO_ROOT / "build" / "icon" / "replybridge.png",):
        if candidate.exists():
            return QIcon(str(candidate))
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.darkBlue)
    return QIcon(pixmap)


def make_tray(window: QMainWindow, actions: list[QAction]) -> QSystemTrayIcon | None:
    """A tray icon with the desk actions, where the desktop has a tray (not offscreen)."""
    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), window)
    menu = QMenu(window)
    show = menu.addAction(QCoreApplication.translate("Tray", "Show ReplyBridge"))
    show.triggered.connect(window.showNormal)
    show.triggered.connect(window.activateWindow)
    for action in actions:
        menu.addAction(action)
    tray.setContextMenu(menu)
    tray.setToolTip("ReplyBridge")
    tray.activated.connect(
        lambda reason: (
            (window.showNormal(), window.activateWindow())
            if reason == QSystemTrayIcon.ActivationReason.Trigger
            else None
        )
    )
    tray.show()
    return tray
