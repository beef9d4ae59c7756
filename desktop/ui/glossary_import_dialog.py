"""Preview of a glossary import before anything is written: new concepts, changed terms and
fields, conflicts and skipped rows (the diff itself is computed in core: glossary/diff.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.glossary.diff import ImportConflict, ImportPreview
from desktop.core.glossary.model import Problem


def fill(text: str, *values: object) -> str:
    """Put values into a translated text's %1, %2... in one pass (translations may reorder)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m[1]) - 1]) if 0 < int(m[1]) <= len(values)
                  else m[0], text)  # fmt: skip


class GlossaryImportDialog(QDialog):
    def __init__(self, preview: ImportPreview, file_name: str, file_format: str,
                 encoding: str, problems: Sequence[Problem],
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("glossaryImportDialog")
        self.setWindowTitle(self.tr("Import glossary: preview"))
        self.resize(720, 520)
        self.preview = preview
        source = file_format
        if encoding:
            source = fill(self.tr("%1, encoding %2"), file_format, encoding)
        summary = fill(
            self.tr("%1 (%2): %3 new concepts, %4 changed, %5 unchanged, %6 new do-not-translate terms, %7 not imported."),  # noqa: E501
            file_name, source, len(preview.new), len(preview.changed), len(preview.unchanged),
            len(preview.new_dnt), len(problems),
        )  # fmt: skip
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("importTree")
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Before"), self.tr("After")])
        self._fill(problems)
        self.buttons = QDialogButtonBox(self)
        self.apply_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("importApply")
        self.apply_button.setEnabled(preview.writes_anything)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.buttons)

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [fill(title, count)])
        item.setExpanded(count <= 50)
        return item

    def _fill(self, problems: Sequence[Problem]) -> None:
        p = self.preview
        if p.conflicts:
            group = self._group(self.tr("Conflicts (%1)"), len(p.conflicts))
            for conflict in p.conflicts:
                QTreeWidgetItem(group, [self.conflict_text(conflict)])
        if p.new:
            group = self._group(self.tr("New concepts (%1)"), len(p.new))
            for cid in p.new:
                QTreeWidgetItem(group, [cid])
        if p.changed:
            group = self._group(self.tr("Changed concepts (%1)"), len(p.changed))
            parents = {cid: QTreeWidgetItem(group, [cid]) for cid in p.changed}
            for change in p.changes:
                QTreeWidgetItem(parents[change.concept_id],
                                [change.field, change.before, change.after])  # fmt: skip
        if p.new_dnt:
            group = self._group(self.tr("New do-not-translate terms (%1)"), len(p.new_dnt))
            for text in p.new_dnt:
                QTreeWidgetItem(group, [text])
        if problems:
            group = self._group(self.tr("Not imported (%1)"), len(problems))
            for problem in problems:
                where = f"{problem.line}: " if problem.line else ""
                QTreeWidgetItem(group, [where + problem.message])
        self.tree.resizeColumnToContents(0)

    def conflict_text(self, conflict: ImportConflict) -> str:
        if conflict.code == "edited-locally":
            text = self.tr(
                "%1: you changed this concept in your own glossary; the import replaces your version"  # noqa: E501
            )
            return fill(text, conflict.concept_id)
        text = self.tr("%1: the %2 term \u201c%3\u201d is already the preferred term of %4")
        return fill(text, conflict.concept_id, conflict.lang, conflict.term, conflict.other_id)
