"""Glossary editor for maintainers: search, add/edit/delete concepts and terms, undo, a safe save
into the user's layer (merging a colleague's changes made meanwhile), imports with a preview and
exports (menu actions in glossary_editor_io.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.glossary.csvfmt import format_cell, parse_cell
from desktop.core.glossary.model import LANGS, Concept, DntTerm
from desktop.core.glossary.store import GlossaryStore

POS = ("noun", "verb", "adjective", "phrase")
Change = tuple[str, "Concept | None", "Concept | None"]  # id, before, after


class _SetConcepts(QUndoCommand):
    """Replace (or add/remove) concepts as one step; undo puts the old ones back. An import is
    one such step for all its concepts, and the list is redrawn once."""

    def __init__(self, editor: GlossaryEditor, changes: list[Change], text: str) -> None:
        super().__init__(text)
        self.editor, self.changes = editor, changes

    def redo(self) -> None:
        self.editor._apply_all([(cid, after) for cid, _before, after in self.changes])

    def undo(self) -> None:
        self.editor._apply_all([(cid, before) for cid, before, _after in self.changes])


class _SetConcept(_SetConcepts):
    """One edit = replace (or add/remove) one concept."""

    def __init__(self, editor: GlossaryEditor, cid: str, before: Concept | None,
                 after: Concept | None, text: str) -> None:  # fmt: skip
        super().__init__(editor, [(cid, before, after)], text)


class GlossaryEditor(QDialog):
    saved = Signal()

    def __init__(self, store: GlossaryStore, shipped: dict[str, Concept], agent_lang: str,
                 parent: QWidget | None = None,
                 dnt: list[DntTerm] | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("glossaryEditor")
        self.setWindowTitle(self.tr("Glossary editor"))
        self.resize(900, 600)
        self.store = store
        self.agent_lang = agent_lang
        self.concepts: dict[str, Concept] = {**shipped, **store.base}
        self.user_ids = set(store.base)
        self.dnt: list[DntTerm] = list(dnt or [])  # every layer's, for exports and previews
        self.import_dialog: QDialog | None = None  # the open import preview, if any
        self.undo = QUndoStack(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search terms in any language"))
        self.list = QListWidget(self)
        self.id_edit = QLineEdit(self)
        self.pos = QComboBox(self)
        self.pos.addItems(list(POS))
        self.def_en = QLineEdit(self)
        self.def_zh = QLineEdit(self)
        self.note = QLineEdit(self)
        self.terms = QTableWidget(len(LANGS), 1, self)
        self.terms.setHorizontalHeaderLabels(
            [self.tr("Terms (first = preferred, !term = forbidden)")]
        )
        self.terms.setVerticalHeaderLabels(list(LANGS))
        self.terms.horizontalHeader().setStretchLastSection(True)
        self.error = QLabel(self)
        self.error.setObjectName("glossaryError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #c62828;")
        self.status = QLabel(self)
        self.status.setObjectName("glossaryStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New concept"), self)
        self.apply_button = QPushButton(self.tr("Apply"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        form = QFormLayout()
        form.addRow(self.tr("Concept id"), self.id_edit)
        form.addRow(self.tr("Part of speech"), self.pos)
        form.addRow(self.tr("Definition (English)"), self.def_en)
        form.addRow(self.tr("Definition (Chinese)"), self.def_zh)
        form.addRow(self.tr("Note"), self.note)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.terms, 1)
        right.addWidget(self.error)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.apply_button, self.delete_button, self.save_button):
            buttons.addWidget(b)
        right.addLayout(buttons)
        right.addWidget(self.status)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.list, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        undo_action = self.undo.createUndoAction(self, self.tr("Undo"))
        undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        redo_action = self.undo.createRedoAction(self, self.tr("Redo"))
        redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.addAction(undo_action)
        self.addAction(redo_action)
        self.search.textChanged.connect(lambda _text: self.refresh_list())
        self.list.currentItemChanged.connect(
            lambda cur, _p: cur and self.show_concept(cur.data(Qt.ItemDataRole.UserRole))
        )
        self.new_button.clicked.connect(lambda: self.new_concept())
        self.apply_button.clicked.connect(self.apply_form)
        self.delete_button.clicked.connect(self.delete_current)
        self.save_button.clicked.connect(self.save)
        from desktop.ui.glossary_editor_io import add_menu

        layout.setMenuBar(add_menu(self))
        self.refresh_list()

    # -- list and form --------------------------------------------------------------------
    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def refresh_list(self, select: str | None = None) -> None:
        """Rebuild the list; the selection stays on `select` (else on the current concept)."""
        keep = select or self.current_id()
        q = self.search.text().casefold().strip()
        self.list.blockSignals(True)
        self.list.clear()
        for cid in sorted(self.concepts):
            c = self.concepts[cid]
            texts = [cid] + [t.text for ts in c.terms.values() for t in ts]
            if q and not any(q in x.casefold() for x in texts):
                continue
            label = f"{c.preferred('en') or cid} \u2014 {c.preferred(self.agent_lang) or ''}"
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, cid)
            self.list.addItem(item)
            if cid == keep:
                self.list.setCurrentItem(item)
        if keep is None or keep not in self.concepts:
            self.list.setCurrentItem(None)
        self.list.blockSignals(False)

    def show_concept(self, cid: str) -> None:
        c = self.concepts.get(cid)
        if c is None:
            return
        self.id_edit.setText(c.id)
        self.pos.setCurrentText(c.pos)
        self.def_en.setText(c.definitions.get("en", ""))
        self.def_zh.setText(c.definitions.get("zh-Hans", ""))
        self.note.setText(c.note)
        for row, lang in enumerate(LANGS):
            self.terms.setItem(row, 0, QTableWidgetItem(format_cell(c.terms.get(lang, ()))))
        self.error.clear()

    def form_concept(self) -> tuple[Concept | None, str]:
        cid = self.id_edit.text().strip()
        if not cid or not cid.replace("-", "").isalnum() or cid != cid.lower():
            return None, self.tr("The id must be lowercase letters, digits and '-'.")
        terms = {}
        for row, lang in enumerate(LANGS):
            item = self.terms.item(row, 0)
            cell = item.text() if item else ""
            if cell.strip():
                terms[lang] = parse_cell(cell)
        if not terms.get("en"):
            return None, self.tr("An English term is required.")
        definitions = {k: v for k, v in (("en", self.def_en.text().strip()),
                                         ("zh-Hans", self.def_zh.text().strip())) if v}  # fmt: skip
        return Concept(
            cid, self.pos.currentText(), definitions, self.note.text().strip(), terms
        ), ""

    # -- edits (undoable) -----------------------------------------------------------------
    def _apply_all(self, changes: list[tuple[str, Concept | None]]) -> None:
        for cid, concept in changes:
            if concept is None:
                self.concepts.pop(cid, None)
                self.user_ids.discard(cid)
            else:
                self.concepts[cid] = concept
                self.user_ids.add(cid)
        if len(changes) != 1:
            self.refresh_list()  # many at once (an import): the selection stays where it was
            return
        cid, concept = changes[0]
        self.refresh_list(select=cid if concept is not None else None)
        if concept is not None and self.id_edit.text().strip() != cid:
            self.show_concept(cid)  # undo/redo of another concept: show what changed

    def apply_form(self) -> bool:
        concept, error = self.form_concept()
        self.error.setText(error)
        if concept is None:
            return False
        before = self.concepts.get(concept.id)
        self.undo.push(
            _SetConcept(
                self, concept.id, before, concept, self.tr("Edit %1").replace("%1", concept.id)
            )
        )
        return True

    def new_concept(self, term: str = "", lang: str = "en") -> None:
        self.id_edit.setText(term.strip().lower().replace(" ", "-")[:40])
        self.def_en.clear(), self.def_zh.clear(), self.note.clear()
        for row, code in enumerate(LANGS):
            self.terms.setItem(row, 0, QTableWidgetItem(term if code == lang else ""))
        self.error.clear()
        self.id_edit.setFocus()

    def add_term_from_selection(self, text: str, lang: str) -> None:
        """Entry point from the message/reply panes: a new concept with the selected text."""
        self.new_concept(text, lang)

    def delete_current(self) -> None:
        cid = self.id_edit.text().strip()
        if cid in self.concepts:
            self.undo.push(
                _SetConcept(
                    self, cid, self.concepts[cid], None, self.tr("Delete %1").replace("%1", cid)
                )
            )

    # -- saving ---------------------------------------------------------------------------
    def save(self) -> list[Any]:
        mine = {cid: self.concepts[cid] for cid in self.user_ids if cid in self.concepts}
        conflicts = self.store.save(mine)
        if conflicts:
            resolutions: dict[str, Concept | None] = {}
            for conflict in conflicts:
                keep_mine = QMessageBox.question(
                    self, self.tr("Glossary changed on disk"),
                    self.tr("%1 was also changed by someone else. Keep your version?").replace(
                        "%1", conflict.concept_id
                    ),
                ) == QMessageBox.StandardButton.Yes  # fmt: skip
                resolutions[conflict.concept_id] = conflict.mine if keep_mine else conflict.theirs
            conflicts = self.store.save(mine, resolutions)
        for cid, concept in self.store.base.items():
            self.concepts[cid] = concept
            self.user_ids.add(cid)
        self.refresh_list()
        from desktop.ui.glossary_import_dialog import fill

        if conflicts:
            text = self.tr("Not saved: %1 conflicts are unresolved.")
            self.show_status(fill(text, len(conflicts)), error=True)
        else:
            text = self.tr("Saved %1 concepts of your own glossary to %2")
            self.show_status(fill(text, len(self.store.base), self.store.path))
        self.saved.emit()
        return conflicts

    def show_status(self, text: str, error: bool = False) -> None:
        """What was written where (or why not): the editor's status line."""
        self.status.setStyleSheet("color: #c62828;" if error else "")
        self.status.setText(text)
