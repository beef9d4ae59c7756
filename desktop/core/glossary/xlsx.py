"""Excel workbooks (openpyxl): one sheet per domain (or one sheet with a `domain` column) in the
CSV source's columns, plus a `dnt` sheet. Formula cells are never evaluated: they are refused
(reported with their cell, the row skipped), since a cached value may be stale or missing."""

from __future__ import annotations

import io
import re

from desktop.core.errors import BadInputError
from desktop.core.glossary.csvfmt import FIXED, format_cell
from desktop.core.glossary.model import LANGS, Glossary, Problem, domain_of
from desktop.core.glossary.tabular import DNT_HEADER, MAX_BYTES, dnt_row, rows_to_glossary
from desktop.core.glossary.tidy import slug

DNT_SHEET = "dnt"
GENERIC_SHEET = re.compile(r"\A(sheet|feuil|tabelle|hoja|工作表)\s*\d*\Z", re.IGNORECASE)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what the xlsx XML cannot hold
MAX_ROWS = 200_000


def import_xlsx(data: bytes, source: str = "import.xlsx") -> Glossary:
    """Every sheet's rows; a sheet named like a domain gives its concepts that domain."""
    from openpyxl import load_workbook

    if len(data) > MAX_BYTES:
        raise BadInputError(f"the workbook is larger than {MAX_BYTES // 1_000_000} MB")
    glossary = Glossary()
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception:  # openpyxl raises many types for a file that is not a workbook
        raise BadInputError("not an Excel .xlsx workbook (or a damaged one)") from None
    try:
        for sheet in book.worksheets:
            rows: list[list[str]] = []
            for number, row in enumerate(sheet.iter_rows(), start=1):
                if number > MAX_ROWS:
                    message = f"more than {MAX_ROWS} rows: the rest is not read"
                    glossary.problems.append(Problem(source, number, "malformed-row", message))
                    break
                formulas = [c.coordinate for c in row if getattr(c, "data_type", "") == "f"]
                if formulas:
                    message = (f"sheet {sheet.title!r} cell {formulas[0]}: a formula; formulas "
                               "are not evaluated, paste values instead (row skipped)")  # fmt: skip
                    glossary.problems.append(Problem(source, number, "formula", message))
                    rows.append([])
                    continue
                rows.append(["" if c.value is None else str(c.value) for c in row])
            title = str(sheet.title)
            domain = "" if GENERIC_SHEET.match(title) else slug(title)
            name = f"{source} [{title}]"
            rows_to_glossary(rows, name, glossary, domain=domain, escaped=False)
    except BadInputError:
        raise
    except Exception:
        raise BadInputError("damaged Excel workbook: a sheet could not be read") from None
    finally:
        book.close()
    return glossary


def export_xlsx(glossary: Glossary) -> bytes:
    """One sheet per domain with the CSV source's columns, and the do-not-translate list."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    by_domain: dict[str, list[list[str]]] = {}
    for concept in sorted(glossary.concepts.values(), key=lambda c: c.id):
        definitions = [concept.definitions.get("en", ""), concept.definitions.get("zh-Hans", "")]
        cells = [format_cell(concept.terms.get(lang, ())) for lang in LANGS]
        row = [concept.id, concept.pos, *definitions, concept.note, *cells]
        domain = slug(domain_of(concept)) or "glossary"
        by_domain.setdefault("dnt-concepts" if domain == DNT_SHEET else domain, []).append(row)
    sheets = [(d[:31], [list(FIXED) + list(LANGS), *rows]) for d, rows in sorted(by_domain.items())]
    dnt_rows = [dnt_row(d) for d in sorted(glossary.dnt, key=lambda d: (d.text, d.kind))]
    sheets.append((DNT_SHEET, [list(DNT_HEADER), *dnt_rows]))
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([_ILLEGAL.sub(" ", value) for value in row])
        for column in sheet.iter_cols():
            for cell in column:
                cell.data_type = "s"  # text starting with "=" stays text, never a formula
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
