"""Glossary core: CSV source format, layers, problems with file and line, matching (word
boundaries, CJK, inflections, case), and enforcement in real machine translation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.glossary import load_layers
from desktop.core.glossary.csvfmt import dump_concepts, load_folder
from desktop.core.glossary.match import Matcher
from desktop.core.glossary.model import LANGS, Glossary
from desktop.core.glossary.protect import forbidden_in, mt_spans
from desktop.core.paths import shipped_dir

SHIPPED, MATCHER = load_layers([shipped_dir("glossary")])


def test_shipped_glossary_loads_cleanly_in_every_language():
    assert SHIPPED.problems == []
    assert len(SHIPPED.concepts) >= 200 and len(SHIPPED.dnt) >= 100
    for concept in SHIPPED.concepts.values():
        assert set(concept.terms) == set(LANGS), concept.id
        assert {"en", "zh-Hans"} <= set(concept.definitions)


def test_csv_round_trip_is_lossless(tmp_path):
    first = dump_concepts(list(SHIPPED.concepts.values()))
    (tmp_path / "a.csv").write_text(first, encoding="utf-8")
    again = load_folder(tmp_path)
    assert dump_concepts(list(again.concepts.values())) == first


def test_bad_rows_are_reported_with_file_and_line_and_the_rest_loads(tmp_path):
    header = "concept,pos,definition_en,definition_zh-Hans,note," + ",".join(LANGS)
    good = "fee,noun,A fee.,费用。,," + ",".join(["fee"] + ["x"] * (len(LANGS) - 1))
    (tmp_path / "t.csv").write_text(
        "\n".join([header, good, "broken,row", good, "nolang,noun,,,," + "," * (len(LANGS) - 1)])
        + "\n", encoding="utf-8")  # fmt: skip
    glossary = load_folder(tmp_path)
    assert list(glossary.concepts) == ["fee"]
    assert [(p.line, p.code) for p in glossary.problems] == [
        (3, "malformed-row"), (4, "duplicate-id"), (5, "empty-preferred")]  # fmt: skip
    assert all(p.file.endswith("t.csv") for p in glossary.problems)


def test_conflicting_terms_are_reported(tmp_path):
    from desktop.core.glossary import conflicting_terms
    from desktop.core.glossary.model import Concept, Term

    glossary = Glossary(concepts={
        "a": Concept("a", terms={"en": (Term("fee"),)}, source="x.csv", line=2),
        "b": Concept("b", terms={"en": (Term("Fee"),)}, source="x.csv", line=3)})  # fmt: skip
    problems = conflicting_terms(glossary)
    assert [(p.line, p.code) for p in problems] == [(3, "conflicting-term")]


def test_layers_override_by_id(tmp_path):
    team = tmp_path / "team"
    team.mkdir()
    row = dump_concepts([SHIPPED.concepts["withdrawal"]]).replace("retiro", "retirada")
    (team / "team.csv").write_text(row, encoding="utf-8")
    glossary, _ = load_layers([shipped_dir("glossary"), team])
    assert glossary.concepts["withdrawal"].preferred("es") == "retirada"


def found(text: str) -> list[tuple[str, str]]:
    return [(m.concept_id or "dnt", text[m.start : m.end]) for m in MATCHER.find(text)]


def test_matching_boundaries_cjk_inflections_and_case():
    assert found("Mi retiro de USDT por TRC-20") == [
        ("withdrawal", "retiro"), ("dnt", "USDT"), ("dnt", "TRC-20")]  # fmt: skip
    assert ("withdrawal", "retiros") in found("¿y los retiros?")
    assert ("withdrawal", "вывода") in found("вывода нет")
    assert ("withdrawal", "çekimler") in found("çekimler gecikti")
    assert ("deposit", "充值") in found("我的充值还没到账")
    assert found("redeposited everything") == []  # not inside another word
    assert found("usdt") == []  # tickers are case-sensitive
    assert ("recovery-phrase", "Seed Phrase") in found("my Seed Phrase leaked")


def test_mt_spans_and_forbidden_terms():
    text = "my withdrawal of USDT"
    spans = mt_spans(SHIPPED, MATCHER, text, "en", "es")
    assert [(s.kind, s.replacement) for s in spans] == [("glossary", "retiro"), ("dnt", "USDT")]
    flagged = forbidden_in(MATCHER, "请不要泄露种子", "zh-Hans")
    assert [m.term for m in flagged] == ["种子"]


def test_glossary_and_dnt_enforced_in_real_translation(tmp_path):
    from desktop.core.translate.argos import ArgosEngine
    from desktop.core.translate.packs import install_from_file
    from tests.packbuilder import build_word_pack

    pack = build_word_pack(tmp_path, "en", "es", {"my": "mi", "is": "es", "pending": "pendiente",
                                                  "withdrawal": "extraccion"})  # fmt: skip
    install_from_file(tmp_path / "packs", pack)
    engine = ArgosEngine(tmp_path / "packs")
    text = "my withdrawal is pending Trust Wallet"
    spans = mt_spans(SHIPPED, MATCHER, text, "en", "es")
    result = engine.translate(text, "en", "es", spans=spans)
    assert result.text == "mi retiro es pendiente Trust Wallet"  # approved term, DNT kept
    assert [h.ref for h in result.glossary_hits] == ["withdrawal", "pending"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["the", "my", "is", "very", "slow", "today"]), max_size=6),
       st.lists(st.sampled_from(["the", "my", "is", "very", "slow", "today"]), max_size=6))  # fmt: skip
def test_property_term_between_words_is_found_but_not_when_glued(before, after):
    text = " ".join([*before, "withdrawal", *after])
    assert ("withdrawal", "withdrawal") in found(text)
    glued = " ".join([*before, "xwithdrawalx", *after])
    assert all(cid != "withdrawal" for cid, _ in found(glued))


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_fuzzed_csv_never_crashes(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "x.csv").write_bytes(data)
    glossary = load_folder(folder)
    assert isinstance(glossary, Glossary)
    Matcher(glossary).find("withdrawal deposit")


def test_matching_is_fast_on_a_large_glossary():
    import time

    from desktop.core.glossary.model import Concept, Term

    big = Glossary(concepts={f"c{i}": Concept(f"c{i}", terms={"en": (Term(f"term{i} word"),)})
                             for i in range(20_000)})  # fmt: skip
    matcher = Matcher(big)
    text = ("my withdrawal term77 word is pending " * 30)[:1000]
    started = time.perf_counter()
    for _ in range(20):
        matches = matcher.find(text)
    assert matches and (time.perf_counter() - started) / 20 < 0.05


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["hola", "mi", "retiro", "USDT", "TRC-20", "Trust Wallet", "ok",
                                 "0x52908400098527886E0F7030069857D2E4169EE7", "{{ txid }}"]),
                min_size=1, max_size=12))  # fmt: skip
def test_property_masking_round_trip(words):
    from desktop.core.translate.protect import mask, merge_spans, protected_spans, unmask

    text = " ".join(words)
    spans = merge_spans(protected_spans(text), mt_spans(SHIPPED, MATCHER, text, "es", "en"))
    masked, prefix, ordered = mask(text, spans)
    for value in ("USDT", "TRC-20", "0x52908400098527886E0F7030069857D2E4169EE7", "{{ txid }}"):
        assert value not in masked  # nothing protected reaches the model
    restored = unmask(masked, prefix, ordered)
    expected = text
    for span in sorted(ordered, key=lambda s: -s.start):
        expected = expected[: span.start] + span.replacement + expected[span.end :]
    assert restored == expected


def test_an_over_long_cell_is_named_not_miscounted(tmp_path):
    """A cell over the limit says which column, not "expected 7 fields, got 7"."""
    from desktop.core.glossary.csvfmt import FIXED, MAX_FIELD, load_concepts
    from desktop.core.glossary.model import LANGS, Glossary

    header = [*FIXED, *LANGS]
    row = {name: "" for name in header} | {
        "concept": "x",
        "en": "term",
        "note": "n" * (MAX_FIELD + 1),
    }
    path = tmp_path / "g.csv"
    path.write_text(
        ",".join(header) + "\n" + ",".join(row[h] for h in header) + "\n", encoding="utf-8"
    )
    glossary = Glossary()
    load_concepts(path, glossary)
    assert [p.message for p in glossary.problems] == [
        f"column 'note' is longer than {MAX_FIELD} characters"
    ]
