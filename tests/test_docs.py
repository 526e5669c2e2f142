"""The docs are kept honest: every command is documented, the README's SPARQL runs."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from kg.build import build
from kg.cli import app
from kg.query import run_query
from kg.store import open_store
from tests.conftest import FIXTURES, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_in_the_readme():
    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert len(names) >= 10
    for name in names:
        assert f"`kg {name}" in README, f"kg {name} is not documented in README.md"


def test_every_command_has_help():
    runner = CliRunner()
    for c in app.registered_commands:
        name = c.name or c.callback.__name__
        r = runner.invoke(app, [name, "--help"])
        assert r.exit_code == 0 and len(r.stdout) > 100, name


def test_readme_evidence_query_returns_the_sentence(tmp_path):
    st = open_store(None)
    build([FIXTURES / "corpus"], store=st, registry_dir=str(FIXTURES / "registry"))
    query = re.search(r"```sparql\n(.*?)```", README, re.S).group(1).replace('"Kimi K2"@en', '"Qwen2"@en')
    rows = run_query(st, query)["rows"]
    assert rows and rows[0][0] == "Alibaba Cloud releases its Qwen2 chatbot to developers."
