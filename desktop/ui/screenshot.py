"""`replybridge screenshot PATH [--state demo]`: render the main window in a demo state to a PNG."""

from __future__ import annotations

import argparse
import os
import sys

DEMO_MESSAGE = (
    "Hola, hice un retiro de 250 USDT a mi billetera por la red TRC20 hace dos horas "
    "y todav\u00eda no llega. Direcci\u00f3n: TJYeasTPa6gpEEfYqX5BXQamnpkASJAuPi \u00bfPueden "
    "revisarlo?\u200b"
)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="replybridge screenshot")
    parser.add_argument("path", help="where to write the PNG")
    parser.add_argument("--state", default="demo", choices=["demo", "empty"],
                        help="demo: a message with a reply; empty: a new window")  # fmt: skip
    parser.add_argument("--lang", default=None, choices=["en", "zh_CN"], help="UI language")
    parser.add_argument("--size", default="1280x800", help="window size in pixels, WxH")
    parser.add_argument("--scale", default=None, help="device pixel ratio, e.g. 1.5")
    parser.add_argument("--check", action="store_true", help="print widgets whose text is clipped")
    args = parser.parse_args(argv)
    if args.scale:
        os.environ["QT_SCALE_FACTOR"] = args.scale
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print("replybridge: --size must look like 1280x800", file=sys.stderr)
        return 2

    throwaway_profile()
    from desktop.ui.app import application, create_window

    app = application([])
    window = create_window(app, ["--lang", args.lang] if args.lang else [])
    window.resize(width, height)  # type: ignore[attr-defined]
    window._default_sizes()  # type: ignore[attr-defined]  # a demo ignores saved splitter sizes
    if args.state == "demo":
        fill_demo(window)
    window.show()  # type: ignore[attr-defined]
    window.compose.start()  # type: ignore[attr-defined]
    settle(app)
    if args.state == "demo":
        demo_compose(window)
        settle(app)
    image = window.grab()  # type: ignore[attr-defined]
    if not image.save(args.path, "PNG"):
        print(f"replybridge: cannot write {args.path}", file=sys.stderr)
        return 2
    if args.check:
        import json

        print(json.dumps({"clipped": clipped_widgets(window)}))
    window.close()  # type: ignore[attr-defined]
    return 0


def clipped_widgets(window: object) -> list[str]:
    """Visible labels, buttons and tabs narrower or shorter than their text needs."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabBar, QWidget

    out = []
    for widget in window.findChildren(QWidget):  # type: ignore[attr-defined]
        if not widget.isVisible() or not isinstance(widget, (QLabel, QAbstractButton, QComboBox)):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            if widget.wordWrap() and widget.height() < widget.heightForWidth(widget.width()):
                out.append(f"{type(widget).__name__}:{widget.text()[:30]}")
            continue
        need = widget.minimumSizeHint()
        if widget.width() < need.width() or widget.height() < need.height():
            label = widget.text() if hasattr(widget, "text") else widget.objectName()
            out.append(f"{type(widget).__name__}:{str(label)[:30]}")
    for bar in window.findChildren(QTabBar):  # type: ignore[attr-defined]
        for i in range(bar.count()):
            if bar.isVisible() and bar.tabRect(i).width() < 40:
                out.append(f"tab:{bar.tabText(i)[:30]}")
    return out


def settle(app: object, seconds: float = 15.0) -> None:
    """Let timers and background work (detection, translation) finish before the grab."""
    import time

    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    deadline = time.monotonic() + seconds
    quiet = 0
    while time.monotonic() < deadline and quiet < 8:
        app.processEvents()  # type: ignore[attr-defined]
        idle = pool.waitForDone(50)
        time.sleep(0.05)  # pending single-shot timers (debounce) need wall time to fire
        quiet = quiet + 1 if idle and pool.activeThreadCount() == 0 else 0
    app.processEvents()  # type: ignore[attr-defined]


def demo_compose(window: object) -> None:
    """Pick the first suggested template, as an agent pressing Enter would."""
    lst = window.templates.list  # type: ignore[attr-defined]
    if lst.count():  # a preselected suggestion is only highlighted: pick it as Enter would
        window.compose.pick(lst.item(0).data(256))  # type: ignore[attr-defined]  # UserRole


def throwaway_profile() -> None:
    """Settings, history and drafts of a temporary profile: a demo never touches the user's."""
    import atexit
    import shutil
    import tempfile

    root = tempfile.mkdtemp(prefix="replybridge-screenshot-")
    atexit.register(shutil.rmtree, root, True)
    for name in ("CONFIG", "DATA", "CACHE", "LOG"):
        os.environ[f"REPLYBRIDGE_{name}_DIR"] = os.path.join(root, name.lower())


def fill_demo(window: object) -> None:
    """A realistic conversation, run through the real pipeline (settle() waits for it)."""
    services = window.services  # type: ignore[attr-defined]
    services.detector.load()
    services.detector_ready = True
    model = window.model  # type: ignore[attr-defined]
    model.paste(model.current_id, DEMO_MESSAGE)
