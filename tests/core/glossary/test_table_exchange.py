"""Excel workbooks, CSV/TSV in the encodings spreadsheets write, OmegaT, formula injection, the
import preview and the user-layer writes; and a fuzz test over TBX and CSV input."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from desktop.core.errors import BadInputError
from desktop.core.glossary import load_layers
from desktop.core.glossary.csvfmt import FIXED, dump_concepts, load_folder
from desktop.core.glossary.diff import preview, reconcile
from desktop.core.glossary.exchange import export_glossary, read_glossary, write_import
from desktop.core.glossary.model import LANGS, Concept, DntTerm, Glossary, Term
from desktop.core.paths import shipped_dir

SHIPPED, _ = load_layers([shipped_dir("glossary")])
HEADER = [*FIXED, *LANGS]


def _row(cid: str, terms: dict[str, str], **fields: str) -> list[str]:
    return [cid, fields.get("pos", "noun"), fields.get("definition_en", ""), "",
            fields.get("note", ""), *(terms.get(lang, "") for lang in LANGS)]  # fmt: skip


def _xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_xlsx_one_sheet_per_domain_and_a_formula_cell_refused():
    data = _xlsx({
        "security": [HEADER, _row("kyc", {"en": "KYC | identity check", "ja": "本人確認"}),
                     _row("bad", {"en": "=HYPERLINK(\"http://x\")"})],
        "Sheet1": [["domain", "concept", "en", "zh_CN"], ["earn", "staking", "staking", "质押"]],
        "dnt": [["term", "kind", "case_sensitive", "note"], ["SOL", "ticker", "yes", ""]],
    })  # fmt: skip
    result = read_glossary(data, "book.xlsx")
    concepts = result.glossary.concepts
    assert result.format == "Excel" and set(concepts) == {"kyc", "staking"}
    assert concepts["kyc"].terms["en"] == (Term("KYC"), Term("identity check", "admitted"))
    assert (concepts["kyc"].domain, concepts["staking"].domain) == ("security", "earn")
    assert concepts["staking"].terms["zh-Hans"] == (Term("质押"),)
    [problem] = result.glossary.problems
    assert problem.code == "formula" and "A3" in problem.message or "F3" in problem.message
    assert result.glossary.dnt == [DntTerm("SOL", "ticker", True)]


def test_xlsx_export_round_trips_and_writes_text_never_formulas():
    tricky = Concept("calc", note="=1+1", terms={"en": (Term("=cmd|' /C calc'!A0"),)})
    glossary = Glossary(concepts={**SHIPPED.concepts, "calc": tricky}, dnt=list(SHIPPED.dnt))
    data = export_glossary(glossary, "xlsx")
    book = load_workbook(io.BytesIO(data))
    assert "core" in book.sheetnames and "dnt" in book.sheetnames
    assert all(c.data_type != "f" for sheet in book for row in sheet.iter_rows() for c in row)
    again = read_glossary(data, "again.xlsx").glossary
    assert again.problems == []
    assert dump_concepts(list(again.concepts.values())) == dump_concepts(
        list(glossary.concepts.values()))  # fmt: skip
    assert sorted(again.dnt, key=repr) == sorted(SHIPPED.dnt, key=repr)


def _sample(langs: tuple[str, ...]) -> tuple[str, list[Concept]]:
    concepts = sorted(SHIPPED.concepts.values(), key=lambda c: c.id)[:40]
    lines = [",".join(["concept", "pos", "note", *langs])]
    for c in concepts:
        cells = [" | ".join(("!" if t.status == "forbidden" else "") + t.text for t in c.terms[lang])
                 for lang in langs]  # fmt: skip
        lines.append(",".join([c.id, c.pos, "", *(f'"{x}"' for x in cells)]))
    return "\r\n".join(lines) + "\r\n", concepts


@pytest.mark.parametrize(("codec", "langs", "delimiter", "reported"), [
    ("utf-8", ("en", "zh-Hans", "ar"), ",", "utf-8"),
    ("utf-8-sig", ("en", "ko", "th"), ";", "utf-8 with BOM"),
    ("utf-16", ("en", "zh-Hant", "ru"), "\t", "utf-16"),  # Excel "Unicode text"
    ("gb18030", ("en", "zh-Hans"), ",", "gb18030"),
    ("big5", ("en", "zh-Hant"), ";", "big5"),
    ("shift_jis", ("en", "ja"), ",", "cp932"),
])  # fmt: skip
def test_csv_in_the_encodings_spreadsheets_write(codec, langs, delimiter, reported):
    text, concepts = _sample(langs)
    data = text.replace(",", delimiter).encode(codec)
    result = read_glossary(data, f"sheet-{codec}.csv")
    assert (result.encoding, result.delimiter) == (reported, {",": "comma", ";": "semicolon",
                                                              "\t": "tab"}[delimiter])  # fmt: skip
    assert result.glossary.problems == []
    for concept in concepts:
        got = result.glossary.concepts[concept.id]
        assert {lang: got.terms[lang] for lang in langs} == {l: concept.terms[l] for l in langs}


def test_omegat_glossary_for_a_named_language_pair():
    tsv = ("# OmegaT glossary\nwithdrawal\t提款\tused by the Taiwan team\n"
           "dust sweep\t冷钱包\toffline\ndust sweep\t离线钱包\t\nbroken line without tab\n")  # fmt: skip
    result = read_glossary(tsv.encode("utf-8"), "project.utf8", "en", "zh-Hans", SHIPPED.concepts)
    assert result.format == "OmegaT"
    withdrawal = result.glossary.concepts["withdrawal"]  # the existing concept gains the term
    assert withdrawal.terms["zh-Hans"][0] == Term("提款")
    assert Term("提现", "admitted") in withdrawal.terms["zh-Hans"]
    dust = result.glossary.concepts["dust-sweep"]
    assert dust.terms == {"en": (Term("dust sweep"),),
                          "zh-Hans": (Term("冷钱包"), Term("离线钱包", "admitted"))}  # fmt: skip
    assert [p.line for p in result.glossary.problems] == [4]
    with pytest.raises(BadInputError, match="unknown language"):
        read_glossary(tsv.encode(), "x.utf8", "en", "klingon")


def test_formula_cells_are_neutralised_on_export_and_restored_on_import():
    concept = Concept("eq", note="+1 call us", terms={"en": (Term("=SUM(A1:A9)"),),
                                                       "ru": (Term("-минус"),)})  # fmt: skip
    dnt = [DntTerm("@handle", "brand"), DntTerm("Base", "network", True, False)]
    glossary = Glossary(concepts={"eq": concept}, dnt=dnt)
    data = export_glossary(glossary, "csv").decode()
    assert "'=SUM(A1:A9)" in data and "'+1 call us" in data and "'-минус" in data
    again = read_glossary(data.encode(), "eq.csv").glossary
    assert again.concepts["eq"].terms == concept.terms and again.concepts["eq"].note == concept.note
    text = export_glossary(glossary, "dnt-csv").decode()
    assert "'@handle" in text
    assert read_glossary(text.encode(), "dnt.csv").glossary.dnt == glossary.dnt
    book = export_glossary(glossary, "xlsx")
    assert read_glossary(book, "g.xlsx").glossary.dnt == glossary.dnt


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x01\x02garbage",
        b"a,b,c\n1,2,3\n",
        b"PK\x03\x04broken zip",
        "just words".encode("utf-16"),
    ],
)
def test_garbage_is_an_error_naming_the_format(data):
    with pytest.raises(BadInputError, match="expected|not an Excel|not a?n? ?text"):
        read_glossary(data, "garbage.csv")


def test_preview_shows_new_changed_and_conflicting_concepts():
    old = SHIPPED.concepts["withdrawal"]
    incoming = Glossary(concepts={
        "withdrawal": Concept("withdrawal", terms={"en": (Term("withdrawal"),),
                                                   "zh-Hans": (Term("出金"),)}),
        "payout": Concept("payout", terms={"en": (Term("payout"),), "de": (Term("Einzahlung"),)}),
        "x": Concept("x", terms={"en": (Term("deposit"),)}),  # same English term: same concept
    }, dnt=[DntTerm("BTC", "ticker"), DntTerm("NEWCOIN", "ticker")])  # fmt: skip
    merged = reconcile(SHIPPED.concepts, incoming)
    assert set(merged.concepts) == {"withdrawal", "payout", "deposit"}
    assert merged.concepts["withdrawal"].terms["ja"] == old.terms["ja"]  # kept, not dropped
    change = preview(SHIPPED.concepts, merged, SHIPPED.dnt, local_ids={"withdrawal"})
    assert change.new == ("payout",) and change.changed == ("withdrawal",)
    assert change.unchanged == ("deposit",) and change.new_dnt == ("NEWCOIN",)
    [zh] = [c for c in change.changes if c.field == "zh-Hans"]
    assert (zh.before, zh.after) == ("提现 | 提币", "出金")
    codes = {(c.concept_id, c.code, c.other_id) for c in change.conflicts}
    assert ("withdrawal", "edited-locally", "") in codes
    assert ("payout", "term-in-other-concept", "deposit") in codes  # Einzahlung = deposit (de)


def test_write_import_refuses_a_second_import_of_the_same_name(tmp_path):
    glossary = read_glossary(export_glossary(SHIPPED, "tbx"), "team.tbx").glossary
    written, added = write_import(glossary, tmp_path, "team", known_dnt=SHIPPED.dnt[5:])
    assert added == 5 and len(written) == 6  # one file per domain
    assert load_folder(tmp_path).problems == []
    with pytest.raises(BadInputError, match="imported before.*--replace"):
        write_import(glossary, tmp_path, "team")
    before = sorted(p.name for p in tmp_path.iterdir())
    write_import(glossary, tmp_path, "team", replace=True, known_dnt=SHIPPED.dnt)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    again = load_folder(tmp_path)
    assert dump_concepts(list(again.concepts.values())) == dump_concepts(
        list(SHIPPED.concepts.values()))  # fmt: skip


XML_PIECES = st.sampled_from([
    "<martif>", "</martif>", "<tbx>", "</tbx>", "<text><body>", "</body></text>",
    "<termEntry id='a'>", "</termEntry>", "<conceptEntry>", "</conceptEntry>",
    "<langSet xml:lang='en'>", "<langSec xml:lang='zh'>", "</langSet>", "</langSec>",
    "<tig><term>", "</term></tig>", "<ntig><termGrp><term>", "</term></termGrp></ntig>",
    "<termNote type='administrativeStatus'>", "</termNote>", "<descrip type='definition'>",
    "</descrip>", "<!DOCTYPE martif SYSTEM 'x.dtd'>", "<!ENTITY a 'b'>", "&a;", "&amp;", "fee",
    "\u63d0\u73b0", "=1+1", " | ", "!", "\x00", "]]>", "<![CDATA[", "<?xml version='1.0'?>",
])  # fmt: skip


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(XML_PIECES, max_size=40), st.sampled_from(["utf-8", "utf-16", "utf-16-le"]))
def test_fuzzed_tbx_never_crashes_or_hangs(pieces, codec):
    try:
        read_glossary("".join(pieces).encode(codec, "surrogatepass"), "fuzz.tbx")
    except BadInputError:
        pass


CSV_TEXT = st.lists(
    st.sampled_from(
        [
            *"ab,;\t\"'=\n\r|!\u63d0 ",
            "en",
            "concept",
            "term",
            "zh-Hans",
            "definition_en",
            "kind",
            "domain",
        ]
    )
).map("".join)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(CSV_TEXT, st.sampled_from(["utf-8", "utf-16", "gb18030", "big5"]), st.binary(max_size=40))
def test_fuzzed_csv_never_crashes_or_hangs(text, codec, noise):
    for data in (text.encode(codec, "replace"), noise, text.encode("utf-8") + noise):
        for pair in ((None, None), ("en", "ja")):
            try:
                read_glossary(data, "fuzz.csv", *pair, existing=SHIPPED.concepts)
            except BadInputError:
                pass


def test_a_workbook_with_entities_in_its_xml_is_refused():
    import zipfile

    def rewrite(bomb: bytes) -> bytes:
        good = _xlsx({"core": [HEADER, _row("fee", {"en": "fee"})]})
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename.startswith("xl/worksheets/"):
                    data = bomb + data
                dst.writestr(item, data)
        return out.getvalue()

    assert list(read_glossary(rewrite(b""), "ok.xlsx").glossary.concepts) == ["fee"]
    bomb = b'<!DOCTYPE worksheet [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
    with pytest.raises(BadInputError, match="Excel"):
        read_glossary(rewrite(bomb), "bomb.xlsx")


def test_new_dnt_terms_are_added_to_the_layers_own_dnt_csv_keeping_its_columns(tmp_path):
    from desktop.core.glossary.exchange import merge_dnt

    path = tmp_path / "dnt.csv"
    path.write_text("note,term,kind,case_sensitive\nmine,BTC,ticker,yes\n", encoding="utf-8")
    new = [DntTerm("BTC", "ticker"), DntTerm("Base", "network", True, False)]
    assert merge_dnt(path, new) == 1 and merge_dnt(path, new) == 0
    assert path.read_text(encoding="utf-8").splitlines() == [
        "note,term,kind,case_sensitive,sentence_start", "mine,BTC,ticker,yes",
        ",Base,network,yes,no"]  # fmt: skip
    assert read_glossary(path.read_bytes(), "dnt.csv").glossary.dnt == [
        DntTerm("BTC", "ticker"), DntTerm("Base", "network", True, False)]  # fmt: skip
