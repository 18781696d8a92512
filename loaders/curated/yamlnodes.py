"""Read YAML keeping the line of every value, so errors can point at it.

Scalars stay strings unless YAML resolves them to int, float, bool or null: a date such
as ``2019-10-10`` is kept as the text written. Duplicate mapping keys are an error.

>>> node = compose_text("a: 1\\nb: [x, 2019-10-10]\\n", "t.yaml")
>>> to_python(node, "t.yaml")
{'a': 1, 'b': ['x', '2019-10-10']}
>>> line_of(node, ("b", 1))
2
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from kg.errors import SourceError

_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"


def compose_text(text: str, path: Path | str) -> yaml.Node:
    """Parse YAML text into a node tree; a syntax error becomes a ``SourceError``."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        line = mark.line + 1 if mark else None
        column = mark.column + 1 if mark else None
        raise SourceError(path, line, f"YAML syntax: {error.problem}", column) from error
    if node is None:
        raise SourceError(path, 1, "the file is empty")
    return node


def to_python(node: yaml.Node, path: Path | str) -> Any:
    """Plain Python values of a node tree (dict, list, str, int, float, bool, None)."""
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = to_python(key_node, path)
            if key in result:
                raise SourceError(path, key_node.start_mark.line + 1, f"duplicate key {key!r}")
            result[key] = to_python(value_node, path)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [to_python(item, path) for item in node.value]
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    if node.tag == _INT:
        return yaml.SafeLoader.construct_yaml_int(yaml.SafeLoader(""), node)
    if node.tag == _FLOAT:
        return yaml.SafeLoader.construct_yaml_float(yaml.SafeLoader(""), node)
    if node.tag == _BOOL:
        return node.value.lower() in ("true", "yes", "on")
    if node.tag == _NULL:
        return None
    return node.value


def line_of(node: yaml.Node, location: Sequence[int | str]) -> int:
    """The 1-based line of the value at ``location``, or of its nearest ancestor.

    Location parts that do not name a key or index (such as the tag of a tagged union
    in a pydantic error location) are skipped.
    """
    current = node
    for part in location:
        child = _child(current, part)
        if child is not None:
            current = child
    return int(current.start_mark.line) + 1


def _child(node: yaml.Node, part: int | str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if key_node.value == part:
                return value_node  # type: ignore[no-any-return]
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
        return node.value[part]  # type: ignore[no-any-return]
    return None
