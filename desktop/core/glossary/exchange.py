"""Glossary files in and out of other tools: pick the reader by content and name, export in any
supported format, and write an import into the user's layer without overwriting one silently."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.atomic import write_text
from desktop.core.errors import BadInputError
from desktop.core.glossary.csvfmt import MAX_FIELD, dump_concepts, format_cell
from desktop.core.glossary.model import LANGS, Concept, DntTerm, Glossary, Problem, domain_of
from desktop.core.glossary.tidy import slug

EXPORT_FORMATS = ("tbx", "tbx2", "csv", "dnt-csv", "xlsx")
IMPORT_FORMATS = "TBX (v2 or v3), Excel .xlsx, CSV/TSV in the glossary's columns, dnt.csv"
CSV_EXPECTED = ("a CSV/TSV with a header row in the glossary's columns (concept, pos, "
                "definition_en, definition_zh-Hans, note, en, zh-Hans, ...) or dnt.csv's "
                "(term, kind, case_sensitive, note)")  # fmt: skip
OMEGAT_EXPECTED = "an OmegaT glossary (tab-separated: source term, target term, comment)"


MAX_FILE_BYTES = 50_000_000


def read_file(path: Path) -> bytes:
    """A glossary file's bytes; a folder, an unreadable or an oversized file is a BadInputError."""
    try:
        if not path.is_file():
            raise BadInputError(f"no such file: {path}")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadInputError(f"{path.name} is larger than {MAX_FILE_BYTES // 1_000_000} MB")
        return path.read_bytes()
    except OSError as exc:
        raise BadInputError(f"cannot read {path}: {exc.strerror or exc}") from None


@dataclass(frozen=True)
class Imported:
    glossary: Glossary
    format: str  # "TBX v2", "TBX v3", "Excel", "CSV", "OmegaT"
    encoding: str = ""  # for text tables: the encoding detected
    delimiter: str = ""  # for text tables: comma, semicolon or tab


def _kind(data: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if data.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return "xlsx"
    head = data[:512].lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \t\r\n")  # BOMs, UTF-16 zeros
    if suffix in (".tbx", ".xml") or head.startswith(b"<"):
        return "tbx"
    return "csv"


def read_glossary(data: bytes, name: str, from_lang: str | None = None,
                  to_lang: str | None = None,
                  existing: dict[str, Concept] | None = None) -> Imported:  # fmt: skip
    """Read a glossary file; a file with nothing usable in it is an error naming what we expected.

    With `from_lang` and `to_lang` the file is an OmegaT glossary for that language pair."""
    existing = existing or {}
    if (from_lang is None) != (to_lang is None):
        raise BadInputError("an OmegaT glossary needs both --from and --to")
    if from_lang is not None and to_lang is not None:
        for code in (from_lang, to_lang):
            if code not in LANGS:
                raise BadInputError(f"unknown language {code!r}; known: {', '.join(LANGS)}")
        if from_lang == to_lang:
            raise BadInputError("--from and --to must be two different languages")
        from desktop.core.glossary.tabular import omegat_to_glossary, read_table

        table = read_table(data, omegat=True)
        glossary = omegat_to_glossary(table.rows, name, from_lang, to_lang, existing)
        result = Imported(glossary, "OmegaT", table.encoding, table.delimiter)
        expected = OMEGAT_EXPECTED
    elif _kind(data, name) == "xlsx":
        from desktop.core.glossary.xlsx import import_xlsx

        result = Imported(import_xlsx(data, name), "Excel")
        expected = "an Excel workbook with" + CSV_EXPECTED.removeprefix("a CSV/TSV with")
    elif _kind(data, name) == "tbx":
        from desktop.core.glossary.tbx_read import EXPECTED, import_tbx

        version = "TBX v2" if b"martif" in data[:4096].replace(b"\x00", b"") else "TBX v3"
        result = Imported(import_tbx(data, name), version)
        expected = EXPECTED
    else:
        from desktop.core.glossary.tabular import read_table, rows_to_glossary

        table = read_table(data)
        glossary = Glossary()
        rows_to_glossary(table.rows, name, glossary)
        result = Imported(glossary, "CSV", table.encoding, table.delimiter)
        expected = CSV_EXPECTED
    _drop_oversized(result.glossary)
    if not result.glossary.concepts and not result.glossary.dnt:
        found = (
            f" ({len(result.glossary.problems)} unusable rows)" if result.glossary.problems else ""
        )
        raise BadInputError(f"no glossary entries found in {Path(name).name}{found}; "
                            f"expected {expected}")  # fmt: skip
    return result


def _drop_oversized(glossary: Glossary) -> None:
    """A concept the CSV source could not hold (a cell over MAX_FIELD) becomes a Problem here,
    rather than a row the layer's loader would refuse later."""
    for cid in list(glossary.concepts):
        c = glossary.concepts[cid]
        cells = [c.pos, c.note, *c.definitions.values(), *map(format_cell, c.terms.values())]
        if any(len(cell) > MAX_FIELD for cell in cells):
            message = f"{cid}: a field is longer than {MAX_FIELD} characters"
            glossary.problems.append(Problem(c.source, c.line, "malformed-row", message))
            del glossary.concepts[cid]
    long_dnt = [d for d in glossary.dnt if len(d.text) > MAX_FIELD]
    if long_dnt:
        glossary.dnt[:] = [d for d in glossary.dnt if len(d.text) <= MAX_FIELD]
        message = f"{len(long_dnt)} do-not-translate terms longer than {MAX_FIELD} characters"
        glossary.problems.append(Problem("", 0, "malformed-row", message))


def export_glossary(glossary: Glossary, fmt: str) -> bytes:
    """The glossary in one of EXPORT_FORMATS; CSV cells are neutralised against formulas."""
    from desktop.core.glossary.tabular import dump_concepts_safe, dump_dnt

    if fmt == "tbx":
        from desktop.core.glossary.tbx import export_tbx

        return export_tbx(glossary).encode("utf-8")
    if fmt == "tbx2":
        from desktop.core.glossary.tbx import export_tbx2

        return export_tbx2(glossary).encode("utf-8")
    if fmt == "csv":
        return dump_concepts_safe(list(glossary.concepts.values())).encode("utf-8")
    if fmt == "dnt-csv":
        return dump_dnt(glossary.dnt).encode("utf-8")
    if fmt == "xlsx":
        from desktop.core.glossary.xlsx import export_xlsx

        return export_xlsx(glossary)
    raise BadInputError(f"unknown format {fmt!r}; known: {', '.join(EXPORT_FORMATS)}")


def import_name(path_name: str) -> str:
    return slug(Path(path_name).stem) or "glossary"


def import_files(folder: Path, name: str) -> list[Path]:
    """The user-layer files an earlier import with this name wrote."""
    if not folder.is_dir():
        return []
    return sorted([*folder.glob(f"imported-{name}.csv"), *folder.glob(f"imported-{name}--*.csv")])


def write_import(glossary: Glossary, folder: Path, name: str, replace: bool = False,
                 known_dnt: Iterable[DntTerm] = ()) -> tuple[list[Path], int]:  # fmt: skip
    """Write the concepts (one file per domain, so domains survive) and add the DNT tokens no
    layer has yet (`known_dnt`) to this layer's dnt.csv. An earlier import with the same name
    is refused unless `replace`."""
    earlier = import_files(folder, name)
    if earlier and not replace:
        raise BadInputError(
            f"a glossary named {name!r} was imported before ({earlier[0].name}); "
            "use --replace to overwrite it, or rename the file"
        )
    by_domain: dict[str, list[Concept]] = {}
    for concept in glossary.concepts.values():
        by_domain.setdefault(slug(domain_of(concept)), []).append(concept)
    written = []
    for domain, concepts in sorted(by_domain.items()):
        stem = f"imported-{name}" + (f"--{domain}" if domain and domain != name else "")
        path = folder / f"{stem}.csv"
        write_text(path, dump_concepts(concepts))
        written.append(path)
    for old in earlier:
        if old not in written:
            old.unlink(missing_ok=True)
    known = {(d.text, d.kind) for d in known_dnt}
    fresh = [d for d in glossary.dnt if (d.text, d.kind) not in known]
    added = merge_dnt(folder / "dnt.csv", fresh) if fresh else 0
    return written, added


def merge_dnt(path: Path, incoming: list[DntTerm]) -> int:
    """Add the tokens dnt.csv does not have yet (by text and kind), keeping the file's own
    columns and rows as they are; returns how many were added."""
    from desktop.core.glossary.tabular import DNT_HEADER, dnt_row

    header, rows = list(DNT_HEADER), []
    if path.exists():
        try:
            table = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            raise BadInputError(f"cannot read {path}: {exc}") from None
        if table:
            header, rows = table[0], table[1:]
    header += [c for c in DNT_HEADER if c not in header]
    where = {name: i for i, name in enumerate(header)}
    have = {tuple(row[where[c]].strip() if where[c] < len(row) else "" for c in ("term", "kind"))
            for row in rows}  # fmt: skip
    new = []
    for dnt in incoming:
        if (dnt.text, dnt.kind) not in have:
            have.add((dnt.text, dnt.kind))
            new.append(dnt)
    if not new:
        return 0
    for dnt in new:
        row = [""] * len(header)
        for name, value in zip(DNT_HEADER, dnt_row(dnt), strict=True):
            row[where[name]] = value
        rows.append(row)
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([header, *rows])
    write_text(path, out.getvalue())
    return len(new)
