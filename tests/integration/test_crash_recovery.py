"""Drafts survive a real `kill -9`: every open conversation and draft comes back."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

WRITER = textwrap.dedent("""
    import sys
    from desktop.ui.app import application, create_window
    app = application([])
    win = create_window(app, ["--lang", "en"])
    win.show()
    win.incoming.editor.set_message("Hola, mi retiro no ha llegado")
    win.reply.editor.setPlainText("Estimado cliente, lo revisamos.")
    first = win.model.current_id
    win.model.new()
    win.incoming.editor.set_message("Merhaba, para yatırma sorunu")
    win.reply.editor.setPlainText("Sayın müşterimiz,")
    done = set()
    def saved(conv_id):
        done.add(conv_id)
        if {first, win.model.current_id} <= done and win.model.current.reply:
            print("saved", flush=True)
    win.model.saved.connect(saved)
    win.model.save_now(first)
    win.model.save_now(win.model.current_id)
    app.exec()
""")
READER = textwrap.dedent("""
    import json
    from desktop.ui.app import application, create_window
    app = application([])
    win = create_window(app, ["--lang", "en"])
    states = [(win.model.convs[i].message, win.model.convs[i].reply) for i in win.model.order]
    print(json.dumps({"states": states, "shown": win.reply.editor.toPlainText()}))
""")


def test_kill_9_then_reopen_restores_every_conversation(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", WRITER], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert proc.stdout is not None
    try:
        for line in proc.stdout:
            if line.strip() == "saved":
                break
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    out = subprocess.run([sys.executable, "-c", READER], env=env, capture_output=True, text=True,
                         timeout=120, check=True)  # fmt: skip
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["states"] == [
        ["Hola, mi retiro no ha llegado", "Estimado cliente, lo revisamos."],
        ["Merhaba, para yatırma sorunu", "Sayın müşterimiz,"],
    ]
    assert result["shown"] == "Estimado cliente, lo revisamos."
