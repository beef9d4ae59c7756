"""The glossary's source of truth: one UTF-8 CSV per domain (format: glossary/README.md)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from desktop.core.glossary.model import LANGS, Concept, DntTerm, Glossary, Problem, Term

FIXED = ("concept", "pos", "definition_en", "definition_zh-Hans", "note")  # "id" is Indonesian
MAX_FIELD = 2000


def parse_cell(cell: str) -> tuple[Term, ...]:
    terms = []
    for i, raw in enumerate(p.strip() for p in cell.split(" | ")):
        if not raw:
            continue
        if raw.startswith("!"):
            terms.append(Term(raw[1:].strip(), "forbidden"))
        else:
            terms.append(Term(raw, "preferred" if not terms or i == 0 else "admitted"))
    return tuple(terms)


def format_cell(terms: tuple[Term, ...]) -> str:
    return " | ".join(("!" + t.text) if t.status == "forbidden" else t.text for t in terms)


def load_concepts(path: Path, glossary: Glossary) -> None:
    """Add the file's concepts; every bad row becomes a Problem, the rest still loads."""
    name = str(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        glossary.problems.append(Problem(name, 0, "unreadable", str(exc)))
        return
    try:
        rows = list(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        glossary.problems.append(Problem(name, 0, "malformed-row", str(exc)))
        return
    if not rows:
        return
    header = rows[0]
    unknown = [c for c in header if c not in FIXED and c not in LANGS]
    for column in unknown:
        glossary.problems.append(Problem(name, 1, "unknown-column", f"unknown column {column!r}"))
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            message = f"expected {len(header)} fields, got {len(row)}"
            glossary.problems.append(Problem(name, number, "malformed-row", message))
            continue
        long = [column for column, cell in zip(header, row, strict=True) if len(cell) > MAX_FIELD]
        if long:
            message = f"column {long[0]!r} is longer than {MAX_FIELD} characters"
            glossary.problems.append(Problem(name, number, "malformed-row", message))
            continue
        data = dict(zip(header, row, strict=True))
        cid = data.get("concept", "").strip()
        if not cid:
            glossary.problems.append(Problem(name, number, "malformed-row", "empty id"))
            continue
        if cid in glossary.concepts:
            glossary.problems.append(Problem(name, number, "duplicate-id", f"duplicate id {cid!r}"))
            continue
        terms = {lang: parse_cell(data[lang]) for lang in LANGS if data.get(lang, "").strip()}
        if not terms.get("en"):
            glossary.problems.append(
                Problem(name, number, "empty-preferred", f"{cid}: no English term")
            )
            continue
        glossary.concepts[cid] = Concept(
            id=cid, pos=data.get("pos", "noun"), note=data.get("note", ""),
            definitions={k: data[f"definition_{k}"] for k in ("en", "zh-Hans")
                         if data.get(f"definition_{k}")},
            terms=terms, source=name, line=number,
        )  # fmt: skip


def load_dnt(path: Path, glossary: Glossary) -> None:
    name = str(path)
    try:
        rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        glossary.problems.append(Problem(name, 0, "unreadable", str(exc)))
        return
    for number, row in enumerate(rows, start=2):
        term = (row.get("term") or "").strip()
        if not term:
            glossary.problems.append(Problem(name, number, "malformed-row", "empty term"))
            continue
        kind = (row.get("kind") or "other").strip()
        exact = (row.get("case_sensitive") or "yes").strip() != "no"
        start = (row.get("sentence_start") or "yes").strip() != "no"
        glossary.dnt.append(DntTerm(term, kind, exact, start))


def load_folder(folder: Path, glossary: Glossary | None = None) -> Glossary:
    """One layer: every *.csv (dnt.csv is the do-not-translate list). Later layers override."""
    glossary = glossary or Glossary()
    if not folder.is_dir():
        return glossary
    for path in sorted(folder.glob("*.csv")):
        if path.name == "dnt.csv":
            load_dnt(path, glossary)
        else:
            layer = Glossary()
            load_concepts(path, layer)
            glossary.concepts.update(layer.concepts)  # a higher layer replaces by id
            glossary.problems.extend(layer.problems)
    return glossary


def dump_concepts(concepts: list[Concept], cell: Callable[[str], str] = str) -> str:
    """The CSV source columns; `cell` may neutralise each value (exports: formula injection)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*FIXED, *LANGS])
    for c in sorted(concepts, key=lambda c: c.id):
        definitions = [c.definitions.get("en", ""), c.definitions.get("zh-Hans", "")]
        cells = [format_cell(c.terms.get(lang, ())) for lang in LANGS]
        writer.writerow([cell(x) for x in [c.id, c.pos, *definitions, c.note, *cells]])
    return out.getvalue()
