"""Team policy values (pause hours, minimums, support hours...) as defaults for template variables.

Templates never state a number the exchange may not guarantee: such values are variables, filled
from the team profile's `[policy]` table when the agent leaves them empty. Without a value the
body uses its neutral wording (`{% if security_hold_hours %}...{% else %}...{% endif %}`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

# The policy keys the shipped templates use (a team may add its own for its own templates).
POLICY_KEYS: dict[str, str] = {
    "security_hold_hours": "hours withdrawals stay paused after a password, 2FA, email or phone "
    "change (a number, e.g. 24)",
    "support_hours": "when human agents answer (e.g. 24/7, or 09:00-18:00 UTC+8)",
    "review_time": "usual time of a manual review such as a deposit recovery (3-5 working days)",
    "recovery_fee": "fee for recovering a deposit sent without memo or on a wrong network",
    "fee_page": "address of the official fee schedule (e.g. https://example.com/fees)",
}


class _HasVariables(Protocol):
    @property
    def variables(self) -> tuple[object, ...]: ...


def with_policy(
    template: _HasVariables, values: Mapping[str, str], policy: Mapping[str, str]
) -> dict[str, str]:
    """The form's values, with empty template variables filled from the team policy."""
    out = {str(k): str(v) for k, v in values.items()}
    for variable in template.variables:
        name = str(getattr(variable, "name", ""))
        default = policy.get(name)
        if name and not (out.get(name) or "").strip() and default is not None and str(default):
            out[name] = str(default)
    return out


def coerce_policy(raw: object) -> tuple[dict[str, str], list[str]]:
    """A `[policy]` table from TOML: string/number values kept as text; bad entries named."""
    if not isinstance(raw, dict):
        return {}, ["<table>"]
    good: dict[str, str] = {}
    bad: list[str] = []
    for key, value in raw.items():
        if not isinstance(key, str) or not key.isidentifier() or isinstance(value, bool):
            bad.append(str(key))
        elif isinstance(value, (str, int, float)):
            good[key] = str(value).strip()
        else:
            bad.append(key)
    return good, bad
