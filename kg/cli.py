"""The `kg` command: thin typer commands over the library functions in kg/.

stdout carries data only; progress, summaries and errors go to stderr.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from kg.model import KGError
from kg.paths import default_store

app = typer.Typer(
    name="kg",
    help="Build and query a knowledge graph of China's AI ecosystem from documents, offline.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,
)

StoreOpt = Annotated[
    str,
    typer.Option("--store", envvar="KG_STORE", help="Path of the graph store (default: kg-data, or $KG_STORE)."),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")]


class TableFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class AskFormat(str, Enum):
    text = "text"
    json = "json"


def err(msg: str) -> None:
    typer.echo(msg, err=True)


def fail(e: KGError) -> None:
    msg = f"Error: {e}"
    if e.hint:
        msg += f" ({e.hint})"
    err(msg)
    raise typer.Exit(1)


@app.command()
def build(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files or folders to ingest (default: the built-in corpus in seeds/corpus).")] = None,
    store: StoreOpt = default_store(),
    model: Annotated[str | None, typer.Option(help="Optional installed spaCy model to add statistical NER (e.g. en_core_web_sm).")] = None,
    quiet: QuietOpt = False,
) -> None:
    """Ingest .txt/.md/.html/.pdf/.jsonl files into the store: one graph per document, with provenance."""
    from kg.build import build as run_build

    try:
        report = run_build(paths or None, store, model=model, progress=not quiet)
    except KGError as e:
        fail(e)
    for path, reason in report.failed:
        err(f"failed: {path}: {reason}")
    if not quiet:
        err(report.summary() + f" -> {store}")
    if report.failed:
        raise typer.Exit(2)


@app.command()
def remove(
    paths: Annotated[list[Path], typer.Argument(help="Files (or folders) whose documents to take out of the store.")],
    store: StoreOpt = default_store(),
) -> None:
    """Take a document's facts out of the store."""
    from kg.build import remove as run_remove

    try:
        n = run_remove(paths, store)
    except KGError as e:
        fail(e)
    err(f"removed {n} document graph{'s' if n != 1 else ''}")
    if n == 0:
        raise typer.Exit(1)


@app.command()
def query(
    sparql: Annotated[str | None, typer.Argument(help="SPARQL query text, or - to read it from stdin.")] = None,
    file: Annotated[Path | None, typer.Option("--file", "-f", help="Read the query from this file.")] = None,
    format: Annotated[TableFormat, typer.Option("--format", help="Output format.")] = TableFormat.table,
    store: StoreOpt = default_store(),
) -> None:
    """Run a SPARQL query over all documents (prefixes cakg:, res:, doc:, rdfs:, skos:, prov:, dcterms: are predefined)."""
    from kg.query import format_result, run_query
    from kg.store import open_store

    try:
        if file is not None:
            text = file.read_text(encoding="utf-8")
        elif sparql == "-":
            text = sys.stdin.read()
        elif sparql:
            text = sparql
        else:
            raise KGError("no query given", hint="pass the query, --file Q.rq, or - for stdin")
        result = run_query(open_store(store, read_only=True), text)
    except KGError as e:
        fail(e)
    except OSError as e:
        fail(KGError(str(e)))
    typer.echo(format_result(result, format.value))


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help='A question in English, e.g. "Which models did DeepSeek release?"')],
    format: Annotated[AskFormat, typer.Option("--format", help="Output format.")] = AskFormat.text,
    show_sparql: Annotated[bool, typer.Option("--show-sparql", help="Also print the SPARQL query that was run.")] = False,
    store: StoreOpt = default_store(),
) -> None:
    """Answer a question in English from the graph, with the document and evidence sentence of every answer."""
    from kg.ask import ask as run_ask
    from kg.ask import format_answer
    from kg.store import open_store

    try:
        result = run_ask(open_store(store, read_only=True), question)
    except KGError as e:
        fail(e)
    if format is AskFormat.json:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        typer.echo(format_answer(result, show_sparql=show_sparql))


@app.command()
def export(
    format: Annotated[str | None, typer.Option("--format", help="ttl, nt, nq, trig, jsonld, graphml or csv (default: from -o's extension).")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", help="File to write (default: stdout).")] = None,
    store: StoreOpt = default_store(),
) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML or CSV."""
    from kg.export import export as run_export
    from kg.store import open_store

    try:
        data = run_export(open_store(store, read_only=True), format, output)
    except KGError as e:
        fail(e)
    if not output or output == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        err(f"wrote {len(data):,} bytes to {output}")


@app.command()
def viz(
    output: Annotated[str, typer.Option("--output", "-o", help="HTML file to write.")] = "kg-view.html",
    focus: Annotated[str | None, typer.Option(help="Centre the view on this entity (name or alias).")] = None,
    depth: Annotated[int, typer.Option(help="Hops around the focus entity.")] = 1,
    types: Annotated[list[str] | None, typer.Option("--types", help="Only these classes (repeatable), e.g. Company.")] = None,
    relations: Annotated[list[str] | None, typer.Option("--relations", help="Only these properties (repeatable), e.g. developer.")] = None,
    since: Annotated[str | None, typer.Option(help="Drop entities dated before this (YYYY[-MM[-DD]]).")] = None,
    until: Annotated[str | None, typer.Option(help="Drop entities dated after this (YYYY[-MM[-DD]]).")] = None,
    store: StoreOpt = default_store(),
) -> None:
    """Write an interactive HTML view of the graph (works offline) with filters, tooltips and evidence."""
    from kg.store import open_store
    from kg.viz import build_view

    try:
        rep = build_view(
            open_store(store, read_only=True), focus=focus, depth=depth, types=types, relations=relations,
            since=since, until=until, output=output,
        )
    except KGError as e:
        fail(e)
    err(f"wrote {output}: {rep.nodes} nodes, {rep.edges} edges")


@app.command()
def stats(
    store: StoreOpt = default_store(),
    central: Annotated[bool, typer.Option("--central", help="Also rank the most central actors and list communities.")] = False,
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts of documents, entities by class and facts by property."""
    from kg.info import format_stats
    from kg.info import stats as run_stats
    from kg.store import open_store

    try:
        st = open_store(store, read_only=True)
        s = run_stats(st)
        if central:
            from kg.network import central_actors

            s.update(central_actors(st))
    except KGError as e:
        fail(e)
    typer.echo(json.dumps(s, indent=2, ensure_ascii=False) if json_out else format_stats(s))


@app.command()
def show(
    name: Annotated[str, typer.Argument(help="Name or alias of an entity.")],
    store: StoreOpt = default_store(),
    json_out: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """An entity with its types, aliases, relations (with evidence) and sources."""
    from kg.info import format_show
    from kg.info import show as run_show
    from kg.store import open_store

    try:
        info = run_show(open_store(store, read_only=True), name)
    except KGError as e:
        fail(e)
    typer.echo(json.dumps(info, indent=2, ensure_ascii=False) if json_out else format_show(info))


@app.command()
def validate(store: StoreOpt = default_store()) -> None:
    """Check the store against the SHACL shapes of ontology/shapes.ttl; list violations in plain words."""
    from kg.store import open_store
    from kg.validate import describe, validate_store

    try:
        result = validate_store(open_store(store, read_only=True))
    except KGError as e:
        fail(e)
    for v in result.errors + result.warnings:
        typer.echo(describe(v))
    if result.conforms:
        extra = f" ({len(result.warnings)} warning(s))" if result.warnings else ""
        typer.echo(f"The graph conforms to the shapes: no violations{extra}.")
        return
    err(f"{len(result.errors)} violation(s), {len(result.warnings)} warning(s)")
    raise typer.Exit(1)


@app.command("eval")
def eval_cmd(
    gold: Annotated[Path | None, typer.Option("--gold", help="Gold annotations (gold.json) to score extraction against.")] = None,
    questions: Annotated[Path | None, typer.Option("--questions", help="Questions (questions.json) to score `kg ask` against.")] = None,
    store: StoreOpt = default_store(),
    json_out: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Score the store against gold annotations: typed entity, relation and date P/R/F1, misses and false positives."""
    from kg.evaluate import collect_system, format_report, score_extraction, score_questions
    from kg.store import open_store

    try:
        if gold is None and questions is None:
            raise KGError("nothing to score", hint="pass --gold gold.json and/or --questions questions.json")
        st = open_store(store, read_only=True)
        report: dict = {}
        gold_data = None
        gold_path = gold or (questions.parent / "gold.json" if questions else None)
        if gold_path and gold_path.exists():
            gold_data = json.loads(gold_path.read_text(encoding="utf-8"))
        if gold is not None:
            report = score_extraction(collect_system(st), gold_data)
        if questions is not None:
            from kg.ask import answer_labels

            qs = json.loads(questions.read_text(encoding="utf-8"))
            report["questions"] = score_questions(lambda q: answer_labels(st, q), qs, gold_data or {"entities": []})
    except KGError as e:
        fail(e)
    except (OSError, json.JSONDecodeError) as e:
        fail(KGError(f"cannot read the gold file: {e}"))
    typer.echo(json.dumps(report, indent=2, ensure_ascii=False) if json_out else format_report(report))


def main() -> None:
    app()


if __name__ == "__main__":
    main()
