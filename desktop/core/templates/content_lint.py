"""Content lint for reply templates: safety, promises, variables, greetings and glossary terms.

Pure checks over a TemplateLibrary (and optionally a glossary) that return LintIssue codes; the
test suite fails on any finding and `replybridge templates lint` prints one line per finding.
Every body is rendered with all its example values and with the required ones only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.core.templates import content_rules as R
from desktop.core.templates.library import Template, TemplateLibrary
from desktop.core.templates.render import Renderer, RenderError, strip_markers

BUILTINS = frozenset({"greeting", "signoff", "locked", "lang", "daypart", "customer_name",
                      "agent_name", "team_name", "closing", "customer_utc_offset"})  # fmt: skip
_SENTENCE = re.compile(r"[^.!?。！？\n]+[.!?。！？]*")
_LOCKED_CALL = re.compile(r"""locked\(\s*["']([a-z0-9-]+)["']\s*\)""")
_CLAUSE = re.compile(r"[,;:，；、]")
_JINJA = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)


@dataclass(frozen=True)
class LintIssue:
    code: str
    template_id: str  # "_shared" for locked sentences, "glossary:<concept>" for the glossary
    lang: str
    detail: str = ""

    def line(self) -> str:
        return f"{self.template_id} [{self.lang}] {self.code}: {self.detail}".rstrip(": ")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


# -- text rules (also used directly by the tests that feed the old faulty wording) ----------------
def text_issues(text: str, lang: str, category: str, template_id: str = "") -> list[LintIssue]:
    """Rules over one reply's text in one language (rendered, markers stripped)."""
    from desktop.core import lint_secrets as S

    out: list[LintIssue] = []

    def add(code: str, detail: str) -> None:
        out.append(LintIssue(code, template_id, lang, detail[:120]))

    for start, end in S.secret_requests(text):
        add("asks-for-secret", text[start:end].strip())
    negation = R.NEGATION.get(lang)
    for sentence in sentences(text):
        if R.EXTRA_SECRET_NOUNS.search(sentence) and (
            S.SEND_VERBS.search(sentence) or S.ASK_VERBS.search(sentence)
        ):
            if not (S.NEGATIONS.search(sentence) or S.THIRD_PARTY.search(sentence)):
                add("asks-for-secret", sentence)
        absolute = R.ABSOLUTE.get(lang)
        if absolute and (m := absolute.search(sentence)):
            if not (negation and negation.search(sentence)):
                add("absolute-promise", m.group(0))
        commit = R.COMMITMENT.get(lang)
        condition = R.CONDITION.get(lang)
        if commit and category.startswith(R.MONEY) and commit.search(sentence):
            if not (condition and condition.search(sentence)):
                add("unconditional-promise", sentence)
        if _asks_for_screenshot(sentence, lang) and not R.SCREENSHOT_WARNING.search(text):
            add("screenshot-without-warning", sentence)
    for code, categories, patterns in R.CLAIMS:
        if categories and not category.startswith(categories):
            continue
        pattern = patterns.get(lang)
        if pattern and (m := pattern.search(text)):
            add(code, m.group(0))
    for topic in R.CATEGORY_TOPICS.get(category, ()):
        pattern = R.TOPICS[topic].get(lang)
        if pattern is not None and not pattern.search(text):
            add("missing-topic", topic)
    cheerful = R.CHEERFUL.get(lang)
    if cheerful and category in _sombre() and (m := cheerful.search(text)):
        add("cheerful-signoff", m.group(0))
    return out


def _asks_for_screenshot(sentence: str, lang: str) -> bool:
    """A clause that asks for a screenshot ("a screenshot sent to you can be faked" does not)."""
    shot, request = R.SCREENSHOT.get(lang), R.SCREENSHOT_REQUEST.get(lang)
    if shot is None or request is None:
        return False
    negation = R.NEGATION.get(lang)
    return any(
        shot.search(clause) and request.search(clause)
        and not (negation and negation.search(clause))
        for clause in _CLAUSE.split(sentence)
    )  # fmt: skip


def _sombre() -> frozenset[str]:
    from desktop.core.templates.greeting import SOMBRE_CATEGORIES

    return SOMBRE_CATEGORIES


def shape_issues(text: str, lang: str, template_id: str = "") -> list[LintIssue]:
    """Greeting, body and sign-off fit together: no leftover tags, no double greeting/thanks."""
    out: list[LintIssue] = []
    if m := R.PLACEHOLDER.search(text):
        out.append(LintIssue("leftover-placeholder", template_id, lang, m.group(0)))
    paragraphs = [p.strip() for p in text.strip().split("\n\n") if p.strip()]
    if len(paragraphs) < 3:
        return out
    greeting, body, signoff = paragraphs[0], "\n\n".join(paragraphs[1:-1]), paragraphs[-1]
    body_sentences = sentences(body)
    start = R.GREETING_START.get(lang)
    if start and body_sentences and start.search(body_sentences[0]):
        out.append(LintIssue("double-greeting", template_id, lang, body_sentences[0][:80]))
    thanks = R.THANKS.get(lang)
    if thanks and body_sentences:
        if thanks.search(greeting) and thanks.search(body_sentences[0]):
            out.append(LintIssue("double-thanks", template_id, lang, body_sentences[0][:80]))
        first_close = sentences(signoff)[:1]
        if first_close and thanks.search(first_close[0]) and thanks.search(body_sentences[-1]):
            out.append(LintIssue("double-thanks", template_id, lang, body_sentences[-1][:80]))
    return out


def number_issues(source: str, lang: str, template_id: str = "") -> list[LintIssue]:
    """Hours, fees and percentages come from variables (team policy), never from the text."""
    plain = _JINJA.sub(" ", source)
    return [LintIssue("fixed-number", template_id, lang, m.group(0).strip())
            for m in R.FIXED_NUMBER.finditer(plain)]  # fmt: skip


# -- template-level rules ---------------------------------------------------------------------
def _used_variables(renderer: Renderer, source: str) -> set[str]:
    from jinja2 import meta

    return set(meta.find_undeclared_variables(renderer.env.parse(source))) - BUILTINS


def template_issues(renderer: Renderer, template: Template) -> list[LintIssue]:
    tid = template.id
    out: list[LintIssue] = []
    sources = {lang: path.read_text(encoding="utf-8") for lang, path in template.bodies.items()}
    declared = {v.name for v in template.variables}
    for key in R.required_locked(template.category):
        if key not in template.locked:
            out.append(LintIssue("missing-locked", tid, "*", key))
    used_sets: dict[str, set[str]] = {}
    for lang, source in sorted(sources.items()):
        calls = set(_LOCKED_CALL.findall(source))
        for key in sorted(set(template.locked) - calls):
            out.append(LintIssue("missing-locked", tid, lang, key))
        for key in sorted(calls - set(template.locked)):
            out.append(LintIssue("undeclared-locked", tid, lang, key))
        try:
            used_sets[lang] = _used_variables(renderer, source)
        except Exception as exc:  # a syntax error is reported by Renderer.check as well
            out.append(LintIssue("syntax-error", tid, lang, str(exc)))
            continue
        for name in sorted(used_sets[lang] - declared):
            out.append(LintIssue("undeclared-variable", tid, lang, name))
        if "|date" in source.replace(" ", "") and any(
            R.TIME_VARIABLE.search(n) for n in used_sets[lang]
        ):
            out.append(LintIssue("deadline-without-zone", tid, lang, "date filter drops time"))
        out.extend(number_issues(source, lang, tid))
    reference = used_sets.get("en", set())
    for lang, used in sorted(used_sets.items()):
        if used != reference:
            detail = ", ".join(sorted(used ^ reference))
            out.append(LintIssue("variables-differ", tid, lang, detail))
    for variable in template.variables:
        if R.TIME_VARIABLE.search(variable.name) and (
            variable.type == "date" or not R.ZONE_MARK.search(variable.example)
        ):
            out.append(LintIssue("deadline-without-zone", tid, "*", variable.name))
    for lang in sorted(sources):
        out.extend(_render_issues(renderer, template, lang))
    return out


def _render_issues(renderer: Renderer, template: Template, lang: str) -> list[LintIssue]:
    examples = {v.name: v.example or v.name for v in template.variables}
    required = {v.name: examples[v.name] for v in template.variables if v.required}
    found: dict[tuple[str, str], LintIssue] = {}
    for values in (examples, required):
        try:
            text = strip_markers(renderer.render(template.id, lang, values).text)
        except RenderError as exc:
            issue = LintIssue("render-error", template.id, lang, str(exc))
            found[(issue.code, issue.detail)] = issue
            continue
        for issue in text_issues(text, lang, template.category, template.id) + shape_issues(
            text, lang, template.id
        ):
            found.setdefault((issue.code, issue.detail), issue)
    return list(found.values())


def locked_issues(renderer: Renderer) -> list[LintIssue]:
    """Every approved sentence exists in all 17 languages and names what it must (faults 1-3)."""
    out: list[LintIssue] = []
    texts: dict[str, dict[str, str]] = renderer._locked_texts
    for key, by_lang in sorted(texts.items()):
        for lang in R.LANGS:
            text = by_lang.get(lang)
            if not text:
                out.append(LintIssue("locked-missing-language", "_shared", lang, key))
                continue
            for word in R.LOCKED_MENTIONS.get(key, {}).get(lang, ()):
                if word.casefold() not in text.casefold():
                    out.append(LintIssue("locked-incomplete", "_shared", lang, f"{key}: {word}"))
            out.extend(
                LintIssue(i.code, "_shared", lang, f"{key}: {i.detail}")
                for i in text_issues(text, lang, "", "_shared") + number_issues(text, lang)
            )
    return out


class _Matchers:
    """One glossary matcher per language: terms spelled alike in two languages ("memo") must
    not hide each other."""

    def __init__(self, glossary: Any) -> None:
        self.glossary = glossary
        self._by_lang: dict[str, Any] = {}

    def __call__(self, lang: str) -> Any:
        from desktop.core.glossary.match import Matcher

        if lang not in self._by_lang:
            self._by_lang[lang] = Matcher(self.glossary, langs=(lang,))
        return self._by_lang[lang]


def title_issues(template: Template, matchers: _Matchers) -> list[LintIssue]:
    """Titles use the glossary's preferred term for each concept the English title names."""
    out: list[LintIssue] = []
    english = template.titles.get("en", "")
    concepts = {m.concept_id for m in matchers("en").find(english) if m.concept_id}
    for lang, title in sorted(template.titles.items()):
        matches = [m for m in matchers(lang).find(title) if m.concept_id]
        for m in matches:
            if m.status == "forbidden":
                out.append(LintIssue("forbidden-term", template.id, lang, f"title: {m.term}"))
        if lang == "en":
            continue
        for cid in sorted(concepts):
            preferred = matchers.glossary.concepts[cid].preferred(lang)
            statuses = {m.status for m in matches if m.concept_id == cid}
            # A paraphrase without the concept's term is allowed; an admitted synonym is not.
            if preferred and statuses and "preferred" not in statuses:
                detail = f"{cid}: use {preferred!r}"
                out.append(LintIssue("title-not-preferred", template.id, lang, detail))
    return out


def forbidden_issues(
    renderer: Renderer, template: Template, matchers: _Matchers
) -> list[LintIssue]:
    out = []
    examples = {v.name: v.example for v in template.variables}
    for lang in sorted(template.bodies):
        text = strip_markers(renderer.render(template.id, lang, examples).text)
        for m in matchers(lang).find(text):
            if m.status == "forbidden":
                out.append(LintIssue("forbidden-term", template.id, lang, m.term))
    return out


def lint_library(library: TemplateLibrary, glossary: Any = None) -> list[LintIssue]:
    """All findings over the library's templates and locked sentences (glossary optional)."""
    renderer = Renderer(library)
    issues = [LintIssue("library-" + p.code, p.file, "*", p.message) for p in library.problems]
    issues += [LintIssue(p.code, p.file, "*", p.message) for p in renderer.check()]
    issues += locked_issues(renderer)
    matchers = _Matchers(glossary) if glossary is not None else None
    for template in sorted(library.templates.values(), key=lambda t: t.id):
        issues += template_issues(renderer, template)
        if matchers is not None:
            issues += title_issues(template, matchers)
            issues += forbidden_issues(renderer, template, matchers)
    return issues


def lint_glossary(glossary: Any) -> list[LintIssue]:
    """Glossary notes and definitions the replies rely on (faults 5, 13, 17)."""
    out: list[LintIssue] = []
    for concept in sorted(glossary.concepts.values(), key=lambda c: c.id):
        texts = [concept.note, *concept.definitions.values()]
        for text in texts:
            for m in R.FIXED_NUMBER.finditer(text or ""):
                out.append(LintIssue("fixed-number", f"glossary:{concept.id}", "*", m.group(0)))
        english = concept.definitions.get("en", "")
        if concept.id == "confirmation" and re.search(r"after the transaction", english, re.I):
            out.append(LintIssue("wrong-definition", "glossary:confirmation", "en", english))
        if concept.id == "failed" and re.search(r"return\w* to the balance", english, re.I):
            out.append(LintIssue("unconditional-refund", "glossary:failed", "en", english))
    return out


def format_issues(issues: Iterable[LintIssue]) -> list[str]:
    return [issue.line() for issue in issues]
