"""Language packs dialog: installed packs, install from a file, download from an index, remove."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.workers import Op, run_op


def _install_job(ctx: Any, packs_dir: Path, path: Path) -> Any:
    from desktop.core.translate.packs import install_from_file

    return install_from_file(packs_dir, path, ctx.progress, ctx.cancel_event)


def _index_job(ctx: Any, url: str, secrets: Any) -> Any:
    from desktop.core.translate.packindex import fetch_index

    token = secrets.get("pack-mirror-token") if secrets is not None else None
    return fetch_index(url, token=token)


def _download_job(ctx: Any, packs_dir: Path, entry: Any, secrets: Any) -> Any:
    from desktop.core.translate.packindex import download

    token = secrets.get("pack-mirror-token") if secrets is not None else None
    return download(packs_dir, entry, ctx.progress, ctx.cancel_event, token=token)


def _list_job(ctx: Any, packs_dir: Path) -> Any:
    from desktop.core.translate.packs import list_installed

    return list_installed(packs_dir)


def _remove_job(ctx: Any, packs_dir: Path, codes: list[str]) -> Any:
    from desktop.core.translate.packs import remove

    return [remove(packs_dir, code) for code in codes]


def _size_text(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


class PacksDialog(QDialog):
    changed = Signal()  # a pack was installed or removed
    listed = Signal()
    index_loaded = Signal()
    failed = Signal(str)
    idle = Signal()  # the running operation ended (done, failed or cancelled)

    def __init__(
        self, packs_dir: Path, index_url: str, parent: QWidget | None = None, secrets: Any = None
    ) -> None:
        super().__init__(parent)
        self._secrets = secrets
        self.setObjectName("packsDialog")
        self.setWindowTitle(self.tr("Language packs"))
        self.resize(640, 520)
        self.packs_dir = packs_dir
        self._op: Op | None = None
        self._cancelled = False
        self._entries: list[Any] = []
        self._packs: list[Any] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("installedPacks")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Languages"), self.tr("Version"), self.tr("Size")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.install_button = QPushButton(self.tr("Install from file..."), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.url = QLineEdit(index_url, self)
        self.url.setObjectName("indexUrl")
        self.load_button = QPushButton(self.tr("Show available packs"), self)
        self.available = QListWidget(self)
        self.available.setObjectName("availablePacks")
        self.download_button = QPushButton(self.tr("Download"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.hide()
        self.message = QLabel(self)
        self.message.setObjectName("packsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.install_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        index_row = QHBoxLayout()
        index_row.addWidget(QLabel(self.tr("Index or team mirror:"), self))
        index_row.addWidget(self.url, 1)
        index_row.addWidget(self.load_button)
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Installed (used offline; nothing is downloaded unless you ask):"), self)
        )
        layout.addWidget(self.table, 2)
        layout.addLayout(row)
        layout.addLayout(index_row)
        layout.addWidget(self.available, 2)
        layout.addWidget(self.download_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        self.install_button.clicked.connect(self.choose_file)
        self.remove_button.clicked.connect(self.remove_selected)
        self.load_button.clicked.connect(self.load_index)
        self.download_button.clicked.connect(self.download_selected)
        self.cancel_button.clicked.connect(self.cancel)
        self.refresh()

    # -- listing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        run_op(_list_job, self.packs_dir, success=self._show_installed, owner=self)

    def _show_installed(self, packs: list[Any]) -> None:
        self.table.setRowCount(len(packs))
        self._packs = packs
        for row, pack in enumerate(packs):
            self.table.setItem(row, 0, QTableWidgetItem(f"{pack.source} \u2192 {pack.target}"))
            self.table.setItem(row, 1, QTableWidgetItem(pack.version))
            self.table.setItem(row, 2, QTableWidgetItem(_size_text(pack.size)))
        self.listed.emit()

    # -- one operation at a time -----------------------------------------------------------
    def _start(self, fn: Any, *args: Any, success: Any, failure: Any, progress: bool) -> None:
        """Each operation owns its handle: a late signal of an earlier one touches nothing."""
        self._busy(True, progress)
        self._cancelled = False
        mine: list[Op] = []

        def then(callback: Any) -> Any:
            # Idle again before the result is shown: whoever reacts to it (a signal, a test,
            # the agent's next click) finds the buttons enabled.
            def run(value: Any) -> None:
                if self._op is not mine[0]:
                    return
                self._busy(False)
                callback(value)

            return run

        def finished() -> None:
            if self._op is mine[0]:
                self._on_finished()

        op = run_op(fn, *args, success=then(success), failure=then(failure),
                    progress=(lambda f, m: self._op is mine[0] and self._on_progress(f, m))
                    if progress else None,
                    finished=finished, owner=self)  # fmt: skip
        mine.append(op)
        self._op = op

    def _busy(self, busy: bool, progress: bool = False) -> None:
        for button in (
            self.install_button,
            self.remove_button,
            self.load_button,
            self.download_button,
        ):
            button.setEnabled(not busy)
        self.progress.setVisible(busy and progress)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        if busy:
            self.progress.setValue(0)

    def _on_finished(self) -> None:
        self._op = None
        self._busy(False)
        if self._cancelled:
            self.message.setText(self.tr("Cancelled. Nothing was installed."))
        self.idle.emit()

    def _on_progress(self, fraction: float, _message: str) -> None:
        self.progress.setValue(int(fraction * 100))

    def _failed(self, text: str, exc: BaseException) -> None:
        self.message.setText(text.replace("%1", str(exc)))
        self.failed.emit(str(exc))

    def _on_installed(self, pack: Any) -> None:
        text = self.tr("Installed %1 \u2192 %2 (version %3).")
        self.message.setText(text.replace("%1", pack.source).replace("%2", pack.target)
                             .replace("%3", pack.version))  # fmt: skip
        self.refresh()
        self.changed.emit()

    def cancel(self) -> None:
        if self._op is not None:
            self._cancelled = True
            self._op.cancel()
            self.cancel_button.setEnabled(False)
            self.message.setText(self.tr("Cancelling..."))

    def done(self, result: int) -> None:
        """Closing the dialog cancels a running download or install."""
        if self._op is not None:
            self._op.cancel()
        super().done(result)

    # -- actions ---------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Install language pack"), "", self.tr("Argos packs (*.argosmodel)")
        )
        if path:
            self.install_file(Path(path))

    def install_file(self, path: Path) -> None:
        self.message.setText(self.tr("Checking the pack..."))
        self._start(_install_job, self.packs_dir, path, success=self._on_installed,
                    failure=lambda exc: self._failed(self.tr("Not installed: %1"), exc),
                    progress=True)  # fmt: skip

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        codes = [self._packs[row].code for row in rows if row < len(self._packs)]
        if not codes:
            self.message.setText(self.tr("Choose a pack to remove first."))
            return
        self._start(_remove_job, self.packs_dir, codes, success=self._on_removed,
                    failure=lambda exc: self._failed(self.tr("Not removed: %1"), exc),
                    progress=False)  # fmt: skip

    def _on_removed(self, packs: list[Any]) -> None:
        self.message.setText(self.tr("Removed %n pack(s).", "", len(packs)))
        self.refresh()
        self.changed.emit()

    def load_index(self) -> None:
        self.message.setText(self.tr("Reading the index..."))
        self._start(_index_job, self.url.text().strip(), self._secrets, success=self._show_index,
                    failure=lambda exc: self._failed(self.tr("Cannot read the index: %1"), exc),
                    progress=False)  # fmt: skip

    def _show_index(self, entries: list[Any]) -> None:
        self._entries = entries
        self.available.clear()
        for entry in entries:
            label = f"{entry.source} \u2192 {entry.target}  ({entry.version})"
            if entry.size:
                label += f"  {_size_text(entry.size)}"
            item = QListWidgetItem(label)
            item.setToolTip(entry.links[0])
            self.available.addItem(item)
        self.message.setText(self.tr("%n pack(s) available.", "", len(entries)))
        self.index_loaded.emit()

    def download_selected(self) -> None:
        row = self.available.currentRow()
        if not 0 <= row < len(self._entries):
            self.message.setText(self.tr("Choose a pack to download first."))
            return
        self.message.setText(self.tr("Downloading..."))
        self._start(_download_job, self.packs_dir, self._entries[row], self._secrets,
                    success=self._on_installed,
                    failure=lambda exc: self._failed(self.tr("Not installed: %1"), exc),
                    progress=True)  # fmt: skip
