"""Drafts and sent-reply history in SQLite: crash-safe autosave, redaction, retention, migration."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core import paths
from desktop.core.csvsafe import escape_row

Redactor = Callable[[str], str]

# Each entry upgrades the schema by one version; never edit an old entry, add a new one.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE conversations (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        customer_lang TEXT NOT NULL DEFAULT '',
        incoming TEXT NOT NULL DEFAULT '',
        draft TEXT NOT NULL DEFAULT '',
        template_id TEXT NOT NULL DEFAULT '',
        variables TEXT NOT NULL DEFAULT '{}',
        position INTEGER NOT NULL DEFAULT 0,
        pasted_at REAL,
        created_at REAL NOT NULL,
        updated_at REAL NOT NULL,
        open INTEGER NOT NULL DEFAULT 1
    );
    CREATE TABLE history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        conversation_id TEXT NOT NULL,
        copied_at REAL NOT NULL,
        pasted_at REAL,
        customer_lang TEXT NOT NULL DEFAULT '',
        template_id TEXT NOT NULL DEFAULT '',
        edited INTEGER NOT NULL DEFAULT 0,
        incoming TEXT NOT NULL DEFAULT '',
        reply TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX history_copied ON history(copied_at);
    """,
    """
    ALTER TABLE history ADD COLUMN agent_lang TEXT NOT NULL DEFAULT '';
    ALTER TABLE history ADD COLUMN rendered TEXT NOT NULL DEFAULT '';
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class Conversation:
    id: str
    title: str = ""
    customer_lang: str = ""
    incoming: str = ""
    draft: str = ""
    template_id: str = ""
    variables: dict[str, str] = field(default_factory=dict)
    position: int = 0
    pasted_at: float | None = None


@dataclass(frozen=True)
class SentReply:
    id: int
    conversation_id: str
    copied_at: float
    pasted_at: float | None
    customer_lang: str
    agent_lang: str
    template_id: str
    edited: bool
    incoming: str
    reply: str

    @property
    def response_seconds(self) -> float | None:
        return None if self.pasted_at is None else max(0.0, self.copied_at - self.pasted_at)


@dataclass(frozen=True)
class OpenReport:
    """What happened when the database was opened (shown once to the user if not empty)."""

    moved_aside: Path | None = None
    migrated_from: int | None = None
    purged: int = 0


class HistoryStore:
    """One SQLite file; every write is one transaction, safe to call from worker threads.

    Text is passed through `redact` (recovery phrases, keys) before it is written.
    """

    def __init__(self, path: Path, *, redact: Redactor, keep_days: int = 90) -> None:
        self.path = path
        self._redact = redact
        self._lock = threading.RLock()
        self.report = self._open(keep_days)

    # -- opening, migration, corruption ----------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        # SQLite gives -wal/-shm the main file's mode, so a 0600 database keeps them private.
        paths.private_file(self.path)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.chmod(0o600)
        db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None, timeout=5)
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    def _open(self, keep_days: int) -> OpenReport:
        paths.private_dir(self.path.parent)
        moved: Path | None = None
        try:
            self._db = self._connect()
            ok = self._db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            version = int(self._db.execute("PRAGMA user_version").fetchone()[0])
            if not ok or version > SCHEMA_VERSION:
                raise sqlite3.DatabaseError("integrity check failed or newer schema")
        except sqlite3.DatabaseError:
            moved = self._move_aside()
            self._db = self._connect()
            version = 0
        migrated_from = version if version < SCHEMA_VERSION and version > 0 else None
        self._migrate(version)
        purged = self.purge_older_than(keep_days)
        return OpenReport(moved, migrated_from, purged)

    def _move_aside(self) -> Path:
        if getattr(self, "_db", None) is not None:
            self._db.close()
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        self.path.replace(target)
        for suffix in ("-wal", "-shm"):
            side = self.path.with_name(self.path.name + suffix)
            if side.exists():
                side.replace(target.with_name(target.name + suffix))
        return target

    def _migrate(self, version: int) -> None:
        with self._lock:
            for number in range(version, SCHEMA_VERSION):
                self._db.execute("BEGIN IMMEDIATE")
                try:
                    for statement in MIGRATIONS[number].split(";"):
                        if statement.strip():
                            self._db.execute(statement)
                    self._db.execute(f"PRAGMA user_version={number + 1}")
                    self._db.execute("COMMIT")
                except BaseException:
                    self._db.execute("ROLLBACK")
                    raise

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- drafts (open conversations) -------------------------------------------------------
    def new_conversation(self, title: str = "") -> Conversation:
        conv = Conversation(id=uuid.uuid4().hex, title=title, position=self._next_position())
        self.save_conversation(conv)
        return conv

    def _next_position(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM conversations")
            return int(row.fetchone()[0])

    def save_conversation(self, conv: Conversation) -> None:
        """Autosave: the whole conversation state in one transaction."""
        now = time.time()
        values = (
            conv.id, conv.title, conv.customer_lang, self._redact(conv.incoming),
            self._redact(conv.draft), conv.template_id,
            json.dumps({k: self._redact(v) for k, v in conv.variables.items()}, ensure_ascii=False),
            conv.position, conv.pasted_at, now, now,
        )  # fmt: skip
        with self._lock:
            self._db.execute(
                """INSERT INTO conversations (id, title, customer_lang, incoming, draft,
                       template_id,
                       variables, position, pasted_at, created_at, updated_at, open)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                   ON CONFLICT(id) DO UPDATE SET title=excluded.title,
                       customer_lang=excluded.customer_lang, incoming=excluded.incoming,
                       draft=excluded.draft, template_id=excluded.template_id,
                       variables=excluded.variables, position=excluded.position,
                       pasted_at=excluded.pasted_at, updated_at=excluded.updated_at, open=1""",
                values,
            )

    def open_conversations(self) -> list[Conversation]:
        with self._lock:
            rows = self._db.execute(
                """SELECT id, title, customer_lang, incoming, draft, template_id, variables,
                          position, pasted_at FROM conversations WHERE open=1 ORDER BY position"""
            ).fetchall()
        out = []
        for row in rows:
            try:
                variables = json.loads(row[6])
            except ValueError:
                variables = {}
            out.append(Conversation(row[0], row[1], row[2], row[3], row[4], row[5],
                                    {str(k): str(v) for k, v in variables.items()},
                                    row[7], row[8]))  # fmt: skip
        return out

    def close_conversation(self, conv_id: str) -> None:
        with self._lock:
            self._db.execute("UPDATE conversations SET open=0 WHERE id=?", (conv_id,))

    # -- sent replies ----------------------------------------------------------------------
    def record_copy(
        self,
        conv: Conversation,
        reply: str,
        *,
        agent_lang: str = "",
        rendered: str = "",
        copied_at: float | None = None,
    ) -> int:
        """Log what was copied; `edited` compares it with what the template/MT produced."""
        edited = bool(rendered) and rendered.strip() != reply.strip()
        with self._lock:
            cur = self._db.execute(
                """INSERT INTO history (conversation_id, copied_at, pasted_at, customer_lang,
                       template_id, edited, incoming, reply, agent_lang, rendered)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (conv.id, copied_at or time.time(), conv.pasted_at, conv.customer_lang,
                 conv.template_id, int(edited), self._redact(conv.incoming),
                 self._redact(reply), agent_lang, self._redact(rendered)),
            )  # fmt: skip
            return int(cur.lastrowid or 0)

    def search(self, query: str = "", limit: int = 200) -> list[SentReply]:
        like = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        with self._lock:
            rows = self._db.execute(
                """SELECT id, conversation_id, copied_at, pasted_at, customer_lang, agent_lang,
                          template_id, edited, incoming, reply FROM history
                   WHERE reply LIKE ? ESCAPE '\\' OR incoming LIKE ? ESCAPE '\\'
                      OR template_id LIKE ? ESCAPE '\\'
                   ORDER BY copied_at DESC LIMIT ?""",
                (like, like, like, limit),
            ).fetchall()
        return [SentReply(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8], r[9])
                for r in rows]  # fmt: skip

    def purge_older_than(self, days: int) -> int:
        cutoff = time.time() - days * 86400
        with self._lock:
            cur = self._db.execute("DELETE FROM history WHERE copied_at < ?", (cutoff,))
            return int(cur.rowcount)

    def export_csv(self, replies: Sequence[SentReply] | None = None) -> str:
        """Quality-review export: response time (paste -> copy), template, edited, FCR."""
        rows = list(replies) if replies is not None else self.search("", limit=1_000_000)
        per_conv: dict[str, int] = {}
        for r in rows:
            per_conv[r.conversation_id] = per_conv.get(r.conversation_id, 0) + 1
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180; quotes a lone CR too
        # Cells are neutralised (csvsafe) so a reply starting with "=" is not run as a formula.
        writer.writerow(["copied_at", "conversation_id", "customer_lang", "agent_lang",
                         "template_id", "response_seconds", "edited",
                         "replies_in_conversation", "first_contact_resolution",
                         "reply"])  # fmt: skip
        for r in sorted(rows, key=lambda r: r.copied_at):
            seconds = r.response_seconds
            writer.writerow(escape_row([
                time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(r.copied_at)) + "Z",
                r.conversation_id, r.customer_lang, r.agent_lang, r.template_id,
                "" if seconds is None else f"{seconds:.0f}", int(r.edited),
                per_conv[r.conversation_id], int(per_conv[r.conversation_id] == 1), r.reply,
            ]))  # fmt: skip
        return out.getvalue()
