"""Where the project's data files live (ontology, seeds)."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY_DIR = ROOT / "ontology"
SEEDS_DIR = ROOT / "seeds"
# the curated registry; $KG_REGISTRY points the gazetteer at a folder of your own *.jsonl files instead
REGISTRY_DIR = Path(os.environ["KG_REGISTRY"]) if os.environ.get("KG_REGISTRY") else SEEDS_DIR / "registry"
CORPUS_DIR = SEEDS_DIR / "corpus"
DEFAULT_STORE = "kg-data"


def default_store() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)
