"""The template pane: suggestions, type-ahead search, and the variables form."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QListWidget,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.first_paint import pane_title, splitter


class TemplatePane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = pane_title("", self)
        self.search = QLineEdit(self)
        self.search.setObjectName("templateSearch")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("templateList")
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("variablesForm")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.form_host)
        self.split = splitter(self, "templateSplit", vertical=True)
        self.split.addWidget(self.list)
        self.split.addWidget(self.scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addWidget(self.split, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Templates"))
        self.search.setPlaceholderText(self.tr("Search templates (Ctrl+T)"))
