"""Every spaCy factory of the project, registered in one place (importing this module registers them)."""

from extractors.dates import make_dates
from extractors.discovery import make_discovery
from extractors.gazetteer import make_gazetteer
from extractors.relations import make_relations
from extractors.sentences import make_sentences

FACTORIES = {
    "cakg_sentences": make_sentences,
    "cakg_gazetteer": make_gazetteer,
    "cakg_discovery": make_discovery,
    "cakg_relations": make_relations,
    "cakg_dates": make_dates,
}
PIPELINE = ["cakg_sentences", "cakg_gazetteer", "cakg_discovery", "cakg_relations", "cakg_dates"]
