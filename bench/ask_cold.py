"""Cold `kg ask` benchmark: a new Python process per question (start, imports, read-only store, answer).

Builds a store from the seed documents (../shared/seeds when present, else the project's seeds/corpus) into
a temporary folder, or uses the one given with --store, then times each question N times in a fresh process
and prints median / min / max wall time. The target is < 1 s per question.

    python bench/ask_cold.py
    python bench/ask_cold.py --store kg-data --runs 10 "Which models did DeepSeek release?"

When the CLI has an `ask` command, `python -m kg.cli ask` is timed as well (it adds typer's import).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTIONS = [
    "What AI models has Alibaba put out?",
    "Who developed Tongyi Qianwen?",
    "When was Hunyuan Image 3.0 released?",
    "Which government agencies are mentioned?",
    "Which models has Anthropic released?",
]

# The library path, without the CLI: what `kg ask --format json` does minus typer.
LIBRARY = (
    "import json, sys\n"
    "from kg.ask import ask\n"
    "from kg.store import open_store\n"
    "print(json.dumps(ask(open_store(sys.argv[1], read_only=True), sys.argv[2]), ensure_ascii=False))\n"
)


def default_corpus() -> Path:
    shared = ROOT.parent / "shared" / "seeds"
    return shared if shared.is_dir() else ROOT / "seeds" / "corpus"


def cli_has_ask() -> bool:
    out = subprocess.run([sys.executable, "-m", "kg.cli", "--help"], cwd=ROOT, capture_output=True, text=True)
    return out.returncode == 0 and any(line.split()[:2] and "ask" in line.split()[:2] for line in
                                       out.stdout.replace("│", " ").splitlines())


def time_runs(cmd: list[str], runs: int) -> tuple[list[float], str]:
    times, out = [], ""
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr}")
        out = proc.stdout
    return times, out


def summary(times: list[float]) -> str:
    return f"median {statistics.median(times):.3f} s  min {min(times):.3f} s  max {max(times):.3f} s"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("questions", nargs="*", help="questions to time (default: five of the kinds kg ask reads)")
    ap.add_argument("--store", help="an existing store (default: build one from the seed documents)")
    ap.add_argument("--corpus", nargs="*", help="files or folders to build the store from")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-ask-bench-") as tmp:
        store = args.store
        if store is None:
            from kg.build import build

            store = str(Path(tmp) / "store")
            corpus = args.corpus or [str(default_corpus())]
            report = build(corpus, store)
            print(f"built {store} from {', '.join(corpus)}: {report.summary()}")
        commands = {"library": [sys.executable, "-c", LIBRARY, store]}
        if cli_has_ask():
            commands["kg.cli ask"] = [sys.executable, "-m", "kg.cli", "ask", "--store", store, "--format", "json"]
        worst = 0.0
        for q in args.questions or QUESTIONS:
            print(f"\n{q}")
            for name, cmd in commands.items():
                times, out = time_runs(cmd + [q], args.runs)
                worst = max(worst, statistics.median(times))
                res = json.loads(out)
                got = ", ".join(a["label"] for a in res["answers"][:6]) or res.get("message", "")
                print(f"  {name:<11} {summary(times)}   -> {got}")
        print(f"\nslowest median: {worst:.3f} s ({'within' if worst < 1 else 'OVER'} the 1 s target)")


if __name__ == "__main__":
    main()
