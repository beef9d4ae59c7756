"""`replybridge glossary` and TBX-Basic: round trips, hostile and broken files."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cli import run
from desktop.core.errors import BadInputError
from desktop.core.glossary.tbx import export_tbx, import_tbx


def test_stats_and_validate(capsys):
    assert run(["glossary", "stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["concepts"] >= 20 and stats["dnt"] >= 60 and stats["coverage"]["ar"] == 1.0
    assert run(["glossary", "validate"]) == 0


def test_validate_reports_one_line_per_problem(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("concept,pos\nx\n", encoding="utf-8")
    assert run(["glossary", "validate", str(bad)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(line.startswith(f"{bad}:") for line in lines)


@pytest.mark.parametrize("fmt", ["tbx", "csv"])
def test_export_import_export_is_identical(tmp_path, capsys, fmt):
    first = tmp_path / f"first.{fmt}"
    assert run(["glossary", "export", "--format", fmt, "-o", str(first)]) == 0
    assert run(["glossary", "import", str(first)]) == 0
    capsys.readouterr()
    if fmt == "tbx":
        assert export_tbx(import_tbx(first.read_bytes())) == first.read_text(encoding="utf-8")
    second = tmp_path / f"second.{fmt}"
    assert run(["glossary", "export", "--format", fmt, "-o", str(second)]) == 0
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")


def test_billion_laughs_and_broken_tbx_are_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><tbx>&b;</tbx>'
    with pytest.raises(BadInputError, match="DTD"):
        import_tbx(bomb)
    with pytest.raises(BadInputError, match="line"):
        import_tbx(b"<tbx><text><body><conceptEntry id='x'>")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_fuzzed_tbx_never_crashes(data):
    try:
        import_tbx(data)
    except BadInputError:
        pass
