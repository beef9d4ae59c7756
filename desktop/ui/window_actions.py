"""The main window's actions, toolbar and menus: built before the first paint, wired after it.

Building them early keeps the first frame in its final layout (no toolbar popping in);
shortcuts, tooltips and slots come once the window's flows exist (`connect`), a moment later.
The skeleton avoids overloads that would make PySide6 build QIcon's or QKeySequence's
enums (hundreds of members) before the first paint; see first_paint.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from desktop.ui.first_paint import text_only

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


# attribute, text, shortcut, object name, checkable
ACTIONS = (
    ("paste_action", QT_TRANSLATE_NOOP("MainWindow", "Paste && detect"), "Ctrl+Shift+V",
     "pasteDetect", False),
    ("focus_reply_action", QT_TRANSLATE_NOOP("MainWindow", "Focus reply"), "Ctrl+R",
     "focusReply", False),
    ("copy_action", QT_TRANSLATE_NOOP("MainWindow", "Copy reply"), "Ctrl+Return", "copyReply",
     False),
    ("search_action", QT_TRANSLATE_NOOP("MainWindow", "Search templates"), "Ctrl+T",
     "searchTemplates", False),
    ("settings_action", QT_TRANSLATE_NOOP("MainWindow", "Settings..."), "Ctrl+,",
     "openSettings", False),
    ("quit_action", QT_TRANSLATE_NOOP("MainWindow", "Quit"), "Ctrl+Q", "quit", False),
    ("new_action", QT_TRANSLATE_NOOP("MainWindow", "New conversation"), "Ctrl+N",
     "newConversation", False),
    ("close_conv_action", QT_TRANSLATE_NOOP("MainWindow", "Close conversation"), "Ctrl+W",
     "closeConversation", False),
    ("history_action", QT_TRANSLATE_NOOP("MainWindow", "Sent replies..."), "Ctrl+H",
     "openHistory", False),
    ("packs_action", QT_TRANSLATE_NOOP("MainWindow", "Language packs..."), "Ctrl+Shift+P",
     "openPacks", False),
    ("translate_reply_action", QT_TRANSLATE_NOOP("MainWindow", "Translate reply"),
     "Ctrl+Shift+T", "translateReply", False),
    ("compact_action", QT_TRANSLATE_NOOP("MainWindow", "Compact mode"), "Ctrl+Shift+M",
     "compactMode", True),
    ("watch_action", QT_TRANSLATE_NOOP("MainWindow", "Watch clipboard"), "Ctrl+Shift+W",
     "watchClipboard", True),
    ("glossary_editor_action", QT_TRANSLATE_NOOP("MainWindow", "Glossary editor..."),
     "Ctrl+Shift+E", "glossaryEditor", False),
    ("add_term_action", QT_TRANSLATE_NOOP("MainWindow", "Add term from selection"),
     "Ctrl+Shift+G", "addTerm", False),
)  # fmt: skip


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build(window: MainWindow) -> None:
    """Create every action (text only: shortcuts and slots come in `connect`), toolbar, menus."""
    w = window
    for attr, source, _shortcut, name, checkable in ACTIONS:
        action = QAction(parent=w)  # by keyword: the (icon, text) overload would build QIcon
        action.setText(_tr(source))
        action.setObjectName(name)
        action.setCheckable(checkable)
        w.addAction(action)
        setattr(w, attr, action)

    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"), w)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    text_only(toolbar)
    for action in (w.paste_action, w.search_action, w.focus_reply_action, w.compact_action,
                   w.watch_action):  # fmt: skip
        toolbar.addAction(action)
    w.addToolBar(toolbar)  # top
    w.toolbar = toolbar

    menu = w.menuBar()
    file_menu = _menu(menu, QCoreApplication.translate("MainWindow", "&File"))
    w.file_menu = file_menu
    for action in (w.new_action, w.close_conv_action, w.paste_action, w.copy_action):
        file_menu.addAction(action)
    file_menu.addSeparator()
    file_menu.addAction(w.settings_action)
    file_menu.addAction(w.quit_action)
    w.tools_menu = _menu(menu, QCoreApplication.translate("MainWindow", "&Tools"))
    w.tools_menu.addAction(w.search_action)
    w.tools_menu.addAction(w.focus_reply_action)
    w.tools_menu.addSeparator()
    w.tools_menu.addAction(w.packs_action)
    w.tools_menu.addAction(w.history_action)
    w.tools_menu.addSeparator()
    w.tools_menu.addAction(w.glossary_editor_action)
    w.tools_menu.addAction(w.add_term_action)
    view_menu = _menu(menu, QCoreApplication.translate("MainWindow", "&View"))
    w.view_menu = view_menu
    view_menu.addAction(w.compact_action)
    view_menu.addAction(w.watch_action)


def retranslate(window: MainWindow) -> None:
    """Action, toolbar and menu texts in the current interface language (in place)."""
    w = window
    for attr, source, _shortcut, _name, _checkable in ACTIONS:
        action: QAction = getattr(w, attr)
        action.setText(_tr(source))
        if not action.shortcut().isEmpty():
            from PySide6.QtGui import QKeySequence

            native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{action.text().replace('&&', '&')} ({native})")
    w.toolbar.setWindowTitle(_tr("Main"))
    w.file_menu.setTitle(_tr("&File"))
    w.tools_menu.setTitle(_tr("&Tools"))
    w.view_menu.setTitle(_tr("&View"))


def _menu(bar: QMenuBar, title: str) -> QMenu:
    menu = QMenu(title, bar)  # addMenu(title) would match the (icon, title) overload: QIcon
    bar.addMenu(menu)
    return menu


def connect(window: MainWindow) -> None:
    """Shortcuts, tooltips and slots (the flows the slots call exist by now)."""
    from PySide6.QtGui import QKeySequence

    from desktop.ui import glossary_actions

    w = window
    for attr, _source, shortcut, _name, _checkable in ACTIONS:
        action: QAction = getattr(w, attr)
        action.setShortcut(QKeySequence(shortcut))  # context: the default, Qt::WindowShortcut
        native = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text().replace('&&', '&')} ({native})")
    slots: dict[QAction, Callable[[], object]] = {
        w.paste_action: w.paste_and_detect,
        w.focus_reply_action: w.focus_reply,
        w.copy_action: w.copy_reply,
        w.search_action: w.focus_template_search,
        w.settings_action: w.open_settings,
        w.quit_action: w.close,
        w.new_action: w.model.new,
        w.close_conv_action: w.tabs_view.close_current,
        w.history_action: w.open_history,
        w.packs_action: w.open_packs,
        w.translate_reply_action: w.reply_view.translate_reply,
        w.compact_action: w.toggle_compact,
        w.watch_action: w.toggle_watch,
        w.glossary_editor_action: lambda: glossary_actions.open_editor(w),
        w.add_term_action: w.add_term_from_selection,
    }
    for action, slot in slots.items():
        action.triggered.connect(slot)
