"""Greeting by the customer's clock (neutral when unknown or at night) and team policy values
as defaults for template variables: both through the real renderer and the real config loader."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.core import config
from desktop.core.paths import shipped_dir
from desktop.core.templates.greeting import customer_daypart, daypart_at, parse_zone
from desktop.core.templates.library import TemplateLibrary
from desktop.core.templates.render import Renderer, strip_markers

LIBRARY = TemplateLibrary([shipped_dir("templates")])
RENDERER = Renderer(LIBRARY)
LANGS = ("en zh-Hans zh-Hant ja ko vi th id ru tr es pt fr de ar it nl").split()
UTC = dt.UTC
TIMED = ("afternoon", "evening", "morning", "下午好", "晚上好", "上午好", "добрый", "доброе",
         "buenas", "buenos", "boa tarde", "boa noite", "bom dia", "günaydın", "iyi akşamlar",
         "iyi günler", "selamat", "guten abend", "bonsoir", "buonasera", "goedemiddag",
         "goedenavond", "مساء", "صباح")  # fmt: skip


@pytest.mark.parametrize(("text", "minutes"), [
    ("+08:00", 480), ("UTC+8", 480), ("utc-3", -180), ("+0530", 330), ("GMT+5:45", 345),
    ("\u221205:00", -300), ("UTC", 0), ("Z", 0),
])  # fmt: skip
def test_offsets_are_read(text, minutes):
    zone = parse_zone(text)
    assert zone is not None
    assert zone.utcoffset(dt.datetime(2026, 1, 1)) == dt.timedelta(minutes=minutes)


@pytest.mark.parametrize("text", ["", "  ", "+25:00", "+08:75", "tomorrow", "Mars/Olympus", "8"])
def test_unreadable_zones_mean_unknown(text):
    assert parse_zone(text) is None


def test_iana_zone_follows_daylight_saving():
    summer = customer_daypart("Europe/Berlin", dt.datetime(2026, 7, 1, 10, 30, tzinfo=UTC))
    winter = customer_daypart("Europe/Berlin", dt.datetime(2026, 1, 1, 10, 30, tzinfo=UTC))
    assert (summer, winter) == ("afternoon", "morning")  # 12:30 CEST vs 11:30 CET


@pytest.mark.parametrize(("hour", "expected"), [
    (0, None), (3, None), (4, None), (5, "morning"), (11, "morning"), (12, "afternoon"),
    (17, "afternoon"), (18, "evening"), (22, "evening"), (23, None),
])  # fmt: skip
def test_dayparts_never_wish_a_good_afternoon_at_night(hour, expected):
    assert daypart_at(dt.datetime(2026, 3, 1, hour, 15)) == expected


def test_unknown_zone_is_neutral_whatever_the_agents_clock():
    assert customer_daypart("", dt.datetime(2026, 3, 1, 14, 0, tzinfo=UTC)) is None
    assert customer_daypart(None) is None


def test_customer_clock_not_agent_clock():
    # 14:00 UTC: afternoon for an agent in London, 02:00 next day for a customer in Auckland.
    now = dt.datetime(2026, 3, 1, 14, 0, tzinfo=UTC)
    assert customer_daypart("+13:00", now) is None
    assert customer_daypart("-05:00", now) == "morning"


@pytest.mark.parametrize("lang", LANGS)
def test_every_greeting_partial_has_a_neutral_form(lang):
    night = dt.datetime(2026, 3, 1, 13, 0, tzinfo=UTC)
    for zone in ("", "+13:00"):  # unknown, and 02:00 local
        text = strip_markers(RENDERER.render("general-thanks", lang, {}, now=night,
                                             customer_zone=zone).text)  # fmt: skip
        first = text.split("\n", 1)[0].casefold()
        for wrong in TIMED:
            assert wrong not in first, (lang, zone, first)


def test_known_zone_gives_the_local_greeting():
    morning = dt.datetime(2026, 3, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai
    zh = RENDERER.render("general-thanks", "zh-Hans", {}, now=morning, customer_zone="+08:00")
    en = RENDERER.render("general-thanks", "en", {"customer_utc_offset": "Asia/Shanghai"},
                         now=morning)  # fmt: skip
    assert zh.text.startswith("尊敬的用户，上午好！")
    assert en.text.startswith("Good morning,")


def test_policy_fills_empty_variables_and_the_form_wins():
    policy = {"security_hold_hours": "48", "unrelated": "x"}
    text = RENDERER.render("2fa-reset", "en", {}, policy=policy).text
    assert "paused for 48 hours" in text
    text = RENDERER.render("2fa-reset", "en", {"security_hold_hours": "12"}, policy=policy).text
    assert "paused for 12 hours" in text and "48" not in text


def test_without_policy_the_wording_is_neutral_and_states_no_number():
    for lang in sorted(LIBRARY.get("2fa-reset").bodies):
        text = strip_markers(RENDERER.render("2fa-reset", lang, {}).text)
        assert "24" not in text, lang


def test_team_profile_policy_table_is_read(tmp_path, monkeypatch):
    team = tmp_path / "team.toml"
    team.write_text(
        'customer_utc_offset = "+07:00"\n[policy]\nsecurity_hold_hours = 24\n'
        'support_hours = "24/7"\nbad = ["list"]\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(team))
    loaded = config.load()
    assert loaded.settings.policy == {"security_hold_hours": "24", "support_hours": "24/7"}
    assert loaded.settings.customer_utc_offset == "+07:00"
    assert [(p.key, p.code, p.detail) for p in loaded.problems] == [("policy", "wrong-type", "bad")]


def test_example_team_profile_documents_the_policy_keys(monkeypatch):
    from desktop.core.templates.policy import POLICY_KEYS

    example = shipped_dir("templates").parent / "packaging" / "team.example.toml"
    monkeypatch.setenv("REPLYBRIDGE_PROFILE", str(example))
    loaded = config.load()
    assert set(POLICY_KEYS) <= set(loaded.settings.policy)
    assert not [p for p in loaded.problems if p.key in ("policy", "customer_utc_offset")]


def test_every_policy_key_is_used_by_a_template():
    from desktop.core.templates.policy import POLICY_KEYS

    declared = {v.name for t in LIBRARY.templates.values() for v in t.variables}
    assert set(POLICY_KEYS) <= declared


def test_compose_passes_policy_and_zone(tmp_path):
    from desktop.core.compose import compose

    reply = compose(RENDERER, None, "password-reset", "en", "en", {},
                    policy={"security_hold_hours": "6"}, customer_zone="+00:00")  # fmt: skip
    assert "paused for 6 hours" in reply.text and reply.native


def test_policy_values_are_known_to_the_copy_gate():
    from desktop.core.compose import compose
    from desktop.core.lint import lint_reply

    form = {
        "coin": "XRP",
        "txid": "5c504ed432cb51138bcf09aa5e8a410dd4a1e204ef84bfed1be16dfba1b22060",
    }
    reply = compose(RENDERER, None, "deposit-missing-memo", "en", "en", form,
                    policy={"recovery_fee": "10 XRP"})  # fmt: skip
    assert "10 XRP" in reply.text
    assert [i.code for i in lint_reply(reply.text, variables=form)] == ["value-changed"]
    assert lint_reply(reply.text, variables=dict(reply.values)) == []
