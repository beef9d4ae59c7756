"""History of copied replies: search, and export to CSV for quality reviews."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.workers import run_op


def _search_job(ctx: Any, store: Any, query: str) -> Any:
    return store.search(query)


def _export_job(ctx: Any, store: Any, path: Path) -> Path:
    from desktop.core.atomic import write_text

    write_text(path, store.export_csv())
    return path


class HistoryDialog(QDialog):
    searched = Signal(int)
    exported = Signal(str)

    def __init__(self, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.setWindowTitle(self.tr("Sent replies"))
        self.resize(760, 480)
        self.store = store
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(self.tr("Search replies, messages or template ids"))
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Copied"), self.tr("Language"), self.tr("Template"), self.tr("Reply")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.export_button = QPushButton(self.tr("Export CSV..."), self)
        self.note = QLabel(
            self.tr("Recovery phrases and keys are removed before anything is saved."), self
        )
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.export_button.clicked.connect(self.choose_export)
        self.refresh()

    def refresh(self) -> None:
        run_op(_search_job, self.store, self.search.text(), success=self._show, owner=self)

    def _show(self, replies: list[Any]) -> None:
        self.table.setRowCount(len(replies))
        for row, r in enumerate(replies):
            stamp = time.strftime("%Y-%m-%d %H:%M", time.localtime(r.copied_at))
            values = (stamp, r.customer_lang, r.template_id, r.reply.replace("\n", " ")[:200])
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.searched.emit(len(replies))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export history"), "history.csv",
                                              self.tr("CSV files (*.csv)"))  # fmt: skip
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        run_op(_export_job, self.store, path, success=lambda p: self.exported.emit(str(p)),
               owner=self)  # fmt: skip
