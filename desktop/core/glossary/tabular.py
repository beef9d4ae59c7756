"""Tables in and out: CSV/TSV in the encodings spreadsheets write (detected, and said), sheets
of rows (Excel), OmegaT glossaries; CSV export neutralises cells a spreadsheet would run."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.csvsafe import escape_cell, unescape_cell
from desktop.core.errors import BadInputError
from desktop.core.glossary.csvfmt import FIXED, MAX_FIELD, dump_concepts, parse_cell
from desktop.core.glossary.model import LANGS, Concept, DntTerm, Glossary, Problem, Term
from desktop.core.glossary.tidy import clean_text, concept_id, norm_lang, slug, tidy_terms

MAX_BYTES = 50_000_000
DNT_HEADER = ("term", "kind", "case_sensitive", "note", "sentence_start")
NO = ("no", "false", "0")
DELIMITERS = {",": "comma", ";": "semicolon", "\t": "tab"}
BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))  # fmt: skip


@dataclass(frozen=True)
class Table:
    rows: list[list[str]]
    encoding: str  # what the bytes were decoded with (utf-8, utf-16, gb18030, big5, cp932...)
    delimiter: str  # comma, semicolon or tab


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding used: a BOM, else strict UTF-8, else UTF-16 by its zero bytes,
    else charset-normalizer's best guess (GB18030, Big5, Shift-JIS... from localized Excel)."""
    if len(data) > MAX_BYTES:
        raise BadInputError(f"the file is larger than {MAX_BYTES // 1_000_000} MB")
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", " with BOM")
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) >= 4 and max(even, odd) > len(data) // 4:
        name = "utf-16-be" if even > odd else "utf-16-le"
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            pass
    hinted = _header_hint(data)
    if hinted:
        try:
            return data.decode(hinted), hinted
        except UnicodeDecodeError:
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or b"\x00" in data:
        raise BadInputError("the file is not text in any encoding we know (binary?)")
    return str(best), best.encoding.replace("_", "-")


CJK_CODECS = {"zh-Hans": "gb18030", "zh-Hant": "big5", "ja": "cp932", "ko": "cp949"}


def _header_hint(data: bytes) -> str | None:
    """The legacy encoding a header's only CJK language column implies (zh-Hans: GB18030...):
    short files are where detectors confuse GB18030 with Big5."""
    first = data.split(b"\n", 1)[0].decode("latin-1")
    cells = first.replace(";", ",").replace("\t", ",").split(",")
    names = {norm_lang(c.strip(' "')) for c in cells}
    cjk = [CJK_CODECS[lang] for lang in CJK_CODECS if lang in names]
    return cjk[0] if len(cjk) == 1 else None


def read_table(data: bytes, omegat: bool = False) -> Table:
    """Rows of a CSV/TSV file; the delimiter is the one that splits the header best."""
    text, encoding = decode(data)
    if "\x00" in text:
        raise BadInputError("the file contains NUL characters: not a text table")
    lines = text.splitlines()
    if omegat:
        rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
        return Table(rows, encoding, "tab")
    header = next((line for line in lines if line.strip()), "")
    delimiter = max(DELIMITERS, key=lambda d: (len(next(csv.reader([header], delimiter=d))), d))
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as exc:
        raise BadInputError(f"broken CSV: {exc}") from None
    return Table(rows, encoding, DELIMITERS[delimiter])


def _columns(header: Sequence[str]) -> dict[int, str]:
    """Column index -> our name (fixed fields, language codes in any spelling, domain)."""
    named: dict[int, str] = {}
    for i, raw in enumerate(header):
        cell = clean_text(raw).lstrip("\ufeff")
        name = cell if cell in FIXED or cell in DNT_HEADER or cell == "domain" else None
        if name is None and cell.casefold() in ("concept", "domain", "pos", "note"):
            name = cell.casefold()
        name = name or norm_lang(cell) if cell else None
        if name and name not in named.values():
            named[i] = name
    return named


def is_dnt_header(header: Sequence[str]) -> bool:
    names = set(_columns(header).values())
    return "term" in names and "en" not in names


def rows_to_glossary(rows: Sequence[Sequence[str]], source: str, glossary: Glossary,
                     domain: str = "", escaped: bool = True) -> None:  # fmt: skip
    """Concept or DNT rows (first row the header) into `glossary`; bad rows become Problems."""
    numbered = [(n, r) for n, r in enumerate(rows, start=1) if any(clean_text(c) for c in r)]
    if not numbered:
        return
    header = numbered[0][1]
    if is_dnt_header(header):
        _dnt_rows(numbered, source, glossary, escaped)
        return
    columns = _columns(header)
    if "en" not in columns.values():
        return
    for number, row in numbered[1:]:
        cells = [unescape_cell(c) if escaped else c for c in row]
        if any(len(c) > MAX_FIELD for c in cells):
            message = f"a cell is longer than {MAX_FIELD} characters"
            glossary.problems.append(Problem(source, number, "malformed-row", message))
            continue
        data = {name: cells[i] for i, name in columns.items() if i < len(cells)}
        terms = {lang: tidy_terms(list(parse_cell(clean_text(data.get(lang, "")))))
                 for lang in LANGS}  # fmt: skip
        terms = {lang: found for lang, found in terms.items() if found}
        if not terms.get("en"):
            message = "no English term"
            glossary.problems.append(Problem(source, number, "empty-preferred", message))
            continue
        wanted = clean_text(data.get("concept", ""))
        if wanted and wanted in glossary.concepts:
            message = f"duplicate id {wanted!r}"
            glossary.problems.append(Problem(source, number, "duplicate-id", message))
            continue
        cid = concept_id(wanted, terms["en"][0].text, glossary.concepts)
        definitions = {k: clean_text(data.get(f"definition_{k}", "")) for k in ("en", "zh-Hans")}
        glossary.concepts[cid] = Concept(
            cid, clean_text(data.get("pos", "")).lower() or "noun",
            {k: v for k, v in definitions.items() if v}, clean_text(data.get("note", "")),
            terms, source=source, line=number, domain=slug(data.get("domain", "")) or domain,
        )  # fmt: skip


def _dnt_rows(numbered: list[tuple[int, Sequence[str]]], source: str, glossary: Glossary,
              escaped: bool) -> None:  # fmt: skip
    columns = {name: i for i, name in _columns(numbered[0][1]).items()}
    for number, row in numbered[1:]:
        cells = [unescape_cell(c) if escaped else c for c in row]

        def cell(name: str, cells: list[str] = cells) -> str:
            i = columns.get(name)
            return clean_text(cells[i]) if i is not None and i < len(cells) else ""

        term = cell("term")[:MAX_FIELD]
        if not term:
            glossary.problems.append(Problem(source, number, "malformed-row", "empty term"))
            continue
        exact, start = (cell(n).casefold() not in NO for n in ("case_sensitive", "sentence_start"))
        glossary.dnt.append(DntTerm(term, slug(cell("kind")) or "other", exact, start))


def omegat_to_glossary(rows: Sequence[Sequence[str]], source: str, from_lang: str,
                       to_lang: str, existing: dict[str, Concept]) -> Glossary:  # fmt: skip
    """OmegaT rows (source term, target term, comment) for a language pair: a row whose source
    term names an existing concept adds its target term there (first = preferred), other rows
    become new concepts (which need an English side)."""
    index: dict[str, str] = {}
    for concept in sorted(existing.values(), key=lambda c: c.id):
        for term in concept.terms.get(from_lang, ()):
            index.setdefault(term.text.casefold(), concept.id)
    glossary = Glossary()
    pending: dict[str, Concept] = {}
    for number, row in enumerate(rows, start=1):
        src, dst = clean_text(row[0]), clean_text(row[1]) if len(row) > 1 else ""
        comment = clean_text(row[2]) if len(row) > 2 else ""
        if not src or not dst or len(src) > MAX_FIELD or len(dst) > MAX_FIELD:
            message = "expected source term, target term, comment (tab-separated)"
            glossary.problems.append(Problem(source, number, "malformed-row", message))
            continue
        cid = index.get(src.casefold())
        if cid is None and from_lang != "en" and to_lang != "en":
            message = f"{src!r} is in no concept and has no English side"
            glossary.problems.append(Problem(source, number, "empty-preferred", message))
            continue
        if cid is None:
            cid = concept_id("", src if from_lang == "en" else dst, {**existing, **pending})
            index[src.casefold()] = cid
            base = Concept(cid, note=comment, source=source, line=number)
            terms: dict[str, tuple[Term, ...]] = {from_lang: (Term(src),)}
        else:
            base = pending.get(cid) or existing[cid]
            terms = dict(base.terms)
        if cid in pending:  # a later row for the same concept: one more admitted term
            ordered = [*terms.get(to_lang, ()), Term(dst, "admitted")]
        else:  # the file's first target term for a concept becomes the preferred one
            ordered = [Term(dst), *(t for t in terms.get(to_lang, ()) if t.text != dst)]
        terms[to_lang] = tidy_terms(ordered)
        pending[cid] = Concept(cid, base.pos, base.definitions, base.note or comment, terms,
                               source=source, line=number, domain=base.domain)  # fmt: skip
    glossary.concepts.update(pending)
    return glossary


def dump_concepts_safe(concepts: list[Concept]) -> str:
    """The CSV source columns, each cell neutralised against formula injection (OWASP)."""
    return dump_concepts(concepts, cell=escape_cell)


def dnt_row(d: DntTerm) -> list[str]:
    """One DntTerm in DNT_HEADER's columns."""
    yes_no = ("yes" if d.case_sensitive else "no", "yes" if d.sentence_start else "no")
    return [d.text, d.kind, yes_no[0], "", yes_no[1]]


def dump_dnt(dnt: list[DntTerm], safe: bool = True) -> str:
    """The do-not-translate list in dnt.csv's columns."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(DNT_HEADER)
    for d in sorted(dnt, key=lambda d: (d.text, d.kind)):
        row = dnt_row(d)
        writer.writerow([escape_cell(x) for x in row] if safe else row)
    return out.getvalue()
