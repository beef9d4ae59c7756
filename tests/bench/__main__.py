"""`make bench`: run every tests/bench/bench_*.py, print one table and write it to BENCHMARKS.md."""

from __future__ import annotations

import importlib
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "BENCHMARKS.md"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")
    only = set(sys.argv[1:])
    names = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    sections: list[str] = []
    failed = 0
    for name in names:
        if only and name.removeprefix("bench_") not in only and name not in only:
            continue
        started = time.perf_counter()
        try:
            rows = importlib.import_module(f"tests.bench.{name}").run()
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            failed += 1
            traceback.print_exc()
            rows = [("error", "benchmark failed", "see log")]
        took = time.perf_counter() - started
        lines = [f"### {name.removeprefix('bench_')} ({took:.1f} s)", "",
                 "| metric | value | target / note |", "|---|---|---|"]  # fmt: skip
        lines += [f"| {m} | {v} | {n} |" for m, v, n in rows]
        section = "\n".join(lines)
        print(section + "\n", flush=True)
        sections.append(section)
    header = (
        "# Benchmarks\n\nWritten by `make bench` on "
        f"{time.strftime('%Y-%m-%d %H:%M')} ({os.cpu_count()} CPU). Ratios matter more than "
        "absolute times.\n\n"
    )
    OUT.write_text(header + "\n\n".join(sections) + "\n", encoding="utf-8")
    print(f"written to {OUT.relative_to(ROOT)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
