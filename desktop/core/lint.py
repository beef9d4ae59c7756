"""The copy gate: checks a reply before it reaches the clipboard; returns codes, not prose."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop.core.entities import Entity, find_entities
from desktop.core.lint_secrets import secret_requests
from desktop.core.scam import domain_verdict, url_host
from desktop.core.sensitive import find_sensitive

CHECKED_KINDS = ("address", "txid", "amount", "order_id", "url")
_UNRESOLVED = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{[A-Za-z_][A-Za-z0-9_]*\}|\bXQQ*\d+\b|[\ue000\ue001]"
)


@dataclass(frozen=True)
class LintIssue:
    code: str  # value-changed, unresolved-placeholder, required-empty, asks-for-secret,
    #            link-not-allowed, lookalike-link, echoes-secret
    severity: str  # "error" blocks Copy; "warning" needs an explicit override
    args: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


def _known_values(
    entities: Iterable[Entity], variables: Mapping[str, str]
) -> tuple[set[str], set[str]]:
    """Exact strings the reply may contain, and normalized amounts (digits must match)."""
    exact: set[str] = set()
    amounts: set[str] = set()
    for e in entities:
        exact.add(e.value)
        if e.kind == "amount" and e.note:
            amounts.add(e.note)
    for value in variables.values():
        if value:
            exact.add(value)
            for e in find_entities(value):
                exact.add(e.value)
                if e.kind == "amount" and e.note:
                    amounts.add(e.note)
    return exact, amounts


def lint_reply(
    reply: str,
    *,
    message: str = "",
    message_entities: Sequence[Entity] | None = None,
    variables: Mapping[str, str] | None = None,
    required_missing: Sequence[str] = (),
    official_domains: Sequence[str] = (),
) -> list[LintIssue]:
    variables = variables or {}
    entities = list(message_entities) if message_entities is not None else find_entities(message)
    exact, amounts = _known_values(entities, variables)
    issues: list[LintIssue] = []
    for e in find_entities(reply):
        if e.kind not in CHECKED_KINDS:
            continue
        if e.kind == "url":
            host = url_host(e.value)
            verdict = domain_verdict(host, official_domains) if official_domains else None
            if verdict:
                issues.append(LintIssue("lookalike-link", "error", (e.value,), e.start, e.end))
            elif official_domains and not any(
                host == d or host.endswith("." + d) for d in official_domains
            ):
                issues.append(LintIssue("link-not-allowed", "warning", (e.value,), e.start, e.end))
            if e.value not in exact and not official_domains:
                issues.append(LintIssue("link-not-allowed", "warning", (e.value,), e.start, e.end))
            continue
        if e.value in exact or (e.kind == "amount" and e.note in amounts):
            continue
        issues.append(LintIssue("value-changed", "error", (e.kind, e.value), e.start, e.end))
    for m in _UNRESOLVED.finditer(reply):
        issues.append(
            LintIssue("unresolved-placeholder", "error", (m.group(0),), m.start(), m.end())
        )
    for name in required_missing:
        issues.append(LintIssue("required-empty", "error", (name,)))
    for start, end in secret_requests(reply):
        issues.append(
            LintIssue("asks-for-secret", "error", (reply[start:end].strip(),), start, end)
        )
    for finding in find_sensitive(reply):
        issues.append(
            LintIssue("echoes-secret", "error", (finding.kind,), finding.start, finding.end)
        )
    return sorted(issues, key=lambda i: (i.severity != "error", i.start))


def blocking(issues: Sequence[LintIssue]) -> bool:
    return any(i.severity == "error" for i in issues)
