"""china-ai-kg: a provenance-carrying knowledge graph of China's AI ecosystem."""

__version__ = "0.36.0"
