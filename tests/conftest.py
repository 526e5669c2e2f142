from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def registry_dir() -> str:
    return str(FIXTURES / "registry")


@pytest.fixture(scope="session")
def nlp(registry_dir):
    from kg.nlp import load_pipeline

    return load_pipeline(None, registry_dir)


@pytest.fixture(scope="session")
def resolver(registry_dir):
    from kg.extract import get_resolver

    return get_resolver(registry_dir)


@pytest.fixture
def extract_text(nlp, resolver):
    """Run the extractors on a text and return the Extraction."""
    from kg.extract import extraction_from_doc
    from kg.nlp import process

    def run(text: str, date: str | None = None):
        return extraction_from_doc(process(nlp, text, date), resolver)

    return run


def facts_of(ex, predicate=None) -> set[tuple[str, str, str]]:
    names = {k: e.name for k, e in ex.entities.items()}
    return {
        (names.get(f.subject, f.subject), f.predicate, f.object if f.is_literal else names.get(f.object, f.object))
        for f in ex.facts
        if predicate is None or f.predicate == predicate
    }


@pytest.fixture
def shared_seeds() -> Path:
    p = SHARED / "seeds"
    if not p.is_dir():
        pytest.skip("../shared/seeds is not present")
    return p
