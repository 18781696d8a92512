"""Data flows one way: loaders never import the store, build, query or CLI layers."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
FORBIDDEN = {
    "loaders": ("kg.build", "kg.store", "kg.cli", "kg.query", "kg.canned", "kg.params", "kg.web"),
    "kg/store.py": ("loaders",),
    "kg/vocab.py": ("loaders", "kg.build", "kg.store"),
}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize(("where", "forbidden"), sorted(FORBIDDEN.items()))
def test_import_direction(where: str, forbidden: tuple[str, ...]) -> None:
    target = ROOT / where
    files = sorted(target.rglob("*.py")) if target.is_dir() else [target]
    for path in files:
        bad = {m for m in imports(path) if m.startswith(forbidden)}
        assert not bad, f"{path.relative_to(ROOT)} imports {sorted(bad)}"
