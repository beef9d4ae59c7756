"""Template discovery: metadata + one body per language, layered shipped < team < user by id."""

from __future__ import annotations

import re
import tomllib
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
)  # fmt: skip
VARIABLE_TYPES = ("text", "amount", "address", "txid", "date", "choice", "memo", "order_id",
                  "email", "url", "number")  # fmt: skip
REQUIRED_LANGS = ("en", "zh-Hans")
_BODY = re.compile(r"^(?P<id>[a-z0-9-]+)\.(?P<lang>[a-z]{2}(?:-[A-Za-z]{2,4})?)\.j2$")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    code: str  # toml-error, missing-key, bad-category, missing-body, bad-variable, syntax-error
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


def _variable(raw: object) -> Variable | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        return None
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", raw["name"]):
        return None
    vtype = str(raw.get("type", "text"))
    if vtype not in VARIABLE_TYPES:
        return None
    labels = raw.get("label", {})
    return Variable(
        name=raw["name"], type=vtype, required=bool(raw.get("required", False)),
        entity=raw.get("entity") or None, example=str(raw.get("example", "")),
        choices=tuple(str(c) for c in raw.get("choices", []) or []),
        labels={str(k): str(v) for k, v in labels.items()} if isinstance(labels, dict) else {},
    )  # fmt: skip


def load_template(meta_file: Path, layer: Path) -> tuple[Template | None, list[Problem]]:
    problems: list[Problem] = []
    name = str(meta_file)
    try:
        data = tomllib.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        return None, [Problem(name, 0, "toml-error", str(exc))]
    except tomllib.TOMLDecodeError as exc:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(exc))) else 0
        return None, [Problem(name, line, "toml-error", str(exc))]
    for key in ("id", "category", "title"):
        if key not in data:
            problems.append(Problem(name, 0, "missing-key", f"missing {key!r}"))
    if problems:
        return None, problems
    if data["category"] not in CATEGORIES:
        problems.append(Problem(name, 0, "bad-category", f"unknown category {data['category']!r}"))
    titles = {str(k): str(v) for k, v in dict(data.get("title", {})).items()}
    keywords = {str(k): tuple(str(x) for x in v) for k, v in dict(data.get("keywords", {})).items()
                if isinstance(v, list)}  # fmt: skip
    variables = []
    for raw in data.get("variables", []):
        var = _variable(raw)
        if var is None:
            problems.append(Problem(name, 0, "bad-variable", f"bad variable {raw!r}"[:120]))
        else:
            variables.append(var)
    bodies = {}
    for body in sorted(meta_file.parent.glob(f"{data['id']}.*.j2")):
        m = _BODY.match(body.name)
        if m and m.group("id") == data["id"]:
            bodies[m.group("lang")] = body
    for lang in REQUIRED_LANGS:
        if lang not in titles:
            problems.append(Problem(name, 0, "missing-key", f"no title in {lang}"))
        if lang not in bodies:
            problems.append(Problem(name, 0, "missing-body", f"no {lang} body"))
    template = Template(
        id=str(data["id"]), category=str(data["category"]), tone=str(data.get("tone", "formal")),
        titles=titles, keywords=keywords, variables=tuple(variables),
        locked=tuple(str(k) for k in data.get("locked", [])), bodies=bodies, layer=layer,
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
        self.reload()

    def _scan(self) -> tuple[tuple[str, float], ...]:
        stamps = []
        for layer in self.layers:
            if not layer.is_dir():
                continue
            for path in layer.rglob("*"):
                if path.suffix in (".toml", ".j2"):
                    try:
                        stamps.append((str(path), path.stat().st_mtime))
                    except OSError:
                        continue
        return tuple(sorted(stamps))

    def reload(self) -> None:
        templates: dict[str, Template] = {}
        problems: list[Problem] = []
        for layer in self.layers:
            for meta in sorted(layer.glob("*/*.toml")):
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
