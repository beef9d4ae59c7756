"""The declared Python floor is the one the code, ruff and mypy assume (tomllib needs 3.11)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_requires_python_ruff_and_mypy_agree():
    data = _pyproject()
    floor = re.fullmatch(r">=\s*3\.(\d+)", data["project"]["requires-python"])
    assert floor, data["project"]["requires-python"]
    minor = int(floor.group(1))
    assert data["tool"]["ruff"]["target-version"] == f"py3{minor}"
    assert data["tool"]["mypy"]["python_version"] == f"3.{minor}"
    assert sys.version_info >= (3, minor)


def test_stdlib_only_modules_are_within_the_floor():
    """tomllib arrived in 3.11: a floor below it needs a tomli fallback, which we do not have."""
    minor = int(_pyproject()["project"]["requires-python"].split(".")[1])
    uses_tomllib = []
    for path in (ROOT / "desktop").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import) and any(a.name == "tomllib" for a in node.names):
                uses_tomllib.append(path)
    assert uses_tomllib, "nothing reads TOML any more: the floor may be lowered"
    assert minor >= 11, f"tomllib is used in {uses_tomllib[0]} but requires-python allows 3.{minor}"


def test_makefile_refuses_an_older_interpreter():
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "sys.version_info < (3, 11)" in text
