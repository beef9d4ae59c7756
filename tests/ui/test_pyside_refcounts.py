"""The installed PySide6 keeps Python's reference counts right.

PySide6 6.12.0 lost one reference to None on every call of a method returning nothing (show(),
setText(), processEvents()...). On Python 3.11, where None is an ordinary object, the app then
aborts with "Fatal Python error: none_dealloc" after a few thousand calls; pyproject.toml
excludes that release. This test catches a release with the same fault.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel

CALLS = 500


@pytest.mark.parametrize("method", ["processEvents", "setText", "hide"])
def test_void_methods_do_not_drop_references_to_none(qapp: QApplication, method: str) -> None:
    label = QLabel()
    call = {
        "processEvents": qapp.processEvents,
        "setText": lambda: label.setText("x"),
        "hide": label.hide,
    }[method]
    call()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        call()
    lost = before - sys.getrefcount(None)
    # Other code may take or drop a few references meanwhile; the fault loses one per call.
    assert lost < CALLS // 10, f"{method}() dropped {lost} references to None in {CALLS} calls"
