"""Ingest benchmark: words/s and peak memory of `kg build` (default rule pipeline, on-disk store writes).

The corpus is generated: sentences of the source documents (../shared/seeds when present, else the
project's own seeds/corpus) shuffled into ~800-word articles until the target size is reached, with
a share (15%) of the longer lowercase words swapped for pseudo-words drawn with Zipf frequencies from a
50,000-word vocabulary, so that the tokenizer sees an open vocabulary as in real text.

    python bench/ingest.py                 # ~1M words
    python bench/ingest.py --words 10000000 # 10x, to check that memory stays bounded
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def source_sentences() -> list[str]:
    shared = ROOT.parent / "shared" / "seeds"
    src = shared if shared.is_dir() else ROOT / "seeds" / "corpus"
    sents: list[str] = []
    for f in sorted(src.rglob("*")):
        if f.suffix in (".txt", ".md"):
            text = f.read_text(encoding="utf-8", errors="replace")
            sents += [s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.split()) >= 5]
    return sents


def pseudo_word(rng: random.Random) -> str:
    return "".join(rng.choice("bcdfghjklmnprstvwz") + rng.choice("aeiou") for _ in range(rng.randint(2, 4)))


class ZipfWords:
    """Pseudo-words drawn from a 50,000-word vocabulary with Zipf frequencies, as words are in real text
    (a fresh random word for every swap would make one token in ten a word never seen before)."""

    def __init__(self, rng: random.Random, size: int = 50_000, s: float = 1.1):
        self.rng = rng
        self.words = [pseudo_word(rng) for _ in range(size)]
        weights = [1 / (r + 1) ** s for r in range(size)]
        total = sum(weights)
        acc, self.cum = 0.0, []
        for w in weights:
            acc += w / total
            self.cum.append(acc)

    def __call__(self) -> str:
        import bisect

        return self.words[min(bisect.bisect_left(self.cum, self.rng.random()), len(self.words) - 1)]


def make_corpus(target_words: int, out: Path, diverse: float = 0.15, seed: int = 7) -> int:
    rng = random.Random(seed)
    vocab = ZipfWords(rng)
    sents = source_sentences()
    total, n = 0, 0
    out.mkdir(parents=True, exist_ok=True)
    while total < target_words:
        body, words = [], 0
        while words < 800:
            s = rng.choice(sents)
            if diverse:
                s = " ".join(vocab() if w.islower() and len(w) > 5 and rng.random() < diverse else w for w in s.split())
            body.append(s)
            words += len(s.split())
        text = f"Generated article {n}\ndate 2025-10-{1 + n % 28:02d}\n\n" + "\n\n".join(
            " ".join(body[i : i + 4]) for i in range(0, len(body), 4)
        )
        (out / f"a{n:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.split())
        n += 1
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--words", type=int, default=1_000_000)
    ap.add_argument("--diverse", type=float, default=0.15)
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus and store")
    args = ap.parse_args()

    from kg.build import build
    from kg.nlp import load_pipeline

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        words = make_corpus(args.words, tmp / "corpus", args.diverse)
        load_pipeline()  # start-up (spaCy import, registry) is not ingest: measured apart
        rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        rep = build([tmp / "corpus"], tmp / "store")
        dt = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        result = {
            "words": words,
            "documents": rep.added,
            "facts": rep.facts,
            "seconds": round(dt, 2),
            "words_per_s": round(words / dt),
            "peak_rss_mib": round(peak),
            "rss_before_build_mib": round(rss0),
            "store_mib": round(sum(f.stat().st_size for f in (tmp / "store").rglob("*") if f.is_file()) / 2**20, 1),
        }
        print(json.dumps(result, indent=2))
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
