"""Glossary in machine translation: DNT tokens pass unchanged, glossary terms get the approved
target term, and forbidden terms in a translation are flagged."""

from __future__ import annotations

from desktop.core.glossary.match import Match, Matcher
from desktop.core.glossary.model import Glossary
from desktop.core.languages import content_code
from desktop.core.translate.protect import Span


def mt_spans(
    glossary: Glossary, matcher: Matcher, text: str, source: str, target: str
) -> list[Span]:
    source, target = content_code(source), content_code(target)
    spans = []
    for m in matcher.find(text, source):
        if m.status == "dnt":
            spans.append(Span(m.start, m.end, text[m.start : m.end], "dnt"))
            continue
        if m.lang != source or m.status == "forbidden":
            continue
        approved = glossary.concepts[m.concept_id].preferred(target)
        if approved:
            spans.append(Span(m.start, m.end, approved, "glossary", m.concept_id))
    return spans


def forbidden_in(matcher: Matcher, text: str, lang: str) -> list[Match]:
    lang = content_code(lang)
    return [m for m in matcher.find(text, lang) if m.status == "forbidden" and m.lang == lang]
