"""Zero alarms on real ordinary text: every line of the shared language-ID corpus (sentences,
word pairs, single words; 16 languages), alone and three lines to a message."""

from __future__ import annotations

import pytest

from desktop.core.sensitive import find_sensitive
from tests.core.probe import corpus_dir, corpus_messages


@pytest.mark.skipif(not corpus_dir().is_dir(), reason="shared language-ID corpus not present")
def test_no_alarm_on_any_line_of_the_language_id_corpus():
    messages = corpus_messages()
    assert len(messages) > 60_000
    alarms = [(where, f.kind, text[f.start : f.end][:60])
              for where, text in messages for f in find_sensitive(text)]  # fmt: skip
    assert alarms == []
