"""The maintainer's glossary editor: add from selection, validation, undo, safe merge on save."""

from __future__ import annotations

from desktop.core import paths
from desktop.core.glossary.csvfmt import dump_concepts
from desktop.core.glossary.model import Concept, Term
from desktop.core.glossary.store import GlossaryStore, merge


def test_add_term_from_selection_validate_undo_and_save(window, qtbot):
    window.model.set_override(window.model.current_id, "es")
    window.incoming.editor.set_message("Necesito ayuda con la billetera fría")
    cursor = window.incoming.editor.textCursor()
    start = window.incoming.editor.toPlainText().index("billetera")
    cursor.setPosition(start)
    cursor.setPosition(start + len("billetera fría"), cursor.MoveMode.KeepAnchor)
    window.incoming.editor.setTextCursor(cursor)
    window.findChild(type(window.paste_action), "addTerm").trigger()
    editor = window.glossary_editor
    assert editor.terms.item(LANG_ROW["es"], 0).text() == "billetera fría"
    assert not editor.apply_form()  # no English term yet: inline error, nothing applied
    assert "English" in editor.error.text()
    editor.terms.item(LANG_ROW["en"], 0).setText("cold storage wallet")
    editor.id_edit.setText("cold-storage-wallet")
    assert editor.apply_form()
    assert "cold-storage-wallet" in editor.concepts
    editor.undo.undo()
    assert "cold-storage-wallet" not in editor.concepts
    editor.undo.redo()
    with qtbot.waitSignal(window.services.glossary_loaded, timeout=10_000):
        assert editor.save() == []
    text = (paths.data_dir() / "glossary" / "user.csv").read_text(encoding="utf-8")
    assert "cold-storage-wallet" in text and "billetera fría" in text
    assert "cold-storage-wallet" in window.services.glossary[0].concepts


LANG_ROW = {
    lang: i
    for i, lang in enumerate(
        (
            "en",
            "zh-Hans",
            "zh-Hant",
            "ja",
            "ko",
            "vi",
            "th",
            "id",
            "ru",
            "tr",
            "es",
            "pt",
            "fr",
            "de",
            "ar",
        )
    )
}


def _c(cid: str, en: str) -> Concept:
    return Concept(cid, terms={"en": (Term(en),)})


def test_two_maintainers_do_not_lose_each_others_work(tmp_path):
    path = tmp_path / "user.csv"
    path.write_text(dump_concepts([_c("a", "alpha"), _c("b", "beta")]), encoding="utf-8")
    me, colleague = GlossaryStore(path), GlossaryStore(path)
    assert (
        colleague.save({"a": _c("a", "alpha"), "b": _c("b", "beta"), "c": _c("c", "gamma")}) == []
    )
    # I edit "a" without having seen "c": both survive.
    assert me.save({"a": _c("a", "ALPHA"), "b": _c("b", "beta")}) == []
    saved = path.read_text(encoding="utf-8")
    assert "ALPHA" in saved and "gamma" in saved


def test_same_concept_changed_twice_is_a_conflict():
    base = {"a": _c("a", "alpha")}
    merged, conflicts = merge(base, {"a": _c("a", "mine")}, {"a": _c("a", "theirs")})
    assert [c.concept_id for c in conflicts] == ["a"]


def _editor(qtbot, tmp_path):
    from desktop.core.glossary import load_layers
    from desktop.ui.glossary_editor import GlossaryEditor

    shipped, _ = load_layers([paths.shipped_dir("glossary")])
    editor = GlossaryEditor(GlossaryStore(tmp_path / "user.csv"), shipped.concepts, "zh-Hans",
                            None, shipped.dnt)  # fmt: skip
    qtbot.addWidget(editor)
    return editor


def _select(editor, cid):
    for row in range(editor.list.count()):
        if editor.list.item(row).data(256) == cid:  # Qt.ItemDataRole.UserRole
            editor.list.setCurrentRow(row)
            return
    raise AssertionError(cid)


def test_after_apply_the_selection_stays_on_the_edited_concept(qtbot, tmp_path):
    editor = _editor(qtbot, tmp_path)
    _select(editor, "withdrawal")
    assert editor.id_edit.text() == "withdrawal"
    editor.note.setText("Check the network first.")
    assert editor.apply_form()
    assert editor.current_id() == "withdrawal"
    assert editor.id_edit.text() == "withdrawal"
    assert editor.note.text() == "Check the network first."
    editor.id_edit.setText("zz-new-concept")  # a new concept is selected once applied
    editor.terms.item(LANG_ROW["en"], 0).setText("zz new concept")
    assert editor.apply_form()
    assert editor.current_id() == "zz-new-concept"
    editor.search.setText("withdraw")  # filtering keeps the selection when it is still shown
    _select(editor, "withdrawal")
    editor.search.setText("withdrawa")
    assert editor.current_id() == "withdrawal"
    editor.undo.undo()  # undo the new concept: it is gone, nothing else gets selected
    assert "zz-new-concept" not in editor.concepts and editor.current_id() == "withdrawal"


def test_save_says_what_was_written_where(qtbot, tmp_path):
    editor = _editor(qtbot, tmp_path)
    _select(editor, "deposit")
    editor.note.setText("Arrives after confirmations.")
    assert editor.apply_form()
    assert editor.save() == []
    status = editor.status.text()
    assert str(tmp_path / "user.csv") in status and "1 concept" in status
    assert "Arrives after confirmations." in (tmp_path / "user.csv").read_text(encoding="utf-8")
