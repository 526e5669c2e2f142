"""spaCy components that read entities, relations and dates out of documents (rules + gazetteer, offline)."""
