"""Template discovery: metadata + one body per language, layered shipped < team < user by id."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

CATEGORIES = (
    "deposit-not-credited", "deposit-wrong-network", "deposit-missing-memo", "withdrawal-pending",
    "withdrawal-failed", "account-registration", "kyc-verification", "account-locked", "2fa-reset",
    "password-reset", "account-compromised", "seed-phrase-exposed", "scam-report", "order-issue",
    "p2p-dispute", "fees-question", "wallet-backup", "token-not-showing", "transaction-stuck",
    "staking-redemption", "promotion-inquiry", "complaint-escalation", "refund-request",
    "api-key-issue", "maintenance-notice", "delisting-question", "compliance-restricted-region",
    "general-thanks",
    # Added with the support lead's review (issue 14): same ids as tests/data/suggest/categories.tsv
    "follow-up-update", "request-details", "satisfaction-survey", "human-handover",
    "language-barrier", "new-user-guide", "security-setup", "feature-announcement",
    "deposit-unsupported-token", "deposit-contract-address", "deposit-below-minimum",
    "wrong-address", "card-purchase-failed", "liquidation-complaint", "account-frozen-compliance",
    "travel-rule-info", "account-closure", "change-email-phone", "new-device-login",
    "p2p-frozen-card", "airdrop-migration", "outage-apology", "tax-statement",
)  # fmt: skip
VARIABLE_TYPES = ("text", "amount", "address", "txid", "date", "choice", "memo", "order_id",
                  "email", "url", "number")  # fmt: skip
REQUIRED_LANGS = ("en", "zh-Hans")
MAX_FILES = 5_000  # per layer; the shipped library has ~600
MAX_BODY_BYTES = 256_000
_BODY = re.compile(r"\A(?P<id>[a-z0-9-]+)\.(?P<lang>[a-z]{2}(?:-[A-Za-z]{2,4})?)\.j2\Z")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    code: str  # toml-error, missing-key, bad-value, bad-category, missing-body, bad-variable,
    # syntax-error, too-many-files, bad-folder
    message: str


@dataclass(frozen=True)
class Variable:
    name: str
    type: str = "text"
    required: bool = False
    entity: str | None = None
    example: str = ""
    choices: tuple[str, ...] = ()
    labels: dict[str, str] = field(default_factory=dict)

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("en") or self.name


@dataclass(frozen=True)
class Template:
    id: str
    category: str
    tone: str
    titles: dict[str, str]
    keywords: dict[str, tuple[str, ...]]
    variables: tuple[Variable, ...]
    locked: tuple[str, ...]
    bodies: dict[str, Path]
    layer: Path
    meta_file: Path

    def title(self, lang: str) -> str:
        return self.titles.get(lang) or self.titles.get("en") or self.id


_ID = re.compile(r"\A[a-z0-9][a-z0-9-]{0,80}\Z")
_NAME = re.compile(r"\A[a-z_][a-z0-9_]{0,60}\Z")


class _Bad(Exception):
    """One metadata value of the wrong shape: becomes a Problem naming the key."""

    def __init__(self, key: str, expected: str, value: object) -> None:
        shown = repr(value) if not isinstance(value, dict | list) else type(value).__name__
        super().__init__(f"{key!r} must be {expected}, not {shown[:60]}")
        self.key = key


def _text_table(data: dict[str, object], key: str) -> dict[str, str]:
    """`[title]` / `[label]`: a table of language -> text."""
    raw = data.get(key, {})
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise _Bad(key, 'a table of language = "text"', raw)
    return {str(k): v for k, v in raw.items()}


def _text_list(data: dict[str, object], key: str) -> tuple[str, ...]:
    raw = data.get(key, [])
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        raise _Bad(key, "a list of text", raw)
    return tuple(raw)


def _variable(raw: object) -> Variable:
    if not isinstance(raw, dict):
        raise _Bad("variables", "a list of tables", raw)
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise _Bad("variables.name", "a lower-case identifier", name)
    vtype = raw.get("type", "text")
    if vtype not in VARIABLE_TYPES:
        raise _Bad(f"variables.{name}.type", "one of " + ", ".join(VARIABLE_TYPES), vtype)
    required, entity, example = (
        raw.get("required", False),
        raw.get("entity"),
        raw.get("example", ""),
    )
    if not isinstance(required, bool):
        raise _Bad(f"variables.{name}.required", "true or false", required)
    if entity is not None and not isinstance(entity, str):
        raise _Bad(f"variables.{name}.entity", "text", entity)
    if not isinstance(example, str | int | float) or isinstance(example, bool):
        raise _Bad(f"variables.{name}.example", "text", example)
    return Variable(
        name=name, type=str(vtype), required=required, entity=entity or None,
        example=str(example), choices=_text_list(raw, "choices"),
        labels=_text_table(raw, "label"),
    )  # fmt: skip


def load_template(meta_file: Path, layer: Path) -> tuple[Template | None, list[Problem]]:
    """One metadata file; any value of the wrong shape is a Problem naming the file and key."""
    from desktop.core import tomlsafe

    problems: list[Problem] = []
    name = str(meta_file)
    try:
        data = tomlsafe.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, 0, "toml-error", str(exc))]
    except tomlsafe.TomlError as exc:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(exc))) else 0
        return None, [Problem(name, line, "toml-error", str(exc))]
    for key in ("id", "category", "title"):
        if key not in data:
            problems.append(Problem(name, 0, "missing-key", f"missing {key!r}"))
    if problems:
        return None, problems
    try:  # what a template cannot exist without: a wrong shape here skips this file only
        if not isinstance(data["id"], str) or not _ID.match(data["id"]):
            raise _Bad("id", "lower-case letters, digits and -", data["id"])
        if not isinstance(data["category"], str):
            raise _Bad("category", "text", data["category"])
        titles = _text_table(data, "title")
        locked = _text_list(data, "locked")
        tone = data.get("tone", "formal")
        if not isinstance(tone, str):
            raise _Bad("tone", "text", tone)
    except _Bad as exc:
        return None, [Problem(name, 0, "bad-value", str(exc))]
    if data["category"] not in CATEGORIES:
        problems.append(Problem(name, 0, "bad-category", f"unknown category {data['category']!r}"))
    keywords: dict[str, tuple[str, ...]] = {}
    try:
        raw_keywords = data.get("keywords", {})
        if not isinstance(raw_keywords, dict):
            raise _Bad("keywords", "a table of language = [words]", raw_keywords)
        keywords = {str(k): _text_list(raw_keywords, k) for k in raw_keywords}
    except _Bad as exc:
        problems.append(Problem(name, 0, "bad-value", str(exc)))
    variables = []
    raw_variables = data.get("variables", [])
    if not isinstance(raw_variables, list):
        problems.append(
            Problem(name, 0, "bad-value", str(_Bad("variables", "a list", raw_variables)))
        )
        raw_variables = []
    for raw in raw_variables:
        try:
            variables.append(_variable(raw))
        except _Bad as exc:
            problems.append(Problem(name, 0, "bad-variable", str(exc)))
    bodies = {}
    for body in sorted(meta_file.parent.glob(f"{data['id']}.*.j2")):
        m = _BODY.match(body.name)
        if m and m.group("id") == data["id"] and body.is_file():
            if body.stat().st_size > MAX_BODY_BYTES:  # a reply is ~3 KB; never read 2 GB
                problems.append(Problem(str(body), 0, "bad-value", "larger than 256 KB"))
                continue
            bodies[m.group("lang")] = body
    for lang in REQUIRED_LANGS:
        if lang not in titles:
            problems.append(Problem(name, 0, "missing-key", f"no title in {lang}"))
        if lang not in bodies:
            problems.append(Problem(name, 0, "missing-body", f"no {lang} body"))
    template = Template(
        id=data["id"], category=data["category"], tone=tone, titles=titles, keywords=keywords,
        variables=tuple(variables), locked=locked, bodies=bodies, layer=layer,
        meta_file=meta_file,
    )  # fmt: skip
    return template, problems


class TemplateLibrary:
    """All templates of the layers (lowest first); a higher layer replaces a template by id."""

    def __init__(self, layers: Sequence[Path]) -> None:
        # Folders that do not exist yet (a new user layer) are watched too: they may appear.
        self.layers = [Path(p) for p in layers if p]
        self.templates: dict[str, Template] = {}
        self.problems: list[Problem] = []
        self._stamp: tuple[tuple[str, float], ...] = ()
        self._skipped: set[Path] = set()
        self.reload()

    @staticmethod
    def _files(layer: Path) -> list[Path] | None:
        """The layer's template files, two levels deep (`<id>/…`, `_shared/partials/…`);
        None past MAX_FILES entries: a layer pointed at a huge folder costs little."""
        found: list[Path] = []
        seen = 0
        try:
            for pattern in ("*/*", "_shared/*/*"):
                for path in layer.glob(pattern):
                    seen += 1
                    if seen > MAX_FILES:
                        return None
                    if path.suffix in (".toml", ".j2"):
                        found.append(path)
        except OSError:
            pass
        return found

    def _scan(self) -> tuple[tuple[str, float], ...]:
        stamps = []
        for layer in self.layers:
            if layer in self._skipped or not layer.is_dir():
                continue
            for path in self._files(layer) or ():
                try:
                    stamps.append((str(path), path.stat().st_mtime))
                except OSError:
                    continue
        return tuple(sorted(stamps))

    def reload(self) -> None:
        from desktop.core.config import too_broad_root

        templates: dict[str, Template] = {}
        problems: list[Problem] = []
        self._skipped = set()
        for layer in self.layers:
            if not layer.is_dir():
                continue
            if too_broad_root(layer):
                message = "a template folder may not be / or the home folder"
                problems.append(Problem(str(layer), 0, "bad-folder", message))
                self._skipped.add(layer)  # never walked, not even by the change watcher
                continue
            files = self._files(layer)
            if files is None:
                message = f"more than {MAX_FILES} files: not read as a template folder"
                problems.append(Problem(str(layer), 0, "too-many-files", message))
                continue
            metas = sorted(p for p in files if p.suffix == ".toml" and p.parent.parent == layer)
            for meta in metas:
                if meta.parent.name.startswith("_"):
                    continue
                template, found = load_template(meta, layer)
                problems.extend(found)
                if template is not None:
                    templates[template.id] = template
        self.templates, self.problems = templates, problems
        self._stamp = self._scan()

    def reload_if_changed(self) -> bool:
        """For the UI's file watcher / timer: reload when any file changed on disk."""
        if self._scan() == self._stamp:
            return False
        self.reload()
        return True

    def get(self, template_id: str) -> Template | None:
        return self.templates.get(template_id)

    def search(self, query: str, lang: str) -> list[Template]:
        """Type-ahead over titles and keywords (agent's language first, then any)."""
        q = query.casefold().strip()
        scored = []
        for t in self.templates.values():
            texts = [t.title(lang), *t.keywords.get(lang, ()), t.id, t.category]
            others = [*t.titles.values(), *(k for ks in t.keywords.values() for k in ks)]
            if not q:
                score = 1
            elif any(x.casefold().startswith(q) for x in texts):
                score = 3
            elif any(q in x.casefold() for x in texts):
                score = 2
            elif any(q in x.casefold() for x in others):
                score = 1
            else:
                continue
            scored.append((-score, t.title(lang), t))
        return [t for _, _, t in sorted(scored, key=lambda x: (x[0], x[1]))]
