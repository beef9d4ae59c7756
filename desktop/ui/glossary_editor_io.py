"""The glossary editor's import and export menu: a file is read and compared in a worker, the
preview dialog shows what will change, and only an accepted preview is written."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenuBar

from desktop.core.glossary.diff import ImportPreview
from desktop.core.glossary.exchange import Imported
from desktop.core.glossary.model import LANGS, Glossary
from desktop.ui.glossary_import_dialog import fill as _fill
from desktop.ui.workers import run_op

if TYPE_CHECKING:
    from desktop.ui.glossary_editor import GlossaryEditor

OPEN_FILTER = "Glossary (*.tbx *.xml *.xlsx *.csv *.tsv *.txt *.utf8);;All files (*)"
EXPORTS = (
    ("tbx", "glossary.tbx", QT_TRANSLATE_NOOP("GlossaryEditor", "Export as TBX...")),
    ("tbx2", "glossary-v2.tbx",
     QT_TRANSLATE_NOOP("GlossaryEditor", "Export as TBX v2 (Weblate, MultiTerm)...")),
    ("xlsx", "glossary.xlsx", QT_TRANSLATE_NOOP("GlossaryEditor", "Export as Excel...")),
    ("csv", "glossary.csv", QT_TRANSLATE_NOOP("GlossaryEditor", "Export as CSV...")),
    ("dnt-csv", "dnt.csv",
     QT_TRANSLATE_NOOP("GlossaryEditor", "Export do-not-translate list as CSV...")),
)  # fmt: skip


@dataclass(frozen=True)
class _Read:
    imported: Imported
    glossary: Glossary  # reconciled: what will be stored
    preview: ImportPreview


def add_menu(editor: GlossaryEditor) -> QMenuBar:
    bar = QMenuBar(editor)
    menu = bar.addMenu(QCoreApplication.translate("GlossaryEditor", "&File"))
    menu.addAction(
        QCoreApplication.translate("GlossaryEditor", "Import file (TBX, Excel, CSV)..."),
        lambda: _pick_import(editor),
    )
    menu.addAction(
        QCoreApplication.translate("GlossaryEditor", "Import OmegaT glossary..."),
        lambda: _pick_import(editor, omegat=True),
    )
    menu.addSeparator()
    for fmt, default, label in EXPORTS:
        text = QCoreApplication.translate("GlossaryEditor", label)
        menu.addAction(text, lambda f=fmt, d=default: _pick_export(editor, f, d))
    return bar


def _pick_import(editor: GlossaryEditor, omegat: bool = False) -> None:
    title = QCoreApplication.translate("GlossaryEditor", "Import glossary")
    path, _ = QFileDialog.getOpenFileName(editor, title, "", OPEN_FILTER)
    if not path:
        return
    pair: list[str | None] = [None, None]
    if omegat:
        title = QCoreApplication.translate("GlossaryEditor", "OmegaT glossary")
        labels = (
            QCoreApplication.translate("GlossaryEditor", "Language of the first column"),
            QCoreApplication.translate("GlossaryEditor", "Language of the second column"),
        )
        for i, label in enumerate(labels):
            code, ok = QInputDialog.getItem(editor, title, label, list(LANGS), i, False)
            if not ok:
                return
            pair[i] = code
    start_import(editor, Path(path), pair[0], pair[1])


def _read_job(ctx: Any, path: Path, from_lang: str | None, to_lang: str | None,
              concepts: dict[str, Any], dnt: list[Any], own: set[str]) -> _Read:  # fmt: skip
    from desktop.core.glossary.diff import preview, reconcile
    from desktop.core.glossary.exchange import read_file, read_glossary

    imported = read_glossary(read_file(path), str(path), from_lang, to_lang, concepts)
    glossary = reconcile(concepts, imported.glossary)
    return _Read(imported, glossary, preview(concepts, glossary, dnt, own))


def start_import(editor: GlossaryEditor, path: Path, from_lang: str | None = None,
                 to_lang: str | None = None) -> None:  # fmt: skip
    """Read and compare in a worker; the preview dialog opens when that is done."""
    editor.show_status(_fill(QCoreApplication.translate("GlossaryEditor", "Reading %1..."),
                             path.name))  # fmt: skip

    def failed(exc: BaseException) -> None:
        text = QCoreApplication.translate("GlossaryEditor", "Not imported: %1")
        editor.show_status(_fill(text, exc), error=True)

    run_op(_read_job, path, from_lang, to_lang, dict(editor.concepts), list(editor.dnt),
           set(editor.user_ids), success=lambda read: _show_preview(editor, path, read),
           failure=failed, owner=editor)  # fmt: skip


def _show_preview(editor: GlossaryEditor, path: Path, read: _Read) -> None:
    from desktop.ui.glossary_import_dialog import GlossaryImportDialog

    imported = read.imported
    dialog = GlossaryImportDialog(read.preview, path.name, imported.format, imported.encoding,
                                  read.glossary.problems, editor)  # fmt: skip
    dialog.accepted.connect(lambda: apply_import(editor, path, read))
    editor.import_dialog = dialog
    editor.show_status("")
    dialog.open()


def apply_import(editor: GlossaryEditor, path: Path, read: _Read) -> None:
    """One undoable step for the concepts, the new DNT terms into this layer, then save."""
    from desktop.core.errors import BadInputError
    from desktop.core.glossary.exchange import merge_dnt
    from desktop.ui.glossary_editor import _SetConcepts

    preview = read.preview
    changes = [(cid, editor.concepts.get(cid), read.glossary.concepts[cid])
               for cid in (*preview.new, *preview.changed)]  # fmt: skip
    text = _fill(QCoreApplication.translate("GlossaryEditor", "Import %1"), path.name)
    editor.undo.push(_SetConcepts(editor, changes, text))
    known = {(d.text, d.kind) for d in editor.dnt}
    fresh = [d for d in read.glossary.dnt if (d.text, d.kind) not in known]
    added = 0
    if fresh:
        try:
            added = merge_dnt(editor.store.path.parent / "dnt.csv", fresh)
        except (BadInputError, OSError) as exc:
            text = QCoreApplication.translate("GlossaryEditor", "Not imported: %1")
            editor.show_status(_fill(text, exc), error=True)
            return
        editor.dnt.extend(fresh)
    if editor.save():
        return  # unresolved conflicts: save() says so
    text = QCoreApplication.translate(
        "GlossaryEditor",
        "Imported %1 new and %2 changed concepts and %3 do-not-translate terms from %4 into %5",
    )
    editor.show_status(_fill(text, len(preview.new), len(preview.changed), added, path.name,
                             editor.store.path.parent))  # fmt: skip


def _pick_export(editor: GlossaryEditor, fmt: str, default: str) -> None:
    title = QCoreApplication.translate("GlossaryEditor", "Export glossary")
    path, _ = QFileDialog.getSaveFileName(editor, title, default)
    if path:
        export_to(editor, Path(path), fmt)


def export_to(editor: GlossaryEditor, path: Path, fmt: str) -> bool:
    """Everything the editor shows, and every layer's DNT terms; the folder must exist."""
    from desktop.core.atomic import write_bytes
    from desktop.core.errors import BadInputError
    from desktop.core.glossary.exchange import export_glossary

    if not path.parent.is_dir():
        text = QCoreApplication.translate(
            "GlossaryEditor", "Not exported: the folder %1 does not exist"
        )
        editor.show_status(_fill(text, path.parent), error=True)
        return False
    glossary = Glossary(concepts=dict(editor.concepts), dnt=list(editor.dnt))
    try:
        write_bytes(path, export_glossary(glossary, fmt))
    except (BadInputError, OSError) as exc:
        text = QCoreApplication.translate("GlossaryEditor", "Not exported: %1")
        editor.show_status(_fill(text, exc), error=True)
        return False
    text = QCoreApplication.translate(
        "GlossaryEditor", "Exported %1 concepts and %2 do-not-translate terms to %3"
    )
    editor.show_status(_fill(text, len(glossary.concepts), len(glossary.dnt), path))
    return True
