"""Import and export from the glossary editor: the preview dialog shows what will change and
nothing is written before it is accepted; exports say where they went."""

from __future__ import annotations

from PySide6.QtCore import Qt
from translate.storage.tbx import tbxfile

from desktop.core import paths
from desktop.core.glossary import load_layers
from desktop.core.glossary.diff import preview, reconcile
from desktop.core.glossary.model import Concept, DntTerm, Glossary, Term
from desktop.core.glossary.store import GlossaryStore
from desktop.ui.glossary_editor import GlossaryEditor
from desktop.ui.glossary_editor_io import export_to, start_import
from desktop.ui.glossary_import_dialog import GlossaryImportDialog

SHIPPED, _ = load_layers([paths.shipped_dir("glossary")])
INCOMING = Glossary(concepts={
    "withdrawal": Concept("withdrawal", terms={"en": (Term("withdrawal"),),
                                               "zh-Hans": (Term("出金"),)}),
    "moon-bag": Concept("moon-bag", terms={"en": (Term("moon bag"),), "de": (Term("Einzahlung"),)}),
}, dnt=[DntTerm("NEWCOIN", "ticker")])  # fmt: skip


def _editor(qtbot, tmp_path):
    editor = GlossaryEditor(GlossaryStore(tmp_path / "user.csv"), SHIPPED.concepts, "zh-Hans",
                            None, SHIPPED.dnt)  # fmt: skip
    qtbot.addWidget(editor)
    return editor


def _texts(item):
    yield item.text(0)
    for i in range(item.childCount()):
        yield from _texts(item.child(i))


def test_preview_dialog_lists_new_changed_and_conflicts(qtbot):
    merged = reconcile(SHIPPED.concepts, INCOMING)
    change = preview(SHIPPED.concepts, merged, SHIPPED.dnt, {"withdrawal"})
    dialog = GlossaryImportDialog(change, "team.tbx", "TBX v2", "", [], None)
    qtbot.addWidget(dialog)
    assert "team.tbx (TBX v2): 1 new concepts, 1 changed" in dialog.summary.text()
    tree = dialog.tree
    texts = [t for i in range(tree.topLevelItemCount()) for t in _texts(tree.topLevelItem(i))]
    assert "moon-bag" in texts and "withdrawal" in texts and "NEWCOIN" in texts
    assert any("you changed this concept" in t for t in texts)
    assert any("Einzahlung" in t and "deposit" in t for t in texts)
    assert dialog.apply_button.isEnabled()
    nothing = preview(SHIPPED.concepts, Glossary(), SHIPPED.dnt)
    empty = GlossaryImportDialog(nothing, "same.tbx", "TBX v3", "", [], None)
    qtbot.addWidget(empty)
    assert not empty.apply_button.isEnabled()


def _tbx(tmp_path):
    store = tbxfile(sourcelanguage="en", targetlanguage="zh-Hans")
    store.addsourceunit("withdrawal").set_target_terms(["出金"])
    store.addsourceunit("moon bag").set_target_terms(["月亮包"])
    path = tmp_path / "weblate.tbx"
    path.write_bytes(bytes(store))
    return path


def test_import_from_the_editor_writes_only_after_the_preview_is_accepted(qtbot, tmp_path):
    editor = _editor(qtbot, tmp_path)
    start_import(editor, _tbx(tmp_path))
    qtbot.waitUntil(lambda: editor.import_dialog is not None, timeout=10_000)
    dialog = editor.import_dialog
    assert "1 new concepts, 1 changed" in dialog.summary.text()
    assert not (tmp_path / "user.csv").exists()  # a preview writes nothing
    dialog.reject()
    assert not (tmp_path / "user.csv").exists() and "moon-bag" not in editor.concepts
    editor.import_dialog = None
    start_import(editor, _tbx(tmp_path))
    qtbot.waitUntil(lambda: editor.import_dialog is not None, timeout=10_000)
    qtbot.mouseClick(editor.import_dialog.apply_button, Qt.MouseButton.LeftButton)
    saved = (tmp_path / "user.csv").read_text(encoding="utf-8")
    assert "moon-bag" in saved and "出金" in saved
    assert editor.concepts["withdrawal"].terms["ja"] == SHIPPED.concepts["withdrawal"].terms["ja"]
    assert "Imported 1 new and 1 changed" in editor.status.text()
    assert str(tmp_path) in editor.status.text()
    editor.undo.undo()  # the whole import is one undo step
    assert "moon-bag" not in editor.concepts
    assert editor.concepts["withdrawal"] == SHIPPED.concepts["withdrawal"]


def test_garbage_import_says_why_and_opens_no_preview(qtbot, tmp_path):
    editor = _editor(qtbot, tmp_path)
    bad = tmp_path / "notes.csv"
    bad.write_text("hello,world\n", encoding="utf-8")
    start_import(editor, bad)
    qtbot.waitUntil(lambda: "Not imported" in editor.status.text(), timeout=10_000)
    assert "expected" in editor.status.text() and editor.import_dialog is None
    assert not (tmp_path / "user.csv").exists()


def test_export_from_the_editor_says_where_and_refuses_a_missing_folder(qtbot, tmp_path):
    editor = _editor(qtbot, tmp_path)
    target = tmp_path / "weblate-v2.tbx"
    assert export_to(editor, target, "tbx2")
    assert str(target) in editor.status.text()
    units = tbxfile.parsestring(target.read_bytes(), sourcelanguage="en").units
    assert len([u for u in units if u.istranslatable()]) == len(SHIPPED.concepts)
    missing = tmp_path / "nope" / "g.xlsx"
    assert not export_to(editor, missing, "xlsx")
    assert "does not exist" in editor.status.text() and not missing.parent.exists()
