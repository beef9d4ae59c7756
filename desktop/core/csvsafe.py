"""CSV formula-injection guard: cells a spreadsheet would run as formulas get a quote prefix."""

from __future__ import annotations

from collections.abc import Iterable

# OWASP "CSV Injection": a cell starting with one of these is a formula in Excel/LibreOffice.
TRIGGERS = frozenset("=+-@\t\r")
QUOTE = "'"


def _needs_escape(cell: str) -> bool:
    if not cell:
        return False
    if cell[0] in TRIGGERS:
        return True
    # A cell that already looks escaped is escaped once more so unescape_cell round-trips it.
    return cell[0] == QUOTE and len(cell) > 1 and (cell[1] in TRIGGERS or cell[1] == QUOTE)


def escape_cell(cell: str) -> str:
    """Prefix a single quote when the cell would start a formula; unescape_cell undoes it."""
    return QUOTE + cell if _needs_escape(cell) else cell


def unescape_cell(cell: str) -> str:
    """Inverse of escape_cell: unescape_cell(escape_cell(x)) == x for every string x."""
    if cell[:1] == QUOTE and len(cell) > 1 and (cell[1] in TRIGGERS or cell[1] == QUOTE):
        return cell[1:]
    return cell


def escape_row(row: Iterable[object]) -> list[str]:
    """A row ready for csv.writer: every cell as text, formula-like cells neutralised."""
    return [escape_cell(str(cell)) for cell in row]
