"""Translation overhead vs raw CTranslate2, first-translation latency, and UI stalls.

The pack is a real (tiny) CTranslate2 model built by tests/packbuilder.py, so the ratio shows
what our pipeline (masking, splitting, verification, decoding) adds around the model call.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from tests.packbuilder import build_word_pack

WORDS = {"hello": "hola", "world": "mundo", "my": "mi", "deposit": "dep\u00f3sito", "is": "es",
         "withdrawal": "retiro", "pending": "pendiente", "thanks": "gracias"}  # fmt: skip
TEXT = " ".join(
    ["hello world, my withdrawal is pending.", "my deposit is pending!", "thanks world?"] * 4
)


def _raw(folder: Path, runs: int) -> float:
    import ctranslate2
    import sentencepiece

    from desktop.core.translate.segment import split_sentences

    translator = ctranslate2.Translator(str(folder / "model"), device="cpu", intra_threads=1)
    sp = sentencepiece.SentencePieceProcessor(model_file=str(folder / "sentencepiece.model"))
    batch = [sp.encode(s.strip(), out_type=str) for s in split_sentences(TEXT)]
    longest = max(len(b) for b in batch)
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        translator.translate_batch(batch, beam_size=2, max_decoding_length=2 * longest + 10,
                                   max_input_length=0, replace_unknowns=True)  # fmt: skip
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def _features(packs: Path, runs: int) -> tuple[float, float]:
    """Median latency of a pivoted translation and of n-best=3 with back-translation."""
    from desktop.core.translate.argos import ArgosEngine

    engine = ArgosEngine(packs)
    engine.preload("es", "zh-Hans")
    engine.preload("en", "es")
    engine.preload("es", "en")
    pivot, full = [], []
    for i in range(runs):
        t = time.perf_counter()
        engine.translate("hola mundo, mi retiro es pendiente." + " " * i, "es", "zh-Hans")
        pivot.append(time.perf_counter() - t)
        t = time.perf_counter()
        engine.translate(TEXT + " " * i, "en", "es", n_best=3, back=True)
        full.append(time.perf_counter() - t)
    return statistics.median(pivot), statistics.median(full)


def _ours(packs: Path, runs: int) -> tuple[float, float]:
    from desktop.core.translate.argos import ArgosEngine

    engine = ArgosEngine(packs)
    t = time.perf_counter()
    engine.translate(TEXT, "en", "es")
    first = time.perf_counter() - t
    times = []
    for i in range(runs):
        text = TEXT + " " * (i + 1)  # defeat the cache: measure the pipeline, not a lookup
        t = time.perf_counter()
        engine.translate(text, "en", "es")
        times.append(time.perf_counter() - t)
    return statistics.median(times), first


def _ui_stalls(packs: Path, pack_file: Path) -> tuple[float, float]:
    """Max gap between 5 ms heartbeat ticks while translating and while installing."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.core.translate.argos import ArgosEngine
    from desktop.ui.workers import run_op

    app = QApplication.instance() or QApplication([])
    engine = ArgosEngine(packs)

    def measure(fn, *args) -> float:  # type: ignore[no-untyped-def]
        clock = QElapsedTimer()
        clock.start()
        gaps, last = [0], [0]

        def tick() -> None:
            now = clock.elapsed()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        loop = QEventLoop()
        timer.start()
        run_op(fn, *args, finished=loop.quit)
        loop.exec()
        timer.stop()
        return float(max(gaps))

    def translate_job(ctx, text):  # type: ignore[no-untyped-def]
        return engine.translate(text, "en", "es")

    def install_job(ctx, path):  # type: ignore[no-untyped-def]
        from desktop.core.translate.packs import install_from_file

        return install_from_file(Path(tempfile.mkdtemp()) / "p", path, ctx.progress)

    stall_translate = max(measure(translate_job, TEXT * 20 + str(i)) for i in range(3))
    stall_install = max(measure(install_job, pack_file) for _ in range(3))
    del app
    return stall_translate, stall_install


def run() -> list[tuple[str, str, str]]:
    from desktop.core.translate.packs import install_from_file

    tmp = Path(tempfile.mkdtemp(prefix="rb-bench-mt-"))
    pack_file = build_word_pack(tmp, "en", "es", WORDS)
    packs = tmp / "packs"
    pack = install_from_file(packs, pack_file)
    reverse = {v: k for k, v in WORDS.items()}
    install_from_file(packs, build_word_pack(tmp, "es", "en", reverse))
    install_from_file(packs, build_word_pack(tmp, "en", "zh", {"hello": "\u4f60\u597d"}))
    raw = _raw(pack.path, 30)
    ours, first = _ours(packs, 30)
    pivot, full = _features(packs, 10)
    stall_t, stall_i = _ui_stalls(packs, pack_file)
    return [
        ("message", f"{len(TEXT)} chars, 12 sentences", "tiny real CTranslate2 model"),
        ("raw translate_batch (median)", f"{raw * 1000:.2f} ms", ""),
        ("our pipeline incl. masking + verification (median)", f"{ours * 1000:.2f} ms", ""),
        ("overhead ratio ours / raw", f"{ours / raw:.2f}x", "target <= 1.1x"),
        ("first translation after engine creation (loads model)", f"{first * 1000:.0f} ms", ""),
        ("pivoted es -> en -> zh-Hans, short message (median)", f"{pivot * 1000:.2f} ms", ""),
        (
            "same message with 3-best + back-translation (median)",
            f"{full * 1000:.2f} ms",
            "two model calls",
        ),
        ("max UI event-loop stall while translating", f"{stall_t:.0f} ms", "target <= 50 ms"),
        ("max UI event-loop stall while installing a pack", f"{stall_i:.0f} ms", "target <= 50 ms"),
    ]


if __name__ == "__main__":
    for row in run():
        print(" | ".join(row))
