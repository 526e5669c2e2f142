"""Code health checks that a linter does not make."""

from __future__ import annotations

import ast

from tests.conftest import ROOT


def _top_level_bindings(path) -> dict[str, list[int]]:
    names: dict[str, list[int]] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for t in targets:
            if isinstance(t, ast.Name):
                names.setdefault(t.id, []).append(node.lineno)
    return names


def test_no_module_constant_is_bound_twice():
    # a second `_PATTERN = re.compile(...)` further down a rules module silently replaces the first for every rule
    # that reads it, and the rules still run: only the scores move
    twice = {}
    for package in ("kg", "extractors"):
        for path in sorted((ROOT / package).rglob("*.py")):
            for name, lines in _top_level_bindings(path).items():
                if len(lines) > 1 and name.lstrip("_").isupper():
                    twice[f"{path.relative_to(ROOT)}:{name}"] = lines
    assert not twice, twice
