"""TBX in and out with a real client on the other side (translate-toolkit, what Weblate uses):
v2 and v3 (DCA and DCT), DOCTYPE lines, and hostile files refused in every encoding."""

from __future__ import annotations

import pytest
from translate.storage.tbx import tbxfile

from desktop.core.errors import BadInputError
from desktop.core.glossary import load_layers
from desktop.core.glossary.exchange import read_glossary
from desktop.core.glossary.model import Concept, DntTerm, Glossary, Term
from desktop.core.glossary.tbx import V2_DOCTYPE, export_tbx, export_tbx2, import_tbx
from desktop.core.paths import shipped_dir

SHIPPED, _ = load_layers([shipped_dir("glossary")])


def _toolkit_tbx() -> bytes:
    """A glossary written by translate-toolkit's own API (plus the two data categories its API
    has no setter for, added to its XML tree: administrative status and Translation needed)."""
    from lxml import etree

    store = tbxfile(sourcelanguage="en", targetlanguage="zh-Hans")
    unit = store.addsourceunit("withdrawal")
    unit.set_target_terms(["提现", "提币", "取款"])
    unit.addnote("Funds sent from the exchange to an outside address.", origin="definition")
    unit.setid("withdrawal")
    tigs = unit.xmlelement.findall(".//langSet")[1].findall("tig")
    status = etree.SubElement(tigs[2], "termNote", type="administrativeStatus")
    status.text = "deprecatedTerm-admn-sts"
    fee = store.addsourceunit("network fee")
    fee.set_target_terms(["网络手续费"])
    fee.addnote("Paid to miners, not to us.", origin="translator")
    dnt = store.addsourceunit("USDT")
    etree.SubElement(dnt.xmlelement, "descrip", type="Translation needed").text = "no"
    return bytes(store)


def test_a_tbx_translate_toolkit_writes_imports_with_every_term():
    data = _toolkit_tbx()
    assert data.splitlines()[1].startswith(b"<!DOCTYPE martif PUBLIC")  # the DTD line is accepted
    for variant in (data, b"\n".join(line for line in data.splitlines() if b"DOCTYPE" not in line)):
        result = read_glossary(variant, "weblate.tbx")
        assert result.format == "TBX v2"
        concepts = result.glossary.concepts
        assert set(concepts) == {"withdrawal", "network-fee"}
        withdrawal = concepts["withdrawal"]
        assert withdrawal.terms["zh-Hans"] == (
            Term("提现"), Term("提币", "admitted"), Term("取款", "forbidden"))  # fmt: skip
        assert withdrawal.definitions["en"].startswith("Funds sent")
        assert concepts["network-fee"].note == "Paid to miners, not to us."
        assert [d.text for d in result.glossary.dnt] == ["USDT"]


def test_our_tbx2_export_reads_back_in_translate_toolkit_with_the_same_terms():
    store = tbxfile.parsestring(export_tbx2(SHIPPED).encode("utf-8"), sourcelanguage="en")
    units = {unit.getid(): unit for unit in store.units}
    for concept in SHIPPED.concepts.values():
        unit = units[concept.id]
        assert [t.text for t in unit.get_source_terms()] == [t.text for t in concept.terms["en"]]
        for lang, terms in concept.terms.items():
            got = unit.get_target_terms(lang)
            assert [t.text for t in got] == [t.text for t in terms], (concept.id, lang)
            assert [t.deprecated for t in got] == [t.status == "forbidden" for t in terms]
        assert unit.istranslatable()
    dnt_units = [u for u in store.units if not u.istranslatable()]
    assert sorted(u.source for u in dnt_units) == sorted(d.text for d in SHIPPED.dnt)


@pytest.mark.parametrize("export", [export_tbx, export_tbx2])
def test_status_definitions_notes_domains_and_dnt_survive_both_versions(export):
    text = export(SHIPPED)
    again = import_tbx(text.encode("utf-8"))
    assert export(again) == text
    assert again.problems == []
    for cid, concept in SHIPPED.concepts.items():
        got = again.concepts[cid]
        assert (got.terms, got.definitions, got.note, got.pos) == (
            concept.terms, concept.definitions, concept.note, concept.pos)  # fmt: skip
    assert sorted(again.dnt, key=repr) == sorted(SHIPPED.dnt, key=repr)
    assert {c.domain for c in again.concepts.values()} >= {"core", "wallets-onchain"}


DCT = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCT/TBX-Basic_DCT.sch"?>
<tbx style="dct" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"
     xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min">
  <tbxHeader><fileDesc><sourceDesc><p>DCT sample</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c-1">
      <min:subjectField>security</min:subjectField>
      <langSec xml:lang="en">
        <basic:definition>Two steps to sign in.</basic:definition>
        <termSec><term>two-factor authentication</term>
          <min:partOfSpeech>noun</min:partOfSpeech>
          <basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
        <termSec><term>2FA</term>
          <basic:administrativeStatus>admittedTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
      <langSec xml:lang="zh-CN">
        <termSec><term>双重验证</term></termSec>
        <termSec><term>两步认证</term>
          <basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
      </langSec>
      <note>Never ask for the codes.</note>
    </conceptEntry>
  </body></text>
</tbx>
"""

V2_NTIG = f"""<?xml version="1.0" encoding="UTF-8"?>
{V2_DOCTYPE}
<martif type="TBX" xml:lang="en-US">
  <martifHeader><fileDesc><sourceDesc><p>MultiTerm</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="TE1">
      <descrip type="subjectField">Trading</descrip>
      <langSet xml:lang="en-US">
        <descripGrp><descrip type="definition">A limit on losses.</descrip></descripGrp>
        <ntig><termGrp><term>stop-loss order</term>
          <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
          <termNote type="partOfSpeech">noun</termNote></termGrp></ntig>
      </langSet>
      <langSet xml:lang="ja-JP">
        <descrip type="definition">損失を限定する注文。</descrip>
        <ntig><termGrp><term>逆指値注文</term></termGrp></ntig>
      </langSet>
      <langSet xml:lang="xx-YY"><ntig><termGrp><term>qq</term></termGrp></ntig></langSet>
    </termEntry>
    <termEntry id="TE2"><langSet xml:lang="ja"><tig><term>板</term></tig></langSet></termEntry>
  </body></text>
</martif>
"""


def test_tbx_basic_v3_dct_sample():
    glossary = import_tbx(DCT.encode("utf-8"))
    concept = glossary.concepts["c-1"]
    assert concept.terms["en"] == (Term("two-factor authentication"), Term("2FA", "admitted"))
    assert concept.terms["zh-Hans"] == (Term("双重验证"), Term("两步认证", "forbidden"))
    assert concept.definitions == {"en": "Two steps to sign in."}
    assert (concept.note, concept.domain, concept.pos) == ("Never ask for the codes.", "security",
                                                           "noun")  # fmt: skip


def test_v2_file_with_ntig_regional_codes_and_problems():
    glossary = import_tbx(V2_NTIG.encode("utf-8"))
    concept = glossary.concepts["stop-loss-order"]  # "TE1" is no concept id of ours
    assert concept.terms == {"en": (Term("stop-loss order"),), "ja": (Term("逆指値注文"),)}
    assert concept.definitions == {"en": "A limit on losses."} and concept.domain == "trading"
    codes = sorted(p.code for p in glossary.problems)
    # TE2 has no English; xx-YY is no language of ours; the CSV source keeps en/zh definitions
    assert codes == ["dropped-definition", "empty-preferred", "unknown-language"]


def test_an_import_that_yields_nothing_is_an_error_naming_the_format():
    empty = b'<martif type="TBX"><text><body></body></text></martif>'
    with pytest.raises(BadInputError, match="no glossary entries.*TBX"):
        read_glossary(empty, "empty.tbx")
    with pytest.raises(BadInputError, match="expected TBX"):
        read_glossary(b"<html><body>hi</body></html>", "page.tbx")


BOMB = """<?xml version="1.0" encoding="{enc}"?>
<!DOCTYPE martif [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&d;</term></tig></langSet>
</termEntry></body></text></martif>"""
SMALL_ENTITY = """<?xml version="1.0" encoding="{enc}"?>
<!DOCTYPE martif [<!ENTITY fee "network fee">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&fee;</term></tig></langSet>
</termEntry></body></text></martif>"""
EXTERNAL = """<?xml version="1.0" encoding="{enc}"?>
<!DOCTYPE martif [<!ENTITY x SYSTEM "http://198.51.100.7/x.dtd">]>
<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>&x;</term></tig></langSet>
</termEntry></body></text></martif>"""
ENCODINGS = [("UTF-8", "utf-8"), ("UTF-16", "utf-16"), ("UTF-16LE", "utf-16-le"),
             ("UTF-16BE", "utf-16-be")]  # fmt: skip


@pytest.mark.parametrize("template", [BOMB, SMALL_ENTITY, EXTERNAL])
@pytest.mark.parametrize(("declared", "codec"), ENCODINGS)
def test_hostile_tbx_is_refused_in_every_encoding(template, declared, codec):
    data = template.format(enc=declared).encode(codec)  # utf-16-le/-be: no BOM
    with pytest.raises(BadInputError, match="entities"):
        read_glossary(data, "hostile.tbx")


@pytest.mark.parametrize(("declared", "codec"), ENCODINGS)
def test_a_doctype_naming_an_external_dtd_is_accepted_and_never_fetched(declared, codec):
    head = f'<?xml version="1.0" encoding="{declared}"?>\n'
    doc = (
        head
        + '<!DOCTYPE martif SYSTEM "http://198.51.100.7/TBXcdv04.dtd">\n'
        + (
            '<martif><text><body><termEntry id="fee"><langSet xml:lang="en"><tig><term>fee</term>'
            "</tig></langSet></termEntry></body></text></martif>"
        )
    )
    # the suite's network guard fails the test if anything tries to reach 198.51.100.7
    glossary = read_glossary(doc.encode(codec), "ok.tbx").glossary
    assert glossary.concepts["fee"].terms == {"en": (Term("fee"),)}


def test_special_characters_survive_tbx():
    glossary = Glossary(
        concepts={"x": Concept("x", note="<b>&amp; \"q\"", terms={
            "en": (Term("=SUM(A1)"), Term("a&b", "admitted")), "ar": (Term("رسوم"),)})},
        dnt=[DntTerm("<USDT>", "ticker", False), DntTerm("Base", "network", True, False)],
    )  # fmt: skip
    for export in (export_tbx, export_tbx2):
        again = import_tbx(export(glossary).encode("utf-8"))
        assert again.concepts["x"].terms == glossary.concepts["x"].terms
        assert again.concepts["x"].note == glossary.concepts["x"].note
        assert again.dnt == glossary.dnt


def test_fields_the_csv_source_cannot_hold_are_reported_not_written():
    long_note = "x" * 2500
    doc = (
        '<martif><text><body><termEntry id="a"><note>' + long_note + "</note>"
        '<langSet xml:lang="en"><tig><term>fee</term></tig></langSet></termEntry>'
        '<termEntry id="b"><note>first</note><note>second</note>'
        '<langSet xml:lang="en"><tig><term>gas</term></tig></langSet></termEntry>'
        "</body></text></martif>"
    )
    result = read_glossary(doc.encode(), "long.tbx").glossary
    assert list(result.concepts) == ["b"] and result.concepts["b"].note == "first; second"
    assert [p.code for p in result.problems] == ["malformed-row"]
