"""packaging/prune_libs.py deletes only libraries nothing links against (real ELF files)."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("prune_libs", ROOT / "packaging" / "prune_libs.py")
assert _spec and _spec.loader
prune = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(prune)


def _system_lib(name: str) -> Path:
    for folder in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64",
                   "/lib/x86_64-linux-gnu", "/usr/lib"):  # fmt: skip
        if (Path(folder) / name).exists():
            return (Path(folder) / name).resolve()
    pytest.fail(f"{name} not found on this system")


def test_keeps_what_an_extension_needs_and_removes_the_rest(tmp_path):
    import fasttext_pybind  # a real extension module that NEEDs libstdc++.so.6

    internal = tmp_path / "_internal"
    internal.mkdir()
    shutil.copy(fasttext_pybind.__file__, internal / Path(fasttext_pybind.__file__).name)
    shutil.copy(_system_lib("libstdc++.so.6"), internal / "libstdc++.so.6")
    shutil.copy(_system_lib("libz.so.1"), internal / "libz.so.1")  # needed by nothing here
    shutil.copy(_system_lib("libdbus-1.so.3"), internal / "libdbus-1.so.3")  # Qt dlopen()s it
    (internal / "libgone.so.1").symlink_to("libz.so.1")
    assert prune.main([str(internal)]) == 0
    left = sorted(p.name for p in internal.iterdir())
    assert left == sorted([Path(fasttext_pybind.__file__).name, "libdbus-1.so.3", "libstdc++.so.6"])
    assert sys.modules["fasttext_pybind"]
