"""Glossary terms underlined in a plain-text editor, with a tooltip: the agent's term and the
definition. Forbidden terms are marked in red."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit, QToolTip


class GlossaryHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, glossary: Any, matcher: Any, agent_lang: str):
        super().__init__(document)
        self.glossary = glossary
        self.matcher = matcher
        self.agent_lang = agent_lang
        self.term = QTextCharFormat()
        self.term.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        self.term.setUnderlineColor(QColor("#1f6feb"))
        self.term.setBackground(QColor("#eef4ff"))
        self.forbidden = QTextCharFormat()
        self.forbidden.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self.forbidden.setUnderlineColor(QColor("#c62828"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        for match in self.matcher.find(text):
            fmt = self.forbidden if match.status == "forbidden" else self.term
            self.setFormat(match.start, match.end - match.start, fmt)

    def tooltip_at(self, block_text: str, position: int) -> str | None:
        """Plain text for the term under the cursor (escaped: tooltips render rich text)."""
        for match in self.matcher.find(block_text):
            if match.start <= position < match.end:
                if not match.concept_id:
                    return html.escape(self.tr("%1: do not translate").replace("%1", match.term))
                concept = self.glossary.concepts[match.concept_id]
                term = concept.preferred(self.agent_lang) or concept.preferred("en") or match.term
                definition = concept.definitions.get(self.agent_lang) or concept.definitions.get(
                    "en", ""
                )
                lines = [f"{term}", definition]
                if match.status == "forbidden":
                    lines.append(self.tr("Forbidden term: do not use it in replies."))
                return "<br>".join(html.escape(line) for line in lines if line)
        return None


class TooltipFilter(QObject):
    """Shows the highlighter's tooltip when the mouse rests on a term."""

    def __init__(self, editor: QPlainTextEdit, highlighter: GlossaryHighlighter) -> None:
        super().__init__(editor)
        self.editor = editor
        self.highlighter = highlighter
        editor.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip:
            return False
        cursor = self.editor.cursorForPosition(event.pos())  # type: ignore[attr-defined]
        text = self.highlighter.tooltip_at(cursor.block().text(), cursor.positionInBlock())
        if text:
            QToolTip.showText(event.globalPos(), text, self.editor)  # type: ignore[attr-defined]
        else:
            QToolTip.hideText()
        return True


def attach(
    editor: QPlainTextEdit, glossary: Any, matcher: Any, agent_lang: str
) -> GlossaryHighlighter:
    highlighter = GlossaryHighlighter(editor.document(), glossary, matcher, agent_lang)
    TooltipFilter(editor, highlighter)
    return highlighter
