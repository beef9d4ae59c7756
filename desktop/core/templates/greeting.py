"""Which time-of-day greeting fits the customer's local clock, or None for a neutral one."""

from __future__ import annotations

import datetime as dt
import re

# Local hours each greeting covers; outside them (late night) the neutral greeting is used, so
# a 24/7 desk never says "good afternoon" at 02:00 in the customer's night.
MORNING, AFTERNOON, EVENING, NIGHT = 5, 12, 18, 23
_OFFSET = re.compile(r"^(?:utc|gmt)?\s*(?P<sign>[-+\u2212])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?$")


def parse_zone(value: str | None) -> dt.tzinfo | None:
    """A UTC offset ("+08:00", "UTC-3", "+0530") or an IANA name ("Asia/Tokyo"); None if unknown.

    The setting comes from a team profile or the agent: anything unreadable means "unknown",
    which gives the neutral greeting rather than a guess.
    """
    text = (value or "").strip()
    if not text:
        return None
    if text.casefold() in ("utc", "gmt", "z"):
        return dt.UTC
    m = _OFFSET.match(text.casefold())
    if m:
        hours, minutes = int(m.group("h")), int(m.group("m") or 0)
        if hours > 14 or minutes >= 60:
            return None
        delta = dt.timedelta(hours=hours, minutes=minutes)
        return dt.timezone(-delta if m.group("sign") != "+" else delta)
    if "/" not in text or len(text) > 64:
        return None
    try:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
    except ImportError:  # pragma: no cover - zoneinfo is in the standard library
        return None
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def daypart_at(local: dt.datetime) -> str | None:
    """morning / afternoon / evening by the local hour; None at night (neutral greeting)."""
    hour = local.hour
    if MORNING <= hour < AFTERNOON:
        return "morning"
    if AFTERNOON <= hour < EVENING:
        return "afternoon"
    if EVENING <= hour < NIGHT:
        return "evening"
    return None


def customer_daypart(zone: str | None, now: dt.datetime | None = None) -> str | None:
    """The daypart on the customer's clock; None when their time zone is not known.

    `now` is an aware datetime (naive ones are read as UTC); the agent's own clock is never
    used, because the agent and the customer are often continents apart.
    """
    tz = parse_zone(zone)
    if tz is None:
        return None
    moment = now or dt.datetime.now(dt.UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return daypart_at(moment.astimezone(tz))


# Replies about a loss or a threat close plainly: "祝您生活愉快" under a scam report reads as
# mockery. The sign-off partials read `closing` ("care" or "warm").
SOMBRE_CATEGORIES = frozenset({
    "scam-report", "account-compromised", "seed-phrase-exposed", "new-device-login",
    "wrong-address", "account-frozen-compliance", "p2p-frozen-card", "liquidation-complaint",
    "complaint-escalation", "deposit-contract-address", "outage-apology",
})  # fmt: skip


def closing_for(category: str) -> str:
    return "care" if category in SOMBRE_CATEGORIES else "warm"
