"""A probe generated fresh each run (seed printed; REPLYBRIDGE_PROBE_SEED replays one): every
secret caught, every TXID inside a link found, zero alarms."""

from __future__ import annotations

import os
import secrets

from desktop.core.entities import find_entities
from desktop.core.sensitive import find_sensitive
from tests.core.probe import make_probe, score


def test_a_fresh_probe_is_caught_entirely_without_alarms():
    seed = int(os.environ.get("REPLYBRIDGE_PROBE_SEED") or secrets.randbits(32))
    print(f"probe seed: {seed} (REPLYBRIDGE_PROBE_SEED={seed} replays it)")
    result = score(make_probe(seed), find_sensitive, find_entities)
    assert result.secrets >= 40 and result.links >= 5 and result.ordinary >= 5
    assert (result.caught, result.links_found, result.alarms, result.misses) == (
        result.secrets, result.links, 0, []
    ), f"seed {seed}"  # fmt: skip
