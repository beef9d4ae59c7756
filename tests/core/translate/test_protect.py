"""Masking: what must not change never reaches the model, comes back exactly once, or we fall
back to translating between the spans. The "models" here are small functions with known
behaviour (copy, drop, duplicate, mangle masks); the real packs are in test_engine.py."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.translate.protect import (
    Span,
    mask,
    merge_spans,
    protected_spans,
    translate_protected,
    unmask,
)

ADDRESS = "0x52908400098527886E0F7030069857D2E4169EE7"


def upper(sentences, _s, _t, n_best):
    """A 'model' that upper-cases words and copies masks (like a good NMT model)."""
    return [[s.upper()] for s in sentences]


def dropping(sentences, _s, _t, n_best):
    """A 'model' that loses every code it does not know (like a bad NMT model)."""
    return [[re.sub(r"XQ+\d+", "", s).upper()] for s in sentences]


def duplicating(sentences, _s, _t, n_best):
    return [[re.sub(r"(XQ+\d+)", r"\1 \1", s).upper()] for s in sentences]


def test_placeholders_and_entities_are_found():
    text = (f"Hi {{{{ name }}}}, send {{amount}} to {ADDRESS} (%s, %1, {{0}}, %(user)s, ${{id}}) "
            "via https://x.io/a?b=1 or help@x.io; ref user_id [REDACTED:seed]")  # fmt: skip
    found = {text[s.start : s.end] for s in protected_spans(text)}
    for value in ("{{ name }}", "{amount}", ADDRESS, "%s", "%1", "{0}", "%(user)s", "${id}",
                  "https://x.io/a?b=1", "help@x.io", "user_id", "[REDACTED:seed]"):  # fmt: skip
        assert value in found, value


def test_masks_are_fixed_width_and_avoid_text_that_looks_like_a_mask():
    spans = [Span(i * 2, i * 2 + 1, f"<{i}>", "x") for i in range(12)]
    masked, prefix, ordered = mask("a " * 12, spans)
    assert prefix == "XQ" and masked.split() == [f"XQ{i:02d}" for i in range(12)]
    masked, prefix, _ = mask("code xq7 here", [Span(0, 4, "code", "x")])
    assert prefix == "XQQ" and masked == "XQQ0 xq7 here"


@pytest.mark.parametrize(
    "model_output",
    ["A XQ0 B XQ1", "a xq0 b xq1", "A \uff38\uff31\uff10 B XQ\uff11", "A \u0425Q0 B XQ 1"],
)
def test_restore_tolerates_what_decoders_do_to_codes(model_output):
    spans = [Span(0, 1, "ONE", "x"), Span(2, 3, "TWO", "x")]
    restored = unmask(model_output, "XQ", spans)
    assert restored is not None and restored.count("ONE") == 1 and restored.count("TWO") == 1


@pytest.mark.parametrize("model_output", ["A XQ0 B", "XQ0 XQ0 XQ1", "XQ0 XQ1 XQ2", ""])
def test_missing_duplicated_or_unknown_masks_are_refused(model_output):
    assert unmask(model_output, "XQ", [Span(0, 1, "a", "x"), Span(2, 3, "b", "x")]) is None


def test_good_model_keeps_spans_in_place():
    text = f"please send to {ADDRESS} today. thanks {{{{ name }}}}!"
    result = translate_protected(upper, text, "en", "es")
    assert result.text == f"PLEASE SEND TO {ADDRESS} TODAY. THANKS {{{{ name }}}}!"
    assert result.warnings == ()


@pytest.mark.parametrize("model", [dropping, duplicating])
def test_bad_model_falls_back_and_never_corrupts(model):
    text = f"please send to {ADDRESS} today, user_id {{{{ name }}}} ok"
    result = translate_protected(model, text, "en", "es")
    assert result.warnings == ("mask-fallback",)
    assert result.text == f"PLEASE SEND TO {ADDRESS} TODAY, user_id {{{{ name }}}} OK"


def test_glossary_spans_put_the_approved_term_and_are_reported():
    text = "my withdrawal is late"
    start = text.index("withdrawal")
    span = Span(start, start + 10, "retiro", "glossary", "c-withdrawal")
    bad = Span(3, 100, "x", "glossary")  # out of range: ignored, not a crash
    result = translate_protected(upper, text, "en", "es", spans=[span, bad])
    assert result.text == "MY retiro IS LATE"
    assert result.glossary_hits == (span,)


def test_entities_win_over_overlapping_caller_spans():
    text = f"to {ADDRESS}"
    inside = Span(5, 10, "nope", "glossary")
    assert merge_spans(protected_spans(text), [inside]) == protected_spans(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["hello", "world", "XQ1", "xq0", "__", "{x}", "%s", "1.5", "\u4f60\u597d"]
            ),
            st.text(alphabet="abc XQ0._\u3002", max_size=6),
        ),
        max_size=12,
    ),
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 8)), max_size=6),
    st.sampled_from([upper, dropping, duplicating]),
)
def test_every_span_comes_back_exactly_once(words, raw_spans, model):
    text = " ".join(words)
    spans = [Span(a, min(a + n, len(text)), f"<R{i}>", "glossary")
             for i, (a, n) in enumerate(raw_spans) if a < len(text)]  # fmt: skip
    result = translate_protected(model, text, "en", "es", spans=spans)
    for hit in result.glossary_hits:
        assert result.text.count(hit.replacement) == 1
    for other in protected_spans(text):
        if all(other.end <= h.start or h.end <= other.start for h in result.glossary_hits):
            assert other.replacement in result.text
