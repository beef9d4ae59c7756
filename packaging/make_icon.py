"""Draws the app icon (PNG for Linux/macOS, ICO for Windows) so no binary art lives in git."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath  # noqa: E402


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    bubble = QPainterPath()
    m = size * 0.06
    bubble.addRoundedRect(QRectF(m, m, size - 2 * m, size * 0.72), size * 0.16, size * 0.16)
    tail = QPainterPath()
    tail.moveTo(size * 0.28, size * 0.7)
    tail.lineTo(size * 0.22, size * 0.94)
    tail.lineTo(size * 0.5, size * 0.72)
    p.fillPath(bubble.united(tail), QColor("#1f6feb"))
    p.setPen(QColor("white"))
    font = QFont("DejaVu Sans", int(size * 0.3))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(m, m, size - 2 * m, size * 0.72), Qt.AlignmentFlag.AlignCenter, "RB")
    p.end()
    return image


def main(out_dir: str) -> int:
    _app = QGuiApplication([])
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    ok = draw(256).save(str(out / "replybridge.png"), "PNG")
    draw(256).save(str(out / "replybridge.ico"), "ICO")  # needs Qt's ico plugin; optional
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(Path(__file__).parent)))
