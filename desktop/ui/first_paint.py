"""Widget settings for the skeleton window that stay clear of PySide6's `Qt` namespace.

The first use of any `Qt.*` enum makes PySide6 build every enum of the namespace at once:
30-45 ms measured here, about a fifth of a bare PySide6 window's whole start-up. The skeleton
shown first sets its few enum-typed properties through Qt's property system, by their
documented values; code that runs after the first paint uses `Qt.*` as usual.
tests/ui/test_startup_imports.py checks that the namespace is still untouched when the
window has painted.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QToolBar, QWidget

_VERTICAL = 2  # Qt::Vertical
_PLAIN_TEXT = 0  # Qt::PlainText
_TEXT_ONLY = 1  # Qt::ToolButtonTextOnly


def splitter(parent: QWidget, name: str, vertical: bool) -> QSplitter:
    split = QSplitter(parent=parent)  # horizontal; by keyword, or overload matching builds `Qt`
    split.setObjectName(name)
    if vertical:
        split.setProperty("orientation", _VERTICAL)
    split.setChildrenCollapsible(False)
    return split


def plain_label(parent: QWidget, name: str = "") -> QLabel:
    """A label that never interprets its text as rich text (customer text is data)."""
    label = QLabel(parent)
    if name:
        label.setObjectName(name)
    label.setProperty("textFormat", _PLAIN_TEXT)
    return label


def button(text: str, parent: QWidget) -> QPushButton:
    """QPushButton(text, parent) would match the (icon, text) overload and build QIcon."""
    push = QPushButton(parent=parent)
    push.setText(text)
    return push


def pane_title(text: str, parent: QWidget) -> QLabel:
    """A pane's bold title: a style sheet on the label alone (on the window it would restyle
    every widget; a QFont would build QFont's enums before the first paint)."""
    label = QLabel(text, parent)
    label.setObjectName("paneTitle")
    label.setStyleSheet("font-weight: bold")
    return label


def text_only(toolbar: QToolBar) -> None:
    toolbar.setProperty("toolButtonStyle", _TEXT_ONLY)
