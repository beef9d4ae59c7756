"""CSV formula-injection guard: OWASP triggers get a quote, and everything round-trips."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.csvsafe import escape_cell, escape_row, unescape_cell


def test_formula_cells_get_a_quote_prefix() -> None:
    for cell in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")'):
        assert escape_cell(cell) == "'" + cell
    for cell in ("", "plain", "1-2", "a=b", "'quoted", " =x"):
        assert escape_cell(cell) == cell


def test_escaped_cells_round_trip_through_a_real_csv() -> None:
    cells = ["=cmd|' /C calc'!A0", "'=already", "''", "'", "-", "ok", "''=x"]
    out = io.StringIO()
    csv.writer(out).writerow(escape_row(cells))
    back = next(csv.reader(io.StringIO(out.getvalue())))
    assert not any(c[:1] in "=+-@\t\r" for c in back if c)
    assert [unescape_cell(c) for c in back] == cells


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("='+-@\t\rab"), max_size=6) | st.text(max_size=20))
def test_round_trip_property(cell: str) -> None:
    escaped = escape_cell(cell)
    assert unescape_cell(escaped) == cell
    assert escaped[:1] not in ("=", "+", "-", "@", "\t", "\r")
