"""TBX export: v3 TBX-Basic (DCA, the default) and v2 `martif` (Weblate, translate-toolkit,
older MultiTerm and memoQ); import lives in tbx_read.py."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from desktop.core.glossary.model import Concept, DntTerm, Glossary, domain_of
from desktop.core.glossary.tbx_read import DNT_FIELD, MID_SENTENCE, NS, XML_LANG, import_tbx

__all__ = ["DNT_FIELD", "export_tbx", "export_tbx2", "import_tbx"]

STATUS_TO_TBX = {"preferred": "preferredTerm-admn-sts", "admitted": "admittedTerm-admn-sts",
                 "forbidden": "deprecatedTerm-admn-sts"}  # fmt: skip
V2_DOCTYPE = (
    '<!DOCTYPE martif PUBLIC "ISO 12200:1999A//DTD MARTIF core (DXFcdV04)//EN" "TBXcdv04.dtd">'
)
TITLE = "ReplyBridge crypto glossary"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    if text is not None:
        element.text = text
    return element


def _dnt_note(dnt: DntTerm) -> str:
    """kind;case|nocase[;midsentence]: the DNT flags TBX has no data category for."""
    flags = [dnt.kind, "case" if dnt.case_sensitive else "nocase"]
    return ";".join(flags if dnt.sentence_start else [*flags, MID_SENTENCE])


def _sorted(glossary: Glossary) -> tuple[list[Concept], list[DntTerm]]:
    concepts = sorted(glossary.concepts.values(), key=lambda c: c.id)
    return concepts, sorted(glossary.dnt, key=lambda d: (d.text, d.kind))


def export_tbx(glossary: Glossary) -> str:
    """TBX-Basic v3, DCA style: conceptEntry / langSec / termSec."""
    ET.register_namespace("", NS)
    root = ET.Element("tbx", {"type": "TBX-Basic", "style": "dca", XML_LANG: "en", "xmlns": NS})
    header = _sub(root, "tbxHeader")
    _sub(_sub(_sub(header, "fileDesc"), "sourceDesc"), "p", TITLE)
    body = _sub(_sub(root, "text"), "body")
    concepts, dnts = _sorted(glossary)
    for concept in concepts:
        entry = _sub(body, "conceptEntry", id=concept.id)
        _sub(entry, "descrip", concept.pos, type="partOfSpeechDefault")
        if domain_of(concept):
            _sub(entry, "descrip", domain_of(concept), type="subjectField")
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
    for dnt in dnts:
        entry = _sub(body, "conceptEntry", id=f"dnt-{len(body)}")
        _sub(entry, "descrip", DNT_FIELD, type="subjectField")
        _sub(entry, "note", _dnt_note(dnt))
        term_sec = _sub(_sub(entry, "langSec", **{XML_LANG: "zxx"}), "termSec")
        _sub(term_sec, "term", dnt.text)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def export_tbx2(glossary: Glossary) -> str:
    """TBX v2 (ISO 30042:2008 `martif`): termEntry / langSet / tig, what translate-toolkit reads.

    Do-not-translate tokens are English entries flagged `Translation needed: no` (the flag
    translate-toolkit and Weblate read) and tagged with our subject field."""
    root = ET.Element("martif", {"type": "TBX", XML_LANG: "en"})
    header = _sub(root, "martifHeader")
    _sub(_sub(_sub(header, "fileDesc"), "sourceDesc"), "p", TITLE)
    body = _sub(_sub(root, "text"), "body")
    concepts, dnts = _sorted(glossary)
    for concept in concepts:
        entry = _sub(body, "termEntry", id=concept.id)
        if domain_of(concept):
            _sub(entry, "descrip", domain_of(concept), type="subjectField")
        if concept.note:
            _sub(entry, "note", concept.note)
        for lang in sorted(set(concept.terms) | set(concept.definitions)):
            section = _sub(entry, "langSet", **{XML_LANG: lang})
            if lang in concept.definitions:
                _sub(section, "descrip", concept.definitions[lang], type="definition")
            for term in concept.terms.get(lang, ()):
                tig = _sub(section, "tig")
                _sub(tig, "term", term.text)
                _sub(tig, "termNote", concept.pos, type="partOfSpeech")
                _sub(tig, "termNote", STATUS_TO_TBX[term.status], type="administrativeStatus")
    for number, dnt in enumerate(dnts, start=1):
        entry = _sub(body, "termEntry", id=f"dnt-{number}")
        _sub(entry, "descrip", DNT_FIELD, type="subjectField")
        _sub(entry, "descrip", "no", type="Translation needed")
        _sub(entry, "note", _dnt_note(dnt))
        _sub(_sub(_sub(entry, "langSet", **{XML_LANG: "en"}), "tig"), "term", dnt.text)
    ET.indent(root)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + V2_DOCTYPE
        + "\n"
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )
