"""Which web addresses may carry a secret: https anywhere, plain http only to this computer."""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def is_loopback_host(host: str) -> bool:
    """127.0.0.0/8, ::1 or localhost: plain http there never leaves the machine."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def secure_url_problem(url: str) -> str | None:
    """None when `url` is https, or http to a loopback address; else why not (one line)."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return "not a valid web address"
    if parts.scheme == "https" and host:
        return None
    if parts.scheme == "http" and host:
        if is_loopback_host(host):
            return None
        return "plain http is only allowed to this computer (127.0.0.1); use https"
    return "not a web address (https)"
