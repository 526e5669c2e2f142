"""How long a big view takes to draw in headless Chromium (Debian's chromium, network off).

    python bench/viz_browser.py --nodes 5000

Builds a synthetic graph (companies, models and people with preferential attachment), writes the view with
kg.viz.render, opens it with --dump-dom and reports the wall time until Chromium returns the drawn DOM
(the page records what vis-network drew on <body data-*>).
"""

from __future__ import annotations

import argparse
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def synthetic(n: int, seed: int = 7):
    import networkx as nx

    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    classes = ["Company", "AIModel", "Person", "Policy", "GovernmentAgency"]
    for i in range(n):
        cls = classes[i % len(classes)]
        g.add_node(f"n{i}", label=f"{cls} {i}", cls=cls, types=[cls], source=[f"doc {i % 50}"])
    for i in range(1, n):
        for _ in range(1 if rng.random() < 0.5 else 2):
            j = int(rng.random() ** 2 * i)
            g.add_edge(f"n{i}", f"n{j}", property="developer", evidence=f"Sentence {i}.", documents=["doc"])
    return g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--nodes", type=int, default=5000)
    args = ap.parse_args()
    chromium = shutil.which("chromium")
    if not chromium:
        sys.exit("install Debian's chromium first (bash .ci/install-browser.sh)")
    from kg.viz import render

    g = synthetic(args.nodes)
    t0 = time.perf_counter()
    html, physics, layout = render(g)
    t_render = time.perf_counter() - t0
    tmp = Path(tempfile.mkdtemp())
    page = tmp / "big.html"
    page.write_text(html)
    t1 = time.perf_counter()
    proc = subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp / 'p'}", "--virtual-time-budget=60000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=300,
    )
    t_browser = time.perf_counter() - t1
    drawn = dict(re.findall(r'data-cakg-drawn-(nodes|edges)="(\d+)"', proc.stdout))
    print(f"nodes {g.number_of_nodes()}, edges {g.number_of_edges()}, physics {physics}, layout {layout}")
    print(f"python render {t_render:.1f} s; chromium load + draw {t_browser:.1f} s; drawn {drawn}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
