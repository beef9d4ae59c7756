"""Safety in the window: analyse each message (banner), and gate every Copy with the lint."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.copy_gate import CopyGateDialog
from desktop.ui.safety_banner import SafetyBanner
from desktop.ui.workers import Op, run_op

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


def _analyse_job(ctx: Any, text: str, domains: tuple[str, ...]) -> Any:
    from desktop.core.analysis import analyse

    return analyse(text, domains)


@dataclass(frozen=True)
class LintRequest:
    """What the copy gate checks, captured on the UI thread when Copy is pressed."""

    reply: str
    message: str
    variables: dict[str, str]
    required_missing: tuple[str, ...]
    official_domains: tuple[str, ...]
    message_entities: tuple[Any, ...] | None  # from the message's analysis, when it is current
    message_sensitive: tuple[Any, ...] | None


def _lint_job(ctx: Any, request: LintRequest) -> list[Any]:
    from desktop.core.lint import lint_reply

    return lint_reply(
        request.reply,
        message=request.message,
        message_entities=request.message_entities,
        variables=request.variables,
        required_missing=request.required_missing,
        official_domains=request.official_domains,
        message_sensitive=request.message_sensitive,
    )


class SafetyFlow(QObject):
    analysis_ready = Signal(object)  # desktop.core.analysis.Analysis
    gate_shown = Signal(object)  # the CopyGateDialog
    checked = Signal(object)  # the reply's LintIssues, once the copy gate has checked it

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = SafetyBanner(window.incoming)
        window.incoming.body.insertWidget(1, self.banner)
        self.analysis: Any = None
        self.variables: dict[str, str] = {}
        self.required_missing: tuple[str, ...] = ()
        self._analysed: str | None = None  # the message `analysis` belongs to
        self._op: Op | None = None
        self._gate_op: Op | None = None
        self.dialog: CopyGateDialog | None = None

    def analyse(self, text: str) -> None:
        if self._op is not None:
            self._op.cancel()
        domains = tuple(self.window.config.settings.official_domains)
        self._op = run_op(_analyse_job, text, domains, owner=self.window,
                          success=lambda analysis: self._on_analysis(text, analysis))  # fmt: skip

    def _on_analysis(self, text: str, analysis: Any) -> None:
        self.analysis = analysis
        self._analysed = text
        self.banner.show_analysis(analysis)
        self.analysis_ready.emit(analysis)

    @property
    def checking(self) -> bool:
        return self._gate_op is not None

    def gate(self, reply: str, copy: Callable[[str], None]) -> None:
        """Lint the reply in a worker; copy when clean, else show the gate (errors block).

        A 1 MB reply takes seconds to check: the window stays responsive, Copy is disabled
        meanwhile, and a reply edited during the check is not copied (the agent presses Copy
        again).
        """
        if self._gate_op is not None:
            return
        window = self.window
        message = window.incoming.editor.message()
        known = self.analysis if self._analysed == message else None
        request = LintRequest(
            reply, message, dict(self.variables), self.required_missing,
            tuple(window.config.settings.official_domains),
            known.entities if known is not None and known.entities_complete else None,
            known.sensitive if known is not None else None,
        )  # fmt: skip
        window.reply.copy_button.setEnabled(False)
        window.reply.status.setText(self.tr("Checking the reply..."))
        self._gate_op = run_op(
            _lint_job, request, owner=window,
            success=lambda issues: self._on_checked(reply, copy, issues),
            failure=self._on_check_failed,
        )  # fmt: skip

    def _checked(self) -> None:
        self._gate_op = None
        self.window.reply.copy_button.setEnabled(True)
        self.window.reply.status.clear()

    def _on_checked(self, reply: str, copy: Callable[[str], None], issues: list[Any]) -> None:
        self._checked()
        self.checked.emit(issues)
        if self.window.reply.editor.toPlainText() != reply:
            self.window.reply.status.setText(
                self.tr("The reply changed while it was checked: press Copy again.")
            )
            return
        if not issues:
            copy(reply)
            return
        self.dialog = CopyGateDialog(issues, self.window)
        self.dialog.accepted.connect(lambda: copy(reply))
        self.dialog.open()
        self.gate_shown.emit(self.dialog)

    def _on_check_failed(self, exc: BaseException) -> None:
        self._checked()
        self.window.reply.status.setText(
            self.tr("The reply could not be checked, so it was not copied: %1").replace(
                "%1", str(exc)
            )
        )
