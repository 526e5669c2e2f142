"""Build the extraction pipeline: a blank English spaCy pipeline plus the cakg_ components.

`--model en_core_web_sm` (when that package is installed) puts a statistical pipeline underneath; its
named entities then add recall for people, organisations and places the rules do not know.
"""

from __future__ import annotations

from functools import lru_cache

from kg.model import KGError


def load_pipeline(model: str | None = None, registry_dir: str | None = None):
    """The extraction pipeline (built once per model and registry)."""
    return _load(model, registry_dir)


@lru_cache(maxsize=4)
def _load(model: str | None, registry_dir: str | None):
    import spacy

    from extractors.factories import PIPELINE

    if model:
        try:
            nlp = spacy.load(model, exclude=["lemmatizer", "textcat"])
        except OSError as e:
            raise KGError(
                f"cannot load spaCy model {model!r}",
                hint=f"install it (python -m spacy download {model}) or leave out --model to use the rule-only pipeline",
            ) from e
    else:
        nlp = spacy.blank("en")
    for name in PIPELINE:
        config = {"registry_dir": registry_dir} if name in ("cakg_gazetteer", "cakg_discovery") else {}
        if name == "cakg_sentences" and ("parser" in nlp.pipe_names or "senter" in nlp.pipe_names):
            continue
        nlp.add_pipe(name, config=config)
    return nlp


def process(nlp, text: str, doc_date: str | None = None):
    """Run the pipeline on one text. `doc_date` is the document's own date; without one, relative dates are
    read against the latest full date the text cites (weekdays, "on Friday", only against a date of its own)."""
    from extractors.dates import reference_date

    doc = nlp.make_doc(text)
    doc.user_data["cakg_text"] = text
    doc._.cakg_doc_date = doc_date or reference_date(text)
    doc._.cakg_date_is_own = doc_date is not None
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc
