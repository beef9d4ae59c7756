"""The copy gate: checks a reply before it reaches the clipboard; returns codes, not prose."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from desktop.core import amounts
from desktop.core.entities import Entity, find_entities
from desktop.core.lint_secrets import secret_requests
from desktop.core.scam import DOMAIN, domain_verdict, is_official, url_host
from desktop.core.sensitive import REDACTED_PATTERN, Finding, find_sensitive
from desktop.core.text import finditer_chunked, to_halfwidth_digits

CHECKED_KINDS = ("address", "txid", "amount", "order_id", "memo", "url")
ERROR, WARNING = "error", "warning"
SEVERITIES = (ERROR, WARNING)
CODES = (
    "value-changed", "value-broken", "unknown-number", "unresolved-placeholder", "required-empty",
    "asks-for-secret", "link-not-allowed", "lookalike-link", "echoes-secret", "redaction-marker",
)  # fmt: skip  # every LintIssue.code


def _mask_pattern() -> str:
    try:
        from desktop.core.translate.protect import MASK_PREFIX
    except ImportError:  # the translation layer is optional for the gate
        MASK_PREFIX = "XQ"
    return rf"(?<![A-Za-z0-9]){re.escape(MASK_PREFIX)}Q*\d+(?![A-Za-z0-9])"


_UNRESOLVED = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\$?\{[A-Za-z_][A-Za-z0-9_.]*\}|%\([A-Za-z_]+\)[sd]|"
    r"\[\[[A-Za-z_][A-Za-z0-9_]*\]\]|[\ue000-\uf8ff]|" + _mask_pattern()
)
_FRAGMENT = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{6,}(?![0-9A-Za-z])")
_LONG_NUMBER = re.compile(r"(?<![0-9A-Za-z])\d{7,}(?![0-9A-Za-z])")
_WORD = re.compile(r"[^\W\d_]+")
# Bare domains worth checking in a reply (a link without https:// still takes people there).
_TLDS = frozenset(
    "com net org io co app xyz info biz me cc us uk ru cn hk tw jp kr vn id th tr br pt es fr de "
    "it nl ar sa ae in top site online live pro finance exchange link click vip club shop ws "
    "cx to gg ly su la".split()
)


@dataclass(frozen=True)
class LintIssue:
    code: str  # one of CODES
    severity: str  # "error" blocks Copy; "warning" needs an explicit override
    args: tuple[str, ...] = ()
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class _Known:
    exact: frozenset[str]
    amounts: frozenset[tuple[Decimal, str]]  # (value, unit or "") readings
    values: tuple[str, ...]  # addresses, TXIDs, IDs: for spotting a broken copy


def _readings(entity_value: str) -> set[tuple[Decimal, str]]:
    out = set()
    for reading in amounts.amount_readings(entity_value):
        number, _, unit = reading.partition(" ")
        out.add((Decimal(number), unit))
    return out


def _known(entities: Sequence[Entity], variables: Mapping[str, str]) -> _Known:
    exact: set[str] = set()
    amount_set: set[tuple[Decimal, str]] = set()
    values: list[str] = []
    pool = list(entities)
    for value in variables.values():
        value = (value or "").strip()
        if not value:
            continue
        exact.add(value)
        pool.extend(find_entities(value))
        number = to_halfwidth_digits(value)
        amount_set.update((v, "") for v in amounts.interpretations(number) if _is_number(number))
    for e in pool:
        exact.add(e.value)
        exact.add(to_halfwidth_digits(e.value))
        if e.kind == "amount":
            amount_set.update(_readings(to_halfwidth_digits(e.value)))
        elif e.kind in ("address", "txid", "order_id", "memo") and len(e.value) >= 6:
            values.append(e.value)
    return _Known(frozenset(exact), frozenset(amount_set), tuple(values))


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"\d[\d.,\u00a0\u202f\u2009' ]*", text))


def _amount_ok(e: Entity, known: _Known) -> bool:
    for value, unit in _readings(to_halfwidth_digits(e.value)):
        for k_value, k_unit in known.amounts:
            if value == k_value and (not unit or not k_unit or unit == k_unit):
                return True
    return False


def _check_values(reply: str, found: list[Entity], known: _Known,
                  official: Sequence[str]) -> list[LintIssue]:  # fmt: skip
    issues: list[LintIssue] = []
    for e in found:
        if e.kind not in CHECKED_KINDS:
            continue
        if e.kind == "url":
            issues.extend(_check_link(e, known, official))
        elif e.value in known.exact or (e.kind == "amount" and _amount_ok(e, known)):
            continue
        else:
            issues.append(LintIssue("value-changed", ERROR, (e.kind, e.value), e.start, e.end))
    covered = [(e.start, e.end) for e in found]
    for m in finditer_chunked(_FRAGMENT, reply):
        piece = m.group(0)
        if piece in known.exact or any(a <= m.start() < b for a, b in covered):
            continue
        if any(piece in value and piece != value for value in known.values):
            issues.append(LintIssue("value-broken", ERROR, (piece,), m.start(), m.end()))
    for m in finditer_chunked(_LONG_NUMBER, to_halfwidth_digits(reply)):
        if any(a <= m.start() < b for a, b in covered):
            continue
        if not any(m.group(0) in value for value in known.exact):
            issues.append(LintIssue("unknown-number", WARNING, (m.group(0),), m.start(), m.end()))
    return issues


def _check_link(e: Entity, known: _Known, official: Sequence[str]) -> list[LintIssue]:
    host = url_host(e.value)
    if official and domain_verdict(url_host(e.value, with_userinfo=True), official):
        return [LintIssue("lookalike-link", ERROR, (e.value,), e.start, e.end)]
    if official and is_official(host, official):
        return []
    if not official and e.value in known.exact:
        return []  # no allow-list configured: a link from the message or the form is expected
    return [LintIssue("link-not-allowed", WARNING, (e.value,), e.start, e.end)]


def _check_bare_domains(reply: str, found: list[Entity],
                        official: Sequence[str]) -> list[LintIssue]:  # fmt: skip
    issues = []
    covered = [(e.start, e.end) for e in found if e.kind in ("url", "email")]
    for m in finditer_chunked(DOMAIN, reply):
        domain = m.group(1)
        if "@" in domain or any(a <= m.start(1) < b for a, b in covered):
            continue
        host = domain.lower()
        if host.rpartition(".")[2] not in _TLDS and "xn--" not in host:
            continue
        if official and domain_verdict(domain, official):
            issues.append(LintIssue("lookalike-link", ERROR, (domain,), m.start(1), m.end(1)))
        elif official and not is_official(host, official):
            issues.append(LintIssue("link-not-allowed", WARNING, (domain,), m.start(1), m.end(1)))
    return issues


def _echoes(reply: str, message: str, findings: Sequence[Finding]) -> list[LintIssue]:
    """The customer's own secret (or four words of their phrase) repeated in the reply."""
    issues = []
    folded = reply.casefold()
    reply_words = [w.casefold() for w in _WORD.findall(reply)]
    grams = {tuple(reply_words[i : i + 4]) for i in range(len(reply_words) - 3)}
    for f in findings:
        secret = message[f.start : f.end]
        if not secret:
            continue
        if "phrase" in f.kind:
            words = [w.casefold() for w in _WORD.findall(secret)]
            if len(words) < 4 or not any(c.isascii() for c in secret):
                words = list(secret.replace(" ", "").replace("\u3000", ""))  # CJK: characters
            hit = any(tuple(words[i : i + 4]) in grams for i in range(len(words) - 3))
            hit = hit or any("".join(words[i : i + 4]) in folded for i in range(len(words) - 3))
        else:
            hit = any(secret[i : i + 10].casefold() in folded for i in range(0, len(secret) - 9))
        if hit:
            issues.append(LintIssue("echoes-secret", ERROR, (f.kind,)))
    return issues


def lint_reply(
    reply: str,
    *,
    message: str = "",
    message_entities: Sequence[Entity] | None = None,
    variables: Mapping[str, str] | None = None,
    required_missing: Sequence[str] = (),
    official_domains: Sequence[str] = (),
    message_sensitive: Sequence[Finding] | None = None,
) -> list[LintIssue]:
    """Every problem with `reply`; errors first, then by position.

    `message` is the customer's message (its entities and secrets are derived when
    `message_entities` / `message_sensitive` are not given; echoes need the message text).
    """
    variables = variables or {}
    official = [d.lower().strip(".") for d in official_domains if d.strip()]
    entities = list(message_entities) if message_entities is not None else find_entities(message)
    known = _known(entities, variables)
    found = find_entities(reply)
    issues = _check_values(reply, found, known, official)
    issues += _check_bare_domains(reply, found, official)
    for m in _UNRESOLVED.finditer(reply):
        issues.append(LintIssue("unresolved-placeholder", ERROR, (m.group(0),), m.start(), m.end()))
    for name in required_missing:
        issues.append(LintIssue("required-empty", ERROR, (name,)))
    for start, end in secret_requests(reply):
        issues.append(LintIssue("asks-for-secret", ERROR, (reply[start:end].strip(),), start, end))
    for finding in find_sensitive(reply):
        issues.append(
            LintIssue("echoes-secret", ERROR, (finding.kind,), finding.start, finding.end)
        )
    if message:
        secrets = message_sensitive if message_sensitive is not None else find_sensitive(message)
        issues += [i for i in _echoes(reply, message, secrets)
                   if not any(j.code == "echoes-secret" for j in issues)]  # fmt: skip
    for m in REDACTED_PATTERN.finditer(reply):
        issues.append(LintIssue("redaction-marker", WARNING, (m.group(0),), m.start(), m.end()))
    return sorted(issues, key=lambda i: (i.severity != ERROR, i.start))


def blocking(issues: Sequence[LintIssue]) -> bool:
    return any(i.severity == ERROR for i in issues)
