"""Safety in the window: analyse each message (banner), and gate every Copy with the lint."""

from __future__ import annotations

from collections.abc import Callable
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


class SafetyFlow(QObject):
    analysis_ready = Signal(object)  # desktop.core.analysis.Analysis
    gate_shown = Signal(object)  # the CopyGateDialog

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.banner = SafetyBanner(window.incoming)
        window.incoming.body.insertWidget(1, self.banner)
        self.analysis: Any = None
        self.variables: dict[str, str] = {}
        self.required_missing: tuple[str, ...] = ()
        self._op: Op | None = None
        self.dialog: CopyGateDialog | None = None

    def analyse(self, text: str) -> None:
        if self._op is not None:
            self._op.cancel()
        domains = tuple(self.window.config.settings.official_domains)
        self._op = run_op(_analyse_job, text, domains, success=self._on_analysis, owner=self.window)

    def _on_analysis(self, analysis: Any) -> None:
        self.analysis = analysis
        self.banner.show_analysis(analysis)
        self.analysis_ready.emit(analysis)

    def gate(self, reply: str, copy: Callable[[str], None]) -> None:
        """Lint the reply; copy at once when clean, else show the gate (errors block)."""
        from desktop.core.lint import lint_reply

        issues = lint_reply(
            reply,
            message=self.window.incoming.editor.message(),
            variables=self.variables,
            required_missing=self.required_missing,
            official_domains=tuple(self.window.config.settings.official_domains),
        )
        if not issues:
            copy(reply)
            return
        self.dialog = CopyGateDialog(issues, self.window)
        self.dialog.accepted.connect(lambda: copy(reply))
        self.dialog.open()
        self.gate_shown.emit(self.dialog)
