"""Random sequences over the real window: tabs, pastes, picks, edits, copies, languages, restarts.

Driven through widgets and actions as an agent would. After every step: each tab shows only its
own conversation, a copy holds nothing of another customer that the agent did not type here,
the copy gate decides as a fresh check of (message, form, reply) does, and the database holds
exactly what each tab shows; no conversation is lost or overwritten.
"""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.core.lint import lint_reply
from desktop.core.sensitive import redact

TXID = "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"
MESSAGES = (
    # (text, the values only this customer's message holds)
    (
        "Hola, hice un retiro de 250 USDT a mi billetera TRC20 TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW "
        "hace 3 horas y todavía no llega.",
        ("TJCnKsPa7y5okkXvQAidZBzqx3QyQ6sxMW", "250"),
    ),
    (f"Hola, mi depósito de 0.5 ETH no aparece. TXID {TXID}", (TXID, "0.5")),
    ("你好，我的提现订单 7731982045 还没到账，金额 1200 USDT", ("7731982045", "1200")),
)
TYPED = ("8842117730", "Gracias por su paciencia.", "谢谢您的耐心等待。")


def settle(qtbot: object, window: object) -> None:
    """Until background work and pending single-shot timers (debounces) are done."""

    def quiet() -> bool:
        busy = [t for t in window.findChildren(QTimer) if t.isSingleShot() and t.isActive()]
        idle = QThreadPool.globalInstance().activeThreadCount() == 0
        return not busy and idle and not window.model.busy

    qtbot.waitUntil(quiet, timeout=30_000)
    qtbot.waitUntil(quiet, timeout=30_000)  # results may start follow-up work


class Desk(RuleBasedStateMachine):
    qtbot: object = None

    def __init__(self) -> None:
        super().__init__()
        import os
        import tempfile

        from desktop.core import paths

        # A fresh profile per sequence (the packs stay where the fixture installed them).
        os.environ.setdefault("REPLYBRIDGE_PACKS_DIR", str(paths.packs_dir()))
        profile = tempfile.mkdtemp(prefix="rb-seq-")
        for name in ("CONFIG", "DATA", "CACHE"):
            os.environ[f"REPLYBRIDGE_{name}_DIR"] = os.path.join(profile, name.lower())
        self.db_path = paths.data_dir() / "history.sqlite3"
        self.window = self._open()
        # Per tab, in tab order: the message pasted, values the agent typed, reply last seen.
        self.tabs: list[dict[str, object]] = [self._blank()]
        self.copies: list[tuple[int, str]] = []

    def _open(self) -> object:
        from desktop.ui.app import application, create_window

        win = create_window(application([]), ["--lang", "en"])
        self.qtbot.addWidget(win)
        win.services.detector.load()
        win.services.detector_ready = True
        win.show()
        win.compose.start()
        settle(self.qtbot, win)
        return win

    @staticmethod
    def _blank() -> dict[str, object]:
        return {"message": "", "typed": set(), "reply": ""}

    @property
    def index(self) -> int:
        return self.window.tabs.currentIndex()

    def _leave(self) -> None:
        self.tabs[self.index]["reply"] = self.window.reply.editor.toPlainText()

    # -- rules ---------------------------------------------------------------------------------
    @rule()
    def new_tab(self) -> None:
        self._leave()
        self.window.new_action.trigger()
        self.tabs.append(self._blank())
        settle(self.qtbot, self.window)

    @rule(data=st.data())
    def switch_tab(self, data: st.DataObject) -> None:
        self._leave()
        self.window.tabs.setCurrentIndex(data.draw(st.integers(0, len(self.tabs) - 1)))
        settle(self.qtbot, self.window)

    @rule(data=st.data())
    def close_tab(self, data: st.DataObject) -> None:
        self._leave()
        index = data.draw(st.integers(0, len(self.tabs) - 1))
        self.window.tabs.tabCloseRequested.emit(index)
        del self.tabs[index]
        if not self.tabs:
            self.tabs.append(self._blank())
        settle(self.qtbot, self.window)

    @rule(which=st.integers(0, len(MESSAGES) - 1))
    def paste(self, which: int) -> None:
        QGuiApplication.clipboard().setText(MESSAGES[which][0])
        self.window.paste_action.trigger()
        self.tabs[self.index]["message"] = MESSAGES[which][0]
        settle(self.qtbot, self.window)

    @rule(row=st.integers(0, 3))
    def pick_template(self, row: int) -> None:
        lst = self.window.templates.list
        if lst.count() > row:
            lst.setCurrentRow(row)
            settle(self.qtbot, self.window)

    @rule(value=st.sampled_from(TYPED[:1]))
    def fill_variable(self, value: str) -> None:
        fields = self.window.templates.form_host.findChildren(QLineEdit)
        if fields:
            fields[-1].setText(value)
            self.tabs[self.index]["typed"].add(value)
            settle(self.qtbot, self.window)

    @rule(text=st.sampled_from(TYPED[1:]))
    def edit_reply(self, text: str) -> None:
        editor = self.window.reply.editor
        editor.setPlainText(editor.toPlainText() + "\n" + text)
        self.tabs[self.index]["typed"].add(text)
        settle(self.qtbot, self.window)

    @rule()
    def translate_for_customer(self) -> None:
        self.window.reply.translate_button.click()
        settle(self.qtbot, self.window)

    @rule()
    def copy(self) -> None:
        reply = self.window.reply.editor.toPlainText()
        before = QGuiApplication.clipboard().text()
        QGuiApplication.clipboard().setText("")
        self.window.copy_action.trigger()
        settle(self.qtbot, self.window)
        expected = self._fresh_gate(reply)
        dialog = QApplication.activeModalWidget() or getattr(self.window.reply_view, "dialog", None)
        copied = QGuiApplication.clipboard().text()
        if not reply.strip():
            assert copied == "", "an empty reply must copy nothing"
        elif expected:
            assert copied == "", f"the gate let through a reply with {expected}"
            status = self.window.reply.status.text()
            assert dialog is not None and dialog.isVisible(), (expected, status)
            shown = {dialog.list.item(i).data(256) for i in range(dialog.list.count())}
            assert shown - {"required-empty"} == expected
            dialog.reject()
        else:
            assert copied == reply
            self.copies.append((self.index, copied))
        if not copied:
            QGuiApplication.clipboard().setText(before)

    @rule(lang=st.sampled_from(["zh_CN", "en"]))
    def change_interface_language(self, lang: str) -> None:
        self._leave()
        self.window.set_ui_language(lang)
        settle(self.qtbot, self.window)

    @precondition(lambda self: len(self.tabs) <= 4)
    @rule()
    def restart(self) -> None:
        self._leave()
        index = self.index
        self.window.close()
        self.window = self._open()
        self.window.tabs.setCurrentIndex(index)
        settle(self.qtbot, self.window)

    def _fresh_gate(self, reply: str) -> set[str]:
        """What a fresh window decides for this tab's message, form values and reply."""
        values = {}
        for field in self.window.templates.form_host.findChildren(QLineEdit):
            if field.text().strip():
                values[field.objectName().removeprefix("var_")] = field.text().strip()
        message = str(self.tabs[self.index]["message"])
        issues = lint_reply(reply, message=message, variables=values)
        return {i.code for i in issues} - {"required-empty"}

    # -- invariants ----------------------------------------------------------------------------
    @invariant()
    def each_tab_shows_its_own_conversation(self) -> None:
        assert self.window.tabs.count() == len(self.tabs)
        assert self.window.incoming.editor.message() == self.tabs[self.index]["message"]
        for i, tab in enumerate(self.tabs):
            if i != self.index and tab["reply"] and i < len(self.tabs):
                pass  # checked when the agent comes back (below) and in the database
        seen = self.tabs[self.index]["reply"]
        shown = self.window.reply.editor.toPlainText()
        if seen and shown != seen:
            # Only work started in this tab (a pick, a translation) may change its reply.
            assert not self._foreign(shown, self.index), shown

    @invariant()
    def copies_hold_nothing_of_another_customer(self) -> None:
        for index, text in self.copies:
            if index < len(self.tabs):
                assert not self._foreign(text, index), text

    @invariant()
    def database_holds_what_each_tab_shows(self) -> None:
        self.window.model.save_all_now()
        with sqlite3.connect(self.db_path) as db:
            rows = db.execute(
                "SELECT incoming, draft FROM conversations WHERE open=1 ORDER BY position"
            ).fetchall()
        assert [r[0] for r in rows] == [redact(str(t["message"])) for t in self.tabs]
        assert rows[self.index][1] == redact(self.window.reply.editor.toPlainText())

    def _foreign(self, text: str, index: int) -> bool:
        """A value from another tab's customer that this tab's customer and agent never gave."""
        own = str(self.tabs[index]["message"]) + " ".join(self.tabs[index]["typed"])  # type: ignore[arg-type]
        others = [m for m, values in MESSAGES if m != self.tabs[index]["message"]]
        return any(
            value in text and value not in own
            for message, values in MESSAGES
            if message in others
            for value in values
        )

    def teardown(self) -> None:
        self.window.close()
        QThreadPool.globalInstance().waitForDone(20_000)


def test_random_sequences_keep_conversations_apart(installed_packs, qtbot):
    from hypothesis.stateful import run_state_machine_as_test

    Desk.qtbot = qtbot
    run_state_machine_as_test(
        Desk,
        # No shrinking: each step drives a real window, and the failing steps are printed anyway.
        settings=settings(max_examples=8, stateful_step_count=12, deadline=None,
                          phases=[Phase.explicit, Phase.reuse, Phase.generate],
                          suppress_health_check=list(HealthCheck)),
    )  # fmt: skip
