"""The learned suggester: never empty, calibrated, deterministic, small; picks learned privately."""

from __future__ import annotations

import json
import shutil
import stat

import numpy as np
import pytest

from desktop.core.paths import shipped_dir
from desktop.core.suggest import train
from desktop.core.suggest.memory import PickMemory
from desktop.core.suggest.model import MAX_MODEL_BYTES, MODEL_FILE
from desktop.core.suggest.suggester import Suggester
from desktop.core.templates.library import TemplateLibrary

LIBRARY = TemplateLibrary([shipped_dir("templates")])
CHINESE_FROZEN = "你好，我的账户被冻结了，怎么办？"


@pytest.fixture(scope="module")
def matcher():
    return train.shipped_matcher()


@pytest.fixture
def suggester(tmp_path, matcher):
    return Suggester.load(matcher=matcher, memory=PickMemory(tmp_path / "picks.json"))


@pytest.mark.parametrize("message", ["", "   ", "😀🙏", CHINESE_FROZEN, "x" * 1_000_000,
                                     "Ошибка " * 150_000, "\u0000\ufffd\U0010ffff"])  # fmt: skip
def test_never_empty_and_at_least_three_ranked_known_templates(suggester, message):
    found = suggester.suggest(LIBRARY, message)
    assert len(found) >= 3
    assert all(LIBRARY.get(s.template_id) is not None for s in found)
    scores = [s.score for s in found]
    assert scores == sorted(scores, reverse=True) and all(0.0 <= s <= 1.0 for s in scores)
    assert sum(scores) <= 1.0 + 1e-6
    assert len({s.template_id for s in found}) == len(found)


def test_only_templates_of_the_library_passed_in(tmp_path, suggester):
    for tid in ("general-thanks", "fees-question", "kyc-verification"):
        shutil.copytree(shipped_dir("templates") / tid, tmp_path / "lib" / tid)
    small = TemplateLibrary([tmp_path / "lib"])
    found = suggester.suggest(small, "my withdrawal is pending since yesterday", limit=10)
    assert sorted(s.template_id for s in found) == ["fees-question", "general-thanks",
                                                   "kyc-verification"]  # fmt: skip
    assert abs(sum(s.score for s in found) - 1.0) < 1e-3  # renormalised over what exists


def test_a_shared_secret_ranks_the_exposure_template_first(suggester):
    words = "abandon ability able about above absent absorb abstract absurd abuse access accident"
    found = suggester.suggest(LIBRARY, f"is this ok? {words}")
    assert found[0].category == "seed-phrase-exposed"
    assert suggester.suggest(LIBRARY, "hello", sensitive=True)[0].category == "seed-phrase-exposed"


def test_reasons_name_concepts_and_entities_that_point_to_the_category(suggester):
    txid = "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060"
    found = suggester.suggest(LIBRARY, f"My deposit has not arrived, txid {txid}")
    reasons = {r for s in found for r in s.reasons}
    assert "concept:deposit" in reasons
    assert all(r.startswith(("concept:", "entity:", "pick")) for r in reasons)
    assert txid not in json.dumps([s.reasons for s in found])


def test_deterministic(suggester, matcher, tmp_path):
    first = suggester.suggest(LIBRARY, "retiro pendiente 2 dias")
    assert suggester.suggest(LIBRARY, "retiro pendiente 2 dias") == first
    cats = train.load_categories()
    examples = train.load_corpus([train.DATA / "suggest_labelled.jsonl"], cats)[:60]
    features = train.featurize(examples, matcher)
    params = train.Params(epochs=2)
    a = train.train_model(examples, features, cats, params)
    b = train.train_model(examples, features, cats, params)
    assert np.array_equal(a.weights, b.weights) and a.temperature == b.temperature
    a.save(tmp_path / "a.npz")
    b.save(tmp_path / "b.npz")
    assert (tmp_path / "a.npz").read_bytes() == (tmp_path / "b.npz").read_bytes()


def test_shipped_model_is_small_and_knows_every_category():
    assert MODEL_FILE.stat().st_size <= MAX_MODEL_BYTES
    model = Suggester.load(matcher=None, memory=None).model
    assert model.categories == train.load_categories()
    assert model.temperature > 0


def test_training_never_reads_the_test_set(tmp_path):
    (tmp_path / "suggest" / "train").mkdir(parents=True)
    (tmp_path / "suggest" / "test").mkdir()
    (tmp_path / "suggest" / "train" / "fr.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "suggest" / "test" / "fr.jsonl").write_text("", encoding="utf-8")
    files = train.training_files(tmp_path)
    assert [f.name for f in files] == ["fr.jsonl"] and "test" not in files[0].parts


def test_corpus_loader_skips_bad_rows_and_unknown_categories(tmp_path, capsys):
    path = tmp_path / "xx.jsonl"
    path.write_text('{"text": "a", "category": "fees-question"}\nnot json\n'
                    '{"text": "b", "category": "nope"}\n{"text": "a", "category": "2fa-reset"}\n',
                    encoding="utf-8")  # fmt: skip
    rows = train.load_corpus([path], train.load_categories())
    assert [(r.text, r.category, r.lang) for r in rows] == [("a", "fees-question", "xx")]
    assert "xx.jsonl:2" in capsys.readouterr().err


MESSAGE = "Your app is a joke, my withdrawal of 300 USDT has been pending for three days!"
PARAPHRASE = "Mi retiro de 300 USDT lleva tres días pendiente, ¡qué vergüenza!"
PICKED = "refund-request"


def test_one_pick_ranks_its_template_first_for_a_paraphrase_in_another_language(suggester):
    assert suggester.suggest(LIBRARY, PARAPHRASE)[0].template_id != PICKED
    suggester.record_pick(MESSAGE, PICKED)
    found = suggester.suggest(LIBRARY, PARAPHRASE)
    assert found[0].template_id == PICKED and "pick" in found[0].reasons
    unrelated = suggester.suggest(LIBRARY, "How do I enable 2FA on my account?")
    assert unrelated[0].template_id != PICKED


def test_a_pick_without_glossary_concepts_still_counts_for_the_same_wording(suggester):
    message = "ขอบคุณมากครับ แล้วเจอกัน"
    assert not suggester.features(message).concepts
    assert suggester.suggest(LIBRARY, message)[0].template_id != "fees-question"
    suggester.record_pick(message, "fees-question")
    assert suggester.suggest(LIBRARY, message)[0].template_id == "fees-question"
    assert suggester.suggest(LIBRARY, "สวัสดี")[0].template_id != "fees-question"


def test_pick_file_holds_no_text_is_private_bounded_and_clearable(tmp_path, matcher):
    path = tmp_path / "data" / "picks.json"
    memory = PickMemory(path, limit=5)
    suggester = Suggester.load(matcher=matcher, memory=memory)
    secret = "abandon ability able about above absent absorb abstract absurd abuse access accident"
    message = (
        f"Bonjour, mon retrait vers bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq bloqué {secret}"
    )
    suggester.record_pick(message, "withdrawal-pending")
    raw = json.dumps(json.loads(path.read_text(encoding="utf-8"))["picks"])
    for word in message.replace(",", " ").split():
        if len(word) >= 3:
            assert word.casefold() not in raw.casefold()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    for word in ("apple", "banana", "cherry", "damson", "elder", "fig", "grape", "hazel"):
        suggester.record_pick(f"thanks for the {word}", "general-thanks")
    assert len(json.loads(path.read_text(encoding="utf-8"))["picks"]) == 5
    assert len(PickMemory(path)) == 5  # read back by a new process
    suggester.clear_picks()
    assert not path.exists() and len(memory) == 0


def test_shared_team_examples_are_read_only_and_a_damaged_file_is_no_picks(tmp_path, matcher):
    team = tmp_path / "team.json"
    PickMemory(team).record(Suggester.load(matcher=matcher, memory=None).features(MESSAGE), PICKED)
    before = team.read_bytes()
    own = tmp_path / "own.json"
    suggester = Suggester.load(matcher=matcher, memory=PickMemory(own, shared=team))
    assert suggester.suggest(LIBRARY, PARAPHRASE)[0].template_id == PICKED
    suggester.clear_picks()
    assert team.read_bytes() == before
    own.write_text("{not json", encoding="utf-8")
    damaged = Suggester.load(matcher=matcher, memory=PickMemory(own))
    assert len(damaged.suggest(LIBRARY, PARAPHRASE)) >= 3


def test_settings_name_the_shared_examples_file(tmp_path, monkeypatch):
    from desktop.core import config

    profile = tmp_path / "team.toml"
    profile.write_text(f'shared_suggest_examples = "{tmp_path / "picks.json"}"\n', encoding="utf-8")
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(profile))
    monkeypatch.setenv("REPLYBRIDGE_CONFIG_DIR", str(tmp_path / "cfg"))
    loaded = config.load()
    assert loaded.settings.shared_suggest_examples == str(tmp_path / "picks.json")
    assert loaded.problems == ()


def test_facade_keeps_the_old_call_working():
    from desktop.core.templates.suggest import suggest

    found = suggest(LIBRARY, "Someone hacked my account", translation=None, entity_kinds=(),
                    sensitive=False, concepts=["account"])  # fmt: skip
    assert len(found) >= 3 and found[0].reasons is not None


def test_pick_index_agrees_with_the_plain_similarity(tmp_path, matcher):
    from desktop.core.suggest.memory import as_pick, similarity

    suggester = Suggester.load(matcher=matcher, memory=PickMemory(tmp_path / "p.json"))
    rows = train.load_corpus([train.DATA / "suggest_labelled.jsonl"], train.load_categories())
    for row in rows[:40]:
        suggester.record_pick(row.text, row.category)
    memory = suggester.memory
    picks = memory._picks()
    for row in rows[40:60] + rows[:3]:
        probe = as_pick(suggester.features(row.text))
        expected: dict[str, float] = {}
        for pick in picks:
            expected[pick.template_id] = max(expected.get(pick.template_id, 0.0),
                                             similarity(probe, pick))  # fmt: skip
        got = memory.nearest(suggester.features(row.text))
        assert set(got) == {t for t, v in expected.items() if v > 0}
        assert all(abs(got[t] - expected[t]) < 1e-9 for t in got)
    assert max(memory.nearest(suggester.features(rows[0].text)).values()) > 0.99
