"""What an import will change, computed before anything is written: incoming concepts matched
to the ones we have, new concepts, changed terms and fields, conflicts. Pure functions."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from desktop.core.glossary.csvfmt import format_cell
from desktop.core.glossary.model import LANGS, Concept, DntTerm, Glossary, domain_of


@dataclass(frozen=True)
class FieldChange:
    concept_id: str
    field: str  # a language code, "pos", "note" or "definition_<lang>"
    before: str
    after: str


@dataclass(frozen=True)
class ImportConflict:
    concept_id: str
    code: str  # "term-in-other-concept" | "edited-locally"
    lang: str = ""
    term: str = ""
    other_id: str = ""


@dataclass(frozen=True)
class ImportPreview:
    new: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: tuple[str, ...]
    changes: tuple[FieldChange, ...]
    conflicts: tuple[ImportConflict, ...]
    new_dnt: tuple[str, ...]

    @property
    def writes_anything(self) -> bool:
        return bool(self.new or self.changed or self.new_dnt)


def _en_index(concepts: Iterable[Concept]) -> dict[str, list[str]]:
    index: dict[str, list[str]] = {}
    for concept in concepts:
        preferred = concept.preferred("en")
        if preferred:
            index.setdefault(preferred.casefold(), []).append(concept.id)
    return index


def reconcile(existing: dict[str, Concept], incoming: Glossary) -> Glossary:
    """Incoming concepts as they will be stored: one whose id we do not have but whose English
    preferred term names exactly one concept we have takes that id; a known concept keeps the
    languages, definitions and note the file does not carry (an import adds, never drops)."""
    by_en = _en_index(existing.values())
    out: dict[str, Concept] = {}
    for concept in incoming.concepts.values():
        cid = concept.id
        matches = by_en.get((concept.preferred("en") or "").casefold(), [])
        if cid not in existing and len(matches) == 1 and matches[0] not in incoming.concepts:
            cid = matches[0]
        old = existing.get(cid)
        if old is not None:
            concept = replace(
                concept, id=cid,
                pos=concept.pos if concept.pos != "noun" else old.pos,
                terms={**old.terms, **concept.terms},
                definitions={**old.definitions, **concept.definitions},
                note=concept.note or old.note, domain=concept.domain or domain_of(old),
            )  # fmt: skip
        out.setdefault(cid, concept)
    return Glossary(concepts=out, dnt=list(incoming.dnt), problems=list(incoming.problems))


def _fields(concept: Concept | None) -> dict[str, str]:
    if concept is None:
        return {}
    fields = {"pos": concept.pos, "note": concept.note}
    fields.update({f"definition_{k}": v for k, v in concept.definitions.items()})
    fields.update({lang: format_cell(concept.terms.get(lang, ())) for lang in LANGS})
    return {k: v for k, v in fields.items() if v}


def preview(existing: dict[str, Concept], incoming: Glossary,
            existing_dnt: Iterable[DntTerm] = (),
            local_ids: Iterable[str] = ()) -> ImportPreview:  # fmt: skip
    """Compare a reconciled import with what we have. `local_ids`: concepts the user edited in
    their own layer, whose replacement is a conflict to confirm."""
    local = set(local_ids)
    new, changed, unchanged = [], [], []
    changes: list[FieldChange] = []
    conflicts: list[ImportConflict] = []
    for cid in sorted(incoming.concepts):
        concept, old = incoming.concepts[cid], existing.get(cid)
        before, after = _fields(old), _fields(concept)
        keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
        diffs = [FieldChange(cid, k, before.get(k, ""), after.get(k, "")) for k in keys]
        if old is None:
            new.append(cid)
        elif diffs:
            changed.append(cid)
            changes.extend(diffs)
            if cid in local:
                conflicts.append(ImportConflict(cid, "edited-locally"))
        else:
            unchanged.append(cid)
    final = {**{c.id: c for c in existing.values() if c.id not in incoming.concepts},
             **incoming.concepts}  # fmt: skip
    owners: dict[tuple[str, str], list[str]] = {}
    for cid in sorted(final):
        for lang, terms in final[cid].terms.items():
            if terms and terms[0].status == "preferred":
                owners.setdefault((lang, terms[0].text.casefold()), []).append(cid)
    for cid in sorted(incoming.concepts):
        for lang, terms in sorted(incoming.concepts[cid].terms.items()):
            if not terms or terms[0].status != "preferred":
                continue
            others = [o for o in owners[(lang, terms[0].text.casefold())] if o != cid]
            if others:
                conflicts.append(
                    ImportConflict(cid, "term-in-other-concept", lang, terms[0].text, others[0])
                )
    have = {(d.text, d.kind) for d in existing_dnt}
    new_dnt = tuple(dict.fromkeys(d.text for d in incoming.dnt if (d.text, d.kind) not in have))
    return ImportPreview(tuple(new), tuple(changed), tuple(unchanged), tuple(changes),
                         tuple(conflicts), new_dnt)  # fmt: skip
