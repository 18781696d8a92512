"""What the extractor finds, and its JSON Lines form (``kg extract``; schema in issue 5).

>>> Amount(0, 21, "mehr als 800.000 Euro", None, 800000.0, None, "more_than", "total").json()["min"]
800000.0
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Mention:
    """A name of an actor, initiative, place, event or law, linked when the graph knows it."""

    start: int
    end: int
    text: str
    label: str
    cls: str
    entity: str | None
    kind: str | None = None
    confidence: float = 0.9

    def json(self) -> Json:
        """The finding as a JSON object."""
        return {
            "type": "mention",
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "label": self.label,
            "class": self.cls,
            "entity": self.entity,
            "kind": self.kind,
            "confidence": self.confidence,
        }


@dataclass(frozen=True, slots=True)
class Amount:
    """A sum of money as stated: value or bounds, qualifier, scope."""

    start: int
    end: int
    text: str
    value: float | None
    min: float | None
    max: float | None
    qualifier: str
    scope: str | None
    currency: str = "EUR"

    def json(self) -> Json:
        """The finding as a JSON object."""
        return {
            "type": "amount",
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "min": self.min,
            "max": self.max,
            "currency": self.currency,
            "qualifier": self.qualifier,
            "scope": self.scope,
        }


@dataclass(frozen=True, slots=True)
class Count:
    """A stated number of things ("29 Kommunen"); a target when the text says so."""

    start: int
    end: int
    text: str
    value: int
    qualifier: str
    of: str
    target: bool = False

    def json(self) -> Json:
        """The finding as a JSON object."""
        return {
            "type": "count",
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "qualifier": self.qualifier,
            "of": self.of,
            "target": self.target,
        }


@dataclass(frozen=True, slots=True)
class DateRef:
    """A date at the precision stated, resolved against the article date where relative."""

    start: int
    end: int
    text: str
    value: str | None
    relation: str = "at"

    def json(self) -> Json:
        """The finding as a JSON object."""
        return {
            "type": "date",
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "relation": self.relation,
        }


@dataclass(frozen=True, slots=True)
class Ref:
    """The subject or object of a fact: a label and, when known, the entity IRI."""

    label: str
    entity: str | None
    cls: str | None = None

    def json(self) -> Json:
        """The reference as a JSON object."""
        return {"label": self.label, "entity": self.entity}


@dataclass(frozen=True, slots=True)
class Fact:
    """A relation the text states between two things, with the passage that states it."""

    start: int
    end: int
    predicate: str
    subject: Ref
    object: Ref | None
    confidence: float
    role: str | None = None
    amount: Amount | None = None
    count: Count | None = None
    date: str | None = None

    def json(self) -> Json:
        """The finding as a JSON object."""
        amount = None
        if self.amount is not None:
            amount = self.amount.json()
            del amount["type"]
        return {
            "type": "fact",
            "start": self.start,
            "end": self.end,
            "predicate": self.predicate,
            "subject": self.subject.json(),
            "object": None if self.object is None else self.object.json(),
            "role": self.role,
            "amount": amount,
            "count": None if self.count is None else self.count.value,
            "date": self.date,
            "confidence": self.confidence,
        }


def ref(m: Mention) -> Ref:
    """A fact's reference to a mention."""
    return Ref(m.label, m.entity, m.cls)


Finding = Mention | Amount | Count | DateRef | Fact
