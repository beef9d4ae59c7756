"""TBX import: v2 (`martif`, tig and ntig) and v3 TBX-Basic (DCA and DCT), parsed by defusedxml
with entities and external references forbidden; a DOCTYPE that only names a DTD is accepted and
the DTD is never fetched."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from desktop.core.errors import BadInputError
from desktop.core.glossary.model import Concept, DntTerm, Glossary, Problem, Term
from desktop.core.glossary.tidy import (
    clean_term,
    clean_text,
    concept_id,
    norm_lang,
    slug,
    status_of,
    tidy_terms,
)

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DNT_FIELD = "do-not-translate"
MID_SENTENCE = "midsentence"  # DNT note flag: kept only mid-sentence (sentence_start = False)
MAX_BYTES = 50_000_000
EXPECTED = "TBX (a <tbx> v3 or <martif> v2 root)"
GROUPS = {"descripGrp", "termNoteGrp", "termGrp", "adminGrp", "transacGrp"}
CATEGORY_TAGS = {"descrip", "termNote", "admin"}
DCT_CATEGORIES = {"administrativeStatus", "definition", "partOfSpeech", "subjectField",
                  "context", "termType"}  # fmt: skip
LANG_TAGS = {"langSet", "langSec"}
TERM_TAGS = {"tig", "ntig", "termSec"}
DEFINITION_LANGS = ("en", "zh-Hans")  # the CSV source's definition columns


def parse_xml(data: bytes, what: str = "TBX") -> ET.Element:
    """Parse untrusted XML in any encoding; entity declarations and external references refused."""
    import defusedxml.ElementTree as safe_et
    from defusedxml import DefusedXmlException

    if len(data) > MAX_BYTES:
        raise BadInputError(f"the {what} file is larger than {MAX_BYTES // 1_000_000} MB")
    try:
        root: ET.Element = safe_et.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException:
        raise BadInputError(
            f"{what} files that declare entities in their DTD are not accepted "
            "(a DOCTYPE line that only names a DTD is fine)"
        ) from None
    except ET.ParseError as exc:
        raise BadInputError(f"broken {what} at line {exc.position[0]}: {exc.msg}") from None
    except (ValueError, LookupError, UnicodeError, RecursionError) as exc:
        raise BadInputError(f"unreadable {what}: {str(exc)[:200]}") from None
    return root


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: ET.Element) -> str:
    return clean_text("".join(element.itertext()))


def _categories(node: ET.Element, depth: int = 0) -> Iterator[tuple[str, str]]:
    """(type, text) of the data categories on this level: DCA `<descrip type=...>`, DCT
    `<basic:definition>`, `note`, and those inside groups (ntig's termGrp, descripGrp...)."""
    for child in node:
        name = _local(child.tag)
        if name in GROUPS and depth < 3:
            yield from _categories(child, depth + 1)
        elif name in CATEGORY_TAGS:  # a descrip without a type (translate-toolkit) is a definition
            yield child.get("type") or ("definition" if name == "descrip" else ""), _text(child)
        elif name == "note" or name in DCT_CATEGORIES:
            yield name, _text(child)


def _lang(section: ET.Element) -> str:
    return section.get(XML_LANG) or section.get("lang") or ""


def _term_of(container: ET.Element, depth: int = 0) -> ET.Element | None:
    for child in container:
        name = _local(child.tag)
        if name == "term":
            return child
        if name == "termGrp" and depth < 2:
            return _term_of(child, depth + 1)
    return None


class _Reader:
    def __init__(self, source: str) -> None:
        self.source = source
        self.glossary = Glossary()
        self.skipped_langs: set[str] = set()

    def problem(self, line: int, code: str, message: str) -> None:
        self.glossary.problems.append(Problem(self.source, line, code, message))

    def entry(self, entry: ET.Element, number: int) -> None:
        cats = list(_categories(entry))
        values: dict[str, str] = {}
        for kind, value in cats:
            values.setdefault(kind, value)
        dnt = values.get("subjectField") == DNT_FIELD or any(
            k.casefold() == "translation needed" and v.casefold() == "no" for k, v in cats
        )
        pos = values.get("partOfSpeechDefault") or values.get("partOfSpeech") or ""
        definitions: dict[str, str] = {}
        terms: dict[str, list[Term]] = {}
        all_texts: list[str] = []
        for section in entry:
            if _local(section.tag) not in LANG_TAGS:
                continue
            code = _lang(section)
            lang = norm_lang(code)
            for kind, value in _categories(section):
                if kind == "definition" and lang and value:
                    definitions.setdefault(lang, value)
            for container in section:
                if _local(container.tag) not in TERM_TAGS:
                    continue
                element = _term_of(container)
                if element is None:
                    continue
                text = clean_term(_text(element))
                if not text:
                    continue
                all_texts.append(text)
                status = None
                for kind, value in _categories(container):
                    if kind == "administrativeStatus":
                        status = status_of(value)
                    elif kind == "partOfSpeech" and not pos:
                        pos = value
                if lang is None:
                    if code.casefold() not in ("zxx", "und", "") or not dnt:
                        self.skipped_langs.add(code)
                    continue
                terms.setdefault(lang, []).append(Term(text, status or "preferred"))
        if dnt:
            kind, *flags = [f.strip() for f in values.get("note", "").split(";")]
            for text in dict.fromkeys(all_texts):
                dnt_term = DntTerm(text, slug(kind) or "other", "nocase" not in flags,
                                   MID_SENTENCE not in flags)  # fmt: skip
                self.glossary.dnt.append(dnt_term)
            return
        tidy = {lang: tidy_terms(found) for lang, found in terms.items()}
        tidy = {lang: found for lang, found in tidy.items() if found}
        if not tidy:
            return
        if "en" not in tidy:
            self.problem(0, "empty-preferred", f"entry {number}: no English term, skipped")
            return
        if values.get("definition") and "en" not in definitions:
            definitions["en"] = values["definition"]  # v2 often keeps it on the concept level
        cid = concept_id(entry.get("id") or "", tidy["en"][0].text, self.glossary.concepts)
        for lang in sorted(set(definitions) - set(DEFINITION_LANGS)):
            message = f"{cid}: the {lang} definition is not kept (definitions: en, zh-Hans)"
            self.problem(0, "dropped-definition", message)
            del definitions[lang]
        note = "; ".join(dict.fromkeys(v for k, v in cats if k == "note" and v))
        self.glossary.concepts[cid] = Concept(
            cid, clean_text(pos).lower() or "noun", definitions, note, tidy,
            source=self.source, line=number, domain=slug(values.get("subjectField", "")),
        )  # fmt: skip


def import_tbx(data: bytes, source: str = "import.tbx") -> Glossary:
    """Concepts and do-not-translate tokens from a TBX file; unusable entries become Problems."""
    root = parse_xml(data)
    kind = _local(root.tag)
    if kind not in ("tbx", "martif"):
        raise BadInputError(f"not a TBX file: expected {EXPECTED}, found <{kind}>")
    reader = _Reader(source)
    entries = (e for e in root.iter() if _local(e.tag) in ("conceptEntry", "termEntry"))
    for number, entry in enumerate(entries, start=1):
        reader.entry(entry, number)
    for code in sorted(reader.skipped_langs):
        reader.problem(0, "unknown-language", f"terms in language {code!r} skipped")
    return reader.glossary
