"""`kg build` and `kg remove` as plain functions: files -> documents -> extraction -> one graph each."""

from __future__ import annotations

import contextlib
import gc
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg import store as kgstore
from kg.model import IngestError, KGError
from kg.paths import CORPUS_DIR

ZONE_BATCH = 400  # documents per spaCy memory zone, once the vocabulary is full
VOCAB_CAP = 200_000  # lexemes spaCy keeps for good; beyond that new words live in memory zones


@dataclass
class BuildReport:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    files: int = 0
    words: int = 0
    facts: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        s = (
            f"{self.files} files: {self.added} documents added, {self.unchanged} unchanged, "
            f"{self.replaced} replaced; {self.facts} facts from {self.words:,} words in {self.seconds:.1f} s"
        )
        if self.failed:
            s += f"; {len(self.failed)} failed"
        return s


def _source(path: Path) -> str:
    return str(path.resolve())


def build(
    paths: list[str | Path] | None = None,
    store_path: str | Path | None = None,
    *,
    store=None,
    model: str | None = None,
    registry_dir: str | None = None,
    progress: bool = False,
) -> BuildReport:
    """Ingest files and folders (default: the project's own corpus) into the store at `store_path`."""
    from kg.extract import extraction_from_doc, get_resolver
    from kg.graph import body_quads, entity_iri, header_quads, registry_quads
    from kg.ingest import discover, iter_documents
    from kg.nlp import load_pipeline, process

    t0 = time.perf_counter()
    paths = list(paths) if paths else [CORPUS_DIR]
    for p in paths:
        if not Path(p).exists():
            raise KGError(f"no such file or folder: {p}", hint="check the path")
    files = discover(paths)
    st = store if store is not None else kgstore.open_store(store_path)
    kgstore.recover(st)  # what an interrupted build left without its commit marker
    nlp = load_pipeline(model, registry_dir)
    resolver = get_resolver(registry_dir)
    report = BuildReport(files=len(files))
    writer = kgstore.Writer(st)
    batch: list[tuple[str, int, int]] = []  # (path, words, facts) of the documents waiting in the writer
    described: set[str] = set()
    # graphs already in the store per source file (one scan, not one per file)
    by_source: dict[str, list[str]] = {}
    for sd in kgstore.documents(st):
        by_source.setdefault(sd.path.split("#", 1)[0], []).append(sd.graph)

    def commit() -> None:
        try:
            writer.commit()
        except Exception as e:  # the batch is taken out again; its files keep their old facts
            reason = f"could not store it ({type(e).__name__}: {e})"
            report.failed.extend((path, reason) for path, _, _ in batch)
            described.clear()
        else:
            for _, words, facts in batch:
                report.added += 1
                report.words += words
                report.facts += facts
        batch.clear()

    def drop_stale(graphs: list[str]) -> None:
        report.replaced += kgstore.remove_graphs(st, graphs)

    # spaCy's tokenizer caches nothing inside a memory zone (5x slower on this corpus), so zones start only
    # once the vocabulary is big: the common words stay cached for good, rarer ones are freed zone by zone
    zone: contextlib.ExitStack | None = None
    zone_docs = 0
    # the pipeline, the registry and the vocabulary live as long as the process: the garbage collector need
    # not walk them again and again while documents come and go (2-3% of a build)
    gc.freeze()
    bar = None
    if progress:
        from rich.console import Console
        from rich.progress import Progress

        bar = Progress(console=Console(stderr=True), transient=True)
        bar.start()
        task = bar.add_task("building", total=len(files))
    try:
        for f in files:
            src = _source(f)
            docs = []
            for item in iter_documents([f]):
                if isinstance(item, IngestError):
                    report.failed.append((item.path, item.reason))
                else:
                    docs.append(item)
            keep: set[str] = set()
            file_failed = False
            for d in docs:
                d.path = src + d.path[len(str(f)) :] if d.path.startswith(str(f)) else src
                keep.add(kgstore.vocab.DOC + d.id)
                if d.id in writer.pending or kgstore.has_document(st, d.id):
                    report.unchanged += 1
                    continue
                if zone is not None and zone_docs >= ZONE_BATCH:
                    zone.close()
                    zone = None
                if zone is None and len(nlp.vocab) > VOCAB_CAP:
                    zone = contextlib.ExitStack()
                    zone.enter_context(nlp.memory_zone())
                    zone_docs = 0
                zone_docs += 1
                try:
                    ex = extraction_from_doc(process(nlp, d.text, d.date), resolver)
                    body, header = body_quads(d, ex), header_quads(d)
                    new_desc = [e for e in ex.entities.values() if e.registered and e.key not in described]
                    for e in new_desc:
                        if not kgstore.has_description(st, entity_iri(e.key)):
                            header.extend(registry_quads(e))
                except Exception as e:  # one bad document never stops the batch; its file keeps its old facts
                    report.failed.append((d.path, f"could not extract it ({type(e).__name__}: {e})"))
                    file_failed = True
                    continue
                described.update(e.key for e in new_desc)
                writer.add(d.id, body, header)
                batch.append((d.path, d.words, len(ex.facts)))
                if len(writer) >= writer.batch_quads:
                    commit()
            if docs and not file_failed:
                stale = [g for g in by_source.get(src, []) if g not in keep]
                if stale:  # only once the new version is committed
                    writer.later(lambda stale=stale: drop_stale(stale))
            if bar is not None:
                bar.advance(task)
        commit()
        if report.replaced:
            kgstore.prune_registry(st)
    finally:
        gc.unfreeze()
        if zone is not None:
            zone.close()
        if bar is not None:
            bar.stop()
        if store is None:
            st.flush()
    report.seconds = time.perf_counter() - t0
    return report


def remove(paths: list[str | Path], store_path: str | Path | None = None, *, store=None) -> int:
    """Take the facts of the documents read from these files (or folders) out of the store."""
    st = store if store is not None else kgstore.open_store(store_path)
    n = 0
    for p in paths:
        src = _source(Path(p))
        graphs = kgstore.graphs_for_path(st, src)
        if not graphs:
            prefix = src.rstrip("/") + "/"
            graphs = [d.graph for d in kgstore.documents(st) if d.path.startswith(prefix)]
        n += kgstore.remove_graphs(st, graphs)
    if n:
        kgstore.prune_registry(st)
    return n
