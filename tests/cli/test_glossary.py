"""`replybridge glossary` and TBX-Basic: round trips, hostile and broken files."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from translate.storage.tbx import tbxfile

from desktop.cli import run
from desktop.core import paths
from desktop.core.errors import BadInputError
from desktop.core.glossary import load_layers
from desktop.core.glossary.csvfmt import dump_concepts
from desktop.core.glossary.exchange import read_glossary
from desktop.core.glossary.tbx import import_tbx

SHIPPED, _ = load_layers([paths.shipped_dir("glossary")])


def test_stats_and_validate(capsys):
    assert run(["glossary", "stats"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["concepts"] >= 20 and stats["dnt"] >= 60 and stats["coverage"]["ar"] == 1.0
    assert run(["glossary", "validate"]) == 0


def test_validate_reports_one_line_per_problem(tmp_path, capsys):
    bad = tmp_path / "bad.csv"
    bad.write_text("concept,pos\nx\n", encoding="utf-8")
    assert run(["glossary", "validate", str(bad)]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines and all(line.startswith(f"{bad}:") for line in lines)


@pytest.mark.parametrize("fmt", ["tbx", "tbx2", "csv", "xlsx"])
def test_export_import_export_loses_nothing(tmp_path, capsys, fmt):
    suffix = {"tbx2": "tbx"}.get(fmt, fmt)
    first = tmp_path / f"first.{suffix}"
    assert run(["glossary", "export", "--format", fmt, "-o", str(first)]) == 0
    assert run(["glossary", "export", "--format", "dnt-csv", "-o", str(tmp_path / "d.csv")]) == 0
    assert run(["glossary", "import", str(first)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["imported"] == len(SHIPPED.concepts) and report["problems"] == 0
    assert report["unchanged"] == len(SHIPPED.concepts) and report["conflicts"] == []
    assert run(["glossary", "import", str(tmp_path / "d.csv")]) == 0
    capsys.readouterr()
    if fmt.startswith("tbx"):
        assert import_tbx(first.read_bytes()).dnt and report["dnt_added"] == 0
    second = tmp_path / f"second.{suffix}"
    assert run(["glossary", "export", "--format", fmt, "-o", str(second)]) == 0
    if fmt == "xlsx":  # a workbook's bytes carry a timestamp: compare what it holds
        a, b = (read_glossary(p.read_bytes(), p.name).glossary for p in (first, second))
        assert dump_concepts(list(a.concepts.values())) == dump_concepts(list(b.concepts.values()))
        assert sorted(a.dnt, key=repr) == sorted(b.dnt, key=repr)
        assert {c.domain for c in a.concepts.values()} == {c.domain for c in b.concepts.values()}
    else:
        assert second.read_bytes() == first.read_bytes()
    assert run(["glossary", "validate"]) == 0
    assert run(["glossary", "stats"]) == 0
    stats = json.loads(capsys.readouterr().out.splitlines()[-1])
    assert stats["concepts"] == len(SHIPPED.concepts) and stats["dnt"] == len(SHIPPED.dnt)


def test_garbage_import_fails_and_writes_nothing(tmp_path, capsys):
    for name, data in (("garbage.csv", b"hello,world\n1,2\n"), ("garbage.tbx", b"\x89PNG\r\n"),
                       ("garbage.xlsx", b"PK\x03\x04 not a zip")):  # fmt: skip
        path = tmp_path / name
        path.write_bytes(data)
        assert run(["glossary", "import", str(path)]) != 0
        err = capsys.readouterr().err
        assert "expected" in err or "Excel" in err or "TBX" in err, err
        assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert run(["glossary", "import", str(tmp_path)]) == 2  # a folder
    assert "no such file" in capsys.readouterr().err
    folder = paths.data_dir() / "glossary"
    assert not folder.exists() or list(folder.iterdir()) == []


def test_export_into_a_missing_folder_is_an_error(tmp_path, capsys):
    target = tmp_path / "nonexistent" / "dir" / "g.csv"
    assert run(["glossary", "export", "--format", "csv", "-o", str(target)]) == 2
    assert "no such folder" in capsys.readouterr().err
    assert not (tmp_path / "nonexistent").exists()


def test_a_second_import_of_the_same_name_is_refused_unless_replace(tmp_path, capsys):
    team = tmp_path / "team.csv"
    team.write_text("concept,en,de\nmoon-bag,moon bag,Mondtasche\n", encoding="utf-8")
    assert run(["glossary", "import", str(team)]) == 0
    first = (paths.data_dir() / "glossary" / "imported-team.csv").read_text(encoding="utf-8")
    other = tmp_path / "other" / "team.csv"
    other.parent.mkdir()
    other.write_text("concept,en,de\nrug-pull,rug pull,Rug Pull\n", encoding="utf-8")
    capsys.readouterr()
    assert run(["glossary", "import", str(other)]) == 2
    assert "imported before" in capsys.readouterr().err
    assert (paths.data_dir() / "glossary" / "imported-team.csv").read_text(
        encoding="utf-8"
    ) == first
    assert run(["glossary", "import", str(other), "--replace"]) == 0
    text = (paths.data_dir() / "glossary" / "imported-team.csv").read_text(encoding="utf-8")
    assert "rug-pull" in text and "moon-bag" not in text


def test_translate_toolkit_on_both_sides_of_the_cli(tmp_path, capsys):
    store = tbxfile(sourcelanguage="en", targetlanguage="ja")
    for en, ja in (("moon bag", ["ムーンバッグ", "含み益"]), ("rug pull", ["ラグプル"])):
        store.addsourceunit(en).set_target_terms(ja)
    dnt = store.addsourceunit("PEPE")  # Weblate's "untranslatable": fault 8, DNT was dropped
    etree.SubElement(dnt.xmlelement, "descrip", type="Translation needed").text = "no"
    weblate = tmp_path / "weblate.tbx"
    weblate.write_bytes(bytes(store))
    assert run(["glossary", "import", str(weblate)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["format"], report["new"], report["dnt_added"]) == ("TBX v2", 2, 1)
    assert run(["glossary", "stats"]) == 0
    assert json.loads(capsys.readouterr().out)["dnt"] == len(SHIPPED.dnt) + 1
    out = tmp_path / "ours.tbx"
    assert run(["glossary", "export", "--format", "tbx2", "-o", str(out)]) == 0
    back = tbxfile.parsestring(out.read_bytes(), sourcelanguage="en")
    units = {u.getid(): u for u in back.units}
    assert "PEPE" in [u.source for u in back.units if not u.istranslatable()]
    assert [t.text for t in units["moon-bag"].get_target_terms("ja")] == ["ムーンバッグ", "含み益"]
    assert [t.text for t in units["withdrawal"].get_target_terms("zh-Hans")] == [
        t.text for t in SHIPPED.concepts["withdrawal"].terms["zh-Hans"]]  # fmt: skip


def test_cli_imports_omegat_and_a_gb18030_csv_saying_the_encoding(tmp_path, capsys):
    omegat = tmp_path / "glossary.utf8"
    omegat.write_text("rug pull\t跑路\tscam\nwithdrawal\t出金\t\n", encoding="utf-8")
    assert run(["glossary", "import", str(omegat), "--from", "en", "--to", "zh-Hans"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["format"], report["new"], report["changed"]) == ("OmegaT", 1, 1)
    sheet = tmp_path / "zh.csv"
    sheet.write_bytes("concept,en,zh-Hans\nhodl,HODL,长期持有\n".encode("gb18030"))
    assert run(["glossary", "import", str(sheet)]) == 0
    assert json.loads(capsys.readouterr().out)["encoding"] == "gb18030"
    assert run(["glossary", "import", str(omegat), "--from", "en"]) == 2
    assert "both --from and --to" in capsys.readouterr().err


def test_billion_laughs_and_broken_tbx_are_refused():
    bomb = b'<?xml version="1.0"?><!DOCTYPE t [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><tbx>&b;</tbx>'
    with pytest.raises(BadInputError, match="entities"):
        import_tbx(bomb)
    with pytest.raises(BadInputError, match="line"):
        import_tbx(b"<tbx><text><body><conceptEntry id='x'>")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_fuzzed_tbx_never_crashes(data):
    try:
        import_tbx(data)
    except BadInputError:
        pass
