"""TBX-Basic export/import (what CAT tools and Weblate exchange); lossless with the CSV source."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop.core.errors import BadInputError
from desktop.core.glossary.model import Concept, DntTerm, Glossary, Term

NS = "urn:iso:std:iso:30042:ed-2"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STATUS_TO_TBX = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
                 "forbidden": "deprecatedTerm-admn-sts"}  # fmt: skip
TBX_TO_STATUS = {v: k for k, v in STATUS_TO_TBX.items()}
DNT_FIELD = "do-not-translate"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def export_tbx(glossary: Glossary) -> str:
    ET.register_namespace("", NS)
    root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en", "xmlns": NS})
    header = _sub(root, "tbxHeader")
    _sub(_sub(_sub(header, "fileDesc"), "sourceDesc"), "p", "ReplyBridge crypto glossary")
    body = _sub(_sub(root, "text"), "body")
    for concept in sorted(glossary.concepts.values(), key=lambda c: c.id):
        entry = _sub(body, "conceptEntry", id=concept.id)
        _sub(entry, "descrip", concept.pos, type="partOfSpeechDefault")
        if concept.note:
            _sub(entry, "note", concept.note)
        for lang in sorted(set(concept.terms) | set(concept.definitions)):
            section = _sub(entry, "langSec", **{XML_LANG: lang})
            if lang in concept.definitions:
                _sub(section, "descrip", concept.definitions[lang], type="definition")
            for term in concept.terms.get(lang, ()):
                term_sec = _sub(section, "termSec")
                _sub(term_sec, "term", term.text)
                _sub(term_sec, "termNote", STATUS_TO_TBX[term.status], type="administrativeStatus")
    for dnt in sorted(glossary.dnt, key=lambda d: (d.text, d.kind)):
        entry = _sub(body, "conceptEntry", id=f"dnt-{len(body)}")
        _sub(entry, "descrip", DNT_FIELD, type="subjectField")
        _sub(entry, "note", f"{dnt.kind};{'case' if dnt.case_sensitive else 'nocase'}")
        term_sec = _sub(_sub(entry, "langSec", **{XML_LANG: "zxx"}), "termSec")
        _sub(term_sec, "term", dnt.text)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def import_tbx(data: bytes) -> Glossary:
    """Parse TBX-Basic; DTDs and entities are refused (no billion-laughs expansion)."""
    head = data[:4096].upper()
    if b"<!DOCTYPE" in head or b"<!ENTITY" in data.upper():
        raise BadInputError("TBX files with a DTD or entities are not accepted")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        raise BadInputError(f"broken TBX at line {exc.position[0]}: {exc.msg}") from None
    glossary = Glossary()
    namespaced = root.tag.startswith("{")

    def q(tag: str) -> str:
        return f"{{{NS}}}{tag}" if namespaced else tag

    for entry in root.iter(q("conceptEntry")):
        descrips = {d.get("type"): (d.text or "") for d in entry.findall(q("descrip"))}
        note = (entry.findtext(q("note")) or "").strip()
        if descrips.get("subjectField") == DNT_FIELD:
            kind, _, case = note.partition(";")
            for term in entry.iter(q("term")):
                glossary.dnt.append(DntTerm(term.text or "", kind or "other", case != "nocase"))
            continue
        terms: dict[str, tuple[Term, ...]] = {}
        definitions: dict[str, str] = {}
        for section in entry.findall(q("langSec")):
            lang = section.get(XML_LANG, "")
            for d in section.findall(q("descrip")):
                if d.get("type") == "definition":
                    definitions[lang] = d.text or ""
            found = []
            for term_sec in section.findall(q("termSec")):
                status = "preferred"
                for tn in term_sec.findall(q("termNote")):
                    if tn.get("type") == "administrativeStatus":
                        status = TBX_TO_STATUS.get(tn.text or "", "admitted")
                found.append(Term(term_sec.findtext(q("term")) or "", status))
            if found:
                terms[lang] = tuple(found)
        cid = entry.get("id") or ""
        if cid and terms:
            glossary.concepts[cid] = Concept(cid, descrips.get("partOfSpeechDefault", "noun"),
                                             definitions, note, terms)  # fmt: skip
    return glossary
